"""One hostile batch (NUL characters, site names and ids past their columns'
lengths, a 'date' that is a paragraph) stores the same on SQLite and PostgreSQL, with notes."""
import json

import pytest

from crossings import api
from crossings.bounds import bound_document, fit, scrub
from crossings.document import DateInfo, Document
from crossings.settings import Settings
from crossings.store import Store

STORY = ("A North Korean diplomat posted in Rome defected to South Korea in March 2023 with his "
         "wife, officials in Seoul said on Tuesday. The ministry declined to give details.")
LONG_HOST = ".".join(["newsdesk" * 5] * 8) + ".example"  # a domain of 300+ characters: the outlet


def hostile_batch(folder):
    records = [
        {"id": "nul-text", "text": STORY.replace("Rome", "Ro\x00me").replace("said", "said\x00\x00")},
        {"id": "long-site", "url": f"https://{LONG_HOST}/story", "text": STORY.replace("Rome", "Vienna")},
        {"id": "x" * 260, "text": STORY.replace("Rome", "Prague")},
        {"id": "paragraph-date", "published": "2023-03-07" + " and then" * 10, "text": STORY.replace("Rome", "Oslo")},
    ]
    manifest = folder / "batch.jsonl"
    manifest.write_text("\n".join(json.dumps(r) for r in records), encoding="utf-8")
    page = folder / "mixed.html"
    page.write_bytes(b"<html><head><title>Ti&#0;tle</title><meta property='og:site_name' content='"
                     + b"S" * 400 + b"'></head><body><article><p>"
                     + STORY.replace("Rome", "Bern").encode() + b" Caf\xe9 &#0;.</p></article></body></html>")
    return [str(manifest), str(page)]


def contents(url: str) -> dict:
    store = Store(url)
    docs = {d.id: {**d.to_dict(), "published": d.published.to_dict()} for d in store.documents()}
    return {"documents": docs,
            "mentions": sorted(json.dumps(m.to_dict(), sort_keys=True) for m in store.mentions()),
            "events": sorted(json.dumps(e.to_dict(), sort_keys=True) for e in store.events())}


@pytest.mark.postgres
def test_the_same_hostile_batch_stores_the_same_on_both_backends(tmp_path, pg_url):
    inputs = hostile_batch(tmp_path)
    reports = {url: api.ingest(inputs, db=url, settings=Settings(db=url))
               for url in (f"sqlite:///{tmp_path / 'store.db'}", pg_url)}
    sqlite, pg = (contents(url) for url in reports)
    assert len(sqlite["documents"]) == 5 and sqlite["mentions"] and sqlite["events"]
    assert sqlite == pg
    first, second = reports.values()
    assert first.errors == second.errors and first.notes == second.notes
    notes = "\n".join(first.notes)
    assert "outlet longer than 300 characters" in notes and "id longer than 200 characters" in notes
    assert "batch.jsonl:1: 3 NUL or unpaired surrogate character(s) removed" in notes
    for doc in sqlite["documents"].values():
        assert "\x00" not in json.dumps(doc) and len(doc["id"]) <= 200 and len(doc["outlet"] or "") <= 300
        assert doc["text"] == scrub(doc["text"])


def test_bound_document_keeps_evidence_offsets_valid_and_long_ids_apart():
    text = "A\x00B defected.\ud800"
    doc = Document(id="d" * 250, text=text, raw=text, outlet="o" * 400, source="page.html",
                   published=DateInfo("2023-01-02T00:00:00 and something else entirely", "day", "meta"))
    bounded, notes = bound_document(doc)
    assert bounded.text == "AB defected.\ufffd" and bounded.raw == bounded.text
    assert len(bounded.id) == 200 and len(bounded.outlet) == 300 and bounded.published.value is None
    assert len(notes) == 4 and all(n.startswith("page.html: ") for n in notes)
    other = bound_document(Document(id="d" * 249 + "e", text="x", raw="x"))[0]
    assert other.id != bounded.id and len(other.id) == 200
    assert fit("short", 200, keep_apart=True) == "short"
    untouched = Document(id="ok", text="clean", raw="clean", outlet="Outlet")
    assert bound_document(untouched) == (untouched, [])


def test_the_store_bounds_what_arrives_by_other_ways(db_url):
    store = Store(db_url)
    doc = Document(id="direct", text="clean", raw="clean", outlet="N\x00" + "o" * 500, title="T\x00")
    store.add_documents([(doc, None)])
    stored = store.get_document("direct")
    assert stored.title == "T" and len(stored.outlet) == 300 and "\x00" not in stored.outlet
