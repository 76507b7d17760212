"""Documents figures: one cover letter after the first (the first pays font loading), through
the letter engine and through services.documents.preview (database, profile, template), and
1,000 letters in a row with their total time and peak memory.

Run: .venv/bin/python benchmarks/documents.py  (target: a letter under 30 ms)
"""

from __future__ import annotations

import gc
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

from privacydesk.documents import letter, templates
from privacydesk.documents.letter import Addressee, LetterData
from privacydesk.domain import documents as docs
from privacydesk.domain import wareki
from privacydesk.services import auth, profile
from privacydesk.services import documents as services
from privacydesk.services.profile import ProfileData
from privacydesk.storage import keys

TARGET_MS = 30.0
TODAY = date(2026, 11, 24)
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
NAMES = ["髙﨑 德濵\ufa19子", "Nguyễn Văn Đức", "渡邉 花子", "山田 <太郎> & 花子", "佐藤 一郎"]


def letter_data(i: int) -> LetterData:
    kind = "form-cover"
    template = templates.parse(kind, templates.default_text(kind), services.known_fields(kind))
    values = {
        **services.common_values(PROFILE, TODAY),
        "enclosures": ["保有個人データの開示等請求書　1部", "委任状　1部", "返信用封筒　1通"],
    }
    return LetterData(
        addressee=Addressee(
            name=NAMES[i % len(NAMES)],
            postal_code="150-0001",
            address=f"東京都渋谷区神宮前一丁目{i % 30 + 1}番{i % 9 + 1}号"
            f" みどりハイツ{i % 400 + 101}",
        ),
        sender=services.sender(PROFILE),
        content=templates.fill(template, values),
        date_text=wareki.to_wareki(TODAY),
        number=docs.number_text("個保", 8, i % 999 + 1),
    )


def timings(fn: Callable[[int], object], n: int) -> tuple[list[float], list[float]]:
    """Wall-clock and CPU milliseconds per call (CPU time is steadier on a busy machine)."""
    wall, cpu = [], []
    for i in range(n):
        t0, c0 = time.perf_counter(), time.process_time()
        fn(i)
        wall.append((time.perf_counter() - t0) * 1000)
        cpu.append((time.process_time() - c0) * 1000)
    return wall, cpu


def p95(values: list[float]) -> float:
    return statistics.quantiles(values, n=20, method="inclusive")[18]


def report(
    label: str, first: tuple[list[float], list[float]], then: tuple[list[float], list[float]]
) -> bool:
    wall, cpu = then
    ok = statistics.median(wall) < TARGET_MS
    print(
        f"{label}: first {first[0][0]:.1f} ms; then n={len(wall)}: "
        f"median {statistics.median(wall):.1f} ms, p95 {p95(wall):.1f} ms, max {max(wall):.1f} ms "
        f"(CPU median {statistics.median(cpu):.1f} ms, p95 {p95(cpu):.1f} ms) "
        f"[{'ok' if ok else 'OVER'}: target {TARGET_MS:g} ms]"
    )
    return ok


def main() -> int:
    prepared = [letter_data(i) for i in range(1000)]

    def engine(i: int) -> bytes:
        return letter.render(prepared[i % len(prepared)])[0]

    first = timings(engine, 1)
    ok = report("letter.render (cover letter)", first, timings(engine, 50))

    folder = Path(tempfile.mkdtemp(prefix="pd-bench-"))
    desk, _sheet = auth.create_database(
        folder / "privacydesk.db", "kanri", "benchmark password 2026", kdf=keys.STRONG
    )
    try:
        profile.save_profile(desk, PROFILE)

        def preview(_i: int) -> bytes:
            return services.preview(desk, "form-cover", today=TODAY)

        first = timings(preview, 1)
        ok = report("services.documents.preview", first, timings(preview, 50)) and ok
    finally:
        desk.close()

    # 1,000 letters: time without tracing, then again under tracemalloc for the peak.
    gc.collect()
    t0, c0 = time.perf_counter(), time.process_time()
    size = sum(len(engine(i)) for i in range(1000))
    total, total_cpu = time.perf_counter() - t0, time.process_time() - c0
    tracemalloc.start()
    for i in range(1000):
        engine(i)
    _current, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    maxrss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    maxrss_mb = maxrss / (1024 * 1024) if sys.platform == "darwin" else maxrss / 1024
    print(
        f"1,000 letters: {total:.1f} s in all (CPU {total_cpu:.1f} s), "
        f"{size / 1000 / 1024:.0f} KiB per PDF; tracemalloc peak {peak / 1024 / 1024:.1f} MiB "
        f"(a second run of 1,000, traced); process max RSS {maxrss_mb:.0f} MiB"
    )
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
