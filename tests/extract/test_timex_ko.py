"""Korean temporal expressions, resolved against invented anchors."""
import pytest

from crossings.extract.timex import find_dates

PUB = "2024-07-10"  # a Wednesday


def one(text: str, anchor: str | None = PUB, capture: bool = False):
    found = find_dates(text, "ko", anchor, capture)
    assert len(found) == 1, found
    return found[0]


def value(text: str, anchor: str | None = PUB, capture: bool = False) -> str | None:
    return one(text, anchor, capture).value


@pytest.mark.parametrize("text,expected,precision", [
    ("그는 2016년 8월 17일 한국에 왔다.", "2016-08-17", "day"),
    ("그는 2016년 8월 한국에 왔다.", "2016-08", "month"),
    ("그는 2016년 한국에 왔다.", "2016", "year"),
    ("그는 지난 2019년 11월 잠적했다.", "2019-11", "month"),
    ("그는 2016년8월17일 한국에 왔다.", "2016-08-17", "day"),
    ("입력 2024.07.17 10:31", "2024-07-17", "day"),
    ("입력 2024. 7. 17.", "2024-07-17", "day"),
    ("그는 2016년 봄 탈북했다.", "2016", "season"),
])
def test_explicit(text, expected, precision):
    m = one(text)
    assert (m.value, m.precision, m.derivation) == (expected, precision, "explicit")


@pytest.mark.parametrize("text,expected", [
    ("외교관이 지난해 11월 잠적했다.", "2023-11"),
    ("외교관이 작년 11월 잠적했다.", "2023-11"),
    ("외교관이 올해 3월 잠적했다.", "2024-03"),
    ("외교관이 올 3월 잠적했다.", "2024-03"),
    ("외교관이 재작년 5월 잠적했다.", "2022-05"),
    ("외교관이 지난해 11월 초 잠적했다.", "2023-11"),
])
def test_month_of_an_offset_year(text, expected):
    m = one(text)
    assert (m.value, m.precision) == (expected, "month")
    assert m.derivation == "relative:ko-offset-year-month"


def test_day_of_an_offset_year():
    assert value("그는 지난해 11월 3일 입국했다.") == "2023-11-03"


@pytest.mark.parametrize("text,expected,precision", [
    ("이달 초", "2024-07", "month"), ("이달 말", "2024-07", "month"), ("지난달", "2024-06", "month"),
    ("지난달 말", "2024-06", "month"), ("지난달 16일", "2024-06-16", "day"),
    ("다음 달", "2024-08", "month"), ("올해", "2024", "year"), ("지난해", "2023", "year"),
    ("작년", "2023", "year"), ("올 초", "2024", "year"), ("지난해 말", "2023", "year"),
    ("이번 주", "2024-07", "month"), ("지난주", "2024-07", "month"),
    ("지난해 여름", "2023", "season"),
])
def test_offsets(text, expected, precision):
    m = one(f"그 외교관은 {text} 사라졌다.")
    assert (m.text, m.value, m.precision) == (text, expected, precision)


@pytest.mark.parametrize("anchor,expected", [
    ("2024-07-20", "2024-07-16"), ("2024-07-10", "2024-06-16"), ("2024-07-16", "2024-07-16"),
])
def test_bare_day_is_this_month_or_last(anchor, expected):
    m = one("정보당국은 16일 그가 탈북했다고 밝혔다.", anchor)
    assert (m.text, m.value, m.precision) == ("16일", expected, "day")


@pytest.mark.parametrize("text", ["16일간 조사를 받았다", "16일 동안 숨어 지냈다", "16일 만에 풀려났다",
                                  "3일째 연락이 없다"])
def test_durations_are_no_dates(text):
    assert find_dates(text, "ko", PUB) == []


def test_past_and_coming_day():
    assert value("그는 지난 3일 입국했다.") == "2024-07-03"
    assert value("그는 지난 13일 입국했다.") == "2024-06-13"
    assert value("재판은 오는 5일 열린다.") == "2024-08-05"
    assert value("재판은 오는 15일 열린다.") == "2024-07-15"


def test_past_and_coming_month():
    assert value("그는 지난 4월 입국했다.") == "2024-04"
    assert value("그는 지난 9월 입국했다.") == "2023-09"
    assert value("재판은 오는 9월 열린다.") == "2024-09"
    assert value("그는 지난 7월 3일 입국했다.") == "2024-07-03"


def test_yearless_month_day():
    m = one("그는 7월 3일 입국했다.")
    assert (m.value, m.derivation) == ("2024-07-03", "anchor:published")
    assert value("그는 12월 28일 입국했다.", "2024-01-03") == "2023-12-28"


def test_bare_month_is_most_recent_not_after_anchor():
    assert value("그는 3월 말 입국했다.") == "2024-03"
    assert value("그는 9월 입국했다.") == "2023-09"


def test_weekdays():
    assert value("그는 수요일 입국했다.") == "2024-07-10"
    assert value("그는 지난주 금요일 입국했다.") == "2024-07-05"
    assert value("그는 월요일 입국했다.") == "2024-07-08"


def test_ago_and_recently():
    assert value("그는 2년 전 탈북했다.") == "2022"
    assert value("그는 3개월 전 탈북했다.") == "2024-04"
    m = one("그는 최근 탈북했다.")
    assert (m.value, m.precision, m.derivation) == ("2024-07", "month", "relative:ko-recent")


