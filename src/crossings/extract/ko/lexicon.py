"""The Korean lexicons (YAML beside the code, in extract/lexicons/ko), loaded once."""
from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

LEXICONS = Path(__file__).resolve().parent.parent / "lexicons" / "ko"


@lru_cache(maxsize=None)
def load(name: str) -> Any:
    with open(LEXICONS / name, encoding="utf-8") as f:
        return yaml.safe_load(f)


@lru_cache(maxsize=None)
def alternation(patterns: tuple[str, ...]) -> re.Pattern[str]:
    """One compiled regex matching any of the patterns."""
    return re.compile("|".join(f"(?:{p})" for p in patterns))


def any_of(patterns: list[str] | None) -> re.Pattern[str] | None:
    return alternation(tuple(patterns)) if patterns else None
