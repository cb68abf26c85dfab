"""The chat's SQLite database: users (scrypt-hashed passwords) and the history of each room.

Each process opens its own connection (workers fork after start-up); WAL mode lets several
processes read while one writes.
"""
from __future__ import annotations

import os
import sqlite3
from pathlib import Path

from pytk.server.auth import User, hash_password, verify_password

from chat.shared.models import ChatLine

SCHEMA = """
CREATE TABLE IF NOT EXISTS users (name TEXT PRIMARY KEY, password TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS lines (id INTEGER PRIMARY KEY, room TEXT NOT NULL, author TEXT NOT NULL,
                                  text TEXT NOT NULL, at TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS lines_by_room ON lines (room, id);
"""

_connection: tuple[int, sqlite3.Connection] | None = None


def database_path() -> Path:
    return Path(os.environ.get("CHAT_DB", "chat.db"))


def db() -> sqlite3.Connection:
    """This process's connection."""
    global _connection
    if _connection is None or _connection[0] != os.getpid():
        connection = sqlite3.connect(database_path(), timeout=10, isolation_level=None)
        connection.execute("PRAGMA journal_mode=WAL")
        connection.executescript(SCHEMA)
        _connection = (os.getpid(), connection)
    return _connection[1]


def add_user(name: str, password: str) -> None:
    db().execute("INSERT OR REPLACE INTO users (name, password) VALUES (?, ?)", (name, hash_password(password)))


def add_line(line: ChatLine) -> None:
    db().execute("INSERT INTO lines (room, author, text, at) VALUES (?, ?, ?, ?)",
                 (line.room, line.author, line.text, line.at))


def last_lines(room: str, count: int = 50) -> list[ChatLine]:
    rows = db().execute("SELECT room, author, text, at FROM lines WHERE room = ? ORDER BY id DESC LIMIT ?",
                        (room, count)).fetchall()
    return [ChatLine(*row) for row in reversed(rows)]


class SqliteUsers:
    """The user store the chat's Auth checks passwords against."""

    async def authenticate(self, name: str, password: str) -> User | None:
        row = db().execute("SELECT password FROM users WHERE name = ?", (name,)).fetchone()
        if row is None or not verify_password(password, row[0]):
            return None
        return User(name)
