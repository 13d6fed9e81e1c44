"""GT-AGG-OVER / GT-STAT: a large number is no statistic when one dated act is told; totals,
rates and trends are statistics whatever the number (invented sentences)."""
import pytest


@pytest.mark.parametrize("text", [
    "6월 2일 새벽 중국 공안에 구금돼 있던 탈북민 수백 명이 강제 북송됐다.",
    "러시아 당국은 지난 11일 불법 체류 중이던 북한 노동자 150여 명을 북한으로 송환했다.",
])
def test_one_dated_mass_return_is_one_event(extract, text):
    mentions = extract(text, published="2024-06-20")
    assert [m.type for m in mentions] == ["repatriation"]
    assert mentions[0].date.precision == "day"


@pytest.mark.parametrize("text", [
    "작년 한 해 동안 국내에 입국한 탈북민은 모두 187명으로 집계됐다.",
    "2015년부터 지난해 말까지 입국한 탈북민 1만여 명을 대상으로 설문을 진행했다.",
    "지금까지 국내에 입국한 탈북민은 3만 4천여 명에 이른다.",
    "코로나 이후 북한이탈주민 입국 인원이 크게 줄었다는 분석이 나온다.",
    "중국에서 강제 북송되는 탈북민은 매년 수백 명에 달한다.",
    "지난해 탈북민 300여 명이 중국에서 강제 북송됐다.",   # a year's total, no one day
])
def test_totals_rates_and_trends_are_statistics(extract, text):
    assert extract(text, published="2024-06-20") == []


def test_a_duration_is_no_statistic(extract):
    text = "영국에서 10년 동안 근무한 북한 외교관이 가족과 함께 잠적했다."
    assert [m.type for m in extract(text)] == ["disappearance"]
