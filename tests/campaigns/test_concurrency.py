"""Concurrency: two app processes (a manager and a staff member) write real records through the
services layer on one local database at the same time; afterwards the database is whole, the
audit chain is one unforked line, every acknowledged record is stored, and no write met
SQLITE_BUSY past the busy timeout. On the shared-folder mode a second process is refused
(exit 9 from the CLI) with the holder's name and since when, while the first keeps writing.

The long form: benchmarks/soak.py --concurrency-seconds 60.
"""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
from pathlib import Path

import pytest
from tests.campaigns import _campaign as campaign

from privacydesk.errors import ExitCode
from privacydesk.storage.sharedlock import read_lock_info

SECONDS = float(os.environ.get("PD_CAMPAIGN_SECONDS", "10"))

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(os.name != "posix", reason="SIGKILL, fork and RLIMIT_FSIZE are POSIX"),
]

CLI = "import sys; from privacydesk.cli import main; sys.exit(main())"


def test_two_processes_write_records_at_once(tmp_path: Path) -> None:
    path = tmp_path / "office" / "privacydesk.db"
    campaign.create_database(path, shared=False, staff=True)
    figures = campaign.concurrency_campaign(path, seconds=SECONDS, work=tmp_path / "work")
    campaign.write_figures("concurrency-local", figures)
    assert figures["failures"] == [], figures["failures"]
    assert figures["busy_errors"] == 0
    assert figures["other_errors"] == []
    assert figures["records_lost"] == 0
    assert figures["chain_linear"] and figures["integrity_ok"]
    # Both wrote, and at the same time for most of the run.
    assert all(n > 0 for n in figures["writes_per_process"]), figures
    assert figures["overlap_s"] > SECONDS * 0.5, figures
    assert figures["records_acknowledged"] == sum(figures["writes_per_process"])


def _cli(path: Path, lang: str) -> subprocess.CompletedProcess[str]:
    env = campaign.writer_env()
    env.update(PRIVACYDESK_USER=campaign.MANAGER, PRIVACYDESK_PASSWORD=campaign.PASSWORD)
    return subprocess.run(
        [sys.executable, "-c", CLI, "check", "--db", str(path), "--lang", lang],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=env,
        cwd=campaign.REPO,
        timeout=120,
        check=False,
    )


def test_shared_mode_refuses_a_second_process_naming_the_holder(tmp_path: Path) -> None:
    path = campaign.synced_path(tmp_path)
    campaign.create_database(path, shared=True)
    acks = tmp_path / "acks.txt"
    writer = subprocess.Popen(
        campaign.writer_command("concurrent", str(path), "SH", "600", str(acks)),
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        encoding="utf-8",
        env=campaign.writer_env(),
        cwd=campaign.REPO,
    )
    try:
        assert writer.stdout is not None and writer.stdin is not None
        assert writer.stdout.readline().strip() == "ready"
        writer.stdin.write("go\n")
        writer.stdin.flush()
        holder = read_lock_info(path)
        assert holder is not None and holder.pid == writer.pid
        params = holder.message_params()
        # While the first process writes, a second one (the CLI) is refused, in both languages.
        refusals: list[int] = []
        for lang, words in (("en", "has had this database open"), ("ja", "開いています")):
            done = _cli(path, lang)
            refusals.append(done.returncode)
            assert done.returncode == ExitCode.IN_USE == 9, done.stderr
            assert words in done.stderr
            assert campaign.MANAGER in done.stderr
            assert params["since"] in done.stderr and params["host"] == socket.gethostname()
            assert params["host"] in done.stderr
            assert "Traceback" not in done.stderr
            assert writer.poll() is None  # refused while the holder was still writing
        out, err = writer.communicate("stop\n", timeout=120)
    finally:
        if writer.poll() is None:
            writer.kill()
            writer.communicate()
    assert writer.returncode == 0, err
    summary = json.loads(out.strip().splitlines()[-1])
    assert summary["busy"] == 0 and summary["errors"] == [], summary
    assert summary["writes"] > 0
    # The refusals changed nothing: every record of the holder is there, the chain whole.
    verdict = campaign.verify(
        path, campaign.read_acks(acks.read_text(encoding="utf-8").splitlines()), full=True
    )
    campaign.write_figures(
        "concurrency-shared",
        {
            "second_process_exits": refusals,
            "holder_named": True,
            "holder_writes_meanwhile": summary["writes"],
            "records_lost": len(verdict.lost),
            "busy_errors": summary["busy"],
            "duration_s": round(summary["ended"] - summary["started"], 2),
        },
    )
    assert verdict.ok, verdict.describe()
    assert len(verdict.lost) == 0 and summary["writes"] == sum(verdict.stored.values())
