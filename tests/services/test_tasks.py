"""Long work through Desk.run: cancelled by lock(), waited for, then refused."""

from __future__ import annotations

import threading
import time

import pytest

from privacydesk.errors import Cancelled, NotAllowed
from privacydesk.services import audit, auth, demo, profile
from privacydesk.services.desk import Desk
from privacydesk.tasks import CancelToken, Progress


def _looping_task(desk: Desk, started: threading.Event, events: list[str]) -> object:
    """A task that works in small units of work until it is cancelled."""

    def task(cancel: CancelToken, progress: Progress) -> int:
        done = 0
        started.set()
        try:
            while True:
                cancel.raise_if_cancelled()
                with desk.uow() as s:
                    s.connection()  # a real connection from the pool each time
                done += 1
                progress(done, 0)
                time.sleep(0.005)
        except Cancelled:
            time.sleep(0.05)  # tidying up takes a moment; lock() must wait for it
            events.append("task stopped")
            raise

    return task


def test_lock_cancels_a_running_task_and_waits_for_it(desk: Desk) -> None:
    events: list[str] = []
    started = threading.Event()
    task = _looping_task(desk, started, events)
    outcome: list[BaseException | int] = []
    ticks: list[tuple[int, int]] = []

    def worker() -> None:
        try:
            outcome.append(desk.run(task, progress=lambda d, t: ticks.append((d, t))))
        except BaseException as exc:
            outcome.append(exc)

    real_dispose = desk.db.dispose

    def dispose() -> None:
        events.append("pool disposed")
        real_dispose()

    desk.db.dispose = dispose  # type: ignore[method-assign]
    thread = threading.Thread(target=worker)
    thread.start()
    assert started.wait(5)
    time.sleep(0.05)
    desk.lock()
    thread.join(5)
    assert not thread.is_alive()
    assert len(outcome) == 1 and isinstance(outcome[0], Cancelled)
    assert outcome[0].code == "task.cancelled"
    assert events == ["task stopped", "pool disposed"]
    assert ticks and ticks[0] == (1, 0)
    assert desk.closed

    with pytest.raises(NotAllowed) as info:
        desk.run(lambda c, p: 1)
    assert info.value.code == "auth.signed_out"
    with pytest.raises(NotAllowed) as info:
        profile.get_profile(desk)
    assert info.value.code == "auth.signed_out"
    with pytest.raises(NotAllowed), desk.uow():
        pass


def test_lock_is_recorded_as_a_lock(desk: Desk) -> None:
    desk.lock()
    again = auth.sign_in(desk.path, "kanri", "correct horse battery")
    try:
        actions = [e.action for e in audit.list_entries(again, limit=3)]
        assert actions[:2] == ["auth.sign_in", "auth.lock"]
    finally:
        again.close()


def test_run_returns_the_result_and_passes_progress(desk: Desk) -> None:
    seen: list[tuple[int, int]] = []

    def task(cancel: CancelToken, progress: Progress) -> str:
        for i in range(1, 4):
            cancel.raise_if_cancelled()
            progress(i, 3)
        return "done"

    assert desk.run(task, progress=lambda d, t: seen.append((d, t))) == "done"
    assert seen == [(1, 3), (2, 3), (3, 3)]
    assert not desk._tasks  # unregistered afterwards


def test_a_cancelled_token_stops_the_task(desk: Desk) -> None:
    token = CancelToken()
    token.cancel()

    def task(cancel: CancelToken, progress: Progress) -> None:
        cancel.raise_if_cancelled()

    with pytest.raises(Cancelled):
        desk.run(task, cancel=token)
    assert not desk._tasks


def test_demo_fill_reports_progress(desk: Desk) -> None:
    seen: list[tuple[int, int]] = []
    summary = desk.run(
        lambda cancel, progress: demo.fill(desk, 10, cancel=cancel, progress=progress),
        progress=lambda d, t: seen.append((d, t)),
    )
    assert summary.accounts == 3 and summary.subjects == 10
    # Progress counts the persons made, ending at the total.
    assert seen and seen[-1][0] == seen[-1][1] == 10
    assert [d for d, _ in seen] == sorted(d for d, _ in seen)


def test_demo_fill_can_be_cancelled(desk: Desk) -> None:
    token = CancelToken()
    token.cancel()
    with pytest.raises(Cancelled):
        demo.fill(desk, 10, cancel=token)


def test_close_from_two_threads_at_once(desk: Desk) -> None:
    errors: list[BaseException] = []

    def close() -> None:
        try:
            desk.close()
        except BaseException as exc:  # pragma: no cover - the failure being tested
            errors.append(exc)

    threads = [threading.Thread(target=close) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(5)
    assert not errors
    assert desk.closed
    again = auth.sign_in(desk.path, "kanri", "correct horse battery")
    try:
        assert len(audit.list_entries(again, action_prefix="auth.sign_out")) == 1
    finally:
        again.close()
