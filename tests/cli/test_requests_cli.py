"""privacydesk list requests / letter / disclose-electronic, in-process: the table and its
JSON, letters read back, refusals with exit code 6 in the user's language, 8 for viewers."""

from __future__ import annotations

import io
import json
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

import pytest
from pypdf import PdfReader

from privacydesk import cli
from privacydesk.domain import requests as domain
from privacydesk.domain.purposes import PurposeData
from privacydesk.domain.register import EntryData, ItemData
from privacydesk.messages import LANGUAGES, MESSAGES, render
from privacydesk.services import accounts, auth, profile, register, subjects
from privacydesk.services import requests as rq
from privacydesk.services.profile import ProfileData
from privacydesk.services.requests import Decision, RequestInput, TypeInput

CHEAP_KDF = auth.KdfParams(n=2**4, r=8, p=1)
MANAGER, STAFF, VIEWER = "kanri", "tantou", "etsuran"
PASSWORD = "correct horse battery"
TODAY = date.today()  # the CLI works on today's date
RECEIVED = TODAY - timedelta(days=3)
ADDRESS = "東京都渋谷区神宮前一丁目2番3号 みどりハイツ101"


@dataclass
class Result:
    code: int
    out: str
    err: str


@dataclass
class Office:
    db: Path
    in_review: int  # a correction, identity confirmed
    electronic: int  # disclosure by electronic record, decided in full
    stopped: int  # identity documents missing: the clock is stopped


@pytest.fixture
def office(tmp_path: Path) -> Office:
    folder = tmp_path / "office"
    folder.mkdir()
    path = folder / "privacydesk.db"
    desk, _ = auth.create_database(path, MANAGER, PASSWORD, kdf=CHEAP_KDF)
    try:
        accounts.add_user(desk, STAFF, "staff", PASSWORD)
        accounts.add_user(desk, VIEWER, "viewer", PASSWORD)
        profile.save_profile(
            desk,
            ProfileData(
                name="特定非営利活動法人 みどりの会",
                postal_code="100-0001",
                address="東京都千代田区千代田1-1",
                representative="理事長 山田 太郎",
                desk_department="個人情報相談窓口",
                fee_yen=1000,
                payment_methods=["postal_stamps"],
            ),
        )
        purpose = register.create_purpose(
            desk, PurposeData(code="a", text="会員への連絡のため", subject_group="members")
        )
        entry = register.create_entry(
            desk,
            EntryData(name="会員名簿", items=[ItemData("氏名")], purpose_ids=[purpose.id]),
        )
        person = subjects.create_subject(
            desk,
            subjects.SubjectData(legal_name="髙橋 花子", postal_code="150-0001", address=ADDRESS),
        ).id

        def receive(*types: str, electronic: bool = False) -> int:
            method = "electronic" if electronic else ""
            data = RequestInput(
                received_on=RECEIVED,
                subject_id=person,
                types=[TypeInput(t, method) for t in types],
                entry_ids=[entry.id],
            )
            return rq.receive(desk, data, today=TODAY)

        def confirm(rid: int) -> None:
            rq.record_identity(
                desk,
                rid,
                confirmed=True,
                confirmed_postal_code="150-0001",
                confirmed_address=ADDRESS,
                today=TODAY,
            )

        in_review = receive("correction")
        confirm(in_review)

        electronic = receive("disclosure", electronic=True)
        confirm(electronic)
        rq.record_fee(
            desk,
            electronic,
            amount=1000,
            received_on=RECEIVED,
            method="postal_stamps",
            today=TODAY,
        )
        rq.set_extract(
            desk,
            electronic,
            entry.id,
            "会員システム抽出",
            ["会員番号", "氏名"],
            [["M-0001", "髙橋 花子"]],
        )
        rq.decide(desk, electronic, Decision("disclosure", "full"), today=TODAY)

        stopped = receive("disclosure")
        rq.record_identity(
            desk,
            stopped,
            confirmed=False,
            missing=["person_address"],
            deadline=TODAY + timedelta(days=14),
            today=TODAY,
        )
    finally:
        desk.close()
    return Office(path, in_review, electronic, stopped)


