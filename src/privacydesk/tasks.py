"""Long work as plain callables with a cancel token and a progress callback.

The CLI runs a task inline; the window runs the same callable in a QThreadPool. Locking the
app cancels running tasks (see services.desk.Desk.lock).
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Protocol, TypeVar

from privacydesk.errors import Cancelled

T = TypeVar("T", covariant=True)

Progress = Callable[[int, int], None]  # (done, total); total 0 means unknown


class CancelToken:
    def __init__(self) -> None:
        self._event = threading.Event()

    def cancel(self) -> None:
        self._event.set()

    @property
    def cancelled(self) -> bool:
        return self._event.is_set()

    def raise_if_cancelled(self) -> None:
        if self._event.is_set():
            raise Cancelled()


class Task(Protocol[T]):
    def __call__(self, cancel: CancelToken, progress: Progress) -> T: ...


def no_progress(done: int, total: int) -> None:
    """A progress callback for callers that do not show progress."""
