# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'backup_page.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QHBoxLayout, QHeaderView,
    QLabel, QPushButton, QSizePolicy, QSpacerItem,
    QTableView, QVBoxLayout, QWidget)

class Ui_BackupPage(object):
    def setupUi(self, BackupPage):
        if not BackupPage.objectName():
            BackupPage.setObjectName(u"BackupPage")
        self.layout = QVBoxLayout(BackupPage)
        self.layout.setObjectName(u"layout")
        self.titleLabel = QLabel(BackupPage)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setStyleSheet(u"font-size: 16pt; font-weight: bold;")

        self.layout.addWidget(self.titleLabel)

        self.folderLabel = QLabel(BackupPage)
        self.folderLabel.setObjectName(u"folderLabel")
        self.folderLabel.setText(u"")
        self.folderLabel.setWordWrap(True)

        self.layout.addWidget(self.folderLabel)

        self.lastLabel = QLabel(BackupPage)
        self.lastLabel.setObjectName(u"lastLabel")
        self.lastLabel.setText(u"")
        self.lastLabel.setWordWrap(True)

        self.layout.addWidget(self.lastLabel)

        self.buttons = QHBoxLayout()
        self.buttons.setObjectName(u"buttons")
        self.backupButton = QPushButton(BackupPage)
        self.backupButton.setObjectName(u"backupButton")

        self.buttons.addWidget(self.backupButton)

        self.restoreButton = QPushButton(BackupPage)
        self.restoreButton.setObjectName(u"restoreButton")

        self.buttons.addWidget(self.restoreButton)

        self.spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttons.addItem(self.spacer)


        self.layout.addLayout(self.buttons)

        self.backupsView = QTableView(BackupPage)
        self.backupsView.setObjectName(u"backupsView")
        self.backupsView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.backupsView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)

        self.layout.addWidget(self.backupsView)

        self.messageLabel = QLabel(BackupPage)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setText(u"")
        self.messageLabel.setWordWrap(True)

        self.layout.addWidget(self.messageLabel)


        self.retranslateUi(BackupPage)

        QMetaObject.connectSlotsByName(BackupPage)
    # setupUi

    def retranslateUi(self, BackupPage):
        self.titleLabel.setText(QCoreApplication.translate("BackupPage", u"Backups", None))
        self.backupButton.setText(QCoreApplication.translate("BackupPage", u"Back up now", None))
        self.restoreButton.setText(QCoreApplication.translate("BackupPage", u"Restore into a new file\u2026", None))
        pass
    # retranslateUi

