"""api.ingest end to end: idempotence, duplicates, and a kill mid-ingest followed by a rerun."""
import json
import signal
import subprocess
import sys
import textwrap
import time

import crossings.extract
from crossings import api
from crossings.settings import Settings
from crossings.store import Store

S = Settings(extract=False)
WIRE = ("Fishing boat crew from the North ask to stay in the South\n\n"
        "Four fishermen whose wooden boat drifted across the sea border on Tuesday have asked to stay "
        "in the South, the coast guard said on Wednesday. The men were found by a patrol east of the "
        "island early in the morning and told officers they had lost their engine two days earlier. "
        "Officials said the men were in good health and were being questioned by the authorities. "
        "Two of them said they had relatives living in the South already, an official added.\n")


def _manifest(path, records):
    path.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in records), encoding="utf-8")
    return str(path)


def test_reingesting_adds_nothing(tmp_path, db_url, article):
    m = _manifest(tmp_path / "m.jsonl", [{"id": "a", "text": article}, {"text": article + "\nMore."}])
    first = api.ingest([m], db=db_url, settings=S)
    second = api.ingest([m], db=db_url, settings=S)
    assert (first.added, second.added, second.skipped) == (2, 0, 2)
    assert Store(db_url).count_documents() == 2


def test_ids_are_manifest_ids_else_content_hashes(tmp_path, db_url, article):
    m = _manifest(tmp_path / "m.jsonl", [{"id": "given", "text": article}, {"text": WIRE}])
    api.ingest([m], db=db_url, settings=S)
    ids = sorted(d.id for d in Store(db_url).documents())
    assert "given" in ids and any(len(i) == 16 and i != "given" for i in ids)


def test_exact_and_near_duplicates_link_to_one_canonical_document(tmp_path, db_url, article):
    near = WIRE.replace("Wednesday", "Wednesday morning").replace("an official added", "one official added")
    m = _manifest(tmp_path / "m.jsonl", [
        {"id": "wire", "text": WIRE, "url": "https://one.example/a"},
        {"id": "copy", "text": WIRE, "url": "https://two.example/b"},
        {"id": "edit", "text": near, "url": "https://three.example/c"},
        {"id": "other", "text": article},
    ])
    report = api.ingest([m], db=db_url, settings=S)
    docs = {d.id: d for d in Store(db_url).documents()}
    assert (docs["copy"].duplicate_of, docs["copy"].duplicate_kind) == ("wire", "exact")
    assert (docs["edit"].duplicate_of, docs["edit"].duplicate_kind) == ("wire", "near")
    assert docs["wire"].duplicate_of is None and docs["other"].duplicate_of is None
    assert report.duplicates == 2 and len(docs) == 4


def test_duplicates_are_found_against_documents_stored_earlier(tmp_path, db_url):
    api.ingest([_manifest(tmp_path / "a.jsonl", [{"id": "wire", "text": WIRE}])], db=db_url, settings=S)
    api.ingest([_manifest(tmp_path / "b.jsonl", [{"id": "later", "text": WIRE + "\nCopied."}])], db=db_url, settings=S)
    assert Store(db_url).get_document("later").duplicate_of == "wire"


def test_documents_stored_without_extraction_are_extracted_by_the_next_run(tmp_path, db_url, article, monkeypatch):
    m = _manifest(tmp_path / "m.jsonl", [{"id": "a", "text": article}])
    api.ingest([m], db=db_url, settings=S)
    seen = []
    monkeypatch.setattr(crossings.extract, "extract_documents", lambda docs: [seen.append(d.id) or [] for d in docs])
    monkeypatch.setattr(api, "_fuse_new", lambda store: (0, ""))
    api.ingest([m], db=db_url, settings=Settings(extract=True))
    assert seen == ["a"] and Store(db_url).unextracted() == []


RUNNER = textwrap.dedent("""
    import sys, time
    from crossings import api
    from crossings.events import Evidence, Mention
    from crossings.settings import Settings

    def slow_extract(doc):  # one mention per document, slowly, so the kill lands mid-ingest
        time.sleep(0.01)
        return [Mention(doc=doc.id, type="defection", evidence=[Evidence("type", 0, 4, doc.text[:4])])]

    import crossings.extract
    crossings.extract.extract_documents = lambda docs: [slow_extract(d) for d in docs]
    api._fuse_new = lambda store: (0, "")
    api.BATCH = 20
    report = api.ingest([sys.argv[1]], db=sys.argv[2], settings=Settings(extract=True))
    print(report.added, report.skipped)
""")


def test_kill_mid_ingest_then_rerun_leaves_every_document_once_and_whole(tmp_path, store_url):
    db_url = store_url
    records = [{"id": f"d{i:04d}", "text": f"Report {i}: a boat with {i} people reached the island.\n"
                f"Officials counted {i * 3} crossings in total in month {i}."} for i in range(600)]
    m = _manifest(tmp_path / "m.jsonl", records)
    script = tmp_path / "run.py"
    script.write_text(RUNNER)
    proc = subprocess.Popen([sys.executable, str(script), m, db_url], stdout=subprocess.PIPE)
    store = Store(db_url)
    deadline = time.monotonic() + 120
    while store.count_documents() < 40 and proc.poll() is None and time.monotonic() < deadline:
        time.sleep(0.05)
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    stored = store.count_documents()
    assert 0 < stored < 600, "the kill should land mid-ingest"
    assert {m.doc for m in store.mentions()} == {d.id for d in store.documents()}
    rerun = subprocess.run([sys.executable, str(script), m, db_url], capture_output=True, text=True, check=True)
    added, skipped = map(int, rerun.stdout.split())
    assert (added, skipped) == (600 - stored, stored)
    docs = store.documents()
    assert sorted(d.id for d in docs) == [r["id"] for r in records]
    assert len(store.mentions()) == 600 and store.unextracted() == []
