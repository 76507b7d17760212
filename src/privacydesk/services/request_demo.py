"""Demo data-subject requests (開示等の請求) in every state, made through the request services as
the demo manager, so that every letter is a real numbered document and every step is audited.

A fixed list of scenarios covers the states, the kinds of requester (the person, 親権者 and
成年後見人, a lawyer as appointed agent), protected persons, overdue requests, electronic
disclosure and returned mail; beyond the list the scenarios repeat with other persons and dates.
Each request gets its acknowledgement and the letters its state implies, no more: letters are
the slow part.
"""

from __future__ import annotations

import random
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from faker import Faker
from sqlalchemy import select
from sqlalchemy.orm import Session

from privacydesk.domain import calendar
from privacydesk.domain.calendar import Calendar
from privacydesk.domain.mynumber import contains_my_number
from privacydesk.services import requests as rq
from privacydesk.services import subjects as subjects_service
from privacydesk.services.desk import Desk
from privacydesk.services.requests import Decision, RequestInput, TypeInput
from privacydesk.services.subjects import SubjectData
from privacydesk.storage.models import RegisterEntry, Subject, SubjectEntry
from privacydesk.tasks import CancelToken

# Who made the request, as a scenario names it: the person, 親権者, 成年後見人, a lawyer.
PERSON, PARENT, GUARDIAN, LAWYER = "person", "parent", "guardian", "lawyer"
HISTORY = (
    "会報の送付",
    "相談の受付",
    "研修への申込み",
    "寄付の受領",
    "行事への参加",
    "住所変更の届出",
)
CONSULTATION = (
    "在留資格の更新について相談。必要書類を案内した。",
    "勤務先での賃金未払いについて相談。労働基準監督署を紹介した。",
    "日本語教室の日程について問合せ。",
    "住居の契約について相談。通訳付きで説明した。",
    "研修の修了証の再発行を希望。",
    "会報の送付先の変更を依頼。",
)
DEPARTMENTS = ("事務局", "相談支援部", "研修部", "広報部")


@dataclass(frozen=True)
class _Person:
    id: int
    name: str
    birth: date | None
    relation: str  # a minor's representative: 母 / 父
    representative: str
    protected: bool
    postal_code: str
    address: str
    entries: tuple[int, ...]


@dataclass
class _Made:
    """What the scenarios made, for the summary."""

    requests: int = 0
    letters: int = 0


