# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'main_window.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QAction, QBrush, QColor, QConicalGradient,
    QCursor, QFont, QFontDatabase, QGradient,
    QIcon, QImage, QKeySequence, QLinearGradient,
    QPainter, QPalette, QPixmap, QRadialGradient,
    QTransform)
from PySide6.QtWidgets import (QApplication, QHBoxLayout, QLabel, QListWidget,
    QListWidgetItem, QMainWindow, QMenu, QMenuBar,
    QSizePolicy, QStackedWidget, QStatusBar, QVBoxLayout,
    QWidget)

class Ui_MainWindow(object):
    def setupUi(self, MainWindow):
        if not MainWindow.objectName():
            MainWindow.setObjectName(u"MainWindow")
        MainWindow.resize(1100, 720)
        self.lockAction = QAction(MainWindow)
        self.lockAction.setObjectName(u"lockAction")
#if QT_CONFIG(shortcut)
        self.lockAction.setShortcut(u"Ctrl+L")
#endif // QT_CONFIG(shortcut)
        self.changePasswordAction = QAction(MainWindow)
        self.changePasswordAction.setObjectName(u"changePasswordAction")
        self.signOutAction = QAction(MainWindow)
        self.signOutAction.setObjectName(u"signOutAction")
        self.quitAction = QAction(MainWindow)
        self.quitAction.setObjectName(u"quitAction")
#if QT_CONFIG(shortcut)
        self.quitAction.setShortcut(u"Ctrl+Q")
#endif // QT_CONFIG(shortcut)
        self.japaneseAction = QAction(MainWindow)
        self.japaneseAction.setObjectName(u"japaneseAction")
        self.japaneseAction.setCheckable(True)
        self.japaneseAction.setText(u"\u65e5\u672c\u8a9e")
        self.englishAction = QAction(MainWindow)
        self.englishAction.setObjectName(u"englishAction")
        self.englishAction.setCheckable(True)
        self.englishAction.setText(u"English")
        self.central = QWidget(MainWindow)
        self.central.setObjectName(u"central")
        self.centralLayout = QHBoxLayout(self.central)
        self.centralLayout.setObjectName(u"centralLayout")
        self.sidebar = QListWidget(self.central)
        self.sidebar.setObjectName(u"sidebar")
        self.sidebar.setMinimumSize(QSize(170, 0))
        self.sidebar.setMaximumSize(QSize(220, 16777215))
        self.sidebar.setStyleSheet(u"QListWidget { font-size: 12pt; } QListWidget::item { padding: 8px; }")

        self.centralLayout.addWidget(self.sidebar)

        self.contentLayout = QVBoxLayout()
        self.contentLayout.setObjectName(u"contentLayout")
        self.bannerLabel = QLabel(self.central)
        self.bannerLabel.setObjectName(u"bannerLabel")
        self.bannerLabel.setText(u"")
        self.bannerLabel.setWordWrap(True)
        self.bannerLabel.setStyleSheet(u"background: #fde2e2; color: #7a0010; padding: 8px; border: 1px solid #e08080;")

        self.contentLayout.addWidget(self.bannerLabel)

        self.pages = QStackedWidget(self.central)
        self.pages.setObjectName(u"pages")

        self.contentLayout.addWidget(self.pages)


        self.centralLayout.addLayout(self.contentLayout)

        MainWindow.setCentralWidget(self.central)
        self.menubar = QMenuBar(MainWindow)
        self.menubar.setObjectName(u"menubar")
        self.fileMenu = QMenu(self.menubar)
        self.fileMenu.setObjectName(u"fileMenu")
        self.languageMenu = QMenu(self.menubar)
        self.languageMenu.setObjectName(u"languageMenu")
        MainWindow.setMenuBar(self.menubar)
        self.statusbar = QStatusBar(MainWindow)
        self.statusbar.setObjectName(u"statusbar")
        MainWindow.setStatusBar(self.statusbar)

        self.menubar.addAction(self.fileMenu.menuAction())
        self.menubar.addAction(self.languageMenu.menuAction())
        self.fileMenu.addAction(self.lockAction)
        self.fileMenu.addAction(self.changePasswordAction)
        self.fileMenu.addAction(self.signOutAction)
        self.fileMenu.addSeparator()
        self.fileMenu.addAction(self.quitAction)
        self.languageMenu.addAction(self.japaneseAction)
        self.languageMenu.addAction(self.englishAction)

        self.retranslateUi(MainWindow)

        QMetaObject.connectSlotsByName(MainWindow)
    # setupUi

    def retranslateUi(self, MainWindow):
        MainWindow.setWindowTitle(QCoreApplication.translate("MainWindow", u"privacydesk \u2014 Privacy office", None))
        self.lockAction.setText(QCoreApplication.translate("MainWindow", u"&Lock now", None))
        self.changePasswordAction.setText(QCoreApplication.translate("MainWindow", u"Change my &password\u2026", None))
        self.signOutAction.setText(QCoreApplication.translate("MainWindow", u"Sign &out", None))
        self.quitAction.setText(QCoreApplication.translate("MainWindow", u"&Quit", None))
        self.fileMenu.setTitle(QCoreApplication.translate("MainWindow", u"&File", None))
        self.languageMenu.setTitle(QCoreApplication.translate("MainWindow", u"&Language", None))
    # retranslateUi

