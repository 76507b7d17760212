"""Dialogs: sign-in, first run, accounts."""
