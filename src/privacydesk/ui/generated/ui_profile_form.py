# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'profile_form.ui'
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
from PySide6.QtWidgets import (QApplication, QCheckBox, QFormLayout, QHBoxLayout,
    QLabel, QLineEdit, QSizePolicy, QSpinBox,
    QWidget)

class Ui_ProfileForm(object):
    def setupUi(self, ProfileForm):
        if not ProfileForm.objectName():
            ProfileForm.setObjectName(u"ProfileForm")
        self.form = QFormLayout(ProfileForm)
        self.form.setObjectName(u"form")
        self.nameCaption = QLabel(ProfileForm)
        self.nameCaption.setObjectName(u"nameCaption")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.nameCaption)

        self.nameEdit = QLineEdit(ProfileForm)
        self.nameEdit.setObjectName(u"nameEdit")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.nameEdit)

        self.postalCaption = QLabel(ProfileForm)
        self.postalCaption.setObjectName(u"postalCaption")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.postalCaption)

        self.postalEdit = QLineEdit(ProfileForm)
        self.postalEdit.setObjectName(u"postalEdit")
        self.postalEdit.setPlaceholderText(u"123-4567")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.postalEdit)

        self.addressCaption = QLabel(ProfileForm)
        self.addressCaption.setObjectName(u"addressCaption")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.addressCaption)

        self.addressEdit = QLineEdit(ProfileForm)
        self.addressEdit.setObjectName(u"addressEdit")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.addressEdit)

        self.representativeCaption = QLabel(ProfileForm)
        self.representativeCaption.setObjectName(u"representativeCaption")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.representativeCaption)

        self.representativeEdit = QLineEdit(ProfileForm)
        self.representativeEdit.setObjectName(u"representativeEdit")

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.representativeEdit)

        self.managerTitleCaption = QLabel(ProfileForm)
        self.managerTitleCaption.setObjectName(u"managerTitleCaption")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.managerTitleCaption)

        self.managerTitleEdit = QLineEdit(ProfileForm)
        self.managerTitleEdit.setObjectName(u"managerTitleEdit")

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.managerTitleEdit)

        self.managerNameCaption = QLabel(ProfileForm)
        self.managerNameCaption.setObjectName(u"managerNameCaption")

        self.form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.managerNameCaption)

        self.managerNameEdit = QLineEdit(ProfileForm)
        self.managerNameEdit.setObjectName(u"managerNameEdit")

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.managerNameEdit)

        self.deskCaption = QLabel(ProfileForm)
        self.deskCaption.setObjectName(u"deskCaption")

        self.form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.deskCaption)

        self.deskEdit = QLineEdit(ProfileForm)
        self.deskEdit.setObjectName(u"deskEdit")

        self.form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.deskEdit)

        self.phoneCaption = QLabel(ProfileForm)
        self.phoneCaption.setObjectName(u"phoneCaption")

        self.form.setWidget(7, QFormLayout.ItemRole.LabelRole, self.phoneCaption)

        self.phoneEdit = QLineEdit(ProfileForm)
        self.phoneEdit.setObjectName(u"phoneEdit")

        self.form.setWidget(7, QFormLayout.ItemRole.FieldRole, self.phoneEdit)

        self.faxCaption = QLabel(ProfileForm)
        self.faxCaption.setObjectName(u"faxCaption")

        self.form.setWidget(8, QFormLayout.ItemRole.LabelRole, self.faxCaption)

        self.faxEdit = QLineEdit(ProfileForm)
        self.faxEdit.setObjectName(u"faxEdit")

        self.form.setWidget(8, QFormLayout.ItemRole.FieldRole, self.faxEdit)

        self.emailCaption = QLabel(ProfileForm)
        self.emailCaption.setObjectName(u"emailCaption")

        self.form.setWidget(9, QFormLayout.ItemRole.LabelRole, self.emailCaption)

        self.emailEdit = QLineEdit(ProfileForm)
        self.emailEdit.setObjectName(u"emailEdit")

        self.form.setWidget(9, QFormLayout.ItemRole.FieldRole, self.emailEdit)

        self.feeCaption = QLabel(ProfileForm)
        self.feeCaption.setObjectName(u"feeCaption")

        self.form.setWidget(10, QFormLayout.ItemRole.LabelRole, self.feeCaption)

        self.feeSpin = QSpinBox(ProfileForm)
        self.feeSpin.setObjectName(u"feeSpin")
        self.feeSpin.setMaximum(100000)
        self.feeSpin.setSingleStep(100)

        self.form.setWidget(10, QFormLayout.ItemRole.FieldRole, self.feeSpin)

        self.paymentCaption = QLabel(ProfileForm)
        self.paymentCaption.setObjectName(u"paymentCaption")

        self.form.setWidget(11, QFormLayout.ItemRole.LabelRole, self.paymentCaption)

        self.paymentRow = QHBoxLayout()
        self.paymentRow.setObjectName(u"paymentRow")
        self.stampsCheck = QCheckBox(ProfileForm)
        self.stampsCheck.setObjectName(u"stampsCheck")

        self.paymentRow.addWidget(self.stampsCheck)

        self.moneyOrderCheck = QCheckBox(ProfileForm)
        self.moneyOrderCheck.setObjectName(u"moneyOrderCheck")

        self.paymentRow.addWidget(self.moneyOrderCheck)

        self.cashCheck = QCheckBox(ProfileForm)
        self.cashCheck.setObjectName(u"cashCheck")

        self.paymentRow.addWidget(self.cashCheck)


        self.form.setLayout(11, QFormLayout.ItemRole.FieldRole, self.paymentRow)

        self.retentionCaption = QLabel(ProfileForm)
        self.retentionCaption.setObjectName(u"retentionCaption")

        self.form.setWidget(12, QFormLayout.ItemRole.LabelRole, self.retentionCaption)

        self.retentionSpin = QSpinBox(ProfileForm)
        self.retentionSpin.setObjectName(u"retentionSpin")
        self.retentionSpin.setMinimum(1)
        self.retentionSpin.setMaximum(50)
        self.retentionSpin.setValue(5)

        self.form.setWidget(12, QFormLayout.ItemRole.FieldRole, self.retentionSpin)

