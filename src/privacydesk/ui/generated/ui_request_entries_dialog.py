# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'request_entries_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QApplication, QDialog,
    QDialogButtonBox, QHeaderView, QLabel, QSizePolicy,
    QTableView, QVBoxLayout, QWidget)

class Ui_RequestEntriesDialog(object):
    def setupUi(self, RequestEntriesDialog):
        if not RequestEntriesDialog.objectName():
            RequestEntriesDialog.setObjectName(u"RequestEntriesDialog")
        RequestEntriesDialog.resize(520, 420)
        self.layout = QVBoxLayout(RequestEntriesDialog)
        self.layout.setObjectName(u"layout")
        self.hintLabel = QLabel(RequestEntriesDialog)
        self.hintLabel.setObjectName(u"hintLabel")
        self.hintLabel.setWordWrap(True)

        self.layout.addWidget(self.hintLabel)

        self.entriesView = QTableView(RequestEntriesDialog)
        self.entriesView.setObjectName(u"entriesView")
        self.entriesView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.entriesView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.entriesView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)

        self.layout.addWidget(self.entriesView)

        self.messageLabel = QLabel(RequestEntriesDialog)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setText(u"")
        self.messageLabel.setWordWrap(True)

        self.layout.addWidget(self.messageLabel)

        self.buttonBox = QDialogButtonBox(RequestEntriesDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.layout.addWidget(self.buttonBox)


        self.retranslateUi(RequestEntriesDialog)

        QMetaObject.connectSlotsByName(RequestEntriesDialog)
    # setupUi

    def retranslateUi(self, RequestEntriesDialog):
        RequestEntriesDialog.setWindowTitle(QCoreApplication.translate("RequestEntriesDialog", u"Register entries the request covers", None))
        self.hintLabel.setText(QCoreApplication.translate("RequestEntriesDialog", u"Tick every register entry that may hold data on the person. An entry taken off loses what was imported or withheld for it.", None))
    # retranslateUi

