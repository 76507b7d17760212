"""安全管理措置の自己点検. The office's own yearly check of its security measures (法23, GL 10)
against the published "self_check" checklist: answered one question at a time, finished with
a result, followed up with corrective actions, the next one due a year after the last.

Two things the contractor reviews do not have:

- **Pre-answers from the app.** The technical measures privacydesk itself carries out (the
  encrypted database, one account and password per person, the audit log's hash chain,
  verified backups) are answered 適合 when a check starts, marked `prefilled`, with the
  evidence read from the app. The officer may change any of them.
- **Lighter measures** for small organisations (GL 10 別添, 中小規模事業者): 100 staff or
  fewer, personal data of no more than 5,000 persons, no processing for others. The checklist
  engine's kinds are fixed, so the light check is the same checklist with only the questions
  in LIGHT_CODES asked; the others are recorded 該当なし with LIGHT_COMMENT (and `prefilled`),
  which is also how a light check is recognised later.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from privacydesk.domain import audit, checklists, settings, wareki
from privacydesk.domain.accounts import MIN_PASSWORD_LENGTH
from privacydesk.domain.checklists import CategoryScore, TemplateRow
from privacydesk.domain.consent import Problem, raise_problems, read_date
from privacydesk.domain.contractors import add_months
from privacydesk.domain.internal_audits import ActionRow, Flag, actions_of, overdue_actions
from privacydesk.domain.mynumber import checked_text
from privacydesk.errors import InvalidInput
from privacydesk.storage.models import (
    Account,
    BackupRecord,
    ChecklistQuestion,
    CorrectiveAction,
    RegisterEntry,
    SelfCheck,
    SelfCheckAnswer,
    Subject,
)

KIND = "self_check"  # the checklist kind
RESULTS = ("fit", "conditional", "unfit")  # 適合 / 一部不適合（改善予定）/ 不適合
INTERVAL_MONTHS = 12  # the self-check is yearly
FLAG_CODES = ("self_check.never_done", "self_check.overdue", "self_check.action_overdue")
LIMITS = {"summary": 4000, "comment": 2000, "evidence": 2000}

# -- lighter measures (GL 10 別添: 中小規模事業者における手法の例示) --------------------------
LIGHT_STAFF_MAX = 100
LIGHT_PERSONS_MAX = 5000
# The questions a light check asks: the basic policy and handling rules, what the Act
# requires of everyone (purposes, third parties, sensitive data, contractors, requests,
# incident reporting), a responsible person and a yearly check, pledges and training, locked
# storage, carrying out and disposal, and the basic technical measures; the external
# environment applies to all since 2022. Left out: reviewing and circulating the policy, the
# register of holdings, the list of who handles what, handling records, work rules, leavers,
# restricted areas, double checks of mail, cloud sharing settings, logs and Wi-Fi.
LIGHT_CODES = (
    "pol.policy",
    "rul.rules",
    "rul.purpose",
    "rul.retention",
    "rul.third_party",
    "rul.sensitive",
    "org.manager",
    "org.reporting",
    "org.incident_plan",
    "org.check",
    "org.contractors",
    "org.requests",
    "hum.nda",
    "hum.training",
    "phy.storage",
    "phy.theft",
    "phy.carry",
    "phy.disposal",
    "tec.access",
    "tec.accounts",
    "tec.updates",
    "tec.email",
    "tec.backup",
    "for.location",
    "for.system",
    "for.made_known",
)
LIGHT_COMMENT = (
    "軽易な措置（中小規模事業者の特例、ガイドライン通則編10別添）を選択したため点検の対象外"
)
LIGHT_REASONS = (
    "self_check.light_staff_unknown",
    "self_check.light_too_many_staff",
    "self_check.light_too_many_persons",
    "self_check.light_processes_for_others",
)

# -- pre-answers from the app ----------------------------------------------------------------
# Question codes the app answers from what it knows. "tec.encryption" is not in the shipped
# list; an office's own version that has it gets the database encryption as its evidence.
ENCRYPTION_CODES = ("tec.access", "tec.encryption")
PREFILL_CODES = (*ENCRYPTION_CODES, "tec.accounts", "tec.logs", "tec.backup")
BACKUP_MONTHS = 12  # a verified backup older than this is shown, not taken as 適合


def _text(problems: list[Problem], name: str, value: object) -> str:
    return checked_text(problems, name, value, LIMITS.get(name, 4000))


def _has(problems: list[Problem], name: str) -> bool:
    return any(p[0] == name for p in problems)


def _id(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


# -- lighter measures ----------------------------------------------------------------------------


def persons_held(session: Session) -> int:
    """How many persons' data the office holds, as well as the app knows: the larger of the
    register's estimates summed over its active entries and the persons recorded (those
    processed so they cannot be identified left out). The guideline asks about any day of
    the past six months; the app knows today's figures, so the officer judges the rest."""
    estimated = session.scalar(
        select(func.coalesce(func.sum(RegisterEntry.estimated_persons), 0)).where(
            RegisterEntry.active
        )
    )
    subjects = session.scalar(select(func.count()).where(Subject.deidentified.is_(False)))
    return max(int(estimated or 0), int(subjects or 0))


