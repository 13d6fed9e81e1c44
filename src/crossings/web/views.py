"""Presentation helpers: highlighting quotes in text, formatting values, safe links, query strings.

Highlighting never builds HTML from article text: it splits the text at offsets into pieces and
the templates print each piece through Jinja's autoescape.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from urllib.parse import urlencode, urlsplit

from crossings.document import Document
from crossings.codebook import book
from crossings.conflicts import conflict_rows
from crossings.countries import CONTINENTS, continent_name, country_name
from crossings.events import Event, Evidence, Mention, Place, Subject, When
from crossings.web import charts, words

CANONICAL = ("type", "status", "subjects", "origin", "destination", "date", "sources", "reported")
CONTEXT = 200  # at most this much text either side of a quote: its sentence, cut at a word
SENTENCE_ENDS = (". ", "? ", "! ", "\n", "。")


@dataclass
class Piece:
    text: str
    marks: list[dict] = field(default_factory=list)  # the spans covering this piece
    start: int = 0


@dataclass
class Quote:
    evidence: Evidence
    mention: Mention
    document: Document | None
    pieces: list[Piece]  # the quote in its context, quote marked
    verified: bool


def pieces(text: str, spans: list[dict], lo: int = 0, hi: int | None = None) -> list[Piece]:
    """text[lo:hi] cut at every span edge; each piece lists the spans ({start, end, ...}) over it."""
    hi = len(text) if hi is None else hi
    cuts = {lo, hi} | {min(max(p, lo), hi) for s in spans for p in (s["start"], s["end"])}
    edges = sorted(cuts)
    out = []
    for a, b in zip(edges, edges[1:]):
        if a < b:
            out.append(Piece(text[a:b], [s for s in spans if s["start"] <= a and b <= s["end"]], a))
    return out


def quote_in_context(ev: Evidence, mention: Mention, doc: Document | None) -> Quote:
    if doc is None:
        return Quote(ev, mention, None, [Piece(ev.quote, [{"start": 0, "end": 0}])], False)
    lo, hi = _sentence_start(doc.text, ev.start), _sentence_end(doc.text, ev.end)
    span = {"start": ev.start, "end": ev.end, "field": ev.field}
    return Quote(ev, mention, doc, pieces(doc.text, [span], lo, hi), ev.verify(doc.text))


def _word_edge(text: str, at: int, step: int) -> int:
    """Move a cut point outward to the nearest space (at most 30 characters) so words stay whole."""
    at = min(max(at, 0), len(text))
    for _ in range(30):
        if at <= 0 or at >= len(text) or text[at].isspace():
            break
        at += step
    return min(max(at, 0), len(text))


def _sentence_start(text: str, at: int) -> int:
    """Where the sentence holding `at` starts, looking back at most CONTEXT characters."""
    window = text[max(0, at - CONTEXT) : at]
    cut, mark = max((window.rfind(mark), mark) for mark in SENTENCE_ENDS)
    if cut >= 0:
        return at - len(window) + cut + len(mark)
    return 0 if at <= CONTEXT else _word_edge(text, at - CONTEXT, -1)


def _sentence_end(text: str, at: int) -> int:
    window = text[at : at + CONTEXT]
    found = [(i, mark) for i, mark in ((window.find(mark), mark) for mark in SENTENCE_ENDS) if i >= 0]
    if found:
        i, mark = min(found)
        return at + i + (0 if mark == "\n" else 1)  # keep the full stop, not the line break
    return len(text) if at + CONTEXT >= len(text) else _word_edge(text, at + CONTEXT, 1)


def evidence_by_field(event: Event, documents: dict[str, Document]) -> dict[str, list[Quote]]:
    """Each canonical field's quotes ('subjects.0.name' counts for subjects), sources in order."""
    out: dict[str, list[Quote]] = {name: [] for name in CANONICAL}
    seen: set[tuple] = set()
    for m in event.mentions:
        for ev in m.evidence:
            head = ev.field.split(".")[0]
            if (head, m.doc, ev.start, ev.end) in seen:  # the same words backing two sub-fields
                continue
            seen.add((head, m.doc, ev.start, ev.end))
            out.setdefault(head, []).append(quote_in_context(ev, m, documents.get(m.doc)))
    return {name: _each_source_first(quotes) for name, quotes in out.items()}


