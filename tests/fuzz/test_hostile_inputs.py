"""Each class of hostile input ends in a stored page or one error line naming it; the batch goes
on; nothing is silent. Inputs come from tests/fuzz/hostile.py (invented text only)."""
from __future__ import annotations

import json
import os
import random
import time

import pytest

from crossings import api
from crossings.errors import InputError
from crossings.ingest import InputNote, read_inputs
from crossings.settings import Settings
from crossings.store import Store
from tests.fuzz import hostile

S = Settings(extract=False)


def items(*paths, settings=S):
    return list(read_inputs([str(p) for p in paths], settings))


def errors(*paths, settings=S):
    return [str(i) for i in items(*paths, settings=settings) if isinstance(i, InputError)]


def test_lone_surrogates_in_a_manifest_are_repaired_and_stored(tmp_path, db_url):
    line = '{"id": "s\\ud800", "title": "\\udfff", "text": "Guards saw two boats \\ud83d near the pier on Monday."}'
    (tmp_path / "m.jsonl").write_text(line + "\n")
    report = api.ingest([str(tmp_path / "m.jsonl")], db=db_url, settings=S)
    assert (report.added, report.errors) == (1, [])
    assert report.notes == [f"{tmp_path / 'm.jsonl'}:1: lone surrogate escapes (\\ud800-\\udfff) replaced by U+FFFD"]
    [doc] = Store(db_url).documents()
    assert doc.id == "s\ufffd" and "boats \ufffd near" in doc.text


@pytest.mark.parametrize("body", ["[" * 5000 + "]" * 5000, '{"a":' * 100_000 + "1" + "}" * 100_000,
                                  '{"id": "x", "text": ' + "[" * 40 + "]" * 40 + "}"])
def test_deeply_nested_manifest_lines_are_one_error_each(tmp_path, body):
    (tmp_path / "m.jsonl").write_text(body + "\n" + json.dumps({"id": "ok", "text": "A boat came ashore."}))
    found = items(tmp_path / "m.jsonl")
    assert [str(i) for i in found if isinstance(i, InputError)] == [
        f"{tmp_path / 'm.jsonl'}:1: manifest line nests deeper than 32 levels"]
    assert [i.id for i in found if hasattr(i, "content")] == ["ok"]


def test_a_manifest_line_over_the_size_limit_is_skipped_whole(tmp_path):
    (tmp_path / "m.jsonl").write_text('{"id": "a", "text": "' + "word " * 1000 + '"}\n{"id": "b", "text": "short"}\n')
    found = items(tmp_path / "m.jsonl", settings=Settings(extract=False, max_bytes=500))
    assert [str(i) for i in found if isinstance(i, InputError)] == [
        f"{tmp_path / 'm.jsonl'}:1: manifest line is over the 500-byte limit"]
    assert [i.id for i in found if hasattr(i, "content")] == ["b"]


def test_manifest_paths_stay_inside_the_manifest_folder(tmp_path):
    outside = tmp_path / "secret.txt"
    outside.write_text("A page no manifest below may name.")
    folder = tmp_path / "feed"
    (folder / "sub").mkdir(parents=True)
    (folder / "sub" / "page.txt").write_text("A boat came ashore near the pier.")
    (folder / "out").symlink_to(outside)
    (folder / "in").symlink_to(folder / "sub" / "page.txt")
    recs = [{"path": "../secret.txt"}, {"path": str(outside)}, {"path": "out"}, {"path": "sub/../../secret.txt"},
            {"path": "in"}, {"path": "sub/page.txt"}]
    (folder / "m.jsonl").write_text("\n".join(json.dumps(r) for r in recs))
    found = items(folder / "m.jsonl")
    problems = [i.problem for i in found if isinstance(i, InputError)]
    assert problems == ["refused: resolves outside the manifest's folder (%s)" % folder,
                        "refused: absolute path in a manifest (paths are relative to it)",
                        "refused: resolves outside the manifest's folder (%s)" % folder,
                        "refused: resolves outside the manifest's folder (%s)" % folder]
    assert [i.content for i in found if hasattr(i, "content")] == ["A boat came ashore near the pier."] * 2


