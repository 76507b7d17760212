"""The import dialog: read a real CSV, see the guessed fields, change one, check, import."""

from __future__ import annotations

from pathlib import Path

from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot
from tests.conftest import MANAGER, PASSWORD

from privacydesk.services import auth, subjects
from privacydesk.ui.dialogs.importing import ImportDialog

CSV = (
    "会員名簿（2026年度）\n"
    "会員番号,氏名,フリガナ,生年月日,電話番号,備考欄X\n"
    "M-001,髙橋 花子,タカハシ ハナコ,平成2年4月1日,0312345678,a\n"
    "M-002,Nguyễn Văn Đức,グエン ヴァン ドゥック,1990/5/6,09012345678,b\n"
)


def test_import_with_the_mapping_dialog(
    qtbot: QtBot, office_db: Path, tmp_path: Path, qtmodeltester: ModelTester
) -> None:
    path = tmp_path / "members.csv"
    path.write_bytes(CSV.encode("utf-8-sig"))
    desk = auth.sign_in(office_db, MANAGER, PASSWORD)
    try:
        dialog = ImportDialog(desk, "subjects")
        qtbot.addWidget(dialog)
        dialog.ui.fileEdit.setText(str(path))
        assert dialog.read()
        model = dialog.mapping
        qtmodeltester.check(model, force_py=True)
        fields = {c.header: model.chosen[c.index] for c in model.columns}
        assert fields["氏名"] == "legal_name" and fields["会員番号"] == "member_number"
        assert fields["備考欄X"] == ""  # not recognised: shown, not imported
        assert dialog.rows.rowCount() == 2
        with qtbot.waitSignal(dialog.finished_work, timeout=20_000) as checked:
            dialog.ui.checkButton.click()
        assert checked.args[0].dry_run and subjects.count_page(desk) == 0
        notes = model.index(
            next(i for i, c in enumerate(model.columns) if c.header == "備考欄X"), 2
        )
        assert model.setData(notes, "notes")
        with qtbot.waitSignal(dialog.finished_work, timeout=20_000) as imported:
            dialog.ui.importButton.click()
        assert imported.args[0].created == 2
        names = {r.legal_name: r for r in subjects.search(desk, "")}
        assert set(names) == {"髙橋 花子", "Nguyễn Văn Đức"}
        assert subjects.get_subject(desk, names["髙橋 花子"].id).data.notes == "a"
        assert "2" in dialog.ui.reportText.toPlainText()
    finally:
        desk.close()
