# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'organisation_notice_tab.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QComboBox, QGroupBox,
    QHBoxLayout, QHeaderView, QLabel, QPlainTextEdit,
    QPushButton, QSizePolicy, QSpacerItem, QSplitter,
    QTableView, QVBoxLayout, QWidget)

class Ui_OrganisationNoticeTab(object):
    def setupUi(self, OrganisationNoticeTab):
        if not OrganisationNoticeTab.objectName():
            OrganisationNoticeTab.setObjectName(u"OrganisationNoticeTab")
        self.layout = QVBoxLayout(OrganisationNoticeTab)
        self.layout.setObjectName(u"layout")
        self.stateLabel = QLabel(OrganisationNoticeTab)
        self.stateLabel.setObjectName(u"stateLabel")
        self.stateLabel.setText(u"")
        self.stateLabel.setWordWrap(True)
        self.stateLabel.setTextFormat(Qt.TextFormat.RichText)

        self.layout.addWidget(self.stateLabel)

        self.mainSplitter = QSplitter(OrganisationNoticeTab)
        self.mainSplitter.setObjectName(u"mainSplitter")
        self.mainSplitter.setOrientation(Qt.Orientation.Vertical)
        self.mainSplitter.setChildrenCollapsible(False)
        self.topSplitter = QSplitter(self.mainSplitter)
        self.topSplitter.setObjectName(u"topSplitter")
        self.topSplitter.setOrientation(Qt.Orientation.Horizontal)
        self.topSplitter.setChildrenCollapsible(False)
        self.versionsBox = QGroupBox(self.topSplitter)
        self.versionsBox.setObjectName(u"versionsBox")
        self.versionsLayout = QVBoxLayout(self.versionsBox)
        self.versionsLayout.setObjectName(u"versionsLayout")
        self.versionsView = QTableView(self.versionsBox)
        self.versionsView.setObjectName(u"versionsView")
        self.versionsView.setTabKeyNavigation(False)
        self.versionsView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.versionsView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.versionsView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.versionsView.setWordWrap(False)

        self.versionsLayout.addWidget(self.versionsView)

        self.versionButtons = QHBoxLayout()
        self.versionButtons.setObjectName(u"versionButtons")
        self.importButton = QPushButton(self.versionsBox)
        self.importButton.setObjectName(u"importButton")

        self.versionButtons.addWidget(self.importButton)

        self.diffButton = QPushButton(self.versionsBox)
        self.diffButton.setObjectName(u"diffButton")

        self.versionButtons.addWidget(self.diffButton)

        self.versionSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.versionButtons.addItem(self.versionSpacer)


        self.versionsLayout.addLayout(self.versionButtons)

        self.topSplitter.addWidget(self.versionsBox)
        self.textBox = QGroupBox(self.topSplitter)
        self.textBox.setObjectName(u"textBox")
        self.textLayout = QVBoxLayout(self.textBox)
        self.textLayout.setObjectName(u"textLayout")
        self.versionLabel = QLabel(self.textBox)
        self.versionLabel.setObjectName(u"versionLabel")
        self.versionLabel.setText(u"")
        self.versionLabel.setWordWrap(True)

        self.textLayout.addWidget(self.versionLabel)

        self.textView = QPlainTextEdit(self.textBox)
        self.textView.setObjectName(u"textView")
        self.textView.setReadOnly(True)
        self.textView.setTabChangesFocus(True)

        self.textLayout.addWidget(self.textView)

        self.tagRow = QHBoxLayout()
        self.tagRow.setObjectName(u"tagRow")
        self.tagComboCaption = QLabel(self.textBox)
        self.tagComboCaption.setObjectName(u"tagComboCaption")

        self.tagRow.addWidget(self.tagComboCaption)

        self.tagCombo = QComboBox(self.textBox)
        self.tagCombo.setObjectName(u"tagCombo")

        self.tagRow.addWidget(self.tagCombo)

        self.tagButton = QPushButton(self.textBox)
        self.tagButton.setObjectName(u"tagButton")

        self.tagRow.addWidget(self.tagButton)

        self.tagSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.tagRow.addItem(self.tagSpacer)


        self.textLayout.addLayout(self.tagRow)

        self.topSplitter.addWidget(self.textBox)
        self.passagesBox = QGroupBox(self.topSplitter)
        self.passagesBox.setObjectName(u"passagesBox")
        self.passagesLayout = QVBoxLayout(self.passagesBox)
        self.passagesLayout.setObjectName(u"passagesLayout")
        self.passagesView = QTableView(self.passagesBox)
        self.passagesView.setObjectName(u"passagesView")
        self.passagesView.setTabKeyNavigation(False)
        self.passagesView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.passagesView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.passagesView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.passagesView.setWordWrap(False)

        self.passagesLayout.addWidget(self.passagesView)

        self.passageButtons = QHBoxLayout()
        self.passageButtons.setObjectName(u"passageButtons")
        self.removePassageButton = QPushButton(self.passagesBox)
        self.removePassageButton.setObjectName(u"removePassageButton")

        self.passageButtons.addWidget(self.removePassageButton)

        self.passageSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.passageButtons.addItem(self.passageSpacer)


        self.passagesLayout.addLayout(self.passageButtons)

        self.topSplitter.addWidget(self.passagesBox)
        self.mainSplitter.addWidget(self.topSplitter)
        self.checkSplitter = QSplitter(self.mainSplitter)
        self.checkSplitter.setObjectName(u"checkSplitter")
        self.checkSplitter.setOrientation(Qt.Orientation.Horizontal)
        self.checkSplitter.setChildrenCollapsible(False)
        self.itemsBox = QGroupBox(self.checkSplitter)
        self.itemsBox.setObjectName(u"itemsBox")
        self.itemsLayout = QVBoxLayout(self.itemsBox)
        self.itemsLayout.setObjectName(u"itemsLayout")
        self.itemsView = QTableView(self.itemsBox)
        self.itemsView.setObjectName(u"itemsView")
        self.itemsView.setTabKeyNavigation(False)
        self.itemsView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.itemsView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.itemsView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.itemsView.setWordWrap(False)

        self.itemsLayout.addWidget(self.itemsView)

        self.linkRow = QHBoxLayout()
        self.linkRow.setObjectName(u"linkRow")
        self.linkComboCaption = QLabel(self.itemsBox)
        self.linkComboCaption.setObjectName(u"linkComboCaption")

        self.linkRow.addWidget(self.linkComboCaption)

        self.linkCombo = QComboBox(self.itemsBox)
        self.linkCombo.setObjectName(u"linkCombo")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.linkCombo.sizePolicy().hasHeightForWidth())
        self.linkCombo.setSizePolicy(sizePolicy)
        self.linkCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.linkCombo.setMinimumContentsLength(20)

        self.linkRow.addWidget(self.linkCombo)

        self.linkButton = QPushButton(self.itemsBox)
        self.linkButton.setObjectName(u"linkButton")

        self.linkRow.addWidget(self.linkButton)

        self.acceptButton = QPushButton(self.itemsBox)
        self.acceptButton.setObjectName(u"acceptButton")

        self.linkRow.addWidget(self.acceptButton)


        self.itemsLayout.addLayout(self.linkRow)

        self.checkSplitter.addWidget(self.itemsBox)
        self.unlinkedBox = QGroupBox(self.checkSplitter)
        self.unlinkedBox.setObjectName(u"unlinkedBox")
        self.unlinkedLayout = QVBoxLayout(self.unlinkedBox)
        self.unlinkedLayout.setObjectName(u"unlinkedLayout")
        self.unlinkedView = QTableView(self.unlinkedBox)
        self.unlinkedView.setObjectName(u"unlinkedView")
        self.unlinkedView.setTabKeyNavigation(False)
        self.unlinkedView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.unlinkedView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.unlinkedView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.unlinkedView.setWordWrap(False)

        self.unlinkedLayout.addWidget(self.unlinkedView)

        self.checkSplitter.addWidget(self.unlinkedBox)
        self.mainSplitter.addWidget(self.checkSplitter)

        self.layout.addWidget(self.mainSplitter)

        self.messageLabel = QLabel(OrganisationNoticeTab)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setText(u"")
        self.messageLabel.setWordWrap(True)

        self.layout.addWidget(self.messageLabel)

