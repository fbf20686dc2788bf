"""YAML front matter of Markdown briefings (title, date, source, url, ...).

Metadata is a convenience; the article is the point.  Broken front matter
(invalid YAML, a missing closing ``---``) therefore never stops a load: the
fields that can still be read line by line are kept and the rest ignored.
"""

from __future__ import annotations

import datetime as dt
import logging
import re
from dataclasses import dataclass, field

import yaml

# libyaml's safe loader is ten times faster than the pure-Python one; same rules.
_SAFE_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

log = logging.getLogger(__name__)

#: Front matter bigger than this is not front matter (and YAML is slow).
MAX_FRONT_MATTER = 64 * 1024

_FIELD_LINE = re.compile(r"^([A-Za-z_][\w-]*)\s*:(.*)$")
_ALIASES = {
    "title": "title", "headline": "title",
    "date": "date", "published": "date",
    "source": "source", "publisher": "source",
    "url": "url", "link": "url",
    "author": "author", "authors": "author", "byline": "author",
    "tags": "tags", "keywords": "tags",
    "standfirst": "standfirst", "summary": "standfirst", "subtitle": "standfirst",
    "description": "standfirst",
}


@dataclass
class FrontMatter:
    title: str = ""
    date: str = ""
    source: str = ""
    url: str = ""
    author: str = ""
    standfirst: str = ""
    tags: tuple[str, ...] = field(default_factory=tuple)


def split_front_matter(text: str) -> tuple[FrontMatter, str]:
    """Separate the front matter (if any) from the Markdown body."""
    lines = text.split("\n")
    if not lines or lines[0].strip() != "---":
        return FrontMatter(), text
    end = next((i for i, line in enumerate(lines[1:], 1) if line.strip() in ("---", "...")), None)
    if end is None:
        # Unclosed: the metadata is the run of "key: value" lines at the top.
        end = 1
        while end < len(lines) and (_FIELD_LINE.match(lines[end]) or lines[end][:1] in (" ", "\t", "-")):
            if not lines[end].strip():
                break
            end += 1
        log.warning("front matter is not closed with ---; reading %d line(s) of it", end - 1)
        raw, body = "\n".join(lines[1:end]), "\n".join(lines[end:])
        return _lenient(raw), body
    raw, body = "\n".join(lines[1:end]), "\n".join(lines[end + 1:])
    if len(raw) > MAX_FRONT_MATTER:
        log.warning("front matter too long (%d chars); ignoring it", len(raw))
        return FrontMatter(), body
    try:
        data = yaml.load(raw, Loader=_SAFE_LOADER)
    except yaml.YAMLError as exc:
        log.warning("front matter is not valid YAML (%s); reading it line by line",
                    " ".join(str(exc).split()))
        data = None
    fm = _from_mapping(data) if isinstance(data, dict) else _lenient(raw)
    if fm == FrontMatter() and not isinstance(data, dict):
        # Not metadata at all: two horizontal rules around the opening text.
        return fm, text
    return fm, body


def _from_mapping(data: dict) -> FrontMatter:
    fm = FrontMatter()
    for key, value in data.items():
        name = _ALIASES.get(str(key).strip().lower())
        if name is None or value is None:
            continue
        if name == "tags":
            if not fm.tags:
                fm.tags = _tags(value)
        elif not getattr(fm, name):
            setattr(fm, name, _scalar(value))
    return fm


def _lenient(raw: str) -> FrontMatter:
    """Salvage ``key: value`` lines from front matter YAML could not read."""
    data = {}
    for line in raw.split("\n"):
        match = _FIELD_LINE.match(line)
        if match and match.group(1).lower() not in data:
            data[match.group(1).lower()] = match.group(2).strip().strip("\"'")
    return _from_mapping(data)


def _scalar(value: object) -> str:
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    if isinstance(value, (list, tuple)):
        return ", ".join(_scalar(v) for v in value[:20] if not isinstance(v, (dict, list)))
    if isinstance(value, dict):
        return ""
    return " ".join(str(value).split())


def _tags(value: object) -> tuple[str, ...]:
    if isinstance(value, str):
        items = value.split(",")
    elif isinstance(value, (list, tuple)):
        items = [_scalar(v) for v in value[:100] if not isinstance(v, (dict, list))]
    else:
        items = [_scalar(value)]
    tags = []
    for item in items:
        tag = " ".join(str(item).split()).strip("#")
        if tag and tag not in tags:
            tags.append(tag)
    return tuple(tags)
