"""`privacydesk --self-test`: proves that this build (from source or frozen) carries what it
needs, by using it: an encrypted database in a temporary folder, every kind of record written
and read back through the services, a letter whose fonts are read back from the PDF, the board
workbook, a backup restored, Qt offscreen with the translations and QtPdf.

It prints one line per step and ends with SUCCESS_LINE (exit 0), or names the step that failed
(exit 1) without a traceback or any value from the database. The data are synthetic.
"""

from __future__ import annotations

import contextlib
import io
import os
import shutil
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any, TextIO

from privacydesk import __version__, resources
from privacydesk.errors import InvalidInput, PrivacydeskError

SUCCESS_PREFIX = "privacydesk self-test: OK"
FAILURE_PREFIX = "privacydesk self-test: FAILED"
# Names one step to fail on purpose: lets the tests (and an IT helper) see a failure report.
FAIL_ENV = "PRIVACYDESK_SELFTEST_FAIL"

USER = "selftest"
PASSWORD = "self-test-password-2026"  # a throwaway database, deleted at the end
# Synthetic names that need the font fallback chain: Vietnamese (DejaVu) and rare kanji (IPAex).
VIETNAMESE = "Nguyễn Thị Hương"
RARE_KANJI = "髙﨑"
NON_BMP = "𠮷田 花子"  # U+20BB7: reportlab would print it as 吉, so the glyph check refuses it
BASE14 = ("Helvetica", "Times-Roman", "Courier", "Symbol", "ZapfDingbats")


class StepFailed(Exception):
    """A check inside a step did not hold; the text names what, never a stored value."""


@dataclass
class _State:
    root: Path
    db_path: Path
    desk: Any = None  # services.desk.Desk, once signed in
    ids: dict[str, int] = field(default_factory=dict)
    letter_pdf: bytes = b""
    today: date = field(default_factory=date.today)

    def close(self) -> None:
        if self.desk is not None:
            desk, self.desk = self.desk, None
            desk.close()


def _check(condition: object, what: str) -> None:
    if not condition:
        raise StepFailed(what)


# -- steps --------------------------------------------------------------------------------------


def _resources(st: _State) -> str:
    root = resources.resources_dir()
    wanted = {
        "fonts": (
            "ipaexm.ttf",
            "ipaexg.ttf",
            "DejaVuSerif.ttf",
            "DejaVuSans.ttf",
            "IPA_Font_License_Agreement_v1.0.txt",
            "DejaVu-LICENSE.txt",
        ),
        "letters": ("acknowledgement.txt", "form-cover.txt"),
        "checklists": ("selection.json", "self_check.json"),
        "translations": ("privacydesk_ja.qm", "privacydesk_en.qm"),
    }
    for folder, names in wanted.items():
        for name in names:
            _check((root / folder / name).is_file(), f"resources/{folder}/{name} is missing")
    return f"{sum(len(n) for n in wanted.values())} files"


def _holidays(st: _State) -> str:
    import holidays

    # Without the library's data files (a frozen build that forgot them) names come in English.
    names = holidays.country_holidays("JP", years=2026, language="ja")
    _check(names.get(date(2026, 1, 1)) == "元日", "holiday names are not in Japanese")
    return f"{len(names)} holidays in 2026"


def _demo_data(st: _State) -> str:
    from faker import Faker

    # The demo database (--demo) draws its synthetic people from Faker's ja_JP locale, which
    # Faker loads by name at run time: a frozen build must carry it.
    fake = Faker("ja_JP")
    fake.seed_instance(2026)
    _check(any("\u4e00" <= c <= "\u9fff" for c in fake.name()), "Faker has no ja_JP names")
    return "Faker ja_JP locale"


def _create(st: _State) -> str:
    from privacydesk.services import auth

    st.db_path.parent.mkdir(parents=True)
    desk, sheet = auth.create_database(
        st.db_path, USER, PASSWORD, display_name="自己診断", backup_root=st.root / "backups"
    )
    desk.close()
    _check(sheet.secret, "no recovery secret")
    return "encrypted database with migrations applied"


def _sign_in(st: _State) -> str:
    from privacydesk.services import auth

    st.desk = auth.sign_in(st.db_path, USER, PASSWORD)
    return f"role {st.desk.context.role.value}"


