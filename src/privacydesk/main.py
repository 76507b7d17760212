"""The `privacydesk` entry point: a command runs headless; no command starts the window."""

from __future__ import annotations

import sys

from privacydesk import cli


def run() -> None:
    # The window arrives with Foundation II; until then no command means the CLI demo.
    sys.exit(cli.main())


if __name__ == "__main__":
    run()