class _Maker:
    """Runs the scenarios: dates on the office calendar, persons from pools, service calls."""

    def __init__(
        self,
        desk: Desk,
        rng: random.Random,
        fake: Faker,
        cal: Calendar,
        today: date,
        pools: dict[str, list[_Person]],
        fallback_entry: int | None,
    ) -> None:
        self.desk, self.rng, self.fake, self.cal, self.today = desk, rng, fake, cal, today
        self.pools = pools
        self.fallback_entry = fallback_entry
        self.last_open = today
        while not cal.is_open(self.last_open):
            self.last_open -= timedelta(days=1)
        self.made = _Made()
        self._used: dict[str, int] = {}

    # -- dates ------------------------------------------------------------------------------
    def days_back(self, n: int) -> date:
        """The n-th open day before the last open day up to today (0: that day itself)."""
        d = self.last_open
        while n > 0:
            d -= timedelta(days=1)
            if self.cal.is_open(d):
                n -= 1
        return d

    def after(self, d: date, n: int) -> date:
        """n business days after d, never later than today's last open day."""
        return min(self.cal.add_business_days(d, n), self.last_open) if n else d

    # -- persons ----------------------------------------------------------------------------
    def person(self, pool: str) -> _Person:
        people = self.pools[pool] or self.pools["adult"]
        i = self._used.get(pool, 0)
        self._used[pool] = i + 1
        return people[i % len(people)]

    def tracking(self) -> str:
        # Twelve digits as Japan Post prints them; about 1 in 11 passes the My Number check
        # digit and would be refused as one, so draw again.
        r = self.rng
        while True:
            number = f"{r.randint(1000, 9999)}-{r.randint(1000, 9999)}-{r.randint(1000, 9999)}"
            if not contains_my_number(number):
                return number

    # -- steps ------------------------------------------------------------------------------
    def receive(
        self,
        p: _Person,
        types: Sequence[str],
        requester: str,
        ago: int,
        electronic: bool = False,
    ) -> tuple[int, date]:
        received = self.days_back(ago + self.rng.randint(0, 2))
        fake, rng = self.fake, self.rng
        kind, name, honorific, relation, postal, address = "person", "", "様", "", "", ""
        if requester == PARENT:
            kind, relation = "legal_rep", f"親権者（{p.relation or '母'}）"
            name = p.representative or f"{p.name.split()[0]}\u3000{fake.first_name()}"
            postal, address = p.postal_code, p.address  # the same household
        elif requester == GUARDIAN:
            kind, name = "legal_rep", fake.name()
            if rng.random() < 0.5:
                honorific, relation = "先生", "成年後見人（弁護士）"
                address = f"{fake.address()}　{name.split()[0]}法律事務所"
            else:
                relation, address = "成年後見人", fake.address()
            postal = fake.postcode()
        elif requester == LAWYER:
            kind, name, honorific = "appointed_agent", fake.name(), "先生"
            relation = "弁護士（委任による代理人）"
            postal = fake.postcode()
            address = f"{fake.address()}　{name.split()[0]}法律事務所"
        method = "electronic" if electronic else ""
        data = RequestInput(
            received_on=received,
            subject_id=p.id,
            types=[
                TypeInput(t, method if t in ("disclosure", "provision_records") else "")
                for t in types
            ],
            channel=rng.choice(("post", "post", "post", "counter", "email")),
            form=rng.choice(("office_form", "office_form", "own_letter")),
            requester_kind=kind,
            agent_name=name,
            agent_honorific=honorific,
            agent_relation=relation,
            request_postal_code=postal,
            request_address=address,
            entry_ids=list(p.entries) or ([self.fallback_entry] if self.fallback_entry else []),
        )
        rid = rq.receive(self.desk, data, today=self.today)
        self.made.requests += 1
        return rid, received

    def documents(self, rid: int, requester: str, on: date) -> None:
        """The identity (and authority) documents that came with the request."""
        add = rq.add_document
        if requester == PERSON:
            kind = self.rng.choice(("driver_licence", "residence_card", "mynumber_card"))
            add(self.desk, rid, "person", kind, on, today=self.today)
            return
        add(self.desk, rid, "agent", "driver_licence", on, today=self.today)
        if requester == PARENT:
            add(
                self.desk, rid, "authority", "koseki", on, on - timedelta(days=20), today=self.today
            )
        elif requester == GUARDIAN:
            add(
                self.desk,
                rid,
                "authority",
                "registry_cert",
                on,
                on - timedelta(days=30),
                today=self.today,
            )
        else:
            add(self.desk, rid, "authority", "power_of_attorney", on, today=self.today)
            add(
                self.desk,
                rid,
                "authority",
                "seal_cert",
                on,
                on - timedelta(days=10),
                today=self.today,
            )

    def acknowledge(self, rid: int, on: date) -> None:
        """The acknowledgement: for every request of the first round, then for one in four
        (letters are what takes the time)."""
        if self.made.requests <= len(SCENARIOS) or self.made.requests % 4 == 0:
            self.letter(rid, "acknowledgement", on)

    def letter(self, rid: int, kind: str, on: date) -> None:
        rq.letter(self.desk, rid, kind, today=on)
        self.made.letters += 1

    def confirm(self, rid: int, p: _Person, requester: str, on: date) -> None:
        self.documents(rid, requester, on)
        rq.record_identity(
            self.desk,
            rid,
            confirmed=True,
            confirmed_postal_code=p.postal_code,
            confirmed_address=p.address,
            address_matches_register=True,
            today=on,
        )

    def pay(self, rid: int, received: date, on: date) -> None:
        due = rq.get(self.desk, rid, today=on).fee_due
        if due:
            method = self.rng.choice(("postal_stamps", "postal_stamps", "money_order", "cash"))
            rq.record_fee(self.desk, rid, amount=due, received_on=received, method=method, today=on)

    def ready(self, rid: int, p: _Person, requester: str, received: date, on: date) -> None:
        self.confirm(rid, p, requester, on)
        self.pay(rid, received, on)

    def extract(self, rid: int) -> None:
        """What each covered entry's system holds on the person, for disclosure."""
        rng = self.rng
        for i, cover in enumerate(rq.get(self.desk, rid, today=self.today).entries):
            if i and rng.random() < 0.5:
                rq.set_enclosure(
                    self.desk, rid, cover.entry_id, f"紙の申込書の写し　{rng.randint(1, 3)}枚"
                )
                continue
            start = date(2021, 4, 1)
            rows = sorted(
                [
                    (start + timedelta(days=rng.randint(0, 1500))).isoformat(),
                    rng.choice(HISTORY),
                    rng.choice(CONSULTATION),
                    rng.choice(DEPARTMENTS),
                ]
                for _ in range(rng.randint(3, 12))
            )
            rq.set_extract(
                self.desk,
                rid,
                cover.entry_id,
                f"{cover.entry_name or '台帳'}の抽出",
                ["記録日", "区分", "内容", "担当"],
                rows,
            )

    def mail(self, rid: int, kind: str, on: date, method: str = "") -> int:
        method = method or self.rng.choice(("ordinary", "simple_registered", "specified_record"))
        tracking = self.tracking() if method != "ordinary" and method != "counter" else ""
        return rq.record_mailing(
            self.desk,
            rid,
            kind=kind,
            method=method,
            sent_on=on,
            tracking_number=tracking,
            today=self.today,
        )

    def missing(self, rid: int, codes: list[str], on: date) -> None:
        """Documents short: the clock stops, and the letter asks for them by a date."""
        rq.record_identity(
            self.desk,
            rid,
            confirmed=False,
            missing=codes,
            deadline=on + timedelta(days=14),
            today=on,
        )
        self.letter(rid, "identity-check", on)

    def protect(self, rid: int, method: str, postal: str, address: str) -> None:
        """A manager approves a protected person's request and chooses where letters go."""
        rq.approve(self.desk, rid)
        rq.set_delivery(self.desk, rid, method, postal, address)


