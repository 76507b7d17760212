"""The board workbook: whether the organisation keeps its promises, for a fiscal year or any
date range, beside the previous period. No data subject's name appears unless a manager asks
for the personal sheets, which only go out in a password-protected workbook.

Figures are gathered in one unit of work from every area; the writer is reports/board.py.
"""

from __future__ import annotations

import statistics
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from privacydesk.domain import (
    audit,
    calendar,
    consent,
    contractors,
    documents,
    notice_check,
    register,
    settings,
    wareki,
)
from privacydesk.domain import complaints as complaints_domain
from privacydesk.domain import incidents as incidents_domain
from privacydesk.domain import internal_audits as audits_domain
from privacydesk.domain import profile as profile_domain
from privacydesk.domain import requests as requests_domain
from privacydesk.domain import staff as staff_domain
from privacydesk.domain.accounts import Role
from privacydesk.errors import InvalidInput, NotAllowed
from privacydesk.messages import render
from privacydesk.reports import board as writer
from privacydesk.reports import xlsx_crypto
from privacydesk.reports.model import BoardData, Column, Figure, Monthly, Period, Sheet
from privacydesk.services import outbound
from privacydesk.services.desk import Desk
from privacydesk.services.roles import EVERYONE, STAFF_UP, allowed
from privacydesk.storage.files import write_atomic
from privacydesk.storage.models import (
    BackupRecord,
    Complaint,
    ContractorReview,
    DataRequest,
    FollowUp,
    Incident,
    RequestType,
)

__all__ = ["BoardData", "Figure", "Period", "Sheet"]  # the page shows them

PASSWORD_MIN = 8


# -- periods -------------------------------------------------------------------------------------


def fiscal_period(year: int, start_month: int) -> Period:
    start = date(year, start_month, 1)
    end = (
        date(year + 1, start_month, 1) - timedelta(days=1)
        if start_month > 1
        else date(year, 12, 31)
    )
    _era, era_year = wareki.wareki_year(start)
    return Period(start, end, f"{year}年度（令和{era_year}年度）")


def range_period(start: date, end: date) -> Period:
    if end < start:
        raise InvalidInput("board.end_before_start")
    if (end - start).days > 3660:
        raise InvalidInput("board.period_too_long")
    return Period(start, end, f"{start.isoformat()}〜{end.isoformat()}")


def previous_of(p: Period) -> Period:
    length = p.end - p.start
    end = p.start - timedelta(days=1)
    start = end - length
    try:  # a fiscal year's previous is the previous fiscal year, even across a leap day
        if p.start.day == 1 and (p.end + timedelta(days=1)).day == 1:
            start = p.start.replace(year=p.start.year - 1)
    except ValueError:
        pass
    return Period(start, end, f"{start.isoformat()}〜{end.isoformat()}")


def _in(d: date | datetime | None, p: Period) -> bool:
    if d is None:
        return False
    day = d.date() if isinstance(d, datetime) else d
    return p.start <= day <= p.end


# -- gathering --------------------------------------------------------------------------------


@dataclass(frozen=True)
class RequestCase:
    number: str
    received_on: date
    types: str
    requester: str
    state: str
    replied_on: date | None
    days: int | None
    due_on: date | None
    on_time: bool | None
    person: str
    address: str


def _request_cases(s: Session, p: Period, today: date) -> list[RequestCase]:
    cal = calendar.office_calendar(s)
    ids = s.scalars(
        select(DataRequest.id).where(DataRequest.received_on.between(p.start, p.end))
    ).all()
    out = []
    target = settings.get(s, "requests.target_business_days")
    for rid in ids:
        v = requests_domain.view(s, rid, today, cal)
        decided = [t.decided_on for t in v.types if t.decided_on]
        replied = max(decided) if len(decided) == len(v.types) and decided else None
        due = requests_domain.due_date(v.received_on, target, v.stops, cal)
        if replied is not None:
            days = calendar.business_days_between(v.received_on, replied, cal)
            on_time = due is None or replied <= due
        else:
            days = None
            on_time = None if due is None or due >= today else False
        out.append(
            RequestCase(
                v.number,
                v.received_on,
                "、".join(requests_domain.TYPE_TEXT[t] for t in v.type_codes),
                {"person": "本人", "legal_rep": "法定代理人", "appointed_agent": "任意代理人"}[
                    v.requester_kind
                ],
                render(STATE_CODES.get(v.state, "board.state.unknown"), "ja"),
                replied,
                days,
                due,
                on_time,
                v.person_name,
                f"{v.request_postal_code} {v.request_address}".strip()
                if not v.protected
                else "（所在秘匿）",
            )
        )
    return out


