"""Letter templates: parsing refuses what would print wrong (naming it), and filling puts
values in literally, in one pass."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from privacydesk.documents import templates
from privacydesk.documents.templates import fill, parse
from privacydesk.errors import InvalidInput
from privacydesk.messages import render
from privacydesk.services import documents as services

KNOWN = {"org_name", "desk_phone", "items", "received_date"}

BASIC = """\
# a comment before the header
style = letter
subject = {received_date}付けのご請求について
required = org_name, received_date

[body]
さて、{received_date}付けでご請求のありました件について、
ご連絡いたします。

{org_name}より。
[ki]
{*items}
電話：{desk_phone}
[contact]
{org_name}
"""
VALUES: dict[str, str | list[str]] = {
    "org_name": "みどりの会",
    "desk_phone": "03-1234-5678",
    "items": ["請求書　1部", "委任状　1部"],
    "received_date": "令和8年11月24日",
}


def refused(text: str, known: set[str] | None = KNOWN) -> InvalidInput:
    with pytest.raises(InvalidInput) as info:
        parse("test", text, known)
    # Every refusal has a message in both languages, with its parameters filled in.
    for lang in ("ja", "en"):
        message = render(info.value.code, lang, **info.value.params)
        assert info.value.code not in message
    return info.value


def test_parse_and_fill() -> None:
    t = parse("test", BASIC, KNOWN)
    assert t.style == "letter"
    assert t.required == ("org_name", "received_date")
    assert t.placeholders() == KNOWN
    f = fill(t, VALUES)
    assert f.subject == "令和8年11月24日付けのご請求について"
    # Lines join into paragraphs; a blank line starts a new one.
    assert f.body == [
        "さて、令和8年11月24日付けでご請求のありました件について、ご連絡いたします。",
        "みどりの会より。",
    ]
    # The list placeholder expands into 記 items, in order, before the following line.
    assert f.ki == ["請求書　1部", "委任状　1部", "電話：03-1234-5678"]
    assert f.contact == ["みどりの会"]
    assert f.note == [] and f.title == ""


def test_unknown_placeholder_is_refused_naming_it() -> None:
    error = refused(BASIC.replace("{desk_phone}", "{desk_fax}"))
    assert error.code == "template.unknown_placeholder"
    assert error.params == {"name": "desk_fax", "count": 1}
    assert "desk_fax" in render(error.code, "ja", **error.params)
    # Two unknown ones: the first (alphabetically) is named, and the count says two.
    error = refused(BASIC.replace("{desk_phone}", "{zz_top} {aa_one}"))
    assert error.params == {"name": "aa_one", "count": 2}
    # A required name the code does not provide is refused too.
    error = refused(BASIC.replace("required = org_name", "required = org_nmae"))
    assert error.params["name"] == "org_nmae"
    # Without `known`, any well-formed placeholder parses.
    assert "desk_fax" in parse("test", BASIC.replace("{desk_phone}", "{desk_fax}")).placeholders()


@pytest.mark.parametrize("empty", ["", "   ", "\u3000", []])
def test_required_value_empty_is_refused_naming_it(empty: str | list[str]) -> None:
    t = parse("test", BASIC, KNOWN)
    with pytest.raises(InvalidInput) as info:
        fill(t, {**VALUES, "org_name": empty})
    assert info.value.code == "template.missing_value"
    assert info.value.params == {"name": "org_name"}


def test_missing_value_is_refused_naming_it() -> None:
    t = parse("test", BASIC, KNOWN)
    values = dict(VALUES)
    del values["desk_phone"]
    with pytest.raises(InvalidInput) as info:
        fill(t, values)
    assert info.value.code == "template.missing_value"
    assert info.value.params == {"name": "desk_phone"}
    # A placeholder that is not required may be empty.
    assert fill(t, {**VALUES, "desk_phone": ""}).ki[-1] == "電話："


@pytest.mark.parametrize(
    "bad",
    [
        "{org_name",
        "org_name}",
        "{{org_name}}",
        "{Org_name}",
        "{ org_name }",
        "{}",
        "{1st}",
        "全角の｛は構わない {",
    ],
)
def test_stray_braces_are_refused(bad: str) -> None:
    error = refused(BASIC.replace("{org_name}より。", bad))
    assert error.code == "template.stray_brace"
    error = refused(BASIC.replace("subject = {received_date}", f"subject = {bad}"))
    assert error.code == "template.stray_brace"


def test_full_width_braces_are_text() -> None:
    t = parse("test", BASIC.replace("{org_name}より。", "｛注｝{org_name}より。"), KNOWN)
    assert fill(t, VALUES).body[1] == "｛注｝みどりの会より。"


def test_unknown_section_is_refused_with_its_line() -> None:
    error = refused(BASIC.replace("[contact]", "[kontakt]"))
    assert error.code == "template.unknown_section"
    assert error.params == {"section": "kontakt", "line": 14}


@pytest.mark.parametrize(
    ("header", "line"),
    [
        ("styel = letter", 2),
        ("style letter", 2),
        ("= letter", 2),
    ],
)
def test_bad_header_is_refused_with_its_line(header: str, line: int) -> None:
    error = refused(BASIC.replace("style = letter", header))
    assert error.code == "template.bad_header"
    assert error.params == {"line": line}


def test_text_before_any_section_is_a_bad_header() -> None:
    error = refused(
        BASIC.replace("required = org_name, received_date\n", "required = org_name\n本文\n")
    )
    assert error.code == "template.bad_header"
    assert error.params == {"line": 5}


def test_bad_style_is_refused() -> None:
    error = refused(BASIC.replace("style = letter", "style = memo"))
    assert error.code == "template.bad_style"
    assert error.params == {"style": "memo"}


@pytest.mark.parametrize("style", templates.STYLES)
def test_every_style_parses(style: str) -> None:
    assert parse("test", BASIC.replace("style = letter", f"style = {style}"), KNOWN).style == style


@pytest.mark.parametrize(
    "line",
    [
        "同封書類：{*items}",
        "{*items}　以上",
        "{*items}{*items}",
    ],
)
def test_list_placeholder_inside_a_text_line_is_refused(line: str) -> None:
    error = refused(BASIC.replace("{*items}", line))
    assert error.code == "template.list_in_text"
    assert error.params["name"] == "items"


def test_list_placeholder_in_the_subject_is_refused() -> None:
    error = refused(BASIC.replace("subject = {received_date}", "subject = {*items}"))
    assert error.code == "template.list_in_text"


def test_list_value_in_a_flat_placeholder_is_refused_naming_it() -> None:
    t = parse("test", BASIC.replace("電話：{desk_phone}", "電話：{items}"), KNOWN)
    with pytest.raises(InvalidInput) as info:
        fill(t, VALUES)
    assert info.value.code == "template.list_in_text"
    assert info.value.params == {"name": "items"}


def test_list_placeholder_with_a_single_value() -> None:
    t = parse("test", BASIC, KNOWN)
    assert fill(t, {**VALUES, "items": "一通のみ"}).ki[0] == "一通のみ"
    # Empty list elements print no empty numbered item.
    assert fill(t, {**VALUES, "items": ["", "委任状", "  "]}).ki == ["委任状", "電話：03-1234-5678"]


LITERAL = """\
style = letter
subject = 件名{a}
[body]
前{a}中{b}後
[ki]
{*items}
項目{b}
"""
nasty = st.lists(
    st.one_of(
        st.sampled_from(
            [*list("{}*<>&%\\$\n\t \u3000"), "{a}", "{b}", "{*items}", "\\1", "\\g<0>"]
        ),
        st.characters(codec="utf-8", exclude_categories=["Cs"]),
    ),
    max_size=20,
).map("".join)


@settings(max_examples=300, deadline=None)
@given(a=nasty, b=nasty, items=st.lists(nasty, max_size=5))
def test_values_are_inserted_literally_in_one_pass(a: str, b: str, items: list[str]) -> None:
    t = parse("test", LITERAL, {"a", "b", "items"})
    f = fill(t, {"a": a, "b": b, "items": items})
    assert f.subject == f"件名{a}"
    assert f.body == [f"前{a}中{b}後"]
    assert f.ki == [*(i for i in items if i.strip()), f"項目{b}"]


@pytest.mark.parametrize("kind", templates.default_kinds())
def test_every_default_template_parses_with_its_known_fields(kind: str) -> None:
    known = services.known_fields(kind)
    t = parse(kind, templates.default_text(kind), known)
    assert t.placeholders() <= known
    assert "org_name" in t.required
    values: dict[str, str | list[str]] = {name: "値" for name in known}
    values.update({k: v for k, v in services.SAMPLE_VALUES.items() if k in known})
    f = fill(t, values)
    assert f.subject or f.title
    assert f.body


def test_default_kinds_are_the_shipped_files() -> None:
    assert templates.default_kinds() == sorted(services.KIND_FIELDS)
    with pytest.raises(InvalidInput) as info:
        templates.default_text("../secrets")
    assert info.value.code == "template.unknown_kind"
    with pytest.raises(InvalidInput) as info:
        services.known_fields("no-such-kind")
    assert info.value.code == "template.unknown_kind"


def test_bulleted_lines_stay_separate_paragraphs() -> None:
    text = BASIC.replace("{org_name}より。", "・一つ目の注意\n続きの文。\n・二つ目の注意\n※三つ目")
    f = fill(parse("test", text, KNOWN), VALUES)
    assert f.body[1:] == ["・一つ目の注意続きの文。", "・二つ目の注意", "※三つ目"]
    for kind in ("request-form", "power-of-attorney"):
        source = templates.default_text(kind)
        note = source.split("[note]\n")[1]
        t = parse(kind, source, services.known_fields(kind))
        f = fill(t, {name: "値" for name in services.known_fields(kind)})
        assert len(f.note) == note.count("\n・") + 1
        assert all(p.startswith("・") for p in f.note)
