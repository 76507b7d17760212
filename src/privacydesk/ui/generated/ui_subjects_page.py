# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'subjects_page.ui'
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
    QLabel, QLineEdit, QPushButton, QSizePolicy,
    QSpacerItem, QSplitter, QTableView, QTextBrowser,
    QVBoxLayout, QWidget)

class Ui_SubjectsPage(object):
    def setupUi(self, SubjectsPage):
        if not SubjectsPage.objectName():
            SubjectsPage.setObjectName(u"SubjectsPage")
        self.layout = QVBoxLayout(SubjectsPage)
        self.layout.setObjectName(u"layout")
        self.titleLabel = QLabel(SubjectsPage)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setStyleSheet(u"font-size: 16pt; font-weight: bold;")

        self.layout.addWidget(self.titleLabel)

        self.searchRow = QHBoxLayout()
        self.searchRow.setObjectName(u"searchRow")
        self.searchEdit = QLineEdit(SubjectsPage)
        self.searchEdit.setObjectName(u"searchEdit")
        self.searchEdit.setClearButtonEnabled(True)

        self.searchRow.addWidget(self.searchEdit)

        self.countLabel = QLabel(SubjectsPage)
        self.countLabel.setObjectName(u"countLabel")
        self.countLabel.setText(u"")

        self.searchRow.addWidget(self.countLabel)


        self.layout.addLayout(self.searchRow)

        self.splitter = QSplitter(SubjectsPage)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Horizontal)
        self.subjectsView = QTableView(self.splitter)
        self.subjectsView.setObjectName(u"subjectsView")
        self.subjectsView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.subjectsView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.subjectsView.setSortingEnabled(True)
        self.splitter.addWidget(self.subjectsView)
        self.detailPane = QWidget(self.splitter)
        self.detailPane.setObjectName(u"detailPane")
        self.detailLayout = QVBoxLayout(self.detailPane)
        self.detailLayout.setObjectName(u"detailLayout")
        self.detailLayout.setContentsMargins(0, 0, 0, 0)
        self.detailView = QTextBrowser(self.detailPane)
        self.detailView.setObjectName(u"detailView")

        self.detailLayout.addWidget(self.detailView)

        self.consentsCaption = QLabel(self.detailPane)
        self.consentsCaption.setObjectName(u"consentsCaption")

        self.detailLayout.addWidget(self.consentsCaption)

        self.consentsView = QTableView(self.detailPane)
        self.consentsView.setObjectName(u"consentsView")
        self.consentsView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.consentsView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)

        self.detailLayout.addWidget(self.consentsView)

        self.splitter.addWidget(self.detailPane)

        self.layout.addWidget(self.splitter)

        self.buttons = QHBoxLayout()
        self.buttons.setObjectName(u"buttons")
        self.newButton = QPushButton(SubjectsPage)
        self.newButton.setObjectName(u"newButton")

        self.buttons.addWidget(self.newButton)

        self.editButton = QPushButton(SubjectsPage)
        self.editButton.setObjectName(u"editButton")

        self.buttons.addWidget(self.editButton)

        self.consentButton = QPushButton(SubjectsPage)
        self.consentButton.setObjectName(u"consentButton")

        self.buttons.addWidget(self.consentButton)

        self.withdrawButton = QPushButton(SubjectsPage)
        self.withdrawButton.setObjectName(u"withdrawButton")

        self.buttons.addWidget(self.withdrawButton)

        self.sensitiveButton = QPushButton(SubjectsPage)
        self.sensitiveButton.setObjectName(u"sensitiveButton")

        self.buttons.addWidget(self.sensitiveButton)

        self.importButton = QPushButton(SubjectsPage)
        self.importButton.setObjectName(u"importButton")

        self.buttons.addWidget(self.importButton)

        self.retentionButton = QPushButton(SubjectsPage)
        self.retentionButton.setObjectName(u"retentionButton")

        self.buttons.addWidget(self.retentionButton)

        self.spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttons.addItem(self.spacer)


        self.layout.addLayout(self.buttons)

        self.messageLabel = QLabel(SubjectsPage)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setText(u"")
        self.messageLabel.setWordWrap(True)

        self.layout.addWidget(self.messageLabel)


        self.retranslateUi(SubjectsPage)

        QMetaObject.connectSlotsByName(SubjectsPage)
    # setupUi

    def retranslateUi(self, SubjectsPage):
        self.titleLabel.setText(QCoreApplication.translate("SubjectsPage", u"Persons and consents", None))
        self.searchEdit.setPlaceholderText(QCoreApplication.translate("SubjectsPage", u"Name, reading, alias, address, email or phone\u2026", None))
        self.consentsCaption.setText(QCoreApplication.translate("SubjectsPage", u"Consents", None))
        self.newButton.setText(QCoreApplication.translate("SubjectsPage", u"New person\u2026", None))
        self.editButton.setText(QCoreApplication.translate("SubjectsPage", u"Edit\u2026", None))
        self.consentButton.setText(QCoreApplication.translate("SubjectsPage", u"Record a consent\u2026", None))
        self.withdrawButton.setText(QCoreApplication.translate("SubjectsPage", u"Record a withdrawal\u2026", None))
        self.sensitiveButton.setText(QCoreApplication.translate("SubjectsPage", u"Show sensitive information", None))
        self.importButton.setText(QCoreApplication.translate("SubjectsPage", u"Import from Excel\u2026", None))
        self.retentionButton.setText(QCoreApplication.translate("SubjectsPage", u"Past retention\u2026", None))
        pass
    # retranslateUi

