# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'incident_dialog.ui'
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
from PySide6.QtWidgets import (QApplication, QCheckBox, QComboBox, QDialog,
    QFormLayout, QFrame, QGridLayout, QGroupBox,
    QHBoxLayout, QHeaderView, QLabel, QLineEdit,
    QPlainTextEdit, QPushButton, QScrollArea, QSizePolicy,
    QSpacerItem, QTabWidget, QTableView, QVBoxLayout,
    QWidget)

class Ui_IncidentDialog(object):
    def setupUi(self, IncidentDialog):
        if not IncidentDialog.objectName():
            IncidentDialog.setObjectName(u"IncidentDialog")
        IncidentDialog.resize(1180, 780)
        self.layout = QVBoxLayout(IncidentDialog)
        self.layout.setObjectName(u"layout")
        self.headerLabel = QLabel(IncidentDialog)
        self.headerLabel.setObjectName(u"headerLabel")
        self.headerLabel.setText(u"")
        self.headerLabel.setStyleSheet(u"font-size: 14pt; font-weight: bold;")

        self.layout.addWidget(self.headerLabel)

        self.columns = QHBoxLayout()
        self.columns.setObjectName(u"columns")
        self.tabs = QTabWidget(IncidentDialog)
        self.tabs.setObjectName(u"tabs")
        self.basicTab = QWidget()
        self.basicTab.setObjectName(u"basicTab")
        self.basicLayout = QVBoxLayout(self.basicTab)
        self.basicLayout.setObjectName(u"basicLayout")
        self.basicScroll = QScrollArea(self.basicTab)
        self.basicScroll.setObjectName(u"basicScroll")
        self.basicScroll.setWidgetResizable(True)
        self.basicScroll.setFrameShape(QFrame.Shape.NoFrame)
        self.basicBody = QWidget()
        self.basicBody.setObjectName(u"basicBody")
        self.basicForm = QFormLayout(self.basicBody)
        self.basicForm.setObjectName(u"basicForm")
        self.kindComboCaption = QLabel(self.basicBody)
        self.kindComboCaption.setObjectName(u"kindComboCaption")

        self.basicForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.kindComboCaption)

        self.kindCombo = QComboBox(self.basicBody)
        self.kindCombo.setObjectName(u"kindCombo")

        self.basicForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.kindCombo)

        self.possibleCheckCaption = QLabel(self.basicBody)
        self.possibleCheckCaption.setObjectName(u"possibleCheckCaption")

        self.basicForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.possibleCheckCaption)

        self.possibleCheck = QCheckBox(self.basicBody)
        self.possibleCheck.setObjectName(u"possibleCheck")

        self.basicForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.possibleCheck)

        self.occurredEditCaption = QLabel(self.basicBody)
        self.occurredEditCaption.setObjectName(u"occurredEditCaption")

        self.basicForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.occurredEditCaption)

        self.occurredEdit = QLineEdit(self.basicBody)
        self.occurredEdit.setObjectName(u"occurredEdit")

        self.basicForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.occurredEdit)

        self.knownEditCaption = QLabel(self.basicBody)
        self.knownEditCaption.setObjectName(u"knownEditCaption")

        self.basicForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.knownEditCaption)

        self.knownEdit = QLineEdit(self.basicBody)
        self.knownEdit.setObjectName(u"knownEdit")

        self.basicForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.knownEdit)

        self.toldEditCaption = QLabel(self.basicBody)
        self.toldEditCaption.setObjectName(u"toldEditCaption")

        self.basicForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.toldEditCaption)

        self.toldEdit = QLineEdit(self.basicBody)
        self.toldEdit.setObjectName(u"toldEdit")

        self.basicForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.toldEdit)

        self.foundByEditCaption = QLabel(self.basicBody)
        self.foundByEditCaption.setObjectName(u"foundByEditCaption")

        self.basicForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.foundByEditCaption)

        self.foundByEdit = QLineEdit(self.basicBody)
        self.foundByEdit.setObjectName(u"foundByEdit")

        self.basicForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.foundByEdit)

        self.personsEditCaption = QLabel(self.basicBody)
        self.personsEditCaption.setObjectName(u"personsEditCaption")

        self.basicForm.setWidget(6, QFormLayout.ItemRole.LabelRole, self.personsEditCaption)

        self.personsRow = QHBoxLayout()
        self.personsRow.setObjectName(u"personsRow")
        self.personsEdit = QLineEdit(self.basicBody)
        self.personsEdit.setObjectName(u"personsEdit")
        self.personsEdit.setMaximumSize(QSize(140, 16777215))

        self.personsRow.addWidget(self.personsEdit)

        self.estimatedCheck = QCheckBox(self.basicBody)
        self.estimatedCheck.setObjectName(u"estimatedCheck")

        self.personsRow.addWidget(self.estimatedCheck)

        self.personsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.personsRow.addItem(self.personsSpacer)


        self.basicForm.setLayout(6, QFormLayout.ItemRole.FieldRole, self.personsRow)

        self.descriptionEditCaption = QLabel(self.basicBody)
        self.descriptionEditCaption.setObjectName(u"descriptionEditCaption")

        self.basicForm.setWidget(7, QFormLayout.ItemRole.LabelRole, self.descriptionEditCaption)

        self.descriptionEdit = QPlainTextEdit(self.basicBody)
        self.descriptionEdit.setObjectName(u"descriptionEdit")
        self.descriptionEdit.setTabChangesFocus(True)
        self.descriptionEdit.setMaximumSize(QSize(16777215, 90))

        self.basicForm.setWidget(7, QFormLayout.ItemRole.FieldRole, self.descriptionEdit)

        self.itemsEditCaption = QLabel(self.basicBody)
        self.itemsEditCaption.setObjectName(u"itemsEditCaption")

        self.basicForm.setWidget(8, QFormLayout.ItemRole.LabelRole, self.itemsEditCaption)

        self.itemsEdit = QPlainTextEdit(self.basicBody)
        self.itemsEdit.setObjectName(u"itemsEdit")
        self.itemsEdit.setTabChangesFocus(True)
        self.itemsEdit.setMaximumSize(QSize(16777215, 60))

        self.basicForm.setWidget(8, QFormLayout.ItemRole.FieldRole, self.itemsEdit)

        self.contractorComboCaption = QLabel(self.basicBody)
        self.contractorComboCaption.setObjectName(u"contractorComboCaption")

        self.basicForm.setWidget(9, QFormLayout.ItemRole.LabelRole, self.contractorComboCaption)

        self.contractorCombo = QComboBox(self.basicBody)
        self.contractorCombo.setObjectName(u"contractorCombo")

        self.basicForm.setWidget(9, QFormLayout.ItemRole.FieldRole, self.contractorCombo)

        self.basicScroll.setWidget(self.basicBody)

        self.basicLayout.addWidget(self.basicScroll)

        self.tabs.addTab(self.basicTab, "")
        self.reportTab = QWidget()
        self.reportTab.setObjectName(u"reportTab")
        self.reportLayout = QVBoxLayout(self.reportTab)
        self.reportLayout.setObjectName(u"reportLayout")
        self.reportScroll = QScrollArea(self.reportTab)
        self.reportScroll.setObjectName(u"reportScroll")
        self.reportScroll.setWidgetResizable(True)
        self.reportScroll.setFrameShape(QFrame.Shape.NoFrame)
        self.reportBody = QWidget()
        self.reportBody.setObjectName(u"reportBody")
        self.reportForm = QFormLayout(self.reportBody)
        self.reportForm.setObjectName(u"reportForm")
        self.containmentEditCaption = QLabel(self.reportBody)
        self.containmentEditCaption.setObjectName(u"containmentEditCaption")

        self.reportForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.containmentEditCaption)

        self.containmentEdit = QPlainTextEdit(self.reportBody)
        self.containmentEdit.setObjectName(u"containmentEdit")
        self.containmentEdit.setTabChangesFocus(True)
        self.containmentEdit.setMaximumSize(QSize(16777215, 60))

        self.reportForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.containmentEdit)

        self.causeEditCaption = QLabel(self.reportBody)
        self.causeEditCaption.setObjectName(u"causeEditCaption")

        self.reportForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.causeEditCaption)

        self.causeEdit = QPlainTextEdit(self.reportBody)
        self.causeEdit.setObjectName(u"causeEdit")
        self.causeEdit.setTabChangesFocus(True)
        self.causeEdit.setMaximumSize(QSize(16777215, 60))

        self.reportForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.causeEdit)

        self.harmEditCaption = QLabel(self.reportBody)
        self.harmEditCaption.setObjectName(u"harmEditCaption")

        self.reportForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.harmEditCaption)

        self.harmEdit = QPlainTextEdit(self.reportBody)
        self.harmEdit.setObjectName(u"harmEdit")
        self.harmEdit.setTabChangesFocus(True)
        self.harmEdit.setMaximumSize(QSize(16777215, 60))

        self.reportForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.harmEdit)

        self.preventionEditCaption = QLabel(self.reportBody)
        self.preventionEditCaption.setObjectName(u"preventionEditCaption")

        self.reportForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.preventionEditCaption)

        self.preventionEdit = QPlainTextEdit(self.reportBody)
        self.preventionEdit.setObjectName(u"preventionEdit")
        self.preventionEdit.setTabChangesFocus(True)
        self.preventionEdit.setMaximumSize(QSize(16777215, 60))

        self.reportForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.preventionEdit)

        self.responseEditCaption = QLabel(self.reportBody)
        self.responseEditCaption.setObjectName(u"responseEditCaption")

        self.reportForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.responseEditCaption)

        self.responseEdit = QPlainTextEdit(self.reportBody)
        self.responseEdit.setObjectName(u"responseEdit")
        self.responseEdit.setTabChangesFocus(True)
        self.responseEdit.setMaximumSize(QSize(16777215, 60))

        self.reportForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.responseEdit)

        self.announcementEditCaption = QLabel(self.reportBody)
        self.announcementEditCaption.setObjectName(u"announcementEditCaption")

        self.reportForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.announcementEditCaption)

        self.announcementEdit = QPlainTextEdit(self.reportBody)
        self.announcementEdit.setObjectName(u"announcementEdit")
        self.announcementEdit.setTabChangesFocus(True)
        self.announcementEdit.setMaximumSize(QSize(16777215, 60))

        self.reportForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.announcementEdit)

        self.otherEditCaption = QLabel(self.reportBody)
        self.otherEditCaption.setObjectName(u"otherEditCaption")

        self.reportForm.setWidget(6, QFormLayout.ItemRole.LabelRole, self.otherEditCaption)

        self.otherEdit = QPlainTextEdit(self.reportBody)
        self.otherEdit.setObjectName(u"otherEdit")
        self.otherEdit.setTabChangesFocus(True)
        self.otherEdit.setMaximumSize(QSize(16777215, 60))

        self.reportForm.setWidget(6, QFormLayout.ItemRole.FieldRole, self.otherEdit)

        self.reportScroll.setWidget(self.reportBody)

        self.reportLayout.addWidget(self.reportScroll)

        self.tabs.addTab(self.reportTab, "")
        self.entriesTab = QWidget()
        self.entriesTab.setObjectName(u"entriesTab")
        self.entriesLayout = QVBoxLayout(self.entriesTab)
        self.entriesLayout.setObjectName(u"entriesLayout")
        self.entriesView = QTableView(self.entriesTab)
        self.entriesView.setObjectName(u"entriesView")
        self.entriesView.setTabKeyNavigation(False)

        self.entriesLayout.addWidget(self.entriesView)

        self.tabs.addTab(self.entriesTab, "")

        self.columns.addWidget(self.tabs)

        self.rightColumn = QVBoxLayout()
        self.rightColumn.setObjectName(u"rightColumn")
        self.judgementBox = QGroupBox(IncidentDialog)
        self.judgementBox.setObjectName(u"judgementBox")
        self.judgementLayout = QVBoxLayout(self.judgementBox)
        self.judgementLayout.setObjectName(u"judgementLayout")
        self.sensitiveCheck = QCheckBox(self.judgementBox)
        self.sensitiveCheck.setObjectName(u"sensitiveCheck")
        self.sensitiveCheck.setText(u"")

        self.judgementLayout.addWidget(self.sensitiveCheck)

        self.sensitiveLabel = QLabel(self.judgementBox)
        self.sensitiveLabel.setObjectName(u"sensitiveLabel")
        self.sensitiveLabel.setText(u"")
        self.sensitiveLabel.setWordWrap(True)
        self.sensitiveLabel.setIndent(22)
        self.sensitiveLabel.setStyleSheet(u"color: #555555;")

        self.judgementLayout.addWidget(self.sensitiveLabel)

        self.financialCheck = QCheckBox(self.judgementBox)
        self.financialCheck.setObjectName(u"financialCheck")
        self.financialCheck.setText(u"")

        self.judgementLayout.addWidget(self.financialCheck)

        self.financialLabel = QLabel(self.judgementBox)
        self.financialLabel.setObjectName(u"financialLabel")
        self.financialLabel.setText(u"")
        self.financialLabel.setWordWrap(True)
        self.financialLabel.setIndent(22)
        self.financialLabel.setStyleSheet(u"color: #555555;")

        self.judgementLayout.addWidget(self.financialLabel)

        self.wrongfulCheck = QCheckBox(self.judgementBox)
        self.wrongfulCheck.setObjectName(u"wrongfulCheck")
        self.wrongfulCheck.setText(u"")

        self.judgementLayout.addWidget(self.wrongfulCheck)

        self.wrongfulLabel = QLabel(self.judgementBox)
        self.wrongfulLabel.setObjectName(u"wrongfulLabel")
        self.wrongfulLabel.setText(u"")
        self.wrongfulLabel.setWordWrap(True)
        self.wrongfulLabel.setIndent(22)
        self.wrongfulLabel.setStyleSheet(u"color: #555555;")

        self.judgementLayout.addWidget(self.wrongfulLabel)

        self.manyCheck = QCheckBox(self.judgementBox)
        self.manyCheck.setObjectName(u"manyCheck")
        self.manyCheck.setText(u"")

        self.judgementLayout.addWidget(self.manyCheck)

        self.manyLabel = QLabel(self.judgementBox)
        self.manyLabel.setObjectName(u"manyLabel")
        self.manyLabel.setText(u"")
        self.manyLabel.setWordWrap(True)
        self.manyLabel.setIndent(22)
        self.manyLabel.setStyleSheet(u"color: #555555;")

        self.judgementLayout.addWidget(self.manyLabel)

        self.encryptedCheck = QCheckBox(self.judgementBox)
        self.encryptedCheck.setObjectName(u"encryptedCheck")
        self.encryptedCheck.setText(u"")

        self.judgementLayout.addWidget(self.encryptedCheck)

        self.encryptedLabel = QLabel(self.judgementBox)
        self.encryptedLabel.setObjectName(u"encryptedLabel")
        self.encryptedLabel.setText(u"")
        self.encryptedLabel.setWordWrap(True)
        self.encryptedLabel.setIndent(22)
        self.encryptedLabel.setStyleSheet(u"color: #555555;")

        self.judgementLayout.addWidget(self.encryptedLabel)

        self.judgementLabel = QLabel(self.judgementBox)
        self.judgementLabel.setObjectName(u"judgementLabel")
        self.judgementLabel.setText(u"")
        self.judgementLabel.setWordWrap(True)
        self.judgementLabel.setTextFormat(Qt.TextFormat.RichText)

        self.judgementLayout.addWidget(self.judgementLabel)


        self.rightColumn.addWidget(self.judgementBox)

        self.deadlineBox = QGroupBox(IncidentDialog)
        self.deadlineBox.setObjectName(u"deadlineBox")
        self.deadlineLayout = QVBoxLayout(self.deadlineBox)
        self.deadlineLayout.setObjectName(u"deadlineLayout")
        self.deadlineGrid = QGridLayout()
        self.deadlineGrid.setObjectName(u"deadlineGrid")

        self.deadlineLayout.addLayout(self.deadlineGrid)

        self.deadlineHint = QLabel(self.deadlineBox)
        self.deadlineHint.setObjectName(u"deadlineHint")
        self.deadlineHint.setText(u"")
        self.deadlineHint.setWordWrap(True)

        self.deadlineLayout.addWidget(self.deadlineHint)


        self.rightColumn.addWidget(self.deadlineBox)

        self.rightSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.rightColumn.addItem(self.rightSpacer)


        self.columns.addLayout(self.rightColumn)

        self.columns.setStretch(0, 3)
        self.columns.setStretch(1, 2)

        self.layout.addLayout(self.columns)

        self.messageLabel = QLabel(IncidentDialog)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setText(u"")
        self.messageLabel.setWordWrap(True)

        self.layout.addWidget(self.messageLabel)

        self.buttons = QHBoxLayout()
        self.buttons.setObjectName(u"buttons")
        self.saveButton = QPushButton(IncidentDialog)
        self.saveButton.setObjectName(u"saveButton")
        self.saveButton.setAutoDefault(False)

        self.buttons.addWidget(self.saveButton)

        self.summaryButton = QPushButton(IncidentDialog)
        self.summaryButton.setObjectName(u"summaryButton")
        self.summaryButton.setAutoDefault(False)

        self.buttons.addWidget(self.summaryButton)

        self.noticeButton = QPushButton(IncidentDialog)
        self.noticeButton.setObjectName(u"noticeButton")
        self.noticeButton.setAutoDefault(False)

        self.buttons.addWidget(self.noticeButton)

        self.buttonSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttons.addItem(self.buttonSpacer)

        self.closeIncidentButton = QPushButton(IncidentDialog)
        self.closeIncidentButton.setObjectName(u"closeIncidentButton")
        self.closeIncidentButton.setAutoDefault(False)

        self.buttons.addWidget(self.closeIncidentButton)

        self.reopenButton = QPushButton(IncidentDialog)
        self.reopenButton.setObjectName(u"reopenButton")
        self.reopenButton.setAutoDefault(False)

        self.buttons.addWidget(self.reopenButton)

        self.closeButton = QPushButton(IncidentDialog)
        self.closeButton.setObjectName(u"closeButton")
        self.closeButton.setAutoDefault(False)

        self.buttons.addWidget(self.closeButton)


        self.layout.addLayout(self.buttons)

