"""What the request page and dialogs share: the words for the services' codes (Japanese in the
.ts file), filling combos with them, and showing a refusal next to the fields it names."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QPlainTextEdit, QWidget

from privacydesk.errors import InvalidInput, PrivacydeskError
from privacydesk.services import dates
from privacydesk.ui import i18n
from privacydesk.ui.i18n import translate

CTX = "RequestLabels"

TYPES = {
    "purpose": QT_TRANSLATE_NOOP("RequestLabels", "Notification of the purpose of use"),
    "disclosure": QT_TRANSLATE_NOOP("RequestLabels", "Disclosure"),
    "provision_records": QT_TRANSLATE_NOOP(
        "RequestLabels", "Disclosure of the records of provision"
    ),
    "correction": QT_TRANSLATE_NOOP("RequestLabels", "Correction, addition or deletion"),
    "suspension": QT_TRANSLATE_NOOP("RequestLabels", "Suspension of use or erasure"),
    "stop_provision": QT_TRANSLATE_NOOP("RequestLabels", "Stop of provision to third parties"),
}
METHODS = {
    "paper": QT_TRANSLATE_NOOP("RequestLabels", "On paper"),
    "electronic": QT_TRANSLATE_NOOP("RequestLabels", "Electronic record"),
}
METHODS_USED = {"": QT_TRANSLATE_NOOP("RequestLabels", "As asked"), **METHODS}
REQUESTERS = {
    "person": QT_TRANSLATE_NOOP("RequestLabels", "The person"),
    "legal_rep": QT_TRANSLATE_NOOP("RequestLabels", "Legal representative"),
    "appointed_agent": QT_TRANSLATE_NOOP("RequestLabels", "Appointed agent"),
}
STATES = {
    "identity_pending": QT_TRANSLATE_NOOP("RequestLabels", "Awaiting identity check"),
    "fee_pending": QT_TRANSLATE_NOOP("RequestLabels", "Awaiting the fee"),
    "in_review": QT_TRANSLATE_NOOP("RequestLabels", "In review"),
    "decided": QT_TRANSLATE_NOOP("RequestLabels", "Decided"),
    "sent": QT_TRANSLATE_NOOP("RequestLabels", "Sent"),
    "closed": QT_TRANSLATE_NOOP("RequestLabels", "Done"),
    "withdrawn": QT_TRANSLATE_NOOP("RequestLabels", "Withdrawn"),
}
STOP_REASONS = {
    "identity": QT_TRANSLATE_NOOP("RequestLabels", "awaiting identity documents"),
    "fee": QT_TRANSLATE_NOOP("RequestLabels", "awaiting the fee"),
}
CHANNELS = {
    "post": QT_TRANSLATE_NOOP("RequestLabels", "Post"),
    "fax": QT_TRANSLATE_NOOP("RequestLabels", "Fax"),
    "email": QT_TRANSLATE_NOOP("RequestLabels", "Email"),
    "counter": QT_TRANSLATE_NOOP("RequestLabels", "At the desk"),
}
FORMS = {
    "office_form": QT_TRANSLATE_NOOP("RequestLabels", "The office's request form"),
    "own_letter": QT_TRANSLATE_NOOP("RequestLabels", "The person's own letter"),
}
DECISIONS = {
    "full": QT_TRANSLATE_NOOP("RequestLabels", "Disclose in full"),
    "partial": QT_TRANSLATE_NOOP("RequestLabels", "Disclose in part"),
    "refused": QT_TRANSLATE_NOOP("RequestLabels", "Not disclosed"),
    "none": QT_TRANSLATE_NOOP("RequestLabels", "No such data"),
    "done": QT_TRANSLATE_NOOP("RequestLabels", "Done as asked"),
    "partly": QT_TRANSLATE_NOOP("RequestLabels", "Done in part"),
    "not_done": QT_TRANSLATE_NOOP("RequestLabels", "Not done"),
    "alternative": QT_TRANSLATE_NOOP("RequestLabels", "An alternative measure"),
    "notified": QT_TRANSLATE_NOOP("RequestLabels", "Purpose notified"),
    "not_notified": QT_TRANSLATE_NOOP("RequestLabels", "Purpose not notified"),
}
GROUNDS = {
    "harm": QT_TRANSLATE_NOOP(
        "RequestLabels", "Harm to the person or a third party (Art. 33(2)(i))"
    ),
    "business": QT_TRANSLATE_NOOP(
        "RequestLabels", "Serious hindrance to the office's work (Art. 33(2)(ii))"
    ),
    "other_law": QT_TRANSLATE_NOOP("RequestLabels", "Breach of another law (Art. 33(2)(iii))"),
    "identity_not_confirmed": QT_TRANSLATE_NOOP("RequestLabels", "Identity not confirmed"),
    "authority_not_confirmed": QT_TRANSLATE_NOOP(
        "RequestLabels", "The agent's authority not confirmed"
    ),
    "documents_incomplete": QT_TRANSLATE_NOOP("RequestLabels", "Documents incomplete"),
    "fee_unpaid": QT_TRANSLATE_NOOP("RequestLabels", "Fee not paid"),
    "not_retained": QT_TRANSLATE_NOOP("RequestLabels", "Not retained personal data"),
}
DOC_KINDS = {
    "driver_licence": QT_TRANSLATE_NOOP("RequestLabels", "Driving licence"),
    "residence_card": QT_TRANSLATE_NOOP(
        "RequestLabels", "Residence card or special permanent resident certificate"
    ),
    "mynumber_card": QT_TRANSLATE_NOOP("RequestLabels", "My Number card (front only)"),
    "passport": QT_TRANSLATE_NOOP("RequestLabels", "Passport"),
    "qualification_cert": QT_TRANSLATE_NOOP(
        "RequestLabels", "Health insurance qualification certificate (numbers masked)"
    ),
    "resident_record": QT_TRANSLATE_NOOP("RequestLabels", "Copy of the resident record"),
    "koseki": QT_TRANSLATE_NOOP("RequestLabels", "Family register certificate"),
    "registry_cert": QT_TRANSLATE_NOOP("RequestLabels", "Certificate of registered matters"),
    "power_of_attorney": QT_TRANSLATE_NOOP("RequestLabels", "Power of attorney"),
    "seal_cert": QT_TRANSLATE_NOOP("RequestLabels", "Seal registration certificate"),
    "signature_cert": QT_TRANSLATE_NOOP("RequestLabels", "Signature certificate"),
    "person_id_copy": QT_TRANSLATE_NOOP("RequestLabels", "Copy of the person's ID"),
    "other": QT_TRANSLATE_NOOP("RequestLabels", "Other"),
}
WHOSE = {
    "person": QT_TRANSLATE_NOOP("RequestLabels", "The person's"),
    "agent": QT_TRANSLATE_NOOP("RequestLabels", "The agent's"),
    "authority": QT_TRANSLATE_NOOP("RequestLabels", "Proof of authority"),
}
MISSING = {
    "person_id": QT_TRANSLATE_NOOP("RequestLabels", "The person's identity document"),
    "person_address": QT_TRANSLATE_NOOP("RequestLabels", "Proof of the current address"),
    "agent_id": QT_TRANSLATE_NOOP("RequestLabels", "The agent's identity document"),
    "legal_authority": QT_TRANSLATE_NOOP("RequestLabels", "Proof of legal representation"),
    "power_of_attorney": QT_TRANSLATE_NOOP(
        "RequestLabels", "Power of attorney signed by the person"
    ),
    "seal_or_signature": QT_TRANSLATE_NOOP(
        "RequestLabels", "Seal or signature certificate, or a copy of the person's ID"
    ),
    "certificate_too_old": QT_TRANSLATE_NOOP("RequestLabels", "A recent enough certificate"),
}
MAIL_METHODS = {
    "ordinary": QT_TRANSLATE_NOOP("RequestLabels", "Ordinary post"),
    "specified_record": QT_TRANSLATE_NOOP("RequestLabels", "Specified record post"),
    "simple_registered": QT_TRANSLATE_NOOP("RequestLabels", "Simple registered post"),
    "restricted_delivery": QT_TRANSLATE_NOOP(
        "RequestLabels", "Restricted delivery (to the addressee only)"
    ),
    "counter": QT_TRANSLATE_NOOP("RequestLabels", "Handed over at the desk"),
    "file": QT_TRANSLATE_NOOP("RequestLabels", "Electronic file"),
}
MAIL_STATUSES = {
    "sent": QT_TRANSLATE_NOOP("RequestLabels", "Dispatched"),
    "returned": QT_TRANSLATE_NOOP("RequestLabels", "Returned undelivered"),
    "misdelivered": QT_TRANSLATE_NOOP("RequestLabels", "Misdelivered"),
}
DELIVERY = {
    "counter_pickup": QT_TRANSLATE_NOOP("RequestLabels", "Collection at the desk"),
    "restricted_delivery": QT_TRANSLATE_NOOP("RequestLabels", "Restricted delivery post"),
    "post": QT_TRANSLATE_NOOP("RequestLabels", "Post"),
}
ROUTES = {
    "": QT_TRANSLATE_NOOP("RequestLabels", "As usual"),
    "person": QT_TRANSLATE_NOOP("RequestLabels", "To the person"),
    "requester": QT_TRANSLATE_NOOP("RequestLabels", "To the requester (the agent)"),
}
IDENTITY = {
    "unchecked": QT_TRANSLATE_NOOP("RequestLabels", "Not checked yet"),
    "confirmed": QT_TRANSLATE_NOOP("RequestLabels", "Confirmed"),
    "missing": QT_TRANSLATE_NOOP("RequestLabels", "Documents missing"),
}
MATCH = {
    "": QT_TRANSLATE_NOOP("RequestLabels", "Not compared"),
    "yes": QT_TRANSLATE_NOOP("RequestLabels", "Yes, the same"),
    "no": QT_TRANSLATE_NOOP("RequestLabels", "No, it differs"),
}
PAYMENT = {
    "": QT_TRANSLATE_NOOP("RequestLabels", "Not recorded"),
    "postal_stamps": QT_TRANSLATE_NOOP("RequestLabels", "Postal stamps"),
    "money_order": QT_TRANSLATE_NOOP("RequestLabels", "Fixed-amount money order"),
    "cash": QT_TRANSLATE_NOOP("RequestLabels", "Cash"),
}
WITHDRAW_REASONS = {
    "withdrawn_by_requester": QT_TRANSLATE_NOOP("RequestLabels", "Withdrawn by the requester"),
    "fee_unpaid": QT_TRANSLATE_NOOP("RequestLabels", "Fee not paid by the date given"),
    "identity_lapsed": QT_TRANSLATE_NOOP(
        "RequestLabels", "Identity documents not sent by the date given"
    ),
}
LETTERS = {
    "acknowledgement": QT_TRANSLATE_NOOP("RequestLabels", "Acknowledgement of receipt"),
    "identity-check": QT_TRANSLATE_NOOP("RequestLabels", "Request for identity documents"),
    "fee-shortfall": QT_TRANSLATE_NOOP("RequestLabels", "Notice of a fee shortfall"),
    "withdrawn": QT_TRANSLATE_NOOP("RequestLabels", "Notice of withdrawal"),
    "disclosure": QT_TRANSLATE_NOOP("RequestLabels", "Decision to disclose"),
    "non-disclosure": QT_TRANSLATE_NOOP("RequestLabels", "Decision not to disclose"),
    "correction-result": QT_TRANSLATE_NOOP("RequestLabels", "Result of the correction request"),
    "suspension-result": QT_TRANSLATE_NOOP("RequestLabels", "Result of the suspension request"),
    "purpose-notice": QT_TRANSLATE_NOOP("RequestLabels", "Notice of the purposes of use"),
    "purpose-not-notified": QT_TRANSLATE_NOOP(
        "RequestLabels", "Decision not to notify the purposes"
    ),
    "method-change": QT_TRANSLATE_NOOP("RequestLabels", "Notice of another disclosure method"),
    "password-notice": QT_TRANSLATE_NOOP("RequestLabels", "Password notice"),
    "disclosure-electronic": QT_TRANSLATE_NOOP(
        "RequestLabels", "Disclosure file (electronic record)"
    ),
}
# The order letters are offered in: the usual course of a request.
LETTER_ORDER = tuple(LETTERS)


def label(labels: Mapping[str, str], code: str) -> str:
    """The user's words for a code; an unknown code shows as itself."""
    source = labels.get(code)
    return translate("RequestLabels", source) if source is not None else code


