# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'organisation_self_check_tab.ui'
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
    QHeaderView, QLabel, QLineEdit, QPushButton,
    QSizePolicy, QSpacerItem, QSplitter, QTableView,
    QVBoxLayout, QWidget)

class Ui_OrganisationSelfCheckTab(object):
    def setupUi(self, OrganisationSelfCheckTab):
        if not OrganisationSelfCheckTab.objectName():
            OrganisationSelfCheckTab.setObjectName(u"OrganisationSelfCheckTab")
        self.layout = QVBoxLayout(OrganisationSelfCheckTab)
        self.layout.setObjectName(u"layout")
        self.statusLabel = QLabel(OrganisationSelfCheckTab)
        self.statusLabel.setObjectName(u"statusLabel")
        self.statusLabel.setText(u"")
        self.statusLabel.setWordWrap(True)
        self.statusLabel.setTextFormat(Qt.TextFormat.RichText)

        self.layout.addWidget(self.statusLabel)

        self.lightLabel = QLabel(OrganisationSelfCheckTab)
        self.lightLabel.setObjectName(u"lightLabel")
        self.lightLabel.setText(u"")
        self.lightLabel.setWordWrap(True)
        self.lightLabel.setTextFormat(Qt.TextFormat.RichText)

        self.layout.addWidget(self.lightLabel)

        self.startButtons = QHBoxLayout()
        self.startButtons.setObjectName(u"startButtons")
        self.startButton = QPushButton(OrganisationSelfCheckTab)
        self.startButton.setObjectName(u"startButton")

        self.startButtons.addWidget(self.startButton)

        self.startLightButton = QPushButton(OrganisationSelfCheckTab)
        self.startLightButton.setObjectName(u"startLightButton")

        self.startButtons.addWidget(self.startLightButton)

        self.openButton = QPushButton(OrganisationSelfCheckTab)
        self.openButton.setObjectName(u"openButton")

        self.startButtons.addWidget(self.openButton)

        self.discardButton = QPushButton(OrganisationSelfCheckTab)
        self.discardButton.setObjectName(u"discardButton")

        self.startButtons.addWidget(self.discardButton)

        self.startSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.startButtons.addItem(self.startSpacer)


        self.layout.addLayout(self.startButtons)

        self.splitter = QSplitter(OrganisationSelfCheckTab)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Vertical)
        self.splitter.setChildrenCollapsible(False)
        self.checksBox = QGroupBox(self.splitter)
        self.checksBox.setObjectName(u"checksBox")
        self.checksLayout = QVBoxLayout(self.checksBox)
        self.checksLayout.setObjectName(u"checksLayout")
        self.checksView = QTableView(self.checksBox)
        self.checksView.setObjectName(u"checksView")
        self.checksView.setTabKeyNavigation(False)
        self.checksView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.checksView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.checksView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.checksView.setWordWrap(False)

        self.checksLayout.addWidget(self.checksView)

        self.splitter.addWidget(self.checksBox)
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

        self.addActionRow = QHBoxLayout()
        self.addActionRow.setObjectName(u"addActionRow")
        self.actionEditCaption = QLabel(self.actionsBox)
        self.actionEditCaption.setObjectName(u"actionEditCaption")

        self.addActionRow.addWidget(self.actionEditCaption)

        self.actionEdit = QLineEdit(self.actionsBox)
        self.actionEdit.setObjectName(u"actionEdit")

        self.addActionRow.addWidget(self.actionEdit)

        self.ownerEditCaption = QLabel(self.actionsBox)
        self.ownerEditCaption.setObjectName(u"ownerEditCaption")

        self.addActionRow.addWidget(self.ownerEditCaption)

        self.ownerEdit = QLineEdit(self.actionsBox)
        self.ownerEdit.setObjectName(u"ownerEdit")
        self.ownerEdit.setMaximumSize(QSize(160, 16777215))

        self.addActionRow.addWidget(self.ownerEdit)

        self.dueEditCaption = QLabel(self.actionsBox)
        self.dueEditCaption.setObjectName(u"dueEditCaption")

        self.addActionRow.addWidget(self.dueEditCaption)

        self.dueEdit = QLineEdit(self.actionsBox)
        self.dueEdit.setObjectName(u"dueEdit")
        self.dueEdit.setMaximumSize(QSize(130, 16777215))

        self.addActionRow.addWidget(self.dueEdit)

        self.addActionButton = QPushButton(self.actionsBox)
        self.addActionButton.setObjectName(u"addActionButton")

        self.addActionRow.addWidget(self.addActionButton)


        self.actionsLayout.addLayout(self.addActionRow)

        self.closeActionRow = QHBoxLayout()
        self.closeActionRow.setObjectName(u"closeActionRow")
        self.closedOnEditCaption = QLabel(self.actionsBox)
        self.closedOnEditCaption.setObjectName(u"closedOnEditCaption")

        self.closeActionRow.addWidget(self.closedOnEditCaption)

        self.closedOnEdit = QLineEdit(self.actionsBox)
        self.closedOnEdit.setObjectName(u"closedOnEdit")
        self.closedOnEdit.setMaximumSize(QSize(130, 16777215))

        self.closeActionRow.addWidget(self.closedOnEdit)

        self.closingNoteEditCaption = QLabel(self.actionsBox)
        self.closingNoteEditCaption.setObjectName(u"closingNoteEditCaption")

        self.closeActionRow.addWidget(self.closingNoteEditCaption)

        self.closingNoteEdit = QLineEdit(self.actionsBox)
        self.closingNoteEdit.setObjectName(u"closingNoteEdit")

        self.closeActionRow.addWidget(self.closingNoteEdit)

        self.closeActionButton = QPushButton(self.actionsBox)
        self.closeActionButton.setObjectName(u"closeActionButton")

        self.closeActionRow.addWidget(self.closeActionButton)


        self.actionsLayout.addLayout(self.closeActionRow)

        self.splitter.addWidget(self.actionsBox)

        self.layout.addWidget(self.splitter)

        self.messageLabel = QLabel(OrganisationSelfCheckTab)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setText(u"")
        self.messageLabel.setWordWrap(True)

        self.layout.addWidget(self.messageLabel)