def test_directory_walks_follow_links_inside_the_tree_only_and_detect_loops(tmp_path):
    root = tmp_path / "pages"
    (root / "a").mkdir(parents=True)
    (root / "a" / "page.txt").write_text("A boat came ashore near the pier.")
    (tmp_path / "secret.txt").write_text("Outside the tree.")
    (root / "a" / "again").symlink_to(root)  # a loop through the root
    (root / "b.txt").symlink_to(root / "c.txt")
    (root / "c.txt").symlink_to(root / "b.txt")
    (root / "leak.txt").symlink_to(tmp_path / "secret.txt")
    (root / "same.txt").symlink_to(root / "a" / "page.txt")
    (root / "gone.txt").symlink_to(root / "nothing")
    found = items(root)
    assert sorted(str(i) for i in found if isinstance(i, InputError)) == sorted([
        f"{root / 'a' / 'again'}: symlink loop: folder already read",
        f"{root / 'b.txt'}: symlink loop", f"{root / 'c.txt'}: symlink loop",
        f"{root / 'gone.txt'}: broken symlink",
        f"{root / 'leak.txt'}: refused: resolves outside the folder given ({root})"])
    assert [i.source for i in found if hasattr(i, "content")] == [str(root / "a" / "page.txt"), str(root / "same.txt")]


def test_fifos_empty_folders_and_unreadable_files_are_errors_not_hangs(tmp_path, monkeypatch):
    os.mkfifo(tmp_path / "pipe.txt")
    (tmp_path / "nothing").mkdir()
    (tmp_path / "locked.txt").write_text("text")
    real_open = type(tmp_path).open

    def refuse(self, *args, **kwargs):  # tests run as root, where chmod 000 does not stop reads
        if self.name == "locked.txt":
            raise PermissionError(13, "Permission denied")
        return real_open(self, *args, **kwargs)

    monkeypatch.setattr(type(tmp_path), "open", refuse)
    assert errors(tmp_path / "pipe.txt", tmp_path / "nothing", tmp_path / "locked.txt") == [
        f"{tmp_path / 'pipe.txt'}: not a regular file (a FIFO, device or socket)",
        f"{tmp_path / 'nothing'}: no files in this folder",
        f"{tmp_path / 'locked.txt'}: cannot read: Permission denied"]


def test_undecodable_file_names_are_escaped_in_sources(tmp_path, db_url):
    (tmp_path / "in").mkdir()
    raw = os.fsencode(tmp_path) + b"/in/odd\xff.txt"
    with open(raw, "wb") as f:
        f.write(b"A boat came ashore near the pier on Monday, officials said.")
    report = api.ingest([str(tmp_path / "in")], db=db_url, settings=S)
    assert report.errors == [] and report.added == 1
    assert [d.source for d in Store(db_url).documents()] == [f"{tmp_path}/in/odd\\xff.txt"]


def test_warc_content_length_of_two_to_the_64_is_one_error(tmp_path):
    head = (b"WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: http://x.example/\r\n"
            b"Content-Length: 18446744073709551616\r\n\r\nHTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n<p>hi</p>")
    (tmp_path / "big.warc").write_bytes(head)
    [line] = errors(tmp_path / "big.warc")
    assert line.startswith(f"{tmp_path / 'big.warc'}#record1: truncated")


