"""The demo office's own compliance, made through the services as the demo manager: a privacy
notice written from the demo register and profile (an older version and the current one,
tagged and linked, with two deliberate gaps), the people who handle personal data with their
pledges and trainings, last year's finished self-check and this year's open one, and two
internal audits.

The gaps are the notice check's story: one purpose the register uses that the notice does not
mention (OMITTED_PURPOSE when the register has it), and one country the notice names that the
register does not show (EXTRA_COUNTRY). Everything else is linked, so `check-notice` on the
demo reports exactly those two. The staff make each flag appear once or more; one who left long
ago is not flagged. Dates are relative to `today`; nothing depends on the number of persons.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta

from faker import Faker

from privacydesk import paths
from privacydesk.domain import wareki
from privacydesk.domain.accounts import Role
from privacydesk.domain.contractors import add_months
from privacydesk.services import accounts as accounts_service
from privacydesk.services import internal_audits as ia
from privacydesk.services import notice_check as nc
from privacydesk.services import profile as profile_service
from privacydesk.services import register
from privacydesk.services import self_check as sc
from privacydesk.services import staff as st
from privacydesk.services.desk import Desk
from privacydesk.services.internal_audits import AuditPlan
from privacydesk.services.notice_check import Item
from privacydesk.services.profile import ProfileData
from privacydesk.services.register import NoticeData
from privacydesk.services.staff import StaffData, TrainingData
from privacydesk.tasks import CancelToken

# The purpose the notice leaves out (statistics added to the register, never to the notice);
# another purpose is left out when the register does not use this one.
OMITTED_PURPOSE = "個人を識別できない形に加工した統計データの作成"
# A country the notice still names (a payment service the office no longer uses).
EXTRA_COUNTRY = "シンガポール（オンライン寄付の決済サービスのサーバーの所在国）"
PUBLISHED_WHERE = "当会ウェブサイト（/privacy）及び事務所の掲示板"
PAYMENT_TEXT = {"postal_stamps": "郵便切手", "money_order": "定額小為替", "cash": "窓口での現金"}
SECURITY_OLD = (
    "当会は、個人データの漏えい、滅失又は毀損の防止その他の安全管理のため、基本方針と取扱規程を"
    "定め、組織的・人的・物理的・技術的安全管理措置を講じています。"
)
SECURITY_NEW = (
    "当会は、個人データの漏えい、滅失又は毀損の防止その他の安全管理のため、基本方針と取扱規程を"
    "定め、組織的・人的・物理的・技術的安全管理措置を講じ、外国で個人データを取り扱うときは"
    "その国の制度（外的環境）を把握したうえで必要な措置を講じています。"
)
REQUEST_PROCEDURE = (
    "本人又はその代理人は、当会の保有個人データについて、利用目的の通知、開示、訂正・追加・削除、"
    "利用停止・消去、第三者への提供の停止及び第三者提供記録の開示を請求できます。所定の請求書に"
    "本人確認書類を添えて、下記の窓口に郵送又は持参してください。"
)
OWNER = "個人情報保護管理者"
KEPT_WHERE = "事務局の施錠できるキャビネット（人事ファイル）"
ACCEPT_AT = 0.8  # the score at which the demo's officer takes a suggested link as it is


@dataclass
class OrganisationMade:
    notices: int = 0
    passages: int = 0
    links: int = 0
    staff: int = 0
    trainings: int = 0
    self_checks: int = 0
    actions: int = 0
    audits: int = 0


# -- the privacy notice -------------------------------------------------------------------------


@dataclass
class _Notice:
    """A notice's text, line by line, and its passages to tag: (tag, text, item key or None)."""

    lines: list[str] = field(default_factory=list)
    passages: list[tuple[str, str, str | None]] = field(default_factory=list)

    def line(self, text: str = "") -> None:
        self.lines.append(text)

    def passage(self, tag: str, text: str, key: str | None, prefix: str = "") -> None:
        self.lines.append(prefix + text)
        self.passages.append((tag, text, key))

    @property
    def text(self) -> str:
        return "\n".join(self.lines) + "\n"


def _omitted(items: Sequence[Item]) -> str | None:
    purposes = [i for i in items if i.tag == "purpose"]
    chosen = next((i for i in purposes if i.label == OMITTED_PURPOSE), None)
    if chosen is None and len(purposes) > 1:
        chosen = purposes[-1]
    return chosen.key if chosen else None


