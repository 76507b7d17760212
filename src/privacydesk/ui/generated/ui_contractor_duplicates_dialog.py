# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'contractor_duplicates_dialog.ui'
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

class Ui_ContractorDuplicatesDialog(object):
    def setupUi(self, ContractorDuplicatesDialog):
        if not ContractorDuplicatesDialog.objectName():
            ContractorDuplicatesDialog.setObjectName(u"ContractorDuplicatesDialog")
        ContractorDuplicatesDialog.resize(720, 420)
        self.layout = QVBoxLayout(ContractorDuplicatesDialog)
        self.layout.setObjectName(u"layout")
        self.hintLabel = QLabel(ContractorDuplicatesDialog)
        self.hintLabel.setObjectName(u"hintLabel")
        self.hintLabel.setWordWrap(True)

        self.layout.addWidget(self.hintLabel)

        self.pairsView = QTableView(ContractorDuplicatesDialog)
        self.pairsView.setObjectName(u"pairsView")
        self.pairsView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.pairsView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.pairsView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)

        self.layout.addWidget(self.pairsView)

        self.buttons = QHBoxLayout()
        self.buttons.setObjectName(u"buttons")
        self.swapButton = QPushButton(ContractorDuplicatesDialog)
        self.swapButton.setObjectName(u"swapButton")

        self.buttons.addWidget(self.swapButton)

        self.mergeButton = QPushButton(ContractorDuplicatesDialog)
        self.mergeButton.setObjectName(u"mergeButton")

        self.buttons.addWidget(self.mergeButton)

        self.spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttons.addItem(self.spacer)

        self.closeButton = QPushButton(ContractorDuplicatesDialog)
        self.closeButton.setObjectName(u"closeButton")

        self.buttons.addWidget(self.closeButton)


        self.layout.addLayout(self.buttons)

        self.messageLabel = QLabel(ContractorDuplicatesDialog)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setText(u"")
        self.messageLabel.setWordWrap(True)

        self.layout.addWidget(self.messageLabel)


        self.retranslateUi(ContractorDuplicatesDialog)

        QMetaObject.connectSlotsByName(ContractorDuplicatesDialog)
    # setupUi

    def retranslateUi(self, ContractorDuplicatesDialog):
        ContractorDuplicatesDialog.setWindowTitle(QCoreApplication.translate("ContractorDuplicatesDialog", u"Likely duplicates", None))
        self.hintLabel.setText(QCoreApplication.translate("ContractorDuplicatesDialog", u"Contractors whose names probably mean the same organisation. Merging moves the second one's entries, reviews, follow-ups and certificates onto the first and deletes the second; it cannot be undone.", None))
        self.swapButton.setText(QCoreApplication.translate("ContractorDuplicatesDialog", u"Swap which is kept", None))
        self.mergeButton.setText(QCoreApplication.translate("ContractorDuplicatesDialog", u"Merge\u2026", None))
        self.closeButton.setText(QCoreApplication.translate("ContractorDuplicatesDialog", u"Close", None))
    # retranslateUi