def fill(combo: QComboBox, labels: Mapping[str, str], codes: Iterable[str] | None = None) -> None:
    """(Re)fill a combo with labelled codes, keeping the current choice."""
    current = combo.currentData()
    combo.blockSignals(True)
    combo.clear()
    for code in labels if codes is None else codes:
        combo.addItem(label(labels, code), code)
    combo.setCurrentIndex(max(combo.findData(current), 0))
    combo.blockSignals(False)


def select(combo: QComboBox, code: object) -> None:
    combo.setCurrentIndex(max(combo.findData(code), 0))


def due_text(due_on: date | None, stopped_since: date | None, stop_reason: str) -> str:
    """The target date, or since when the clock has stopped and why."""
    if stopped_since is not None:
        return translate("RequestLabels", "Stopped since {date} ({why})").format(
            date=dates.display(stopped_since), why=label(STOP_REASONS, stop_reason)
        )
    return dates.display(due_on)


def yen(amount: int) -> str:
    return translate("RequestLabels", "{amount} yen").format(amount=f"{amount:,}")


def enable(widget: QWidget, on: bool) -> None:
    """Read-only for a role that may not change it: typed text stays selectable."""
    if isinstance(widget, QLineEdit | QPlainTextEdit):
        widget.setReadOnly(not on)
    else:
        widget.setEnabled(on)


