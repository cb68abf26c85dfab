"""Rendezvous for peer groups: relays WebRTC signalling between the members of a group.

A peer group is a channel declared with ``presence=True``: joining the group is subscribing to
that channel, so it is authorized exactly like channels (``authorize``, ``requires``), and the
channel's presence tells every member who is in the group (each member is a socket, its peer id
the socket's connection id). This module relays the rest of the rendezvous: SDP offers and
answers and ICE candidates, each addressed to one member of the group::

    {"type": "signal", "group": "game:42", "to": "<peer id>", "data": {...}}      (from a page)
    {"type": "signal", "group": "game:42", "from": "<peer id>", "data": {...}}    (to the peer)

Only a member of the group may signal, and only to another member connected to this process.
"""
from __future__ import annotations

from typing import Any

from pytk.server.rpc import Refusal

__all__ = ["relay_signal"]


def relay_signal(conn: Any, frame: dict[str, Any]) -> None:
    """Pass a ``signal`` frame from ``conn`` to the member it names; raises Refusal otherwise."""
    hub = getattr(conn, "hub", None)
    group, target, data = frame.get("group"), frame.get("to"), frame.get("data")
    if hub is None:
        raise Refusal(404, "unknown_group", "this server has no channels, so no peer groups")
    if not isinstance(group, str) or not isinstance(target, str) or not isinstance(data, dict):
        raise Refusal(400, "bad_frame", "a 'signal' frame needs 'group' and 'to' (strings) and 'data' (an object)")
    if not _is_member(conn, group):
        raise Refusal(403, "forbidden", f"join the group {group!r} before signalling in it")
    for peer in hub.subscribers.get(group, {}):
        if peer.conn_id == target and peer is not conn and _is_member(peer, group):
            peer.send({"type": "signal", "group": group, "from": conn.conn_id, "data": data})
            return
    raise Refusal(404, "unknown_peer", f"no peer {target!r} in the group {group!r}")


def _is_member(conn: Any, group: str) -> bool:
    """Whether ``conn`` was let into the group (its subscription passed authorization and is
    in the group's presence)."""
    subscription = getattr(conn, "subscriptions", {}).get(group)
    return subscription is not None and subscription.member is not None
