"""本人. Data subjects: validation, likely duplicates, field history, register links, the
sensitive section (要配慮個人情報), and synthetic persons for the demo database.

Names are stored exactly as given (神 U+FA19 stays U+FA19; NFC would change its glyph): only
the search table folds them. Masking a protected person's whereabouts (所在秘匿) is decided
by the services from the caller's role; this module offers the masking itself.
"""

from __future__ import annotations

import itertools
import random
import unicodedata
from collections.abc import Sequence
from dataclasses import asdict, dataclass, field, fields, replace
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import func, insert, select, text
from sqlalchemy.orm import Session

from privacydesk.domain import history, settings
from privacydesk.domain.accounts import now
from privacydesk.errors import InvalidInput
from privacydesk.storage.models import (
    ConsentRecord,
    RegisterEntry,
    Subject,
    SubjectEntry,
    SubjectSensitive,
)
from privacydesk.tasks import CancelToken, Progress, no_progress
from privacydesk.textfold import fold

RECORD_TYPE = "subject"
MASK = "＊＊＊"
# What a protected person's row and detail hide from everyone but managers: where they are.
MASKED_FIELDS = ("postal_code", "address", "country", "phone", "representative_contact")
LANGUAGES = ("ja", "en", "easy_ja")
EARLIEST_BIRTH = date(1900, 1, 1)

# 要配慮個人情報 (法2条3項, 令2条): the fixed list of kinds, with their message codes.
SENSITIVE_KINDS: dict[str, str] = {
    "race": "sensitive_kind.race",  # 人種
    "creed": "sensitive_kind.creed",  # 信条
    "social_status": "sensitive_kind.social_status",  # 社会的身分
    "medical_history": "sensitive_kind.medical_history",  # 病歴
    "criminal_record": "sensitive_kind.criminal_record",  # 犯罪の経歴
    "crime_victim": "sensitive_kind.crime_victim",  # 犯罪により害を被った事実
    "disability": "sensitive_kind.disability",  # 身体・知的・精神障害等
    "health_check": "sensitive_kind.health_check",  # 健康診断等の結果
    "guidance": "sensitive_kind.guidance",  # 保健指導・診療・調剤
    "criminal_procedure": "sensitive_kind.criminal_procedure",  # 刑事事件に関する手続
    "juvenile_procedure": "sensitive_kind.juvenile_procedure",  # 少年の保護事件に関する手続
}
# The exceptions of 法20条2項 (and 令9条) under which sensitive data is acquired without consent.
SENSITIVE_EXCEPTIONS: dict[str, str] = {
    "law": "sensitive_exception.law",  # 一 法令に基づく場合
    "life_body_property": "sensitive_exception.life_body_property",  # 二
    "public_health_children": "sensitive_exception.public_health_children",  # 三
    "state_cooperation": "sensitive_exception.state_cooperation",  # 四
    "academic_research": "sensitive_exception.academic_research",  # 五
    "academic_joint_research": "sensitive_exception.academic_joint_research",  # 六
    "published": "sensitive_exception.published",  # 七 公開されている
    "appearance": "sensitive_exception.appearance",  # 八・令9条一 外形上明らか
    "entrusted": "sensitive_exception.entrusted",  # 八・令9条二 委託・承継・共同利用
}

# Per-field length limits (the columns' sizes); multi-line fields may hold line breaks.
TEXT_LIMITS: dict[str, int] = {
    "legal_name": 300,
    "reading": 300,
    "alias": 300,
    "postal_code": 20,
    "address": 1000,
    "country": 100,
    "phone": 40,
    "email": 200,
    "category": 40,
    "language": 20,
    "member_number": 60,
    "representative_name": 300,
    "representative_relation": 100,
    "representative_contact": 500,
    "notes": 5000,
}
MULTILINE = frozenset({"address", "representative_contact", "notes"})
NOTE_LIMIT = 2000


