"""Demo contractors (委託先) made through the contractor services as the demo manager: the
register's outsourcing recipients and the usual contractors of a small NPO, with three years of
reviews answered question by question, follow-ups, certifications, subcontractors, transfer
abroad and ended contracts, so that every flag the list can show appears at least once.

A fixed list of scenarios gives each flag its story; the register's own outsourcing recipients
take the scenario that fits them (by name, as the migration would have made them), any other
recipient gets a well-kept contractor, and larger demos add more of those. Answers are the slow
part (one unit of work each, about 30 per review), so only a few contractors have a review in
each of the three years.
"""

from __future__ import annotations

import random
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta

from faker import Faker

from privacydesk.domain.contractors import add_months
from privacydesk.domain.mynumber import contains_my_number
from privacydesk.services import contractors as cs
from privacydesk.services import register
from privacydesk.services.contractors import CLAUSES, ContractorData
from privacydesk.services.desk import Desk
from privacydesk.services.register import EntryFilter
from privacydesk.tasks import CancelToken

PERSONS_PER_CONTRACTOR = 2000
MIN_CONTRACTORS = 10
OWNER = "事務局 個人情報保護担当"
SUBCONTRACT_CODES = frozenset(
    {
        "rul.subcontract",
        "org.subcontractor",
        "rul.subcontract_approved",
        "org.subcontractor_supervised",
    }
)
CERT_CODES = frozenset({"pol.certification", "pol.certification_valid"})
ABROAD_ONLY_CODES = frozenset({"for.system", "for.system_changes"})
EVIDENCE = {
    "pol.policy": "先方ウェブサイトのプライバシーポリシー",
    "rul.contract_terms": "委託契約書 第8条〜第14条",
    "org.incident_notice": "委託契約書 第11条（事故時の報告）",
    "hum.nda": "従業者の誓約書の様式を確認",
    "phy.area": "現地確認（執務室の入退室管理）",
    "tec.authentication": "セキュリティチェックシートの回答",
    "org.reports": "取扱状況報告書（年1回）を受領",
    "tec.logs_checked": "アクセスログの点検記録を確認",
}
US_INFO = (
    "提供先は米国の事業者。米国の個人情報保護制度（FTC 法等）と提供先の措置を確認し、"
    "提供先との契約（データ処理契約）で日本の個人情報保護法に沿った取扱い（相当措置）を"
    "義務付けている（規則16）。"
)


@dataclass(frozen=True)
class _Recipient:
    """An outsourcing recipient the register names, with the entries that name it."""

    name: str
    links: tuple[tuple[int, str], ...]
    abroad: bool
    country: str


@dataclass
class _Made:
    contractors: int = 0
    reviews: int = 0
    answers: int = 0


@dataclass
class _Entries:
    """The register's active entries (not the app's own), by name, and the recipients."""

    by_name: dict[str, tuple[int, bool]] = field(default_factory=dict)  # id, sensitive
    recipients: list[_Recipient] = field(default_factory=list)


