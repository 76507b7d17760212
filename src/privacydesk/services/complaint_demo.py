"""Demo complaints (苦情) and leak incidents (漏えい等事案), made through their services as the
demo manager so that every step is validated, timed and audited like an officer's.

Complaints follow a fixed list of scenarios that covers every status, channel and category,
persons in the register and people who are not, anonymous callers, handlers and unassigned ones,
targets past, and links to register entries, requests and contractors; larger demos repeat the
list with other persons and earlier dates. Incidents are a fixed handful, one for each story the
office must be able to tell: each circumstance of Enforcement Rules Article 7, one that is not
reportable, one exempt by encryption, one past its final deadline, one closed with every step
done, one at a contractor, and one opened by marking a demo letter as misdelivered.
"""

from __future__ import annotations

import random
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from faker import Faker
from sqlalchemy import select

from privacydesk.domain import calendar
from privacydesk.domain.accounts import Role
from privacydesk.domain.calendar import Calendar
from privacydesk.services import accounts as accounts_service
from privacydesk.services import complaints as cp
from privacydesk.services import contractors as cs
from privacydesk.services import incidents as inc
from privacydesk.services import register
from privacydesk.services import requests as rq
from privacydesk.services.complaints import ComplaintInput
from privacydesk.services.desk import Desk
from privacydesk.services.incidents import IncidentData
from privacydesk.services.register import EntryFilter
from privacydesk.storage.models import Subject
from privacydesk.tasks import CancelToken

PERSONS_PER_COMPLAINT = 500
# Who made the complaint: a person in the register, someone who is not, or no name given.
SUBJECT, NAMED, ANONYMOUS = "subject", "named", "anonymous"
# Who handles it: a staff member in turn, the manager, or no one yet.
STAFF, MANAGER, NOBODY = "staff", "manager", "nobody"


@dataclass
class _Made:
    complaints: int = 0
    actions: int = 0
    incidents: int = 0


class _Maker:
    """Runs the scenarios: dates on the office calendar, persons and handlers in turn."""

    def __init__(
        self,
        desk: Desk,
        rng: random.Random,
        fake: Faker,
        cal: Calendar,
        today: date,
        persons: list[int],
        handlers: dict[str, list[int]],
        entries: dict[str, int],
        requests: list[tuple[int, int | None]],
        contractors: list[tuple[int, str]],
    ) -> None:
        self.desk, self.rng, self.fake, self.cal, self.today = desk, rng, fake, cal, today
        self.persons = persons
        self.handlers = handlers
        self.entries = entries
        self.requests = requests  # (request id, its person)
        self.contractors = contractors  # (contractor id, what it does)
        self.last_open = today
        while not cal.is_open(self.last_open):
            self.last_open -= timedelta(days=1)
        self.round = 0  # how many times the list has been run through
        self.made = _Made()
        self._turn: dict[str, int] = {}

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

    # -- in turn ----------------------------------------------------------------------------
    def next_of(self, key: str, values: Sequence[int]) -> int | None:
        if not values:
            return None
        i = self._turn.get(key, 0)
        self._turn[key] = i + 1
        return values[i % len(values)]

    def entry(self, *names: str) -> list[int]:
        """The named register entries the demo register has (none when it has none)."""
        return [self.entries[n] for n in names if n in self.entries]

    def contractor(self, *words: str) -> list[int]:
        """A contractor whose services hold one of the words, else any (none when none)."""
        found = [cid for cid, services in self.contractors if any(w in services for w in words)]
        pool = found or [cid for cid, _services in self.contractors]
        return [pool[self.round % len(pool)]] if pool else []

    # -- steps ------------------------------------------------------------------------------
    def receive(
        self,
        ago: int,
        channel: str,
        category: str,
        content: str,
        who: str,
        handler: str,
        *,
        entries: Sequence[int] = (),
        about_request: bool = False,
        contractors: Sequence[int] = (),
        spread: int = 0,
    ) -> tuple[int, date]:
        """A complaint received `ago` open days back (further back by `spread` days for each
        round already made, so repeats spread over the past), at an office hour."""
        rng = self.rng
        day = self.days_back(ago + rng.randint(0, 2) + self.round * spread)
        at = datetime.combine(day, time(rng.randint(9, 16), rng.choice((0, 10, 20, 30, 40, 50))))
        subject_id, complainant, request_ids = None, "", []
        if about_request and self.requests:
            rid, person = self.requests[self.made.complaints % len(self.requests)]
            request_ids, subject_id = [rid], person
        if who == SUBJECT and subject_id is None:
            subject_id = self.next_of("persons", self.persons)
        if who == NAMED or (who == SUBJECT and subject_id is None):
            complainant = str(self.fake.name())
        if who == ANONYMOUS:
            subject_id = None
        handler_id = None
        if handler != NOBODY:
            handler_id = self.next_of(handler, self.handlers.get(handler, []))
        data = ComplaintInput(
            received_at=at,
            channel=channel,
            category=category,
            content=content,
            subject_id=subject_id,
            complainant=complainant,
            handler_id=handler_id,
            entry_ids=list(entries),
            request_ids=request_ids,
            contractor_ids=list(contractors),
        )
        cid = cp.receive(self.desk, data, at=datetime.combine(self.today, time(23, 59)))
        self.made.complaints += 1
        return cid, day

    def action(self, cid: int, on: date, text: str) -> None:
        cp.add_action(self.desk, cid, on, text, today=self.today)
        self.made.actions += 1

    def investigate(self, cid: int, on: date, *actions: str) -> date:
        """Under investigation from `on`, one action a business day; returns the last day."""
        cp.move(self.desk, cid, "investigating", today=on)
        for text in actions:
            on = self.after(on, 1)
            self.action(cid, on, text)
        return on

    def answer(self, cid: int, on: date, reply: str, method: str) -> None:
        cp.move(
            self.desk,
            cid,
            "answered",
            reply_content=reply,
            reply_on=on,
            reply_method=method,
            today=on,
        )

    def close(self, cid: int, on: date, summary: str) -> None:
        cp.move(self.desk, cid, "closed", summary=summary, today=on)

    def withdraw(self, cid: int, on: date, summary: str) -> None:
        cp.move(self.desk, cid, "withdrawn", summary=summary, today=on)


