# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'import_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QApplication, QComboBox, QDialog, QFormLayout,
    QHBoxLayout, QHeaderView, QLabel, QLineEdit,
    QPlainTextEdit, QProgressBar, QPushButton, QSizePolicy,
    QSpacerItem, QTableView, QVBoxLayout, QWidget)

class Ui_ImportDialog(object):
    def setupUi(self, ImportDialog):
        if not ImportDialog.objectName():
            ImportDialog.setObjectName(u"ImportDialog")
        ImportDialog.resize(900, 700)
        self.layout = QVBoxLayout(ImportDialog)
        self.layout.setObjectName(u"layout")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.kindCaption = QLabel(ImportDialog)
        self.kindCaption.setObjectName(u"kindCaption")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.kindCaption)

        self.kindCombo = QComboBox(ImportDialog)
        self.kindCombo.setObjectName(u"kindCombo")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.kindCombo)

        self.fileCaption = QLabel(ImportDialog)
        self.fileCaption.setObjectName(u"fileCaption")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.fileCaption)

        self.fileRow = QHBoxLayout()
        self.fileRow.setObjectName(u"fileRow")
        self.fileEdit = QLineEdit(ImportDialog)
        self.fileEdit.setObjectName(u"fileEdit")

        self.fileRow.addWidget(self.fileEdit)

        self.browseButton = QPushButton(ImportDialog)
        self.browseButton.setObjectName(u"browseButton")

        self.fileRow.addWidget(self.browseButton)

        self.readButton = QPushButton(ImportDialog)
        self.readButton.setObjectName(u"readButton")

        self.fileRow.addWidget(self.readButton)


        self.form.setLayout(1, QFormLayout.ItemRole.FieldRole, self.fileRow)


        self.layout.addLayout(self.form)

        self.mappingCaption = QLabel(ImportDialog)
        self.mappingCaption.setObjectName(u"mappingCaption")
        self.mappingCaption.setWordWrap(True)

        self.layout.addWidget(self.mappingCaption)

        self.mappingView = QTableView(ImportDialog)
        self.mappingView.setObjectName(u"mappingView")
        self.mappingView.setMaximumSize(QSize(16777215, 200))

        self.layout.addWidget(self.mappingView)

        self.previewCaption = QLabel(ImportDialog)
        self.previewCaption.setObjectName(u"previewCaption")

        self.layout.addWidget(self.previewCaption)

        self.previewView = QTableView(ImportDialog)
        self.previewView.setObjectName(u"previewView")

        self.layout.addWidget(self.previewView)

        self.reportText = QPlainTextEdit(ImportDialog)
        self.reportText.setObjectName(u"reportText")
        self.reportText.setReadOnly(True)
        self.reportText.setMaximumSize(QSize(16777215, 140))

        self.layout.addWidget(self.reportText)

        self.buttons = QHBoxLayout()
        self.buttons.setObjectName(u"buttons")
        self.progressBar = QProgressBar(ImportDialog)
        self.progressBar.setObjectName(u"progressBar")

        self.buttons.addWidget(self.progressBar)

        self.spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttons.addItem(self.spacer)

        self.checkButton = QPushButton(ImportDialog)
        self.checkButton.setObjectName(u"checkButton")

        self.buttons.addWidget(self.checkButton)

        self.importButton = QPushButton(ImportDialog)
        self.importButton.setObjectName(u"importButton")

        self.buttons.addWidget(self.importButton)

        self.cancelButton = QPushButton(ImportDialog)
        self.cancelButton.setObjectName(u"cancelButton")

        self.buttons.addWidget(self.cancelButton)

        self.closeButton = QPushButton(ImportDialog)
        self.closeButton.setObjectName(u"closeButton")

        self.buttons.addWidget(self.closeButton)


        self.layout.addLayout(self.buttons)


        self.retranslateUi(ImportDialog)

        QMetaObject.connectSlotsByName(ImportDialog)
    # setupUi

    def retranslateUi(self, ImportDialog):
        ImportDialog.setWindowTitle(QCoreApplication.translate("ImportDialog", u"Import from Excel or CSV", None))
        self.kindCaption.setText(QCoreApplication.translate("ImportDialog", u"What the file holds", None))
        self.fileCaption.setText(QCoreApplication.translate("ImportDialog", u"File", None))
        self.browseButton.setText(QCoreApplication.translate("ImportDialog", u"Browse\u2026", None))
        self.readButton.setText(QCoreApplication.translate("ImportDialog", u"Read the file", None))
        self.mappingCaption.setText(QCoreApplication.translate("ImportDialog", u"Columns: check what each one fills (double-click a field to change it)", None))
        self.previewCaption.setText(QCoreApplication.translate("ImportDialog", u"The first rows as they will be read", None))
        self.checkButton.setText(QCoreApplication.translate("ImportDialog", u"Check only (nothing saved)", None))
        self.importButton.setText(QCoreApplication.translate("ImportDialog", u"Import", None))
        self.cancelButton.setText(QCoreApplication.translate("ImportDialog", u"Cancel", None))
        self.closeButton.setText(QCoreApplication.translate("ImportDialog", u"Close", None))
    # retranslateUi

