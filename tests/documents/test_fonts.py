"""The font layer: fallback chain, runs, the glyph check, and real PDFs read back.

Everything uses the shipped fonts and real PDFs: pypdf reads the text layer back, and QtPdf
renders pages so a glyph can be compared with the font's own drawing of it.
"""

from __future__ import annotations

import io
import itertools
import unicodedata
from pathlib import Path
from typing import Any

import pytest
from fontTools.ttLib import TTFont as FontToolsFont
from hypothesis import given, settings
from hypothesis import strategies as st
from pypdf import PdfReader
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfgen.canvas import Canvas

from privacydesk.documents import fonts
from privacydesk.documents.fonts import (
    DEJAVU_SANS,
    DEJAVU_SERIF,
    FACES,
    IPAEX_GOTHIC,
    IPAEX_MINCHO,
    FontFamily,
    check_text,
    compose_marks,
    draw_text,
    font_draws,
    new_canvas,
    register_fonts,
    require_drawable,
    split_runs,
    string_width,
)
from privacydesk.errors import InvalidInput
from privacydesk.messages import render

MINCHO = FontFamily.MINCHO
GOTHIC = FontFamily.GOTHIC
FA19 = "\ufa19"  # 神, a CJK compatibility ideograph: NFC would turn it into U+795E
SAMPLE = f"髙橋 﨑 德 濵 {FA19} Nguyễn Văn Đức JOÃO ①㈱ 令和8年"
BASE14 = ("Helvetica", "Times", "Courier", "Symbol", "ZapfDingbats")


def _cmap(face: fonts.FontFace) -> dict[int, str]:
    with FontToolsFont(str(face.path), lazy=True) as tt:
        return dict(tt.getBestCmap())


def _has_outline(face: fonts.FontFace, char: str) -> bool:
    """Independently of the module: does the glyph for `char` have contours or components?"""
    with FontToolsFont(str(face.path)) as tt:
        glyph = tt["glyf"][tt.getBestCmap()[ord(char)]]
        return bool(glyph.numberOfContours)


def _pdf(lines: list[tuple[str, FontFamily]], size: float = 14) -> bytes:
    buffer = io.BytesIO()
    canvas = new_canvas(buffer, pagesize=(595, 842))
    y = 800.0
    for text, family in lines:
        draw_text(canvas, 40, y, text, family, size)
        y -= size * 2
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def _fonts_in(pdf: bytes) -> list[dict[str, Any]]:
    """Every font dictionary (with descendants) on every page."""
    found: list[dict[str, Any]] = []
    for page in PdfReader(io.BytesIO(pdf)).pages:
        resources = page["/Resources"].get_object()
        for ref in resources.get("/Font", {}).values():
            font = ref.get_object()
            found.append(font)
            found += [d.get_object() for d in font.get("/DescendantFonts", [])]
    return found


# --- Coverage facts (what the chain is built on) --------------------------------------------


def test_coverage_facts_seen_with_fonttools() -> None:
    ipaex, serif, sans = _cmap(IPAEX_MINCHO), _cmap(DEJAVU_SERIF), _cmap(DEJAVU_SANS)
    for ch in "ễươạĐ":
        assert ord(ch) not in ipaex, ch
        assert ord(ch) in serif and ord(ch) in sans, ch
    for ch in "髙﨑德濵①㈱ãÃÇăĂ" + FA19:
        assert ord(ch) in ipaex, ch
    for ch in "髙﨑①":
        assert ord(ch) not in serif, ch
    # IPAex maps a few code points to glyphs with no outline: a cmap-only check passes them.
    assert 0xF860 in ipaex
    assert not _has_outline(IPAEX_MINCHO, "\uf860")
    assert not font_draws(IPAEX_MINCHO, "\uf860")
    assert not font_draws(DEJAVU_SERIF, "\ufffc")
    assert 0xFFFC in serif and 0xFFFC not in ipaex
    assert font_draws(IPAEX_MINCHO, "髙") and font_draws(DEJAVU_SERIF, "ễ")
    assert font_draws(IPAEX_MINCHO, "\u3000")  # whitespace: empty glyph, legitimately
    # IPAex lists characters outside the BMP (U+2F8xx) in its cmap; they are refused anyway.
    assert any(cp > 0xFFFF for cp in ipaex)


