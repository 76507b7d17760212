# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'organisation_staff_tab.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QCheckBox, QGroupBox,
    QHBoxLayout, QHeaderView, QLabel, QPushButton,
    QSizePolicy, QSpacerItem, QSplitter, QTableView,
    QVBoxLayout, QWidget)

class Ui_OrganisationStaffTab(object):
    def setupUi(self, OrganisationStaffTab):
        if not OrganisationStaffTab.objectName():
            OrganisationStaffTab.setObjectName(u"OrganisationStaffTab")
        self.layout = QVBoxLayout(OrganisationStaffTab)
        self.layout.setObjectName(u"layout")
        self.splitter = QSplitter(OrganisationStaffTab)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Vertical)
        self.splitter.setChildrenCollapsible(False)
        self.staffBox = QGroupBox(self.splitter)
        self.staffBox.setObjectName(u"staffBox")
        self.staffLayout = QVBoxLayout(self.staffBox)
        self.staffLayout.setObjectName(u"staffLayout")
        self.filters = QHBoxLayout()
        self.filters.setObjectName(u"filters")
        self.activeOnlyCheck = QCheckBox(self.staffBox)
        self.activeOnlyCheck.setObjectName(u"activeOnlyCheck")
        self.activeOnlyCheck.setChecked(True)

        self.filters.addWidget(self.activeOnlyCheck)

        self.flaggedOnlyCheck = QCheckBox(self.staffBox)
        self.flaggedOnlyCheck.setObjectName(u"flaggedOnlyCheck")

        self.filters.addWidget(self.flaggedOnlyCheck)

        self.countLabel = QLabel(self.staffBox)
        self.countLabel.setObjectName(u"countLabel")
        self.countLabel.setText(u"")

        self.filters.addWidget(self.countLabel)

        self.filterSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.filters.addItem(self.filterSpacer)


        self.staffLayout.addLayout(self.filters)

        self.staffView = QTableView(self.staffBox)
        self.staffView.setObjectName(u"staffView")
        self.staffView.setTabKeyNavigation(False)
        self.staffView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.staffView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.staffView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.staffView.setWordWrap(False)

        self.staffLayout.addWidget(self.staffView)

        self.staffButtons = QHBoxLayout()
        self.staffButtons.setObjectName(u"staffButtons")
        self.addButton = QPushButton(self.staffBox)
        self.addButton.setObjectName(u"addButton")

        self.staffButtons.addWidget(self.addButton)

        self.editButton = QPushButton(self.staffBox)
        self.editButton.setObjectName(u"editButton")

        self.staffButtons.addWidget(self.editButton)

        self.pledgeFormButton = QPushButton(self.staffBox)
        self.pledgeFormButton.setObjectName(u"pledgeFormButton")

        self.staffButtons.addWidget(self.pledgeFormButton)

        self.blankPledgeButton = QPushButton(self.staffBox)
        self.blankPledgeButton.setObjectName(u"blankPledgeButton")

        self.staffButtons.addWidget(self.blankPledgeButton)

        self.staffSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.staffButtons.addItem(self.staffSpacer)


        self.staffLayout.addLayout(self.staffButtons)

        self.splitter.addWidget(self.staffBox)
        self.trainingsBox = QGroupBox(self.splitter)
        self.trainingsBox.setObjectName(u"trainingsBox")
        self.trainingsLayout = QVBoxLayout(self.trainingsBox)
        self.trainingsLayout.setObjectName(u"trainingsLayout")
        self.trainingsView = QTableView(self.trainingsBox)
        self.trainingsView.setObjectName(u"trainingsView")
        self.trainingsView.setTabKeyNavigation(False)
        self.trainingsView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.trainingsView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.trainingsView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.trainingsView.setWordWrap(False)

        self.trainingsLayout.addWidget(self.trainingsView)

        self.trainingButtons = QHBoxLayout()
        self.trainingButtons.setObjectName(u"trainingButtons")
        self.addTrainingButton = QPushButton(self.trainingsBox)
        self.addTrainingButton.setObjectName(u"addTrainingButton")

        self.trainingButtons.addWidget(self.addTrainingButton)

        self.openTrainingButton = QPushButton(self.trainingsBox)
        self.openTrainingButton.setObjectName(u"openTrainingButton")

        self.trainingButtons.addWidget(self.openTrainingButton)

        self.sheetButton = QPushButton(self.trainingsBox)
        self.sheetButton.setObjectName(u"sheetButton")

        self.trainingButtons.addWidget(self.sheetButton)

        self.trainingSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.trainingButtons.addItem(self.trainingSpacer)


        self.trainingsLayout.addLayout(self.trainingButtons)

        self.splitter.addWidget(self.trainingsBox)

        self.layout.addWidget(self.splitter)

        self.legendLabel = QLabel(OrganisationStaffTab)
        self.legendLabel.setObjectName(u"legendLabel")
        self.legendLabel.setWordWrap(True)

        self.layout.addWidget(self.legendLabel)

        self.messageLabel = QLabel(OrganisationStaffTab)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setText(u"")
        self.messageLabel.setWordWrap(True)

        self.layout.addWidget(self.messageLabel)


        self.retranslateUi(OrganisationStaffTab)

        QMetaObject.connectSlotsByName(OrganisationStaffTab)
    # setupUi

    def retranslateUi(self, OrganisationStaffTab):
        self.staffBox.setTitle(QCoreApplication.translate("OrganisationStaffTab", u"Staff, volunteers and board members who handle personal data", None))
        self.activeOnlyCheck.setText(QCoreApplication.translate("OrganisationStaffTab", u"Active only", None))
        self.flaggedOnlyCheck.setText(QCoreApplication.translate("OrganisationStaffTab", u"Needing attention only", None))
        self.addButton.setText(QCoreApplication.translate("OrganisationStaffTab", u"Add\u2026", None))
        self.editButton.setText(QCoreApplication.translate("OrganisationStaffTab", u"Open\u2026", None))
        self.pledgeFormButton.setText(QCoreApplication.translate("OrganisationStaffTab", u"Print the pledge for this person\u2026", None))
        self.blankPledgeButton.setText(QCoreApplication.translate("OrganisationStaffTab", u"Print a blank pledge\u2026", None))
        self.trainingsBox.setTitle(QCoreApplication.translate("OrganisationStaffTab", u"Trainings", None))
        self.addTrainingButton.setText(QCoreApplication.translate("OrganisationStaffTab", u"New training\u2026", None))
        self.openTrainingButton.setText(QCoreApplication.translate("OrganisationStaffTab", u"Attendance\u2026", None))
        self.sheetButton.setText(QCoreApplication.translate("OrganisationStaffTab", u"Print the attendance sheet\u2026", None))
        self.legendLabel.setText(QCoreApplication.translate("OrganisationStaffTab", u"Everyone who handles personal data signs a confidentiality pledge and attends a training at least once a year (human security measures). Coloured rows need attention: point at a row to read why.", None))
        pass
    # retranslateUi

