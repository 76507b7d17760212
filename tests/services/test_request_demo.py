"""The demo's data-subject requests: made through the services at a small scale, in every
state, by every kind of requester, with real numbered letters, on office days."""

from __future__ import annotations

from collections import Counter
from datetime import date
from pathlib import Path

import pytest

from privacydesk.domain import calendar
from privacydesk.domain import requests as domain
from privacydesk.services import auth, demo
from privacydesk.services import requests as rq
from privacydesk.services.request_demo import MIN_REQUESTS

TODAY = date(2026, 11, 24)
CHEAP_KDF = auth.KdfParams(n=2**4, r=8, p=1)  # as in tests/conftest.py
MANAGER = "kanri"
PASSWORD = "correct horse battery"
Views = tuple[list[rq.RequestRow], list[rq.RequestView], list[rq.MailingRow], set[date]]


@pytest.fixture(scope="module")
def views(tmp_path_factory: pytest.TempPathFactory) -> Views:
    """One small demo for the whole module (it issues about fifty letters), in its own app
    data folder like every test."""
    folder = tmp_path_factory.mktemp("demo")
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("PRIVACYDESK_HOME", str(folder / "home"))
        return _build(folder)


def _build(folder: Path) -> Views:
    desk, _sheet = auth.create_database(
        folder / "privacydesk.db", MANAGER, PASSWORD, kdf=CHEAP_KDF, backup_root=folder / "b"
    )
    try:
        summary = demo.fill(desk, 10, today=TODAY)
        rows = rq.list_requests(desk, today=TODAY)
        assert summary.requests == len(rows)
        full = [rq.get(desk, r.id, today=TODAY) for r in rows]
        log = rq.mailing_log(desk)
        with desk.uow() as s:
            cal = calendar.office_calendar(s)
            received = {v.received_on for v in full}
            open_days = {d for d in received if cal.is_open(d)}
    finally:
        desk.close()
    return rows, full, log, open_days


def test_at_least_twenty_requests_in_every_state(views: Views) -> None:
    rows, _full, _log, _open = views
    assert len(rows) >= 20 and len(rows) >= MIN_REQUESTS
    assert set(Counter(r.state for r in rows)) == set(domain.STATES)


def test_every_kind_of_requester(views: Views) -> None:
    rows, full, _log, _open = views
    assert {r.requester_kind for r in rows} == set(domain.REQUESTER_KINDS)
    relations = {v.agent_relation for v in full if v.requester_kind == "legal_rep"}
    assert any(r.startswith("親権者") for r in relations)
    assert any(r.startswith("成年後見人") for r in relations)
    lawyers = [v for v in full if v.requester_kind == "appointed_agent"]
    assert lawyers and all(v.agent_honorific == "先生" for v in lawyers)
    assert all("弁護士" in v.agent_relation for v in lawyers)


def test_received_on_office_days_and_not_after_today(views: Views) -> None:
    _rows, full, _log, open_days = views
    assert {v.received_on for v in full} == open_days
    assert all(v.received_on <= TODAY for v in full)


def test_protected_persons_are_approved_with_delivery_set(views: Views) -> None:
    _rows, full, _log, _open = views
    protected = [v for v in full if v.protected]
    assert protected
    for v in protected:
        if v.needs_approval:
            assert v.approved and v.delivery_method in domain.DELIVERY_METHODS


def test_overdue_and_stopped_clocks(views: Views) -> None:
    rows, full, _log, _open = views
    overdue = [r for r in rows if r.overdue]
    assert any(r.state == "in_review" for r in overdue)
    pending = [v for v in full if v.state == "identity_pending" and v.open_stop is not None]
    assert pending
    for v in pending:
        assert v.due_on is None and v.open_stop.reason == "identity"
        assert "identity-check" in {kind for _id, kind, _n, _at in v.letters}
    fee = [v for v in full if v.state == "fee_pending"]
    assert fee and all(v.open_stop and v.open_stop.reason == "fee" for v in fee)
    assert all("fee-shortfall" in {k for _i, k, _n, _a in v.letters} for v in fee)


def test_electronic_disclosure_with_its_password_notice(views: Views) -> None:
    _rows, full, _log, _open = views
    electronic = [v for v in full if any(m.kind == "disclosure-electronic" for m in v.mailings)]
    assert electronic
    for v in electronic:
        assert v.type_row("disclosure").method_used == "electronic"
        assert "password-notice" in {k for _i, k, _n, _a in v.letters}
        assert v.has_password == (v.closed_on is None)  # forgotten once closed


def test_letters_are_numbered_and_mail_is_logged(views: Views) -> None:
    _rows, full, log, _open = views
    numbers = [n for v in full for _i, _k, n, _a in v.letters]
    assert len(numbers) >= len(full) and len(set(numbers)) == len(numbers)
    assert all(v.letters and v.letters[0][1] == "acknowledgement" for v in full)
    for v in full:
        if v.state == "sent":
            assert any(m.kind in domain.DECISION_LETTERS for m in v.mailings)
    tracked = [m for m in log if m.method == "simple_registered"]
    assert tracked and all(m.tracking_number for m in tracked)
    assert any(m.status == "returned" for m in log)
    withdrawn = [v for v in full if v.state == "withdrawn"]
    assert "fee_unpaid" in {v.close_reason for v in withdrawn}