@pytest.mark.parametrize("template", ["bomb", "record_bomb"])
def test_gzip_bombs_stop_at_the_size_limit(tmp_path, template):
    head = b"" if template == "bomb" else (b"WARC/1.0\r\nWARC-Type: response\r\nContent-Length: 268435456\r\n\r\n"
                                           b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n")
    (tmp_path / "z.warc.gz").write_bytes(hostile.gzip_of_zeros(256 << 20, head))
    [line] = errors(tmp_path / "z.warc.gz", settings=Settings(extract=False, max_bytes=1_000_000))
    assert line.startswith(f"{tmp_path / 'z.warc.gz'}#record")
    assert "gzip bomb" in line or "header line longer than 65536 bytes" in line


def test_a_warc_without_pages_is_an_error_not_silence(tmp_path):
    rng = random.Random(1)
    [path] = hostile.warc_no_pages(tmp_path, rng, 0, {})
    (tmp_path / "empty.warc").write_bytes(b"")
    assert errors(path, tmp_path / "empty.warc") == [
        f"{path}: no HTML or text response among its 1 records",
        f"{tmp_path / 'empty.warc'}: no HTML or text response among its 0 records"]


def test_error_lines_carry_no_control_characters_and_floods_are_capped(tmp_path):
    (tmp_path / "x.warc").write_bytes(b"\x1b]0;owned\x07\x1b[2J not a warc\n")
    feed = '<?xml version="1.0"?><rss><channel>' + "<item><title>t</title></item>" * 100 + "</channel></rss>"
    (tmp_path / "f.rss").write_text(feed)
    lines = errors(tmp_path / "x.warc", tmp_path / "f.rss")
    assert not any(ch in line for line in lines for ch in "\x1b\x07")
    assert "\\x1b]0;owned\\x07" in lines[0]
    assert len(lines) == 1 + 20 + 1
    assert lines[-1] == f"{tmp_path / 'f.rss'}: 80 more records failed (the first 20 problems shown)"


def test_html_with_too_many_tags_is_refused_quickly(tmp_path, db_url):
    (tmp_path / "tags.html").write_text("<html><body>" + "<a>" * 500_000)
    (tmp_path / "deep.html").write_text("<html><body>" + "<div>" * 50_000 + "deep words here" + "</div>" * 10)
    report = api.ingest([str(tmp_path / "tags.html"), str(tmp_path / "deep.html")], db=db_url, settings=S)
    assert sorted(report.errors) == [f"{tmp_path / 'deep.html'}: no article text after cleaning",
                                     f"{tmp_path / 'tags.html'}: HTML has over 100000 tags"]


def test_work_that_overruns_the_time_budget_is_abandoned_and_the_batch_goes_on(tmp_path, db_url, monkeypatch):
    import crossings.prepare as prepare

    real = prepare.clean_page

    def slow_on_one(raw, *args):
        while "stall" in raw.content:  # a parser stuck in a loop
            time.sleep(0.01)
        return real(raw, *args)

    monkeypatch.setattr(prepare, "clean_page", slow_on_one)
    pages = tmp_path / "pages"
    pages.mkdir()
    (pages / "a.txt").write_text("A boat came ashore near the pier, officials said.")
    (pages / "b.txt").write_text("This page will stall the parser.")
    (pages / "c.txt").write_text("Two fishermen asked to stay in the South, officials said.")
    started = time.monotonic()
    report = api.ingest([str(pages)], db=db_url, settings=Settings(extract=False, time_budget=0.5))
    assert time.monotonic() - started < 30
    assert report.errors == [f"{pages / 'b.txt'}: abandoned: cleaning took longer than the 0.5-second budget"]
    assert report.added == 2


def test_a_reader_that_overruns_the_budget_is_abandoned(tmp_path, monkeypatch):
    import crossings.ingest.sources as sources

    def stuck(path, settings):
        yield from ()
        while True:
            time.sleep(0.01)

    monkeypatch.setattr(sources, "read_warc", stuck)
    (tmp_path / "x.warc").write_bytes(b"WARC/1.0\r\n")
    (tmp_path / "y.txt").write_text("A boat came ashore near the pier.")
    found = items(tmp_path, settings=Settings(extract=False, time_budget=0.3))
    assert [str(i) for i in found if isinstance(i, InputError)] == [
        f"{tmp_path / 'x.warc'}: abandoned: reading took longer than the 0.3-second budget"]
    assert [i.source for i in found if hasattr(i, "content")] == [str(tmp_path / "y.txt")]


def test_a_document_the_store_refuses_is_one_error_and_the_batch_is_kept(tmp_path, db_url, monkeypatch):
    from crossings.store import db as store_db

    real = store_db._document_values  # every document's INSERT parameters are built here

    def refuse_one(doc, minhash, extracted):
        if "refuse" in doc.text:
            raise ValueError("value the database cannot hold")
        return real(doc, minhash, extracted)

    monkeypatch.setattr(store_db, "_document_values", refuse_one)
    pages = tmp_path / "pages"
    pages.mkdir()
    for name, words in (("a.txt", "A boat came ashore."), ("b.txt", "Please refuse this one."), ("c.txt", "Two men swam.")):
        (pages / name).write_text(words)
    report = api.ingest([str(pages)], db=db_url, settings=S)
    assert report.added == 2
    assert report.errors == [f"{pages / 'b.txt'}: cannot store: ValueError: value the database cannot hold"]


def test_a_small_hostile_corpus_every_input_accounted_for(tmp_path, db_url):
    """One of every class, plus a few more drawn at random, mixed with good pages."""
    corpus = hostile.write_corpus(tmp_path / "in", n_hostile=len(hostile.MAKERS) + 7, n_good=6, seed=3,
                                  bomb_bytes=64 << 20,
                                  kinds=[k for k in hostile.MAKERS if k not in ("long_manifest_line", "many_tags_html")])
    report = api.ingest([str(i.path) for i in corpus], db=db_url, settings=S)
    stored = {d.source for d in Store(db_url).documents()}

    def names(line, path):
        name = os.fsencode(path).decode("utf-8", "backslashreplace")
        return line.startswith(name) and (len(line) == len(name) or line[len(name)] in ":#/ ")

    for i in corpus:
        ended = [x for x in [*report.errors, *report.already_stored, *stored] if names(x, i.path)]
        assert ended, f"{i.kind} input {i.path} ended silently"
        if i.good:
            assert any(names(s, i.path) for s in stored), f"good page {i.path} not stored"
