"""Board workbook and export figures at scale: a demo database (services.demo.fill, 100,000
persons by default: about 300,000 consents), then, each phase in its own process so that each
peak RSS is its own:

- board: services.board.export_board for the current fiscal year (the default workbook, then
  the one with the personal sheets, encrypted); targets: under 10 s and peak memory under
  400 MB;
- csv: services.transfer.export_csv of the consents (about 300,000 rows);
- floor: the same consent rows read from the database alone, then written with openpyxl's
  write-only mode alone (what an xlsx of raw rows would cost: traps.md, "Spreadsheets").

Each is timed once as it runs (its peak RSS taken then, restarted from the current RSS on
Linux), then the board and the CSV once more under tracemalloc for their peak of Python
allocations (tracemalloc slows Python code down, so that run's time is not the figure). The
whole run takes about three minutes at 100,000 (the demo data about 50 s, openpyxl about 60 s).

Run: .venv/bin/python benchmarks/board.py [--scale 100000] [--keep]
"""

from __future__ import annotations

import argparse
import contextlib
import gc
import math
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
import tracemalloc
from collections.abc import Callable
from pathlib import Path
from typing import Any

os.environ.setdefault("PRIVACYDESK_HOME", tempfile.mkdtemp(prefix="pd-bench-home-"))

from privacydesk.services import auth, board, demo, transfer
from privacydesk.services.desk import Desk

TARGET_S = 10.0
TARGET_MB = 400.0
USER = "kanri"
PASSWORD = "benchmark password 2026"
EXPORT_PASSWORD = "board export pass 2026"
KDF = auth.KdfParams(n=2**14, r=8, p=1)


def _status(field: str) -> float | None:
    status = Path("/proc/self/status")
    if status.exists():
        for line in status.read_text(encoding="ascii").splitlines():
            if line.startswith(field + ":"):
                return int(line.split()[1]) / 1024
    return None


def rss_mb() -> tuple[float, float]:
    """Peak and current resident memory of this process, in MB. The peak is VmHWM where
    Linux gives it (reset_peak() restarts it), else ru_maxrss (the whole process's life)."""
    peak = _status("VmHWM")
    if peak is None:
        kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        peak = kb / 1024 if sys.platform != "darwin" else kb / 1024 / 1024
    return peak, _status("VmRSS") or 0.0


def reset_peak() -> None:
    """Restart the peak RSS from the current one (Linux: "5" into clear_refs resets VmHWM), so
    that the figure is the measured call's own and not sign-in's key derivation."""
    with contextlib.suppress(OSError):
        Path("/proc/self/clear_refs").write_text("5", encoding="ascii")


def measure(fn: Callable[[], Any], traced: bool = True) -> tuple[Any, float, float, float]:
    """(result, seconds, tracemalloc peak MB, peak RSS MB): timed (and its RSS peak taken)
    without tracemalloc, then, when `traced`, run again under it for the allocation peak
    (nan otherwise)."""
    gc.collect()
    reset_peak()
    t0 = time.perf_counter()
    result = fn()
    took = time.perf_counter() - t0
    rss_peak = rss_mb()[0]
    if not traced:
        return result, took, math.nan, rss_peak
    gc.collect()
    tracemalloc.start()
    try:
        fn()
        _current, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    return result, took, peak / 1e6, rss_peak


def build(folder: Path, scale: int) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "privacydesk.db"
    desk, _ = auth.create_database(path, USER, PASSWORD, kdf=KDF)
    try:
        t0 = time.perf_counter()
        summary = demo.fill(desk, scale)
        took = time.perf_counter() - t0
    finally:
        desk.close()
    print(
        f"demo database at scale {scale}: {summary.subjects} persons, {summary.consents} "
        f"consents, {summary.provisions} provisions, {summary.requests} requests, "
        f"{summary.complaints} complaints, {summary.incidents} incidents in {took:.1f} s "
        f"({path.stat().st_size / 1e6:.0f} MB)"
    )
    return path


def sign_in(db: Path) -> Desk:
    return auth.sign_in(db, USER, PASSWORD)


