"""A conventional substitute (吉 for 𠮷) is printed only with agreement and noted on the record;
without it the glyph check refuses the name."""

from __future__ import annotations

from datetime import date

import pytest

from privacydesk.domain import documents as docs
from privacydesk.errors import InvalidInput
from privacydesk.services import documents, profile
from privacydesk.services.desk import Desk
from privacydesk.services.documents import Addressee


def test_substitute_replaces_only_agreed_characters() -> None:
    printed, note = documents.substitute("𠮷田 𠮷子", {"𠮷": "吉"})
    assert printed == "吉田 吉子"
    assert note == "𠮷(U+20BB7)→吉"
    assert documents.substitute("髙橋", {"𠮷": "吉"}) == ("髙橋", "")


def test_letter_with_substitute_is_noted_and_without_it_refused(desk: Desk) -> None:
    profile.save_profile(desk, profile.ProfileData(name="特定非営利活動法人 ひまわり"))
    name = "𠮷田 花子"
    with pytest.raises(InvalidInput) as info:
        documents.issue_cover_letter(
            desk,
            Addressee(name=name, postal_code="100-0001", address="東京都千代田区1-1"),
            ["委任状 1部"],
        )
    assert info.value.problems[0][1] == "glyph.outside_bmp"
    printed, note = documents.substitute(name, {"𠮷": "吉"})
    with desk.uow(write=True) as s:
        number, _pdf = documents.issue_letter(
            desk,
            s,
            "form-cover",
            Addressee(name=printed, postal_code="100-0001", address="東京都千代田区1-1"),
            {"enclosures": ["委任状 1部"]},
            record_type="enquiry",
            record_id="7",
            today=date(2026, 11, 24),
            substitution_note=note,
        )
    assert number == "個保第8-001号"
    with desk.uow() as s:
        (issued,) = docs.issued_for(s, "enquiry", "7")
        assert issued.substitution_note == "𠮷(U+20BB7)→吉"
