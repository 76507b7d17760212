"""個人情報取扱台帳: validation, flags, field history, the yearly review, lists sorted in SQL."""

from __future__ import annotations

import contextlib
import dataclasses
from collections.abc import Iterator
from datetime import date, datetime
from typing import Any

import pytest
from sqlalchemy import event, select
from sqlalchemy.orm import Session

from privacydesk.domain import history, purposes, register
from privacydesk.domain.purposes import PurposeData
from privacydesk.domain.register import EntryData, EntryFilter, ItemData, ProvisionData
from privacydesk.errors import InvalidInput
from privacydesk.services.desk import Desk
from privacydesk.storage.models import ConsentRecord, RegisterEntry, Subject

TODAY = date(2026, 5, 20)
SENSITIVE_ITEMS = [
    ItemData("氏名"),
    ItemData("国籍"),  # a nationality alone is not 要配慮 (GL 2-3)
    ItemData("病歴", True, "medical_history"),
]


@pytest.fixture
def s(desk: Desk) -> Iterator[Session]:
    with desk.uow(write=True) as session:
        yield session


@pytest.fixture
def purpose(s: Session) -> int:
    return purposes.create(s, PurposeData("a.", "相談窓口の運営", "consultees")).id


def _data(**changes: Any) -> EntryData:
    base = EntryData(
        name="会員情報",
        department="事務局",
        responsible="事務局長",
        subject_category="会員",
        items=[ItemData("氏名"), ItemData("住所"), ItemData("メールアドレス")],
        retention_text="退会後5年",
        retention_months=60,
    )
    return dataclasses.replace(base, **changes)


def _problems(data: EntryData) -> dict[str, str]:
    with pytest.raises(InvalidInput) as info:
        register.validate(data)
    assert info.value.code == "input.problems"
    assert info.value.params["count"] == len(info.value.problems)
    return {f: code for f, code, _ in info.value.problems}


# -- validation -----------------------------------------------------------------------------------


def test_a_plain_entry_is_valid_and_cleaned() -> None:
    clean = register.validate(
        _data(
            name="  会員情報 ",
            items=[("氏名",), ("病歴", True, "medical_history")],
            purpose_ids=[3, 3, 1],
        )
    )
    assert clean.name == "会員情報"
    assert clean.items == [ItemData("氏名"), ItemData("病歴", True, "medical_history")]
    assert clean.purpose_ids == [3, 1]
    # The entry's kinds are its own and its items', in the fixed order.
    clean = register.validate(
        _data(items=SENSITIVE_ITEMS, sensitive_kinds=["race"], purpose_ids=[1])
    )
    assert clean.sensitive_kinds == ["race", "medical_history"]
    assert clean.sensitive


