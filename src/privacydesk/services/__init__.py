"""Services: the use cases the UI and the CLI share; roles are checked here."""
