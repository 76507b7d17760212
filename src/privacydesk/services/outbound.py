"""Data leaving the database: one policy for every export, letter, workbook and backup.

A service that writes personal data out of the database calls `leaving()` inside its unit of
work: read-only accounts are refused, and the audit log records who, what kind, how many
records and where to. "Where to" is a fingerprint of the destination path (a file name can
itself hold a person's name, and the audit log never holds personal values), so a known path
can be matched against the log without the log revealing it.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy.orm import Session

from privacydesk.domain.accounts import Role
from privacydesk.errors import NotAllowed
from privacydesk.services.desk import Desk

DESTINATIONS = ("file", "folder", "print", "preview")


@dataclass(frozen=True)
class Outbound:
    kind: str  # e.g. "backup", "letter.disclosure", "export.subjects", "workbook.board"
    records: int
    personal: bool  # carries personal data (names, contacts, the register's contents)
    encrypted: bool
    destination: str  # one of DESTINATIONS


def fingerprint(path: Path | None) -> str:
    if path is None:
        return ""
    # surrogateescape: a file name of bytes that are not UTF-8 (from argv) is still a name.
    return hashlib.sha256(str(path.resolve()).encode("utf-8", "surrogateescape")).hexdigest()[:16]


def leaving(desk: Desk, s: Session, out: Outbound, path: Path | None = None) -> None:
    """Check the policy and audit the export, in the caller's unit of work."""
    if out.personal and desk.context.role == Role.VIEWER:
        raise NotAllowed("auth.role_not_allowed", action=out.kind, role=Role.VIEWER.value)
    desk.audit(
        s,
        "data.left",
        out.kind,
        "",
        {
            "kind": out.kind,
            "records": out.records,
            "personal": out.personal,
            "encrypted": out.encrypted,
            "to": out.destination,
            "path_sha256": fingerprint(path),
        },
    )