# -- the scenarios ----------------------------------------------------------------------------
# Each makes one request and leaves it in the state its name says.


def _identity_missing_person(m: _Maker) -> None:
    p = m.person("adult")
    rid, r = m.receive(p, ["disclosure"], PERSON, ago=4)
    m.acknowledge(rid, r)
    rq.add_document(m.desk, rid, "person", "passport", r, date(2021, 6, 1), today=m.today)
    m.missing(rid, ["person_address"], m.after(r, 1))


def _identity_missing_lawyer(m: _Maker) -> None:
    p = m.person("adult")
    rid, r = m.receive(p, ["disclosure", "correction"], LAWYER, ago=6)
    m.acknowledge(rid, r)
    rq.add_document(m.desk, rid, "agent", "driver_licence", r, today=m.today)
    rq.add_document(m.desk, rid, "authority", "power_of_attorney", r, today=m.today)
    m.missing(rid, ["seal_or_signature"], m.after(r, 2))


def _identity_missing_guardian(m: _Maker) -> None:
    p = m.person("elderly")
    rid, r = m.receive(p, ["purpose", "disclosure"], GUARDIAN, ago=3)
    m.acknowledge(rid, r)
    rq.add_document(m.desk, rid, "agent", "driver_licence", r, today=m.today)
    old = r - timedelta(days=160)
    rq.add_document(m.desk, rid, "authority", "registry_cert", r, old, today=m.today)
    m.missing(rid, ["certificate_too_old", "legal_authority"], m.after(r, 1))


def _identity_unchecked(m: _Maker) -> None:
    p = m.person("adult")
    rid, r = m.receive(p, ["correction"], PERSON, ago=0)
    m.acknowledge(rid, r)


