# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'internal_audit_dialog.ui'
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
    QSizePolicy, QSpacerItem, QTabWidget, QTableView,
    QVBoxLayout, QWidget)

class Ui_InternalAuditDialog(object):
    def setupUi(self, InternalAuditDialog):
        if not InternalAuditDialog.objectName():
            InternalAuditDialog.setObjectName(u"InternalAuditDialog")
        InternalAuditDialog.resize(900, 640)
        self.layout = QVBoxLayout(InternalAuditDialog)
        self.layout.setObjectName(u"layout")
        self.headerLabel = QLabel(InternalAuditDialog)
        self.headerLabel.setObjectName(u"headerLabel")
        self.headerLabel.setText(u"")
        self.headerLabel.setStyleSheet(u"font-size: 14pt; font-weight: bold;")
        self.headerLabel.setWordWrap(True)

        self.layout.addWidget(self.headerLabel)

        self.flagsLabel = QLabel(InternalAuditDialog)
        self.flagsLabel.setObjectName(u"flagsLabel")
        self.flagsLabel.setText(u"")
        self.flagsLabel.setWordWrap(True)
        self.flagsLabel.setTextFormat(Qt.TextFormat.RichText)

        self.layout.addWidget(self.flagsLabel)

        self.tabs = QTabWidget(InternalAuditDialog)
        self.tabs.setObjectName(u"tabs")
        self.planTab = QWidget()
        self.planTab.setObjectName(u"planTab")
        self.planLayout = QVBoxLayout(self.planTab)
        self.planLayout.setObjectName(u"planLayout")
        self.planForm = QFormLayout()
        self.planForm.setObjectName(u"planForm")
        self.plannedEditCaption = QLabel(self.planTab)
        self.plannedEditCaption.setObjectName(u"plannedEditCaption")

        self.planForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.plannedEditCaption)

        self.plannedEdit = QLineEdit(self.planTab)
        self.plannedEdit.setObjectName(u"plannedEdit")

        self.planForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.plannedEdit)

        self.auditorEditCaption = QLabel(self.planTab)
        self.auditorEditCaption.setObjectName(u"auditorEditCaption")

        self.planForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.auditorEditCaption)

        self.auditorEdit = QLineEdit(self.planTab)
        self.auditorEdit.setObjectName(u"auditorEdit")

        self.planForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.auditorEdit)

        self.kindComboCaption = QLabel(self.planTab)
        self.kindComboCaption.setObjectName(u"kindComboCaption")

        self.planForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.kindComboCaption)

        self.kindCombo = QComboBox(self.planTab)
        self.kindCombo.setObjectName(u"kindCombo")

        self.planForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.kindCombo)

        self.scopeEditCaption = QLabel(self.planTab)
        self.scopeEditCaption.setObjectName(u"scopeEditCaption")

        self.planForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.scopeEditCaption)

        self.scopeEdit = QPlainTextEdit(self.planTab)
        self.scopeEdit.setObjectName(u"scopeEdit")
        self.scopeEdit.setTabChangesFocus(True)

        self.planForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.scopeEdit)


        self.planLayout.addLayout(self.planForm)

        self.planButtons = QHBoxLayout()
        self.planButtons.setObjectName(u"planButtons")
        self.planSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.planButtons.addItem(self.planSpacer)

        self.savePlanButton = QPushButton(self.planTab)
        self.savePlanButton.setObjectName(u"savePlanButton")
        self.savePlanButton.setAutoDefault(False)

        self.planButtons.addWidget(self.savePlanButton)


        self.planLayout.addLayout(self.planButtons)

        self.tabs.addTab(self.planTab, "")
        self.doneTab = QWidget()
        self.doneTab.setObjectName(u"doneTab")
        self.doneLayout = QVBoxLayout(self.doneTab)
        self.doneLayout.setObjectName(u"doneLayout")
        self.doneForm = QFormLayout()
        self.doneForm.setObjectName(u"doneForm")
        self.doneEditCaption = QLabel(self.doneTab)
        self.doneEditCaption.setObjectName(u"doneEditCaption")

        self.doneForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.doneEditCaption)

        self.doneEdit = QLineEdit(self.doneTab)
        self.doneEdit.setObjectName(u"doneEdit")

        self.doneForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.doneEdit)

        self.summaryEditCaption = QLabel(self.doneTab)
        self.summaryEditCaption.setObjectName(u"summaryEditCaption")

        self.doneForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.summaryEditCaption)

        self.summaryEdit = QPlainTextEdit(self.doneTab)
        self.summaryEdit.setObjectName(u"summaryEdit")
        self.summaryEdit.setTabChangesFocus(True)
        self.summaryEdit.setMaximumSize(QSize(16777215, 90))

        self.doneForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.summaryEdit)


        self.doneLayout.addLayout(self.doneForm)

        self.doneButtons = QHBoxLayout()
        self.doneButtons.setObjectName(u"doneButtons")
        self.doneSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.doneButtons.addItem(self.doneSpacer)

        self.recordDoneButton = QPushButton(self.doneTab)
        self.recordDoneButton.setObjectName(u"recordDoneButton")
        self.recordDoneButton.setAutoDefault(False)

        self.doneButtons.addWidget(self.recordDoneButton)


        self.doneLayout.addLayout(self.doneButtons)

        self.findingsBox = QGroupBox(self.doneTab)
        self.findingsBox.setObjectName(u"findingsBox")
        self.findingsLayout = QVBoxLayout(self.findingsBox)
        self.findingsLayout.setObjectName(u"findingsLayout")
        self.findingsView = QTableView(self.findingsBox)
        self.findingsView.setObjectName(u"findingsView")
        self.findingsView.setTabKeyNavigation(False)
        self.findingsView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.findingsView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.findingsView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)

        self.findingsLayout.addWidget(self.findingsView)

        self.findingRow = QHBoxLayout()
        self.findingRow.setObjectName(u"findingRow")
        self.findingEditCaption = QLabel(self.findingsBox)
        self.findingEditCaption.setObjectName(u"findingEditCaption")

        self.findingRow.addWidget(self.findingEditCaption)

        self.findingEdit = QLineEdit(self.findingsBox)
        self.findingEdit.setObjectName(u"findingEdit")

        self.findingRow.addWidget(self.findingEdit)

        self.severityCombo = QComboBox(self.findingsBox)
        self.severityCombo.setObjectName(u"severityCombo")

        self.findingRow.addWidget(self.severityCombo)

        self.addFindingButton = QPushButton(self.findingsBox)
        self.addFindingButton.setObjectName(u"addFindingButton")
        self.addFindingButton.setAutoDefault(False)

        self.findingRow.addWidget(self.addFindingButton)

        self.removeFindingButton = QPushButton(self.findingsBox)
        self.removeFindingButton.setObjectName(u"removeFindingButton")
        self.removeFindingButton.setAutoDefault(False)

        self.findingRow.addWidget(self.removeFindingButton)


        self.findingsLayout.addLayout(self.findingRow)


        self.doneLayout.addWidget(self.findingsBox)

        self.tabs.addTab(self.doneTab, "")
        self.actionsTab = QWidget()
        self.actionsTab.setObjectName(u"actionsTab")
        self.actionsLayout = QVBoxLayout(self.actionsTab)
        self.actionsLayout.setObjectName(u"actionsLayout")
        self.actionsView = QTableView(self.actionsTab)
        self.actionsView.setObjectName(u"actionsView")
        self.actionsView.setTabKeyNavigation(False)
        self.actionsView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.actionsView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.actionsView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)

        self.actionsLayout.addWidget(self.actionsView)

        self.actionForm = QFormLayout()
        self.actionForm.setObjectName(u"actionForm")
        self.actionEditCaption = QLabel(self.actionsTab)
        self.actionEditCaption.setObjectName(u"actionEditCaption")

        self.actionForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.actionEditCaption)

        self.actionEdit = QLineEdit(self.actionsTab)
        self.actionEdit.setObjectName(u"actionEdit")

        self.actionForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.actionEdit)

        self.ownerEditCaption = QLabel(self.actionsTab)
        self.ownerEditCaption.setObjectName(u"ownerEditCaption")

        self.actionForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.ownerEditCaption)

        self.ownerEdit = QLineEdit(self.actionsTab)
        self.ownerEdit.setObjectName(u"ownerEdit")

        self.actionForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.ownerEdit)

        self.dueEditCaption = QLabel(self.actionsTab)
        self.dueEditCaption.setObjectName(u"dueEditCaption")

        self.actionForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.dueEditCaption)

        self.dueEdit = QLineEdit(self.actionsTab)
        self.dueEdit.setObjectName(u"dueEdit")

        self.actionForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.dueEdit)

        self.findingComboCaption = QLabel(self.actionsTab)
        self.findingComboCaption.setObjectName(u"findingComboCaption")

        self.actionForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.findingComboCaption)

        self.findingCombo = QComboBox(self.actionsTab)
        self.findingCombo.setObjectName(u"findingCombo")

        self.actionForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.findingCombo)


        self.actionsLayout.addLayout(self.actionForm)

        self.addActionButtons = QHBoxLayout()
        self.addActionButtons.setObjectName(u"addActionButtons")
        self.addActionSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.addActionButtons.addItem(self.addActionSpacer)

        self.addActionButton = QPushButton(self.actionsTab)
        self.addActionButton.setObjectName(u"addActionButton")
        self.addActionButton.setAutoDefault(False)

        self.addActionButtons.addWidget(self.addActionButton)


        self.actionsLayout.addLayout(self.addActionButtons)

        self.closeActionRow = QHBoxLayout()
        self.closeActionRow.setObjectName(u"closeActionRow")
        self.closedOnEditCaption = QLabel(self.actionsTab)
        self.closedOnEditCaption.setObjectName(u"closedOnEditCaption")

        self.closeActionRow.addWidget(self.closedOnEditCaption)

        self.closedOnEdit = QLineEdit(self.actionsTab)
        self.closedOnEdit.setObjectName(u"closedOnEdit")
        self.closedOnEdit.setMaximumSize(QSize(130, 16777215))

        self.closeActionRow.addWidget(self.closedOnEdit)

        self.closingNoteEditCaption = QLabel(self.actionsTab)
        self.closingNoteEditCaption.setObjectName(u"closingNoteEditCaption")

        self.closeActionRow.addWidget(self.closingNoteEditCaption)

        self.closingNoteEdit = QLineEdit(self.actionsTab)
        self.closingNoteEdit.setObjectName(u"closingNoteEdit")

        self.closeActionRow.addWidget(self.closingNoteEdit)

        self.closeActionButton = QPushButton(self.actionsTab)
        self.closeActionButton.setObjectName(u"closeActionButton")
        self.closeActionButton.setAutoDefault(False)

        self.closeActionRow.addWidget(self.closeActionButton)


        self.actionsLayout.addLayout(self.closeActionRow)

        self.tabs.addTab(self.actionsTab, "")
        self.reportTab = QWidget()
        self.reportTab.setObjectName(u"reportTab")
        self.reportLayout = QVBoxLayout(self.reportTab)
        self.reportLayout.setObjectName(u"reportLayout")
        self.reportIntroLabel = QLabel(self.reportTab)
        self.reportIntroLabel.setObjectName(u"reportIntroLabel")
        self.reportIntroLabel.setWordWrap(True)

        self.reportLayout.addWidget(self.reportIntroLabel)

        self.reportForm = QFormLayout()
        self.reportForm.setObjectName(u"reportForm")
        self.reportedEditCaption = QLabel(self.reportTab)
        self.reportedEditCaption.setObjectName(u"reportedEditCaption")

        self.reportForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.reportedEditCaption)

        self.reportedEdit = QLineEdit(self.reportTab)
        self.reportedEdit.setObjectName(u"reportedEdit")

        self.reportForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.reportedEdit)


        self.reportLayout.addLayout(self.reportForm)

        self.reportButtons = QHBoxLayout()
        self.reportButtons.setObjectName(u"reportButtons")
        self.reportSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.reportButtons.addItem(self.reportSpacer)

        self.reportButton = QPushButton(self.reportTab)
        self.reportButton.setObjectName(u"reportButton")
        self.reportButton.setAutoDefault(False)

        self.reportButtons.addWidget(self.reportButton)


        self.reportLayout.addLayout(self.reportButtons)

        self.reportVSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.reportLayout.addItem(self.reportVSpacer)

        self.tabs.addTab(self.reportTab, "")

        self.layout.addWidget(self.tabs)

        self.messageLabel = QLabel(InternalAuditDialog)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setText(u"")
        self.messageLabel.setWordWrap(True)

        self.layout.addWidget(self.messageLabel)

        self.buttons = QHBoxLayout()
        self.buttons.setObjectName(u"buttons")
        self.buttonSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttons.addItem(self.buttonSpacer)

        self.closeButton = QPushButton(InternalAuditDialog)
        self.closeButton.setObjectName(u"closeButton")
        self.closeButton.setAutoDefault(False)

        self.buttons.addWidget(self.closeButton)


        self.layout.addLayout(self.buttons)

