# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'contractor_finish_dialog.ui'
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

class Ui_ContractorFinishDialog(object):
    def setupUi(self, ContractorFinishDialog):
        if not ContractorFinishDialog.objectName():
            ContractorFinishDialog.setObjectName(u"ContractorFinishDialog")
        ContractorFinishDialog.resize(520, 340)
        self.layout = QVBoxLayout(ContractorFinishDialog)
        self.layout.setObjectName(u"layout")
        self.scoreLabel = QLabel(ContractorFinishDialog)
        self.scoreLabel.setObjectName(u"scoreLabel")
        self.scoreLabel.setText(u"")
        self.scoreLabel.setWordWrap(True)

        self.layout.addWidget(self.scoreLabel)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.resultComboCaption = QLabel(ContractorFinishDialog)
        self.resultComboCaption.setObjectName(u"resultComboCaption")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.resultComboCaption)

        self.resultCombo = QComboBox(ContractorFinishDialog)
        self.resultCombo.setObjectName(u"resultCombo")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.resultCombo)

        self.summaryEditCaption = QLabel(ContractorFinishDialog)
        self.summaryEditCaption.setObjectName(u"summaryEditCaption")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.summaryEditCaption)

        self.summaryEdit = QPlainTextEdit(ContractorFinishDialog)
        self.summaryEdit.setObjectName(u"summaryEdit")
        self.summaryEdit.setTabChangesFocus(True)

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.summaryEdit)

        self.finishedEditCaption = QLabel(ContractorFinishDialog)
        self.finishedEditCaption.setObjectName(u"finishedEditCaption")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.finishedEditCaption)

        self.finishedEdit = QLineEdit(ContractorFinishDialog)
        self.finishedEdit.setObjectName(u"finishedEdit")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.finishedEdit)


        self.layout.addLayout(self.form)

        self.messageLabel = QLabel(ContractorFinishDialog)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setText(u"")
        self.messageLabel.setWordWrap(True)

        self.layout.addWidget(self.messageLabel)

        self.buttonBox = QDialogButtonBox(ContractorFinishDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.layout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.resultComboCaption.setBuddy(self.resultCombo)
        self.summaryEditCaption.setBuddy(self.summaryEdit)
        self.finishedEditCaption.setBuddy(self.finishedEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ContractorFinishDialog)

        QMetaObject.connectSlotsByName(ContractorFinishDialog)
    # setupUi

    def retranslateUi(self, ContractorFinishDialog):
        ContractorFinishDialog.setWindowTitle(QCoreApplication.translate("ContractorFinishDialog", u"Finish the review", None))
        self.resultComboCaption.setText(QCoreApplication.translate("ContractorFinishDialog", u"Result", None))
        self.summaryEditCaption.setText(QCoreApplication.translate("ContractorFinishDialog", u"Reasons and conditions", None))
        self.finishedEditCaption.setText(QCoreApplication.translate("ContractorFinishDialog", u"Finished on", None))
    # retranslateUi

