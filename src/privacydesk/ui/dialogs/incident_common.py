"""What the incident page and dialogs share: the words for the services' codes and for the
circumstances of Enforcement Rules Article 7 (Japanese in the .ts file), a deadline's step,
rule and urgency, and the judgement in words."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import date
from html import escape

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QComboBox

from privacydesk.services.desk import Desk
from privacydesk.services.incidents import Deadline, Judgement
from privacydesk.services.roles import actions_for
from privacydesk.ui import i18n
from privacydesk.ui.i18n import translate

CTX = "IncidentLabels"
WARNING = "#b00020"
URGENT_DAYS = 1  # a deadline due within this many days (or past) is shown in red

KINDS = {
    "leak": QT_TRANSLATE_NOOP("IncidentLabels", "Leak"),
    "loss": QT_TRANSLATE_NOOP("IncidentLabels", "Loss"),
    "damage": QT_TRANSLATE_NOOP("IncidentLabels", "Damage"),
}
NOTICE_METHODS = {
    "individual": QT_TRANSLATE_NOOP("IncidentLabels", "Notice to each person"),
    "public": QT_TRANSLATE_NOOP("IncidentLabels", "Public announcement"),
    "desk": QT_TRANSLATE_NOOP("IncidentLabels", "An inquiry desk set up"),
}
STATUSES = {
    "open": QT_TRANSLATE_NOOP("IncidentLabels", "Open"),
    "closed": QT_TRANSLATE_NOOP("IncidentLabels", "Closed"),
}
# The circumstances as the Enforcement Rules word them (the judgement's reasons are shorter).
CIRCUMSTANCES = {
    "sensitive": QT_TRANSLATE_NOOP(
        "IncidentLabels",
        "Personal data including sensitive personal data (要配慮個人情報) leaked, lost or "
        "damaged (Enforcement Rules Art. 7(i))",
    ),
    "financial": QT_TRANSLATE_NOOP(
        "IncidentLabels",
        "Personal data whose wrongful use could cause financial damage (Art. 7(ii))",
    ),
    "wrongful": QT_TRANSLATE_NOOP(
        "IncidentLabels",
        "Possibly done for a wrongful purpose, including personal information being "
        "collected to be handled as personal data (Art. 7(iii))",
    ),
    "many": QT_TRANSLATE_NOOP(
        "IncidentLabels",
        "More than 1,000 persons affected (Art. 7(iv)): follows the number of persons",
    ),
    "encrypted": QT_TRANSLATE_NOOP(
        "IncidentLabels",
        "Protected by advanced encryption or other measures needed to protect the persons' "
        "rights and interests (excluded by the brackets of Art. 7(i))",
    ),
}
# The same in a few words, for the check boxes (the wording above is shown beneath each).
CIRCUMSTANCES_SHORT = {
    "sensitive": QT_TRANSLATE_NOOP("IncidentLabels", "(i) Sensitive personal data"),
    "financial": QT_TRANSLATE_NOOP("IncidentLabels", "(ii) Possible financial damage"),
    "wrongful": QT_TRANSLATE_NOOP("IncidentLabels", "(iii) Possibly a wrongful purpose"),
    "many": QT_TRANSLATE_NOOP("IncidentLabels", "(iv) More than 1,000 persons"),
    "encrypted": QT_TRANSLATE_NOOP("IncidentLabels", "Advanced encryption (not reportable)"),
}
STEP_ORDER = ("preliminary", "notice", "final")


def may(desk: Desk, fn: object) -> bool:
    """Whether the signed-in role may call a service function (the window only mirrors the
    services' own check, which refuses anyway)."""
    return getattr(fn, "action_name", "") in actions_for(desk.context.role)


def label(labels: Mapping[str, str], code: str) -> str:
    """The user's words for a code; an unknown code shows as itself."""
    source = labels.get(code)
    return translate("IncidentLabels", source) if source is not None else code


def fill(combo: QComboBox, labels: Mapping[str, str], codes: Iterable[str] | None = None) -> None:
    """(Re)fill a combo with labelled codes, keeping the current choice."""
    current = combo.currentData()
    combo.blockSignals(True)
    combo.clear()
    for code in labels if codes is None else codes:
        combo.addItem(label(labels, code), code)
    combo.setCurrentIndex(max(combo.findData(current), 0))
    combo.blockSignals(False)


def kind_text(kind: str, possible: bool) -> str:
    text = label(KINDS, kind)
    if possible:
        return translate("IncidentLabels", "{kind} (possible)").format(kind=text)
    return text


def persons_text(persons: int | None) -> str:
    if persons is None:
        return translate("IncidentLabels", "Unknown")
    # The count alone in English (the column says "Persons"); 人 after it in Japanese.
    return translate("IncidentLabels", "{count}").format(count=f"{persons:,}")


STEP_CODES = {
    "preliminary": "incident.step.preliminary",
    "final": "incident.step.final",
    "notice": "incident.step.notice",
}


def step_text(step: str) -> str:
    text = i18n.text(STEP_CODES[step])
    return text[:1].upper() + text[1:]


def rule_text(d: Deadline) -> str:
    return i18n.text(d.rule, **d.rule_params)


def urgent(d: Deadline, today: date) -> bool:
    """Not done and due within one day, or past."""
    return d.done_on is None and (d.due - today).days <= URGENT_DAYS


def reportable_text(reportable: bool) -> str:
    if reportable:
        return translate("IncidentLabels", "Reportable")
    return translate("IncidentLabels", "Not reportable")


def reasons_text(codes: Iterable[str]) -> str:
    return "\n".join(f"・{i18n.text(code)}" for code in codes)


def judgement_html(j: Judgement) -> str:
    """報告対象 (in red) or 報告対象外, with each reason in the catalogue's words."""
    head = escape(reportable_text(j.reportable))
    if j.reportable:
        head = f"<span style='color:{WARNING}; font-weight:bold; font-size:13pt'>{head}</span>"
    else:
        head = f"<span style='font-weight:bold; font-size:13pt'>{head}</span>"
    reasons = "".join(f"<li>{escape(i18n.text(code))}</li>" for code in j.reasons)
    return f"{head}<ul style='margin-left:0'>{reasons}</ul>"
