# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'contractors_page.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QCheckBox, QComboBox,
    QHBoxLayout, QHeaderView, QLabel, QPushButton,
    QSizePolicy, QSpacerItem, QTableView, QVBoxLayout,
    QWidget)

class Ui_ContractorsPage(object):
    def setupUi(self, ContractorsPage):
        if not ContractorsPage.objectName():
            ContractorsPage.setObjectName(u"ContractorsPage")
        self.layout = QVBoxLayout(ContractorsPage)
        self.layout.setObjectName(u"layout")
        self.titleLabel = QLabel(ContractorsPage)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setStyleSheet(u"font-size: 16pt; font-weight: bold;")

        self.layout.addWidget(self.titleLabel)

        self.filters = QHBoxLayout()
        self.filters.setObjectName(u"filters")
        self.statusComboCaption = QLabel(ContractorsPage)
        self.statusComboCaption.setObjectName(u"statusComboCaption")

        self.filters.addWidget(self.statusComboCaption)

        self.statusCombo = QComboBox(ContractorsPage)
        self.statusCombo.setObjectName(u"statusCombo")

        self.filters.addWidget(self.statusCombo)

        self.flaggedCheck = QCheckBox(ContractorsPage)
        self.flaggedCheck.setObjectName(u"flaggedCheck")

        self.filters.addWidget(self.flaggedCheck)

        self.countLabel = QLabel(ContractorsPage)
        self.countLabel.setObjectName(u"countLabel")
        self.countLabel.setText(u"")

        self.filters.addWidget(self.countLabel)

        self.filterSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.filters.addItem(self.filterSpacer)


        self.layout.addLayout(self.filters)

        self.contractorsView = QTableView(ContractorsPage)
        self.contractorsView.setObjectName(u"contractorsView")
        self.contractorsView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.contractorsView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.contractorsView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.contractorsView.setWordWrap(False)

        self.layout.addWidget(self.contractorsView)

        self.legendLabel = QLabel(ContractorsPage)
        self.legendLabel.setObjectName(u"legendLabel")
        self.legendLabel.setWordWrap(True)

        self.layout.addWidget(self.legendLabel)

        self.buttons = QHBoxLayout()
        self.buttons.setObjectName(u"buttons")
        self.newButton = QPushButton(ContractorsPage)
        self.newButton.setObjectName(u"newButton")

        self.buttons.addWidget(self.newButton)

        self.openButton = QPushButton(ContractorsPage)
        self.openButton.setObjectName(u"openButton")

        self.buttons.addWidget(self.openButton)

        self.duplicatesButton = QPushButton(ContractorsPage)
        self.duplicatesButton.setObjectName(u"duplicatesButton")

        self.buttons.addWidget(self.duplicatesButton)

        self.spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttons.addItem(self.spacer)

        self.checklistsButton = QPushButton(ContractorsPage)
        self.checklistsButton.setObjectName(u"checklistsButton")

        self.buttons.addWidget(self.checklistsButton)


        self.layout.addLayout(self.buttons)

        self.messageLabel = QLabel(ContractorsPage)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setText(u"")
        self.messageLabel.setWordWrap(True)

        self.layout.addWidget(self.messageLabel)

#if QT_CONFIG(shortcut)
        self.statusComboCaption.setBuddy(self.statusCombo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ContractorsPage)

        QMetaObject.connectSlotsByName(ContractorsPage)
    # setupUi

    def retranslateUi(self, ContractorsPage):
        self.titleLabel.setText(QCoreApplication.translate("ContractorsPage", u"Outsourcing contractors (\u59d4\u8a17\u5148)", None))
        self.statusComboCaption.setText(QCoreApplication.translate("ContractorsPage", u"Status", None))
        self.flaggedCheck.setText(QCoreApplication.translate("ContractorsPage", u"Needing attention only", None))
        self.legendLabel.setText(QCoreApplication.translate("ContractorsPage", u"Coloured rows need attention: point at the row to read every reason. A contractor is chosen with a selection evaluation, checked at its review interval, and returns or deletes the data when the contract ends (APPI Art. 25).", None))
        self.newButton.setText(QCoreApplication.translate("ContractorsPage", u"New contractor\u2026", None))
        self.openButton.setText(QCoreApplication.translate("ContractorsPage", u"Open\u2026", None))
        self.duplicatesButton.setText(QCoreApplication.translate("ContractorsPage", u"Likely duplicates\u2026", None))
        self.checklistsButton.setText(QCoreApplication.translate("ContractorsPage", u"Checklists\u2026", None))
        pass
    # retranslateUi

