"""電磁的記録による開示. Disclosure by electronic means: the letter as a password-protected PDF
(AES-256) carrying the disclosed tables as CSV attachments, and the one-time password to send
separately. Everything happens in memory: no plain copy of the data ever touches the disk.
"""

from __future__ import annotations

import csv
import io
import secrets
import unicodedata
from collections.abc import Iterable, Mapping

from pypdf import PdfReader, PdfWriter
from pypdf.constants import UserAccessPermissions
from pypdf.generic import NameObject, TextStringObject

from privacydesk.documents.tables import Table, check_shape

# No 0/O/o, 1/l/I: the password is read off paper or a phone call and typed by hand.
ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789"
GROUPS, GROUP_LEN = 4, 4

# Cells a spreadsheet would run as a formula (CSV injection); full-width forms too, since
# Japanese input can turn them into formulas. A leading ' makes the cell plain text.
FORMULA_START = ("=", "+", "-", "@", "\t", "\r", "＝", "＋", "－", "＠")

# The reader may print and copy (and read aloud: accessibility); not change the document.
# from_dict sets the bits the PDF standard reserves to their required values.
PERMISSIONS = UserAccessPermissions.from_dict(
    {
        "print": True,
        "print_to_representation": True,  # print at full quality, not a low-resolution copy
        "extract": True,
        "extract_text_and_graphics": True,
    }
)

FILE_PREFIX = "開示データ"
NAME_MAX = 40  # characters of the table's title kept in a file name
_FORBIDDEN = set('\\/:*?"<>|')


def new_password() -> str:
    """A fresh password, like "Kx7m-Q2pt-Hw9c-Rb4z": 16 random characters of ALPHABET (about
    93 bits) in four groups. The hyphens are part of the password: type it as printed."""
    chars = [secrets.choice(ALPHABET) for _ in range(GROUPS * GROUP_LEN)]
    return "-".join("".join(chars[i : i + GROUP_LEN]) for i in range(0, len(chars), GROUP_LEN))


def _safe_cell(text: str) -> str:
    return "'" + text if text.startswith(FORMULA_START) else text


def csv_bytes(table: Table) -> bytes:
    """The table as CSV for a spreadsheet: UTF-8 with a BOM (Excel needs it to read Japanese),
    CRLF line ends, the header row first; a cell that would start a formula is prefixed
    with a single quote (so "-5" reads "'-5": the data stays as recorded, never run)."""
    check_shape(table)
    out = io.StringIO(newline="")
    writer = csv.writer(out, lineterminator="\r\n")
    for row in (table.columns, *table.rows):
        writer.writerow([_safe_cell(cell) for cell in row])
    return out.getvalue().encode("utf-8-sig")


def _file_part(title: str) -> str:
    kept = "".join(
        ch for ch in title if ch not in _FORBIDDEN and unicodedata.category(ch)[0] != "C"
    )
    # Windows also refuses a name ending in a dot or a space.
    return kept.strip()[:NAME_MAX].rstrip(". ")


def attachment_names(tables: Iterable[Table]) -> list[str]:
    """File names for the tables' CSVs: "開示データ_1_ご本人の登録情報.csv", numbered so they
    are unique, with the characters Windows refuses in a file name left out."""
    names = []
    for n, table in enumerate(tables, start=1):
        part = _file_part(table.title)
        names.append(f"{FILE_PREFIX}_{n}_{part}.csv" if part else f"{FILE_PREFIX}_{n}.csv")
    return names


def protect(pdf: bytes, password: str, attachments: Mapping[str, bytes]) -> bytes:
    """The PDF with `attachments` (name -> content) embedded, encrypted with AES-256: it opens
    only with `password`. The owner password is a random secret nobody keeps, so nobody can
    lift the restrictions (print and copy allowed, changes not). In memory only."""
    if len(password) < 8:
        raise ValueError("a disclosure password needs at least 8 characters")
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(pdf)))
    for name, content in attachments.items():
        embedded = writer.add_attachment(name, content)
        embedded.alternative_name = TextStringObject(name)  # /UF: the name in Unicode
        if name.lower().endswith(".csv"):
            embedded.subtype = NameObject("/text/csv")  # written as /text#2Fcsv
    if attachments:
        writer.page_mode = "/UseAttachments"  # the viewer opens with the files listed
    writer.encrypt(
        user_password=password,
        owner_password=secrets.token_urlsafe(32),
        permissions_flag=PERMISSIONS,
        algorithm="AES-256",
    )
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()
