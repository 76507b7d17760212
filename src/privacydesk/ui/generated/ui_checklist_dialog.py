# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'checklist_dialog.ui'
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
    QHBoxLayout, QHeaderView, QLabel, QPushButton,
    QSizePolicy, QSpacerItem, QTableView, QVBoxLayout,
    QWidget)

class Ui_ChecklistDialog(object):
    def setupUi(self, ChecklistDialog):
        if not ChecklistDialog.objectName():
            ChecklistDialog.setObjectName(u"ChecklistDialog")
        ChecklistDialog.resize(900, 640)
        self.layout = QVBoxLayout(ChecklistDialog)
        self.layout.setObjectName(u"layout")
        self.kindRow = QHBoxLayout()
        self.kindRow.setObjectName(u"kindRow")
        self.kindComboCaption = QLabel(ChecklistDialog)
        self.kindComboCaption.setObjectName(u"kindComboCaption")

        self.kindRow.addWidget(self.kindComboCaption)

        self.kindCombo = QComboBox(ChecklistDialog)
        self.kindCombo.setObjectName(u"kindCombo")

        self.kindRow.addWidget(self.kindCombo)

        self.kindSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.kindRow.addItem(self.kindSpacer)


        self.layout.addLayout(self.kindRow)

        self.hintLabel = QLabel(ChecklistDialog)
        self.hintLabel.setObjectName(u"hintLabel")
        self.hintLabel.setWordWrap(True)

        self.layout.addWidget(self.hintLabel)

        self.versionsView = QTableView(ChecklistDialog)
        self.versionsView.setObjectName(u"versionsView")
        self.versionsView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.versionsView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.versionsView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.versionsView.setMaximumSize(QSize(16777215, 150))

        self.layout.addWidget(self.versionsView)

        self.buttons = QHBoxLayout()
        self.buttons.setObjectName(u"buttons")
        self.editButton = QPushButton(ChecklistDialog)
        self.editButton.setObjectName(u"editButton")

        self.buttons.addWidget(self.editButton)

        self.publishButton = QPushButton(ChecklistDialog)
        self.publishButton.setObjectName(u"publishButton")

        self.buttons.addWidget(self.publishButton)

        self.discardButton = QPushButton(ChecklistDialog)
        self.discardButton.setObjectName(u"discardButton")

        self.buttons.addWidget(self.discardButton)

        self.spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttons.addItem(self.spacer)


        self.layout.addLayout(self.buttons)

        self.questionsCaption = QLabel(ChecklistDialog)
        self.questionsCaption.setObjectName(u"questionsCaption")
        self.questionsCaption.setText(u"")

        self.layout.addWidget(self.questionsCaption)

        self.questionsView = QTableView(ChecklistDialog)
        self.questionsView.setObjectName(u"questionsView")
        self.questionsView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.questionsView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.questionsView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.questionsView.setWordWrap(True)

        self.layout.addWidget(self.questionsView)

        self.bottom = QHBoxLayout()
        self.bottom.setObjectName(u"bottom")
        self.messageLabel = QLabel(ChecklistDialog)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setText(u"")
        self.messageLabel.setWordWrap(True)
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.messageLabel.sizePolicy().hasHeightForWidth())
        self.messageLabel.setSizePolicy(sizePolicy)

        self.bottom.addWidget(self.messageLabel)

        self.closeButton = QPushButton(ChecklistDialog)
        self.closeButton.setObjectName(u"closeButton")

        self.bottom.addWidget(self.closeButton)


        self.layout.addLayout(self.bottom)

#if QT_CONFIG(shortcut)
        self.kindComboCaption.setBuddy(self.kindCombo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ChecklistDialog)

        QMetaObject.connectSlotsByName(ChecklistDialog)
    # setupUi

    def retranslateUi(self, ChecklistDialog):
        ChecklistDialog.setWindowTitle(QCoreApplication.translate("ChecklistDialog", u"Checklists", None))
        self.kindComboCaption.setText(QCoreApplication.translate("ChecklistDialog", u"Checklist", None))
        self.hintLabel.setText(QCoreApplication.translate("ChecklistDialog", u"A version in use never changes: an edit makes a new draft version, which is used from when it is published. Reviews keep the version they were answered against.", None))
        self.editButton.setText(QCoreApplication.translate("ChecklistDialog", u"Edit into a new version\u2026", None))
        self.publishButton.setText(QCoreApplication.translate("ChecklistDialog", u"Publish\u2026", None))
        self.discardButton.setText(QCoreApplication.translate("ChecklistDialog", u"Discard draft\u2026", None))
        self.closeButton.setText(QCoreApplication.translate("ChecklistDialog", u"Close", None))
    # retranslateUi

