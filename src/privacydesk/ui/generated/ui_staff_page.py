# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'staff_page.ui'
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

class Ui_StaffPage(object):
    def setupUi(self, StaffPage):
        if not StaffPage.objectName():
            StaffPage.setObjectName(u"StaffPage")
        self.layout = QVBoxLayout(StaffPage)
        self.layout.setObjectName(u"layout")
        self.titleLabel = QLabel(StaffPage)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setStyleSheet(u"font-size: 16pt; font-weight: bold;")

        self.layout.addWidget(self.titleLabel)

        self.accountsView = QTableView(StaffPage)
        self.accountsView.setObjectName(u"accountsView")
        self.accountsView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.accountsView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.accountsView.setSortingEnabled(False)

        self.layout.addWidget(self.accountsView)

        self.buttons = QHBoxLayout()
        self.buttons.setObjectName(u"buttons")
        self.addButton = QPushButton(StaffPage)
        self.addButton.setObjectName(u"addButton")

        self.buttons.addWidget(self.addButton)

        self.resetButton = QPushButton(StaffPage)
        self.resetButton.setObjectName(u"resetButton")

        self.buttons.addWidget(self.resetButton)

        self.disableButton = QPushButton(StaffPage)
        self.disableButton.setObjectName(u"disableButton")

        self.buttons.addWidget(self.disableButton)

        self.rotateKeyButton = QPushButton(StaffPage)
        self.rotateKeyButton.setObjectName(u"rotateKeyButton")

        self.buttons.addWidget(self.rotateKeyButton)

        self.spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttons.addItem(self.spacer)


        self.layout.addLayout(self.buttons)

        self.messageLabel = QLabel(StaffPage)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setText(u"")
        self.messageLabel.setWordWrap(True)

        self.layout.addWidget(self.messageLabel)


        self.retranslateUi(StaffPage)

        QMetaObject.connectSlotsByName(StaffPage)
    # setupUi

    def retranslateUi(self, StaffPage):
        self.titleLabel.setText(QCoreApplication.translate("StaffPage", u"Staff accounts", None))
        self.addButton.setText(QCoreApplication.translate("StaffPage", u"Add an account\u2026", None))
        self.resetButton.setText(QCoreApplication.translate("StaffPage", u"Reset password\u2026", None))
        self.disableButton.setText(QCoreApplication.translate("StaffPage", u"Disable", None))
        self.rotateKeyButton.setText(QCoreApplication.translate("StaffPage", u"Renew the database key\u2026", None))
#if QT_CONFIG(tooltip)
        self.rotateKeyButton.setToolTip(QCoreApplication.translate("StaffPage", u"Re-key the database so that old copies of the key file (a former staff member's) open neither the database nor new backups", None))
#endif // QT_CONFIG(tooltip)
        pass
    # retranslateUi

