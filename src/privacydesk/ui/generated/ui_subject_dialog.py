# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'subject_dialog.ui'
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
    QDialog, QDialogButtonBox, QFormLayout, QLabel,
    QLineEdit, QPlainTextEdit, QSizePolicy, QTabWidget,
    QVBoxLayout, QWidget)

class Ui_SubjectDialog(object):
    def setupUi(self, SubjectDialog):
        if not SubjectDialog.objectName():
            SubjectDialog.setObjectName(u"SubjectDialog")
        SubjectDialog.resize(620, 520)
        self.layout = QVBoxLayout(SubjectDialog)
        self.layout.setObjectName(u"layout")
        self.tabs = QTabWidget(SubjectDialog)
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

        self.readingEditCaption = QLabel(self.tab0)
        self.readingEditCaption.setObjectName(u"readingEditCaption")

        self.form0.setWidget(1, QFormLayout.ItemRole.LabelRole, self.readingEditCaption)

        self.readingEdit = QLineEdit(self.tab0)
        self.readingEdit.setObjectName(u"readingEdit")

        self.form0.setWidget(1, QFormLayout.ItemRole.FieldRole, self.readingEdit)

        self.aliasEditCaption = QLabel(self.tab0)
        self.aliasEditCaption.setObjectName(u"aliasEditCaption")

        self.form0.setWidget(2, QFormLayout.ItemRole.LabelRole, self.aliasEditCaption)

        self.aliasEdit = QLineEdit(self.tab0)
        self.aliasEdit.setObjectName(u"aliasEdit")

        self.form0.setWidget(2, QFormLayout.ItemRole.FieldRole, self.aliasEdit)

        self.birthEditCaption = QLabel(self.tab0)
        self.birthEditCaption.setObjectName(u"birthEditCaption")

        self.form0.setWidget(3, QFormLayout.ItemRole.LabelRole, self.birthEditCaption)

        self.birthEdit = QLineEdit(self.tab0)
        self.birthEdit.setObjectName(u"birthEdit")

        self.form0.setWidget(3, QFormLayout.ItemRole.FieldRole, self.birthEdit)

        self.memberEditCaption = QLabel(self.tab0)
        self.memberEditCaption.setObjectName(u"memberEditCaption")

        self.form0.setWidget(4, QFormLayout.ItemRole.LabelRole, self.memberEditCaption)

        self.memberEdit = QLineEdit(self.tab0)
        self.memberEdit.setObjectName(u"memberEdit")

        self.form0.setWidget(4, QFormLayout.ItemRole.FieldRole, self.memberEdit)

        self.categoryComboCaption = QLabel(self.tab0)
        self.categoryComboCaption.setObjectName(u"categoryComboCaption")

        self.form0.setWidget(5, QFormLayout.ItemRole.LabelRole, self.categoryComboCaption)

        self.categoryCombo = QComboBox(self.tab0)
        self.categoryCombo.setObjectName(u"categoryCombo")

        self.form0.setWidget(5, QFormLayout.ItemRole.FieldRole, self.categoryCombo)

        self.languageComboCaption = QLabel(self.tab0)
        self.languageComboCaption.setObjectName(u"languageComboCaption")

        self.form0.setWidget(6, QFormLayout.ItemRole.LabelRole, self.languageComboCaption)

        self.languageCombo = QComboBox(self.tab0)
        self.languageCombo.setObjectName(u"languageCombo")

        self.form0.setWidget(6, QFormLayout.ItemRole.FieldRole, self.languageCombo)

        self.protectedCheckCaption = QLabel(self.tab0)
        self.protectedCheckCaption.setObjectName(u"protectedCheckCaption")

        self.form0.setWidget(7, QFormLayout.ItemRole.LabelRole, self.protectedCheckCaption)

        self.protectedCheck = QCheckBox(self.tab0)
        self.protectedCheck.setObjectName(u"protectedCheck")
        self.protectedCheck.setText(u"")

        self.form0.setWidget(7, QFormLayout.ItemRole.FieldRole, self.protectedCheck)


        self.tab0Layout.addLayout(self.form0)

        self.tabs.addTab(self.tab0, "")
        self.tab1 = QWidget()
        self.tab1.setObjectName(u"tab1")
        self.tab1Layout = QVBoxLayout(self.tab1)
        self.tab1Layout.setObjectName(u"tab1Layout")
        self.form1 = QFormLayout()
        self.form1.setObjectName(u"form1")
        self.postalEditCaption = QLabel(self.tab1)
        self.postalEditCaption.setObjectName(u"postalEditCaption")

        self.form1.setWidget(0, QFormLayout.ItemRole.LabelRole, self.postalEditCaption)

        self.postalEdit = QLineEdit(self.tab1)
        self.postalEdit.setObjectName(u"postalEdit")

        self.form1.setWidget(0, QFormLayout.ItemRole.FieldRole, self.postalEdit)

        self.addressEditCaption = QLabel(self.tab1)
        self.addressEditCaption.setObjectName(u"addressEditCaption")

        self.form1.setWidget(1, QFormLayout.ItemRole.LabelRole, self.addressEditCaption)

        self.addressEdit = QPlainTextEdit(self.tab1)
        self.addressEdit.setObjectName(u"addressEdit")
        self.addressEdit.setMaximumSize(QSize(16777215, 70))

        self.form1.setWidget(1, QFormLayout.ItemRole.FieldRole, self.addressEdit)

        self.countryEditCaption = QLabel(self.tab1)
        self.countryEditCaption.setObjectName(u"countryEditCaption")

        self.form1.setWidget(2, QFormLayout.ItemRole.LabelRole, self.countryEditCaption)

        self.countryEdit = QLineEdit(self.tab1)
        self.countryEdit.setObjectName(u"countryEdit")

        self.form1.setWidget(2, QFormLayout.ItemRole.FieldRole, self.countryEdit)

        self.phoneEditCaption = QLabel(self.tab1)
        self.phoneEditCaption.setObjectName(u"phoneEditCaption")

        self.form1.setWidget(3, QFormLayout.ItemRole.LabelRole, self.phoneEditCaption)

        self.phoneEdit = QLineEdit(self.tab1)
        self.phoneEdit.setObjectName(u"phoneEdit")

        self.form1.setWidget(3, QFormLayout.ItemRole.FieldRole, self.phoneEdit)

        self.emailEditCaption = QLabel(self.tab1)
        self.emailEditCaption.setObjectName(u"emailEditCaption")

        self.form1.setWidget(4, QFormLayout.ItemRole.LabelRole, self.emailEditCaption)

        self.emailEdit = QLineEdit(self.tab1)
        self.emailEdit.setObjectName(u"emailEdit")

        self.form1.setWidget(4, QFormLayout.ItemRole.FieldRole, self.emailEdit)


        self.tab1Layout.addLayout(self.form1)

        self.tabs.addTab(self.tab1, "")
        self.tab2 = QWidget()
        self.tab2.setObjectName(u"tab2")
        self.tab2Layout = QVBoxLayout(self.tab2)
        self.tab2Layout.setObjectName(u"tab2Layout")
        self.form2 = QFormLayout()
        self.form2.setObjectName(u"form2")
        self.repNameEditCaption = QLabel(self.tab2)
        self.repNameEditCaption.setObjectName(u"repNameEditCaption")

        self.form2.setWidget(0, QFormLayout.ItemRole.LabelRole, self.repNameEditCaption)

        self.repNameEdit = QLineEdit(self.tab2)
        self.repNameEdit.setObjectName(u"repNameEdit")

        self.form2.setWidget(0, QFormLayout.ItemRole.FieldRole, self.repNameEdit)

        self.repRelationEditCaption = QLabel(self.tab2)
        self.repRelationEditCaption.setObjectName(u"repRelationEditCaption")

        self.form2.setWidget(1, QFormLayout.ItemRole.LabelRole, self.repRelationEditCaption)

        self.repRelationEdit = QLineEdit(self.tab2)
        self.repRelationEdit.setObjectName(u"repRelationEdit")

        self.form2.setWidget(1, QFormLayout.ItemRole.FieldRole, self.repRelationEdit)

        self.repContactEditCaption = QLabel(self.tab2)
        self.repContactEditCaption.setObjectName(u"repContactEditCaption")

        self.form2.setWidget(2, QFormLayout.ItemRole.LabelRole, self.repContactEditCaption)

        self.repContactEdit = QPlainTextEdit(self.tab2)
        self.repContactEdit.setObjectName(u"repContactEdit")
        self.repContactEdit.setMaximumSize(QSize(16777215, 70))

        self.form2.setWidget(2, QFormLayout.ItemRole.FieldRole, self.repContactEdit)

        self.notesEditCaption = QLabel(self.tab2)
        self.notesEditCaption.setObjectName(u"notesEditCaption")

        self.form2.setWidget(3, QFormLayout.ItemRole.LabelRole, self.notesEditCaption)

        self.notesEdit = QPlainTextEdit(self.tab2)
        self.notesEdit.setObjectName(u"notesEdit")

        self.form2.setWidget(3, QFormLayout.ItemRole.FieldRole, self.notesEdit)


        self.tab2Layout.addLayout(self.form2)

        self.tabs.addTab(self.tab2, "")

        self.layout.addWidget(self.tabs)

        self.messageLabel = QLabel(SubjectDialog)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setText(u"")
        self.messageLabel.setWordWrap(True)
        self.messageLabel.setStyleSheet(u"color: #b00020;")

        self.layout.addWidget(self.messageLabel)

        self.buttonBox = QDialogButtonBox(SubjectDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.layout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.nameEditCaption.setBuddy(self.nameEdit)
        self.readingEditCaption.setBuddy(self.readingEdit)
        self.aliasEditCaption.setBuddy(self.aliasEdit)
        self.birthEditCaption.setBuddy(self.birthEdit)
        self.memberEditCaption.setBuddy(self.memberEdit)
        self.categoryComboCaption.setBuddy(self.categoryCombo)
        self.languageComboCaption.setBuddy(self.languageCombo)
        self.protectedCheckCaption.setBuddy(self.protectedCheck)
        self.postalEditCaption.setBuddy(self.postalEdit)
        self.addressEditCaption.setBuddy(self.addressEdit)
        self.countryEditCaption.setBuddy(self.countryEdit)
        self.phoneEditCaption.setBuddy(self.phoneEdit)
        self.emailEditCaption.setBuddy(self.emailEdit)
        self.repNameEditCaption.setBuddy(self.repNameEdit)
        self.repRelationEditCaption.setBuddy(self.repRelationEdit)
        self.repContactEditCaption.setBuddy(self.repContactEdit)
        self.notesEditCaption.setBuddy(self.notesEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(SubjectDialog)

        QMetaObject.connectSlotsByName(SubjectDialog)
    # setupUi

    def retranslateUi(self, SubjectDialog):
        SubjectDialog.setWindowTitle(QCoreApplication.translate("SubjectDialog", u"Person", None))
        self.nameEditCaption.setText(QCoreApplication.translate("SubjectDialog", u"Legal name (as on the residence card or as written)", None))
        self.readingEditCaption.setText(QCoreApplication.translate("SubjectDialog", u"Reading (\u30d5\u30ea\u30ac\u30ca)", None))
        self.aliasEditCaption.setText(QCoreApplication.translate("SubjectDialog", u"Alias or \u901a\u79f0\u540d", None))
        self.birthEditCaption.setText(QCoreApplication.translate("SubjectDialog", u"Date of birth", None))
        self.birthEdit.setPlaceholderText(QCoreApplication.translate("SubjectDialog", u"2026-11-23 / \u4ee4\u548c8\u5e7411\u670823\u65e5", None))
        self.memberEditCaption.setText(QCoreApplication.translate("SubjectDialog", u"Member number in the source system", None))
        self.categoryComboCaption.setText(QCoreApplication.translate("SubjectDialog", u"Category", None))
        self.languageComboCaption.setText(QCoreApplication.translate("SubjectDialog", u"Language for letters", None))
        self.protectedCheckCaption.setText(QCoreApplication.translate("SubjectDialog", u"Protect the whereabouts (\u6240\u5728\u79d8\u533f)", None))
        self.tabs.setTabText(self.tabs.indexOf(self.tab0), QCoreApplication.translate("SubjectDialog", u"Identity", None))
        self.postalEditCaption.setText(QCoreApplication.translate("SubjectDialog", u"Postal code", None))
        self.addressEditCaption.setText(QCoreApplication.translate("SubjectDialog", u"Address", None))
        self.countryEditCaption.setText(QCoreApplication.translate("SubjectDialog", u"Country (if abroad)", None))
        self.phoneEditCaption.setText(QCoreApplication.translate("SubjectDialog", u"Phone", None))
        self.emailEditCaption.setText(QCoreApplication.translate("SubjectDialog", u"Email", None))
        self.tabs.setTabText(self.tabs.indexOf(self.tab1), QCoreApplication.translate("SubjectDialog", u"Contact", None))
        self.repNameEditCaption.setText(QCoreApplication.translate("SubjectDialog", u"Legal representative (for a minor)", None))
        self.repRelationEditCaption.setText(QCoreApplication.translate("SubjectDialog", u"Relation", None))
        self.repContactEditCaption.setText(QCoreApplication.translate("SubjectDialog", u"Representative's contact", None))
        self.notesEditCaption.setText(QCoreApplication.translate("SubjectDialog", u"Notes", None))
        self.tabs.setTabText(self.tabs.indexOf(self.tab2), QCoreApplication.translate("SubjectDialog", u"Representative and notes", None))
    # retranslateUi

