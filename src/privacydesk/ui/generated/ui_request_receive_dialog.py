# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'request_receive_dialog.ui'
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
    QDialog, QDialogButtonBox, QFormLayout, QGridLayout,
    QGroupBox, QHBoxLayout, QHeaderView, QLabel,
    QLineEdit, QPlainTextEdit, QPushButton, QSizePolicy,
    QTableView, QVBoxLayout, QWidget)

class Ui_RequestReceiveDialog(object):
    def setupUi(self, RequestReceiveDialog):
        if not RequestReceiveDialog.objectName():
            RequestReceiveDialog.setObjectName(u"RequestReceiveDialog")
        RequestReceiveDialog.resize(980, 680)
        self.layout = QVBoxLayout(RequestReceiveDialog)
        self.layout.setObjectName(u"layout")
        self.columns = QHBoxLayout()
        self.columns.setObjectName(u"columns")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.receivedEditCaption = QLabel(RequestReceiveDialog)
        self.receivedEditCaption.setObjectName(u"receivedEditCaption")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.receivedEditCaption)

        self.receivedEdit = QLineEdit(RequestReceiveDialog)
        self.receivedEdit.setObjectName(u"receivedEdit")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.receivedEdit)

        self.channelComboCaption = QLabel(RequestReceiveDialog)
        self.channelComboCaption.setObjectName(u"channelComboCaption")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.channelComboCaption)

        self.channelCombo = QComboBox(RequestReceiveDialog)
        self.channelCombo.setObjectName(u"channelCombo")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.channelCombo)

        self.formComboCaption = QLabel(RequestReceiveDialog)
        self.formComboCaption.setObjectName(u"formComboCaption")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.formComboCaption)

        self.formCombo = QComboBox(RequestReceiveDialog)
        self.formCombo.setObjectName(u"formCombo")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.formCombo)

        self.requesterComboCaption = QLabel(RequestReceiveDialog)
        self.requesterComboCaption.setObjectName(u"requesterComboCaption")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.requesterComboCaption)

        self.requesterCombo = QComboBox(RequestReceiveDialog)
        self.requesterCombo.setObjectName(u"requesterCombo")

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.requesterCombo)

        self.agentNameEditCaption = QLabel(RequestReceiveDialog)
        self.agentNameEditCaption.setObjectName(u"agentNameEditCaption")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.agentNameEditCaption)

        self.agentNameEdit = QLineEdit(RequestReceiveDialog)
        self.agentNameEdit.setObjectName(u"agentNameEdit")

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.agentNameEdit)

        self.honorificComboCaption = QLabel(RequestReceiveDialog)
        self.honorificComboCaption.setObjectName(u"honorificComboCaption")

        self.form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.honorificComboCaption)

        self.honorificCombo = QComboBox(RequestReceiveDialog)
        self.honorificCombo.setObjectName(u"honorificCombo")

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.honorificCombo)

        self.relationEditCaption = QLabel(RequestReceiveDialog)
        self.relationEditCaption.setObjectName(u"relationEditCaption")

        self.form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.relationEditCaption)

        self.relationEdit = QLineEdit(RequestReceiveDialog)
        self.relationEdit.setObjectName(u"relationEdit")

        self.form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.relationEdit)

        self.postalEditCaption = QLabel(RequestReceiveDialog)
        self.postalEditCaption.setObjectName(u"postalEditCaption")

        self.form.setWidget(7, QFormLayout.ItemRole.LabelRole, self.postalEditCaption)

        self.postalEdit = QLineEdit(RequestReceiveDialog)
        self.postalEdit.setObjectName(u"postalEdit")

        self.form.setWidget(7, QFormLayout.ItemRole.FieldRole, self.postalEdit)

        self.addressEditCaption = QLabel(RequestReceiveDialog)
        self.addressEditCaption.setObjectName(u"addressEditCaption")

        self.form.setWidget(8, QFormLayout.ItemRole.LabelRole, self.addressEditCaption)

        self.addressEdit = QPlainTextEdit(RequestReceiveDialog)
        self.addressEdit.setObjectName(u"addressEdit")
        self.addressEdit.setMaximumSize(QSize(16777215, 60))

        self.form.setWidget(8, QFormLayout.ItemRole.FieldRole, self.addressEdit)

        self.languageComboCaption = QLabel(RequestReceiveDialog)
        self.languageComboCaption.setObjectName(u"languageComboCaption")

        self.form.setWidget(9, QFormLayout.ItemRole.LabelRole, self.languageComboCaption)

        self.languageCombo = QComboBox(RequestReceiveDialog)
        self.languageCombo.setObjectName(u"languageCombo")

        self.form.setWidget(9, QFormLayout.ItemRole.FieldRole, self.languageCombo)

        self.notesEditCaption = QLabel(RequestReceiveDialog)
        self.notesEditCaption.setObjectName(u"notesEditCaption")

        self.form.setWidget(10, QFormLayout.ItemRole.LabelRole, self.notesEditCaption)

        self.notesEdit = QPlainTextEdit(RequestReceiveDialog)
        self.notesEdit.setObjectName(u"notesEdit")

        self.form.setWidget(10, QFormLayout.ItemRole.FieldRole, self.notesEdit)


        self.columns.addLayout(self.form)

        self.rightColumn = QVBoxLayout()
        self.rightColumn.setObjectName(u"rightColumn")
        self.personBox = QGroupBox(RequestReceiveDialog)
        self.personBox.setObjectName(u"personBox")
        self.personLayout = QVBoxLayout(self.personBox)
        self.personLayout.setObjectName(u"personLayout")
        self.personRow = QHBoxLayout()
        self.personRow.setObjectName(u"personRow")
        self.personSearchEdit = QLineEdit(self.personBox)
        self.personSearchEdit.setObjectName(u"personSearchEdit")
        self.personSearchEdit.setClearButtonEnabled(True)

        self.personRow.addWidget(self.personSearchEdit)

        self.newPersonButton = QPushButton(self.personBox)
        self.newPersonButton.setObjectName(u"newPersonButton")

        self.personRow.addWidget(self.newPersonButton)


        self.personLayout.addLayout(self.personRow)

        self.personView = QTableView(self.personBox)
        self.personView.setObjectName(u"personView")
        self.personView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.personView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.personView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)

        self.personLayout.addWidget(self.personView)

        self.personLabel = QLabel(self.personBox)
        self.personLabel.setObjectName(u"personLabel")
        self.personLabel.setText(u"")
        self.personLabel.setWordWrap(True)

        self.personLayout.addWidget(self.personLabel)


        self.rightColumn.addWidget(self.personBox)

        self.typesBox = QGroupBox(RequestReceiveDialog)
        self.typesBox.setObjectName(u"typesBox")
        self.typesGrid = QGridLayout(self.typesBox)
        self.typesGrid.setObjectName(u"typesGrid")

        self.rightColumn.addWidget(self.typesBox)

        self.entriesBox = QGroupBox(RequestReceiveDialog)
        self.entriesBox.setObjectName(u"entriesBox")
        self.entriesLayout = QVBoxLayout(self.entriesBox)
        self.entriesLayout.setObjectName(u"entriesLayout")
        self.entriesView = QTableView(self.entriesBox)
        self.entriesView.setObjectName(u"entriesView")
        self.entriesView.setMaximumSize(QSize(16777215, 120))

        self.entriesLayout.addWidget(self.entriesView)


        self.rightColumn.addWidget(self.entriesBox)


        self.columns.addLayout(self.rightColumn)

        self.columns.setStretch(0, 2)
        self.columns.setStretch(1, 3)

        self.layout.addLayout(self.columns)

        self.messageLabel = QLabel(RequestReceiveDialog)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setText(u"")
        self.messageLabel.setWordWrap(True)
        self.messageLabel.setStyleSheet(u"color: #b00020;")

        self.layout.addWidget(self.messageLabel)

        self.buttonBox = QDialogButtonBox(RequestReceiveDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.layout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.receivedEditCaption.setBuddy(self.receivedEdit)
        self.channelComboCaption.setBuddy(self.channelCombo)
        self.formComboCaption.setBuddy(self.formCombo)
        self.requesterComboCaption.setBuddy(self.requesterCombo)
        self.agentNameEditCaption.setBuddy(self.agentNameEdit)
        self.honorificComboCaption.setBuddy(self.honorificCombo)
        self.relationEditCaption.setBuddy(self.relationEdit)
        self.postalEditCaption.setBuddy(self.postalEdit)
        self.addressEditCaption.setBuddy(self.addressEdit)
        self.languageComboCaption.setBuddy(self.languageCombo)
        self.notesEditCaption.setBuddy(self.notesEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(RequestReceiveDialog)

        QMetaObject.connectSlotsByName(RequestReceiveDialog)
    # setupUi

    def retranslateUi(self, RequestReceiveDialog):
        RequestReceiveDialog.setWindowTitle(QCoreApplication.translate("RequestReceiveDialog", u"New request", None))
        self.receivedEditCaption.setText(QCoreApplication.translate("RequestReceiveDialog", u"Date received", None))
        self.receivedEdit.setPlaceholderText(QCoreApplication.translate("RequestReceiveDialog", u"2026-11-23 / \u4ee4\u548c8\u5e7411\u670823\u65e5", None))
        self.channelComboCaption.setText(QCoreApplication.translate("RequestReceiveDialog", u"Received by", None))
        self.formComboCaption.setText(QCoreApplication.translate("RequestReceiveDialog", u"Form", None))
        self.requesterComboCaption.setText(QCoreApplication.translate("RequestReceiveDialog", u"Made by", None))
        self.agentNameEditCaption.setText(QCoreApplication.translate("RequestReceiveDialog", u"Agent's name", None))
        self.honorificComboCaption.setText(QCoreApplication.translate("RequestReceiveDialog", u"Honorific on letters", None))
        self.relationEditCaption.setText(QCoreApplication.translate("RequestReceiveDialog", u"Relation to the person", None))
        self.relationEdit.setPlaceholderText(QCoreApplication.translate("RequestReceiveDialog", u"\u89aa\u6a29\u8005, \u6210\u5e74\u5f8c\u898b\u4eba, \u5f01\u8b77\u58eb \u2026", None))
        self.postalEditCaption.setText(QCoreApplication.translate("RequestReceiveDialog", u"Postal code on the request", None))
        self.addressEditCaption.setText(QCoreApplication.translate("RequestReceiveDialog", u"Address on the request", None))
        self.addressEdit.setPlaceholderText(QCoreApplication.translate("RequestReceiveDialog", u"Empty for the person's own request: the address in the register", None))
        self.languageComboCaption.setText(QCoreApplication.translate("RequestReceiveDialog", u"Language for letters", None))
        self.notesEditCaption.setText(QCoreApplication.translate("RequestReceiveDialog", u"Notes (never a My Number)", None))
        self.personBox.setTitle(QCoreApplication.translate("RequestReceiveDialog", u"Person (\u672c\u4eba)", None))
        self.personSearchEdit.setPlaceholderText(QCoreApplication.translate("RequestReceiveDialog", u"Name, reading or member number\u2026", None))
        self.newPersonButton.setText(QCoreApplication.translate("RequestReceiveDialog", u"Register a new person\u2026", None))
        self.typesBox.setTitle(QCoreApplication.translate("RequestReceiveDialog", u"What is asked (tick each)", None))
        self.entriesBox.setTitle(QCoreApplication.translate("RequestReceiveDialog", u"Register entries concerned", None))
    # retranslateUi

