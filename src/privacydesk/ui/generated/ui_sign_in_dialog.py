# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'sign_in_dialog.ui'
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
from PySide6.QtWidgets import (QApplication, QDialog, QFormLayout, QHBoxLayout,
    QLabel, QLineEdit, QPushButton, QSizePolicy,
    QSpacerItem, QToolButton, QVBoxLayout, QWidget)

class Ui_SignInDialog(object):
    def setupUi(self, SignInDialog):
        if not SignInDialog.objectName():
            SignInDialog.setObjectName(u"SignInDialog")
        SignInDialog.resize(460, 360)
        self.verticalLayout = QVBoxLayout(SignInDialog)
        self.verticalLayout.setObjectName(u"verticalLayout")
        self.titleLabel = QLabel(SignInDialog)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setStyleSheet(u"font-size: 16pt; font-weight: bold;")

        self.verticalLayout.addWidget(self.titleLabel)

        self.demoLabel = QLabel(SignInDialog)
        self.demoLabel.setObjectName(u"demoLabel")
        self.demoLabel.setText(u"")
        self.demoLabel.setWordWrap(True)
        self.demoLabel.setStyleSheet(u"background: #fff4d6; padding: 6px; border: 1px solid #e0c060;")

        self.verticalLayout.addWidget(self.demoLabel)

        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.databaseCaption = QLabel(SignInDialog)
        self.databaseCaption.setObjectName(u"databaseCaption")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.databaseCaption)

        self.databaseRow = QHBoxLayout()
        self.databaseRow.setObjectName(u"databaseRow")
        self.databaseLabel = QLabel(SignInDialog)
        self.databaseLabel.setObjectName(u"databaseLabel")
        self.databaseLabel.setText(u"")
        self.databaseLabel.setWordWrap(True)

        self.databaseRow.addWidget(self.databaseLabel)

        self.chooseButton = QPushButton(SignInDialog)
        self.chooseButton.setObjectName(u"chooseButton")

        self.databaseRow.addWidget(self.chooseButton)


        self.formLayout.setLayout(0, QFormLayout.ItemRole.FieldRole, self.databaseRow)

        self.userCaption = QLabel(SignInDialog)
        self.userCaption.setObjectName(u"userCaption")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.userCaption)

        self.userEdit = QLineEdit(SignInDialog)
        self.userEdit.setObjectName(u"userEdit")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.userEdit)

        self.passwordCaption = QLabel(SignInDialog)
        self.passwordCaption.setObjectName(u"passwordCaption")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.passwordCaption)

        self.passwordRow = QHBoxLayout()
        self.passwordRow.setObjectName(u"passwordRow")
        self.passwordEdit = QLineEdit(SignInDialog)
        self.passwordEdit.setObjectName(u"passwordEdit")
        self.passwordEdit.setEchoMode(QLineEdit.EchoMode.Password)

        self.passwordRow.addWidget(self.passwordEdit)

        self.showButton = QToolButton(SignInDialog)
        self.showButton.setObjectName(u"showButton")
        self.showButton.setCheckable(True)

        self.passwordRow.addWidget(self.showButton)


        self.formLayout.setLayout(2, QFormLayout.ItemRole.FieldRole, self.passwordRow)


        self.verticalLayout.addLayout(self.formLayout)

        self.messageLabel = QLabel(SignInDialog)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setText(u"")
        self.messageLabel.setWordWrap(True)
        self.messageLabel.setStyleSheet(u"color: #b00020;")

        self.verticalLayout.addWidget(self.messageLabel)

        self.linksRow = QHBoxLayout()
        self.linksRow.setObjectName(u"linksRow")
        self.recoverButton = QPushButton(SignInDialog)
        self.recoverButton.setObjectName(u"recoverButton")
        self.recoverButton.setFlat(True)

        self.linksRow.addWidget(self.recoverButton)

        self.rebuildKeysButton = QPushButton(SignInDialog)
        self.rebuildKeysButton.setObjectName(u"rebuildKeysButton")
        self.rebuildKeysButton.setFlat(True)

        self.linksRow.addWidget(self.rebuildKeysButton)

        self.linksSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.linksRow.addItem(self.linksSpacer)


        self.verticalLayout.addLayout(self.linksRow)

        self.buttonsRow = QHBoxLayout()
        self.buttonsRow.setObjectName(u"buttonsRow")
        self.buttonsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonsRow.addItem(self.buttonsSpacer)

        self.cancelButton = QPushButton(SignInDialog)
        self.cancelButton.setObjectName(u"cancelButton")

        self.buttonsRow.addWidget(self.cancelButton)

        self.signInButton = QPushButton(SignInDialog)
        self.signInButton.setObjectName(u"signInButton")

        self.buttonsRow.addWidget(self.signInButton)


        self.verticalLayout.addLayout(self.buttonsRow)

#if QT_CONFIG(shortcut)
        self.userCaption.setBuddy(self.userEdit)
        self.passwordCaption.setBuddy(self.passwordEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.userEdit, self.passwordEdit)
        QWidget.setTabOrder(self.passwordEdit, self.showButton)
        QWidget.setTabOrder(self.showButton, self.signInButton)
        QWidget.setTabOrder(self.signInButton, self.cancelButton)

        self.retranslateUi(SignInDialog)

        self.signInButton.setDefault(True)


        QMetaObject.connectSlotsByName(SignInDialog)
    # setupUi

    def retranslateUi(self, SignInDialog):
        SignInDialog.setWindowTitle(QCoreApplication.translate("SignInDialog", u"Sign in \u2014 privacydesk", None))
        self.titleLabel.setText(QCoreApplication.translate("SignInDialog", u"Sign in to the privacy office", None))
        self.databaseCaption.setText(QCoreApplication.translate("SignInDialog", u"Database", None))
        self.chooseButton.setText(QCoreApplication.translate("SignInDialog", u"Choose\u2026", None))
        self.userCaption.setText(QCoreApplication.translate("SignInDialog", u"&User name", None))
        self.passwordCaption.setText(QCoreApplication.translate("SignInDialog", u"&Password", None))
        self.showButton.setText(QCoreApplication.translate("SignInDialog", u"Show", None))
#if QT_CONFIG(tooltip)
        self.showButton.setToolTip(QCoreApplication.translate("SignInDialog", u"Show what you typed (to spot Caps Lock or the input method)", None))
#endif // QT_CONFIG(tooltip)
        self.recoverButton.setText(QCoreApplication.translate("SignInDialog", u"Use the recovery sheet\u2026", None))
        self.rebuildKeysButton.setText(QCoreApplication.translate("SignInDialog", u"Rebuild the key file from a backup\u2026", None))
        self.cancelButton.setText(QCoreApplication.translate("SignInDialog", u"Cancel", None))
        self.signInButton.setText(QCoreApplication.translate("SignInDialog", u"Sign in", None))
    # retranslateUi

