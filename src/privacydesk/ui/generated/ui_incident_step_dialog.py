# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'incident_step_dialog.ui'
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
    QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

class Ui_IncidentStepDialog(object):
    def setupUi(self, IncidentStepDialog):
        if not IncidentStepDialog.objectName():
            IncidentStepDialog.setObjectName(u"IncidentStepDialog")
        IncidentStepDialog.resize(520, 220)
        self.layout = QVBoxLayout(IncidentStepDialog)
        self.layout.setObjectName(u"layout")
        self.stepLabel = QLabel(IncidentStepDialog)
        self.stepLabel.setObjectName(u"stepLabel")
        self.stepLabel.setText(u"")
        self.stepLabel.setWordWrap(True)
        self.stepLabel.setStyleSheet(u"font-weight: bold;")

        self.layout.addWidget(self.stepLabel)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.doneEditCaption = QLabel(IncidentStepDialog)
        self.doneEditCaption.setObjectName(u"doneEditCaption")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.doneEditCaption)

        self.doneEdit = QLineEdit(IncidentStepDialog)
        self.doneEdit.setObjectName(u"doneEdit")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.doneEdit)

        self.methodComboCaption = QLabel(IncidentStepDialog)
        self.methodComboCaption.setObjectName(u"methodComboCaption")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.methodComboCaption)

        self.methodCombo = QComboBox(IncidentStepDialog)
        self.methodCombo.setObjectName(u"methodCombo")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.methodCombo)


        self.layout.addLayout(self.form)

        self.messageLabel = QLabel(IncidentStepDialog)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setText(u"")
        self.messageLabel.setWordWrap(True)

        self.layout.addWidget(self.messageLabel)

        self.spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.layout.addItem(self.spacer)

        self.buttonBox = QDialogButtonBox(IncidentStepDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.layout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.doneEditCaption.setBuddy(self.doneEdit)
        self.methodComboCaption.setBuddy(self.methodCombo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(IncidentStepDialog)

        QMetaObject.connectSlotsByName(IncidentStepDialog)
    # setupUi

    def retranslateUi(self, IncidentStepDialog):
        IncidentStepDialog.setWindowTitle(QCoreApplication.translate("IncidentStepDialog", u"Record a step as done", None))
        self.doneEditCaption.setText(QCoreApplication.translate("IncidentStepDialog", u"Done on", None))
        self.doneEdit.setPlaceholderText(QCoreApplication.translate("IncidentStepDialog", u"2026-11-24 / \u4ee4\u548c8\u5e7411\u670824\u65e5", None))
        self.methodComboCaption.setText(QCoreApplication.translate("IncidentStepDialog", u"How the persons were told", None))
    # retranslateUi

