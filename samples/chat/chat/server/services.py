"""The chat's server: its service, its channels and its sessions."""
from __future__ import annotations

import os
import secrets
from datetime import datetime, timezone
from pathlib import Path

from pytk.server.auth import Auth, current_user, requires, use
from pytk.server.channels import channel, channels

from chat.server import store
from chat.shared.models import ChatLine, ChatService, NotSaid

ROOMS = ["lobby", "python", "random"]
MAX_LINE = 500
DEMO_USERS = {"ada": "analytical engine", "grace": "compiler pioneer"}


def _known_room(user, name: str, action: str) -> bool:
    return name.partition(":")[2] in ROOMS


def _secret() -> str:
    """CHAT_SECRET, else a secret kept in .pytk/ (made once, so restarts keep sessions)."""
    if os.environ.get("CHAT_SECRET"):
        return os.environ["CHAT_SECRET"]
    path = Path(".pytk") / "chat-secret"
    if not path.exists():
        path.parent.mkdir(exist_ok=True)
        path.write_text(secrets.token_hex(32))
    return path.read_text().strip()


channels.declare("chat:*", message=ChatLine, presence=True, requires=("user",), authorize=_known_room)
use(Auth(store.SqliteUsers(), secret=_secret()))
for _name, _password in DEMO_USERS.items():
    if store.db().execute("SELECT 1 FROM users WHERE name = ?", (_name,)).fetchone() is None:
        store.add_user(_name, _password)


class ChatServiceImpl(ChatService):
    async def rooms(self) -> list[str]:
        return list(ROOMS)

    @requires()
    async def history(self, room: str) -> list[ChatLine]:
        if room not in ROOMS:
            raise NotSaid(f"there is no room {room!r}")
        return store.last_lines(room)

    @requires()
    async def say(self, room: str, text: str) -> int:
        text = text.strip()
        if room not in ROOMS:
            raise NotSaid(f"there is no room {room!r}")
        if not text:
            raise NotSaid("say something")
        if len(text) > MAX_LINE:
            raise NotSaid(f"keep it under {MAX_LINE} characters")
        line = ChatLine(room, current_user().name, text, datetime.now(timezone.utc).isoformat(timespec="seconds"))
        store.add_line(line)
        return await channel(f"chat:{room}").publish(line)
