"""Predictions, negations, intentions, generalities, statistics and other domains are not events."""
import pytest


@pytest.mark.parametrize("text", [
    # predictions and possibilities
    "전문가들은 북한 외교관들의 추가 망명이 이어질 가능성이 크다고 내다봤다.",
    "국경이 열리면 북한 노동자들의 탈북이 늘어날 것으로 전망된다.",
    "당국은 실종된 것이 아니라 단순히 연락이 늦어진 것일 수 있다고 설명했다.",
    # under way, not done (GT-HYPO)
    "외교부는 북한의 쿠바 주재 총영사관도 철수 작업이 진행되고 있다고 밝혔다.",
    "북한이 몽골 대사관 폐쇄를 준비 중인 것으로 전해졌다.",
    # an obligation is not a deed (GT-HYPO)
    "제재에 따라 회원국들은 자국 내 북한 노동자를 모두 본국으로 돌려보내야 한다.",
    # negations
    "정부 관계자는 해당 인물이 한국으로 망명한 것은 아니라고 말했다.",
    # intentions and plans
    "그는 오래전부터 탈북을 결심했지만 가족 때문에 실행에 옮기지 못했다고 한다.",
    # general talk about defection
    "최근 북한 엘리트층의 탈북 러시가 체제 불안을 보여준다는 분석이 나온다.",
    "북한 당국은 탈북을 막기 위해 주민들에 대한 사상 교육을 강조하고 있다.",
    # aggregate statistics
    "통일부에 따르면 지난해 국내에 입국한 탈북민은 모두 196명으로 집계됐다.",
    "지금까지 한국에 들어온 북한이탈주민은 누적 3만 4천여 명이다.",
    # people, not events
    "서울의 한 복지관에서 탈북민 취업 박람회가 열렸다.",
])
def test_not_an_event(extract, text):
    assert extract(text) == []


@pytest.mark.parametrize("text", [
    "베네수엘라 축구 대표팀 선수 2명이 원정 경기 뒤 미국으로 망명했다.",
    "야당 의원 세 명이 오늘 탈당해 신당에 합류했다.",
    "경찰은 실종된 등산객을 찾기 위해 수색을 벌였다.",
    "러시아 외교관 한 명이 스위스에서 망명을 신청했다고 현지 언론이 보도했다.",
])
def test_out_of_domain(extract, text):
    assert extract(text) == []


def test_mass_closure_without_named_missions_is_not_a_closure(extract):
    text = "북한은 경비 부족으로 남미 지역 공관을 대거 폐쇄했다."
    assert [m.type for m in extract(text)] != ["mission_closure"]


def test_a_control_that_names_no_one_it_applies_to_is_not_an_event(extract):
    text = "북한 당국이 감시를 강화했다고 대북 소식통이 전했다."
    assert extract(text) == []


def test_a_prosecutors_summons_is_not_a_recall(extract):
    text = "검찰은 탈북민 단체 대표를 소환해 조사했다."
    assert [m.type for m in extract(text)] == []


@pytest.mark.parametrize("text", [
    "중국이 탈북민 강제북송을 계속한다면 국제사회의 비판을 피하기 어렵다.",
    "탈북민들이 북송되면 혹독한 처벌을 받는다는 것은 잘 알려진 사실이다.",
    "정부는 탈북민 강제북송을 막는 데 외교력을 모아야 한다.",
])
def test_conditionals_and_opinions(extract, text):
    assert extract(text) == []


@pytest.mark.parametrize("text", [
    "일부 단체는 종업원들을 북한으로 송환해야 한다고 주장했다.",
    "유엔은 중국에 탈북민 강제북송 중단을 촉구했다.",
])
def test_demands_are_not_events(extract, text):
    assert extract(text) == []


def test_a_newspaper_named_chosun_is_not_north_korea(extract):
    text = "쿠바 야구 선수 3명이 멕시코에서 망명했다고 조선일보가 보도했다."
    assert extract(text) == []
