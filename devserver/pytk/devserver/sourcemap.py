"""Read the source maps the compiler writes: which Python line a line of JavaScript came from.

The maps are version 3 with one segment per generated line (the generator maps lines, not
columns), so a map is reduced to a list indexed by generated line.
"""
from __future__ import annotations

import json
from pathlib import Path

_BASE64 = {c: i for i, c in enumerate("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/")}


def decode_vlq(segment: str) -> list[int]:
    """The integers of one base64 VLQ segment, e.g. ``"AACA"`` -> ``[0, 0, 1, 0]``."""
    values, shift, value = [], 0, 0
    for char in segment:
        digit = _BASE64[char]
        value += (digit & 31) << shift
        if digit & 32:
            shift += 5
            continue
        values.append(-(value >> 1) if value & 1 else value >> 1)
        shift, value = 0, 0
    return values


class LineMap:
    """Generated line -> (source file name, source line), both lines counted from 1."""

    def __init__(self, sources: list[str], lines: list[tuple[int, int] | None]):
        self.sources = sources
        self.lines = lines

    @classmethod
    def parse(cls, text: str) -> LineMap:
        data = json.loads(text)
        source, line, column = 0, 0, 0
        lines: list[tuple[int, int] | None] = []
        for group in data.get("mappings", "").split(";"):
            first: tuple[int, int] | None = None
            for segment in filter(None, group.split(",")):
                fields = decode_vlq(segment)
                if len(fields) >= 4:
                    source, line, column = source + fields[1], line + fields[2], column + fields[3]
                    if first is None:
                        first = (source, line + 1)
            lines.append(first)
        return cls(list(data.get("sources", [])), lines)

    @classmethod
    def load(cls, path: Path) -> LineMap:
        return cls.parse(path.read_text(encoding="utf-8"))

    def lookup(self, generated_line: int) -> tuple[str, int] | None:
        """The source file name (as the map names it) and line of a generated line, if mapped."""
        if not 1 <= generated_line <= len(self.lines):
            return None
        found = self.lines[generated_line - 1]
        if found is None or not 0 <= found[0] < len(self.sources):
            return None
        return self.sources[found[0]], found[1]
