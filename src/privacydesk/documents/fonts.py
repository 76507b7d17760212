"""The font layer of the documents engine: which font draws which character, and a check that
refuses, before any PDF is made, every character the fonts would print wrong.

reportlab prints a blank, with no error, for a character its font lacks or maps to an empty
glyph, and draws characters outside the Basic Multilingual Plane as a different character
(traps.md). So each family is a chain of embedded fonts (IPAex first, DejaVu for the Latin
letters IPAex lacks, such as Vietnamese ễ ư ơ ạ Đ), text is split into runs by font (a Latin
word is never split across typefaces), and `check_text` / `require_drawable` name the field,
position, character and code point of anything the chain cannot draw.

Names are never normalised: NFC and NFKC turn compatibility ideographs such as 神 (U+FA19)
into a different character. `compose_marks` only joins a base letter with the combining marks
that follow it, where a precomposed character exists.
"""

from __future__ import annotations

import functools
import struct
import threading
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from enum import Enum
from pathlib import Path
from typing import IO, Any

from fontTools.ttLib import TTFont as FontToolsFont
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas

from privacydesk.errors import InvalidInput
from privacydesk.resources import font as font_path

__all__ = [
    "DEJAVU_SANS",
    "DEJAVU_SANS_BOLD",
    "DEJAVU_SERIF",
    "DEJAVU_SERIF_BOLD",
    "FACES",
    "IPAEX_GOTHIC",
    "IPAEX_MINCHO",
    "FontFace",
    "FontFamily",
    "GlyphProblem",
    "check_text",
    "compose_marks",
    "draw_text",
    "font_draws",
    "new_canvas",
    "register_fonts",
    "require_drawable",
    "split_runs",
    "string_width",
]


@dataclass(frozen=True)
class FontFace:
    """One shipped TrueType file and the name it is registered under in reportlab."""

    name: str
    file: str

    @property
    def path(self) -> Path:
        return font_path(self.file)


IPAEX_MINCHO = FontFace("IPAexMincho", "ipaexm.ttf")
IPAEX_GOTHIC = FontFace("IPAexGothic", "ipaexg.ttf")
DEJAVU_SERIF = FontFace("DejaVuSerif", "DejaVuSerif.ttf")
DEJAVU_SERIF_BOLD = FontFace("DejaVuSerif-Bold", "DejaVuSerif-Bold.ttf")
DEJAVU_SANS = FontFace("DejaVuSans", "DejaVuSans.ttf")
DEJAVU_SANS_BOLD = FontFace("DejaVuSans-Bold", "DejaVuSans-Bold.ttf")

# Every face register_fonts() makes known to reportlab. The bold DejaVu faces are registered
# for Latin-only headings; no family uses them, because IPAex has no bold to pair them with.
FACES: tuple[FontFace, ...] = (
    IPAEX_MINCHO,
    IPAEX_GOTHIC,
    DEJAVU_SERIF,
    DEJAVU_SERIF_BOLD,
    DEJAVU_SANS,
    DEJAVU_SANS_BOLD,
)


class FontFamily(Enum):
    """A fallback chain, first font first. The first is always the Japanese (IPAex) font."""

    MINCHO = (IPAEX_MINCHO, DEJAVU_SERIF)  # serif body text
    GOTHIC = (IPAEX_GOTHIC, DEJAVU_SANS)  # headings and forms

    @property
    def chain(self) -> tuple[FontFace, ...]:
        return tuple(self.value)

    @property
    def primary(self) -> FontFace:
        return self.chain[0]


# --- Problems -----------------------------------------------------------------------------

OUTSIDE_BMP = "glyph.outside_bmp"
CONTROL = "glyph.control"
PRIVATE_USE = "glyph.private_use"
UNASSIGNED = "glyph.unassigned"
UNJOINED_MARK = "glyph.unjoined_mark"
UNDRAWABLE = "glyph.undrawable"
EMPTY_GLYPH = "glyph.empty_glyph"
NEEDS_SHAPING = "glyph.needs_shaping"


