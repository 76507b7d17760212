# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'complaint_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QComboBox, QDialog,
    QFormLayout, QGroupBox, QHBoxLayout, QHeaderView,
    QLabel, QLineEdit, QPlainTextEdit, QPushButton,
    QSizePolicy, QSpacerItem, QTableView, QVBoxLayout,
    QWidget)

class Ui_ComplaintDialog(object):
    def setupUi(self, ComplaintDialog):
        if not ComplaintDialog.objectName():
            ComplaintDialog.setObjectName(u"ComplaintDialog")
        ComplaintDialog.resize(1120, 760)
        self.layout = QVBoxLayout(ComplaintDialog)
        self.layout.setObjectName(u"layout")
        self.headerLabel = QLabel(ComplaintDialog)
        self.headerLabel.setObjectName(u"headerLabel")
        self.headerLabel.setText(u"")
        self.headerLabel.setStyleSheet(u"font-size: 14pt; font-weight: bold;")

        self.layout.addWidget(self.headerLabel)

        self.statusLabel = QLabel(ComplaintDialog)
        self.statusLabel.setObjectName(u"statusLabel")
        self.statusLabel.setText(u"")
        self.statusLabel.setWordWrap(True)
        self.statusLabel.setTextFormat(Qt.TextFormat.RichText)

        self.layout.addWidget(self.statusLabel)

        self.columns = QHBoxLayout()
        self.columns.setObjectName(u"columns")
        self.leftColumn = QVBoxLayout()
        self.leftColumn.setObjectName(u"leftColumn")
        self.detailsBox = QGroupBox(ComplaintDialog)
        self.detailsBox.setObjectName(u"detailsBox")
        self.detailsLayout = QVBoxLayout(self.detailsBox)
        self.detailsLayout.setObjectName(u"detailsLayout")
        self.detailsForm = QFormLayout()
        self.detailsForm.setObjectName(u"detailsForm")
        self.receivedLabelCaption = QLabel(self.detailsBox)
        self.receivedLabelCaption.setObjectName(u"receivedLabelCaption")

        self.detailsForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.receivedLabelCaption)

        self.receivedLabel = QLabel(self.detailsBox)
        self.receivedLabel.setObjectName(u"receivedLabel")
        self.receivedLabel.setText(u"")

        self.detailsForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.receivedLabel)

        self.channelComboCaption = QLabel(self.detailsBox)
        self.channelComboCaption.setObjectName(u"channelComboCaption")

        self.detailsForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.channelComboCaption)

        self.channelCombo = QComboBox(self.detailsBox)
        self.channelCombo.setObjectName(u"channelCombo")

        self.detailsForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.channelCombo)

        self.categoryComboCaption = QLabel(self.detailsBox)
        self.categoryComboCaption.setObjectName(u"categoryComboCaption")

        self.detailsForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.categoryComboCaption)

        self.categoryCombo = QComboBox(self.detailsBox)
        self.categoryCombo.setObjectName(u"categoryCombo")

        self.detailsForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.categoryCombo)

        self.complainantEditCaption = QLabel(self.detailsBox)
        self.complainantEditCaption.setObjectName(u"complainantEditCaption")

        self.detailsForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.complainantEditCaption)

        self.complainantEdit = QLineEdit(self.detailsBox)
        self.complainantEdit.setObjectName(u"complainantEdit")

        self.detailsForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.complainantEdit)

        self.handlerComboCaption = QLabel(self.detailsBox)
        self.handlerComboCaption.setObjectName(u"handlerComboCaption")

        self.detailsForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.handlerComboCaption)

        self.handlerCombo = QComboBox(self.detailsBox)
        self.handlerCombo.setObjectName(u"handlerCombo")

        self.detailsForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.handlerCombo)

        self.targetEditCaption = QLabel(self.detailsBox)
        self.targetEditCaption.setObjectName(u"targetEditCaption")

        self.detailsForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.targetEditCaption)

        self.targetEdit = QLineEdit(self.detailsBox)
        self.targetEdit.setObjectName(u"targetEdit")

        self.detailsForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.targetEdit)

        self.contentEditCaption = QLabel(self.detailsBox)
        self.contentEditCaption.setObjectName(u"contentEditCaption")

        self.detailsForm.setWidget(6, QFormLayout.ItemRole.LabelRole, self.contentEditCaption)

        self.contentEdit = QPlainTextEdit(self.detailsBox)
        self.contentEdit.setObjectName(u"contentEdit")
        self.contentEdit.setTabChangesFocus(True)

        self.detailsForm.setWidget(6, QFormLayout.ItemRole.FieldRole, self.contentEdit)

        self.linksLabelCaption = QLabel(self.detailsBox)
        self.linksLabelCaption.setObjectName(u"linksLabelCaption")

        self.detailsForm.setWidget(7, QFormLayout.ItemRole.LabelRole, self.linksLabelCaption)

        self.linksLabel = QLabel(self.detailsBox)
        self.linksLabel.setObjectName(u"linksLabel")
        self.linksLabel.setText(u"")
        self.linksLabel.setWordWrap(True)

        self.detailsForm.setWidget(7, QFormLayout.ItemRole.FieldRole, self.linksLabel)

        self.linksButton = QPushButton(self.detailsBox)
        self.linksButton.setObjectName(u"linksButton")

        self.detailsForm.setWidget(8, QFormLayout.ItemRole.FieldRole, self.linksButton)


        self.detailsLayout.addLayout(self.detailsForm)

        self.saveRow = QHBoxLayout()
        self.saveRow.setObjectName(u"saveRow")
        self.saveSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.saveRow.addItem(self.saveSpacer)

        self.saveButton = QPushButton(self.detailsBox)
        self.saveButton.setObjectName(u"saveButton")
        self.saveButton.setAutoDefault(False)

        self.saveRow.addWidget(self.saveButton)


        self.detailsLayout.addLayout(self.saveRow)


        self.leftColumn.addWidget(self.detailsBox)

        self.replyLabel = QLabel(ComplaintDialog)
        self.replyLabel.setObjectName(u"replyLabel")
        self.replyLabel.setText(u"")
        self.replyLabel.setWordWrap(True)
        self.replyLabel.setTextFormat(Qt.TextFormat.RichText)

        self.leftColumn.addWidget(self.replyLabel)


        self.columns.addLayout(self.leftColumn)

        self.rightColumn = QVBoxLayout()
        self.rightColumn.setObjectName(u"rightColumn")
        self.timelineBox = QGroupBox(ComplaintDialog)
        self.timelineBox.setObjectName(u"timelineBox")
        self.timelineLayout = QVBoxLayout(self.timelineBox)
        self.timelineLayout.setObjectName(u"timelineLayout")
        self.timelineView = QTableView(self.timelineBox)
        self.timelineView.setObjectName(u"timelineView")
        self.timelineView.setTabKeyNavigation(False)
        self.timelineView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.timelineView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.timelineView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.timelineView.setWordWrap(False)

        self.timelineLayout.addWidget(self.timelineView)

        self.actionRow = QHBoxLayout()
        self.actionRow.setObjectName(u"actionRow")
        self.actionDateEditCaption = QLabel(self.timelineBox)
        self.actionDateEditCaption.setObjectName(u"actionDateEditCaption")

        self.actionRow.addWidget(self.actionDateEditCaption)

        self.actionDateEdit = QLineEdit(self.timelineBox)
        self.actionDateEdit.setObjectName(u"actionDateEdit")
        self.actionDateEdit.setMaximumSize(QSize(130, 16777215))

        self.actionRow.addWidget(self.actionDateEdit)

        self.actionTextEdit = QLineEdit(self.timelineBox)
        self.actionTextEdit.setObjectName(u"actionTextEdit")

        self.actionRow.addWidget(self.actionTextEdit)

        self.addActionButton = QPushButton(self.timelineBox)
        self.addActionButton.setObjectName(u"addActionButton")
        self.addActionButton.setAutoDefault(False)

        self.actionRow.addWidget(self.addActionButton)


        self.timelineLayout.addLayout(self.actionRow)


        self.rightColumn.addWidget(self.timelineBox)

        self.moveBox = QGroupBox(ComplaintDialog)
        self.moveBox.setObjectName(u"moveBox")
        self.moveLayout = QVBoxLayout(self.moveBox)
        self.moveLayout.setObjectName(u"moveLayout")
        self.replyFields = QWidget(self.moveBox)
        self.replyFields.setObjectName(u"replyFields")
        self.replyForm = QFormLayout(self.replyFields)
        self.replyForm.setObjectName(u"replyForm")
        self.replyForm.setContentsMargins(0, 0, 0, 0)
        self.replyContentEditCaption = QLabel(self.replyFields)
        self.replyContentEditCaption.setObjectName(u"replyContentEditCaption")

        self.replyForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.replyContentEditCaption)

        self.replyContentEdit = QPlainTextEdit(self.replyFields)
        self.replyContentEdit.setObjectName(u"replyContentEdit")
        self.replyContentEdit.setTabChangesFocus(True)
        self.replyContentEdit.setMaximumSize(QSize(16777215, 70))

        self.replyForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.replyContentEdit)

        self.replyOnEditCaption = QLabel(self.replyFields)
        self.replyOnEditCaption.setObjectName(u"replyOnEditCaption")

        self.replyForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.replyOnEditCaption)

        self.replyOnEdit = QLineEdit(self.replyFields)
        self.replyOnEdit.setObjectName(u"replyOnEdit")

        self.replyForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.replyOnEdit)

        self.replyMethodComboCaption = QLabel(self.replyFields)
        self.replyMethodComboCaption.setObjectName(u"replyMethodComboCaption")

        self.replyForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.replyMethodComboCaption)

        self.replyMethodCombo = QComboBox(self.replyFields)
        self.replyMethodCombo.setObjectName(u"replyMethodCombo")

        self.replyForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.replyMethodCombo)


        self.moveLayout.addWidget(self.replyFields)

        self.summaryFields = QWidget(self.moveBox)
        self.summaryFields.setObjectName(u"summaryFields")
        self.summaryForm = QFormLayout(self.summaryFields)
        self.summaryForm.setObjectName(u"summaryForm")
        self.summaryForm.setContentsMargins(0, 0, 0, 0)
        self.summaryEditCaption = QLabel(self.summaryFields)
        self.summaryEditCaption.setObjectName(u"summaryEditCaption")

        self.summaryForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.summaryEditCaption)

        self.summaryEdit = QPlainTextEdit(self.summaryFields)
        self.summaryEdit.setObjectName(u"summaryEdit")
        self.summaryEdit.setTabChangesFocus(True)
        self.summaryEdit.setMaximumSize(QSize(16777215, 60))

        self.summaryForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.summaryEdit)


        self.moveLayout.addWidget(self.summaryFields)

        self.moveButtons = QHBoxLayout()
        self.moveButtons.setObjectName(u"moveButtons")
        self.investigatingButton = QPushButton(self.moveBox)
        self.investigatingButton.setObjectName(u"investigatingButton")
        self.investigatingButton.setAutoDefault(False)

        self.moveButtons.addWidget(self.investigatingButton)

        self.answeredButton = QPushButton(self.moveBox)
        self.answeredButton.setObjectName(u"answeredButton")
        self.answeredButton.setAutoDefault(False)

        self.moveButtons.addWidget(self.answeredButton)

        self.closedButton = QPushButton(self.moveBox)
        self.closedButton.setObjectName(u"closedButton")
        self.closedButton.setAutoDefault(False)

        self.moveButtons.addWidget(self.closedButton)

        self.withdrawnButton = QPushButton(self.moveBox)
        self.withdrawnButton.setObjectName(u"withdrawnButton")
        self.withdrawnButton.setAutoDefault(False)

        self.moveButtons.addWidget(self.withdrawnButton)

        self.moveSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.moveButtons.addItem(self.moveSpacer)


        self.moveLayout.addLayout(self.moveButtons)

        self.noMoveLabel = QLabel(self.moveBox)
        self.noMoveLabel.setObjectName(u"noMoveLabel")
        self.noMoveLabel.setWordWrap(True)

        self.moveLayout.addWidget(self.noMoveLabel)


        self.rightColumn.addWidget(self.moveBox)


        self.columns.addLayout(self.rightColumn)

        self.columns.setStretch(0, 1)
        self.columns.setStretch(1, 1)

        self.layout.addLayout(self.columns)

        self.messageLabel = QLabel(ComplaintDialog)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setText(u"")
        self.messageLabel.setWordWrap(True)

        self.layout.addWidget(self.messageLabel)

        self.bottomRow = QHBoxLayout()
        self.bottomRow.setObjectName(u"bottomRow")
        self.bottomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.bottomRow.addItem(self.bottomSpacer)

        self.closeButton = QPushButton(ComplaintDialog)
        self.closeButton.setObjectName(u"closeButton")
        self.closeButton.setAutoDefault(False)

        self.bottomRow.addWidget(self.closeButton)


        self.layout.addLayout(self.bottomRow)

