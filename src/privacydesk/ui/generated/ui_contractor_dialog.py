# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'contractor_dialog.ui'
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
    QDialog, QFormLayout, QFrame, QGridLayout,
    QGroupBox, QHBoxLayout, QHeaderView, QLabel,
    QLineEdit, QPlainTextEdit, QPushButton, QScrollArea,
    QSizePolicy, QSpacerItem, QSpinBox, QTabWidget,
    QTableView, QVBoxLayout, QWidget)

class Ui_ContractorDialog(object):
    def setupUi(self, ContractorDialog):
        if not ContractorDialog.objectName():
            ContractorDialog.setObjectName(u"ContractorDialog")
        ContractorDialog.resize(1000, 760)
        self.layout = QVBoxLayout(ContractorDialog)
        self.layout.setObjectName(u"layout")
        self.headerLabel = QLabel(ContractorDialog)
        self.headerLabel.setObjectName(u"headerLabel")
        self.headerLabel.setText(u"")
        self.headerLabel.setStyleSheet(u"font-size: 14pt; font-weight: bold;")

        self.layout.addWidget(self.headerLabel)

        self.flagsLabel = QLabel(ContractorDialog)
        self.flagsLabel.setObjectName(u"flagsLabel")
        self.flagsLabel.setText(u"")
        self.flagsLabel.setWordWrap(True)
        self.flagsLabel.setTextFormat(Qt.TextFormat.RichText)

        self.layout.addWidget(self.flagsLabel)

        self.tabs = QTabWidget(ContractorDialog)
        self.tabs.setObjectName(u"tabs")
        self.basicTab = QWidget()
        self.basicTab.setObjectName(u"basicTab")
        self.basicLayout = QVBoxLayout(self.basicTab)
        self.basicLayout.setObjectName(u"basicLayout")
        self.basicScroll = QScrollArea(self.basicTab)
        self.basicScroll.setObjectName(u"basicScroll")
        self.basicScroll.setWidgetResizable(True)
        self.basicScroll.setFrameShape(QFrame.Shape.NoFrame)
        self.basicBody = QWidget()
        self.basicBody.setObjectName(u"basicBody")
        self.basicColumns = QHBoxLayout(self.basicBody)
        self.basicColumns.setObjectName(u"basicColumns")
        self.identityColumn = QVBoxLayout()
        self.identityColumn.setObjectName(u"identityColumn")
        self.identityForm = QFormLayout()
        self.identityForm.setObjectName(u"identityForm")
        self.nameEditCaption = QLabel(self.basicBody)
        self.nameEditCaption.setObjectName(u"nameEditCaption")

        self.identityForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.nameEditCaption)

        self.nameEdit = QLineEdit(self.basicBody)
        self.nameEdit.setObjectName(u"nameEdit")

        self.identityForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.nameEdit)

        self.postalEditCaption = QLabel(self.basicBody)
        self.postalEditCaption.setObjectName(u"postalEditCaption")

        self.identityForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.postalEditCaption)

        self.postalEdit = QLineEdit(self.basicBody)
        self.postalEdit.setObjectName(u"postalEdit")

        self.identityForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.postalEdit)

        self.addressEditCaption = QLabel(self.basicBody)
        self.addressEditCaption.setObjectName(u"addressEditCaption")

        self.identityForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.addressEditCaption)

        self.addressEdit = QLineEdit(self.basicBody)
        self.addressEdit.setObjectName(u"addressEdit")

        self.identityForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.addressEdit)

        self.representativeEditCaption = QLabel(self.basicBody)
        self.representativeEditCaption.setObjectName(u"representativeEditCaption")

        self.identityForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.representativeEditCaption)

        self.representativeEdit = QLineEdit(self.basicBody)
        self.representativeEdit.setObjectName(u"representativeEdit")

        self.identityForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.representativeEdit)

        self.contactEditCaption = QLabel(self.basicBody)
        self.contactEditCaption.setObjectName(u"contactEditCaption")

        self.identityForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.contactEditCaption)

        self.contactEdit = QLineEdit(self.basicBody)
        self.contactEdit.setObjectName(u"contactEdit")

        self.identityForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.contactEdit)

        self.phoneEditCaption = QLabel(self.basicBody)
        self.phoneEditCaption.setObjectName(u"phoneEditCaption")

        self.identityForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.phoneEditCaption)

        self.phoneEdit = QLineEdit(self.basicBody)
        self.phoneEdit.setObjectName(u"phoneEdit")

        self.identityForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.phoneEdit)

        self.emailEditCaption = QLabel(self.basicBody)
        self.emailEditCaption.setObjectName(u"emailEditCaption")

        self.identityForm.setWidget(6, QFormLayout.ItemRole.LabelRole, self.emailEditCaption)

        self.emailEdit = QLineEdit(self.basicBody)
        self.emailEdit.setObjectName(u"emailEdit")

        self.identityForm.setWidget(6, QFormLayout.ItemRole.FieldRole, self.emailEdit)

        self.servicesEditCaption = QLabel(self.basicBody)
        self.servicesEditCaption.setObjectName(u"servicesEditCaption")

        self.identityForm.setWidget(7, QFormLayout.ItemRole.LabelRole, self.servicesEditCaption)

        self.servicesEdit = QPlainTextEdit(self.basicBody)
        self.servicesEdit.setObjectName(u"servicesEdit")
        self.servicesEdit.setTabChangesFocus(True)
        self.servicesEdit.setMaximumSize(QSize(16777215, 70))

        self.identityForm.setWidget(7, QFormLayout.ItemRole.FieldRole, self.servicesEdit)

        self.reviewMonthsSpinCaption = QLabel(self.basicBody)
        self.reviewMonthsSpinCaption.setObjectName(u"reviewMonthsSpinCaption")

        self.identityForm.setWidget(8, QFormLayout.ItemRole.LabelRole, self.reviewMonthsSpinCaption)

        self.reviewMonthsSpin = QSpinBox(self.basicBody)
        self.reviewMonthsSpin.setObjectName(u"reviewMonthsSpin")
        self.reviewMonthsSpin.setMinimum(1)
        self.reviewMonthsSpin.setMaximum(60)
        self.reviewMonthsSpin.setValue(12)

        self.identityForm.setWidget(8, QFormLayout.ItemRole.FieldRole, self.reviewMonthsSpin)

        self.notesEditCaption = QLabel(self.basicBody)
        self.notesEditCaption.setObjectName(u"notesEditCaption")

        self.identityForm.setWidget(9, QFormLayout.ItemRole.LabelRole, self.notesEditCaption)

        self.notesEdit = QPlainTextEdit(self.basicBody)
        self.notesEdit.setObjectName(u"notesEdit")
        self.notesEdit.setTabChangesFocus(True)
        self.notesEdit.setMaximumSize(QSize(16777215, 70))

        self.identityForm.setWidget(9, QFormLayout.ItemRole.FieldRole, self.notesEdit)


        self.identityColumn.addLayout(self.identityForm)

        self.identitySpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.identityColumn.addItem(self.identitySpacer)


        self.basicColumns.addLayout(self.identityColumn)

        self.contractColumn = QVBoxLayout()
        self.contractColumn.setObjectName(u"contractColumn")
        self.contractForm = QFormLayout()
        self.contractForm.setObjectName(u"contractForm")
        self.statusComboCaption = QLabel(self.basicBody)
        self.statusComboCaption.setObjectName(u"statusComboCaption")

        self.contractForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.statusComboCaption)

        self.statusCombo = QComboBox(self.basicBody)
        self.statusCombo.setObjectName(u"statusCombo")

        self.contractForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.statusCombo)

        self.startEditCaption = QLabel(self.basicBody)
        self.startEditCaption.setObjectName(u"startEditCaption")

        self.contractForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.startEditCaption)

        self.startEdit = QLineEdit(self.basicBody)
        self.startEdit.setObjectName(u"startEdit")

        self.contractForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.startEdit)

        self.endEditCaption = QLabel(self.basicBody)
        self.endEditCaption.setObjectName(u"endEditCaption")

        self.contractForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.endEditCaption)

        self.endEdit = QLineEdit(self.basicBody)
        self.endEdit.setObjectName(u"endEdit")

        self.contractForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.endEdit)


        self.contractColumn.addLayout(self.contractForm)

        self.clausesBox = QGroupBox(self.basicBody)
        self.clausesBox.setObjectName(u"clausesBox")
        self.clausesGrid = QGridLayout(self.clausesBox)
        self.clausesGrid.setObjectName(u"clausesGrid")

        self.contractColumn.addWidget(self.clausesBox)

        self.subcontractBox = QGroupBox(self.basicBody)
        self.subcontractBox.setObjectName(u"subcontractBox")
        self.subcontractForm = QFormLayout(self.subcontractBox)
        self.subcontractForm.setObjectName(u"subcontractForm")
        self.principalComboCaption = QLabel(self.subcontractBox)
        self.principalComboCaption.setObjectName(u"principalComboCaption")

        self.subcontractForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.principalComboCaption)

        self.principalCombo = QComboBox(self.subcontractBox)
        self.principalCombo.setObjectName(u"principalCombo")

        self.subcontractForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.principalCombo)

        self.approvedEditCaption = QLabel(self.subcontractBox)
        self.approvedEditCaption.setObjectName(u"approvedEditCaption")

        self.subcontractForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.approvedEditCaption)

        self.approvedEdit = QLineEdit(self.subcontractBox)
        self.approvedEdit.setObjectName(u"approvedEdit")

        self.subcontractForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.approvedEdit)

        self.subcontractorsLabel = QLabel(self.subcontractBox)
        self.subcontractorsLabel.setObjectName(u"subcontractorsLabel")
        self.subcontractorsLabel.setText(u"")
        self.subcontractorsLabel.setWordWrap(True)

        self.subcontractForm.setWidget(2, QFormLayout.ItemRole.SpanningRole, self.subcontractorsLabel)


        self.contractColumn.addWidget(self.subcontractBox)

        self.abroadBox = QGroupBox(self.basicBody)
        self.abroadBox.setObjectName(u"abroadBox")
        self.abroadForm = QFormLayout(self.abroadBox)
        self.abroadForm.setObjectName(u"abroadForm")
        self.abroadCheck = QCheckBox(self.abroadBox)
        self.abroadCheck.setObjectName(u"abroadCheck")

        self.abroadForm.setWidget(0, QFormLayout.ItemRole.SpanningRole, self.abroadCheck)

        self.countryEditCaption = QLabel(self.abroadBox)
        self.countryEditCaption.setObjectName(u"countryEditCaption")

        self.abroadForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.countryEditCaption)

        self.countryEdit = QLineEdit(self.abroadBox)
        self.countryEdit.setObjectName(u"countryEdit")

        self.abroadForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.countryEdit)

        self.basisComboCaption = QLabel(self.abroadBox)
        self.basisComboCaption.setObjectName(u"basisComboCaption")

        self.abroadForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.basisComboCaption)

        self.basisCombo = QComboBox(self.abroadBox)
        self.basisCombo.setObjectName(u"basisCombo")

        self.abroadForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.basisCombo)

        self.abroadInfoEditCaption = QLabel(self.abroadBox)
        self.abroadInfoEditCaption.setObjectName(u"abroadInfoEditCaption")
        self.abroadInfoEditCaption.setWordWrap(True)

        self.abroadForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.abroadInfoEditCaption)

        self.abroadInfoEdit = QPlainTextEdit(self.abroadBox)
        self.abroadInfoEdit.setObjectName(u"abroadInfoEdit")
        self.abroadInfoEdit.setTabChangesFocus(True)
        self.abroadInfoEdit.setMaximumSize(QSize(16777215, 60))

        self.abroadForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.abroadInfoEdit)


        self.contractColumn.addWidget(self.abroadBox)

        self.contractSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.contractColumn.addItem(self.contractSpacer)


        self.basicColumns.addLayout(self.contractColumn)

        self.basicScroll.setWidget(self.basicBody)

        self.basicLayout.addWidget(self.basicScroll)

        self.basicButtons = QHBoxLayout()
        self.basicButtons.setObjectName(u"basicButtons")
        self.basicSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.basicButtons.addItem(self.basicSpacer)

        self.saveButton = QPushButton(self.basicTab)
        self.saveButton.setObjectName(u"saveButton")

        self.basicButtons.addWidget(self.saveButton)


        self.basicLayout.addLayout(self.basicButtons)

        self.tabs.addTab(self.basicTab, "")
        self.entriesTab = QWidget()
        self.entriesTab.setObjectName(u"entriesTab")
        self.entriesLayout = QVBoxLayout(self.entriesTab)
        self.entriesLayout.setObjectName(u"entriesLayout")
        self.entriesHint = QLabel(self.entriesTab)
        self.entriesHint.setObjectName(u"entriesHint")
        self.entriesHint.setWordWrap(True)

        self.entriesLayout.addWidget(self.entriesHint)

        self.entriesView = QTableView(self.entriesTab)
        self.entriesView.setObjectName(u"entriesView")
        self.entriesView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.entriesView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)

        self.entriesLayout.addWidget(self.entriesView)

        self.entriesButtons = QHBoxLayout()
        self.entriesButtons.setObjectName(u"entriesButtons")
        self.entriesSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.entriesButtons.addItem(self.entriesSpacer)

        self.saveEntriesButton = QPushButton(self.entriesTab)
        self.saveEntriesButton.setObjectName(u"saveEntriesButton")

        self.entriesButtons.addWidget(self.saveEntriesButton)


        self.entriesLayout.addLayout(self.entriesButtons)

        self.tabs.addTab(self.entriesTab, "")
        self.reviewsTab = QWidget()
        self.reviewsTab.setObjectName(u"reviewsTab")
        self.reviewsLayout = QVBoxLayout(self.reviewsTab)
        self.reviewsLayout.setObjectName(u"reviewsLayout")
        self.nextReviewLabel = QLabel(self.reviewsTab)
        self.nextReviewLabel.setObjectName(u"nextReviewLabel")
        self.nextReviewLabel.setText(u"")
        self.nextReviewLabel.setWordWrap(True)

        self.reviewsLayout.addWidget(self.nextReviewLabel)

        self.reviewsView = QTableView(self.reviewsTab)
        self.reviewsView.setObjectName(u"reviewsView")
        self.reviewsView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.reviewsView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.reviewsView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)

        self.reviewsLayout.addWidget(self.reviewsView)

        self.reviewOpenRow = QHBoxLayout()
        self.reviewOpenRow.setObjectName(u"reviewOpenRow")
        self.openReviewButton = QPushButton(self.reviewsTab)
        self.openReviewButton.setObjectName(u"openReviewButton")

        self.reviewOpenRow.addWidget(self.openReviewButton)

        self.deleteReviewButton = QPushButton(self.reviewsTab)
        self.deleteReviewButton.setObjectName(u"deleteReviewButton")

        self.reviewOpenRow.addWidget(self.deleteReviewButton)

        self.reviewOpenSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.reviewOpenRow.addItem(self.reviewOpenSpacer)


        self.reviewsLayout.addLayout(self.reviewOpenRow)

        self.startBox = QGroupBox(self.reviewsTab)
        self.startBox.setObjectName(u"startBox")
        self.startRow = QHBoxLayout(self.startBox)
        self.startRow.setObjectName(u"startRow")
        self.startSelectionButton = QPushButton(self.startBox)
        self.startSelectionButton.setObjectName(u"startSelectionButton")

        self.startRow.addWidget(self.startSelectionButton)

        self.startPeriodicButton = QPushButton(self.startBox)
        self.startPeriodicButton.setObjectName(u"startPeriodicButton")

        self.startRow.addWidget(self.startPeriodicButton)

        self.startEquivalenceButton = QPushButton(self.startBox)
        self.startEquivalenceButton.setObjectName(u"startEquivalenceButton")

        self.startRow.addWidget(self.startEquivalenceButton)

        self.startSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.startRow.addItem(self.startSpacer)


        self.reviewsLayout.addWidget(self.startBox)

        self.formBox = QGroupBox(self.reviewsTab)
        self.formBox.setObjectName(u"formBox")
        self.formRow = QHBoxLayout(self.formBox)
        self.formRow.setObjectName(u"formRow")
        self.formKindComboCaption = QLabel(self.formBox)
        self.formKindComboCaption.setObjectName(u"formKindComboCaption")

        self.formRow.addWidget(self.formKindComboCaption)

        self.formKindCombo = QComboBox(self.formBox)
        self.formKindCombo.setObjectName(u"formKindCombo")

        self.formRow.addWidget(self.formKindCombo)

        self.printChecklistButton = QPushButton(self.formBox)
        self.printChecklistButton.setObjectName(u"printChecklistButton")

        self.formRow.addWidget(self.printChecklistButton)

        self.enterAnswersButton = QPushButton(self.formBox)
        self.enterAnswersButton.setObjectName(u"enterAnswersButton")

        self.formRow.addWidget(self.enterAnswersButton)

        self.formSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.formRow.addItem(self.formSpacer)


        self.reviewsLayout.addWidget(self.formBox)

        self.tabs.addTab(self.reviewsTab, "")
        self.followupsTab = QWidget()
        self.followupsTab.setObjectName(u"followupsTab")
        self.followupsLayout = QVBoxLayout(self.followupsTab)
        self.followupsLayout.setObjectName(u"followupsLayout")
        self.followupsView = QTableView(self.followupsTab)
        self.followupsView.setObjectName(u"followupsView")
        self.followupsView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.followupsView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.followupsView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)

        self.followupsLayout.addWidget(self.followupsView)

        self.addFollowupBox = QGroupBox(self.followupsTab)
        self.addFollowupBox.setObjectName(u"addFollowupBox")
        self.addFollowupForm = QFormLayout(self.addFollowupBox)
        self.addFollowupForm.setObjectName(u"addFollowupForm")
        self.actionEditCaption = QLabel(self.addFollowupBox)
        self.actionEditCaption.setObjectName(u"actionEditCaption")

        self.addFollowupForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.actionEditCaption)

        self.actionEdit = QLineEdit(self.addFollowupBox)
        self.actionEdit.setObjectName(u"actionEdit")

        self.addFollowupForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.actionEdit)

        self.ownerEditCaption = QLabel(self.addFollowupBox)
        self.ownerEditCaption.setObjectName(u"ownerEditCaption")

        self.addFollowupForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.ownerEditCaption)

        self.ownerEdit = QLineEdit(self.addFollowupBox)
        self.ownerEdit.setObjectName(u"ownerEdit")

        self.addFollowupForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.ownerEdit)

        self.dueEditCaption = QLabel(self.addFollowupBox)
        self.dueEditCaption.setObjectName(u"dueEditCaption")

        self.addFollowupForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.dueEditCaption)

        self.dueEdit = QLineEdit(self.addFollowupBox)
        self.dueEdit.setObjectName(u"dueEdit")

        self.addFollowupForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.dueEdit)

        self.followupReviewComboCaption = QLabel(self.addFollowupBox)
        self.followupReviewComboCaption.setObjectName(u"followupReviewComboCaption")

        self.addFollowupForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.followupReviewComboCaption)

        self.followupReviewCombo = QComboBox(self.addFollowupBox)
        self.followupReviewCombo.setObjectName(u"followupReviewCombo")

        self.addFollowupForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.followupReviewCombo)

        self.addFollowupButton = QPushButton(self.addFollowupBox)
        self.addFollowupButton.setObjectName(u"addFollowupButton")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.addFollowupButton.sizePolicy().hasHeightForWidth())
        self.addFollowupButton.setSizePolicy(sizePolicy)

        self.addFollowupForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.addFollowupButton)


        self.followupsLayout.addWidget(self.addFollowupBox)

        self.closeFollowupBox = QGroupBox(self.followupsTab)
        self.closeFollowupBox.setObjectName(u"closeFollowupBox")
        self.closeFollowupForm = QFormLayout(self.closeFollowupBox)
        self.closeFollowupForm.setObjectName(u"closeFollowupForm")
        self.closedOnEditCaption = QLabel(self.closeFollowupBox)
        self.closedOnEditCaption.setObjectName(u"closedOnEditCaption")

        self.closeFollowupForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.closedOnEditCaption)

        self.closedOnEdit = QLineEdit(self.closeFollowupBox)
        self.closedOnEdit.setObjectName(u"closedOnEdit")

        self.closeFollowupForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.closedOnEdit)

        self.closingNoteEditCaption = QLabel(self.closeFollowupBox)
        self.closingNoteEditCaption.setObjectName(u"closingNoteEditCaption")

        self.closeFollowupForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.closingNoteEditCaption)

        self.closingNoteEdit = QLineEdit(self.closeFollowupBox)
        self.closingNoteEdit.setObjectName(u"closingNoteEdit")

        self.closeFollowupForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.closingNoteEdit)

        self.closeFollowupButton = QPushButton(self.closeFollowupBox)
        self.closeFollowupButton.setObjectName(u"closeFollowupButton")
        sizePolicy.setHeightForWidth(self.closeFollowupButton.sizePolicy().hasHeightForWidth())
        self.closeFollowupButton.setSizePolicy(sizePolicy)

        self.closeFollowupForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.closeFollowupButton)


        self.followupsLayout.addWidget(self.closeFollowupBox)

        self.tabs.addTab(self.followupsTab, "")
        self.certsTab = QWidget()
        self.certsTab.setObjectName(u"certsTab")
        self.certsLayout = QVBoxLayout(self.certsTab)
        self.certsLayout.setObjectName(u"certsLayout")
        self.certsCaption = QLabel(self.certsTab)
        self.certsCaption.setObjectName(u"certsCaption")

        self.certsLayout.addWidget(self.certsCaption)

        self.certsView = QTableView(self.certsTab)
        self.certsView.setObjectName(u"certsView")
        self.certsView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.certsView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.certsView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.certsView.setMaximumSize(QSize(16777215, 120))

        self.certsLayout.addWidget(self.certsView)

        self.certRow = QHBoxLayout()
        self.certRow.setObjectName(u"certRow")
        self.certKindCombo = QComboBox(self.certsTab)
        self.certKindCombo.setObjectName(u"certKindCombo")

        self.certRow.addWidget(self.certKindCombo)

        self.certNameEdit = QLineEdit(self.certsTab)
        self.certNameEdit.setObjectName(u"certNameEdit")

        self.certRow.addWidget(self.certNameEdit)

        self.certExpiryEdit = QLineEdit(self.certsTab)
        self.certExpiryEdit.setObjectName(u"certExpiryEdit")

        self.certRow.addWidget(self.certExpiryEdit)

        self.addCertButton = QPushButton(self.certsTab)
        self.addCertButton.setObjectName(u"addCertButton")

        self.certRow.addWidget(self.addCertButton)

        self.removeCertButton = QPushButton(self.certsTab)
        self.removeCertButton.setObjectName(u"removeCertButton")

        self.certRow.addWidget(self.removeCertButton)


        self.certsLayout.addLayout(self.certRow)

        self.deletionsCaption = QLabel(self.certsTab)
        self.deletionsCaption.setObjectName(u"deletionsCaption")

        self.certsLayout.addWidget(self.deletionsCaption)

        self.deletionsView = QTableView(self.certsTab)
        self.deletionsView.setObjectName(u"deletionsView")
        self.deletionsView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.deletionsView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.deletionsView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.deletionsView.setMaximumSize(QSize(16777215, 120))

        self.certsLayout.addWidget(self.deletionsView)

        self.deletionRow = QHBoxLayout()
        self.deletionRow.setObjectName(u"deletionRow")
        self.receivedEdit = QLineEdit(self.certsTab)
        self.receivedEdit.setObjectName(u"receivedEdit")

        self.deletionRow.addWidget(self.receivedEdit)

        self.coversEdit = QLineEdit(self.certsTab)
        self.coversEdit.setObjectName(u"coversEdit")

        self.deletionRow.addWidget(self.coversEdit)

        self.keptWhereEdit = QLineEdit(self.certsTab)
        self.keptWhereEdit.setObjectName(u"keptWhereEdit")

        self.deletionRow.addWidget(self.keptWhereEdit)

        self.addDeletionButton = QPushButton(self.certsTab)
        self.addDeletionButton.setObjectName(u"addDeletionButton")

        self.deletionRow.addWidget(self.addDeletionButton)


        self.certsLayout.addLayout(self.deletionRow)

        self.endBox = QGroupBox(self.certsTab)
        self.endBox.setObjectName(u"endBox")
        self.endForm = QFormLayout(self.endBox)
        self.endForm.setObjectName(u"endForm")
        self.endedLabel = QLabel(self.endBox)
        self.endedLabel.setObjectName(u"endedLabel")
        self.endedLabel.setText(u"")
        self.endedLabel.setWordWrap(True)

        self.endForm.setWidget(0, QFormLayout.ItemRole.SpanningRole, self.endedLabel)

        self.endedOnEditCaption = QLabel(self.endBox)
        self.endedOnEditCaption.setObjectName(u"endedOnEditCaption")

        self.endForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.endedOnEditCaption)

        self.endedOnEdit = QLineEdit(self.endBox)
        self.endedOnEdit.setObjectName(u"endedOnEdit")

        self.endForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.endedOnEdit)

        self.disposalComboCaption = QLabel(self.endBox)
        self.disposalComboCaption.setObjectName(u"disposalComboCaption")

        self.endForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.disposalComboCaption)

        self.disposalCombo = QComboBox(self.endBox)
        self.disposalCombo.setObjectName(u"disposalCombo")

        self.endForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.disposalCombo)

        self.endButton = QPushButton(self.endBox)
        self.endButton.setObjectName(u"endButton")
        sizePolicy.setHeightForWidth(self.endButton.sizePolicy().hasHeightForWidth())
        self.endButton.setSizePolicy(sizePolicy)

        self.endForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.endButton)


        self.certsLayout.addWidget(self.endBox)

        self.tabs.addTab(self.certsTab, "")

        self.layout.addWidget(self.tabs)

        self.bottom = QHBoxLayout()
        self.bottom.setObjectName(u"bottom")
        self.messageLabel = QLabel(ContractorDialog)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setText(u"")
        self.messageLabel.setWordWrap(True)
        sizePolicy1 = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        sizePolicy1.setHorizontalStretch(1)
        sizePolicy1.setVerticalStretch(0)
        sizePolicy1.setHeightForWidth(self.messageLabel.sizePolicy().hasHeightForWidth())
        self.messageLabel.setSizePolicy(sizePolicy1)

        self.bottom.addWidget(self.messageLabel)

        self.closeButton = QPushButton(ContractorDialog)
        self.closeButton.setObjectName(u"closeButton")

        self.bottom.addWidget(self.closeButton)


        self.layout.addLayout(self.bottom)