def run(monkeypatch: pytest.MonkeyPatch, office: Office, *argv: str, user: str = MANAGER) -> Result:
    monkeypatch.setenv("PRIVACYDESK_USER", user)
    monkeypatch.setenv("PRIVACYDESK_PASSWORD", PASSWORD)
    out, err = io.StringIO(), io.StringIO()
    code = cli.main([*argv, "--db", str(office.db)], out=out, err=err)
    result = Result(code, out.getvalue(), err.getvalue())
    assert "Traceback" not in result.out + result.err
    return result


def _text(pdf: bytes) -> str:
    return "".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)


def _number(rid: int) -> str:
    return domain.number_of(rid, RECEIVED)


# -- list requests ----------------------------------------------------------------------------


def test_list_requests_prints_a_table_in_japanese(
    monkeypatch: pytest.MonkeyPatch, office: Office
) -> None:
    r = run(monkeypatch, office, "list", "requests")
    assert r.code == 0, r.err
    lines = r.out.splitlines()
    assert lines[0] == render("cli.requests_header", "ja")
    assert lines[-1] == render("cli.requests_count", "ja", count=3)
    by_id = {int(line.split()[0]): line for line in lines[1:-1]}
    assert set(by_id) == {office.in_review, office.electronic, office.stopped}
    review = by_id[office.in_review]
    assert _number(office.in_review) in review and RECEIVED.isoformat() in review
    assert render("requests.type.correction", "ja") in review
    assert render("requests.requester.person", "ja") in review
    assert render("requests.state.in_review", "ja") in review
    assert render("requests.state.decided", "ja") in by_id[office.electronic]
    stopped = by_id[office.stopped]
    assert render("requests.state.identity_pending", "ja") in stopped
    assert (
        render(
            "cli.request_stopped",
            "ja",
            date=TODAY.isoformat(),
            reason=render("requests.stop.identity", "ja"),
        )
        in stopped
    )


def test_list_requests_as_json(monkeypatch: pytest.MonkeyPatch, office: Office) -> None:
    r = run(monkeypatch, office, "list", "requests", "--json")
    assert r.code == 0, r.err
    rows = {row["id"]: row for row in json.loads(r.out)}
    assert set(rows) == {office.in_review, office.electronic, office.stopped}
    review = rows[office.in_review]
    assert review["number"] == _number(office.in_review)
    assert review["received_on"] == RECEIVED.isoformat()
    assert review["types"] == ["correction"]
    assert review["requester_kind"] == "person"
    assert review["state"] == "in_review"
    assert review["due_on"] is not None and review["overdue"] is False
    assert review["stopped_since"] is None and review["stop_reason"] is None
    stopped = rows[office.stopped]
    assert stopped["state"] == "identity_pending"
    assert stopped["due_on"] is None  # no due date while the clock is stopped
    assert stopped["stopped_since"] == TODAY.isoformat()
    assert stopped["stop_reason"] == "identity"


def test_list_requests_in_english(monkeypatch: pytest.MonkeyPatch, office: Office) -> None:
    r = run(monkeypatch, office, "list", "requests", "--lang", "en")
    assert r.code == 0, r.err
    assert "in review" in r.out and "waiting for identity documents" in r.out


def test_every_code_the_list_prints_has_a_label() -> None:
    for table, codes in (
        (cli.REQUEST_STATE_TEXT, domain.STATES),
        (cli.REQUEST_TYPE_TEXT, domain.TYPES),
        (cli.REQUESTER_TEXT, domain.REQUESTER_KINDS),
        (cli.STOP_TEXT, domain.STOP_REASONS),
    ):
        assert set(table) == set(codes)
        for code in table.values():
            assert set(MESSAGES[code]) == set(LANGUAGES), code


# -- letters --------------------------------------------------------------------------------


def test_letter_is_written_and_reads_back(
    monkeypatch: pytest.MonkeyPatch, office: Office, tmp_path: Path
) -> None:
    out = tmp_path / "ack.pdf"
    r = run(
        monkeypatch,
        office,
        "letter",
        "acknowledgement",
        "--request",
        str(office.in_review),
        "-o",
        str(out),
        user=STAFF,
    )
    assert r.code == 0, r.err
    text = _text(out.read_bytes())
    assert _number(office.in_review) in text
    assert "髙橋 花子" in text
    letter_number = r.out.split()[1]
    assert r.out.strip() == render("cli.letter_written", "ja", number=letter_number, path=out)
    assert letter_number in text


