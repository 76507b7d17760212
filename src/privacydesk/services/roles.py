"""Which roles may call which service: declared on each function, checked on each call."""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, Concatenate, ParamSpec, TypeVar

from privacydesk.domain.accounts import ALL_ROLES, Role

if TYPE_CHECKING:
    from privacydesk.services.desk import Desk

P = ParamSpec("P")
R = TypeVar("R")

MANAGER = (Role.MANAGER,)
STAFF_UP = (Role.MANAGER, Role.STAFF)
EVERYONE = tuple(ALL_ROLES)

ACTIONS: dict[str, frozenset[Role]] = {}


def allowed(
    *roles: Role, action: str | None = None
) -> Callable[[Callable[Concatenate[Desk, P], R]], Callable[Concatenate[Desk, P], R]]:
    """Declare the roles a service function allows; others get NotAllowed (exit code 8)."""

    def deco(fn: Callable[Concatenate[Desk, P], R]) -> Callable[Concatenate[Desk, P], R]:
        name = action or f"{fn.__module__.rsplit('.', 1)[-1]}.{fn.__name__}"
        ACTIONS[name] = frozenset(roles)

        @functools.wraps(fn)
        def wrapper(desk: Desk, *args: P.args, **kwargs: P.kwargs) -> R:
            with desk.requiring(frozenset(roles), name):
                return fn(desk, *args, **kwargs)

        wrapper.action_name = name  # type: ignore[attr-defined]
        return wrapper

    return deco


def actions_for(role: Role | str) -> frozenset[str]:
    """What a role may do, so the window can hide the rest."""
    r = Role(role)
    return frozenset(name for name, roles in ACTIONS.items() if r in roles)


def allowed_roles(fn: Any) -> frozenset[Role]:
    return ACTIONS[fn.action_name]