@dataclass
class SubjectData:
    """The editable fields of a person, as a form or an import gives them."""

    legal_name: str = ""
    reading: str = ""  # フリガナ
    alias: str = ""  # 通称名
    birth_date: date | None = None
    postal_code: str = ""
    address: str = ""
    country: str = ""  # "" = Japan
    phone: str = ""
    email: str = ""
    category: str = ""
    language: str = "ja"
    member_number: str = ""  # the source system's reference
    representative_name: str = ""  # 法定代理人 (a minor's)
    representative_relation: str = ""
    representative_contact: str = ""
    protected: bool = False  # 所在秘匿
    notes: str = ""


DATA_FIELDS: tuple[str, ...] = tuple(f.name for f in fields(SubjectData))


@dataclass(frozen=True)
class SubjectRow:
    """One line of a search result or the persons table."""

    id: int
    legal_name: str
    reading: str
    alias: str
    birth_date: date | None
    postal_code: str
    address: str
    country: str
    phone: str
    email: str
    category: str
    protected: bool
    member_number: str


@dataclass(frozen=True)
class EntryLink:
    id: int
    name: str
    active: bool


@dataclass(frozen=True)
class SubjectDetail:
    id: int
    data: SubjectData
    deidentified: bool
    created_at: datetime
    updated_at: datetime
    entries: list[EntryLink] = field(default_factory=list)
    history: list[history.Change] = field(default_factory=list)
    masked: bool = False  # whereabouts hidden from this caller


@dataclass(frozen=True)
class SensitiveItem:
    id: int
    subject_id: int
    kind: str
    note: str
    consent_id: int | None
    exception: str
    recorded_at: datetime
    has_basis: bool  # an active sensitive-data consent of the person, or a recorded exception


# -- validation ------------------------------------------------------------------------------

Problem = tuple[str, str, dict[str, Any]]


def _nfkc(value: str) -> str:
    """Width folding for codes and numbers only (never for names)."""
    return unicodedata.normalize("NFKC", value).strip()


def _bad_characters(value: str, multiline: bool) -> bool:
    for c in value:
        o = ord(c)
        if 0xD800 <= o <= 0xDFFF or o in (0xFFFE, 0xFFFF):
            return True
        if unicodedata.category(c) == "Cc" and not (multiline and c in "\t\r\n"):
            return True
    return False


def _postal(value: str, abroad: bool) -> str | None:
    """The postal code as stored (123-4567 in Japan), or None when malformed."""
    code = _nfkc(value).removeprefix("〒").strip()
    if not code:
        return ""
    if abroad:
        ok = 2 <= len(code) <= 12 and all(c.isascii() and (c.isalnum() or c in " -") for c in code)
        return code if ok else None
    digits = code.replace("-", "")
    if len(digits) != 7 or not digits.isdigit() or code.count("-") > 1:
        return None
    if "-" in code and code.index("-") != 3:
        return None
    return digits[:3] + "-" + digits[3:]


def _phone_ok(value: str) -> bool:
    if not value:
        return True
    digits = sum(c.isdigit() for c in value)
    return all(c.isascii() and (c.isdigit() or c in "+()- ") for c in value) and 5 <= digits <= 15


def _email_ok(value: str) -> bool:
    if not value:
        return True
    if any(c.isspace() for c in value) or value.count("@") != 1:
        return False
    local, domain = value.split("@")
    return bool(local) and "." in domain.strip(".") and not domain.startswith(".")


def age_on(birth: date, today: date) -> int:
    return today.year - birth.year - ((today.month, today.day) < (birth.month, birth.day))