@pytest.mark.parametrize(
    ("changes", "expected"),
    [
        ({"name": ""}, {"name": "register.required"}),
        ({"name": "台" * 201}, {"name": "input.too_long"}),
        ({"department": "部" * 201}, {"department": "input.too_long"}),
        ({"cloud_country": "国" * 101}, {"cloud_country": "input.too_long"}),
        ({"storage_location": "x" * 4001}, {"storage_location": "input.too_long"}),
        ({"storage_location": "書庫\x00A"}, {"storage_location": "input.bad_characters"}),
        ({"responsible": "\udcff"}, {"responsible": "input.bad_characters"}),
        ({"access": "職員\x07"}, {"access": "input.bad_characters"}),
        ({"name": 5}, {"name": "input.wrong_type"}),
        ({"medium": "cloud"}, {"medium": "register.bad_medium"}),
        ({"retention_months": -1}, {"retention_months": "register.negative"}),
        ({"estimated_persons": -5}, {"estimated_persons": "register.negative"}),
        ({"estimated_persons": "10"}, {"estimated_persons": "input.not_a_number"}),
        ({"retention_months": True}, {"retention_months": "input.not_a_number"}),
        ({"estimated_persons": 10**9}, {"estimated_persons": "register.too_large"}),
        ({"is_website": "yes"}, {"is_website": "input.wrong_type"}),
        ({"sensitive_kinds": ["nationality"]}, {"sensitive_kinds": "register.bad_sensitive_kind"}),
        ({"items": [ItemData("")]}, {"items.0.name": "register.required"}),
        (
            {"items": [ItemData("氏名"), ItemData("氏名")]},
            {"items.1.name": "register.duplicate_item"},
        ),
        (
            {"items": [ItemData("病歴", True, "illness")], "purpose_ids": [1]},
            {"items.0.sensitive_kind": "register.bad_sensitive_kind"},
        ),
        (
            {"items": [ItemData("病歴", False, "medical_history")]},
            {"items.0.sensitive": "register.kind_not_sensitive"},
        ),
        ({"items": ["氏名"]}, {"items.0": "input.wrong_type"}),
        ({"purpose_ids": ["1"]}, {"purpose_ids": "input.wrong_type"}),
        ({"transfer_abroad": True}, {"transfer_country": "register.abroad_without_country"}),
        (
            {"provisions": [ProvisionData("", basis="gift")]},
            {
                "provisions.0.recipient": "register.required",
                "provisions.0.basis": "register.bad_basis",
            },
        ),
        (
            {"provisions": [ProvisionData("米国の委託先", basis="outsourcing", abroad=True)]},
            {"provisions.0.country": "register.abroad_without_country"},
        ),
        (
            {"provisions": [ProvisionData("JICA", basis="joint_use")]},
            {"provisions.0.joint_use_notice": "register.joint_use_without_notice"},
        ),
        (
            {"provisions": [ProvisionData("名簿業者", basis="opt_out")]},
            {"provisions.0.opt_out_filing": "register.opt_out_without_filing"},
        ),
    ],
)
def test_each_field_problem(changes: dict[str, Any], expected: dict[str, str]) -> None:
    assert _problems(_data(**changes)) == expected


def test_sensitive_entry_without_a_purpose_is_refused() -> None:
    assert _problems(_data(items=SENSITIVE_ITEMS)) == {
        "purpose_ids": "register.sensitive_without_purpose"
    }
    # Declared kinds count as sensitive too, even without a sensitive item.
    assert _problems(_data(sensitive_kinds=["race"])) == {
        "purpose_ids": "register.sensitive_without_purpose"
    }
    register.validate(_data(items=SENSITIVE_ITEMS, purpose_ids=[1]))


def test_opt_out_never_carries_sensitive_data() -> None:
    filed = ProvisionData("名簿業者", "氏名", "opt_out", opt_out_filing="2024年届出 第123号")
    register.validate(_data(provisions=[filed]))  # fine without sensitive data
    problems = _problems(_data(items=SENSITIVE_ITEMS, purpose_ids=[1], provisions=[filed]))
    assert problems == {"provisions.0.basis": "register.opt_out_sensitive"}
    problems = _problems(_data(sensitive_kinds=["creed"], purpose_ids=[1], provisions=[filed]))
    assert problems == {"provisions.0.basis": "register.opt_out_sensitive"}


def test_provisions_as_plain_tuples() -> None:
    clean = register.validate(
        _data(
            provisions=[
                ("JICA", "氏名", "joint_use", False, "", "", "ポリシー第6条で公表"),
                ("米国の配信事業者", "メールアドレス", "outsourcing", True, "米国"),
            ]
        )
    )
    assert clean.provisions[0].joint_use_notice == "ポリシー第6条で公表"
    assert clean.provisions[1].country == "米国" and clean.provisions[1].abroad


# -- create, get, update, history -----------------------------------------------------------------