#if QT_CONFIG(shortcut)
        self.nameEditCaption.setBuddy(self.nameEdit)
        self.postalEditCaption.setBuddy(self.postalEdit)
        self.addressEditCaption.setBuddy(self.addressEdit)
        self.representativeEditCaption.setBuddy(self.representativeEdit)
        self.contactEditCaption.setBuddy(self.contactEdit)
        self.phoneEditCaption.setBuddy(self.phoneEdit)
        self.emailEditCaption.setBuddy(self.emailEdit)
        self.servicesEditCaption.setBuddy(self.servicesEdit)
        self.reviewMonthsSpinCaption.setBuddy(self.reviewMonthsSpin)
        self.notesEditCaption.setBuddy(self.notesEdit)
        self.statusComboCaption.setBuddy(self.statusCombo)
        self.startEditCaption.setBuddy(self.startEdit)
        self.endEditCaption.setBuddy(self.endEdit)
        self.principalComboCaption.setBuddy(self.principalCombo)
        self.approvedEditCaption.setBuddy(self.approvedEdit)
        self.countryEditCaption.setBuddy(self.countryEdit)
        self.basisComboCaption.setBuddy(self.basisCombo)
        self.abroadInfoEditCaption.setBuddy(self.abroadInfoEdit)
        self.formKindComboCaption.setBuddy(self.formKindCombo)
        self.actionEditCaption.setBuddy(self.actionEdit)
        self.ownerEditCaption.setBuddy(self.ownerEdit)
        self.dueEditCaption.setBuddy(self.dueEdit)
        self.followupReviewComboCaption.setBuddy(self.followupReviewCombo)
        self.closedOnEditCaption.setBuddy(self.closedOnEdit)
        self.closingNoteEditCaption.setBuddy(self.closingNoteEdit)
        self.endedOnEditCaption.setBuddy(self.endedOnEdit)
        self.disposalComboCaption.setBuddy(self.disposalCombo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.nameEdit, self.postalEdit)
        QWidget.setTabOrder(self.postalEdit, self.addressEdit)
        QWidget.setTabOrder(self.addressEdit, self.representativeEdit)
        QWidget.setTabOrder(self.representativeEdit, self.contactEdit)
        QWidget.setTabOrder(self.contactEdit, self.phoneEdit)
        QWidget.setTabOrder(self.phoneEdit, self.emailEdit)
        QWidget.setTabOrder(self.emailEdit, self.servicesEdit)
        QWidget.setTabOrder(self.servicesEdit, self.reviewMonthsSpin)
        QWidget.setTabOrder(self.reviewMonthsSpin, self.notesEdit)
        QWidget.setTabOrder(self.notesEdit, self.statusCombo)
        QWidget.setTabOrder(self.statusCombo, self.startEdit)
        QWidget.setTabOrder(self.startEdit, self.endEdit)
        QWidget.setTabOrder(self.endEdit, self.principalCombo)
        QWidget.setTabOrder(self.principalCombo, self.approvedEdit)
        QWidget.setTabOrder(self.approvedEdit, self.abroadCheck)
        QWidget.setTabOrder(self.abroadCheck, self.countryEdit)
        QWidget.setTabOrder(self.countryEdit, self.basisCombo)
        QWidget.setTabOrder(self.basisCombo, self.abroadInfoEdit)
        QWidget.setTabOrder(self.abroadInfoEdit, self.saveButton)

        self.retranslateUi(ContractorDialog)

        self.saveButton.setDefault(True)


        QMetaObject.connectSlotsByName(ContractorDialog)
    # setupUi

    def retranslateUi(self, ContractorDialog):
        ContractorDialog.setWindowTitle(QCoreApplication.translate("ContractorDialog", u"Contractor", None))
        self.nameEditCaption.setText(QCoreApplication.translate("ContractorDialog", u"Name", None))
        self.postalEditCaption.setText(QCoreApplication.translate("ContractorDialog", u"Postal code", None))
        self.addressEditCaption.setText(QCoreApplication.translate("ContractorDialog", u"Address", None))
        self.representativeEditCaption.setText(QCoreApplication.translate("ContractorDialog", u"Representative", None))
        self.contactEditCaption.setText(QCoreApplication.translate("ContractorDialog", u"Contact person", None))
        self.phoneEditCaption.setText(QCoreApplication.translate("ContractorDialog", u"Phone", None))
        self.emailEditCaption.setText(QCoreApplication.translate("ContractorDialog", u"Email", None))
        self.servicesEditCaption.setText(QCoreApplication.translate("ContractorDialog", u"What is entrusted", None))
        self.reviewMonthsSpinCaption.setText(QCoreApplication.translate("ContractorDialog", u"Review every", None))
        self.reviewMonthsSpin.setSuffix(QCoreApplication.translate("ContractorDialog", u" months", None))
        self.notesEditCaption.setText(QCoreApplication.translate("ContractorDialog", u"Notes", None))
        self.statusComboCaption.setText(QCoreApplication.translate("ContractorDialog", u"Status", None))
        self.startEditCaption.setText(QCoreApplication.translate("ContractorDialog", u"Contract from", None))
        self.startEdit.setPlaceholderText(QCoreApplication.translate("ContractorDialog", u"e.g. 2026-04-01 or \u4ee4\u548c8\u5e744\u67081\u65e5", None))
        self.endEditCaption.setText(QCoreApplication.translate("ContractorDialog", u"Contract until", None))
        self.clausesBox.setTitle(QCoreApplication.translate("ContractorDialog", u"Clauses in the contract", None))
        self.subcontractBox.setTitle(QCoreApplication.translate("ContractorDialog", u"Subcontracting", None))
        self.principalComboCaption.setText(QCoreApplication.translate("ContractorDialog", u"Subcontracted by", None))
        self.approvedEditCaption.setText(QCoreApplication.translate("ContractorDialog", u"Approved in advance on", None))
        self.abroadBox.setTitle(QCoreApplication.translate("ContractorDialog", u"Abroad (APPI Art. 28)", None))
        self.abroadCheck.setText(QCoreApplication.translate("ContractorDialog", u"The contractor is in a foreign country", None))
        self.countryEditCaption.setText(QCoreApplication.translate("ContractorDialog", u"Country", None))
        self.basisComboCaption.setText(QCoreApplication.translate("ContractorDialog", u"Basis", None))
        self.abroadInfoEditCaption.setText(QCoreApplication.translate("ContractorDialog", u"The country's system and the contractor's measures", None))
        self.saveButton.setText(QCoreApplication.translate("ContractorDialog", u"Save", None))
        self.tabs.setTabText(self.tabs.indexOf(self.basicTab), QCoreApplication.translate("ContractorDialog", u"Basic information", None))
        self.entriesHint.setText(QCoreApplication.translate("ContractorDialog", u"Tick the register entries whose data the contractor handles, and say which items (double-click the items cell to edit).", None))
        self.saveEntriesButton.setText(QCoreApplication.translate("ContractorDialog", u"Save the entries", None))
        self.tabs.setTabText(self.tabs.indexOf(self.entriesTab), QCoreApplication.translate("ContractorDialog", u"Register entries handled", None))
        self.openReviewButton.setText(QCoreApplication.translate("ContractorDialog", u"Open", None))
        self.deleteReviewButton.setText(QCoreApplication.translate("ContractorDialog", u"Delete (unfinished only)", None))
        self.startBox.setTitle(QCoreApplication.translate("ContractorDialog", u"Start a review by the office", None))
        self.startSelectionButton.setText(QCoreApplication.translate("ContractorDialog", u"Start a selection evaluation", None))
        self.startPeriodicButton.setText(QCoreApplication.translate("ContractorDialog", u"Start a periodic review", None))
        self.startEquivalenceButton.setText(QCoreApplication.translate("ContractorDialog", u"Start the check of equivalent measures", None))
        self.formBox.setTitle(QCoreApplication.translate("ContractorDialog", u"The contractor answers the checklist itself", None))
        self.formKindComboCaption.setText(QCoreApplication.translate("ContractorDialog", u"Checklist", None))
        self.printChecklistButton.setText(QCoreApplication.translate("ContractorDialog", u"Print the checklist\u2026", None))
        self.enterAnswersButton.setText(QCoreApplication.translate("ContractorDialog", u"Enter the contractor's answers", None))
        self.tabs.setTabText(self.tabs.indexOf(self.reviewsTab), QCoreApplication.translate("ContractorDialog", u"Reviews", None))
        self.addFollowupBox.setTitle(QCoreApplication.translate("ContractorDialog", u"New follow-up", None))
        self.actionEditCaption.setText(QCoreApplication.translate("ContractorDialog", u"Action", None))
        self.ownerEditCaption.setText(QCoreApplication.translate("ContractorDialog", u"Who", None))
        self.dueEditCaption.setText(QCoreApplication.translate("ContractorDialog", u"Due on", None))
        self.followupReviewComboCaption.setText(QCoreApplication.translate("ContractorDialog", u"From the review", None))
        self.addFollowupButton.setText(QCoreApplication.translate("ContractorDialog", u"Add the follow-up", None))
        self.closeFollowupBox.setTitle(QCoreApplication.translate("ContractorDialog", u"Close the selected follow-up", None))
        self.closedOnEditCaption.setText(QCoreApplication.translate("ContractorDialog", u"Done on", None))
        self.closingNoteEditCaption.setText(QCoreApplication.translate("ContractorDialog", u"What was done", None))
        self.closeFollowupButton.setText(QCoreApplication.translate("ContractorDialog", u"Close the follow-up", None))
        self.tabs.setTabText(self.tabs.indexOf(self.followupsTab), QCoreApplication.translate("ContractorDialog", u"Follow-ups", None))
        self.certsCaption.setText(QCoreApplication.translate("ContractorDialog", u"Certifications (Privacy Mark, ISMS \u2026)", None))
