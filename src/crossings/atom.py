"""Atom 1.0 documents (RFC 4287) for the feeds of new and changed events and of alerts.

Links are paths on the dashboard, resolved by feed readers against the feed's own address: the
Host header a request carries is never written into a document.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime
from xml.etree import ElementTree as ET

NS = "http://www.w3.org/2005/Atom"
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")  # XML 1.0 forbids these


@dataclass
class Entry:
    id: str  # a URN that stays the same for the same thing
    title: str
    updated: datetime
    summary: str
    href: str
    category: str = ""


def document(feed_id: str, title: str, self_href: str, entries: list[Entry]) -> bytes:
    feed = ET.Element("feed", xmlns=NS)
    _text(feed, "id", feed_id)
    _text(feed, "title", title)
    _text(feed, "updated", _when(max((e.updated for e in entries), default=datetime(2000, 1, 1))))
    ET.SubElement(feed, "link", rel="self", href=self_href)
    author = ET.SubElement(feed, "author")
    _text(author, "name", "Crossings")
    for e in entries:
        entry = ET.SubElement(feed, "entry")
        _text(entry, "id", e.id)
        _text(entry, "title", e.title)
        _text(entry, "updated", _when(e.updated))
        ET.SubElement(entry, "link", rel="alternate", type="text/html", href=e.href)
        if e.category:
            ET.SubElement(entry, "category", term=_clean(e.category))
        _text(entry, "summary", e.summary)
    return b'<?xml version="1.0" encoding="utf-8"?>\n' + ET.tostring(feed, encoding="utf-8", xml_declaration=False)


def _text(parent: ET.Element, tag: str, value: str) -> None:
    ET.SubElement(parent, tag).text = _clean(value)


def _clean(value: str) -> str:
    return _NOT_XML.sub("\ufffd", str(value))


def _when(at: datetime) -> str:
    return at.replace(microsecond=0).isoformat() + "Z"  # stored times are naive UTC
