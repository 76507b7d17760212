# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'complaint_receive_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QApplication, QComboBox,
    QDialog, QDialogButtonBox, QFormLayout, QGroupBox,
    QHBoxLayout, QHeaderView, QLabel, QLineEdit,
    QPlainTextEdit, QRadioButton, QSizePolicy, QTabWidget,
    QTableView, QVBoxLayout, QWidget)

class Ui_ComplaintReceiveDialog(object):
    def setupUi(self, ComplaintReceiveDialog):
        if not ComplaintReceiveDialog.objectName():
            ComplaintReceiveDialog.setObjectName(u"ComplaintReceiveDialog")
        ComplaintReceiveDialog.resize(1000, 660)
        self.layout = QVBoxLayout(ComplaintReceiveDialog)
        self.layout.setObjectName(u"layout")
        self.columns = QHBoxLayout()
        self.columns.setObjectName(u"columns")
        self.leftColumn = QVBoxLayout()
        self.leftColumn.setObjectName(u"leftColumn")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.receivedEditCaption = QLabel(ComplaintReceiveDialog)
        self.receivedEditCaption.setObjectName(u"receivedEditCaption")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.receivedEditCaption)

        self.receivedEdit = QLineEdit(ComplaintReceiveDialog)
        self.receivedEdit.setObjectName(u"receivedEdit")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.receivedEdit)

        self.channelComboCaption = QLabel(ComplaintReceiveDialog)
        self.channelComboCaption.setObjectName(u"channelComboCaption")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.channelComboCaption)

        self.channelCombo = QComboBox(ComplaintReceiveDialog)
        self.channelCombo.setObjectName(u"channelCombo")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.channelCombo)

        self.categoryComboCaption = QLabel(ComplaintReceiveDialog)
        self.categoryComboCaption.setObjectName(u"categoryComboCaption")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.categoryComboCaption)

        self.categoryCombo = QComboBox(ComplaintReceiveDialog)
        self.categoryCombo.setObjectName(u"categoryCombo")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.categoryCombo)


        self.leftColumn.addLayout(self.form)

        self.personBox = QGroupBox(ComplaintReceiveDialog)
        self.personBox.setObjectName(u"personBox")
        self.personLayout = QVBoxLayout(self.personBox)
        self.personLayout.setObjectName(u"personLayout")
        self.whoRow = QHBoxLayout()
        self.whoRow.setObjectName(u"whoRow")
        self.personRadio = QRadioButton(self.personBox)
        self.personRadio.setObjectName(u"personRadio")
        self.personRadio.setChecked(True)

        self.whoRow.addWidget(self.personRadio)

        self.nameRadio = QRadioButton(self.personBox)
        self.nameRadio.setObjectName(u"nameRadio")

        self.whoRow.addWidget(self.nameRadio)

        self.anonymousRadio = QRadioButton(self.personBox)
        self.anonymousRadio.setObjectName(u"anonymousRadio")

        self.whoRow.addWidget(self.anonymousRadio)


        self.personLayout.addLayout(self.whoRow)

        self.personSearchEdit = QLineEdit(self.personBox)
        self.personSearchEdit.setObjectName(u"personSearchEdit")
        self.personSearchEdit.setClearButtonEnabled(True)

        self.personLayout.addWidget(self.personSearchEdit)

        self.personView = QTableView(self.personBox)
        self.personView.setObjectName(u"personView")
        self.personView.setTabKeyNavigation(False)
        self.personView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.personView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.personView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)

        self.personLayout.addWidget(self.personView)

        self.personLabel = QLabel(self.personBox)
        self.personLabel.setObjectName(u"personLabel")
        self.personLabel.setText(u"")
        self.personLabel.setWordWrap(True)

        self.personLayout.addWidget(self.personLabel)

        self.nameForm = QFormLayout()
        self.nameForm.setObjectName(u"nameForm")
        self.complainantEditCaption = QLabel(self.personBox)
        self.complainantEditCaption.setObjectName(u"complainantEditCaption")

        self.nameForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.complainantEditCaption)

        self.complainantEdit = QLineEdit(self.personBox)
        self.complainantEdit.setObjectName(u"complainantEdit")

        self.nameForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.complainantEdit)


        self.personLayout.addLayout(self.nameForm)


        self.leftColumn.addWidget(self.personBox)


        self.columns.addLayout(self.leftColumn)

        self.rightColumn = QVBoxLayout()
        self.rightColumn.setObjectName(u"rightColumn")
        self.rightForm = QFormLayout()
        self.rightForm.setObjectName(u"rightForm")
        self.handlerComboCaption = QLabel(ComplaintReceiveDialog)
        self.handlerComboCaption.setObjectName(u"handlerComboCaption")

        self.rightForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.handlerComboCaption)

        self.handlerCombo = QComboBox(ComplaintReceiveDialog)
        self.handlerCombo.setObjectName(u"handlerCombo")

        self.rightForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.handlerCombo)

        self.contentEditCaption = QLabel(ComplaintReceiveDialog)
        self.contentEditCaption.setObjectName(u"contentEditCaption")

        self.rightForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.contentEditCaption)

        self.contentEdit = QPlainTextEdit(ComplaintReceiveDialog)
        self.contentEdit.setObjectName(u"contentEdit")
        self.contentEdit.setTabChangesFocus(True)

        self.rightForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.contentEdit)


        self.rightColumn.addLayout(self.rightForm)

        self.linksBox = QGroupBox(ComplaintReceiveDialog)
        self.linksBox.setObjectName(u"linksBox")
        self.linksLayout = QVBoxLayout(self.linksBox)
        self.linksLayout.setObjectName(u"linksLayout")
        self.linkTabs = QTabWidget(self.linksBox)
        self.linkTabs.setObjectName(u"linkTabs")
        self.entriesTab = QWidget()
        self.entriesTab.setObjectName(u"entriesTab")
        self.entriesLayout = QVBoxLayout(self.entriesTab)
        self.entriesLayout.setObjectName(u"entriesLayout")
        self.entriesView = QTableView(self.entriesTab)
        self.entriesView.setObjectName(u"entriesView")
        self.entriesView.setTabKeyNavigation(False)

        self.entriesLayout.addWidget(self.entriesView)

        self.linkTabs.addTab(self.entriesTab, "")
        self.requestsTab = QWidget()
        self.requestsTab.setObjectName(u"requestsTab")
        self.requestsLayout = QVBoxLayout(self.requestsTab)
        self.requestsLayout.setObjectName(u"requestsLayout")
        self.requestsView = QTableView(self.requestsTab)
        self.requestsView.setObjectName(u"requestsView")
        self.requestsView.setTabKeyNavigation(False)

        self.requestsLayout.addWidget(self.requestsView)

        self.linkTabs.addTab(self.requestsTab, "")
        self.contractorsTab = QWidget()
        self.contractorsTab.setObjectName(u"contractorsTab")
        self.contractorsLayout = QVBoxLayout(self.contractorsTab)
        self.contractorsLayout.setObjectName(u"contractorsLayout")
        self.contractorsView = QTableView(self.contractorsTab)
        self.contractorsView.setObjectName(u"contractorsView")
        self.contractorsView.setTabKeyNavigation(False)

        self.contractorsLayout.addWidget(self.contractorsView)

        self.linkTabs.addTab(self.contractorsTab, "")

        self.linksLayout.addWidget(self.linkTabs)


        self.rightColumn.addWidget(self.linksBox)


        self.columns.addLayout(self.rightColumn)

        self.columns.setStretch(0, 1)
        self.columns.setStretch(1, 1)

        self.layout.addLayout(self.columns)

        self.hintLabel = QLabel(ComplaintReceiveDialog)
        self.hintLabel.setObjectName(u"hintLabel")

        self.layout.addWidget(self.hintLabel)

        self.messageLabel = QLabel(ComplaintReceiveDialog)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setText(u"")
        self.messageLabel.setWordWrap(True)
        self.messageLabel.setStyleSheet(u"color: #b00020;")

        self.layout.addWidget(self.messageLabel)

        self.buttonBox = QDialogButtonBox(ComplaintReceiveDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.layout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.receivedEditCaption.setBuddy(self.receivedEdit)
        self.channelComboCaption.setBuddy(self.channelCombo)
        self.categoryComboCaption.setBuddy(self.categoryCombo)
        self.complainantEditCaption.setBuddy(self.complainantEdit)
        self.handlerComboCaption.setBuddy(self.handlerCombo)
        self.contentEditCaption.setBuddy(self.contentEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.receivedEdit, self.channelCombo)
        QWidget.setTabOrder(self.channelCombo, self.categoryCombo)
        QWidget.setTabOrder(self.categoryCombo, self.personRadio)
        QWidget.setTabOrder(self.personRadio, self.nameRadio)
        QWidget.setTabOrder(self.nameRadio, self.anonymousRadio)
        QWidget.setTabOrder(self.anonymousRadio, self.personSearchEdit)
        QWidget.setTabOrder(self.personSearchEdit, self.personView)
        QWidget.setTabOrder(self.personView, self.complainantEdit)
        QWidget.setTabOrder(self.complainantEdit, self.handlerCombo)
        QWidget.setTabOrder(self.handlerCombo, self.contentEdit)
        QWidget.setTabOrder(self.contentEdit, self.linkTabs)
        QWidget.setTabOrder(self.linkTabs, self.entriesView)
        QWidget.setTabOrder(self.entriesView, self.requestsView)
        QWidget.setTabOrder(self.requestsView, self.contractorsView)

        self.retranslateUi(ComplaintReceiveDialog)

        QMetaObject.connectSlotsByName(ComplaintReceiveDialog)
    # setupUi

    def retranslateUi(self, ComplaintReceiveDialog):
        ComplaintReceiveDialog.setWindowTitle(QCoreApplication.translate("ComplaintReceiveDialog", u"New complaint", None))
        self.receivedEditCaption.setText(QCoreApplication.translate("ComplaintReceiveDialog", u"Received at", None))
        self.receivedEdit.setPlaceholderText(QCoreApplication.translate("ComplaintReceiveDialog", u"2026-11-24 10:30", None))
        self.channelComboCaption.setText(QCoreApplication.translate("ComplaintReceiveDialog", u"Received by", None))
        self.categoryComboCaption.setText(QCoreApplication.translate("ComplaintReceiveDialog", u"Category", None))
        self.personBox.setTitle(QCoreApplication.translate("ComplaintReceiveDialog", u"Who complained (\u7533\u51fa\u8005)", None))
        self.personRadio.setText(QCoreApplication.translate("ComplaintReceiveDialog", u"A person in the register", None))
        self.nameRadio.setText(QCoreApplication.translate("ComplaintReceiveDialog", u"A name only", None))
        self.anonymousRadio.setText(QCoreApplication.translate("ComplaintReceiveDialog", u"Anonymous", None))
        self.personSearchEdit.setPlaceholderText(QCoreApplication.translate("ComplaintReceiveDialog", u"Name, reading or member number\u2026 (Enter searches, \u2193 goes to the results)", None))
        self.complainantEditCaption.setText(QCoreApplication.translate("ComplaintReceiveDialog", u"Name as given", None))
        self.handlerComboCaption.setText(QCoreApplication.translate("ComplaintReceiveDialog", u"Handler", None))
        self.contentEditCaption.setText(QCoreApplication.translate("ComplaintReceiveDialog", u"What was said", None))
        self.contentEdit.setPlaceholderText(QCoreApplication.translate("ComplaintReceiveDialog", u"Never a My Number", None))
        self.linksBox.setTitle(QCoreApplication.translate("ComplaintReceiveDialog", u"What the complaint concerns (tick each)", None))
        self.linkTabs.setTabText(self.linkTabs.indexOf(self.entriesTab), QCoreApplication.translate("ComplaintReceiveDialog", u"Register entries", None))
        self.linkTabs.setTabText(self.linkTabs.indexOf(self.requestsTab), QCoreApplication.translate("ComplaintReceiveDialog", u"Requests", None))
        self.linkTabs.setTabText(self.linkTabs.indexOf(self.contractorsTab), QCoreApplication.translate("ComplaintReceiveDialog", u"Contractors", None))
        self.hintLabel.setText(QCoreApplication.translate("ComplaintReceiveDialog", u"Tab moves between fields; Ctrl+Enter saves.", None))
    # retranslateUi

