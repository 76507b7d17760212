"""privacydesk list contractors / form contractor-checklist, in-process: the table with each
flag's reason in the user's language, its JSON with codes and parameters, the checklist read
back, an unknown contractor refused with exit code 6, usage errors with 2, and viewers."""

from __future__ import annotations

import io
import json
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

import pytest
from pypdf import PdfReader

from privacydesk import cli
from privacydesk.domain import contractors as domain
from privacydesk.messages import LANGUAGES, MESSAGES, render
from privacydesk.services import accounts, auth, profile
from privacydesk.services import contractors as cs
from privacydesk.services.contractors import ContractorData
from privacydesk.services.profile import ProfileData

CHEAP_KDF = auth.KdfParams(n=2**4, r=8, p=1)
MANAGER, VIEWER = "kanri", "etsuran"
PASSWORD = "correct horse battery"
TODAY = date.today()  # the CLI works on today's date
CERT_EXPIRES = TODAY + timedelta(days=30)


@dataclass
class Result:
    code: int
    out: str
    err: str


@dataclass
class Office:
    db: Path
    flagged: int  # no selection yet, a Privacy Mark expiring within 60 days
    kept: int  # selected this month: no flags


@pytest.fixture
def office(tmp_path: Path) -> Office:
    folder = tmp_path / "office"
    folder.mkdir()
    path = folder / "privacydesk.db"
    desk, _ = auth.create_database(path, MANAGER, PASSWORD, kdf=CHEAP_KDF)
    try:
        accounts.add_user(desk, VIEWER, "viewer", PASSWORD)
        profile.save_profile(desk, ProfileData(name="特定非営利活動法人 みどりの会"))
        flagged = cs.create(
            desk,
            ContractorData(
                name="株式会社髙﨑システム",
                services="PC・ネットワークの保守",
                status="active",
                contract_end=TODAY + timedelta(days=400),
                clauses=list(cs.CLAUSES),
            ),
        )
        cs.add_certification(desk, flagged, "pmark", "プライバシーマーク", CERT_EXPIRES)
        kept = cs.create(
            desk,
            ContractorData(
                name="みどり印刷株式会社",
                services="会報誌の印刷",
                status="active",
                contract_end=TODAY + timedelta(days=400),
                clauses=list(cs.CLAUSES),
            ),
        )
        rid = cs.start_review(desk, kept, "selection", today=TODAY)
        _row, template, _answers = cs.review(desk, rid)
        for q in template.questions:
            cs.answer(desk, rid, q.id, "yes")
        cs.finish_review(desk, rid, "fit", "", TODAY, today=TODAY)
    finally:
        desk.close()
    return Office(path, flagged, kept)


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


# -- list contractors ---------------------------------------------------------------------------


def test_list_contractors_prints_each_flag_with_its_reason_in_japanese(
    monkeypatch: pytest.MonkeyPatch, office: Office
) -> None:
    r = run(monkeypatch, office, "list", "contractors")
    assert r.code == 0, r.err
    lines = r.out.splitlines()
    assert lines[0] == render("cli.contractors_header", "ja")
    assert lines[-1] == render("cli.contractors_count", "ja", count=2, flagged=1)
    rows = {int(line.split()[0]): i for i, line in enumerate(lines) if line[:5].strip().isdigit()}
    assert set(rows) == {office.flagged, office.kept}
    flagged = lines[rows[office.flagged]]
    assert "株式会社髙﨑システム" in flagged
    assert render("cli.contractor_status.active", "ja") in flagged
    assert (TODAY + timedelta(days=400)).isoformat() in flagged
    # The flags follow their contractor's row, each in words, the certification by its name.
    start = rows[office.flagged] + 1
    reasons = [line.strip() for line in lines[start:] if line.startswith("        ")]
    no_selection = render("contractor.no_selection", "ja")
    expiring = render(
        "contractor.cert_expiring",
        "ja",
        kind=render("cli.cert_kind.pmark", "ja"),
        date=CERT_EXPIRES.isoformat(),
    )
    assert render("cli.contractor_flag", "ja", text=no_selection) in reasons
    assert render("cli.contractor_flag", "ja", text=expiring) in reasons
    assert "プライバシーマーク" in expiring and "pmark" not in r.out
    kept = lines[rows[office.kept]]
    assert "みどり印刷株式会社" in kept
    due = domain.add_months(TODAY, 12).isoformat()
    assert due in kept
    following = lines[rows[office.kept] + 1] if rows[office.kept] + 1 < len(lines) else ""
    assert not following.startswith("        ")


def test_list_contractors_as_json(monkeypatch: pytest.MonkeyPatch, office: Office) -> None:
    r = run(monkeypatch, office, "list", "contractors", "--json")
    assert r.code == 0, r.err
    rows = {row["id"]: row for row in json.loads(r.out)}
    assert set(rows) == {office.flagged, office.kept}
    flagged = rows[office.flagged]
    assert flagged["name"] == "株式会社髙﨑システム"
    assert flagged["status"] == "active"
    assert flagged["contract_end"] == (TODAY + timedelta(days=400)).isoformat()
    assert flagged["next_review_due"] is None  # no selection yet
    assert flagged["principal_id"] is None and flagged["abroad"] is False
    assert flagged["flags"] == [
        {"code": "contractor.no_selection", "params": {}},
        {
            "code": "contractor.cert_expiring",
            "params": {"kind": "pmark", "date": CERT_EXPIRES.isoformat()},
        },
    ]
    kept = rows[office.kept]
    assert kept["flags"] == []
    assert kept["next_review_due"] == domain.add_months(TODAY, 12).isoformat()