def validate(data: SubjectData, minor_age: int, today: date) -> SubjectData:
    """The data as stored (codes width-folded, names untouched), or InvalidInput per field."""
    problems: list[Problem] = []
    for name, limit in TEXT_LIMITS.items():
        value = getattr(data, name)
        if not isinstance(value, str):
            problems.append((name, "input.wrong_type", {}))
            continue
        # Length first: a pasted megabyte is refused at once, not scanned character by character.
        if len(value) > limit:
            problems.append((name, "input.too_long", {"max": limit}))
        elif _bad_characters(value, name in MULTILINE):
            problems.append((name, "input.bad_characters", {}))
    bad = {p[0] for p in problems}

    def text_of(name: str) -> str:  # a field already reported reads as ""
        return "" if name in bad else getattr(data, name)

    if "legal_name" not in bad and not data.legal_name.strip():
        problems.append(("legal_name", "subjects.name_required", {}))
    postal = _postal(text_of("postal_code"), abroad=bool(text_of("country").strip()))
    if postal is None:
        code = "subjects.bad_postal_abroad" if text_of("country").strip() else "subjects.bad_postal"
        problems.append(("postal_code", code, {}))
    phone = _nfkc(text_of("phone"))
    if not _phone_ok(phone):
        problems.append(("phone", "subjects.bad_phone", {}))
    email = _nfkc(text_of("email"))
    if not _email_ok(email):
        problems.append(("email", "subjects.bad_email", {}))
    member = _nfkc(text_of("member_number"))
    # Width folding can lengthen text (㍿ becomes 株式会社): the stored form must fit too.
    for name, value in (("phone", phone), ("email", email), ("member_number", member)):
        if len(value) > TEXT_LIMITS[name]:
            problems.append((name, "input.too_long", {"max": TEXT_LIMITS[name]}))
    if "language" not in bad and data.language not in LANGUAGES:
        problems.append(("language", "subjects.bad_language", {}))
    if not isinstance(data.protected, bool):
        problems.append(("protected", "input.wrong_type", {}))
    birth = data.birth_date
    if birth is not None and (not isinstance(birth, date) or isinstance(birth, datetime)):
        problems.append(("birth_date", "subjects.bad_birth_date", {}))
    elif birth is not None and birth > today:
        problems.append(("birth_date", "subjects.birth_in_future", {}))
    elif birth is not None and birth < EARLIEST_BIRTH:
        problems.append(("birth_date", "subjects.birth_too_early", {"year": EARLIEST_BIRTH.year}))
    elif (
        birth is not None
        and age_on(birth, today) < minor_age
        and not text_of("representative_name").strip()
        and "representative_name" not in bad
    ):
        problems.append(
            ("representative_name", "subjects.minor_needs_representative", {"age": minor_age})
        )
    if problems:
        raise InvalidInput("input.problems", problems=problems, count=len(problems))
    return replace(
        data,
        postal_code=postal or "",
        phone=phone,
        email=email,
        member_number=member,
        country=data.country.strip(),
        category=data.category.strip(),
    )


# -- reading ---------------------------------------------------------------------------------

_ROW_COLUMNS = (
    Subject.id,
    Subject.legal_name,
    Subject.reading,
    Subject.alias,
    Subject.birth_date,
    Subject.postal_code,
    Subject.address,
    Subject.country,
    Subject.phone,
    Subject.email,
    Subject.category,
    Subject.protected,
    Subject.member_number,
)


def get(session: Session, subject_id: int) -> Subject:
    known = isinstance(subject_id, int) and not isinstance(subject_id, bool)
    subject = session.get(Subject, subject_id) if known else None
    if subject is None:
        raise InvalidInput("subjects.not_found", id=subject_id if known else 0)
    return subject


def data_of(subject: Subject) -> SubjectData:
    return SubjectData(**{name: getattr(subject, name) for name in DATA_FIELDS})


def rows(session: Session, ids: Sequence[int]) -> list[SubjectRow]:
    """Rows for these ids, in the order given (a search's order)."""
    if not ids:
        return []
    found = {
        r[0]: SubjectRow(*r)
        for r in session.execute(select(*_ROW_COLUMNS).where(Subject.id.in_(list(ids))))
    }
    return [found[i] for i in ids if i in found]


def entries_of(session: Session, subject_id: int) -> list[EntryLink]:
    result = session.execute(
        select(RegisterEntry.id, RegisterEntry.name, RegisterEntry.active)
        .join(SubjectEntry, SubjectEntry.entry_id == RegisterEntry.id)
        .where(SubjectEntry.subject_id == subject_id)
        .order_by(RegisterEntry.name, RegisterEntry.id)
    )
    return [EntryLink(r[0], r[1], bool(r[2])) for r in result]