def _profile(st: _State) -> str:
    from privacydesk.services import profile

    profile.save_profile(
        st.desk,
        profile.ProfileData(
            name="特定非営利活動法人 自己診断ネット",
            postal_code="160-0023",
            address="東京都新宿区西新宿2-8-1",
            representative="山田 太郎",
            manager_title="個人情報保護管理者",
            manager_name="佐藤 花子",
            desk_department="個人情報相談窓口",
            desk_phone="03-0000-0000",
            desk_email="privacy@example.org",
            fee_yen=1000,
            retention_years=5,
        ),
    )
    _check(profile.get_profile(st.desk).fee_yen == 1000, "profile not read back")
    return "saved and read back"


def _register(st: _State) -> str:
    from privacydesk.services import register as reg

    purpose = reg.create_purpose(
        st.desk, reg.PurposeData(code="P-ST", text="相談窓口の運営", subject_group="other")
    )
    entry = reg.create_entry(
        st.desk,
        reg.EntryData(
            name="相談記録（自己診断）",
            department="事務局",
            items=[reg.ItemData("氏名"), reg.ItemData("住所"), reg.ItemData("電話番号")],
            purpose_ids=[purpose.id],
        ),
    )
    back = reg.get_entry(st.desk, entry.id)
    _check(len(back.items) == 3, "register items not read back")
    st.ids["purpose"], st.ids["entry"] = purpose.id, entry.id
    return f"entry with {len(back.items)} items"


def _subject(st: _State) -> str:
    from privacydesk.services import subjects

    made = subjects.create_subject(
        st.desk,
        subjects.SubjectData(
            legal_name=f"{RARE_KANJI} {VIETNAMESE}",
            reading="タカサキ グエン ティ フオン",
            postal_code="160-0023",
            address="東京都新宿区西新宿2-8-1",
            country="VN",
            language="easy_ja",
        ),
    )
    subjects.link_entry(st.desk, made.id, st.ids["entry"])
    back = subjects.get_subject(st.desk, made.id)
    _check(back.data.legal_name == f"{RARE_KANJI} {VIETNAMESE}", "person not read back")
    _check(subjects.count(st.desk, RARE_KANJI) == 1, "search does not find the person")
    st.ids["subject"] = made.id
    return "person written, found and read back"


def _consent(st: _State) -> str:
    from privacydesk.services import consent

    row = consent.record_consent(
        st.desk,
        consent.ConsentInput(
            subject_id=st.ids["subject"],
            scope="purpose",
            given_on=st.today,
            method="paper",
            purpose_id=st.ids["purpose"],
        ),
        today=st.today,
    )
    _check(consent.get_consent(st.desk, row.id).subject_id == st.ids["subject"], "consent")
    return "recorded and read back"


def _provision(st: _State) -> str:
    from privacydesk.services import provisions

    row = provisions.create_record(
        st.desk,
        provisions.ProvisionInput(
            "provided",
            st.today,
            "社会福祉法人 みどり福祉会",
            "consent",
            "氏名、住所",
            entry_id=st.ids["entry"],
            consent_note="書面で同意取得",
        ),
        [st.ids["subject"]],
        today=st.today,
    )
    back = provisions.get_record(st.desk, row.id)
    _check(back.subject_count == 1, "provision record not read back")
    return f"kept until {back.keep_until.isoformat() if back.keep_until else '-'}"


def _request(st: _State) -> str:
    from privacydesk.services import requests as rq

    rid = rq.receive(
        st.desk,
        rq.RequestInput(
            received_on=st.today,
            subject_id=st.ids["subject"],
            types=[rq.TypeInput("disclosure")],
            entry_ids=[st.ids["entry"]],
        ),
        today=st.today,
    )
    rq.add_document(st.desk, rid, "person", "residence_card", st.today, today=st.today)
    number, pdf = rq.letter(st.desk, rid, "acknowledgement", today=st.today)
    view = rq.get(st.desk, rid, today=st.today)
    _check(view.subject_id == st.ids["subject"], "request not read back")
    _check(pdf.startswith(b"%PDF") and number, "acknowledgement letter not made")
    st.ids["request"] = rid
    return "received, acknowledgement letter issued"


