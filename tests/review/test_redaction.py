"""Redaction by person: a child coded as a minor relative in one event stays hidden in every
other event that names her, in any language, whatever role (none) that event gives her."""
import json

import pyarrow.parquet as pq
import pytest
from fastapi.testclient import TestClient
from typer.testing import CliRunner

from crossings import api
from crossings.cli import app
from crossings.web import create_app
from tests.review import family_sample as sample


@pytest.fixture
def db(db_url):
    sample.build(db_url)
    return db_url


def _records(path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def test_a_child_coded_once_is_hidden_in_every_event(db, tmp_path):
    plain, hidden = tmp_path / "plain.jsonl", tmp_path / "hidden.jsonl"
    api.export("events", "jsonl", str(plain), db=db)
    api.export("events", "jsonl", str(hidden), db=db, redact=True)
    raw = plain.read_text(encoding="utf-8")
    # the leak as it was: the other events name her with an empty role, in English and Korean,
    # in quotes and in the conflicts block
    others = [r for r in _records(plain) if r["type"] != "defection"]
    assert any(s["name"] in sample.CHILD and s["role"] is None for r in others for s in r["subjects"])
    assert "리솔미" in raw and any("Ri Sol Mi" in json.dumps(r["conflicts"]) for r in others)

    records = _records(hidden)
    assert len(records) == len(_records(plain))  # redaction hides people, not events
    text = hidden.read_text(encoding="utf-8")
    for spelling in sample.CHILD:
        assert spelling.lower() not in text.lower(), spelling
    assert sample.PARENT in text  # the adult principal stays
    for r in records:
        for s in [*r["subjects"], *(s for m in r["mentions"] for s in m["subjects"])]:
            assert s["age"] is None or s["name"] == sample.PARENT
    [defection] = [r for r in records if r["type"] == "defection"]
    assert {"role": "family_member", "minor": True} == {k: v for k, v in defection["subjects"][1].items()
                                                        if k in ("role", "minor")}
    [child] = [r["people"] for r in _records(plain) if r["type"] == "repatriation"]  # she alone
    assert child and not set(child) & {p for r in records for p in r["people"]}  # no person id to join on


def test_every_redacted_format_and_the_dashboard_csv_hide_her(db, tmp_path):
    runner = CliRunner()
    texts = {}
    for fmt in ("jsonl", "csv", "parquet", "geojson"):
        out = tmp_path / f"events.{fmt}"
        shown = runner.invoke(app, ["--db", db, "export", "--format", fmt, "--redact", "-o", str(out)])
        assert shown.exit_code == 0, shown.output
        texts[fmt] = (json.dumps(pq.read_table(out).to_pylist(), ensure_ascii=False) if fmt == "parquet"
                      else out.read_text(encoding="utf-8"))
    client = TestClient(create_app(db))
    for fmt in ("csv", "jsonl", "geojson"):
        response = client.get(f"/export/events.{fmt}", params={"redact": "true", "review": "all"})
        assert response.status_code == 200
        texts[f"dashboard {fmt}"] = response.text
    for where, text in texts.items():
        assert sample.PARENT in text, where
        for spelling in sample.CHILD:
            assert spelling.lower() not in text.lower(), (where, spelling)
    unredacted = client.get("/export/events.csv").text
    assert "Ri Sol-mi" in unredacted  # the scan looks where the names would be


def test_documents_cannot_be_exported_redacted(db, tmp_path):
    shown = CliRunner().invoke(app, ["--db", db, "export", "--what", "documents", "--redact", "-o",
                                     str(tmp_path / "d.jsonl")])
    assert shown.exit_code == 2 and "cannot be redacted" in shown.output
    assert not (tmp_path / "d.jsonl").exists()