#if QT_CONFIG(shortcut)
        self.tagComboCaption.setBuddy(self.tagCombo)
        self.linkComboCaption.setBuddy(self.linkCombo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(OrganisationNoticeTab)

        QMetaObject.connectSlotsByName(OrganisationNoticeTab)
    # setupUi

    def retranslateUi(self, OrganisationNoticeTab):
        self.versionsBox.setTitle(QCoreApplication.translate("OrganisationNoticeTab", u"Versions", None))
        self.importButton.setText(QCoreApplication.translate("OrganisationNoticeTab", u"Import a new version\u2026", None))
        self.diffButton.setText(QCoreApplication.translate("OrganisationNoticeTab", u"Differences\u2026", None))
        self.textBox.setTitle(QCoreApplication.translate("OrganisationNoticeTab", u"Text: select a passage and tag it", None))
        self.tagComboCaption.setText(QCoreApplication.translate("OrganisationNoticeTab", u"Tag", None))
        self.tagButton.setText(QCoreApplication.translate("OrganisationNoticeTab", u"Tag the selected text", None))
        self.passagesBox.setTitle(QCoreApplication.translate("OrganisationNoticeTab", u"Tagged passages", None))
        self.removePassageButton.setText(QCoreApplication.translate("OrganisationNoticeTab", u"Delete", None))
        self.itemsBox.setTitle(QCoreApplication.translate("OrganisationNoticeTab", u"In the register, not in the notice", None))
        self.linkComboCaption.setText(QCoreApplication.translate("OrganisationNoticeTab", u"Passage", None))
        self.linkButton.setText(QCoreApplication.translate("OrganisationNoticeTab", u"Link", None))
        self.acceptButton.setText(QCoreApplication.translate("OrganisationNoticeTab", u"Accept the suggestions", None))
        self.unlinkedBox.setTitle(QCoreApplication.translate("OrganisationNoticeTab", u"In the notice, not in the register", None))
        pass
    # retranslateUi

