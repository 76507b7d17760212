"""The privacy notice checked against the register (Article 32(1), Cabinet Order Article 10;
APPI.md section 6): what the register and profile hold that the notice does not mention, and
what the notice promises that the register does not show.

Matching is by the office's own words. The officer tags passages of the notice (a purpose, a
recipient, a country, the fee, the desk …) and links each register item to a passage once;
the app suggests links by text similarity and remembers them. A link names the passage by its
folded text, so it carries over to a new notice version wherever the passage is unchanged;
a new version also inherits the tags of passages whose text it still contains. Only what is
unlinked, on either side, is reported.
"""

from __future__ import annotations

import difflib
import io
import json
import unicodedata
import zipfile
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from xml.etree import ElementTree

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from privacydesk.domain import notices, settings
from privacydesk.domain import profile as profile_domain
from privacydesk.domain.accounts import now
from privacydesk.errors import InvalidInput
from privacydesk.storage.models import (
    Contractor,
    EntryProvision,
    EntryPurpose,
    NoticeLink,
    NoticePassage,
    NoticeVersion,
    Purpose,
    RegisterEntry,
)
from privacydesk.textfold import fold

# What a notice must make known, as passage tags (and register item kinds).
TAGS = (
    "org_name",
    "address",
    "representative",
    "purpose",
    "recipient",
    "country",
    "contractor",
    "security",
    "request_procedure",
    "fee",
    "complaint_desk",
    "protection_body",
)
# Third-party provision a notice must describe; outsourcing and legal exceptions need not name
# the recipient (the contractor category is a tag of its own).
NOTICE_BASES = ("consent", "joint_use", "opt_out")
SUGGEST_AT = 0.45
PASSAGE_MAX = 4000


def passage_key(text: str) -> str:
    """A passage's identity across versions: its text folded, spaces and punctuation gone."""
    folded = fold(unicodedata.normalize("NFKC", text))
    return "".join(ch for ch in folded if ch.isalnum())


@dataclass(frozen=True)
class Item:
    """Something the register or profile holds that the notice should mention."""

    key: str  # kind:identity, stable while the item exists
    tag: str  # the passage tag it links to
    label: str  # what it says, for the officer and the report
    source: str  # where it comes from (a message code's params are overkill here: plain text)


def _distinct(values: Iterable[tuple[str, str]]) -> dict[str, str]:
    out: dict[str, str] = {}
    for value, source in values:
        value = (value or "").strip()
        if value and passage_key(value) not in {passage_key(v) for v in out}:
            out[value] = source
    return out


def register_items(session: Session) -> list[Item]:
    """Everything Article 32(1) and Cabinet Order Article 10 ask the notice to make known, as
    the register and profile hold it today."""
    p = profile_domain.load(session)
    items: list[Item] = []
    for tag, value in (
        ("org_name", p.name),
        ("address", p.address),
        ("representative", p.representative),
    ):
        if value:
            items.append(Item(f"{tag}:", tag, value, "組織情報"))
    items.append(Item("request_procedure:", "request_procedure", "開示等の請求の手続", "組織情報"))
    if p.fee_yen:
        items.append(Item("fee:", "fee", f"手数料 {p.fee_yen:,}円", "組織情報"))
    if p.desk_department:
        items.append(Item("complaint_desk:", "complaint_desk", p.desk_department, "組織情報"))
    body = settings.get(session, "org.protection_body")
    if body:
        items.append(
            Item("protection_body:", "protection_body", body, "設定（認定個人情報保護団体）")
        )
    items.append(Item("security:", "security", "安全管理措置", "組織情報"))

    active = select(RegisterEntry.id).where(RegisterEntry.active.is_(True))
    used = set(
        session.scalars(select(EntryPurpose.purpose_id).where(EntryPurpose.entry_id.in_(active)))
    )
    for purpose in session.scalars(
        select(Purpose).where(Purpose.active.is_(True)).order_by(Purpose.code, Purpose.id)
    ):
        if purpose.id in used:
            items.append(
                Item(
                    f"purpose:{purpose.id}",
                    "purpose",
                    purpose.text,
                    f"利用目的 {purpose.code}".strip(),
                )
            )
    rows = session.execute(
        select(EntryProvision, RegisterEntry.name)
        .join(RegisterEntry, RegisterEntry.id == EntryProvision.entry_id)
        .where(RegisterEntry.active.is_(True))
        .order_by(EntryProvision.id)
    ).all()
    recipients = _distinct(
        (prov.recipient, f"台帳「{name}」") for prov, name in rows if prov.basis in NOTICE_BASES
    )
    for value, source in recipients.items():
        items.append(Item(f"recipient:{passage_key(value)}", "recipient", value, source))
    entries = session.scalars(select(RegisterEntry).where(RegisterEntry.active.is_(True))).all()
    countries = _distinct(
        [(prov.country, f"台帳「{name}」の提供先") for prov, name in rows if prov.abroad]
        + [
            (e.transfer_country, f"台帳「{e.name}」の外国移転")
            for e in entries
            if e.transfer_abroad
        ]
        + [(e.cloud_country, f"台帳「{e.name}」の保管場所") for e in entries]
        + [
            (c.country, f"委託先「{c.name}」")
            for c in session.scalars(select(Contractor).where(Contractor.status != "ended"))
            if c.abroad
        ]
    )
    for value, source in countries.items():
        items.append(Item(f"country:{passage_key(value)}", "country", value, source))
    contractors = _distinct(
        ((c.services.splitlines() or [""])[0], f"委託先「{c.name}」")
        for c in session.scalars(
            select(Contractor).where(Contractor.status == "active").order_by(Contractor.id)
        )
    )
    for value, source in contractors.items():
        items.append(Item(f"contractor:{passage_key(value)}", "contractor", value, source))
    return items


