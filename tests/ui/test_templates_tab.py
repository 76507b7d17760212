"""設定 → 文書テンプレート: edit, preview (QtPdf), refuse a bad placeholder, restore; print at
100% and save as PDF, each audited; the envelope calibration saved."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtPrintSupport import QPrinter
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot
from tests.conftest import MANAGER, PASSWORD
from tests.ui.test_main_window import sign_in

from privacydesk.services import audit, documents, profile
from privacydesk.services.profile import ProfileData
from privacydesk.ui.app import Controller
from privacydesk.ui.pages.settings import SettingsPage


@pytest.fixture
def page(qtbot: QtBot, office_db: Path) -> SettingsPage:
    c = Controller(office_db)
    qtbot.addWidget(c.window)
    sign_in(qtbot, c.start(), MANAGER, PASSWORD)
    assert c.desk is not None
    profile.save_profile(
        c.desk,
        ProfileData(
            name="特定非営利活動法人 ひまわり",
            postal_code="100-0001",
            address="東京都千代田区千代田1-1",
            desk_department="個人情報相談窓口",
            desk_phone="03-1234-5678",
            fee_yen=1000,
            payment_methods=["postal_stamps"],
        ),
    )
    c.window.show_area("settings")
    p = c.window.page("settings")
    assert isinstance(p, SettingsPage)
    p.ui.tabs.setCurrentWidget(p.ui.templatesTab)
    yield p
    c.shutdown()


def _select(page: SettingsPage, kind: str) -> None:
    model = page.templates.model
    row = next(i for i in range(model.rowCount()) if model.row_at(i).kind == kind)
    page.ui.templatesView.selectRow(row)


def test_templates_model(page: SettingsPage, qtmodeltester: ModelTester) -> None:
    assert page.templates.model.rowCount() == len(documents.KIND_FIELDS)
    qtmodeltester.check(page.templates.model, force_py=True)


def test_edit_preview_save_and_restore(page: SettingsPage) -> None:
    _select(page, "form-cover")
    original = page.ui.templateEdit.toPlainText()
    assert "{*enclosures}" in original
    dialog = page.templates.preview(show=False)
    assert dialog is not None and dialog.document.pageCount() >= 1
    text = PdfReader(io.BytesIO(dialog.pdf)).pages[0].extract_text()
    assert "見本" in text

    page.ui.templateEdit.setPlainText(original.replace("[body]", "[body]\n{nonsense}"))
    page.ui.saveTemplateButton.click()
    assert "{nonsense}" in page.ui.messageLabel.text()
    assert documents.template_text(page.desk, "form-cover") == original  # nothing saved

    page.ui.templateEdit.setPlainText(original.replace("ありがとうございます", "感謝申し上げます"))
    page.ui.saveTemplateButton.click()
    assert "1" in page.ui.messageLabel.text()
    assert "感謝申し上げます" in documents.template_text(page.desk, "form-cover")
    page.templates.restore(confirmed=True)
    assert documents.template_text(page.desk, "form-cover") == original


def test_print_at_actual_size_and_save_are_audited(page: SettingsPage, tmp_path: Path) -> None:
    dialog = page.templates.show_form("request", show=False)
    assert dialog is not None
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    out = tmp_path / "printed.pdf"
    printer.setOutputFileName(str(out))
    pages = dialog.print_document(printer)
    assert pages == dialog.document.pageCount() >= 1
    printed = PdfReader(out).pages[0].mediabox
    assert abs(float(printed.width) - 595.3) < 2 and abs(float(printed.height) - 841.9) < 2
    saved = dialog.save_as(tmp_path / "form.pdf")
    assert saved is not None and saved.read_bytes() == dialog.pdf
    left = [e for e in audit.list_entries(page.desk, action_prefix="data.left")]
    assert {'"to":"print"' in e.summary for e in left} == {True, False}


def test_envelope_calibration_saved(page: SettingsPage) -> None:
    page.ui.tabs.setCurrentWidget(page.ui.envelopeTab)
    page.ui.windowLeftSpin.setValue(25.0)
    page.ui.saveEnvelopeButton.click()
    cal, seal = documents.envelope_settings(page.desk)
    assert cal.window_left == 25.0 and seal == "omitted"
    page.ui.identityEdit.setPlainText("運転免許証（両面）\n在留カード（両面）\n")
    page.ui.saveEnvelopeButton.click()
    assert documents.accepted_identity_documents(page.desk) == [
        "運転免許証（両面）",
        "在留カード（両面）",
    ]
    page.ui.windowWidthSpin.setValue(20.0)  # a window too small for any address
    page.ui.saveEnvelopeButton.click()
    assert documents.envelope_settings(page.desk)[0].window_width == 90.0
    assert page.ui.messageLabel.text()
