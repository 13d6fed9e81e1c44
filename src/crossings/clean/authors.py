"""Authors named in a scraped byline: "By Jane Doe and John Roe", "BY KIM YOUNG [mail]", "홍길동 기자"."""
from __future__ import annotations

import re

BYLINE_WINDOW = 15  # lines at the top and at the bottom where bylines sit
_EN = re.compile(r"^(?i:by)[\s|:]+(?P<names>[A-Z][\w.'\-]+(?:[ \-][A-Z][\w.'\-]+){0,3}"
                 r"(?:\s*(?:,|and|&)\s*[A-Z][\w.'\-]+(?:[ \-][A-Z][\w.'\-]+){0,3})*)")
_KO = re.compile(r"(?:^|[\[\s=])(?P<name>[가-힣]{2,4})\s?(?:기자|특파원)(?=$|[\s\]=·,])")
_GLUED_LABEL = re.compile(r"(?<=[a-z])(Published|Updated|Posted|Modified)\b.*$")
_SPLIT = re.compile(r"\s*(?:,|\band\b|&)\s*")


def find_authors(lines: list[str]) -> list[str]:
    """Names from byline lines near the top or bottom of the kept text, in order, no repeats."""
    rows = [ln.strip() for ln in lines if ln.strip()]
    window = rows[:BYLINE_WINDOW] + rows[-BYLINE_WINDOW:]
    names: list[str] = []
    for line in window:
        for name in _names(line):
            if name not in names:
                names.append(name)
    return names


def _names(line: str) -> list[str]:
    if len(line) > 120:
        return []
    if m := _EN.match(line):
        return [_title_case(n) for n in _SPLIT.split(m["names"]) if len(n.split()) >= 2]
    if "기자" not in line and "특파원" not in line:  # what every Korean byline ends with
        return []
    return [m["name"] for m in _KO.finditer(line)][:3]


def _title_case(name: str) -> str:
    name = _GLUED_LABEL.sub("", name)  # "Nam Kyung-donPublished : May 7" lost its space
    return name.title() if name.isupper() else name
