"""privacydesk: an offline privacy office for small Japanese NPOs."""

__version__ = "0.1.0"
