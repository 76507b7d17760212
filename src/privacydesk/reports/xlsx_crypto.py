"""Password protection for xlsx bytes (Office's Agile encryption, AES-256), in memory only:
the workbook that Excel and LibreOffice open after asking for the password.

msoffcrypto-tool marks its encryption experimental, so tests round-trip every workbook we
encrypt (traps.md).
"""

from __future__ import annotations

import io

import msoffcrypto
from msoffcrypto import exceptions as office_errors
from msoffcrypto.format.ooxml import OOXMLFile

from privacydesk.errors import InvalidInput


def is_encrypted(data: bytes) -> bool:
    """True for a password-protected Office file (an OLE container), False for plain xlsx."""
    try:
        return bool(msoffcrypto.OfficeFile(io.BytesIO(data)).is_encrypted())
    except (office_errors.FileFormatError, OSError) as exc:
        raise InvalidInput("workbook.unreadable") from exc


def encrypt(xlsx: bytes, password: str) -> bytes:
    """`xlsx` protected with `password`. Nothing is written to disk."""
    if not password:
        raise ValueError("an empty password would protect nothing")
    try:
        office = OOXMLFile(io.BytesIO(xlsx))
    except office_errors.FileFormatError as exc:
        raise InvalidInput("workbook.unreadable") from exc
    if office.is_encrypted():
        raise InvalidInput("workbook.already_encrypted")
    out = io.BytesIO()
    office.encrypt(password, out)
    return out.getvalue()


def decrypt(data: bytes, password: str) -> bytes:
    """The plain xlsx inside a protected workbook. A wrong password, a plain (unprotected)
    file and a damaged one each raise InvalidInput with their own message."""
    try:
        office = msoffcrypto.OfficeFile(io.BytesIO(data))
    except (office_errors.FileFormatError, OSError) as exc:
        raise InvalidInput("workbook.unreadable") from exc
    if not office.is_encrypted():
        raise InvalidInput("workbook.not_encrypted")
    if not password:
        raise InvalidInput("workbook.wrong_password")
    try:
        office.load_key(password=password, verify_password=True)
    except office_errors.InvalidKeyError as exc:
        raise InvalidInput("workbook.wrong_password") from exc
    except (office_errors.DecryptionError, office_errors.FileFormatError) as exc:
        raise InvalidInput("workbook.unreadable") from exc
    out = io.BytesIO()
    try:
        # The HMAC check catches a file changed after it was protected.
        office.decrypt(out, verify_integrity=True)
    except (office_errors.DecryptionError, office_errors.FileFormatError, ValueError) as exc:
        raise InvalidInput("workbook.unreadable") from exc
    return out.getvalue()
