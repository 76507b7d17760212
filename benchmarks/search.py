"""Search figures at scale: 100,000 demo persons, then per keystroke the service call the page
makes first (services.subjects.search, limit 200) for 1-, 2- and 3-character queries, and the
same SQL on an unencrypted copy (sqlcipher_export into a plain file, read with the standard
sqlite3 module and the same pd_fold). Run: .venv/bin/python benchmarks/search.py [N]"""

from __future__ import annotations

import os
import resource
import shutil
import sqlite3
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

os.environ.setdefault("PRIVACYDESK_HOME", tempfile.mkdtemp(prefix="pd-bench-home-"))

from privacydesk.domain import search as search_domain
from privacydesk.domain import subjects as subjects_domain
from privacydesk.services import accounts, auth
from privacydesk.services import subjects as subjects_service
from privacydesk.services.desk import Desk
from privacydesk.storage import keys
from privacydesk.storage.engine import CACHE_KIB, OpenOptions, raw_connect
from privacydesk.textfold import fold

PASSWORD = "benchmark password 2026"
REPEAT = 7
# Common names, rare (variant) ones, Latin, and queries that match nothing (a full scan).
QUERIES: dict[int, list[str]] = {
    1: ["佐", "高", "林", "森", "濵", "n", "ゑ"],
    2: ["佐藤", "高橋", "山﨑", "濵田", "德永", "ng", "ゑゐ"],
    3: ["佐藤花", "髙橋晃", "たかは", "ngu", "joa", "thi", "ゑゐゑ"],
}
ROW_SQL = (
    "SELECT id, legal_name, reading, alias, birth_date, postal_code, address, country, phone,"
    " email, category, protected, member_number FROM subjects WHERE id IN ({marks})"
)


def rss_mib() -> str:
    """Peak (ru_maxrss) and current (VmRSS) resident memory of this process."""
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    current = 0.0
    status = Path("/proc/self/status")
    if status.exists():
        for line in status.read_text(encoding="ascii").splitlines():
            if line.startswith("VmRSS:"):
                current = int(line.split()[1]) / 1024
    return f"peak {peak:.0f} MiB, current {current:.0f} MiB"


def ms(seconds: float) -> str:
    return f"{seconds * 1000:.1f}"


def timed(fn: Callable[[], Any], repeat: int = REPEAT) -> list[float]:
    out = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        out.append(time.perf_counter() - t0)
    return out


def sql_search(conn: Any, query: str) -> list[tuple[Any, ...]]:
    """The statements the service runs (ids in sort order, then their rows), on a raw
    DB-API connection: the same work on the encrypted file and on the plain copy."""
    pat = search_domain.pattern(query)
    sql = search_domain.SEARCH_SQL.format(hide="").replace(":pat", "?")
    sql = sql.replace(":limit", "?").replace(":offset", "?")
    ids = [r[0] for r in conn.execute(sql, (pat, 200, 0))]
    if not ids:
        return []
    return conn.execute(ROW_SQL.format(marks=",".join("?" * len(ids))), ids).fetchall()


def plain_copy(desk: Desk, folder: Path) -> Path:
    target = folder / "plain.db"
    conn = raw_connect(desk.path, desk.db_key, desk.database_id, OpenOptions())
    try:
        conn.execute(f"ATTACH DATABASE '{target}' AS plaintext KEY ''")
        conn.execute("SELECT sqlcipher_export('plaintext')")
        conn.execute("DETACH DATABASE plaintext")
    finally:
        conn.close()
    return target


def open_plain(path: Path) -> sqlite3.Connection:
    conn = sqlite3.connect(path, isolation_level=None)
    conn.create_function("pd_fold", 1, fold, deterministic=True)
    conn.execute("PRAGMA temp_store = MEMORY")
    conn.execute(f"PRAGMA cache_size = -{CACHE_KIB}")  # the same cache as the app's
    return conn


def report(title: str, figures: dict[int, list[float]]) -> dict[int, float]:
    medians = {}
    for length, values in figures.items():
        medians[length] = statistics.median(values)
        print(
            f"  {title} {length}-char: median {ms(medians[length])} ms,"
            f" max {ms(max(values))} ms ({len(values)} calls)"
        )
    return medians