#if QT_CONFIG(shortcut)
        self.actionEditCaption.setBuddy(self.actionEdit)
        self.ownerEditCaption.setBuddy(self.ownerEdit)
        self.dueEditCaption.setBuddy(self.dueEdit)
        self.closedOnEditCaption.setBuddy(self.closedOnEdit)
        self.closingNoteEditCaption.setBuddy(self.closingNoteEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(OrganisationSelfCheckTab)

        QMetaObject.connectSlotsByName(OrganisationSelfCheckTab)
    # setupUi

    def retranslateUi(self, OrganisationSelfCheckTab):
        self.startButton.setText(QCoreApplication.translate("OrganisationSelfCheckTab", u"Start a self-check\u2026", None))
        self.startLightButton.setText(QCoreApplication.translate("OrganisationSelfCheckTab", u"Start with the light measures\u2026", None))
        self.openButton.setText(QCoreApplication.translate("OrganisationSelfCheckTab", u"Open\u2026", None))
        self.discardButton.setText(QCoreApplication.translate("OrganisationSelfCheckTab", u"Discard\u2026", None))
        self.checksBox.setTitle(QCoreApplication.translate("OrganisationSelfCheckTab", u"Self-checks", None))
        self.actionsBox.setTitle(QCoreApplication.translate("OrganisationSelfCheckTab", u"Corrective actions", None))
        self.actionEditCaption.setText(QCoreApplication.translate("OrganisationSelfCheckTab", u"Action", None))
        self.ownerEditCaption.setText(QCoreApplication.translate("OrganisationSelfCheckTab", u"Who", None))
        self.dueEditCaption.setText(QCoreApplication.translate("OrganisationSelfCheckTab", u"Due on", None))
        self.addActionButton.setText(QCoreApplication.translate("OrganisationSelfCheckTab", u"Add to the selected check", None))
        self.closedOnEditCaption.setText(QCoreApplication.translate("OrganisationSelfCheckTab", u"Done on", None))
        self.closingNoteEditCaption.setText(QCoreApplication.translate("OrganisationSelfCheckTab", u"What was done", None))
        self.closeActionButton.setText(QCoreApplication.translate("OrganisationSelfCheckTab", u"Close the action", None))
        pass
    # retranslateUi

