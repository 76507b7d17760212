"""Disclosure by electronic means: the letter as an AES-256 encrypted PDF with the tables as
CSV attachments, checked by opening it with pypdf, with and without the password."""

from __future__ import annotations

import builtins
import csv
import functools
import io
import re
import tempfile
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader
from pypdf.constants import UserAccessPermissions
from pypdf.errors import FileNotDecryptedError
from pypdf.generic import ArrayObject, DictionaryObject
from tests.documents.test_letter import RARE_NAME, data

from privacydesk.documents import electronic, letter
from privacydesk.documents.electronic import attachment_names, csv_bytes, new_password, protect
from privacydesk.documents.tables import Table
from privacydesk.errors import InvalidInput

REGISTERED = Table(
    "ご本人の登録情報",
    ("項目", "内容"),
    (
        ("氏名", RARE_NAME),
        ("住所", "東京都渋谷区神宮前一丁目2番3号"),
        ("備考", "電話で相談、\n折り返し連絡済み"),
        ("計算式", '=HYPERLINK("http://example.invalid")'),
    ),
)
CONSULTATIONS = Table(
    "相談記録: 2026/11?",
    ("日付", "内容"),
    (("2026-11-01", "開示請求の方法について"), ("2026-11-05", "-5 は負の数")),
)


@functools.cache
def letter_pdf() -> bytes:
    return letter.render(data(attachments=(REGISTERED, CONSULTATIONS)))[0]


def protected(password: str) -> bytes:
    tables = (REGISTERED, CONSULTATIONS)
    files = dict(zip(attachment_names(tables), map(csv_bytes, tables), strict=True))
    return protect(letter_pdf(), password, files)


# --- The password ----------------------------------------------------------------------------


def test_password_is_sixteen_unambiguous_characters_in_four_groups() -> None:
    passwords = [new_password() for _ in range(200)]
    assert len(set(passwords)) == 200
    for p in passwords:
        assert re.fullmatch(r"[A-Za-z2-9]{4}(-[A-Za-z2-9]{4}){3}", p), p
        assert not set(p) & set("0Oo1lI")
        assert set(p.replace("-", "")) <= set(electronic.ALPHABET)
    used = set("".join(passwords).replace("-", ""))
    assert used & set("ABCDEFGHJKLMNPQRSTUVWXYZ")
    assert used & set("abcdefghijkmnpqrstuvwxyz")
    assert used & set("23456789")


# --- CSV -------------------------------------------------------------------------------------


def test_csv_is_utf8_with_bom_crlf_header_first() -> None:
    raw = csv_bytes(REGISTERED)
    assert raw.startswith(b"\xef\xbb\xbf")
    text = raw.decode("utf-8-sig")
    assert text.startswith("項目,内容\r\n")
    assert text.endswith("\r\n")
    rows = list(csv.reader(io.StringIO(text, newline="")))
    assert rows[0] == ["項目", "内容"]
    assert rows[1] == ["氏名", RARE_NAME]  # 神 (U+FA19) and the rest as written
    assert rows[3] == ["備考", "電話で相談、\n折り返し連絡済み"]  # quoted, line break kept


@pytest.mark.parametrize(
    ("cell", "written"),
    [
        ("=1+1", "'=1+1"),
        ("+81 3 1234", "'+81 3 1234"),
        ("-5", "'-5"),
        ("@SUM(A1)", "'@SUM(A1)"),
        ("\tx", "'\tx"),
        ("\rx", "'\rx"),
        ("＝1+1", "'＝1+1"),
        ("a=b", "a=b"),
        (" =1", " =1"),
        ("", ""),
    ],
)
def test_csv_cells_that_would_start_a_formula_are_prefixed(cell: str, written: str) -> None:
    table = Table("t", ("=header",), ((cell,),))
    rows = list(csv.reader(io.StringIO(csv_bytes(table).decode("utf-8-sig"), newline="")))
    assert rows == [["'=header"], [written]]


def test_csv_refuses_a_row_of_the_wrong_shape() -> None:
    with pytest.raises(InvalidInput) as info:
        csv_bytes(Table("t", ("a", "b"), (("1",),)))
    assert info.value.code == "letter.table_shape"


def test_attachment_names_are_numbered_and_safe_for_windows() -> None:
    names = attachment_names(
        [
            REGISTERED,
            CONSULTATIONS,
            Table('a\\b/c:d*e?f"g<h>i|j\x00k\tl.', ("x",), ()),
            Table("長" * 100, ("x",), ()),
            Table("///", ("x",), ()),
        ]
    )
    assert names[0] == "開示データ_1_ご本人の登録情報.csv"
    assert names[1] == "開示データ_2_相談記録 202611.csv"
    assert names[2] == "開示データ_3_abcdefghijkl.csv"
    assert names[3] == f"開示データ_4_{'長' * electronic.NAME_MAX}.csv"
    assert names[4] == "開示データ_5.csv"
    for name in names:
        assert not set(name) & set('\\/:*?"<>|')
        assert all(ord(ch) >= 32 for ch in name)


