# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'staff_member_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QCheckBox, QComboBox,
    QDialog, QFormLayout, QGroupBox, QHBoxLayout,
    QHeaderView, QLabel, QLineEdit, QPlainTextEdit,
    QPushButton, QSizePolicy, QSpacerItem, QTableView,
    QVBoxLayout, QWidget)

class Ui_StaffMemberDialog(object):
    def setupUi(self, StaffMemberDialog):
        if not StaffMemberDialog.objectName():
            StaffMemberDialog.setObjectName(u"StaffMemberDialog")
        StaffMemberDialog.resize(820, 640)
        self.layout = QVBoxLayout(StaffMemberDialog)
        self.layout.setObjectName(u"layout")
        self.headerLabel = QLabel(StaffMemberDialog)
        self.headerLabel.setObjectName(u"headerLabel")
        self.headerLabel.setText(u"")
        self.headerLabel.setStyleSheet(u"font-size: 14pt; font-weight: bold;")

        self.layout.addWidget(self.headerLabel)

        self.flagsLabel = QLabel(StaffMemberDialog)
        self.flagsLabel.setObjectName(u"flagsLabel")
        self.flagsLabel.setText(u"")
        self.flagsLabel.setWordWrap(True)
        self.flagsLabel.setTextFormat(Qt.TextFormat.RichText)

        self.layout.addWidget(self.flagsLabel)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.nameEditCaption = QLabel(StaffMemberDialog)
        self.nameEditCaption.setObjectName(u"nameEditCaption")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.nameEditCaption)

        self.nameEdit = QLineEdit(StaffMemberDialog)
        self.nameEdit.setObjectName(u"nameEdit")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.nameEdit)

        self.kindComboCaption = QLabel(StaffMemberDialog)
        self.kindComboCaption.setObjectName(u"kindComboCaption")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.kindComboCaption)

        self.kindCombo = QComboBox(StaffMemberDialog)
        self.kindCombo.setObjectName(u"kindCombo")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.kindCombo)

        self.roleEditCaption = QLabel(StaffMemberDialog)
        self.roleEditCaption.setObjectName(u"roleEditCaption")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.roleEditCaption)

        self.roleEdit = QLineEdit(StaffMemberDialog)
        self.roleEdit.setObjectName(u"roleEdit")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.roleEdit)

        self.accountComboCaption = QLabel(StaffMemberDialog)
        self.accountComboCaption.setObjectName(u"accountComboCaption")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.accountComboCaption)

        self.accountCombo = QComboBox(StaffMemberDialog)
        self.accountCombo.setObjectName(u"accountCombo")

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.accountCombo)

        self.startEditCaption = QLabel(StaffMemberDialog)
        self.startEditCaption.setObjectName(u"startEditCaption")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.startEditCaption)

        self.startEdit = QLineEdit(StaffMemberDialog)
        self.startEdit.setObjectName(u"startEdit")

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.startEdit)

        self.endEditCaption = QLabel(StaffMemberDialog)
        self.endEditCaption.setObjectName(u"endEditCaption")

        self.form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.endEditCaption)

        self.endEdit = QLineEdit(StaffMemberDialog)
        self.endEdit.setObjectName(u"endEdit")

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.endEdit)

        self.notesEditCaption = QLabel(StaffMemberDialog)
        self.notesEditCaption.setObjectName(u"notesEditCaption")

        self.form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.notesEditCaption)

        self.notesEdit = QPlainTextEdit(StaffMemberDialog)
        self.notesEdit.setObjectName(u"notesEdit")
        self.notesEdit.setTabChangesFocus(True)
        self.notesEdit.setMaximumSize(QSize(16777215, 60))

        self.form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.notesEdit)


        self.layout.addLayout(self.form)

        self.pledgesBox = QGroupBox(StaffMemberDialog)
        self.pledgesBox.setObjectName(u"pledgesBox")
        self.pledgesLayout = QVBoxLayout(self.pledgesBox)
        self.pledgesLayout.setObjectName(u"pledgesLayout")
        self.pledgesView = QTableView(self.pledgesBox)
        self.pledgesView.setObjectName(u"pledgesView")
        self.pledgesView.setTabKeyNavigation(False)
        self.pledgesView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.pledgesView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.pledgesView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)

        self.pledgesLayout.addWidget(self.pledgesView)

        self.pledgeRow = QHBoxLayout()
        self.pledgeRow.setObjectName(u"pledgeRow")
        self.signedEditCaption = QLabel(self.pledgesBox)
        self.signedEditCaption.setObjectName(u"signedEditCaption")

        self.pledgeRow.addWidget(self.signedEditCaption)

        self.signedEdit = QLineEdit(self.pledgesBox)
        self.signedEdit.setObjectName(u"signedEdit")
        self.signedEdit.setMaximumSize(QSize(130, 16777215))

        self.pledgeRow.addWidget(self.signedEdit)

        self.versionEditCaption = QLabel(self.pledgesBox)
        self.versionEditCaption.setObjectName(u"versionEditCaption")

        self.pledgeRow.addWidget(self.versionEditCaption)

        self.versionEdit = QLineEdit(self.pledgesBox)
        self.versionEdit.setObjectName(u"versionEdit")
        self.versionEdit.setMaximumSize(QSize(100, 16777215))

        self.pledgeRow.addWidget(self.versionEdit)

        self.keptEditCaption = QLabel(self.pledgesBox)
        self.keptEditCaption.setObjectName(u"keptEditCaption")

        self.pledgeRow.addWidget(self.keptEditCaption)

        self.keptEdit = QLineEdit(self.pledgesBox)
        self.keptEdit.setObjectName(u"keptEdit")

        self.pledgeRow.addWidget(self.keptEdit)

        self.continuesCheck = QCheckBox(self.pledgesBox)
        self.continuesCheck.setObjectName(u"continuesCheck")
        self.continuesCheck.setChecked(True)

        self.pledgeRow.addWidget(self.continuesCheck)


        self.pledgesLayout.addLayout(self.pledgeRow)

        self.pledgeButtons = QHBoxLayout()
        self.pledgeButtons.setObjectName(u"pledgeButtons")
        self.addPledgeButton = QPushButton(self.pledgesBox)
        self.addPledgeButton.setObjectName(u"addPledgeButton")
        self.addPledgeButton.setAutoDefault(False)

        self.pledgeButtons.addWidget(self.addPledgeButton)

        self.removePledgeButton = QPushButton(self.pledgesBox)
        self.removePledgeButton.setObjectName(u"removePledgeButton")
        self.removePledgeButton.setAutoDefault(False)

        self.pledgeButtons.addWidget(self.removePledgeButton)

        self.pledgeSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.pledgeButtons.addItem(self.pledgeSpacer)


        self.pledgesLayout.addLayout(self.pledgeButtons)


        self.layout.addWidget(self.pledgesBox)

        self.trainingsBox = QGroupBox(StaffMemberDialog)
        self.trainingsBox.setObjectName(u"trainingsBox")
        self.trainingsLayout = QVBoxLayout(self.trainingsBox)
        self.trainingsLayout.setObjectName(u"trainingsLayout")
        self.attendedView = QTableView(self.trainingsBox)
        self.attendedView.setObjectName(u"attendedView")
        self.attendedView.setTabKeyNavigation(False)
        self.attendedView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.attendedView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.attendedView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)

        self.trainingsLayout.addWidget(self.attendedView)


        self.layout.addWidget(self.trainingsBox)

        self.messageLabel = QLabel(StaffMemberDialog)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setText(u"")
        self.messageLabel.setWordWrap(True)

        self.layout.addWidget(self.messageLabel)

        self.buttons = QHBoxLayout()
        self.buttons.setObjectName(u"buttons")
        self.buttonSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttons.addItem(self.buttonSpacer)

        self.saveButton = QPushButton(StaffMemberDialog)
        self.saveButton.setObjectName(u"saveButton")

        self.buttons.addWidget(self.saveButton)

        self.closeButton = QPushButton(StaffMemberDialog)
        self.closeButton.setObjectName(u"closeButton")
        self.closeButton.setAutoDefault(False)

        self.buttons.addWidget(self.closeButton)


        self.layout.addLayout(self.buttons)