MARK = "border: 1px solid #b00020;"


class Feedback:
    """Shows a service's refusal in the user's language: the message in a label, and each
    field the refusal names outlined, with its problem as the field's tooltip."""

    def __init__(self, message: QLabel, fields: Mapping[str, QWidget] | None = None) -> None:
        self.message = message
        self.fields = dict(fields or {})
        self._marked: list[QWidget] = []

    def clear(self) -> None:
        for widget in self._marked:
            widget.setStyleSheet("")
            widget.setToolTip("")
        self._marked = []
        self.message.setText("")

    def say(self, text: str, error: bool = False) -> None:
        self.message.setStyleSheet("color: #b00020;" if error else "")
        self.message.setText(text)

    def show(self, exc: PrivacydeskError, fields: Mapping[str, QWidget] | None = None) -> None:
        self.clear()
        self.say(i18n.error_text(exc), error=True)
        if not isinstance(exc, InvalidInput):
            return
        where = fields if fields is not None else self.fields
        for field, code, params in exc.problems:
            widget = where.get(field)
            if widget is None:
                continue
            tip = i18n.text(code, **params)
            if widget in self._marked:
                tip = f"{widget.toolTip()}\n{tip}"
            widget.setStyleSheet(MARK)
            widget.setToolTip(tip)
            self._marked.append(widget)

    def run(
        self,
        call: Callable[[], object],
        done: str = "",
        fields: Mapping[str, QWidget] | None = None,
    ) -> tuple[bool, object]:
        """Call a service; a refusal is shown, never raised past the window."""
        try:
            result = call()
        except PrivacydeskError as exc:
            self.show(exc, fields)
            return False, None
        self.clear()
        if done:
            self.say(done)
        return True, result
