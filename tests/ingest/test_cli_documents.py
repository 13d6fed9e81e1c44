"""The CLI around ingest: documents, document, export --what documents."""
import json
import subprocess
import sys
from pathlib import Path

CLI = str(Path(sys.executable).parent / "crossings")
PAGE = ("Skip to main content\n68.5 F\nSpringfield\nSaturday, September 7, 2024\n\n"
        "Coast guard finds a drifting boat with four men aboard\n\n"
        "The coast guard found a wooden boat with four men aboard on Tuesday, officials said.\n")


def run(*args, check=True):
    return subprocess.run([CLI, *args], capture_output=True, text=True, check=check)


def test_ingest_then_list_show_and_export(tmp_path):
    (tmp_path / "m.jsonl").write_text(json.dumps({"id": "boat", "url": "https://news.example/boat",
                                                  "lang": "en", "text": PAGE}))
    db = f"sqlite:///{tmp_path / 'x.db'}"
    run("--db", db, "ingest", "--no-extract", str(tmp_path / "m.jsonl"))
    assert "boat" in run("--db", db, "documents", "--lang", "en").stdout
    assert "boat" in run("--db", db, "documents", "--no-duplicates").stdout
    assert "boat" not in run("--db", db, "documents", "--lang", "ko").stdout
    shown = run("--db", db, "document", "boat").stdout
    assert "Coast guard finds a drifting boat" in shown and "Skip to main content" not in shown
    run("--db", db, "export", "--what", "documents", "--format", "jsonl", "--output", str(tmp_path / "d.jsonl"))
    [rec] = [json.loads(x) for x in (tmp_path / "d.jsonl").read_text().splitlines()]
    assert {"id", "url", "title", "outlet", "lang", "published", "captured", "duplicate_of", "text"} <= set(rec)
    assert rec["published"] == {"value": None, "precision": "unknown", "source": None}
    assert rec["captured"] == "2024-09-07" and rec["outlet"] == "news.example"
    run("--db", db, "export", "--what", "documents", "--format", "csv", "--output", str(tmp_path / "d.csv"))
    assert (tmp_path / "d.csv").read_text().startswith("id,url,title")
    assert run("--db", db, "document", "nope", check=False).returncode == 1
