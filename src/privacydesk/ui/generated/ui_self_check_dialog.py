# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'self_check_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QDialog, QFormLayout,
    QHBoxLayout, QHeaderView, QLabel, QLineEdit,
    QPushButton, QSizePolicy, QSpacerItem, QTableView,
    QToolButton, QVBoxLayout, QWidget)

class Ui_SelfCheckDialog(object):
    def setupUi(self, SelfCheckDialog):
        if not SelfCheckDialog.objectName():
            SelfCheckDialog.setObjectName(u"SelfCheckDialog")
        SelfCheckDialog.resize(900, 640)
        self.layout = QVBoxLayout(SelfCheckDialog)
        self.layout.setObjectName(u"layout")
        self.headerLabel = QLabel(SelfCheckDialog)
        self.headerLabel.setObjectName(u"headerLabel")
        self.headerLabel.setText(u"")
        self.headerLabel.setStyleSheet(u"font-size: 14pt; font-weight: bold;")
        self.headerLabel.setWordWrap(True)

        self.layout.addWidget(self.headerLabel)

        self.statusLabel = QLabel(SelfCheckDialog)
        self.statusLabel.setObjectName(u"statusLabel")
        self.statusLabel.setText(u"")
        self.statusLabel.setWordWrap(True)

        self.layout.addWidget(self.statusLabel)

        self.categoryRow = QHBoxLayout()
        self.categoryRow.setObjectName(u"categoryRow")
        self.previousButton = QToolButton(SelfCheckDialog)
        self.previousButton.setObjectName(u"previousButton")
        self.previousButton.setText(u"\u25c0")
        self.previousButton.setFocusPolicy(Qt.FocusPolicy.NoFocus)

        self.categoryRow.addWidget(self.previousButton)

        self.categoryLabel = QLabel(SelfCheckDialog)
        self.categoryLabel.setObjectName(u"categoryLabel")
        self.categoryLabel.setText(u"")
        self.categoryLabel.setStyleSheet(u"font-size: 12pt; font-weight: bold;")

        self.categoryRow.addWidget(self.categoryLabel)

        self.progressLabel = QLabel(SelfCheckDialog)
        self.progressLabel.setObjectName(u"progressLabel")
        self.progressLabel.setText(u"")

        self.categoryRow.addWidget(self.progressLabel)

        self.nextButton = QToolButton(SelfCheckDialog)
        self.nextButton.setObjectName(u"nextButton")
        self.nextButton.setText(u"\u25b6")
        self.nextButton.setFocusPolicy(Qt.FocusPolicy.NoFocus)

        self.categoryRow.addWidget(self.nextButton)

        self.categorySpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.categoryRow.addItem(self.categorySpacer)

        self.scoreLabel = QLabel(SelfCheckDialog)
        self.scoreLabel.setObjectName(u"scoreLabel")
        self.scoreLabel.setText(u"")

        self.categoryRow.addWidget(self.scoreLabel)


        self.layout.addLayout(self.categoryRow)

        self.questionsView = QTableView(SelfCheckDialog)
        self.questionsView.setObjectName(u"questionsView")
        self.questionsView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.questionsView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.questionsView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.questionsView.setTabKeyNavigation(False)
        self.questionsView.setWordWrap(True)

        self.layout.addWidget(self.questionsView)

        self.appLabel = QLabel(SelfCheckDialog)
        self.appLabel.setObjectName(u"appLabel")
        self.appLabel.setText(u"")
        self.appLabel.setWordWrap(True)
        self.appLabel.setStyleSheet(u"background: #eef4fb; padding: 4px;")

        self.layout.addWidget(self.appLabel)

        self.keysLabel = QLabel(SelfCheckDialog)
        self.keysLabel.setObjectName(u"keysLabel")
        self.keysLabel.setWordWrap(True)
        self.keysLabel.setStyleSheet(u"color: #555;")

        self.layout.addWidget(self.keysLabel)

        self.commentForm = QFormLayout()
        self.commentForm.setObjectName(u"commentForm")
        self.commentEditCaption = QLabel(SelfCheckDialog)
        self.commentEditCaption.setObjectName(u"commentEditCaption")

        self.commentForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.commentEditCaption)

        self.commentEdit = QLineEdit(SelfCheckDialog)
        self.commentEdit.setObjectName(u"commentEdit")

        self.commentForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.commentEdit)

        self.evidenceEditCaption = QLabel(SelfCheckDialog)
        self.evidenceEditCaption.setObjectName(u"evidenceEditCaption")

        self.commentForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.evidenceEditCaption)

        self.evidenceEdit = QLineEdit(SelfCheckDialog)
        self.evidenceEdit.setObjectName(u"evidenceEdit")

        self.commentForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.evidenceEdit)


        self.layout.addLayout(self.commentForm)

        self.bottom = QHBoxLayout()
        self.bottom.setObjectName(u"bottom")
        self.totalLabel = QLabel(SelfCheckDialog)
        self.totalLabel.setObjectName(u"totalLabel")
        self.totalLabel.setText(u"")

        self.bottom.addWidget(self.totalLabel)

        self.savedLabel = QLabel(SelfCheckDialog)
        self.savedLabel.setObjectName(u"savedLabel")
        self.savedLabel.setText(u"")
        self.savedLabel.setWordWrap(True)
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.savedLabel.sizePolicy().hasHeightForWidth())
        self.savedLabel.setSizePolicy(sizePolicy)

        self.bottom.addWidget(self.savedLabel)

        self.finishButton = QPushButton(SelfCheckDialog)
        self.finishButton.setObjectName(u"finishButton")
        self.finishButton.setAutoDefault(False)

        self.bottom.addWidget(self.finishButton)

        self.closeButton = QPushButton(SelfCheckDialog)
        self.closeButton.setObjectName(u"closeButton")
        self.closeButton.setAutoDefault(False)

        self.bottom.addWidget(self.closeButton)


        self.layout.addLayout(self.bottom)