def test_check_and_printer_agree_on_glyphs() -> None:
    """What fontTools says a font draws is what reportlab will use: same glyph ids."""
    register_fonts()
    for face in FACES:
        printer = pdfmetrics.getFont(face.name).face.charToGlyph
        with FontToolsFont(str(face.path), lazy=True) as tt:
            cmap = tt.getBestCmap()
            drawn = fonts._coverage(face).drawn  # the module's own set
            assert len(drawn) > 3000, face.name
            for cp in drawn:
                if cp > 0xFFFF or unicodedata.category(chr(cp)) == "Zs":
                    continue  # reportlab maps no-break space to the space glyph on purpose
                assert printer.get(cp) == tt.getGlyphID(cmap[cp]), (face.name, hex(cp))


# --- Registration and canvas ----------------------------------------------------------------


def test_register_is_idempotent() -> None:
    register_fonts()
    register_fonts()
    names = pdfmetrics.getRegisteredFontNames()
    for face in FACES:
        assert names.count(face.name) == 1, face.name


def test_every_font_in_the_pdf_is_embedded_and_subset() -> None:
    pdf = _pdf([(SAMPLE, MINCHO), (SAMPLE, GOTHIC)])
    found = _fonts_in(pdf)
    base_fonts = {str(f["/BaseFont"]) for f in found}
    for name in ("IPAexMincho", "DejaVuSerif", "IPAexGothic", "DejaVuSans"):
        assert any(b.endswith("+" + name) for b in base_fonts), (name, base_fonts)
    for font in found:
        base = str(font["/BaseFont"])
        assert not any(b in base for b in BASE14), base
        descriptor = font.get("/FontDescriptor")
        if descriptor is None:
            assert font["/Subtype"] == "/Type0", base  # only a composite font's outer dict
            continue
        file2 = descriptor.get_object()["/FontFile2"].get_object()
        # A subset: far smaller than the 7.8 MB IPAex file.
        assert len(file2.get_data()) < 200_000, base
    for name in BASE14:
        assert b"/" + name.encode() not in pdf


def test_a_plain_canvas_would_add_helvetica() -> None:
    """The control for the test above: without initialFontName, Helvetica appears."""
    register_fonts()
    buffer = io.BytesIO()
    canvas = Canvas(buffer)
    draw_text(canvas, 40, 800, "髙橋", MINCHO, 12)
    canvas.showPage()
    canvas.save()
    assert b"/Helvetica" in buffer.getvalue()
    buffer = io.BytesIO()
    canvas = new_canvas(buffer)
    draw_text(canvas, 40, 800, "髙橋", MINCHO, 12)
    canvas.showPage()
    canvas.save()
    assert b"/Helvetica" not in buffer.getvalue()


def test_new_canvas_writes_to_a_path(tmp_path: Path) -> None:
    target = tmp_path / "out.pdf"
    canvas = new_canvas(target)
    draw_text(canvas, 40, 800, "Nguyễn 髙橋", MINCHO, 12)
    canvas.save()
    assert PdfReader(target).pages[0].extract_text().strip() == "Nguyễn 髙橋"


# --- The text layer read back ---------------------------------------------------------------


def test_text_reads_back_exactly() -> None:
    pdf = _pdf([(SAMPLE, MINCHO), (SAMPLE, GOTHIC)])
    text = PdfReader(io.BytesIO(pdf)).pages[0].extract_text()
    lines = [line for line in text.splitlines() if line.strip()]
    assert len(lines) == 2
    for line in lines:
        # Code point by code point: no normalisation, no substitution, nothing dropped.
        assert [f"{ord(c):04X}" for c in line if not c.isspace()] == [
            f"{ord(c):04X}" for c in SAMPLE if not c.isspace()
        ]
        assert line == SAMPLE
    assert FA19 in text and "\u795e" not in text


def test_decomposed_marks_print_composed() -> None:
    pdf = _pdf([("Nguye\u0302\u0303n", MINCHO)])
    assert PdfReader(io.BytesIO(pdf)).pages[0].extract_text().strip() == "Nguyễn"