class _Maker:
    """Runs the scenarios: dates relative to today, register links, service calls."""

    def __init__(
        self, desk: Desk, rng: random.Random, fake: Faker, today: date, entries: _Entries
    ) -> None:
        self.desk, self.rng, self.fake, self.today = desk, rng, fake, today
        self.entries = entries
        self.unclaimed = list(entries.recipients)
        self.made = _Made()

    # -- dates ------------------------------------------------------------------------------
    def ago(self, months: int, days: int = 0) -> date:
        return add_months(self.today, -months) - timedelta(days=days)

    def contract_end(self) -> date:
        """The end of the fiscal year (31 March), at least 90 days away: renewed yearly."""
        end = date(self.today.year, 3, 31)
        while end < self.today + timedelta(days=90):
            end = date(end.year + 1, 3, 31)
        return end

    # -- the register ---------------------------------------------------------------------------
    def claim(self, *words: str) -> _Recipient | None:
        """The register's recipient whose name holds one of the words, taken from the pool."""
        for r in self.unclaimed:
            if any(w in r.name for w in words):
                self.unclaimed.remove(r)
                return r
        return None

    def links(
        self, names: Sequence[str], items: str, sensitive: bool | None = None
    ) -> list[tuple[int, str]]:
        """The named entries; when the register has none of them, one that fits (sensitive or
        not, as asked), so a scenario keeps its story on any register."""
        found = [(self.entries.by_name[n][0], items) for n in names if n in self.entries.by_name]
        if found:
            return found
        pool = sorted(
            eid
            for eid, is_sensitive in self.entries.by_name.values()
            if sensitive is None or is_sensitive == sensitive
        )
        return [(self.rng.choice(pool), items)] if pool else []

    # -- made-up details ----------------------------------------------------------------------
    def clean(self, draw: Callable[[], str]) -> str:
        # A Faker value never reads as a My Number (the services would refuse it).
        while True:
            value = draw()
            if not contains_my_number(value):
                return value

    def surname(self) -> str:
        return str(self.fake.last_name())

    # -- steps ------------------------------------------------------------------------------
    def contractor(
        self,
        name: str,
        services: str,
        links: Sequence[tuple[int, str]] = (),
        *,
        status: str = "active",
        start: date | None = None,
        end: date | None = None,
        clauses: Sequence[str] = CLAUSES,
        **kw: object,
    ) -> int:
        fake = self.fake
        n = self.made.contractors + 1
        data = ContractorData(
            name=name,
            postal_code=fake.postcode(),
            address=self.clean(fake.address),
            representative="代表取締役 " + fake.name() if "株式会社" in name else fake.name(),
            contact_person=fake.name(),
            phone=self.clean(fake.phone_number),
            email=f"privacy{n:02d}@example.co.jp",
            services=services,
            status=status,
            contract_start=start,
            contract_end=end if end is not None or status == "selecting" else self.contract_end(),
            clauses=list(clauses),
            **kw,  # type: ignore[arg-type]
        )
        cid = cs.create(self.desk, data)
        if links:
            cs.set_entries(self.desk, cid, list(links))
        self.made.contractors += 1
        return cid

    def review(
        self,
        cid: int,
        kind: str,
        finished: date,
        problems: dict[str, str] | None = None,
        *,
        abroad: bool = False,
        certified: bool = True,
        subcontracts: bool = False,
        answered_by: str = "office",
        summary: str = "",
        until: int | None = None,
    ) -> int:
        """A review answered in full (or its first `until` questions, left open): 適合 unless
        a question is in `problems` (不適合, with its comment), or does not apply."""
        problems = problems or {}
        started = finished - timedelta(days=self.rng.randint(3, 20))
        rid = cs.start_review(self.desk, cid, kind, answered_by, today=started)
        _row, template, _answers = cs.review(self.desk, rid)
        questions = template.questions if until is None else template.questions[:until]
        for q in questions:
            value, comment = "yes", ""
            if q.code in problems:
                value, comment = "no", problems[q.code]
            elif q.code in SUBCONTRACT_CODES and not subcontracts:
                value, comment = "na", "再委託なし"
            elif q.code in CERT_CODES and not certified:
                value, comment = "na", "第三者認証は未取得（当会の基準では必須としない）"
            elif q.code in ABROAD_ONLY_CODES and not abroad:
                value, comment = "na", "国内でのみ取り扱う"
            cs.answer(self.desk, rid, q.id, value, comment, EVIDENCE.get(q.code, ""))
            self.made.answers += 1
        self.made.reviews += 1
        if until is None:
            result = "conditional" if problems else "fit"
            text = summary or ("是正措置の実施を条件として継続" if problems else "")
            cs.finish_review(self.desk, rid, result, text, finished, today=self.today)
        return rid

    def followup(
        self,
        cid: int,
        rid: int | None,
        action: str,
        due: date,
        closed: date | None = None,
        note: str = "",
    ) -> int:
        fid = cs.add_followup(self.desk, cid, action, OWNER, due, rid)
        if closed is not None:
            cs.close_followup(self.desk, fid, closed, note, today=self.today)
        return fid


# -- scenarios --------------------------------------------------------------------------------


