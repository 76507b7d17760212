"""Documents through the services: blank forms, numbered letters, templates, the envelope."""

from __future__ import annotations

import dataclasses
import json
import threading
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import select
from tests.documents.readback import MM, all_text, assert_fonts_embedded, text_objects

from privacydesk.documents import templates
from privacydesk.documents.envelope import Calibration
from privacydesk.documents.letter import Addressee
from privacydesk.domain import documents as docs
from privacydesk.errors import InvalidInput, NotAllowed
from privacydesk.services import accounts, audit, auth, outbound, profile
from privacydesk.services import documents as documents
from privacydesk.services.desk import Desk
from privacydesk.services.profile import ProfileData
from privacydesk.storage.models import AuditEntry, DocumentSequence

PROFILE = ProfileData(
    name="特定非営利活動法人 みどりの会",
    postal_code="100-0001",
    address="東京都千代田区千代田1-1",
    representative="理事長 山田 太郎",
    manager_title="個人情報保護管理者",
    manager_name="渡邉 德子",
    desk_department="個人情報相談窓口",
    desk_phone="03-1234-5678",
    desk_email="privacy@example.jp",
    fee_yen=1000,
    payment_methods=["postal_stamps", "money_order"],
    retention_years=5,
)
PERSON = Addressee(
    name="髙﨑 德濵\ufa19子",
    postal_code="150-0001",
    address="東京都渋谷区神宮前一丁目2番3号 みどりハイツ101",
)
ENCLOSURES = ["保有個人データの開示等請求書　1部", "委任状　1部"]
NOV = date(2026, 11, 24)
PASSWORD = "another pass phrase 1"


@pytest.fixture
def office(desk: Desk) -> Desk:
    profile.save_profile(desk, PROFILE)
    return desk


@pytest.fixture
def others(office: Desk) -> Iterator[dict[str, Desk]]:
    accounts.add_user(office, "tantou", "staff", PASSWORD)
    accounts.add_user(office, "etsuran", "viewer", PASSWORD)
    desks = {
        "staff": auth.sign_in(office.path, "tantou", PASSWORD),
        "viewer": auth.sign_in(office.path, "etsuran", PASSWORD),
    }
    yield desks
    for d in desks.values():
        d.close()


def entries(desk: Desk, prefix: str) -> list[audit.AuditRow]:
    return audit.list_entries(desk, action_prefix=prefix)


def documents_left(desk: Desk) -> list[audit.AuditRow]:
    """The data.left entries for documents (creating a database also records a backup)."""
    return [e for e in entries(desk, "data.left") if e.record_type.startswith(("form.", "letter."))]


def issued(desk: Desk) -> list[docs.IssuedDocument]:
    with desk.uow() as s:
        rows = docs.issued_for(s, "enquiry", "")
        for row in rows:
            s.expunge(row)
        return rows


def last_number(desk: Desk, fy: int) -> int | None:
    with desk.uow() as s:
        row = s.get(DocumentSequence, ("個保", fy))
        return None if row is None else row.last_number


# --- Blank forms ---------------------------------------------------------------------------

FORM_TITLES = {
    "request": "保有個人データの開示等請求書",
    "power-of-attorney": "委任状",
    "envelope-test": "窓付き封筒（長形3号）の位置確認ページ",
}


@pytest.mark.parametrize("kind", documents.FORMS)
def test_blank_form_writes_the_out_path_and_audits_it(
    office: Desk, tmp_path: Path, kind: str
) -> None:
    out = tmp_path / "out" / f"{kind}.pdf"
    out.parent.mkdir()
    out.write_bytes(b"old contents")  # -o replaces an existing file
    pdf = documents.blank_form(office, kind, out=out, today=NOV)
    assert out.read_bytes() == pdf
    assert [p.name for p in out.parent.iterdir()] == [out.name]  # no temporary file left
    assert FORM_TITLES[kind] in all_text(pdf)
    assert_fonts_embedded(pdf)
    if kind != "envelope-test":
        assert PROFILE.name in all_text(pdf)
    (entry,) = documents_left(office)
    assert entry.record_type == f"form.{kind}"
    summary = json.loads(entry.summary)
    assert summary == {
        "kind": f"form.{kind}",
        "records": 0,
        "personal": False,
        "encrypted": False,
        "to": "file",
        "path_sha256": outbound.fingerprint(out),
    }


