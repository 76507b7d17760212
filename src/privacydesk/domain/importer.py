"""取り込みと書き出し. Reading the office's own spreadsheets (the register, persons, consents) and
writing the same columns back out as CSV.

Reading: .xlsx through python-calamine (it reports merged cells; openpyxl's read-only mode
cannot see them, traps.md) and .csv in UTF-8 (with or without BOM) or cp932 (never Python's
narrower shift_jis: ①, 髙, 﨑 and ㈱ must survive). The header row may sit below title rows and
may be two rows with merged parents ("連絡先" over "電話" and "郵便番号" reads "連絡先 電話").

Converting: dates as ISO, slashes, 和暦 or Excel serials; day-first dates are refused, never
guessed; phone numbers and postal codes that Excel kept as numbers get their leading zero back
(for persons in Japan), each noted in the report. Names are never normalised.

Validating: every row goes through the area's own rules (subjects.validate, register.validate,
consent.validate) inside the caller's one write transaction, and every problem is reported with
the spreadsheet row as the user sees it and the column's header. The caller rolls everything
back when there is any error: an import saves all rows or none.

Writing: one CSV per area in UTF-8 with BOM, with the same headers the reader recognises, so an
export reads back unchanged. A cell that a spreadsheet would run as a formula (= + - @) is
written with a leading apostrophe, which the reader removes again.

No Qt here; the services wrap these functions with roles, the unit of work and the audit log.
"""

from __future__ import annotations

import codecs
import csv
import json
import re
import unicodedata
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from privacydesk.domain import consent as consent_domain
from privacydesk.domain import purposes as purposes_domain
from privacydesk.domain import register as register_domain
from privacydesk.domain import subjects as subjects_domain
from privacydesk.domain import wareki
from privacydesk.domain.accounts import now
from privacydesk.errors import InvalidInput, PrivacydeskError
from privacydesk.messages import render
from privacydesk.storage.engine import translate
from privacydesk.storage.models import (
    ConsentRecord,
    EntryProvision,
    NoticeVersion,
    ProvisionRecord,
    ProvisionSubject,
    Purpose,
    RegisterEntry,
    Subject,
)
from privacydesk.tasks import CancelToken, Progress, no_progress
from privacydesk.textfold import fold

IMPORT_KINDS = ("register", "subjects", "consents")
EXPORT_KINDS = ("register", "subjects", "consents", "provisions")
FILE_TYPES = {".csv": "csv", ".xlsx": "xlsx", ".xlsm": "xlsx"}
HEADER_SEARCH_ROWS = 20  # the header row is looked for within the first rows
PREVIEW_ROWS = 20
CHECK_EVERY = 200  # rows between cancel checks and progress reports
INSERT_BATCH = 500
CSV_CHUNK = 1 << 20
# Excel serial numbers accepted as dates: 1900-03-01 (61, after Excel's phantom 1900-02-29)
# to 2100-12-31. Serial 0 is 1899-12-30 on that reckoning.
SERIAL_EPOCH = date(1899, 12, 30)
SERIAL_FIRST = date(1900, 3, 1)
SERIAL_LAST = date(2100, 12, 31)
MASK = subjects_domain.MASK
# Cells a spreadsheet would run as a formula when it opens the CSV (CSV injection).
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")

ERROR = "error"
WARNING = "warning"
INFO = "info"
SEVERITY_LABELS = {ERROR: "import.error", WARNING: "import.warning", INFO: "import.info"}
KIND_LABELS = {
    "register": "import.kind.register",
    "subjects": "import.kind.subjects",
    "consents": "import.kind.consents",
    "provisions": "import.kind.provisions",
}

Cell = Any  # str | int | float | bool | date | datetime | time | timedelta | None


# -- report ---------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Finding:
    """One line of the report: where (row as the user sees it, column header) and what."""

    severity: str  # error | warning | info
    code: str  # a message code
    params: dict[str, Any] = field(default_factory=dict)
    row: int = 0  # the spreadsheet's row number; 0 for the file or a column as a whole
    column: str = ""  # the header text ("" when it has none: see letter)
    letter: str = ""  # the column's letter (A, B, … AA)
    field: str = ""  # the field it concerns ("" for the file or a row)


@dataclass(frozen=True)
class ColumnMatch:
    """How one column of the file is read."""

    index: int  # 0-based position in the file
    letter: str
    header: str  # as shown to the user; a two-row header reads "parent child"
    field: str | None  # the field it fills, or None
    how: str  # known | mapping | joined | ignored | row_number | unknown | conflict


@dataclass
class ImportReport:
    kind: str
    file_type: str = ""  # csv | xlsx
    encoding: str = ""  # utf-8 | utf-8-sig | cp932 (csv only)
    sheet: str = ""  # xlsx only
    header_rows: tuple[int, ...] = ()
    columns: list[ColumnMatch] = field(default_factory=list)
    rows: int = 0  # data rows read (empty rows aside)
    created: int = 0  # records saved (0 after a dry run or a refusal)
    checked: int = 0  # records that passed every check
    purposes_created: int = 0  # register: purposes of use added for new wording
    dry_run: bool = False
    findings: list[Finding] = field(default_factory=list)
    error_count: int = 0

    def add(self, *findings: Finding) -> None:
        self.findings.extend(findings)
        self.error_count += sum(f.severity == ERROR for f in findings)

    @property
    def errors(self) -> list[Finding]:
        return [f for f in self.findings if f.severity == ERROR]

    @property
    def warnings(self) -> list[Finding]:
        return [f for f in self.findings if f.severity == WARNING]

    @property
    def infos(self) -> list[Finding]:
        return [f for f in self.findings if f.severity == INFO]

    @property
    def ok(self) -> bool:
        return self.error_count == 0


class ImportRefused(InvalidInput):
    """An import (or a dry run) found problems: nothing was saved. `report` lists them all."""

    def __init__(self, report: ImportReport) -> None:
        errors = report.errors
        problems = [(_where(f), f.code, dict(f.params)) for f in errors]
        super().__init__("import.failed", problems=problems, count=len(errors))
        self.report = report


def _where(f: Finding) -> str:
    column = f.column or f.letter
    if f.row and column:
        return f"#{f.row} {column}"
    return f"#{f.row}" if f.row else column


def describe(f: Finding, lang: str) -> str:
    """A finding as one line of text in the user's language, with its row and column."""
    text = render(f.code, lang, **f.params)
    column = f.column or (render("import.column_letter", lang, letter=f.letter) if f.letter else "")
    if not column and f.field:
        column = field_label(f.field)
    if f.row and column:
        return render("import.at_cell", lang, row=f.row, column=column, text=text)
    if f.row:
        return render("import.at_row", lang, row=f.row, text=text)
    if column:
        return render("import.at_column", lang, column=column, text=text)
    return text


def report_lines(report: ImportReport, lang: str) -> list[str]:
    """Every finding, errors first, each prefixed with its severity."""
    order = {ERROR: 0, WARNING: 1, INFO: 2}
    findings = sorted(report.findings, key=lambda f: (order[f.severity], f.row))
    return [f"{render(SEVERITY_LABELS[f.severity], lang)}: {describe(f, lang)}" for f in findings]


# -- fields and the headers an office uses --------------------------------------------------------


@dataclass(frozen=True)
class FieldSpec:
    name: str
    header: str  # the canonical Japanese header: written on export, shown in the mapping dialog
    english: str
    type: str  # text | name | date | phone | postal | bool | int | choice | list
    aliases: tuple[str, ...] = ()


def _f(name: str, header: str, english: str, type_: str, *aliases: str) -> FieldSpec:
    return FieldSpec(name, header, english, type_, aliases)


_MEMBER_ALIASES = (
    "会員No",
    "会員NO.",
    "会員ID",
    "会員コード",
    "利用者番号",
    "登録番号",
    "Member No",
)
_NAME_ALIASES = ("名前", "お名前", "本名", "漢字氏名", "氏名漢字", "Name", "Full name")
_BIRTH_ALIASES = ("誕生日", "Birth date", "Birthdate", "Birthday", "DOB")

SUBJECT_FIELDS: tuple[FieldSpec, ...] = (
    _f("member_number", "会員番号", "Member number", "text", *_MEMBER_ALIASES),
    _f("legal_name", "氏名", "Legal name", "name", *_NAME_ALIASES),
    _f("reading", "フリガナ", "Reading", "name", "ふりがな", "カナ", "かな", "氏名カナ",
       "カナ氏名", "氏名フリガナ", "フリガナ氏名", "よみがな", "ヨミガナ", "読み", "よみ",
       "Kana", "Furigana"),
    _f("alias", "通称名", "Alias", "name", "通称", "通名"),
    _f("birth_date", "生年月日", "Date of birth", "date", *_BIRTH_ALIASES),
    _f("postal_code", "郵便番号", "Postal code", "postal", "〒", "郵便", "Postcode", "Zip",
       "Zip code"),
    _f("address", "住所", "Address", "text", "現住所", "所在地", "連絡先住所"),
    _f("country", "国", "Country", "text", "国名", "居住国", "国・地域"),
    _f("phone", "電話番号", "Phone", "phone", "電話", "TEL", "Tel番号", "携帯", "携帯電話",
       "携帯番号", "携帯電話番号", "連絡先電話番号", "Telephone", "Phone number", "Mobile"),
    _f("email", "メールアドレス", "Email", "text", "メール", "Eメール", "E-mail", "Mail",
       "E-mail address", "Email address", "Mail address", "メアド"),
    _f("category", "区分", "Category", "text", "種別", "会員種別", "会員区分", "分類",
       "本人の区分"),
    _f("language", "言語", "Language", "choice", "使用言語", "連絡言語"),
    _f("representative_name", "法定代理人", "Representative", "name", "法定代理人氏名",
       "代理人", "代理人氏名", "保護者", "保護者氏名", "親権者", "Legal representative"),
    _f("representative_relation", "続柄", "Relation", "text", "代理人続柄", "保護者続柄",
       "本人との関係", "Relationship"),
    _f("representative_contact", "代理人連絡先", "Representative contact", "text",
       "保護者連絡先", "法定代理人連絡先"),
    _f("protected", "所在秘匿", "Protected", "bool", "住所秘匿", "秘匿"),
    _f("notes", "備考", "Notes", "text", "メモ", "特記事項", "Note", "Remarks", "Memo"),
)  # fmt: skip

