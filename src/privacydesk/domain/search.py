"""Finding persons (本人) as the user types: LIKE over the folded search table, in SQL order.

subject_search (kept by triggers with pd_fold) holds one narrow row per person: a sort key and
the folded text of name, reading, alias, address, email, phone and member number. A query is
folded by the same rule (textfold.fold) and matched with LIKE, which, unlike FTS5's trigram
tokenizer, also finds one- and two-character queries (林, 佐藤). The scan runs in sort order
through a covering index, so LIMIT stops it early for common queries (traps.md, "Search").

A protected person (所在秘匿) must not be findable through their whereabouts by someone who may
not see them: with `match_protected_contact=False`, a protected person matches only through
name, reading, alias, email and member number, never through address or phone.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import text
from sqlalchemy.orm import Session

from privacydesk.errors import InvalidInput
from privacydesk.textfold import fold

MAX_QUERY = 200  # longer than any name or address line; the scan cost does not depend on it
MAX_LIMIT = 10_000

# What a protected person may still be found by when their whereabouts are hidden.
_IDENTITY_FOLDED = (
    "pd_fold(p.legal_name) || '|' || pd_fold(p.reading) || '|' || pd_fold(p.alias)"
    " || '|' || pd_fold(p.email) || '|' || pd_fold(p.member_number)"
)
# Evaluated only for rows whose folded text already matched: one primary-key look-up each.
_HIDE_PROTECTED_CONTACT = f"""
    AND (NOT EXISTS (SELECT 1 FROM subjects AS p WHERE p.id = ss.subject_id AND p.protected)
         OR EXISTS (SELECT 1 FROM subjects AS p WHERE p.id = ss.subject_id
                    AND ({_IDENTITY_FOLDED}) LIKE :pat ESCAPE '\\'))
