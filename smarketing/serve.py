"""The app server as `python -m smarketing run` starts it: Streamlit in this process, with the inbox folder
watched from the start rather than from the first visit (a nightly export must not wait for somebody to
open the app after a restart)."""

from __future__ import annotations

import sys
import threading


def main(argv: list[str]) -> int:
    from streamlit.web import cli as streamlit_cli

    from smarketing import ui

    sys.argv = ["streamlit", "run", *argv]
    # the same cached store and watcher a session would create: one per process, whoever comes first
    threading.Thread(target=ui.start_inbox, name="smarketing-inbox-start", daemon=True).start()
    return streamlit_cli.main()


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