@dataclass(frozen=True)
class GlyphProblem:
    """A character the chain cannot draw correctly. `position` is 1-based, in characters of
    the text as given (before marks are composed); `char` is "" for invisible controls."""

    field: str
    code: str
    position: int
    char: str
    codepoint: str

    def as_problem(self) -> tuple[str, str, dict[str, Any]]:
        """The (field, code, params) item InvalidInput carries."""
        params = {"position": self.position, "char": self.char, "codepoint": self.codepoint}
        return (self.field, self.code, params)


# Line breaks in addresses and bodies; the caller draws one line at a time.
ALLOWED_CONTROLS = frozenset("\n")

# Invisible characters: C0/C1 controls, format controls (zero-width space, bidi marks, BOM),
# lone surrogates and the line/paragraph separators. reportlab prints them as nothing.
_CONTROL_CATEGORIES = frozenset({"Cc", "Cf", "Cs", "Zl", "Zp"})

# Scripts that need right-to-left layout or glyph shaping (conjuncts, reordered vowels);
# reportlab draws one glyph per character, left to right, so they would print wrong.
# DejaVu Sans has Hebrew, Arabic, N'Ko and Lao glyphs, hence this list.
_SHAPING_RANGES = (
    (0x0590, 0x08FF),  # Hebrew, Arabic, Syriac, Thaana, N'Ko, Samaritan, Mandaic
    (0x0900, 0x0DFF),  # Indic scripts
    (0x0E00, 0x0EFF),  # Thai, Lao
    (0x0F00, 0x109F),  # Tibetan, Myanmar
    (0x1700, 0x1C4F),  # Philippine scripts, Khmer, Mongolian, Tai, Balinese, ...
    (0xA800, 0xAAFF),  # Syloti Nagri, Phags-pa, Javanese, Cham, ...
    (0xABC0, 0xABFF),  # Meetei Mayek
    (0xFB1D, 0xFDFF),  # Hebrew and Arabic presentation forms
    (0xFE70, 0xFEFF),  # Arabic presentation forms B
)

# Japanese text: each character is its own unit, drawn by IPAex (the chain's first font).
_JAPANESE_RANGES = (
    (0x2E80, 0x2FFF),  # CJK radicals, Kangxi radicals, ideographic description
    (0x3000, 0x30FF),  # CJK symbols and punctuation, hiragana, katakana
    (0x3190, 0x33FF),  # kanbun, strokes, katakana extension, enclosed CJK (㈱), ㍻
    (0x3400, 0x4DBF),  # CJK extension A
    (0x4E00, 0x9FFF),  # CJK unified ideographs
    (0xF900, 0xFAFF),  # CJK compatibility ideographs (神 U+FA19 stays itself)
    (0xFE30, 0xFE4F),  # CJK compatibility forms
    (0xFF00, 0xFFEF),  # full-width and half-width forms
)

# Inside a Latin word (between two letters): O'Brien, Jean-Luc.
_WORD_JOINERS = frozenset("'’-‐‑")


def _in(cp: int, ranges: tuple[tuple[int, int], ...]) -> bool:
    return any(lo <= cp <= hi for lo, hi in ranges)


def _is_mark(ch: str) -> bool:
    return unicodedata.category(ch)[0] == "M"


def _is_japanese(ch: str) -> bool:
    return _in(ord(ch), _JAPANESE_RANGES)


def _is_word_char(ch: str) -> bool:
    cat = unicodedata.category(ch)
    return (cat[0] in "LM" or cat == "Nd") and not _is_japanese(ch)


def _is_neutral(ch: str) -> bool:
    """Spaces, punctuation and symbols: they take a neighbouring run's font."""
    return unicodedata.category(ch)[0] in "ZPS" and not _is_japanese(ch)