#if QT_CONFIG(shortcut)
        self.nameCaption.setBuddy(self.nameEdit)
        self.postalCaption.setBuddy(self.postalEdit)
        self.addressCaption.setBuddy(self.addressEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ProfileForm)

        QMetaObject.connectSlotsByName(ProfileForm)
    # setupUi

    def retranslateUi(self, ProfileForm):
        self.nameCaption.setText(QCoreApplication.translate("ProfileForm", u"Organisation name", None))
        self.postalCaption.setText(QCoreApplication.translate("ProfileForm", u"Postal code", None))
        self.addressCaption.setText(QCoreApplication.translate("ProfileForm", u"Address", None))
        self.representativeCaption.setText(QCoreApplication.translate("ProfileForm", u"Representative", None))
        self.managerTitleCaption.setText(QCoreApplication.translate("ProfileForm", u"Protection manager's title", None))
        self.managerNameCaption.setText(QCoreApplication.translate("ProfileForm", u"Protection manager's name", None))
        self.deskCaption.setText(QCoreApplication.translate("ProfileForm", u"Request desk (department)", None))
        self.phoneCaption.setText(QCoreApplication.translate("ProfileForm", u"Desk phone", None))
        self.faxCaption.setText(QCoreApplication.translate("ProfileForm", u"Desk fax", None))
        self.emailCaption.setText(QCoreApplication.translate("ProfileForm", u"Desk email", None))
        self.feeCaption.setText(QCoreApplication.translate("ProfileForm", u"Request fee (yen)", None))
        self.paymentCaption.setText(QCoreApplication.translate("ProfileForm", u"Accepted payment", None))
        self.stampsCheck.setText(QCoreApplication.translate("ProfileForm", u"Postal stamps", None))
        self.moneyOrderCheck.setText(QCoreApplication.translate("ProfileForm", u"Postal money order", None))
        self.cashCheck.setText(QCoreApplication.translate("ProfileForm", u"Cash at the desk", None))
        self.retentionCaption.setText(QCoreApplication.translate("ProfileForm", u"Keep request documents (years)", None))
        pass
    # retranslateUi

