"""Invariants of both lookups over a batch of invented paragraphs: offsets quote the text,
matches never overlap, come sorted, are deterministic and pickle."""
import pickle

import pytest

from crossings.extract.places import find_places
from crossings.extract.timex import find_dates

PARAGRAPHS = [
    ("en", "A North Korean trade official posted in Vladivostok vanished on the 4th, weeks after "
           "a colleague in Ningbo, China, fled to the South. Seoul's spy agency said on Wednesday "
           "that he had reached the U.S. in October last year, two years after a diplomat left "
           "the embassy in Ealing, London, in August 2016."),
    ("en", "Officials in Hong Kong and Kuwait City declined to comment on Aug. 17, 2016. The DRC, "
           "Angola and Uganda closed missions late last year; the Democratic Republic of the Congo "
           "was first, in early June. Radio Free Asia reported the news several weeks ago."),
    ("ko", "쿠바 주재 북한 외교관이 지난해 11월 잠적한 뒤 이달 초 서울에 도착했다고 정보당국이 16일 "
           "밝혔다. 주이탈리아 대사대리는 2019년 7월 탈북했으며, 블라디보스토크에서 일하던 노동자도 "
           "지난 3일 중국으로 건너갔다."),
    ("ko", "(서울=연합뉴스) 동남아와 아프리카, 유럽 공관들이 올해 문을 닫았다. 주영 공사는 2016년 8월 "
           "17일 한국에 왔고, 러시아에서는 오는 5일 재판이 열린다. 中, 탈북민 강제북송."),
]


def _assert_clean(matches, text):
    starts = [m.start for m in matches]
    assert starts == sorted(starts)
    for a, b in zip(matches, matches[1:]):
        assert a.end <= b.start
    for m in matches:
        assert text[m.start:m.end] == m.text and m.text


@pytest.mark.parametrize("lang,text", PARAGRAPHS)
def test_places_invariants(lang, text):
    found = find_places(text, lang)
    assert found, "every paragraph names places"
    _assert_clean(found, text)
    assert find_places(text, lang) == found
    assert pickle.loads(pickle.dumps(found)) == found
    assert all(m.kind in {"city", "country", "region", "demonym"} for m in found)


@pytest.mark.parametrize("lang,text", PARAGRAPHS)
@pytest.mark.parametrize("anchor,capture", [("2024-07-10", False), ("2024-07-10", True), (None, False)])
def test_dates_invariants(lang, text, anchor, capture):
    found = find_dates(text, lang, anchor, capture)
    assert found, "every paragraph holds dates"
    _assert_clean(found, text)
    assert find_dates(text, lang, anchor, capture) == found
    assert pickle.loads(pickle.dumps(found)) == found
    for m in found:
        assert m.precision in {"day", "month", "year", "season", "unknown"}
        assert (m.value is None) == (m.precision == "unknown")
        if anchor is None:
            assert m.value is None or not m.relative
        if capture and m.value and m.relative:
            assert m.value <= anchor[:len(m.value)]
