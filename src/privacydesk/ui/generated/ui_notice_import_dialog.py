# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'notice_import_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QDialog, QDialogButtonBox,
    QFormLayout, QHBoxLayout, QLabel, QLineEdit,
    QPushButton, QSizePolicy, QVBoxLayout, QWidget)

class Ui_NoticeImportDialog(object):
    def setupUi(self, NoticeImportDialog):
        if not NoticeImportDialog.objectName():
            NoticeImportDialog.setObjectName(u"NoticeImportDialog")
        NoticeImportDialog.resize(620, 300)
        self.layout = QVBoxLayout(NoticeImportDialog)
        self.layout.setObjectName(u"layout")
        self.introLabel = QLabel(NoticeImportDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.layout.addWidget(self.introLabel)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.fileEditCaption = QLabel(NoticeImportDialog)
        self.fileEditCaption.setObjectName(u"fileEditCaption")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.fileEditCaption)

        self.fileRow = QHBoxLayout()
        self.fileRow.setObjectName(u"fileRow")
        self.fileEdit = QLineEdit(NoticeImportDialog)
        self.fileEdit.setObjectName(u"fileEdit")

        self.fileRow.addWidget(self.fileEdit)

        self.browseButton = QPushButton(NoticeImportDialog)
        self.browseButton.setObjectName(u"browseButton")
        self.browseButton.setAutoDefault(False)

        self.fileRow.addWidget(self.browseButton)


        self.form.setLayout(0, QFormLayout.ItemRole.FieldRole, self.fileRow)

        self.titleEditCaption = QLabel(NoticeImportDialog)
        self.titleEditCaption.setObjectName(u"titleEditCaption")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.titleEditCaption)

        self.titleEdit = QLineEdit(NoticeImportDialog)
        self.titleEdit.setObjectName(u"titleEdit")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.titleEdit)

        self.effectiveEditCaption = QLabel(NoticeImportDialog)
        self.effectiveEditCaption.setObjectName(u"effectiveEditCaption")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.effectiveEditCaption)

        self.effectiveEdit = QLineEdit(NoticeImportDialog)
        self.effectiveEdit.setObjectName(u"effectiveEdit")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.effectiveEdit)

        self.whereEditCaption = QLabel(NoticeImportDialog)
        self.whereEditCaption.setObjectName(u"whereEditCaption")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.whereEditCaption)

        self.whereEdit = QLineEdit(NoticeImportDialog)
        self.whereEdit.setObjectName(u"whereEdit")

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.whereEdit)


        self.layout.addLayout(self.form)

        self.messageLabel = QLabel(NoticeImportDialog)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setText(u"")
        self.messageLabel.setWordWrap(True)

        self.layout.addWidget(self.messageLabel)

        self.buttonBox = QDialogButtonBox(NoticeImportDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.layout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.fileEditCaption.setBuddy(self.fileEdit)
        self.titleEditCaption.setBuddy(self.titleEdit)
        self.effectiveEditCaption.setBuddy(self.effectiveEdit)
        self.whereEditCaption.setBuddy(self.whereEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(NoticeImportDialog)

        QMetaObject.connectSlotsByName(NoticeImportDialog)
    # setupUi

    def retranslateUi(self, NoticeImportDialog):
        NoticeImportDialog.setWindowTitle(QCoreApplication.translate("NoticeImportDialog", u"Import a new version of the privacy notice", None))
        self.introLabel.setText(QCoreApplication.translate("NoticeImportDialog", u"Choose the notice as a text file (.txt, UTF-8 or Shift_JIS) or a Word document (.docx). The new version keeps the tags of every passage of the previous version that it still contains.", None))
        self.fileEditCaption.setText(QCoreApplication.translate("NoticeImportDialog", u"File", None))
        self.browseButton.setText(QCoreApplication.translate("NoticeImportDialog", u"Choose\u2026", None))
        self.titleEditCaption.setText(QCoreApplication.translate("NoticeImportDialog", u"Title", None))
        self.effectiveEditCaption.setText(QCoreApplication.translate("NoticeImportDialog", u"In force from", None))
        self.effectiveEdit.setPlaceholderText(QCoreApplication.translate("NoticeImportDialog", u"e.g. 2026-04-01 or \u4ee4\u548c8\u5e744\u67081\u65e5", None))
        self.whereEditCaption.setText(QCoreApplication.translate("NoticeImportDialog", u"Published where", None))
        self.whereEdit.setPlaceholderText(QCoreApplication.translate("NoticeImportDialog", u"e.g. the website and the office's notice board", None))
    # retranslateUi

