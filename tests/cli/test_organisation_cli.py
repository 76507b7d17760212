"""privacydesk check-notice / list staff / list audits, in-process: the notice check in the
user's language with exit code 0 when the notice and the register agree and 12 when they do
not (or when there is no notice), its JSON, the staff and audit tables with each flag's reason
in words, their JSON with codes, English, and viewers."""

from __future__ import annotations

import io
import json
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

import pytest

from privacydesk import cli
from privacydesk.domain.purposes import PurposeData
from privacydesk.domain.register import EntryData
from privacydesk.errors import ExitCode
from privacydesk.messages import LANGUAGES, MESSAGES, render
from privacydesk.services import accounts, auth, profile, register
from privacydesk.services import internal_audits as ia
from privacydesk.services import notice_check as nc
from privacydesk.services import staff as st
from privacydesk.services.desk import Desk
from privacydesk.services.internal_audits import AuditPlan
from privacydesk.services.profile import ProfileData
from privacydesk.services.staff import StaffData, TrainingData

CHEAP_KDF = auth.KdfParams(n=2**4, r=8, p=1)
MANAGER, STAFF, VIEWER = "kanri", "tantou", "etsuran"
PASSWORD = "correct horse battery"
TODAY = date.today()  # the CLI works on today's date

ORG = "特定非営利活動法人 みどりの会"
PURPOSE = "会報の送付のため"
UNTAGGED = "提供先：アジア人権ネットワーク（フィリピンの提携団体）に相談記録の一部を提供します。"
PASSAGES = (  # (tag, line): each line of the notice but the last is a tagged passage
    ("org_name", f"名称：{ORG}"),
    ("address", "住所：東京都千代田区神田小川町二丁目1番1号"),
    ("representative", "代表者：理事長 山田 太郎"),
    ("purpose", f"利用目的：{PURPOSE}"),
    ("request_procedure", "開示等の請求：本人又は代理人は、所定の請求書により請求できます。"),
    ("fee", "手数料：開示の請求1件につき1,000円"),
    ("security", "安全管理措置：基本方針と取扱規程を定め、安全管理措置を講じています。"),
    ("complaint_desk", "苦情の窓口：個人情報相談窓口"),
)
NOTICE_TEXT = "\n".join(["みどりの会 プライバシーポリシー", *(t for _, t in PASSAGES), UNTAGGED])

# Staff and audits, by their dates.
LEFT_ON = TODAY - timedelta(days=2 * 365)
RECENT_TRAINING = TODAY - timedelta(days=30)
DONE_ON = TODAY - timedelta(days=195)
REPORTED_ON = TODAY - timedelta(days=180)
PLANNED_ON = TODAY + timedelta(days=30)


@dataclass
class Result:
    code: int
    out: str
    err: str


@dataclass
class Office:
    db: Path
    notice: int
    kept: int  # pledge and recent training, with the staff account
    newcomer: int  # no pledge, no training
    former: int  # left two years ago
    reported: int  # done, findings, an action past due, reported
    planned: int  # planned for next month


def _notice(desk: Desk) -> int:
    """The notice with its passages tagged and every register item linked to its passage."""
    row = register.create_notice(
        desk,
        register.NoticeData("プライバシーポリシー", NOTICE_TEXT, TODAY - timedelta(days=30), "web"),
    )
    by_tag = {tag: nc.tag_passage(desk, row.id, tag, text) for tag, text in PASSAGES}
    for u in nc.check(desk).items_unlinked:
        nc.link(desk, u.item.key, by_tag[u.item.tag])
    return row.id


def years(n: int) -> date:
    return TODAY - timedelta(days=n * 365)


def _staff(desk: Desk, staff_account: int) -> tuple[int, int, int]:
    kept = st.create(
        desk, StaffData("山田 一郎", "employee", "相談員（相談記録）", staff_account, years(2))
    )
    newcomer = st.create(
        desk, StaffData("佐藤 花子", "volunteer", "発送作業", None, TODAY - timedelta(days=100))
    )
    former = st.create(
        desk, StaffData("鈴木 次郎", "employee", "会員名簿の管理", None, years(6), LEFT_ON)
    )
    st.add_pledge(desk, kept, years(2), "第2版", today=TODAY)
    st.add_pledge(desk, former, years(6), "第1版", today=TODAY)
    recent = st.create_training(desk, TrainingData(RECENT_TRAINING, "個人情報保護研修"))
    st.set_attendance(desk, recent, [(kept, True)], today=TODAY)
    old = st.create_training(desk, TrainingData(years(3), "個人情報保護研修（旧）"))
    st.set_attendance(desk, old, [(former, True)], today=TODAY)
    return kept, newcomer, former