def _contractor(st: _State) -> str:
    from privacydesk.services import contractors as cs

    cid = cs.create(
        st.desk,
        cs.ContractorData(
            name="株式会社 自己診断システム",
            address="東京都千代田区1-1",
            services="会員管理システムの保守",
            status="active",
            contract_start=st.today - timedelta(days=30),
        ),
    )
    rid = cs.start_review(st.desk, cid, "selection", today=st.today)
    _row, template, _answers = cs.review(st.desk, rid)
    for q in template.questions:
        cs.answer(st.desk, rid, q.id, "yes")
    cs.finish_review(st.desk, rid, "fit", finished_on=st.today, today=st.today)
    detail = cs.get(st.desk, cid, today=st.today)
    _check([r.result for r in detail.reviews] == ["fit"], "contractor review not read back")
    st.ids["contractor"] = cid
    return f"review of {len(template.questions)} questions finished"


def _complaint(st: _State) -> str:
    from privacydesk.services import complaints

    at = datetime.combine(st.today, datetime.min.time()).replace(hour=0, minute=1)
    cid = complaints.receive(
        st.desk,
        complaints.ComplaintInput(
            received_at=at,
            channel="phone",
            category="handling",
            content="案内の送付先について問合せがあった。",
            subject_id=st.ids["subject"],
            entry_ids=[st.ids["entry"]],
        ),
        at=at + timedelta(minutes=1),
    )
    back = complaints.get(st.desk, cid, today=st.today)
    _check(back.subject_id == st.ids["subject"], "complaint not read back")
    return "received and read back"


def _incident(st: _State) -> str:
    from privacydesk.services import incidents

    iid = incidents.create(
        st.desk,
        incidents.IncidentData(
            kind="leak",
            occurred_on=st.today,
            known_on=st.today,
            office_told_on=st.today,
            found_by="事務局",
            description="会報を別の会員に誤って送付した。",
            items="氏名、住所、相談内容（病歴）",
            persons=1,
            sensitive=True,  # reportable: deadlines counted on the office calendar
            entry_ids=[st.ids["entry"]],
        ),
        today=st.today,
    )
    view = incidents.get(st.desk, iid, today=st.today)
    _check(view.data.persons == 1, "incident not read back")
    _check(view.deadlines, "a reportable incident has no deadlines")
    return f"judged, {len(view.deadlines)} deadlines"


def _staff(st: _State) -> str:
    from privacydesk.services import staff

    sid = staff.create(
        st.desk,
        staff.StaffData(name="職員 一郎", kind="employee", role="事務局", start_on=st.today),
    )
    _check(staff.get(st.desk, sid, today=st.today).data.name == "職員 一郎", "staff")
    return "written and read back"


def _self_check(st: _State) -> str:
    from privacydesk.services import self_check as sc

    cid = sc.start(st.desk, today=st.today)
    detail = sc.get(st.desk, cid, today=st.today)
    for q in detail.template.questions:
        given = detail.answers.get(q.id)
        if given is None or not given.answer:
            sc.answer(st.desk, cid, q.id, "yes")
    sc.finish(st.desk, cid, "fit", finished_on=st.today, today=st.today)
    _check(sc.get(st.desk, cid, today=st.today).row.result == "fit", "self-check")
    return f"{len(detail.template.questions)} questions answered"


def _internal_audit(st: _State) -> str:
    from privacydesk.services import internal_audits as ia

    aid = ia.plan(
        st.desk, ia.AuditPlan(st.today, "監事", "statutory_auditor", "台帳と委託先の管理")
    )
    ia.record_done(st.desk, aid, st.today, "台帳と委託先の記録を確認した。", today=st.today)
    _check(ia.get(st.desk, aid, today=st.today).row.done_on == st.today, "audit")
    return "planned, done and read back"