#if QT_CONFIG(shortcut)
        self.kindComboCaption.setBuddy(self.kindCombo)
        self.possibleCheckCaption.setBuddy(self.possibleCheck)
        self.occurredEditCaption.setBuddy(self.occurredEdit)
        self.knownEditCaption.setBuddy(self.knownEdit)
        self.toldEditCaption.setBuddy(self.toldEdit)
        self.foundByEditCaption.setBuddy(self.foundByEdit)
        self.personsEditCaption.setBuddy(self.personsEdit)
        self.descriptionEditCaption.setBuddy(self.descriptionEdit)
        self.itemsEditCaption.setBuddy(self.itemsEdit)
        self.contractorComboCaption.setBuddy(self.contractorCombo)
        self.containmentEditCaption.setBuddy(self.containmentEdit)
        self.causeEditCaption.setBuddy(self.causeEdit)
        self.harmEditCaption.setBuddy(self.harmEdit)
        self.preventionEditCaption.setBuddy(self.preventionEdit)
        self.responseEditCaption.setBuddy(self.responseEdit)
        self.announcementEditCaption.setBuddy(self.announcementEdit)
        self.otherEditCaption.setBuddy(self.otherEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(IncidentDialog)

        QMetaObject.connectSlotsByName(IncidentDialog)
    # setupUi

    def retranslateUi(self, IncidentDialog):
        IncidentDialog.setWindowTitle(QCoreApplication.translate("IncidentDialog", u"Incident", None))
        self.kindComboCaption.setText(QCoreApplication.translate("IncidentDialog", u"Kind", None))
        self.possibleCheckCaption.setText(QCoreApplication.translate("IncidentDialog", u"Certainty", None))
        self.possibleCheck.setText(QCoreApplication.translate("IncidentDialog", u"Not certain: it may have happened (\u304a\u305d\u308c)", None))
        self.occurredEditCaption.setText(QCoreApplication.translate("IncidentDialog", u"Happened on", None))
        self.occurredEdit.setPlaceholderText(QCoreApplication.translate("IncidentDialog", u"Empty while unknown", None))
        self.knownEditCaption.setText(QCoreApplication.translate("IncidentDialog", u"First known on", None))
        self.knownEdit.setPlaceholderText(QCoreApplication.translate("IncidentDialog", u"2026-11-20 / \u4ee4\u548c8\u5e7411\u670820\u65e5", None))
        self.toldEditCaption.setText(QCoreApplication.translate("IncidentDialog", u"Privacy office told on", None))
        self.toldEdit.setPlaceholderText(QCoreApplication.translate("IncidentDialog", u"Empty if the same day", None))
        self.foundByEditCaption.setText(QCoreApplication.translate("IncidentDialog", u"Found by", None))
        self.foundByEdit.setPlaceholderText(QCoreApplication.translate("IncidentDialog", u"Who noticed, and how", None))
        self.personsEditCaption.setText(QCoreApplication.translate("IncidentDialog", u"Persons affected", None))
        self.personsEdit.setPlaceholderText(QCoreApplication.translate("IncidentDialog", u"Empty while unknown", None))
        self.estimatedCheck.setText(QCoreApplication.translate("IncidentDialog", u"An estimate", None))
        self.descriptionEditCaption.setText(QCoreApplication.translate("IncidentDialog", u"What happened", None))
        self.itemsEditCaption.setText(QCoreApplication.translate("IncidentDialog", u"Data items", None))
        self.contractorComboCaption.setText(QCoreApplication.translate("IncidentDialog", u"Contractor involved", None))
        self.tabs.setTabText(self.tabs.indexOf(self.basicTab), QCoreApplication.translate("IncidentDialog", u"What happened", None))
        self.containmentEditCaption.setText(QCoreApplication.translate("IncidentDialog", u"Containment", None))
        self.causeEditCaption.setText(QCoreApplication.translate("IncidentDialog", u"Cause", None))
        self.harmEditCaption.setText(QCoreApplication.translate("IncidentDialog", u"Secondary harm", None))
        self.preventionEditCaption.setText(QCoreApplication.translate("IncidentDialog", u"Prevention", None))
        self.responseEditCaption.setText(QCoreApplication.translate("IncidentDialog", u"Response to the persons", None))
        self.announcementEditCaption.setText(QCoreApplication.translate("IncidentDialog", u"Public announcement", None))
        self.otherEditCaption.setText(QCoreApplication.translate("IncidentDialog", u"Other", None))
        self.tabs.setTabText(self.tabs.indexOf(self.reportTab), QCoreApplication.translate("IncidentDialog", u"Report and response", None))
        self.tabs.setTabText(self.tabs.indexOf(self.entriesTab), QCoreApplication.translate("IncidentDialog", u"Register entries affected", None))
        self.judgementBox.setTitle(QCoreApplication.translate("IncidentDialog", u"Report to the Commission? (Enforcement Rules Art. 7)", None))
        self.deadlineBox.setTitle(QCoreApplication.translate("IncidentDialog", u"Deadlines", None))
        self.saveButton.setText(QCoreApplication.translate("IncidentDialog", u"Save", None))
        self.summaryButton.setText(QCoreApplication.translate("IncidentDialog", u"Summary for the Commission\u2026", None))
        self.noticeButton.setText(QCoreApplication.translate("IncidentDialog", u"Notice to a person\u2026", None))
        self.closeIncidentButton.setText(QCoreApplication.translate("IncidentDialog", u"Close the incident", None))
        self.reopenButton.setText(QCoreApplication.translate("IncidentDialog", u"Reopen", None))
        self.closeButton.setText(QCoreApplication.translate("IncidentDialog", u"Close window", None))
    # retranslateUi