def test_list_contractors_in_english(monkeypatch: pytest.MonkeyPatch, office: Office) -> None:
    r = run(monkeypatch, office, "list", "contractors", "--lang", "en")
    assert r.code == 0, r.err
    assert "under contract" in r.out
    assert render("contractor.no_selection", "en") in r.out
    assert "Privacy Mark" in r.out


def test_a_viewer_may_list_contractors(monkeypatch: pytest.MonkeyPatch, office: Office) -> None:
    r = run(monkeypatch, office, "list", "contractors", user=VIEWER)
    assert r.code == 0, r.err
    assert "株式会社髙﨑システム" in r.out


def test_every_code_the_list_prints_has_a_label() -> None:
    for table, codes in (
        (cli.CONTRACTOR_STATUS_TEXT, domain.STATUSES),
        (cli.CERT_KIND_TEXT, domain.CERT_KINDS),
    ):
        assert set(table) == set(codes)
        for code in table.values():
            assert set(MESSAGES[code]) == set(LANGUAGES), code
    for code in domain.FLAG_CODES:
        assert set(MESSAGES[code]) == set(LANGUAGES), code


# -- form contractor-checklist ----------------------------------------------------------------


def test_the_checklist_is_written_and_reads_back(
    monkeypatch: pytest.MonkeyPatch, office: Office, tmp_path: Path
) -> None:
    out = tmp_path / "checklist.pdf"
    argv = ("form", "contractor-checklist", "--contractor", str(office.flagged), "-o", str(out))
    r = run(monkeypatch, office, *argv)
    assert r.code == 0, r.err
    assert r.out.strip() == render("cli.form_written", "ja", path=str(out))
    text = _text(out.read_bytes())
    assert "株式会社髙﨑システム" in text and "特定非営利活動法人 みどりの会" in text
    assert "適合" in text and "委託先選定" in text  # selection by default


def test_the_checklist_of_another_kind(
    monkeypatch: pytest.MonkeyPatch, office: Office, tmp_path: Path
) -> None:
    out = tmp_path / "periodic.pdf"
    r = run(
        monkeypatch,
        office,
        "form",
        "contractor-checklist",
        "--contractor",
        str(office.kept),
        "--kind",
        "periodic",
        "-o",
        str(out),
        user=VIEWER,  # the form carries no one's personal data
    )
    assert r.code == 0, r.err
    text = _text(out.read_bytes())
    assert "みどり印刷株式会社" in text and "委託先定期点検" in text and "適合" in text


def test_an_unknown_contractor_exits_6(
    monkeypatch: pytest.MonkeyPatch, office: Office, tmp_path: Path
) -> None:
    out = tmp_path / "x.pdf"
    argv = ("form", "contractor-checklist", "--contractor", "9999", "-o", str(out))
    r = run(monkeypatch, office, *argv)
    assert r.code == 6
    assert render("contractors.not_found", "ja", id="9999") in r.err
    assert r.out == "" and not out.exists()
    r = run(monkeypatch, office, *argv, "--lang", "en")
    assert r.code == 6 and render("contractors.not_found", "en", id="9999") in r.err


@pytest.mark.parametrize(
    ("argv", "code"),
    [
        (["form", "contractor-checklist", "-o", "x.pdf"], "cli.form_contractor_needed"),
        (["form", "request", "--contractor", "1", "-o", "x.pdf"], "cli.form_contractor_only"),
        (["form", "request", "--kind", "periodic", "-o", "x.pdf"], "cli.form_contractor_only"),
        (["form", "contractor-checklist", "--contractor", "1", "--kind", "x", "-o", "x.pdf"], ""),
        (["form", "contractor-checklist", "--contractor", "one", "-o", "x.pdf"], ""),
        (["list", "contractor"], ""),
    ],
)
def test_usage_errors_exit_2(
    monkeypatch: pytest.MonkeyPatch, office: Office, argv: list[str], code: str
) -> None:
    r = run(monkeypatch, office, *argv)
    assert r.code == 2
    if code:
        assert render(code, "ja") in r.err
    else:
        assert r.err.startswith(render("cli.usage", "ja", detail="").strip())


def test_help_names_the_new_kinds(monkeypatch: pytest.MonkeyPatch, office: Office) -> None:
    r = run(monkeypatch, office, "form", "--help", "--lang", "en")
    assert r.code == 0
    assert "contractor-checklist" in r.out and "--contractor" in r.out
    assert render("cli.help.checklist_kind", "en")[:30] in " ".join(r.out.split())
    r = run(monkeypatch, office, "list", "--help", "--lang", "en")
    assert r.code == 0 and "contractors" in r.out