def _fee_short(m: _Maker) -> None:
    p = m.person("adult")
    rid, r = m.receive(p, ["disclosure"], PERSON, ago=8)
    m.acknowledge(rid, r)
    on = m.after(r, 2)
    m.confirm(rid, p, PERSON, on)
    rq.record_fee(
        m.desk,
        rid,
        amount=500,
        received_on=r,
        method="postal_stamps",
        deadline=on + timedelta(days=14),
        today=on,
    )
    m.letter(rid, "fee-shortfall", on)


def _fee_unpaid_parent(m: _Maker) -> None:
    p = m.person("minor")
    rid, r = m.receive(p, ["provision_records"], PARENT, ago=7)
    m.acknowledge(rid, r)
    on = m.after(r, 1)
    m.confirm(rid, p, PARENT, on)
    rq.record_fee(m.desk, rid, amount=0, deadline=on + timedelta(days=14), today=on)
    m.letter(rid, "fee-shortfall", on)


def _review_correction(m: _Maker) -> None:
    p = m.person("adult")
    rid, r = m.receive(p, ["correction"], PERSON, ago=3)
    m.acknowledge(rid, r)
    m.ready(rid, p, PERSON, r, m.after(r, 1))


def _review_overdue(m: _Maker) -> None:
    p = m.person("adult")
    rid, r = m.receive(p, ["disclosure", "purpose"], PERSON, ago=35)
    m.acknowledge(rid, r)
    m.ready(rid, p, PERSON, r, m.after(r, 2))


def _review_overdue_lawyer(m: _Maker) -> None:
    p = m.person("adult")
    rid, r = m.receive(p, ["suspension", "stop_provision"], LAWYER, ago=25)
    m.acknowledge(rid, r)
    m.ready(rid, p, LAWYER, r, m.after(r, 3))


def _review_protected(m: _Maker) -> None:
    p = m.person("protected")
    rid, r = m.receive(p, ["disclosure"], PERSON, ago=4)
    m.protect(rid, "counter_pickup", "", "")
    m.acknowledge(rid, r)
    m.ready(rid, p, PERSON, r, m.after(r, 1))


def _decided_disclosure(m: _Maker) -> None:
    p = m.person("adult")
    rid, r = m.receive(p, ["disclosure"], PERSON, ago=9)
    m.acknowledge(rid, r)
    m.ready(rid, p, PERSON, r, m.after(r, 1))
    m.extract(rid)
    on = m.after(r, 7)
    rq.decide(m.desk, rid, Decision("disclosure", "full"), today=on)
    m.letter(rid, "disclosure", on)


def _decided_method_change(m: _Maker) -> None:
    p = m.person("adult")
    rid, r = m.receive(p, ["disclosure"], PERSON, ago=8, electronic=True)
    m.acknowledge(rid, r)
    m.ready(rid, p, PERSON, r, m.after(r, 1))
    m.extract(rid)
    on = m.after(r, 8)
    reason = "紙で保管している記録で、電磁的記録の作成に多額の費用を要するため"
    rq.decide(
        m.desk,
        rid,
        Decision("disclosure", "full", method_used="paper", method_reason=reason),
        today=on,
    )
    m.letter(rid, "method-change", on)
    m.letter(rid, "disclosure", on)


def _electronic(m: _Maker, ago: int) -> tuple[int, date]:
    """Disclosure by electronic record: the protected PDF on a CD-R by 簡易書留, the password
    by separate ordinary mail the next business day."""
    p = m.person("adult")
    rid, r = m.receive(p, ["disclosure"], PERSON, ago=ago, electronic=True)
    m.acknowledge(rid, r)
    m.ready(rid, p, PERSON, r, m.after(r, 1))
    m.extract(rid)
    on = m.after(r, 6)
    rq.decide(m.desk, rid, Decision("disclosure", "full"), today=on)
    rq.disclose_electronic(m.desk, rid, today=on)
    m.mail(rid, "disclosure-electronic", on, "simple_registered")
    then = m.after(on, 1)
    m.letter(rid, "password-notice", then)
    m.mail(rid, "password-notice", then, "ordinary")
    return rid, then


def _sent_electronic(m: _Maker) -> None:
    _electronic(m, ago=14)


