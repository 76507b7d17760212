# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'account_dialog.ui'
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
    QProgressBar, QSizePolicy, QVBoxLayout, QWidget)

class Ui_AccountDialog(object):
    def setupUi(self, AccountDialog):
        if not AccountDialog.objectName():
            AccountDialog.setObjectName(u"AccountDialog")
        self.layout = QVBoxLayout(AccountDialog)
        self.layout.setObjectName(u"layout")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.userCaption = QLabel(AccountDialog)
        self.userCaption.setObjectName(u"userCaption")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.userCaption)

        self.userEdit = QLineEdit(AccountDialog)
        self.userEdit.setObjectName(u"userEdit")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.userEdit)

        self.displayCaption = QLabel(AccountDialog)
        self.displayCaption.setObjectName(u"displayCaption")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.displayCaption)

        self.displayEdit = QLineEdit(AccountDialog)
        self.displayEdit.setObjectName(u"displayEdit")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.displayEdit)

        self.roleCaption = QLabel(AccountDialog)
        self.roleCaption.setObjectName(u"roleCaption")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.roleCaption)

        self.roleCombo = QComboBox(AccountDialog)
        self.roleCombo.setObjectName(u"roleCombo")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.roleCombo)

        self.oldCaption = QLabel(AccountDialog)
        self.oldCaption.setObjectName(u"oldCaption")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.oldCaption)

        self.oldEdit = QLineEdit(AccountDialog)
        self.oldEdit.setObjectName(u"oldEdit")
        self.oldEdit.setEchoMode(QLineEdit.EchoMode.Password)

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.oldEdit)

        self.passwordCaption = QLabel(AccountDialog)
        self.passwordCaption.setObjectName(u"passwordCaption")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.passwordCaption)

        self.passwordEdit = QLineEdit(AccountDialog)
        self.passwordEdit.setObjectName(u"passwordEdit")
        self.passwordEdit.setEchoMode(QLineEdit.EchoMode.Password)

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.passwordEdit)

        self.confirmCaption = QLabel(AccountDialog)
        self.confirmCaption.setObjectName(u"confirmCaption")

        self.form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.confirmCaption)

        self.confirmEdit = QLineEdit(AccountDialog)
        self.confirmEdit.setObjectName(u"confirmEdit")
        self.confirmEdit.setEchoMode(QLineEdit.EchoMode.Password)

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.confirmEdit)

        self.strengthCaption = QLabel(AccountDialog)
        self.strengthCaption.setObjectName(u"strengthCaption")

        self.form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.strengthCaption)

        self.strengthBar = QProgressBar(AccountDialog)
        self.strengthBar.setObjectName(u"strengthBar")
        self.strengthBar.setMaximum(4)
        self.strengthBar.setTextVisible(False)

        self.form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.strengthBar)


        self.layout.addLayout(self.form)

        self.messageLabel = QLabel(AccountDialog)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setText(u"")
        self.messageLabel.setWordWrap(True)
        self.messageLabel.setStyleSheet(u"color: #b00020;")

        self.layout.addWidget(self.messageLabel)

        self.buttonBox = QDialogButtonBox(AccountDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.layout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.userCaption.setBuddy(self.userEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(AccountDialog)

        QMetaObject.connectSlotsByName(AccountDialog)
    # setupUi

    def retranslateUi(self, AccountDialog):
        AccountDialog.setWindowTitle(QCoreApplication.translate("AccountDialog", u"Account", None))
        self.userCaption.setText(QCoreApplication.translate("AccountDialog", u"User name", None))
        self.displayCaption.setText(QCoreApplication.translate("AccountDialog", u"Full name", None))
        self.roleCaption.setText(QCoreApplication.translate("AccountDialog", u"Role", None))
        self.oldCaption.setText(QCoreApplication.translate("AccountDialog", u"Current password", None))
        self.passwordCaption.setText(QCoreApplication.translate("AccountDialog", u"New password", None))
        self.confirmCaption.setText(QCoreApplication.translate("AccountDialog", u"Password again", None))
        self.strengthCaption.setText(QCoreApplication.translate("AccountDialog", u"Strength", None))
    # retranslateUi

