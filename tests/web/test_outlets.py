"""Wire copies count as one source wherever an analyst sees a source count (issue 11): fusion
sets Event.outlets, the events list, the event page, the timeline and the CLI show it."""
import pytest
from fastapi.testclient import TestClient
from typer.testing import CliRunner

from crossings.cli import app
from crossings.events import Evidence, Mention, Place, Subject, When
from crossings.fuse import fuse_mentions
from crossings.store import Store
from crossings.web import create_app


def report(doc: str) -> Mention:
    return Mention(doc=doc, type="defection", status="reported", subjects=[Subject(name="Ri Chol-ho", role="diplomat")],
                   origin=Place(country="MT", city="Valletta"), date=When("2023-04", "month", "explicit"),
                   evidence=[Evidence("type", 0, 8, "defected")])


@pytest.fixture
def fused():
    # w2 is a wire copy of w1: three documents, two independent sources
    mentions = [report("w1"), report("w2"), report("x9")]
    published = {"w1": "2023-04-20", "w2": "2023-04-20", "x9": "2023-04-22"}
    [event] = fuse_mentions(mentions, published, {"w1": "w1", "w2": "w1", "x9": "x9"})
    return event


def test_fusion_counts_a_wire_copy_and_its_original_once(fused):
    assert len(fused.mentions) == 3 and fused.outlets == 2
    [alone] = fuse_mentions([report("w1"), report("w2")], {"w1": None, "w2": None})
    assert alone.outlets == 2  # without a wire-copy group, two documents are two sources


def test_pages_and_cli_show_outlets(fused, db_url):
    Store(db_url).replace_events([fused])
    client = TestClient(create_app(db_url, token=None))
    listing = client.get("/events").text
    row = listing[listing.index(fused.id):]
    row = row[: row.index("</tr>")]
    assert '<td class="num">2</td>' in row and '<td class="num">3</td>' not in row
    page = client.get(f"/events/{fused.id}").text
    assert "Sources (2; 3 reports, wire copies counted once)" in page
    out = CliRunner().invoke(app, ["--db", db_url, "events"], env={"COLUMNS": "200"})
    assert out.exit_code == 0, out.output
    line = next(line for line in out.output.splitlines() if fused.id in line)
    assert " 2 " in line and " 3 " not in line
