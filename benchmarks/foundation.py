"""Foundation figures: create a database, open it (key derivation included), sign in, and
`demo-data --scale 10000`. Run: .venv/bin/python benchmarks/foundation.py"""

from __future__ import annotations

import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("PRIVACYDESK_HOME", tempfile.mkdtemp(prefix="pd-bench-home-"))

from privacydesk.services import auth, demo
from privacydesk.storage import keys
from privacydesk.storage.engine import open_database

PASSWORD = "benchmark password 2026"


def timed(fn, repeat: int = 5) -> list[float]:  # type: ignore[no-untyped-def]
    out = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        out.append(time.perf_counter() - t0)
    return out


def main() -> None:
    folder = Path(tempfile.mkdtemp(prefix="pd-bench-"))
    path = folder / "privacydesk.db"
    t0 = time.perf_counter()
    desk, _sheet = auth.create_database(path, "kanri", PASSWORD, kdf=keys.STRONG)
    created = time.perf_counter() - t0
    desk.close()

    kf = keys.load(keys.keyfile_path(path))
    derive = timed(lambda: keys.unwrap(kf, "kanri", PASSWORD))
    _, db_key = keys.unwrap(kf, "kanri", PASSWORD)

    def open_only() -> None:
        db = open_database(path, db_key, kf.database_id)
        with db.session() as s:
            s.connection()
        db.dispose()

    opens = timed(open_only)

    def sign_in_out() -> None:
        auth.sign_in(path, "kanri", PASSWORD).close()

    signs = timed(sign_in_out)

    desk = auth.sign_in(path, "kanri", PASSWORD)
    t0 = time.perf_counter()
    demo.fill(desk, scale=10_000)
    fill = time.perf_counter() - t0
    desk.close()

    ms = lambda xs: f"median {statistics.median(xs) * 1000:.0f} ms (min {min(xs) * 1000:.0f})"  # noqa: E731
    print(f"python {sys.version.split()[0]}, scrypt n=2^17 r=8 p=1")
    print(f"create database (strong KDF, first backup included): {created * 1000:.0f} ms")
    print(f"key derivation (unwrap one slot): {ms(derive)}")
    print(f"open database with the raw key: {ms(opens)}")
    print(f"sign in + sign out (derivation, chain check, audit, anchor): {ms(signs)}")
    print(f"demo-data --scale 10000 (tables that exist in this version): {fill * 1000:.0f} ms")


if __name__ == "__main__":
    main()
