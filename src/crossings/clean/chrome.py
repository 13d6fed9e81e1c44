"""Page-chrome filter for scraped text: drops navigation, buttons, ads, widgets, credits."""
from __future__ import annotations

import re

_CHROME = re.compile(
    r"^(skip to (main )?content|skip to navigation|text size|close|menu|share|top|"
    r"- ?advertisement ?-|advertisement|bar_progress|본문 바로가기|special coverage|"
    r"join us on social!?)$",
    re.I,
)


def strip_chrome(text: str) -> str:
    """Keep the article; drop lines that are page furniture. Lines are kept verbatim."""
    lines = [ln for ln in text.replace("\r\n", "\n").split("\n") if not _CHROME.match(ln.strip())]
    out = "\n".join(lines)
    return re.sub(r"\n{3,}", "\n\n", out).strip()