def _shipper(m: _Maker) -> None:
    """発送代行: three years of reviews, a Privacy Mark expiring soon, and an approved
    subcontractor for the delivery."""
    r = m.claim("発送")
    name = r.name if r else f"株式会社{m.surname()}ロジスティクス"
    links = list(r.links) if r else m.links(["会報誌発送先リスト"], "氏名、郵便番号、住所")
    selected = m.ago(34)
    cid = m.contractor(
        name,
        "会報誌・寄付金領収書の封入・封緘・発送",
        links,
        start=selected + timedelta(days=14),
    )
    cs.add_certification(m.desk, cid, "pmark", "プライバシーマーク", m.today + timedelta(days=40))
    m.review(cid, "selection", selected, answered_by="contractor", subcontracts=True)
    m.review(cid, "periodic", m.ago(22), subcontracts=True)
    m.review(cid, "periodic", m.ago(10), subcontracts=True)
    approved = m.ago(20)
    sub = m.contractor(
        f"株式会社{m.surname()}運輸",
        "発送物の集荷・配送（発送代行業者からの再委託）",
        [(eid, "宛名（氏名、郵便番号、住所）") for eid, _items in links],
        start=approved,
        principal_id=cid,
        subcontract_approved_on=approved,
        review_months=24,  # checked through the principal's yearly report in between
        notes="再委託の承認申請書（2通）を受領し承認",
    )
    m.review(sub, "selection", approved - timedelta(days=5), answered_by="contractor")


def _payment(m: _Maker) -> None:
    r = m.claim("決済")
    name = r.name if r else f"株式会社{m.surname()}ペイメント"
    links = list(r.links) if r else m.links(["マンスリーサポーター（継続寄付）"], "氏名、決済結果")
    selected = m.ago(30)
    cid = m.contractor(
        name, "クレジットカード決済の代行（継続寄付）", links, start=selected + timedelta(days=20)
    )
    cs.add_certification(m.desk, cid, "isms", "ISO/IEC 27001", m.ago(-26))
    cs.add_certification(m.desk, cid, "other", "PCI DSS 準拠", m.ago(-9))
    m.review(cid, "selection", selected, answered_by="contractor")
    m.review(cid, "periodic", m.ago(18))
    m.review(cid, "periodic", m.ago(6))


def _mailer_abroad(m: _Maker) -> None:
    """Abroad on an equivalent system (規則16), its yearly check (規則18) now overdue."""
    r = m.claim("メール配信")
    name = r.name if r else "メール配信サービス事業者（米国）"
    links = (
        list(r.links)
        if r
        else m.links(["会員向けメールマガジン配信リスト"], "氏名、メールアドレス")
    )
    selected = m.ago(32)
    cid = m.contractor(
        name,
        "会報メール・メールマガジンの配信（クラウドサービス）",
        links,
        start=selected + timedelta(days=7),
        abroad=True,
        country=(r.country if r and r.country else "米国"),
        abroad_basis="equivalent",
        abroad_info=US_INFO,
    )
    m.review(cid, "selection", selected, abroad=True, certified=False)
    m.review(cid, "equivalence", m.ago(26))
    m.review(cid, "equivalence", m.ago(14))
    m.review(cid, "periodic", m.ago(9), abroad=True, certified=False)


def _meeting_abroad(m: _Maker) -> None:
    """Abroad on an equivalent system, its yearly check done."""
    selected = m.ago(20)
    cid = m.contractor(
        "Meetwise, Inc.（ウェブ会議サービス）",
        "オンライン勉強会のウェブ会議・参加登録（クラウドサービス）",
        m.links(["オンライン勉強会の参加者"], "氏名、メールアドレス、所属"),
        start=selected + timedelta(days=10),
        abroad=True,
        country="米国",
        abroad_basis="equivalent",
        abroad_info=US_INFO,
    )
    cs.add_certification(m.desk, cid, "isms", "ISO/IEC 27001", m.ago(-14))
    m.review(cid, "selection", selected, abroad=True)
    m.review(cid, "equivalence", m.ago(8))
    m.review(cid, "periodic", m.ago(8), abroad=True)


def _consultation_partner(m: _Maker) -> None:
    """Sensitive consultation records: a conditional review with one follow-up closed and
    one past due."""
    r = m.claim("CINGA", "相談")
    name = r.name if r else "特定非営利活動法人 相談支援ネット（相談窓口運営の一部委託）"
    links = (
        list(r.links)
        if r
        else m.links(["相談者情報（相談・救済窓口）"], "相談者情報一式", sensitive=True)
    )
    selected = m.ago(35)
    cid = m.contractor(
        name,
        "多言語相談窓口の運営の一部（電話・メール相談の一次対応）",
        links,
        start=selected + timedelta(days=20),
        notes="要配慮個人情報を含むため、契約に全条項を備え、年1回現地確認を行う",
    )
    m.review(cid, "selection", selected, certified=False)
    m.review(cid, "periodic", m.ago(23), certified=False)
    rid = m.review(
        cid,
        "periodic",
        m.ago(5),
        {
            "hum.training_done": "新任の相談員2名が個人情報保護の研修を未受講",
            "tec.logs_checked": "相談管理システムのアクセスログを取得しているが点検していない",
        },
        certified=False,
        summary="研修の実施とアクセスログの点検手順の整備を条件として継続",
    )
    m.followup(
        cid,
        rid,
        "新任相談員への個人情報保護研修の実施と受講記録の提出",
        m.ago(4),
        closed=m.ago(4, 5),
        note="受講記録（2名分）を受領し確認した",
    )
    m.followup(cid, rid, "アクセスログの月次点検手順書の提出", m.ago(1))