def detail(session: Session, subject_id: int) -> SubjectDetail:
    subject = get(session, subject_id)
    return SubjectDetail(
        id=subject.id,
        data=data_of(subject),
        deidentified=subject.deidentified,
        created_at=subject.created_at,
        updated_at=subject.updated_at,
        entries=entries_of(session, subject.id),
        history=history.of(session, RECORD_TYPE, subject.id),
    )


# -- masking (所在秘匿) -------------------------------------------------------------------------


def masked_row(row: SubjectRow) -> SubjectRow:
    """A protected person's row with their whereabouts hidden (unchanged otherwise)."""
    if not row.protected:
        return row
    return replace(row, postal_code=MASK, address=MASK, country=MASK, phone=MASK)


def masked_detail(d: SubjectDetail) -> SubjectDetail:
    if not d.data.protected:
        return d
    data = replace(d.data, **{name: MASK for name in MASKED_FIELDS})
    changes = [replace(c, old=MASK, new=MASK) if c.field in MASKED_FIELDS else c for c in d.history]
    return replace(d, data=data, history=changes, masked=True)


# -- duplicates, create, update ----------------------------------------------------------------


def find_duplicates(
    session: Session, data: SubjectData, exclude_id: int | None = None
) -> list[SubjectRow]:
    """Likely the same person: the same name (folded) and birth date, or the same member number."""
    ids: set[int] = set()
    folded = fold(data.legal_name) if isinstance(data.legal_name, str) else ""
    if folded and isinstance(data.birth_date, date) and not isinstance(data.birth_date, datetime):
        # Through the (legal_name, birth_date) index alone: the birth date narrows first, and
        # pd_fold runs only for persons born that day.
        ids |= set(
            session.scalars(
                select(Subject.id).where(
                    Subject.birth_date == data.birth_date,
                    func.pd_fold(Subject.legal_name) == folded,
                )
            )
        )
    member = _nfkc(data.member_number) if isinstance(data.member_number, str) else ""
    if member:
        ids |= set(session.scalars(select(Subject.id).where(Subject.member_number == member)))
    ids.discard(exclude_id)  # type: ignore[arg-type]
    if ids:
        ids = set(
            session.scalars(
                select(Subject.id).where(Subject.id.in_(ids), Subject.deidentified.is_(False))
            )
        )
    return rows(session, sorted(ids))


def minor_age(session: Session) -> int:
    return int(settings.get(session, "subjects.minor_age"))


def create(
    session: Session,
    data: SubjectData,
    actor: int | None,
    *,
    allow_duplicate: bool = False,
    today: date | None = None,
) -> Subject:
    clean = validate(data, minor_age(session), today or date.today())
    if not allow_duplicate:
        duplicates = find_duplicates(session, clean)
        if duplicates:
            first = duplicates[0].id
            raise InvalidInput(
                "subjects.likely_duplicate",
                problems=[("legal_name", "subjects.likely_duplicate", {"existing_id": first})],
                existing_id=first,
                count=len(duplicates),
            )
    when = now()
    subject = Subject(**asdict(clean), created_at=when, updated_at=when)
    session.add(subject)
    session.flush()
    return subject


def update(
    session: Session,
    subject_id: int,
    data: SubjectData,
    actor: int | None,
    today: date | None = None,
) -> list[str]:
    """Save the editable fields, recording each change in the field history."""
    subject = get(session, subject_id)
    if subject.deidentified:
        raise InvalidInput("subjects.deidentified", id=subject_id)
    clean = validate(data, minor_age(session), today or date.today())
    changed = history.apply(session, subject, RECORD_TYPE, asdict(clean), actor, DATA_FIELDS)
    if changed:
        subject.updated_at = now()
    return changed


# -- register entries -----------------------------------------------------------------------


