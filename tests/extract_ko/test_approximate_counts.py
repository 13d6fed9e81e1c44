"""An approximate head count is a fact the Korean extractor sets from its own lexicon (cues.yaml
approximate_count): 10여 명, 약 12명의, 20명가량, 20명 이상, 20명이 넘는 (all sentences invented)."""
import pytest


def _group(ms):
    [m] = ms
    [group] = [s for s in m.subjects if s.role != "family_member" and not s.name]
    return group


@pytest.mark.parametrize("text, count", [
    ("북한 주민 10여 명이 지난달 목선을 타고 탈북해 한국에 도착했다고 통일부가 밝혔다.", 10),
    ("약 12명의 북한 노동자가 지난달 러시아에서 탈출해 한국에 입국했다고 정부 당국자가 밝혔다.", 12),
    ("러시아에 파견된 북한 노동자 20명가량이 지난달 집단 탈출했다고 대북 소식통이 전했다.", 20),
    ("러시아에 파견된 북한 노동자 20명 이상이 지난달 집단 탈출했다고 대북 소식통이 전했다.", 20),
    ("러시아에 파견된 북한 노동자 20명이 넘는 인원이 지난달 집단 탈출했다고 대북 소식통이 전했다.", 20),
])
def test_a_hedged_count_is_flagged_approximate(extract, text, count):
    group = _group(extract(text, "2031-06-09"))
    assert group.count == count
    assert group.approximate


@pytest.mark.parametrize("text, count", [
    ("북한 주민 10명이 지난달 목선을 타고 탈북해 한국에 도착했다고 통일부가 밝혔다.", 10),
    ("12명의 북한 노동자가 지난달 러시아에서 탈출해 한국에 입국했다고 정부 당국자가 밝혔다.", 12),
    ("북한 주민 여섯 명이 지난달 목선을 타고 탈북해 한국에 도착했다고 통일부가 밝혔다.", 6),
])
def test_an_exact_count_is_not(extract, text, count):
    group = _group(extract(text, "2031-06-09"))
    assert group.count == count
    assert not group.approximate
