"""設定 → 文書テンプレート and 封筒: edit wording with a preview, calibrate the envelope window."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QObject
from PySide6.QtWidgets import QDoubleSpinBox, QMessageBox

from privacydesk.errors import PrivacydeskError
from privacydesk.services import documents
from privacydesk.services.desk import Desk
from privacydesk.services.documents import Calibration, TemplateInfo
from privacydesk.services.roles import actions_for
from privacydesk.ui import i18n
from privacydesk.ui.dialogs.pdf_preview import PdfPreviewDialog
from privacydesk.ui.generated.ui_settings_page import Ui_SettingsPage
from privacydesk.ui.i18n import translate
from privacydesk.ui.models import Column, RowTableModel

CTX = "SettingsPage"
KIND_NAMES = {
    "form-cover": QT_TRANSLATE_NOOP("SettingsPage", "Cover letter for the request forms"),
    "request-form": QT_TRANSLATE_NOOP("SettingsPage", "Request form"),
    "power-of-attorney": QT_TRANSLATE_NOOP("SettingsPage", "Power of attorney"),
}


def kind_name(kind: str) -> str:
    return translate("SettingsPage", KIND_NAMES.get(kind, kind))


def _version(row: TemplateInfo) -> str:
    if not row.customised:
        return translate("SettingsPage", "default")
    return translate("SettingsPage", "version {n}").format(n=row.version)


class TemplatesController(QObject):
    """Drives the templates and envelope tabs of the settings page (its `ui`)."""

    def __init__(self, ui: Ui_SettingsPage, say: Callable[[str], None], parent: QObject) -> None:
        super().__init__(parent)
        self.ui = ui
        self.say = say
        self.desk: Desk | None = None
        self.preview_dialog: PdfPreviewDialog | None = None
        self.model: RowTableModel[TemplateInfo] = RowTableModel(
            CTX,
            [
                Column(QT_TRANSLATE_NOOP("SettingsPage", "Document"), lambda r: kind_name(r.kind)),
                Column(QT_TRANSLATE_NOOP("SettingsPage", "Wording"), _version),
            ],
            self,
        )
        u = self.ui
        u.templatesView.setModel(self.model)
        u.templatesView.selectionModel().currentRowChanged.connect(
            lambda current, _prev: self._load(current.row())
        )
        u.previewButton.clicked.connect(lambda: self.preview())
        u.saveTemplateButton.clicked.connect(self.save)
        u.restoreTemplateButton.clicked.connect(lambda: self.restore())
        u.saveEnvelopeButton.clicked.connect(self.save_envelope)
        u.testPageButton.clicked.connect(lambda: self.show_form("envelope-test"))
        u.requestFormButton.clicked.connect(lambda: self.show_form("request"))
        u.attorneyFormButton.clicked.connect(lambda: self.show_form("power-of-attorney"))
        self._kind: str | None = None
        self._fill_seal()

    def _fill_seal(self) -> None:
        combo = self.ui.sealCombo
        current = combo.currentData()
        combo.clear()
        combo.addItem(translate("SettingsPage", "Omitted (公印省略)"), "omitted")
        combo.addItem(translate("SettingsPage", "A box for the seal"), "place")
        combo.setCurrentIndex(max(combo.findData(current), 0))

    def set_desk(self, desk: Desk) -> None:
        self.desk = desk
        manager = "documents.save_template" in actions_for(desk.context.role)
        u = self.ui
        for w in (u.saveTemplateButton, u.restoreTemplateButton, u.saveEnvelopeButton):
            w.setEnabled(manager)
        u.identityEdit.setReadOnly(not manager)
        u.templateEdit.setReadOnly(not manager)
        self.refresh()

    def refresh(self) -> None:
        if self.desk is None:
            return
        row = max(self.ui.templatesView.currentIndex().row(), 0)
        self.model.set_rows(documents.list_templates(self.desk))
        self.ui.templatesView.selectRow(row)
        self._load(row)
        cal, seal = documents.envelope_settings(self.desk)
        u = self.ui
        for name, spin in self._spins().items():
            spin.setValue(getattr(cal, name))
        u.sealCombo.setCurrentIndex(max(u.sealCombo.findData(seal), 0))
        u.identityEdit.setPlainText("\n".join(documents.accepted_identity_documents(self.desk)))

    def retranslate(self) -> None:
        self.model.retranslate()
        self._fill_seal()

    def _spins(self) -> dict[str, QDoubleSpinBox]:
        u = self.ui
        return {
            "window_left": u.windowLeftSpin,
            "window_top": u.windowTopSpin,
            "window_width": u.windowWidthSpin,
            "window_height": u.windowHeightSpin,
            "play_x": u.playXSpin,
            "play_y": u.playYSpin,
        }

    def _load(self, row: int) -> None:
        info = self.model.row_at(row)
        if info is None or self.desk is None:
            return
        self._kind = info.kind
        self.ui.templateEdit.setPlainText(documents.template_text(self.desk, info.kind))

    def _run(self, call: Callable[[], object]) -> tuple[bool, object]:
        """Call a service; a refusal is shown, never raised past the window."""
        try:
            return True, call()
        except PrivacydeskError as exc:
            self.say(i18n.error_text(exc))
            return False, None

    def preview(self, show: bool = True) -> PdfPreviewDialog | None:
        if self.desk is None or self._kind is None:
            return None
        desk, kind = self.desk, self._kind
        text = self.ui.templateEdit.toPlainText()
        ok, pdf = self._run(lambda: documents.preview(desk, kind, text))
        if not ok or not isinstance(pdf, bytes):
            return None
        return self._show(pdf, kind_name(kind), f"{kind}-preview.pdf", kind, show)

    def _show(self, pdf: bytes, title: str, name: str, kind: str, show: bool) -> PdfPreviewDialog:
        desk = self.desk
        assert desk is not None

        def output(where: str, path: Path | None) -> None:
            if where == "print":
                self._run(lambda: documents.record_printed(desk, kind))
            elif path is not None:
                self._run(lambda: documents.save_pdf(desk, kind, pdf, path))

        dialog = PdfPreviewDialog(pdf, title, name, output, None)
        self.preview_dialog = dialog
        if show:
            dialog.show()
        return dialog

    def show_form(self, kind: str, show: bool = True) -> PdfPreviewDialog | None:
        if self.desk is None:
            return None
        desk = self.desk
        ok, pdf = self._run(lambda: documents.blank_form(desk, kind))
        if not ok or not isinstance(pdf, bytes):
            return None
        return self._show(pdf, kind, f"{kind}.pdf", f"form.{kind}", show)

    def save(self) -> None:
        if self.desk is None or self._kind is None:
            return
        desk, kind = self.desk, self._kind
        text = self.ui.templateEdit.toPlainText()
        ok, version = self._run(lambda: documents.save_template(desk, kind, text))
        if ok:
            self.say(translate("SettingsPage", "Saved as version {n}.").format(n=version))
            self.refresh()

    def restore(self, confirmed: bool = False) -> None:
        if self.desk is None or self._kind is None:
            return
        if not confirmed:
            answer = QMessageBox.question(
                None,
                translate("SettingsPage", "Restore the default wording?"),
                translate(
                    "SettingsPage", "Your versions stay in the history; letters use the default."
                ),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        desk, kind = self.desk, self._kind
        self._run(lambda: documents.restore_default_template(desk, kind))
        self.refresh()

    def save_envelope(self) -> None:
        if self.desk is None:
            return
        values = {name: spin.value() for name, spin in self._spins().items()}
        seal = self.ui.sealCombo.currentData()
        identity = [x.strip() for x in self.ui.identityEdit.toPlainText().splitlines() if x.strip()]
        desk = self.desk
        ok, _ = self._run(
            lambda: documents.save_envelope_settings(desk, Calibration(**values), seal, identity)
        )
        if ok:
            self.say(translate("SettingsPage", "Settings saved."))