def phase_board(db: Path) -> None:
    desk = sign_in(db)
    try:
        period = board.period_for(desk, fiscal_year=board.current_fiscal_year(desk))
        base = rss_mb()[1]
        xlsx, took, traced, peak = measure(lambda: board.export_board(desk, period))
        ok = "ok" if took < TARGET_S and peak < TARGET_MB else "OVER TARGET"
        print(
            f"board workbook, {period.label}: {took:.2f} s, {len(xlsx) / 1e3:.0f} kB; "
            f"tracemalloc peak {traced:.1f} MB; peak RSS {peak:.0f} MB (after sign-in "
            f"{base:.0f} MB) (targets < {TARGET_S:.0f} s, < {TARGET_MB:.0f} MB: {ok})"
        )
        xlsx, took, traced, peak = measure(
            lambda: board.export_board(
                desk, period, with_personal_data=True, password=EXPORT_PASSWORD
            )
        )
        print(
            f"  with the personal sheets, encrypted: {took:.2f} s, {len(xlsx) / 1e3:.0f} kB; "
            f"tracemalloc peak {traced:.1f} MB; peak RSS {peak:.0f} MB"
        )
    finally:
        desk.close()


def phase_csv(db: Path, work: Path) -> None:
    desk = sign_in(db)
    out = work / "consents.csv"
    try:
        base = rss_mb()[1]
        count, took, traced, peak = measure(lambda: transfer.export_csv(desk, "consents", out))
    finally:
        desk.close()
    print(
        f"CSV export of {count} consents: {took:.2f} s, {out.stat().st_size / 1e6:.1f} MB; "
        f"tracemalloc peak {traced:.1f} MB; peak RSS {peak:.0f} MB (after sign-in {base:.0f} MB)"
    )


def phase_floor(db: Path, work: Path) -> None:
    import openpyxl

    from privacydesk.domain import importer

    desk = sign_in(db)
    headers = transfer.export_headers("consents")
    out = work / "consents.xlsx"

    def read_only() -> int:
        with desk.uow() as s:
            return sum(1 for _ in importer.export_rows(s, "consents", mask_protected=False))

    def write_only() -> int:
        wb = openpyxl.Workbook(write_only=True)
        ws = wb.create_sheet("同意")
        ws.append(headers)
        n = 0
        with desk.uow() as s:
            for row in importer.export_rows(s, "consents", mask_protected=False):
                ws.append(row)
                n += 1
        wb.save(out)
        return n

    try:
        # Time and RSS only: under tracemalloc, openpyxl's 300,000 rows take minutes more.
        count, read_s, _, _ = measure(read_only, traced=False)
        base = rss_mb()[1]
        _n, took, _, peak = measure(write_only, traced=False)
    finally:
        desk.close()
    print(
        f"floor: reading the {count} consent rows alone {read_s:.2f} s; the same rows through "
        f"openpyxl write-only {took:.2f} s, {out.stat().st_size / 1e6:.1f} MB xlsx (so openpyxl "
        f"alone about {took - read_s:.2f} s); peak RSS {peak:.0f} MB (before {base:.0f} MB)"
    )


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--scale", type=int, default=100_000)
    parser.add_argument("--keep", action="store_true", help="keep the demo database folder")
    parser.add_argument("--phase", choices=["board", "csv", "floor"], default=None)
    parser.add_argument("--db", type=Path, default=None)
    args = parser.parse_args()
    if args.phase is not None:  # a child process
        work = args.db.parent
        {
            "board": lambda: phase_board(args.db),
            "csv": lambda: phase_csv(args.db, work),
            "floor": lambda: phase_floor(args.db, work),
        }[args.phase]()
        return 0
    work = Path(tempfile.mkdtemp(prefix="pd-bench-board-"))
    try:
        db = build(work, args.scale)
        for phase in ("board", "csv", "floor"):
            argv = [sys.executable, __file__, "--phase", phase, "--db", str(db)]
            subprocess.run(argv, check=True)  # PRIVACYDESK_HOME is inherited
    finally:
        if args.keep:
            print(f"kept: {work}")
        else:
            shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