def test_blank_form_of_an_unknown_kind_is_refused(office: Desk, tmp_path: Path) -> None:
    with pytest.raises(InvalidInput) as info:
        documents.blank_form(office, "letter", out=tmp_path / "x.pdf")
    assert info.value.code == "documents.unknown_form"
    assert not (tmp_path / "x.pdf").exists()
    assert documents_left(office) == []


@pytest.mark.parametrize("kind", ["request", "power-of-attorney"])
def test_forms_need_the_organisation_name(desk: Desk, tmp_path: Path, kind: str) -> None:
    out = tmp_path / "form.pdf"
    with pytest.raises(InvalidInput) as info:
        documents.blank_form(desk, kind, out=out)
    assert info.value.code == "template.missing_value"
    assert info.value.params == {"name": "org_name"}
    assert not out.exists()
    assert documents_left(desk) == []
    # The envelope test page carries no office details: it needs no profile.
    documents.blank_form(desk, "envelope-test", out=out)
    assert out.exists()


def test_cover_letter_needs_the_organisation_name(desk: Desk) -> None:
    with pytest.raises(InvalidInput) as info:
        documents.issue_cover_letter(desk, PERSON, ENCLOSURES, today=NOV)
    assert info.value.params == {"name": "org_name"}
    assert issued(desk) == [] and last_number(desk, 2026) is None


def test_every_role_may_print_blank_forms(others: dict[str, Desk], tmp_path: Path) -> None:
    for role, d in others.items():
        out = tmp_path / f"{role}.pdf"
        documents.blank_form(d, "request", out=out)
        assert out.exists()


# --- Numbering ------------------------------------------------------------------------------


def test_numbers_are_consecutive_per_fiscal_year(office: Desk, tmp_path: Path) -> None:
    out = tmp_path / "letter.pdf"
    first, pdf = documents.issue_cover_letter(office, PERSON, ENCLOSURES, out=out, today=NOV)
    assert first == "個保第8-001号"
    assert out.read_bytes() == pdf
    text = all_text(pdf)
    assert first in text and "令和8年11月24日" in text and "見本" not in text
    assert "髙﨑 德濵\ufa19子\u3000様" in text
    second, _ = documents.issue_cover_letter(office, PERSON, ENCLOSURES, today=date(2026, 11, 25))
    assert second == "個保第8-002号"
    # March 2027 is still fiscal 2026 (令和8年度): the number says 8, the date 令和9年.
    march, pdf = documents.issue_cover_letter(office, PERSON, ENCLOSURES, today=date(2027, 3, 31))
    assert march == "個保第8-003号"
    assert "令和9年3月31日" in all_text(pdf)
    # April 2027 starts fiscal 2027 (令和9年度) at 001.
    april, _ = documents.issue_cover_letter(office, PERSON, ENCLOSURES, today=date(2027, 4, 1))
    assert april == "個保第9-001号"
    rows = issued(office)
    assert [(r.number, r.fiscal_year, r.sequence) for r in rows] == [
        ("個保第8-001号", 2026, 1),
        ("個保第8-002号", 2026, 2),
        ("個保第8-003号", 2026, 3),
        ("個保第9-001号", 2027, 1),
    ]
    assert last_number(office, 2026) == 3 and last_number(office, 2027) == 1


def test_fiscal_year_start_month_is_a_setting(office: Desk) -> None:
    profile.set_setting(office, "org.fiscal_year_start_month", 1)
    number, _ = documents.issue_cover_letter(office, PERSON, ENCLOSURES, today=date(2027, 3, 31))
    assert number == "個保第9-001号"
    profile.set_setting(office, "documents.number_prefix", "相談")
    number, _ = documents.issue_cover_letter(office, PERSON, ENCLOSURES, today=date(2027, 3, 31))
    assert number == "相談第9-001号"


