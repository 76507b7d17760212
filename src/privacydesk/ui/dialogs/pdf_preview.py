"""Preview a PDF (QtPdf), print it at 100% through the system dialog, or save it.

Printing draws each page at the printer's own resolution on the full paper, never scaled to
fit: a letter scaled down would put the address outside the envelope window.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QEvent, QIODevice, QSize, Qt
from PySide6.QtGui import QPageLayout, QPageSize, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QFileDialog, QVBoxLayout, QWidget

from privacydesk.ui.generated.ui_pdf_preview_dialog import Ui_PdfPreviewDialog
from privacydesk.ui.i18n import translate

# Called when the document leaves the app: ("print" | "file", the path or None).
OutputHook = Callable[[str, Path | None], None]


def load_pdf(pdf: bytes, parent: QWidget | None = None) -> tuple[QPdfDocument, QBuffer]:
    """A QPdfDocument read from memory: the PDF never touches a temporary file."""
    buffer = QBuffer(parent)
    buffer.setData(QByteArray(pdf))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document = QPdfDocument(parent)
    document.load(buffer)
    return document, buffer


def print_actual_size(document: QPdfDocument, printer: QPrinter) -> int:
    """Print every page at 100%; returns the number of pages sent."""
    printer.setFullPage(True)
    printer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Portrait,
            printer.pageLayout().margins(),
        )
    )
    dpi = printer.resolution()
    painter = QPainter()
    if not painter.begin(printer):
        return 0
    pages = document.pageCount()
    try:
        for page in range(pages):
            if page:
                printer.newPage()
            points = document.pagePointSize(page)
            size = QSize(round(points.width() * dpi / 72), round(points.height() * dpi / 72))
            image = document.render(page, size)
            painter.drawImage(0, 0, image)
    finally:
        painter.end()
    return pages


class PdfPreviewDialog(QDialog):
    def __init__(
        self,
        pdf: bytes,
        title: str,
        suggested_name: str,
        on_output: OutputHook | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_PdfPreviewDialog()
        self.ui.setupUi(self)
        self.setWindowTitle(title)
        self.pdf = pdf
        self._suggested = suggested_name
        self._on_output = on_output
        self.document, self._buffer = load_pdf(pdf, self)
        self.view = QPdfView(self.ui.viewHost)
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        QVBoxLayout(self.ui.viewHost).addWidget(self.view)
        self.ui.viewHost.setSizePolicy(self.view.sizePolicy())
        self.ui.printButton.clicked.connect(self.print_document)
        self.ui.saveButton.clicked.connect(lambda: self.save_as())
        self.ui.closeButton.clicked.connect(self.accept)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
        super().changeEvent(event)

    def print_document(self, printer: QPrinter | None = None) -> int:
        if printer is None:
            printer = QPrinter(QPrinter.PrinterMode.HighResolution)
            dialog = QPrintDialog(printer, self)
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return 0
        pages = print_actual_size(self.document, printer)
        if pages and self._on_output:
            self._on_output("print", None)
        return pages

    def save_as(self, path: Path | None = None) -> Path | None:
        if path is None:
            name, _ = QFileDialog.getSaveFileName(
                self, translate("PdfPreviewDialog", "Save as PDF"), self._suggested, "PDF (*.pdf)"
            )
            if not name:
                return None
            path = Path(name)
        if self._on_output:
            self._on_output("file", path)  # audited and written by the service
        return path