def _entry_ids(session: Session, subject_id: int) -> list[int]:
    return list(
        session.scalars(
            select(SubjectEntry.entry_id)
            .where(SubjectEntry.subject_id == subject_id)
            .order_by(SubjectEntry.entry_id)
        )
    )


def link_entry(session: Session, subject_id: int, entry_id: int, actor: int | None) -> bool:
    """Record that a register entry holds this person's data; False if it already did."""
    subject = get(session, subject_id)
    if session.get(RegisterEntry, entry_id) is None:
        raise InvalidInput("subjects.entry_not_found", id=entry_id)
    before = _entry_ids(session, subject.id)
    if entry_id in before:
        return False
    session.add(SubjectEntry(subject_id=subject.id, entry_id=entry_id))
    history.record(
        session, RECORD_TYPE, subject.id, "entries", before, sorted([*before, entry_id]), actor
    )
    return True


def unlink_entry(session: Session, subject_id: int, entry_id: int, actor: int | None) -> bool:
    subject = get(session, subject_id)
    before = _entry_ids(session, subject.id)
    if entry_id not in before:
        return False
    link = session.get(SubjectEntry, (subject.id, entry_id))
    session.delete(link)
    after = [e for e in before if e != entry_id]
    history.record(session, RECORD_TYPE, subject.id, "entries", before, after, actor)
    return True


# -- the sensitive section (要配慮個人情報) ------------------------------------------------------

_ACTIVE_SENSITIVE_CONSENT = """
    EXISTS (SELECT 1 FROM consents AS c WHERE c.subject_id = x.subject_id
            AND c.scope = 'sensitive' AND c.withdrawn_on IS NULL)
"""


def add_sensitive(
    session: Session,
    subject_id: int,
    kind: str,
    note: str = "",
    consent_id: int | None = None,
    exception: str = "",
) -> SubjectSensitive:
    subject = get(session, subject_id)
    problems: list[Problem] = []
    if kind not in SENSITIVE_KINDS:
        problems.append(("kind", "subjects.bad_sensitive_kind", {}))
    if not isinstance(note, str):
        problems.append(("note", "input.wrong_type", {}))
    elif _bad_characters(note, multiline=True):
        problems.append(("note", "input.bad_characters", {}))
    elif len(note) > NOTE_LIMIT:
        problems.append(("note", "input.too_long", {"max": NOTE_LIMIT}))
    if exception and exception not in SENSITIVE_EXCEPTIONS:
        problems.append(("exception", "subjects.bad_sensitive_exception", {}))
    if consent_id is not None:
        consent = session.get(ConsentRecord, consent_id)
        if consent is None or consent.subject_id != subject.id or consent.scope != "sensitive":
            problems.append(("consent_id", "subjects.bad_sensitive_consent", {}))
    if problems:
        raise InvalidInput("input.problems", problems=problems, count=len(problems))
    item = SubjectSensitive(
        subject_id=subject.id,
        kind=kind,
        note=note,
        consent_id=consent_id,
        exception=exception,
        recorded_at=now(),
    )
    session.add(item)
    session.flush()
    return item


def remove_sensitive(session: Session, subject_id: int, item_id: int) -> None:
    item = session.get(SubjectSensitive, item_id)
    if item is None or item.subject_id != subject_id:
        raise InvalidInput("subjects.sensitive_not_found", id=item_id)
    session.delete(item)


def sensitive_items(session: Session, subject_id: int) -> list[SensitiveItem]:
    get(session, subject_id)
    result = session.execute(
        text(
            "SELECT x.id, x.subject_id, x.kind, x.note, x.consent_id, x.exception, x.recorded_at,"
            f" x.exception != '' OR {_ACTIVE_SENSITIVE_CONSENT}"
            " FROM subject_sensitive AS x WHERE x.subject_id = :sid ORDER BY x.id"
        ),
        {"sid": subject_id},
    )
    items = []
    for r in result:
        recorded = r[6] if isinstance(r[6], datetime) else datetime.fromisoformat(r[6])
        items.append(SensitiveItem(r[0], r[1], r[2], r[3], r[4], r[5], recorded, bool(r[7])))
    return items


