# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'requests_page.ui'
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
    QHeaderView, QLabel, QPushButton, QSizePolicy,
    QSpacerItem, QTableView, QVBoxLayout, QWidget)

class Ui_RequestsPage(object):
    def setupUi(self, RequestsPage):
        if not RequestsPage.objectName():
            RequestsPage.setObjectName(u"RequestsPage")
        self.layout = QVBoxLayout(RequestsPage)
        self.layout.setObjectName(u"layout")
        self.titleLabel = QLabel(RequestsPage)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setStyleSheet(u"font-size: 16pt; font-weight: bold;")

        self.layout.addWidget(self.titleLabel)

        self.filters = QHBoxLayout()
        self.filters.setObjectName(u"filters")
        self.filterComboCaption = QLabel(RequestsPage)
        self.filterComboCaption.setObjectName(u"filterComboCaption")

        self.filters.addWidget(self.filterComboCaption)

        self.filterCombo = QComboBox(RequestsPage)
        self.filterCombo.setObjectName(u"filterCombo")

        self.filters.addWidget(self.filterCombo)

        self.countLabel = QLabel(RequestsPage)
        self.countLabel.setObjectName(u"countLabel")
        self.countLabel.setText(u"")

        self.filters.addWidget(self.countLabel)

        self.filterSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.filters.addItem(self.filterSpacer)


        self.layout.addLayout(self.filters)

        self.requestsView = QTableView(RequestsPage)
        self.requestsView.setObjectName(u"requestsView")
        self.requestsView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.requestsView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.requestsView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.requestsView.setWordWrap(False)

        self.layout.addWidget(self.requestsView)

        self.legendLabel = QLabel(RequestsPage)
        self.legendLabel.setObjectName(u"legendLabel")
        self.legendLabel.setWordWrap(True)

        self.layout.addWidget(self.legendLabel)

        self.buttons = QHBoxLayout()
        self.buttons.setObjectName(u"buttons")
        self.newButton = QPushButton(RequestsPage)
        self.newButton.setObjectName(u"newButton")

        self.buttons.addWidget(self.newButton)

        self.openButton = QPushButton(RequestsPage)
        self.openButton.setObjectName(u"openButton")

        self.buttons.addWidget(self.openButton)

        self.mailingLogButton = QPushButton(RequestsPage)
        self.mailingLogButton.setObjectName(u"mailingLogButton")

        self.buttons.addWidget(self.mailingLogButton)

        self.spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttons.addItem(self.spacer)

        self.disposeButton = QPushButton(RequestsPage)
        self.disposeButton.setObjectName(u"disposeButton")

        self.buttons.addWidget(self.disposeButton)


        self.layout.addLayout(self.buttons)

        self.messageLabel = QLabel(RequestsPage)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setText(u"")
        self.messageLabel.setWordWrap(True)

        self.layout.addWidget(self.messageLabel)

#if QT_CONFIG(shortcut)
        self.filterComboCaption.setBuddy(self.filterCombo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(RequestsPage)

        QMetaObject.connectSlotsByName(RequestsPage)
    # setupUi

    def retranslateUi(self, RequestsPage):
        self.titleLabel.setText(QCoreApplication.translate("RequestsPage", u"Requests from persons (\u958b\u793a\u7b49\u306e\u8acb\u6c42)", None))
        self.filterComboCaption.setText(QCoreApplication.translate("RequestsPage", u"Show", None))
        self.legendLabel.setText(QCoreApplication.translate("RequestsPage", u"Rows in red are past their target date. \u25cf marks a person whose whereabouts are protected (\u6240\u5728\u79d8\u533f).", None))
        self.newButton.setText(QCoreApplication.translate("RequestsPage", u"New request\u2026", None))
        self.openButton.setText(QCoreApplication.translate("RequestsPage", u"Open\u2026", None))
        self.mailingLogButton.setText(QCoreApplication.translate("RequestsPage", u"Mailing log\u2026", None))
        self.disposeButton.setText(QCoreApplication.translate("RequestsPage", u"Dispose of requests past retention\u2026", None))
        pass
    # retranslateUi