def _sent_partial_lawyer(m: _Maker) -> None:
    p = m.person("adult")
    rid, r = m.receive(p, ["disclosure"], LAWYER, ago=16)
    m.acknowledge(rid, r)
    m.ready(rid, p, LAWYER, r, m.after(r, 2))
    m.extract(rid)
    cover = rq.get(m.desk, rid, today=m.today).entries[0]
    rq.set_withheld(m.desk, rid, cover.entry_id, [("相談記録のうち第三者の発言部分", "harm")])
    on = m.after(r, 9)
    rq.decide(
        m.desk,
        rid,
        Decision(
            "disclosure",
            "partial",
            grounds=["harm"],
            reason="相談記録に第三者の発言が含まれ、開示によりその方の権利利益を害するおそれがあるため",
        ),
        today=on,
    )
    m.letter(rid, "disclosure", on)  # to the person, at the address confirmed
    m.mail(rid, "disclosure", on, "simple_registered")


def _sent_correction(m: _Maker) -> None:
    p = m.person("adult")
    rid, r = m.receive(p, ["correction"], PERSON, ago=12)
    m.acknowledge(rid, r)
    m.ready(rid, p, PERSON, r, m.after(r, 1))
    on = m.after(r, 6)
    changes = "登録住所を新住所に訂正しました。\n電話番号を訂正しました。"
    rq.decide(m.desk, rid, Decision("correction", "done", changes=changes), today=on)
    m.letter(rid, "correction-result", on)
    m.mail(rid, "correction-result", on, "specified_record")


def _sent_refused_parent(m: _Maker) -> None:
    p = m.person("minor")
    rid, r = m.receive(p, ["disclosure"], PARENT, ago=18)
    m.acknowledge(rid, r)
    m.ready(rid, p, PARENT, r, m.after(r, 2))
    on = m.after(r, 10)
    reason = "相談の内容にご本人以外の方の安全に関わる情報が含まれるため"
    rq.decide(
        m.desk, rid, Decision("disclosure", "refused", grounds=["harm"], reason=reason), today=on
    )
    m.letter(rid, "non-disclosure", on)  # to the legal representative (the setting)
    m.mail(rid, "non-disclosure", on, "simple_registered")


def _sent_protected_guardian(m: _Maker) -> None:
    p = m.person("protected")
    rid, r = m.receive(p, ["disclosure"], GUARDIAN, ago=20)
    v = rq.get(m.desk, rid, today=m.today)
    m.protect(rid, "restricted_delivery", v.request_postal_code, v.request_address)
    m.acknowledge(rid, r)
    m.ready(rid, p, GUARDIAN, r, m.after(r, 2))
    m.extract(rid)
    on = m.after(r, 9)
    rq.decide(m.desk, rid, Decision("disclosure", "full"), today=on)
    m.letter(rid, "disclosure", on)
    m.mail(rid, "disclosure", on, "restricted_delivery")


def _closed_suspension(m: _Maker) -> None:
    p = m.person("adult")
    rid, r = m.receive(p, ["suspension"], PERSON, ago=40)
    m.acknowledge(rid, r)
    m.ready(rid, p, PERSON, r, m.after(r, 1))
    on = m.after(r, 7)
    measures = "会報の送付を停止し、送付先の一覧から削除しました。"
    rq.decide(m.desk, rid, Decision("suspension", "done", changes=measures), today=on)
    m.letter(rid, "suspension-result", on)
    m.mail(rid, "suspension-result", on, "ordinary")
    rq.close(m.desk, rid, on=m.after(on, 3))


def _closed_purpose_parent(m: _Maker) -> None:
    p = m.person("minor")
    rid, r = m.receive(p, ["purpose"], PARENT, ago=30)
    m.acknowledge(rid, r)
    m.ready(rid, p, PARENT, r, m.after(r, 2))
    on = m.after(r, 5)
    rq.decide(m.desk, rid, Decision("purpose", "notified"), today=on)
    m.letter(rid, "purpose-notice", on)
    m.mail(rid, "purpose-notice", on, "ordinary")
    rq.close(m.desk, rid, on=m.after(on, 2))


def _closed_electronic(m: _Maker) -> None:
    rid, then = _electronic(m, ago=45)
    rq.close(m.desk, rid, on=m.after(then, 5))


