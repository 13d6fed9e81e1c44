"""resolve_reference: the reporting date of a page, from invented pages."""
import pytest

from crossings.extract.timex import find_dates, is_report_date, reporting_dates, resolve_reference


def test_publication_date_wins():
    text = "The envoy fled, according to the Morning Ledger on July 17."
    assert resolve_reference(text, "en", "2024-07-18T09:00:00", "2024-09-07") == (
        "2024-07-18", "published")


def test_dateline_bounded_by_capture():
    text = "The envoy vanished last month, according to the Morning Ledger on July 17."
    assert resolve_reference(text, "en", None, "2024-09-07") == (
        "2024-07-17", "dateline:capture-bounded")


def test_dateline_never_after_capture():
    text = "The envoy vanished, the Morning Ledger reported on September 20."
    assert resolve_reference(text, "en", None, "2024-09-07") == (
        "2023-09-20", "dateline:capture-bounded")


def test_explicit_dateline_in_the_head():
    text = "By a staff writer\nMarch 3, 2024\n\nA trade official disappeared in Europe."
    assert resolve_reference(text, "en", None, "2024-09-07") == ("2024-03-03", "dateline:explicit")


def test_date_far_from_any_cue_is_no_dateline():
    body = "Filler sentence without anything. " * 12
    text = body + "The envoy left his post on July 17 and has not been seen."
    assert resolve_reference(text, "en", None, "2024-09-07") == ("2024-09-07", "anchor:capture")


def test_weekday_is_no_dateline():
    text = "x" * 400 + " The agency reported on Wednesday that he had fled."
    assert resolve_reference(text, "en", None, "2024-09-07") == ("2024-09-07", "anchor:capture")


def test_korean_reporting_day():
    text = "가" * 320 + " 한 일간지는 16일 이 같이 보도했다."
    assert resolve_reference(text, "ko", None, "2024-09-07") == (
        "2024-08-16", "dateline:capture-bounded")


def test_korean_byline_stamp():
    text = "입력 2024.07.17 10:31\n\n북한 외교관이 잠적했다."
    assert resolve_reference(text, "ko", None, "2024-09-07") == ("2024-07-17", "dateline:explicit")


def test_latest_dateline_wins():
    text = ("The daily reported on July 2 that he had vanished. "
            "The ministry said on July 17 he was safe.")
    assert resolve_reference(text, "en", None, "2024-09-07")[0] == "2024-07-17"


def test_nothing_known():
    assert resolve_reference("A page with no dates.", "en", None, None) == (None, "unknown")
    assert resolve_reference("He said on July 17 he fled.", "en", None, None) == (None, "unknown")


def test_photo_caption_date_is_no_dateline():
    text = ("Diplomat defects\n\nThe envoy speaks in Seoul in this March 3, 2019 file photo.\n\n"
            "SEOUL - The envoy left his post last month, officials said.")
    assert resolve_reference(text, "en", None, None) == (None, "unknown")
    ko = "외교관 망명\n\n기자회견 하는 외교관. 2019.3.3 [자료사진]\n\n외교관이 지난달 잠적했다."
    assert resolve_reference(ko, "ko", None, None) == (None, "unknown")


def flags(text: str, lang: str) -> list[tuple[str, bool]]:
    return [(m.text, is_report_date(text, m, lang)) for m in find_dates(text, lang, "2024-07-20")]


@pytest.mark.parametrize("text,expected", [
    ("The envoy fled in early June, according to the Daily Ledger on July 17.",
     [("early June", False), ("July 17", True)]),
    ("The ministry said on Wednesday that he fled on Monday.",
     [("on Wednesday", True), ("on Monday", False)]),
    ("Officials said he fled on June 5.", [("June 5", False)]),
    ("The paper reported that the envoy defected in early June.", [("early June", False)]),
])
def test_english_report_dates(text, expected):
    assert flags(text, "en") == expected


@pytest.mark.parametrize("text,expected", [
    ("정보당국은 16일 그가 지난 4일 탈북했다고 밝혔다.", [("16일", True), ("지난 4일", False)]),
    ("한 신문은 16일 보도했다.", [("16일", True)]),
    ("그의 망명 사실이 25일 전해졌다.", [("25일", True)]),
    ("정보당국은 16일(현지시간) 밝혔다.", [("16일", True)]),
    ("지난 4일부터 연락이 끊긴 것으로 알려졌다.", [("지난 4일", False)]),
    ("북한은 지난 4일 국경을 폐쇄했다고 통신이 보도했다.", [("지난 4일", False)]),
    ("그는 16일 탈북했다.", [("16일", False)]),
])
def test_korean_report_dates(text, expected):
    assert flags(text, "ko") == expected


def test_reporting_dates_lists_only_report_dates():
    text = "The envoy fled in early June, according to the Daily Ledger on July 17."
    assert [m.text for m in reporting_dates(text, "en", "2024-09-07", True)] == ["July 17"]