# --- Runs -----------------------------------------------------------------------------------


def test_split_runs_keeps_a_word_in_one_font() -> None:
    runs = split_runs(SAMPLE, MINCHO)
    by_font: dict[str, str] = {}
    for name, text in runs:
        by_font[name] = by_font.get(name, "") + text
    # Nguyễn whole in DejaVu Serif, never "Nguy" in IPAex and "ễn" elsewhere.
    assert any("Nguyễn" in text for name, text in runs if name == "DejaVuSerif")
    assert "Nguy" not in by_font["IPAexMincho"]
    assert "Đức" in by_font["DejaVuSerif"]
    for ch in "髙橋﨑德濵①㈱令和年" + FA19:
        assert ch in by_font["IPAexMincho"] and ch not in by_font["DejaVuSerif"], ch
    # JOÃO: IPAex has every letter, so it stays with the Japanese font.
    assert "JOÃO" in by_font["IPAexMincho"]
    assert "".join(text for _, text in runs) == SAMPLE
    # Adjacent runs of the same font are merged.
    assert all(a[0] != b[0] for a, b in itertools.pairwise(runs))


def test_split_runs_gothic_and_word_joiners() -> None:
    runs = split_runs("O'Brien-Trần 髙橋", GOTHIC)
    assert runs[0] == ("DejaVuSans", "O'Brien-Trần ")
    assert runs[1] == ("IPAexGothic", "髙橋")


def test_punctuation_joins_a_neighbour() -> None:
    runs = split_runs("(Nguyễn), 髙橋", MINCHO)
    assert runs == [("DejaVuSerif", "(Nguyễn), "), ("IPAexMincho", "髙橋")]
    # Japanese punctuation stays with IPAex.
    assert split_runs("Nguyễn、髙橋", MINCHO) == [
        ("DejaVuSerif", "Nguyễn"),
        ("IPAexMincho", "、髙橋"),
    ]


def test_split_runs_refuses_what_it_cannot_draw() -> None:
    with pytest.raises(InvalidInput) as caught:
        split_runs("吉田𠮷", MINCHO)
    assert caught.value.problems == [
        ("text", "glyph.outside_bmp", {"position": 3, "char": "𠮷", "codepoint": "U+20BB7"})
    ]
    with pytest.raises(ValueError, match="one line"):
        split_runs("a\nb", MINCHO)


def test_string_width_measures_across_runs() -> None:
    register_fonts()
    text = "Nguyễn 髙橋"
    expected = pdfmetrics.stringWidth("Nguyễn ", "DejaVuSerif", 10) + pdfmetrics.stringWidth(
        "髙橋", "IPAexMincho", 10
    )
    assert string_width(text, MINCHO, 10) == pytest.approx(expected)
    assert string_width("髙橋", MINCHO, 10) == pytest.approx(20.0)  # full-width: 1 em each
    assert string_width("", MINCHO, 10) == 0
    buffer = io.BytesIO()
    end = draw_text(new_canvas(buffer), 40, 700, text, MINCHO, 10)
    assert end == pytest.approx(40 + expected)


# --- The check ------------------------------------------------------------------------------

REFUSED = [
    # (text, family, code, position, char, codepoint)
    ("髙橋\ue000", MINCHO, "glyph.private_use", 3, "\ue000", "U+E000"),
    ("吉田𠮷子", MINCHO, "glyph.outside_bmp", 3, "𠮷", "U+20BB7"),
    ("a\u0007b", MINCHO, "glyph.control", 2, "", "U+0007"),
    ("a\tb", MINCHO, "glyph.control", 2, "", "U+0009"),
    ("髙\u200b橋", MINCHO, "glyph.control", 2, "", "U+200B"),  # zero-width space
    ("x\u0378", MINCHO, "glyph.unassigned", 2, "\u0378", "U+0378"),
    # U+F860: IPAex maps it to an empty glyph; it is private use, and refused as such.
    ("髙\uf860", MINCHO, "glyph.private_use", 2, "\uf860", "U+F860"),
    # U+FFFC: not in IPAex; DejaVu Serif maps it to an empty glyph.
    ("ab\ufffc", MINCHO, "glyph.empty_glyph", 3, "\ufffc", "U+FFFC"),
    ("\u2800", GOTHIC, "glyph.empty_glyph", 1, "\u2800", "U+2800"),
    ("नेपाल", MINCHO, "glyph.undrawable", 1, "न", "U+0928"),
    ("Jo\u0104\u0306", MINCHO, "glyph.unjoined_mark", 4, "\u0306", "U+0306"),
    (FA19 + "\u0301", MINCHO, "glyph.unjoined_mark", 2, "\u0301", "U+0301"),
    ("שלום", GOTHIC, "glyph.needs_shaping", 1, "ש", "U+05E9"),  # DejaVu Sans has Hebrew
]


