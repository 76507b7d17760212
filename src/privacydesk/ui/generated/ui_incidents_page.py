# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'incidents_page.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QCheckBox, QHBoxLayout,
    QHeaderView, QLabel, QPushButton, QSizePolicy,
    QSpacerItem, QTableView, QVBoxLayout, QWidget)

class Ui_IncidentsPage(object):
    def setupUi(self, IncidentsPage):
        if not IncidentsPage.objectName():
            IncidentsPage.setObjectName(u"IncidentsPage")
        self.layout = QVBoxLayout(IncidentsPage)
        self.layout.setObjectName(u"layout")
        self.titleLabel = QLabel(IncidentsPage)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setStyleSheet(u"font-size: 16pt; font-weight: bold;")

        self.layout.addWidget(self.titleLabel)

        self.filters = QHBoxLayout()
        self.filters.setObjectName(u"filters")
        self.openOnlyCheck = QCheckBox(IncidentsPage)
        self.openOnlyCheck.setObjectName(u"openOnlyCheck")

        self.filters.addWidget(self.openOnlyCheck)

        self.countLabel = QLabel(IncidentsPage)
        self.countLabel.setObjectName(u"countLabel")
        self.countLabel.setText(u"")

        self.filters.addWidget(self.countLabel)

        self.filterSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.filters.addItem(self.filterSpacer)


        self.layout.addLayout(self.filters)

        self.incidentsView = QTableView(IncidentsPage)
        self.incidentsView.setObjectName(u"incidentsView")
        self.incidentsView.setTabKeyNavigation(False)
        self.incidentsView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.incidentsView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.incidentsView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.incidentsView.setWordWrap(False)

        self.layout.addWidget(self.incidentsView)

        self.legendLabel = QLabel(IncidentsPage)
        self.legendLabel.setObjectName(u"legendLabel")
        self.legendLabel.setWordWrap(True)

        self.layout.addWidget(self.legendLabel)

        self.buttons = QHBoxLayout()
        self.buttons.setObjectName(u"buttons")
        self.newButton = QPushButton(IncidentsPage)
        self.newButton.setObjectName(u"newButton")

        self.buttons.addWidget(self.newButton)

        self.openButton = QPushButton(IncidentsPage)
        self.openButton.setObjectName(u"openButton")

        self.buttons.addWidget(self.openButton)

        self.spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttons.addItem(self.spacer)


        self.layout.addLayout(self.buttons)

        self.messageLabel = QLabel(IncidentsPage)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setText(u"")
        self.messageLabel.setWordWrap(True)

        self.layout.addWidget(self.messageLabel)


        self.retranslateUi(IncidentsPage)

        QMetaObject.connectSlotsByName(IncidentsPage)
    # setupUi

    def retranslateUi(self, IncidentsPage):
        self.titleLabel.setText(QCoreApplication.translate("IncidentsPage", u"Leaks, losses and damage (\u6f0f\u3048\u3044\u7b49\u4e8b\u6848)", None))
        self.openOnlyCheck.setText(QCoreApplication.translate("IncidentsPage", u"Open incidents only", None))
        self.legendLabel.setText(QCoreApplication.translate("IncidentsPage", u"A next deadline in red is due within one day or past. Reportable incidents go to the Personal Information Protection Commission: a preliminary report promptly, a final report within 30 days (60 for a possibly wrongful purpose).", None))
        self.newButton.setText(QCoreApplication.translate("IncidentsPage", u"New incident\u2026", None))
        self.openButton.setText(QCoreApplication.translate("IncidentsPage", u"Open\u2026", None))
        pass
    # retranslateUi