CONSENT_FIELDS: tuple[FieldSpec, ...] = (
    _f("member_number", "会員番号", "Member number", "text", *_MEMBER_ALIASES),
    _f("legal_name", "氏名", "Legal name", "name", *_NAME_ALIASES),
    _f("birth_date", "生年月日", "Date of birth", "date", *_BIRTH_ALIASES),
    _f("scope", "同意の対象", "Scope", "choice", "同意対象", "同意の種類", "同意内容",
       "Consent scope"),
    _f("purpose", "利用目的", "Purpose", "text", "目的", "Purpose of use"),
    _f("recipient", "提供先", "Recipient", "text", "第三者提供先", "移転先"),
    _f("country", "提供先の国", "Country", "text", "移転先の国", "国", "国名"),
    _f("notice", "通知・公表の版", "Notice version", "text", "プライバシーポリシー",
       "プライバシーポリシーの版", "Notice"),
    _f("form_name", "同意書の様式", "Form", "text", "様式", "同意書", "書式"),
    _f("given_on", "同意日", "Date of consent", "date", "同意年月日", "同意取得日", "取得日",
       "署名日", "Consent date", "Given on"),
    _f("method", "同意の方法", "Method", "choice", "方法", "取得方法", "同意方法"),
    _f("evidence_ref", "証跡番号", "Evidence reference", "text", "文書番号", "管理番号",
       "同意書番号", "Evidence", "Document number"),
    _f("evidence_location", "証跡の保管場所", "Evidence location", "text", "保管場所",
       "原本の保管場所", "Kept at"),
    _f("given_by", "同意者", "Given by", "choice", "同意した人", "同意者の区分"),
    _f("representative_name", "法定代理人", "Representative", "name", "法定代理人氏名",
       "代理人", "代理人氏名", "保護者", "保護者氏名", "Legal representative"),
    _f("withdrawn_on", "撤回日", "Withdrawn on", "date", "同意撤回日", "Withdrawal date"),
    _f("withdrawal_method", "撤回の方法", "Withdrawal method", "choice", "撤回方法"),
    _f("withdrawal_followup", "撤回後の対応", "Withdrawal follow-up", "text", "撤回後の措置",
       "Follow-up"),
    _f("renewal_needed_since", "要再同意", "Renewal needed since", "date", "要再同意日"),
)  # fmt: skip

REGISTER_FIELDS: tuple[FieldSpec, ...] = (
    _f("name", "個人情報の名称", "Name", "text", "名称", "台帳名", "個人情報データベース等の名称",
       "個人情報ファイル名", "個人情報名", "Register entry"),
    _f("department", "担当部署", "Department", "text", "部署", "所管部署", "管理部署", "主管部署",
       "部門"),
    _f("responsible", "責任者", "Responsible", "text", "管理責任者", "担当者", "取扱責任者",
       "Responsible person"),
    _f("subject_category", "本人の区分", "Data subjects", "text", "対象者", "本人の種類",
       "対象者の区分", "Subject category"),
    _f("items", "項目", "Items", "list", "個人情報の項目", "取得項目", "データ項目", "記録項目",
       "Data items"),
    _f("sensitive_kinds", "要配慮個人情報", "Sensitive data", "list", "要配慮",
       "要配慮個人情報の種類", "Sensitive"),
    _f("sensitive_exception", "要配慮の例外", "Sensitive exception", "text",
       "同意を要しない理由"),
    _f("acquisition_direct", "直接取得", "Acquired directly", "bool", "本人から直接取得"),
    _f("acquisition_source", "取得元", "Source", "text", "取得先"),
    _f("acquisition_method", "取得方法", "Acquisition method", "text", "入手方法", "収集方法",
       "How acquired"),
    _f("purpose_notified_how", "利用目的の通知・公表", "Purpose notified how", "text",
       "通知・公表の方法", "通知公表"),
    _f("medium", "媒体", "Medium", "choice", "保管媒体", "記録媒体", "形態"),
    _f("storage_location", "保管場所", "Storage location", "text", "保管方法", "保存場所",
       "Kept at"),
    _f("cloud_service", "クラウドサービス", "Cloud service", "text", "クラウド", "利用サービス"),
    _f("cloud_country", "サーバーの所在国", "Server country", "text", "サーバー所在国",
       "サーバーの国"),
    _f("access", "アクセスできる者", "Access", "text", "アクセス権者", "利用者の範囲", "取扱者",
       "閲覧できる者"),
    _f("retention_text", "保存期間", "Retention", "text", "保管期間"),
    _f("retention_months", "保存期間（月）", "Retention months", "int", "保存月数"),
    _f("disposal_method", "廃棄方法", "Disposal method", "text", "廃棄の方法", "消去方法",
       "Disposal"),
    _f("retained_personal_data", "保有個人データ", "Retained personal data", "bool",
       "保有個人データ該当"),
    _f("transfer_abroad", "外国への移転", "Transfer abroad", "bool", "外国移転", "越境移転"),
    _f("transfer_country", "移転先の国", "Transfer country", "text", "移転先国"),
    _f("transfer_basis", "移転の根拠", "Transfer basis", "text", "外国移転の根拠"),
    _f("transfer_info_given", "移転時の情報提供", "Information given", "text",
       "本人への情報提供"),
    _f("estimated_persons", "本人の数", "Estimated persons", "int", "件数", "人数", "概数",
       "本人数", "Number of persons"),
    _f("is_website", "ウェブサイト", "Website", "bool", "Webサイト", "ホームページ"),
    _f("tracking_tool", "計測ツール", "Tracking tool", "text", "解析ツール", "外部送信ツール"),
    _f("tracking_provider", "ツールの提供者", "Tracking provider", "text", "ツール提供者",
       "送信先"),
    _f("tracking_collects", "収集する情報", "Collected data", "text", "送信される情報"),
    _f("tracking_opt_out", "オプトアウトの方法", "Opt-out", "text", "オプトアウト", "停止の方法"),
    _f("tracking_recipient_identifies", "提供先で本人を識別", "Recipient identifies person",
       "bool", "送信先で本人を識別できる"),
    _f("purposes", "利用目的", "Purposes", "list", "目的", "Purpose", "Purposes of use"),
    _f("provisions", "提供先", "Recipients", "list", "第三者提供", "第三者提供先",
       "Third parties"),
    _f("outsourcing", "委託先", "Outsourced to", "list", "委託", "外部委託先", "Contractors"),
    _f("active", "使用中", "Active", "bool", "Active"),
)  # fmt: skip

FIELDS: dict[str, tuple[FieldSpec, ...]] = {
    "register": REGISTER_FIELDS,
    "subjects": SUBJECT_FIELDS,
    "consents": CONSENT_FIELDS,
}
# Columns that only number the rows: read past, said so in the report.
ROW_NUMBER_HEADERS = ("No", "No.", "NO.", "#", "連番", "行番号", "通し番号")
REQUIRED = {"register": ("name",), "subjects": ("legal_name",), "consents": ("given_on", "scope")}

_STRIP = re.compile(r"[\s_\-・･:：.．/／*＊※★☆()（）\[\]［］「」【】<>〈〉]")
_TRAILING_NOTE = re.compile(r"\s*[（(][^（）()]*[）)]\s*$")


def _norm(text: str) -> str:
    return _STRIP.sub("", unicodedata.normalize("NFKC", text).casefold())


def _build_lookup(specs: Sequence[FieldSpec]) -> dict[str, str]:
    table: dict[str, str] = {}
    for spec in specs:
        for name in (spec.header, spec.english, spec.name, *spec.aliases):
            table.setdefault(_norm(name), spec.name)
    return table


_LOOKUP: dict[str, dict[str, str]] = {kind: _build_lookup(specs) for kind, specs in FIELDS.items()}
_TYPES: dict[str, dict[str, str]] = {k: {s.name: s.type for s in v} for k, v in FIELDS.items()}
_ROW_NUMBERS = frozenset(_norm(h) for h in ROW_NUMBER_HEADERS)
ROW_NUMBER = "#row_number"  # the pseudo-field of a row-number column


def field_label(name: str, kind: str | None = None) -> str:
    """The canonical (Japanese) header of a field."""
    for specs in [FIELDS[kind]] if kind else FIELDS.values():
        for spec in specs:
            if spec.name == name:
                return spec.header
    return name


def fields_for(kind: str) -> list[FieldSpec]:
    """The fields a file of this kind can fill, for the mapping dialog's choices."""
    _check_kind(kind, IMPORT_KINDS)
    return list(FIELDS[kind])


def match_header(kind: str, header: str) -> str | None:
    """The field a header names (an office's own wording, English, or the field's name)."""
    lookup = _LOOKUP[kind]
    for candidate in (header, _TRAILING_NOTE.sub("", header)):
        key = _norm(candidate)
        if key in lookup:
            return lookup[key]
        if key in _ROW_NUMBERS:
            return ROW_NUMBER
    return None


def _match_parts(kind: str, parent: str, child: str) -> tuple[str | None, int]:
    """(field, strength) of a column whose header may have a parent: the whole "parent child"
    (3), the child alone (2), the parent alone (1)."""
    joined = f"{parent} {child}".strip() if parent != child else child or parent
    for text, strength in ((joined, 3), (child, 2), (parent, 1)):
        if text:
            found = match_header(kind, text)
            if found is not None:
                return found, strength
    return None, 0


def suggest_mapping(headers: Sequence[str], kind: str) -> dict[str, str]:
    """{header: field} for the headers recognised; the mapping dialog starts from it."""
    _check_kind(kind, IMPORT_KINDS)
    out: dict[str, str] = {}
    for header in headers:
        if " " in header:
            parent, child = header.split(" ", 1)
            found, _ = _match_parts(kind, parent, child)
        else:
            found = match_header(kind, header)
        if found is not None and found != ROW_NUMBER and header not in out:
            out[header] = found
    return out


def _check_kind(kind: str, allowed: Sequence[str]) -> None:
    if kind not in allowed:
        raise InvalidInput("import.unknown_kind", kind=str(kind)[:20], kinds=", ".join(allowed))