def _audits(desk: Desk) -> tuple[int, int]:
    reported = ia.plan(
        desk, AuditPlan(DONE_ON - timedelta(days=5), "高橋 監事", "statutory_auditor", "台帳")
    )
    ia.record_done(desk, reported, DONE_ON, "台帳と誓約書を確認した", today=TODAY)
    first = ia.add_finding(desk, reported, "誓約書の未取得者がいる", "major")
    ia.add_finding(desk, reported, "台帳の見直しの遅れ", "minor")
    ia.add_action(desk, reported, "誓約書を取得する", "管理者", TODAY - timedelta(days=10), first)
    ia.report(desk, reported, REPORTED_ON, today=TODAY)
    planned = ia.plan(desk, AuditPlan(PLANNED_ON, "事業部 職員", "other_department", "委託先"))
    return reported, planned


@pytest.fixture
def office(tmp_path: Path) -> Office:
    folder = tmp_path / "office"
    folder.mkdir()
    path = folder / "privacydesk.db"
    desk, _ = auth.create_database(path, MANAGER, PASSWORD, kdf=CHEAP_KDF)
    try:
        staff_account = accounts.add_user(desk, STAFF, "staff", PASSWORD).id
        accounts.add_user(desk, VIEWER, "viewer", PASSWORD)
        profile.save_profile(
            desk,
            ProfileData(
                name=ORG,
                address="東京都千代田区神田小川町二丁目1番1号",
                representative="山田 太郎",
                desk_department="個人情報相談窓口",
                fee_yen=1000,
                payment_methods=["postal_stamps"],
            ),
        )
        purpose = register.create_purpose(
            desk, PurposeData(code="会員-1", text=PURPOSE, subject_group="members")
        )
        register.create_entry(desk, EntryData(name="会員名簿", purpose_ids=[purpose.id]))
        notice = _notice(desk)
        kept, newcomer, former = _staff(desk, staff_account)
        reported, planned = _audits(desk)
    finally:
        desk.close()
    return Office(path, notice, kept, newcomer, former, reported, planned)


def run(monkeypatch: pytest.MonkeyPatch, db: Path, *argv: str, user: str = MANAGER) -> Result:
    monkeypatch.setenv("PRIVACYDESK_USER", user)
    monkeypatch.setenv("PRIVACYDESK_PASSWORD", PASSWORD)
    out, err = io.StringIO(), io.StringIO()
    code = cli.main([*argv, "--db", str(db)], out=out, err=err)
    result = Result(code, out.getvalue(), err.getvalue())
    assert "Traceback" not in result.out + result.err
    return result


def _rows(lines: list[str]) -> dict[int, int]:
    """Line index of each record's row (a row starts with its id)."""
    return {int(line.split()[0]): i for i, line in enumerate(lines) if line[:5].strip().isdigit()}


def _details(lines: list[str], index: int) -> list[str]:
    out = []
    for line in lines[index + 1 :]:
        if not line.startswith("        "):
            break
        out.append(line.strip())
    return out


def _plant_gaps(office: Office) -> str:
    """A purpose the register uses that the notice does not mention, and a passage tagged
    that no register item links to; returns the purpose's text."""
    desk = auth.sign_in(office.db, MANAGER, PASSWORD)
    try:
        text = "寄付の受領と領収書の発行"
        purpose = register.create_purpose(
            desk, PurposeData(code="寄付-1", text=text, subject_group="donors")
        )
        register.create_entry(desk, EntryData(name="寄付者名簿", purpose_ids=[purpose.id]))
        nc.tag_passage(desk, office.notice, "recipient", UNTAGGED)
    finally:
        desk.close()
    return text


