"""The log file: owner-only and rotating, level from the environment, and no personal value in
it whatever the app or a library logs (exception text, arguments, SQLAlchemy at DEBUG)."""

from __future__ import annotations

import ast
import io
import logging
import stat
from collections.abc import Iterator
from logging.handlers import RotatingFileHandler
from pathlib import Path

import pytest
from tests.conftest import JP_EMAIL, JP_NAME

from privacydesk import cli, logs, paths
from privacydesk.domain.subjects import SubjectData
from privacydesk.errors import ExitCode
from privacydesk.services import subjects
from privacydesk.services.desk import Desk

SECRET = f"{JP_NAME} <{JP_EMAIL}>"


@pytest.fixture(autouse=True)
def _fresh_handler(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.delenv(logs.ENV_LEVEL, raising=False)
    root_level = logging.getLogger().level
    logs.teardown()
    yield
    logs.teardown()
    logging.getLogger().setLevel(root_level)


def _text() -> str:
    return "\n".join(
        p.read_text(encoding="utf-8") for p in sorted(logs.log_dir().glob(logs.LOG_NAME + "*"))
    )


def _fails_with_a_name() -> None:
    raise ValueError(f"UNIQUE constraint failed: {SECRET}")


def test_file_is_private_in_the_data_folder() -> None:
    target = logs.setup()
    assert target == paths.data_dir() / "logs" / "privacydesk.log"
    logging.getLogger("privacydesk.test").info("started %s", "ok")
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert stat.S_IMODE(target.parent.stat().st_mode) == 0o700
    assert "started ok" in _text()


@pytest.mark.parametrize(
    ("value", "level"),
    [(None, logging.INFO), ("debug", logging.DEBUG), ("WARNING", logging.WARNING), ("x", 20)],
)
def test_level_from_the_environment(
    monkeypatch: pytest.MonkeyPatch, value: str | None, level: int
) -> None:
    if value is not None:
        monkeypatch.setenv(logs.ENV_LEVEL, value)
    logs.setup()
    log = logging.getLogger("privacydesk.test")
    log.debug("debug line")
    log.info("info line")
    text = _text()
    assert ("debug line" in text) == (level <= logging.DEBUG)
    assert ("info line" in text) == (level <= logging.INFO)


def test_exception_keeps_type_and_frames_but_never_its_message() -> None:
    logs.setup(logging.DEBUG)
    try:
        try:
            _fails_with_a_name()
        except ValueError as inner:
            raise RuntimeError(str(inner)) from inner
    except RuntimeError as exc:
        logging.getLogger("privacydesk.test").exception("save failed: %s", exc)
    text = _text()
    assert "save failed: RuntimeError" in text
    assert "exception RuntimeError (message withheld)" in text
    assert "exception ValueError (message withheld)" in text
    assert "test_logs.py:" in text and ":_fails_with_a_name" in text
    for value in (JP_NAME, JP_EMAIL, "UNIQUE constraint"):
        assert value not in text, value


def test_arguments_are_written_only_when_plainly_safe() -> None:
    logs.setup(logging.DEBUG)
    log = logging.getLogger("privacydesk.test")
    log.info("subject %d renamed to %s (%s)", 42, JP_NAME, "subject.updated")
    log.info("mail to %(to)s", {"to": JP_EMAIL})
    text = _text()
    assert "subject 42 renamed to <withheld> (subject.updated)" in text
    assert "mail to <withheld>" in text
    assert JP_NAME not in text and JP_EMAIL not in text


def test_describe_names_our_file_and_line() -> None:
    try:
        _fails_with_a_name()
    except ValueError as exc:
        name, place = logs.describe(exc)
    assert name == "ValueError"
    assert place.startswith("test_logs.py:") or place.startswith("tests/test_logs.py:")


def test_rotation_keeps_three_private_files() -> None:
    logs.setup(logging.INFO)
    log = logging.getLogger("privacydesk.test")
    for i in range(4000):
        log.info("line %d " + "x" * 600, i)
    files = sorted(logs.log_dir().glob(logs.LOG_NAME + "*"))
    assert len(files) == 3
    for f in files:
        assert f.stat().st_size <= logs.MAX_BYTES + 1000
        assert stat.S_IMODE(f.stat().st_mode) == 0o600


def test_setup_twice_adds_one_handler_and_follows_the_data_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    logs.setup()
    logs.setup()
    ours = [h for h in logging.getLogger().handlers if isinstance(h, RotatingFileHandler)]
    assert len(ours) == 1
    monkeypatch.setenv("PRIVACYDESK_HOME", str(tmp_path / "other"))
    assert logs.setup() == tmp_path / "other" / "logs" / "privacydesk.log"
    ours = [h for h in logging.getLogger().handlers if isinstance(h, RotatingFileHandler)]
    assert [Path(h.baseFilename) for h in ours] == [logs.log_file()]


def test_sqlalchemy_at_debug_writes_no_values(desk: Desk) -> None:
    """Even with SQLAlchemy's engine logger turned to DEBUG (rows, parameters) nothing leaks."""
    assert desk.db.engine.hide_parameters
    logs.setup(logging.DEBUG)
    logging.getLogger("sqlalchemy.engine").setLevel(logging.DEBUG)
    try:
        sid = subjects.create_subject(desk, SubjectData(legal_name=JP_NAME, email=JP_EMAIL)).id
        assert subjects.get_subject(desk, sid).data.legal_name == JP_NAME
        assert subjects.search(desk, JP_NAME[:2])
    finally:
        logging.getLogger("sqlalchemy.engine").setLevel(logging.WARNING)
    text = _text()
    assert JP_NAME not in text and JP_EMAIL not in text


def test_cli_logs_an_internal_error_as_type_and_frames(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A bug in a command (injected here): stderr and the log name the type, never the text."""

    def broken(*_args: object, **_kwargs: object) -> int:
        _fails_with_a_name()
        return 0

    monkeypatch.setattr(cli, "run_demo_cli", broken)
    monkeypatch.setenv(logs.ENV_LEVEL, "DEBUG")
    out, err = io.StringIO(), io.StringIO()
    assert cli.main(["--demo"], out=out, err=err) == ExitCode.INTERNAL
    assert "ValueError" in err.getvalue()
    text = _text()
    assert "internal error: ValueError" in text and ":_fails_with_a_name" in text
    for stream in (out.getvalue(), err.getvalue(), text):
        assert JP_NAME not in stream and JP_EMAIL not in stream


def test_logs_module_stays_below_qt_and_services() -> None:
    tree = ast.parse(Path(logs.__file__).read_text(encoding="utf-8"))
    imported = {n.module or "" for n in ast.walk(tree) if isinstance(n, ast.ImportFrom)} | {
        a.name for n in ast.walk(tree) if isinstance(n, ast.Import) for a in n.names
    }
    assert not {m for m in imported if m.startswith(("PySide6", "privacydesk.services"))}


class _FullDisk(io.StringIO):
    def write(self, _text: str) -> int:
        raise OSError(28, "No space left on device")


def test_a_failed_write_says_so_without_the_record(capsys: pytest.CaptureFixture[str]) -> None:
    """logging's default handleError would print the message's arguments on stderr."""
    logs.setup(logging.DEBUG)
    handler = next(h for h in logging.getLogger().handlers if isinstance(h, RotatingFileHandler))
    handler.stream.close()
    handler.stream = _FullDisk()  # the next write fails
    logging.getLogger("privacydesk.test").info("renamed to %s", JP_NAME)
    logging.getLogger("privacydesk.test").info("renamed to %s", JP_NAME)
    err = capsys.readouterr().err
    assert err.count("the log file could not be written") == 1
    assert JP_NAME not in err and "Traceback" not in err