def _codepoint(ch: str) -> str:
    return f"U+{ord(ch):04X}"


# --- Coverage (fontTools) -------------------------------------------------------------------


@dataclass(frozen=True)
class _Coverage:
    drawn: frozenset[int]  # mapped to a glyph with an outline (or whitespace, mapped at all)
    empty: frozenset[int]  # mapped, but to a glyph with no outline: prints as a blank


_coverage_cache: dict[str, _Coverage] = {}
_lock = threading.RLock()


def _read_coverage(path: Path) -> _Coverage:
    """Read the cmap and, per mapped glyph, whether it has an outline (glyf/loca)."""
    tt = FontToolsFont(str(path), lazy=True)
    try:
        if "glyf" not in tt:
            # reportlab's TTFont embeds TrueType outlines only; a CFF font would not load.
            raise ValueError(f"{path.name}: not a TrueType-outline font")
        cmap = tt.getBestCmap()
        loca = tt["loca"]
        glyf = tt.getTableData("glyf")
        drawn: set[int] = set()
        empty: set[int] = set()
        for cp, glyph_name in cmap.items():
            gid = tt.getGlyphID(glyph_name)
            if gid == 0:
                continue  # mapped to .notdef: as good as missing
            start, end = loca[gid], loca[gid + 1]
            # numberOfContours: > 0 simple outline, -1 composite, 0 nothing to draw.
            outline = end > start and struct.unpack(">h", glyf[start : start + 2])[0] != 0
            if outline or unicodedata.category(chr(cp)) == "Zs":
                drawn.add(cp)
            else:
                empty.add(cp)
        return _Coverage(frozenset(drawn), frozenset(empty))
    finally:
        tt.close()


def _coverage(face: FontFace) -> _Coverage:
    with _lock:
        cov = _coverage_cache.get(face.name)
        if cov is None:
            cov = _coverage_cache[face.name] = _read_coverage(face.path)
        return cov


def font_draws(face: FontFace, char: str) -> bool:
    """Whether this font draws the character with a real glyph (whitespace may be empty)."""
    return ord(char) in _coverage(face).drawn


# --- Registration and canvas ----------------------------------------------------------------

_registered = False


def register_fonts() -> None:
    """Register every shipped face with reportlab, once (idempotent, thread-safe)."""
    global _registered
    with _lock:
        if _registered:
            return
        known = set(pdfmetrics.getRegisteredFontNames())
        for face in FACES:
            if face.name not in known:
                # TTFont embeds a subset of the glyphs used, never the whole file.
                pdfmetrics.registerFont(TTFont(face.name, str(face.path)))
        _registered = True


def new_canvas(path_or_buffer: str | Path | IO[bytes], **kw: Any) -> Canvas:
    """A reportlab Canvas whose initial font is an embedded one: without `initialFontName`
    reportlab puts an unembedded Helvetica into every PDF (traps.md)."""
    register_fonts()
    kw.setdefault("initialFontName", FontFamily.MINCHO.primary.name)
    target = str(path_or_buffer) if isinstance(path_or_buffer, Path) else path_or_buffer
    return Canvas(target, **kw)


# --- Composition ----------------------------------------------------------------------------


def _compose(text: str) -> tuple[str, list[int]]:
    """`compose_marks`, plus each output character's index in the input."""
    out: list[str] = []
    origin: list[int] = []
    i, n = 0, len(text)
    while i < n:
        j = i + 1
        while j < n and _is_mark(text[j]):
            j += 1
        base = text[i]
        if (
            j - i > 1
            and not _is_mark(base)
            # A base NFC would change by itself (神 U+FA19, Å U+212B) is left alone.
            and unicodedata.normalize("NFC", base) == base
        ):
            composed = unicodedata.normalize("NFC", text[i:j])
            out.append(composed[0])
            origin.append(i)
            used: set[int] = set()
            for ch in composed[1:]:  # marks with no precomposed form stay, after the base
                k = next((k for k in range(i + 1, j) if text[k] == ch and k not in used), i)
                used.add(k)
                out.append(ch)
                origin.append(k)
        else:
            out.extend(text[i:j])
            origin.extend(range(i, j))
        i = j
    return "".join(out), origin