def main() -> None:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 100_000
    folder = Path(tempfile.mkdtemp(prefix="pd-bench-search-"))
    path = folder / "privacydesk.db"
    desk, _sheet = auth.create_database(path, "kanri", PASSWORD, kdf=keys.STRONG)
    print(f"memory after creating the database (scrypt n=2^17 needs 128 MiB): {rss_mib()}")

    t0 = time.perf_counter()
    with desk.uow(write=True) as s:
        made = subjects_domain.demo_subjects(s, n, seed=2026)
    create_s = time.perf_counter() - t0
    print(f"python {sys.version.split()[0]}; {made} subjects created in {create_s:.1f} s")
    print(f"memory after creating them: {rss_mib()}")

    accounts.add_user(desk, "tantou", "staff", PASSWORD)
    staff = auth.sign_in(path, "tantou", PASSWORD)

    # Warm the pool's connections and their page caches as a session of typing would.
    for _ in range(8):
        subjects_service.search(desk, "ゑゐゑ")
        subjects_service.search(staff, "ゑゐゑ")

    print("\nservice call per keystroke (services.subjects.search, limit 200), encrypted:")
    service: dict[int, list[float]] = {}
    staff_calls: dict[int, list[float]] = {}
    counts: dict[int, list[float]] = {}
    capped: dict[int, list[float]] = {}
    for length, queries in QUERIES.items():
        for q in queries:
            found = len(subjects_service.search(desk, q))
            total = subjects_service.count(desk, q)
            t = timed(lambda q=q: subjects_service.search(desk, q))  # type: ignore[misc]
            ts = timed(lambda q=q: subjects_service.search(staff, q))  # type: ignore[misc]
            tc = timed(lambda q=q: subjects_service.count(desk, q))  # type: ignore[misc]
            tcap = timed(lambda q=q: subjects_service.count(desk, q, cap=1000))  # type: ignore[misc]
            service.setdefault(length, []).extend(t)
            staff_calls.setdefault(length, []).extend(ts)
            counts.setdefault(length, []).extend(tc)
            capped.setdefault(length, []).extend(tcap)
            print(
                f"  {q!r:12} rows {found:4d} of {total:6d}: manager median"
                f" {ms(statistics.median(t))} ms (max {ms(max(t))}), staff median"
                f" {ms(statistics.median(ts))} ms, count() median {ms(statistics.median(tc))} ms"
            )
    print("summary:")
    report("manager", service)
    report("staff (whereabouts hidden)", staff_calls)
    report("count()", counts)
    report("count(cap=1000)", capped)
    print(f"memory after the searches (caches warm, pools open): {rss_mib()}")

    print("\nthe same SQL (ids + rows) on raw connections, encrypted vs an unencrypted copy:")
    plain = plain_copy(desk, folder)
    enc = raw_connect(path, desk.db_key, desk.database_id, OpenOptions())
    pconn = open_plain(plain)
    print(
        f"  sqlite (plain, stdlib) {sqlite3.sqlite_version};"
        f" sqlcipher {enc.execute('PRAGMA cipher_version').fetchone()[0]},"
        f" sqlite {enc.execute('SELECT sqlite_version()').fetchone()[0]}"
    )
    for conn in (enc, pconn):  # warm both caches alike
        for _ in range(3):
            sql_search(conn, "ゑゐゑ")
    enc_t: dict[int, list[float]] = {}
    plain_t: dict[int, list[float]] = {}
    svc_t: dict[int, list[float]] = {}
    # Alternating calls, so that load from elsewhere on the machine falls on both alike.
    for length, queries in QUERIES.items():
        for q in queries:
            assert sql_search(enc, q) == sql_search(pconn, q), q
            for _ in range(REPEAT):
                enc_t.setdefault(length, []).extend(timed(lambda q=q: sql_search(enc, q), 1))  # type: ignore[misc]
                plain_t.setdefault(length, []).extend(timed(lambda q=q: sql_search(pconn, q), 1))  # type: ignore[misc]
                svc_t.setdefault(length, []).extend(
                    timed(lambda q=q: subjects_service.search(desk, q), 1)  # type: ignore[misc]
                )
    enc_m = report("encrypted", enc_t)
    plain_m = report("plain", plain_t)
    svc_m = report("service call", svc_t)
    for length in QUERIES:
        print(
            f"  ratio {length}-char: encrypted/plain SQL {enc_m[length] / plain_m[length]:.2f}x;"
            f" service call/plain SQL {svc_m[length] / plain_m[length]:.2f}x"
        )
    enc.close()
    pconn.close()

    print("\npersons table (services.subjects.list_page, 200 rows), manager:")
    for column in search_domain.SORT_COLUMNS:
        for ascending in (True, False):
            t = timed(lambda c=column, a=ascending: subjects_service.list_page(desk, c, a), 3)  # type: ignore[misc]
            way = "asc " if ascending else "desc"
            print(f"  sort {column:13} {way}: median {ms(statistics.median(t))} ms")
    f = subjects_service.PageFilter(category="相談者", protected=False)
    t = timed(lambda: subjects_service.list_page(desk, "reading", True, f), 3)
    print(f"  filter category+protected: median {ms(statistics.median(t))} ms")
    t = timed(lambda: subjects_service.count_page(desk, f), 3)
    print(f"  count_page with that filter: median {ms(statistics.median(t))} ms")

    print("\nsaving and opening a person at this scale (manager):")
    someone = subjects_service.search(desk, "佐藤", limit=1)[0]
    data = subjects_service.get_subject(desk, someone.id).data
    t = timed(lambda: subjects_service.likely_duplicates(desk, data))
    print(f"  likely_duplicates: median {ms(statistics.median(t))} ms")
    serial = iter(range(10_000))
    t = timed(
        lambda: subjects_service.create_subject(
            desk, subjects_service.SubjectData(legal_name=f"計測\u3000{next(serial)}")
        )
    )
    what = "create_subject (duplicate check, insert, trigger, audit)"
    print(f"  {what}: median {ms(statistics.median(t))} ms")
    t = timed(lambda: subjects_service.get_subject(desk, someone.id))
    print(f"  get_subject: median {ms(statistics.median(t))} ms")

    staff.close()
    desk.close()
    print(f"\nmemory at the end (two desks signed in, pools closed): {rss_mib()}")
    print(f"database file: {path.stat().st_size / 1e6:.1f} MB")
    shutil.rmtree(folder)  # the plain copy included (synthetic data, but no copies left behind)


if __name__ == "__main__":
    main()