#if QT_CONFIG(shortcut)
        self.channelComboCaption.setBuddy(self.channelCombo)
        self.categoryComboCaption.setBuddy(self.categoryCombo)
        self.complainantEditCaption.setBuddy(self.complainantEdit)
        self.handlerComboCaption.setBuddy(self.handlerCombo)
        self.targetEditCaption.setBuddy(self.targetEdit)
        self.contentEditCaption.setBuddy(self.contentEdit)
        self.actionDateEditCaption.setBuddy(self.actionDateEdit)
        self.replyContentEditCaption.setBuddy(self.replyContentEdit)
        self.replyOnEditCaption.setBuddy(self.replyOnEdit)
        self.replyMethodComboCaption.setBuddy(self.replyMethodCombo)
        self.summaryEditCaption.setBuddy(self.summaryEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ComplaintDialog)

        QMetaObject.connectSlotsByName(ComplaintDialog)
    # setupUi

    def retranslateUi(self, ComplaintDialog):
        ComplaintDialog.setWindowTitle(QCoreApplication.translate("ComplaintDialog", u"Complaint", None))
        self.detailsBox.setTitle(QCoreApplication.translate("ComplaintDialog", u"Details", None))
        self.receivedLabelCaption.setText(QCoreApplication.translate("ComplaintDialog", u"Received at", None))
        self.channelComboCaption.setText(QCoreApplication.translate("ComplaintDialog", u"Received by", None))
        self.categoryComboCaption.setText(QCoreApplication.translate("ComplaintDialog", u"Category", None))
        self.complainantEditCaption.setText(QCoreApplication.translate("ComplaintDialog", u"Complainant", None))
        self.complainantEdit.setPlaceholderText(QCoreApplication.translate("ComplaintDialog", u"Empty: anonymous", None))
        self.handlerComboCaption.setText(QCoreApplication.translate("ComplaintDialog", u"Handler", None))
        self.targetEditCaption.setText(QCoreApplication.translate("ComplaintDialog", u"Target reply date", None))
        self.contentEditCaption.setText(QCoreApplication.translate("ComplaintDialog", u"What was said", None))
        self.linksLabelCaption.setText(QCoreApplication.translate("ComplaintDialog", u"Concerns", None))
        self.linksButton.setText(QCoreApplication.translate("ComplaintDialog", u"Change what it concerns\u2026", None))
        self.saveButton.setText(QCoreApplication.translate("ComplaintDialog", u"Save the details", None))
        self.timelineBox.setTitle(QCoreApplication.translate("ComplaintDialog", u"Timeline", None))
        self.actionDateEditCaption.setText(QCoreApplication.translate("ComplaintDialog", u"Action on", None))
        self.actionTextEdit.setPlaceholderText(QCoreApplication.translate("ComplaintDialog", u"What was done (called the person, checked the records\u2026)", None))
        self.addActionButton.setText(QCoreApplication.translate("ComplaintDialog", u"Add the action", None))
        self.moveBox.setTitle(QCoreApplication.translate("ComplaintDialog", u"Change the status", None))
        self.replyContentEditCaption.setText(QCoreApplication.translate("ComplaintDialog", u"Reply given", None))
        self.replyOnEditCaption.setText(QCoreApplication.translate("ComplaintDialog", u"Replied on", None))
        self.replyMethodComboCaption.setText(QCoreApplication.translate("ComplaintDialog", u"Replied by", None))
        self.summaryEditCaption.setText(QCoreApplication.translate("ComplaintDialog", u"Closing summary", None))
        self.summaryEdit.setPlaceholderText(QCoreApplication.translate("ComplaintDialog", u"What was found and done (needed to close; optional for a withdrawal)", None))
        self.investigatingButton.setText(QCoreApplication.translate("ComplaintDialog", u"Start investigating", None))
        self.answeredButton.setText(QCoreApplication.translate("ComplaintDialog", u"Record the reply", None))
        self.closedButton.setText(QCoreApplication.translate("ComplaintDialog", u"Close the complaint", None))
        self.withdrawnButton.setText(QCoreApplication.translate("ComplaintDialog", u"Mark as withdrawn", None))
        self.noMoveLabel.setText(QCoreApplication.translate("ComplaintDialog", u"This complaint is finished: its status no longer changes.", None))
        self.closeButton.setText(QCoreApplication.translate("ComplaintDialog", u"Close window", None))
    # retranslateUi

