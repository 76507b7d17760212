# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'reports_page.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QCheckBox, QFormLayout,
    QGridLayout, QGroupBox, QHBoxLayout, QHeaderView,
    QLabel, QLineEdit, QProgressBar, QPushButton,
    QRadioButton, QSizePolicy, QSpacerItem, QSpinBox,
    QTableView, QVBoxLayout, QWidget)

class Ui_ReportsPage(object):
    def setupUi(self, ReportsPage):
        if not ReportsPage.objectName():
            ReportsPage.setObjectName(u"ReportsPage")
        self.layout = QVBoxLayout(ReportsPage)
        self.layout.setObjectName(u"layout")
        self.titleLabel = QLabel(ReportsPage)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setStyleSheet(u"font-size: 16pt; font-weight: bold;")

        self.layout.addWidget(self.titleLabel)

        self.introLabel = QLabel(ReportsPage)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)
        self.introLabel.setStyleSheet(u"color: #555;")

        self.layout.addWidget(self.introLabel)

        self.columns = QHBoxLayout()
        self.columns.setObjectName(u"columns")
        self.leftPane = QWidget(ReportsPage)
        self.leftPane.setObjectName(u"leftPane")
        self.leftPane.setMinimumSize(QSize(340, 0))
        self.leftPane.setMaximumSize(QSize(420, 16777215))
        self.leftLayout = QVBoxLayout(self.leftPane)
        self.leftLayout.setObjectName(u"leftLayout")
        self.leftLayout.setContentsMargins(0, 0, 0, 0)
        self.periodBox = QGroupBox(self.leftPane)
        self.periodBox.setObjectName(u"periodBox")
        self.periodGrid = QGridLayout(self.periodBox)
        self.periodGrid.setObjectName(u"periodGrid")
        self.fiscalRadio = QRadioButton(self.periodBox)
        self.fiscalRadio.setObjectName(u"fiscalRadio")
        self.fiscalRadio.setChecked(True)

        self.periodGrid.addWidget(self.fiscalRadio, 0, 0, 1, 1)

        self.yearSpin = QSpinBox(self.periodBox)
        self.yearSpin.setObjectName(u"yearSpin")
        self.yearSpin.setMinimum(2000)
        self.yearSpin.setMaximum(2200)
        self.yearSpin.setValue(2026)

        self.periodGrid.addWidget(self.yearSpin, 0, 1, 1, 1)

        self.rangeRadio = QRadioButton(self.periodBox)
        self.rangeRadio.setObjectName(u"rangeRadio")

        self.periodGrid.addWidget(self.rangeRadio, 1, 0, 1, 1)

        self.rangeRow = QHBoxLayout()
        self.rangeRow.setObjectName(u"rangeRow")
        self.fromEdit = QLineEdit(self.periodBox)
        self.fromEdit.setObjectName(u"fromEdit")

        self.rangeRow.addWidget(self.fromEdit)

        self.toLabel = QLabel(self.periodBox)
        self.toLabel.setObjectName(u"toLabel")

        self.rangeRow.addWidget(self.toLabel)

        self.toEdit = QLineEdit(self.periodBox)
        self.toEdit.setObjectName(u"toEdit")

        self.rangeRow.addWidget(self.toEdit)


        self.periodGrid.addLayout(self.rangeRow, 1, 1, 1, 1)

        self.periodLabel = QLabel(self.periodBox)
        self.periodLabel.setObjectName(u"periodLabel")
        self.periodLabel.setText(u"")
        self.periodLabel.setWordWrap(True)

        self.periodGrid.addWidget(self.periodLabel, 2, 0, 1, 2)


        self.leftLayout.addWidget(self.periodBox)

        self.contentBox = QGroupBox(self.leftPane)
        self.contentBox.setObjectName(u"contentBox")
        self.contentLayout = QVBoxLayout(self.contentBox)
        self.contentLayout.setObjectName(u"contentLayout")
        self.personalCheck = QCheckBox(self.contentBox)
        self.personalCheck.setObjectName(u"personalCheck")

        self.contentLayout.addWidget(self.personalCheck)

        self.personalNoteLabel = QLabel(self.contentBox)
        self.personalNoteLabel.setObjectName(u"personalNoteLabel")
        self.personalNoteLabel.setText(u"")
        self.personalNoteLabel.setWordWrap(True)
        self.personalNoteLabel.setStyleSheet(u"color: #555;")

        self.contentLayout.addWidget(self.personalNoteLabel)

        self.personalPanel = QWidget(self.contentBox)
        self.personalPanel.setObjectName(u"personalPanel")
        self.personalLayout = QVBoxLayout(self.personalPanel)
        self.personalLayout.setObjectName(u"personalLayout")
        self.personalLayout.setContentsMargins(0, 0, 0, 0)
        self.warningLabel = QLabel(self.personalPanel)
        self.warningLabel.setObjectName(u"warningLabel")
        self.warningLabel.setWordWrap(True)
        self.warningLabel.setStyleSheet(u"color: #7a1f00; background: #fff4e5; border: 1px solid #e0a060; padding: 6px;")

        self.personalLayout.addWidget(self.warningLabel)

        self.passwordForm = QFormLayout()
        self.passwordForm.setObjectName(u"passwordForm")
        self.passwordCaption = QLabel(self.personalPanel)
        self.passwordCaption.setObjectName(u"passwordCaption")

        self.passwordForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.passwordCaption)

        self.passwordEdit = QLineEdit(self.personalPanel)
        self.passwordEdit.setObjectName(u"passwordEdit")
        self.passwordEdit.setEchoMode(QLineEdit.EchoMode.Password)

        self.passwordForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.passwordEdit)

        self.confirmCaption = QLabel(self.personalPanel)
        self.confirmCaption.setObjectName(u"confirmCaption")

        self.passwordForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.confirmCaption)

        self.confirmEdit = QLineEdit(self.personalPanel)
        self.confirmEdit.setObjectName(u"confirmEdit")
        self.confirmEdit.setEchoMode(QLineEdit.EchoMode.Password)

        self.passwordForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.confirmEdit)


        self.personalLayout.addLayout(self.passwordForm)


        self.contentLayout.addWidget(self.personalPanel)


        self.leftLayout.addWidget(self.contentBox)

        self.destinationBox = QGroupBox(self.leftPane)
        self.destinationBox.setObjectName(u"destinationBox")
        self.destinationRow = QHBoxLayout(self.destinationBox)
        self.destinationRow.setObjectName(u"destinationRow")
        self.destinationEdit = QLineEdit(self.destinationBox)
        self.destinationEdit.setObjectName(u"destinationEdit")
        self.destinationEdit.setReadOnly(True)

        self.destinationRow.addWidget(self.destinationEdit)

        self.chooseButton = QPushButton(self.destinationBox)
        self.chooseButton.setObjectName(u"chooseButton")

        self.destinationRow.addWidget(self.chooseButton)


        self.leftLayout.addWidget(self.destinationBox)

        self.exportRow = QHBoxLayout()
        self.exportRow.setObjectName(u"exportRow")
        self.exportButton = QPushButton(self.leftPane)
        self.exportButton.setObjectName(u"exportButton")

        self.exportRow.addWidget(self.exportButton)

        self.busyBar = QProgressBar(self.leftPane)
        self.busyBar.setObjectName(u"busyBar")
        self.busyBar.setMinimum(0)
        self.busyBar.setMaximum(0)
        self.busyBar.setTextVisible(False)

        self.exportRow.addWidget(self.busyBar)


        self.leftLayout.addLayout(self.exportRow)

        self.messageLabel = QLabel(self.leftPane)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setText(u"")
        self.messageLabel.setWordWrap(True)
        self.messageLabel.setStyleSheet(u"color: #b00020;")

        self.leftLayout.addWidget(self.messageLabel)

        self.resultLabel = QLabel(self.leftPane)
        self.resultLabel.setObjectName(u"resultLabel")
        self.resultLabel.setText(u"")
        self.resultLabel.setWordWrap(True)
        self.resultLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.leftLayout.addWidget(self.resultLabel)

        self.resultRow = QHBoxLayout()
        self.resultRow.setObjectName(u"resultRow")
        self.openFolderButton = QPushButton(self.leftPane)
        self.openFolderButton.setObjectName(u"openFolderButton")

        self.resultRow.addWidget(self.openFolderButton)

        self.resultSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.resultRow.addItem(self.resultSpacer)


        self.leftLayout.addLayout(self.resultRow)

        self.leftSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.leftLayout.addItem(self.leftSpacer)


        self.columns.addWidget(self.leftPane)

        self.rightLayout = QVBoxLayout()
        self.rightLayout.setObjectName(u"rightLayout")
        self.previewRow = QHBoxLayout()
        self.previewRow.setObjectName(u"previewRow")
        self.previewButton = QPushButton(ReportsPage)
        self.previewButton.setObjectName(u"previewButton")

        self.previewRow.addWidget(self.previewButton)

        self.previewLabel = QLabel(ReportsPage)
        self.previewLabel.setObjectName(u"previewLabel")
        self.previewLabel.setText(u"")
        self.previewLabel.setWordWrap(True)

        self.previewRow.addWidget(self.previewLabel)

        self.previewRow.setStretch(1, 1)

        self.rightLayout.addLayout(self.previewRow)

        self.figuresView = QTableView(ReportsPage)
        self.figuresView.setObjectName(u"figuresView")
        self.figuresView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.figuresView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.figuresView.setAlternatingRowColors(True)

        self.rightLayout.addWidget(self.figuresView)

        self.sheetsCaption = QLabel(ReportsPage)
        self.sheetsCaption.setObjectName(u"sheetsCaption")
        self.sheetsCaption.setStyleSheet(u"font-weight: bold;")

        self.rightLayout.addWidget(self.sheetsCaption)

        self.sheetsView = QTableView(ReportsPage)
        self.sheetsView.setObjectName(u"sheetsView")
        self.sheetsView.setMaximumSize(QSize(16777215, 190))
        self.sheetsView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.sheetsView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)

        self.rightLayout.addWidget(self.sheetsView)

        self.sheetsNoteLabel = QLabel(ReportsPage)
        self.sheetsNoteLabel.setObjectName(u"sheetsNoteLabel")
        self.sheetsNoteLabel.setWordWrap(True)
        self.sheetsNoteLabel.setStyleSheet(u"color: #555;")

        self.rightLayout.addWidget(self.sheetsNoteLabel)


        self.columns.addLayout(self.rightLayout)

        self.columns.setStretch(1, 1)

        self.layout.addLayout(self.columns)

        QWidget.setTabOrder(self.fiscalRadio, self.yearSpin)
        QWidget.setTabOrder(self.yearSpin, self.rangeRadio)
        QWidget.setTabOrder(self.rangeRadio, self.fromEdit)
        QWidget.setTabOrder(self.fromEdit, self.toEdit)
        QWidget.setTabOrder(self.toEdit, self.personalCheck)
        QWidget.setTabOrder(self.personalCheck, self.passwordEdit)
        QWidget.setTabOrder(self.passwordEdit, self.confirmEdit)
        QWidget.setTabOrder(self.confirmEdit, self.chooseButton)
        QWidget.setTabOrder(self.chooseButton, self.exportButton)
        QWidget.setTabOrder(self.exportButton, self.openFolderButton)
        QWidget.setTabOrder(self.openFolderButton, self.previewButton)
        QWidget.setTabOrder(self.previewButton, self.figuresView)
        QWidget.setTabOrder(self.figuresView, self.sheetsView)

        self.retranslateUi(ReportsPage)

        self.exportButton.setDefault(True)


        QMetaObject.connectSlotsByName(ReportsPage)
    # setupUi

    def retranslateUi(self, ReportsPage):
        self.titleLabel.setText(QCoreApplication.translate("ReportsPage", u"Reports: the board workbook", None))
        self.introLabel.setText(QCoreApplication.translate("ReportsPage", u"An Excel workbook for the board: whether the organisation keeps its promises, for a fiscal year or any period, beside the previous period. It lists cases by number; no data subject's name is in it unless a manager includes personal data.", None))
        self.periodBox.setTitle(QCoreApplication.translate("ReportsPage", u"Period", None))
        self.fiscalRadio.setText(QCoreApplication.translate("ReportsPage", u"Fiscal year", None))
        self.rangeRadio.setText(QCoreApplication.translate("ReportsPage", u"Dates", None))