def test_create_and_read_back(s: Session, purpose: int) -> None:
    data = _data(
        items=SENSITIVE_ITEMS,
        purpose_ids=[purpose],
        sensitive_exception="",
        provisions=[ProvisionData("CINGA（相談窓口の委託先）", "相談者情報", "outsourcing")],
    )
    entry_id = register.create(s, data, None)
    detail = register.get(s, entry_id, TODAY)
    assert detail.data.name == "会員情報"
    assert detail.data.items == SENSITIVE_ITEMS
    assert detail.data.sensitive_kinds == ["medical_history"]
    assert [p.id for p in detail.purposes] == [purpose]
    assert [p.recipient for p in detail.provisions] == ["CINGA（相談窓口の委託先）"]
    assert detail.data.provisions[0].id == detail.provisions[0].id
    assert detail.active and not detail.app_own
    assert detail.history == []  # creation is not a change
    assert [i.position for i in detail.items] == [0, 1, 2]


def test_unknown_and_retired_purposes(s: Session, purpose: int) -> None:
    with pytest.raises(InvalidInput) as info:
        register.create(s, _data(purpose_ids=[purpose, 999]), None)
    assert info.value.problems == [("purpose_ids", "register.unknown_purpose", {"id": 999})]
    entry_id = register.create(s, _data(purpose_ids=[purpose]), None)
    purposes.retire(s, purpose)
    # A link made before the purpose was retired stays; a new link to it is refused.
    register.update(s, entry_id, _data(purpose_ids=[purpose], name="会員情報（改）"), None)
    with pytest.raises(InvalidInput) as info:
        register.create(s, _data(purpose_ids=[purpose]), None)
    assert info.value.problems[0][1] == "register.purpose_not_in_use"


def test_update_records_old_and_new_values(s: Session, desk: Desk, purpose: int) -> None:
    actor = desk.context.account_id
    other = purposes.create(s, PurposeData("b.", "調査", "consultees")).id
    entry_id = register.create(
        s,
        _data(purpose_ids=[purpose], provisions=[ProvisionData("発送代行", "住所", "outsourcing")]),
        actor,
    )
    before = register.get(s, entry_id)
    edited = dataclasses.replace(
        before.data,
        department="会員担当",
        retention_months=None,
        items=[*before.data.items, ItemData("病歴", True, "medical_history")],
        purpose_ids=[other],
        provisions=[
            before.data.provisions[0]._replace(items="氏名、住所"),
            ProvisionData("JICA", "氏名", "joint_use", joint_use_notice="ポリシーで公表"),
        ],
    )
    changed = register.update(s, entry_id, edited, actor)
    assert changed == [
        "department",
        "retention_months",
        "sensitive_kinds",
        "items",
        "purposes",
        "provisions",
    ]
    changes = {c.field: c for c in history.of(s, "entry", entry_id)}
    assert (changes["department"].old, changes["department"].new) == ("事務局", "会員担当")
    assert (changes["retention_months"].old, changes["retention_months"].new) == ("60", "")
    assert changes["items"].old == "氏名、住所、メールアドレス"
    assert changes["items"].new.endswith("病歴（要配慮:medical_history）")
    assert (changes["purposes"].old, changes["purposes"].new) == (f"#{purpose} a.", f"#{other} b.")
    assert changes["provisions"].new == "発送代行（outsourcing）、JICA（joint_use）"
    assert changes["sensitive_kinds"].new == "medical_history"
    assert all(c.changed_by == actor for c in changes.values())
    after = register.get(s, entry_id)
    assert after.provisions[0].id == before.provisions[0].id  # kept its identity
    assert after.provisions[0].items == "氏名、住所"
    assert after.updated_at >= before.updated_at
    # Saving the same thing again changes nothing and records nothing.
    count = len(history.of(s, "entry", entry_id))
    assert register.update(s, entry_id, after.data, actor) == []
    assert len(history.of(s, "entry", entry_id)) == count