# -- complaints: each scenario leaves one in the status its name says ----------------------------


def _received_newsletter(m: _Maker) -> None:
    m.receive(
        1,
        "phone",
        "handling",
        "退会届を出したのに、会報誌がまだ届く。名簿から消してほしい。",
        SUBJECT,
        NOBODY,
        entries=m.entry("会報誌発送先リスト", "会員情報（個人会員）"),
    )


def _received_anonymous_email(m: _Maker) -> None:
    m.receive(
        2,
        "email",
        "security",
        "貴会から届いた案内メールの宛先欄に、ほかの受信者のメールアドレスが全員分表示されていた。"
        "BCC で送るべきではないか。",
        ANONYMOUS,
        STAFF,
        entries=m.entry("会員向けメールマガジン配信リスト"),
    )


def _received_overdue(m: _Maker) -> None:
    """Past its target and no one assigned: the home page asks for both."""
    m.receive(
        26,
        "post",
        "staff",
        "相談会の受付で、職員が私の在留資格のことをほかの人に聞こえる声で話した。配慮してほしい。",
        NAMED,
        NOBODY,
    )


def _investigating_overdue_request(m: _Maker) -> None:
    """A complaint about a request's pace, the request linked, past its target."""
    cid, day = m.receive(
        28,
        "fax",
        "requests",
        "保有個人データの開示を請求してから1か月以上たつが、まだ回答がない。",
        SUBJECT,
        STAFF,
        about_request=True,
    )
    m.investigate(
        cid,
        m.after(day, 1),
        "請求の処理状況を確認し、申出人に現状を電話で説明した",
        "本人確認書類の不足で期間が止まっていたことを確認。案内の文書を再送する",
    )


def _investigating_contractor(m: _Maker) -> None:
    cid, day = m.receive(
        4,
        "phone",
        "handling",
        "貴会の委託先と名乗る会社から、寄付のお願いの電話があった。"
        "電話番号をどこで知ったのか説明してほしい。",
        SUBJECT,
        MANAGER,
        entries=m.entry("寄付者情報（個人）"),
        contractors=m.contractor("電話", "決済", "発送"),
    )
    m.investigate(cid, m.after(day, 1), "委託先に架電の記録と、使った名簿の出所の確認を依頼した")


def _investigating_policy(m: _Maker) -> None:
    cid, day = m.receive(
        3,
        "visit",
        "other",
        "ウェブサイトのプライバシーポリシーが日本語だけで、内容が分からない。"
        "母語で読めるようにしてほしい。",
        ANONYMOUS,
        STAFF,
    )
    m.investigate(cid, day, "翻訳の要否と対応言語を事務局会議で検討することとした")


