"""The app server as `python -m smarketing run` starts it: Streamlit in this process, with the inbox folder
watched from the start rather than from the first visit (a nightly export must not wait for somebody to
open the app after a restart)."""

from __future__ import annotations

import sys

if __name__ == "__main__":
    from smarketing import ui

    sys.exit(ui.serve(sys.argv[1:]))