def test_a_provision_named_by_a_consent_cannot_be_removed(s: Session) -> None:
    entry_id = register.create(
        s, _data(provisions=[ProvisionData("協力弁護士", "相談内容", "consent")]), None
    )
    provision_id = register.get(s, entry_id).provisions[0].id
    person = Subject(
        legal_name="Nguyễn Văn An", created_at=datetime(2026, 1, 1), updated_at=datetime(2026, 1, 1)
    )
    s.add(person)
    s.flush()
    s.add(
        ConsentRecord(
            subject_id=person.id,
            scope="third_party",
            provision_id=provision_id,
            given_on=date(2026, 1, 5),
            method="paper",
            created_at=datetime(2026, 1, 5),
        )
    )
    s.flush()
    with pytest.raises(InvalidInput) as info:
        register.update(s, entry_id, _data(provisions=[]), None)
    assert info.value.problems == [("provisions", "register.provision_in_use", {"count": 1})]
    with pytest.raises(InvalidInput) as info:
        register.update(
            s,
            entry_id,
            _data(provisions=[ProvisionData("他", basis="consent", id=provision_id + 50)]),
            None,
        )
    assert info.value.problems[0][1] == "register.provision_not_of_entry"
    assert [p.id for p in register.get(s, entry_id).provisions] == [provision_id]


def test_the_apps_own_entry_is_completed_never_retired(s: Session) -> None:
    own = register.get(s, register.APP_ENTRY_ID)
    assert own.app_own and own.data.items[0].name == "氏名"
    with pytest.raises(InvalidInput) as info:
        register.retire(s, register.APP_ENTRY_ID, None)
    assert info.value.code == "register.app_entry_protected"
    with pytest.raises(InvalidInput) as info:
        register.check_removable(s, register.APP_ENTRY_ID)
    assert info.value.code == "register.app_entry_protected"
    changed = register.update(
        s, register.APP_ENTRY_ID, dataclasses.replace(own.data, department="事務局"), None
    )
    assert changed == ["department"]
    assert register.get(s, register.APP_ENTRY_ID).active


def test_retire_and_reactivate_keep_history(s: Session) -> None:
    entry_id = register.create(s, _data(), None)
    register.check_removable(s, entry_id)  # an ordinary entry may be disposed of
    assert register.retire(s, entry_id, None)
    assert not register.retire(s, entry_id, None)  # already retired
    detail = register.get(s, entry_id)
    assert not detail.active and detail.retired_at is not None
    assert register.reactivate(s, entry_id, None)
    fields = [c.field for c in history.of(s, "entry", entry_id)]
    assert fields.count("active") == 2 and "retired_at" in fields
    with pytest.raises(InvalidInput) as info:
        register.retire(s, 4242, None)
    assert info.value.code == "register.entry_not_found"


# -- flags --------------------------------------------------------------------------------------


def _flags(s: Session, entry_id: int, today: date = TODAY) -> set[str]:
    return {f.code for f in register.flags(s, entry_id, today)}


def _reviewed(s: Session, entry_id: int, when: datetime) -> None:
    review = register.record_review(s, entry_id, None, "変更なし", when=when)
    register.sign_off(s, review.id, None)


def test_each_flag_and_its_fix(s: Session, purpose: int) -> None:
    entry_id = register.create(s, _data(), None)
    assert _flags(s, entry_id) == {"entry.not_reviewed", "entry.no_purpose"}
    assert register.flags(s, entry_id, TODAY)[0].params == {"months": 12}

    data = _data(
        purpose_ids=[purpose],
        items=SENSITIVE_ITEMS,
        transfer_abroad=True,
        transfer_country="米国",
        is_website=True,
        tracking_tool="Google アナリティクス",
    )
    register.update(s, entry_id, data, None)
    _reviewed(s, entry_id, datetime(2026, 4, 1, 10))
    assert _flags(s, entry_id) == {
        "entry.sensitive_without_basis",
        "entry.abroad_without_info",
        "entry.tracking_without_opt_out",
    }
    fixed = dataclasses.replace(
        data,
        sensitive_exception="法令に基づく場合（法20②一）",
        transfer_info_given="国名・制度・措置をポリシーに掲載",
        tracking_opt_out="オプトアウト アドオン",
    )
    register.update(s, entry_id, fixed, None)
    assert _flags(s, entry_id) == set()
    # Thirteen months after the review it is due again.
    assert _flags(s, entry_id, date(2027, 5, 2)) == {"entry.not_reviewed"}
    assert _flags(s, entry_id, date(2027, 4, 1)) == set()


