from crossings.clean import clean_page
from crossings.document import RawPage
from tests.ingest.conftest import HTML

TEXT = ("Skip to main content\nText Size\nFishermen reach an island after two days adrift at sea\n"
        "By Jane Roe and John Doe\nPublished: 14 May 2022\n\n"
        "A small wooden boat carrying four fishermen drifted south across the sea border, officials said.\n"
        "© 2022 Harbour Tribune\n")
KOREAN = ("국경 경비대, 지난달 강을 건넌 주민 크게 늘어\n홍길동 기자\n입력 2022.05.14 10:11\n\n"
          "통일부는 지난달 국경을 넘은 주민이 크게 늘었다고 14일 밝혔다.\n")


def test_html_page_metadata_comes_from_the_markup():
    doc = clean_page(RawPage(source="t", content=HTML, kind="html", url="https://www.harbour.example/a"))
    assert doc.title == "Border guards see record crossings"
    assert doc.outlet == "Harbour Tribune"
    assert (doc.published.value, doc.published.source) == ("2022-05-14", "meta")
    assert "more crossings in April" in doc.text and "Home | World" not in doc.text
    assert doc.raw == HTML and doc.lang == "en"


def test_text_page_metadata_from_its_lines_and_url():
    doc = clean_page(RawPage(source="t", content=TEXT, url="https://www.harbour.example/news/123"))
    assert doc.title == "Fishermen reach an island after two days adrift at sea"
    assert doc.outlet == "harbour.example" and doc.authors == ["Jane Roe", "John Doe"]
    assert (doc.published.value, doc.published.precision, doc.published.source) == ("2022-05-14", "day", "byline")
    assert doc.text.startswith(doc.title) and "Skip to" not in doc.text and doc.raw == TEXT


def test_korean_page_language_author_and_byline():
    doc = clean_page(RawPage(source="t", content=KOREAN))
    assert doc.lang == "ko" and doc.authors == ["홍길동"] and doc.published.value == "2022-05-14"


def test_ids_are_the_manifest_id_else_a_content_hash():
    assert clean_page(RawPage(source="t", id="m1", content=TEXT)).id == "m1"
    doc = clean_page(RawPage(source="t", content=TEXT))
    assert doc.id == doc.content_hash and len(doc.id) == 16


def test_crawl_date_is_a_capture_date_not_a_publication_date():
    doc = clean_page(RawPage(source="t", content=KOREAN.replace("입력 2022.05.14 10:11", ""), captured="2022-06-01"))
    assert doc.published.value is None and doc.captured == "2022-06-01"
