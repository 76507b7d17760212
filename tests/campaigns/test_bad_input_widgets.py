"""Bad input typed into two dialogs (a person, a complaint) and saved with the Save button:
the dialog shows a message (inline or a box) or saves, and no exception leaves a Qt slot
(pytest-qt fails the test if one does). A refused save leaves what was saved untouched."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox
from pytestqt.qtbot import QtBot
from tests.campaigns.strategies import ONE_MB_ASCII, RLO, Tally, lost_rows, snapshot

from privacydesk.services import complaints, subjects
from privacydesk.services.desk import Desk
from privacydesk.ui.dialogs.complaint_receive import ComplaintReceiveDialog
from privacydesk.ui.dialogs.subject import SubjectDialog

TALLY = Tally("widgets")
# Saved as typed: right-to-left marks are text (a name in Arabic script carries them), and
# SQL-like text is only text. The rest is refused with a message.
SAVED = {"rtl", "sql"}
TYPED = {  # typed with the keyboard where short, pasted (setText) where long
    "nul": "山田\x00花子",
    "rtl": RLO + "gpj.exe\u200f山田",
    "control": "山田\x1b[31m花子\x07",
    "sql": "'; DROP TABLE subjects; --",
    "megabyte": ONE_MB_ASCII,
}


@pytest.fixture(autouse=True)
def _no_modal_boxes(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """A message box would block offscreen: answer it and remember that it was shown."""
    shown: list[str] = []

    def box(*args: object, **kwargs: object) -> QMessageBox.StandardButton:
        shown.append(str(args[2]) if len(args) > 2 else "")
        return QMessageBox.StandardButton.No

    for name in ("question", "warning", "critical", "information"):
        monkeypatch.setattr(QMessageBox, name, box)
    return shown


@pytest.fixture(scope="module", autouse=True)
def _write_tally() -> object:
    TALLY.restart()
    yield None
    TALLY.write(Path.cwd())


def _printable(text: str) -> bool:
    # QTest aborts the process on a key event for a control or non-ASCII character offscreen:
    # those are pasted.
    return len(text) <= 200 and text.isascii() and text.isprintable()


def _type(qtbot: QtBot, edit: object, text: str) -> None:
    if _printable(text):
        qtbot.keyClicks(edit, text)  # type: ignore[arg-type]
    if edit.text() != text:  # type: ignore[attr-defined]
        edit.setText(text)  # type: ignore[attr-defined]  # pasted, as from another program


@pytest.mark.slow
@pytest.mark.parametrize("what", sorted(TYPED))
def test_person_dialog(qtbot: QtBot, desk: Desk, what: str, _no_modal_boxes: list[str]) -> None:
    saved = subjects.create_subject(desk, subjects.SubjectData(legal_name="髙橋﨑子")).id
    before = snapshot(desk)
    dialog = SubjectDialog(desk, None, None)
    qtbot.addWidget(dialog)
    _type(qtbot, dialog.ui.nameEdit, TYPED[what])
    _type(qtbot, dialog.ui.birthEdit, "令和99年13月40日" if what == "sql" else "")
    qtbot.mouseClick(dialog.save_button(), Qt.MouseButton.LeftButton)
    refused = dialog.saved_id is None
    assert refused == (what != "rtl")  # the SQL-like name comes with a date that does not exist
    if refused:
        assert dialog.ui.messageLabel.text() or _no_modal_boxes, "refused without a word"
        assert snapshot(desk) == before
    else:
        assert not lost_rows(before, snapshot(desk))
        assert subjects.get_subject(desk, dialog.saved_id).data.legal_name == TYPED[what]
    assert subjects.get_subject(desk, saved).data.legal_name == "髙橋﨑子"
    TALLY.count("ui.SubjectDialog", accepted=not refused)


@pytest.mark.slow
@pytest.mark.parametrize("what", sorted(TYPED))
def test_complaint_dialog(qtbot: QtBot, desk: Desk, what: str, _no_modal_boxes: list[str]) -> None:
    before = snapshot(desk)
    dialog = ComplaintReceiveDialog(desk, None, now=datetime(2026, 11, 20, 10))
    qtbot.addWidget(dialog)
    qtbot.mouseClick(dialog.ui.nameRadio, Qt.MouseButton.LeftButton)  # a named complainant
    _type(qtbot, dialog.ui.complainantEdit, TYPED[what])
    content = dialog.ui.contentEdit
    if _printable(TYPED[what]):
        content.setPlainText("内容 ")
        qtbot.keyClicks(content, TYPED[what])
    else:
        content.setPlainText("内容 " + TYPED[what])
    qtbot.mouseClick(
        dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save)
        or dialog.ui.buttonBox.buttons()[0],
        Qt.MouseButton.LeftButton,
    )
    refused = dialog.saved_id is None
    assert refused == (what not in SAVED), dialog.ui.messageLabel.text()
    if refused:
        assert dialog.ui.messageLabel.text() or _no_modal_boxes, "refused without a word"
        assert snapshot(desk) == before
    else:
        assert not lost_rows(before, snapshot(desk))
        assert complaints.get(desk, dialog.saved_id).row.complainant == TYPED[what]
    TALLY.count("ui.ComplaintReceiveDialog", accepted=not refused)