# Codes whose message shows the character itself (not a control, mark or unassigned one).
SHOWN = {
    "glyph.outside_bmp",
    "glyph.private_use",
    "glyph.empty_glyph",
    "glyph.undrawable",
    "glyph.needs_shaping",
}


@pytest.mark.parametrize(("text", "family", "code", "position", "char", "codepoint"), REFUSED)
def test_check_text_refuses(
    text: str, family: FontFamily, code: str, position: int, char: str, codepoint: str
) -> None:
    problems = check_text("addressee.name", text, family)
    assert problems, text
    first = problems[0]
    assert (first.field, first.code, first.position, first.char, first.codepoint) == (
        "addressee.name",
        code,
        position,
        char,
        codepoint,
    )
    for lang in ("ja", "en"):
        message = render(code, lang, **first.as_problem()[2])
        assert codepoint in message and str(position) in message
        if code in SHOWN:
            assert char in message


def test_check_text_accepts_names_and_line_breaks() -> None:
    assert check_text("body", SAMPLE, MINCHO) == []
    assert check_text("body", SAMPLE, GOTHIC) == []
    assert check_text("address", "東京都千代田区1-2-3\n髙橋ビル 4F", MINCHO) == []
    assert check_text("name", "Nguye\u0302\u0303n", MINCHO) == []  # composes to ễ
    assert check_text("name", "JOÃO da Silva, Ma. Cristina DELA CRUZ", GOTHIC) == []
    assert check_text("name", "Bishnu Prasad Shrestha　ｶﾞｰﾙ\u3000Ｎｏ．１", MINCHO) == []
    assert check_text("empty", "", MINCHO) == []


def test_positions_count_characters_as_typed() -> None:
    # N g u y e ^ ~ n <U+E000>: the private-use character is the 9th character typed.
    problems = check_text("name", "Nguye\u0302\u0303n\ue000", MINCHO)
    assert [(p.code, p.position) for p in problems] == [("glyph.private_use", 9)]
    problems = check_text("name", "𠮷田\U00020bb7", MINCHO)
    assert [p.position for p in problems] == [1, 3]


def test_require_drawable_names_every_field() -> None:
    fields = {
        "addressee.name": "𠮷田 太郎",
        "addressee.address": "東京都\n千代田区",
        "body1": "ご本人\ue000様",
    }
    with pytest.raises(InvalidInput) as caught:
        require_drawable(fields, MINCHO)
    error = caught.value
    assert error.code == "glyph.problems"
    assert error.params == {"count": 2}
    assert error.problems == [
        (
            "addressee.name",
            "glyph.outside_bmp",
            {"position": 1, "char": "𠮷", "codepoint": "U+20BB7"},
        ),
        ("body1", "glyph.private_use", {"position": 4, "char": "\ue000", "codepoint": "U+E000"}),
    ]
    # Pairs work as well as a mapping, and clean fields pass.
    require_drawable([("a", "髙橋"), ("b", "Nguyễn")], MINCHO)
    # The messages name the position, character and code point in both languages.
    for field, code, params in error.problems:
        for lang in ("ja", "en"):
            text = render(code, lang, **params)
            assert str(params["position"]) in text and params["codepoint"] in text, (field, lang)
            assert params["char"] in text
    assert "2" in render(error.code, "ja", **error.params)


def test_control_message_hides_the_character() -> None:
    (problem,) = check_text("note", "a\x1bb", MINCHO)
    assert problem.char == ""
    assert "U+001B" in render(problem.code, "en", **problem.as_problem()[2])


