import gzip
import io
import json

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from crossings.document import RawPage
from crossings.ingest import read_inputs
from crossings.settings import Settings
from tests.ingest.conftest import HTML, RSS

S = Settings(extract=False)


def pages(*inputs, settings=S):
    return [p for p in read_inputs([str(i) for i in inputs], settings) if isinstance(p, RawPage)]


def test_text_file(tmp_path, article):
    (tmp_path / "a.txt").write_text(article, encoding="utf-8")
    [page] = pages(tmp_path / "a.txt")
    assert page.kind == "text" and page.content == article


def test_html_file_by_suffix_and_by_content(tmp_path):
    (tmp_path / "a.html").write_text(HTML)
    (tmp_path / "b.txt").write_text(HTML)
    assert [p.kind for p in pages(tmp_path / "a.html", tmp_path / "b.txt")] == ["html", "html"]


def test_directory_is_read_recursively_in_order(tmp_path, article):
    (tmp_path / "x" / "y").mkdir(parents=True)
    (tmp_path / "b.txt").write_text(article + "b")
    (tmp_path / "x" / "y" / "a.txt").write_text(article + "a")
    assert [p.content[-1] for p in pages(tmp_path)] == ["b", "a"]


def test_manifest_records_with_path_text_and_html(tmp_path, article):
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "one.txt").write_text(article)
    records = [
        {"id": "one", "url": "https://news.example/2021/03/04/a", "lang": "en", "path": "docs/one.txt"},
        {"id": "two", "text": article, "published": "2020-01-02"},
        {"id": "three", "html": HTML},
    ]
    (tmp_path / "m.jsonl").write_text("\n".join(json.dumps(r) for r in records))
    got = pages(tmp_path / "m.jsonl")
    assert [(p.id, p.kind) for p in got] == [("one", "text"), ("two", "text"), ("three", "html")]
    assert got[0].url.endswith("/a") and got[0].lang == "en" and got[1].published == "2020-01-02"


def _warc(records: list[tuple[str, str, bytes]], compress: bool) -> bytes:
    out = io.BytesIO()
    writer = WARCWriter(out, gzip=compress)
    for url, ctype, body in records:
        headers = StatusAndHeaders("200 OK", [("Content-Type", ctype)], protocol="HTTP/1.1")
        writer.write_record(writer.create_warc_record(url, "response", payload=io.BytesIO(body),
                                                      http_headers=headers))
    return out.getvalue()


def test_warc_and_warc_gz_responses(tmp_path, article):
    records = [("https://a.example/1", "text/html; charset=utf-8", HTML.encode()),
               ("https://a.example/logo.png", "image/png", b"\x89PNG...."),
               ("https://a.example/2", "text/plain", article.encode())]
    (tmp_path / "crawl.warc").write_bytes(_warc(records, compress=False))
    (tmp_path / "crawl.warc.gz").write_bytes(_warc(records, compress=True))
    for name in ("crawl.warc", "crawl.warc.gz"):
        got = pages(tmp_path / name)
        assert [(p.url, p.kind) for p in got] == [("https://a.example/1", "html"), ("https://a.example/2", "text")]
        assert got[0].captured and got[0].captured[:2] == "20"


def test_rss_file_entries_with_their_dates(tmp_path):
    (tmp_path / "feed.rss").write_text(RSS)
    [page] = pages(tmp_path / "feed.rss")
    assert page.title == "Ferry service resumes between two islands"
    assert page.published == "2023-04-03" and page.published_source == "meta"
    assert page.url == "http://example.invalid/ferry" and page.kind == "html"


def test_atom_feed_whose_entries_link_to_pages(server):
    base, handler = server
    atom = f"""<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom">
    <title>Wire</title><entry><title>Short</title><link href="{base}/story"/>
    <updated>2024-02-01T10:00:00Z</updated><summary>Teaser only.</summary></entry></feed>"""
    handler.routes["/atom"] = (200, "application/atom+xml", atom.encode(), {})
    handler.routes["/story"] = (200, "text/html", HTML.encode(), {})
    [page] = pages(f"{base}/atom", settings=Settings(allow_private=True))
    assert page.content == HTML and page.published == "2024-02-01" and page.url == f"{base}/story"


def test_url_page_is_fetched_with_the_user_agent(server):
    base, handler = server
    handler.routes["/page"] = (200, "text/html; charset=utf-8", HTML.encode(), {})
    [page] = pages(f"{base}/page", settings=Settings(allow_private=True, user_agent="CrossingsTest/1"))
    assert page.kind == "html" and page.url == f"{base}/page"
    assert handler.agents == ["CrossingsTest/1"]


def test_gzip_of_text_is_refused_as_binary(tmp_path, article):
    (tmp_path / "a.txt").write_bytes(gzip.compress(article.encode()))
    [err] = list(read_inputs([str(tmp_path / "a.txt")], S))
    assert "binary" in str(err)
