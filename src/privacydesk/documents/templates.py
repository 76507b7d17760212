"""Letter templates: the wording lives in text files with named placeholders, no logic.

A template is a small sectioned text (see resources/letters/README.md):

    style = letter            # letter (拝啓 … 敬具) | reply (拝復 … 敬具) | notice (通知書)
    subject = {subject_kind}について
    required = received_date, addressee_name
    [body]
    さて、{received_date}付けで…
    [ki]
    {*items}
    [contact]
    …

Flat values are `{name}`; a list is `{*name}` alone on a line and becomes numbered 記 items.
Unknown or missing placeholders are refused with their name, never printed as braces.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from privacydesk.errors import InvalidInput
from privacydesk.resources import resources_dir

STYLES = ("letter", "reply", "notice", "form")
SECTIONS = ("body", "ki", "contact", "note")
HEADER_KEYS = ("style", "subject", "required", "title")
_PLACEHOLDER = re.compile(r"\{(\*?)([a-z][a-z0-9_]*)\}")
_ANY_BRACE = re.compile(r"[{}]")

Values = Mapping[str, str | Sequence[str]]


@dataclass(frozen=True)
class Template:
    kind: str
    style: str
    subject: str
    title: str
    required: tuple[str, ...]
    sections: dict[str, str] = field(default_factory=dict)

    def placeholders(self) -> set[str]:
        texts = [self.subject, self.title, *self.sections.values()]
        return {m.group(2) for t in texts for m in _PLACEHOLDER.finditer(t)}


@dataclass(frozen=True)
class Filled:
    """A template with its values in: plain text, ready for the layout."""

    style: str
    subject: str
    title: str
    body: list[str]  # paragraphs
    ki: list[str]  # numbered items of the 記 block
    contact: list[str]
    note: list[str]


def default_text(kind: str) -> str:
    path = resources_dir() / "letters" / f"{kind}.txt"
    try:
        return path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise InvalidInput("template.unknown_kind", kind=kind[:60]) from None


def default_kinds() -> list[str]:
    return sorted(p.stem for p in (resources_dir() / "letters").glob("*.txt"))


def parse(kind: str, text: str, known: set[str] | None = None) -> Template:
    """Read a template; with `known`, refuse placeholders the code does not provide."""
    header: dict[str, str] = {}
    sections: dict[str, list[str]] = {}
    current: str | None = None
    for number, raw in enumerate(text.splitlines(), start=1):
        line = raw.rstrip()
        if current is None and (not line.strip() or line.lstrip().startswith("#")):
            continue
        section = re.fullmatch(r"\[(\w+)\]", line.strip())
        if section:
            current = section.group(1)
            if current not in SECTIONS:
                raise InvalidInput("template.unknown_section", section=current[:20], line=number)
            sections[current] = []
            continue
        if current is None:
            key, sep, value = line.partition("=")
            if not sep or key.strip() not in HEADER_KEYS:
                raise InvalidInput("template.bad_header", line=number)
            header[key.strip()] = value.strip()
        else:
            sections[current].append(line)
    style = header.get("style", "letter")
    if style not in STYLES:
        raise InvalidInput("template.bad_style", style=style[:20])
    required = tuple(r.strip() for r in header.get("required", "").split(",") if r.strip())
    template = Template(
        kind=kind,
        style=style,
        subject=header.get("subject", ""),
        title=header.get("title", ""),
        required=required,
        sections={k: "\n".join(v).strip("\n") for k, v in sections.items()},
    )
    _check_braces(template)
    if known is not None:
        unknown = sorted(template.placeholders() - known)
        if unknown:
            raise InvalidInput("template.unknown_placeholder", name=unknown[0], count=len(unknown))
        missing_required = sorted(set(required) - known)
        if missing_required:
            raise InvalidInput(
                "template.unknown_placeholder",
                name=missing_required[0],
                count=len(missing_required),
            )
    return template


def _check_braces(template: Template) -> None:
    for text in [template.subject, template.title, *template.sections.values()]:
        stripped = _PLACEHOLDER.sub("", text)
        if _ANY_BRACE.search(stripped):
            raise InvalidInput("template.stray_brace")
    # A list placeholder stands alone on a line of a section; anywhere else it is refused
    # now, not only when a list value happens to be filled in.
    lines = [template.subject, template.title]
    lines += [line for text in template.sections.values() for line in text.splitlines()]
    for index, line in enumerate(lines):
        for m in _PLACEHOLDER.finditer(line):
            alone = index >= 2 and m.group(0) == line.strip()
            if m.group(1) == "*" and not alone:
                raise InvalidInput("template.list_in_text", name=m.group(2))


def _blank(value: str | Sequence[str] | None) -> bool:
    """No value, or only white space (an empty list, or a list of blank items)."""
    if value is None or isinstance(value, str):
        return not (value or "").strip()
    return all(not str(item).strip() for item in value)


def _flat(value: str | Sequence[str], name: str) -> str:
    if isinstance(value, str):
        return value
    raise InvalidInput("template.list_in_text", name=name)


def fill(template: Template, values: Values) -> Filled:
    """Put the values in. Every placeholder must have a value; required ones non-empty."""
    missing = [n for n in template.placeholders() if n not in values]
    empty = [n for n in template.required if _blank(values.get(n))]
    if missing or empty:
        name = sorted(missing or empty)[0]
        raise InvalidInput("template.missing_value", name=name)

    def sub(text: str) -> str:
        return _PLACEHOLDER.sub(lambda m: _flat(values[m.group(2)], m.group(2)), text)

    def lines(section: str) -> list[str]:
        out: list[str] = []
        for line in template.sections.get(section, "").splitlines():
            only = _PLACEHOLDER.fullmatch(line.strip())
            if only and only.group(1) == "*":
                value = values[only.group(2)]
                out.extend([value] if isinstance(value, str) else list(value))
            else:
                out.append(sub(line))
        return out

    return Filled(
        style=template.style,
        subject=sub(template.subject),
        title=sub(template.title),
        body=_paragraphs(lines("body")),
        ki=[x for x in lines("ki") if x.strip()],
        contact=[x for x in lines("contact") if x.strip()],
        note=_paragraphs(lines("note")),
    )


# A line starting with one of these is an item of its own, not the continuation of the line
# above: "・本人確認書類…" and "・代理人…" on consecutive lines stay two paragraphs.
BULLETS = tuple("・※●○■□◆◇")


def _paragraphs(lines: list[str]) -> list[str]:
    """Consecutive lines join into one paragraph; a blank line, or a line starting with a
    bullet, starts a new one."""
    paragraphs: list[str] = []
    buf: list[str] = []
    for line in [*lines, ""]:
        text = line.strip()
        if buf and (not text or text.startswith(BULLETS)):
            paragraphs.append("".join(buf))
            buf = []
        if text:
            buf.append(text)
    return paragraphs
