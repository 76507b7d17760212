"""Import and export figures: a 10,000-row subjects xlsx (two title rows, a merged two-row
header, dates as date cells, serials and 和暦 text, phones and postal codes kept as numbers)
imported through services.transfer (target: under 10 s); then the CSV export of consents at
scale (demo subjects and about three consents each). Each phase runs in its own process, so
each peak memory (resource.getrusage maxrss) is its own.

Run: .venv/bin/python benchmarks/import_xlsx.py [--rows 10000] [--scale 100000]
"""

from __future__ import annotations

import argparse
import os
import random
import resource
import subprocess
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

os.environ.setdefault("PRIVACYDESK_HOME", tempfile.mkdtemp(prefix="pd-bench-home-"))

from privacydesk.services import auth, transfer
from privacydesk.services.desk import Desk

TARGET_S = 10.0
TODAY = date(2026, 11, 24)
KDF = auth.KdfParams(n=2**14, r=8, p=1)
SURNAMES = ("髙橋", "山﨑", "渡邉", "佐藤", "鈴木", "田中", "伊藤", "德永", "濵田", "Nguyễn")
GIVEN = ("花子", "太郎", "一郎", "さくら", "Văn Đức", "美和", "健一", "①子")


def peak_mb() -> float:
    kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return kb / 1024 if sys.platform != "darwin" else kb / 1024 / 1024


def write_xlsx(path: Path, rows: int) -> None:
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    ws["A1"] = "会員名簿（令和8年度）"
    ws.merge_cells("A1:H1")
    ws["A2"] = "事務局 作成"
    ws["A3"] = "会員番号"
    ws.merge_cells("A3:A4")
    ws["B3"] = "氏名"
    ws.merge_cells("B3:C3")
    ws["B4"], ws["C4"] = "漢字", "フリガナ"
    ws["D3"] = "生年月日"
    ws.merge_cells("D3:D4")
    ws["E3"] = "連絡先"
    ws.merge_cells("E3:H3")
    ws["E4"], ws["F4"], ws["G4"], ws["H4"] = "電話", "郵便番号", "住所", "メールアドレス"
    rng = random.Random(2026)
    for i in range(rows):
        birth = date(1940, 1, 1) + timedelta(days=rng.randint(0, 365 * 60))
        style = i % 3
        birth_cell: object = (
            birth
            if style == 0
            else (birth - date(1899, 12, 30)).days
            if style == 1
            else f"S{birth.year - 1925}.{birth.month}.{birth.day}"
            if birth < date(1989, 1, 7) and birth.year > 1926
            else birth.isoformat()
        )
        ws.append(
            [
                f"M{i + 1:06d}",
                f"{rng.choice(SURNAMES)} {rng.choice(GIVEN)}{i}",
                "カイイン",
                birth_cell,
                int(f"90{rng.randint(10_000_000, 99_999_999)}"),  # 10 digits: the 0 was lost
                rng.randint(100_000, 999_999),  # 6 digits: the 0 was lost
                f"東京都千代田区千代田{i}-1",
                f"member{i}@example.jp",
            ]
        )
        if style == 0:
            ws.cell(row=ws.max_row, column=4).number_format = "yyyy/m/d"
    wb.save(path)


def new_desk(folder: Path) -> Desk:
    folder.mkdir(parents=True, exist_ok=True)
    desk, _ = auth.create_database(folder / "privacydesk.db", "kanri", "bench pass phrase", kdf=KDF)
    return desk


def phase_import(rows: int) -> None:
    work = Path(tempfile.mkdtemp(prefix="pd-bench-import-"))
    path = work / "meibo.xlsx"
    t0 = time.perf_counter()
    write_xlsx(path, rows)
    written = time.perf_counter() - t0
    desk = new_desk(work / "office")
    try:
        t0 = time.perf_counter()
        report = transfer.import_file(desk, "subjects", path, today=TODAY)
        took = time.perf_counter() - t0
    finally:
        desk.close()
    infos = len(report.infos)
    verdict = "ok" if took < TARGET_S else "OVER TARGET"
    print(f"xlsx written by openpyxl: {rows} rows in {written:.1f} s ({path.stat().st_size} bytes)")
    print(
        f"import {rows} subjects from xlsx: {took:.2f} s (target < {TARGET_S:.0f} s: {verdict}); "
        f"{report.created} saved, {infos} info lines; peak RSS {peak_mb():.0f} MB"
    )


def phase_export(scale: int) -> None:
    from privacydesk.domain import consent as consent_domain
    from privacydesk.domain import purposes as purposes_domain
    from privacydesk.domain import subjects as subjects_domain
    from privacydesk.storage.models import Subject

    work = Path(tempfile.mkdtemp(prefix="pd-bench-export-"))
    desk = new_desk(work / "office")
    try:
        t0 = time.perf_counter()
        with desk.uow(write=True) as s:
            subjects_domain.demo_subjects(s, scale, seed=2026, today=TODAY)
            purpose_ids = [
                purposes_domain.create(s, purposes_domain.PurposeData(text=f"目的 {i}")).id
                for i in range(20)
            ]
            ids = list(s.scalars(Subject.__table__.select().with_only_columns(Subject.id)))
            consents = consent_domain.demo_consents(s, ids, purpose_ids, 3, seed=2026, today=TODAY)
        filled = time.perf_counter() - t0
        base = peak_mb()
        out = work / "consents.csv"
        t0 = time.perf_counter()
        written = transfer.export_csv(desk, "consents", out)
        took = time.perf_counter() - t0
    finally:
        desk.close()
    print(f"demo data: {scale} subjects, {consents} consents in {filled:.1f} s")
    print(
        f"export {written} consents to CSV: {took:.2f} s, {out.stat().st_size / 1e6:.1f} MB; "
        f"peak RSS {peak_mb():.0f} MB (after filling the database: {base:.0f} MB)"
    )


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=10_000)
    parser.add_argument("--scale", type=int, default=100_000)
    parser.add_argument("--phase", choices=["import", "export", "all"], default="all")
    args = parser.parse_args()
    if args.phase == "import":
        phase_import(args.rows)
    elif args.phase == "export":
        phase_export(args.scale)
    else:
        for phase in ("import", "export"):
            argv = [sys.executable, __file__, "--phase", phase, "--rows", str(args.rows)]
            subprocess.run([*argv, "--scale", str(args.scale)], check=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
