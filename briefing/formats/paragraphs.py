"""Re-join lines into paragraphs for formats that only know lines.

Plain text and PDF text layers both lose the difference between "the line was
full" and "the paragraph ended".  The rule used here is the one a typesetter
would apply: a line was wrapped if the next word would not have fit on it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

#: Wider than this, a line is a whole paragraph, not a hard-wrapped one.
WRAP_MAX = 110

_BULLET = re.compile(r"^\s*([-*•–·▪◦‣]|\d{1,2}[.)])\s+(?=\S)")


@dataclass(frozen=True)
class Unit:
    """A paragraph-like run of text before it becomes a block."""

    text: str
    kind: str = "paragraph"  # paragraph | item


def line_units(text: str, tolerance: float = 1.0) -> list[Unit]:
    """Paragraphs from text whose lines may be hard-wrapped.

    ``tolerance`` < 1 widens what counts as a full line, for proportional
    fonts (PDF) where full lines vary in character count.
    """
    lines = [line.rstrip() for line in text.split("\n")]
    width = _wrap_width(lines)
    units: list[Unit] = []
    current: list[str] = []
    kind = "paragraph"

    def close() -> None:
        nonlocal current, kind
        joined = " ".join(part.strip() for part in current)
        if joined.strip():
            units.append(Unit(joined, kind))
        current, kind = [], "paragraph"

    for i, line in enumerate(lines):
        if not line.strip():
            close()
            continue
        bullet = _BULLET.match(line)
        if bullet:
            close()
            kind = "item"
            # Bullets are punctuation, numbers are content worth keeping.
            marker = bullet.group(1)
            line = line[bullet.end():] if not marker[0].isdigit() else line
        elif current and current[-1].endswith("-") and not current[-1].endswith(" -"):
            # A word hyphenated across lines: join without the space.
            current[-1] = current[-1] + line.strip()
            line = ""
        if line:
            current.append(line)
        nxt = lines[i + 1] if i + 1 < len(lines) else ""
        if kind == "item" and nxt[:1].isspace() and nxt.strip() and not _BULLET.match(nxt):
            continue  # an indented continuation of a list item
        if not width or not _wrapped(line or current[-1], nxt, width, tolerance):
            close()
    close()
    return units


def _wrap_width(lines: list[str]) -> int:
    """The width text was wrapped at, or 0 when lines are paragraphs."""
    lengths = sorted(len(line) for line in lines if line.strip())
    if len(lengths) < 2:
        return 0
    p90 = lengths[min(len(lengths) - 1, int(len(lengths) * 0.9))]
    return p90 if p90 <= WRAP_MAX else 0


def _wrapped(line: str, nxt: str, width: int, tolerance: float) -> bool:
    if not nxt.strip() or _BULLET.match(nxt) or len(line) > WRAP_MAX:
        return False
    first_word = nxt.split()[0]
    return len(line) + 1 + len(first_word) > width * tolerance