def _investigating_reopened(m: _Maker) -> None:
    """Answered, then the reply reopened the inquiry; now past its target."""
    cid, day = m.receive(
        24,
        "phone",
        "handling",
        "イベントの写真に自分の顔が写ったまま、ウェブサイトに載っている。同意した覚えはない。",
        SUBJECT,
        STAFF,
        entries=m.entry("イベントの写真・動画"),
    )
    on = m.investigate(cid, m.after(day, 1), "掲載中の写真を確認し、該当の写真を非公開にした")
    on = m.after(on, 2)
    m.answer(cid, on, "該当の写真を非公開にしたことを電話で伝え、お詫びした", "phone")
    cp.move(m.desk, cid, "investigating", today=m.after(on, 1))
    m.action(
        cid,
        m.after(on, 1),
        "申出人から、ほかの行事の写真にも写っているとの連絡。過去の掲載分を調べ直す",
    )


def _answered_mail_magazine(m: _Maker) -> None:
    cid, day = m.receive(
        12,
        "email",
        "handling",
        "メールマガジンの配信停止を申し込んだが、その後も届いている。",
        SUBJECT,
        STAFF,
        entries=m.entry("会員向けメールマガジン配信リスト"),
    )
    on = m.investigate(cid, m.after(day, 1), "配信リストから削除されていないことを確認し、削除した")
    m.answer(
        cid,
        m.after(on, 1),
        "配信停止の処理が漏れていたことをお詫びし、配信リストから削除したことを伝えた",
        "email",
    )


def _answered_anonymous(m: _Maker) -> None:
    cid, day = m.receive(
        9,
        "other",  # a message through the group's social media account
        "other",
        "SNS のメッセージで：相談の申込みフォームで、なぜ生年月日まで聞くのか。",
        ANONYMOUS,
        MANAGER,
        entries=m.entry("相談者情報（相談・救済窓口）"),
    )
    on = m.investigate(cid, day, "申込みフォームの項目と利用目的の記載を確認した")
    m.answer(
        cid,
        m.after(on, 1),
        "年齢に応じた支援制度の案内に使うことを説明し、任意の項目であることを明示すると伝えた",
        "other",
    )


def _closed_staff(m: _Maker) -> None:
    cid, day = m.receive(
        45,
        "visit",
        "staff",
        "相談員から、相談の内容を家族に伝えることがあると言われた。家族には知られたくない。",
        SUBJECT,
        MANAGER,
        entries=m.entry("相談記録（多言語相談ケースファイル）"),
        spread=15,
    )
    on = m.investigate(
        cid,
        m.after(day, 1),
        "相談員から事情を聴取した（本人の同意なく家族に伝える運用はない）",
        "相談員向けの説明の手順を見直した",
    )
    on = m.after(on, 2)
    m.answer(
        cid,
        on,
        "本人の同意なく家族に相談内容を伝えることはないことを説明し、誤解を招いた説明をお詫びした",
        "visit",
    )
    m.close(cid, m.after(on, 5), "相談員の説明の誤り。説明の手順を改め、研修で周知した")


def _closed_request(m: _Maker) -> None:
    cid, day = m.receive(
        60,
        "post",
        "requests",
        "訂正を請求したが、訂正した内容の通知が届いていない。",
        SUBJECT,
        STAFF,
        about_request=True,
        spread=15,
    )
    on = m.investigate(cid, m.after(day, 1), "発送簿を確認し、通知を再送した")
    on = m.after(on, 1)
    m.answer(cid, on, "通知を再送したこととお詫びを文書で伝えた", "post")
    m.close(cid, m.after(on, 7), "通知の発送漏れ。発送簿との照合を手順に加えた")


def _closed_fax(m: _Maker) -> None:
    cid, day = m.receive(
        80,
        "fax",
        "security",
        "FAX で送った研修の申込書が、別の団体に届いていたと聞いた。",
        NAMED,
        STAFF,
        entries=m.entry("イベント申込者（研修会・勉強会）"),
        spread=15,
    )
    on = m.investigate(
        cid,
        m.after(day, 1),
        "FAX の受信記録を確認した（当会には正しく届いており、誤送信はなかった）",
    )
    on = m.after(on, 2)
    m.answer(cid, on, "受信記録を示して、当会には正しく届いていることを説明した", "phone")
    m.close(cid, m.after(on, 3), "申出人の誤解。FAX の送信先番号の案内を申込書に明記した")