def light_measures(session: Session) -> tuple[bool, list[str]]:
    """Whether the office may take the lighter measures, and if not, why (message codes,
    in LIGHT_REASONS order): the staff count is not entered or above 100, data of more than
    5,000 persons, or processing personal data for others."""
    reasons: list[str] = []
    staff = settings.get(session, "org.staff_count")
    if not staff:
        reasons.append("self_check.light_staff_unknown")
    elif staff > LIGHT_STAFF_MAX:
        reasons.append("self_check.light_too_many_staff")
    if persons_held(session) > LIGHT_PERSONS_MAX:
        reasons.append("self_check.light_too_many_persons")
    if settings.get(session, "org.processes_for_others"):
        reasons.append("self_check.light_processes_for_others")
    return not reasons, reasons


# -- pre-answers ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class AppFacts:
    """What the app knows about its own measures when a check starts."""

    active_accounts: int
    chain_sound: bool  # no break a manager has not acknowledged
    chain_count: int
    chain_acknowledged: int  # breaks a manager acknowledged
    last_backup: datetime | None  # the last verified backup


def app_facts(session: Session, chain: audit.ChainReport) -> AppFacts:
    """The facts, with the audit chain as the caller verified it (that needs the key)."""
    accounts = session.scalar(select(func.count()).where(Account.active))
    last = session.scalar(
        select(BackupRecord.made_at)
        .where(BackupRecord.verified)
        .order_by(BackupRecord.made_at.desc())
        .limit(1)
    )
    return AppFacts(
        active_accounts=int(accounts or 0),
        chain_sound=not chain.unacknowledged,
        chain_count=chain.count,
        chain_acknowledged=len(chain.acknowledged),
        last_backup=last,
    )


def prefills(facts: AppFacts, today: date) -> dict[str, tuple[str, str]]:
    """Question code → (answer, evidence). An answer "" leaves the question open with the
    evidence saying why the app could not answer it (no recent backup, a broken log)."""
    encryption = (
        "本アプリ（privacydesk）のデータベースは SQLCipher により常に暗号化されており、"
        "鍵はアカウントごとのパスワードで保護されています。アプリ内の個人データへのアクセスは、"
        "アカウントごとの役割（管理者・担当者・閲覧者）で制限されています。"
    )
    out = dict.fromkeys(ENCRYPTION_CODES, ("yes", encryption))
    out["tec.accounts"] = (
        "yes",
        f"本アプリの有効なアカウントは {facts.active_accounts} 件で、共有アカウントはなく、"
        f"各アカウントが自分のパスワード（{MIN_PASSWORD_LENGTH}文字以上）でサインインします。",
    )
    checked = wareki.to_wareki(today)
    if facts.chain_sound:
        acknowledged = (
            f"（管理者が確認済みの不整合 {facts.chain_acknowledged} 件を含む）"
            if facts.chain_acknowledged
            else ""
        )
        out["tec.logs"] = (
            "yes",
            f"本アプリは操作を監査ログに記録しています（{facts.chain_count} 件）。"
            f"ログはハッシュの連鎖で改ざんを検知でき、{checked}の確認で連鎖は正常でした"
            f"{acknowledged}。",
        )
    else:
        out["tec.logs"] = (
            "",
            f"本アプリの監査ログ（{facts.chain_count} 件）の連鎖に、管理者が確認していない"
            f"不整合があります（{checked}の確認）。",
        )
    last = facts.last_backup
    if last is None:
        out["tec.backup"] = ("", "本アプリの検証済みバックアップの記録がありません。")
    elif last.date() < add_months(today, -BACKUP_MONTHS):
        out["tec.backup"] = (
            "",
            f"本アプリの最後の検証済みバックアップは{wareki.to_wareki(last.date())}で、"
            "1年以上前です。",
        )
    else:
        out["tec.backup"] = (
            "yes",
            "本アプリのデータは暗号化したバックアップを作成し、作成時に復元できることを検証して"
            f"います（最後の検証済みバックアップ：{wareki.to_wareki(last.date())}）。",
        )
    return out


