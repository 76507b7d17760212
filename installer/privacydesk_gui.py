"""Entry script of the windowed executable `privacydesk` (the window, or a command)."""

from privacydesk.main import run

run()
