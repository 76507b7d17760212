"""One request (開示等の請求) from receipt to closing: its overview, identity and fee, what is
disclosed, the decisions, the letters and their mailing. Every button calls one service and
the dialog reloads the request from services.get; every rule is the services'."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import date
from html import escape

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QDialog, QInputDialog, QMessageBox, QWidget

from privacydesk.errors import PrivacydeskError
from privacydesk.services import dates
from privacydesk.services import requests as rq
from privacydesk.services.desk import Desk
from privacydesk.services.requests import RequestView
from privacydesk.services.roles import actions_for
from privacydesk.ui import i18n
from privacydesk.ui.dialogs import request_common as common
from privacydesk.ui.dialogs.request_content import ContentTab
from privacydesk.ui.dialogs.request_identity import IdentityTab
from privacydesk.ui.dialogs.request_letters import LettersTab
from privacydesk.ui.dialogs.subject import LANGUAGE_NAMES
from privacydesk.ui.generated.ui_request_dialog import Ui_RequestDialog
from privacydesk.ui.i18n import translate


class RequestDialog(QDialog):
    def __init__(
        self,
        desk: Desk,
        request_id: int,
        parent: QWidget | None = None,
        today: date | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_RequestDialog()
        self.ui.setupUi(self)
        self.desk = desk
        self.request_id = request_id
        self.today = today
        self.view: RequestView | None = None
        self.changed = False  # the page reloads its table when something was recorded
        self.allowed = actions_for(desk.context.role)
        self.feedback = common.Feedback(self.ui.messageLabel)
        u = self.ui
        self.identity = IdentityTab(self)
        self.content = ContentTab(self)
        self.letters = LettersTab(self)
        u.approveButton.clicked.connect(self.approve)
        u.deliveryButton.clicked.connect(self.save_delivery)
        u.routeButton.clicked.connect(self.save_route)
        u.withdrawButton.clicked.connect(lambda: self.withdraw())
        u.closeRequestButton.clicked.connect(lambda: self.close_request())
        u.closeButton.clicked.connect(self.accept)
        self._texts()
        self._gate()
        self.refresh()

    # -- texts and roles -----------------------------------------------------------------------
    def _texts(self) -> None:
        u = self.ui
        common.fill(u.deliveryCombo, common.DELIVERY, rq.DELIVERY_METHODS)
        common.fill(u.routeCombo, common.ROUTES, ("", *rq.ROUTES))
        self.identity.texts()
        self.content.texts()
        self.letters.texts()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self._texts()
            if self.view is not None:
                self.show_view(self.view)
        super().changeEvent(event)

    def may(self, fn: object) -> bool:
        """Whether the signed-in role may call a service function (the window only mirrors
        the services' own check, which refuses anyway)."""
        return getattr(fn, "action_name", "") in self.allowed

    def _gate(self) -> None:
        u = self.ui
        for widget, fn in (
            (u.approveButton, rq.approve),
            (u.deliveryButton, rq.set_delivery),
            (u.deliveryCombo, rq.set_delivery),
            (u.deliveryPostalEdit, rq.set_delivery),
            (u.deliveryAddressEdit, rq.set_delivery),
            (u.routeButton, rq.set_route),
            (u.routeCombo, rq.set_route),
            (u.routeReasonEdit, rq.set_route),
            (u.withdrawButton, rq.withdraw),
            (u.closeRequestButton, rq.close),
        ):
            common.enable(widget, self.may(fn))
        self.identity.gate()
        self.content.gate()
        self.letters.gate()

    # -- loading -------------------------------------------------------------------------------
    def refresh(self) -> None:
        try:
            view = rq.get(self.desk, self.request_id, today=self.today)
        except PrivacydeskError as exc:
            self.feedback.show(exc)
            return
        self.show_view(view)

    def show_view(self, v: RequestView) -> None:
        self.view = v
        u = self.ui
        protected = translate("RequestDialog", "【whereabouts protected】") if v.protected else ""
        u.headerLabel.setText(f"{v.number}　{v.person_name}{protected}")
        self.setWindowTitle(translate("RequestDialog", "Request {number}").format(number=v.number))
        u.statusLabel.setText(
            translate("RequestDialog", "{state} — next: {next}").format(
                state=common.label(common.STATES, v.state), next=i18n.text(v.next_action)
            )
        )
        u.summaryView.setHtml(summary_html(v))
        u.protectedBox.setVisible(v.protected)
        if not v.needs_approval:
            approval = translate(
                "RequestDialog", "No manager's approval is needed for this request."
            )
        elif v.approved:
            approval = translate("RequestDialog", "A manager has approved this request.")
        else:
            approval = translate("RequestDialog", "A manager must approve before anything is sent.")
        u.approvalLabel.setText(approval)
        u.approveButton.setEnabled(self.may(rq.approve) and v.needs_approval and not v.approved)
        common.select(u.deliveryCombo, v.delivery_method)
        u.deliveryPostalEdit.setText(v.delivery_postal_code)
        u.deliveryAddressEdit.setText(v.delivery_address)
        common.select(u.routeCombo, v.decision_route)
        u.routeReasonEdit.setText(v.route_reason)
        self.identity.load(v)
        self.content.load(v)
        self.letters.load(v)

    def call(
        self,
        call: Callable[[], object],
        done: str = "",
        fields: Mapping[str, QWidget] | None = None,
    ) -> tuple[bool, object]:
        """Run one service call for a button; reload the request when it succeeded (on a
        refusal the typed values stay, so the user can correct them)."""
        ok, result = self.feedback.run(call, done, fields)
        if ok:
            self.changed = True
            self.refresh()
        return ok, result

    def act(
        self,
        call: Callable[[], object],
        done: str = "",
        fields: Mapping[str, QWidget] | None = None,
    ) -> bool:
        return self.call(call, done, fields)[0]

    # -- overview: approval, delivery, routing -------------------------------------------------
    def approve(self) -> bool:
        return self.act(
            lambda: rq.approve(self.desk, self.request_id), translate("RequestDialog", "Approved.")
        )

    def save_delivery(self) -> bool:
        u = self.ui
        return self.act(
            lambda: rq.set_delivery(
                self.desk,
                self.request_id,
                u.deliveryCombo.currentData(),
                u.deliveryPostalEdit.text(),
                u.deliveryAddressEdit.text(),
            ),
            translate("RequestDialog", "The delivery was saved."),
            {
                "delivery_method": u.deliveryCombo,
                "delivery_postal_code": u.deliveryPostalEdit,
                "delivery_address": u.deliveryAddressEdit,
            },
        )

    def save_route(self) -> bool:
        u = self.ui
        return self.act(
            lambda: rq.set_route(
                self.desk, self.request_id, u.routeCombo.currentData(), u.routeReasonEdit.text()
            ),
            translate("RequestDialog", "The routing was saved."),
            {"route": u.routeCombo, "route_reason": u.routeReasonEdit},
        )

    # -- withdrawal and closing ----------------------------------------------------------------
    def withdraw(self, reason: str | None = None) -> bool:
        if reason is None:
            labels = [common.label(common.WITHDRAW_REASONS, c) for c in common.WITHDRAW_REASONS]
            chosen, ok = QInputDialog.getItem(
                self,
                translate("RequestDialog", "Withdraw the request"),
                translate("RequestDialog", "Why is the request closed as withdrawn?"),
                labels,
                0,
                False,
            )
            if not ok:
                return False
            reason = list(common.WITHDRAW_REASONS)[labels.index(chosen)]
        return self.act(
            lambda: rq.withdraw(self.desk, self.request_id, reason, on=self.today),
            translate("RequestDialog", "The request was closed as withdrawn."),
        )

    def close_request(self, confirmed: bool = False) -> bool:
        if not confirmed:
            answer = QMessageBox.question(
                self,
                translate("RequestDialog", "Close the request?"),
                translate(
                    "RequestDialog",
                    "The hold on the person is released and the password of an electronic "
                    "disclosure is forgotten. The letters are kept for the retention years.",
                ),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return False
        return self.act(
            lambda: rq.close(self.desk, self.request_id, on=self.today),
            translate("RequestDialog", "The request was closed."),
        )


def summary_html(v: RequestView) -> str:
    """The request as the officer reads it; every value escaped (names may hold < or &)."""

    def row(label: str, value: object) -> str:
        return f"<tr><th align='left'>{escape(label)}</th><td>{escape(str(value))}</td></tr>"

    t = common.label
    types = "".join(
        "<li>"
        + escape(t(common.TYPES, x.type))
        + (f"（{escape(t(common.METHODS, x.method_asked))}）" if x.method_asked else "")
        + (f"：{escape(x.detail)}" if x.detail else "")
        + (f" → <b>{escape(t(common.DECISIONS, x.decision))}</b>" if x.decision else "")
        + "</li>"
        for x in v.types
    )
    agent = ""
    if v.agent_made:
        agent = f"{v.agent_name} {v.agent_honorific}"
        if v.agent_relation:
            agent += f"（{v.agent_relation}）"
    stop = v.open_stop
    due = common.due_text(v.due_on, stop.started_on if stop else None, stop.reason if stop else "")
    if v.closed_on is not None:
        due = "—"
    missing = "、".join(t(common.MISSING, c) for c in v.identity_missing)
    identity = t(common.IDENTITY, v.identity_status)
    if missing:
        identity += f"：{missing}"
    if v.identity_deadline:
        identity += translate("RequestDialog", " (by {date})").format(
            date=dates.display(v.identity_deadline)
        )
    fee = translate("RequestDialog", "{received} of {due}").format(
        received=common.yen(v.fee_received), due=common.yen(v.fee_due)
    )
    closed = ""
    if v.closed_on is not None:
        closed = row(translate("RequestDialog", "Closed"), dates.display(v.closed_on))
    return (
        "<table>"
        + row(translate("RequestDialog", "Status"), t(common.STATES, v.state))
        + row(translate("RequestDialog", "Next"), i18n.text(v.next_action))
        + row(translate("RequestDialog", "Received"), dates.display(v.received_on))
        + row(
            translate("RequestDialog", "Received by"),
            f"{t(common.CHANNELS, v.channel)}／{t(common.FORMS, v.form)}",
        )
        + row(translate("RequestDialog", "Target date"), due)
        + row(
            translate("RequestDialog", "The person may sue from (Art. 39)"),
            dates.display(v.sue_from),
        )
        + row(translate("RequestDialog", "Person"), v.person_name)
        + row(translate("RequestDialog", "Made by"), t(common.REQUESTERS, v.requester_kind))
        + (row(translate("RequestDialog", "Agent"), agent) if agent else "")
        + row(
            translate("RequestDialog", "Address on the request"),
            f"{v.request_postal_code} {v.request_address}".strip(),
        )
        + row(
            translate("RequestDialog", "Language for letters"),
            LANGUAGE_NAMES.get(v.language, v.language),
        )
        + row(translate("RequestDialog", "Identity"), identity)
        + row(translate("RequestDialog", "Fee received"), fee)
        + closed
        + (row(translate("RequestDialog", "Notes"), v.notes) if v.notes else "")
        + "</table>"
        + "<h4>"
        + escape(translate("RequestDialog", "What is asked"))
        + f"</h4><ul>{types}</ul>"
    )
