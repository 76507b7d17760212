"""The person form (本人): every field labelled, keyboard-first, Enter saves, Esc cancels."""

from __future__ import annotations

from dataclasses import fields

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QMessageBox, QWidget

from privacydesk.errors import InvalidInput, PrivacydeskError
from privacydesk.services import dates, subjects
from privacydesk.services.subjects import SubjectData
from privacydesk.ui import i18n
from privacydesk.ui.generated.ui_subject_dialog import Ui_SubjectDialog
from privacydesk.ui.i18n import translate

CATEGORIES = ("会員", "相談者", "イベント参加者", "寄付者", "職員・ボランティア", "その他")
LANGUAGE_NAMES = {"ja": "日本語", "en": "English", "easy_ja": "やさしい日本語"}


class SubjectDialog(QDialog):
    def __init__(
        self, desk: object, subject_id: int | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_SubjectDialog()
        self.ui.setupUi(self)
        self.desk = desk
        self.subject_id = subject_id
        self.saved_id: int | None = None
        u = self.ui
        u.categoryCombo.setEditable(True)
        u.categoryCombo.addItems(list(CATEGORIES))
        for code, name in LANGUAGE_NAMES.items():
            u.languageCombo.addItem(name, code)
        u.buttonBox.accepted.connect(self.save)
        u.buttonBox.rejected.connect(self.reject)
        self._loaded = self.data()
        if subject_id is not None:
            detail = subjects.get_subject(desk, subject_id)  # type: ignore[arg-type]
            self.set_data(detail.data)
            self._loaded = self.data()
        self.setWindowTitle(translate("SubjectDialog", "Person"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
        super().changeEvent(event)

    def set_data(self, d: SubjectData) -> None:
        u = self.ui
        u.nameEdit.setText(d.legal_name)
        u.readingEdit.setText(d.reading)
        u.aliasEdit.setText(d.alias)
        u.birthEdit.setText(d.birth_date.isoformat() if d.birth_date else "")
        u.memberEdit.setText(d.member_number)
        u.categoryCombo.setCurrentText(d.category)
        u.languageCombo.setCurrentIndex(max(u.languageCombo.findData(d.language), 0))
        u.protectedCheck.setChecked(d.protected)
        u.postalEdit.setText(d.postal_code)
        u.addressEdit.setPlainText(d.address)
        u.countryEdit.setText(d.country)
        u.phoneEdit.setText(d.phone)
        u.emailEdit.setText(d.email)
        u.repNameEdit.setText(d.representative_name)
        u.repRelationEdit.setText(d.representative_relation)
        u.repContactEdit.setPlainText(d.representative_contact)
        u.notesEdit.setPlainText(d.notes)

    def data(self, birth: object = None) -> SubjectData:
        u = self.ui
        return SubjectData(
            legal_name=u.nameEdit.text(),
            reading=u.readingEdit.text(),
            alias=u.aliasEdit.text(),
            birth_date=birth,  # type: ignore[arg-type]
            postal_code=u.postalEdit.text(),
            address=u.addressEdit.toPlainText(),
            country=u.countryEdit.text(),
            phone=u.phoneEdit.text(),
            email=u.emailEdit.text(),
            category=u.categoryCombo.currentText(),
            language=u.languageCombo.currentData(),
            member_number=u.memberEdit.text(),
            representative_name=u.repNameEdit.text(),
            representative_relation=u.repRelationEdit.text(),
            representative_contact=u.repContactEdit.toPlainText(),
            protected=u.protectedCheck.isChecked(),
            notes=u.notesEdit.toPlainText(),
        )

    def has_changes(self) -> bool:
        return any(
            getattr(self.data(), f.name) != getattr(self._loaded, f.name)
            for f in fields(SubjectData)
            if f.name != "birth_date"
        ) or (self.ui.birthEdit.isModified())

    def save(self, allow_duplicate: bool = False) -> bool:
        try:
            birth = dates.parse_optional(self.ui.birthEdit.text())
            data = self.data(birth)
            if self.subject_id is None:
                detail = subjects.create_subject(
                    self.desk,
                    data,  # type: ignore[arg-type]
                    allow_duplicate=allow_duplicate,
                )
            else:
                detail = subjects.update_subject(
                    self.desk,
                    self.subject_id,  # type: ignore[arg-type]
                    data,
                )
        except InvalidInput as exc:
            if exc.code == "subjects.likely_duplicate" and not allow_duplicate:
                answer = QMessageBox.question(
                    self,
                    translate("SubjectDialog", "The same person?"),
                    i18n.error_text(exc)
                    + "\n\n"
                    + translate("SubjectDialog", "Save as a different person anyway?"),
                )
                if answer == QMessageBox.StandardButton.Yes:
                    return self.save(allow_duplicate=True)
            self.ui.messageLabel.setText(i18n.error_text(exc))
            return False
        except PrivacydeskError as exc:
            self.ui.messageLabel.setText(i18n.error_text(exc))
            return False
        self.saved_id = detail.id
        self.accept()
        return True

    def reject(self) -> None:
        if self.has_changes():
            answer = QMessageBox.question(
                self,
                translate("SubjectDialog", "Discard the changes?"),
                translate("SubjectDialog", "What you typed will not be saved."),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        super().reject()

    def save_button(self) -> QWidget:
        return self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save)
