# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'request_mailing_log_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QDialog, QHBoxLayout,
    QHeaderView, QLabel, QPushButton, QSizePolicy,
    QSpacerItem, QTableView, QVBoxLayout, QWidget)

class Ui_RequestMailingLogDialog(object):
    def setupUi(self, RequestMailingLogDialog):
        if not RequestMailingLogDialog.objectName():
            RequestMailingLogDialog.setObjectName(u"RequestMailingLogDialog")
        RequestMailingLogDialog.resize(880, 520)
        self.layout = QVBoxLayout(RequestMailingLogDialog)
        self.layout.setObjectName(u"layout")
        self.hintLabel = QLabel(RequestMailingLogDialog)
        self.hintLabel.setObjectName(u"hintLabel")
        self.hintLabel.setWordWrap(True)

        self.layout.addWidget(self.hintLabel)

        self.mailingsView = QTableView(RequestMailingLogDialog)
        self.mailingsView.setObjectName(u"mailingsView")
        self.mailingsView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.mailingsView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.mailingsView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)

        self.layout.addWidget(self.mailingsView)

        self.buttons = QHBoxLayout()
        self.buttons.setObjectName(u"buttons")
        self.countLabel = QLabel(RequestMailingLogDialog)
        self.countLabel.setObjectName(u"countLabel")
        self.countLabel.setText(u"")

        self.buttons.addWidget(self.countLabel)

        self.spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttons.addItem(self.spacer)

        self.closeButton = QPushButton(RequestMailingLogDialog)
        self.closeButton.setObjectName(u"closeButton")

        self.buttons.addWidget(self.closeButton)


        self.layout.addLayout(self.buttons)


        self.retranslateUi(RequestMailingLogDialog)

        self.closeButton.setDefault(True)


        QMetaObject.connectSlotsByName(RequestMailingLogDialog)
    # setupUi

    def retranslateUi(self, RequestMailingLogDialog):
        RequestMailingLogDialog.setWindowTitle(QCoreApplication.translate("RequestMailingLogDialog", u"Mailing log (\u767a\u9001\u7c3f)", None))
        self.hintLabel.setText(QCoreApplication.translate("RequestMailingLogDialog", u"Every letter sent for a request, newest first. Mail that came back undelivered reopens its request.", None))
        self.closeButton.setText(QCoreApplication.translate("RequestMailingLogDialog", u"Close", None))
    # retranslateUi