def _letter(st: _State) -> str:
    from pypdf import PdfReader

    from privacydesk.services import documents

    name = f"{RARE_KANJI} {VIETNAMESE}"
    _number, pdf = documents.issue_cover_letter(
        st.desk,
        documents.Addressee(name=name, postal_code="160-0023", address="東京都新宿区西新宿2-8-1"),
        ["開示等請求書 1部"],
        today=st.today,
    )
    reader = PdfReader(io.BytesIO(pdf))
    text = "".join(page.extract_text() for page in reader.pages)
    _check(RARE_KANJI in text, "the rare kanji do not read back from the letter")
    _check(VIETNAMESE in text, "the Vietnamese name does not read back from the letter")
    families: set[str] = set()
    for page in reader.pages:
        for ref in page["/Resources"].get_object().get("/Font", {}).values():
            font = ref.get_object()
            for part in [font, *(c.get_object() for c in font.get("/DescendantFonts", []))]:
                if part.get("/Subtype") == "/Type0":
                    continue  # its descendant carries the descriptor
                base = str(part.get("/BaseFont", ""))
                _check(not any(b in base for b in BASE14), "an unembedded base-14 font is used")
                descriptor = part.get("/FontDescriptor")
                _check(
                    descriptor is not None and "/FontFile2" in descriptor.get_object(),
                    "a font is not embedded",
                )
                families.add(base.split("+")[-1])
    _check(any("IPAex" in f for f in families), "IPAex is not embedded")
    _check(any("DejaVu" in f for f in families), "DejaVu is not embedded for Vietnamese")
    st.letter_pdf = pdf
    return "fonts embedded: " + ", ".join(sorted(families))


def _non_bmp(st: _State) -> str:
    from privacydesk.services import documents

    try:
        documents.issue_cover_letter(
            st.desk,
            documents.Addressee(name=NON_BMP, postal_code="100-0001", address="東京都千代田区1-1"),
            ["委任状 1部"],
            today=st.today,
        )
    except InvalidInput as exc:
        codes = [p[1] for p in exc.problems]
        _check("glyph.outside_bmp" in codes, "refused for another reason")
        return "U+20BB7 refused before printing"
    raise StepFailed("a character outside the BMP was printed")


def _board(st: _State) -> str:
    from python_calamine import CalamineWorkbook

    from privacydesk.services import board

    period = board.period_for(st.desk, board.current_fiscal_year(st.desk, st.today))
    out = st.root / "board.xlsx"
    board.export_board(st.desk, period, out, today=st.today)
    book = CalamineWorkbook.from_path(str(out))
    _check("概要" in book.sheet_names, "the board workbook has no summary sheet")
    rows = book.get_sheet_by_name("概要").to_python()
    _check(len(rows) > 3, "the summary sheet is empty")
    return f"{len(book.sheet_names)} sheets read back"


def _backup(st: _State) -> str:
    from privacydesk.services import auth, backup, subjects

    row = backup.backup_now(st.desk, "manual")
    _check(row.folder in [b.folder for b in backup.list_backups(st.desk)], "backup not listed")
    (st.root / "restored").mkdir()
    restored = backup.restore_backup(st.desk, row.folder, st.root / "restored" / "privacydesk.db")
    other = auth.sign_in(restored, USER, PASSWORD)
    try:
        back = subjects.get_subject(other, st.ids["subject"])
        _check(back.data.legal_name == f"{RARE_KANJI} {VIETNAMESE}", "restored copy differs")
    finally:
        other.close()
    return "made, verified, restored and opened"


def _qt(st: _State) -> str:
    # Qt only here: the platform plugin, the translations and QtPdf (the letter preview).
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSize, QTranslator
    from PySide6.QtPdf import QPdfDocument
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication([sys.argv[0] if sys.argv else "privacydesk"])
    platform = app.platformName()  # type: ignore[attr-defined]
    translator = QTranslator()
    _check(
        translator.load("privacydesk_ja", str(resources.translations_dir()))
        and not translator.isEmpty(),
        "the Japanese translation does not load",
    )
    data = QByteArray(st.letter_pdf)
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    doc = QPdfDocument()
    doc.load(buffer)
    _check(doc.status() == QPdfDocument.Status.Ready and doc.pageCount() >= 1, "QtPdf")
    image = doc.render(0, QSize(210, 297))
    _check(not image.isNull(), "QtPdf did not render the letter")
    doc.close()
    return f"platform {platform}, translation and QtPdf rendering"


def _integrity(st: _State) -> str:
    from privacydesk.services import audit

    report = audit.check(st.desk)
    _check(report.cipher_ok and report.integrity_ok, "integrity check failed")
    _check(report.chain.ok, "the audit chain does not verify")
    _check(report.schema_revision == report.schema_head, "schema is not at the newest version")
    _check(report.cipher_version, "no cipher_version")
    return f"cipher_version {report.cipher_version}"


