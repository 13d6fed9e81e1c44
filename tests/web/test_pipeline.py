"""Decisions survive the real pipeline: ingest an invented article, review its event, ingest it
again and re-extract and re-fuse everything (crossings.api.process)."""
import json

from crossings import api

ARTICLE = (
    "Seoul, May 12, 2025 (Morning Harbour) - A North Korean diplomat stationed in Lima, Peru, "
    "defected to South Korea with his wife last month, the National Intelligence Service said on Monday.\n\n"
    "The diplomat, a counsellor, arrived in Seoul in April, the agency said.\n"
)


def ingest(tmp_path, db):
    (tmp_path / "lima.txt").write_text(ARTICLE, encoding="utf-8")
    record = {"id": "lima-1", "url": "https://harbour.example/lima", "lang": "en",
              "published": "2025-05-12", "path": "lima.txt"}
    (tmp_path / "m.jsonl").write_text(json.dumps(record) + "\n", encoding="utf-8")
    return api.ingest([str(tmp_path / "m.jsonl")], db=db)


def defection(db):
    return next(rv for rv in api.event_page(db, review="all").items if rv.event.type == "defection")


def test_review_survives_reingest_and_reprocessing(tmp_path, db_url):
    assert ingest(tmp_path, db_url).events >= 1
    event = defection(db_url).event
    api.decide("confirm", event.id, "ana", "NIS on record", db=db_url)
    api.decide("edit", event.id, "ana", "", {"field": "origin.city", "value": "Lima"}, db=db_url)
    api.decide("edit", event.id, "ana", "", {"field": "subjects.0.descriptor", "value": "counsellor"}, db=db_url)
    again = ingest(tmp_path, db_url)
    assert again.added == 0 and again.skipped == 1
    api.process(db=db_url)
    rv = defection(db_url)
    assert rv.review.state == "confirmed"
    assert rv.event.origin.city == "Lima" and rv.event.subjects[0].descriptor == "counsellor"
    assert [d["applies_to"] for d in api.decisions(db=db_url)] == [rv.id] * 3