def test_lone_surrogate_is_refused_without_showing_it() -> None:
    (problem,) = check_text("name", "a\ud842b", MINCHO)
    assert (problem.code, problem.position, problem.char) == ("glyph.control", 2, "")


# Mostly characters names are made of (so most examples pass the check), some of anything.
NAME_CHARS = st.sampled_from(SAMPLE + "ễươạĐăâêôíìỹ'-.,()（）・ー　ｱﾞ\u0302\u0303\u0301ℓ①")
ANY_CHAR = st.characters(exclude_characters="\n")


@settings(max_examples=300)
@given(st.text(alphabet=st.one_of(NAME_CHARS, NAME_CHARS, ANY_CHAR), max_size=30))
def test_no_silent_blank(text: str) -> None:
    """Whatever passes the check is split into runs whose font really draws each character."""
    if check_text("f", text, MINCHO):
        with pytest.raises(InvalidInput):
            split_runs(text, MINCHO)
        return
    runs = split_runs(text, MINCHO)
    assert "".join(run for _, run in runs) == compose_marks(text)
    faces = {face.name: face for face in FACES}
    for name, run in runs:
        for ch in run:
            assert font_draws(faces[name], ch), (name, hex(ord(ch)))


def test_draw_text_refuses_and_draws_nothing() -> None:
    buffer = io.BytesIO()
    canvas = new_canvas(buffer)
    with pytest.raises(InvalidInput):
        draw_text(canvas, 40, 700, "髙\ue000", MINCHO, 12)
    with pytest.raises(ValueError, match="one line"):
        draw_text(canvas, 40, 700, "a\nb", MINCHO, 12)


# --- Composition ----------------------------------------------------------------------------


def test_compose_marks() -> None:
    assert compose_marks("Nguye\u0302\u0303n") == "Nguyễn"
    assert compose_marks("Vă\u0300n") == "Vằn"
    assert compose_marks("か\u3099") == "が"
    # Compatibility ideographs and half-width kana stay as they are (NFC/NFKC would not).
    assert compose_marks(FA19) == FA19
    assert unicodedata.normalize("NFC", FA19) != FA19
    assert compose_marks("ｱ") == "ｱ"
    assert compose_marks("ｶﾞ") == "ｶﾞ"
    assert compose_marks("\u212b") == "\u212b"  # ANGSTROM SIGN, which NFC changes to Å
    # A base NFC would change is not composed with its marks either.
    assert compose_marks(FA19 + "\u0301") == FA19 + "\u0301"
    # A mark with no precomposed form stays after its letter.
    assert compose_marks("q\u0303") == "q\u0303"


@given(st.text())
def test_compose_marks_changes_nothing_without_marks(text: str) -> None:
    if not any(unicodedata.category(c)[0] == "M" for c in text):
        assert compose_marks(text) == text
    assert compose_marks(compose_marks(text)) == compose_marks(text)


# --- The glyph drawn is the font's own (rendered with QtPdf) --------------------------------

SCALE = 2  # pixels per point
PAIRS = [
    # (character, look-alike, family, the font file that should draw the character)
    ("髙", "高", MINCHO, IPAEX_MINCHO),
    (FA19, "\u795e", MINCHO, IPAEX_MINCHO),
    ("﨑", "崎", GOTHIC, IPAEX_GOTHIC),
    ("ễ", "ế", MINCHO, DEJAVU_SERIF),  # tilde or acute above the circumflex
]


def _flatten(image: Any) -> Any:
    """QtPdf renders onto a transparent background: the image over white, in grayscale."""
    from PySide6.QtGui import QColor, QImage, QPainter

    flat = QImage(image.size(), QImage.Format.Format_RGB32)
    flat.fill(QColor("white"))
    painter = QPainter(flat)
    painter.drawImage(0, 0, image)
    painter.end()
    return flat.convertToFormat(QImage.Format.Format_Grayscale8)


def _gray(image: Any) -> tuple[int, int, bytes]:
    image = _flatten(image)
    w, h, stride = image.width(), image.height(), image.bytesPerLine()
    data = bytes(image.constBits())
    return w, h, b"".join(data[y * stride : y * stride + w] for y in range(h))


