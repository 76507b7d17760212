# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'checklist_editor_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QApplication, QDialog,
    QDialogButtonBox, QFormLayout, QHBoxLayout, QHeaderView,
    QLabel, QLineEdit, QPushButton, QSizePolicy,
    QSpacerItem, QTableView, QVBoxLayout, QWidget)

class Ui_ChecklistEditorDialog(object):
    def setupUi(self, ChecklistEditorDialog):
        if not ChecklistEditorDialog.objectName():
            ChecklistEditorDialog.setObjectName(u"ChecklistEditorDialog")
        ChecklistEditorDialog.resize(900, 640)
        self.layout = QVBoxLayout(ChecklistEditorDialog)
        self.layout.setObjectName(u"layout")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.kindCaption = QLabel(ChecklistEditorDialog)
        self.kindCaption.setObjectName(u"kindCaption")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.kindCaption)

        self.kindLabel = QLabel(ChecklistEditorDialog)
        self.kindLabel.setObjectName(u"kindLabel")
        self.kindLabel.setText(u"")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.kindLabel)

        self.titleEditCaption = QLabel(ChecklistEditorDialog)
        self.titleEditCaption.setObjectName(u"titleEditCaption")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.titleEditCaption)

        self.titleEdit = QLineEdit(ChecklistEditorDialog)
        self.titleEdit.setObjectName(u"titleEdit")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.titleEdit)


        self.layout.addLayout(self.form)

        self.hintLabel = QLabel(ChecklistEditorDialog)
        self.hintLabel.setObjectName(u"hintLabel")
        self.hintLabel.setWordWrap(True)

        self.layout.addWidget(self.hintLabel)

        self.questionsView = QTableView(ChecklistEditorDialog)
        self.questionsView.setObjectName(u"questionsView")
        self.questionsView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.questionsView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.questionsView.setWordWrap(True)

        self.layout.addWidget(self.questionsView)

        self.rowButtons = QHBoxLayout()
        self.rowButtons.setObjectName(u"rowButtons")
        self.addButton = QPushButton(ChecklistEditorDialog)
        self.addButton.setObjectName(u"addButton")

        self.rowButtons.addWidget(self.addButton)

        self.removeButton = QPushButton(ChecklistEditorDialog)
        self.removeButton.setObjectName(u"removeButton")

        self.rowButtons.addWidget(self.removeButton)

        self.upButton = QPushButton(ChecklistEditorDialog)
        self.upButton.setObjectName(u"upButton")

        self.rowButtons.addWidget(self.upButton)

        self.downButton = QPushButton(ChecklistEditorDialog)
        self.downButton.setObjectName(u"downButton")

        self.rowButtons.addWidget(self.downButton)

        self.rowSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.rowButtons.addItem(self.rowSpacer)


        self.layout.addLayout(self.rowButtons)

        self.messageLabel = QLabel(ChecklistEditorDialog)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setText(u"")
        self.messageLabel.setWordWrap(True)

        self.layout.addWidget(self.messageLabel)

        self.buttonBox = QDialogButtonBox(ChecklistEditorDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.layout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.titleEditCaption.setBuddy(self.titleEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ChecklistEditorDialog)

        QMetaObject.connectSlotsByName(ChecklistEditorDialog)
    # setupUi

    def retranslateUi(self, ChecklistEditorDialog):
        ChecklistEditorDialog.setWindowTitle(QCoreApplication.translate("ChecklistEditorDialog", u"New version of a checklist", None))
        self.kindCaption.setText(QCoreApplication.translate("ChecklistEditorDialog", u"Checklist", None))
        self.titleEditCaption.setText(QCoreApplication.translate("ChecklistEditorDialog", u"Title", None))
        self.hintLabel.setText(QCoreApplication.translate("ChecklistEditorDialog", u"Double-click a cell to edit it. Questions are asked in this order, grouped by category; each needs a code of its own.", None))
        self.addButton.setText(QCoreApplication.translate("ChecklistEditorDialog", u"Add a question", None))
        self.removeButton.setText(QCoreApplication.translate("ChecklistEditorDialog", u"Remove", None))
        self.upButton.setText(QCoreApplication.translate("ChecklistEditorDialog", u"Move up", None))
        self.downButton.setText(QCoreApplication.translate("ChecklistEditorDialog", u"Move down", None))
    # retranslateUi

