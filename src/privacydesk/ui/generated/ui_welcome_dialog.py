# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'welcome_dialog.ui'
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
from PySide6.QtWidgets import (QApplication, QCheckBox, QDialog, QFormLayout,
    QHBoxLayout, QLabel, QLineEdit, QPlainTextEdit,
    QProgressBar, QPushButton, QSizePolicy, QSpacerItem,
    QStackedWidget, QToolButton, QVBoxLayout, QWidget)

class Ui_WelcomeDialog(object):
    def setupUi(self, WelcomeDialog):
        if not WelcomeDialog.objectName():
            WelcomeDialog.setObjectName(u"WelcomeDialog")
        WelcomeDialog.resize(640, 560)
        self.verticalLayout = QVBoxLayout(WelcomeDialog)
        self.verticalLayout.setObjectName(u"verticalLayout")
        self.stepLabel = QLabel(WelcomeDialog)
        self.stepLabel.setObjectName(u"stepLabel")
        self.stepLabel.setText(u"")
        self.stepLabel.setStyleSheet(u"font-size: 15pt; font-weight: bold;")

        self.verticalLayout.addWidget(self.stepLabel)

        self.steps = QStackedWidget(WelcomeDialog)
        self.steps.setObjectName(u"steps")
        self.createPage = QWidget()
        self.createPage.setObjectName(u"createPage")
        self.createLayout = QVBoxLayout(self.createPage)
        self.createLayout.setObjectName(u"createLayout")
        self.createIntro = QLabel(self.createPage)
        self.createIntro.setObjectName(u"createIntro")
        self.createIntro.setWordWrap(True)

        self.createLayout.addWidget(self.createIntro)

        self.createForm = QFormLayout()
        self.createForm.setObjectName(u"createForm")
        self.locationCaption = QLabel(self.createPage)
        self.locationCaption.setObjectName(u"locationCaption")

        self.createForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.locationCaption)

        self.locationRow = QHBoxLayout()
        self.locationRow.setObjectName(u"locationRow")
        self.locationEdit = QLineEdit(self.createPage)
        self.locationEdit.setObjectName(u"locationEdit")

        self.locationRow.addWidget(self.locationEdit)

        self.browseButton = QPushButton(self.createPage)
        self.browseButton.setObjectName(u"browseButton")

        self.locationRow.addWidget(self.browseButton)


        self.createForm.setLayout(0, QFormLayout.ItemRole.FieldRole, self.locationRow)

        self.managerCaption = QLabel(self.createPage)
        self.managerCaption.setObjectName(u"managerCaption")

        self.createForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.managerCaption)

        self.managerEdit = QLineEdit(self.createPage)
        self.managerEdit.setObjectName(u"managerEdit")

        self.createForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.managerEdit)

        self.displayCaption = QLabel(self.createPage)
        self.displayCaption.setObjectName(u"displayCaption")

        self.createForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.displayCaption)

        self.displayEdit = QLineEdit(self.createPage)
        self.displayEdit.setObjectName(u"displayEdit")

        self.createForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.displayEdit)

        self.passwordCaption = QLabel(self.createPage)
        self.passwordCaption.setObjectName(u"passwordCaption")

        self.createForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.passwordCaption)

        self.passwordRow = QHBoxLayout()
        self.passwordRow.setObjectName(u"passwordRow")
        self.passwordEdit = QLineEdit(self.createPage)
        self.passwordEdit.setObjectName(u"passwordEdit")
        self.passwordEdit.setEchoMode(QLineEdit.EchoMode.Password)

        self.passwordRow.addWidget(self.passwordEdit)

        self.showButton = QToolButton(self.createPage)
        self.showButton.setObjectName(u"showButton")
        self.showButton.setCheckable(True)

        self.passwordRow.addWidget(self.showButton)


        self.createForm.setLayout(3, QFormLayout.ItemRole.FieldRole, self.passwordRow)

        self.confirmCaption = QLabel(self.createPage)
        self.confirmCaption.setObjectName(u"confirmCaption")

        self.createForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.confirmCaption)

        self.confirmEdit = QLineEdit(self.createPage)
        self.confirmEdit.setObjectName(u"confirmEdit")
        self.confirmEdit.setEchoMode(QLineEdit.EchoMode.Password)

        self.createForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.confirmEdit)

        self.strengthCaption = QLabel(self.createPage)
        self.strengthCaption.setObjectName(u"strengthCaption")

        self.createForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.strengthCaption)

        self.strengthBar = QProgressBar(self.createPage)
        self.strengthBar.setObjectName(u"strengthBar")
        self.strengthBar.setMaximum(4)
        self.strengthBar.setTextVisible(False)

        self.createForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.strengthBar)


        self.createLayout.addLayout(self.createForm)

        self.passwordHelp = QLabel(self.createPage)
        self.passwordHelp.setObjectName(u"passwordHelp")
        self.passwordHelp.setWordWrap(True)

        self.createLayout.addWidget(self.passwordHelp)

        self.createSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.createLayout.addItem(self.createSpacer)

        self.steps.addWidget(self.createPage)
        self.sheetPage = QWidget()
        self.sheetPage.setObjectName(u"sheetPage")
        self.sheetLayout = QVBoxLayout(self.sheetPage)
        self.sheetLayout.setObjectName(u"sheetLayout")
        self.sheetIntro = QLabel(self.sheetPage)
        self.sheetIntro.setObjectName(u"sheetIntro")
        self.sheetIntro.setWordWrap(True)

        self.sheetLayout.addWidget(self.sheetIntro)

        self.sheetText = QPlainTextEdit(self.sheetPage)
        self.sheetText.setObjectName(u"sheetText")
        self.sheetText.setReadOnly(True)

        self.sheetLayout.addWidget(self.sheetText)

        self.sheetButtons = QHBoxLayout()
        self.sheetButtons.setObjectName(u"sheetButtons")
        self.printButton = QPushButton(self.sheetPage)
        self.printButton.setObjectName(u"printButton")

        self.sheetButtons.addWidget(self.printButton)

        self.sheetSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.sheetButtons.addItem(self.sheetSpacer)


        self.sheetLayout.addLayout(self.sheetButtons)

        self.keptCheck = QCheckBox(self.sheetPage)
        self.keptCheck.setObjectName(u"keptCheck")

        self.sheetLayout.addWidget(self.keptCheck)

        self.steps.addWidget(self.sheetPage)
        self.profilePage = QWidget()
        self.profilePage.setObjectName(u"profilePage")
        self.profileLayout = QVBoxLayout(self.profilePage)
        self.profileLayout.setObjectName(u"profileLayout")
        self.profileIntro = QLabel(self.profilePage)
        self.profileIntro.setObjectName(u"profileIntro")
        self.profileIntro.setWordWrap(True)

        self.profileLayout.addWidget(self.profileIntro)

        self.profileHost = QWidget(self.profilePage)
        self.profileHost.setObjectName(u"profileHost")

        self.profileLayout.addWidget(self.profileHost)

        self.steps.addWidget(self.profilePage)

        self.verticalLayout.addWidget(self.steps)

        self.messageLabel = QLabel(WelcomeDialog)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setText(u"")
        self.messageLabel.setWordWrap(True)
        self.messageLabel.setStyleSheet(u"color: #b00020;")

        self.verticalLayout.addWidget(self.messageLabel)

        self.navRow = QHBoxLayout()
        self.navRow.setObjectName(u"navRow")
        self.navSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.navRow.addItem(self.navSpacer)

        self.cancelButton = QPushButton(WelcomeDialog)
        self.cancelButton.setObjectName(u"cancelButton")

        self.navRow.addWidget(self.cancelButton)

        self.nextButton = QPushButton(WelcomeDialog)
        self.nextButton.setObjectName(u"nextButton")

        self.navRow.addWidget(self.nextButton)


        self.verticalLayout.addLayout(self.navRow)