#if QT_CONFIG(tooltip)
        self.certKindCombo.setToolTip(QCoreApplication.translate("ContractorDialog", u"Kind of certification", None))
#endif // QT_CONFIG(tooltip)
        self.certNameEdit.setPlaceholderText(QCoreApplication.translate("ContractorDialog", u"Name or number", None))
        self.certExpiryEdit.setPlaceholderText(QCoreApplication.translate("ContractorDialog", u"Valid until", None))
        self.addCertButton.setText(QCoreApplication.translate("ContractorDialog", u"Add", None))
        self.removeCertButton.setText(QCoreApplication.translate("ContractorDialog", u"Remove the selected", None))
        self.deletionsCaption.setText(QCoreApplication.translate("ContractorDialog", u"Deletion certificates received", None))
        self.receivedEdit.setPlaceholderText(QCoreApplication.translate("ContractorDialog", u"Received on", None))
        self.coversEdit.setPlaceholderText(QCoreApplication.translate("ContractorDialog", u"What it covers", None))
        self.keptWhereEdit.setPlaceholderText(QCoreApplication.translate("ContractorDialog", u"Where it is kept", None))
        self.addDeletionButton.setText(QCoreApplication.translate("ContractorDialog", u"Add", None))
        self.endBox.setTitle(QCoreApplication.translate("ContractorDialog", u"End of the contract", None))
        self.endedOnEditCaption.setText(QCoreApplication.translate("ContractorDialog", u"Ended on", None))
        self.disposalComboCaption.setText(QCoreApplication.translate("ContractorDialog", u"The data was", None))
        self.endButton.setText(QCoreApplication.translate("ContractorDialog", u"End the contract\u2026", None))
        self.tabs.setTabText(self.tabs.indexOf(self.certsTab), QCoreApplication.translate("ContractorDialog", u"Certifications and the end", None))
        self.closeButton.setText(QCoreApplication.translate("ContractorDialog", u"Close", None))
    # retranslateUi

