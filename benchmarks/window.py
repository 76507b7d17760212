"""Window figures at demo scale 10000: process start to the sign-in dialog shown, and sign-in
to the dashboard drawn. Run: .venv/bin/python benchmarks/window.py"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent


def main(runs: int = 5) -> None:
    home = tempfile.mkdtemp(prefix="pd-bench-home-")
    env = {**os.environ, "PRIVACYDESK_HOME": home, "QT_QPA_PLATFORM": "offscreen",
           "XDG_CONFIG_HOME": home}
    setup = ("from privacydesk.services import demo; d = demo.create_demo(scale=10000); "
             "print(d.path); d.close()")
    out = subprocess.run([sys.executable, "-c", setup], env=env, capture_output=True,
                         text=True, check=True)
    db = out.stdout.strip().splitlines()[-1]
    starts: list[float] = []
    signs: list[float] = []
    for _ in range(runs):
        t0 = time.perf_counter()
        proc = subprocess.Popen(
            [sys.executable, str(HERE / "window_probe.py"), db, "demo", "demo-password-2026"],
            env=env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True,
        )
        assert proc.stdout is not None
        for line in proc.stdout:
            if line.startswith("SIGNIN_SHOWN"):
                starts.append(time.perf_counter() - t0)
            elif line.startswith("DASHBOARD_DRAWN"):
                signs.append(float(line.split()[1]))
        proc.wait(timeout=60)
    print(f"process start -> sign-in dialog shown: median {statistics.median(starts) * 1000:.0f}"
          f" ms (min {min(starts) * 1000:.0f}, max {max(starts) * 1000:.0f}), {runs} runs")
    print(f"sign-in -> dashboard drawn (scrypt n=2^17 included): median "
          f"{statistics.median(signs) * 1000:.0f} ms (min {min(signs) * 1000:.0f})")


if __name__ == "__main__":
    main()