#if QT_CONFIG(shortcut)
        self.managerCaption.setBuddy(self.managerEdit)
        self.passwordCaption.setBuddy(self.passwordEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(WelcomeDialog)

        self.nextButton.setDefault(True)


        QMetaObject.connectSlotsByName(WelcomeDialog)
    # setupUi

    def retranslateUi(self, WelcomeDialog):
        WelcomeDialog.setWindowTitle(QCoreApplication.translate("WelcomeDialog", u"Welcome to privacydesk", None))
        self.createIntro.setText(QCoreApplication.translate("WelcomeDialog", u"privacydesk keeps the office's records in one encrypted file. Create it, and the first account: a manager, who adds the other staff later.", None))
        self.locationCaption.setText(QCoreApplication.translate("WelcomeDialog", u"Database file", None))
        self.browseButton.setText(QCoreApplication.translate("WelcomeDialog", u"Browse\u2026", None))
        self.managerCaption.setText(QCoreApplication.translate("WelcomeDialog", u"Manager's user name", None))
        self.displayCaption.setText(QCoreApplication.translate("WelcomeDialog", u"Full name (shown in lists)", None))
        self.passwordCaption.setText(QCoreApplication.translate("WelcomeDialog", u"Password", None))
        self.showButton.setText(QCoreApplication.translate("WelcomeDialog", u"Show", None))
        self.confirmCaption.setText(QCoreApplication.translate("WelcomeDialog", u"Password again", None))
        self.strengthCaption.setText(QCoreApplication.translate("WelcomeDialog", u"Strength", None))
        self.passwordHelp.setText(QCoreApplication.translate("WelcomeDialog", u"At least 12 characters. The password is what protects the records if this computer is stolen: a few words together are easy to remember and hard to guess.", None))
        self.sheetIntro.setText(QCoreApplication.translate("WelcomeDialog", u"This is the recovery sheet. If every password is lost, a manager uses it to set a new one, and it opens every backup. Print it now and keep it in the office safe. It is shown only this once.", None))
        self.printButton.setText(QCoreApplication.translate("WelcomeDialog", u"Print the recovery sheet\u2026", None))
        self.keptCheck.setText(QCoreApplication.translate("WelcomeDialog", u"I have printed the sheet and will keep it in the safe", None))
        self.profileIntro.setText(QCoreApplication.translate("WelcomeDialog", u"The organisation's details appear on every letter. You can change them later in Settings.", None))
        self.cancelButton.setText(QCoreApplication.translate("WelcomeDialog", u"Cancel", None))
        self.nextButton.setText(QCoreApplication.translate("WelcomeDialog", u"Next", None))
    # retranslateUi

