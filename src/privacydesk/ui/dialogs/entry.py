"""The register entry form (台帳): tabs of labelled fields; items, purposes and provisions."""

from __future__ import annotations

import re

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QDialog, QHeaderView, QMessageBox, QWidget

from privacydesk.errors import InvalidInput, PrivacydeskError
from privacydesk.messages import render
from privacydesk.services import register
from privacydesk.services.desk import Desk
from privacydesk.services.register import (
    BASES,
    BASIS_LABELS,
    KIND_LABELS,
    MEDIA,
    MEDIUM_LABELS,
    EntryData,
    ItemData,
    ProvisionData,
)
from privacydesk.ui import i18n
from privacydesk.ui.check_model import CheckListModel
from privacydesk.ui.generated.ui_entry_dialog import Ui_EntryDialog
from privacydesk.ui.i18n import translate

SENSITIVE_MARKS = ("＊", "*")


def _labels(codes: dict[str, str]) -> dict[str, str]:
    """Every way a user may write a code: the code itself, and its label in both languages."""
    out: dict[str, str] = {}
    for code, message in codes.items():
        out[code] = code
        for lang in ("ja", "en"):
            out[render(message, lang)] = code
    return out


def items_to_text(items: list[ItemData]) -> str:
    lines = []
    for item in items:
        if item.sensitive:
            kind = i18n.text(KIND_LABELS[item.sensitive_kind]) if item.sensitive_kind else ""
            lines.append(f"＊{item.name}（{kind}）" if kind else f"＊{item.name}")
        else:
            lines.append(item.name)
    return "\n".join(lines)


def text_to_items(text: str) -> list[ItemData]:
    kinds = _labels(KIND_LABELS)
    items = []
    for raw in text.splitlines():
        line = raw.strip()
        if not line:
            continue
        sensitive = line.startswith(SENSITIVE_MARKS)
        line = line.lstrip("".join(SENSITIVE_MARKS)).strip()
        kind = ""
        match = re.fullmatch(r"(.+?)[（(]([^（）()]+)[）)]", line)
        if sensitive and match and match.group(2).strip() in kinds:
            line, kind = match.group(1).strip(), kinds[match.group(2).strip()]
        items.append(ItemData(line, sensitive, kind))
    return items


def provisions_to_text(provisions: list[ProvisionData]) -> str:
    return "\n".join(
        f"{p.recipient} / {p.items} / {i18n.text(BASIS_LABELS[p.basis])}" for p in provisions
    )


def text_to_provisions(text: str, old: list[ProvisionData]) -> list[ProvisionData]:
    bases = _labels(BASIS_LABELS)
    by_recipient = {p.recipient: p for p in old}
    out = []
    for number, raw in enumerate(text.splitlines(), start=1):
        if not raw.strip():
            continue
        parts = [p.strip() for p in re.split(r"\s*[/／]\s*", raw.strip())]
        if len(parts) != 3 or parts[2] not in bases:
            raise InvalidInput("register.provision_line", line=number)
        previous = by_recipient.get(parts[0])
        kept = previous._replace(items=parts[1], basis=bases[parts[2]]) if previous else None
        out.append(kept or ProvisionData(parts[0], parts[1], bases[parts[2]]))
    return out


