# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'audit_page.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QComboBox, QDateEdit,
    QHBoxLayout, QHeaderView, QLabel, QPushButton,
    QSizePolicy, QSpacerItem, QTableView, QVBoxLayout,
    QWidget)

class Ui_AuditPage(object):
    def setupUi(self, AuditPage):
        if not AuditPage.objectName():
            AuditPage.setObjectName(u"AuditPage")
        self.layout = QVBoxLayout(AuditPage)
        self.layout.setObjectName(u"layout")
        self.titleLabel = QLabel(AuditPage)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setStyleSheet(u"font-size: 16pt; font-weight: bold;")

        self.layout.addWidget(self.titleLabel)

        self.chainLabel = QLabel(AuditPage)
        self.chainLabel.setObjectName(u"chainLabel")
        self.chainLabel.setText(u"")
        self.chainLabel.setWordWrap(True)

        self.layout.addWidget(self.chainLabel)

        self.filters = QHBoxLayout()
        self.filters.setObjectName(u"filters")
        self.whoCaption = QLabel(AuditPage)
        self.whoCaption.setObjectName(u"whoCaption")

        self.filters.addWidget(self.whoCaption)

        self.whoCombo = QComboBox(AuditPage)
        self.whoCombo.setObjectName(u"whoCombo")

        self.filters.addWidget(self.whoCombo)

        self.whatCaption = QLabel(AuditPage)
        self.whatCaption.setObjectName(u"whatCaption")

        self.filters.addWidget(self.whatCaption)

        self.whatCombo = QComboBox(AuditPage)
        self.whatCombo.setObjectName(u"whatCombo")

        self.filters.addWidget(self.whatCombo)

        self.fromCaption = QLabel(AuditPage)
        self.fromCaption.setObjectName(u"fromCaption")

        self.filters.addWidget(self.fromCaption)

        self.fromDate = QDateEdit(AuditPage)
        self.fromDate.setObjectName(u"fromDate")
        self.fromDate.setCalendarPopup(True)
        self.fromDate.setDisplayFormat(u"yyyy-MM-dd")

        self.filters.addWidget(self.fromDate)

        self.toCaption = QLabel(AuditPage)
        self.toCaption.setObjectName(u"toCaption")

        self.filters.addWidget(self.toCaption)

        self.toDate = QDateEdit(AuditPage)
        self.toDate.setObjectName(u"toDate")
        self.toDate.setCalendarPopup(True)
        self.toDate.setDisplayFormat(u"yyyy-MM-dd")

        self.filters.addWidget(self.toDate)

        self.applyButton = QPushButton(AuditPage)
        self.applyButton.setObjectName(u"applyButton")

        self.filters.addWidget(self.applyButton)


        self.layout.addLayout(self.filters)

        self.entriesView = QTableView(AuditPage)
        self.entriesView.setObjectName(u"entriesView")
        self.entriesView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)

        self.layout.addWidget(self.entriesView)

        self.buttons = QHBoxLayout()
        self.buttons.setObjectName(u"buttons")
        self.checkButton = QPushButton(AuditPage)
        self.checkButton.setObjectName(u"checkButton")

        self.buttons.addWidget(self.checkButton)

        self.acknowledgeButton = QPushButton(AuditPage)
        self.acknowledgeButton.setObjectName(u"acknowledgeButton")

        self.buttons.addWidget(self.acknowledgeButton)

        self.spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttons.addItem(self.spacer)


        self.layout.addLayout(self.buttons)


        self.retranslateUi(AuditPage)

        QMetaObject.connectSlotsByName(AuditPage)
    # setupUi

    def retranslateUi(self, AuditPage):
        self.titleLabel.setText(QCoreApplication.translate("AuditPage", u"Audit log", None))
        self.whoCaption.setText(QCoreApplication.translate("AuditPage", u"Who", None))
        self.whatCaption.setText(QCoreApplication.translate("AuditPage", u"What", None))
        self.fromCaption.setText(QCoreApplication.translate("AuditPage", u"From", None))
        self.toCaption.setText(QCoreApplication.translate("AuditPage", u"To", None))
        self.applyButton.setText(QCoreApplication.translate("AuditPage", u"Show", None))
        self.checkButton.setText(QCoreApplication.translate("AuditPage", u"Check the chain now", None))
        self.acknowledgeButton.setText(QCoreApplication.translate("AuditPage", u"Acknowledge the break\u2026", None))
        pass
    # retranslateUi

