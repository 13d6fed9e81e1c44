"""Pages in a language no extractor reads are stored and reported "not read: language xx" (in the
ingest summary and on the document page), never run through the English extractor."""
import json

from fastapi.testclient import TestClient
from typer.testing import CliRunner

from crossings import api
from crossings.cli import app
from crossings.document import DateInfo, Document, content_hash
from crossings.extract import extract_document, unread_language
from crossings.web import create_app

# written for this test: a diplomat's family reported missing, in Russian and in Chinese
RUSSIAN = ("Сотрудник посольства Северной Кореи в Москве, по сообщениям, исчез вместе с семьёй в прошлом "
           "месяце. Власти пока не прокомментировали эти сообщения, а соседи говорят, что квартира пустует.")
CHINESE = "据报道，朝鲜驻外使馆的一名外交官上个月带着家人失踪。当局尚未发表评论，邻居们说他们的公寓已经空了好几周。"


VIETNAMESE = ("Một nhà ngoại giao Triều Tiên đã rời khỏi đại sứ quán cùng gia đình vào tháng trước, các quan chức "
              "cho biết, nhưng chính quyền vẫn chưa đưa ra bình luận nào về việc này.")
INDONESIAN = ("Seorang diplomat Korea Utara meninggalkan kedutaan bersama keluarganya bulan lalu, kata para "
              "pejabat, tetapi pemerintah belum memberikan komentar apa pun.")


def test_a_page_in_a_language_outside_the_first_eight_is_not_taken_for_english():
    """With eight candidate languages lingua once called a Vietnamese page English."""
    from crossings.clean.lang import detect_language

    assert detect_language(VIETNAMESE) == "vi"
    assert detect_language(INDONESIAN) in ("id", "ms")
    assert detect_language("A North Korean diplomat left the embassy with his family last month, "
                           "officials said, but the government has not commented.") == "en"


def _manifest(tmp_path):
    lines = [{"id": "ru-1", "text": RUSSIAN, "published": "2024-05-02"},
             {"id": "zh-1", "text": CHINESE, "published": "2024-05-03"},
             {"id": "ja-1", "lang": "ja-JP", "text": "A page its manifest declares Japanese.", "published": "2024-05-03"}]
    path = tmp_path / "pages.jsonl"
    path.write_text("".join(json.dumps(x, ensure_ascii=False) + "\n" for x in lines), encoding="utf-8")
    return str(path)


def test_unread_languages_give_no_mentions_and_never_reach_the_english_extractor(monkeypatch):
    import crossings.extract.en as english

    def refuse(doc):
        raise AssertionError(f"the English extractor ran over {doc.lang}")

    monkeypatch.setattr(english, "extract_english", refuse)
    for lang in ("ru", "zh", "ja-JP"):
        doc = Document(id=f"d-{lang}", text=RUSSIAN, raw=RUSSIAN, lang=lang, content_hash=content_hash(RUSSIAN),
                       published=DateInfo("2024-05-02", "day", "manifest"))
        assert extract_document(doc) == [] and unread_language(doc) == lang.split("-")[0].lower()
    assert unread_language(Document(id="e", text="x", raw="x", lang="en-GB", content_hash="h")) is None
    assert unread_language(Document(id="k", text="x", raw="x", lang="ko", content_hash="h")) is None
    assert unread_language(Document(id="u", text="x", raw="x", lang=None, content_hash="h")) is None


def test_the_ingest_summary_and_the_document_page_say_not_read(db_url, tmp_path):
    shown = CliRunner().invoke(app, ["--db", db_url, "ingest", _manifest(tmp_path)])
    assert shown.exit_code == 0, shown.output
    assert "not read 3" in shown.stdout
    for line, lang in ((1, "ru"), (2, "zh"), (3, "ja")):
        assert f"pages.jsonl:{line}: not read: language {lang}" in shown.output
    assert {d.id for d in api.documents(db=db_url)} == {"ru-1", "zh-1", "ja-1"}  # stored all the same
    client = TestClient(create_app(db_url))
    page = client.get("/documents/ru-1")
    assert page.status_code == 200 and "not read: language ru" in page.text
    shown = CliRunner().invoke(app, ["--db", db_url, "document", "zh-1"])
    assert shown.exit_code == 0 and "not read: language zh" in shown.output


def test_a_page_crossings_reads_has_no_not_read_line(db_url, tmp_path):
    text = "A North Korean diplomat defected in Rome in May 2024, the ministry said."
    path = tmp_path / "en.txt"
    path.write_text(text, encoding="utf-8")
    report = api.ingest([str(path)], db=db_url)
    assert report.added == 1 and report.not_read == []
    [doc] = api.documents(db=db_url)
    assert "not read" not in TestClient(create_app(db_url)).get(f"/documents/{doc.id}").text


def test_the_report_lists_them(db_url, tmp_path):
    report = api.ingest([_manifest(tmp_path)], db=db_url)
    assert report.ok and report.added == 3 and report.mentions == 0
    assert sorted(line.split(": not read: ")[1] for line in report.not_read) == ["language ja", "language ru",
                                                                                 "language zh"]
