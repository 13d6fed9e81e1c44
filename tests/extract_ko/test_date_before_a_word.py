"""A date is not misread as a duration because the next word begins like a duration suffix
(class DT: "지난달 간부 3명을 처형했다" is last month; 간부 is an official, not "for a month").
Invented sentences."""


def test_last_month_before_an_official_is_last_month(extract):
    found = [m for m in extract("북한은 지난달 간부 3명을 처형했다.", published="2031-06-13") if m.type == "punishment"]
    assert found and found[0].date.value == "2031-05"


def test_a_real_duration_is_still_no_date(extract):
    found = [m for m in extract("북한 노동자 2명이 한 달 간 잠적했다.", published="2031-06-13")]
    assert all(m.date.value != "2031-05" for m in found)
