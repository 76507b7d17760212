"""The keyboard-first checklist form both checklist dialogs share: the same keys answer, clear,
move and save in the contractor review and in the self-check, on a real database."""

from __future__ import annotations

import re
from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from privacydesk.services import contractors as cs
from privacydesk.services import self_check as sc
from privacydesk.services.contractors import ContractorData
from privacydesk.services.desk import Desk
from privacydesk.ui import i18n
from privacydesk.ui.dialogs import contractor_common
from privacydesk.ui.dialogs.checklist_form import CATEGORIES, ChecklistForm
from privacydesk.ui.dialogs.contractor_review import ContractorReviewDialog
from privacydesk.ui.dialogs.self_check import SelfCheckDialog

Stored = Callable[[], dict[int, tuple[str, str, str]]]  # question id: answer, comment, evidence


def _review(desk: Desk) -> tuple[ChecklistForm, Stored]:  # type: ignore[type-arg]
    cid = cs.create(desk, ContractorData(name="株式会社発送代行", services="会報の発送"))
    rid = cs.start_review(desk, cid, "selection")
    return ContractorReviewDialog(desk, rid), lambda: {
        q: (a.answer, a.comment, a.evidence) for q, a in cs.review(desk, rid)[2].items()
    }


def _self_check(desk: Desk) -> tuple[ChecklistForm, Stored]:  # type: ignore[type-arg]
    sid = sc.start(desk)
    return SelfCheckDialog(desk, sid), lambda: {
        q: (a.answer, a.comment, a.evidence) for q, a in sc.get(desk, sid).answers.items()
    }


@pytest.fixture(params=[_review, _self_check], ids=["contractor_review", "self_check"])
def form(request: pytest.FixtureRequest, qtbot: QtBot, desk: Desk) -> tuple[ChecklistForm, Stored]:  # type: ignore[type-arg]
    made: tuple[ChecklistForm, Stored] = request.param(desk)  # type: ignore[type-arg]
    qtbot.addWidget(made[0])
    made[0].show()
    made[0].show_category(0)  # 基本方針: no answer from the app there
    return made


def _qid(form: ChecklistForm, row: int) -> int:  # type: ignore[type-arg]
    q = form.model.row_at(row)
    assert q is not None
    return q.id


def _at(form: ChecklistForm, row: int) -> None:  # type: ignore[type-arg]
    form.ui.questionsView.setCurrentIndex(form.model.index(row, 0))


def test_each_answer_key_saves_and_moves_on(
    qtbot: QtBot,
    form: tuple[ChecklistForm, Stored],  # type: ignore[type-arg]
) -> None:
    dialog, stored = form
    view = dialog.ui.questionsView
    first = _qid(dialog, 0)
    for key, value in (
        (Qt.Key.Key_1, "yes"),
        (Qt.Key.Key_Y, "yes"),
        (Qt.Key.Key_2, "no"),
        (Qt.Key.Key_N, "no"),
        (Qt.Key.Key_3, "na"),
        (Qt.Key.Key_A, "na"),
    ):
        _at(dialog, 0)
        qtbot.keyClick(view, key)
        assert stored()[first][0] == value, key
        assert view.currentIndex().row() == 1  # on to the next question
    assert "保存しました" in dialog.ui.savedLabel.text()
    for key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace, Qt.Key.Key_0):
        _at(dialog, 0)
        qtbot.keyClick(view, Qt.Key.Key_1)
        _at(dialog, 0)
        qtbot.keyClick(view, key)
        assert stored()[first][0] == "", key
        assert view.currentIndex().row() == 0  # a cleared question stays current
    before = stored()
    for key, modifier in (
        (Qt.Key.Key_1, Qt.KeyboardModifier.ShiftModifier),
        (Qt.Key.Key_Y, Qt.KeyboardModifier.AltModifier),
        (Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier),
    ):
        _at(dialog, 0)
        qtbot.keyClick(view, key, modifier)
    assert stored() == before  # an answer key with a modifier is not an answer


