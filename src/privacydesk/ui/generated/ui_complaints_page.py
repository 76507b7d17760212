# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'complaints_page.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QCheckBox, QComboBox,
    QHBoxLayout, QHeaderView, QLabel, QLineEdit,
    QPushButton, QSizePolicy, QSpacerItem, QTableView,
    QVBoxLayout, QWidget)

class Ui_ComplaintsPage(object):
    def setupUi(self, ComplaintsPage):
        if not ComplaintsPage.objectName():
            ComplaintsPage.setObjectName(u"ComplaintsPage")
        self.layout = QVBoxLayout(ComplaintsPage)
        self.layout.setObjectName(u"layout")
        self.titleLabel = QLabel(ComplaintsPage)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setStyleSheet(u"font-size: 16pt; font-weight: bold;")

        self.layout.addWidget(self.titleLabel)

        self.filters = QHBoxLayout()
        self.filters.setObjectName(u"filters")
        self.statusComboCaption = QLabel(ComplaintsPage)
        self.statusComboCaption.setObjectName(u"statusComboCaption")

        self.filters.addWidget(self.statusComboCaption)

        self.statusCombo = QComboBox(ComplaintsPage)
        self.statusCombo.setObjectName(u"statusCombo")

        self.filters.addWidget(self.statusCombo)

        self.categoryComboCaption = QLabel(ComplaintsPage)
        self.categoryComboCaption.setObjectName(u"categoryComboCaption")

        self.filters.addWidget(self.categoryComboCaption)

        self.categoryCombo = QComboBox(ComplaintsPage)
        self.categoryCombo.setObjectName(u"categoryCombo")

        self.filters.addWidget(self.categoryCombo)

        self.startEditCaption = QLabel(ComplaintsPage)
        self.startEditCaption.setObjectName(u"startEditCaption")

        self.filters.addWidget(self.startEditCaption)

        self.startEdit = QLineEdit(ComplaintsPage)
        self.startEdit.setObjectName(u"startEdit")
        self.startEdit.setClearButtonEnabled(True)

        self.filters.addWidget(self.startEdit)

        self.endEditCaption = QLabel(ComplaintsPage)
        self.endEditCaption.setObjectName(u"endEditCaption")

        self.filters.addWidget(self.endEditCaption)

        self.endEdit = QLineEdit(ComplaintsPage)
        self.endEdit.setObjectName(u"endEdit")
        self.endEdit.setClearButtonEnabled(True)

        self.filters.addWidget(self.endEdit)

        self.overdueCheck = QCheckBox(ComplaintsPage)
        self.overdueCheck.setObjectName(u"overdueCheck")

        self.filters.addWidget(self.overdueCheck)

        self.countLabel = QLabel(ComplaintsPage)
        self.countLabel.setObjectName(u"countLabel")
        self.countLabel.setText(u"")

        self.filters.addWidget(self.countLabel)

        self.filterSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.filters.addItem(self.filterSpacer)


        self.layout.addLayout(self.filters)

        self.complaintsView = QTableView(ComplaintsPage)
        self.complaintsView.setObjectName(u"complaintsView")
        self.complaintsView.setTabKeyNavigation(False)
        self.complaintsView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.complaintsView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.complaintsView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.complaintsView.setWordWrap(False)

        self.layout.addWidget(self.complaintsView)

        self.legendLabel = QLabel(ComplaintsPage)
        self.legendLabel.setObjectName(u"legendLabel")
        self.legendLabel.setWordWrap(True)

        self.layout.addWidget(self.legendLabel)

        self.buttons = QHBoxLayout()
        self.buttons.setObjectName(u"buttons")
        self.newButton = QPushButton(ComplaintsPage)
        self.newButton.setObjectName(u"newButton")

        self.buttons.addWidget(self.newButton)

        self.openButton = QPushButton(ComplaintsPage)
        self.openButton.setObjectName(u"openButton")

        self.buttons.addWidget(self.openButton)

        self.spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttons.addItem(self.spacer)

        self.disposeButton = QPushButton(ComplaintsPage)
        self.disposeButton.setObjectName(u"disposeButton")

        self.buttons.addWidget(self.disposeButton)


        self.layout.addLayout(self.buttons)

        self.messageLabel = QLabel(ComplaintsPage)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setText(u"")
        self.messageLabel.setWordWrap(True)

        self.layout.addWidget(self.messageLabel)

#if QT_CONFIG(shortcut)
        self.statusComboCaption.setBuddy(self.statusCombo)
        self.categoryComboCaption.setBuddy(self.categoryCombo)
        self.startEditCaption.setBuddy(self.startEdit)
        self.endEditCaption.setBuddy(self.endEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ComplaintsPage)

        QMetaObject.connectSlotsByName(ComplaintsPage)
    # setupUi

    def retranslateUi(self, ComplaintsPage):
        self.titleLabel.setText(QCoreApplication.translate("ComplaintsPage", u"Complaints (\u82e6\u60c5)", None))
        self.statusComboCaption.setText(QCoreApplication.translate("ComplaintsPage", u"Status", None))
        self.categoryComboCaption.setText(QCoreApplication.translate("ComplaintsPage", u"Category", None))
        self.startEditCaption.setText(QCoreApplication.translate("ComplaintsPage", u"Received from", None))
        self.startEdit.setPlaceholderText(QCoreApplication.translate("ComplaintsPage", u"2026-04-01 / \u4ee4\u548c8\u5e744\u67081\u65e5", None))
        self.endEditCaption.setText(QCoreApplication.translate("ComplaintsPage", u"to", None))
        self.endEdit.setPlaceholderText(QCoreApplication.translate("ComplaintsPage", u"2027-03-31 / \u4ee4\u548c9\u5e743\u670831\u65e5", None))
        self.overdueCheck.setText(QCoreApplication.translate("ComplaintsPage", u"Past the target date only", None))
        self.legendLabel.setText(QCoreApplication.translate("ComplaintsPage", u"Rows in red are open complaints past their target reply date.", None))
        self.newButton.setText(QCoreApplication.translate("ComplaintsPage", u"New complaint\u2026", None))
        self.openButton.setText(QCoreApplication.translate("ComplaintsPage", u"Open\u2026", None))
        self.disposeButton.setText(QCoreApplication.translate("ComplaintsPage", u"Dispose of complaints past retention\u2026", None))
        pass
    # retranslateUi

