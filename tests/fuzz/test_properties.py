"""Property-based tests (hypothesis) over ingest, cleaning, date resolution and extraction: for
any input, each stage returns its plain data or one error naming the input, never anything
else, and what it returns keeps its invariants (offsets quote the text, no lone surrogates,
no year invented without an anchor)."""
from __future__ import annotations

import datetime as dt
import json
import re
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from crossings.clean import clean_page
from crossings.clean.chrome import classify
from crossings.clean.dates import page_dates
from crossings.document import Document, RawPage, content_hash
from crossings.errors import InputError
from crossings.extract import extract_document
from crossings.extract.timex import find_dates
from crossings.ingest import InputNote, read_inputs
from crossings.ingest.decode import decode_bytes
from crossings.settings import Settings

# deterministic in CI (the bench explores at random); no example database written to the repo
FAST = settings(max_examples=60, deadline=None, derandomize=True, database=None,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
SLOW = settings(FAST, max_examples=12)
S = Settings(extract=False, time_budget=20)
SURROGATE = re.compile(r"[\ud800-\udfff]")

WORDS = ["defected", "fled", "to South Korea", "in May", "last year", "on the 4th", "2016", "diplomat",
         "North Korean", "embassy in London", "지난해 11월", "탈북했다", "16일", "the", ",", ".", "\n",
         "<p>", "</p>", "<div>", "&amp;", "Pak", "Sun Il", "and his wife", "children", "aged 9", "Q3"]
prose = st.lists(st.sampled_from(WORDS) | st.text(max_size=12), max_size=60).map(" ".join)
json_values = st.recursive(st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=30),
                           lambda inner: st.lists(inner, max_size=4) | st.dictionaries(
                               st.sampled_from(["id", "text", "html", "path", "url", "lang", "published", "title", "x"]),
                               inner, max_size=6), max_leaves=20)


def _read(data: bytes, suffix: str) -> list:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / f"input{suffix}"
        path.write_bytes(data)
        found = list(read_inputs([str(path)], S))
        assert found, "an input ended in nothing"
        for item in found:
            assert isinstance(item, (RawPage, InputError, InputNote))
            assert item.source.startswith(str(path))
            if isinstance(item, RawPage):
                assert not SURROGATE.search(item.content) and not SURROGATE.search(item.id or "")
        return found


@FAST
@given(st.binary(max_size=3000))
def test_decoding_any_bytes_gives_text_or_one_error(data):
    try:
        text, _ = decode_bytes(data, "x")
    except InputError as err:
        assert err.source == "x" and err.problem
    else:
        assert isinstance(text, str) and not SURROGATE.search(text)


@FAST
@given(st.binary(max_size=3000) | prose.map(str.encode), st.sampled_from([".txt", ".html", ".xml", ".rss", ".jsonl",
                                                                          ".warc", ".warc.gz", ".arc"]))
def test_any_file_ends_in_pages_or_error_lines_naming_it(data, suffix):
    _read(data, suffix)


@FAST
@given(st.lists(json_values.map(json.dumps) | st.text(st.characters(exclude_characters="\n"), max_size=60),
                min_size=1, max_size=5))
def test_any_manifest_line_ends_in_a_page_or_an_error_naming_the_line(lines):
    found = _read("\n".join(lines).encode("utf-8", "surrogatepass"), ".jsonl")
    numbered = {int(m.group(1)) for i in found if (m := re.match(r".*?\.jsonl:(\d+)", i.source))}
    wanted = {n for n, line in enumerate(lines, 1) if line.strip()} if "\n".join(lines).strip() else set()
    assert wanted <= numbered or any(i.problem == "manifest is empty" for i in found if isinstance(i, InputError))


@FAST
@given(prose, st.sampled_from(["text", "html"]))
def test_cleaning_gives_a_document_or_one_error(content, kind):
    raw = RawPage(source="p", content=content, kind=kind)
    try:
        doc = clean_page(raw)
    except InputError as err:
        assert err.source == "p"
    else:
        assert doc.text.strip() and doc.id == content_hash(doc.text)
        assert doc.published.value is None or re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", doc.published.value)


anchors = st.dates(dt.date(1, 1, 1), dt.date(9999, 12, 31)).flatmap(
    lambda d: st.sampled_from([d.isoformat(), d.isoformat()[:7], d.isoformat()[:4]]))


@FAST
@given(prose, st.sampled_from(["en", "ko"]), st.none() | anchors, st.booleans())
def test_date_resolution_quotes_its_text_and_invents_no_year(text, lang, anchor, capture):
    found = find_dates(text, lang, anchor, anchor_is_capture=capture)
    for a, b in zip(found, found[1:]):
        assert a.end <= b.start
    for m in found:
        assert text[m.start:m.end] == m.text
        if anchor is None and m.relative:
            assert m.value is None, f"{m.text!r} resolved to {m.value} with no anchor"
        if m.value:
            assert re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?|\d{4}-(spring|summer|autumn|fall|winter|Q\d)", m.value) \
                or m.value[:4].isdigit()


@FAST
@given(st.lists(prose, max_size=8), st.none() | anchors, st.none() | st.text(max_size=40))
def test_page_dates_take_any_lines(lines, given_date, url):
    published, captured = page_dates(lines, classify(lines), url, given_date)
    assert published.value is None or published.value[:4].isdigit()


@SLOW
@given(prose, st.sampled_from(["en", "ko"]))
def test_extraction_evidence_always_quotes_the_text(text, lang):
    if not text.strip():
        return
    doc = Document(id="d", text=text, raw=text, lang=lang, content_hash=content_hash(text))
    for mention in extract_document(doc):
        assert mention.doc == "d"
        for ev in mention.evidence:
            assert text[ev.start:ev.end] == ev.quote
