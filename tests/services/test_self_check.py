"""The yearly self-check through the services on a real encrypted database: the lighter
measures offered or refused with each reason, the app's pre-answers with their evidence (a
backup made here shows its date), answers saved one by one, the finishing rules, the next
check due a year on and flagged overdue, corrective actions, and roles."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path

import pytest

from privacydesk.domain import checklists, wareki
from privacydesk.domain import self_check as domain
from privacydesk.domain.purposes import PurposeData
from privacydesk.domain.register import EntryData
from privacydesk.errors import InvalidInput, NotAllowed
from privacydesk.services import accounts, auth, backup, profile, register, subjects
from privacydesk.services import self_check as sc
from privacydesk.services.desk import Desk
from privacydesk.services.subjects import SubjectData

TODAY = date(2026, 11, 23)
PASSWORD = "another pass phrase 1"


@pytest.fixture
def small(desk: Desk) -> Desk:
    """An office that qualifies for the lighter measures."""
    profile.set_setting(desk, "org.staff_count", 12)
    return desk


@pytest.fixture
def viewer(desk: Desk) -> Iterator[Desk]:
    accounts.add_user(desk, "etsuran", "viewer", PASSWORD)
    v = auth.sign_in(desk.path, "etsuran", PASSWORD)
    yield v
    v.close()


def problems_of(exc: pytest.ExceptionInfo[InvalidInput]) -> list[tuple[str, str]]:
    assert exc.value.code == "input.problems"
    return [(field, code) for field, code, _ in exc.value.problems]


def _entry(desk: Desk, persons: int, name: str = "会員名簿") -> int:
    purpose = register.create_purpose(
        desk, PurposeData(code=name, text="会報の送付のため", subject_group="members")
    )
    data = EntryData(name=name, estimated_persons=persons, purpose_ids=[purpose.id])
    return register.create_entry(desk, data).id


def _by_code(desk: Desk, cid: int) -> dict[str, tuple[int, sc.AnswerRow | None]]:
    detail = sc.get(desk, cid, today=TODAY)
    return {q.code: (q.id, detail.answers.get(q.id)) for q in detail.template.questions}


def _answer_all(desk: Desk, cid: int, value: str = "yes") -> None:
    detail = sc.get(desk, cid, today=TODAY)
    for q in detail.template.questions:
        given = detail.answers.get(q.id)
        if given is None or not given.answer:
            sc.answer(desk, cid, q.id, value)


# -- lighter measures ------------------------------------------------------------------------


def test_light_measures_need_the_staff_count(desk: Desk) -> None:
    assert sc.light_measures(desk) == (False, ["self_check.light_staff_unknown"])
    with pytest.raises(InvalidInput) as info:
        sc.start(desk, light=True, today=TODAY)
    assert problems_of(info) == [("light", "self_check.light_staff_unknown")]
    assert sc.status(desk, today=TODAY).open_id is None  # nothing was started
    profile.set_setting(desk, "org.staff_count", 100)
    assert sc.light_measures(desk) == (True, [])
    profile.set_setting(desk, "org.staff_count", 101)
    assert sc.light_measures(desk) == (False, ["self_check.light_too_many_staff"])


def test_light_measures_refused_for_many_persons_or_processing_for_others(small: Desk) -> None:
    _entry(small, 3000, "会員名簿")
    _entry(small, 2000, "寄付者名簿")
    assert sc.persons_held(small) == 5000
    assert sc.light_measures(small) == (True, [])
    big = _entry(small, 1, "イベント参加者")
    assert sc.persons_held(small) == 5001
    assert sc.light_measures(small) == (False, ["self_check.light_too_many_persons"])
    register.retire_entry(small, big)  # retired entries do not count
    assert sc.light_measures(small) == (True, [])
    profile.set_setting(small, "org.processes_for_others", True)
    profile.set_setting(small, "org.staff_count", 0)
    allowed, reasons = sc.light_measures(small)
    assert not allowed
    assert reasons == ["self_check.light_staff_unknown", "self_check.light_processes_for_others"]


def test_the_persons_recorded_count_when_larger_than_the_register(
    small: Desk, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(domain, "LIGHT_PERSONS_MAX", 2)
    _entry(small, 1)
    for i in range(3):
        subjects.create_subject(small, SubjectData(legal_name=f"会員 {i}"), allow_duplicate=True)
    assert sc.persons_held(small) == 3
    assert sc.light_measures(small) == (False, ["self_check.light_too_many_persons"])


def test_a_light_check_asks_only_the_light_questions(small: Desk) -> None:
    cid = sc.start(small, light=True, today=TODAY)
    answers = _by_code(small, cid)
    for code, (_qid, given) in answers.items():
        if code in sc.PREFILL_CODES:
            continue
        if code in sc.LIGHT_CODES:
            assert given is None, code  # the officer answers these
        else:
            assert given is not None and given.answer == "na" and given.prefilled, code
            assert given.comment == domain.LIGHT_COMMENT
    row = sc.get(small, cid, today=TODAY).row
    assert row.light
    asked = set(sc.LIGHT_CODES) - set(sc.PREFILL_CODES)  # what the officer still answers
    assert row.questions - row.answered == len(asked)
    _answer_all(small, cid)
    sc.finish(small, cid, "fit", today=TODAY)
    assert sc.list_checks(small)[0].light


# -- pre-answers -----------------------------------------------------------------------------


def test_pre_answers_from_the_app_with_their_evidence(desk: Desk, tmp_path: Path) -> None:
    accounts.add_user(desk, "tantou", "staff", PASSWORD)
    made = backup.backup_now(desk, root=tmp_path / "more-backups")
    made_on = datetime.fromisoformat(made.made_at).date() if made.made_at else TODAY
    cid = sc.start(desk, today=TODAY)
    answers = _by_code(desk, cid)
    for code in ("tec.access", "tec.accounts", "tec.logs", "tec.backup"):
        _qid, given = answers[code]
        assert given is not None and given.answer == "yes" and given.prefilled, code
    assert "SQLCipher" in answers["tec.access"][1].evidence  # type: ignore[union-attr]
    assert "有効なアカウントは 2 件" in answers["tec.accounts"][1].evidence  # type: ignore[union-attr]
    logs = answers["tec.logs"][1].evidence  # type: ignore[union-attr]
    assert "連鎖は正常" in logs and "件）" in logs
    evidence = answers["tec.backup"][1].evidence  # type: ignore[union-attr]
    assert f"最後の検証済みバックアップ：{wareki.to_wareki(made_on)}" in evidence
    assert sc.get(desk, cid, today=TODAY).row.prefilled == 4
    # Nothing else is answered for the officer.
    others = [code for code, (_, a) in answers.items() if a is not None]
    assert sorted(others) == sorted(["tec.access", "tec.accounts", "tec.logs", "tec.backup"])

    # The officer may change a pre-answer: it is theirs from then on.
    qid = answers["tec.backup"][0]
    sc.answer(desk, cid, qid, "no", "外付けディスクの名簿は対象外", "")
    given = sc.get(desk, cid, today=TODAY).answers[qid]
    assert (given.answer, given.prefilled) == ("no", False)


def test_without_a_recent_backup_or_a_sound_log_the_app_does_not_answer() -> None:
    facts = domain.AppFacts(
        active_accounts=1,
        chain_sound=False,
        chain_count=10,
        chain_acknowledged=0,
        last_backup=None,
    )
    given = domain.prefills(facts, TODAY)
    assert given["tec.backup"] == ("", "本アプリの検証済みバックアップの記録がありません。")
    assert given["tec.logs"][0] == "" and "不整合" in given["tec.logs"][1]
    assert given["tec.accounts"][0] == "yes" and "1 件" in given["tec.accounts"][1]
    old = domain.prefills(domain.AppFacts(1, True, 10, 2, datetime(2025, 11, 1, 9, 0)), TODAY)
    assert old["tec.backup"][0] == "" and "1年以上前" in old["tec.backup"][1]
    assert old["tec.logs"][0] == "yes" and "確認済みの不整合 2 件" in old["tec.logs"][1]


# -- finishing, the cycle, corrective actions ---------------------------------------------------


def test_finishing_rules(desk: Desk) -> None:
    cid = sc.start(desk, today=TODAY)
    with pytest.raises(InvalidInput) as info:
        sc.start(desk, today=TODAY)
    assert info.value.code == "self_check.already_open"
    total = sc.get(desk, cid, today=TODAY).row.questions
    with pytest.raises(InvalidInput) as info:
        sc.finish(desk, cid, "conditional", today=TODAY)
    assert problems_of(info) == [
        ("answers", "self_check.unanswered"),
        ("summary", "self_check.summary_required"),
    ]
    assert info.value.problems[0][2] == {"count": total - 4}
    _answer_all(desk, cid)
    with pytest.raises(InvalidInput) as info:
        sc.finish(desk, cid, "unfit", "", today=TODAY)
    assert problems_of(info) == [("summary", "self_check.summary_required")]
    with pytest.raises(InvalidInput) as info:
        sc.finish(desk, cid, "fit", finished_on=date(2026, 12, 1), today=TODAY)
    assert problems_of(info) == [("finished_on", "requests.future_date")]
    with pytest.raises(InvalidInput) as info:
        sc.finish(desk, cid, "perfect", today=TODAY)
    assert problems_of(info) == [("result", "input.unknown_choice")]
    sc.finish(desk, cid, "conditional", "研修の記録が一部不足。3月までに整備する。", today=TODAY)
    row = sc.get(desk, cid, today=TODAY).row
    assert (row.finished_on, row.result) == (TODAY, "conditional")
    qid = sc.get(desk, cid, today=TODAY).template.questions[0].id
    with pytest.raises(InvalidInput) as info:
        sc.answer(desk, cid, qid, "no")
    assert info.value.code == "self_check.already_finished"
    with pytest.raises(InvalidInput) as info:
        sc.discard(desk, cid)
    assert info.value.code == "self_check.already_finished"
    # An open check may be thrown away.
    again = sc.start(desk, today=TODAY)
    sc.discard(desk, again)
    assert sc.status(desk, today=TODAY).open_id is None


def test_the_next_check_is_due_a_year_after_the_last_and_flagged_overdue(desk: Desk) -> None:
    status = sc.status(desk, today=TODAY)
    assert [f.code for f in status.flags] == ["self_check.never_done"]
    assert sc.attention(desk, today=TODAY) == {"due": 1, "actions_overdue": 0}
    cid = sc.start(desk, today=date(2025, 11, 10))
    _answer_all(desk, cid)
    sc.finish(desk, cid, "fit", finished_on=date(2025, 11, 20), today=TODAY)
    status = sc.status(desk, today=TODAY)
    assert status.last_finished_on == date(2025, 11, 20)
    assert status.next_due_on == date(2026, 11, 20)
    assert [(f.code, f.params) for f in status.flags] == [
        ("self_check.overdue", {"date": "2026-11-20"})
    ]
    assert sc.attention(desk, today=TODAY)["due"] == 1
    assert sc.status(desk, today=date(2026, 11, 20)).flags == ()
    assert sc.attention(desk, today=date(2026, 11, 20))["due"] == 0


def test_corrective_actions_past_due_are_flagged_and_closed_with_a_note(desk: Desk) -> None:
    cid = sc.start(desk, today=TODAY)
    with pytest.raises(InvalidInput) as info:
        sc.add_action(desk, cid, "", "", date(2026, 12, 1))
    assert problems_of(info) == [
        ("action", "corrective_action.action_required"),
        ("owner", "corrective_action.owner_required"),
    ]
    late = sc.add_action(desk, cid, "ボランティアの誓約書を回収する", "事務局長", date(2026, 11, 1))
    sc.add_action(desk, cid, "無線LANを分ける", "理事 佐藤", date(2027, 3, 31))
    with pytest.raises(InvalidInput) as info:
        sc.discard(desk, cid)
    assert info.value.code == "self_check.has_actions"
    status = sc.status(desk, today=TODAY)
    assert ("self_check.action_overdue", {"count": 1}) in [(f.code, f.params) for f in status.flags]
    assert sc.attention(desk, today=TODAY)["actions_overdue"] == 1
    rows = sc.actions(desk, cid, today=TODAY)
    assert next((r.id, r.overdue) for r in rows) == (late, True)
    with pytest.raises(InvalidInput) as info:
        sc.close_action(desk, late, TODAY, "", today=TODAY)
    assert problems_of(info) == [("closing_note", "corrective_action.closing_note_required")]
    sc.close_action(desk, late, TODAY, "全員分を回収し書庫に保管", today=TODAY)
    with pytest.raises(InvalidInput) as info:
        sc.close_action(desk, late, TODAY, "もう一度", today=TODAY)
    assert info.value.code == "corrective_action.already_closed"
    assert sc.attention(desk, today=TODAY)["actions_overdue"] == 0
    assert sc.get(desk, cid, today=TODAY).actions[0].closing_note == "全員分を回収し書庫に保管"


def test_a_viewer_reads_but_cannot_answer(desk: Desk, viewer: Desk) -> None:
    cid = sc.start(desk, today=TODAY)
    qid = sc.get(viewer, cid, today=TODAY).template.questions[0].id
    assert sc.status(viewer, today=TODAY).open_id == cid
    with pytest.raises(NotAllowed):
        sc.answer(viewer, cid, qid, "yes")
    with pytest.raises(NotAllowed):
        sc.start(viewer, today=TODAY)
    with pytest.raises(NotAllowed):
        sc.add_action(viewer, cid, "対応", "担当", TODAY)
    assert sc.get(desk, cid, today=TODAY).answers.get(qid) is None


def test_the_light_and_prefilled_codes_are_in_the_shipped_checklist() -> None:
    (shipped,) = [s for s in checklists.shipped() if s.kind == "self_check"]
    codes = {code for _, code, _ in shipped.questions}
    assert set(sc.LIGHT_CODES) <= codes
    assert set(sc.PREFILL_CODES) - {"tec.encryption"} <= codes
    assert len(sc.LIGHT_CODES) < len(codes)