#if QT_CONFIG(shortcut)
        self.plannedEditCaption.setBuddy(self.plannedEdit)
        self.auditorEditCaption.setBuddy(self.auditorEdit)
        self.kindComboCaption.setBuddy(self.kindCombo)
        self.scopeEditCaption.setBuddy(self.scopeEdit)
        self.doneEditCaption.setBuddy(self.doneEdit)
        self.summaryEditCaption.setBuddy(self.summaryEdit)
        self.findingEditCaption.setBuddy(self.findingEdit)
        self.actionEditCaption.setBuddy(self.actionEdit)
        self.ownerEditCaption.setBuddy(self.ownerEdit)
        self.dueEditCaption.setBuddy(self.dueEdit)
        self.findingComboCaption.setBuddy(self.findingCombo)
        self.closedOnEditCaption.setBuddy(self.closedOnEdit)
        self.closingNoteEditCaption.setBuddy(self.closingNoteEdit)
        self.reportedEditCaption.setBuddy(self.reportedEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(InternalAuditDialog)

        QMetaObject.connectSlotsByName(InternalAuditDialog)
    # setupUi

    def retranslateUi(self, InternalAuditDialog):
        InternalAuditDialog.setWindowTitle(QCoreApplication.translate("InternalAuditDialog", u"Internal audit", None))
        self.plannedEditCaption.setText(QCoreApplication.translate("InternalAuditDialog", u"Planned for", None))
        self.plannedEdit.setPlaceholderText(QCoreApplication.translate("InternalAuditDialog", u"e.g. 2026-04-01 or \u4ee4\u548c8\u5e744\u67081\u65e5", None))
        self.auditorEditCaption.setText(QCoreApplication.translate("InternalAuditDialog", u"Auditor", None))
        self.auditorEdit.setPlaceholderText(QCoreApplication.translate("InternalAuditDialog", u"A person or a department", None))
        self.kindComboCaption.setText(QCoreApplication.translate("InternalAuditDialog", u"Auditor is", None))
        self.scopeEditCaption.setText(QCoreApplication.translate("InternalAuditDialog", u"Scope", None))
        self.scopeEdit.setPlaceholderText(QCoreApplication.translate("InternalAuditDialog", u"Areas, register entries, contractors", None))
        self.savePlanButton.setText(QCoreApplication.translate("InternalAuditDialog", u"Save the plan", None))
        self.tabs.setTabText(self.tabs.indexOf(self.planTab), QCoreApplication.translate("InternalAuditDialog", u"Plan", None))
        self.doneEditCaption.setText(QCoreApplication.translate("InternalAuditDialog", u"Done on", None))
        self.summaryEditCaption.setText(QCoreApplication.translate("InternalAuditDialog", u"Summary of the results", None))
        self.recordDoneButton.setText(QCoreApplication.translate("InternalAuditDialog", u"Record as done", None))
        self.findingsBox.setTitle(QCoreApplication.translate("InternalAuditDialog", u"Findings", None))
        self.findingEditCaption.setText(QCoreApplication.translate("InternalAuditDialog", u"Finding", None))
        self.addFindingButton.setText(QCoreApplication.translate("InternalAuditDialog", u"Add", None))
        self.removeFindingButton.setText(QCoreApplication.translate("InternalAuditDialog", u"Remove", None))
        self.tabs.setTabText(self.tabs.indexOf(self.doneTab), QCoreApplication.translate("InternalAuditDialog", u"Done and findings", None))
        self.actionEditCaption.setText(QCoreApplication.translate("InternalAuditDialog", u"Action", None))
        self.ownerEditCaption.setText(QCoreApplication.translate("InternalAuditDialog", u"Who", None))
        self.dueEditCaption.setText(QCoreApplication.translate("InternalAuditDialog", u"Due on", None))
        self.findingComboCaption.setText(QCoreApplication.translate("InternalAuditDialog", u"For the finding", None))
        self.addActionButton.setText(QCoreApplication.translate("InternalAuditDialog", u"Add the action", None))
        self.closedOnEditCaption.setText(QCoreApplication.translate("InternalAuditDialog", u"Closed on", None))
        self.closingNoteEditCaption.setText(QCoreApplication.translate("InternalAuditDialog", u"What was done", None))
        self.closeActionButton.setText(QCoreApplication.translate("InternalAuditDialog", u"Close the action", None))
        self.tabs.setTabText(self.tabs.indexOf(self.actionsTab), QCoreApplication.translate("InternalAuditDialog", u"Corrective actions", None))
        self.reportIntroLabel.setText(QCoreApplication.translate("InternalAuditDialog", u"Once the audit is reported to the board its cycle is complete and it can no longer be changed; its corrective actions can still be recorded and closed.", None))
        self.reportedEditCaption.setText(QCoreApplication.translate("InternalAuditDialog", u"Reported on", None))
        self.reportButton.setText(QCoreApplication.translate("InternalAuditDialog", u"Record the report", None))
        self.tabs.setTabText(self.tabs.indexOf(self.reportTab), QCoreApplication.translate("InternalAuditDialog", u"Report to the board", None))
        self.closeButton.setText(QCoreApplication.translate("InternalAuditDialog", u"Close", None))
    # retranslateUi