def test_issued_pdf_is_stored_and_the_audit_holds_no_names(office: Desk, tmp_path: Path) -> None:
    out = tmp_path / "髙﨑様.pdf"
    number, pdf = documents.issue_cover_letter(office, PERSON, ENCLOSURES, out=out, today=NOV)
    (row,) = issued(office)
    assert row.pdf == pdf and row.number == number
    assert row.kind == "form-cover" and row.template_version == 0
    assert row.issued_by == office.context.account_id
    (entry,) = entries(office, "document.issued")
    assert json.loads(entry.summary) == {
        "kind": "form-cover",
        "document": row.id,
        "sequence": 1,
        "fiscal_year": 2026,
    }
    (left,) = documents_left(office)
    assert json.loads(left.summary)["kind"] == "letter.form-cover"
    assert json.loads(left.summary)["personal"] is True
    with office.uow() as s:
        log = json.dumps(
            [
                [e.actor, e.action, e.record_type, e.record_id, e.summary]
                for e in s.execute(select(AuditEntry)).scalars()
            ],
            ensure_ascii=False,
        )
    for secret in ("髙﨑", "德濵", "\ufa19", "渋谷", "神宮前", "150-0001", "髙﨑様", number):
        assert secret not in log


def test_a_failed_issue_consumes_no_number(office: Desk) -> None:
    """The number is allocated in the transaction that issues the document. When that
    transaction fails (here the letter cannot be drawn: a private-use character in the name),
    the allocation rolls back with it: no document carries the number and it is not used up.
    The next letter gets it. So numbers are never reused and have no gaps from failures."""
    first, _ = documents.issue_cover_letter(office, PERSON, ENCLOSURES, today=NOV)
    assert first == "個保第8-001号"
    bad = dataclasses.replace(PERSON, name="山田\ue000子")
    with pytest.raises(InvalidInput) as info, office.uow(write=True) as s:
        documents.issue_letter(
            office,
            s,
            "form-cover",
            bad,
            {"enclosures": ENCLOSURES},
            record_type="enquiry",
            record_id="",
            today=NOV,
        )
    assert info.value.code == "glyph.problems"
    assert last_number(office, 2026) == 1
    assert len(entries(office, "document.issued")) == 1
    # An address that does not fit the window fails the same way, through the service.
    huge = dataclasses.replace(PERSON, address="東京都渋谷区神宮前" * 30)
    with pytest.raises(InvalidInput) as info:
        documents.issue_cover_letter(office, huge, ENCLOSURES, today=NOV)
    assert info.value.code == "letter.address_does_not_fit"
    assert last_number(office, 2026) == 1
    second, _ = documents.issue_cover_letter(office, PERSON, ENCLOSURES, today=NOV)
    assert second == "個保第8-002号"
    numbers = [r.number for r in issued(office)]
    assert numbers == ["個保第8-001号", "個保第8-002号"]
    assert len(set(numbers)) == len(numbers)


def test_a_failed_write_after_issue_keeps_the_number_used(office: Desk, tmp_path: Path) -> None:
    """The file is written after the issuing transaction commits: a file that cannot be
    written leaves the letter issued and stored (it can be printed again from the record),
    and its number is never given to another letter."""
    out = tmp_path / "no such folder" / "letter.pdf"
    with pytest.raises(Exception):  # noqa: B017 (the storage layer's translated OSError)
        documents.issue_cover_letter(office, PERSON, ENCLOSURES, out=out, today=NOV)
    assert not out.exists()
    assert [r.number for r in issued(office)] == ["個保第8-001号"]
    number, _ = documents.issue_cover_letter(office, PERSON, ENCLOSURES, today=NOV)
    assert number == "個保第8-002号"


def test_two_desks_issuing_at_once_never_share_a_number(
    office: Desk, others: dict[str, Desk]
) -> None:
    numbers: list[str] = []
    errors: list[BaseException] = []

    def issue(d: Desk) -> None:
        try:
            for _ in range(4):
                numbers.append(documents.issue_cover_letter(d, PERSON, ENCLOSURES, today=NOV)[0])
        except BaseException as exc:  # reported below, in the test's thread
            errors.append(exc)

    threads = [threading.Thread(target=issue, args=(d,)) for d in (office, others["staff"])]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=60)
    assert not errors
    assert sorted(numbers) == [f"個保第8-{i:03d}号" for i in range(1, 9)]
    assert sorted(r.number for r in issued(office)) == sorted(numbers)


