import sys

from smarketing.cli import main

sys.exit(main())