# -- rows ------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class AnswerRow:
    question_id: int
    answer: str  # yes | no | na | ""
    comment: str
    evidence: str
    prefilled: bool  # answered from the app (or left out by the light check), not yet changed


@dataclass(frozen=True)
class SelfCheckRow:
    id: int
    template_id: int
    template_version: int
    started_on: date
    finished_on: date | None
    result: str
    summary: str
    reviewer_id: int | None
    light: bool  # the lighter measures' check
    answered: int
    questions: int
    prefilled: int  # answers the app gave that are still as it gave them


@dataclass(frozen=True)
class SelfCheckDetail:
    row: SelfCheckRow
    template: TemplateRow
    answers: dict[int, AnswerRow]
    scores: dict[str, CategoryScore]
    actions: tuple[ActionRow, ...]


def _load(session: Session, self_check_id: object) -> SelfCheck:
    row = session.get(SelfCheck, self_check_id) if _id(self_check_id) else None
    if row is None:
        raise InvalidInput("self_check.not_found", id=str(self_check_id)[:20])
    return row


def _open(row: SelfCheck) -> None:
    if row.finished_on is not None:
        raise InvalidInput("self_check.already_finished")


def answers(session: Session, self_check_id: int) -> dict[int, AnswerRow]:
    return {
        a.question_id: AnswerRow(a.question_id, a.answer, a.comment, a.evidence, a.prefilled)
        for a in session.scalars(
            select(SelfCheckAnswer).where(SelfCheckAnswer.self_check_id == self_check_id)
        )
    }


def _is_light(given: Mapping[int, AnswerRow]) -> bool:
    return any(a.prefilled and a.comment == LIGHT_COMMENT for a in given.values())


def _rows(session: Session, checks: Iterable[SelfCheck]) -> list[SelfCheckRow]:
    out = []
    for c in checks:
        template = checklists.get(session, c.template_id)
        given = answers(session, c.id)
        out.append(
            SelfCheckRow(
                c.id,
                c.template_id,
                template.version,
                c.started_on,
                c.finished_on,
                c.result,
                c.summary,
                c.reviewer_id,
                _is_light(given),
                sum(1 for a in given.values() if a.answer),
                len(template.questions),
                sum(1 for a in given.values() if a.prefilled),
            )
        )
    return out


def list_checks(session: Session) -> list[SelfCheckRow]:
    """Newest first."""
    return _rows(
        session,
        session.scalars(
            select(SelfCheck).order_by(SelfCheck.started_on.desc(), SelfCheck.id.desc())
        ),
    )


def detail(session: Session, self_check_id: int, today: date) -> SelfCheckDetail:
    row = _load(session, self_check_id)
    template = checklists.get(session, row.template_id)
    given = answers(session, row.id)
    return SelfCheckDetail(
        row=_rows(session, [row])[0],
        template=template,
        answers=given,
        scores=checklists.scores(template.questions, given),
        actions=tuple(actions_of(session, "self_check", row.id, today)),
    )


# -- start, answer, finish -------------------------------------------------------------------------


def open_check(session: Session) -> int | None:
    return session.scalar(
        select(SelfCheck.id).where(SelfCheck.finished_on.is_(None)).order_by(SelfCheck.id)
    )


def start(
    session: Session,
    actor: int | None,
    today: date,
    facts: AppFacts,
    light: bool = False,
) -> int:
    """A check against the published self-check checklist (that version, for good), with
    the app's pre-answers. One check is open at a time. `light` asks only LIGHT_CODES, when
    the office qualifies (otherwise InvalidInput listing each reason as a problem)."""
    already = open_check(session)
    if already is not None:
        raise InvalidInput("self_check.already_open", id=already)
    if not isinstance(light, bool):
        raise InvalidInput("input.wrong_type")
    if light:
        allowed, reasons = light_measures(session)
        if not allowed:
            raise_problems([("light", code, {}) for code in reasons])
    template = checklists.published(session, KIND)
    if light and not any(q.code in LIGHT_CODES for q in template.questions):
        raise InvalidInput("self_check.light_no_questions")
    check = SelfCheck(template_id=template.id, started_on=today, reviewer_id=actor)
    session.add(check)
    session.flush()
    given = prefills(facts, today)
    for q in template.questions:
        if q.code in given:
            value, evidence = given[q.code]
            session.add(
                SelfCheckAnswer(
                    self_check_id=check.id,
                    question_id=q.id,
                    answer=value,
                    evidence=evidence,
                    prefilled=bool(value),
                )
            )
        elif light and q.code not in LIGHT_CODES:
            session.add(
                SelfCheckAnswer(
                    self_check_id=check.id,
                    question_id=q.id,
                    answer="na",
                    comment=LIGHT_COMMENT,
                    prefilled=True,
                )
            )
    session.flush()
    return check.id


