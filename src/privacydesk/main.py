"""The `privacydesk` entry point: a command runs headless; no command starts the window;
`--self-test` checks the build itself (see selftest.py)."""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence
from pathlib import Path

from privacydesk import cli

_VALUE_OPTIONS = {"--db", "--user", "--lang"}


def wants_window(argv: Sequence[str]) -> bool:
    """True when no command is named (options such as --db and --demo may be)."""
    skip = False
    for arg in argv:
        if skip:
            skip = False
            continue
        if arg in ("-h", "--help"):
            return False
        if arg in _VALUE_OPTIONS:
            skip = True
            continue
        if not arg.startswith("-"):
            return False
    return True


def run() -> None:
    argv = sys.argv[1:]
    if "--self-test" in argv:
        # Before anything can load Qt: the self-test never needs a display.
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
        from privacydesk import selftest

        sys.exit(selftest.run())
    if not wants_window(argv):
        sys.exit(cli.main(argv))
    db = None
    if "--db" in argv and argv.index("--db") + 1 < len(argv):
        db = Path(argv[argv.index("--db") + 1])
    from privacydesk.ui.app import run as run_window  # Qt only when the window is wanted

    sys.exit(run_window(db, demo_mode="--demo" in argv))


if __name__ == "__main__":
    run()
