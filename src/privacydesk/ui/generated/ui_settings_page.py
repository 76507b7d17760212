# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'settings_page.ui'
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
from PySide6.QtWidgets import (QApplication, QCheckBox, QComboBox, QFormLayout,
    QHBoxLayout, QLabel, QLineEdit, QPushButton,
    QSizePolicy, QSpacerItem, QSpinBox, QTabWidget,
    QVBoxLayout, QWidget)

class Ui_SettingsPage(object):
    def setupUi(self, SettingsPage):
        if not SettingsPage.objectName():
            SettingsPage.setObjectName(u"SettingsPage")
        self.layout = QVBoxLayout(SettingsPage)
        self.layout.setObjectName(u"layout")
        self.titleLabel = QLabel(SettingsPage)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setStyleSheet(u"font-size: 16pt; font-weight: bold;")

        self.layout.addWidget(self.titleLabel)

        self.tabs = QTabWidget(SettingsPage)
        self.tabs.setObjectName(u"tabs")
        self.profileTab = QWidget()
        self.profileTab.setObjectName(u"profileTab")
        self.profileLayout = QVBoxLayout(self.profileTab)
        self.profileLayout.setObjectName(u"profileLayout")
        self.profileHost = QWidget(self.profileTab)
        self.profileHost.setObjectName(u"profileHost")

        self.profileLayout.addWidget(self.profileHost)

        self.profileButtons = QHBoxLayout()
        self.profileButtons.setObjectName(u"profileButtons")
        self.profileSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.profileButtons.addItem(self.profileSpacer)

        self.saveProfileButton = QPushButton(self.profileTab)
        self.saveProfileButton.setObjectName(u"saveProfileButton")

        self.profileButtons.addWidget(self.saveProfileButton)


        self.profileLayout.addLayout(self.profileButtons)

        self.tabs.addTab(self.profileTab, "")
        self.generalTab = QWidget()
        self.generalTab.setObjectName(u"generalTab")
        self.generalLayout = QVBoxLayout(self.generalTab)
        self.generalLayout.setObjectName(u"generalLayout")
        self.generalForm = QFormLayout()
        self.generalForm.setObjectName(u"generalForm")
        self.languageCaption = QLabel(self.generalTab)
        self.languageCaption.setObjectName(u"languageCaption")

        self.generalForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.languageCaption)

        self.languageCombo = QComboBox(self.generalTab)
        self.languageCombo.setObjectName(u"languageCombo")

        self.generalForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.languageCombo)

        self.autoLockCaption = QLabel(self.generalTab)
        self.autoLockCaption.setObjectName(u"autoLockCaption")

        self.generalForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.autoLockCaption)

        self.autoLockSpin = QSpinBox(self.generalTab)
        self.autoLockSpin.setObjectName(u"autoLockSpin")
        self.autoLockSpin.setMinimum(1)
        self.autoLockSpin.setMaximum(240)

        self.generalForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.autoLockSpin)

        self.backupFolderCaption = QLabel(self.generalTab)
        self.backupFolderCaption.setObjectName(u"backupFolderCaption")

        self.generalForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.backupFolderCaption)

        self.backupFolderRow = QHBoxLayout()
        self.backupFolderRow.setObjectName(u"backupFolderRow")
        self.backupFolderEdit = QLineEdit(self.generalTab)
        self.backupFolderEdit.setObjectName(u"backupFolderEdit")

        self.backupFolderRow.addWidget(self.backupFolderEdit)

        self.backupFolderButton = QPushButton(self.generalTab)
        self.backupFolderButton.setObjectName(u"backupFolderButton")

        self.backupFolderRow.addWidget(self.backupFolderButton)


        self.generalForm.setLayout(2, QFormLayout.ItemRole.FieldRole, self.backupFolderRow)

        self.generationsCaption = QLabel(self.generalTab)
        self.generationsCaption.setObjectName(u"generationsCaption")

        self.generalForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.generationsCaption)

        self.generationsSpin = QSpinBox(self.generalTab)
        self.generationsSpin.setObjectName(u"generationsSpin")
        self.generationsSpin.setMinimum(1)
        self.generationsSpin.setMaximum(100)

        self.generalForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.generationsSpin)

        self.onCloseCaption = QLabel(self.generalTab)
        self.onCloseCaption.setObjectName(u"onCloseCaption")

        self.generalForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.onCloseCaption)

        self.onCloseCheck = QCheckBox(self.generalTab)
        self.onCloseCheck.setObjectName(u"onCloseCheck")
        self.onCloseCheck.setText(u"")

        self.generalForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.onCloseCheck)


        self.generalLayout.addLayout(self.generalForm)

        self.generalSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.generalLayout.addItem(self.generalSpacer)

        self.generalButtons = QHBoxLayout()
        self.generalButtons.setObjectName(u"generalButtons")
        self.generalButtonsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.generalButtons.addItem(self.generalButtonsSpacer)

        self.saveGeneralButton = QPushButton(self.generalTab)
        self.saveGeneralButton.setObjectName(u"saveGeneralButton")

        self.generalButtons.addWidget(self.saveGeneralButton)


        self.generalLayout.addLayout(self.generalButtons)

        self.tabs.addTab(self.generalTab, "")

        self.layout.addWidget(self.tabs)

        self.messageLabel = QLabel(SettingsPage)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setText(u"")
        self.messageLabel.setWordWrap(True)

        self.layout.addWidget(self.messageLabel)


        self.retranslateUi(SettingsPage)

        QMetaObject.connectSlotsByName(SettingsPage)
    # setupUi

    def retranslateUi(self, SettingsPage):
        self.titleLabel.setText(QCoreApplication.translate("SettingsPage", u"Settings", None))
        self.saveProfileButton.setText(QCoreApplication.translate("SettingsPage", u"Save the organisation details", None))
        self.tabs.setTabText(self.tabs.indexOf(self.profileTab), QCoreApplication.translate("SettingsPage", u"Organisation", None))
        self.languageCaption.setText(QCoreApplication.translate("SettingsPage", u"Language", None))
        self.autoLockCaption.setText(QCoreApplication.translate("SettingsPage", u"Lock after idle minutes", None))
        self.backupFolderCaption.setText(QCoreApplication.translate("SettingsPage", u"Backup folder", None))
        self.backupFolderButton.setText(QCoreApplication.translate("SettingsPage", u"Choose\u2026", None))
        self.generationsCaption.setText(QCoreApplication.translate("SettingsPage", u"Backups kept", None))
        self.onCloseCaption.setText(QCoreApplication.translate("SettingsPage", u"Back up when closing", None))
        self.saveGeneralButton.setText(QCoreApplication.translate("SettingsPage", u"Save settings", None))
        self.tabs.setTabText(self.tabs.indexOf(self.generalTab), QCoreApplication.translate("SettingsPage", u"General", None))
        pass
    # retranslateUi

