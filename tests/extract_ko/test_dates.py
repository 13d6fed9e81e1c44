"""Dates of events, resolved against the publication date (invented sentences)."""
import pytest


@pytest.mark.parametrize("text, value", [
    ("북한 외교관 1명이 지난해 11월 탈북해 국내에 입국한 것으로 알려졌다.", "2023-11"),
    ("북한 외교관 1명이 이달 초 탈북해 국내에 입국한 것으로 알려졌다.", "2024-03"),
    ("북한 외교관 1명이 지난달 탈북한 것으로 알려졌다.", "2024-02"),
    ("북한 노동자 2명이 지난 3일 러시아에서 실종됐다고 현지 언론이 전했다.", "2024-03-03"),
    ("북한 외교관 1명이 2016년 8월 탈북해 국내에 입국했다.", "2016-08"),
    ("북한 외교관 1명이 올해 초 탈북한 것으로 알려졌다.", "2024"),
])
def test_event_date(extract, text, value):
    (m,) = extract(text, published="2024-03-15")
    assert m.date.value == value
    assert any(e.field == "date" for e in m.evidence)


def test_reporting_day_is_not_the_event_date(extract):
    (m,) = extract("북한 외교관 1명이 탈북해 국내에 입국한 사실이 15일 전해졌다.", published="2024-03-15")
    assert m.date.value is None


def test_time_of_a_post_is_not_the_event_date(extract):
    text = "2019년 5월 당시 대사대리였던 북한 외교관이 지난해 탈북한 것으로 알려졌다."
    (m,) = extract(text, published="2024-03-15")
    assert m.date.value == "2023"


def test_no_year_is_invented_without_an_anchor(extract):
    (m,) = extract("북한 외교관 1명이 지난달 탈북한 것으로 알려졌다.", published=None)
    assert m.date.value is None
