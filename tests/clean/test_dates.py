import pytest

from crossings.clean.chrome import classify
from crossings.clean.dates import page_dates
from crossings.clean.urldate import url_date

HEAD = "Border guards report more crossings this spring"
BODY = "Guards counted more crossings in April than in any month on record, officials said."


def dates(lines: list[str], url: str | None = None, given: str | None = None):
    published, captured = page_dates(lines, classify(lines), url, given)
    return published.value, published.source, captured


@pytest.mark.parametrize("url, value, precision", [
    ("https://news.example/world/2016/08/17/story-name/", "2016-08-17", "day"),
    ("https://news.example/world/2016/aug/16/story", "2016-08-16", "day"),
    ("https://news.example/blog/slug/2023/7/14", "2023-07-14", "day"),
    ("https://news.example/en/article/2023060909063495012", "2023-06-09", "day"),
    ("https://news.example/view.php?ud=20210125000909", "2021-01-25", "day"),
    ("https://news.example/view/AEN20200403007000325", "2020-04-03", "day"),
    ("https://news.example/story-20160817-abc.html", "2016-08-17", "day"),
    ("https://news.example/korea/town-06072023183727.html", "2023-06-07", "day"),
    ("https://news.example/23-Apr-2024/missile-story", "2024-04-23", "day"),
    ("https://news.example/2016/04/13-workers-leave", "2016-04", "month"),
    ("https://news.example/news/2021/politics/article/6068456_34867.html", "2021", "year"),
])
def test_url_dates(url, value, precision):
    got = url_date(url)
    assert (got.value, got.precision, got.source) == (value, precision, "url")


@pytest.mark.parametrize("url", ["https://news.example/i/15123239", "https://news.example/1107793524/a",
                                 "https://news.example/view.php?idxno=2066569", None])
def test_ids_are_not_dates(url):
    assert url_date(url) is None


@pytest.mark.parametrize("byline, value", [
    ("Published: 17 August 2016", "2016-08-17"),
    ("Updated 3:12 PM ET, Wed August 17, 2016", "2016-08-17"),
    ("입력 2016.08.17 10:11", "2016-08-17"),
    ("기사입력 2016-08-17 10:11", "2016-08-17"),
    ("등록 2016-08-17 19:38수정 2016-08-18 09:00", "2016-08-17"),
    ("Posted on : 2020-04-17 17:37 KST Modified on : 2020-04-18 10:00 KST", "2020-04-17"),
    ("Wednesday 17 August 2016 08:07 BST", "2016-08-17"),
    ("by Jane Roe , October 25, 2013", "2013-10-25"),
    ("홍길동 기자 2023. 6. 8. 03:01", "2023-06-08"),
    ("Published: 06/12/2023", "2023-12-06"),
])
def test_bylines_under_the_headline(byline, value):
    assert dates([HEAD, byline, BODY])[:2] == (value, "byline")


def test_publication_label_beats_an_earlier_update_label():
    lines = [HEAD, "UPDATED 2016-08-19 10:00", "Published 2016-08-17 08:00", BODY]
    assert dates(lines)[0] == "2016-08-17"


def test_label_alone_on_its_line_applies_to_the_next_line():
    assert dates([HEAD, "입력", "2025.01.13 04:30", BODY])[:2] == ("2025-01-13", "byline")


@pytest.mark.parametrize("dateline, url, value", [
    ("SEOUL, Aug. 17 (Yonhap) -- " + BODY, "https://news.example/2016/08/17/x", "2016-08-17"),
    ("SEOUL, Aug. 17 (Yonhap) -- " + BODY, "https://news.example/2016/x", "2016-08-17"),
    ("HAVANA, December 9, 2018 — " + BODY, None, "2018-12-09"),
    ("The Harbour Times (26.08.2016) – " + BODY, None, "2016-08-26"),
])
def test_datelines(dateline, url, value):
    published = dates([HEAD, dateline], url)
    assert published[0] == value and published[1] in ("dateline", "url")


def test_dateline_without_a_year_is_not_given_one():
    assert dates([HEAD, "SEOUL, Aug. 17 (Yonhap) -- " + BODY]) == (None, None, None)


def test_weather_widget_date_is_captured_never_published():
    lines = ["68.5 F", "Springfield", "Saturday, September 7, 2024", "", HEAD, BODY]
    assert dates(lines) == (None, None, "2024-09-07")


def test_page_top_date_is_captured_when_the_url_disagrees():
    lines = ["February 21, 2024", HEAD, BODY]
    assert dates(lines, "https://news.example/2016/08/a-story/") == ("2016-08", "url", "2024-02-21")
    assert dates(lines) == (None, None, "2024-02-21")


def test_page_top_date_is_published_when_the_url_agrees():
    lines = ["Wednesday, June 1, 2016", HEAD, BODY]
    assert dates(lines, "https://blog.example/2016/06/a-story.html")[:2] == ("2016-06-01", "byline")


def test_url_date_from_the_seed_shape_with_a_byline_that_disagrees_is_kept():
    lines = [HEAD, "March 3, 2011", BODY]
    assert dates(lines, "https://news.example/2016/08/17/x")[:2] == ("2016-08-17", "url")


def test_scraper_date_prefix_is_metadata():
    assert dates(["date 2021-01-26 " + BODY])[:2] == ("2021-01-26", "meta")


def test_manifest_date_wins():
    assert dates([HEAD, "Published: 17 August 2016", BODY], given="2016-08-16")[:2] == ("2016-08-16", "manifest")


def test_dates_inside_sentences_are_not_bylines():
    lines = [HEAD, "The flag was raised in the capital on June 20, 2017, and again in spring.", BODY]
    assert dates(lines) == (None, None, None)


def test_manifest_dates_in_other_spellings():
    assert dates([HEAD, BODY], given="August 17, 2016")[:2] == ("2016-08-17", "manifest")
    assert dates([HEAD, BODY], given="2016-08")[:2] == ("2016-08", "manifest")
    assert dates([HEAD, BODY], given="20160817")[:2] == ("2016-08-17", "manifest")
    assert dates([HEAD, BODY], given="2016-08-17T09:30:00+09:00")[:2] == ("2016-08-17", "manifest")


def test_dates_after_tomorrow_are_not_dates():
    assert dates([HEAD, "Published: 17 August 2099", BODY]) == (None, None, None)


def test_date_under_the_site_name_but_above_the_headline_is_captured():
    lines = ["The Harbour Tribune", "Saturday, September 7, 2024", HEAD, BODY]
    assert dates(lines) == (None, None, "2024-09-07")
