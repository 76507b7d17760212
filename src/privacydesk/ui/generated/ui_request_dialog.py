# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'request_dialog.ui'
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
    QDialog, QFormLayout, QGridLayout, QGroupBox,
    QHBoxLayout, QHeaderView, QLabel, QLineEdit,
    QPlainTextEdit, QPushButton, QRadioButton, QSizePolicy,
    QSpacerItem, QSpinBox, QTabWidget, QTableView,
    QTextBrowser, QVBoxLayout, QWidget)

class Ui_RequestDialog(object):
    def setupUi(self, RequestDialog):
        if not RequestDialog.objectName():
            RequestDialog.setObjectName(u"RequestDialog")
        RequestDialog.resize(900, 700)
        self.layout = QVBoxLayout(RequestDialog)
        self.layout.setObjectName(u"layout")
        self.headerLabel = QLabel(RequestDialog)
        self.headerLabel.setObjectName(u"headerLabel")
        self.headerLabel.setText(u"")
        self.headerLabel.setStyleSheet(u"font-size: 14pt; font-weight: bold;")

        self.layout.addWidget(self.headerLabel)

        self.statusLabel = QLabel(RequestDialog)
        self.statusLabel.setObjectName(u"statusLabel")
        self.statusLabel.setText(u"")
        self.statusLabel.setWordWrap(True)

        self.layout.addWidget(self.statusLabel)

        self.tabs = QTabWidget(RequestDialog)
        self.tabs.setObjectName(u"tabs")
        self.summaryTab = QWidget()
        self.summaryTab.setObjectName(u"summaryTab")
        self.summaryLayout = QVBoxLayout(self.summaryTab)
        self.summaryLayout.setObjectName(u"summaryLayout")
        self.summaryView = QTextBrowser(self.summaryTab)
        self.summaryView.setObjectName(u"summaryView")

        self.summaryLayout.addWidget(self.summaryView)

        self.protectedBox = QGroupBox(self.summaryTab)
        self.protectedBox.setObjectName(u"protectedBox")
        self.protectedLayout = QVBoxLayout(self.protectedBox)
        self.protectedLayout.setObjectName(u"protectedLayout")
        self.approvalRow = QHBoxLayout()
        self.approvalRow.setObjectName(u"approvalRow")
        self.approvalLabel = QLabel(self.protectedBox)
        self.approvalLabel.setObjectName(u"approvalLabel")
        self.approvalLabel.setText(u"")
        self.approvalLabel.setWordWrap(True)

        self.approvalRow.addWidget(self.approvalLabel)

        self.approveButton = QPushButton(self.protectedBox)
        self.approveButton.setObjectName(u"approveButton")

        self.approvalRow.addWidget(self.approveButton)


        self.protectedLayout.addLayout(self.approvalRow)

        self.deliveryForm = QFormLayout()
        self.deliveryForm.setObjectName(u"deliveryForm")
        self.deliveryComboCaption = QLabel(self.protectedBox)
        self.deliveryComboCaption.setObjectName(u"deliveryComboCaption")

        self.deliveryForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.deliveryComboCaption)

        self.deliveryCombo = QComboBox(self.protectedBox)
        self.deliveryCombo.setObjectName(u"deliveryCombo")

        self.deliveryForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.deliveryCombo)

        self.deliveryPostalEditCaption = QLabel(self.protectedBox)
        self.deliveryPostalEditCaption.setObjectName(u"deliveryPostalEditCaption")

        self.deliveryForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.deliveryPostalEditCaption)

        self.deliveryPostalEdit = QLineEdit(self.protectedBox)
        self.deliveryPostalEdit.setObjectName(u"deliveryPostalEdit")

        self.deliveryForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.deliveryPostalEdit)

        self.deliveryAddressEditCaption = QLabel(self.protectedBox)
        self.deliveryAddressEditCaption.setObjectName(u"deliveryAddressEditCaption")

        self.deliveryForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.deliveryAddressEditCaption)

        self.deliveryAddressEdit = QLineEdit(self.protectedBox)
        self.deliveryAddressEdit.setObjectName(u"deliveryAddressEdit")

        self.deliveryForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.deliveryAddressEdit)


        self.protectedLayout.addLayout(self.deliveryForm)

        self.deliveryRow = QHBoxLayout()
        self.deliveryRow.setObjectName(u"deliveryRow")
        self.deliverySpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.deliveryRow.addItem(self.deliverySpacer)

        self.deliveryButton = QPushButton(self.protectedBox)
        self.deliveryButton.setObjectName(u"deliveryButton")

        self.deliveryRow.addWidget(self.deliveryButton)


        self.protectedLayout.addLayout(self.deliveryRow)


        self.summaryLayout.addWidget(self.protectedBox)

        self.routeBox = QGroupBox(self.summaryTab)
        self.routeBox.setObjectName(u"routeBox")
        self.routeLayout = QVBoxLayout(self.routeBox)
        self.routeLayout.setObjectName(u"routeLayout")
        self.routeForm = QFormLayout()
        self.routeForm.setObjectName(u"routeForm")
        self.routeComboCaption = QLabel(self.routeBox)
        self.routeComboCaption.setObjectName(u"routeComboCaption")

        self.routeForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.routeComboCaption)

        self.routeCombo = QComboBox(self.routeBox)
        self.routeCombo.setObjectName(u"routeCombo")

        self.routeForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.routeCombo)

        self.routeReasonEditCaption = QLabel(self.routeBox)
        self.routeReasonEditCaption.setObjectName(u"routeReasonEditCaption")

        self.routeForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.routeReasonEditCaption)

        self.routeReasonEdit = QLineEdit(self.routeBox)
        self.routeReasonEdit.setObjectName(u"routeReasonEdit")

        self.routeForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.routeReasonEdit)


        self.routeLayout.addLayout(self.routeForm)

        self.routeRow = QHBoxLayout()
        self.routeRow.setObjectName(u"routeRow")
        self.routeSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.routeRow.addItem(self.routeSpacer)

        self.routeButton = QPushButton(self.routeBox)
        self.routeButton.setObjectName(u"routeButton")

        self.routeRow.addWidget(self.routeButton)


        self.routeLayout.addLayout(self.routeRow)


        self.summaryLayout.addWidget(self.routeBox)

        self.tabs.addTab(self.summaryTab, "")
        self.identityTab = QWidget()
        self.identityTab.setObjectName(u"identityTab")
        self.identityLayout = QVBoxLayout(self.identityTab)
        self.identityLayout.setObjectName(u"identityLayout")
        self.documentsCaption = QLabel(self.identityTab)
        self.documentsCaption.setObjectName(u"documentsCaption")

        self.identityLayout.addWidget(self.documentsCaption)

        self.documentsView = QTableView(self.identityTab)
        self.documentsView.setObjectName(u"documentsView")
        self.documentsView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.documentsView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.documentsView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)

        self.identityLayout.addWidget(self.documentsView)

        self.documentRow = QHBoxLayout()
        self.documentRow.setObjectName(u"documentRow")
        self.whoseCombo = QComboBox(self.identityTab)
        self.whoseCombo.setObjectName(u"whoseCombo")

        self.documentRow.addWidget(self.whoseCombo)

        self.docKindCombo = QComboBox(self.identityTab)
        self.docKindCombo.setObjectName(u"docKindCombo")

        self.documentRow.addWidget(self.docKindCombo)

        self.docReceivedEdit = QLineEdit(self.identityTab)
        self.docReceivedEdit.setObjectName(u"docReceivedEdit")

        self.documentRow.addWidget(self.docReceivedEdit)

        self.docIssuedEdit = QLineEdit(self.identityTab)
        self.docIssuedEdit.setObjectName(u"docIssuedEdit")

        self.documentRow.addWidget(self.docIssuedEdit)

        self.addDocButton = QPushButton(self.identityTab)
        self.addDocButton.setObjectName(u"addDocButton")

        self.documentRow.addWidget(self.addDocButton)

        self.removeDocButton = QPushButton(self.identityTab)
        self.removeDocButton.setObjectName(u"removeDocButton")

        self.documentRow.addWidget(self.removeDocButton)


        self.identityLayout.addLayout(self.documentRow)

        self.gapsLabel = QLabel(self.identityTab)
        self.gapsLabel.setObjectName(u"gapsLabel")
        self.gapsLabel.setText(u"")
        self.gapsLabel.setWordWrap(True)

        self.identityLayout.addWidget(self.gapsLabel)

        self.resultBox = QGroupBox(self.identityTab)
        self.resultBox.setObjectName(u"resultBox")
        self.resultLayout = QVBoxLayout(self.resultBox)
        self.resultLayout.setObjectName(u"resultLayout")
        self.confirmedRadio = QRadioButton(self.resultBox)
        self.confirmedRadio.setObjectName(u"confirmedRadio")

        self.resultLayout.addWidget(self.confirmedRadio)

        self.confirmedForm = QFormLayout()
        self.confirmedForm.setObjectName(u"confirmedForm")
        self.confirmedPostalEditCaption = QLabel(self.resultBox)
        self.confirmedPostalEditCaption.setObjectName(u"confirmedPostalEditCaption")

        self.confirmedForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.confirmedPostalEditCaption)

        self.confirmedPostalEdit = QLineEdit(self.resultBox)
        self.confirmedPostalEdit.setObjectName(u"confirmedPostalEdit")

        self.confirmedForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.confirmedPostalEdit)

        self.confirmedAddressEditCaption = QLabel(self.resultBox)
        self.confirmedAddressEditCaption.setObjectName(u"confirmedAddressEditCaption")

        self.confirmedForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.confirmedAddressEditCaption)

        self.confirmedAddressEdit = QLineEdit(self.resultBox)
        self.confirmedAddressEdit.setObjectName(u"confirmedAddressEdit")

        self.confirmedForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.confirmedAddressEdit)

        self.matchComboCaption = QLabel(self.resultBox)
        self.matchComboCaption.setObjectName(u"matchComboCaption")

        self.confirmedForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.matchComboCaption)

        self.matchCombo = QComboBox(self.resultBox)
        self.matchCombo.setObjectName(u"matchCombo")

        self.confirmedForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.matchCombo)


        self.resultLayout.addLayout(self.confirmedForm)

        self.missingRadio = QRadioButton(self.resultBox)
        self.missingRadio.setObjectName(u"missingRadio")

        self.resultLayout.addWidget(self.missingRadio)

        self.missingBox = QWidget(self.resultBox)
        self.missingBox.setObjectName(u"missingBox")
        self.missingGrid = QGridLayout(self.missingBox)
        self.missingGrid.setObjectName(u"missingGrid")

        self.resultLayout.addWidget(self.missingBox)

        self.deadlineForm = QFormLayout()
        self.deadlineForm.setObjectName(u"deadlineForm")
        self.deadlineEditCaption = QLabel(self.resultBox)
        self.deadlineEditCaption.setObjectName(u"deadlineEditCaption")

        self.deadlineForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.deadlineEditCaption)

        self.deadlineEdit = QLineEdit(self.resultBox)
        self.deadlineEdit.setObjectName(u"deadlineEdit")

        self.deadlineForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.deadlineEdit)


        self.resultLayout.addLayout(self.deadlineForm)

        self.identityButtons = QHBoxLayout()
        self.identityButtons.setObjectName(u"identityButtons")
        self.recordIdentityButton = QPushButton(self.resultBox)
        self.recordIdentityButton.setObjectName(u"recordIdentityButton")

        self.identityButtons.addWidget(self.recordIdentityButton)

        self.identitySpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.identityButtons.addItem(self.identitySpacer)

        self.lapsedButton = QPushButton(self.resultBox)
        self.lapsedButton.setObjectName(u"lapsedButton")

        self.identityButtons.addWidget(self.lapsedButton)


        self.resultLayout.addLayout(self.identityButtons)


        self.identityLayout.addWidget(self.resultBox)

        self.tabs.addTab(self.identityTab, "")
        self.feeTab = QWidget()
        self.feeTab.setObjectName(u"feeTab")
        self.feeLayout = QVBoxLayout(self.feeTab)
        self.feeLayout.setObjectName(u"feeLayout")
        self.feeForm = QFormLayout()
        self.feeForm.setObjectName(u"feeForm")
        self.feeDueCaption = QLabel(self.feeTab)
        self.feeDueCaption.setObjectName(u"feeDueCaption")

        self.feeForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.feeDueCaption)

        self.feeDueLabel = QLabel(self.feeTab)
        self.feeDueLabel.setObjectName(u"feeDueLabel")
        self.feeDueLabel.setText(u"")

        self.feeForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.feeDueLabel)

        self.feeAmountSpinCaption = QLabel(self.feeTab)
        self.feeAmountSpinCaption.setObjectName(u"feeAmountSpinCaption")

        self.feeForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.feeAmountSpinCaption)

        self.feeAmountSpin = QSpinBox(self.feeTab)
        self.feeAmountSpin.setObjectName(u"feeAmountSpin")
        self.feeAmountSpin.setMaximum(1000000)

        self.feeForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.feeAmountSpin)

        self.feeDateEditCaption = QLabel(self.feeTab)
        self.feeDateEditCaption.setObjectName(u"feeDateEditCaption")

        self.feeForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.feeDateEditCaption)

        self.feeDateEdit = QLineEdit(self.feeTab)
        self.feeDateEdit.setObjectName(u"feeDateEdit")

        self.feeForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.feeDateEdit)

        self.feeMethodComboCaption = QLabel(self.feeTab)
        self.feeMethodComboCaption.setObjectName(u"feeMethodComboCaption")

        self.feeForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.feeMethodComboCaption)

        self.feeMethodCombo = QComboBox(self.feeTab)
        self.feeMethodCombo.setObjectName(u"feeMethodCombo")

        self.feeForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.feeMethodCombo)

        self.feeDeadlineEditCaption = QLabel(self.feeTab)
        self.feeDeadlineEditCaption.setObjectName(u"feeDeadlineEditCaption")

        self.feeForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.feeDeadlineEditCaption)

        self.feeDeadlineEdit = QLineEdit(self.feeTab)
        self.feeDeadlineEdit.setObjectName(u"feeDeadlineEdit")

        self.feeForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.feeDeadlineEdit)


        self.feeLayout.addLayout(self.feeForm)

        self.feeButtons = QHBoxLayout()
        self.feeButtons.setObjectName(u"feeButtons")
        self.recordFeeButton = QPushButton(self.feeTab)
        self.recordFeeButton.setObjectName(u"recordFeeButton")

        self.feeButtons.addWidget(self.recordFeeButton)

        self.feeSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.feeButtons.addItem(self.feeSpacer)


        self.feeLayout.addLayout(self.feeButtons)

        self.feeDueBox = QGroupBox(self.feeTab)
        self.feeDueBox.setObjectName(u"feeDueBox")
        self.feeDueRow = QHBoxLayout(self.feeDueBox)
        self.feeDueRow.setObjectName(u"feeDueRow")
        self.feeDueSpinCaption = QLabel(self.feeDueBox)
        self.feeDueSpinCaption.setObjectName(u"feeDueSpinCaption")

        self.feeDueRow.addWidget(self.feeDueSpinCaption)

        self.feeDueSpin = QSpinBox(self.feeDueBox)
        self.feeDueSpin.setObjectName(u"feeDueSpin")
        self.feeDueSpin.setMaximum(1000000)

        self.feeDueRow.addWidget(self.feeDueSpin)

        self.setFeeDueButton = QPushButton(self.feeDueBox)
        self.setFeeDueButton.setObjectName(u"setFeeDueButton")

        self.feeDueRow.addWidget(self.setFeeDueButton)

        self.feeDueSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.feeDueRow.addItem(self.feeDueSpacer)


        self.feeLayout.addWidget(self.feeDueBox)

        self.feeVSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.feeLayout.addItem(self.feeVSpacer)

        self.tabs.addTab(self.feeTab, "")
        self.contentTab = QWidget()
        self.contentTab.setObjectName(u"contentTab")
        self.contentLayout = QVBoxLayout(self.contentTab)
        self.contentLayout.setObjectName(u"contentLayout")
        self.entriesView = QTableView(self.contentTab)
        self.entriesView.setObjectName(u"entriesView")
        self.entriesView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.entriesView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.entriesView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)

        self.contentLayout.addWidget(self.entriesView)

        self.importRow = QHBoxLayout()
        self.importRow.setObjectName(u"importRow")
        self.importButton = QPushButton(self.contentTab)
        self.importButton.setObjectName(u"importButton")

        self.importRow.addWidget(self.importButton)

        self.entriesButton = QPushButton(self.contentTab)
        self.entriesButton.setObjectName(u"entriesButton")

        self.importRow.addWidget(self.entriesButton)

        self.importSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.importRow.addItem(self.importSpacer)


        self.contentLayout.addLayout(self.importRow)

        self.enclosureCaption = QLabel(self.contentTab)
        self.enclosureCaption.setObjectName(u"enclosureCaption")

        self.contentLayout.addWidget(self.enclosureCaption)

        self.enclosureEdit = QPlainTextEdit(self.contentTab)
        self.enclosureEdit.setObjectName(u"enclosureEdit")
        self.enclosureEdit.setMaximumSize(QSize(16777215, 60))

        self.contentLayout.addWidget(self.enclosureEdit)

        self.enclosureRow = QHBoxLayout()
        self.enclosureRow.setObjectName(u"enclosureRow")
        self.saveEnclosureButton = QPushButton(self.contentTab)
        self.saveEnclosureButton.setObjectName(u"saveEnclosureButton")

        self.enclosureRow.addWidget(self.saveEnclosureButton)

        self.enclosureSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.enclosureRow.addItem(self.enclosureSpacer)


        self.contentLayout.addLayout(self.enclosureRow)

        self.withheldCaption = QLabel(self.contentTab)
        self.withheldCaption.setObjectName(u"withheldCaption")

        self.contentLayout.addWidget(self.withheldCaption)

        self.withheldView = QTableView(self.contentTab)
        self.withheldView.setObjectName(u"withheldView")
        self.withheldView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.withheldView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.withheldView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.withheldView.setMaximumSize(QSize(16777215, 110))

        self.contentLayout.addWidget(self.withheldView)

        self.withheldRow = QHBoxLayout()
        self.withheldRow.setObjectName(u"withheldRow")
        self.withheldItemEdit = QLineEdit(self.contentTab)
        self.withheldItemEdit.setObjectName(u"withheldItemEdit")

        self.withheldRow.addWidget(self.withheldItemEdit)

        self.withheldGroundCombo = QComboBox(self.contentTab)
        self.withheldGroundCombo.setObjectName(u"withheldGroundCombo")

        self.withheldRow.addWidget(self.withheldGroundCombo)

        self.addWithheldButton = QPushButton(self.contentTab)
        self.addWithheldButton.setObjectName(u"addWithheldButton")

        self.withheldRow.addWidget(self.addWithheldButton)

        self.removeWithheldButton = QPushButton(self.contentTab)
        self.removeWithheldButton.setObjectName(u"removeWithheldButton")

        self.withheldRow.addWidget(self.removeWithheldButton)


        self.contentLayout.addLayout(self.withheldRow)

        self.tabs.addTab(self.contentTab, "")
        self.decisionTab = QWidget()
        self.decisionTab.setObjectName(u"decisionTab")
        self.decisionLayout = QVBoxLayout(self.decisionTab)
        self.decisionLayout.setObjectName(u"decisionLayout")
        self.typesView = QTableView(self.decisionTab)
        self.typesView.setObjectName(u"typesView")
        self.typesView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.typesView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.typesView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.typesView.setMaximumSize(QSize(16777215, 140))

        self.decisionLayout.addWidget(self.typesView)

        self.decisionBox = QGroupBox(self.decisionTab)
        self.decisionBox.setObjectName(u"decisionBox")
        self.decisionBoxLayout = QVBoxLayout(self.decisionBox)
        self.decisionBoxLayout.setObjectName(u"decisionBoxLayout")
        self.decisionForm = QFormLayout()
        self.decisionForm.setObjectName(u"decisionForm")
        self.decisionComboCaption = QLabel(self.decisionBox)
        self.decisionComboCaption.setObjectName(u"decisionComboCaption")

        self.decisionForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.decisionComboCaption)

        self.decisionCombo = QComboBox(self.decisionBox)
        self.decisionCombo.setObjectName(u"decisionCombo")

        self.decisionForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.decisionCombo)

        self.groundsCaption = QLabel(self.decisionBox)
        self.groundsCaption.setObjectName(u"groundsCaption")

        self.decisionForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.groundsCaption)

        self.groundsBox = QWidget(self.decisionBox)
        self.groundsBox.setObjectName(u"groundsBox")
        self.groundsGrid = QGridLayout(self.groundsBox)
        self.groundsGrid.setObjectName(u"groundsGrid")

        self.decisionForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.groundsBox)

        self.reasonEditCaption = QLabel(self.decisionBox)
        self.reasonEditCaption.setObjectName(u"reasonEditCaption")

        self.decisionForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.reasonEditCaption)

        self.reasonEdit = QPlainTextEdit(self.decisionBox)
        self.reasonEdit.setObjectName(u"reasonEdit")
        self.reasonEdit.setMaximumSize(QSize(16777215, 56))

        self.decisionForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.reasonEdit)

        self.changesEditCaption = QLabel(self.decisionBox)
        self.changesEditCaption.setObjectName(u"changesEditCaption")

        self.decisionForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.changesEditCaption)

        self.changesEdit = QPlainTextEdit(self.decisionBox)
        self.changesEdit.setObjectName(u"changesEdit")
        self.changesEdit.setMaximumSize(QSize(16777215, 56))

        self.decisionForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.changesEdit)

        self.methodUsedComboCaption = QLabel(self.decisionBox)
        self.methodUsedComboCaption.setObjectName(u"methodUsedComboCaption")

        self.decisionForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.methodUsedComboCaption)

        self.methodUsedCombo = QComboBox(self.decisionBox)
        self.methodUsedCombo.setObjectName(u"methodUsedCombo")

        self.decisionForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.methodUsedCombo)

        self.methodReasonEditCaption = QLabel(self.decisionBox)
        self.methodReasonEditCaption.setObjectName(u"methodReasonEditCaption")

        self.decisionForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.methodReasonEditCaption)

        self.methodReasonEdit = QLineEdit(self.decisionBox)
        self.methodReasonEdit.setObjectName(u"methodReasonEdit")

        self.decisionForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.methodReasonEdit)

        self.sensitiveCheckCaption = QLabel(self.decisionBox)
        self.sensitiveCheckCaption.setObjectName(u"sensitiveCheckCaption")

        self.decisionForm.setWidget(6, QFormLayout.ItemRole.LabelRole, self.sensitiveCheckCaption)

        self.sensitiveCheck = QCheckBox(self.decisionBox)
        self.sensitiveCheck.setObjectName(u"sensitiveCheck")
        self.sensitiveCheck.setText(u"")

        self.decisionForm.setWidget(6, QFormLayout.ItemRole.FieldRole, self.sensitiveCheck)


        self.decisionBoxLayout.addLayout(self.decisionForm)

        self.decisionButtons = QHBoxLayout()
        self.decisionButtons.setObjectName(u"decisionButtons")
        self.decideButton = QPushButton(self.decisionBox)
        self.decideButton.setObjectName(u"decideButton")

        self.decisionButtons.addWidget(self.decideButton)

        self.clearDecisionButton = QPushButton(self.decisionBox)
        self.clearDecisionButton.setObjectName(u"clearDecisionButton")

        self.decisionButtons.addWidget(self.clearDecisionButton)

        self.decisionSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.decisionButtons.addItem(self.decisionSpacer)


        self.decisionBoxLayout.addLayout(self.decisionButtons)


        self.decisionLayout.addWidget(self.decisionBox)

        self.tabs.addTab(self.decisionTab, "")
        self.lettersTab = QWidget()
        self.lettersTab.setObjectName(u"lettersTab")
        self.lettersLayout = QVBoxLayout(self.lettersTab)
        self.lettersLayout.setObjectName(u"lettersLayout")
        self.letterForm = QFormLayout()
        self.letterForm.setObjectName(u"letterForm")
        self.letterComboCaption = QLabel(self.lettersTab)
        self.letterComboCaption.setObjectName(u"letterComboCaption")

        self.letterForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.letterComboCaption)

        self.letterCombo = QComboBox(self.lettersTab)
        self.letterCombo.setObjectName(u"letterCombo")

        self.letterForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.letterCombo)


        self.lettersLayout.addLayout(self.letterForm)

        self.problemLabel = QLabel(self.lettersTab)
        self.problemLabel.setObjectName(u"problemLabel")
        self.problemLabel.setText(u"")
        self.problemLabel.setWordWrap(True)

        self.lettersLayout.addWidget(self.problemLabel)

        self.letterButtons = QHBoxLayout()
        self.letterButtons.setObjectName(u"letterButtons")
        self.issueButton = QPushButton(self.lettersTab)
        self.issueButton.setObjectName(u"issueButton")

        self.letterButtons.addWidget(self.issueButton)

        self.electronicButton = QPushButton(self.lettersTab)
        self.electronicButton.setObjectName(u"electronicButton")

        self.letterButtons.addWidget(self.electronicButton)

        self.letterSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.letterButtons.addItem(self.letterSpacer)


        self.lettersLayout.addLayout(self.letterButtons)

        self.lettersCaption = QLabel(self.lettersTab)
        self.lettersCaption.setObjectName(u"lettersCaption")

        self.lettersLayout.addWidget(self.lettersCaption)

        self.lettersView = QTableView(self.lettersTab)
        self.lettersView.setObjectName(u"lettersView")
        self.lettersView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.lettersView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.lettersView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)

        self.lettersLayout.addWidget(self.lettersView)

        self.tabs.addTab(self.lettersTab, "")
        self.mailingTab = QWidget()
        self.mailingTab.setObjectName(u"mailingTab")
        self.mailingLayout = QVBoxLayout(self.mailingTab)
        self.mailingLayout.setObjectName(u"mailingLayout")
        self.mailingsView = QTableView(self.mailingTab)
        self.mailingsView.setObjectName(u"mailingsView")
        self.mailingsView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.mailingsView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.mailingsView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)

        self.mailingLayout.addWidget(self.mailingsView)

        self.mailBox = QGroupBox(self.mailingTab)
        self.mailBox.setObjectName(u"mailBox")
        self.mailBoxLayout = QVBoxLayout(self.mailBox)
        self.mailBoxLayout.setObjectName(u"mailBoxLayout")
        self.mailForm = QFormLayout()
        self.mailForm.setObjectName(u"mailForm")
        self.mailLetterComboCaption = QLabel(self.mailBox)
        self.mailLetterComboCaption.setObjectName(u"mailLetterComboCaption")

        self.mailForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.mailLetterComboCaption)

        self.mailLetterCombo = QComboBox(self.mailBox)
        self.mailLetterCombo.setObjectName(u"mailLetterCombo")

        self.mailForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.mailLetterCombo)

        self.mailMethodComboCaption = QLabel(self.mailBox)
        self.mailMethodComboCaption.setObjectName(u"mailMethodComboCaption")

        self.mailForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.mailMethodComboCaption)

        self.mailMethodCombo = QComboBox(self.mailBox)
        self.mailMethodCombo.setObjectName(u"mailMethodCombo")

        self.mailForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.mailMethodCombo)

        self.trackingEditCaption = QLabel(self.mailBox)
        self.trackingEditCaption.setObjectName(u"trackingEditCaption")

        self.mailForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.trackingEditCaption)

        self.trackingEdit = QLineEdit(self.mailBox)
        self.trackingEdit.setObjectName(u"trackingEdit")

        self.mailForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.trackingEdit)

        self.sentEditCaption = QLabel(self.mailBox)
        self.sentEditCaption.setObjectName(u"sentEditCaption")

        self.mailForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.sentEditCaption)

        self.sentEdit = QLineEdit(self.mailBox)
        self.sentEdit.setObjectName(u"sentEdit")

        self.mailForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.sentEdit)


        self.mailBoxLayout.addLayout(self.mailForm)

        self.mailButtons = QHBoxLayout()
        self.mailButtons.setObjectName(u"mailButtons")
        self.recordMailingButton = QPushButton(self.mailBox)
        self.recordMailingButton.setObjectName(u"recordMailingButton")

        self.mailButtons.addWidget(self.recordMailingButton)

        self.mailSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.mailButtons.addItem(self.mailSpacer)


        self.mailBoxLayout.addLayout(self.mailButtons)


        self.mailingLayout.addWidget(self.mailBox)

        self.markBox = QGroupBox(self.mailingTab)
        self.markBox.setObjectName(u"markBox")
        self.markLayout = QHBoxLayout(self.markBox)
        self.markLayout.setObjectName(u"markLayout")
        self.markStatusCombo = QComboBox(self.markBox)
        self.markStatusCombo.setObjectName(u"markStatusCombo")

        self.markLayout.addWidget(self.markStatusCombo)

        self.markDateEdit = QLineEdit(self.markBox)
        self.markDateEdit.setObjectName(u"markDateEdit")

        self.markLayout.addWidget(self.markDateEdit)

        self.markNoteEdit = QLineEdit(self.markBox)
        self.markNoteEdit.setObjectName(u"markNoteEdit")

        self.markLayout.addWidget(self.markNoteEdit)

        self.markButton = QPushButton(self.markBox)
        self.markButton.setObjectName(u"markButton")

        self.markLayout.addWidget(self.markButton)


        self.mailingLayout.addWidget(self.markBox)

        self.tabs.addTab(self.mailingTab, "")

        self.layout.addWidget(self.tabs)

        self.messageLabel = QLabel(RequestDialog)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setText(u"")
        self.messageLabel.setWordWrap(True)

        self.layout.addWidget(self.messageLabel)

        self.bottomButtons = QHBoxLayout()
        self.bottomButtons.setObjectName(u"bottomButtons")
        self.withdrawButton = QPushButton(RequestDialog)
        self.withdrawButton.setObjectName(u"withdrawButton")

        self.bottomButtons.addWidget(self.withdrawButton)

        self.closeRequestButton = QPushButton(RequestDialog)
        self.closeRequestButton.setObjectName(u"closeRequestButton")

        self.bottomButtons.addWidget(self.closeRequestButton)

        self.bottomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.bottomButtons.addItem(self.bottomSpacer)

        self.closeButton = QPushButton(RequestDialog)
        self.closeButton.setObjectName(u"closeButton")

        self.bottomButtons.addWidget(self.closeButton)


        self.layout.addLayout(self.bottomButtons)

