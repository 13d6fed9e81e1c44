"""HTML -> article text and metadata through trafilatura (the one module that imports it)."""
from __future__ import annotations

import lxml_html_clean  # noqa: F401  trafilatura 2.3.1 fails to import without it
import trafilatura


def extract_html(html: str, url: str | None) -> tuple[str, dict]:
    text = trafilatura.extract(html, url=url, include_comments=False, favor_precision=False) or ""
    meta = trafilatura.extract_metadata(html, default_url=url)
    info = {}
    if meta is not None:
        info = {
            "title": meta.title,
            "outlet": meta.sitename,
            "authors": [a.strip() for a in (meta.author or "").split(";") if a.strip()],
            "date": meta.date,
        }
    if meta is not None and meta.title and not text.startswith(meta.title):
        text = f"{meta.title}\n\n{text}"
    return text, info