# --- The protected PDF -----------------------------------------------------------------------


def test_protected_pdf_needs_the_password() -> None:
    password = new_password()
    reader = PdfReader(io.BytesIO(protected(password)))
    assert reader.is_encrypted
    with pytest.raises(FileNotDecryptedError):
        reader.pages[0].extract_text()
    assert reader.decrypt("wrong-password") == 0  # PasswordType.NOT_DECRYPTED
    assert reader.decrypt(password.replace("-", "")) == 0  # the hyphens belong to it
    with pytest.raises(FileNotDecryptedError):
        reader.pages[0].extract_text()


def test_protected_pdf_is_aes_256_and_opens_with_the_password() -> None:
    password = new_password()
    pdf = protected(password)
    assert b"/AESV3" in pdf  # the crypt filter, visible without the password
    reader = PdfReader(io.BytesIO(pdf))
    encrypt = reader.trailer["/Encrypt"].get_object()
    assert encrypt["/V"] == 5 and encrypt["/R"] == 6
    assert encrypt["/CF"]["/StdCF"]["/CFM"] == "/AESV3"
    assert reader.decrypt(password) == 1  # the user password, not the owner's
    text = "".join(page.extract_text() for page in reader.pages)
    assert f"{RARE_NAME}\u3000様" in text
    assert "別紙1\u3000ご本人の登録情報" in text and "別紙2" in text
    permissions = reader.user_access_permissions
    assert permissions is not None
    assert permissions & UserAccessPermissions.PRINT
    assert permissions & UserAccessPermissions.EXTRACT
    assert not permissions & UserAccessPermissions.MODIFY
    assert not permissions & UserAccessPermissions.ADD_OR_MODIFY
    # Without the password the attachments are unreadable too: pypdf leaves an embedded file
    # uncompressed, so unencrypted, its UTF-8 text would be in the file as is.
    for word in ("神宮前", "折り返し連絡済み", "開示請求の方法について"):
        assert word.encode("utf-8") not in pdf


def test_embedded_csvs_decode_to_the_tables() -> None:
    password = new_password()
    reader = PdfReader(io.BytesIO(protected(password)))
    reader.decrypt(password)
    files = reader.attachments
    names = attachment_names((REGISTERED, CONSULTATIONS))
    assert sorted(files) == sorted(names)
    for name, table in zip(names, (REGISTERED, CONSULTATIONS), strict=True):
        (content,) = files[name]
        assert content.startswith(b"\xef\xbb\xbf")
        rows = list(csv.reader(io.StringIO(content.decode("utf-8-sig"), newline="")))
        assert rows[0] == list(table.columns)
        expected = [[electronic._safe_cell(c) for c in r] for r in table.rows]
        assert rows[1:] == expected
    assert rows[2] == ["2026-11-05", "'-5 は負の数"]
    # Each file's name is also given in Unicode (/UF), as the PDF standard asks.
    root = reader.trailer["/Root"].get_object()
    tree = root["/Names"]["/EmbeddedFiles"].get_object()
    specs = [x.get_object() for x in tree["/Names"] if isinstance(x.get_object(), DictionaryObject)]
    assert isinstance(tree["/Names"], ArrayObject)
    assert sorted(str(s["/UF"]) for s in specs) == sorted(names)
    assert root["/PageMode"] == "/UseAttachments"  # the viewer shows the files at once


def test_protect_writes_no_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    scratch = tmp_path / "tmp"
    scratch.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(scratch))
    assert tempfile.gettempdir() == str(scratch)
    letter_pdf()  # rendered (fonts read) before the watch starts
    opened: list[str] = []
    real_open = builtins.open

    def watching_open(file: Any, mode: str = "r", *args: Any, **kw: Any) -> Any:
        if any(m in mode for m in "wax+"):
            opened.append(str(file))
        return real_open(file, mode, *args, **kw)

    before = sorted(scratch.iterdir())
    monkeypatch.setattr(builtins, "open", watching_open)
    pdf = protected(new_password())
    monkeypatch.setattr(builtins, "open", real_open)
    assert pdf.startswith(b"%PDF")
    assert sorted(scratch.iterdir()) == before == []
    assert opened == []


def test_protect_refuses_a_short_password() -> None:
    with pytest.raises(ValueError, match="8 characters"):
        protect(letter_pdf(), "", {})