def test_a_typed_comment_is_saved_with_the_answer(
    qtbot: QtBot,
    form: tuple[ChecklistForm, Stored],  # type: ignore[type-arg]
) -> None:
    dialog, stored = form
    u = dialog.ui
    view = u.questionsView
    qtbot.keyClick(view, Qt.Key.Key_Enter)  # Enter, like Tab, goes to the comment
    assert dialog.focusWidget() is u.commentEdit
    u.commentEdit.insert("規程を確認")  # as an input method commits it
    u.evidenceEdit.insert("規程集 第3条")
    qtbot.keyClick(view, Qt.Key.Key_2)
    assert stored()[_qid(dialog, 0)] == ("no", "規程を確認", "規程集 第3条")
    assert view.currentIndex().row() == 1
    assert u.commentEdit.text() == ""  # the fields follow the current question
    u.evidenceEdit.setFocus()
    u.evidenceEdit.insert("議事録")
    qtbot.keyClick(u.evidenceEdit, Qt.Key.Key_Return)  # saved without an answer, back to keys
    assert stored()[_qid(dialog, 1)] == ("", "", "議事録")
    assert dialog.focusWidget() is view
    _at(dialog, 0)
    assert (u.commentEdit.text(), u.evidenceEdit.text()) == ("規程を確認", "規程集 第3条")


def test_categories_move_with_page_and_ctrl_arrows(
    qtbot: QtBot,
    form: tuple[ChecklistForm, Stored],  # type: ignore[type-arg]
) -> None:
    dialog, _stored = form
    u = dialog.ui
    view = u.questionsView
    total = len(dialog.categories)
    qtbot.keyClick(view, Qt.Key.Key_Right, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(view, Qt.Key.Key_PageDown)
    assert u.progressLabel.text() == f"3 / {total}"
    qtbot.keyClick(view, Qt.Key.Key_Left, Qt.KeyboardModifier.ControlModifier)
    assert u.progressLabel.text() == f"2 / {total}"
    assert u.categoryLabel.text() == "個人データの取扱いに係る規律の整備"
    dialog.show_category(total - 1)
    assert not u.nextButton.isEnabled()
    qtbot.keyClick(view, Qt.Key.Key_PageDown)
    assert u.progressLabel.text() == f"{total} / {total}"
    # Said in the dialog's own words, from its own translation context.
    assert "最後の区分" in u.savedLabel.text(), u.savedLabel.text()
    assert "未回答" in u.scoreLabel.text() and "回答済み" in u.totalLabel.text()


def test_a_language_switch_retranslates_the_open_form(
    qtbot: QtBot,
    form: tuple[ChecklistForm, Stored],  # type: ignore[type-arg]
) -> None:
    dialog, _stored = form
    u = dialog.ui
    qtbot.keyClick(u.questionsView, Qt.Key.Key_1)
    assert u.scoreLabel.text().startswith("適合 1")
    i18n.set_language("en", remember=False)
    qtbot.waitUntil(lambda: u.scoreLabel.text().startswith("Yes 1 · No 0"))  # a posted event
    assert re.fullmatch(r"Answered \d+ of \d+", u.totalLabel.text())
    assert u.categoryLabel.text() == "Basic policy"
    assert dialog.model.headerData(1, Qt.Orientation.Horizontal) == "Question"


def test_the_self_checks_note_follows_the_question_and_the_language(
    qtbot: QtBot, desk: Desk
) -> None:
    dialog = SelfCheckDialog(desk, sc.start(desk))
    qtbot.addWidget(dialog)
    dialog.show()
    u = dialog.ui
    dialog.show_category(dialog.categories.index("technical"))
    codes = [q.code for q in (dialog.model.row_at(i) for i in range(dialog.model.rowCount())) if q]
    u.questionsView.selectRow(codes.index("tec.accounts"))
    assert u.appLabel.text().startswith("アプリから：")
    i18n.set_language("en", remember=False)
    qtbot.waitUntil(lambda: u.appLabel.text().startswith("From the app: "))
    qtbot.keyClick(u.questionsView, Qt.Key.Key_2)  # the office's answer now: no note
    assert u.appLabel.isHidden() and not u.appLabel.text()


def test_the_guideline_order_is_the_order_of_the_labels() -> None:
    # The self-check used to order its categories by the labels, the review by the guideline.
    assert tuple(contractor_common.CATEGORIES) == CATEGORIES
