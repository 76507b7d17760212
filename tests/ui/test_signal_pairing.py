"""Guards the PySide6/Python pairing: 6.12.0 aborts Python 3.11 after a few hundred emits."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal


class _Emitter(QObject):
    fired = Signal(bool)
    plain = Signal()


def test_ten_thousand_emits_survive() -> None:
    emitter = _Emitter()
    received: list[bool] = []
    emitter.fired.connect(received.append)
    for i in range(10_000):
        emitter.fired.emit(i % 2 == 0)
        emitter.plain.emit()
    assert len(received) == 10_000
    assert received[:2] == [True, False]