def _write_notice(
    p: ProfileData, items: Sequence[Item], omitted: str | None, effective: date, older: bool
) -> _Notice:
    """The notice of the demo office, every item of the register in its section but the one
    omitted; the older version lacks the newest contractor, the FAX number and the sentence
    on the external environment."""
    by_tag: dict[str, list[Item]] = {}
    for item in items:
        if item.key != omitted:
            by_tag.setdefault(item.tag, []).append(item)
    if older and by_tag.get("contractor"):
        by_tag["contractor"] = by_tag["contractor"][:-1]

    def one(tag: str) -> Item | None:
        found = by_tag.get(tag)
        return found[0] if found else None

    n = _Notice()
    n.line(f"{p.name} 個人情報保護方針（プライバシーポリシー）")
    n.line()
    n.line(
        f"{p.name}（以下「当会」といいます。）は、個人情報の保護に関する法律その他の関係法令を"
        "遵守し、個人情報を次のとおり適正に取り扱います。"
    )
    n.line()
    n.line("1. 事業者の名称、住所及び代表者")
    for tag, label in (("org_name", "名称："), ("address", "住所："), ("representative", "")):
        item = one(tag)
        if item is None:
            continue
        if tag == "address" and p.postal_code:
            n.passage(tag, f"住所：〒{p.postal_code} {item.label}", item.key)
        elif tag == "representative":
            n.passage(tag, f"代表者：理事長 {item.label}", item.key)
        else:
            n.passage(tag, label + item.label, item.key)
    n.line()
    n.line("2. 利用目的")
    n.line("当会は、取得した個人情報を、次の目的の達成に必要な範囲で利用します。")
    for i, item in enumerate(by_tag.get("purpose", []), start=1):
        n.passage("purpose", item.label, item.key, f"（{i}）")
    n.line()
    n.line("3. 個人データの第三者への提供")
    n.line(
        "当会は、法令に基づく場合を除き、あらかじめ本人の同意を得ないで個人データを第三者に"
        "提供しません。本人の同意を得て、又は共同利用として、次の者に個人データを提供することが"
        "あります。"
    )
    for item in by_tag.get("recipient", []):
        n.passage("recipient", item.label, item.key, "・")
    n.line()
    n.line("4. 個人データを取り扱う国")
    n.line(
        "当会は、次の国にある事業者のサービス等を利用して個人データを取り扱います（外国にある"
        "第三者への提供を含みます）。外国の個人情報の保護に関する制度は、個人情報保護委員会の"
        "ウェブサイトで確認できます。"
    )
    for item in by_tag.get("country", []):
        n.passage("country", item.label, item.key, "・")
    n.passage("country", EXTRA_COUNTRY, None, "・")
    n.line()
    n.line("5. 個人データの取扱いの委託")
    n.line(
        "当会は、次の業務の全部又は一部を外部に委託しています。委託先は選定基準に基づいて選び、"
        "安全管理措置を定めた契約を結んで監督します。"
    )
    for item in by_tag.get("contractor", []):
        n.passage("contractor", item.label, item.key, "・")
    n.line()
    n.line("6. 安全管理措置")
    security = one("security")
    n.passage("security", SECURITY_OLD if older else SECURITY_NEW, security and security.key)
    n.line()
    n.line("7. 保有個人データの開示等の請求")
    procedure = one("request_procedure")
    n.passage("request_procedure", REQUEST_PROCEDURE, procedure and procedure.key)
    fee = one("fee")
    if fee is not None:
        methods = "、".join(PAYMENT_TEXT[m] for m in p.payment_methods if m in PAYMENT_TEXT)
        paid = f"（{methods}でお支払いください）" if methods else ""
        n.passage(
            "fee",
            f"利用目的の通知及び開示の請求には、1件につき{p.fee_yen:,}円の手数料をいただきます"
            f"{paid}。",
            fee.key,
        )
    n.line()
    n.line("8. 苦情及びお問い合わせの窓口")
    desk_item = one("complaint_desk")
    if desk_item is not None:
        n.passage("complaint_desk", f"窓口：{desk_item.label}", desk_item.key)
    contact = [f"電話：{p.desk_phone}" if p.desk_phone else ""]
    if p.desk_fax and not older:
        contact.append(f"FAX：{p.desk_fax}")
    if p.desk_email:
        contact.append(f"電子メール：{p.desk_email}")
    if any(contact):
        n.line("　".join(c for c in contact if c))
    body = one("protection_body")
    if body is not None:
        n.passage("protection_body", f"認定個人情報保護団体：{body.label}", body.key)
    n.line()
    n.line(f"制定：{wareki.to_wareki(date(2022, 4, 1))}")
    n.line(f"改定：{wareki.to_wareki(effective)}")
    return n


