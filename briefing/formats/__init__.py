"""One small module per file format; ``briefing.load`` picks the right one.

Each format module exposes ``parse(data: bytes, name: str) -> Briefing`` and
raises ``FormatError`` with a short reason; ``briefing.load`` prefixes the
file name so every message the user sees has the same shape.
"""

from __future__ import annotations

from briefing.model import BriefingError


class FormatError(BriefingError):
    """Why a format module refused the bytes, without the file name."""