def _withdrawn_at_once(m: _Maker) -> None:
    cid, day = m.receive(
        20,
        "phone",
        "other",
        "名簿の管理について話を聞きたい（詳しくは後で連絡するとのこと）。",
        ANONYMOUS,
        NOBODY,
        spread=10,
    )
    m.withdraw(cid, m.after(day, 3), "申出人から、解決したので取り下げるとの連絡があった")


def _withdrawn_investigating(m: _Maker) -> None:
    cid, day = m.receive(
        35,
        "email",
        "requests",
        "利用停止を請求したいが、手続の案内が分かりにくい。",
        SUBJECT,
        STAFF,
        spread=10,
    )
    on = m.investigate(cid, m.after(day, 1), "手続の案内と請求書の様式を送付した")
    m.withdraw(cid, m.after(on, 4), "案内を受けて請求の手続に進んだため、申出人が取り下げた")


SCENARIOS: tuple[Callable[[_Maker], None], ...] = (
    _received_newsletter,
    _received_anonymous_email,
    _received_overdue,
    _investigating_overdue_request,
    _investigating_contractor,
    _investigating_policy,
    _investigating_reopened,
    _answered_mail_magazine,
    _answered_anonymous,
    _closed_staff,
    _closed_request,
    _closed_fax,
    _withdrawn_at_once,
    _withdrawn_investigating,
)
MIN_COMPLAINTS = len(SCENARIOS)


# -- incidents -----------------------------------------------------------------------------


def _incident(m: _Maker, data: IncidentData) -> int:
    iid = inc.create(m.desk, data, today=m.today)
    m.made.incidents += 1
    return iid


def _steps(m: _Maker, iid: int, known: date, *, preliminary: int, notice: int = -1) -> None:
    """The preliminary report and the notice, so many days after knowing (-1: not yet)."""
    inc.record_step(m.desk, iid, "preliminary", known + timedelta(days=preliminary), today=m.today)
    if notice >= 0:
        method = "individual" if m.made.incidents % 2 else "public"
        on = known + timedelta(days=notice)
        inc.record_step(m.desk, iid, "notice", on, method, today=m.today)


def _incident_sensitive(m: _Maker) -> None:
    """Known yesterday, nothing done yet: the preliminary report is due within days."""
    known = m.today - timedelta(days=1)
    _incident(
        m,
        IncidentData(
            kind="leak",
            occurred_on=known,
            known_on=known,
            office_told_on=known,
            found_by="相談・救済窓口の相談員",
            description="相談票（病歴の記載あり）を医療機関に FAX する際、番号を1桁誤り、"
            "無関係の事業所に送信した。",
            items="氏名、生年月日、電話番号、相談内容（病歴）",
            persons=1,
            sensitive=True,
            containment="送信先の事業所に連絡し、受信した文書の廃棄を依頼した（廃棄の報告待ち）",
            cause="FAX 番号の手入力と、送信前の確認の省略",
            entry_ids=m.entry("相談記録（多言語相談ケースファイル）"),
        ),
    )


def _incident_card_contractor(m: _Maker) -> None:
    """At the payment contractor: card numbers of monthly supporters (financial)."""
    known = m.today - timedelta(days=12)
    found = m.contractor("決済")
    iid = _incident(
        m,
        IncidentData(
            kind="leak",
            possible=True,
            occurred_on=known - timedelta(days=3),
            known_on=known,
            office_told_on=known,
            found_by="委託先（決済代行業者）からの報告",
            description="決済代行業者の管理画面の設定誤りにより、継続寄付者のカード情報の一部が"
            "外部から閲覧できる状態になっていたおそれがある。",
            items="氏名、クレジットカード番号の下4桁以外と有効期限",
            persons=37,
            persons_estimated=True,
            financial=True,
            containment="委託先が設定を修正し、閲覧できない状態にした",
            cause="委託先のシステム更新時の設定誤り",
            secondary_harm="不正利用の報告はない。カード会社に利用状況の監視を依頼した",
            response_to_persons="対象の寄付者に個別に通知し、カード会社への連絡を案内した",
            contractor_id=found[0] if found else None,
            entry_ids=m.entry("マンスリーサポーター（継続寄付）"),
        ),
    )
    _steps(m, iid, known, preliminary=2, notice=4)


