"""組織: the organisation's own compliance in four tabs: the privacy notice checked against the
register, the yearly self-check of the security measures, the staff with their pledges and
trainings, and the internal audits with their corrective actions."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QWidget

from privacydesk.services.desk import Desk
from privacydesk.ui.generated.ui_organisation_page import Ui_OrganisationPage
from privacydesk.ui.pages.base import Page
from privacydesk.ui.pages.organisation_audits import AuditsTab
from privacydesk.ui.pages.organisation_notice import NoticeTab
from privacydesk.ui.pages.organisation_self_check import SelfCheckTab
from privacydesk.ui.pages.organisation_staff import StaffTab


class OrganisationPage(Page):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_OrganisationPage()
        self.ui.setupUi(self)
        u = self.ui
        self.notice = NoticeTab(u.noticeTab)
        self.self_check = SelfCheckTab(u.selfCheckTab)
        self.staff = StaffTab(u.staffTab)
        self.audits = AuditsTab(u.auditsTab)
        u.noticeLayout.addWidget(self.notice)
        u.selfCheckLayout.addWidget(self.self_check)
        u.staffLayout.addWidget(self.staff)
        u.auditsLayout.addWidget(self.audits)
        self.tabs: list[NoticeTab | SelfCheckTab | StaffTab | AuditsTab] = [
            self.notice,
            self.self_check,
            self.staff,
            self.audits,
        ]
        self._today: date | None = None
        u.tabs.currentChanged.connect(lambda i: self._refresh_tab(i))

    @property
    def today(self) -> date | None:
        """Tests fix the day; None is today."""
        return self._today

    @today.setter
    def today(self, value: date | None) -> None:
        self._today = value
        for tab in self.tabs:
            tab.today = value

    def set_desk(self, desk: Desk) -> None:
        self.desk = desk
        for tab in self.tabs:
            tab.desk = desk
        self.refresh()

    def refresh(self) -> None:
        """Every tab reloads from the services (each keeps what was selected)."""
        if self.desk is None:
            return
        for tab in self.tabs:
            tab.desk = self.desk
            tab.refresh()

    def _refresh_tab(self, index: int) -> None:
        if self.desk is not None and 0 <= index < len(self.tabs):
            self.tabs[index].refresh()

    def show_tab(self, key: str) -> None:
        """Bring a tab to the front: notice, self_check, staff or audits."""
        widget = {
            "notice": self.ui.noticeTab,
            "self_check": self.ui.selfCheckTab,
            "staff": self.ui.staffTab,
            "audits": self.ui.auditsTab,
        }[key]
        self.ui.tabs.setCurrentWidget(widget)
