"""Page-chrome filter for scraped text: navigation, buttons, ads, widgets, credits, spam.

Whole lines only: a line is dropped or kept verbatim, so that offsets into the clean text
point at the words the page printed. The patterns are data (chrome.yaml).
"""
from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

import yaml

from crossings.clean.datefind import find_dates, is_standalone

KEEP, CHROME, WIDGET, DATEHEADER = "keep", "chrome", "widget", "dateheader"
WIDGET_TAIL = 3  # lines after a temperature that still belong to the weather widget
_SENTENCE_END = re.compile(r"[.!?。다]\"?['’”]?\s*$")


@lru_cache(maxsize=1)
def _rules() -> tuple[re.Pattern, re.Pattern]:
    data = yaml.safe_load(Path(__file__).with_name("chrome.yaml").read_text(encoding="utf-8"))
    temperature = re.compile(rf"(?:{data.pop('temperature')})", re.I)
    alternatives = [p for patterns in data.values() for p in patterns]
    chrome = re.compile("|".join(f"(?:{p})" for p in alternatives), re.I | re.UNICODE)
    return chrome, temperature


def is_chrome(line: str) -> bool:
    text = line.strip().strip("\u200b\ufeff")
    if not text:
        return False
    chrome, _ = _rules()
    return bool(chrome.fullmatch(text)) or _is_related_link(text) or _is_punctuation(text)


def _is_related_link(text: str) -> bool:
    """A bracketed headline on a line of its own links to another article."""
    return (text.startswith("[") and text.endswith("]") and len(text.split()) >= 4
            and not _SENTENCE_END.search(text[1:-1]))


def _is_punctuation(text: str) -> bool:
    return not any(ch.isalnum() for ch in text)


def is_temperature(line: str) -> bool:
    _, temperature = _rules()
    return bool(temperature.fullmatch(line.strip()))


def classify(lines: list[str]) -> list[str]:
    """One label per line: keep, chrome, widget (weather box) or dateheader (page-top date)."""
    kinds = [CHROME if is_chrome(ln) else KEEP for ln in lines]
    _mark_widgets(lines, kinds)
    _mark_date_headers(lines, kinds)
    return kinds


def _mark_widgets(lines: list[str], kinds: list[str]) -> None:
    for i, line in enumerate(lines):
        if kinds[i] != KEEP or not is_temperature(line):
            continue
        kinds[i] = WIDGET
        tail = 0
        for j in range(i + 1, len(lines)):
            text = lines[j].strip()
            if not text:
                continue
            if tail >= WIDGET_TAIL or not _is_widget_line(text):
                break
            kinds[j], tail = WIDGET, tail + 1


def _is_widget_line(text: str) -> bool:
    if (found := find_dates(text)) and is_standalone(text, found):
        return True
    return len(text.split()) <= 3 and not _SENTENCE_END.search(text) and len(text) <= 40


def _mark_date_headers(lines: list[str], kinds: list[str]) -> None:
    """Standalone dates above the headline are the page's 'today' header, not its byline."""
    for i, line in enumerate(lines):
        text = line.strip()
        if kinds[i] != KEEP or not text:
            continue
        found = find_dates(text)
        if found and is_standalone(text, found):
            kinds[i] = DATEHEADER
            continue
        if is_headline_like(text):
            return


def is_headline_like(text: str) -> bool:
    words = text.split()
    return len(words) >= 4 or (len(text) >= 12 and any("\uac00" <= ch <= "\ud7a3" for ch in text))


def strip_chrome(text: str) -> str:
    """Keep the article; drop lines that are page furniture. Kept lines are verbatim."""
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    return join_kept(lines, classify(lines))


def join_kept(lines: list[str], kinds: list[str]) -> str:
    kept = [ln.rstrip() for ln, kind in zip(lines, kinds) if kind == KEEP]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(kept)).strip()