"""

SEARCH_SQL = (
    "SELECT ss.subject_id FROM subject_search AS ss WHERE ss.folded LIKE :pat ESCAPE '\\' "
    "{hide} ORDER BY ss.sort_key, ss.subject_id LIMIT :limit OFFSET :offset"
)
ALL_SQL = (
    "SELECT ss.subject_id FROM subject_search AS ss "
    "ORDER BY ss.sort_key, ss.subject_id LIMIT :limit OFFSET :offset"
)

# The table view's sort columns: code -> (the column, a test that puts blanks last or "").
SORT_COLUMNS: dict[str, tuple[str, str]] = {
    "reading": ("ss.sort_key", ""),
    "legal_name": ("s.legal_name", ""),
    "member_number": ("s.member_number", "s.member_number = ''"),
    "birth_date": ("s.birth_date", "s.birth_date IS NULL"),
    "updated": ("s.updated_at", ""),
}


@dataclass(frozen=True)
class PageFilter:
    """Filters of the persons table; None means "either"."""

    query: str = ""
    category: str | None = None
    protected: bool | None = None
    has_sensitive: bool | None = None


def escape_like(folded: str) -> str:
    """Make %, _ and the escape character itself literal in a LIKE pattern."""
    return folded.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def folded_query(query: str) -> str:
    if not isinstance(query, str):
        raise InvalidInput("search.bad_query", max=MAX_QUERY)
    if "\x00" in query or any(0xD800 <= ord(c) <= 0xDFFF for c in query):
        raise InvalidInput("search.bad_query", max=MAX_QUERY)
    # A pasted paragraph is cut rather than refused: the box filters as the user types.
    return fold(query[:MAX_QUERY])


def pattern(query: str) -> str | None:
    """The LIKE pattern of a query, or None when it folds to nothing (list everything)."""
    folded = folded_query(query)
    return f"%{escape_like(folded)}%" if folded else None


def _window(limit: int, offset: int) -> tuple[int, int]:
    if not 0 <= limit <= MAX_LIMIT or offset < 0:
        raise InvalidInput("search.bad_window", max=MAX_LIMIT)
    return limit, offset


def search(
    session: Session,
    query: str,
    limit: int = 200,
    offset: int = 0,
    *,
    match_protected_contact: bool = True,
) -> list[int]:
    """Ids of the persons the query finds, in sort order (reading, then name)."""
    limit, offset = _window(limit, offset)
    pat = pattern(query)
    if pat is None:
        rows = session.execute(text(ALL_SQL), {"limit": limit, "offset": offset})
    else:
        hide = "" if match_protected_contact else _HIDE_PROTECTED_CONTACT
        rows = session.execute(
            text(SEARCH_SQL.format(hide=hide)), {"pat": pat, "limit": limit, "offset": offset}
        )
    return [r[0] for r in rows]


def count(
    session: Session,
    query: str,
    *,
    match_protected_contact: bool = True,
    cap: int | None = None,
) -> int:
    """How many persons the query finds; with a cap, counting stops there (the box can show
    "1,000+" without scanning the whole table for a common name at every keystroke)."""
    pat = pattern(query)
    hide = "" if match_protected_contact or pat is None else _HIDE_PROTECTED_CONTACT
    where = "WHERE ss.folded LIKE :pat ESCAPE '\\' " + hide if pat is not None else ""
    params: dict[str, Any] = {"pat": pat} if pat is not None else {}
    if cap is None:
        sql = f"SELECT count(*) FROM subject_search AS ss {where}"
    else:
        if not 0 <= cap <= 1_000_000:
            raise InvalidInput("search.bad_window", max=1_000_000)
        sql = f"SELECT count(*) FROM (SELECT 1 FROM subject_search AS ss {where} LIMIT :cap)"
        params["cap"] = cap
    return int(session.execute(text(sql), params).scalar_one())


def _page_where(
    filters: PageFilter, match_protected_contact: bool
) -> tuple[list[str], dict[str, Any]]:
    where: list[str] = []
    params: dict[str, Any] = {}
    pat = pattern(filters.query)
    if pat is not None:
        where.append("ss.folded LIKE :pat ESCAPE '\\'")
        params["pat"] = pat
        if not match_protected_contact:
            where.append(_HIDE_PROTECTED_CONTACT.strip().removeprefix("AND "))
    if filters.category is not None:
        where.append("s.category = :category")
        params["category"] = filters.category
    if filters.protected is not None:
        where.append("s.protected = :protected")
        params["protected"] = 1 if filters.protected else 0
    if filters.has_sensitive is not None:
        op = "EXISTS" if filters.has_sensitive else "NOT EXISTS"
        where.append(f"{op} (SELECT 1 FROM subject_sensitive AS x WHERE x.subject_id = s.id)")
    return where, params


def list_page(
    session: Session,
    sort_column: str = "reading",
    ascending: bool = True,
    filters: PageFilter | None = None,
    limit: int = 200,
    offset: int = 0,
    *,
    match_protected_contact: bool = True,
) -> list[int]:
    """One page of the persons table, sorted and filtered in SQL."""
    if sort_column not in SORT_COLUMNS:
        raise InvalidInput("search.bad_sort", column=str(sort_column)[:40])
    limit, offset = _window(limit, offset)
    where, params = _page_where(filters or PageFilter(), match_protected_contact)
    direction = "ASC" if ascending else "DESC"
    column, blanks_last = SORT_COLUMNS[sort_column]
    order = [blanks_last] if blanks_last else []
    order += [f"{column} {direction}", f"s.id {direction}"]
    sql = (
        "SELECT s.id FROM subject_search AS ss JOIN subjects AS s ON s.id = ss.subject_id"
        + (" WHERE " + " AND ".join(where) if where else "")
        + " ORDER BY "
        + ", ".join(order)
        + " LIMIT :limit OFFSET :offset"
    )
    params.update(limit=limit, offset=offset)
    return [r[0] for r in session.execute(text(sql), params)]


def count_page(
    session: Session, filters: PageFilter | None = None, *, match_protected_contact: bool = True
) -> int:
    where, params = _page_where(filters or PageFilter(), match_protected_contact)
    sql = "SELECT count(*) FROM subject_search AS ss JOIN subjects AS s ON s.id = ss.subject_id"
    if where:
        sql += " WHERE " + " AND ".join(where)
    return int(session.execute(text(sql), params).scalar_one())
