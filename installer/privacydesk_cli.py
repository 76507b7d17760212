"""Entry script of the console executable `privacydesk-cli` (the commands and --self-test)."""

from privacydesk.main import run

run()
