"""MACs keyed from the database key, for anchors and backup manifests.

Each purpose gets its own subkey (HKDF), so a MAC made for one thing never verifies another.
"""

from __future__ import annotations

import hashlib
import hmac

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.kdf.hkdf import HKDF


def subkey(db_key: bytes, purpose: str) -> bytes:
    info = ("privacydesk:" + purpose).encode("utf-8")
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=info).derive(db_key)


def mac(db_key: bytes, purpose: str, data: bytes) -> str:
    return hmac.new(subkey(db_key, purpose), data, hashlib.sha256).hexdigest()


def verify(db_key: bytes, purpose: str, data: bytes, tag: str) -> bool:
    return hmac.compare_digest(mac(db_key, purpose, data), tag)