def sensitive_without_basis(session: Session) -> list[int]:
    """Persons holding a sensitive item with neither a recorded exception nor an active
    sensitive-data consent (法20条2項): each item needs its own basis."""
    result = session.execute(
        text(
            "SELECT DISTINCT x.subject_id FROM subject_sensitive AS x"
            f" WHERE x.exception = '' AND NOT {_ACTIVE_SENSITIVE_CONSENT}"
            " ORDER BY x.subject_id"
        )
    )
    return [r[0] for r in result]


# -- demo data ---------------------------------------------------------------------------------

# Surnames in variant forms (and their common forms), so the demo exercises the folding.
_RARE_SURNAMES = (
    ("髙橋", "タカハシ"),
    ("山﨑", "ヤマザキ"),
    ("德永", "トクナガ"),
    ("濵田", "ハマダ"),
    ("\ufa19田", "カンダ"),  # 神 U+FA19, a compatibility ideograph NFC would change
    ("齋藤", "サイトウ"),
    ("渡邉", "ワタナベ"),
    ("渡邊", "ワタナベ"),
    ("濱田", "ハマダ"),
    ("宮﨑", "ミヤザキ"),
    ("山崎", "ヤマザキ"),
    ("徳永", "トクナガ"),
    ("浜田", "ハマダ"),
    ("神田", "カンダ"),
    ("斉藤", "サイトウ"),
)
_VIETNAMESE = (
    (("Nguyễn", "グエン"), ("Trần", "チャン"), ("Lê", "レー"), ("Phạm", "ファム"),
     ("Hoàng", "ホアン"), ("Vũ", "ヴー"), ("Đặng", "ダン"), ("Bùi", "ブイ"), ("Đỗ", "ドー")),
    (("Văn", "ヴァン"), ("Thị", "ティ"), ("Minh", "ミン"), ("Quốc", "クオック"),
     ("Thanh", "タイン")),
    (("Đức", "ドゥック"), ("Hương", "フオン"), ("Mai", "マイ"), ("Tuấn", "トゥアン"),
     ("Nam", "ナム"), ("Lan", "ラン"), ("Bảo", "バオ"), ("Thu", "トゥー"), ("Dũng", "ズン"),
     ("Phương", "フオン")),
)  # fmt: skip
_PORTUGUESE = (
    (("JOÃO", "ジョアン"), ("MARIA", "マリア"), ("JOSÉ", "ジョゼ"), ("ANA", "アナ"),
     ("LUÍS", "ルイス"), ("ANTÔNIO", "アントニオ")),
    (("DA CONCEIÇÃO", "ダ・コンセイサン"), ("DOS SANTOS", "ドス・サントス"),
     ("DA SILVA", "ダ・シルバ"), ("GONÇALVES", "ゴンサルヴェス"), ("ARAÚJO", "アラウージョ")),
    (("OLIVEIRA", "オリヴェイラ"), ("SOUZA", "ソウザ"), ("PEREIRA", "ペレイラ"),
     ("FERREIRA", "フェレイラ")),
)  # fmt: skip
_FILIPINO = (
    (("Maria", "マリア"), ("Jose", "ホセ"), ("Cristina", "クリスティーナ"), ("Mark", "マーク"),
     ("Angelica", "アンジェリカ"), ("Rodel", "ロデル")),
    (("Santos", "サントス"), ("Reyes", "レイエス"), ("Bautista", "バウティスタ"),
     ("Mendoza", "メンドーサ")),
    (("Dela Cruz", "デラクルス"), ("Garcia", "ガルシア"), ("Villanueva", "ビラヌエバ"),
     ("Aquino", "アキノ")),
)  # fmt: skip
_NEPALI = (
    (("Ram", "ラム"), ("Sita", "シタ"), ("Bishnu", "ビシュヌ"), ("Anita", "アニタ"),
     ("Krishna", "クリシュナ"), ("Sunita", "スニタ")),
    (("Bahadur", "バハドゥル"), ("Kumari", "クマリ"), ("Prasad", "プラサド")),
    (("Thapa", "タパ"), ("Gurung", "グルン"), ("Sharma", "シャルマ"), ("Shrestha", "シュレスタ"),
     ("Tamang", "タマン"), ("Rai", "ライ")),
)  # fmt: skip
# Special permanent residents often use a 通称名 (alias) beside their legal name.
_KOREAN = (
    (("金", "キム", "金田"), ("李", "イ", "木村"), ("朴", "パク", "新井"), ("崔", "チェ", "山本")),
    (("英哲", "ヨンチョル"), ("美英", "ミヨン"), ("成浩", "ソンホ"), ("順子", "スンジャ")),
)  # fmt: skip
_ABROAD = (
    ("ベトナム", "123 Nguyễn Trãi, Quận 1, TP. Hồ Chí Minh", "700000"),
    ("ブラジル", "Rua Augusta 1500, São Paulo - SP", "01304-001"),
    ("フィリピン", "45 Rizal Avenue, Santa Cruz, Manila", "1003"),
    ("ネパール", "Ward 4, Thamel, Kathmandu", "44600"),
)
_CATEGORIES = ("会員", "会員", "会員", "相談者", "イベント参加者", "寄付者", "ボランティア")
_EMAIL_DOMAINS = ("example.jp", "example.com", "example.net", "example.org")
DEMO_BATCH = 5_000


