"""privacydesk list complaints / list incidents, in-process: the tables in the user's language
(each incident's reasons and deadlines in words, with their rules), their JSON with codes,
usage errors with exit code 2, and viewers."""

from __future__ import annotations

import io
import json
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from pathlib import Path

import pytest

from privacydesk import cli
from privacydesk.domain import incidents as incidents_domain
from privacydesk.messages import LANGUAGES, MESSAGES, render
from privacydesk.services import accounts, auth, profile
from privacydesk.services import complaints as cp
from privacydesk.services import incidents as inc
from privacydesk.services.complaints import ComplaintInput
from privacydesk.services.incidents import IncidentData
from privacydesk.services.profile import ProfileData

CHEAP_KDF = auth.KdfParams(n=2**4, r=8, p=1)
MANAGER, STAFF, VIEWER = "kanri", "tantou", "etsuran"
PASSWORD = "correct horse battery"
TODAY = date.today()  # the CLI works on today's date
LATE = TODAY - timedelta(days=30)  # received long before its target (14 days by default)
LATE_AT = datetime.combine(LATE, time(10, 30))
FRESH_AT = datetime.combine(TODAY - timedelta(days=2), time(14, 5))
MANY_KNOWN = TODAY - timedelta(days=45)  # the final report (30 days) is past due
WRONGFUL_KNOWN = TODAY - timedelta(days=5)


@dataclass
class Result:
    code: int
    out: str
    err: str


@dataclass
class Office:
    db: Path
    late: int  # received, past its target, handled by STAFF
    late_target: date
    fresh: int  # anonymous, by email, no handler yet
    closed: int  # answered and closed
    many: int  # 1,240 persons: reportable; preliminary and notice done, final overdue
    wrongful: int  # sensitive data, possibly wrongful: two reasons, 60 days; nothing done
    few: int  # two persons, nothing sensitive: not reportable; closed
    encrypted: int  # exempt by encryption


@pytest.fixture
def office(tmp_path: Path) -> Office:
    folder = tmp_path / "office"
    folder.mkdir()
    path = folder / "privacydesk.db"
    desk, _ = auth.create_database(path, MANAGER, PASSWORD, kdf=CHEAP_KDF)
    try:
        accounts.add_user(desk, STAFF, "staff", PASSWORD)
        accounts.add_user(desk, VIEWER, "viewer", PASSWORD)
        staff_id = next(a.id for a in accounts.list_users(desk) if a.username == STAFF)
        profile.save_profile(desk, ProfileData(name="特定非営利活動法人 みどりの会"))

        def receive(at: datetime, channel: str, category: str, **kw: object) -> int:
            data = ComplaintInput(at, channel, category, "会報の送付を止めてほしい", **kw)  # type: ignore[arg-type]
            return cp.receive(desk, data, at=datetime.combine(TODAY, time(23, 59)))

        late = receive(LATE_AT, "phone", "handling", complainant="山田 一郎", handler_id=staff_id)
        late_target = cp.get(desk, late, today=TODAY).row.target_on
        fresh = receive(FRESH_AT, "email", "security")
        closed = receive(LATE_AT, "visit", "staff", complainant="佐藤 花子")
        cp.move(desk, closed, "investigating", today=LATE + timedelta(days=1))
        answered_on = LATE + timedelta(days=3)
        cp.move(
            desk,
            closed,
            "answered",
            reply_content="説明し、お詫びした",
            reply_on=answered_on,
            reply_method="phone",
            today=answered_on,
        )
        cp.move(desk, closed, "closed", summary="説明の不足", today=answered_on)

        many = inc.create(
            desk,
            IncidentData(kind="loss", known_on=MANY_KNOWN, persons=1240, items="氏名、住所"),
            today=TODAY,
        )
        inc.record_step(desk, many, "preliminary", MANY_KNOWN + timedelta(days=2), today=TODAY)
        notice_on = MANY_KNOWN + timedelta(days=4)
        inc.record_step(desk, many, "notice", notice_on, "public", today=TODAY)
        wrongful = inc.create(
            desk,
            IncidentData(
                known_on=WRONGFUL_KNOWN,
                possible=True,
                persons=180,
                persons_estimated=True,
                sensitive=True,
                wrongful=True,
            ),
            today=TODAY,
        )
        few = inc.create(desk, IncidentData(known_on=TODAY, persons=2), today=TODAY)
        inc.close(desk, few, today=TODAY)
        encrypted = inc.create(
            desk,
            IncidentData(kind="loss", known_on=TODAY, persons=3100, sensitive=True, encrypted=True),
            today=TODAY,
        )
    finally:
        desk.close()
    return Office(path, late, late_target, fresh, closed, many, wrongful, few, encrypted)


