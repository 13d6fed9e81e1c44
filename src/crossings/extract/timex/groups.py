"""A rule match's named groups, read through the language's word lists."""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

OFFSET_TABLES = ("offsets", "year_offsets", "month_offsets", "week_offsets")


def norm(word: str) -> str:
    """The form vocabulary keys are stored in (rules.py applies it to every word list)."""
    return re.sub(r"\s+", " ", word.strip().rstrip(".")).lower()


@dataclass(frozen=True)
class Groups:
    raw: dict[str, str | None]
    vocab: dict[str, Any]

    def get(self, name: str) -> str | None:
        return self.raw.get(name)

    def _lookup(self, table: str, word: str | None) -> Any:
        if word is None:
            return None
        return (self.vocab.get(table) or {}).get(norm(word))

    def lookup(self, table: str, group: str) -> Any:
        """The value a word list gives the text of one group ("yesterday" -> -1)."""
        return self._lookup(table, self.get(group))

    def is_context(self) -> bool:
        """Does the expression count from another date of the story ("the previous year")?"""
        words = self.vocab.get("context_words") or []
        return any(norm(v) in words for v in self.raw.values() if v)

    def year(self) -> int | None:
        return int(self.raw["year"]) if self.get("year") else None

    def month(self) -> int | None:
        word = self.get("month") or self.get("mnum")
        if word and word.isdigit():
            return int(word)
        return self._lookup("months", word)

    def day(self) -> int | None:
        return int(self.raw["day"]) if self.get("day") else None

    def weekday(self) -> int | None:
        return self._lookup("weekdays", self.get("weekday") or self.get("kweekday"))

    def season(self) -> str | None:
        return self._lookup("seasons", self.get("season"))

    def offset(self, *names: str) -> int | None:
        word = next((self.get(n) for n in names if self.get(n)), None)
        for table in OFFSET_TABLES:
            value = self._lookup(table, word)
            if value is not None:
                return value
        return None

    def direction(self) -> str:
        word = self.get("rel") or self.get("dir")
        return self._lookup("directions", word) or "default"

    def number(self) -> tuple[int, bool] | None:
        """(n, exact) from a count: "3" and "three" are exact, "several" is not."""
        word = self.get("n")
        if word is None:
            return None
        if word.isdigit():
            return int(word), True
        exact = self._lookup("numbers", word)
        if exact is not None:
            return exact, True
        vague = self._lookup("vague", word)
        return (vague, False) if vague is not None else None

    def unit(self) -> str | None:
        word = self.get("unit")
        if word is None:
            return self._lookup("implied_units", self.get("n"))
        named = self._lookup("units", word)
        return named or norm(word).rstrip("s").replace("fall", "autumn")