# -- passages ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Passage:
    id: int
    notice_version_id: int
    tag: str
    text: str
    position: int

    @property
    def key(self) -> str:
        return passage_key(self.text)


def _passage(p: NoticePassage) -> Passage:
    return Passage(p.id, p.notice_version_id, p.tag, p.text, p.position)


def passages(session: Session, notice_version_id: int) -> list[Passage]:
    return [
        _passage(p)
        for p in session.scalars(
            select(NoticePassage)
            .where(NoticePassage.notice_version_id == notice_version_id)
            .order_by(NoticePassage.position, NoticePassage.id)
        )
    ]


def tag_passage(session: Session, notice_version_id: int, tag: str, text: str) -> int:
    """Tag a passage of a notice version: the text must be a part of that version."""
    version = notices.get(session, notice_version_id)
    if tag not in TAGS:
        raise InvalidInput("input.unknown_choice", value=str(tag)[:30])
    if not isinstance(text, str) or not text.strip():
        raise InvalidInput("notice_check.passage_required")
    text = text.strip()
    if len(text) > PASSAGE_MAX:
        raise InvalidInput("input.too_long", max=PASSAGE_MAX)
    position = version.text.find(text)
    if position < 0:
        raise InvalidInput("notice_check.passage_not_in_notice")
    row = NoticePassage(
        notice_version_id=version.id, tag=tag, text=text, position=position, created_at=now()
    )
    session.add(row)
    session.flush()
    return row.id


def untag_passage(session: Session, passage_id: int) -> None:
    row = session.get(NoticePassage, passage_id) if isinstance(passage_id, int) else None
    if row is None:
        raise InvalidInput("notice_check.passage_not_found")
    session.delete(row)
    session.flush()


def carry_over(session: Session, from_version_id: int, to_version_id: int) -> int:
    """A new version inherits the tags of every passage whose text it still contains."""
    target = notices.get(session, to_version_id)
    have = {(p.tag, p.text) for p in passages(session, to_version_id)}
    count = 0
    for p in passages(session, from_version_id):
        position = target.text.find(p.text)
        if position >= 0 and (p.tag, p.text) not in have:
            session.add(
                NoticePassage(
                    notice_version_id=to_version_id,
                    tag=p.tag,
                    text=p.text,
                    position=position,
                    created_at=now(),
                )
            )
            count += 1
    session.flush()
    return count


# -- links -----------------------------------------------------------------------------------


def link(session: Session, item_key: str, passage_id: int, actor: int | None) -> None:
    row = session.get(NoticePassage, passage_id) if isinstance(passage_id, int) else None
    if row is None:
        raise InvalidInput("notice_check.passage_not_found")
    if not isinstance(item_key, str) or ":" not in item_key or len(item_key) > 400:
        raise InvalidInput("notice_check.item_not_found")
    key = passage_key(row.text)
    exists = session.scalar(
        select(NoticeLink.id).where(NoticeLink.item_key == item_key, NoticeLink.passage_key == key)
    )
    if exists is None:
        session.add(
            NoticeLink(item_key=item_key, passage_key=key, created_at=now(), created_by=actor)
        )
    session.flush()


def unlink(session: Session, item_key: str, passage_id: int) -> None:
    row = session.get(NoticePassage, passage_id) if isinstance(passage_id, int) else None
    if row is None:
        raise InvalidInput("notice_check.passage_not_found")
    session.execute(
        delete(NoticeLink).where(
            NoticeLink.item_key == item_key, NoticeLink.passage_key == passage_key(row.text)
        )
    )
    session.flush()


def _links(session: Session) -> set[tuple[str, str]]:
    return {(k, p) for k, p in session.execute(select(NoticeLink.item_key, NoticeLink.passage_key))}


def similarity(a: str, b: str) -> float:
    """How alike an item and a passage read (folded): containment counts as a strong match."""
    fa, fb = passage_key(a), passage_key(b)
    if not fa or not fb:
        return 0.0
    if fa in fb or fb in fa:
        return max(0.8, min(len(fa), len(fb)) / max(len(fa), len(fb)))
    return difflib.SequenceMatcher(None, fa, fb, autojunk=False).ratio()


# -- the check ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class Suggestion:
    passage_id: int
    score: float