def run(monkeypatch: pytest.MonkeyPatch, office: Office, *argv: str, user: str = MANAGER) -> Result:
    monkeypatch.setenv("PRIVACYDESK_USER", user)
    monkeypatch.setenv("PRIVACYDESK_PASSWORD", PASSWORD)
    out, err = io.StringIO(), io.StringIO()
    code = cli.main([*argv, "--db", str(office.db)], out=out, err=err)
    result = Result(code, out.getvalue(), err.getvalue())
    assert "Traceback" not in result.out + result.err
    return result


def _rows(lines: list[str]) -> dict[int, int]:
    """Line index of each record's row (a row starts with its id)."""
    return {int(line.split()[0]): i for i, line in enumerate(lines) if line[:5].strip().isdigit()}


def _number(complaint_id: int, at: datetime) -> str:
    return f"苦情{at.year}-{complaint_id:04d}"


def _final_due(known: date, wrongful: bool) -> date:
    return incidents_domain.final_due(known, wrongful, first_day_counts=True)


# -- list complaints --------------------------------------------------------------------------


def test_list_complaints_prints_a_table_in_japanese(
    monkeypatch: pytest.MonkeyPatch, office: Office
) -> None:
    r = run(monkeypatch, office, "list", "complaints")
    assert r.code == 0, r.err
    lines = r.out.splitlines()
    assert lines[0] == render("cli.complaints_header", "ja")
    assert lines[-1] == render("cli.complaints_count", "ja", count=3, overdue=1)
    rows = _rows(lines)
    assert set(rows) == {office.late, office.fresh, office.closed}
    late = lines[rows[office.late]]
    assert _number(office.late, LATE_AT) in late
    assert LATE_AT.strftime("%Y-%m-%d %H:%M") in late
    assert render("cli.complaint_channel.phone", "ja") in late
    assert render("cli.complaint_category.handling", "ja") in late
    assert render("cli.complaint_status.received", "ja") in late
    assert STAFF in late
    assert late.endswith(render("cli.complaint_overdue", "ja", date=office.late_target.isoformat()))
    fresh = lines[rows[office.fresh]]
    assert render("cli.complaint_channel.email", "ja") in fresh
    assert render("cli.complaint_category.security", "ja") in fresh
    assert render("cli.complaint_unassigned", "ja") in fresh
    assert "超過" not in fresh
    closed = lines[rows[office.closed]]
    assert render("cli.complaint_status.closed", "ja") in closed
    assert render("cli.complaint_channel.visit", "ja") in closed
    assert "超過" not in closed  # a closed complaint is never overdue
    # The newest first, as the complaints page lists them.
    assert rows[office.fresh] < rows[office.late]


def test_list_complaints_as_json(monkeypatch: pytest.MonkeyPatch, office: Office) -> None:
    r = run(monkeypatch, office, "list", "complaints", "--json")
    assert r.code == 0, r.err
    rows = {row["id"]: row for row in json.loads(r.out)}
    assert set(rows) == {office.late, office.fresh, office.closed}
    late = rows[office.late]
    assert late["number"] == _number(office.late, LATE_AT)
    assert late["received_at"] == LATE_AT.isoformat(timespec="minutes")
    assert (late["channel"], late["category"], late["status"]) == ("phone", "handling", "received")
    assert late["handler"] == STAFF and isinstance(late["handler_id"], int)
    assert late["target_on"] == office.late_target.isoformat()
    assert late["overdue"] is True and late["closed_on"] is None
    fresh = rows[office.fresh]
    assert fresh["handler"] is None and fresh["handler_id"] is None
    assert fresh["overdue"] is False
    closed = rows[office.closed]
    assert closed["status"] == "closed" and closed["overdue"] is False
    assert closed["closed_on"] == (LATE + timedelta(days=3)).isoformat()


def test_list_complaints_in_english(monkeypatch: pytest.MonkeyPatch, office: Office) -> None:
    r = run(monkeypatch, office, "list", "complaints", "--lang", "en")
    assert r.code == 0, r.err
    assert r.out.splitlines()[0] == render("cli.complaints_header", "en")
    for text in ("received", "closed", "phone", "staff conduct", "unassigned", "(overdue)"):
        assert text in r.out, text
    assert render("cli.complaints_count", "en", count=3, overdue=1) in r.out
    assert "受付" not in r.out


# -- list incidents ---------------------------------------------------------------------------


