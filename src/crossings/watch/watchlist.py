"""The watch list: a YAML (or JSON) file naming the feeds and pages to poll, how often, how
politely, and the alert rules to apply after each poll.

    every: 15m            # between polls: 90 (seconds), 90s, 15m, 1h; default 15m
    per_host: 1           # seconds between two requests to one host; default 1
    sources:              # RSS/Atom feeds and pages, http(s) only
      - https://news.example/rss
    alerts: alerts.yaml   # optional: alert rules (crossings.watch.alerts), relative to this file
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from crossings.errors import CrossingsError
from crossings.ingest.fetch import is_url

DEFAULT_EVERY = 15 * 60.0
MAX_LIST_BYTES = 1_000_000
_DURATION = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*([smh]?)\s*$")


@dataclass(frozen=True)
class WatchList:
    sources: tuple[str, ...]
    every: float = DEFAULT_EVERY
    per_host: float = 1.0
    alerts: Path | None = None
    path: Path | None = field(default=None, compare=False)


def seconds(value) -> float:
    """90, "90s", "15m", "1h" -> seconds."""
    found = _DURATION.match(str(value))
    if not found:
        raise CrossingsError(f"not a duration: {value!r} (say 90, 90s, 15m or 1h)")
    return float(found.group(1)) * {"": 1, "s": 1, "m": 60, "h": 3600}[found.group(2)]


def load(path: str | Path) -> WatchList:
    path = Path(path)
    try:
        data = path.read_bytes()[:MAX_LIST_BYTES + 1]
        if len(data) > MAX_LIST_BYTES:
            raise CrossingsError(f"{path}: a watch list over {MAX_LIST_BYTES} bytes")
        spec = yaml.safe_load(data.decode("utf-8")) or {}
    except (OSError, UnicodeDecodeError, yaml.YAMLError) as exc:
        raise CrossingsError(f"{path}: cannot read the watch list: {exc}") from exc
    if not isinstance(spec, dict) or not isinstance(spec.get("sources"), list) or not spec["sources"]:
        raise CrossingsError(f"{path}: a watch list needs `sources:`, a list of feed and page URLs")
    sources = tuple(str(s).strip() for s in spec["sources"])
    if bad := [s for s in sources if not is_url(s)]:
        raise CrossingsError(f"{path}: only http(s) URLs can be watched, not {bad[0]!r}")
    alerts = spec.get("alerts")
    return WatchList(tuple(dict.fromkeys(sources)), seconds(spec.get("every", DEFAULT_EVERY)),
                     seconds(spec.get("per_host", 1)), (path.parent / str(alerts)) if alerts else None, path)