# -- check-notice -----------------------------------------------------------------------------


def test_a_consistent_notice_exits_0(monkeypatch: pytest.MonkeyPatch, office: Office) -> None:
    r = run(monkeypatch, office.db, "check-notice")
    assert r.code == 0, r.err
    none = "  " + render("cli.notice_none", "ja")
    assert r.out.splitlines() == [
        render("cli.notice_title", "ja", title="プライバシーポリシー"),
        render("cli.notice_register_only", "ja", count=0),
        none,
        render("cli.notice_notice_only", "ja", count=0),
        none,
        render("cli.notice_linked", "ja", count=8),
        render("cli.notice_consistent", "ja"),
    ]
    assert r.err == ""
    r = run(monkeypatch, office.db, "check-notice", "--json")
    assert r.code == 0, r.err
    found = json.loads(r.out)
    assert found == {
        "notice": office.notice,
        "title": "プライバシーポリシー",
        "consistent": True,
        "linked": 8,
        "register_not_in_notice": [],
        "notice_not_in_register": [],
    }


def test_gaps_are_listed_in_words_and_exit_12(
    monkeypatch: pytest.MonkeyPatch, office: Office
) -> None:
    planted = _plant_gaps(office)
    r = run(monkeypatch, office.db, "check-notice")
    assert r.code == ExitCode.GAPS_FOUND == 12, r.err
    lines = r.out.splitlines()
    item = render(
        "cli.notice_item",
        "ja",
        label=planted,
        tag=render("cli.notice_tag.purpose", "ja"),
        source="利用目的 寄付-1",
    )
    passage = render(
        "cli.notice_passage",
        "ja",
        tag=render("cli.notice_tag.recipient", "ja"),
        text=UNTAGGED[: cli.PASSAGE_START] + "…",
    )
    assert lines == [
        render("cli.notice_title", "ja", title="プライバシーポリシー"),
        render("cli.notice_register_only", "ja", count=1),
        "  - " + item,
        render("cli.notice_notice_only", "ja", count=1),
        "  - " + passage,
        render("cli.notice_linked", "ja", count=8),
        render("cli.notice_gaps", "ja", count=2),
    ]
    assert "台帳にあってポリシーにないもの" in lines[1]
    assert "ポリシーにあって台帳にないもの" in lines[3]


def test_gaps_as_json_exit_12(monkeypatch: pytest.MonkeyPatch, office: Office) -> None:
    planted = _plant_gaps(office)
    r = run(monkeypatch, office.db, "check-notice", "--json")
    assert r.code == 12
    found = json.loads(r.out)  # stdout holds only the JSON; the verdict goes to stderr
    assert found["notice"] == office.notice and found["consistent"] is False
    assert found["linked"] == 8
    [item] = found["register_not_in_notice"]
    assert item["label"] == planted and item["tag"] == "purpose"
    assert item["key"].startswith("purpose:") and item["source"] == "利用目的 寄付-1"
    assert isinstance(item["suggestions"], list)
    [passage] = found["notice_not_in_register"]
    assert passage["tag"] == "recipient" and passage["text"] == UNTAGGED
    assert isinstance(passage["passage"], int)
    assert r.err.strip() == render("cli.notice_gaps", "ja", count=2)


def test_gaps_in_english(monkeypatch: pytest.MonkeyPatch, office: Office) -> None:
    _plant_gaps(office)
    r = run(monkeypatch, office.db, "check-notice", "--lang", "en")
    assert r.code == 12
    for text in (
        "In the register, not in the notice (1)",
        "In the notice, not in the register (1)",
        "(purpose of use; from 利用目的 寄付-1)",
        "third-party recipient: ",
        "2 gap(s) found.",
    ):
        assert text in r.out, text
    assert "台帳にあって" not in r.out