def test_list_incidents_prints_reasons_and_deadlines_in_japanese(
    monkeypatch: pytest.MonkeyPatch, office: Office
) -> None:
    r = run(monkeypatch, office, "list", "incidents")
    assert r.code == 0, r.err
    lines = r.out.splitlines()
    assert lines[0] == render("cli.incidents_header", "ja")
    assert lines[-1] == render("cli.incidents_count", "ja", count=4, open=3)
    rows = _rows(lines)
    assert set(rows) == {office.many, office.wrongful, office.few, office.encrypted}

    def details(incident_id: int) -> list[str]:
        start = rows[incident_id] + 1
        out = []
        for line in lines[start:]:
            if not line.startswith("        "):
                break
            out.append(line.strip())
        return out

    many = lines[rows[office.many]]
    assert incidents_domain.number_of(office.many, MANY_KNOWN) in many
    assert render("cli.incident_kind.loss", "ja") in many
    assert MANY_KNOWN.isoformat() in many
    assert render("cli.incident_persons", "ja", count="1,240") in many
    assert render("cli.incident_reportable", "ja") in many
    assert render("cli.incident_status.open", "ja") in many
    final = _final_due(MANY_KNOWN, False)
    step = render("incident.step.final", "ja")
    assert render("cli.incident_next", "ja", step=step, date=final.isoformat()) in many
    reason = render("incident.reason_many", "ja")
    prelim_on = (MANY_KNOWN + timedelta(days=2)).isoformat()
    assert details(office.many) == [
        render("cli.incident_reason", "ja", text=reason),
        render(
            "cli.incident_deadline",
            "ja",
            date=(MANY_KNOWN + timedelta(days=3)).isoformat(),
            rule=render("incident.rule_preliminary", "ja", days=3),
            done=render("cli.incident_step_done", "ja", date=prelim_on),
        ),
        render(
            "cli.incident_deadline",
            "ja",
            date=(MANY_KNOWN + timedelta(days=3)).isoformat(),
            rule=render("incident.rule_notice", "ja", days=3),
            done=render(
                "cli.incident_step_done", "ja", date=(MANY_KNOWN + timedelta(days=4)).isoformat()
            ),
        ),
        render(
            "cli.incident_deadline",
            "ja",
            date=final.isoformat(),
            rule=render("incident.rule_final_day1", "ja", days=30),
            done=render("cli.incident_step_overdue", "ja"),
        ),
    ]

    wrongful = lines[rows[office.wrongful]]
    assert render("cli.incident_possible", "ja", kind=render("cli.incident_kind.leak", "ja")) in (
        wrongful
    )
    assert render("cli.incident_persons_estimated", "ja", count="180") in wrongful
    found = details(office.wrongful)
    for code in ("incident.reason_sensitive", "incident.reason_wrongful"):
        assert render("cli.incident_reason", "ja", text=render(code, "ja")) in found
    final_line = found[-1]
    assert _final_due(WRONGFUL_KNOWN, True).isoformat() in final_line
    assert render("incident.rule_final_day1", "ja", days=60) in final_line
    assert render("cli.incident_step_open", "ja") in final_line

    few = lines[rows[office.few]]
    assert render("cli.incident_not_reportable", "ja") in few
    assert render("cli.incident_status.closed", "ja") in few
    assert few.split()[-1] == "-"  # no next deadline
    assert details(office.few) == [
        render("cli.incident_reason", "ja", text=render("incident.not_reportable", "ja"))
    ]
    assert details(office.encrypted) == [
        render("cli.incident_reason", "ja", text=render("incident.exempt_encrypted", "ja"))
    ]


def test_list_incidents_as_json(monkeypatch: pytest.MonkeyPatch, office: Office) -> None:
    r = run(monkeypatch, office, "list", "incidents", "--json")
    assert r.code == 0, r.err
    rows = {row["id"]: row for row in json.loads(r.out)}
    assert set(rows) == {office.many, office.wrongful, office.few, office.encrypted}
    many = rows[office.many]
    assert many["number"] == incidents_domain.number_of(office.many, MANY_KNOWN)
    assert (many["kind"], many["possible"], many["known_on"]) == (
        "loss",
        False,
        MANY_KNOWN.isoformat(),
    )
    assert many["persons"] == 1240 and many["persons_estimated"] is False
    assert many["reportable"] is True and many["reasons"] == ["incident.reason_many"]
    prelim = (MANY_KNOWN + timedelta(days=3)).isoformat()
    final = _final_due(MANY_KNOWN, False).isoformat()
    assert many["deadlines"] == [
        {
            "step": "preliminary",
            "due_on": prelim,
            "rule": "incident.rule_preliminary",
            "rule_params": {"days": 3},
            "done_on": (MANY_KNOWN + timedelta(days=2)).isoformat(),
            "overdue": False,
        },
        {
            "step": "notice",
            "due_on": prelim,
            "rule": "incident.rule_notice",
            "rule_params": {"days": 3},
            "done_on": (MANY_KNOWN + timedelta(days=4)).isoformat(),
            "overdue": False,
        },
        {
            "step": "final",
            "due_on": final,
            "rule": "incident.rule_final_day1",
            "rule_params": {"days": 30},
            "done_on": None,
            "overdue": True,
        },
    ]
    assert many["next"]["step"] == "final" and many["next"]["due_on"] == final
    assert many["status"] == "open" and many["closed_on"] is None
    wrongful = rows[office.wrongful]
    assert wrongful["reasons"] == ["incident.reason_sensitive", "incident.reason_wrongful"]
    assert wrongful["possible"] is True and wrongful["persons_estimated"] is True
    assert wrongful["deadlines"][-1]["rule_params"] == {"days": 60}
    few = rows[office.few]
    assert few["reportable"] is False and few["reasons"] == ["incident.not_reportable"]
    assert few["deadlines"] == [] and few["next"] is None
    assert few["status"] == "closed" and few["closed_on"] == TODAY.isoformat()
    assert rows[office.encrypted]["reasons"] == ["incident.exempt_encrypted"]