def _pick(rng: random.Random, parts: Sequence[Sequence[tuple[str, ...]]]) -> list[tuple[str, ...]]:
    return [rng.choice(p) for p in parts]


def _foreign(rng: random.Random) -> tuple[str, str, str, str]:
    """(legal name, reading, alias, ascii name for the email) of a foreign resident."""
    roll = rng.random()
    if roll < 0.35:
        family, middle, given = _pick(rng, _VIETNAMESE)
        name = f"{family[0]} {middle[0]} {given[0]}"
        if rng.random() < 0.3:
            name = name.upper()  # as printed on some residence cards
        reading = f"{family[1]}・{middle[1]}・{given[1]}"
    elif roll < 0.55:
        given, second, family = _pick(rng, _PORTUGUESE)
        name = f"{given[0]} {second[0]} {family[0]}"
        reading = f"{given[1]}・{second[1]}・{family[1]}"
    elif roll < 0.75:
        given, middle, family = _pick(rng, _FILIPINO)
        name = f"{given[0]} {middle[0]} {family[0]}"
        reading = f"{given[1]}・{middle[1]}・{family[1]}"
    elif roll < 0.9:
        given, middle, family = _pick(rng, _NEPALI)
        name = f"{given[0]} {middle[0]} {family[0]}"
        reading = f"{given[1]}・{middle[1]}・{family[1]}"
    else:
        family, given = _pick(rng, _KOREAN)
        return (
            f"{family[0]}\u3000{given[0]}",
            f"{family[1]}\u3000{given[1]}",
            f"{family[2]}\u3000{given[0]}",
            "",
        )
    return name, reading, "", name


