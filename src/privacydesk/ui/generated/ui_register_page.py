# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'register_page.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QComboBox, QHBoxLayout,
    QHeaderView, QLabel, QLineEdit, QPushButton,
    QSizePolicy, QSpacerItem, QSplitter, QTableView,
    QTextBrowser, QVBoxLayout, QWidget)

class Ui_RegisterPage(object):
    def setupUi(self, RegisterPage):
        if not RegisterPage.objectName():
            RegisterPage.setObjectName(u"RegisterPage")
        self.layout = QVBoxLayout(RegisterPage)
        self.layout.setObjectName(u"layout")
        self.titleLabel = QLabel(RegisterPage)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setStyleSheet(u"font-size: 16pt; font-weight: bold;")

        self.layout.addWidget(self.titleLabel)

        self.filters = QHBoxLayout()
        self.filters.setObjectName(u"filters")
        self.searchEdit = QLineEdit(RegisterPage)
        self.searchEdit.setObjectName(u"searchEdit")
        self.searchEdit.setClearButtonEnabled(True)

        self.filters.addWidget(self.searchEdit)

        self.filterCombo = QComboBox(RegisterPage)
        self.filterCombo.setObjectName(u"filterCombo")

        self.filters.addWidget(self.filterCombo)


        self.layout.addLayout(self.filters)

        self.splitter = QSplitter(RegisterPage)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Horizontal)
        self.entriesView = QTableView(self.splitter)
        self.entriesView.setObjectName(u"entriesView")
        self.entriesView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.entriesView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.entriesView.setSortingEnabled(True)
        self.splitter.addWidget(self.entriesView)
        self.detailView = QTextBrowser(self.splitter)
        self.detailView.setObjectName(u"detailView")
        self.splitter.addWidget(self.detailView)

        self.layout.addWidget(self.splitter)

        self.buttons = QHBoxLayout()
        self.buttons.setObjectName(u"buttons")
        self.newButton = QPushButton(RegisterPage)
        self.newButton.setObjectName(u"newButton")

        self.buttons.addWidget(self.newButton)

        self.editButton = QPushButton(RegisterPage)
        self.editButton.setObjectName(u"editButton")

        self.buttons.addWidget(self.editButton)

        self.retireButton = QPushButton(RegisterPage)
        self.retireButton.setObjectName(u"retireButton")

        self.buttons.addWidget(self.retireButton)

        self.reviewButton = QPushButton(RegisterPage)
        self.reviewButton.setObjectName(u"reviewButton")

        self.buttons.addWidget(self.reviewButton)

        self.signOffButton = QPushButton(RegisterPage)
        self.signOffButton.setObjectName(u"signOffButton")

        self.buttons.addWidget(self.signOffButton)

        self.spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttons.addItem(self.spacer)


        self.layout.addLayout(self.buttons)

        self.messageLabel = QLabel(RegisterPage)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setText(u"")
        self.messageLabel.setWordWrap(True)

        self.layout.addWidget(self.messageLabel)


        self.retranslateUi(RegisterPage)

        QMetaObject.connectSlotsByName(RegisterPage)
    # setupUi

    def retranslateUi(self, RegisterPage):
        self.titleLabel.setText(QCoreApplication.translate("RegisterPage", u"Personal-data register", None))
        self.searchEdit.setPlaceholderText(QCoreApplication.translate("RegisterPage", u"Search the register by name\u2026", None))
        self.newButton.setText(QCoreApplication.translate("RegisterPage", u"New entry\u2026", None))
        self.editButton.setText(QCoreApplication.translate("RegisterPage", u"Edit\u2026", None))
        self.retireButton.setText(QCoreApplication.translate("RegisterPage", u"Retire", None))
        self.reviewButton.setText(QCoreApplication.translate("RegisterPage", u"Record the yearly review\u2026", None))
        self.signOffButton.setText(QCoreApplication.translate("RegisterPage", u"Sign off the review", None))
        pass
    # retranslateUi