def test_list_incidents_in_english(monkeypatch: pytest.MonkeyPatch, office: Office) -> None:
    r = run(monkeypatch, office, "list", "incidents", "--lang", "en")
    assert r.code == 0, r.err
    assert r.out.splitlines()[0] == render("cli.incidents_header", "en")
    for code in ("incident.reason_many", "incident.reason_wrongful", "incident.exempt_encrypted"):
        assert render(code, "en") in r.out, code
    assert render("incident.rule_final_day1", "en", days=60) in r.out
    for text in ("not reportable", "leak (possible)", "about 180 persons", "not done, past due"):
        assert text in r.out, text
    assert "報告" not in r.out


def test_a_viewer_may_list_both(monkeypatch: pytest.MonkeyPatch, office: Office) -> None:
    for kind in ("complaints", "incidents"):
        r = run(monkeypatch, office, "list", kind, user=VIEWER)
        assert r.code == 0, r.err
        assert len(r.out.splitlines()) > 2


def test_empty_lists_print_only_the_count(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    path = tmp_path / "empty.db"
    desk, _ = auth.create_database(path, MANAGER, PASSWORD, kdf=CHEAP_KDF)
    desk.close()
    empty = Office(path, 0, TODAY, 0, 0, 0, 0, 0, 0)
    r = run(monkeypatch, empty, "list", "complaints")
    assert r.code == 0 and r.out.splitlines() == [
        render("cli.complaints_count", "ja", count=0, overdue=0)
    ]
    r = run(monkeypatch, empty, "list", "incidents", "--json")
    assert r.code == 0 and json.loads(r.out) == []


def test_every_code_the_lists_print_has_a_label() -> None:
    for table, codes in (
        (cli.COMPLAINT_STATUS_TEXT, cp.STATUSES),
        (cli.COMPLAINT_CHANNEL_TEXT, cp.CHANNELS),
        (cli.COMPLAINT_CATEGORY_TEXT, cp.CATEGORIES),
        (cli.INCIDENT_KIND_TEXT, inc.KINDS),
        (cli.INCIDENT_STATUS_TEXT, ("open", "closed")),
        (cli.INCIDENT_STEP_TEXT, ("preliminary", "final", "notice")),
    ):
        assert set(table) == set(codes)
        for code in table.values():
            assert set(MESSAGES[code]) == set(LANGUAGES), code
    for code in (
        *incidents_domain.REASONS,
        "incident.not_reportable",
        "incident.exempt_encrypted",
        "incident.rule_preliminary",
        "incident.rule_notice",
        "incident.rule_final_day1",
        "incident.rule_final_civil",
    ):
        assert set(MESSAGES[code]) == set(LANGUAGES), code


@pytest.mark.parametrize("argv", [["list", "complaint"], ["list", "incident", "--json"]])
def test_usage_errors_exit_2(
    monkeypatch: pytest.MonkeyPatch, office: Office, argv: list[str]
) -> None:
    r = run(monkeypatch, office, *argv)
    assert r.code == 2
    assert r.err.startswith(render("cli.usage", "ja", detail="").strip())


def test_help_names_the_new_kinds(monkeypatch: pytest.MonkeyPatch, office: Office) -> None:
    r = run(monkeypatch, office, "list", "--help", "--lang", "en")
    assert r.code == 0
    assert "complaints" in r.out and "incidents" in r.out
    assert "leak incidents" in " ".join(r.out.split())
    r = run(monkeypatch, office, "--help")
    assert r.code == 0 and "incidents" in r.out