def _ink(image: Any) -> Any:
    """The image cropped to its ink and scaled to 48x48, as a grayscale QImage."""
    from PySide6.QtCore import QRect, QSize, Qt
    from PySide6.QtGui import QImage

    image = _flatten(image)
    w, h, pixels = _gray(image)
    xs = [x for x in range(w) if any(pixels[y * w + x] < 128 for y in range(h))]
    ys = [y for y in range(h) if any(pixels[y * w + x] < 128 for x in range(w))]
    assert xs and ys, "no ink: the glyph printed as a blank"
    crop = image.copy(QRect(xs[0], ys[0], xs[-1] - xs[0] + 1, ys[-1] - ys[0] + 1))
    return crop.scaled(
        QSize(48, 48),
        Qt.AspectRatioMode.IgnoreAspectRatio,
        Qt.TransformationMode.SmoothTransformation,
    ).convertToFormat(QImage.Format.Format_Grayscale8)


def _distance(a: Any, b: Any) -> float:
    _, _, pa = _gray(a)
    _, _, pb = _gray(b)
    return sum(abs(x - y) for x, y in zip(pa, pb, strict=True)) / len(pa)


def _font_drawing(face: fonts.FontFace, char: str, pixel_size: int) -> Any:
    """The character as Qt draws it straight from the font file (no reportlab, no PDF)."""
    from PySide6.QtCore import QRect, Qt
    from PySide6.QtGui import QColor, QFont, QFontDatabase, QImage, QPainter

    font_id = QFontDatabase.addApplicationFont(str(face.path))
    assert font_id >= 0, face.file
    family = QFontDatabase.applicationFontFamilies(font_id)[0]
    font = QFont(family)
    font.setPixelSize(pixel_size)
    font.setStyleStrategy(QFont.StyleStrategy.NoFontMerging)  # this font or nothing
    image = QImage(pixel_size * 2, pixel_size * 2, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.setFont(font)
    painter.setPen(QColor("black"))
    painter.drawText(QRect(0, 0, image.width(), image.height()), Qt.AlignmentFlag.AlignCenter, char)
    painter.end()
    return image


@pytest.mark.parametrize(("char", "other", "family", "face"), PAIRS)
def test_pdf_draws_the_fonts_own_glyph(
    qapp: Any, tmp_path: Path, char: str, other: str, family: FontFamily, face: fonts.FontFace
) -> None:
    from PySide6.QtCore import QRect, QSize
    from PySide6.QtPdf import QPdfDocument

    size = 100
    width, height = 400, 200
    path = tmp_path / "glyphs.pdf"
    canvas = new_canvas(path, pagesize=(width, height))
    # The character in the left half, its look-alike in the right half.
    draw_text(canvas, 50, 60, char, family, size)
    draw_text(canvas, 250, 60, other, family, size)
    canvas.showPage()
    canvas.save()
    # Both are drawn by the font under test (IPAex has ê, but neither ễ nor ế).
    assert split_runs(char, family) == [(face.name, char)]
    assert split_runs(other, family) == [(face.name, other)]

    document = QPdfDocument()
    assert document.load(str(path)) == QPdfDocument.Error.None_
    page = document.render(0, QSize(width * SCALE, height * SCALE))
    assert not page.isNull()
    half = width * SCALE // 2
    drawn = _ink(page.copy(QRect(0, 0, half, height * SCALE)))
    drawn_other = _ink(page.copy(QRect(half, 0, half, height * SCALE)))

    own = _ink(_font_drawing(face, char, size * SCALE))
    look_alike = _ink(_font_drawing(face, other, size * SCALE))
    assert _distance(own, look_alike) > 3, "the pair must differ for the test to mean anything"
    # The PDF's glyph is the font's own, not its look-alike (髙 is not drawn as 高) ...
    assert _distance(drawn, own) < _distance(drawn, look_alike) / 2
    # ... and the look-alike is drawn as itself, so the comparison can tell them apart.
    assert _distance(drawn_other, look_alike) < _distance(drawn_other, own) / 2
    document.close()