def _closed_identity_lapsed(m: _Maker) -> None:
    p = m.person("adult")
    rid, r = m.receive(p, ["disclosure"], PERSON, ago=50)
    m.acknowledge(rid, r)
    on = m.after(r, 1)
    m.missing(rid, ["person_id"], on)
    lapsed = m.cal.next_open(on + timedelta(days=15))
    rq.identity_lapsed(m.desk, rid, today=lapsed)
    m.letter(rid, "non-disclosure", lapsed)
    m.mail(rid, "non-disclosure", lapsed, "ordinary")
    rq.close(m.desk, rid, on=m.after(lapsed, 2))


def _returned_mail(m: _Maker) -> None:
    """Closed, then the decision came back undelivered (宛所不明): reopened to send again."""
    p = m.person("adult")
    rid, r = m.receive(p, ["correction"], PERSON, ago=30)
    m.acknowledge(rid, r)
    m.ready(rid, p, PERSON, r, m.after(r, 1))
    on = m.after(r, 5)
    rq.decide(
        m.desk, rid, Decision("correction", "done", changes="氏名の表記を訂正しました。"), today=on
    )
    m.letter(rid, "correction-result", on)
    mid = m.mail(rid, "correction-result", on, "ordinary")
    rq.close(m.desk, rid, on=m.after(on, 2))
    back = m.after(on, 6)
    rq.mark_mailing(
        m.desk, mid, "returned", back, "宛所に尋ねあたりません（転居先不明）", today=m.today
    )


def _withdrawn_fee_unpaid(m: _Maker) -> None:
    p = m.person("adult")
    rid, r = m.receive(p, ["disclosure"], PERSON, ago=45)
    m.acknowledge(rid, r)
    on = m.after(r, 2)
    m.confirm(rid, p, PERSON, on)
    deadline = on + timedelta(days=14)
    rq.record_fee(m.desk, rid, amount=0, deadline=deadline, today=on)
    m.letter(rid, "fee-shortfall", on)
    closed = m.after(deadline, 2)
    rq.withdraw(m.desk, rid, "fee_unpaid", on=closed)
    m.letter(rid, "withdrawn", closed)
    m.mail(rid, "withdrawn", closed, "ordinary")


def _withdrawn_by_requester(m: _Maker) -> None:
    p = m.person("adult")
    rid, r = m.receive(p, ["correction", "suspension"], LAWYER, ago=20)
    m.acknowledge(rid, r)
    closed = m.after(r, 4)
    rq.withdraw(m.desk, rid, "withdrawn_by_requester", on=closed)
    m.letter(rid, "withdrawn", closed)


SCENARIOS: tuple[Callable[[_Maker], None], ...] = (
    _identity_missing_person,
    _identity_missing_lawyer,
    _identity_missing_guardian,
    _identity_unchecked,
    _fee_short,
    _fee_unpaid_parent,
    _review_correction,
    _review_overdue,
    _review_overdue_lawyer,
    _review_protected,
    _decided_disclosure,
    _decided_method_change,
    _sent_electronic,
    _sent_partial_lawyer,
    _sent_correction,
    _sent_refused_parent,
    _sent_protected_guardian,
    _closed_suspension,
    _closed_purpose_parent,
    _closed_electronic,
    _closed_identity_lapsed,
    _returned_mail,
    _withdrawn_fee_unpaid,
    _withdrawn_by_requester,
)
MIN_REQUESTS = len(SCENARIOS)


# -- persons and the entry point --------------------------------------------------------------


def _persons(s: Session, ids: Sequence[int]) -> list[_Person]:
    rows = list(s.scalars(select(Subject).where(Subject.id.in_(list(ids)))))
    links: dict[int, list[int]] = {}
    for subject_id, entry_id in s.execute(
        select(SubjectEntry.subject_id, SubjectEntry.entry_id)
        .where(SubjectEntry.subject_id.in_(list(ids)))
        .order_by(SubjectEntry.entry_id)
    ):
        links.setdefault(subject_id, []).append(entry_id)
    return [
        _Person(
            r.id,
            r.legal_name,
            r.birth_date,
            r.representative_relation,
            r.representative_name,
            r.protected,
            r.postal_code,
            r.address,
            tuple(links.get(r.id, [])[:2]),
        )
        for r in sorted(rows, key=lambda r: r.id)
    ]


