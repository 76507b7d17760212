"""The 本人・同意 page at scale 100,000: opening it, and one keystroke of search (the service
calls and the model refresh), with the process's peak memory.

Run: .venv/bin/python benchmarks/pages.py [SCALE]
"""

from __future__ import annotations

import os
import resource
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("PRIVACYDESK_HOME", tempfile.mkdtemp(prefix="pd-bench-home-"))

from privacydesk.services import auth, demo
from privacydesk.storage import keys
from privacydesk.ui.app import Controller, make_app

QUERIES = {
    1: ["佐", "林", "森", "a"],
    2: ["佐藤", "たか", "ng", "田中"],
    3: ["佐藤花", "たかは", "ngu", "山﨑"],
}


def main(scale: int) -> None:
    folder = Path(tempfile.mkdtemp(prefix="pd-bench-"))
    t0 = time.perf_counter()
    desk = demo.create_demo(folder / "demo", scale=scale, kdf=keys.STRONG)
    made = time.perf_counter() - t0
    path = desk.path
    desk.close()

    app = make_app()
    controller = Controller(path)
    controller.start()
    desk = auth.sign_in(path, demo.DEMO_USER, demo.DEMO_PASSWORD)
    controller.enter(desk)
    window = controller.window
    t0 = time.perf_counter()
    window.show_area("subjects")
    app.processEvents()
    opened = time.perf_counter() - t0
    page = window.page("subjects")
    per_length: dict[int, list[float]] = {}
    for length, queries in QUERIES.items():
        for q in queries:
            page.ui.searchEdit.blockSignals(True)  # type: ignore[attr-defined]
            page.ui.searchEdit.setText(q)  # type: ignore[attr-defined]
            page.ui.searchEdit.blockSignals(False)  # type: ignore[attr-defined]
            t0 = time.perf_counter()
            page.refresh()  # what the keystroke's timer runs: query, count, model reset
            app.processEvents()
            per_length.setdefault(length, []).append(time.perf_counter() - t0)
    controller.shutdown()
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"scale {scale}: demo database made in {made:.1f} s")
    print(
        f"本人・同意 page opened (first page of {page.model.rowCount()} rows + count): "  # type: ignore[attr-defined]
        f"{opened * 1000:.0f} ms"
    )
    for length, times in per_length.items():
        print(
            f"search, {length}-character queries (service + model refresh): median "
            f"{statistics.median(times) * 1000:.0f} ms, max {max(times) * 1000:.0f} ms"
        )
    print(f"peak memory of the process: {peak_mb:.0f} MB")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 100_000)