def demo_subjects(
    session: Session,
    n: int,
    seed: int,
    cancel: CancelToken | None = None,
    progress: Progress = no_progress,
    today: date | None = None,
) -> int:
    """Insert n synthetic persons (Faker ja_JP data and foreign residents) in batches."""
    # Faker's ja_JP name and address data, drawn with one seeded generator: a call per field
    # through Faker's proxy would cost more than the inserts themselves at 100,000 persons.
    from faker.providers.address.ja_JP import Provider as JaAddress
    from faker.providers.person.ja_JP import Provider as JaPerson

    rng = random.Random(seed)
    today = today or date.today()
    when = now()
    minor_limit = minor_age(session)
    start = int(session.execute(select(func.coalesce(func.max(Subject.id), 0))).scalar_one())
    # Faker weights its surnames by frequency (佐藤 more often than 今井).
    surnames = list(JaPerson.last_name_pairs)
    surname_weights = list(itertools.accumulate(JaPerson.last_name_pairs.values()))
    female, male = JaPerson.first_name_female_pairs, JaPerson.first_name_male_pairs
    prefectures, cities, towns = JaAddress.prefectures, JaAddress.cities, JaAddress.towns
    buildings = JaAddress.building_names
    table = Subject.__table__
    batch: list[dict[str, Any]] = []
    made = 0

    def flush() -> None:
        nonlocal made
        if batch:
            session.execute(insert(table), batch)
            made += len(batch)
            batch.clear()
        if cancel is not None:
            cancel.raise_if_cancelled()
        progress(made, n)

    for i in range(n):
        roll = rng.random()
        alias = ""
        if roll < 0.10:
            legal, reading, alias, latin = _foreign(rng)
            first_roman = latin.split(" ")[0] if latin else "resident"
        else:
            last = (
                rng.choice(_RARE_SURNAMES)
                if roll < 0.15
                else rng.choices(surnames, cum_weights=surname_weights)[0]
            )
            first = rng.choice(female if rng.random() < 0.5 else male)
            legal = f"{last[0]}\u3000{first[0]}"
            reading = f"{last[1]}\u3000{first[1]}"
            first_roman = first[2] if len(first) > 2 else "member"
        ascii_local = "".join(
            c for c in unicodedata.normalize("NFKD", first_roman.lower()) if c.isascii()
        )
        ascii_local = "".join(c for c in ascii_local if c.isalnum()) or "member"
        age = rng.choice(range(0, 16)) if rng.random() < 0.06 else rng.randint(16, 95)
        birth = today - timedelta(days=age * 365 + rng.randint(0, 364))
        birth = max(birth, EARLIEST_BIRTH)
        minor = age_on(birth, today) < minor_limit
        abroad = rng.random() < 0.02
        if abroad:
            country, address, postal = rng.choice(_ABROAD)
        else:
            country = ""
            address = (
                f"{rng.choice(prefectures)}{rng.choice(cities)}{rng.choice(towns)}"
                f"{rng.randint(1, 9)}丁目{rng.randint(1, 30)}番{rng.randint(1, 20)}号"
            )
            if rng.random() < 0.4:
                address += (
                    f"\u3000{rng.choice(buildings)}{rng.randint(1, 12)}{rng.randint(1, 9):02d}"
                )
            postal = f"{rng.randint(0, 999):03d}-{rng.randint(0, 9999):04d}"
        mobile = rng.random() < 0.7
        phone = (
            f"0{rng.choice('789')}0-{rng.randint(0, 9999):04d}-{rng.randint(0, 9999):04d}"
            if mobile
            else f"0{rng.randint(3, 99)}-{rng.randint(100, 9999)}-{rng.randint(0, 9999):04d}"
        )
        email = (
            f"{ascii_local}{rng.randint(1, 9999)}@{rng.choice(_EMAIL_DOMAINS)}"
            if rng.random() < 0.6
            else ""
        )
        representative = ""
        relation = ""
        contact = ""
        if minor:
            parent = rng.choice(female if rng.random() < 0.6 else male)
            if "\u3000" in legal:
                representative = f"{legal.split(chr(0x3000))[0]}\u3000{parent[0]}"
            else:
                representative = _foreign(rng)[0]
            relation = rng.choice(("母", "父"))
            contact = phone
        batch.append(
            {
                "member_number": f"M{start + i + 1:07d}" if rng.random() < 0.8 else "",
                "legal_name": legal,
                "reading": reading,
                "alias": alias,
                "birth_date": birth,
                "postal_code": postal,
                "address": address,
                "country": country,
                "phone": phone,
                "email": email,
                "category": rng.choice(_CATEGORIES),
                "language": "ja" if not country and roll >= 0.10 else rng.choice(LANGUAGES),
                "representative_name": representative,
                "representative_relation": relation,
                "representative_contact": contact,
                "protected": rng.random() < 0.01,
                "notes": "",
                "deidentified": False,
                "created_at": when,
                "updated_at": when,
            }
        )
        if len(batch) >= DEMO_BATCH:
            flush()
    flush()
    return made
