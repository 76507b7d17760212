"""The demo's contractors: made through the services at a small scale, every flag with its
story, three years of complete reviews, subcontractors, transfer abroad, and the register's
outsourcing recipients among them."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pytest

from privacydesk.services import auth, demo, register
from privacydesk.services import contractors as cs
from privacydesk.services.contractor_demo import MIN_CONTRACTORS

TODAY = date(2026, 11, 24)
CHEAP_KDF = auth.KdfParams(n=2**4, r=8, p=1)  # as in tests/conftest.py
MANAGER = "kanri"
PASSWORD = "correct horse battery"


@dataclass(frozen=True)
class Demo:
    summary: demo.DemoSummary
    rows: list[cs.ContractorRow]
    details: dict[int, cs.ContractorDetail]
    answers: dict[int, dict[int, cs.AnswerRow]]  # finished reviews' answers, by review id
    outsourcing: dict[str, set[int]]  # the register's outsourcing recipients and their entries


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
        rows = cs.list_contractors(desk, today=TODAY)
        details = {r.id: cs.get(desk, r.id, today=TODAY) for r in rows}
        answers = {
            review.id: cs.review(desk, review.id)[2]
            for d in details.values()
            for review in d.reviews
            if review.result == "conditional"
        }
        outsourcing: dict[str, set[int]] = {}
        for entry in register.list_entries(desk, limit=1000).rows:
            for p in register.get_entry(desk, entry.id).provisions:
                if p.basis == "outsourcing":
                    outsourcing.setdefault(p.recipient, set()).add(entry.id)
    finally:
        desk.close()
    return Demo(summary, rows, details, answers, outsourcing)


def test_at_least_ten_contractors(made: Demo) -> None:
    assert made.summary.contractors == len(made.rows) >= MIN_CONTRACTORS
    assert {r.status for r in made.rows} == {"selecting", "active", "ended"}


def test_every_flag_appears(made: Demo) -> None:
    seen = {f.code for r in made.rows for f in r.flags}
    assert seen == set(cs.FLAG_CODES)
    assert any(r.flags == () and r.status == "active" for r in made.rows)  # well kept ones too


def test_reviews_over_three_years_answered_in_full(made: Demo) -> None:
    reviews = [rv for d in made.details.values() for rv in d.reviews]
    finished = [rv for rv in reviews if rv.finished_on is not None]
    assert len({rv.finished_on.year for rv in finished}) >= 3
    assert all(rv.finished_on <= TODAY for rv in finished)
    assert all(rv.answered == rv.questions for rv in finished)
    assert {rv.kind for rv in finished} == {"selection", "periodic", "equivalence"}
    assert any(rv.finished_on is None and 0 < rv.answered < rv.questions for rv in reviews)
    # Mostly fit; the conditional ones say why, with 不適合 answers that carry a comment.
    results = [rv.result for rv in finished]
    assert results.count("fit") > 2 * results.count("conditional") > 0
    for answers in made.answers.values():
        failed = [a for a in answers.values() if a.answer == "no"]
        assert failed and all(a.comment for a in failed)


def test_followups_closed_and_past_due(made: Demo) -> None:
    followups = [f for d in made.details.values() for f in d.followups]
    assert any(f.closed_on is not None and f.closing_note for f in followups)
    assert any(f.closed_on is None and f.due_on < TODAY for f in followups)


def test_subcontractors_approved_and_not(made: Demo) -> None:
    subs = [d for d in made.details.values() if d.data.principal_id is not None]
    assert {d.data.subcontract_approved_on is not None for d in subs} == {True, False}
    principals = {d.data.principal_id for d in subs}
    assert all(made.details[p].subcontractors for p in principals)


def test_abroad_on_an_equivalent_system(made: Demo) -> None:
    abroad = [d for d in made.details.values() if d.data.abroad]
    assert abroad
    for d in abroad:
        assert d.data.country and d.data.abroad_basis == "equivalent" and d.data.abroad_info
        assert any(rv.kind == "equivalence" for rv in d.reviews)


def test_certifications_and_the_ends_of_contracts(made: Demo) -> None:
    kinds = {c.kind for d in made.details.values() for c in d.certifications}
    assert {"pmark", "isms"} <= kinds
    ended = [d for d in made.details.values() if d.data.status == "ended"]
    assert {bool(d.deletion_certificates) for d in ended} == {True, False}
    assert all(d.ended_on is not None and d.ended_on <= TODAY for d in ended)


def test_the_register_and_the_contractors_agree(made: Demo) -> None:
    """Every outsourcing recipient the register names is a contractor handling those
    entries."""
    assert made.outsourcing, "the register's demo names no outsourcing recipients"
    by_name = {d.data.name: d for d in made.details.values()}
    for name, entries in made.outsourcing.items():
        assert name in by_name, name
        assert entries <= {link.entry_id for link in by_name[name].entries}, name
    linked = [d for d in made.details.values() if d.entries]
    assert len(linked) >= len(made.rows) - 2  # the candidate and the unknown data centre