def test_viewer_cannot_issue_letters(office: Desk, others: dict[str, Desk]) -> None:
    with pytest.raises(NotAllowed):
        documents.issue_cover_letter(others["viewer"], PERSON, ENCLOSURES, today=NOV)
    with pytest.raises(NotAllowed), others["viewer"].uow(write=True) as s:
        documents.issue_letter(
            others["viewer"],
            s,
            "form-cover",
            PERSON,
            {"enclosures": ENCLOSURES},
            record_type="enquiry",
            record_id="",
            today=NOV,
        )
    number, _ = documents.issue_cover_letter(others["staff"], PERSON, ENCLOSURES, today=NOV)
    assert number == "個保第8-001号"


# --- Templates ------------------------------------------------------------------------------

CUSTOM = templates.default_text("form-cover").replace(
    "ご不明な点がございましたら", "当会独自の文言です。ご不明な点がございましたら"
)


def test_saved_templates_are_versioned_and_used(office: Desk) -> None:
    assert documents.template_text(office, "form-cover") == templates.default_text("form-cover")
    assert documents.save_template(office, "form-cover", CUSTOM) == 1
    second = CUSTOM.replace("当会独自の文言です。", "当会独自の文言（第2版）です。")
    assert documents.save_template(office, "form-cover", second) == 2
    assert documents.template_text(office, "form-cover") == second
    info = {t.kind: t for t in documents.list_templates(office)}
    assert (info["form-cover"].version, info["form-cover"].customised) == (2, True)
    assert (info["request-form"].version, info["request-form"].customised) == (0, False)
    with office.uow() as s:
        history = docs.template_history(s, "form-cover")
    assert [h.version for h in history] == [2, 1]
    preview = all_text(documents.preview(office, "form-cover", today=NOV)).replace("\n", "")
    assert "当会独自の文言（第2版）です。" in preview
    _number, pdf = documents.issue_cover_letter(office, PERSON, ENCLOSURES, today=NOV)
    assert "当会独自の文言（第2版）です。" in all_text(pdf).replace("\n", "")
    assert issued(office)[0].template_version == 2
    saved = [json.loads(e.summary) for e in entries(office, "template.saved")]
    assert saved == [{"version": 2}, {"version": 1}]


def test_restore_default_goes_back_to_the_files_wording(office: Desk) -> None:
    documents.save_template(office, "form-cover", CUSTOM)
    documents.restore_default_template(office, "form-cover")
    assert documents.template_text(office, "form-cover") == templates.default_text("form-cover")
    info = {t.kind: t for t in documents.list_templates(office)}
    assert (info["form-cover"].version, info["form-cover"].customised) == (0, False)
    _number, pdf = documents.issue_cover_letter(office, PERSON, ENCLOSURES, today=NOV)
    assert "当会独自の文言" not in all_text(pdf)
    assert issued(office)[0].template_version == 0
    (entry,) = entries(office, "template.restored_default")
    assert json.loads(entry.summary) == {"deactivated": 1}
    # Saving again after a restore continues the version numbers; history is kept.
    assert documents.save_template(office, "form-cover", CUSTOM) == 2


def test_only_a_manager_saves_templates(office: Desk, others: dict[str, Desk]) -> None:
    for d in others.values():
        with pytest.raises(NotAllowed):
            documents.save_template(d, "form-cover", CUSTOM)
        with pytest.raises(NotAllowed):
            documents.restore_default_template(d, "form-cover")
        # Every role may read and preview the wording.
        assert documents.template_text(d, "form-cover") == templates.default_text("form-cover")
        assert "見本" in all_text(documents.preview(d, "form-cover", CUSTOM, today=NOV))
    assert documents.list_templates(office)[0].version == 0
    assert entries(office, "template.") == []