STATE_CODES = {
    "identity_pending": "board.state.identity_pending",
    "fee_pending": "board.state.fee_pending",
    "in_review": "board.state.in_review",
    "decided": "board.state.decided",
    "sent": "board.state.sent",
    "closed": "board.state.closed",
    "withdrawn": "board.state.withdrawn",
}
COMPLAINT_STATUS = {
    "received": "受付",
    "investigating": "調査中",
    "answered": "回答済",
    "closed": "完了",
    "withdrawn": "取下げ",
}
COMPLAINT_CATEGORY = {
    "handling": "個人情報の取扱い",
    "requests": "開示等の請求への対応",
    "staff": "職員の対応",
    "security": "安全管理",
    "other": "その他",
}
CHANNEL = {
    "phone": "電話",
    "post": "郵便",
    "fax": "FAX",
    "email": "メール",
    "visit": "来訪",
    "other": "その他",
}
INCIDENT_KIND = {"leak": "漏えい", "loss": "滅失", "damage": "毀損"}
YES_NO = {True: "はい", False: "いいえ", None: ""}


def _median(values: Sequence[int]) -> float | None:
    return float(statistics.median(values)) if values else None


def _request_figures(cases: list[RequestCase]) -> dict[str, object]:
    days = [c.days for c in cases if c.days is not None]
    return {
        "count": len(cases),
        "median": _median(days),
        "longest": max(days) if days else None,
        "late": sum(1 for c in cases if c.on_time is False),
    }


def _complaint_rows(s: Session, p: Period, today: date) -> list[Complaint]:
    start = datetime.combine(p.start, datetime.min.time())
    end = datetime.combine(p.end + timedelta(days=1), datetime.min.time())
    return list(
        s.scalars(
            select(Complaint)
            .where(Complaint.received_at >= start, Complaint.received_at < end)
            .order_by(Complaint.received_at)
        )
    )


def _complaint_late(c: Complaint, today: date) -> bool:
    replied = c.reply_on or c.closed_on
    return (replied or today) > c.target_on if c.status != "withdrawn" else False


def _incident_views(s: Session, p: Period, today: date) -> list[incidents_domain.IncidentView]:
    ids = s.scalars(select(Incident.id).where(Incident.known_on.between(p.start, p.end))).all()
    return [incidents_domain.view(s, i, today) for i in ids]


def _steps_on_time(v: incidents_domain.IncidentView, today: date) -> bool | None:
    if not v.deadlines:
        return None
    return all((d.done_on or today) <= d.due for d in v.deadlines)