#if QT_CONFIG(shortcut)
        self.nameEditCaption.setBuddy(self.nameEdit)
        self.kindComboCaption.setBuddy(self.kindCombo)
        self.roleEditCaption.setBuddy(self.roleEdit)
        self.accountComboCaption.setBuddy(self.accountCombo)
        self.startEditCaption.setBuddy(self.startEdit)
        self.endEditCaption.setBuddy(self.endEdit)
        self.notesEditCaption.setBuddy(self.notesEdit)
        self.signedEditCaption.setBuddy(self.signedEdit)
        self.versionEditCaption.setBuddy(self.versionEdit)
        self.keptEditCaption.setBuddy(self.keptEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.nameEdit, self.kindCombo)
        QWidget.setTabOrder(self.kindCombo, self.roleEdit)
        QWidget.setTabOrder(self.roleEdit, self.accountCombo)
        QWidget.setTabOrder(self.accountCombo, self.startEdit)
        QWidget.setTabOrder(self.startEdit, self.endEdit)
        QWidget.setTabOrder(self.endEdit, self.notesEdit)
        QWidget.setTabOrder(self.notesEdit, self.saveButton)

        self.retranslateUi(StaffMemberDialog)

        self.saveButton.setDefault(True)


        QMetaObject.connectSlotsByName(StaffMemberDialog)
    # setupUi

    def retranslateUi(self, StaffMemberDialog):
        StaffMemberDialog.setWindowTitle(QCoreApplication.translate("StaffMemberDialog", u"Staff member", None))
        self.nameEditCaption.setText(QCoreApplication.translate("StaffMemberDialog", u"Name", None))
        self.kindComboCaption.setText(QCoreApplication.translate("StaffMemberDialog", u"Kind", None))
        self.roleEditCaption.setText(QCoreApplication.translate("StaffMemberDialog", u"Part in handling personal data", None))
        self.roleEdit.setPlaceholderText(QCoreApplication.translate("StaffMemberDialog", u"e.g. member list, consultations desk", None))
        self.accountComboCaption.setText(QCoreApplication.translate("StaffMemberDialog", u"App account", None))
        self.startEditCaption.setText(QCoreApplication.translate("StaffMemberDialog", u"From", None))
        self.startEdit.setPlaceholderText(QCoreApplication.translate("StaffMemberDialog", u"e.g. 2026-04-01 or \u4ee4\u548c8\u5e744\u67081\u65e5", None))
        self.endEditCaption.setText(QCoreApplication.translate("StaffMemberDialog", u"Until", None))
        self.endEdit.setPlaceholderText(QCoreApplication.translate("StaffMemberDialog", u"Left empty while they are active", None))
        self.notesEditCaption.setText(QCoreApplication.translate("StaffMemberDialog", u"Notes", None))
        self.pledgesBox.setTitle(QCoreApplication.translate("StaffMemberDialog", u"Pledges (\u8a93\u7d04\u66f8)", None))
        self.signedEditCaption.setText(QCoreApplication.translate("StaffMemberDialog", u"Signed on", None))
        self.versionEditCaption.setText(QCoreApplication.translate("StaffMemberDialog", u"Version", None))
        self.keptEditCaption.setText(QCoreApplication.translate("StaffMemberDialog", u"Kept where", None))
        self.continuesCheck.setText(QCoreApplication.translate("StaffMemberDialog", u"Continues after leaving", None))
        self.addPledgeButton.setText(QCoreApplication.translate("StaffMemberDialog", u"Record the pledge", None))
        self.removePledgeButton.setText(QCoreApplication.translate("StaffMemberDialog", u"Remove", None))
        self.trainingsBox.setTitle(QCoreApplication.translate("StaffMemberDialog", u"Trainings attended", None))
        self.saveButton.setText(QCoreApplication.translate("StaffMemberDialog", u"Save", None))
        self.closeButton.setText(QCoreApplication.translate("StaffMemberDialog", u"Close", None))
    # retranslateUi

