"""設定: the organisation profile, language, auto-lock and backup settings."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFileDialog, QVBoxLayout, QWidget

from privacydesk.errors import PrivacydeskError
from privacydesk.services import profile
from privacydesk.services.roles import actions_for
from privacydesk.ui import i18n
from privacydesk.ui.dialogs.profile_form import ProfileForm
from privacydesk.ui.generated.ui_settings_page import Ui_SettingsPage
from privacydesk.ui.i18n import translate
from privacydesk.ui.pages.base import Page
from privacydesk.ui.pages.templates_tab import TemplatesController


class SettingsPage(Page):
    language_chosen = Signal(str)
    settings_saved = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_SettingsPage()
        self.ui.setupUi(self)
        self.profile_form = ProfileForm(self.ui.profileHost)
        QVBoxLayout(self.ui.profileHost).addWidget(self.profile_form)
        self.ui.languageCombo.addItem("日本語", "ja")
        self.ui.languageCombo.addItem("English", "en")
        self.ui.saveProfileButton.clicked.connect(self.save_profile)
        self.ui.saveGeneralButton.clicked.connect(self.save_general)
        self.ui.backupFolderButton.clicked.connect(self._choose_folder)
        self.templates = TemplatesController(self.ui, self._say, self)
        self.ui.languageCombo.activated.connect(
            lambda i: self.language_chosen.emit(self.ui.languageCombo.itemData(i))
        )

    def refresh(self) -> None:
        if self.desk is None:
            return
        self.templates.set_desk(self.desk)
        self.profile_form.set_data(profile.get_profile(self.desk))
        values = profile.get_settings(self.desk)
        self.ui.autoLockSpin.setValue(int(values["ui.auto_lock_minutes"]))
        self.ui.backupFolderEdit.setText(str(values["backup.folder"]))
        self.ui.generationsSpin.setValue(int(values["backup.generations"]))
        self.ui.onCloseCheck.setChecked(bool(values["backup.on_close"]))
        self.ui.languageCombo.setCurrentIndex(
            max(self.ui.languageCombo.findData(i18n.current()), 0)
        )
        manager = "profile.save_profile" in actions_for(self.desk.context.role)
        for w in (self.ui.saveProfileButton, self.ui.saveGeneralButton, self.profile_form):
            w.setEnabled(manager)
        for w in (
            self.ui.autoLockSpin,
            self.ui.backupFolderEdit,
            self.ui.backupFolderButton,
            self.ui.generationsSpin,
            self.ui.onCloseCheck,
        ):
            w.setEnabled(manager)

    def retranslate(self) -> None:
        self.templates.retranslate()

    def _choose_folder(self) -> None:
        name = QFileDialog.getExistingDirectory(
            self,
            translate("SettingsPage", "Backup folder"),
            self.ui.backupFolderEdit.text(),
        )
        if name:
            self.ui.backupFolderEdit.setText(name)

    def _say(self, text: str) -> None:
        self.ui.messageLabel.setText(text)

    def save_profile(self) -> None:
        if self.desk is None:
            return
        try:
            changed = profile.save_profile(self.desk, self.profile_form.data())
        except PrivacydeskError as exc:
            self._say(i18n.error_text(exc))
            return
        self._say(i18n.text("cli.profile_saved", count=len(changed)))

    def save_general(self) -> None:
        if self.desk is None:
            return
        values = {
            "ui.auto_lock_minutes": self.ui.autoLockSpin.value(),
            "backup.folder": self.ui.backupFolderEdit.text().strip(),
            "backup.generations": self.ui.generationsSpin.value(),
            "backup.on_close": self.ui.onCloseCheck.isChecked(),
        }
        try:
            current = profile.get_settings(self.desk)
            for key, value in values.items():
                if current.get(key) != value:
                    profile.set_setting(self.desk, key, value)
        except PrivacydeskError as exc:
            self._say(i18n.error_text(exc))
            return
        self._say(translate("SettingsPage", "Settings saved."))
        self.settings_saved.emit()