def column_letter(index: int) -> str:
    letters = ""
    n = index + 1
    while n:
        n, rest = divmod(n - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


# -- choice values --------------------------------------------------------------------------------


def _labels(codes: dict[str, str], extra: dict[str, Sequence[str]]) -> dict[str, str]:
    """Every way a value may be written: the code, its labels in both languages, variants."""
    out: dict[str, str] = {}
    for code, message in codes.items():
        for text in (code, render(message, "ja"), render(message, "en"), *extra.get(code, ())):
            out.setdefault(_norm(text), code)
    return out


SCOPE_LABELS = {
    "purpose": "consent.scope.purpose",
    "third_party": "consent.scope.third_party",
    "abroad": "consent.scope.abroad",
    "sensitive": "consent.scope.sensitive",
}
METHOD_LABELS = {
    "paper": "consent.method.paper",
    "web": "consent.method.web",
    "oral": "consent.method.oral",
    "email": "consent.method.email",
}
RECORD_FORM_LABELS = {
    "single": "provision.form.single",
    "batch": "provision.form.batch",
    "contract": "provision.form.contract",
}
PROVISION_BASIS_LABELS = {
    "consent": "provision.basis.consent",
    "legal_exception": "provision.basis.legal_exception",
    "outsourcing": "provision.basis.outsourcing",
    "business_succession": "provision.basis.business_succession",
    "joint_use": "provision.basis.joint_use",
    "opt_out": "provision.basis.opt_out",
}
LANGUAGE_LABELS = {"ja": "日本語", "en": "英語", "easy_ja": "やさしい日本語"}
GIVEN_BY_LABELS = {"person": "本人", "representative": "法定代理人"}
DIRECTION_LABELS = {"provided": "提供", "received": "受領"}
_CHOICES: dict[str, dict[str, str]] = {
    "language": {
        **{_norm(v): k for k, v in LANGUAGE_LABELS.items()},
        **{_norm(k): k for k in LANGUAGE_LABELS},
        _norm("Japanese"): "ja",
        _norm("English"): "en",
        _norm("Easy Japanese"): "easy_ja",
    },
    "given_by": {
        **{_norm(v): k for k, v in GIVEN_BY_LABELS.items()},
        **{_norm(k): k for k in GIVEN_BY_LABELS},
        **{
            _norm(t): "representative"
            for t in ("代理人", "保護者", "親権者", "Legal representative")
        },
    },
    "scope": _labels(
        SCOPE_LABELS,
        {
            "third_party": ("第三者提供の同意", "第三者への提供"),
            "abroad": ("外国移転", "外国への提供", "越境移転", "外国にある第三者への提供の同意"),
            "sensitive": ("要配慮", "要配慮個人情報", "要配慮個人情報の取得の同意"),
            "purpose": ("目的", "利用目的の同意"),
        },
    ),
    "method": _labels(
        METHOD_LABELS,
        {
            "paper": ("紙", "同意書", "書面（同意書）"),
            "web": ("ウェブ", "インターネット", "オンライン", "Webフォーム"),
            "oral": ("電話", "口頭（電話）"),
            "email": ("電子メール", "Eメール", "E-mail"),
        },
    ),
    "medium": _labels(
        dict(register_domain.MEDIUM_LABELS),
        {
            "paper": ("紙媒体",),
            "electronic": ("電子媒体", "電子データ", "データ"),
            "both": ("両方", "紙・電子", "紙及び電子", "紙と電子データ"),
        },
    ),
}
_CHOICES["withdrawal_method"] = _CHOICES["method"]
_BASES = _labels(
    dict(register_domain.BASIS_LABELS),
    {
        "consent": ("同意", "本人同意", "本人の同意", "provision.basis.consent"),
        "legal_exception": ("法令", "法令に基づく", "法令に基づく場合", "法令に基づく場合等"),
        "outsourcing": ("委託",),
        "business_succession": ("事業承継", "事業の承継"),
        "joint_use": ("共同利用",),
        "opt_out": ("オプトアウト",),
    },
)
_KINDS = _labels(dict(register_domain.KIND_LABELS), {})
TRUE_WORDS = frozenset(
    _norm(w) for w in ("はい", "○", "◯", "〇", "✓", "✔", "有", "あり", "有り", "該当", "済",
                       "yes", "y", "true", "1")
)  # fmt: skip
FALSE_WORDS = frozenset(
    _norm(w) for w in ("いいえ", "×", "✕", "無", "なし", "無し", "非該当", "no", "n", "false", "0")
)


def choice_label(field_name: str, code: str) -> str:
    """The Japanese word an export writes for a choice."""
    if field_name == "language":
        return LANGUAGE_LABELS.get(code, code)
    if field_name == "given_by":
        return GIVEN_BY_LABELS.get(code, code)
    if field_name == "scope":
        return render(SCOPE_LABELS[code], "ja")
    if field_name in ("method", "withdrawal_method"):
        return render(METHOD_LABELS[code], "ja") if code else ""
    if field_name == "medium":
        return render(register_domain.MEDIUM_LABELS[code], "ja")
    return code


def _choice_list(field_name: str) -> str:
    codes = sorted(set(_CHOICES[field_name].values()))
    return "、".join(choice_label(field_name, c) for c in codes)


# -- reading files --------------------------------------------------------------------------------


@dataclass
class Table:
    """A file's rows as cells, numbered as the user sees them (1 = the first row)."""

    file_type: str
    encoding: str
    sheet: str
    rows: Iterator[tuple[int, list[Cell]]]
    total: int  # rows (xlsx) or lines (csv) in all, for progress; 0 when unknown
    merges: list[tuple[int, int, int, int]]  # (first row, first col, last row, last col), 0-based
    position: Callable[[], int] = lambda: 0  # how far the reading got, in the units of total

    def close(self) -> None:
        close = getattr(self.rows, "close", None)
        if close is not None:
            close()


def open_table(path: Path) -> Table:
    """The file's rows: .csv (UTF-8 or cp932, detected) or .xlsx (the first sheet with rows)."""
    file_type = FILE_TYPES.get(path.suffix.lower())
    if file_type is None:
        raise InvalidInput("import.unsupported_file", suffix=path.suffix[:10] or "-")
    if not path.is_file():
        raise InvalidInput("import.file_not_found", path=str(path))
    return _open_csv(path) if file_type == "csv" else _open_xlsx(path)


def detect_encoding(path: Path, chunk: int = CSV_CHUNK) -> tuple[str, int]:
    """("utf-8-sig" | "utf-8" | "cp932", physical line count). Tries UTF-8 strictly, then
    cp932; refuses a file neither reads, naming the line and byte where reading stopped.

    A file that read as UTF-8 through some non-ASCII text before failing is UTF-8 with a
    damaged byte, not cp932 (cp932 would "read" it as mojibake): it is refused, not guessed."""
    with _reading(path), path.open("rb") as f:
        bom = f.read(3) == codecs.BOM_UTF8
    first = _decode_check(path, "utf-8", chunk)
    if first.ok:
        return ("utf-8-sig" if bom else "utf-8"), first.lines
    failures = [first]
    if not bom and not first.non_ascii_before:
        second = _decode_check(path, "cp932", chunk)
        if second.ok:
            return "cp932", second.lines
        failures.append(second)
    worst = max(failures, key=lambda r: r.offset)
    raise InvalidInput("import.undecodable", line=worst.line, offset=worst.offset)


@dataclass(frozen=True)
class _DecodeResult:
    ok: bool
    lines: int
    offset: int = 0
    line: int = 0
    non_ascii_before: bool = False  # text other than ASCII was read before the failure


def _decode_check(path: Path, encoding: str, chunk: int) -> _DecodeResult:
    decoder = codecs.getincrementaldecoder(encoding)("strict")
    done = 0  # bytes handed to the decoder so far
    lines = 0
    non_ascii = False
    with _reading(path), path.open("rb") as f:
        while True:
            data = f.read(chunk)
            pending = decoder.getstate()[0]
            try:
                decoder.decode(data, final=not data)
            except UnicodeDecodeError as exc:
                offset = done - len(pending) + exc.start
                joined = pending + data
                line = lines - pending.count(b"\n") + joined[: exc.start].count(b"\n") + 1
                before = non_ascii or not joined[: exc.start].isascii()
                return _DecodeResult(False, 0, offset, line, before)
            if not data:
                return _DecodeResult(True, lines + 1)
            done += len(data)
            lines += data.count(b"\n")
            non_ascii = non_ascii or not data.isascii()


class _reading:
    """Maps OS errors while reading the user's file to the typed ones."""

    def __init__(self, path: Path) -> None:
        self.path = path

    def __enter__(self) -> None:
        return None

    def __exit__(
        self, kind: type[BaseException] | None, exc: BaseException | None, tb: Any
    ) -> None:
        if isinstance(exc, OSError) and not isinstance(exc, PrivacydeskError):
            raise translate(exc, self.path) from exc


def _open_csv(path: Path) -> Table:
    encoding, lines = detect_encoding(path)
    with _reading(path):
        f = path.open(encoding=encoding, newline="")
    reader = csv.reader(f)

    def rows() -> Iterator[tuple[int, list[Cell]]]:
        try:
            with _reading(path):
                for number, record in enumerate(reader, start=1):
                    yield number, [_unquote_formula(c) for c in record]
        except csv.Error:
            raise InvalidInput("import.csv_broken", line=reader.line_num) from None
        finally:
            f.close()

    return Table("csv", encoding, "", rows(), lines, [], lambda: reader.line_num)


def _unquote_formula(text: str) -> str:
    """Undo the apostrophe an export puts before a cell that would run as a formula."""
    if len(text) > 1 and text[0] == "'" and text[1] in "=+-@\t\r":
        return text[1:]
    return text


def _open_xlsx(path: Path) -> Table:
    import python_calamine as calamine

    try:
        with _reading(path):
            book = calamine.CalamineWorkbook.from_path(str(path))
        try:
            metadata = getattr(book, "sheets_metadata", None) or []
            names = [
                m.name
                for m in metadata
                if m.typ == calamine.SheetTypeEnum.WorkSheet
                and m.visible == calamine.SheetVisibleEnum.Visible
            ] or list(book.sheet_names)
            for name in names:
                sheet = book.get_sheet_by_name(name)  # the sheet's cells are read here
                if sheet.start is None:
                    continue
                ranges = getattr(sheet, "merged_cell_ranges", None) or []
                merges = [(r0, c0, r1, c1) for (r0, c0), (r1, c1) in ranges]
                total = (sheet.end or (0, 0))[0] + 1
                return Table("xlsx", "", name, _xlsx_rows(sheet), total, merges)
        finally:
            book.close()  # the file is not held open (Windows could not move or delete it)
    except PrivacydeskError:
        raise
    except calamine.PasswordError:
        raise InvalidInput("import.file_encrypted", path=str(path)) from None
    except Exception:  # calamine's own errors: a damaged or non-xlsx file
        raise InvalidInput("import.file_unreadable", path=str(path)) from None
    raise InvalidInput("import.no_rows")


def _xlsx_rows(sheet: Any) -> Iterator[tuple[int, list[Cell]]]:
    # iter_rows yields every row from the first (absolute numbering) and the columns from the
    # sheet's first used column: put the leading empty columns back so letters stay true.
    lead = [""] * sheet.start[1]
    for number, cells in enumerate(sheet.iter_rows(), start=1):
        yield number, lead + list(cells)


# -- the header -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Header:
    rows: tuple[int, ...]  # the header's row numbers as the user sees them
    columns: list[tuple[int, str, str, str]]  # (index, display text, parent, child)


def _text(cell: Cell) -> str:
    if cell is None:
        return ""
    if isinstance(cell, str):
        return " ".join(cell.split())
    if isinstance(cell, float) and cell.is_integer():
        return str(int(cell))
    return str(cell)


def _fill_merges(
    rows: list[list[Cell]], merges: Sequence[tuple[int, int, int, int]], first_row: int
) -> None:
    """A merged cell applies to every cell it spans: copy its value into them (in place)."""
    for r0, c0, r1, c1 in merges:
        i0 = r0 - first_row
        if i0 >= len(rows) or r1 < first_row:
            continue
        source = rows[i0][c0] if i0 >= 0 and c0 < len(rows[i0]) else None
        if source is None:
            continue
        for i in range(max(i0, 0), min(r1 - first_row, len(rows) - 1) + 1):
            row = rows[i]
            if len(row) <= c1:
                row.extend([""] * (c1 + 1 - len(row)))
            for c in range(c0, c1 + 1):
                row[c] = source


def find_header(
    kind: str, rows: list[list[Cell]], merges: Sequence[tuple[int, int, int, int]]
) -> tuple[int, int, list[tuple[int, str, str, str]]]:
    """(first header row index, last header row index, columns) within `rows` (the file's first
    rows, merged cells already filled). The header is the first row where at least two cells
    are known headers; a parent row above (a merged cell over its children) or a child row
    below joins it, read as "parent child"."""
    texts = [[_text(c) for c in row] for row in rows[: HEADER_SEARCH_ROWS + 1]]
    found = None
    for r, row in enumerate(texts[:HEADER_SEARCH_ROWS]):
        if sum(match_header(kind, t) is not None for t in row if t) >= 2:
            found = r
            break
    if found is None:
        raise InvalidInput("import.no_header", max=HEADER_SEARCH_ROWS)
    top = bottom = found
    if found > 0 and _is_parent(kind, texts, found - 1, found, merges):
        top = found - 1
    elif found + 1 < len(texts) and _is_child(kind, texts, found, found + 1, merges):
        bottom = found + 1
    width = max(len(texts[i]) for i in range(top, bottom + 1))
    if top < bottom and not merges:
        _forward_fill_parent(texts[top], texts[bottom])
    columns = []
    for c in range(width):
        upper = texts[top][c] if c < len(texts[top]) else ""
        lower = texts[bottom][c] if c < len(texts[bottom]) else ""
        if top == bottom or not upper or upper == lower:
            columns.append((c, lower or upper, "", lower or upper))
        elif not lower:
            columns.append((c, upper, "", upper))
        else:
            columns.append((c, f"{upper} {lower}", upper, lower))
    return top, bottom, columns


def _spans(merges: Sequence[tuple[int, int, int, int]], upper: int, lower: int) -> bool:
    return any(r0 <= upper and r1 >= lower for r0, _, r1, _ in merges)


def _wide_over(merges: Sequence[tuple[int, int, int, int]], row: int, below: list[str]) -> bool:
    return any(
        r0 == r1 == row and c1 > c0 and any(below[c] for c in range(c0, min(c1 + 1, len(below))))
        for r0, c0, r1, c1 in merges
    )


def _is_parent(
    kind: str, texts: list[list[str]], p: int, r: int, merges: Sequence[tuple[int, int, int, int]]
) -> bool:
    """Row p heads row r: a cell merged down into r or across r's headers, or (CSV, where
    merges are lost) a known header among several cells. A title row (one text, even merged
    across the sheet) is never a parent."""
    row = [t for t in texts[p] if t]
    if len(set(row)) < 2:
        return False
    if _spans(merges, p, r) or _wide_over(merges, p, texts[r]):
        return True
    return any(match_header(kind, t) is not None for t in row)


def _is_child(
    kind: str, texts: list[list[str]], r: int, q: int, merges: Sequence[tuple[int, int, int, int]]
) -> bool:
    """Row q completes header row r: r's cells are merged down into q, or q holds known
    headers of its own."""
    matches = sum(1 for t in texts[q] if t and match_header(kind, t) is not None)
    if _spans(merges, r, q) or matches >= 2:
        return True
    # A wide parent alone is not enough: the first data row may sit under a wide header.
    return matches >= 1 and _wide_over(merges, r, texts[q])


def _forward_fill_parent(parent: list[str], child: list[str]) -> None:
    """CSV has no merged cells: a parent's empty cells over a child take the parent to their
    left (how a merged parent reads once Excel saves it as CSV)."""
    last = ""
    for c in range(len(parent)):
        if parent[c]:
            last = parent[c]
        elif last and c < len(child) and child[c]:
            parent[c] = last


def resolve_columns(
    kind: str, header: list[tuple[int, str, str, str]], mapping: dict[str, str | None] | None
) -> tuple[list[ColumnMatch], list[Finding]]:
    """Which field each column fills: the user's mapping first, then the headers recognised.
    Two columns for one field: the stronger match wins (the whole header over a parent's);
    a tie is an error the mapping resolves. Unknown columns are reported, never dropped
    silently. Mapping keys are header texts (as the report shows them) or column letters;
    a null or "" field leaves the column out on purpose."""
    findings: list[Finding] = []
    mapping = dict(mapping or {})
    known = {s.name for s in FIELDS[kind]}
    for key, value in mapping.items():
        if value not in (None, "") and value not in known:
            findings.append(
                Finding(ERROR, "import.mapping_unknown_field", {"field": str(value)[:40]},
                        column=str(key)[:80])
            )  # fmt: skip
    used_keys: set[str] = set()
    by_norm = {_norm(k): k for k in mapping}
    # (index, header, field, how, strength)
    chosen: list[tuple[int, str, str | None, str, int]] = []
    for index, display, parent, child in header:
        letter = column_letter(index)
        key = None
        if display and display in mapping:
            key = display
        elif display and _norm(display) in by_norm:
            key = by_norm[_norm(display)]
        elif letter in mapping:
            key = letter
        if key is not None:
            used_keys.add(key)
            target = mapping[key] or None
            if target is None:
                chosen.append((index, display, None, "ignored", 0))
            else:
                chosen.append((index, display, target if target in known else None, "mapping", 9))
            continue
        if not display:
            continue
        if parent:
            found, strength = _match_parts(kind, parent, child)
        else:
            found, strength = match_header(kind, display), 3
        if found == ROW_NUMBER:
            chosen.append((index, display, None, "row_number", 0))
        elif found is None:
            chosen.append((index, display, None, "unknown", 0))
        else:
            chosen.append((index, display, found, "known", strength))
    for key in mapping:
        if key not in used_keys:
            findings.append(Finding(ERROR, "import.mapping_unknown_header", column=str(key)[:80]))
    best: dict[str, int] = {}
    for _index, _display, target, _how, strength in chosen:
        if target is not None:
            best[target] = max(best.get(target, 0), strength)
    columns: list[ColumnMatch] = []
    winners: dict[str, str] = {}
    for index, display, target, how, strength in chosen:
        letter = column_letter(index)
        if target is not None and strength < best[target]:
            target, how = None, "unknown"  # a weaker reading of a field another column fills
        elif (
            target is not None
            and target in winners
            and display
            and columns
            and columns[-1].field == target
            and columns[-1].header == display
            and columns[-1].index == index - 1
            and _TYPES[kind][target] in ("text", "name")
        ):
            how = "joined"  # one merged header over several columns: their texts are joined
        elif target is not None and target in winners:
            findings.append(
                Finding(ERROR, "import.duplicate_column", {"other": winners[target]},
                        column=display, letter=letter, field=target)
            )  # fmt: skip
            target, how = None, "conflict"
        elif target is not None:
            winners[target] = display or letter
        code = {
            "unknown": "import.unknown_column",
            "ignored": "import.ignored_column",
            "row_number": "import.row_number_column",
        }.get(how)
        if code is not None:
            severity = WARNING if how == "unknown" else INFO
            findings.append(Finding(severity, code, column=display, letter=letter))
        columns.append(ColumnMatch(index, letter, display, target, how))
    return columns, findings


def _missing_columns(kind: str, columns: list[ColumnMatch]) -> list[Finding]:
    have = {c.field for c in columns if c.field}
    findings = [
        Finding(ERROR, "import.missing_column", {"column": field_label(name, kind)}, field=name)
        for name in REQUIRED[kind]
        if name not in have
    ]
    if kind == "consents":
        if "method" not in have:
            findings.append(
                Finding(ERROR, "import.missing_column", {"column": field_label("method", kind)},
                        field="method")
            )  # fmt: skip
        if "member_number" not in have and not {"legal_name", "birth_date"} <= have:
            findings.append(Finding(ERROR, "import.missing_person_columns"))
    return findings


def load_mapping(path: Path) -> dict[str, str | None]:
    """A mapping file: JSON {"column header": "field"} (null or "" leaves a column out)."""
    try:
        with _reading(path):
            data = json.loads(path.read_text(encoding="utf-8-sig"))
    except (ValueError, UnicodeDecodeError):
        raise InvalidInput("import.mapping_unreadable", path=str(path)) from None
    except FileNotFoundError:
        raise InvalidInput("import.file_not_found", path=str(path)) from None
    ok = isinstance(data, dict) and all(
        isinstance(k, str) and (v is None or isinstance(v, str)) for k, v in data.items()
    )
    if not ok:
        raise InvalidInput("import.mapping_unreadable", path=str(path))
    return data


# -- values ---------------------------------------------------------------------------------------


class CellProblem(Exception):
    def __init__(self, code: str, **params: Any) -> None:
        super().__init__(code)
        self.code = code
        self.params = params


def cell_text(cell: Cell) -> str:
    """A cell as text: numbers without a trailing .0, dates in ISO form; text unchanged."""
    if cell is None:
        return ""
    if isinstance(cell, str):
        return cell
    if isinstance(cell, bool):
        return "TRUE" if cell else "FALSE"
    if isinstance(cell, float):
        return str(int(cell)) if cell.is_integer() and abs(cell) < 1e15 else repr(cell)
    if isinstance(cell, datetime):
        return cell.date().isoformat() if cell.time() == time() else cell.isoformat(" ")
    if isinstance(cell, date):
        return cell.isoformat()
    return str(cell)


def _blank(cell: Cell) -> bool:
    return cell is None or (isinstance(cell, str) and not cell.strip())


_TIME_SUFFIX = re.compile(r"^(.*\d)\s+\d{1,2}:\d{2}(:\d{2}(\.\d+)?)?$")
_DIGITS8 = re.compile(r"^\d{8}$")
# Only five digits read as a serial in text (1927 on): four could be a year, never guessed.
_SERIAL_TEXT = re.compile(r"^\d{5}(\.\d+)?$")


def _from_serial(value: float) -> date:
    try:
        d = SERIAL_EPOCH + timedelta(days=int(value))
    except (OverflowError, ValueError):
        d = date.max
    if not SERIAL_FIRST <= d <= SERIAL_LAST or value < 0:
        raise CellProblem(
            "import.serial_out_of_range",
            first=SERIAL_FIRST.isoformat(),
            last=SERIAL_LAST.isoformat(),
        )
    return d


def to_date(cell: Cell) -> date | None:
    """A date from a date cell, an Excel serial, ISO or slashes, 2026年11月23日 or 和暦;
    raises CellProblem (day-first and other ambiguous forms are refused, never guessed)."""
    return _to_date(cell)[0]


def _to_date(cell: Cell) -> tuple[date | None, bool]:
    """(date, read from an Excel serial number)."""
    if _blank(cell):
        return None, False
    if isinstance(cell, datetime):
        return cell.date(), False
    if isinstance(cell, date):
        return cell, False
    if isinstance(cell, bool | time | timedelta):
        raise CellProblem("import.not_a_date")
    if isinstance(cell, int | float):
        return _from_serial(float(cell)), True
    text = unicodedata.normalize("NFKC", str(cell)).strip()
    if m := _TIME_SUFFIX.match(text):
        text = m.group(1)
    if _SERIAL_TEXT.match(text):
        return _from_serial(float(text)), True
    if _DIGITS8.match(text):
        try:
            return date.fromisoformat(text), False
        except ValueError:
            raise CellProblem("date.impossible", text=text) from None
    try:
        return wareki.parse_date(text if m else str(cell)), False
    except InvalidInput as exc:
        raise CellProblem(exc.code, **exc.params) from None


def _digits_of(cell: Cell) -> str | None:
    """The digits of a number cell (or a text of digits only), else None."""
    if isinstance(cell, bool):
        return None
    if isinstance(cell, int):
        return str(cell) if cell >= 0 else None
    if isinstance(cell, float):
        return str(int(cell)) if cell.is_integer() and cell >= 0 else None
    if isinstance(cell, str) and cell.strip().isascii() and cell.strip().isdigit():
        return cell.strip()
    return None


def to_phone(cell: Cell, in_japan: bool) -> tuple[str, bool]:
    """(phone, zero restored). Japanese numbers begin with 0: a 9- or 10-digit number without
    it lost it to Excel."""
    digits = _digits_of(cell)
    if in_japan and digits is not None and len(digits) in (9, 10) and not digits.startswith("0"):
        return "0" + digits, True
    return cell_text(cell), False


def to_postal(cell: Cell, in_japan: bool) -> tuple[str, bool]:
    """(postal code, zero restored): a 6-digit number lost its leading 0 (〒012-3456)."""
    digits = _digits_of(cell)
    if in_japan and digits is not None and len(digits) == 6:
        full = "0" + digits
        return f"{full[:3]}-{full[3:]}", True
    if in_japan and digits is not None and len(digits) == 7:
        return f"{digits[:3]}-{digits[3:]}", False
    return cell_text(cell), False


def to_bool(cell: Cell) -> bool | None:
    if _blank(cell):
        return None
    if isinstance(cell, bool):
        return cell
    if isinstance(cell, int | float) and cell in (0, 1):
        return bool(cell)
    key = _norm(cell_text(cell))
    if key in TRUE_WORDS:
        return True
    if key in FALSE_WORDS:
        return False
    raise CellProblem("import.not_a_bool")


_INT_NOISE = re.compile(r"[,，、\s約人件名か月ヶカケ月程度以上]")


def to_int(cell: Cell) -> int | None:
    if _blank(cell):
        return None
    if isinstance(cell, bool):
        raise CellProblem("import.not_a_number")
    if isinstance(cell, int):
        return cell
    if isinstance(cell, float):
        if cell.is_integer():
            return int(cell)
        raise CellProblem("import.not_a_number")
    text = _INT_NOISE.sub("", unicodedata.normalize("NFKC", str(cell)))
    if not text.isascii() or not text.isdigit():
        raise CellProblem("import.not_a_number")
    return int(text)


def to_choice(field_name: str, cell: Cell) -> str | None:
    if _blank(cell):
        return None
    found = _CHOICES[field_name].get(_norm(cell_text(cell)))
    if found is None:
        raise CellProblem("import.unknown_choice", choices=_choice_list(field_name))
    return found


def split_lines(cell: Cell, commas: bool = True) -> list[str]:
    """A cell holding a list: one per line, or separated by 、 or commas outside brackets."""
    text = cell_text(cell)
    out: list[str] = []
    for line in text.splitlines():
        parts = _split_outside_brackets(line) if commas else [line]
        out.extend(p.strip() for p in parts if p.strip())
    return out


def _split_outside_brackets(line: str) -> list[str]:
    parts, depth, current = [], 0, ""
    for ch in line:
        if ch in "（(「【[":
            depth += 1
        elif ch in "）)」】]" and depth:
            depth -= 1
        if ch in "、,，" and depth == 0:
            parts.append(current)
            current = ""
        else:
            current += ch
    parts.append(current)
    return parts


# -- converting a row -----------------------------------------------------------------------------


@dataclass
class RowValues:
    number: int
    values: dict[str, Any]
    present: set[str]  # fields whose column had a value
    findings: list[Finding]


_JAPAN = frozenset(_norm(t) for t in ("日本", "日本国", "Japan", "JP", "JPN"))


class _RowReader:
    """Converts the rows of one file: cells to field values, each problem located."""

    def __init__(self, kind: str, columns: list[ColumnMatch]) -> None:
        self.kind = kind
        self.columns = [c for c in columns if c.field and c.how != "joined"]
        self.by_field = {c.field: c for c in self.columns if c.field}
        self.joined: dict[str, list[int]] = {}
        for c in columns:
            if c.field and c.how == "joined":
                self.joined.setdefault(c.field, []).append(c.index)
        self.types = {s.name: s.type for s in FIELDS[kind]}
        self.named = {c.index for c in columns}
        self.stray: set[int] = set()  # data in columns without a header

    def finding(
        self, severity: str, number: int, name: str, code: str, /, **params: Any
    ) -> Finding:
        col = self.by_field.get(name)
        return Finding(
            severity,
            code,
            params,
            row=number,
            column=col.header if col else "",
            letter=col.letter if col else "",
            field=name,
        )

    def read(self, number: int, cells: list[Cell]) -> RowValues | None:
        if all(_blank(c) for c in cells):
            return None
        for i, c in enumerate(cells):
            if i not in self.named and not _blank(c):
                self.stray.add(i)
        values: dict[str, Any] = {}
        present: set[str] = set()
        findings: list[Finding] = []
        raw: dict[str, Cell] = {}
        for c in self.columns:
            if c.field:
                raw[c.field] = cells[c.index] if c.index < len(cells) else None
        for name, indexes in self.joined.items():
            parts = [raw.get(name)] + [cells[i] if i < len(cells) else None for i in indexes]
            texts = [cell_text(p) for p in parts if not _blank(p)]
            raw[name] = " ".join(texts) if len(texts) > 1 else (texts[0] if texts else None)
        country = raw.get("country")
        if self.kind == "subjects" and not _blank(country) and _norm(cell_text(country)) in _JAPAN:
            raw["country"] = ""  # "" is Japan in the persons' table
        in_japan = _blank(raw.get("country"))
        for name, cell in raw.items():
            if _blank(cell):
                continue
            present.add(name)
            if isinstance(cell, str) and cell.strip() == MASK:
                findings.append(self.finding(ERROR, number, name, "import.masked_value"))
                continue
            try:
                values[name] = self._convert(name, cell, in_japan, number, findings)
            except CellProblem as problem:
                findings.append(self.finding(ERROR, number, name, problem.code, **problem.params))
        return RowValues(number, values, present, findings)

    def _convert(
        self, name: str, cell: Cell, in_japan: bool, number: int, findings: list[Finding]
    ) -> Any:
        kind = self.types[name]
        restored = False
        if kind == "date":
            value, serial = _to_date(cell)
            if serial:
                findings.append(self.finding(INFO, number, name, "import.serial_read"))
            return value
        if kind == "bool":
            return to_bool(cell)
        if kind == "int":
            return to_int(cell)
        if kind == "choice":
            return to_choice(name, cell)
        if kind == "phone":
            text, restored = to_phone(cell, in_japan)
        elif kind == "postal":
            text, restored = to_postal(cell, in_japan)
        else:
            text = cell_text(cell)
        if restored:
            findings.append(self.finding(INFO, number, name, "import.zero_restored"))
        return text

    def stray_findings(self) -> list[Finding]:
        return [
            Finding(WARNING, "import.unknown_column", letter=column_letter(i))
            for i in sorted(self.stray)
        ]


def _merge_filled(table: Table, first: list[tuple[int, list[Cell]]]) -> None:
    """Fill merged cells in the rows read so far, and in every later row as it is read."""
    if not table.merges:
        return
    rows = [cells for _, cells in first]
    _fill_merges(rows, table.merges, first[0][0] - 1 if first else 0)
    later = [m for m in table.merges if m[2] >= len(first)]
    if not later:
        return
    top_values: dict[tuple[int, int], Cell] = {}
    for r0, c0, _r1, _c1 in later:
        if r0 < len(first):
            cells = first[r0][1]
            top_values[(r0, c0)] = cells[c0] if c0 < len(cells) else None
    source = table.rows

    def filled() -> Iterator[tuple[int, list[Cell]]]:
        for number, cells in source:
            index = number - 1
            for r0, c0, r1, c1 in later:
                if r0 == index:
                    top_values[(r0, c0)] = cells[c0] if c0 < len(cells) else None
                if r0 <= index <= r1:
                    value = top_values.get((r0, c0))
                    if len(cells) <= c1:
                        cells.extend([""] * (c1 + 1 - len(cells)))
                    for c in range(c0, c1 + 1):
                        cells[c] = value
            yield number, cells

    table.rows = filled()


@dataclass
class Prepared:
    """A file opened, its header found and its columns resolved: ready to read row by row."""

    table: Table
    report: ImportReport
    reader: _RowReader
    rows: Iterator[tuple[int, list[Cell]]]


def _refuse(report: ImportReport, exc: InvalidInput) -> ImportRefused:
    report.add(Finding(ERROR, exc.code, dict(exc.params)))
    return ImportRefused(report)


def prepare(kind: str, path: Path, mapping: dict[str, str | None] | None = None) -> Prepared:
    """Open the file and read its header; structural problems (an unreadable file, no header,
    a required column missing, a bad mapping) raise ImportRefused with the report."""
    _check_kind(kind, IMPORT_KINDS)
    report = ImportReport(kind)
    try:
        table = open_table(path)
    except ImportRefused:
        raise
    except InvalidInput as exc:
        raise _refuse(report, exc) from None
    report.file_type, report.encoding, report.sheet = table.file_type, table.encoding, table.sheet
    first: list[tuple[int, list[Cell]]] = []
    try:
        for item in table.rows:
            first.append(item)
            if len(first) > HEADER_SEARCH_ROWS:
                break
        _merge_filled(table, first)
        top, bottom, header = find_header(kind, [c for _, c in first], table.merges)
    except InvalidInput as exc:
        table.close()
        raise _refuse(report, exc) from None
    report.header_rows = tuple(first[i][0] for i in range(top, bottom + 1))
    columns, findings = resolve_columns(kind, header, mapping)
    report.columns = columns
    report.add(*findings, *_missing_columns(kind, columns))
    if not report.ok:
        table.close()
        raise ImportRefused(report)
    rest = first[bottom + 1 :]

    def rows() -> Iterator[tuple[int, list[Cell]]]:
        yield from rest
        yield from table.rows

    return Prepared(table, report, _RowReader(kind, columns), rows())


@dataclass(frozen=True)
class PreviewRow:
    row: int
    values: dict[str, str]  # field → the value as it would be read, as text


@dataclass(frozen=True)
class Preview:
    kind: str
    file_type: str
    encoding: str
    sheet: str
    header_rows: tuple[int, ...]
    columns: list[ColumnMatch]
    rows: list[PreviewRow]
    findings: list[Finding]  # the columns' and these rows' findings


def preview(
    kind: str, path: Path, mapping: dict[str, str | None] | None = None, limit: int = PREVIEW_ROWS
) -> Preview:
    """The header as read, how each column maps, and the first rows converted (no database):
    for the mapping dialog. A missing required column is a finding here, not a refusal."""
    _check_kind(kind, IMPORT_KINDS)
    try:
        prepared = prepare(kind, path, mapping)
    except ImportRefused as refused:
        r = refused.report
        if not r.columns:
            raise
        return Preview(kind, r.file_type, r.encoding, r.sheet, r.header_rows, r.columns, [],
                       list(r.findings))  # fmt: skip
    report, reader = prepared.report, prepared.reader
    out: list[PreviewRow] = []
    findings = list(report.findings)
    try:
        for number, cells in prepared.rows:
            row = reader.read(number, cells)
            if row is None:
                continue
            shown = {k: _shown(v) for k, v in row.values.items()}
            out.append(PreviewRow(number, shown))
            findings.extend(row.findings)
            if len(out) >= limit:
                break
    finally:
        prepared.table.close()
    return Preview(
        kind,
        report.file_type,
        report.encoding,
        report.sheet,
        report.header_rows,
        report.columns,
        out,
        findings,
    )


def _shown(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "はい" if value else "いいえ"
    if isinstance(value, date):
        return value.isoformat()
    return str(value)


# -- importing ------------------------------------------------------------------------------------


@dataclass
class ImportContext:
    session: Session
    actor: int | None
    today: date
    cancel: CancelToken | None = None
    progress: Progress = no_progress


def run_import(ctx: ImportContext, prepared: Prepared) -> ImportReport:
    """Read, convert and validate every row, writing through the area's domain functions in
    the caller's transaction. Every problem is collected; the caller rolls back on any error
    (report.ok is False) and after a dry run. Checks the cancel token every CHECK_EVERY rows."""
    report, reader, table = prepared.report, prepared.reader, prepared.table
    kinds: dict[str, type[_SubjectImport | _ConsentImport | _EntryImport]] = {
        "subjects": _SubjectImport,
        "consents": _ConsentImport,
        "register": _EntryImport,
    }
    importer = kinds[report.kind](ctx, reader, report)
    try:
        for number, cells in prepared.rows:
            row = reader.read(number, cells)
            if row is None:
                continue
            report.rows += 1
            report.add(*row.findings)
            if not any(f.severity == ERROR for f in row.findings):
                importer.row(row)
            if report.rows % CHECK_EVERY == 0:
                if ctx.cancel is not None:
                    ctx.cancel.raise_if_cancelled()
                ctx.progress(table.position() if table.file_type == "csv" else number, table.total)
        if ctx.cancel is not None:
            ctx.cancel.raise_if_cancelled()
        importer.finish()
    finally:
        table.close()
    report.add(*reader.stray_findings())
    if report.rows == 0:
        report.add(Finding(ERROR, "import.no_rows"))
    ctx.progress(table.total, table.total)
    return report


def _domain_findings(
    reader: _RowReader, row: int, exc: InvalidInput, alias: dict[str, str] | None = None
) -> list[Finding]:
    """A domain validator's problems, placed on the columns their fields came from."""
    problems = exc.problems or [("", exc.code, dict(exc.params))]
    out = []
    for name, code, params in problems:
        base = name.split(".", 1)[0]
        base = (alias or {}).get(base, base)
        out.append(reader.finding(ERROR, row, base, code, **params))
    return out


class _SubjectImport:
    """Persons: subjects.validate with the office's minor age; a likely duplicate is refused,
    by subjects.find_duplicates' rule (the same folded name and birth date, or the same member
    number) against the file's earlier rows and the database's persons; then inserted in
    batches. The database is asked once per batch, not once per row (10,000 rows in seconds)."""

    def __init__(self, ctx: ImportContext, reader: _RowReader, report: ImportReport) -> None:
        self.ctx, self.reader, self.report = ctx, reader, report
        self.minor_age = subjects_domain.minor_age(ctx.session)
        self.names: dict[tuple[str, date], int] = {}
        self.members: dict[str, int] = {}
        self.pending: list[tuple[int, subjects_domain.SubjectData]] = []
        self.when = now()

    def row(self, row: RowValues) -> None:
        defaults = subjects_domain.SubjectData()
        data = subjects_domain.SubjectData(
            **{
                name: row.values[name]
                if row.values.get(name) is not None
                else getattr(defaults, name)
                for name in subjects_domain.DATA_FIELDS
            }
        )
        try:
            clean = subjects_domain.validate(data, self.minor_age, self.ctx.today)
        except InvalidInput as exc:
            self.report.add(*_domain_findings(self.reader, row.number, exc))
            return
        name_key = (fold(clean.legal_name), clean.birth_date) if clean.birth_date else None
        member = clean.member_number or None
        first = (self.names.get(name_key) if name_key else None) or (
            self.members.get(member) if member else None
        )
        if first is not None:
            self.report.add(
                self.reader.finding(
                    ERROR, row.number, "legal_name", "import.duplicate_in_file", row=first
                )
            )
            return
        if name_key:
            self.names[name_key] = row.number
        if member:
            self.members[member] = row.number
        self.pending.append((row.number, clean))
        if len(self.pending) >= INSERT_BATCH:
            self._flush()

    def _existing(self) -> tuple[dict[tuple[str, date], int], dict[str, int]]:
        """The database's persons who share a birth date or a member number with the batch."""
        births = sorted({c.birth_date for _, c in self.pending if c.birth_date})
        members = sorted({c.member_number for _, c in self.pending if c.member_number})
        by_name: dict[tuple[str, date], int] = {}
        by_member: dict[str, int] = {}
        columns = (Subject.id, Subject.legal_name, Subject.birth_date, Subject.member_number)
        alive = Subject.deidentified.is_(False)
        for column, values in ((Subject.birth_date, births), (Subject.member_number, members)):
            for i in range(0, len(values), 500):  # within SQLite's bound-parameter limit
                part = values[i : i + 500]
                q = select(*columns).where(column.in_(part), alive)
                for sid, name, birth, member in self.ctx.session.execute(q):
                    if birth is not None:
                        key = (fold(name), birth)
                        by_name[key] = min(by_name.get(key, sid), sid)
                    if member:
                        by_member[member] = min(by_member.get(member, sid), sid)
        return by_name, by_member

    def _flush(self) -> None:
        if not self.pending:
            return
        by_name, by_member = self._existing()
        batch: list[dict[str, Any]] = []
        for number, clean in self.pending:
            hits = []
            if clean.birth_date is not None:
                hits.append(by_name.get((fold(clean.legal_name), clean.birth_date)))
            if clean.member_number:
                hits.append(by_member.get(clean.member_number))
            found = [h for h in hits if h is not None]
            if found:
                self.report.add(
                    self.reader.finding(
                        ERROR, number, "legal_name", "subjects.likely_duplicate",
                        existing_id=min(found),
                    )
                )  # fmt: skip
                continue
            self.report.checked += 1
            record = {name: getattr(clean, name) for name in subjects_domain.DATA_FIELDS}
            batch.append(
                {**record, "deidentified": False, "created_at": self.when, "updated_at": self.when}
            )
        self.pending = []
        if batch and self.report.ok:  # after any error nothing is saved: check on, write not
            self.ctx.session.execute(Subject.__table__.insert(), batch)
            self.report.created += len(batch)

    def finish(self) -> None:
        self._flush()


class _ConsentImport:
    """Consents: the person by member number, else by exact legal name and birth date (one
    person, never a guess); then consent.record and, where the file says so, withdraw."""

    def __init__(self, ctx: ImportContext, reader: _RowReader, report: ImportReport) -> None:
        self.ctx, self.reader, self.report = ctx, reader, report
        self.purposes: dict[str, list[int]] = {}
        self.notices: dict[str, list[int]] = {}
        person_column = "member_number" if "member_number" in reader.by_field else "legal_name"
        self.alias = {
            "subject_id": person_column,
            "purpose_id": "purpose",
            "notice_version_id": "notice",
            "provision_id": "recipient",
        }

    def _error(self, row: RowValues, name: str, code: str, /, **params: Any) -> None:
        self.report.add(self.reader.finding(ERROR, row.number, name, code, **params))

    def _person(self, row: RowValues) -> int | None:
        s = self.ctx.session
        values = row.values
        member = unicodedata.normalize("NFKC", values.get("member_number") or "").strip()
        alive = Subject.deidentified.is_(False)
        if member:
            where = [Subject.member_number == member, alive]
            column, missing = "member_number", "import.person_not_found_member"
        else:
            name = values.get("legal_name") or ""
            birth = values.get("birth_date")
            if not name.strip():
                self._error(row, "legal_name", "import.person_needs_name")
                return None
            if birth is None:
                self._error(row, "birth_date", "import.person_needs_birth_date")
                return None
            # The name exactly as written: no folding, no trimming (never a guess).
            where = [Subject.legal_name == name, Subject.birth_date == birth, alive]
            column, missing = "legal_name", "import.person_not_found_name"
        ids = sorted(s.scalars(select(Subject.id).where(*where)))
        if not ids:
            self._error(row, column, missing)
            return None
        if len(ids) > 1:
            shown = ", ".join(str(i) for i in ids[:10])
            self._error(row, column, "import.person_ambiguous", count=len(ids), ids=shown)
            return None
        return ids[0]

    def _lookup(self, row: RowValues, name: str) -> int | None:
        """The purpose (by its exact wording, else its label) or notice version (by title)."""
        text = (row.values.get(name) or "").strip()
        if not text:
            return None
        cache = self.purposes if name == "purpose" else self.notices
        if text not in cache:
            s = self.ctx.session
            if name == "purpose":
                found = list(s.scalars(select(Purpose.id).where(Purpose.text == text)))
                if not found:
                    found = list(s.scalars(select(Purpose.id).where(Purpose.code == text)))
            else:
                found = list(s.scalars(select(NoticeVersion.id).where(NoticeVersion.title == text)))
            cache[text] = found
        ids = cache[text]
        purpose = name == "purpose"
        if not ids:
            self._error(
                row, name, "import.purpose_not_found" if purpose else "import.notice_not_found"
            )
            return None
        if len(ids) > 1:
            code = "import.purpose_ambiguous" if purpose else "import.notice_ambiguous"
            self._error(row, name, code, count=len(ids))
            return None
        return ids[0]

    def row(self, row: RowValues) -> None:
        values = row.values
        errors = self.report.error_count
        subject_id = self._person(row)
        purpose_id = self._lookup(row, "purpose")
        notice_id = self._lookup(row, "notice")
        if self.report.error_count > errors or subject_id is None:
            return
        representative = values.get("representative_name") or ""
        given_by = values.get("given_by") or (
            "representative" if representative.strip() else "person"
        )
        data = consent_domain.ConsentInput(
            subject_id=subject_id,
            scope=values.get("scope") or "",
            given_on=values.get("given_on"),  # type: ignore[arg-type]
            method=values.get("method") or "",
            purpose_id=purpose_id,
            recipient=values.get("recipient") or "",
            country=values.get("country") or "",
            notice_version_id=notice_id,
            form_name=values.get("form_name") or "",
            evidence_ref=values.get("evidence_ref") or "",
            evidence_location=values.get("evidence_location") or "",
            given_by=given_by,
            representative_name=representative,
        )
        s = self.ctx.session
        try:
            # Any failure fails the whole import (rolled back by the caller): no savepoint.
            recorded = consent_domain.record(s, data, self.ctx.today)
            withdrawn = values.get("withdrawn_on")
            if withdrawn is not None or values.get("withdrawal_method"):
                consent_domain.withdraw(
                    s,
                    recorded.id,
                    consent_domain.Withdrawal(
                        withdrawn,  # type: ignore[arg-type]
                        values.get("withdrawal_method") or "",
                        values.get("withdrawal_followup") or "",
                    ),
                    self.ctx.today,
                )
            renewal = values.get("renewal_needed_since")
            if renewal is not None:
                self._renewal(recorded.id, recorded.given_on, renewal)
        except InvalidInput as exc:
            self.report.add(*_domain_findings(self.reader, row.number, exc, self.alias))
            return
        self.report.checked += 1
        self.report.created += 1

    def _renewal(self, consent_id: int, given_on: date, since: date) -> None:
        """要再同意 as the file records it (normally set by a change of the purpose's wording)."""
        problems: list[tuple[str, str, dict[str, Any]]] = []
        if since > self.ctx.today:
            problems.append(("renewal_needed_since", "consent.future_date",
                             {"date": since.isoformat()}))  # fmt: skip
        elif since < given_on:
            problems.append(("renewal_needed_since", "import.renewal_before_consent", {}))
        consent_domain.raise_problems(problems)
        record = self.ctx.session.get(ConsentRecord, consent_id)
        if record is not None and record.withdrawn_on is None:
            record.renewal_needed_since = since

    def finish(self) -> None:
        return None


_PROVISION_SPLIT = re.compile(r"\s*[/／]\s*")


def parse_provisions(
    text: str, default_basis: str
) -> tuple[list[register_domain.ProvisionData], list[int]]:
    """Lines of "recipient / items / basis / country / filing or notice" (later parts may be
    left out); returns the provisions and the numbers of lines that could not be read."""
    out: list[register_domain.ProvisionData] = []
    bad: list[int] = []
    for number, line in enumerate(cell_text(text).splitlines(), start=1):
        if not line.strip():
            continue
        parts = _PROVISION_SPLIT.split(line.strip())
        if len(parts) > 5:
            bad.append(number)
            continue
        parts += [""] * (5 - len(parts))
        recipient, items, basis_text, country, note = parts
        basis = _BASES.get(_norm(basis_text)) if basis_text else default_basis
        if basis is None:
            bad.append(number)
            continue
        out.append(
            register_domain.ProvisionData(
                recipient,
                items,
                basis,
                abroad=bool(country),
                country=country,
                opt_out_filing=note if basis == "opt_out" else "",
                joint_use_notice=note if basis == "joint_use" else "",
            )
        )
    return out, bad


def provisions_text(provisions: Sequence[register_domain.ProvisionData]) -> str:
    lines = []
    for p in provisions:
        note = p.opt_out_filing or p.joint_use_notice
        basis = render(register_domain.BASIS_LABELS[p.basis], "ja")
        parts = [p.recipient, p.items, basis, p.country if p.abroad else "", note]
        while parts and not parts[-1]:
            parts.pop()
        lines.append(" / ".join(parts))
    return "\n".join(lines)


SENSITIVE_MARKS = ("＊", "*")
_ITEM_KIND = re.compile(r"(.+?)[（(]([^（）()]+)[）)]")


def parse_items(text: str) -> list[register_domain.ItemData]:
    """Data items, one per line or separated by 、; a sensitive one is marked ＊name（kind）."""
    items = []
    for part in split_lines(text):
        sensitive = part.startswith(SENSITIVE_MARKS)
        name = part.lstrip("".join(SENSITIVE_MARKS)).strip()
        kind = ""
        m = _ITEM_KIND.fullmatch(name)
        if sensitive and m and _norm(m.group(2)) in _KINDS:
            name, kind = m.group(1).strip(), _KINDS[_norm(m.group(2))]
        items.append(register_domain.ItemData(name, sensitive, kind))
    return items


def items_text(items: Sequence[register_domain.ItemData]) -> str:
    lines = []
    for item in items:
        if item.sensitive:
            label = render(register_domain.KIND_LABELS[item.sensitive_kind], "ja")
            lines.append(f"＊{item.name}（{label}）" if item.sensitive_kind else f"＊{item.name}")
        else:
            lines.append(item.name)
    return "\n".join(lines)


class _EntryImport:
    """Register entries: register.validate through register.create; a purpose's wording that
    is not registered yet becomes a new purpose of use (reported as info)."""

    def __init__(self, ctx: ImportContext, reader: _RowReader, report: ImportReport) -> None:
        self.ctx, self.reader, self.report = ctx, reader, report
        self.purposes: dict[str, int] = {}
        self.seen: dict[tuple[str, str], int] = {}
        rows = ctx.session.execute(
            select(RegisterEntry.id, RegisterEntry.name, RegisterEntry.department,
                   RegisterEntry.app_own)
        )  # fmt: skip
        self.existing = {(r[1], r[2]): (int(r[0]), bool(r[3])) for r in rows}

    def _error(self, row: RowValues, name: str, code: str, /, **params: Any) -> None:
        self.report.add(self.reader.finding(ERROR, row.number, name, code, **params))

    def _purpose_ids(self, row: RowValues) -> list[int]:
        ids: list[int] = []
        for text in split_lines(row.values.get("purposes") or "", commas=False):
            if text not in self.purposes:
                s = self.ctx.session
                found = list(
                    s.scalars(
                        select(Purpose.id).where(Purpose.text == text, Purpose.active.is_(True))
                    )
                )
                if len(found) > 1:
                    self._error(row, "purposes", "import.purpose_ambiguous", count=len(found))
                    continue
                if not found:
                    try:
                        created = purposes_domain.create(s, purposes_domain.PurposeData(text=text))
                    except InvalidInput as exc:
                        alias = {"text": "purposes"}
                        self.report.add(*_domain_findings(self.reader, row.number, exc, alias))
                        continue
                    found = [created.id]
                    self.report.purposes_created += 1
                    self.report.add(
                        self.reader.finding(INFO, row.number, "purposes", "import.purpose_created")
                    )
                self.purposes[text] = found[0]
            ids.append(self.purposes[text])
        return ids

    def row(self, row: RowValues) -> None:
        values = row.values
        name = (values.get("name") or "").strip()
        department = (values.get("department") or "").strip()
        key = (name, department)
        if key in self.existing:
            entry_id, app_own = self.existing[key]
            if app_own:  # privacydesk's own entry is already there (an export of another desk)
                self.report.add(
                    self.reader.finding(INFO, row.number, "name", "import.app_entry_kept")
                )
            else:
                self._error(row, "name", "import.entry_exists", id=entry_id)
            return
        if name and key in self.seen:
            self._error(row, "name", "import.entry_duplicate_in_file", row=self.seen[key])
            return
        self.seen[key] = row.number
        errors = self.report.error_count
        provisions: list[register_domain.ProvisionData] = []
        for column, basis in (("provisions", "consent"), ("outsourcing", "outsourcing")):
            parsed, bad = parse_provisions(values.get(column) or "", basis)
            provisions += parsed
            for line in bad:
                self._error(row, column, "import.bad_provision", line=line)
        kinds: list[str] = []
        for text in split_lines(values.get("sensitive_kinds") or ""):
            kind = _KINDS.get(_norm(text))
            if kind is None:
                self._error(row, "sensitive_kinds", "register.bad_sensitive_kind")
            else:
                kinds.append(kind)
        purpose_ids = self._purpose_ids(row)
        if self.report.error_count > errors:
            return
        defaults = register_domain.EntryData()
        scalars = {
            f: values[f] if values.get(f) is not None else getattr(defaults, f)
            for f in register_domain.SCALAR_FIELDS
        }
        data = register_domain.EntryData(
            **scalars,
            sensitive_kinds=kinds,
            items=parse_items(values.get("items") or ""),
            purpose_ids=purpose_ids,
            provisions=provisions,
        )
        s = self.ctx.session
        try:
            entry_id = register_domain.create(s, data, self.ctx.actor)
            if values.get("active") is False:
                register_domain.retire(s, entry_id, self.ctx.actor)
        except InvalidInput as exc:
            alias = {"purpose_ids": "purposes"}
            self.report.add(*_domain_findings(self.reader, row.number, exc, alias))
            return
        self.report.checked += 1
        self.report.created += 1

    def finish(self) -> None:
        return None


# -- exporting ------------------------------------------------------------------------------------


def export_headers(kind: str) -> list[str]:
    """The header row an export writes: the canonical headers the reader recognises."""
    _check_kind(kind, EXPORT_KINDS)
    if kind == "provisions":
        return [h for h, _ in PROVISION_COLUMNS]
    return [s.header for s in FIELDS[kind]]


PROVISION_COLUMNS: tuple[tuple[str, str], ...] = (
    ("区分", "direction"),
    ("提供日", "provided_on"),
    ("最終提供日", "last_provision_on"),
    ("記録の形式", "record_form"),
    ("相手方", "counterparty"),
    ("相手方の住所", "counterparty_address"),
    ("相手方の代表者", "counterparty_representative"),
    ("取得の経緯", "how_acquired"),
    ("項目", "items"),
    ("根拠", "basis"),
    ("同意等", "consent_note"),
    ("外国", "abroad"),
    ("国", "country"),
    ("台帳", "entry"),
    ("保存期限", "keep_until"),
    ("本人の数", "subjects"),
)


def safe_cell(text: str) -> str:
    """A cell that a spreadsheet would run as a formula gets a leading apostrophe."""
    return "'" + text if text.startswith(FORMULA_STARTS) else text


def _yes_no(value: bool | None) -> str:
    return "" if value is None else ("はい" if value else "いいえ")


def _iso(value: date | None) -> str:
    return value.isoformat() if value else ""


def export_count(session: Session, kind: str) -> int:
    _check_kind(kind, EXPORT_KINDS)
    model = {
        "register": RegisterEntry,
        "subjects": Subject,
        "consents": ConsentRecord,
        "provisions": ProvisionRecord,
    }[kind]
    q = select(func.count()).select_from(model)
    if kind == "subjects":
        q = q.where(Subject.deidentified.is_(False))
    return int(session.execute(q).scalar_one())


def export_rows(
    session: Session, kind: str, *, mask_protected: bool, chunk: int = 2000
) -> Iterator[list[str]]:
    """The rows of an export, streamed from the database (never all in memory)."""
    _check_kind(kind, EXPORT_KINDS)
    rows = {
        "subjects": _subject_rows,
        "consents": _consent_rows,
        "register": _entry_rows,
        "provisions": _provision_rows,
    }[kind](session, mask_protected, chunk)
    for row in rows:
        yield [safe_cell(v) for v in row]


def _subject_rows(session: Session, mask: bool, chunk: int) -> Iterator[list[str]]:
    names = [s.name for s in SUBJECT_FIELDS]
    columns = [getattr(Subject, n) for n in names]
    q = (
        select(*columns)
        .where(Subject.deidentified.is_(False))
        .order_by(Subject.id)
        .execution_options(yield_per=chunk)
    )
    masked = set(subjects_domain.MASKED_FIELDS)
    for r in session.execute(q):
        values = dict(zip(names, r, strict=True))
        out = []
        for name in names:
            value = values[name]
            if mask and values["protected"] and name in masked:
                out.append(MASK)
            elif name == "birth_date":
                out.append(_iso(value))
            elif name == "protected":
                out.append(_yes_no(bool(value)))
            elif name == "language":
                out.append(choice_label("language", value))
            else:
                out.append(value or "")
        yield out


def _consent_rows(session: Session, mask: bool, chunk: int) -> Iterator[list[str]]:
    c = ConsentRecord
    q = (
        select(
            Subject.member_number,
            Subject.legal_name,
            Subject.birth_date,
            c.scope,
            Purpose.text,
            c.recipient,
            EntryProvision.recipient,
            c.country,
            NoticeVersion.title,
            c.form_name,
            c.given_on,
            c.method,
            c.evidence_ref,
            c.evidence_location,
            c.given_by,
            c.representative_name,
            c.withdrawn_on,
            c.withdrawal_method,
            c.withdrawal_followup,
            c.renewal_needed_since,
        )
        .join(Subject, Subject.id == c.subject_id)
        .outerjoin(Purpose, Purpose.id == c.purpose_id)
        .outerjoin(EntryProvision, EntryProvision.id == c.provision_id)
        .outerjoin(NoticeVersion, NoticeVersion.id == c.notice_version_id)
        .order_by(c.id)
        .execution_options(yield_per=chunk)
    )
    for r in session.execute(q):
        (member, name, birth, scope, purpose, recipient, provision_recipient, country, notice,
         form, given, method, ref, location, given_by, rep, withdrawn, w_method, followup,
         renewal) = r  # fmt: skip
        yield [
            member or "",
            name or "",
            _iso(birth),
            choice_label("scope", scope),
            purpose or "",
            recipient or provision_recipient or "",
            country or "",
            notice or "",
            form or "",
            _iso(given),
            choice_label("method", method),
            ref or "",
            location or "",
            choice_label("given_by", given_by),
            rep or "",
            _iso(withdrawn),
            choice_label("withdrawal_method", w_method or ""),
            followup or "",
            _iso(renewal),
        ]


def _entry_rows(session: Session, mask: bool, chunk: int) -> Iterator[list[str]]:
    ids = list(session.scalars(select(RegisterEntry.id).order_by(RegisterEntry.id)))
    texts = dict(session.execute(select(Purpose.id, Purpose.text)).all())
    for entry_id in ids:
        detail = register_domain.get(session, entry_id)
        d = detail.data
        out = []
        for spec in REGISTER_FIELDS:
            n = spec.name
            if n == "items":
                out.append(items_text(d.items))
            elif n == "sensitive_kinds":
                out.append(
                    "\n".join(
                        render(register_domain.KIND_LABELS[k], "ja") for k in d.sensitive_kinds
                    )
                )
            elif n == "purposes":
                out.append("\n".join(texts.get(i, "") for i in d.purpose_ids))
            elif n == "provisions":
                out.append(provisions_text(d.provisions))
            elif n == "outsourcing":
                out.append("")  # every provision, outsourcing too, is in 提供先 with its basis
            elif n == "active":
                out.append(_yes_no(detail.active))
            elif n == "medium":
                out.append(choice_label("medium", d.medium))
            elif spec.type == "bool":
                out.append(_yes_no(getattr(d, n)))
            elif spec.type == "int":
                value = getattr(d, n)
                out.append("" if value is None else str(value))
            else:
                out.append(getattr(d, n) or "")
        yield out
        session.expunge_all()  # keep memory flat over a long register


def _provision_rows(session: Session, mask: bool, chunk: int) -> Iterator[list[str]]:
    p = ProvisionRecord
    counts = (
        select(ProvisionSubject.record_id, func.count().label("n"))
        .group_by(ProvisionSubject.record_id)
        .subquery()
    )
    q = (
        select(p, RegisterEntry.name, counts.c.n)
        .outerjoin(RegisterEntry, RegisterEntry.id == p.entry_id)
        .outerjoin(counts, counts.c.record_id == p.id)
        .order_by(p.id)
        .execution_options(yield_per=chunk)
    )
    for record, entry_name, n in session.execute(q):
        values = {
            "direction": DIRECTION_LABELS.get(record.direction, record.direction),
            "provided_on": _iso(record.provided_on),
            "last_provision_on": _iso(record.last_provision_on),
            "record_form": render(RECORD_FORM_LABELS[record.record_form], "ja"),
            "counterparty": record.counterparty,
            "counterparty_address": record.counterparty_address,
            "counterparty_representative": record.counterparty_representative,
            "how_acquired": record.how_acquired,
            "items": record.items,
            "basis": render(PROVISION_BASIS_LABELS[record.basis], "ja"),
            "consent_note": record.consent_note,
            "abroad": _yes_no(record.abroad),
            "country": record.country,
            "entry": entry_name or "",
            "keep_until": _iso(record.keep_until),
            "subjects": str(n or 0),
        }
        yield [values[key] or "" for _, key in PROVISION_COLUMNS]
        session.expunge(record)


def write_rows(
    stream: Any,
    header: Sequence[str],
    rows: Iterable[Sequence[str]],
    cancel: CancelToken | None = None,
    progress: Progress = no_progress,
    total: int = 0,
) -> int:
    """Write a header and rows to a text stream as CSV (CRLF, as Excel writes); returns rows."""
    writer = csv.writer(stream, lineterminator="\r\n")
    writer.writerow(header)
    n = 0
    for row in rows:
        writer.writerow(row)
        n += 1
        if n % CHECK_EVERY == 0:
            if cancel is not None:
                cancel.raise_if_cancelled()
            progress(n, total)
    progress(n, total)
    return n
