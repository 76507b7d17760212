# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'organisation_audits_tab.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QGroupBox, QHBoxLayout,
    QHeaderView, QLabel, QPushButton, QSizePolicy,
    QSpacerItem, QSplitter, QTableView, QVBoxLayout,
    QWidget)

class Ui_OrganisationAuditsTab(object):
    def setupUi(self, OrganisationAuditsTab):
        if not OrganisationAuditsTab.objectName():
            OrganisationAuditsTab.setObjectName(u"OrganisationAuditsTab")
        self.layout = QVBoxLayout(OrganisationAuditsTab)
        self.layout.setObjectName(u"layout")
        self.cycleLabel = QLabel(OrganisationAuditsTab)
        self.cycleLabel.setObjectName(u"cycleLabel")
        self.cycleLabel.setText(u"")
        self.cycleLabel.setWordWrap(True)
        self.cycleLabel.setTextFormat(Qt.TextFormat.RichText)

        self.layout.addWidget(self.cycleLabel)

        self.splitter = QSplitter(OrganisationAuditsTab)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Vertical)
        self.splitter.setChildrenCollapsible(False)
        self.auditsBox = QGroupBox(self.splitter)
        self.auditsBox.setObjectName(u"auditsBox")
        self.auditsLayout = QVBoxLayout(self.auditsBox)
        self.auditsLayout.setObjectName(u"auditsLayout")
        self.auditsView = QTableView(self.auditsBox)
        self.auditsView.setObjectName(u"auditsView")
        self.auditsView.setTabKeyNavigation(False)
        self.auditsView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.auditsView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.auditsView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.auditsView.setWordWrap(False)

        self.auditsLayout.addWidget(self.auditsView)

        self.auditButtons = QHBoxLayout()
        self.auditButtons.setObjectName(u"auditButtons")
        self.planButton = QPushButton(self.auditsBox)
        self.planButton.setObjectName(u"planButton")

        self.auditButtons.addWidget(self.planButton)

        self.openButton = QPushButton(self.auditsBox)
        self.openButton.setObjectName(u"openButton")

        self.auditButtons.addWidget(self.openButton)

        self.deleteButton = QPushButton(self.auditsBox)
        self.deleteButton.setObjectName(u"deleteButton")

        self.auditButtons.addWidget(self.deleteButton)

        self.auditSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.auditButtons.addItem(self.auditSpacer)


        self.auditsLayout.addLayout(self.auditButtons)

        self.splitter.addWidget(self.auditsBox)
        self.actionsBox = QGroupBox(self.splitter)
        self.actionsBox.setObjectName(u"actionsBox")
        self.actionsLayout = QVBoxLayout(self.actionsBox)
        self.actionsLayout.setObjectName(u"actionsLayout")
        self.actionsView = QTableView(self.actionsBox)
        self.actionsView.setObjectName(u"actionsView")
        self.actionsView.setTabKeyNavigation(False)
        self.actionsView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.actionsView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.actionsView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.actionsView.setWordWrap(False)

        self.actionsLayout.addWidget(self.actionsView)

        self.splitter.addWidget(self.actionsBox)

        self.layout.addWidget(self.splitter)

        self.legendLabel = QLabel(OrganisationAuditsTab)
        self.legendLabel.setObjectName(u"legendLabel")
        self.legendLabel.setWordWrap(True)

        self.layout.addWidget(self.legendLabel)

        self.messageLabel = QLabel(OrganisationAuditsTab)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setText(u"")
        self.messageLabel.setWordWrap(True)

        self.layout.addWidget(self.messageLabel)


        self.retranslateUi(OrganisationAuditsTab)

        QMetaObject.connectSlotsByName(OrganisationAuditsTab)
    # setupUi

    def retranslateUi(self, OrganisationAuditsTab):
        self.auditsBox.setTitle(QCoreApplication.translate("OrganisationAuditsTab", u"Internal audits", None))
        self.planButton.setText(QCoreApplication.translate("OrganisationAuditsTab", u"Plan an audit\u2026", None))
        self.openButton.setText(QCoreApplication.translate("OrganisationAuditsTab", u"Open\u2026", None))
        self.deleteButton.setText(QCoreApplication.translate("OrganisationAuditsTab", u"Delete the plan\u2026", None))
        self.actionsBox.setTitle(QCoreApplication.translate("OrganisationAuditsTab", u"Open corrective actions (audits and self-checks)", None))
        self.legendLabel.setText(QCoreApplication.translate("OrganisationAuditsTab", u"An internal audit a year: planned, done with findings and corrective actions, then reported to the board. Overdue corrective actions are shown in red.", None))
        pass
    # retranslateUi

