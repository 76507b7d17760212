"""The crash dialog: an exception that reaches the event loop (or a worker thread) shows what
failed and where, that saved data is safe and where the log is, and never the exception's text."""

from __future__ import annotations

import logging
import sys
import threading
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QTimer
from pytestqt.qtbot import QtBot
from tests.conftest import JP_EMAIL, JP_NAME

from privacydesk import logs
from privacydesk.ui import i18n
from privacydesk.ui.crash import CrashReporter

SECRET = f"{JP_NAME} {JP_EMAIL}"


def _explode() -> None:
    raise OSError(f"cannot write letter for {SECRET}")


@pytest.fixture
def reporter() -> Iterator[CrashReporter]:
    logs.teardown()
    logs.setup(logging.DEBUG)
    r = CrashReporter(modal=False)
    r.install()
    yield r
    r.uninstall()
    if r.box is not None:
        r.box.close()
    logs.teardown()


def _log_text() -> str:
    return logs.log_file().read_text(encoding="utf-8")


@pytest.mark.parametrize("lang", ["ja", "en"])
@pytest.mark.qt_no_exception_capture
def test_an_exception_in_a_slot_shows_type_and_place_only(
    qtbot: QtBot, reporter: CrashReporter, lang: str
) -> None:
    i18n.set_language(lang, remember=False)
    with qtbot.waitSignal(reporter.crashed, timeout=5000):
        QTimer.singleShot(0, _explode)
    assert reporter.box is not None
    text = reporter.box.text()
    assert "OSError" in text and "test_crash.py:" in text
    assert str(logs.log_file()) in text
    assert ("保存したデータは安全" in text) if lang == "ja" else ("saved so far is safe" in text)
    assert reporter.box.windowTitle() == i18n.text("crash.title")
    log = _log_text()
    assert "unexpected: OSError at" in log and ":_explode" in log
    for value in (JP_NAME, JP_EMAIL, "cannot write letter"):
        assert value not in text, value
        assert value not in log, value


@pytest.mark.qt_no_exception_capture
def test_an_exception_in_a_worker_thread_reaches_the_dialog(
    qtbot: QtBot, reporter: CrashReporter
) -> None:
    worker = threading.Thread(target=_explode)
    with qtbot.waitSignal(reporter.crashed, timeout=5000) as blocker:
        worker.start()
    worker.join()
    assert isinstance(blocker.args[0], OSError)
    assert reporter.box is not None and "OSError" in reporter.box.text()
    assert JP_NAME not in reporter.box.text() and JP_NAME not in _log_text()


def test_hooks_are_restored(reporter: CrashReporter) -> None:
    assert sys.excepthook == reporter.excepthook
    reporter.uninstall()
    assert sys.excepthook != reporter.excepthook
    assert threading.excepthook != reporter.thread_excepthook


def test_run_installs_the_log_file_and_the_hook() -> None:
    from privacydesk.ui.app import install_crash_handling

    logs.teardown()
    reporter = install_crash_handling()
    try:
        assert sys.excepthook == reporter.excepthook
        assert threading.excepthook == reporter.thread_excepthook
        assert logs.log_file().exists()
    finally:
        reporter.uninstall()
        logs.teardown()