def _months(p: Period) -> list[date]:
    out, d = [], date(p.start.year, p.start.month, 1)
    while d <= p.end:
        out.append(d)
        d = date(d.year + (d.month // 12), d.month % 12 + 1, 1)
    return out


def _month_counts(days: Iterable[date], months: list[date]) -> tuple[int, ...]:
    counts = dict.fromkeys(months, 0)
    for d in days:
        key = date(d.year, d.month, 1)
        if key in counts:
            counts[key] += 1
    return tuple(counts[m] for m in months)


DECISION_LABELS = {  # short labels for the board; the letters word decisions in full
    "full": "全部開示",
    "partial": "一部開示",
    "refused": "不開示",
    "none": "該当するデータなし",
    "done": "訂正・利用停止等を実施",
    "partly": "一部を実施",
    "not_done": "実施しない",
    "alternative": "代替措置",
    "notified": "利用目的を通知",
    "not_notified": "利用目的を通知しない",
}
DECISION_ORDER = tuple(DECISION_LABELS)


def _decisions(s: Session, p: Period) -> dict[str, int]:
    """Decisions made on requests received in the period, by decision (all types together)."""
    rows = s.execute(
        select(RequestType.decision, func.count())
        .join(DataRequest, DataRequest.id == RequestType.request_id)
        .where(DataRequest.received_on.between(p.start, p.end), RequestType.decision != "")
        .group_by(RequestType.decision)
    ).all()
    found = {d: int(n) for d, n in rows}
    return {d: found.get(d, 0) for d in DECISION_ORDER}


def _figures_for(s: Session, p: Period, today: date) -> dict[str, object]:
    cases = _request_cases(s, p, today)
    comps = _complaint_rows(s, p, today)
    incs = _incident_views(s, p, today)
    counts = consent.counts(s, p.start, p.end)
    return {
        "requests": _request_figures(cases),
        "requests_by_type": {
            t: sum(1 for c in cases if requests_domain.TYPE_TEXT[t] in c.types)
            for t in requests_domain.TYPES
        },
        "requests_by_decision": _decisions(s, p),
        "complaints": len(comps),
        "complaints_late": sum(1 for c in comps if _complaint_late(c, today)),
        "complaints_by_status": {
            k: sum(1 for c in comps if c.status == k) for k in COMPLAINT_STATUS
        },
        "complaints_by_category": {
            k: sum(1 for c in comps if c.category == k) for k in COMPLAINT_CATEGORY
        },
        "incidents": len(incs),
        "incidents_reportable": sum(1 for v in incs if v.judgement.reportable),
        "incidents_late": sum(1 for v in incs if _steps_on_time(v, today) is False),
        "consents_given": counts.given,
        "consents_withdrawn": counts.withdrawn,
        "_cases": cases,
        "_complaints": comps,
        "_incidents": incs,
    }


def gather(s: Session, period: Period, today: date, who: str, personal: bool) -> BoardData:
    previous = previous_of(period)
    now_ = _figures_for(s, period, today)
    before = _figures_for(s, previous, min(today, previous.end))
    org = profile_domain.load(s)
    review_months = settings.get(s, "register.review_months")
    entries = register.list_entries(
        s,
        register.EntryFilter(active=True),
        limit=100_000,
        today=today,
        review_months=review_months,
    ).rows
    not_reviewed = register.not_reviewed_for(s, review_months, today)
    contractor_rows = contractors.list_contractors(s, today)
    attention = contractors.attention(s, today)
    check = notice_check.check(s, today)
    staff_counts = staff_domain.attention(s, today)
    open_actions = audits_domain.list_actions(s, today, True)
    last_backup = s.scalar(
        select(func.max(BackupRecord.made_at)).where(BackupRecord.verified.is_(True))
    )
    count, head_hash = audit.head(s)

    def fig(section: str, label: str, key: str, note: str = "") -> Figure:
        return Figure(section, label, now_[key], before[key], note)  # type: ignore[arg-type]

    req, req_before = now_["requests"], before["requests"]
    figures = [
        Figure("個人情報取扱台帳", "台帳の件数", len(entries)),
        Figure(
            "個人情報取扱台帳", "要配慮個人情報を含む台帳", sum(1 for e in entries if e.sensitive)
        ),
        Figure(
            "個人情報取扱台帳", "外国への移転・保管がある台帳", sum(1 for e in entries if e.abroad)
        ),
        Figure("個人情報取扱台帳", f"{review_months}か月以上見直していない台帳", len(not_reviewed)),
        fig("同意", "同意の取得", "consents_given"),
        fig("同意", "同意の撤回", "consents_withdrawn"),
        Figure("開示等請求", "受付件数", req["count"], req_before["count"]),  # type: ignore[index]
        *(
            Figure(
                "開示等請求",
                f"うち{requests_domain.TYPE_TEXT[t]}",
                now_["requests_by_type"][t],
                before["requests_by_type"][t],
            )  # type: ignore[index]
            for t in requests_domain.TYPES
        ),
        *(
            Figure(
                "開示等請求",
                f"決定：{DECISION_LABELS[d]}",
                now_["requests_by_decision"][d],
                before["requests_by_decision"][d],
            )  # type: ignore[index]
            for d in DECISION_ORDER
        ),
        Figure("開示等請求", "回答までの営業日数（中央値）", req["median"], req_before["median"]),  # type: ignore[index]
        Figure("開示等請求", "回答までの営業日数（最長）", req["longest"], req_before["longest"]),  # type: ignore[index]
        Figure("開示等請求", "目標日を過ぎたもの", req["late"], req_before["late"]),  # type: ignore[index]
        fig("苦情", "受付件数", "complaints"),
        *(
            Figure(
                "苦情",
                f"状態：{label}",
                now_["complaints_by_status"][k],  # type: ignore[index]
                before["complaints_by_status"][k],
            )  # type: ignore[index]
            for k, label in COMPLAINT_STATUS.items()
        ),
        *(
            Figure(
                "苦情",
                f"区分：{label}",
                now_["complaints_by_category"][k],  # type: ignore[index]
                before["complaints_by_category"][k],
            )  # type: ignore[index]
            for k, label in COMPLAINT_CATEGORY.items()
        ),
        fig("苦情", "回答目標日を過ぎたもの", "complaints_late"),
        fig("漏えい等", "事案の件数", "incidents"),
        fig("漏えい等", "うち個人情報保護委員会への報告対象", "incidents_reportable"),
        fig("漏えい等", "報告・通知が期限に遅れたもの", "incidents_late"),
        Figure("委託先", "委託先の数", sum(1 for r in contractor_rows if r.status != "ended")),
        Figure("委託先", "定期点検の期限を過ぎた委託先", attention["reviews_overdue"]),
        Figure(
            "委託先",
            "未完了の是正措置",
            s.scalar(select(func.count()).where(FollowUp.closed_on.is_(None))) or 0,
        ),
        Figure("委託先", "期限を過ぎた是正措置のある委託先", attention["followups_overdue"]),
        Figure("委託先", "削除証明書のない終了委託先", attention["no_deletion_certificate"]),
        Figure(
            "プライバシーポリシー",
            "台帳との整合",
            "整合"
            if check.consistent
            else (
                "ポリシー未登録"
                if check.notice_version_id is None
                else f"台帳にあってポリシーにない {len(check.items_unlinked)} 件、"
                f"ポリシーにあって台帳にない {len(check.passages_unlinked)} 件"
            ),
        ),
        Figure("職員", "誓約書のない職員等", staff_counts["no_pledge"]),
        Figure("職員", "12か月以上研修を受けていない職員等", staff_counts["training_overdue"]),
        Figure(
            "内部監査・自己点検",
            "未完了の是正処置",
            len(open_actions),
            note=f"うち期限超過 {sum(1 for a in open_actions if a.overdue)} 件",
        ),
        Figure(
            "バックアップ",
            "最後に検証済みのバックアップ",
            last_backup.date() if last_backup else "なし",
        ),
        Figure("監査ログ", "記録の件数（アンカー）", count, note=f"末尾のハッシュ {head_hash}"),
    ]

    sheets = [
        _register_sheet(entries),
        _contractor_sheet(contractor_rows, _last_reviews(s)),
        _request_sheet(now_["_cases"]),  # type: ignore[arg-type]
        _complaint_sheet(now_["_complaints"], today),  # type: ignore[arg-type]
        _incident_sheet(now_["_incidents"], today),  # type: ignore[arg-type]
    ]
    if personal:
        sheets += _personal_sheets(s, now_)
    months = _months(period)
    monthly = Monthly(
        tuple(months),
        {
            "開示等請求": _month_counts((c.received_on for c in now_["_cases"]), months),  # type: ignore[attr-defined]
            "苦情": _month_counts((c.received_at.date() for c in now_["_complaints"]), months),  # type: ignore[attr-defined]
        },
    )
    review_status = {
        "点検期限内": sum(
            1
            for r in contractor_rows
            if r.status == "active"
            and not {f.code for f in r.flags}
            & {"contractor.review_overdue", "contractor.no_selection"}
        ),
        "点検期限超過": attention["reviews_overdue"],
        "選定評価なし": sum(
            1 for r in contractor_rows if "contractor.no_selection" in {f.code for f in r.flags}
        ),
        "選定中": sum(1 for r in contractor_rows if r.status == "selecting"),
        "終了": sum(1 for r in contractor_rows if r.status == "ended"),
    }
    return BoardData(
        organisation=org.name,
        period=period,
        previous=previous,
        produced_at=datetime.now().replace(microsecond=0),
        produced_by=who,
        figures=tuple(figures),
        sheets=tuple(sheets),
        monthly=monthly,
        review_status=review_status,
        anchor=(count, head_hash),
    )


def _register_sheet(entries: Sequence[register.EntryRow]) -> Sheet:
    return Sheet(
        "個人情報取扱台帳",
        "個人情報取扱台帳",
        (
            Column("台帳", "text", 28),
            Column("担当部署", "text", 16),
            Column("責任者", "text", 14),
            Column("本人の区分", "text", 16),
            Column("要配慮", "bool", 8),
            Column("外国", "bool", 8),
            Column("媒体", "text", 10),
            Column("保存期間", "text", 20),
            Column("推定人数", "int", 10),
            Column("最終見直し", "date", 14),
        ),
        tuple(
            (
                e.name,
                e.department,
                e.responsible,
                e.subject_category,
                e.sensitive,
                e.abroad,
                {"paper": "紙", "electronic": "電子", "both": "紙・電子"}.get(e.medium, e.medium),
                e.retention_text,
                e.estimated_persons,
                e.last_reviewed_at.date() if e.last_reviewed_at else None,
            )
            for e in entries
        ),
    )


def _last_reviews(s: Session) -> dict[int, tuple[date, str]]:
    """Each contractor's last finished review: its date and result."""
    out: dict[int, tuple[date, str]] = {}
    for cid, finished, result in s.execute(
        select(
            ContractorReview.contractor_id, ContractorReview.finished_on, ContractorReview.result
        )
        .where(ContractorReview.finished_on.is_not(None))
        .order_by(ContractorReview.finished_on, ContractorReview.id)
    ):
        out[cid] = (finished, result)
    return out


RESULT_TEXT = {"fit": "適", "conditional": "条件付き適", "unfit": "不適"}


def _contractor_sheet(
    rows: Sequence[contractors.ContractorRow], last: dict[int, tuple[date, str]]
) -> Sheet:
    status = {"selecting": "選定中", "active": "契約中", "ended": "終了"}
    return Sheet(
        "委託先監督",
        "委託先の監督状況",
        (
            Column("委託先", "text", 26),
            Column("状態", "text", 8),
            Column("委託内容", "text", 24),
            Column("契約終了日", "date", 14),
            Column("最終点検日", "date", 14),
            Column("結果", "text", 10),
            Column("次回点検期限", "date", 14),
            Column("外国", "text", 10),
            Column("要対応", "text", 50),
        ),
        tuple(
            (
                r.name,
                status.get(r.status, r.status),
                r.services.splitlines()[0] if r.services else "",
                r.contract_end,
                last[r.id][0] if r.id in last else None,
                RESULT_TEXT.get(last[r.id][1], "") if r.id in last else "",
                r.next_review_due,
                r.country if r.abroad else "",
                "／".join(render(f.code, "ja", **f.params) for f in r.flags),
            )
            for r in rows
        ),
    )


def _request_sheet(cases: Sequence[RequestCase]) -> Sheet:
    return Sheet(
        "開示等請求",
        "開示等の請求（受付番号ごと）",
        (
            Column("受付番号", "text", 16),
            Column("受付日", "date", 14),
            Column("種類", "text", 30),
            Column("請求者", "text", 12),
            Column("状態", "text", 14),
            Column("回答日", "date", 14),
            Column("営業日数", "days", 10),
            Column("目標日", "date", 14),
            Column("期限内", "bool", 8),
        ),
        tuple(
            (
                c.number,
                c.received_on,
                c.types,
                c.requester,
                c.state,
                c.replied_on,
                c.days,
                c.due_on,
                c.on_time,
            )
            for c in cases
        ),
    )


def _complaint_sheet(rows: Sequence[Complaint], today: date) -> Sheet:
    return Sheet(
        "苦情",
        "苦情（受付番号ごと）",
        (
            Column("受付番号", "text", 16),
            Column("受付日", "date", 14),
            Column("経路", "text", 8),
            Column("区分", "text", 18),
            Column("状態", "text", 8),
            Column("回答目標日", "date", 14),
            Column("回答日", "date", 14),
            Column("日数", "days", 8),
            Column("期限内", "bool", 8),
        ),
        tuple(
            (
                complaints_domain.number_of(c.id, c.received_at),
                c.received_at.date(),
                CHANNEL.get(c.channel, c.channel),
                COMPLAINT_CATEGORY.get(c.category, c.category),
                COMPLAINT_STATUS.get(c.status, c.status),
                c.target_on,
                c.reply_on,
                (c.reply_on - c.received_at.date()).days if c.reply_on else None,
                None if c.status == "withdrawn" else not _complaint_late(c, today),
            )
            for c in rows
        ),
    )


def _incident_sheet(views: Sequence[incidents_domain.IncidentView], today: date) -> Sheet:
    def step(v: incidents_domain.IncidentView, name: str) -> tuple[date | None, date | None]:
        d = next((x for x in v.deadlines if x.step == name), None)
        return (d.due, d.done_on) if d else (None, None)

    rows = []
    for v in views:
        pre, notice, final = step(v, "preliminary"), step(v, "notice"), step(v, "final")
        rows.append(
            (
                v.number,
                INCIDENT_KIND.get(v.data.kind, v.data.kind),
                v.data.known_on,
                v.data.persons,
                v.judgement.reportable,
                "／".join(render(r, "ja") for r in v.judgement.reasons),
                pre[0],
                pre[1],
                notice[0],
                notice[1],
                final[0],
                final[1],
                _steps_on_time(v, today),
                "完了" if v.status == "closed" else "対応中",
            )
        )
    return Sheet(
        "漏えい等",
        "漏えい等事案（事案番号ごと）",
        (
            Column("事案番号", "text", 14),
            Column("種類", "text", 8),
            Column("把握日", "date", 14),
            Column("人数", "int", 8),
            Column("報告対象", "bool", 8),
            Column("理由", "text", 40),
            Column("速報の目安", "date", 14),
            Column("速報", "date", 14),
            Column("本人通知の目安", "date", 14),
            Column("本人通知", "date", 14),
            Column("確報の期限", "date", 14),
            Column("確報", "date", 14),
            Column("期限内", "bool", 8),
            Column("状態", "text", 8),
        ),
        tuple(rows),
    )


def _personal_sheets(s: Session, figures: dict[str, object]) -> list[Sheet]:
    cases: list[RequestCase] = figures["_cases"]  # type: ignore[assignment]
    comps: list[Complaint] = figures["_complaints"]  # type: ignore[assignment]
    return [
        Sheet(
            "開示等請求（氏名等）",
            "開示等の請求：本人の氏名と請求書の住所（取扱注意）",
            (
                Column("受付番号", "text", 16),
                Column("本人の氏名", "text", 20),
                Column("請求書の住所", "text", 48),
            ),
            tuple((c.number, c.person, c.address) for c in cases),
            personal=True,
        ),
        Sheet(
            "苦情（氏名等）",
            "苦情：申出者（取扱注意）",
            (Column("受付番号", "text", 16), Column("申出者", "text", 24)),
            tuple(
                (complaints_domain.number_of(c.id, c.received_at), c.complainant or "匿名")
                for c in comps
            ),
            personal=True,
        ),
    ]


# -- the use cases ------------------------------------------------------------------------------


@allowed(*EVERYONE)
def period_for(
    desk: Desk,
    fiscal_year: int | None = None,
    start: date | None = None,
    end: date | None = None,
) -> Period:
    with desk.uow() as s:
        month = settings.get(s, "org.fiscal_year_start_month")
    if fiscal_year is not None:
        if not 2000 <= fiscal_year <= 2200:
            raise InvalidInput("board.bad_year")
        return fiscal_period(fiscal_year, month)
    if start is None or end is None:
        raise InvalidInput("board.period_required")
    return range_period(start, end)


@allowed(*EVERYONE)
def current_fiscal_year(desk: Desk, today: date | None = None) -> int:
    with desk.uow() as s:
        return documents.fiscal_year(
            today or date.today(), settings.get(s, "org.fiscal_year_start_month")
        )


@allowed(*STAFF_UP)
def export_board(
    desk: Desk,
    period: Period,
    out: Path | None = None,
    *,
    with_personal_data: bool = False,
    password: str | None = None,
    today: date | None = None,
) -> bytes:
    """The workbook for `period`. With personal data: managers only, and only encrypted with a
    password (no plaintext copy is ever written, not even to a temporary file)."""
    today = today or date.today()
    if with_personal_data:
        if desk.context.role != Role.MANAGER:
            raise NotAllowed(
                "auth.role_not_allowed",
                action="board.export_personal",
                role=desk.context.role.value,
            )
        if not password or len(password) < PASSWORD_MIN:
            raise InvalidInput("board.password_required", min=PASSWORD_MIN)
    with desk.uow(write=True, bookkeeping=True) as s:
        data = gather(s, period, today, desk.context.username, with_personal_data)
        xlsx = writer.write_workbook(data, include_personal=with_personal_data)
        if password:
            xlsx = xlsx_crypto.encrypt(xlsx, password)
        rows = sum(len(sh.rows) for sh in data.sheets if sh.personal)
        outbound.leaving(
            desk,
            s,
            outbound.Outbound(
                "workbook.board" + (".personal" if with_personal_data else ""),
                rows,
                with_personal_data,
                bool(password),
                "file",
            ),
            out,
        )
        if out is not None:  # inside the unit of work: a failed write leaves no audit entry
            write_atomic(out, xlsx)
    return xlsx


@allowed(*EVERYONE)
def preview(desk: Desk, period: Period, today: date | None = None) -> BoardData:
    """What the workbook will hold (the page shows it before exporting); no personal sheets."""
    with desk.uow() as s:
        return gather(s, period, today or date.today(), desk.context.username, False)
