# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'staff_training_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QDialog, QFormLayout,
    QGroupBox, QHBoxLayout, QHeaderView, QLabel,
    QLineEdit, QPushButton, QSizePolicy, QSpacerItem,
    QTableView, QVBoxLayout, QWidget)

class Ui_StaffTrainingDialog(object):
    def setupUi(self, StaffTrainingDialog):
        if not StaffTrainingDialog.objectName():
            StaffTrainingDialog.setObjectName(u"StaffTrainingDialog")
        StaffTrainingDialog.resize(760, 600)
        self.layout = QVBoxLayout(StaffTrainingDialog)
        self.layout.setObjectName(u"layout")
        self.headerLabel = QLabel(StaffTrainingDialog)
        self.headerLabel.setObjectName(u"headerLabel")
        self.headerLabel.setText(u"")
        self.headerLabel.setStyleSheet(u"font-size: 14pt; font-weight: bold;")

        self.layout.addWidget(self.headerLabel)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.heldEditCaption = QLabel(StaffTrainingDialog)
        self.heldEditCaption.setObjectName(u"heldEditCaption")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.heldEditCaption)

        self.heldEdit = QLineEdit(StaffTrainingDialog)
        self.heldEdit.setObjectName(u"heldEdit")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.heldEdit)

        self.topicEditCaption = QLabel(StaffTrainingDialog)
        self.topicEditCaption.setObjectName(u"topicEditCaption")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.topicEditCaption)

        self.topicEdit = QLineEdit(StaffTrainingDialog)
        self.topicEdit.setObjectName(u"topicEdit")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.topicEdit)

        self.materialEditCaption = QLabel(StaffTrainingDialog)
        self.materialEditCaption.setObjectName(u"materialEditCaption")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.materialEditCaption)

        self.materialEdit = QLineEdit(StaffTrainingDialog)
        self.materialEdit.setObjectName(u"materialEdit")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.materialEdit)


        self.layout.addLayout(self.form)

        self.saveRow = QHBoxLayout()
        self.saveRow.setObjectName(u"saveRow")
        self.saveSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.saveRow.addItem(self.saveSpacer)

        self.saveButton = QPushButton(StaffTrainingDialog)
        self.saveButton.setObjectName(u"saveButton")
        self.saveButton.setAutoDefault(False)

        self.saveRow.addWidget(self.saveButton)


        self.layout.addLayout(self.saveRow)

        self.attendanceBox = QGroupBox(StaffTrainingDialog)
        self.attendanceBox.setObjectName(u"attendanceBox")
        self.attendanceLayout = QVBoxLayout(self.attendanceBox)
        self.attendanceLayout.setObjectName(u"attendanceLayout")
        self.attendanceView = QTableView(self.attendanceBox)
        self.attendanceView.setObjectName(u"attendanceView")
        self.attendanceView.setTabKeyNavigation(False)
        self.attendanceView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.attendanceView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)

        self.attendanceLayout.addWidget(self.attendanceView)

        self.attendanceButtons = QHBoxLayout()
        self.attendanceButtons.setObjectName(u"attendanceButtons")
        self.saveAttendanceButton = QPushButton(self.attendanceBox)
        self.saveAttendanceButton.setObjectName(u"saveAttendanceButton")
        self.saveAttendanceButton.setAutoDefault(False)

        self.attendanceButtons.addWidget(self.saveAttendanceButton)

        self.sheetButton = QPushButton(self.attendanceBox)
        self.sheetButton.setObjectName(u"sheetButton")
        self.sheetButton.setAutoDefault(False)

        self.attendanceButtons.addWidget(self.sheetButton)

        self.attendanceSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.attendanceButtons.addItem(self.attendanceSpacer)


        self.attendanceLayout.addLayout(self.attendanceButtons)


        self.layout.addWidget(self.attendanceBox)

        self.messageLabel = QLabel(StaffTrainingDialog)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setText(u"")
        self.messageLabel.setWordWrap(True)

        self.layout.addWidget(self.messageLabel)

        self.buttons = QHBoxLayout()
        self.buttons.setObjectName(u"buttons")
        self.buttonSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttons.addItem(self.buttonSpacer)

        self.closeButton = QPushButton(StaffTrainingDialog)
        self.closeButton.setObjectName(u"closeButton")
        self.closeButton.setAutoDefault(False)

        self.buttons.addWidget(self.closeButton)


        self.layout.addLayout(self.buttons)

#if QT_CONFIG(shortcut)
        self.heldEditCaption.setBuddy(self.heldEdit)
        self.topicEditCaption.setBuddy(self.topicEdit)
        self.materialEditCaption.setBuddy(self.materialEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(StaffTrainingDialog)

        QMetaObject.connectSlotsByName(StaffTrainingDialog)
    # setupUi

    def retranslateUi(self, StaffTrainingDialog):
        StaffTrainingDialog.setWindowTitle(QCoreApplication.translate("StaffTrainingDialog", u"Training", None))
        self.heldEditCaption.setText(QCoreApplication.translate("StaffTrainingDialog", u"Held on", None))
        self.heldEdit.setPlaceholderText(QCoreApplication.translate("StaffTrainingDialog", u"e.g. 2026-04-01 or \u4ee4\u548c8\u5e744\u67081\u65e5", None))
        self.topicEditCaption.setText(QCoreApplication.translate("StaffTrainingDialog", u"Topic", None))
        self.materialEditCaption.setText(QCoreApplication.translate("StaffTrainingDialog", u"Material", None))
        self.saveButton.setText(QCoreApplication.translate("StaffTrainingDialog", u"Save the training", None))
        self.attendanceBox.setTitle(QCoreApplication.translate("StaffTrainingDialog", u"Attendance: tick who attended and whose understanding was checked", None))
        self.saveAttendanceButton.setText(QCoreApplication.translate("StaffTrainingDialog", u"Save the attendance", None))
        self.sheetButton.setText(QCoreApplication.translate("StaffTrainingDialog", u"Print the attendance sheet\u2026", None))
        self.closeButton.setText(QCoreApplication.translate("StaffTrainingDialog", u"Close", None))
    # retranslateUi