@pytest.mark.parametrize(
    ("text", "code", "name"),
    [
        (CUSTOM.replace("{fee}", "{fees}"), "template.unknown_placeholder", "fees"),
        (CUSTOM.replace("[contact]", "[kontakt]"), "template.unknown_section", None),
        (CUSTOM.replace("{fee}", "{fee"), "template.stray_brace", None),
        (CUSTOM.replace("{*enclosures}", "同封：{*enclosures}"), "template.list_in_text", None),
        (CUSTOM.replace("当会独自", "当会\ue000独自"), "glyph.problems", None),
    ],
)
def test_a_template_that_would_not_print_is_refused_and_nothing_saved(
    office: Desk, text: str, code: str, name: str | None
) -> None:
    with pytest.raises(InvalidInput) as info:
        documents.save_template(office, "form-cover", text)
    assert info.value.code == code
    if name:
        assert info.value.params["name"] == name
    assert documents.template_text(office, "form-cover") == templates.default_text("form-cover")
    with office.uow() as s:
        assert docs.template_history(s, "form-cover") == []
    assert entries(office, "template.") == []


def test_form_templates_are_saved_and_previewed(office: Desk, tmp_path: Path) -> None:
    text = templates.default_text("request-form").replace(
        "次のとおり請求します。", "次のとおり請求いたします。"
    )
    assert documents.save_template(office, "request-form", text) == 1
    assert "次のとおり請求いたします。" in all_text(documents.preview(office, "request-form"))
    pdf = documents.blank_form(office, "request", out=tmp_path / "f.pdf")
    assert "次のとおり請求いたします。" in all_text(pdf)


def test_preview_shows_mihon_and_uses_no_number(office: Desk) -> None:
    pdf = documents.preview(office, "form-cover", today=NOV)
    text = all_text(pdf)
    assert "見本" in text and "個保第" not in text
    assert last_number(office, 2026) is None and issued(office) == []


# --- Envelope settings ----------------------------------------------------------------------


def test_envelope_settings_refuse_a_safe_area_too_small(office: Desk) -> None:
    before = documents.envelope_settings(office)
    assert before == (Calibration(), "omitted")
    for bad, code in (
        (Calibration(play_x=60.0), "envelope.safe_area_too_small"),
        (Calibration(play_y=35.0), "envelope.safe_area_too_small"),
        (Calibration(window_top=60.0), "envelope.window_outside_panel"),
    ):
        with pytest.raises(InvalidInput) as info:
            documents.save_envelope_settings(office, bad, "omitted")
        assert info.value.code == code
    assert documents.envelope_settings(office) == before
    assert entries(office, "settings.changed") == []


def test_envelope_settings_are_saved_and_move_the_address(
    office: Desk, others: dict[str, Desk]
) -> None:
    cal = Calibration(window_left=30.0, window_top=20.0)
    with pytest.raises(NotAllowed):
        documents.save_envelope_settings(others["staff"], cal, "place")
    documents.save_envelope_settings(office, cal, "place")
    assert documents.envelope_settings(office) == (cal, "place")
    _number, pdf = documents.issue_cover_letter(office, PERSON, ENCLOSURES, today=NOV)
    (postal,) = [o for o in text_objects(pdf) if o.text.strip() == "〒150-0001"]
    assert abs(postal.x0 - 30.0 * MM) < 0.5
    assert "（公印省略）" not in all_text(pdf)
    test_page = documents.blank_form(office, "envelope-test")
    assert "窓：左 30 mm、上 20 mm" in all_text(test_page)


def test_a_form_that_cannot_be_written_leaves_no_audit_entry(office: Desk, tmp_path: Path) -> None:
    """Unlike an issued letter (a record in itself), a blank form that could not be written
    never left the database: nothing says it did."""
    before = len(audit.list_entries(office, limit=5000))
    with pytest.raises(Exception):  # noqa: B017 (the storage layer's translated OSError)
        documents.blank_form(office, "request", tmp_path / "no such folder" / "form.pdf")
    assert len(audit.list_entries(office, limit=5000)) == before
    documents.blank_form(office, "request", tmp_path / "form.pdf")
    assert audit.list_entries(office, limit=1)[0].action == "data.left"