def test_abroad_flag_from_a_provision_and_tracking_only_on_websites(
    s: Session, purpose: int
) -> None:
    entry_id = register.create(
        s,
        _data(
            purpose_ids=[purpose],
            provisions=[ProvisionData("米国の配信事業者", "メール", "outsourcing", True, "米国")],
            tracking_tool="タグ",  # not a website entry: no tracking flag
        ),
        None,
    )
    _reviewed(s, entry_id, datetime(2026, 5, 1))
    assert _flags(s, entry_id) == {"entry.abroad_without_info"}


def test_no_consent_flag_on_an_entry(s: Session, purpose: int) -> None:
    """Consent is not a general legal basis: a provision by consent with no consents recorded
    anywhere is no flag on the entry."""
    entry_id = register.create(
        s,
        _data(
            purpose_ids=[purpose], provisions=[ProvisionData("協力弁護士", "相談内容", "consent")]
        ),
        None,
    )
    _reviewed(s, entry_id, datetime(2026, 5, 1))
    assert s.execute(select(ConsentRecord)).first() is None
    assert _flags(s, entry_id) == set()


def test_a_retired_entry_has_no_flags(s: Session) -> None:
    entry_id = register.create(s, _data(), None)
    register.retire(s, entry_id, None)
    assert _flags(s, entry_id) == set()


# -- review -------------------------------------------------------------------------------------


def test_review_counts_only_once_signed_off(s: Session, desk: Desk) -> None:
    actor = desk.context.account_id
    entry_id = register.create(s, _data(), None)
    review = register.record_review(
        s, entry_id, actor, " 保存期間を見直した ", when=datetime(2026, 3, 1)
    )
    assert review.changes == "保存期間を見直した" and review.signed_off_at is None
    assert register.get(s, entry_id).last_reviewed_at is None
    assert [r.id for r in register.reviews_awaiting_sign_off(s)] == [review.id]
    signed = register.sign_off(s, review.id, actor)
    assert signed.signed_off_by == actor and signed.signed_off_at is not None
    assert register.get(s, entry_id).last_reviewed_at == datetime(2026, 3, 1)
    assert register.reviews_awaiting_sign_off(s) == []
    with pytest.raises(InvalidInput) as info:
        register.sign_off(s, review.id, actor)
    assert info.value.code == "register.review_already_signed"
    # An older review signed off later does not move the date back.
    old = register.record_review(s, entry_id, actor, "", when=datetime(2025, 1, 1))
    register.sign_off(s, old.id, actor)
    assert register.get(s, entry_id).last_reviewed_at == datetime(2026, 3, 1)
    assert [r.id for r in register.get(s, entry_id).reviews] == [review.id, old.id]
    with pytest.raises(InvalidInput) as info:
        register.record_review(s, entry_id, actor, "x\x00")
    assert info.value.problems == [("changes", "input.bad_characters", {})]
    with pytest.raises(InvalidInput) as info:
        register.sign_off(s, 999, actor)
    assert info.value.code == "register.review_not_found"


