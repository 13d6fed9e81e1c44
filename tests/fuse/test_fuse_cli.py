"""`crossings events` filters and `crossings event ID` shows every source, quote and conflict."""
from typer.testing import CliRunner

from crossings import api
from crossings.cli import app
from crossings.document import DateInfo, Document
from crossings.store import Store


def _db(tmp_path, mention) -> str:
    url = f"sqlite:///{tmp_path / 'cli.db'}"
    ms = [mention("a", name="Choe Un-ha", country="SG", date="2022-03", quote="fled"),
          mention("b", name="Choi Eun-ha", country="MY", date="2022-03", quote="escaped"),
          mention("c", "mission_closure", role=None, country="UY", date="2023-10", quote="closed")]
    store = Store(url)
    store.add_documents([(Document(id=d, text="x" * 100, raw="", published=DateInfo("2023-11-01", "day")), None)
                         for d in "abc"])
    store.replace_mentions({d: [m for m in ms if m.doc == d] for d in "abc"})
    api.fuse(db=url)
    return url


def test_events_filters(tmp_path, mention):
    url = _db(tmp_path, mention)
    runner = CliRunner()
    shown = runner.invoke(app, ["--db", url, "events", "--type", "defection", "--year", "2022"], env={"COLUMNS": "200"})
    assert shown.exit_code == 0 and "defection" in shown.output and "mission_closure" not in shown.output
    none = runner.invoke(app, ["--db", url, "events", "--country", "PE"], env={"COLUMNS": "200"})
    assert "ev-" not in none.output


def test_event_shows_sources_quotes_and_conflicts(tmp_path, mention):
    url = _db(tmp_path, mention)
    [event] = api.events(db=url, type="defection")
    shown = CliRunner().invoke(app, ["--db", url, "event", event.id], env={"COLUMNS": "200"})
    assert shown.exit_code == 0
    for text in ("fled", "escaped", "origin.country", "SG", "MY"):
        assert text in shown.output
    missing = CliRunner().invoke(app, ["--db", url, "event", "ev-nothing"])
    assert missing.exit_code == 1