def _labour_consultant(m: _Maker) -> None:
    """社会保険労務士: staff health data under a retainer that lacks clauses."""
    r = m.claim("社会保険労務士", "社労士")
    name = r.name if r else f"{m.surname()}社会保険労務士事務所"
    links = list(r.links) if r else []
    links += [
        link
        for link in m.links(["職員情報（人事・労務）"], "氏名、生年月日、健康診断の結果", True)
        if link[0] not in {eid for eid, _items in links}
    ]
    selected = m.ago(26)
    cid = m.contractor(
        name,
        "給与計算、社会保険・労働保険の手続",
        links,
        start=selected + timedelta(days=10),
        clauses=["confidentiality", "purpose_only", "security", "return_delete"],
        notes="顧問契約書に再委託・事故報告・監査の条項がない。次回更新時に覚書で追加する予定",
    )
    m.review(cid, "selection", selected, certified=False)
    m.review(cid, "periodic", m.ago(11), certified=False)


def _printer(m: _Maker) -> None:
    """印刷会社: the contract ends within 60 days."""
    selected = m.ago(33)
    cid = m.contractor(
        f"株式会社{m.surname()}印刷",
        "会報誌の印刷と宛名ラベルの印字",
        m.links(
            ["会報誌発送先リスト", "寄付金領収書・税額控除証明の発行記録"], "氏名、郵便番号、住所"
        ),
        start=selected + timedelta(days=14),
        end=m.today + timedelta(days=45),
        notes="契約更新の要否を検討中（発送代行業者への一本化を検討）",
    )
    cs.add_certification(m.desk, cid, "pmark", "プライバシーマーク", m.ago(-18))
    m.review(cid, "selection", selected, answered_by="contractor")
    m.review(cid, "periodic", m.ago(10))


def _translator(m: _Maker) -> None:
    """翻訳・通訳: the periodic review is overdue."""
    selected = m.ago(28)
    cid = m.contractor(
        f"合同会社{m.surname()}翻訳センター",
        "相談記録・通知文の翻訳、相談時の電話通訳（ベトナム語・ネパール語・タガログ語）",
        m.links(
            ["相談記録（多言語相談ケースファイル）"], "相談内容（翻訳に必要な範囲）", sensitive=True
        ),
        start=selected + timedelta(days=10),
    )
    m.review(cid, "selection", selected, certified=False)
    rid = m.review(
        cid,
        "periodic",
        m.ago(14),
        {"phy.carry": "通訳者が相談メモを自宅に持ち帰っていた"},
        certified=False,
        summary="相談メモの持出し禁止の徹底を条件として継続",
    )
    m.followup(
        cid,
        rid,
        "相談メモの持出し禁止を通訳者に周知し、誓約書を再取得",
        m.ago(13),
        closed=m.ago(13, 3),
        note="通訳者全員（6名）の誓約書を受領した",
    )


def _accountant(m: _Maker) -> None:
    selected = m.ago(18)
    cid = m.contractor(
        f"税理士法人{m.surname()}会計事務所",
        "会計・決算の支援、寄付金受領証明の確認",
        m.links(["寄付者情報（個人）", "寄付金領収書・税額控除証明の発行記録"], "氏名、寄付金額"),
        start=selected + timedelta(days=7),
    )
    m.review(cid, "selection", selected, certified=False)
    m.review(cid, "periodic", m.ago(4), certified=False)


