"""Adding an event type is one codebook entry plus its lexicons: a toy type goes through
extraction, fusion, the store's filters, review, exports and the dashboard's labels."""
import json

import pytest
import yaml
from fastapi.testclient import TestClient

from crossings import api, codebook
from crossings.codebook import PATH
from crossings.extract.en import lexicon as en_lexicon
from crossings.web import create_app

TOY = {"hunger_strike": {"en": "hunger strike", "ko": "단식 농성", "colour": "#123456", "pill": "#abcdef"}}
PAGE = ("VIENNA - A North Korean diplomat, Kim Il-su, went on hunger strike at the embassy in Vienna "
        "in March 2024, officials in Seoul said.")


@pytest.fixture
def toy_lexicon(monkeypatch):
    """The toy type's English triggers, beside the shipped ones."""
    shipped = en_lexicon.load

    def load(name):
        data = shipped(name)
        return {**data, "hunger_strike": {"verb": ["went on (?:a )?hunger strike"]}} if name == "triggers" else data

    monkeypatch.setattr(en_lexicon, "load", load)
    en_lexicon.lexicon.cache_clear()
    yield
    monkeypatch.undo()
    en_lexicon.lexicon.cache_clear()


def test_a_toy_type_runs_through_every_layer(db_url, tmp_path, toy_lexicon):
    manifest = tmp_path / "m.jsonl"
    manifest.write_text(json.dumps({"id": "toy-1", "lang": "en", "published": "2024-04-02", "text": PAGE}))
    with codebook.installed({"event_types": TOY}):
        assert api.ingest([str(manifest)], db=db_url).ok
        [event] = api.events(db=db_url, type="hunger_strike")
        assert event.subjects[0].name == "Kim Il-su" and event.origin.country == "AT"
        api.decide("edit", event.id, "ana", "", {"field": "status", "value": "reported"}, db=db_url)
        out = tmp_path / "e.csv"
        assert api.export("events", "csv", str(out), db=db_url, type="hunger_strike") == 1
        assert "hunger_strike" in out.read_text()
        client = TestClient(create_app(db_url))
        assert '<span class="pill t-hunger_strike">hunger strike</span>' in client.get(f"/events/{event.id}").text
        assert '<option value="hunger_strike">hunger strike</option>' in client.get("/events").text
        assert ".pill.t-hunger_strike { background: #abcdef; }" in client.get("/codebook.css").text
        assert '<th title="hunger_strike">hunger strike</th>' in client.get("/").text
        assert codebook.book().label("event_types", "hunger_strike", "ko") == "단식 농성"
        other = api.events(db=db_url)[0].id
        api.decide("edit", other, "ana", "", {"field": "type", "value": "hunger_strike"}, db=db_url)
    with pytest.raises(codebook.InvalidValue, match="must be one of"):  # without its entry, no such type
        api.decide("edit", event.id, "ana", "", {"field": "type", "value": "hunger_strike"}, db=db_url)


def test_every_codebook_type_has_its_lexicons_and_no_lexicon_an_unknown_type():
    types = set(codebook.book().event_types)
    lexicons = PATH.parent / "extract" / "lexicons"
    for lang in ("en", "ko"):
        triggers = yaml.safe_load((lexicons / lang / "triggers.yaml").read_text(encoding="utf-8"))
        assert set(triggers) == types, lang
