# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'self_check_finish_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDialog,
    QDialogButtonBox, QFormLayout, QLabel, QLineEdit,
    QPlainTextEdit, QSizePolicy, QVBoxLayout, QWidget)

class Ui_SelfCheckFinishDialog(object):
    def setupUi(self, SelfCheckFinishDialog):
        if not SelfCheckFinishDialog.objectName():
            SelfCheckFinishDialog.setObjectName(u"SelfCheckFinishDialog")
        SelfCheckFinishDialog.resize(520, 340)
        self.layout = QVBoxLayout(SelfCheckFinishDialog)
        self.layout.setObjectName(u"layout")
        self.scoreLabel = QLabel(SelfCheckFinishDialog)
        self.scoreLabel.setObjectName(u"scoreLabel")
        self.scoreLabel.setText(u"")
        self.scoreLabel.setWordWrap(True)

        self.layout.addWidget(self.scoreLabel)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.resultComboCaption = QLabel(SelfCheckFinishDialog)
        self.resultComboCaption.setObjectName(u"resultComboCaption")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.resultComboCaption)

        self.resultCombo = QComboBox(SelfCheckFinishDialog)
        self.resultCombo.setObjectName(u"resultCombo")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.resultCombo)

        self.summaryEditCaption = QLabel(SelfCheckFinishDialog)
        self.summaryEditCaption.setObjectName(u"summaryEditCaption")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.summaryEditCaption)

        self.summaryEdit = QPlainTextEdit(SelfCheckFinishDialog)
        self.summaryEdit.setObjectName(u"summaryEdit")
        self.summaryEdit.setTabChangesFocus(True)

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.summaryEdit)

        self.finishedEditCaption = QLabel(SelfCheckFinishDialog)
        self.finishedEditCaption.setObjectName(u"finishedEditCaption")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.finishedEditCaption)

        self.finishedEdit = QLineEdit(SelfCheckFinishDialog)
        self.finishedEdit.setObjectName(u"finishedEdit")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.finishedEdit)


        self.layout.addLayout(self.form)

        self.messageLabel = QLabel(SelfCheckFinishDialog)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setText(u"")
        self.messageLabel.setWordWrap(True)

        self.layout.addWidget(self.messageLabel)

        self.buttonBox = QDialogButtonBox(SelfCheckFinishDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.layout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.resultComboCaption.setBuddy(self.resultCombo)
        self.summaryEditCaption.setBuddy(self.summaryEdit)
        self.finishedEditCaption.setBuddy(self.finishedEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(SelfCheckFinishDialog)

        QMetaObject.connectSlotsByName(SelfCheckFinishDialog)
    # setupUi

    def retranslateUi(self, SelfCheckFinishDialog):
        SelfCheckFinishDialog.setWindowTitle(QCoreApplication.translate("SelfCheckFinishDialog", u"Finish the self-check", None))
        self.resultComboCaption.setText(QCoreApplication.translate("SelfCheckFinishDialog", u"Result", None))
        self.summaryEditCaption.setText(QCoreApplication.translate("SelfCheckFinishDialog", u"What is missing and what will be done", None))
        self.finishedEditCaption.setText(QCoreApplication.translate("SelfCheckFinishDialog", u"Finished on", None))
    # retranslateUi