def compose_marks(text: str) -> str:
    """Join each base letter with the combining marks after it where a precomposed character
    exists ("e" + U+0302 + U+0303 -> ễ). Nothing else changes: compatibility ideographs
    (U+FA19), half-width kana and every other character stay as they are."""
    return _compose(text)[0]


# --- The check ------------------------------------------------------------------------------


@functools.lru_cache(maxsize=65536)  # per character and family; the fonts never change
def _classify(ch: str, family: FontFamily) -> str | None:
    """The problem code for one (already composed) character, or None when it prints right."""
    cp = ord(ch)
    if ch in ALLOWED_CONTROLS:
        return None
    if cp > 0xFFFF:
        return OUTSIDE_BMP  # reportlab draws 𠮷 as 吉 (traps.md)
    category = unicodedata.category(ch)
    if category in _CONTROL_CATEGORIES:
        return CONTROL
    if category == "Co":
        return PRIVATE_USE
    if category == "Cn":
        return UNASSIGNED
    if category[0] == "M":
        # A mark left after composition: reportlab would not place it on its letter.
        return UNJOINED_MARK
    coverages = [_coverage(face) for face in family.chain]
    if not any(cp in cov.drawn for cov in coverages):
        return EMPTY_GLYPH if any(cp in cov.empty for cov in coverages) else UNDRAWABLE
    if unicodedata.bidirectional(ch) in ("R", "AL", "AN") or (
        _in(cp, _SHAPING_RANGES) and category != "Sc"
    ):
        return NEEDS_SHAPING
    return None


def check_text(field: str, text: str, family: FontFamily) -> list[GlyphProblem]:
    """Every character of `text` the family's chain cannot draw correctly."""
    composed, origin = _compose(text)
    problems: list[GlyphProblem] = []
    for index, ch in enumerate(composed):
        code = _classify(ch, family)
        if code is None:
            continue
        # Invisible characters (and lone surrogates, which cannot even be encoded) are shown
        # by code point only.
        shown = "" if code == CONTROL else ch
        problems.append(GlyphProblem(field, code, origin[index] + 1, shown, _codepoint(ch)))
    return problems


def _raise_if(problems: list[GlyphProblem]) -> None:
    if problems:
        raise InvalidInput(
            "glyph.problems",
            problems=[p.as_problem() for p in problems],
            count=len(problems),
        )


def require_drawable(
    fields: Mapping[str, str] | Iterable[tuple[str, str]], family: FontFamily
) -> None:
    """Refuse (InvalidInput "glyph.problems") if any field has a character the chain cannot
    draw correctly; call before a document is produced. Accepts a mapping or (field, text)
    pairs."""
    items = fields.items() if isinstance(fields, Mapping) else fields
    problems: list[GlyphProblem] = []
    for field, text in items:
        problems += check_text(field, text, family)
    _raise_if(problems)


# --- Runs -----------------------------------------------------------------------------------


def _units(text: str) -> list[tuple[str, str]]:
    """Split into ("word" | "neutral" | "single", text) units. A word is a maximal run of
    letters, marks and digits (not Japanese), with apostrophes and hyphens inside it."""
    units: list[tuple[str, str]] = []
    i, n = 0, len(text)
    while i < n:
        ch = text[i]
        if _is_word_char(ch):
            j = i + 1
            while j < n and (
                _is_word_char(text[j])
                or (text[j] in _WORD_JOINERS and j + 1 < n and _is_word_char(text[j + 1]))
            ):
                j += 1
            units.append(("word", text[i:j]))
            i = j
        else:
            units.append(("neutral" if _is_neutral(ch) else "single", ch))
            i += 1
    return units