@dataclass(frozen=True)
class UnlinkedItem:
    item: Item
    suggestions: tuple[Suggestion, ...]


@dataclass(frozen=True)
class CheckResult:
    notice_version_id: int | None
    notice_title: str
    items_unlinked: tuple[UnlinkedItem, ...]  # the register holds it, the notice does not say
    passages_unlinked: tuple[Passage, ...]  # the notice says it, the register does not show
    linked: int

    @property
    def consistent(self) -> bool:
        return self.notice_version_id is not None and not (
            self.items_unlinked or self.passages_unlinked
        )


def check(session: Session, today: date | None = None) -> CheckResult:
    version = notices.current(session, today)
    items = register_items(session)
    if version is None:
        return CheckResult(None, "", tuple(UnlinkedItem(i, ()) for i in items), (), 0)
    current = passages(session, version.id)
    links = _links(session)
    by_key: dict[str, list[Passage]] = {}
    for p in current:
        by_key.setdefault(p.key, []).append(p)
    item_keys = {i.key for i in items}
    unlinked_items = []
    linked = 0
    for item in items:
        if any(k == item.key and pk in by_key for k, pk in links):
            linked += 1
            continue
        candidates = sorted(
            (
                Suggestion(p.id, round(similarity(item.label, p.text), 3))
                for p in current
                if p.tag == item.tag
            ),
            key=lambda s: -s.score,
        )
        unlinked_items.append(
            UnlinkedItem(item, tuple(s for s in candidates if s.score >= SUGGEST_AT)[:3])
        )
    alive = {pk for k, pk in links if k in item_keys}
    unlinked_passages = tuple(p for p in current if p.key not in alive)
    return CheckResult(version.id, version.title, tuple(unlinked_items), unlinked_passages, linked)


def accept_suggestions(
    session: Session, actor: int | None, today: date | None = None, at_least: float = 0.8
) -> int:
    """Link every unlinked item to its best suggestion scoring at least `at_least`."""
    result = check(session, today)
    count = 0
    for u in result.items_unlinked:
        if u.suggestions and u.suggestions[0].score >= at_least:
            link(session, u.item.key, u.suggestions[0].passage_id, actor)
            count += 1
    return count


# -- importing a notice, and the differences between two versions --------------------------------


def read_notice_file(name: str, data: bytes) -> str:
    """The text of a notice from a .txt (UTF-8 or cp932) or .docx file."""
    lower = name.lower()
    if lower.endswith(".txt"):
        for encoding in ("utf-8-sig", "cp932"):
            try:
                return data.decode(encoding)
            except UnicodeDecodeError:
                continue
        raise InvalidInput("notice_check.unreadable_text")
    if lower.endswith(".docx"):
        return _docx_text(data)
    raise InvalidInput("import.unsupported_file", suffix=name.rsplit(".", 1)[-1][:10])


_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def _docx_text(data: bytes) -> str:
    """Paragraphs of a Word document (tables' paragraphs too), one per line."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as z:
            xml = z.read("word/document.xml")
        root = ElementTree.fromstring(xml)
    except (zipfile.BadZipFile, KeyError, ElementTree.ParseError):
        raise InvalidInput("notice_check.unreadable_docx") from None
    lines = []
    for paragraph in root.iter(f"{_W}p"):
        parts = []
        for node in paragraph.iter():
            if node.tag == f"{_W}t" and node.text:
                parts.append(node.text)
            elif node.tag == f"{_W}tab":
                parts.append("\t")
            elif node.tag in (f"{_W}br", f"{_W}cr"):
                parts.append("\n")
        lines.append("".join(parts))
    return "\n".join(lines).strip() + "\n"


@dataclass(frozen=True)
class DiffLine:
    op: str  # " " same | "-" only in the old | "+" only in the new
    text: str


def differences(old: str, new: str) -> list[DiffLine]:
    """Line by line, as the officer reads two versions side by side."""
    out = []
    for line in difflib.ndiff(old.splitlines(), new.splitlines()):
        if line.startswith("? "):
            continue
        out.append(DiffLine(line[0], line[2:]))
    return out


def versions_ids(session: Session) -> list[int]:
    return list(session.scalars(select(NoticeVersion.id).order_by(NoticeVersion.id)))


def summary(result: CheckResult) -> dict[str, object]:
    """Counts for the audit log, the home page and the board workbook."""
    return {
        "consistent": result.consistent,
        "items_unlinked": len(result.items_unlinked),
        "passages_unlinked": len(result.passages_unlinked),
        "linked": result.linked,
    }


def to_json(result: CheckResult) -> str:
    return json.dumps(
        {
            "notice": result.notice_version_id,
            "consistent": result.consistent,
            "register_not_in_notice": [
                {
                    "key": u.item.key,
                    "tag": u.item.tag,
                    "label": u.item.label,
                    "source": u.item.source,
                }
                for u in result.items_unlinked
            ],
            "notice_not_in_register": [
                {"passage": p.id, "tag": p.tag, "text": p.text} for p in result.passages_unlinked
            ],
        },
        ensure_ascii=False,
    )