def test_not_reviewed_for(s: Session) -> None:
    never = register.create(s, _data(name="未点検"), None)
    stale = register.create(s, _data(name="古い点検"), None)
    fresh = register.create(s, _data(name="最近の点検"), None)
    retired = register.create(s, _data(name="廃止済み"), None)
    _reviewed(s, stale, datetime(2025, 3, 1))
    _reviewed(s, fresh, datetime(2026, 2, 1))
    register.retire(s, retired, None)
    ids = [r.id for r in register.not_reviewed_for(s, 12, TODAY)]
    # Never reviewed first (by name: "privacydesk…" before "未点検"), then the longest overdue.
    assert ids == [register.APP_ENTRY_ID, never, stale]
    assert {r.id for r in register.not_reviewed_for(s, 3, TODAY)} == {
        register.APP_ENTRY_ID,
        never,
        stale,
        fresh,
    }


@pytest.mark.parametrize(
    ("day", "months", "expected"),
    [
        (date(2026, 5, 20), 12, date(2025, 5, 20)),
        (date(2026, 3, 31), 1, date(2026, 2, 28)),
        (date(2024, 3, 31), 1, date(2024, 2, 29)),
        (date(2026, 1, 15), 1, date(2025, 12, 15)),
        (date(2026, 1, 31), 13, date(2024, 12, 31)),
    ],
)
def test_months_before(day: date, months: int, expected: date) -> None:
    assert register.months_before(day, months) == expected


# -- lists ----------------------------------------------------------------------------------------


@contextlib.contextmanager
def _statements(desk: Desk) -> Iterator[list[str]]:
    """The SQL sent while the block runs."""
    seen: list[str] = []

    def listener(conn: Any, cursor: Any, statement: str, *args: Any) -> None:
        seen.append(statement)

    event.listen(desk.db.engine, "before_cursor_execute", listener)
    try:
        yield seen
    finally:
        event.remove(desk.db.engine, "before_cursor_execute", listener)


def _fill(s: Session, purpose: int) -> dict[str, int]:
    ids = {
        "会員情報": register.create(s, _data(name="会員情報", estimated_persons=300), None),
        "相談者情報": register.create(
            s,
            _data(
                name="相談者情報",
                department="相談窓口",
                items=SENSITIVE_ITEMS,
                purpose_ids=[purpose],
                estimated_persons=900,
            ),
            None,
        ),
        "寄付者情報": register.create(
            s,
            _data(
                name="寄付者情報",
                department="経理",
                transfer_abroad=True,
                transfer_country="米国",
                estimated_persons=50,
            ),
            None,
        ),
        "メール配信 100%_リスト": register.create(
            s,
            _data(
                name="メール配信 100%_リスト",
                provisions=[ProvisionData("配信事業者", "メール", "outsourcing", True, "米国")],
                estimated_persons=None,
            ),
            None,
        ),
        "旧会員情報": register.create(s, _data(name="旧会員情報", estimated_persons=10), None),
    }
    register.retire(s, ids["旧会員情報"], None)
    return ids


def test_list_filters(s: Session, purpose: int) -> None:
    ids = _fill(s, purpose)

    def names(**f: Any) -> list[str]:
        return [r.name for r in register.list_entries(s, EntryFilter(**f), today=TODAY).rows]

    app = register.get(s, register.APP_ENTRY_ID).data.name
    assert sorted(names()) == sorted(
        [app, "会員情報", "相談者情報", "寄付者情報", "メール配信 100%_リスト"]
    )
    assert "旧会員情報" in names(active=None) and names(active=False) == ["旧会員情報"]
    assert names(sensitive=True) == ["相談者情報"]
    assert "相談者情報" not in names(sensitive=False)
    assert sorted(names(abroad=True)) == sorted(["寄付者情報", "メール配信 100%_リスト"])
    assert names(department="経理") == ["寄付者情報"]
    assert sorted(names(query="会員", active=None)) == ["会員情報", "旧会員情報"]
    # LIKE wildcards in the query are literal characters.
    assert names(query="100%_") == ["メール配信 100%_リスト"]
    assert names(query="%") == ["メール配信 100%_リスト"]
    assert names(query="_") == ["メール配信 100%_リスト"]
    row = next(r for r in register.list_entries(s, EntryFilter(sensitive=True)).rows)
    assert row.id == ids["相談者情報"] and row.sensitive_kinds == ("medical_history",)
    assert "entry.sensitive_without_basis" in row.flags
    assert register.departments(s) == sorted(["相談窓口", "事務局", "経理"])


