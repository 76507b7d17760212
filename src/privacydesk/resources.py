"""Where the shipped resources (fonts, translations, letters, checklists) are found.

From source they sit in the repository's top-level resources/ folder; a frozen build carries
them beside the executable; PRIVACYDESK_RESOURCES overrides both.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path


def resources_dir() -> Path:
    override = os.environ.get("PRIVACYDESK_RESOURCES")
    if override:
        return Path(override)
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen) / "resources"
    return Path(__file__).resolve().parents[2] / "resources"


def font(name: str) -> Path:
    return resources_dir() / "fonts" / name


def translations_dir() -> Path:
    return resources_dir() / "translations"
