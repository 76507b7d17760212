# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'notice_diff_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QApplication, QComboBox,
    QDialog, QDialogButtonBox, QFormLayout, QHeaderView,
    QLabel, QSizePolicy, QTableView, QVBoxLayout,
    QWidget)

class Ui_NoticeDiffDialog(object):
    def setupUi(self, NoticeDiffDialog):
        if not NoticeDiffDialog.objectName():
            NoticeDiffDialog.setObjectName(u"NoticeDiffDialog")
        NoticeDiffDialog.resize(900, 620)
        self.layout = QVBoxLayout(NoticeDiffDialog)
        self.layout.setObjectName(u"layout")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.oldComboCaption = QLabel(NoticeDiffDialog)
        self.oldComboCaption.setObjectName(u"oldComboCaption")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.oldComboCaption)

        self.oldCombo = QComboBox(NoticeDiffDialog)
        self.oldCombo.setObjectName(u"oldCombo")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.oldCombo)

        self.newComboCaption = QLabel(NoticeDiffDialog)
        self.newComboCaption.setObjectName(u"newComboCaption")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.newComboCaption)

        self.newCombo = QComboBox(NoticeDiffDialog)
        self.newCombo.setObjectName(u"newCombo")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.newCombo)


        self.layout.addLayout(self.form)

        self.countLabel = QLabel(NoticeDiffDialog)
        self.countLabel.setObjectName(u"countLabel")
        self.countLabel.setText(u"")

        self.layout.addWidget(self.countLabel)

        self.linesView = QTableView(NoticeDiffDialog)
        self.linesView.setObjectName(u"linesView")
        self.linesView.setTabKeyNavigation(False)
        self.linesView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.linesView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.linesView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.linesView.setWordWrap(True)
        self.linesView.setShowGrid(False)

        self.layout.addWidget(self.linesView)

        self.legendLabel = QLabel(NoticeDiffDialog)
        self.legendLabel.setObjectName(u"legendLabel")
        self.legendLabel.setWordWrap(True)

        self.layout.addWidget(self.legendLabel)

        self.messageLabel = QLabel(NoticeDiffDialog)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setText(u"")
        self.messageLabel.setWordWrap(True)

        self.layout.addWidget(self.messageLabel)

        self.buttonBox = QDialogButtonBox(NoticeDiffDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.layout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.oldComboCaption.setBuddy(self.oldCombo)
        self.newComboCaption.setBuddy(self.newCombo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(NoticeDiffDialog)

        QMetaObject.connectSlotsByName(NoticeDiffDialog)
    # setupUi

    def retranslateUi(self, NoticeDiffDialog):
        NoticeDiffDialog.setWindowTitle(QCoreApplication.translate("NoticeDiffDialog", u"Differences between two versions", None))
        self.oldComboCaption.setText(QCoreApplication.translate("NoticeDiffDialog", u"Older version", None))
        self.newComboCaption.setText(QCoreApplication.translate("NoticeDiffDialog", u"Newer version", None))
        self.legendLabel.setText(QCoreApplication.translate("NoticeDiffDialog", u"+ (green): only in the newer version. \u2212 (red): only in the older version.", None))
    # retranslateUi