def _it_support(m: _Maker) -> None:
    """ITサポート: a conditional selection, and a data centre it subcontracts to without the
    office's approval (found at the last review; its follow-up is not yet due)."""
    selected = m.ago(15)
    cid = m.contractor(
        f"株式会社{m.surname()}システムサービス",
        "事務局の PC・ネットワークの保守、ファイルサーバーの運用支援",
        m.links(
            ["会員情報（個人会員）", "相談者情報（相談・救済窓口）"],
            "保守作業で閲覧し得る範囲",
            sensitive=True,
        ),
        start=selected + timedelta(days=14),
    )
    cs.add_certification(m.desk, cid, "isms", "ISO/IEC 27001", m.ago(-22))
    rid = m.review(
        cid,
        "selection",
        selected,
        {"tec.logs": "リモート保守の作業ログを保存していない"},
        summary="リモート保守の作業ログの保存を条件として選定",
    )
    m.followup(
        cid,
        rid,
        "リモート保守の作業ログ（1年分）の保存と月次報告",
        m.ago(13),
        closed=m.ago(13, 10),
        note="作業ログの保存設定と月次報告の様式を確認した",
    )
    last = m.review(
        cid,
        "periodic",
        m.ago(3),
        {"rul.subcontract_approved": "バックアップを未承認のデータセンターに再委託していた"},
        subcontracts=True,
        summary="再委託の承認申請の提出を条件として継続",
    )
    m.followup(
        cid, last, "再委託先（データセンター）の承認申請と安全管理措置の資料の提出", m.ago(-1)
    )
    m.contractor(
        f"株式会社{m.surname()}データセンター",
        "ファイルサーバーのバックアップの保管（ITサポート事業者からの再委託）",
        start=m.ago(8),
        principal_id=cid,
        notes="定期点検で判明。承認申請を待っている",
    )


def _member_cloud(m: _Maker) -> None:
    selected = m.ago(24)
    cid = m.contractor(
        f"株式会社{m.surname()}ソフト",
        "クラウド型会員管理システムの提供・保守（国内のデータセンター）",
        m.links(
            ["会員情報（個人会員）", "会員情報（法人・団体会員）"], "会員情報一式（システムに保存）"
        ),
        start=selected + timedelta(days=30),
    )
    cs.add_certification(m.desk, cid, "isms", "ISO/IEC 27001", m.ago(-16))
    cs.add_certification(m.desk, cid, "other", "ISO/IEC 27017（クラウドセキュリティ）", m.ago(-16))
    m.review(cid, "selection", selected, answered_by="contractor")
    m.review(cid, "periodic", m.ago(7))


def _web_agency_ended(m: _Maker) -> None:
    """Web制作: ended, its deletion certificate received."""
    selected = m.ago(36)
    cid = m.contractor(
        f"株式会社{m.surname()}デザイン",
        "ウェブサイトの制作・更新とお問い合わせフォームの運用",
        m.links(["ウェブサイトのお問い合わせフォーム"], "氏名、メールアドレス、お問い合わせ内容"),
        start=selected + timedelta(days=20),
        end=m.ago(8),
    )
    m.review(cid, "selection", selected, certified=False)
    m.review(cid, "periodic", m.ago(20), certified=False)
    cs.end_contract(m.desk, cid, m.ago(8), "deleted", today=m.today)
    cs.add_deletion_certificate(
        m.desk,
        cid,
        m.ago(7, 10),
        "お問い合わせフォームの受信データ及びそのバックアップ一式",
        "事務局 書庫B（契約書綴り）",
        today=m.today,
    )


def _event_desk_ended(m: _Maker) -> None:
    """イベント受付代行: ended, data returned, no deletion certificate yet."""
    selected = m.ago(30)
    cid = m.contractor(
        f"株式会社{m.surname()}イベント企画",
        "シンポジウムの参加受付・当日受付の代行",
        m.links(["イベント申込者（シンポジウム）"], "氏名、所属、連絡先"),
        start=selected + timedelta(days=10),
        end=m.ago(2),
    )
    m.review(cid, "selection", selected, answered_by="contractor", certified=False)
    cs.end_contract(m.desk, cid, m.ago(2), "returned", today=m.today)


def _data_entry(m: _Maker) -> None:
    """データ入力代行: contracted in a hurry, no selection recorded, the term run out."""
    m.contractor(
        f"株式会社{m.surname()}データ入力",
        "定点調査の回答用紙の入力代行",
        m.links(["定点調査の回答"], "回答用紙の記載事項"),
        start=m.ago(5),
        end=m.today - timedelta(days=20),
        notes="繁忙期に急ぎ契約。選定時の評価を記録していない",
    )


