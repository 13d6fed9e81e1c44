"""A long ingest reports, per stage, how many items it has handled and expects; the CLI draws
counted bars from that on stderr when asked (or on a terminal), and nothing otherwise."""
import json

from typer.testing import CliRunner

from crossings import api
from crossings.cli import app
from crossings.ingest.estimate import expected_pages
from crossings.progress import Step, Steps

# written for this test (Russian: no extractor reads it, so the test needs no model)
PAGE = "Посольство сообщило о новых правилах для сотрудников, выезжающих за границу, и о проверках документов."


def _manifest(tmp_path, n: int) -> str:
    path = tmp_path / "pages.jsonl"
    path.write_text("".join(json.dumps({"id": f"p{i}", "text": f"{PAGE} {i}", "published": "2024-01-02"},
                                       ensure_ascii=False) + "\n" for i in range(n)), encoding="utf-8")
    return str(path)


def test_expected_pages_counts_manifest_lines_files_and_urls(tmp_path):
    (tmp_path / "dir").mkdir()
    for name in ("a.txt", "b.html"):
        (tmp_path / "dir" / name).write_text("x", encoding="utf-8")
    manifest = _manifest(tmp_path, 5)
    assert expected_pages([manifest, str(tmp_path / "dir"), "https://news.example/a"]) == 5 + 2 + 1
    assert expected_pages([str(tmp_path / "missing")]) == 1  # reading it will say what is wrong


def test_steps_count_each_stage_and_grow_a_low_estimate():
    heard: list[Step] = []
    steps = Steps(heard.append, expected=2)
    for _ in range(3):
        steps.add("read")
    steps.expect("extract", 4)
    steps.add("extract")
    steps.add("fuse")
    assert heard == [Step("read", 1, 2), Step("read", 2, 2), Step("read", 3, 3), Step("extract", 1, 6),
                     Step("fuse", 1, 1)]


def test_the_api_reports_every_stage(db_url, tmp_path):
    heard: list[Step] = []
    api.ingest([_manifest(tmp_path, 4)], db=db_url, progress=heard.append)
    last = {s.stage: s for s in heard}
    assert [last[s] for s in ("read", "clean", "extract", "fuse")] == [
        Step("read", 4, 4), Step("clean", 4, 4), Step("extract", 4, 4), Step("fuse", 1, 1)]


def test_the_cli_draws_counted_bars_only_when_asked(db_url, tmp_path):
    manifest = _manifest(tmp_path, 3)
    quiet = CliRunner().invoke(app, ["--db", db_url, "ingest", manifest])
    assert quiet.exit_code == 0 and "━" not in quiet.output and "3/3" not in quiet.output
    shown = CliRunner().invoke(app, ["--db", f"{db_url}-2", "ingest", "--progress", manifest])
    assert shown.exit_code == 0, shown.output
    for stage in ("read", "clean", "extract"):
        assert any(line.startswith(stage) and "3/3" in line for line in shown.output.splitlines()), shown.output
    assert any(line.startswith("fuse") and "1/1" in line for line in shown.output.splitlines())
