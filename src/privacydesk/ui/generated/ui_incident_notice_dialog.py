# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'incident_notice_dialog.ui'
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
    QDialogButtonBox, QHeaderView, QLabel, QLineEdit,
    QSizePolicy, QTableView, QVBoxLayout, QWidget)

class Ui_IncidentNoticeDialog(object):
    def setupUi(self, IncidentNoticeDialog):
        if not IncidentNoticeDialog.objectName():
            IncidentNoticeDialog.setObjectName(u"IncidentNoticeDialog")
        IncidentNoticeDialog.resize(760, 480)
        self.layout = QVBoxLayout(IncidentNoticeDialog)
        self.layout.setObjectName(u"layout")
        self.explanationLabel = QLabel(IncidentNoticeDialog)
        self.explanationLabel.setObjectName(u"explanationLabel")
        self.explanationLabel.setWordWrap(True)

        self.layout.addWidget(self.explanationLabel)

        self.personSearchEdit = QLineEdit(IncidentNoticeDialog)
        self.personSearchEdit.setObjectName(u"personSearchEdit")
        self.personSearchEdit.setClearButtonEnabled(True)

        self.layout.addWidget(self.personSearchEdit)

        self.personView = QTableView(IncidentNoticeDialog)
        self.personView.setObjectName(u"personView")
        self.personView.setTabKeyNavigation(False)
        self.personView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.personView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.personView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)

        self.layout.addWidget(self.personView)

        self.personLabel = QLabel(IncidentNoticeDialog)
        self.personLabel.setObjectName(u"personLabel")
        self.personLabel.setText(u"")
        self.personLabel.setWordWrap(True)

        self.layout.addWidget(self.personLabel)

        self.messageLabel = QLabel(IncidentNoticeDialog)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setText(u"")
        self.messageLabel.setWordWrap(True)

        self.layout.addWidget(self.messageLabel)

        self.buttonBox = QDialogButtonBox(IncidentNoticeDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.layout.addWidget(self.buttonBox)


        self.retranslateUi(IncidentNoticeDialog)

        QMetaObject.connectSlotsByName(IncidentNoticeDialog)
    # setupUi

    def retranslateUi(self, IncidentNoticeDialog):
        IncidentNoticeDialog.setWindowTitle(QCoreApplication.translate("IncidentNoticeDialog", u"Notice to a person", None))
        self.explanationLabel.setText(QCoreApplication.translate("IncidentNoticeDialog", u"Choose the person to write to. The notice (\u304a\u8a6b\u3073\u3068\u304a\u77e5\u3089\u305b) is numbered and kept with the incident; record the notice step as done once the letters are sent.", None))
        self.personSearchEdit.setPlaceholderText(QCoreApplication.translate("IncidentNoticeDialog", u"Name, reading or member number\u2026", None))
    # retranslateUi

