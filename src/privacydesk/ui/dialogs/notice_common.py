"""What the privacy notice tab and its dialogs share: the words for the passage tags (what
Article 32(1) and Cabinet Order Article 10 ask a notice to make known) and filling a combo
with them."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QComboBox

from privacydesk.services import notice_check as nc
from privacydesk.ui.i18n import translate

CTX = "NoticeLabels"

TAGS = {
    "org_name": QT_TRANSLATE_NOOP("NoticeLabels", "Name"),
    "address": QT_TRANSLATE_NOOP("NoticeLabels", "Address"),
    "representative": QT_TRANSLATE_NOOP("NoticeLabels", "Representative"),
    "purpose": QT_TRANSLATE_NOOP("NoticeLabels", "Purpose of use"),
    "recipient": QT_TRANSLATE_NOOP("NoticeLabels", "Recipient"),
    "country": QT_TRANSLATE_NOOP("NoticeLabels", "Foreign country"),
    "contractor": QT_TRANSLATE_NOOP("NoticeLabels", "What is outsourced"),
    "security": QT_TRANSLATE_NOOP("NoticeLabels", "Security measures"),
    "request_procedure": QT_TRANSLATE_NOOP("NoticeLabels", "Request procedure"),
    "fee": QT_TRANSLATE_NOOP("NoticeLabels", "Fee"),
    "complaint_desk": QT_TRANSLATE_NOOP("NoticeLabels", "Complaints desk"),
    "protection_body": QT_TRANSLATE_NOOP("NoticeLabels", "Accredited protection organisation"),
}
EXCERPT = 60  # characters of a passage shown in a list or a combo


def tag_text(tag: str) -> str:
    """The user's words for a tag; an unknown tag shows as itself."""
    source = TAGS.get(tag)
    return translate("NoticeLabels", source) if source is not None else tag


def fill_tags(combo: QComboBox, tags: Iterable[str] | None = None) -> None:
    """(Re)fill a combo with the tags in the order the services list them, keeping the
    current choice."""
    current = combo.currentData()
    combo.blockSignals(True)
    combo.clear()
    for tag in nc.TAGS if tags is None else tags:
        combo.addItem(tag_text(tag), tag)
    combo.setCurrentIndex(max(combo.findData(current), 0))
    combo.blockSignals(False)


def excerpt(text: str, limit: int = EXCERPT) -> str:
    """One line of a passage, shortened with an ellipsis."""
    line = " ".join(text.split())
    return line if len(line) <= limit else line[: limit - 1] + "…"
