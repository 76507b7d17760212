"""The crash dialog: an unhandled exception says what failed and where, never its message.

The exception's text can quote a person's name or address, so the dialog and the log show only
its type and the place in our code ("OSError in documents/letter.py:123"), that the data saved
so far is safe (every save is its own committed unit of work), and where the log file is.
"""

from __future__ import annotations

import sys
import threading
from collections.abc import Callable
from types import TracebackType

from PySide6.QtCore import QObject, Qt, QThread, Signal, Slot
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from privacydesk import logs
from privacydesk.ui import i18n

ExceptHook = Callable[[type[BaseException], BaseException, TracebackType | None], object]


def crash_text(exc: BaseException) -> str:
    """The dialog's text in the current language: type, place, data safe, where the log is."""
    name, place = logs.describe(exc)
    return i18n.text("crash.body", what=name, where=place, log=str(logs.log_file()))


def crash_box(exc: BaseException, parent: QWidget | None = None) -> QMessageBox:
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Critical)
    box.setWindowTitle(i18n.text("crash.title"))
    box.setText(crash_text(exc))
    box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    box.setStandardButtons(QMessageBox.StandardButton.Ok)
    box.setObjectName("crashDialog")
    return box


class CrashReporter(QObject):
    """Installed as sys.excepthook and threading.excepthook; shows one dialog at a time.

    A worker thread's exception is handed to the GUI thread through a queued signal: widgets
    may only be touched there.
    """

    crashed = Signal(object)  # the exception, after it was logged (tests wait on it)
    _from_thread = Signal(object)

    def __init__(self, modal: bool = True) -> None:
        super().__init__()
        self.modal = modal  # tests use non-modal boxes so nothing blocks
        self.box: QMessageBox | None = None
        self._showing = False
        self._previous: tuple[ExceptHook, object] | None = None
        self._from_thread.connect(self._show, Qt.ConnectionType.QueuedConnection)

    def install(self) -> None:
        self._previous = (sys.excepthook, threading.excepthook)
        sys.excepthook = self.excepthook
        threading.excepthook = self.thread_excepthook

    def uninstall(self) -> None:
        if self._previous is not None:
            sys.excepthook, threading.excepthook = self._previous  # type: ignore[assignment]
            self._previous = None

    def excepthook(
        self, exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None
    ) -> None:
        if issubclass(exc_type, KeyboardInterrupt):
            QApplication.quit()
            return
        if exc.__traceback__ is None:
            exc = exc.with_traceback(tb)
        logs.log_crash(exc)
        app = QApplication.instance()
        if app is not None and QThread.currentThread() is app.thread():
            self._show(exc)
        else:
            self._from_thread.emit(exc)

    def thread_excepthook(self, args: threading.ExceptHookArgs) -> None:
        if args.exc_value is None or issubclass(args.exc_type, SystemExit):
            return
        self.excepthook(args.exc_type, args.exc_value, args.exc_traceback)

    @Slot(object)
    def _show(self, exc: BaseException) -> None:
        if self._showing:
            return  # a crash while the dialog is up is logged, not stacked
        self._showing = True
        try:
            box = crash_box(exc, QApplication.activeWindow())
            self.box = box
            if self.modal:
                box.exec()
            else:
                box.show()
        finally:
            self._showing = False
        self.crashed.emit(exc)