#if QT_CONFIG(shortcut)
        self.commentEditCaption.setBuddy(self.commentEdit)
        self.evidenceEditCaption.setBuddy(self.evidenceEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.questionsView, self.commentEdit)
        QWidget.setTabOrder(self.commentEdit, self.evidenceEdit)
        QWidget.setTabOrder(self.evidenceEdit, self.finishButton)
        QWidget.setTabOrder(self.finishButton, self.closeButton)

        self.retranslateUi(SelfCheckDialog)

        QMetaObject.connectSlotsByName(SelfCheckDialog)
    # setupUi

    def retranslateUi(self, SelfCheckDialog):
        SelfCheckDialog.setWindowTitle(QCoreApplication.translate("SelfCheckDialog", u"Self-check", None))
#if QT_CONFIG(tooltip)
        self.previousButton.setToolTip(QCoreApplication.translate("SelfCheckDialog", u"Previous category (PageUp or Ctrl+Left)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(tooltip)
        self.nextButton.setToolTip(QCoreApplication.translate("SelfCheckDialog", u"Next category (PageDown or Ctrl+Right)", None))
#endif // QT_CONFIG(tooltip)
        self.keysLabel.setText(QCoreApplication.translate("SelfCheckDialog", u"Keys: 1 or Y = yes (\u9069\u5408), 2 or N = no (\u4e0d\u9069\u5408), 3 or A = not applicable (\u8a72\u5f53\u306a\u3057), then on to the next question; Delete = clear; \u2191\u2193 move; Tab to the comment, Enter back; PageDown / PageUp (or Ctrl+\u2192 / Ctrl+\u2190) for the next or previous category. Answers marked \u201cFrom the app\u201d were given by privacydesk from what it knows, with the evidence shown; change them if they are wrong. Every answer is saved at once.", None))
        self.commentEditCaption.setText(QCoreApplication.translate("SelfCheckDialog", u"Comment", None))
        self.evidenceEditCaption.setText(QCoreApplication.translate("SelfCheckDialog", u"Evidence seen", None))
        self.finishButton.setText(QCoreApplication.translate("SelfCheckDialog", u"Finish\u2026", None))
        self.closeButton.setText(QCoreApplication.translate("SelfCheckDialog", u"Close", None))
    # retranslateUi

