# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'organisation_page.ui'
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
from PySide6.QtWidgets import (QApplication, QLabel, QSizePolicy, QTabWidget,
    QVBoxLayout, QWidget)

class Ui_OrganisationPage(object):
    def setupUi(self, OrganisationPage):
        if not OrganisationPage.objectName():
            OrganisationPage.setObjectName(u"OrganisationPage")
        self.layout = QVBoxLayout(OrganisationPage)
        self.layout.setObjectName(u"layout")
        self.titleLabel = QLabel(OrganisationPage)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setStyleSheet(u"font-size: 16pt; font-weight: bold;")

        self.layout.addWidget(self.titleLabel)

        self.tabs = QTabWidget(OrganisationPage)
        self.tabs.setObjectName(u"tabs")
        self.noticeTab = QWidget()
        self.noticeTab.setObjectName(u"noticeTab")
        self.noticeLayout = QVBoxLayout(self.noticeTab)
        self.noticeLayout.setObjectName(u"noticeLayout")
        self.noticeLayout.setContentsMargins(0, 0, 0, 0)
        self.tabs.addTab(self.noticeTab, "")
        self.selfCheckTab = QWidget()
        self.selfCheckTab.setObjectName(u"selfCheckTab")
        self.selfCheckLayout = QVBoxLayout(self.selfCheckTab)
        self.selfCheckLayout.setObjectName(u"selfCheckLayout")
        self.selfCheckLayout.setContentsMargins(0, 0, 0, 0)
        self.tabs.addTab(self.selfCheckTab, "")
        self.staffTab = QWidget()
        self.staffTab.setObjectName(u"staffTab")
        self.staffLayout = QVBoxLayout(self.staffTab)
        self.staffLayout.setObjectName(u"staffLayout")
        self.staffLayout.setContentsMargins(0, 0, 0, 0)
        self.tabs.addTab(self.staffTab, "")
        self.auditsTab = QWidget()
        self.auditsTab.setObjectName(u"auditsTab")
        self.auditsLayout = QVBoxLayout(self.auditsTab)
        self.auditsLayout.setObjectName(u"auditsLayout")
        self.auditsLayout.setContentsMargins(0, 0, 0, 0)
        self.tabs.addTab(self.auditsTab, "")

        self.layout.addWidget(self.tabs)


        self.retranslateUi(OrganisationPage)

        QMetaObject.connectSlotsByName(OrganisationPage)
    # setupUi

    def retranslateUi(self, OrganisationPage):
        self.titleLabel.setText(QCoreApplication.translate("OrganisationPage", u"Organisation (\u7d44\u7e54): the privacy notice, self-check, staff and internal audits", None))
        self.tabs.setTabText(self.tabs.indexOf(self.noticeTab), QCoreApplication.translate("OrganisationPage", u"Privacy notice", None))
        self.tabs.setTabText(self.tabs.indexOf(self.selfCheckTab), QCoreApplication.translate("OrganisationPage", u"Self-check", None))
        self.tabs.setTabText(self.tabs.indexOf(self.staffTab), QCoreApplication.translate("OrganisationPage", u"Staff", None))
        self.tabs.setTabText(self.tabs.indexOf(self.auditsTab), QCoreApplication.translate("OrganisationPage", u"Internal audits", None))
        pass
    # retranslateUi

