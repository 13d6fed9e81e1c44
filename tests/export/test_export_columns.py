"""Every event export format read back: the ACLED-like columns (dates with their precision and
derivation, points with their geo precision, country names, outlets and addresses, independent
sources, notes, review state, last change), and the data dictionary and codebook docs/ ships."""
import csv
import json
import re
from pathlib import Path

import pyarrow.parquet as pq
import pytest

from crossings import api, review
from crossings.codebook import book
from crossings.columns import COLUMN_NAMES, EVENT_COLUMNS
from crossings.datadocs import codebook_markdown, dictionary_markdown
from crossings.store import Store
from tests.export import sample

DOCS = Path(__file__).parents[2] / "docs"
NESTED = {"subjects", "origin", "date", "mentions", "conflicts", "people"}


@pytest.fixture
def db(db_url):
    store = Store(db_url)
    sample.build(store)
    review.decide(store, "confirm", "ev-defection", "ana", "two outlets and the ministry", {})
    return db_url


def read_back(path: Path, fmt: str) -> list[dict]:
    if fmt == "csv":
        with open(path, encoding="utf-8", newline="") as f:
            return list(csv.DictReader(f))
    if fmt == "parquet":
        return pq.read_table(path).to_pylist()
    if fmt == "geojson":
        return [f["properties"] for f in json.loads(path.read_text(encoding="utf-8"))["features"]]
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


@pytest.mark.parametrize("fmt", ["csv", "jsonl", "parquet", "geojson"])
def test_every_format_carries_the_documented_columns(db, tmp_path, fmt):
    out = tmp_path / f"events.{fmt}"
    assert api.export("events", fmt, str(out), db=db) == 3
    rows = read_back(out, fmt)
    extra = NESTED if fmt == "jsonl" else set()
    assert all(list(r)[:len(COLUMN_NAMES)] == list(COLUMN_NAMES) and set(r) == set(COLUMN_NAMES) | extra for r in rows)
    assert [r["id"] for r in rows] == ["ev-defection", "ev-sent-back", "ev-closure"]  # newest first
    one = rows[0]
    listed = (lambda v: v.split("; ")) if fmt == "csv" else (lambda v: v)
    number = float if fmt == "csv" else (lambda v: v)
    assert (one["event_date"], one["time_precision"], one["date_derivation"]) == ("2019-07", "month", "explicit")
    assert (one["country"], one["country_name"], one["location"], one["geo_precision"]) == ("MT", "Malta", "Valletta", "city")
    assert (number(one["latitude"]), number(one["longitude"])) == (35.89968, 14.5147)
    assert (one["destination"], one["destination_name"]) == ("KR", "South Korea")
    assert listed(one["sources"]) == ["Gull Times", "Wire Mirror"]
    assert listed(one["source_urls"]) == ["https://gull.example/2019/counsellor", "https://wire.example/copy/77"]
    assert str(one["independent_sources"]) == "1"  # the wire copy and its original count once
    assert listed(one["attributed_to"]) == ["the unification ministry"]
    assert listed(one["names"]) == ["Ri Chol-jin"] and listed(one["roles"]) == ["diplomat"]
    assert one["notes"] == ("Defection: Ri Chol-jin (diplomat), in Valletta, Malta, to South Korea; 2019-07; "
                            "confirmed; per the unification ministry")
    assert one["review_state"] == "confirmed" and rows[1]["review_state"] == "unreviewed"
    decided = next(d["at"] for d in api.decisions(db=db))
    assert one["last_changed"] == decided[:19] and rows[1]["last_changed"] <= decided[:19]


def test_a_country_level_event_stands_on_the_capital_and_says_so(db, tmp_path):
    out = tmp_path / "events.geojson"
    api.export("events", "geojson", str(out), db=db)
    closure = next(f for f in json.loads(out.read_text())["features"] if f["id"] == "ev-closure")
    lon, lat = closure["geometry"]["coordinates"]
    assert closure["properties"]["geo_precision"] == "country" and closure["properties"]["location"] is None
    assert abs(lat - 40.4) < 0.2 and abs(lon + 3.7) < 0.2  # Madrid
    assert closure["properties"]["notes"] == "Mission closure: in Spain; 2017; reported"


def test_the_parquet_columns_have_their_declared_types(db, tmp_path):
    out = tmp_path / "events.parquet"
    api.export("events", "parquet", str(out), db=db, type="recall")  # none: the types must still be there
    schema = pq.read_schema(out)
    kinds = {"string": "string", "integer": "int64", "number": "double", "list": "list<element: string>"}
    assert [(f.name, str(f.type)) for f in schema] == [(c.name, kinds[c.type]) for c in EVENT_COLUMNS]


def test_a_redacted_export_hides_the_child_in_names_notes_and_addresses(db, tmp_path):
    out = tmp_path / "events.csv"
    api.export("events", "csv", str(out), db=db, redact=True)
    text = out.read_text(encoding="utf-8")
    assert "Ri Chol-jin" in text  # the adult stays
    assert not re.search(r"jo[\s-]*un[\s-]*byol", text, re.IGNORECASE)
    sent_back = next(r for r in read_back(out, "csv") if r["id"] == "ev-sent-back")
    assert sent_back["notes"].startswith("Repatriation: her mother with family, in China, to North Korea; 2018")
    assert sent_back["source_urls"] == "https://kite.example/[redacted]-sent-back"


def test_the_machine_output_and_date_ranges(db, tmp_path):
    out = tmp_path / "events.jsonl"
    assert api.export("events", "jsonl", str(out), db=db, review="machine", since="2018-03", until="2019") == 2
    rows = read_back(out, "jsonl")
    assert {r["id"] for r in rows} == {"ev-defection", "ev-sent-back"}  # 2018 overlaps from 2018-03
    assert {r["review_state"] for r in rows} == {"machine"}
    assert rows[0]["mentions"][0]["evidence"][0]["quote"] == "defected"  # the rich blocks stay in JSONL


def test_the_data_dictionary_documents_every_column_and_nothing_else():
    shipped = (DOCS / "data-dictionary.md").read_text(encoding="utf-8")
    documented = re.findall(r"^\| `([a-z_]+)` \|", shipped, re.MULTILINE)
    assert documented == list(COLUMN_NAMES)
    assert shipped == dictionary_markdown(), "docs/data-dictionary.md is stale: crossings export --what dictionary"
    for column in EVENT_COLUMNS:
        row = next(line for line in shipped.splitlines() if line.startswith(f"| `{column.name}` |"))
        assert column.meaning in row and (column.values or column.codebook) and column.type in row


def test_the_shipped_codebook_is_the_registry(tmp_path):
    shipped = (DOCS / "codebook.md").read_text(encoding="utf-8")
    assert shipped == codebook_markdown(), "docs/codebook.md is stale: crossings export --what codebook"
    cb = book()
    for values in (cb.event_types, cb.statuses, cb.roles, cb.precisions, cb.review_states):
        for value in values:
            assert f"| {value} |" in shipped, value
    assert api.export("codebook", "md", str(tmp_path / "codebook.md")) == len(cb.event_types)
    assert (tmp_path / "codebook.md").read_text(encoding="utf-8") == shipped