def _incident_skimming(m: _Maker) -> None:
    """Web skimming of an application form: a wrongful purpose, 60 days for the final report."""
    known = m.today - timedelta(days=20)
    iid = _incident(
        m,
        IncidentData(
            kind="leak",
            possible=True,
            occurred_on=known - timedelta(days=30),
            known_on=known,
            office_told_on=known + timedelta(days=1),
            found_by="ウェブサイトの保守業者による点検",
            description="イベント申込みフォームのページが改ざんされ、入力内容が外部のサーバーに"
            "送信されるスクリプトが埋め込まれていた（ウェブスキミング）。",
            items="氏名、住所、電話番号、メールアドレス、所属",
            persons=180,
            persons_estimated=True,
            wrongful=True,
            containment="フォームを停止し、改ざんされたファイルを削除した",
            cause="ウェブサイトの管理画面のパスワードが推測され、不正にログインされた",
            public_announcement="ウェブサイトにお知らせを掲載した",
            entry_ids=m.entry("イベント申込者（シンポジウム）"),
        ),
    )
    _steps(m, iid, known, preliminary=3, notice=6)


def _incident_many_overdue(m: _Maker) -> None:
    """A lost USB memory with over 1,000 members: the final report is past its deadline."""
    known = m.today - timedelta(days=45)
    iid = _incident(
        m,
        IncidentData(
            kind="loss",
            occurred_on=known - timedelta(days=1),
            known_on=known,
            office_told_on=known,
            found_by="事務局 会員担当",
            description="会員名簿を保存した USB メモリを、外出先で紛失した（暗号化なし）。",
            items="氏名、住所、電話番号、会員番号",
            persons=1240,
            containment="警察に遺失届を出し、立ち寄り先に問い合わせた（見つかっていない）",
            cause="持出し簿への記載なく、暗号化していない媒体で名簿を持ち出した",
            prevention="名簿の持出しを禁止し、暗号化した媒体の貸出し制に改める",
            entry_ids=m.entry("会員情報（個人会員）", "会員情報（法人・団体会員）"),
        ),
    )
    _steps(m, iid, known, preliminary=2, notice=5)


def _incident_not_reportable(m: _Maker) -> None:
    """Two names and addresses in the wrong envelope: nothing sensitive, few persons; closed."""
    known = m.today - timedelta(days=9)
    iid = _incident(
        m,
        IncidentData(
            kind="leak",
            occurred_on=known - timedelta(days=2),
            known_on=known,
            office_told_on=known,
            found_by="会報誌を受け取った会員からの連絡",
            description="会報誌の封入時に、別の会員2名の宛名ラベルが同封された。",
            items="氏名、住所",
            persons=2,
            containment="受け取った会員から宛名ラベルを回収した",
            cause="宛名ラベルの台紙の確認漏れ",
            response_to_persons="対象の2名に経緯を説明し、お詫びした",
            prevention="封入後に台紙の枚数を照合する手順を加えた",
            entry_ids=m.entry("会報誌発送先リスト"),
        ),
    )
    inc.close(m.desk, iid, today=m.today - timedelta(days=3))


def _incident_encrypted(m: _Maker) -> None:
    """A lost laptop with full-disk encryption: exempt, though many and sensitive."""
    known = m.today - timedelta(days=30)
    _incident(
        m,
        IncidentData(
            kind="loss",
            occurred_on=known,
            known_on=known,
            office_told_on=known,
            found_by="相談・救済窓口の職員",
            description="相談記録を保存したノートパソコンを電車内に置き忘れた。"
            "ディスク全体が暗号化され、パスワードは別に管理している。",
            items="相談者の氏名、連絡先、相談内容",
            persons=3100,
            sensitive=True,
            encrypted=True,
            containment="鉄道会社に遺失物の届出をし、遠隔でアカウントを無効にした",
            cause="持出し時の携行の不注意",
            entry_ids=m.entry("相談者情報（相談・救済窓口）"),
        ),
    )


