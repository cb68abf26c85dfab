"""Who is calling: the signed-in user of a request or socket, and the roles calls require."""
from __future__ import annotations

from typing import Any

from pytk.server.rpc import Refusal

__all__ = ["refusal_for"]


def roles_of(user: Any) -> frozenset[str]:
    return frozenset(getattr(user, "roles", ()) or ())


def refusal_for(handler: Any, requires: tuple[str, ...]) -> Refusal | None:
    """Why ``handler``'s user may not do what needs the roles ``requires`` (None: it may).

    Signed out: 401 ``unauthorized``; signed in without a role: 403 ``forbidden``. An empty
    ``requires`` allows everyone; ``("user",)`` is every signed-in user."""
    if not requires:
        return None
    user = handler.current_user
    if user is None:
        return Refusal(401, "unauthorized", "sign in first")
    missing = sorted(set(requires) - {"user"} - roles_of(user))
    if missing:
        return Refusal(403, "forbidden", f"this needs the role {missing[0]!r}")
    return None