def _pools(
    desk: Desk, subject_ids: Sequence[int], count: int, rng: random.Random, today: date
) -> tuple[dict[str, list[_Person]], int | None, Calendar]:
    """Persons to make requests about, by the requester they suit; minors and protected
    persons are searched among all the demo's persons (they are few)."""
    sample = rng.sample(list(subject_ids), k=min(len(subject_ids), count * 3))
    lo, hi = (min(subject_ids), max(subject_ids)) if subject_ids else (0, -1)
    with desk.uow() as s:
        cal = calendar.office_calendar(s)
        people = _persons(s, sample)
        in_range = (Subject.id >= lo, Subject.id <= hi)
        minors = _persons(
            s,
            list(
                s.scalars(
                    select(Subject.id)
                    .where(*in_range, Subject.representative_name != "", ~Subject.protected)
                    .limit(50)
                )
            ),
        )
        hidden = _persons(
            s, list(s.scalars(select(Subject.id).where(*in_range, Subject.protected).limit(20)))
        )
        entry = s.scalars(
            select(RegisterEntry.id)
            .where(RegisterEntry.active, RegisterEntry.app_own.is_(False))
            .order_by(RegisterEntry.id)
        ).first()
    adults = [p for p in people if not p.protected and not p.representative and p.address]
    elderly_born = today - timedelta(days=75 * 365)
    pools = {
        "adult": adults,
        "elderly": [p for p in adults if p.birth and p.birth <= elderly_born],
        "minor": minors,
        "protected": hidden,
    }
    return pools, entry, cal


def _synthetic(
    desk: Desk, fake: Faker, rng: random.Random, today: date, minor: bool, protected: bool
) -> _Person:
    """A demo person made for the requests when the demo's own persons have none of a kind."""
    last, first = fake.last_name(), fake.first_name()
    birth = today - timedelta(days=(rng.randint(8, 15) if minor else rng.randint(25, 70)) * 365)
    data = SubjectData(
        legal_name=f"{last}\u3000{first}",
        birth_date=birth,
        postal_code=fake.postcode(),
        address=fake.address(),
        category="相談者",
        representative_name=f"{last}\u3000{fake.first_name()}" if minor else "",
        representative_relation=rng.choice(("母", "父")) if minor else "",
        protected=protected,
    )
    row = subjects_service.create_subject(desk, data, allow_duplicate=True)
    return _Person(
        row.id,
        data.legal_name,
        birth,
        data.representative_relation,
        data.representative_name,
        protected,
        data.postal_code,
        data.address,
        (),
    )


def add_requests(
    desk: Desk,
    subject_ids: Sequence[int],
    count: int,
    seed: int,
    today: date,
    fake: Faker,
    cancel: CancelToken | None = None,
) -> tuple[int, int]:
    """At least MIN_REQUESTS requests about the given demo persons, every scenario once and
    then again in turn; returns (requests, letters). Runs as the demo manager (services
    check each step's role)."""
    if not subject_ids:
        return 0, 0
    rng = random.Random(seed)
    count = max(count, MIN_REQUESTS)
    pools, entry, cal = _pools(desk, subject_ids, count, rng, today)
    if not pools["adult"]:
        pools["adult"] = [_synthetic(desk, fake, rng, today, minor=False, protected=False)]
    if not pools["minor"]:
        pools["minor"] = [_synthetic(desk, fake, rng, today, minor=True, protected=False)]
    if not pools["protected"]:
        pools["protected"] = [
            _synthetic(desk, fake, rng, today, minor=False, protected=True) for _ in range(2)
        ]
    maker = _Maker(desk, rng, fake, cal, today, pools, entry)
    for i in range(count):
        if cancel is not None:
            cancel.raise_if_cancelled()
        SCENARIOS[i % len(SCENARIOS)](maker)
    return maker.made.requests, maker.made.letters