def _incident_closed(m: _Maker) -> None:
    """Water damage to paper case files (sensitive): every step done, closed."""
    known = m.today - timedelta(days=120)
    iid = _incident(
        m,
        IncidentData(
            kind="damage",
            occurred_on=known,
            known_on=known,
            office_told_on=known,
            found_by="事務局職員（出勤時に発見）",
            description="書庫の上階からの漏水で、同行支援記録の紙ファイルの一部が判読できなくなった。",
            items="氏名、在留資格、支援の記録（病歴を含む）",
            persons=14,
            sensitive=True,
            containment="判読できる部分を複写し、原本を乾燥させて保管した",
            cause="上階の配管の老朽化",
            response_to_persons="対象の14名に個別に連絡し、記録の再確認に協力を依頼した",
            prevention="紙ファイルを防水の保管庫に移し、電子化を進める",
            entry_ids=m.entry("同行支援記録"),
        ),
    )
    _steps(m, iid, known, preliminary=2, notice=3)
    inc.record_step(m.desk, iid, "final", known + timedelta(days=25), today=m.today)
    inc.close(m.desk, iid, today=known + timedelta(days=40))


def _incident_misdelivered(m: _Maker) -> None:
    """A demo letter marked misdelivered opens its incident (the requests' own path)."""
    mailings = [
        row
        for row in rq.mailing_log(m.desk)
        if row.status == "sent"
        and row.method not in ("counter", "file", "restricted_delivery")
        and row.sent_on <= m.today - timedelta(days=2)
    ]
    if not mailings:
        return
    # The most recent disclosure if there is one (it may hold sensitive data), else any letter.
    mailing = next((r for r in mailings if r.kind == "disclosure"), mailings[0])
    on = mailing.sent_on + timedelta(days=2)
    rq.mark_mailing(
        m.desk,
        mailing.id,
        "misdelivered",
        on,
        "隣家に誤って配達されたと連絡があった",
        today=m.today,
    )
    m.made.incidents += 1


INCIDENTS: tuple[Callable[[_Maker], None], ...] = (
    _incident_closed,
    _incident_many_overdue,
    _incident_encrypted,
    _incident_skimming,
    _incident_card_contractor,
    _incident_not_reportable,
    _incident_misdelivered,
    _incident_sensitive,
)


# -- the entry point ---------------------------------------------------------------------------


def _maker(desk: Desk, subject_ids: Sequence[int], count: int, seed: int, today: date) -> _Maker:
    rng = random.Random(seed)
    fake = Faker("ja_JP")
    fake.seed_instance(seed)
    sample = rng.sample(list(subject_ids), k=min(len(subject_ids), count))
    with desk.uow() as s:
        cal = calendar.office_calendar(s)
        open_ = set(s.scalars(select(Subject.id).where(Subject.id.in_(sample), ~Subject.protected)))
    persons = [i for i in sample if i in open_]
    handlers: dict[str, list[int]] = {STAFF: [], MANAGER: []}
    for a in accounts_service.list_users(desk):
        if a.active and a.role in (Role.STAFF, Role.MANAGER):
            handlers[STAFF if a.role == Role.STAFF else MANAGER].append(a.id)
    handlers[STAFF] = handlers[STAFF] or handlers[MANAGER]
    page = register.list_entries(desk, EntryFilter(active=True), limit=1000, today=today)
    entries = {r.name: r.id for r in page.rows if not r.app_own}
    requests = []
    for r in rq.list_requests(desk, today=today):
        if not r.protected and len(requests) < 6:
            requests.append((r.id, rq.get(desk, r.id, today=today).subject_id))
    contractors = [
        (c.id, c.services) for c in cs.list_contractors(desk, today=today) if c.status == "active"
    ]
    return _Maker(desk, rng, fake, cal, today, persons, handlers, entries, requests, contractors)


def add_complaints_and_incidents(
    desk: Desk,
    subject_ids: Sequence[int],
    scale: int,
    seed: int,
    today: date,
    cancel: CancelToken | None = None,
) -> tuple[int, int]:
    """About one complaint per PERSONS_PER_COMPLAINT persons (every scenario at least once),
    then the incidents; returns (complaints, incidents). Runs as the demo manager, after the
    requests and contractors it links to."""
    count = max(MIN_COMPLAINTS, scale // PERSONS_PER_COMPLAINT)
    m = _maker(desk, subject_ids, count, seed, today)
    for i in range(count):
        if cancel is not None:
            cancel.raise_if_cancelled()
        m.round = i // len(SCENARIOS)
        SCENARIOS[i % len(SCENARIOS)](m)
    for step in INCIDENTS:
        if cancel is not None:
            cancel.raise_if_cancelled()
        step(m)
    return m.made.complaints, m.made.incidents