def test_today_words_need_a_publication_date():
    assert value("그는 이날 입국했다.") == "2024-07-10"
    assert value("그는 전날 입국했다.") == "2024-07-09"
    assert value("그는 이날 입국했다.", capture=True) is None


def test_capture_anchor_is_an_upper_bound():
    assert value("그는 8월 17일 입국했다.", "2024-08-10", capture=True) == "2023-08-17"
    assert value("재판은 오는 25일 열린다.", "2024-08-10", capture=True) is None
    m = one("정보당국은 16일 밝혔다.", "2024-09-07", capture=True)
    assert (m.value, m.derivation) == ("2024-08-16", "relative:ko-day;capture-bounded")


@pytest.mark.parametrize("text", ["지난해 11월", "이달 초", "지난달", "올해", "16일", "지난 3일", "8월 17일",
                                  "지난 4월", "이번 주", "최근"])
def test_no_anchor_never_invents_a_year(text):
    m = one(f"그는 {text} 잠적했다.", anchor=None)
    assert (m.value, m.precision, m.relative) == (None, "unknown", True)


def test_words_that_look_like_parts_are_not_swallowed():
    found = find_dates("그는 3일 말했다. 지난해 경찰이 왔다.", "ko", PUB)
    assert [m.text for m in found] == ["3일", "지난해"]


def test_offsets_in_a_korean_paragraph():
    text = "쿠바 주재 외교관이 지난해 11월 잠적한 뒤 이달 초 서울에 도착했다고 정보당국이 16일 밝혔다."
    found = find_dates(text, "ko", PUB)
    assert [m.text for m in found] == ["지난해 11월", "이달 초", "16일"]
    assert [m.value for m in found] == ["2023-11", "2024-07", "2024-06-16"]
    for m in found:
        assert text[m.start:m.end] == m.text


@pytest.mark.parametrize("text,rule", [
    ("그해 11월", "ko-offset-year-month"), ("이듬해", "ko-offset-year"), ("사흘 뒤", "ko-days-ago"), ("사흘간", None),
    ("3일 후", "ko-ago"), ("2년 뒤", "ko-ago"),
])
def test_story_relative_expressions_do_not_count_from_the_anchor(text, rule):
    found = find_dates(f"그는 {text} 서울에 도착했다.", "ko", PUB)
    if rule is None:
        assert found == []
        return
    (m,) = found
    assert (m.text, m.value, m.derivation) == (text, None, f"context:{rule}")


def test_words_that_are_no_dates():
    assert find_dates("그는 메시지를 전달했다. 전주에서 열렸다.", "ko", PUB) == []
    assert value("그는 2년 전에 탈북했다.") == "2022"


def test_day_before_a_verb_starting_with_jeon_is_a_date_not_days_ago():
    # 전해졌다 "it was reported": 25일 is the 25th, not "25 days ago"
    m = one("그의 망명 사실이 25일 전해졌다.", "2024-07-28")
    assert (m.text, m.value) == ("25일", "2024-07-25")
    assert value("그는 3일 전에 탈북했다.", "2024-07-28") == "2024-07-25"


@pytest.mark.parametrize("text", ["16일 넘게 숨어 지냈다", "사흘간 숨었다", "1년 넘게 일했다", "5일 가량 걸렸다"])
def test_more_durations_are_no_dates(text):
    assert find_dates(text, "ko", PUB) == []


def test_decade_is_no_year():
    assert find_dates("1990년대 중반 탈북했다", "ko", PUB) == []


@pytest.mark.parametrize("text,expected,precision", [
    ("이틀 전", "2024-07-08", "day"), ("사흘 전", "2024-07-07", "day"), ("며칠 전", "2024-07", "month"),
    ("한 달 전", "2024-06", "month"), ("두 달 전", "2024-05", "month"), ("수년 전", "2021", "year"),
])
def test_native_and_vague_counts(text, expected, precision):
    m = one(f"그는 {text} 탈북했다.")
    assert (m.text, m.value, m.precision) == (text, expected, precision)


def test_relative_seasons():
    m = one("그는 지난겨울 탈북했다.")
    assert (m.value, m.precision) == ("2023", "season")
    assert value("그는 지난 여름 탈북했다.", "2024-10-01") == "2024"
    assert value("그는 올여름 탈북했다.") == "2024"


def test_day_ranges_take_their_first_day():
    assert value("회담은 2016년 8월 17~18일 열렸다.") == "2016-08-17"
    assert value("회담은 7월 3~4일 열렸다.") == "2024-07-03"
    assert value("회담은 지난 3~4일 열렸다.") == "2024-07-03"


def test_day_range_after_a_relative_month_is_one_match():
    m = one("그들은 이달 6~9일 열린 회의 뒤 사라졌다.")
    assert (m.text, m.value) == ("이달 6~9일", "2024-07-06")


def test_year_end_words():
    found = find_dates("연말까지 돌려보낸다. 지난해 연말 사라졌다.", "ko", PUB)
    assert [(m.text, m.value) for m in found] == [("연말", "2024"), ("지난해 연말", "2023")]


def test_date_words_inside_names_are_no_dates():
    assert find_dates("손금주 의원과 이올해 씨가 말했다.", "ko", PUB) == []


def test_past_part_of_the_current_month_is_this_year():
    assert value("그는 지난 7월 초 입국했다.", "2024-07-16") == "2024-07"
    assert value("그는 지난 7월 말 입국했다.", "2024-07-16") == "2023-07"
    assert value("그는 지난 7월 입국했다.", "2024-07-16") == "2023-07"
