"""Each kind of bad input: one clear line naming it, the batch goes on, nothing stored is lost."""
import io
import json
import subprocess
import sys
from pathlib import Path

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from crossings import api
from crossings.ingest import InputNote, read_inputs
from crossings.settings import Settings
from crossings.store import Store
from tests.ingest.conftest import HTML

S = Settings(extract=False)
KOREAN = "국경 경비대, 지난달 강을 건넌 주민 늘어\n\n통일부는 지난달 국경을 넘은 주민이 크게 늘었다고 밝혔다.\n"


def problems(path, settings=S):
    return [str(x) for x in read_inputs([str(path)], settings) if not hasattr(x, "content")]


def test_binary_file(tmp_path):
    (tmp_path / "photo.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4)
    assert problems(tmp_path / "photo.txt") == [f"{tmp_path / 'photo.txt'}: binary file, not text or HTML"]


def test_empty_file(tmp_path):
    (tmp_path / "e.txt").write_text("  \n\n")
    assert problems(tmp_path / "e.txt") == [f"{tmp_path / 'e.txt'}: file is empty"]


def test_oversized_file(tmp_path, article):
    (tmp_path / "big.txt").write_text(article * 100)
    [line] = problems(tmp_path / "big.txt", Settings(max_bytes=1000))
    assert "over the 1000-byte limit" in line and "big.txt" in line


def test_euc_kr_and_cp949_pages_are_decoded(tmp_path):
    (tmp_path / "k.txt").write_bytes(KOREAN.encode("euc-kr"))
    (tmp_path / "c.txt").write_bytes((KOREAN + "똠방각하\n").encode("cp949"))  # 똠: CP949 only
    for name in ("k.txt", "c.txt"):
        items = list(read_inputs([str(tmp_path / name)], S))
        assert items[-1].content.startswith("국경 경비대")
        assert any(isinstance(i, InputNote) and "cp949" in i.problem for i in items)


def test_mixed_encodings_are_decoded_line_by_line(tmp_path):
    data = "국경 소식 UTF-8 줄입니다\n".encode() + "두 번째 줄은 옛 인코딩\n".encode("cp949")
    (tmp_path / "m.txt").write_bytes(data)
    items = list(read_inputs([str(tmp_path / "m.txt")], S))
    assert isinstance(items[0], InputNote) and "mixed encodings" in items[0].problem
    assert items[1].content.splitlines() == ["국경 소식 UTF-8 줄입니다", "두 번째 줄은 옛 인코딩"]


def test_broken_manifest_lines_name_their_line(tmp_path, article):
    lines = [json.dumps({"id": "ok1", "text": article}), '{"id": "bad", "text": ', "[1, 2]",
             json.dumps({"id": "none"}), json.dumps({"id": "gone", "path": "missing.txt"}),
             json.dumps({"id": "ok2", "text": article + "!"})]
    (tmp_path / "m.jsonl").write_text("\n".join(lines))
    items = list(read_inputs([str(tmp_path / "m.jsonl")], S))
    assert [getattr(i, "id", None) for i in items if hasattr(i, "content")] == ["ok1", "ok2"]
    errors = [str(i) for i in items if not hasattr(i, "content")]
    assert [e.split(": ")[0].rsplit(":", 1)[1].split(" ")[0] for e in errors] == ["2", "3", "4", "5"]
    assert "broken manifest line" in errors[0] and "no such file" in errors[3].lower() or "cannot read" in errors[3]


def _warc_bytes(n: int) -> bytes:
    out = io.BytesIO()
    writer = WARCWriter(out, gzip=True)
    for i in range(n):
        body = HTML.replace("record crossings", f"record crossings {i}").encode()
        headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html")], protocol="HTTP/1.1")
        writer.write_record(writer.create_warc_record(f"https://a.example/{i}", "response",
                                                      payload=io.BytesIO(body), http_headers=headers))
    return out.getvalue()


def test_truncated_warc_keeps_the_records_before_the_break(tmp_path):
    whole = _warc_bytes(3)
    (tmp_path / "cut.warc.gz").write_bytes(whole[: len(whole) - 200])
    items = list(read_inputs([str(tmp_path / "cut.warc.gz")], S))
    assert [i.url for i in items if hasattr(i, "content")] == ["https://a.example/0", "https://a.example/1"]
    [error] = [str(i) for i in items if not hasattr(i, "content")]
    assert "cut.warc.gz#record" in error and "truncated" in error


def test_hostile_and_malformed_html_is_cleaned_without_running_anything(tmp_path, db_url):
    hostile = ("<html><body><script>document.title='owned'</script><p onclick=alert(1)>Officials said "
               "two soldiers crossed the border on Sunday night near the river.</p>"
               "<img src=x onerror=alert(2)><iframe src=javascript:alert(3)></iframe>"
               "<p>They were taken in for questioning, the army said.</p></body></html>")
    pages = tmp_path / "pages"
    pages.mkdir()
    (pages / "hostile.html").write_text(hostile)
    (pages / "broken.html").write_text("<html><body><div><p>Unclosed <b>tags <i>" * 500)
    (pages / "deep.html").write_text("<html><body>" + "<div>" * 5000 + "text" + "</div>" * 10)
    report = api.ingest([str(pages)], db=db_url, settings=S)
    text = " ".join(d.text for d in Store(db_url).documents())
    assert "alert" not in text and "<script" not in text and "owned" not in text
    assert "two soldiers crossed the border" in text
    assert report.added + len(report.errors) == 3


def test_a_batch_of_bad_inputs_goes_on_counts_failures_and_loses_nothing(tmp_path, db_url, article):
    pages = tmp_path / "pages"
    pages.mkdir()
    (pages / "good.txt").write_text(article)
    assert api.ingest([str(pages / "good.txt")], db=db_url, settings=S).added == 1
    (pages / "empty.txt").write_text("")
    (pages / "bin.txt").write_bytes(bytes(range(256)))
    (pages / "new.txt").write_text(article.replace("four", "five"))
    report = api.ingest([str(pages), str(pages / "absent.txt")], db=db_url, settings=S)
    assert (report.added, report.skipped, len(report.errors), report.ok) == (1, 1, 3, False)
    assert Store(db_url).count_documents() == 2


def test_cli_exit_code_and_summary(tmp_path, article):
    pages = tmp_path / "pages"
    pages.mkdir()
    (pages / "good.txt").write_text(article)
    (pages / "empty.txt").write_text("")
    db = f"sqlite:///{tmp_path / 'x.db'}"
    cmd = [str(Path(sys.executable).parent / "crossings"), "--db", db, "ingest", "--no-extract"]
    bad = subprocess.run(cmd + [str(pages)], capture_output=True, text=True)
    assert bad.returncode == 1
    assert "added 1" in bad.stdout and "failed 1" in bad.stdout
    assert f"error {pages / 'empty.txt'}: file is empty" in bad.stderr
    good = subprocess.run(cmd + [str(pages / "good.txt")], capture_output=True, text=True)
    assert good.returncode == 0 and "already stored 1" in good.stdout
