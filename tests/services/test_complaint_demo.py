"""The demo's complaints and leak incidents: made through the services at a small scale, every
status, channel and category, persons in the register and anonymous callers, handlers, targets
past; incidents for every circumstance of Enforcement Rules Article 7 and the ones that are not
reportable, past a deadline, closed, at a contractor, and opened from a misdelivered letter."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pytest

from privacydesk.domain import incidents as incidents_domain
from privacydesk.services import accounts, auth, demo
from privacydesk.services import complaints as cp
from privacydesk.services import incidents as inc
from privacydesk.services import requests as rq
from privacydesk.services.complaint_demo import MIN_COMPLAINTS

TODAY = date(2026, 11, 24)
CHEAP_KDF = auth.KdfParams(n=2**4, r=8, p=1)  # as in tests/conftest.py
MANAGER = "kanri"
PASSWORD = "correct horse battery"
OPEN = ("received", "investigating", "answered")


@dataclass(frozen=True)
class Demo:
    summary: demo.DemoSummary
    complaints: list[cp.ComplaintDetail]
    incidents: list[inc.IncidentView]
    mailings: dict[int, rq.MailingRow]
    roles: dict[str, str]  # username: role


@pytest.fixture(scope="module")
def made(tmp_path_factory: pytest.TempPathFactory) -> Demo:
    """One small demo for the whole module, in its own app data folder like every test."""
    folder = tmp_path_factory.mktemp("demo")
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("PRIVACYDESK_HOME", str(folder / "home"))
        return _build(folder)


def _build(folder: Path) -> Demo:
    desk, _sheet = auth.create_database(
        folder / "privacydesk.db", MANAGER, PASSWORD, kdf=CHEAP_KDF, backup_root=folder / "b"
    )
    try:
        summary = demo.fill(desk, 10, today=TODAY)
        complaints = [
            cp.get(desk, r.id, today=TODAY) for r in cp.list_complaints(desk, today=TODAY)
        ]
        incidents = [
            inc.get(desk, r.id, today=TODAY) for r in inc.list_incidents(desk, today=TODAY)
        ]
        mailings = {m.id: m for m in rq.mailing_log(desk)}
        roles = {a.username: a.role.value for a in accounts.list_users(desk)}
    finally:
        desk.close()
    return Demo(summary, complaints, incidents, mailings, roles)


# -- complaints -------------------------------------------------------------------------------


def test_at_least_ten_complaints_in_every_status(made: Demo) -> None:
    rows = [c.row for c in made.complaints]
    assert made.summary.complaints == len(rows) >= max(10, MIN_COMPLAINTS)
    assert {r.status for r in rows} == set(cp.STATUSES)


def test_every_channel_and_category(made: Demo) -> None:
    rows = [c.row for c in made.complaints]
    assert {r.channel for r in rows} == set(cp.CHANNELS)
    assert {r.category for r in rows} == set(cp.CATEGORIES)


def test_persons_in_the_register_named_callers_and_anonymous_ones(made: Demo) -> None:
    in_register = [c for c in made.complaints if c.subject_id is not None]
    named = [c for c in made.complaints if c.subject_id is None and c.row.complainant]
    anonymous = [c for c in made.complaints if c.subject_id is None and not c.row.complainant]
    assert in_register and named and anonymous
    assert all(c.row.complainant for c in in_register)  # the register's name, as received


def test_links_to_entries_requests_and_contractors(made: Demo) -> None:
    kinds = {link_type for c in made.complaints for link_type, _id in c.links}
    assert kinds == {"entry", "request", "contractor"}


def test_handlers_are_the_demos_staff_and_some_are_unassigned(made: Demo) -> None:
    handlers = {c.row.handler for c in made.complaints if c.row.handler_id is not None}
    assert handlers and all(made.roles[h] in ("staff", "manager") for h in handlers)
    assert "staff1" in handlers and "staff2" in handlers
    assert any(c.row.handler_id is None and c.row.status in OPEN for c in made.complaints)


def test_some_are_past_their_target(made: Demo) -> None:
    overdue = [c.row for c in made.complaints if c.row.overdue]
    assert len(overdue) >= 2
    assert all(r.status in ("received", "investigating") for r in overdue)
    assert any(
        c.row.status in ("received", "investigating") for c in made.complaints if not c.row.overdue
    )


def test_timelines_hold_actions_and_replies_and_dates_stay_in_the_past(made: Demo) -> None:
    assert sum(1 for c in made.complaints for t in c.timeline if t.kind == "action") >= 10
    for c in made.complaints:
        assert c.row.received_at.date() <= TODAY
        assert c.row.received_at.date() <= c.row.target_on
        actions = [t.when.date() for t in c.timeline if t.kind == "action"]
        assert all(c.row.received_at.date() <= d <= TODAY for d in actions)
        if c.row.status in ("answered", "closed"):
            assert c.reply_content and c.reply_method and c.reply_on is not None
            assert c.row.received_at.date() <= c.reply_on <= TODAY
        if c.row.status in ("closed", "withdrawn"):
            assert c.row.closed_on is not None and c.row.closed_on <= TODAY
            assert c.summary
    # The reply reopened one inquiry: it went back from answered to investigating.
    assert any(
        (t.field, t.old, t.new) == ("status", "answered", "investigating")
        for c in made.complaints
        for t in c.timeline
    )


# -- incidents --------------------------------------------------------------------------------


def test_a_handful_of_incidents_with_every_reason(made: Demo) -> None:
    assert made.summary.incidents == len(made.incidents)
    assert 6 <= len(made.incidents) <= 10
    reasons = {code for v in made.incidents for code in v.judgement.reasons}
    assert set(incidents_domain.REASONS) <= reasons
    # Each circumstance has an incident of its own, where it is the only reason.
    alone = {v.judgement.reasons for v in made.incidents if len(v.judgement.reasons) == 1}
    assert {(code,) for code in incidents_domain.REASONS} <= alone
    assert {v.data.kind for v in made.incidents} == set(inc.KINDS)
    assert all(v.data.known_on <= TODAY for v in made.incidents)  # type: ignore[operator]


def test_not_reportable_and_exempt_by_encryption(made: Demo) -> None:
    plain = [v for v in made.incidents if v.judgement.reasons == ("incident.not_reportable",)]
    assert plain and all(not v.deadlines for v in plain)
    assert any((v.data.persons or 0) <= 2 and not v.data.sensitive for v in plain)
    (encrypted,) = [
        v for v in made.incidents if v.judgement.reasons == ("incident.exempt_encrypted",)
    ]
    assert not encrypted.judgement.reportable
    assert encrypted.data.sensitive and (encrypted.data.persons or 0) > 1000


def test_one_past_its_final_deadline_and_one_closed_with_every_step_done(made: Demo) -> None:
    late = [
        v
        for v in made.incidents
        if v.status == "open"
        and any(d.step == "final" and d.done_on is None and d.due < TODAY for d in v.deadlines)
    ]
    assert late
    closed = [v for v in made.incidents if v.status == "closed" and v.judgement.reportable]
    assert closed and all(d.done_on is not None for v in closed for d in v.deadlines)
    assert all(v.closed_on is not None and v.closed_on <= TODAY for v in closed)


def test_the_wrongful_one_has_sixty_days(made: Demo) -> None:
    (wrongful,) = [v for v in made.incidents if v.data.wrongful]
    final = next(d for d in wrongful.deadlines if d.step == "final")
    assert final.rule_params == {"days": 60}


def test_one_at_a_contractor_and_one_from_a_misdelivered_letter(made: Demo) -> None:
    assert any(v.data.contractor_id is not None and v.data.financial for v in made.incidents)
    (opened,) = [v for v in made.incidents if v.mailing_id is not None]
    mailing = made.mailings[opened.mailing_id]  # type: ignore[index]
    assert mailing.status == "misdelivered" and mailing.status_on == opened.data.known_on
    assert opened.data.persons == 1 and opened.status == "open"