def _each_source_first(quotes: list[Quote]) -> list[Quote]:
    """Round-robin over documents, so the first quotes shown come from different sources."""
    rank: dict[str, int] = {}
    keyed = []
    for i, q in enumerate(quotes):
        rank[q.mention.doc] = rank.get(q.mention.doc, -1) + 1
        keyed.append((rank[q.mention.doc], i, q))
    return [q for _, _, q in sorted(keyed, key=lambda k: k[:2])]


def document_spans(mentions: list[Mention], event_of: dict[str, str]) -> list[dict]:
    return [{"start": e.start, "end": e.end, "field": e.field, "type": m.type, "mention": m.id,
             "event": event_of.get(m.id)} for m in mentions for e in m.evidence]


def safe_url(url: str | None) -> str | None:
    """Only http(s) links are printed as links; javascript:, data: and the rest stay text."""
    if not url:
        return None
    try:
        scheme = urlsplit(url.strip()).scheme.lower()
    except ValueError:
        return None
    return url.strip() if scheme in ("http", "https") else None


def place(p: Place | None) -> str:
    if p is None:
        return ""
    return ", ".join(x for x in (p.city, p.region, p.country) if x)


def subject(s: Subject) -> str:
    bits = [s.name or "", f"({s.descriptor})" if s.descriptor else "", s.role or ""]
    if s.count and s.count > 1:
        bits.append(f"×{s.count}")
    if s.age:
        bits.append(f"age {s.age}")
    if s.minor:
        bits.append("minor")
    return " ".join(b for b in bits if b)


def when(w: When | None) -> str:
    if w is None or not w.value:
        return "unknown" + (f" ({how})" if (how := words.derivation_words(w)) else "")
    how = words.derivation_words(w)
    return f"{w.value} ({w.precision}{'; ' + how if how else ''})"


def value_of(event: Event, name: str) -> str:
    """A field in words, with the code an edit takes in brackets where it differs."""
    if name == "subjects":
        return "; ".join(w.text + (f" — “{w.descriptor}”" if w.descriptor else "") for w in words.who(event))
    if name == "origin":
        code = event.origin.country
        return (words.place_words(event.origin) + (f" ({code})" if code else "")) or "unknown"
    if name == "destination":
        code = event.destination
        return f"{country_name(code)} ({code})" if code else "not reported"
    if name == "date":
        return when(event.date)
    if name == "sources":
        return ", ".join(event.sources) or "none"
    if name in ("type", "status"):
        return label(getattr(event, name), "event_types" if name == "type" else "statuses") or "unknown"
    return getattr(event, name) or "unknown"


VERDICT_FIELDS = {"type": ("type",), "status": ("status",), "date": ("date.value",),
                  "origin": ("origin.country", "origin.city"), "destination": ("destination",),
                  "reported": ("reported",)}


def verdict_fields(event: Event, name: str) -> tuple[str, ...]:
    """The codebook fields under a canonical row whose machine value an analyst accepts or rejects."""
    if name == "subjects":
        return tuple(f"subjects.{i}.{k}" for i in range(len(event.subjects)) for k in ("name", "role"))
    return VERDICT_FIELDS.get(name, ())


def qs(params: dict, **changes) -> str:
    merged = {**params, **changes}
    return urlencode({k: v for k, v in merged.items() if v not in (None, "")})


def label(value: str | None, kind: str, lang: str = "en") -> str:
    return book().label(kind, value, lang)


FILTERS = {"label": label, "place": place, "subject": subject, "when": when, "safe_url": safe_url,
           "country": country_name, "place_words": words.place_words, "date_words": words.date_words}
GLOBALS = {
    "codebook": book, "conflict_rows": conflict_rows, "CANONICAL": CANONICAL, "value_of": value_of, "qs": qs,
    "verdict_fields": verdict_fields,
    "bar_chart": charts.bars, "period_chart": charts.periods, "headline": words.headline,
    "says": words.says_words, "who": words.who, "continents": CONTINENTS, "continent_name": continent_name,
    "derivation": words.derivation_words,
}