#if QT_CONFIG(tooltip)
        self.fromEdit.setToolTip(QCoreApplication.translate("ReportsPage", u"A date as 2026-04-01, 2026/4/1 or in \u548c\u66a6 (\u4ee4\u548c8\u5e744\u67081\u65e5, R8.4.1)", None))
#endif // QT_CONFIG(tooltip)
        self.fromEdit.setPlaceholderText(QCoreApplication.translate("ReportsPage", u"e.g. 2026-04-01", None))
        self.toLabel.setText(QCoreApplication.translate("ReportsPage", u"to", None))
#if QT_CONFIG(tooltip)
        self.toEdit.setToolTip(QCoreApplication.translate("ReportsPage", u"A date as 2026-04-01, 2026/4/1 or in \u548c\u66a6 (\u4ee4\u548c8\u5e744\u67081\u65e5, R8.4.1)", None))
#endif // QT_CONFIG(tooltip)
        self.toEdit.setPlaceholderText(QCoreApplication.translate("ReportsPage", u"or \u4ee4\u548c9\u5e743\u670831\u65e5", None))
        self.contentBox.setTitle(QCoreApplication.translate("ReportsPage", u"Personal data", None))
        self.personalCheck.setText(QCoreApplication.translate("ReportsPage", u"Include personal data (names and contacts)", None))
        self.warningLabel.setText(QCoreApplication.translate("ReportsPage", u"This workbook will hold data subjects' names and addresses. It is written encrypted with the password below. Tell the recipient the password separately from the file (never in the same e-mail), and delete the file when it is no longer needed.", None))
        self.passwordCaption.setText(QCoreApplication.translate("ReportsPage", u"Password", None))
        self.confirmCaption.setText(QCoreApplication.translate("ReportsPage", u"Password again", None))
        self.destinationBox.setTitle(QCoreApplication.translate("ReportsPage", u"Save as", None))
        self.chooseButton.setText(QCoreApplication.translate("ReportsPage", u"Choose\u2026", None))
        self.exportButton.setText(QCoreApplication.translate("ReportsPage", u"Export", None))
        self.openFolderButton.setText(QCoreApplication.translate("ReportsPage", u"Open the folder", None))
        self.previewButton.setText(QCoreApplication.translate("ReportsPage", u"Check the contents", None))
        self.sheetsCaption.setText(QCoreApplication.translate("ReportsPage", u"Sheets", None))
        self.sheetsNoteLabel.setText(QCoreApplication.translate("ReportsPage", u"The workbook also has \u6982\u8981 (these figures) and \u30b0\u30e9\u30d5 (charts). The sheets with names and contacts are added only when a manager includes personal data, and then only in an encrypted workbook.", None))
        pass
    # retranslateUi

