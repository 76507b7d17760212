# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'consent_dialog.ui'
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
    QLineEdit, QSizePolicy, QVBoxLayout, QWidget)

class Ui_ConsentDialog(object):
    def setupUi(self, ConsentDialog):
        if not ConsentDialog.objectName():
            ConsentDialog.setObjectName(u"ConsentDialog")
        ConsentDialog.resize(560, 520)
        self.layout = QVBoxLayout(ConsentDialog)
        self.layout.setObjectName(u"layout")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.scopeComboCaption = QLabel(ConsentDialog)
        self.scopeComboCaption.setObjectName(u"scopeComboCaption")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.scopeComboCaption)

        self.scopeCombo = QComboBox(ConsentDialog)
        self.scopeCombo.setObjectName(u"scopeCombo")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.scopeCombo)

        self.purposeComboCaption = QLabel(ConsentDialog)
        self.purposeComboCaption.setObjectName(u"purposeComboCaption")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.purposeComboCaption)

        self.purposeCombo = QComboBox(ConsentDialog)
        self.purposeCombo.setObjectName(u"purposeCombo")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.purposeCombo)

        self.recipientEditCaption = QLabel(ConsentDialog)
        self.recipientEditCaption.setObjectName(u"recipientEditCaption")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.recipientEditCaption)

        self.recipientEdit = QLineEdit(ConsentDialog)
        self.recipientEdit.setObjectName(u"recipientEdit")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.recipientEdit)

        self.countryEditCaption = QLabel(ConsentDialog)
        self.countryEditCaption.setObjectName(u"countryEditCaption")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.countryEditCaption)

        self.countryEdit = QLineEdit(ConsentDialog)
        self.countryEdit.setObjectName(u"countryEdit")

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.countryEdit)

        self.noticeComboCaption = QLabel(ConsentDialog)
        self.noticeComboCaption.setObjectName(u"noticeComboCaption")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.noticeComboCaption)

        self.noticeCombo = QComboBox(ConsentDialog)
        self.noticeCombo.setObjectName(u"noticeCombo")

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.noticeCombo)

        self.formEditCaption = QLabel(ConsentDialog)
        self.formEditCaption.setObjectName(u"formEditCaption")

        self.form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.formEditCaption)

        self.formEdit = QLineEdit(ConsentDialog)
        self.formEdit.setObjectName(u"formEdit")

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.formEdit)

        self.givenEditCaption = QLabel(ConsentDialog)
        self.givenEditCaption.setObjectName(u"givenEditCaption")

        self.form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.givenEditCaption)

        self.givenEdit = QLineEdit(ConsentDialog)
        self.givenEdit.setObjectName(u"givenEdit")

        self.form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.givenEdit)

        self.methodComboCaption = QLabel(ConsentDialog)
        self.methodComboCaption.setObjectName(u"methodComboCaption")

        self.form.setWidget(7, QFormLayout.ItemRole.LabelRole, self.methodComboCaption)

        self.methodCombo = QComboBox(ConsentDialog)
        self.methodCombo.setObjectName(u"methodCombo")

        self.form.setWidget(7, QFormLayout.ItemRole.FieldRole, self.methodCombo)

        self.evidenceEditCaption = QLabel(ConsentDialog)
        self.evidenceEditCaption.setObjectName(u"evidenceEditCaption")

        self.form.setWidget(8, QFormLayout.ItemRole.LabelRole, self.evidenceEditCaption)

        self.evidenceEdit = QLineEdit(ConsentDialog)
        self.evidenceEdit.setObjectName(u"evidenceEdit")

        self.form.setWidget(8, QFormLayout.ItemRole.FieldRole, self.evidenceEdit)

        self.evidenceLocationEditCaption = QLabel(ConsentDialog)
        self.evidenceLocationEditCaption.setObjectName(u"evidenceLocationEditCaption")

        self.form.setWidget(9, QFormLayout.ItemRole.LabelRole, self.evidenceLocationEditCaption)

        self.evidenceLocationEdit = QLineEdit(ConsentDialog)
        self.evidenceLocationEdit.setObjectName(u"evidenceLocationEdit")

        self.form.setWidget(9, QFormLayout.ItemRole.FieldRole, self.evidenceLocationEdit)

        self.byRepresentativeCheckCaption = QLabel(ConsentDialog)
        self.byRepresentativeCheckCaption.setObjectName(u"byRepresentativeCheckCaption")

        self.form.setWidget(10, QFormLayout.ItemRole.LabelRole, self.byRepresentativeCheckCaption)

        self.byRepresentativeCheck = QCheckBox(ConsentDialog)
        self.byRepresentativeCheck.setObjectName(u"byRepresentativeCheck")
        self.byRepresentativeCheck.setText(u"")

        self.form.setWidget(10, QFormLayout.ItemRole.FieldRole, self.byRepresentativeCheck)

        self.representativeEditCaption = QLabel(ConsentDialog)
        self.representativeEditCaption.setObjectName(u"representativeEditCaption")

        self.form.setWidget(11, QFormLayout.ItemRole.LabelRole, self.representativeEditCaption)

        self.representativeEdit = QLineEdit(ConsentDialog)
        self.representativeEdit.setObjectName(u"representativeEdit")

        self.form.setWidget(11, QFormLayout.ItemRole.FieldRole, self.representativeEdit)


        self.layout.addLayout(self.form)

        self.messageLabel = QLabel(ConsentDialog)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setText(u"")
        self.messageLabel.setWordWrap(True)
        self.messageLabel.setStyleSheet(u"color: #b00020;")

        self.layout.addWidget(self.messageLabel)

        self.buttonBox = QDialogButtonBox(ConsentDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.layout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.scopeComboCaption.setBuddy(self.scopeCombo)
        self.purposeComboCaption.setBuddy(self.purposeCombo)
        self.recipientEditCaption.setBuddy(self.recipientEdit)
        self.countryEditCaption.setBuddy(self.countryEdit)
        self.noticeComboCaption.setBuddy(self.noticeCombo)
        self.formEditCaption.setBuddy(self.formEdit)
        self.givenEditCaption.setBuddy(self.givenEdit)
        self.methodComboCaption.setBuddy(self.methodCombo)
        self.evidenceEditCaption.setBuddy(self.evidenceEdit)
        self.evidenceLocationEditCaption.setBuddy(self.evidenceLocationEdit)
        self.byRepresentativeCheckCaption.setBuddy(self.byRepresentativeCheck)
        self.representativeEditCaption.setBuddy(self.representativeEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ConsentDialog)

        QMetaObject.connectSlotsByName(ConsentDialog)
    # setupUi

    def retranslateUi(self, ConsentDialog):
        ConsentDialog.setWindowTitle(QCoreApplication.translate("ConsentDialog", u"Consent", None))
        self.scopeComboCaption.setText(QCoreApplication.translate("ConsentDialog", u"What was consented to", None))
        self.purposeComboCaption.setText(QCoreApplication.translate("ConsentDialog", u"Purpose of use", None))
        self.recipientEditCaption.setText(QCoreApplication.translate("ConsentDialog", u"Third party (recipient)", None))
        self.countryEditCaption.setText(QCoreApplication.translate("ConsentDialog", u"Country (transfer abroad)", None))
        self.noticeComboCaption.setText(QCoreApplication.translate("ConsentDialog", u"Privacy notice version the person saw", None))
        self.formEditCaption.setText(QCoreApplication.translate("ConsentDialog", u"Form", None))
        self.givenEditCaption.setText(QCoreApplication.translate("ConsentDialog", u"Date given", None))
        self.givenEdit.setPlaceholderText(QCoreApplication.translate("ConsentDialog", u"2026-11-23 / \u4ee4\u548c8\u5e7411\u670823\u65e5", None))
        self.methodComboCaption.setText(QCoreApplication.translate("ConsentDialog", u"Method", None))
        self.evidenceEditCaption.setText(QCoreApplication.translate("ConsentDialog", u"Evidence (document number)", None))
        self.evidenceLocationEditCaption.setText(QCoreApplication.translate("ConsentDialog", u"Where the paper is kept", None))
        self.byRepresentativeCheckCaption.setText(QCoreApplication.translate("ConsentDialog", u"Given by a legal representative", None))
        self.representativeEditCaption.setText(QCoreApplication.translate("ConsentDialog", u"Representative's name", None))
    # retranslateUi

