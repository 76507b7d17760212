"""The long forms of the crash-safety and concurrency campaigns (issue 11), outside CI.

    .venv/bin/python benchmarks/soak.py --kills 500 --concurrency-seconds 60

Kills a writer process with SIGKILL `--kills` times on a local database and again on the
shared-folder mode, checking the database after each kill; then runs two writer processes on
one local database for `--concurrency-seconds`. Prints the figures and writes them to
build/campaigns/soak-*.json. Exit 0 only when every check passed and no record was lost.
The CI forms are tests/campaigns/test_crash.py and test_concurrency.py (the same code).
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

os.environ.setdefault("PRIVACYDESK_HOME", tempfile.mkdtemp(prefix="pd-soak-home-"))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # for tests.campaigns

from tests.campaigns import _campaign as campaign


def _show(name: str, figures: dict[str, Any]) -> None:
    target = campaign.write_figures(name, figures)
    print(f"== {name} ({target})")
    print(json.dumps(figures, indent=1, ensure_ascii=False))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--kills", type=int, default=500, help="kills per mode (0: skip)")
    parser.add_argument("--modes", default="local,shared", help="local, shared or both")
    parser.add_argument("--window", type=float, default=0.5, help="longest write before a kill, s")
    parser.add_argument("--concurrency-seconds", type=float, default=60, help="0: skip")
    parser.add_argument("--seed", type=int, default=int(time.time()))
    parser.add_argument("--keep", action="store_true", help="keep the work folder")
    args = parser.parse_args(argv)

    work = Path(tempfile.mkdtemp(prefix="pd-soak-"))
    ok = True
    try:
        if args.kills > 0:
            for mode in [m.strip() for m in args.modes.split(",") if m.strip()]:
                shared = mode == "shared"
                root = work / f"crash-{mode}"
                path = campaign.synced_path(root) if shared else root / "office" / "privacydesk.db"
                campaign.create_database(path, shared=shared)
                figures = campaign.crash_campaign(
                    path,
                    kills=args.kills,
                    shared=shared,
                    seed=args.seed,
                    log=root / "writer.log",
                    window=args.window,
                )
                _show(f"soak-crash-{mode}", figures)
                ok = ok and not figures["failures"] and figures["records_lost"] == 0
        if args.concurrency_seconds > 0:
            path = work / "concurrency" / "office" / "privacydesk.db"
            campaign.create_database(path, shared=False, staff=True)
            figures = campaign.concurrency_campaign(
                path, seconds=args.concurrency_seconds, work=work / "concurrency" / "acks"
            )
            _show("soak-concurrency-local", figures)
            ok = ok and not figures["failures"] and figures["busy_errors"] == 0
    finally:
        if args.keep:
            print(f"work folder kept: {work}")
        else:
            shutil.rmtree(work, ignore_errors=True)
    print("OK" if ok else "FAILED")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
