from privacydesk.main import run

run()
