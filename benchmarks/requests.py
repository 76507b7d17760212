"""Data-subject request figures: the disclosure letter with a 200-row attachment (an extract of
200 rows × 6 columns of Japanese text) through services.requests.letter, and the electronic
disclosure of the same data (the letter, AES-256 protection and CSV attachments) through
services.requests.disclose_electronic: time per call (first, then median and p95 of several)
and peak memory (tracemalloc, and the process's max RSS).

Run: .venv/bin/python benchmarks/requests.py
"""

from __future__ import annotations

import gc
import io
import os
import resource
import statistics
import sys
import tempfile
import time
import tracemalloc
from collections.abc import Callable
from datetime import date
from pathlib import Path

os.environ.setdefault("PRIVACYDESK_HOME", tempfile.mkdtemp(prefix="pd-bench-home-"))

from pypdf import PdfReader

from privacydesk.domain.purposes import PurposeData
from privacydesk.domain.register import EntryData, ItemData
from privacydesk.services import auth, profile, register, subjects
from privacydesk.services import requests as rq
from privacydesk.services.desk import Desk
from privacydesk.services.profile import ProfileData
from privacydesk.services.requests import Decision, RequestInput, TypeInput
from privacydesk.storage import keys

RUNS = 15
ROWS = 200
TODAY = date(2026, 11, 24)
RECEIVED = date(2026, 11, 16)
ADDRESS = "東京都渋谷区神宮前一丁目2番3号 みどりハイツ101"
PROFILE = ProfileData(
    name="特定非営利活動法人 みどりの会",
    postal_code="100-0001",
    address="東京都千代田区千代田1-1",
    representative="理事長 山田 太郎",
    manager_title="個人情報保護管理者",
    manager_name="渡邉 德子",
    desk_department="個人情報相談窓口",
    desk_phone="03-1234-5678",
    desk_email="privacy@example.jp",
    fee_yen=1000,
    payment_methods=["postal_stamps", "money_order"],
)
COLUMNS = ["記録日", "区分", "相談の内容", "対応", "担当部署", "備考"]
TOPICS = (
    "在留資格の更新について相談。必要書類と申請の流れを案内した。",
    "勤務先での賃金未払いについて相談。労働基準監督署への申告方法を説明した。",
    "住居の賃貸契約の更新について、通訳を交えて契約書の内容を確認した。",
    "日本語教室の受講を希望。次期の日程と申込方法を伝えた。",
)
ACTIONS = ("電話で回答", "面談で説明", "書面を送付", "関係機関を紹介")


def extract_rows() -> list[list[str]]:
    return [
        [
            f"2025-{i % 12 + 1:02d}-{i % 28 + 1:02d}",
            ("相談", "研修", "会報", "寄付")[i % 4],
            TOPICS[i % len(TOPICS)] + f"（記録{i + 1}）",
            ACTIONS[i % len(ACTIONS)],
            ("相談支援部", "事務局", "研修部")[i % 3],
            "通訳同席（ベトナム語）" if i % 5 == 0 else "",
        ]
        for i in range(ROWS)
    ]


def setup(desk: Desk) -> tuple[int, int]:
    """Two requests decided in full on the same extract: one on paper, one electronic."""
    profile.save_profile(desk, PROFILE)
    purpose = register.create_purpose(
        desk, PurposeData(code="a", text="相談への対応と記録のため", subject_group="consultees")
    )
    entry = register.create_entry(
        desk,
        EntryData(name="相談記録", items=[ItemData("氏名")], purpose_ids=[purpose.id]),
    )
    person = subjects.create_subject(
        desk,
        subjects.SubjectData(
            legal_name="髙橋 花子", postal_code="150-0001", address=ADDRESS, language="ja"
        ),
    ).id
    ids = []
    for method in ("paper", "electronic"):
        rid = rq.receive(
            desk,
            RequestInput(
                received_on=RECEIVED,
                subject_id=person,
                types=[TypeInput("disclosure", method)],
                entry_ids=[entry.id],
            ),
            today=TODAY,
        )
        rq.record_identity(
            desk,
            rid,
            confirmed=True,
            confirmed_postal_code="150-0001",
            confirmed_address=ADDRESS,
            today=TODAY,
        )
        rq.record_fee(
            desk, rid, amount=1000, received_on=RECEIVED, method="postal_stamps", today=TODAY
        )
        rq.set_extract(desk, rid, entry.id, "相談記録システム抽出", COLUMNS, extract_rows())
        rq.decide(desk, rid, Decision("disclosure", "full"), today=TODAY)
        ids.append(rid)
    return ids[0], ids[1]