def _tag_and_link(
    desk: Desk, notice_id: int, notice: _Notice, today: date, made: OrganisationMade
) -> None:
    """Tag the version's passages not tagged yet (a new version inherits the tags of the
    passages it kept), then link as an officer would: accept the strong suggestions at once
    (unless one would link the item the notice leaves out), and link the rest by hand."""
    have = {(p.tag, p.text): p.id for p in nc.passages(desk, notice_id)}
    for tag, text, _key in notice.passages:
        if (tag, text) not in have:
            have[(tag, text)] = nc.tag_passage(desk, notice_id, tag, text)
            made.passages += 1
    where = {key: have[(tag, text)] for tag, text, key in notice.passages if key}
    result = nc.check(desk, today=today)
    stray = any(
        u.item.key not in where and u.suggestions and u.suggestions[0].score >= ACCEPT_AT
        for u in result.items_unlinked
    )
    if not stray and any(u.item.key in where for u in result.items_unlinked):
        made.links += nc.accept_suggestions(desk, at_least=ACCEPT_AT, today=today)
        result = nc.check(desk, today=today)
    by_hand = {u.item.key: where[u.item.key] for u in result.items_unlinked if u.item.key in where}
    # A suggestion taken for another passage leaves an item's own passage unlinked.
    whose = {passage_id: key for key, passage_id in where.items()}
    for p in result.passages_unlinked:
        if p.id in whose:
            by_hand.setdefault(whose[p.id], p.id)
    for key, passage_id in by_hand.items():
        nc.link(desk, key, passage_id)
        made.links += 1


def _effective_dates(desk: Desk, today: date) -> tuple[date, date]:
    """The older version about 13 months back, the current one about 7 weeks back; never
    before a version the register already has (the later-made one wins a tie)."""
    latest = max(
        (n.effective_date for n in register.list_notices(desk) if n.effective_date <= today),
        default=date.min,
    )
    current = max(today - timedelta(days=50), latest)
    older = max(min(today - timedelta(days=400), current), latest)
    return older, current


def add_notice(desk: Desk, today: date, made: OrganisationMade) -> None:
    p = profile_service.get_profile(desk)
    items = nc.register_items(desk)
    omitted = _omitted(items)
    older_on, current_on = _effective_dates(desk, today)
    old_text = _write_notice(p, items, omitted, older_on, older=True)
    old = register.create_notice(
        desk,
        NoticeData(
            "プライバシーポリシー（第3版：委託先と外国の記載の追加）",
            old_text.text,
            older_on,
            PUBLISHED_WHERE,
        ),
    )
    made.notices += 1
    _tag_and_link(desk, old.id, old_text, today, made)
    # The current version arrives as the officer's file, so it inherits the older one's tags.
    new_text = _write_notice(p, items, omitted, current_on, older=False)
    folder = paths.process_temp_dir()
    path = folder / "privacy-policy-v4.txt"
    try:
        path.write_text(new_text.text, encoding="utf-8")
        new = nc.import_notice(
            desk,
            path,
            "プライバシーポリシー（第4版：外的環境の把握の追記）",
            current_on,
            PUBLISHED_WHERE,
        )
    finally:
        path.unlink(missing_ok=True)
    made.notices += 1
    _tag_and_link(desk, new.id, new_text, today, made)


# -- staff, pledges and trainings ---------------------------------------------------------------


def _fiscal_year(d: date) -> int:
    return d.year if d.month >= 4 else d.year - 1