STEPS: tuple[tuple[str, Callable[[_State], str]], ...] = (
    ("resources", _resources),
    ("holidays", _holidays),
    ("demo-data", _demo_data),
    ("create", _create),
    ("sign-in", _sign_in),
    ("profile", _profile),
    ("register", _register),
    ("subject", _subject),
    ("consent", _consent),
    ("provision", _provision),
    ("request", _request),
    ("contractor", _contractor),
    ("complaint", _complaint),
    ("incident", _incident),
    ("staff", _staff),
    ("self-check", _self_check),
    ("internal-audit", _internal_audit),
    ("letter", _letter),
    ("non-bmp", _non_bmp),
    ("board", _board),
    ("backup", _backup),
    ("qt", _qt),
    ("integrity", _integrity),
)
STEP_NAMES = tuple(name for name, _ in STEPS)


def _reason(exc: BaseException) -> str:
    """Why a step failed, without a traceback or a stored value (codes and types only)."""
    if isinstance(exc, StepFailed):
        return str(exc)
    if isinstance(exc, PrivacydeskError):
        detail = ",".join(str(p[1]) for p in getattr(exc, "problems", [])[:3])
        return f"{type(exc).__name__} {exc.code}" + (f" ({detail})" if detail else "")
    if isinstance(exc, OSError) and exc.errno is not None:
        return f"{type(exc).__name__} errno {exc.errno}"
    return type(exc).__name__


@contextmanager
def _environment(root: Path) -> Iterator[None]:
    """The app's data folder inside the temporary folder: no real user folder is touched."""
    saved = {k: os.environ.get(k) for k in ("PRIVACYDESK_HOME", "QT_QPA_PLATFORM")}
    os.environ["PRIVACYDESK_HOME"] = str(root / "home")
    os.environ["QT_QPA_PLATFORM"] = "offscreen"  # no window: works without a display
    try:
        yield
    finally:
        for key, value in saved.items():
            if key == "QT_QPA_PLATFORM":
                continue  # Qt may be loaded by now; keep what it was started with
            if value is None:
                os.environ.pop(key, None)
            else:
                os.environ[key] = value


def run(out: TextIO | None = None) -> int:
    """Run every step; 0 when all passed, 1 naming the first that failed."""
    stream = out or sys.stdout
    forced = os.environ.get(FAIL_ENV, "")

    sink = [stream]

    def say(line: str) -> None:
        try:
            print(line, file=sink[0], flush=True)
        except UnicodeEncodeError:  # a console that cannot show it (the lines are ASCII)
            print(line.encode("ascii", "backslashreplace").decode(), file=sink[0], flush=True)
        except BrokenPipeError:
            # The reader went away (`| head`): finish quietly; the exit code still tells.
            if sink[0] is sys.stdout:
                with contextlib.suppress(OSError, ValueError):
                    os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
            sink[0] = io.StringIO()

    frozen = "frozen" if getattr(sys, "frozen", False) else "source"
    say(
        f"privacydesk {__version__} self-test ({frozen}, Python {sys.version.split()[0]}, "
        f"{sys.platform})"
    )
    started = time.perf_counter()
    root = Path(tempfile.mkdtemp(prefix="privacydesk-selftest-"))
    st = _State(root=root, db_path=root / "office" / "privacydesk.db")
    try:
        with _environment(root):
            for number, (name, step) in enumerate(STEPS, 1):
                t0 = time.perf_counter()
                try:
                    if forced == name:
                        raise StepFailed(f"forced by {FAIL_ENV}")
                    detail = step(st)
                except Exception as exc:  # any failure is reported by step, never as a trace
                    say(f"  FAIL {number:2}/{len(STEPS)} {name}: {_reason(exc)}")
                    say(f"{FAILURE_PREFIX} at step '{name}'")
                    return 1
                say(
                    f"  ok   {number:2}/{len(STEPS)} {name} ({time.perf_counter() - t0:.2f} s)"
                    f": {detail}"
                )
    finally:
        try:
            st.close()
        except Exception as exc:  # the result stands; say that closing failed
            say(f"  (closing the test database failed: {_reason(exc)})")
        shutil.rmtree(root, ignore_errors=True)
    say(f"{SUCCESS_PREFIX} ({len(STEPS)} steps, {time.perf_counter() - started:.1f} s)")
    return 0