def timings(fn: Callable[[], bytes], n: int) -> tuple[float, list[float], list[float], bytes]:
    """The first call's milliseconds, then wall and CPU milliseconds of n more."""
    t0 = time.perf_counter()
    out = fn()
    first = (time.perf_counter() - t0) * 1000
    wall, cpu = [], []
    for _ in range(n):
        gc.collect()
        t0, c0 = time.perf_counter(), time.process_time()
        out = fn()
        wall.append((time.perf_counter() - t0) * 1000)
        cpu.append((time.process_time() - c0) * 1000)
    return first, wall, cpu, out


def traced_peak(fn: Callable[[], bytes]) -> float:
    """Peak Python allocation of one call, in MiB."""
    gc.collect()
    tracemalloc.start()
    try:
        fn()
        _current, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    return peak / 1024 / 1024


def maxrss_mib() -> float:
    maxrss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return maxrss / (1024 * 1024) if sys.platform == "darwin" else maxrss / 1024


def rss_now_mib() -> float | None:
    """The resident set now (Linux), where max RSS only shows the high-water mark: the strong
    key derivation at sign-in (scrypt, 128 MiB) sets that mark before any letter."""
    try:
        resident = int(Path("/proc/self/statm").read_text(encoding="ascii").split()[1])
    except (OSError, IndexError, ValueError):
        return None
    return resident * os.sysconf("SC_PAGE_SIZE") / 1024 / 1024


def report(label: str, fn: Callable[[], bytes]) -> None:
    before, rss_before = maxrss_mib(), rss_now_mib()
    first, wall, cpu, pdf = timings(fn, RUNS)
    peak = traced_peak(fn)
    reader = PdfReader(io.BytesIO(pdf))
    # An encrypted file shows its pages only to the password (sent by a separate letter).
    shape = "AES-256 encrypted" if reader.is_encrypted else f"{len(reader.pages)} pages"
    rss_after = rss_now_mib()
    rss = (
        f"; RSS now {rss_before:.0f} → {rss_after:.0f} MiB"
        if rss_before is not None and rss_after is not None
        else ""
    )
    print(
        f"{label}: first {first:.0f} ms; then n={len(wall)}: median {statistics.median(wall):.0f}"
        f" ms, min {min(wall):.0f}, max {max(wall):.0f} (CPU median {statistics.median(cpu):.0f}"
        f" ms); {len(pdf) / 1024:.0f} KiB, {shape}; tracemalloc peak {peak:.1f} MiB;"
        f" max RSS {before:.0f} → {maxrss_mib():.0f} MiB{rss}"
    )


def main() -> int:
    folder = Path(tempfile.mkdtemp(prefix="pd-bench-"))
    desk, _sheet = auth.create_database(
        folder / "privacydesk.db", "kanri", "benchmark password 2026", kdf=keys.STRONG
    )
    try:
        paper, electronic = setup(desk)
        print(f"extract: {ROWS} rows × {len(COLUMNS)} columns of Japanese text; {RUNS} runs each")
        report(
            "disclosure letter (services.requests.letter)",
            lambda: rq.letter(desk, paper, "disclosure", today=TODAY)[1],
        )
        report(
            "electronic disclosure (services.requests.disclose_electronic)",
            lambda: rq.disclose_electronic(desk, electronic, today=TODAY),
        )
    finally:
        desk.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