def add_staff(desk: Desk, fake: Faker, today: date, made: OrganisationMade) -> str:
    """Eight people: the manager and the staff accounts, the viewer as the statutory auditor,
    the chair, two volunteers and one who left years ago. Flags: one volunteer has no pledge
    yet, one staff member and one volunteer no training within twelve months. Returns the
    statutory auditor's name."""
    p = profile_service.get_profile(desk)
    users = accounts_service.list_users(desk)
    me = desk.context.account_id

    linked = {r.account_id for r in st.list_staff(desk, today=today)}  # a second demo run

    def account(role: Role, n: int) -> tuple[int | None, str]:
        found = [u for u in users if u.role == role and u.active and u.id not in {me, *linked}]
        if len(found) <= n:
            return None, fake.name()
        return found[n].id, found[n].display_name or fake.name()

    def years(n: float) -> date:
        return today - timedelta(days=round(n * 365))

    def member(
        name: str,
        kind: str,
        role: str,
        start: date,
        account_id: int | None = None,
        end: date | None = None,
        pledges: Sequence[date] = (),
    ) -> int:
        sid = st.create(desk, StaffData(name, kind, role, account_id, start, end))
        made.staff += 1
        for signed in pledges:
            version = "第1版" if signed < years(1.5) else "第2版"
            st.add_pledge(desk, sid, signed, version, KEPT_WHERE, today=today)
        return sid

    staff1, staff1_name = account(Role.STAFF, 0)
    staff2, staff2_name = account(Role.STAFF, 1)
    viewer, viewer_name = account(Role.VIEWER, 0)
    manager = member(
        p.manager_name or fake.name(),
        "employee",
        "個人情報保護管理者（台帳、開示等の請求、苦情、漏えい等事案の統括）",
        years(6),
        me if me not in linked else None,
        pledges=(years(6), years(1.1)),
    )
    s1 = member(
        staff1_name,
        "employee",
        "相談支援部 相談員（相談記録の入力と管理）",
        years(3),
        staff1,
        pledges=(years(3),),
    )
    s2 = member(  # flagged: last training over a year ago
        staff2_name,
        "employee",
        "会員・寄付担当（会員名簿と寄付者名簿の管理、会報の発送）",
        years(4),
        staff2,
        pledges=(years(4),),
    )
    auditor = member(
        viewer_name,
        "board",
        "監事（内部監査の実施と理事会への報告）",
        years(5),
        viewer,
        pledges=(years(5),),
    )
    chair = member(
        p.representative or fake.name(),
        "board",
        "理事長（個人データの取扱いの最終責任者）",
        years(8),
        pledges=(years(5),),
    )
    newcomer = member(  # flagged: no pledge yet
        fake.name(),
        "volunteer",
        "相談窓口の通訳ボランティア（ベトナム語）",
        today - timedelta(days=40),
    )
    member(  # flagged: a pledge, no training ever
        fake.name(),
        "volunteer",
        "会報の封入・発送作業のボランティア",
        years(2),
        pledges=(years(2),),
    )
    former = member(  # left three years ago: not flagged
        fake.name(),
        "employee",
        "元 事務局職員（会員名簿の管理）",
        years(7),
        end=years(3),
        pledges=(years(7),),
    )
    trainings = [
        (years(4.1), "個人情報保護研修：個人情報保護法の基本", [former, manager, s2, chair]),
        (
            today - timedelta(days=470),
            "個人情報保護研修：台帳の見直しと委託先の管理",
            [manager, s1, s2, auditor, chair],
        ),
        (
            today - timedelta(days=100),
            "個人情報保護研修：漏えい等の対応とメールの誤送信の防止",
            [manager, s1, auditor, chair],
        ),
        (today - timedelta(days=20), "新任者研修：個人情報の取扱いの基本", [newcomer]),
        (today + timedelta(days=30), "個人情報保護研修（補講）：受講できなかった人のために", []),
    ]
    for held, topic, attendees in trainings:
        fy = _fiscal_year(held)
        tid = st.create_training(
            desk, TrainingData(held, f"{topic}（{fy}年度）", "研修資料（スライド）、確認テスト")
        )
        made.trainings += 1
        if attendees:
            # The newest attendee's check of understanding is still to do.
            checked = [(sid, sid != newcomer) for sid in attendees]
            st.set_attendance(desk, tid, checked, today=today)
    return viewer_name


# -- the self-check -------------------------------------------------------------------------------

# Question codes answered 不適合 last year, each with what was found.
UNFIT = {
    "hum.nda": "発送作業のボランティアの一部から誓約書を得ていなかった。",
    "hum.training": "研修の出席を記録していない回があり、未受講者を把握できていなかった。",
    "tec.cloud": "共有ドライブに「リンクを知っている全員」で共有されたフォルダーが残っていた。",
}
NOT_APPLICABLE = {"phy.area": "事務所は共用の会議室を使わず、来訪者は受付で対応している。"}