#if QT_CONFIG(shortcut)
        self.deliveryComboCaption.setBuddy(self.deliveryCombo)
        self.deliveryPostalEditCaption.setBuddy(self.deliveryPostalEdit)
        self.deliveryAddressEditCaption.setBuddy(self.deliveryAddressEdit)
        self.routeComboCaption.setBuddy(self.routeCombo)
        self.routeReasonEditCaption.setBuddy(self.routeReasonEdit)
        self.confirmedPostalEditCaption.setBuddy(self.confirmedPostalEdit)
        self.confirmedAddressEditCaption.setBuddy(self.confirmedAddressEdit)
        self.matchComboCaption.setBuddy(self.matchCombo)
        self.deadlineEditCaption.setBuddy(self.deadlineEdit)
        self.feeAmountSpinCaption.setBuddy(self.feeAmountSpin)
        self.feeDateEditCaption.setBuddy(self.feeDateEdit)
        self.feeMethodComboCaption.setBuddy(self.feeMethodCombo)
        self.feeDeadlineEditCaption.setBuddy(self.feeDeadlineEdit)
        self.feeDueSpinCaption.setBuddy(self.feeDueSpin)
        self.enclosureCaption.setBuddy(self.enclosureEdit)
        self.decisionComboCaption.setBuddy(self.decisionCombo)
        self.reasonEditCaption.setBuddy(self.reasonEdit)
        self.changesEditCaption.setBuddy(self.changesEdit)
        self.methodUsedComboCaption.setBuddy(self.methodUsedCombo)
        self.methodReasonEditCaption.setBuddy(self.methodReasonEdit)
        self.sensitiveCheckCaption.setBuddy(self.sensitiveCheck)
        self.letterComboCaption.setBuddy(self.letterCombo)
        self.mailLetterComboCaption.setBuddy(self.mailLetterCombo)
        self.mailMethodComboCaption.setBuddy(self.mailMethodCombo)
        self.trackingEditCaption.setBuddy(self.trackingEdit)
        self.sentEditCaption.setBuddy(self.sentEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(RequestDialog)

        self.closeButton.setDefault(True)


        QMetaObject.connectSlotsByName(RequestDialog)
    # setupUi

    def retranslateUi(self, RequestDialog):
        RequestDialog.setWindowTitle(QCoreApplication.translate("RequestDialog", u"Request", None))
        self.protectedBox.setTitle(QCoreApplication.translate("RequestDialog", u"Protected person (\u6240\u5728\u79d8\u533f)", None))
        self.approveButton.setText(QCoreApplication.translate("RequestDialog", u"Approve (managers)", None))
        self.deliveryComboCaption.setText(QCoreApplication.translate("RequestDialog", u"How decision letters go", None))
        self.deliveryPostalEditCaption.setText(QCoreApplication.translate("RequestDialog", u"Postal code", None))
        self.deliveryAddressEditCaption.setText(QCoreApplication.translate("RequestDialog", u"Address", None))
        self.deliveryButton.setText(QCoreApplication.translate("RequestDialog", u"Save the delivery (managers)", None))
        self.routeBox.setTitle(QCoreApplication.translate("RequestDialog", u"Who receives the decision letters", None))
        self.routeComboCaption.setText(QCoreApplication.translate("RequestDialog", u"Send decisions", None))
        self.routeReasonEditCaption.setText(QCoreApplication.translate("RequestDialog", u"Reason for the change", None))
        self.routeButton.setText(QCoreApplication.translate("RequestDialog", u"Save the routing", None))
        self.tabs.setTabText(self.tabs.indexOf(self.summaryTab), QCoreApplication.translate("RequestDialog", u"Overview", None))
        self.documentsCaption.setText(QCoreApplication.translate("RequestDialog", u"Documents received", None))
#if QT_CONFIG(tooltip)
        self.whoseCombo.setToolTip(QCoreApplication.translate("RequestDialog", u"Whose document", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(tooltip)
        self.docKindCombo.setToolTip(QCoreApplication.translate("RequestDialog", u"Kind of document", None))
#endif // QT_CONFIG(tooltip)
        self.docReceivedEdit.setPlaceholderText(QCoreApplication.translate("RequestDialog", u"Received on", None))
        self.docIssuedEdit.setPlaceholderText(QCoreApplication.translate("RequestDialog", u"Issued on (certificates)", None))
        self.addDocButton.setText(QCoreApplication.translate("RequestDialog", u"Add", None))
        self.removeDocButton.setText(QCoreApplication.translate("RequestDialog", u"Remove the selected", None))
        self.resultBox.setTitle(QCoreApplication.translate("RequestDialog", u"Result of the check", None))
        self.confirmedRadio.setText(QCoreApplication.translate("RequestDialog", u"Confirmed", None))
        self.confirmedPostalEditCaption.setText(QCoreApplication.translate("RequestDialog", u"Postal code the documents show", None))
        self.confirmedAddressEditCaption.setText(QCoreApplication.translate("RequestDialog", u"Address the documents show", None))
        self.matchComboCaption.setText(QCoreApplication.translate("RequestDialog", u"Same as the register", None))
        self.missingRadio.setText(QCoreApplication.translate("RequestDialog", u"Documents missing", None))
        self.deadlineEditCaption.setText(QCoreApplication.translate("RequestDialog", u"To be sent by", None))
        self.recordIdentityButton.setText(QCoreApplication.translate("RequestDialog", u"Record the result", None))
        self.lapsedButton.setText(QCoreApplication.translate("RequestDialog", u"Date passed: refuse (\u4e0d\u958b\u793a\u7b49)", None))
        self.tabs.setTabText(self.tabs.indexOf(self.identityTab), QCoreApplication.translate("RequestDialog", u"Identity", None))
        self.feeDueCaption.setText(QCoreApplication.translate("RequestDialog", u"Fee asked", None))
        self.feeAmountSpinCaption.setText(QCoreApplication.translate("RequestDialog", u"Received so far (total)", None))
        self.feeAmountSpin.setSuffix(QCoreApplication.translate("RequestDialog", u" yen", None))
        self.feeDateEditCaption.setText(QCoreApplication.translate("RequestDialog", u"Received on", None))
        self.feeMethodComboCaption.setText(QCoreApplication.translate("RequestDialog", u"Paid by", None))
        self.feeDeadlineEditCaption.setText(QCoreApplication.translate("RequestDialog", u"The rest to be paid by (when short)", None))
        self.recordFeeButton.setText(QCoreApplication.translate("RequestDialog", u"Record the fee", None))
        self.feeDueBox.setTitle(QCoreApplication.translate("RequestDialog", u"Change the fee asked", None))
        self.feeDueSpinCaption.setText(QCoreApplication.translate("RequestDialog", u"Fee asked", None))
        self.feeDueSpin.setSuffix(QCoreApplication.translate("RequestDialog", u" yen", None))
        self.setFeeDueButton.setText(QCoreApplication.translate("RequestDialog", u"Change the fee", None))
        self.tabs.setTabText(self.tabs.indexOf(self.feeTab), QCoreApplication.translate("RequestDialog", u"Fee", None))
        self.importButton.setText(QCoreApplication.translate("RequestDialog", u"Import the data for the selected entry (CSV or Excel)\u2026", None))
        self.entriesButton.setText(QCoreApplication.translate("RequestDialog", u"Change the register entries\u2026", None))
        self.enclosureCaption.setText(QCoreApplication.translate("RequestDialog", u"Enclosed as they are (copies of documents; describe them)", None))
        self.saveEnclosureButton.setText(QCoreApplication.translate("RequestDialog", u"Save the enclosure", None))
        self.withheldCaption.setText(QCoreApplication.translate("RequestDialog", u"Withheld from the selected entry (partial disclosure), each with its ground", None))
        self.withheldItemEdit.setPlaceholderText(QCoreApplication.translate("RequestDialog", u"Item withheld", None))
        self.addWithheldButton.setText(QCoreApplication.translate("RequestDialog", u"Add", None))
        self.removeWithheldButton.setText(QCoreApplication.translate("RequestDialog", u"Remove the selected", None))
        self.tabs.setTabText(self.tabs.indexOf(self.contentTab), QCoreApplication.translate("RequestDialog", u"What is disclosed", None))
        self.decisionBox.setTitle(QCoreApplication.translate("RequestDialog", u"Decision on the selected type", None))
        self.decisionComboCaption.setText(QCoreApplication.translate("RequestDialog", u"Decision", None))
        self.groundsCaption.setText(QCoreApplication.translate("RequestDialog", u"Grounds", None))
        self.reasonEditCaption.setText(QCoreApplication.translate("RequestDialog", u"Reason (explained to the person)", None))
        self.changesEditCaption.setText(QCoreApplication.translate("RequestDialog", u"What changed, or the measures taken", None))
        self.methodUsedComboCaption.setText(QCoreApplication.translate("RequestDialog", u"Method of disclosure", None))
        self.methodReasonEditCaption.setText(QCoreApplication.translate("RequestDialog", u"Why another method than asked", None))
        self.sensitiveCheckCaption.setText(QCoreApplication.translate("RequestDialog", u"Disclose sensitive data (\u8981\u914d\u616e\u500b\u4eba\u60c5\u5831) too", None))
        self.decideButton.setText(QCoreApplication.translate("RequestDialog", u"Record the decision", None))
        self.clearDecisionButton.setText(QCoreApplication.translate("RequestDialog", u"Clear the decision", None))
        self.tabs.setTabText(self.tabs.indexOf(self.decisionTab), QCoreApplication.translate("RequestDialog", u"Decision", None))
        self.letterComboCaption.setText(QCoreApplication.translate("RequestDialog", u"Letter", None))
        self.issueButton.setText(QCoreApplication.translate("RequestDialog", u"Issue\u2026", None))
        self.electronicButton.setText(QCoreApplication.translate("RequestDialog", u"Disclose as an electronic record\u2026", None))
        self.lettersCaption.setText(QCoreApplication.translate("RequestDialog", u"Letters issued", None))
        self.tabs.setTabText(self.tabs.indexOf(self.lettersTab), QCoreApplication.translate("RequestDialog", u"Letters", None))
        self.mailBox.setTitle(QCoreApplication.translate("RequestDialog", u"Record a mailing", None))
        self.mailLetterComboCaption.setText(QCoreApplication.translate("RequestDialog", u"What was sent", None))
        self.mailMethodComboCaption.setText(QCoreApplication.translate("RequestDialog", u"How", None))
        self.trackingEditCaption.setText(QCoreApplication.translate("RequestDialog", u"Tracking number", None))
        self.sentEditCaption.setText(QCoreApplication.translate("RequestDialog", u"Sent on", None))
        self.recordMailingButton.setText(QCoreApplication.translate("RequestDialog", u"Record the mailing", None))
        self.markBox.setTitle(QCoreApplication.translate("RequestDialog", u"What became of the selected mailing", None))
        self.markDateEdit.setPlaceholderText(QCoreApplication.translate("RequestDialog", u"On (date)", None))
        self.markNoteEdit.setPlaceholderText(QCoreApplication.translate("RequestDialog", u"Note (\u5b9b\u6240\u4e0d\u660e \u2026)", None))
        self.markButton.setText(QCoreApplication.translate("RequestDialog", u"Record", None))
        self.tabs.setTabText(self.tabs.indexOf(self.mailingTab), QCoreApplication.translate("RequestDialog", u"Mailing", None))
        self.withdrawButton.setText(QCoreApplication.translate("RequestDialog", u"Withdraw\u2026", None))
        self.closeRequestButton.setText(QCoreApplication.translate("RequestDialog", u"Close as done", None))
        self.closeButton.setText(QCoreApplication.translate("RequestDialog", u"Close", None))
    # retranslateUi

