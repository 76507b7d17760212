"""What the contractor page and dialogs share: the words for the services' codes (Japanese in
the .ts file), the flags as short texts and as full reasons, and filling combos with codes."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QComboBox

from privacydesk.services import dates
from privacydesk.services.contractors import Flag
from privacydesk.ui import i18n
from privacydesk.ui.i18n import translate

CTX = "ContractorLabels"

STATUSES = {
    "selecting": QT_TRANSLATE_NOOP("ContractorLabels", "Being selected"),
    "active": QT_TRANSLATE_NOOP("ContractorLabels", "Under contract"),
    "ended": QT_TRANSLATE_NOOP("ContractorLabels", "Ended"),
}
CLAUSES = {
    "confidentiality": QT_TRANSLATE_NOOP("ContractorLabels", "Confidentiality"),
    "purpose_only": QT_TRANSLATE_NOOP(
        "ContractorLabels", "No use beyond the purpose of the contract"
    ),
    "security": QT_TRANSLATE_NOOP("ContractorLabels", "Security measures"),
    "subcontract_approval": QT_TRANSLATE_NOOP(
        "ContractorLabels", "Prior approval of subcontracting"
    ),
    "incident_report": QT_TRANSLATE_NOOP("ContractorLabels", "Reporting incidents"),
    "return_delete": QT_TRANSLATE_NOOP(
        "ContractorLabels", "Return or deletion at the end of the contract"
    ),
    "audit_reports": QT_TRANSLATE_NOOP(
        "ContractorLabels", "The right to audit and ask for reports"
    ),
}
ABROAD_BASES = {
    "": QT_TRANSLATE_NOOP("ContractorLabels", "Not yet decided"),
    "consent": QT_TRANSLATE_NOOP("ContractorLabels", "The persons' consent"),
    "equivalent": QT_TRANSLATE_NOOP("ContractorLabels", "Equivalent measures (Rules Art. 16)"),
}
CERT_KINDS = {
    "pmark": QT_TRANSLATE_NOOP("ContractorLabels", "Privacy Mark"),
    "isms": QT_TRANSLATE_NOOP("ContractorLabels", "ISMS (ISO/IEC 27001)"),
    "other": QT_TRANSLATE_NOOP("ContractorLabels", "Other"),
}
# Every checklist kind; the first three are also the kinds of review.
KINDS = {
    "selection": QT_TRANSLATE_NOOP("ContractorLabels", "Selection criteria"),
    "periodic": QT_TRANSLATE_NOOP("ContractorLabels", "Periodic review"),
    "equivalence": QT_TRANSLATE_NOOP("ContractorLabels", "Check of equivalent measures"),
    "self_check": QT_TRANSLATE_NOOP("ContractorLabels", "Self-check of security measures"),
}
RESULTS = {
    "": QT_TRANSLATE_NOOP("ContractorLabels", "Not finished"),
    "fit": QT_TRANSLATE_NOOP("ContractorLabels", "Fit"),
    "conditional": QT_TRANSLATE_NOOP("ContractorLabels", "Fit with conditions"),
    "unfit": QT_TRANSLATE_NOOP("ContractorLabels", "Unfit"),
}
DISPOSALS = {
    "returned": QT_TRANSLATE_NOOP("ContractorLabels", "Returned"),
    "deleted": QT_TRANSLATE_NOOP("ContractorLabels", "Deleted"),
}
ANSWERS = {
    "yes": QT_TRANSLATE_NOOP("ContractorLabels", "Yes"),
    "no": QT_TRANSLATE_NOOP("ContractorLabels", "No"),
    "na": QT_TRANSLATE_NOOP("ContractorLabels", "Not applicable"),
}
ANSWERED_BY = {
    "office": QT_TRANSLATE_NOOP("ContractorLabels", "The office"),
    "contractor": QT_TRANSLATE_NOOP("ContractorLabels", "The contractor"),
}
CATEGORIES = {
    "basic_policy": QT_TRANSLATE_NOOP("ContractorLabels", "Basic policy"),
    "rules": QT_TRANSLATE_NOOP("ContractorLabels", "Rules for handling personal data"),
    "organisational": QT_TRANSLATE_NOOP("ContractorLabels", "Organisational measures"),
    "human": QT_TRANSLATE_NOOP("ContractorLabels", "Human measures"),
    "physical": QT_TRANSLATE_NOOP("ContractorLabels", "Physical measures"),
    "technical": QT_TRANSLATE_NOOP("ContractorLabels", "Technical measures"),
    "foreign": QT_TRANSLATE_NOOP("ContractorLabels", "Understanding the foreign environment"),
}
TEMPLATE_STATUSES = {
    "published": QT_TRANSLATE_NOOP("ContractorLabels", "In use"),
    "draft": QT_TRANSLATE_NOOP("ContractorLabels", "Draft"),
    "retired": QT_TRANSLATE_NOOP("ContractorLabels", "Retired"),
}
# The flags in a few words, for the list; the catalogue's message gives the full reason.
FLAGS_SHORT = {
    "contractor.no_selection": QT_TRANSLATE_NOOP("ContractorLabels", "No selection"),
    "contractor.contract_expired": QT_TRANSLATE_NOOP("ContractorLabels", "Contract expired"),
    "contractor.contract_ending": QT_TRANSLATE_NOOP("ContractorLabels", "Contract ending"),
    "contractor.review_overdue": QT_TRANSLATE_NOOP("ContractorLabels", "Review overdue"),
    "contractor.followup_overdue": QT_TRANSLATE_NOOP("ContractorLabels", "Follow-up late"),
    "contractor.cert_expiring": QT_TRANSLATE_NOOP("ContractorLabels", "Certification expiring"),
    "contractor.sensitive_without_clauses": QT_TRANSLATE_NOOP(
        "ContractorLabels", "Clauses missing"
    ),
    "contractor.subcontractor_unapproved": QT_TRANSLATE_NOOP(
        "ContractorLabels", "Subcontracting not approved"
    ),
    "contractor.ended_without_certificate": QT_TRANSLATE_NOOP(
        "ContractorLabels", "No deletion certificate"
    ),
    "contractor.equivalence_overdue": QT_TRANSLATE_NOOP(
        "ContractorLabels", "Equivalence check overdue"
    ),
}


def label(labels: Mapping[str, str], code: str) -> str:
    """The user's words for a code; an unknown code shows as itself."""
    source = labels.get(code)
    return translate("ContractorLabels", source) if source is not None else code