class EntryDialog(QDialog):
    def __init__(
        self, desk: Desk, entry_id: int | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_EntryDialog()
        self.ui.setupUi(self)
        self.desk = desk
        self.entry_id = entry_id
        self.saved_id: int | None = None
        self.purposes = CheckListModel(self)
        u = self.ui
        u.purposesView.setModel(self.purposes)
        u.purposesView.horizontalHeader().hide()
        u.purposesView.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for code in MEDIA:
            u.mediumCombo.addItem(i18n.text(MEDIUM_LABELS[code]), code)
        u.buttonBox.accepted.connect(self.save)
        u.buttonBox.rejected.connect(self.reject)
        self._data = EntryData()
        if entry_id is not None:
            self._data = register.get_entry(desk, entry_id).data
        rows = [
            (p.id, f"{p.code} {p.text}".strip()) for p in register.list_purposes(desk, active=None)
        ]
        self.purposes.set_rows(rows, self._data.purpose_ids)
        self.set_data(self._data)
        self._loaded = self._snapshot()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
        super().changeEvent(event)

    def set_data(self, d: EntryData) -> None:
        u = self.ui
        u.nameEdit.setText(d.name)
        u.departmentEdit.setText(d.department)
        u.responsibleEdit.setText(d.responsible)
        u.subjectCategoryEdit.setText(d.subject_category)
        u.estimatedSpin.setValue(d.estimated_persons or 0)
        u.retainedCheck.setChecked(d.retained_personal_data)
        u.itemsEdit.setPlainText(items_to_text(list(d.items)))
        u.sensitiveExceptionEdit.setPlainText(d.sensitive_exception)
        u.directCheck.setChecked(d.acquisition_direct)
        u.sourceEdit.setText(d.acquisition_source)
        u.methodEdit.setText(d.acquisition_method)
        u.notifiedEdit.setText(d.purpose_notified_how)
        u.mediumCombo.setCurrentIndex(max(u.mediumCombo.findData(d.medium), 0))
        u.locationEdit.setText(d.storage_location)
        u.cloudServiceEdit.setText(d.cloud_service)
        u.cloudCountryEdit.setText(d.cloud_country)
        u.accessEdit.setText(d.access)
        u.retentionEdit.setText(d.retention_text)
        u.retentionMonthsSpin.setValue(d.retention_months or 0)
        u.disposalEdit.setText(d.disposal_method)
        u.provisionsEdit.setPlainText(provisions_to_text(list(d.provisions)))
        u.abroadCheck.setChecked(d.transfer_abroad)
        u.countryEdit.setText(d.transfer_country)
        u.transferBasisEdit.setText(d.transfer_basis)
        u.transferInfoEdit.setPlainText(d.transfer_info_given)
        u.websiteCheck.setChecked(d.is_website)
        u.trackingToolEdit.setText(d.tracking_tool)
        u.trackingProviderEdit.setText(d.tracking_provider)
        u.trackingCollectsEdit.setPlainText(d.tracking_collects)
        u.trackingOptOutEdit.setText(d.tracking_opt_out)
        u.trackingIdentifiesCheck.setChecked(d.tracking_recipient_identifies)

    def data(self) -> EntryData:
        u = self.ui
        items = text_to_items(u.itemsEdit.toPlainText())
        return EntryData(
            name=u.nameEdit.text(),
            department=u.departmentEdit.text(),
            responsible=u.responsibleEdit.text(),
            subject_category=u.subjectCategoryEdit.text(),
            sensitive_kinds=sorted({i.sensitive_kind for i in items if i.sensitive_kind}),
            sensitive_exception=u.sensitiveExceptionEdit.toPlainText(),
            acquisition_direct=u.directCheck.isChecked(),
            acquisition_source=u.sourceEdit.text(),
            acquisition_method=u.methodEdit.text(),
            purpose_notified_how=u.notifiedEdit.text(),
            medium=u.mediumCombo.currentData(),
            storage_location=u.locationEdit.text(),
            cloud_service=u.cloudServiceEdit.text(),
            cloud_country=u.cloudCountryEdit.text(),
            access=u.accessEdit.text(),
            retention_text=u.retentionEdit.text(),
            retention_months=u.retentionMonthsSpin.value() or None,
            disposal_method=u.disposalEdit.text(),
            retained_personal_data=u.retainedCheck.isChecked(),
            transfer_abroad=u.abroadCheck.isChecked(),
            transfer_country=u.countryEdit.text(),
            transfer_basis=u.transferBasisEdit.text(),
            transfer_info_given=u.transferInfoEdit.toPlainText(),
            estimated_persons=u.estimatedSpin.value() or None,
            is_website=u.websiteCheck.isChecked(),
            tracking_tool=u.trackingToolEdit.text(),
            tracking_provider=u.trackingProviderEdit.text(),
            tracking_collects=u.trackingCollectsEdit.toPlainText(),
            tracking_opt_out=u.trackingOptOutEdit.text(),
            tracking_recipient_identifies=u.trackingIdentifiesCheck.isChecked(),
            items=items,
            purpose_ids=self.purposes.checked_ids(),
            provisions=text_to_provisions(
                u.provisionsEdit.toPlainText(), list(self._data.provisions)
            ),
        )

    def _snapshot(self) -> str:
        try:
            return repr(self.data())
        except InvalidInput:
            return ""

    def save(self) -> bool:
        try:
            data = self.data()
            if self.entry_id is None:
                self.saved_id = register.create_entry(self.desk, data).id
            else:
                register.update_entry(self.desk, self.entry_id, data)
                self.saved_id = self.entry_id
        except PrivacydeskError as exc:
            self.ui.messageLabel.setText(i18n.error_text(exc))
            return False
        self.accept()
        return True

    def reject(self) -> None:
        if self._snapshot() != self._loaded:
            answer = QMessageBox.question(
                self,
                translate("EntryDialog", "Discard the changes?"),
                translate("EntryDialog", "What you typed will not be saved."),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        super().reject()


__all__ = ["BASES", "EntryDialog"]