def test_no_notice_exits_12_with_a_clear_message(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    path = tmp_path / "empty.db"
    desk, _ = auth.create_database(path, MANAGER, PASSWORD, kdf=CHEAP_KDF)
    try:
        profile.save_profile(desk, ProfileData(name=ORG))
        items = len(nc.register_items(desk))
    finally:
        desk.close()
    r = run(monkeypatch, path, "check-notice")
    assert r.code == 12
    assert r.out == ""
    assert r.err.strip() == render("cli.notice_missing", "ja", count=items)
    assert "プライバシーポリシーが登録されていません" in r.err
    r = run(monkeypatch, path, "check-notice", "--json", "--lang", "en")
    assert r.code == 12
    found = json.loads(r.out)
    assert found["notice"] is None and found["title"] is None and found["consistent"] is False
    assert found["register_not_in_notice"][0]["label"] == ORG
    assert "No privacy notice is registered" in r.err


# -- list staff --------------------------------------------------------------------------------


def test_list_staff_in_japanese(monkeypatch: pytest.MonkeyPatch, office: Office) -> None:
    r = run(monkeypatch, office.db, "list", "staff")
    assert r.code == 0, r.err
    lines = r.out.splitlines()
    assert lines[0] == render("cli.staff_header", "ja")
    assert lines[-1] == render("cli.staff_count", "ja", count=3, flagged=1)
    rows = _rows(lines)
    assert set(rows) == {office.kept, office.newcomer, office.former}
    kept = lines[rows[office.kept]]
    for text in ("山田 一郎", "職員", "相談員（相談記録）", RECENT_TRAINING.isoformat()):
        assert text in kept, text
    assert _details(lines, rows[office.kept]) == []
    newcomer = lines[rows[office.newcomer]]
    assert "佐藤 花子" in newcomer and "ボランティア" in newcomer
    assert newcomer.endswith("-  -  -")  # no end, no pledge, no training
    assert _details(lines, rows[office.newcomer]) == [
        render("cli.staff_flag", "ja", text=render("staff.no_pledge", "ja")),
        render("cli.staff_flag", "ja", text=render("staff.training_overdue", "ja")),
    ]
    former = lines[rows[office.former]]
    assert LEFT_ON.isoformat() in former
    assert _details(lines, rows[office.former]) == []  # left: nothing asked of them


def test_list_staff_as_json(monkeypatch: pytest.MonkeyPatch, office: Office) -> None:
    r = run(monkeypatch, office.db, "list", "staff", "--json")
    assert r.code == 0, r.err
    rows = {row["id"]: row for row in json.loads(r.out)}
    kept = rows[office.kept]
    assert (kept["name"], kept["kind"], kept["role"]) == (
        "山田 一郎",
        "employee",
        "相談員（相談記録）",
    )
    assert kept["account"] == STAFF and isinstance(kept["account_id"], int)
    assert kept["last_training_on"] == RECENT_TRAINING.isoformat()
    assert kept["active"] is True and kept["end_on"] is None and kept["flags"] == []
    newcomer = rows[office.newcomer]
    assert newcomer["account"] is None and newcomer["last_pledge_on"] is None
    assert newcomer["flags"] == [
        {"code": "staff.no_pledge", "params": {}},
        {"code": "staff.training_overdue", "params": {"date": ""}},
    ]
    former = rows[office.former]
    assert former["active"] is False and former["end_on"] == LEFT_ON.isoformat()
    assert former["flags"] == []


def test_list_staff_in_english(monkeypatch: pytest.MonkeyPatch, office: Office) -> None:
    r = run(monkeypatch, office.db, "list", "staff", "--lang", "en")
    assert r.code == 0, r.err
    assert r.out.splitlines()[0] == render("cli.staff_header", "en")
    for text in ("Employee", "Volunteer", "attention: No signed pledge", "3 people, 1 needing"):
        assert text in r.out, text
    assert "要確認" not in r.out


# -- list audits ---------------------------------------------------------------------------------


def test_list_audits_in_japanese(monkeypatch: pytest.MonkeyPatch, office: Office) -> None:
    r = run(monkeypatch, office.db, "list", "audits")
    assert r.code == 0, r.err
    lines = r.out.splitlines()
    assert lines[0] == render("cli.audits_header", "ja")
    assert lines[-1] == render("cli.audits_count", "ja", count=2, flagged=1)
    rows = _rows(lines)
    assert rows[office.planned] < rows[office.reported]  # the newest plan first
    reported = lines[rows[office.reported]]
    kind = render("internal_audits.auditor_kind.statutory_auditor", "ja")
    for text in (
        DONE_ON.isoformat(),
        render("cli.audit_auditor", "ja", name="高橋 監事", kind=kind),
        render("internal_audits.state.reported", "ja"),
        REPORTED_ON.isoformat(),
        render("cli.audit_findings", "ja", count=2),
        render("cli.audit_actions", "ja", open=1, overdue=1),
    ):
        assert text in reported, text
    assert _details(lines, rows[office.reported]) == [
        render("cli.audit_flag", "ja", text=render("internal_audit.action_overdue", "ja", count=1))
    ]
    planned = lines[rows[office.planned]]
    assert PLANNED_ON.isoformat() in planned
    assert render("internal_audits.state.planned", "ja") in planned
    assert render("cli.audit_actions", "ja", open=0, overdue=0) in planned
    assert _details(lines, rows[office.planned]) == []


def test_list_audits_as_json(monkeypatch: pytest.MonkeyPatch, office: Office) -> None:
    r = run(monkeypatch, office.db, "list", "audits", "--json")
    assert r.code == 0, r.err
    rows = {row["id"]: row for row in json.loads(r.out)}
    reported = rows[office.reported]
    assert reported["done_on"] == DONE_ON.isoformat()
    assert reported["reported_on"] == REPORTED_ON.isoformat()
    assert (reported["auditor"], reported["auditor_kind"]) == ("高橋 監事", "statutory_auditor")
    assert (reported["state"], reported["findings"]) == ("reported", 2)
    assert (reported["open_actions"], reported["overdue_actions"]) == (1, 1)
    assert reported["flags"] == [{"code": "internal_audit.action_overdue", "params": {"count": 1}}]
    planned = rows[office.planned]
    assert planned["state"] == "planned" and planned["done_on"] is None
    assert planned["planned_on"] == PLANNED_ON.isoformat() and planned["flags"] == []


def test_list_audits_in_english(monkeypatch: pytest.MonkeyPatch, office: Office) -> None:
    r = run(monkeypatch, office.db, "list", "audits", "--lang", "en")
    assert r.code == 0, r.err
    for text in (
        "高橋 監事 (Statutory auditor (監事))",
        "Reported to the board",
        "Planned",
        "2 finding(s)",
        "1 open corrective action(s), 1 past due",
        "attention: 1 corrective actions are past due",
        "2 audit(s), 1 needing attention",
    ):
        assert text in r.out, text
    assert "理事会報告済" not in r.out


# -- everyone may look; labels and help -------------------------------------------------------


def test_a_viewer_may_run_all_three(monkeypatch: pytest.MonkeyPatch, office: Office) -> None:
    assert run(monkeypatch, office.db, "check-notice", user=VIEWER).code == 0
    for kind in ("staff", "audits"):
        r = run(monkeypatch, office.db, "list", kind, user=VIEWER)
        assert r.code == 0, r.err
        assert len(r.out.splitlines()) > 2


def test_every_code_printed_has_a_label() -> None:
    for table, codes in (
        (cli.NOTICE_TAG_TEXT, nc.TAGS),
        (cli.STAFF_KIND_TEXT, st.KINDS),
        (cli.AUDITOR_KIND_TEXT, ia.AUDITOR_KINDS),
        (cli.AUDIT_STATE_TEXT, ia.STATES),
    ):
        assert set(table) == set(codes)
        for code in table.values():
            assert set(MESSAGES[code]) == set(LANGUAGES), code
    for code in (*st.FLAG_CODES, *ia.FLAG_CODES):
        assert set(MESSAGES[code]) == set(LANGUAGES), code


def test_help_names_the_new_commands(monkeypatch: pytest.MonkeyPatch, office: Office) -> None:
    r = run(monkeypatch, office.db, "--help", "--lang", "en")
    assert r.code == 0 and "check-notice" in r.out
    r = run(monkeypatch, office.db, "check-notice", "--help", "--lang", "en")
    assert r.code == 0 and "exit code 12" in " ".join(r.out.split())
    r = run(monkeypatch, office.db, "list", "--help", "--lang", "en")
    assert r.code == 0
    text = " ".join(r.out.split())
    assert "staff" in text and "audits" in text and "internal audits" in text
