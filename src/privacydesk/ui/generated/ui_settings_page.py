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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QCheckBox, QComboBox,
    QDoubleSpinBox, QFormLayout, QHBoxLayout, QHeaderView,
    QLabel, QLineEdit, QPlainTextEdit, QPushButton,
    QSizePolicy, QSpacerItem, QSpinBox, QTabWidget,
    QTableView, QVBoxLayout, QWidget)

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
        self.templatesTab = QWidget()
        self.templatesTab.setObjectName(u"templatesTab")
        self.templatesLayout = QHBoxLayout(self.templatesTab)
        self.templatesLayout.setObjectName(u"templatesLayout")
        self.templatesView = QTableView(self.templatesTab)
        self.templatesView.setObjectName(u"templatesView")
        self.templatesView.setMaximumSize(QSize(260, 16777215))
        self.templatesView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.templatesView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)

        self.templatesLayout.addWidget(self.templatesView)

        self.templateEditLayout = QVBoxLayout()
        self.templateEditLayout.setObjectName(u"templateEditLayout")
        self.templateHelp = QLabel(self.templatesTab)
        self.templateHelp.setObjectName(u"templateHelp")
        self.templateHelp.setWordWrap(True)

        self.templateEditLayout.addWidget(self.templateHelp)

        self.templateEdit = QPlainTextEdit(self.templatesTab)
        self.templateEdit.setObjectName(u"templateEdit")

        self.templateEditLayout.addWidget(self.templateEdit)

        self.templateButtons = QHBoxLayout()
        self.templateButtons.setObjectName(u"templateButtons")
        self.previewButton = QPushButton(self.templatesTab)
        self.previewButton.setObjectName(u"previewButton")

        self.templateButtons.addWidget(self.previewButton)

        self.restoreTemplateButton = QPushButton(self.templatesTab)
        self.restoreTemplateButton.setObjectName(u"restoreTemplateButton")

        self.templateButtons.addWidget(self.restoreTemplateButton)

        self.templateSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.templateButtons.addItem(self.templateSpacer)

        self.saveTemplateButton = QPushButton(self.templatesTab)
        self.saveTemplateButton.setObjectName(u"saveTemplateButton")

        self.templateButtons.addWidget(self.saveTemplateButton)


        self.templateEditLayout.addLayout(self.templateButtons)


        self.templatesLayout.addLayout(self.templateEditLayout)

        self.tabs.addTab(self.templatesTab, "")
        self.envelopeTab = QWidget()
        self.envelopeTab.setObjectName(u"envelopeTab")
        self.envelopeLayout = QVBoxLayout(self.envelopeTab)
        self.envelopeLayout.setObjectName(u"envelopeLayout")
        self.envelopeHelp = QLabel(self.envelopeTab)
        self.envelopeHelp.setObjectName(u"envelopeHelp")
        self.envelopeHelp.setWordWrap(True)

        self.envelopeLayout.addWidget(self.envelopeHelp)

        self.envelopeForm = QFormLayout()
        self.envelopeForm.setObjectName(u"envelopeForm")
        self.windowLeftCaption = QLabel(self.envelopeTab)
        self.windowLeftCaption.setObjectName(u"windowLeftCaption")

        self.envelopeForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.windowLeftCaption)

        self.windowLeftSpin = QDoubleSpinBox(self.envelopeTab)
        self.windowLeftSpin.setObjectName(u"windowLeftSpin")
        self.windowLeftSpin.setMaximum(200.000000000000000)
        self.windowLeftSpin.setDecimals(1)

        self.envelopeForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.windowLeftSpin)

        self.windowTopCaption = QLabel(self.envelopeTab)
        self.windowTopCaption.setObjectName(u"windowTopCaption")

        self.envelopeForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.windowTopCaption)

        self.windowTopSpin = QDoubleSpinBox(self.envelopeTab)
        self.windowTopSpin.setObjectName(u"windowTopSpin")
        self.windowTopSpin.setMaximum(200.000000000000000)
        self.windowTopSpin.setDecimals(1)

        self.envelopeForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.windowTopSpin)

        self.windowWidthCaption = QLabel(self.envelopeTab)
        self.windowWidthCaption.setObjectName(u"windowWidthCaption")

        self.envelopeForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.windowWidthCaption)

        self.windowWidthSpin = QDoubleSpinBox(self.envelopeTab)
        self.windowWidthSpin.setObjectName(u"windowWidthSpin")
        self.windowWidthSpin.setMaximum(200.000000000000000)
        self.windowWidthSpin.setDecimals(1)

        self.envelopeForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.windowWidthSpin)

        self.windowHeightCaption = QLabel(self.envelopeTab)
        self.windowHeightCaption.setObjectName(u"windowHeightCaption")

        self.envelopeForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.windowHeightCaption)

        self.windowHeightSpin = QDoubleSpinBox(self.envelopeTab)
        self.windowHeightSpin.setObjectName(u"windowHeightSpin")
        self.windowHeightSpin.setMaximum(200.000000000000000)
        self.windowHeightSpin.setDecimals(1)

        self.envelopeForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.windowHeightSpin)

        self.playXCaption = QLabel(self.envelopeTab)
        self.playXCaption.setObjectName(u"playXCaption")

        self.envelopeForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.playXCaption)

        self.playXSpin = QDoubleSpinBox(self.envelopeTab)
        self.playXSpin.setObjectName(u"playXSpin")
        self.playXSpin.setMaximum(200.000000000000000)
        self.playXSpin.setDecimals(1)

        self.envelopeForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.playXSpin)

        self.playYCaption = QLabel(self.envelopeTab)
        self.playYCaption.setObjectName(u"playYCaption")

        self.envelopeForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.playYCaption)

        self.playYSpin = QDoubleSpinBox(self.envelopeTab)
        self.playYSpin.setObjectName(u"playYSpin")
        self.playYSpin.setMaximum(200.000000000000000)
        self.playYSpin.setDecimals(1)

        self.envelopeForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.playYSpin)

        self.sealCaption = QLabel(self.envelopeTab)
        self.sealCaption.setObjectName(u"sealCaption")

        self.envelopeForm.setWidget(6, QFormLayout.ItemRole.LabelRole, self.sealCaption)

        self.sealCombo = QComboBox(self.envelopeTab)
        self.sealCombo.setObjectName(u"sealCombo")

        self.envelopeForm.setWidget(6, QFormLayout.ItemRole.FieldRole, self.sealCombo)


        self.envelopeLayout.addLayout(self.envelopeForm)

        self.identityCaption = QLabel(self.envelopeTab)
        self.identityCaption.setObjectName(u"identityCaption")
        self.identityCaption.setWordWrap(True)

        self.envelopeLayout.addWidget(self.identityCaption)

        self.identityEdit = QPlainTextEdit(self.envelopeTab)
        self.identityEdit.setObjectName(u"identityEdit")
        self.identityEdit.setMaximumSize(QSize(16777215, 120))

        self.envelopeLayout.addWidget(self.identityEdit)

        self.envelopeButtons = QHBoxLayout()
        self.envelopeButtons.setObjectName(u"envelopeButtons")
        self.testPageButton = QPushButton(self.envelopeTab)
        self.testPageButton.setObjectName(u"testPageButton")

        self.envelopeButtons.addWidget(self.testPageButton)

        self.requestFormButton = QPushButton(self.envelopeTab)
        self.requestFormButton.setObjectName(u"requestFormButton")

        self.envelopeButtons.addWidget(self.requestFormButton)

        self.attorneyFormButton = QPushButton(self.envelopeTab)
        self.attorneyFormButton.setObjectName(u"attorneyFormButton")

        self.envelopeButtons.addWidget(self.attorneyFormButton)

        self.envelopeSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.envelopeButtons.addItem(self.envelopeSpacer)

        self.saveEnvelopeButton = QPushButton(self.envelopeTab)
        self.saveEnvelopeButton.setObjectName(u"saveEnvelopeButton")

        self.envelopeButtons.addWidget(self.saveEnvelopeButton)


        self.envelopeLayout.addLayout(self.envelopeButtons)

        self.envelopeVSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.envelopeLayout.addItem(self.envelopeVSpacer)

        self.tabs.addTab(self.envelopeTab, "")

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
        self.templateHelp.setText(QCoreApplication.translate("SettingsPage", u"Edit the wording. {name} is filled in from the record; {*name} on its own line becomes the numbered items. See the list of placeholders in the manual.", None))
        self.previewButton.setText(QCoreApplication.translate("SettingsPage", u"Preview with sample data\u2026", None))
        self.restoreTemplateButton.setText(QCoreApplication.translate("SettingsPage", u"Restore the default", None))
        self.saveTemplateButton.setText(QCoreApplication.translate("SettingsPage", u"Save the template", None))
        self.tabs.setTabText(self.tabs.indexOf(self.templatesTab), QCoreApplication.translate("SettingsPage", u"Document templates", None))
        self.envelopeHelp.setText(QCoreApplication.translate("SettingsPage", u"Letters are addressed for a window envelope (\u9577\u5f623\u53f7). Print the test page at 100%, fold it in three, put it in your envelope, and adjust these values until the grey area shows in the window. All values in millimetres.", None))
        self.windowLeftCaption.setText(QCoreApplication.translate("SettingsPage", u"Window from the left", None))
        self.windowTopCaption.setText(QCoreApplication.translate("SettingsPage", u"Window from the top", None))
        self.windowWidthCaption.setText(QCoreApplication.translate("SettingsPage", u"Window width", None))
        self.windowHeightCaption.setText(QCoreApplication.translate("SettingsPage", u"Window height", None))
        self.playXCaption.setText(QCoreApplication.translate("SettingsPage", u"Sheet play sideways", None))
        self.playYCaption.setText(QCoreApplication.translate("SettingsPage", u"Sheet play up and down", None))
        self.sealCaption.setText(QCoreApplication.translate("SettingsPage", u"Official seal", None))
        self.identityCaption.setText(QCoreApplication.translate("SettingsPage", u"Identity documents accepted (one per line; the request form lists them)", None))
        self.testPageButton.setText(QCoreApplication.translate("SettingsPage", u"Envelope test page\u2026", None))
        self.requestFormButton.setText(QCoreApplication.translate("SettingsPage", u"Blank request form\u2026", None))
        self.attorneyFormButton.setText(QCoreApplication.translate("SettingsPage", u"Blank power of attorney\u2026", None))
        self.saveEnvelopeButton.setText(QCoreApplication.translate("SettingsPage", u"Save", None))
        self.tabs.setTabText(self.tabs.indexOf(self.envelopeTab), QCoreApplication.translate("SettingsPage", u"Envelopes and forms", None))
        pass
    # retranslateUi

