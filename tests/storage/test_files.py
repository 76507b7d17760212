"""Atomic writes: a rename that an antivirus scanner blocks for a moment is tried again; one
that stays blocked ends as a clear environment error with no temporary file left behind."""

from __future__ import annotations

import errno
import os
from pathlib import Path

import pytest

from privacydesk.errors import EnvironmentProblem
from privacydesk.storage import files


@pytest.fixture
def sleeps(monkeypatch: pytest.MonkeyPatch) -> list[float]:
    waited: list[float] = []
    monkeypatch.setattr(files.time, "sleep", waited.append)
    return waited


def _blocked(monkeypatch: pytest.MonkeyPatch, times: int) -> list[tuple[str, str]]:
    """os.replace refused `times` times (as Windows does while a scanner holds the file)."""
    calls: list[tuple[str, str]] = []
    real_replace = os.replace

    def replace(src: str | os.PathLike[str], dst: str | os.PathLike[str]) -> None:
        calls.append((os.fspath(src), os.fspath(dst)))
        if len(calls) <= times:
            raise PermissionError(errno.EACCES, "The process cannot access the file")
        real_replace(src, dst)

    monkeypatch.setattr(os, "replace", replace)
    return calls


def test_a_briefly_blocked_replace_is_retried(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, sleeps: list[float]
) -> None:
    target = tmp_path / "letter.pdf"
    target.write_bytes(b"old")
    calls = _blocked(monkeypatch, times=2)
    files.write_atomic(target, b"new")
    assert target.read_bytes() == b"new"
    assert len(calls) == 3
    assert sleeps == [files.REPLACE_PAUSE_SECONDS, 2 * files.REPLACE_PAUSE_SECONDS]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["letter.pdf"]


def test_a_replace_that_stays_blocked_is_an_environment_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, sleeps: list[float]
) -> None:
    target = tmp_path / "board.xlsx"
    target.write_bytes(b"old")
    calls = _blocked(monkeypatch, times=files.REPLACE_ATTEMPTS)
    with pytest.raises(EnvironmentProblem):
        files.write_atomic(target, b"new")
    assert len(calls) == files.REPLACE_ATTEMPTS
    assert len(sleeps) == files.REPLACE_ATTEMPTS - 1
    assert target.read_bytes() == b"old"  # the old file is untouched
    assert sorted(p.name for p in tmp_path.iterdir()) == ["board.xlsx"]  # no temp file left


def test_other_errors_are_not_retried(tmp_path: Path, sleeps: list[float]) -> None:
    source = tmp_path / "missing"
    with pytest.raises(FileNotFoundError):
        files.replace_with_retry(source, tmp_path / "target")
    assert sleeps == []
