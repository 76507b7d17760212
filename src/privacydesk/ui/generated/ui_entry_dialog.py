# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'entry_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QCheckBox, QComboBox,
    QDialog, QDialogButtonBox, QFormLayout, QHeaderView,
    QLabel, QLineEdit, QPlainTextEdit, QSizePolicy,
    QSpinBox, QTabWidget, QTableView, QVBoxLayout,
    QWidget)

class Ui_EntryDialog(object):
    def setupUi(self, EntryDialog):
        if not EntryDialog.objectName():
            EntryDialog.setObjectName(u"EntryDialog")
        EntryDialog.resize(760, 620)
        self.layout = QVBoxLayout(EntryDialog)
        self.layout.setObjectName(u"layout")
        self.tabs = QTabWidget(EntryDialog)
        self.tabs.setObjectName(u"tabs")
        self.tab0 = QWidget()
        self.tab0.setObjectName(u"tab0")
        self.tab0Layout = QVBoxLayout(self.tab0)
        self.tab0Layout.setObjectName(u"tab0Layout")
        self.form0 = QFormLayout()
        self.form0.setObjectName(u"form0")
        self.nameEditCaption = QLabel(self.tab0)
        self.nameEditCaption.setObjectName(u"nameEditCaption")

        self.form0.setWidget(0, QFormLayout.ItemRole.LabelRole, self.nameEditCaption)

        self.nameEdit = QLineEdit(self.tab0)
        self.nameEdit.setObjectName(u"nameEdit")

        self.form0.setWidget(0, QFormLayout.ItemRole.FieldRole, self.nameEdit)

        self.departmentEditCaption = QLabel(self.tab0)
        self.departmentEditCaption.setObjectName(u"departmentEditCaption")

        self.form0.setWidget(1, QFormLayout.ItemRole.LabelRole, self.departmentEditCaption)

        self.departmentEdit = QLineEdit(self.tab0)
        self.departmentEdit.setObjectName(u"departmentEdit")

        self.form0.setWidget(1, QFormLayout.ItemRole.FieldRole, self.departmentEdit)

        self.responsibleEditCaption = QLabel(self.tab0)
        self.responsibleEditCaption.setObjectName(u"responsibleEditCaption")

        self.form0.setWidget(2, QFormLayout.ItemRole.LabelRole, self.responsibleEditCaption)

        self.responsibleEdit = QLineEdit(self.tab0)
        self.responsibleEdit.setObjectName(u"responsibleEdit")

        self.form0.setWidget(2, QFormLayout.ItemRole.FieldRole, self.responsibleEdit)

        self.subjectCategoryEditCaption = QLabel(self.tab0)
        self.subjectCategoryEditCaption.setObjectName(u"subjectCategoryEditCaption")

        self.form0.setWidget(3, QFormLayout.ItemRole.LabelRole, self.subjectCategoryEditCaption)

        self.subjectCategoryEdit = QLineEdit(self.tab0)
        self.subjectCategoryEdit.setObjectName(u"subjectCategoryEdit")

        self.form0.setWidget(3, QFormLayout.ItemRole.FieldRole, self.subjectCategoryEdit)

        self.estimatedSpinCaption = QLabel(self.tab0)
        self.estimatedSpinCaption.setObjectName(u"estimatedSpinCaption")

        self.form0.setWidget(4, QFormLayout.ItemRole.LabelRole, self.estimatedSpinCaption)

        self.estimatedSpin = QSpinBox(self.tab0)
        self.estimatedSpin.setObjectName(u"estimatedSpin")
        self.estimatedSpin.setMaximum(10000000)

        self.form0.setWidget(4, QFormLayout.ItemRole.FieldRole, self.estimatedSpin)

        self.retainedCheckCaption = QLabel(self.tab0)
        self.retainedCheckCaption.setObjectName(u"retainedCheckCaption")

        self.form0.setWidget(5, QFormLayout.ItemRole.LabelRole, self.retainedCheckCaption)

        self.retainedCheck = QCheckBox(self.tab0)
        self.retainedCheck.setObjectName(u"retainedCheck")
        self.retainedCheck.setText(u"")

        self.form0.setWidget(5, QFormLayout.ItemRole.FieldRole, self.retainedCheck)

        self.itemsEditCaption = QLabel(self.tab0)
        self.itemsEditCaption.setObjectName(u"itemsEditCaption")

        self.form0.setWidget(6, QFormLayout.ItemRole.LabelRole, self.itemsEditCaption)

        self.itemsEdit = QPlainTextEdit(self.tab0)
        self.itemsEdit.setObjectName(u"itemsEdit")

        self.form0.setWidget(6, QFormLayout.ItemRole.FieldRole, self.itemsEdit)

        self.sensitiveExceptionEditCaption = QLabel(self.tab0)
        self.sensitiveExceptionEditCaption.setObjectName(u"sensitiveExceptionEditCaption")

        self.form0.setWidget(7, QFormLayout.ItemRole.LabelRole, self.sensitiveExceptionEditCaption)

        self.sensitiveExceptionEdit = QPlainTextEdit(self.tab0)
        self.sensitiveExceptionEdit.setObjectName(u"sensitiveExceptionEdit")
        self.sensitiveExceptionEdit.setMaximumSize(QSize(16777215, 70))

        self.form0.setWidget(7, QFormLayout.ItemRole.FieldRole, self.sensitiveExceptionEdit)


        self.tab0Layout.addLayout(self.form0)

        self.tabs.addTab(self.tab0, "")
        self.tab1 = QWidget()
        self.tab1.setObjectName(u"tab1")
        self.tab1Layout = QVBoxLayout(self.tab1)
        self.tab1Layout.setObjectName(u"tab1Layout")
        self.form1 = QFormLayout()
        self.form1.setObjectName(u"form1")
        self.purposesViewCaption = QLabel(self.tab1)
        self.purposesViewCaption.setObjectName(u"purposesViewCaption")

        self.form1.setWidget(0, QFormLayout.ItemRole.LabelRole, self.purposesViewCaption)

        self.purposesView = QTableView(self.tab1)
        self.purposesView.setObjectName(u"purposesView")

        self.form1.setWidget(0, QFormLayout.ItemRole.FieldRole, self.purposesView)

        self.directCheckCaption = QLabel(self.tab1)
        self.directCheckCaption.setObjectName(u"directCheckCaption")

        self.form1.setWidget(1, QFormLayout.ItemRole.LabelRole, self.directCheckCaption)

        self.directCheck = QCheckBox(self.tab1)
        self.directCheck.setObjectName(u"directCheck")
        self.directCheck.setText(u"")

        self.form1.setWidget(1, QFormLayout.ItemRole.FieldRole, self.directCheck)

        self.sourceEditCaption = QLabel(self.tab1)
        self.sourceEditCaption.setObjectName(u"sourceEditCaption")

        self.form1.setWidget(2, QFormLayout.ItemRole.LabelRole, self.sourceEditCaption)

        self.sourceEdit = QLineEdit(self.tab1)
        self.sourceEdit.setObjectName(u"sourceEdit")

        self.form1.setWidget(2, QFormLayout.ItemRole.FieldRole, self.sourceEdit)

        self.methodEditCaption = QLabel(self.tab1)
        self.methodEditCaption.setObjectName(u"methodEditCaption")

        self.form1.setWidget(3, QFormLayout.ItemRole.LabelRole, self.methodEditCaption)

        self.methodEdit = QLineEdit(self.tab1)
        self.methodEdit.setObjectName(u"methodEdit")

        self.form1.setWidget(3, QFormLayout.ItemRole.FieldRole, self.methodEdit)

        self.notifiedEditCaption = QLabel(self.tab1)
        self.notifiedEditCaption.setObjectName(u"notifiedEditCaption")

        self.form1.setWidget(4, QFormLayout.ItemRole.LabelRole, self.notifiedEditCaption)

        self.notifiedEdit = QLineEdit(self.tab1)
        self.notifiedEdit.setObjectName(u"notifiedEdit")

        self.form1.setWidget(4, QFormLayout.ItemRole.FieldRole, self.notifiedEdit)


        self.tab1Layout.addLayout(self.form1)

        self.tabs.addTab(self.tab1, "")
        self.tab2 = QWidget()
        self.tab2.setObjectName(u"tab2")
        self.tab2Layout = QVBoxLayout(self.tab2)
        self.tab2Layout.setObjectName(u"tab2Layout")
        self.form2 = QFormLayout()
        self.form2.setObjectName(u"form2")
        self.mediumComboCaption = QLabel(self.tab2)
        self.mediumComboCaption.setObjectName(u"mediumComboCaption")

        self.form2.setWidget(0, QFormLayout.ItemRole.LabelRole, self.mediumComboCaption)

        self.mediumCombo = QComboBox(self.tab2)
        self.mediumCombo.setObjectName(u"mediumCombo")

        self.form2.setWidget(0, QFormLayout.ItemRole.FieldRole, self.mediumCombo)

        self.locationEditCaption = QLabel(self.tab2)
        self.locationEditCaption.setObjectName(u"locationEditCaption")

        self.form2.setWidget(1, QFormLayout.ItemRole.LabelRole, self.locationEditCaption)

        self.locationEdit = QLineEdit(self.tab2)
        self.locationEdit.setObjectName(u"locationEdit")

        self.form2.setWidget(1, QFormLayout.ItemRole.FieldRole, self.locationEdit)

        self.cloudServiceEditCaption = QLabel(self.tab2)
        self.cloudServiceEditCaption.setObjectName(u"cloudServiceEditCaption")

        self.form2.setWidget(2, QFormLayout.ItemRole.LabelRole, self.cloudServiceEditCaption)

        self.cloudServiceEdit = QLineEdit(self.tab2)
        self.cloudServiceEdit.setObjectName(u"cloudServiceEdit")

        self.form2.setWidget(2, QFormLayout.ItemRole.FieldRole, self.cloudServiceEdit)

        self.cloudCountryEditCaption = QLabel(self.tab2)
        self.cloudCountryEditCaption.setObjectName(u"cloudCountryEditCaption")

        self.form2.setWidget(3, QFormLayout.ItemRole.LabelRole, self.cloudCountryEditCaption)

        self.cloudCountryEdit = QLineEdit(self.tab2)
        self.cloudCountryEdit.setObjectName(u"cloudCountryEdit")

        self.form2.setWidget(3, QFormLayout.ItemRole.FieldRole, self.cloudCountryEdit)

        self.accessEditCaption = QLabel(self.tab2)
        self.accessEditCaption.setObjectName(u"accessEditCaption")

        self.form2.setWidget(4, QFormLayout.ItemRole.LabelRole, self.accessEditCaption)

        self.accessEdit = QLineEdit(self.tab2)
        self.accessEdit.setObjectName(u"accessEdit")

        self.form2.setWidget(4, QFormLayout.ItemRole.FieldRole, self.accessEdit)

        self.retentionEditCaption = QLabel(self.tab2)
        self.retentionEditCaption.setObjectName(u"retentionEditCaption")

        self.form2.setWidget(5, QFormLayout.ItemRole.LabelRole, self.retentionEditCaption)

        self.retentionEdit = QLineEdit(self.tab2)
        self.retentionEdit.setObjectName(u"retentionEdit")

        self.form2.setWidget(5, QFormLayout.ItemRole.FieldRole, self.retentionEdit)

        self.retentionMonthsSpinCaption = QLabel(self.tab2)
        self.retentionMonthsSpinCaption.setObjectName(u"retentionMonthsSpinCaption")

        self.form2.setWidget(6, QFormLayout.ItemRole.LabelRole, self.retentionMonthsSpinCaption)

        self.retentionMonthsSpin = QSpinBox(self.tab2)
        self.retentionMonthsSpin.setObjectName(u"retentionMonthsSpin")
        self.retentionMonthsSpin.setMaximum(10000000)

        self.form2.setWidget(6, QFormLayout.ItemRole.FieldRole, self.retentionMonthsSpin)

        self.disposalEditCaption = QLabel(self.tab2)
        self.disposalEditCaption.setObjectName(u"disposalEditCaption")

        self.form2.setWidget(7, QFormLayout.ItemRole.LabelRole, self.disposalEditCaption)

        self.disposalEdit = QLineEdit(self.tab2)
        self.disposalEdit.setObjectName(u"disposalEdit")

        self.form2.setWidget(7, QFormLayout.ItemRole.FieldRole, self.disposalEdit)


        self.tab2Layout.addLayout(self.form2)

        self.tabs.addTab(self.tab2, "")
        self.tab3 = QWidget()
        self.tab3.setObjectName(u"tab3")
        self.tab3Layout = QVBoxLayout(self.tab3)
        self.tab3Layout.setObjectName(u"tab3Layout")
        self.form3 = QFormLayout()
        self.form3.setObjectName(u"form3")
        self.provisionsEditCaption = QLabel(self.tab3)
        self.provisionsEditCaption.setObjectName(u"provisionsEditCaption")

        self.form3.setWidget(0, QFormLayout.ItemRole.LabelRole, self.provisionsEditCaption)

        self.provisionsEdit = QPlainTextEdit(self.tab3)
        self.provisionsEdit.setObjectName(u"provisionsEdit")

        self.form3.setWidget(0, QFormLayout.ItemRole.FieldRole, self.provisionsEdit)

        self.abroadCheckCaption = QLabel(self.tab3)
        self.abroadCheckCaption.setObjectName(u"abroadCheckCaption")

        self.form3.setWidget(1, QFormLayout.ItemRole.LabelRole, self.abroadCheckCaption)

        self.abroadCheck = QCheckBox(self.tab3)
        self.abroadCheck.setObjectName(u"abroadCheck")
        self.abroadCheck.setText(u"")

        self.form3.setWidget(1, QFormLayout.ItemRole.FieldRole, self.abroadCheck)

        self.countryEditCaption = QLabel(self.tab3)
        self.countryEditCaption.setObjectName(u"countryEditCaption")

        self.form3.setWidget(2, QFormLayout.ItemRole.LabelRole, self.countryEditCaption)

        self.countryEdit = QLineEdit(self.tab3)
        self.countryEdit.setObjectName(u"countryEdit")

        self.form3.setWidget(2, QFormLayout.ItemRole.FieldRole, self.countryEdit)

        self.transferBasisEditCaption = QLabel(self.tab3)
        self.transferBasisEditCaption.setObjectName(u"transferBasisEditCaption")

        self.form3.setWidget(3, QFormLayout.ItemRole.LabelRole, self.transferBasisEditCaption)

        self.transferBasisEdit = QLineEdit(self.tab3)
        self.transferBasisEdit.setObjectName(u"transferBasisEdit")

        self.form3.setWidget(3, QFormLayout.ItemRole.FieldRole, self.transferBasisEdit)

        self.transferInfoEditCaption = QLabel(self.tab3)
        self.transferInfoEditCaption.setObjectName(u"transferInfoEditCaption")

        self.form3.setWidget(4, QFormLayout.ItemRole.LabelRole, self.transferInfoEditCaption)

        self.transferInfoEdit = QPlainTextEdit(self.tab3)
        self.transferInfoEdit.setObjectName(u"transferInfoEdit")
        self.transferInfoEdit.setMaximumSize(QSize(16777215, 70))

        self.form3.setWidget(4, QFormLayout.ItemRole.FieldRole, self.transferInfoEdit)


        self.tab3Layout.addLayout(self.form3)

        self.tabs.addTab(self.tab3, "")
        self.tab4 = QWidget()
        self.tab4.setObjectName(u"tab4")
        self.tab4Layout = QVBoxLayout(self.tab4)
        self.tab4Layout.setObjectName(u"tab4Layout")
        self.form4 = QFormLayout()
        self.form4.setObjectName(u"form4")
        self.websiteCheckCaption = QLabel(self.tab4)
        self.websiteCheckCaption.setObjectName(u"websiteCheckCaption")

        self.form4.setWidget(0, QFormLayout.ItemRole.LabelRole, self.websiteCheckCaption)

        self.websiteCheck = QCheckBox(self.tab4)
        self.websiteCheck.setObjectName(u"websiteCheck")
        self.websiteCheck.setText(u"")

        self.form4.setWidget(0, QFormLayout.ItemRole.FieldRole, self.websiteCheck)

        self.trackingToolEditCaption = QLabel(self.tab4)
        self.trackingToolEditCaption.setObjectName(u"trackingToolEditCaption")

        self.form4.setWidget(1, QFormLayout.ItemRole.LabelRole, self.trackingToolEditCaption)

        self.trackingToolEdit = QLineEdit(self.tab4)
        self.trackingToolEdit.setObjectName(u"trackingToolEdit")

        self.form4.setWidget(1, QFormLayout.ItemRole.FieldRole, self.trackingToolEdit)

        self.trackingProviderEditCaption = QLabel(self.tab4)
        self.trackingProviderEditCaption.setObjectName(u"trackingProviderEditCaption")

        self.form4.setWidget(2, QFormLayout.ItemRole.LabelRole, self.trackingProviderEditCaption)

        self.trackingProviderEdit = QLineEdit(self.tab4)
        self.trackingProviderEdit.setObjectName(u"trackingProviderEdit")

        self.form4.setWidget(2, QFormLayout.ItemRole.FieldRole, self.trackingProviderEdit)

        self.trackingCollectsEditCaption = QLabel(self.tab4)
        self.trackingCollectsEditCaption.setObjectName(u"trackingCollectsEditCaption")

        self.form4.setWidget(3, QFormLayout.ItemRole.LabelRole, self.trackingCollectsEditCaption)

        self.trackingCollectsEdit = QPlainTextEdit(self.tab4)
        self.trackingCollectsEdit.setObjectName(u"trackingCollectsEdit")
        self.trackingCollectsEdit.setMaximumSize(QSize(16777215, 70))

        self.form4.setWidget(3, QFormLayout.ItemRole.FieldRole, self.trackingCollectsEdit)

        self.trackingOptOutEditCaption = QLabel(self.tab4)
        self.trackingOptOutEditCaption.setObjectName(u"trackingOptOutEditCaption")

        self.form4.setWidget(4, QFormLayout.ItemRole.LabelRole, self.trackingOptOutEditCaption)

        self.trackingOptOutEdit = QLineEdit(self.tab4)
        self.trackingOptOutEdit.setObjectName(u"trackingOptOutEdit")

        self.form4.setWidget(4, QFormLayout.ItemRole.FieldRole, self.trackingOptOutEdit)

        self.trackingIdentifiesCheckCaption = QLabel(self.tab4)
        self.trackingIdentifiesCheckCaption.setObjectName(u"trackingIdentifiesCheckCaption")

        self.form4.setWidget(5, QFormLayout.ItemRole.LabelRole, self.trackingIdentifiesCheckCaption)

        self.trackingIdentifiesCheck = QCheckBox(self.tab4)
        self.trackingIdentifiesCheck.setObjectName(u"trackingIdentifiesCheck")
        self.trackingIdentifiesCheck.setText(u"")

        self.form4.setWidget(5, QFormLayout.ItemRole.FieldRole, self.trackingIdentifiesCheck)


        self.tab4Layout.addLayout(self.form4)

        self.tabs.addTab(self.tab4, "")

        self.layout.addWidget(self.tabs)

        self.messageLabel = QLabel(EntryDialog)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setText(u"")
        self.messageLabel.setWordWrap(True)
        self.messageLabel.setStyleSheet(u"color: #b00020;")

        self.layout.addWidget(self.messageLabel)

        self.buttonBox = QDialogButtonBox(EntryDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.layout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.nameEditCaption.setBuddy(self.nameEdit)
        self.departmentEditCaption.setBuddy(self.departmentEdit)
        self.responsibleEditCaption.setBuddy(self.responsibleEdit)
        self.subjectCategoryEditCaption.setBuddy(self.subjectCategoryEdit)
        self.estimatedSpinCaption.setBuddy(self.estimatedSpin)
        self.retainedCheckCaption.setBuddy(self.retainedCheck)
        self.itemsEditCaption.setBuddy(self.itemsEdit)
        self.sensitiveExceptionEditCaption.setBuddy(self.sensitiveExceptionEdit)
        self.purposesViewCaption.setBuddy(self.purposesView)
        self.directCheckCaption.setBuddy(self.directCheck)
        self.sourceEditCaption.setBuddy(self.sourceEdit)
        self.methodEditCaption.setBuddy(self.methodEdit)
        self.notifiedEditCaption.setBuddy(self.notifiedEdit)
        self.mediumComboCaption.setBuddy(self.mediumCombo)
        self.locationEditCaption.setBuddy(self.locationEdit)
        self.cloudServiceEditCaption.setBuddy(self.cloudServiceEdit)
        self.cloudCountryEditCaption.setBuddy(self.cloudCountryEdit)
        self.accessEditCaption.setBuddy(self.accessEdit)
        self.retentionEditCaption.setBuddy(self.retentionEdit)
        self.retentionMonthsSpinCaption.setBuddy(self.retentionMonthsSpin)
        self.disposalEditCaption.setBuddy(self.disposalEdit)
        self.provisionsEditCaption.setBuddy(self.provisionsEdit)
        self.abroadCheckCaption.setBuddy(self.abroadCheck)
        self.countryEditCaption.setBuddy(self.countryEdit)
        self.transferBasisEditCaption.setBuddy(self.transferBasisEdit)
        self.transferInfoEditCaption.setBuddy(self.transferInfoEdit)
        self.websiteCheckCaption.setBuddy(self.websiteCheck)
        self.trackingToolEditCaption.setBuddy(self.trackingToolEdit)
        self.trackingProviderEditCaption.setBuddy(self.trackingProviderEdit)
        self.trackingCollectsEditCaption.setBuddy(self.trackingCollectsEdit)
        self.trackingOptOutEditCaption.setBuddy(self.trackingOptOutEdit)
        self.trackingIdentifiesCheckCaption.setBuddy(self.trackingIdentifiesCheck)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(EntryDialog)

        QMetaObject.connectSlotsByName(EntryDialog)
    # setupUi

    def retranslateUi(self, EntryDialog):
        EntryDialog.setWindowTitle(QCoreApplication.translate("EntryDialog", u"Register entry", None))
        self.nameEditCaption.setText(QCoreApplication.translate("EntryDialog", u"Name of the personal data (e.g. \u4f1a\u54e1\u60c5\u5831)", None))
        self.departmentEditCaption.setText(QCoreApplication.translate("EntryDialog", u"Owning department", None))
        self.responsibleEditCaption.setText(QCoreApplication.translate("EntryDialog", u"Responsible person", None))
        self.subjectCategoryEditCaption.setText(QCoreApplication.translate("EntryDialog", u"Whose data (category of persons)", None))
        self.estimatedSpinCaption.setText(QCoreApplication.translate("EntryDialog", u"Estimated number of persons", None))
        self.retainedCheckCaption.setText(QCoreApplication.translate("EntryDialog", u"Retained personal data (\u4fdd\u6709\u500b\u4eba\u30c7\u30fc\u30bf): requests apply", None))
        self.itemsEditCaption.setText(QCoreApplication.translate("EntryDialog", u"Data items (one per line; mark sensitive ones with \uff0a at the start)", None))
        self.sensitiveExceptionEditCaption.setText(QCoreApplication.translate("EntryDialog", u"Exception relied on for sensitive data without consent (20\u2461)", None))
        self.tabs.setTabText(self.tabs.indexOf(self.tab0), QCoreApplication.translate("EntryDialog", u"Basics", None))
        self.purposesViewCaption.setText(QCoreApplication.translate("EntryDialog", u"Purposes of use (tick)", None))
        self.directCheckCaption.setText(QCoreApplication.translate("EntryDialog", u"Acquired directly from the person", None))
        self.sourceEditCaption.setText(QCoreApplication.translate("EntryDialog", u"Source (if indirect)", None))
        self.methodEditCaption.setText(QCoreApplication.translate("EntryDialog", u"How it is acquired", None))
        self.notifiedEditCaption.setText(QCoreApplication.translate("EntryDialog", u"How the purpose was notified or announced", None))
        self.tabs.setTabText(self.tabs.indexOf(self.tab1), QCoreApplication.translate("EntryDialog", u"Purposes and acquisition", None))
        self.mediumComboCaption.setText(QCoreApplication.translate("EntryDialog", u"Medium", None))
        self.locationEditCaption.setText(QCoreApplication.translate("EntryDialog", u"Where it is kept", None))
        self.cloudServiceEditCaption.setText(QCoreApplication.translate("EntryDialog", u"Cloud service", None))
        self.cloudCountryEditCaption.setText(QCoreApplication.translate("EntryDialog", u"Country of the cloud servers", None))
        self.accessEditCaption.setText(QCoreApplication.translate("EntryDialog", u"Who may access it", None))
        self.retentionEditCaption.setText(QCoreApplication.translate("EntryDialog", u"Retention period (as the office states it)", None))
        self.retentionMonthsSpinCaption.setText(QCoreApplication.translate("EntryDialog", u"Retention in months (0 = while needed)", None))
        self.disposalEditCaption.setText(QCoreApplication.translate("EntryDialog", u"Disposal method", None))
        self.tabs.setTabText(self.tabs.indexOf(self.tab2), QCoreApplication.translate("EntryDialog", u"Storage and retention", None))
        self.provisionsEditCaption.setText(QCoreApplication.translate("EntryDialog", u"Provision to third parties (one per line: recipient / items / basis)", None))
        self.abroadCheckCaption.setText(QCoreApplication.translate("EntryDialog", u"Transferred or stored abroad", None))
        self.countryEditCaption.setText(QCoreApplication.translate("EntryDialog", u"Country", None))
        self.transferBasisEditCaption.setText(QCoreApplication.translate("EntryDialog", u"Basis of the transfer (consent, equivalent system \u2026)", None))
        self.transferInfoEditCaption.setText(QCoreApplication.translate("EntryDialog", u"Information given to persons (Rules Art. 17)", None))
        self.tabs.setTabText(self.tabs.indexOf(self.tab3), QCoreApplication.translate("EntryDialog", u"Provision and transfer", None))
        self.websiteCheckCaption.setText(QCoreApplication.translate("EntryDialog", u"This entry is a website", None))
        self.trackingToolEditCaption.setText(QCoreApplication.translate("EntryDialog", u"Tracking tool (cookies, analytics, ad tags)", None))
        self.trackingProviderEditCaption.setText(QCoreApplication.translate("EntryDialog", u"Provider", None))
        self.trackingCollectsEditCaption.setText(QCoreApplication.translate("EntryDialog", u"What it collects", None))
        self.trackingOptOutEditCaption.setText(QCoreApplication.translate("EntryDialog", u"How to opt out", None))
        self.trackingIdentifiesCheckCaption.setText(QCoreApplication.translate("EntryDialog", u"The recipient can identify the person (APPI Art. 31)", None))
        self.tabs.setTabText(self.tabs.indexOf(self.tab4), QCoreApplication.translate("EntryDialog", u"Website", None))
    # retranslateUi