def test_a_letter_that_does_not_fit_exits_6_in_japanese(
    monkeypatch: pytest.MonkeyPatch, office: Office, tmp_path: Path
) -> None:
    out = tmp_path / "disclosure.pdf"
    r = run(
        monkeypatch,
        office,
        "letter",
        "disclosure",
        "--request",
        str(office.in_review),
        "-o",
        str(out),
    )
    assert r.code == 6
    assert render("requests.letter_no_disclosure_decision", "ja") in r.err
    assert r.out == "" and not out.exists()
    r = run(
        monkeypatch,
        office,
        "letter",
        "fee-shortfall",
        "--request",
        str(office.in_review),
        "-o",
        str(out),
        "--lang",
        "en",
    )
    assert r.code == 6
    assert render("requests.letter_fee_paid", "en") in r.err


def test_unknown_request_exits_6(
    monkeypatch: pytest.MonkeyPatch, office: Office, tmp_path: Path
) -> None:
    out = tmp_path / "x.pdf"
    for argv in (
        ("letter", "acknowledgement", "--request", "9999", "-o", str(out)),
        ("disclose-electronic", "--request", "9999", "-o", str(out)),
    ):
        r = run(monkeypatch, office, *argv)
        assert r.code == 6, argv
        assert render("requests.not_found", "ja", id="9999") in r.err
    assert not out.exists()


@pytest.mark.parametrize(
    "argv",
    [
        ["letter", "no-such-letter", "--request", "1", "-o", "x.pdf"],
        ["letter", "acknowledgement", "-o", "x.pdf"],  # --request missing
        ["letter", "acknowledgement", "--request", "one", "-o", "x.pdf"],
        ["list", "letters"],
        ["disclose-electronic", "--request", "1"],  # -o missing
    ],
)
def test_usage_errors_exit_2(
    monkeypatch: pytest.MonkeyPatch, office: Office, argv: list[str]
) -> None:
    r = run(monkeypatch, office, *argv)
    assert r.code == 2
    assert r.err.startswith(render("cli.usage", "ja", detail="").strip())


def test_a_viewer_may_list_but_not_issue(
    monkeypatch: pytest.MonkeyPatch, office: Office, tmp_path: Path
) -> None:
    assert run(monkeypatch, office, "list", "requests", user=VIEWER).code == 0
    out = tmp_path / "ack.pdf"
    r = run(
        monkeypatch,
        office,
        "letter",
        "acknowledgement",
        "--request",
        str(office.in_review),
        "-o",
        str(out),
        user=VIEWER,
    )
    assert r.code == 8 and not out.exists()


# -- electronic disclosure --------------------------------------------------------------------


def test_disclose_electronic_writes_an_encrypted_pdf(
    monkeypatch: pytest.MonkeyPatch, office: Office, tmp_path: Path
) -> None:
    out = tmp_path / "disclosure.pdf"
    r = run(
        monkeypatch,
        office,
        "disclose-electronic",
        "--request",
        str(office.electronic),
        "-o",
        str(out),
    )
    assert r.code == 0, r.err
    assert str(out) in r.out and "password-notice" in r.out
    reader = PdfReader(io.BytesIO(out.read_bytes()))
    assert reader.is_encrypted
    # The password goes by a separate letter, which now fits.
    notice = tmp_path / "password.pdf"
    r = run(
        monkeypatch,
        office,
        "letter",
        "password-notice",
        "--request",
        str(office.electronic),
        "-o",
        str(notice),
    )
    assert r.code == 0, r.err
    words = _text(notice.read_bytes()).replace("：", " ").split()
    password = next(w for w in words if w.count("-") == 3 and len(w) > 12)
    assert reader.decrypt(password)
    assert "M-0001" in "".join(page.extract_text() for page in reader.pages)


def test_disclose_electronic_refuses_a_paper_request(
    monkeypatch: pytest.MonkeyPatch, office: Office, tmp_path: Path
) -> None:
    out = tmp_path / "disclosure.pdf"
    r = run(
        monkeypatch,
        office,
        "disclose-electronic",
        "--request",
        str(office.in_review),
        "-o",
        str(out),
    )
    assert r.code == 6 and render("requests.not_electronic", "ja") in r.err
    assert not out.exists()