def add_self_checks(desk: Desk, today: date, made: OrganisationMade) -> None:
    """Last year's check finished 一部不適合 about eleven months ago with three corrective
    actions (one closed, one past due, one still to come); this year's check is open, a few
    questions answered. Nothing when the database has a self-check already (one may be open,
    and only one can be)."""
    if sc.list_checks(desk):
        return
    started = add_months(today, -11) - timedelta(days=14)
    finished = add_months(today, -11)
    cid = sc.start(desk, today=started)
    made.self_checks += 1
    detail = sc.get(desk, cid, today=started)
    for q in detail.template.questions:
        given = detail.answers.get(q.id)
        if given is not None and given.answer:
            continue  # the app's own pre-answers stand
        if q.code in UNFIT:
            sc.answer(desk, cid, q.id, "no", UNFIT[q.code])
        elif q.code in NOT_APPLICABLE:
            sc.answer(desk, cid, q.id, "na", NOT_APPLICABLE[q.code])
        else:
            sc.answer(desk, cid, q.id, "yes")
    sc.finish(
        desk,
        cid,
        "conditional",
        "誓約書の未取得、研修の記録漏れ、クラウドの共有設定の3点が不適合。是正措置を定めて"
        "対応する。",
        finished_on=finished,
        today=today,
    )
    actions = (
        (
            "ボランティア全員から誓約書を取得し、人事ファイルに保管する",
            finished + timedelta(days=60),
        ),
        (
            "共有ドライブの共有設定を棚卸しし、公開範囲を組織内に限定する",
            today - timedelta(days=45),
        ),
        ("研修の未受講者向けに補講を行い、出席簿で記録する", today + timedelta(days=40)),
    )
    ids = []
    for action, due in actions:
        ids.append(sc.add_action(desk, cid, action, OWNER, due))
        made.actions += 1
    sc.close_action(
        desk,
        ids[0],
        finished + timedelta(days=50),
        "発送作業のボランティア3名の誓約書を取得し、キャビネットに保管した。",
        today=today,
    )
    # This year's check: started, the basic policy answered.
    open_id = sc.start(desk, today=today - timedelta(days=10))
    made.self_checks += 1
    for q in sc.get(desk, open_id, today=today).template.questions:
        if q.code.startswith("pol."):
            sc.answer(desk, open_id, q.id, "yes")


# -- internal audits ------------------------------------------------------------------------------


def add_audits(desk: Desk, today: date, made: OrganisationMade, auditor: str) -> None:
    """Last year's audit by the statutory auditor: done, three findings, corrective actions
    (one closed, one past due), reported to the board. This year's: planned, by staff of
    another department."""
    planned = today - timedelta(days=345)
    aid = ia.plan(
        desk,
        AuditPlan(
            planned,
            auditor,
            "statutory_auditor",
            "個人情報取扱台帳の見直し状況、誓約書と研修の記録、委託先の管理（定期点検の記録）",
        ),
    )
    made.audits += 1
    done = planned + timedelta(days=5)
    ia.record_done(
        desk,
        aid,
        done,
        "台帳10件、誓約書と研修の記録、委託先3社の点検記録を確認した。おおむね適切だが、"
        "台帳の見直しの遅れと、誓約書の未取得者があった。",
        today=today,
    )
    findings = (
        ("台帳のうち見直しの期限を過ぎた記載が3件ある。", "minor"),
        ("ボランティアの一部から誓約書を得ていない。", "major"),
        ("委託先の定期点検の記録は整っている。", "observation"),
    )
    fids = [ia.add_finding(desk, aid, text, severity) for text, severity in findings]
    first = ia.add_action(
        desk,
        aid,
        "見直しの期限を過ぎた台帳の記載を見直し、承認を受ける",
        OWNER,
        done + timedelta(days=45),
        fids[0],
    )
    ia.add_action(
        desk,
        aid,
        "誓約書の提出状況を毎月確認し、未提出者に督促する",
        OWNER,
        today - timedelta(days=30),
        fids[1],
    )
    made.actions += 2
    ia.report(desk, aid, done + timedelta(days=30), today=today)
    ia.close_action(
        desk, first, done + timedelta(days=40), "3件とも見直し、管理者の承認を受けた。", today=today
    )
    ia.plan(
        desk,
        AuditPlan(
            today + timedelta(days=21),
            "相談支援部 職員",
            "other_department",
            "前回の指摘事項への対応、開示等の請求と苦情の記録、漏えい等事案の対応記録",
        ),
    )
    made.audits += 1


# -- the entry point ----------------------------------------------------------------------------


def add_organisation(
    desk: Desk,
    seed: int,
    today: date,
    fake: Faker | None = None,
    cancel: CancelToken | None = None,
) -> OrganisationMade:
    """The notice, the staff, the self-checks and the audits; runs as the demo manager after
    the register, the contractors and the profile it reads."""
    if fake is None:
        fake = Faker("ja_JP")
        fake.seed_instance(seed)
    made = OrganisationMade()

    def go_on() -> None:
        if cancel is not None:
            cancel.raise_if_cancelled()

    go_on()
    add_notice(desk, today, made)
    go_on()
    add_self_checks(desk, today, made)
    go_on()
    auditor = add_staff(desk, fake, today, made)
    go_on()
    add_audits(desk, today, made, auditor)
    return made
