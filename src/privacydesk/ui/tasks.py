"""Run long service work in a QThreadPool with progress and cancel; the window never freezes."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QPushButton, QWidget

from privacydesk.tasks import CancelToken
from privacydesk.ui.i18n import translate

Work = Callable[[CancelToken, Callable[[int, int], None]], Any]


class _Signals(QObject):
    progress = Signal(int, int)
    finished = Signal(object)
    failed = Signal(object)


class _Runnable(QRunnable):
    def __init__(self, work: Work, token: CancelToken, signals: _Signals) -> None:
        super().__init__()
        self._work = work
        self._token = token
        self._signals = signals

    def run(self) -> None:
        try:
            result = self._work(self._token, self._signals.progress.emit)
        except BaseException as exc:  # shown to the user by the failed handler
            self._signals.failed.emit(exc)
        else:
            self._signals.finished.emit(result)


class TaskHandle(QObject):
    """One running task: its signals, and cancel()."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.token = CancelToken()
        self.signals = _Signals(self)
        self.done = False

    def cancel(self) -> None:
        self.token.cancel()


def start(
    work: Work,
    on_done: Callable[[Any], None],
    on_error: Callable[[BaseException], None],
    parent: QObject | None = None,
    on_progress: Callable[[int, int], None] | None = None,
) -> TaskHandle:
    handle = TaskHandle(parent)

    def finish(result: Any) -> None:
        handle.done = True
        on_done(result)

    def fail(exc: BaseException) -> None:
        handle.done = True
        on_error(exc)

    handle.signals.finished.connect(finish)
    handle.signals.failed.connect(fail)
    if on_progress is not None:
        handle.signals.progress.connect(on_progress)
    QThreadPool.globalInstance().start(_Runnable(work, handle.token, handle.signals))
    return handle


class ProgressStrip(QWidget):
    """A progress bar and a cancel button for the status bar."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.label = QLabel(self)
        self.bar = QProgressBar(self)
        self.bar.setMaximumWidth(200)
        self.cancel_button = QPushButton(self)
        layout.addWidget(self.label)
        layout.addWidget(self.bar)
        layout.addWidget(self.cancel_button)
        self._handle: TaskHandle | None = None
        self.cancel_button.clicked.connect(self._cancel)
        self.retranslate()
        self.hide()

    def retranslate(self) -> None:
        self.cancel_button.setText(translate("ProgressStrip", "Cancel"))

    def track(self, handle: TaskHandle, label: str) -> None:
        self._handle = handle
        self.label.setText(label)
        self.bar.setRange(0, 0)
        handle.signals.progress.connect(self._progress)
        handle.signals.finished.connect(self._end)
        handle.signals.failed.connect(self._end)
        self.show()

    def _progress(self, done: int, total: int) -> None:
        if total > 0:
            self.bar.setRange(0, total)
            self.bar.setValue(done)

    def _end(self, _result: object) -> None:
        self._handle = None
        self.hide()

    def _cancel(self) -> None:
        if self._handle is not None:
            self._handle.cancel()