def fill(combo: QComboBox, labels: Mapping[str, str], codes: Iterable[str] | None = None) -> None:
    """(Re)fill a combo with labelled codes, keeping the current choice."""
    current = combo.currentData()
    combo.blockSignals(True)
    combo.clear()
    for code in labels if codes is None else codes:
        combo.addItem(label(labels, code), code)
    combo.setCurrentIndex(max(combo.findData(current), 0))
    combo.blockSignals(False)


def flag_text(flag: Flag) -> str:
    """A flag's full reason in the user's language (a certification's kind in words)."""
    params = dict(flag.params)
    if "kind" in params:
        params["kind"] = label(CERT_KINDS, str(params["kind"]))
    return i18n.text(flag.code, **params)


def flags_short(flags: Sequence[Flag]) -> str:
    separator = "、" if i18n.current() == "ja" else ", "
    return separator.join(label(FLAGS_SHORT, f.code) for f in flags)


def flags_full(flags: Sequence[Flag]) -> str:
    return "\n".join(f"・{flag_text(f)}" for f in flags)


def iso(d: date | str | None) -> str:
    """A stored date put back into an edit field (typed text is kept as it was typed)."""
    if d is None:
        return ""
    return d.isoformat() if isinstance(d, date) else str(d)


def day(d: date | None) -> str:
    return dates.display(d) if d else ""
