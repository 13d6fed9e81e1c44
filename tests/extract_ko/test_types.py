"""Each trigger family opens the right codebook type (invented sentences)."""
import pytest


def types(mentions):
    return sorted(m.type for m in mentions)


@pytest.mark.parametrize("text, expected", [
    ("몽골 주재 북한 대사관의 3등 서기관이 지난달 가족과 함께 탈북해 한국에 입국한 것으로 알려졌다.", "defection"),
    ("태국 방콕에서 근무하던 북한 무역일꾼 2명이 한국 망명을 신청했다고 현지 언론이 보도했다.", "defection"),
    ("북한군 병사 1명이 어제 새벽 군사분계선을 넘어 귀순했다고 합참이 밝혔다.", "defection"),
    ("말레이시아에서 일하던 북한 식당 종업원 5명이 집단 탈출해 서울에 도착했다.", "defection"),
    ("라오스에서 북한 주민 4명이 탈북을 시도하다 붙잡혀 현지 경찰에 구금됐다.", "attempted_defection"),
    ("폴란드 바르샤바 주재 북한 대사관 직원이 지난주부터 잠적한 상태라고 소식통이 전했다.", "disappearance"),
    ("이집트에 파견된 북한 노동자 3명이 실종돼 현지 당국이 행방을 쫓고 있다.", "disappearance"),
    ("중국 공안이 지난달 탈북민 10여 명을 북한으로 강제 송환한 것으로 알려졌다.", "repatriation"),
    ("북한은 스웨덴 주재 대사를 평양으로 소환한 것으로 전해졌다.", "recall"),
    ("북한이 탈북을 도운 혐의로 국경경비대 간부 2명을 공개 처형한 것으로 알려졌다.", "punishment"),
    ("북한이 재정난으로 스페인 마드리드 주재 대사관을 폐쇄한 것으로 확인됐다.", "mission_closure"),
    ("북한은 최근 해외 파견 노동자들에 대한 감시를 강화한 것으로 알려졌다.", "control_measure"),
])
def test_trigger_family(extract, text, expected):
    assert types(extract(text)) == [expected]


def test_caught_and_sent_back_is_an_attempt_and_a_return(extract):
    """Codebook: people who fled, were caught and were sent back made two events."""
    text = "중국 당국이 붙잡힌 북한 여성 7명을 강제북송했다고 인권단체가 밝혔다."
    assert types(extract(text)) == ["attempted_defection", "repatriation"]


def test_restaurant_workers_are_restaurant_workers(extract):
    (m,) = extract("캄보디아의 북한식당 종업원 6명이 탈북해 국내에 입국했다고 통일부가 밝혔다.")
    roles = {s.role for s in m.subjects}
    assert "restaurant_worker" in roles
    assert sum(s.count or 0 for s in m.subjects if s.role == "restaurant_worker") == 6
    assert m.origin.country == "KH"
    assert m.destination == "KR"


def test_diplomat_with_family(extract):
    (m,) = extract("에티오피아 주재 북한 대사관 참사관이 부인, 아들과 함께 망명했다고 정부 당국자가 밝혔다.")
    roles = sorted(s.role for s in m.subjects)
    assert roles[0] == "diplomat" and "family_member" in roles
    assert m.origin.country == "ET"


def test_soldier_is_military(extract):
    (m,) = extract("북한군 병사 1명이 어제 새벽 군사분계선을 넘어 귀순했다고 합참이 밝혔다.")
    assert [s.role for s in m.subjects] == ["military"]
    assert m.status == "confirmed"


def test_fishermen_sent_back_are_one_repatriation(extract):
    text = ("정부는 동해에서 나포한 북한 어민 3명을 판문점을 통해 북한으로 추방했다.\n"
            "이들은 조사 과정에서 귀순 의사를 밝혔지만 정부는 받아들이지 않았다.")
    (m,) = extract(text)
    assert m.type == "repatriation"
    assert m.destination == "KP"
    assert m.subjects[0].role == "civilian" and m.subjects[0].count == 3


def test_an_intention_declared_on_arrival_is_the_defection(extract):
    # "귀순 의사를 밝혔다": the formula for people who have come over and ask to stay (invented)
    ms = extract("북한 주민 3명이 모두 귀순 의사를 밝혔다고 합참이 전했다.")
    assert [m.type for m in ms] == ["defection"]


def test_an_intention_only_held_is_no_defection(extract):
    assert extract("그는 오래전부터 탈북 의사가 있었다고 한다.") == []


def test_came_over_the_line_is_a_defection(extract):
    ms = extract("북한군 병사 1명이 어젯밤 군사분계선을 넘어왔다고 합참이 밝혔다.")
    assert [m.type for m in ms] == ["defection"]


def test_things_that_came_over_are_no_defection(extract):
    assert extract("북한이 띄운 풍선 수십 개가 남쪽으로 넘어왔다고 군이 밝혔다.") == []
