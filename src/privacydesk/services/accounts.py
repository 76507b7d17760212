"""Staff accounts: managers add, reset and disable; everyone changes their own password."""

from __future__ import annotations

from privacydesk.domain import accounts
from privacydesk.domain.accounts import AccountRow, Role, password_strength
from privacydesk.errors import InvalidInput, WrongCredentials
from privacydesk.services.desk import Desk
from privacydesk.services.roles import EVERYONE, MANAGER, allowed
from privacydesk.storage import keys
from privacydesk.storage.models import Account

__all__ = ["AccountRow", "Role", "password_strength"]


@allowed(*MANAGER)
def add_user(
    desk: Desk, username: str, role: Role | str, password: str, display_name: str = ""
) -> AccountRow:
    accounts.validate_password(password)
    role = accounts.role_of(str(role))
    kf = keys.load(desk.key_path, expect_database_id=desk.database_id)
    with desk.uow(write=True) as s:
        account = accounts.create(s, username, role, display_name)
        keys.add_slot(kf, account.id, account.username, password, desk.db_key)
        # The key file is saved inside the transaction: if it fails, the account is not kept.
        keys.save(kf, desk.key_path)
        desk.audit(s, "account.created", "account", account.id, {"role": role.value})
        return accounts.to_row(account)


@allowed(*MANAGER)
def disable_user(desk: Desk, username: str) -> AccountRow:
    kf = keys.load(desk.key_path, expect_database_id=desk.database_id)
    with desk.uow(write=True) as s:
        account = accounts.by_username(s, username)
        if account is None:
            raise InvalidInput("accounts.unknown_user")
        if not account.active:
            raise InvalidInput("accounts.already_disabled")
        if account.role == Role.MANAGER.value and accounts.active_managers(s) <= 1:
            raise InvalidInput("accounts.last_manager")
        account.active = False
        account.disabled_at = accounts.now()
        keys.remove_slot(kf, account.id)
        keys.save(kf, desk.key_path)
        desk.audit(s, "account.disabled", "account", account.id)
        return accounts.to_row(account)


@allowed(*MANAGER)
def reset_password(desk: Desk, username: str, new_password: str) -> AccountRow:
    """A manager sets a temporary password; the person is asked to change it."""
    accounts.validate_password(new_password)
    kf = keys.load(desk.key_path, expect_database_id=desk.database_id)
    with desk.uow(write=True) as s:
        account = accounts.by_username(s, username)
        if account is None or not account.active:
            raise InvalidInput("accounts.unknown_user")
        keys.add_slot(kf, account.id, account.username, new_password, desk.db_key)
        account.must_change_password = account.id != desk.context.account_id
        account.password_changed_at = accounts.now()
        keys.save(kf, desk.key_path)
        desk.audit(s, "account.password_reset", "account", account.id)
        return accounts.to_row(account)


@allowed(*MANAGER)
def change_role(desk: Desk, username: str, role: Role | str) -> AccountRow:
    """A manager changes an account's role; it applies at that account's next action."""
    new_role = accounts.role_of(str(role))
    with desk.uow(write=True) as s:
        account = accounts.by_username(s, username)
        if account is None or not account.active:
            raise InvalidInput("accounts.unknown_user")
        old_role = account.role
        if old_role == new_role.value:
            return accounts.to_row(account)
        if old_role == Role.MANAGER.value and accounts.active_managers(s) <= 1:
            raise InvalidInput("accounts.last_manager")
        account.role = new_role.value
        desk.audit(
            s,
            "account.role_changed",
            "account",
            account.id,
            {"from": old_role, "to": new_role.value},
        )
        return accounts.to_row(account)


@allowed(*EVERYONE)
def change_own_password(desk: Desk, old_password: str, new_password: str) -> None:
    accounts.validate_password(new_password)
    kf = keys.load(desk.key_path, expect_database_id=desk.database_id)
    account_id, _ = keys.unwrap(kf, desk.context.username, accounts.credential_text(old_password))
    if account_id != desk.context.account_id:
        raise WrongCredentials()
    with desk.uow(write=True, bookkeeping=True) as s:
        account = s.get(Account, account_id)
        assert account is not None
        keys.add_slot(kf, account.id, account.username, new_password, desk.db_key)
        account.must_change_password = False
        account.password_changed_at = accounts.now()
        keys.save(kf, desk.key_path)
        desk.audit(s, "account.password_changed", "account", account.id)
    desk.must_change_password = False


@allowed(*MANAGER)
def list_users(desk: Desk) -> list[AccountRow]:
    with desk.uow() as s:
        return accounts.list_all(s)
