"""What the staff tab and its dialogs share: the kinds of member and the flags in the user's
words (the catalogue's message is the full reason), the accounts a member may be linked to
as far as the signed-in role may list them, and the printed pledge and attendance sheet
through the PDF preview."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QComboBox, QWidget

from privacydesk.errors import PrivacydeskError
from privacydesk.services import accounts, documents
from privacydesk.services import staff as st
from privacydesk.services.desk import Desk
from privacydesk.services.staff import Flag
from privacydesk.ui import i18n
from privacydesk.ui.dialogs import complaint_common
from privacydesk.ui.dialogs.pdf_preview import PdfPreviewDialog
from privacydesk.ui.dialogs.request_common import Feedback
from privacydesk.ui.i18n import translate

CTX = "StaffLabels"
NO_ACCOUNT = 0  # the account combo's "none" (ids start at 1)
PLEDGE_KIND = "form.pledge"
SHEET_KIND = "form.training_sheet"

FLAGS_SHORT = {
    "staff.no_pledge": QT_TRANSLATE_NOOP("StaffLabels", "No pledge"),
    "staff.training_overdue": QT_TRANSLATE_NOOP("StaffLabels", "Training overdue"),
}


KIND_CODES = {
    "employee": "staff.kind.employee",
    "volunteer": "staff.kind.volunteer",
    "board": "staff.kind.board",
    "other": "staff.kind.other",
}


def kind_text(kind: str) -> str:
    return i18n.text(KIND_CODES[kind]) if kind in KIND_CODES else kind


def fill_kinds(combo: QComboBox) -> None:
    current = combo.currentData()
    combo.blockSignals(True)
    combo.clear()
    for kind in st.KINDS:
        combo.addItem(kind_text(kind), kind)
    combo.setCurrentIndex(max(combo.findData(current), 0))
    combo.blockSignals(False)


def flag_short(flag: Flag) -> str:
    source = FLAGS_SHORT.get(flag.code)
    return translate("StaffLabels", source) if source else i18n.text(flag.code, **flag.params)


def flags_short(flags: Sequence[Flag]) -> str:
    separator = "、" if i18n.current() == "ja" else ", "
    return separator.join(flag_short(f) for f in flags)


def flags_full(flags: Sequence[Flag]) -> str:
    return "\n".join(f"・{i18n.text(f.code, **f.params)}" for f in flags)


def account_choices(desk: Desk, linked: tuple[int, str] | None = None) -> list[tuple[int, str]]:
    """Accounts a member may be linked to: every active one for a manager; for others the
    signed-in user's own, and the account already linked (so that it is kept)."""
    choices: dict[int, str] = {}
    if complaint_common.may(desk, accounts.list_users):
        try:
            for a in accounts.list_users(desk):
                if a.active:
                    choices[a.id] = (
                        f"{a.username}（{a.display_name}）" if a.display_name else a.username
                    )
        except PrivacydeskError:
            pass
    else:
        choices[desk.context.account_id] = desk.context.username
    if linked is not None and linked[0] not in choices:
        choices[linked[0]] = linked[1]
    return sorted(choices.items(), key=lambda kv: kv[1])


def fill_accounts(
    combo: QComboBox, choices: Sequence[tuple[int, str]], current: int | None
) -> None:
    combo.blockSignals(True)
    combo.clear()
    combo.addItem(translate("StaffLabels", "(none)"), NO_ACCOUNT)
    for account_id, text in choices:
        combo.addItem(text, account_id)
    combo.setCurrentIndex(max(combo.findData(current if current is not None else NO_ACCOUNT), 0))
    combo.blockSignals(False)


def _preview(
    pdf: bytes,
    title: str,
    name: str,
    output: Callable[[str, Path | None], None],
    parent: QWidget | None,
    show: bool,
) -> PdfPreviewDialog:
    dialog = PdfPreviewDialog(pdf, title, name, output, parent)
    if show:
        dialog.exec()
    return dialog


def preview_pledge(
    desk: Desk,
    staff_id: int | None,
    name: str,
    feedback: Feedback,
    parent: QWidget | None = None,
    show: bool = True,
    today: date | None = None,
) -> PdfPreviewDialog | None:
    """誓約書: blank (staff_id None) or with the member's name (then personal data): preview,
    print at 100% or save; what leaves the app is recorded by the service."""
    ok, pdf = feedback.run(lambda: st.pledge_pdf(desk, staff_id, today=today))
    if not ok or not isinstance(pdf, bytes):
        return None
    personal = staff_id is not None

    def output(where: str, path: Path | None) -> None:
        if where == "print":
            feedback.run(lambda: documents.record_printed(desk, PLEDGE_KIND, personal=personal))
        elif path is not None:
            feedback.run(lambda: st.pledge_pdf(desk, staff_id, out=path, today=today))

    if personal:
        title = translate("StaffLabels", "Pledge: {name}").format(name=name)
        file_name = f"pledge_{staff_id}.pdf"
    else:
        title = translate("StaffLabels", "Pledge (blank)")
        file_name = "pledge.pdf"
    return _preview(pdf, title, file_name, output, parent, show)


def preview_sheet(
    desk: Desk,
    training_id: int,
    topic: str,
    feedback: Feedback,
    parent: QWidget | None = None,
    show: bool = True,
) -> PdfPreviewDialog | None:
    """研修出席簿 (it names staff: personal data): preview, print at 100% or save."""
    ok, pdf = feedback.run(lambda: st.attendance_sheet_pdf(desk, training_id))
    if not ok or not isinstance(pdf, bytes):
        return None

    def output(where: str, path: Path | None) -> None:
        if where == "print":
            feedback.run(lambda: documents.record_printed(desk, SHEET_KIND, personal=True))
        elif path is not None:
            feedback.run(lambda: st.attendance_sheet_pdf(desk, training_id, out=path))

    title = translate("StaffLabels", "Attendance sheet: {topic}").format(topic=topic)
    return _preview(pdf, title, f"training_{training_id}_attendance.pdf", output, parent, show)