def _candidate(m: _Maker) -> None:
    """Being selected: the contractor's answers to the selection checklist are coming in."""
    cid = m.contractor(
        f"株式会社{m.surname()}ネットワークス",
        "オンライン相談予約システム（導入を検討中）",
        status="selecting",
    )
    m.review(cid, "selection", m.ago(0, 5), answered_by="contractor", until=12)


SCENARIOS: tuple[Callable[[_Maker], None], ...] = (
    _shipper,
    _payment,
    _mailer_abroad,
    _meeting_abroad,
    _consultation_partner,
    _labour_consultant,
    _printer,
    _translator,
    _accountant,
    _it_support,
    _member_cloud,
    _web_agency_ended,
    _event_desk_ended,
    _data_entry,
    _candidate,
)
# Further contractors (the register's other recipients, larger demos): kept well.
KINDS = (
    ("株式会社{}ロジスティクス", "会報誌の封入・発送"),
    ("株式会社{}印刷", "チラシ・報告書の印刷と宛名印字"),
    ("合同会社{}翻訳", "翻訳・通訳"),
    ("{}会計事務所", "会計・税務の支援"),
    ("株式会社{}テクノ", "PC・ネットワークの保守"),
    ("株式会社{}ウェブ", "ウェブサイトの制作・運用"),
    ("株式会社{}コールセンター", "電話受付の代行"),
    ("株式会社{}文書保管", "書類の保管と溶解処理"),
)


def _well_kept(m: _Maker, name: str, services: str, links: Sequence[tuple[int, str]]) -> None:
    selected = m.ago(m.rng.randint(14, 30))
    cid = m.contractor(name, services, links, start=selected + timedelta(days=10))
    m.review(cid, "selection", selected, certified=False)
    m.review(cid, "periodic", m.ago(m.rng.randint(1, 11)), certified=False)


# -- the entry point ---------------------------------------------------------------------------


def _register(desk: Desk, today: date) -> _Entries:
    found = _Entries()
    recipients: dict[str, list[tuple[int, str, bool, str]]] = {}
    page = register.list_entries(desk, EntryFilter(active=True), limit=1000, today=today)
    for row in page.rows:
        if row.app_own:
            continue
        found.by_name.setdefault(row.name, (row.id, row.sensitive))
        for p in register.get_entry(desk, row.id, today=today).provisions:
            if p.basis == "outsourcing" and p.recipient.strip():
                recipients.setdefault(p.recipient.strip(), []).append(
                    (row.id, p.items, p.abroad, p.country)
                )
    for name, rows in recipients.items():
        links: dict[int, str] = {}
        for eid, items, _abroad, _country in rows:
            links.setdefault(eid, items)
        country = next((c for _e, _i, _a, c in rows if c), "")
        found.recipients.append(
            _Recipient(name, tuple(links.items()), any(a for _e, _i, a, _c in rows), country)
        )
    return found


def add_contractors(
    desk: Desk, scale: int, seed: int, today: date, cancel: CancelToken | None = None
) -> tuple[int, int]:
    """At least MIN_CONTRACTORS contractors (about one per PERSONS_PER_CONTRACTOR persons),
    every scenario once; returns (contractors, finished or started reviews). Runs as the demo
    manager (the services check each step's role)."""
    rng = random.Random(seed)
    fake = Faker("ja_JP")
    fake.seed_instance(seed)
    m = _Maker(desk, rng, fake, today, _register(desk, today))
    for scenario in SCENARIOS:
        if cancel is not None:
            cancel.raise_if_cancelled()
        scenario(m)
    for r in list(m.unclaimed):  # the register's other recipients, as the migration would
        m.unclaimed.remove(r)
        _well_kept(m, r.name, "台帳に記載の委託業務", r.links)
    target = max(MIN_CONTRACTORS, scale // PERSONS_PER_CONTRACTOR)
    names = sorted(m.entries.by_name)
    i = 0
    while m.made.contractors < target:
        if cancel is not None:
            cancel.raise_if_cancelled()
        pattern, services = KINDS[i % len(KINDS)]
        links = m.links([rng.choice(names)], "業務に必要な範囲") if names else []
        _well_kept(m, pattern.format(m.surname()), services, links)
        i += 1
    return m.made.contractors, m.made.reviews