def _first_face(text: str, family: FontFamily) -> FontFace | None:
    for face in family.chain:
        drawn = _coverage(face).drawn
        if all(ord(c) in drawn for c in text):
            return face
    return None


def _assign(text: str, family: FontFamily) -> list[tuple[FontFace, str]]:
    """(face, run) pairs. A character no face draws goes to the primary font (measuring
    only: drawing refuses such text first)."""
    primary = family.primary
    pieces: list[tuple[FontFace | None, str, bool]] = []  # (face, text, neutral)
    for kind, unit in _units(text):
        if kind == "neutral":
            pieces.append((None, unit, True))
            continue
        face = _first_face(unit, family)
        if face is not None:
            pieces.append((face, unit, False))
        else:
            # No one font draws the whole word (rare: ℓ is only in IPAex): per character.
            for ch in unit:
                pieces.append((_first_face(ch, family) or primary, ch, False))

    def draws(face: FontFace | None, ch: str) -> bool:
        return face is not None and ord(ch) in _coverage(face).drawn

    # Neutral characters join the previous run's font, else the next one's, where it draws.
    faces: list[FontFace] = []
    for index, (face, unit, neutral) in enumerate(pieces):
        if not neutral:
            faces.append(face or primary)
            continue
        before = faces[-1] if faces else None
        after = next((f for f, _, nt in pieces[index + 1 :] if not nt), None)
        if draws(before, unit):
            faces.append(before or primary)
        elif draws(after, unit):
            faces.append(after or primary)
        else:
            faces.append(_first_face(unit, family) or primary)

    runs: list[tuple[FontFace, str]] = []
    for face, (_, unit, _) in zip(faces, pieces, strict=True):
        if runs and runs[-1][0] == face:
            runs[-1] = (face, runs[-1][1] + unit)
        else:
            runs.append((face, unit))
    return runs


def _one_line(text: str) -> None:
    if "\n" in text:
        raise ValueError("one line at a time: split the text on line breaks first")


def split_runs(text: str, family: FontFamily) -> list[tuple[str, str]]:
    """(reportlab font name, run text) pairs for one line, marks composed first. Refuses
    (InvalidInput, field "text") a character the chain cannot draw correctly."""
    _one_line(text)
    _raise_if(check_text("text", text, family))  # positions in the text as given
    return [(face.name, run) for face, run in _assign(compose_marks(text), family)]


def string_width(text: str, family: FontFamily, size: float) -> float:
    """Width in points of one line drawn by draw_text. Measures without refusing, so line
    breaking can measure any piece of text; drawing is where undrawable text is refused."""
    _one_line(text)
    register_fonts()
    return _width(text, family, size)


@functools.lru_cache(maxsize=65_536)
def _width(text: str, family: FontFamily, size: float) -> float:
    # Line breaking measures the same tokens and prefixes over and over: remember them.
    return sum(
        pdfmetrics.stringWidth(run, face.name, size)
        for face, run in _assign(compose_marks(text), family)
    )


def draw_text(
    canvas: Canvas, x: float, y: float, text: str, family: FontFamily, size: float
) -> float:
    """Draw one line left to right, each run in its own font; returns the x where it ends.
    Refuses (InvalidInput) text with a character that would print blank or wrong."""
    runs = split_runs(text, family)
    register_fonts()
    # One text object: the runs follow each other exactly, and text extraction reads them as
    # one line. save/restoreState keeps the caller's font and graphics state.
    canvas.saveState()
    try:
        obj = canvas.beginText(x, y)
        for name, run in runs:
            obj.setFont(name, size)
            obj.textOut(run)
        canvas.drawText(obj)
    finally:
        canvas.restoreState()
    return x + sum(pdfmetrics.stringWidth(run, name, size) for name, run in runs)