def answer(
    session: Session,
    self_check_id: int,
    question_id: int,
    value: str,
    comment: str = "",
    evidence: str = "",
) -> None:
    """One answer, saved at once; it is the officer's own from then on (no longer prefilled)."""
    check = _load(session, self_check_id)
    _open(check)
    q = session.get(ChecklistQuestion, question_id) if _id(question_id) else None
    if q is None or q.template_id != check.template_id:
        raise InvalidInput("self_check.question_not_in_check")
    problems: list[Problem] = []
    if value not in (*checklists.ANSWERS, ""):
        problems.append(("answer", "input.unknown_choice", {"value": str(value)[:10]}))
    comment = _text(problems, "comment", comment)
    evidence = _text(problems, "evidence", evidence)
    raise_problems(problems)
    row = session.get(SelfCheckAnswer, (check.id, q.id))
    if row is None:
        row = SelfCheckAnswer(self_check_id=check.id, question_id=q.id)
        session.add(row)
    row.answer, row.comment, row.evidence, row.prefilled = value, comment, evidence, False
    session.flush()


def finish(
    session: Session,
    self_check_id: int,
    result: str,
    summary: str,
    finished_on: date | str,
    today: date,
) -> None:
    """Every question answered, a result, and (when not simply fit) a summary saying what is
    missing and what will be done."""
    check = _load(session, self_check_id)
    _open(check)
    problems: list[Problem] = []
    if result not in RESULTS:
        problems.append(("result", "input.unknown_choice", {"value": str(result)[:20]}))
    summary = _text(problems, "summary", summary)
    finished = read_date(
        problems, "finished_on", finished_on, today, future_code="requests.future_date"
    )
    # A check done on paper may be entered later: up to a year before its start in the app.
    if finished and finished < check.started_on - timedelta(days=366):
        problems.append(("finished_on", "self_check.finished_before_start", {}))
    template = checklists.get(session, check.template_id)
    given = answers(session, check.id)
    unanswered = [q for q in template.questions if q.id not in given or not given[q.id].answer]
    if unanswered:
        problems.append(("answers", "self_check.unanswered", {"count": len(unanswered)}))
    if result in ("conditional", "unfit") and not summary and not _has(problems, "summary"):
        problems.append(("summary", "self_check.summary_required", {}))
    raise_problems(problems)
    check.result, check.summary, check.finished_on = result, summary, finished
    session.flush()


def discard(session: Session, self_check_id: int) -> None:
    """An unfinished check may be thrown away (with no corrective action recorded on it); a
    finished one is a record and stays."""
    check = _load(session, self_check_id)
    _open(check)
    actions = session.scalar(
        select(func.count()).where(
            CorrectiveAction.source_type == "self_check", CorrectiveAction.source_id == check.id
        )
    )
    if actions:
        raise InvalidInput("self_check.has_actions")
    session.delete(check)
    session.flush()


def check_exists(session: Session, self_check_id: int) -> int:
    return _load(session, self_check_id).id


# -- the yearly cycle ------------------------------------------------------------------------------


@dataclass(frozen=True)
class Status:
    open_id: int | None  # the check being answered
    last_finished_on: date | None
    next_due_on: date | None  # a year after the last finished
    flags: tuple[Flag, ...]


def status(session: Session, today: date) -> Status:
    last = session.scalar(select(func.max(SelfCheck.finished_on)))
    due = add_months(last, INTERVAL_MONTHS) if last else None
    out: list[Flag] = []
    if last is None:
        out.append(Flag("self_check.never_done"))
    elif due is not None and due < today:
        out.append(Flag("self_check.overdue", {"date": due.isoformat()}))
    late = overdue_actions(session, "self_check", today)
    if late:
        out.append(Flag("self_check.action_overdue", {"count": late}))
    return Status(open_check(session), last, due, tuple(out))


def attention(session: Session, today: date) -> dict[str, int]:
    """Counts for the home page: the self-check due (never done, or a year past the last;
    0 or 1) and its corrective actions past due."""
    codes = {f.code for f in status(session, today).flags}
    return {
        "due": int(bool(codes & {"self_check.never_done", "self_check.overdue"})),
        "actions_overdue": overdue_actions(session, "self_check", today),
    }
