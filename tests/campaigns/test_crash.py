"""Crash safety: a writer process commits records one by one through the services layer and
is killed with SIGKILL at random moments (some during sign-in, most while writing), on a local
database and on the shared-folder mode. After each kill the database opens as the app opens it
(a dead writer's lock cleared), its own check passes (cipher and SQLite integrity, the audit
chain and its anchor), and every record whose service call returned is stored.

The long form: benchmarks/soak.py --kills 500.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from tests.campaigns import _campaign as campaign

KILLS = int(os.environ.get("PD_CAMPAIGN_KILLS", "50"))
SEED = 20261123

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(os.name != "posix", reason="SIGKILL, fork and RLIMIT_FSIZE are POSIX"),
]


@pytest.mark.parametrize("shared", [False, True], ids=["local", "shared"])
def test_kills_lose_no_acknowledged_record(tmp_path: Path, shared: bool) -> None:
    path = campaign.synced_path(tmp_path) if shared else tmp_path / "office" / "privacydesk.db"
    campaign.create_database(path, shared=shared)
    figures = campaign.crash_campaign(
        path, kills=KILLS, shared=shared, seed=SEED, log=tmp_path / "writer.log"
    )
    campaign.write_figures(f"crash-{figures['mode']}", figures)
    log = (tmp_path / "writer.log").read_text(encoding="utf-8")
    assert "Traceback" not in log, log[-3000:]
    assert figures["failures"] == [], figures["failures"]
    assert figures["kills_survived"] == KILLS
    assert figures["records_lost"] == 0
    # The campaign did write: a kill lands while records are being committed.
    assert figures["records_acknowledged"] >= KILLS
    if shared:
        # Each lock a killed writer left was cleared at the next sign-in and audited.
        assert figures["stale_locks_left_by_kills"] > KILLS // 2
        assert (
            figures["stale_locks_cleared_in_audit"] + figures["unreadable_locks_taken_over"]
            >= figures["stale_locks_left_by_kills"]
        )