def test_list_is_sorted_and_paged_in_sql(s: Session, desk: Desk, purpose: int) -> None:
    _fill(s, purpose)
    with _statements(desk) as seen:
        page = register.list_entries(
            s,
            EntryFilter(active=None),
            sort="estimated_persons",
            descending=True,
            limit=2,
            offset=1,
        )
    select_rows = [q for q in seen if "FROM register_entries" in q and "count(" not in q]
    assert any(
        "ORDER BY register_entries.estimated_persons DESC, register_entries.id DESC" in q
        and "LIMIT" in q
        and "OFFSET" in q
        for q in select_rows
    ), select_rows
    assert page.total == 6
    assert [r.estimated_persons for r in page.rows] == [300, 50]
    everything: list[register.EntryRow] = []
    for offset in range(0, 6, 2):
        everything += register.list_entries(
            s, EntryFilter(active=None), sort="name", limit=2, offset=offset
        ).rows
    assert [r.name for r in everything] == sorted(r.name for r in everything)
    assert len({r.id for r in everything}) == 6
    with pytest.raises(InvalidInput) as info:
        register.list_entries(s, sort="name; DROP TABLE register_entries")
    assert info.value.code == "register.bad_sort"
    with pytest.raises(InvalidInput):
        register.list_entries(s, EntryFilter(query="\x00"))


# -- demo ---------------------------------------------------------------------------------------


def _snapshot(s: Session, first_id: int, last_id: int) -> list[tuple[Any, ...]]:
    rows = s.execute(
        select(RegisterEntry)
        .where(RegisterEntry.id.between(first_id, last_id))
        .order_by(RegisterEntry.id)
    ).scalars()
    return [
        (
            e.name,
            e.estimated_persons,
            e.active,
            e.last_reviewed_at,
            e.sensitive_kinds,
            e.transfer_abroad,
            tuple(p.code for p in register.get(s, e.id).purposes),
        )
        for e in rows
    ]


def test_demo_register_is_deterministic_and_shows_every_flag(s: Session) -> None:
    made = register.demo_register(s, 7, today=TODAY)
    assert made["purposes"] == 20 and made["entries"] == 40 and made["notices"] == 2
    assert made["provisions"] > 10 and 20 < made["reviews"] < 40
    first = _snapshot(s, 2, 41)
    register.demo_register(s, 7, today=TODAY)
    assert _snapshot(s, 42, 81) == first
    register.demo_register(s, 8, today=TODAY)
    assert _snapshot(s, 82, 121) != first

    page = register.list_entries(s, EntryFilter(active=None), limit=1000, today=TODAY)
    assert page.total == 121
    demo = [r for r in page.rows if 2 <= r.id <= 41]
    flags = {code for r in page.rows for code in r.flags}
    assert flags == set(register.FLAG_CODES)
    assert sum(not r.active for r in demo) == 3
    assert any(r.sensitive for r in demo) and any(r.abroad for r in demo)
    overdue = register.not_reviewed_for(s, 12, TODAY)
    assert any(2 <= r.id <= 41 for r in overdue)
    analytics = next(r for r in demo if r.name == "ウェブサイトのアクセス解析")
    detail = register.get(s, analytics.id, TODAY).data
    assert (
        detail.is_website and detail.tracking_provider == "Google LLC" and detail.tracking_opt_out
    )
    consultees = next(r for r in demo if r.name == "相談者情報（相談・救済窓口）")
    assert {"race", "medical_history"} <= set(consultees.sensitive_kinds)
    bases = {p.basis for p in register.get(s, consultees.id).provisions}
    assert {"outsourcing", "joint_use", "consent"} <= bases
