"""`privacydesk --self-test`: every step passes from source, in-process and as the command an
IT helper types; a failing step is named, with no traceback and no value from the database."""

from __future__ import annotations

import io
import os
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

from privacydesk import selftest

# The synthetic person's name parts: never in the output, whatever happens.
PERSONAL = (selftest.RARE_KANJI, selftest.VIETNAMESE, "𠮷")


def _clean_env(**extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PRIVACYDESK_", "QT_QPA"))}
    env.update(extra)
    return env


def _assert_private(output: str) -> None:
    for text in PERSONAL:
        assert text not in output
    assert "Traceback" not in output
    assert output.isascii()  # any console shows it (a Windows CI console is cp1252)


def test_every_step_passes_in_process(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    home_before = os.environ["PRIVACYDESK_HOME"]
    out = io.StringIO()
    assert selftest.run(out) == 0
    lines = out.getvalue().splitlines()
    assert lines[-1].startswith(f"{selftest.SUCCESS_PREFIX} ({len(selftest.STEPS)} steps")
    for name in selftest.STEP_NAMES:
        assert any(line.split()[:3][::2] == ["ok", name] for line in lines), name
    assert any("cipher_version 4." in line for line in lines)
    assert any("IPAex" in line and "DejaVu" in line for line in lines if " letter " in line)
    _assert_private(out.getvalue())
    # Nothing left behind, and the app's data folder setting is as it was.
    assert list(tmp_path.iterdir()) == []
    assert os.environ["PRIVACYDESK_HOME"] == home_before


def test_a_failing_step_is_named_and_stops_the_run(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    monkeypatch.setenv(selftest.FAIL_ENV, "board")
    out = io.StringIO()
    assert selftest.run(out) == 1
    text = out.getvalue()
    assert text.splitlines()[-1] == f"{selftest.FAILURE_PREFIX} at step 'board'"
    number = selftest.STEP_NAMES.index("board") + 1
    assert f"FAIL {number:2}/{len(selftest.STEPS)} board: forced by {selftest.FAIL_ENV}" in text
    assert " letter " in text  # the steps before it ran
    assert " backup " not in text and selftest.SUCCESS_PREFIX not in text  # none after it
    _assert_private(text)
    assert list(tmp_path.iterdir()) == []  # the database is closed and removed


def test_the_command_passes_without_a_display(tmp_path: Path) -> None:
    # No QT_QPA_PLATFORM and no DISPLAY: the command sets the offscreen platform itself.
    env = _clean_env(PRIVACYDESK_HOME=str(tmp_path / "home"), TMPDIR=str(tmp_path))
    env.pop("DISPLAY", None)
    env.pop("WAYLAND_DISPLAY", None)
    done = subprocess.run(
        [sys.executable, "-m", "privacydesk", "--self-test"],
        env=env,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=300,
        check=False,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert done.stdout.splitlines()[-1].startswith(selftest.SUCCESS_PREFIX)
    _assert_private(done.stdout + done.stderr)
    # Its temporary folder is gone, and the data folder PRIVACYDESK_HOME names was not used.
    assert list(tmp_path.iterdir()) == []


def test_the_command_names_a_missing_resource_folder(tmp_path: Path) -> None:
    empty = tmp_path / "no-resources"
    empty.mkdir()
    env = _clean_env(PRIVACYDESK_HOME=str(tmp_path / "home"), PRIVACYDESK_RESOURCES=str(empty))
    done = subprocess.run(
        [sys.executable, "-m", "privacydesk", "--self-test"],
        env=env,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=300,
        check=False,
    )
    assert done.returncode == 1
    total = len(selftest.STEPS)
    assert f"FAIL  1/{total} resources: resources/fonts/ipaexm.ttf is missing" in done.stdout
    assert done.stdout.splitlines()[-1] == f"{selftest.FAILURE_PREFIX} at step 'resources'"
    _assert_private(done.stdout + done.stderr)
