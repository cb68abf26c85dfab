"""Positions, as each party counts them.

* pytk's diagnostics: line and column from 1; the column of an import is Python's
  ``col_offset`` + 1, which counts UTF-8 bytes, and that of a syntax error counts characters;
* jedi: line from 1, column from 0 in characters (code points);
* the protocol: line and character from 0, the character in the negotiated code units
  (UTF-16 unless the client asked for another encoding).

The ``codec`` arguments are pygls ``PositionCodec`` objects (``workspace.position_codec``).
"""
from __future__ import annotations

import re

from lsprotocol import types

_WORD = re.compile(r"[\w.]+")
_IDENTIFIER = re.compile(r"\w+")


def lines_of(source: str) -> list[str]:
    """The lines of a text without their line endings; "" gives one empty line."""
    lines = source.splitlines()
    if not lines or source.endswith(("\n", "\r")):
        lines.append("")
    return lines


def char_index_from_bytes(line: str, byte_offset: int) -> int:
    """The character index at a UTF-8 byte offset of the line."""
    if line.isascii():
        return byte_offset
    return len(line.encode("utf-8")[:byte_offset].decode("utf-8", errors="ignore"))


def to_client(codec, line: str, index: int) -> int:
    """A character index of ``line`` in the client's code units."""
    index = max(0, min(index, len(line)))
    return codec.client_num_units(line[:index])


def from_client(codec, line: str, units: int) -> int:
    """The character index of ``line`` at ``units`` of the client's code units."""
    if line.isascii():
        return max(0, min(units, len(line)))
    counted = 0
    for index, char in enumerate(line):
        if counted >= units:
            return index
        counted += codec.client_num_units(char)
    return len(line)


def position(codec, lines: list[str], line: int, index: int) -> types.Position:
    """A protocol position from a 0-based line and a character index."""
    text = lines[line] if 0 <= line < len(lines) else ""
    return types.Position(line=max(line, 0), character=to_client(codec, text, index))


def token_span(line: str, index: int) -> tuple[int, int]:
    """The token that starts at, or covers, ``index``: a dotted name, or else one character.

    An index at or past the end of the line gives the last character (or an empty span on an
    empty line), so that a problem reported "after the end" is still visible.
    """
    if not line:
        return 0, 0
    if index >= len(line):
        return len(line) - 1, len(line)
    index = max(index, 0)
    start = index
    if _WORD.match(line, index):
        while start > 0 and (line[start - 1].isalnum() or line[start - 1] in "_."):
            start -= 1
        return start, _WORD.match(line, index).end()
    if line[index].isspace():
        return index, index + 1
    return index, index + 1


def identifier_span(line: str, index: int) -> tuple[int, int]:
    """The identifier (no dots) at ``index``, or an empty span there."""
    for match in _IDENTIFIER.finditer(line):
        if match.start() <= index <= match.end():
            return match.start(), match.end()
    return index, index
