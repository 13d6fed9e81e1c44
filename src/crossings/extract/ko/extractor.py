"""The Korean extractor: sentences with a trigger -> frames -> happenings -> Mentions."""
from __future__ import annotations

import re

from crossings.document import Document
from crossings.events import Evidence, Mention, When
from crossings.extract.article import relate_happenings
from crossings.extract.ko.build import build_mention
from crossings.extract.ko.cluster import Cluster, cluster_frames
from crossings.extract.ko.romanize import figures
from crossings.extract.ko.people import bind_names
from crossings.extract.ko.frames import NK, Context, frames_of, north_korean_place
from crossings.extract.ko.segment import sentences
from crossings.extract.ko.status import refers_back, status
from crossings.extract.ko.subjects import full_names
from crossings.extract.ko.triggers import find_hits


LEDE = 2  # sentence index: the headline and the first sentences tell the news
PUBLISHED_YEAR = "anchor:published-year"
# "…한 것으로 알려졌다", "…한 사실이 확인됐다", "…했다"고 소식통이 전했다: told as news (a source
# passing it on), whatever its tense
NEWS = re.compile(r"(?:것으로|사실이|사실을)\s?(?:알려|전해|확인|밝혀|드러)"
                  r"|(?:다|라)[\"”’]?\s?(?:고|며|면서)\s[^.\n]{0,40}?(?:전했|밝혔|보도했|말했|설명했|덧붙였|언급했)")


def extract(doc: Document) -> list[Mention]:
    text = doc.text
    if not NK.search(text) and not north_korean_place(text, 0, len(text)):
        return []  # out of domain: Cuban ballplayers, party defections
    ctx = Context(text=text, anchor=doc.published.value or doc.captured,
                  is_capture=not doc.published.value and bool(doc.captured), known=_names(text))
    clusters = cluster_frames(frames_of(ctx))
    _attach_statements(text, clusters)
    ordered = sorted(clusters, key=lambda c: c.order)
    mentions = [build_mention(doc.id, text, c) for c in ordered]
    for c, m in zip(ordered, mentions):
        _date_from_publication(text, doc.published.value, c, m)
    bind_names(text, mentions)  # SB-NAME: the names the document gives the subjects' roles
    return relate_happenings([m for m in mentions if m.evidence])  # the shared document stage


def _date_from_publication(text: str, published: str | None, c: Cluster, m: Mention) -> None:
    """A happening the article tells as news (in its lede, or as "…한 것으로 알려졌다") and dates
    nowhere happened in the year it was published. Never from a capture date: that is only an
    upper bound (the English rule, en._date_from_publication)."""
    if not published or m.date.value or m.background:
        return
    news = [f for f in c.frames if f.strong and not f.background
            and (f.group <= LEDE or NEWS.search(text, f.sentence.start, f.sentence.end))]
    if news:
        hit = news[0].hits[0]
        m.date = When(published[:4], "year", PUBLISHED_YEAR)
        m.evidence.append(Evidence("date", hit.start, hit.end, text[hit.start:hit.end]))


def _attach_statements(text: str, clusters: list[Cluster]) -> None:
    """A sentence with no trigger that states a status about the story ("국정원은 이에 대해
    확인해 줄 수 없다고 밝혔다") speaks of the happening told last before it."""
    told = sorted((c for c in clusters if not c.background), key=lambda c: c.order)
    if not told:
        return
    for sent in sentences(text):
        if find_hits(text, sent.start, sent.end):
            continue
        kind, span = status(text, sent.start, sent.end)
        if kind in (None, "reported") or (kind == "confirmed" and not refers_back(text, sent.start, sent.end)):
            continue
        before = [c for c in told if c.order < sent.start]
        (before[-1] if before else told[0]).statements.append((kind, span))


def _names(text: str) -> list[str]:
    """Full names of people in the sentences that carry a trigger (for "태 씨" -> 태영호)."""
    names = [n for n in figures() if n in text]
    for sent in sentences(text):
        if find_hits(text, sent.start, sent.end):
            for s, e in full_names(text, sent.start, sent.end):
                if text[s:e] not in names:
                    names.append(text[s:e])
    return names
