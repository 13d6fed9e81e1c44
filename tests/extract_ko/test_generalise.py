"""Phrasings a new page may use that the first lexicons missed (every sentence invented)."""
import pytest


def types(mentions):
    return sorted(m.type for m in mentions if not m.background)


# 1. tried, then caught: an attempted defection (+ its return or punishment where told)
@pytest.mark.parametrize("text, expected", [
    ("양강도 주민 3명이 압록강을 건너 탈북하려다 국경경비대에 붙잡혔다고 대북 소식통이 전했다.",
     ["attempted_defection"]),
    ("함경북도의 한 주민이 지난달 탈북을 시도하다 적발됐다고 현지 소식통이 전했다.",
     ["attempted_defection"]),
    ("북한 노동자 2명이 러시아에서 한국으로 망명하려다 현지 경찰에 체포돼 북한으로 송환됐다.",
     ["attempted_defection", "repatriation"]),
    ("중국에서 탈북을 시도했다가 공안에 붙잡힌 북한 여성 4명이 강제북송된 것으로 알려졌다.",
     ["attempted_defection", "repatriation"]),
    ("북한군 병사 1명이 군사분계선을 넘어 귀순하려다 붙잡혀 총살된 것으로 알려졌다.",
     ["attempted_defection", "punishment"]),
])
def test_tried_then_caught(extract, text, expected):
    assert types(extract(text)) == expected


# 2. every closed mission is its own event
@pytest.mark.parametrize("text, hosts", [
    ("북한이 최근 네팔과 방글라데시의 대사관을 폐쇄했다고 외교부가 밝혔다.", ["BD", "NP"]),
    ("북한은 지난달 세네갈과 앙골라 주재 대사관을 폐쇄한 것으로 알려졌다.", ["AO", "SN"]),
    ("북한이 홍콩 총영사관과 스페인 대사관을 잇따라 폐쇄했다고 정부 소식통이 전했다.", ["ES", "HK"]),
])
def test_each_closed_mission(extract, text, hosts):
    ms = [m for m in extract(text) if m.type == "mission_closure"]
    assert sorted(m.origin.country for m in ms) == hosts


def test_closures_listed_with_cities(extract):
    text = ("북한이 올해 들어 문을 닫은 공관은 다음과 같다.\n"
            "1. 세네갈 다카르 주재 대사관 폐쇄\n"
            "2. 네팔 카트만두 주재 대사관 폐쇄\n"
            "3. 스페인 마드리드 주재 대사관 폐쇄")
    ms = [m for m in extract(text) if m.type == "mission_closure"]
    assert sorted(m.origin.country for m in ms) == ["ES", "NP", "SN"]


def test_closures_en_masse_are_closures(extract):
    text = "북한은 재정난으로 우간다와 앙골라 등 아프리카 공관을 대거 폐쇄했다고 외교부가 밝혔다."
    ms = [m for m in extract(text) if m.type == "mission_closure"]
    assert sorted(m.origin.country for m in ms) == ["AO", "UG"]


# 3. punishment compounds
@pytest.mark.parametrize("text", [
    "북한은 양강도 혜산에서 밀수 주민 3명을 공개처형했다고 대북 소식통이 전했다.",
    "북한 당국이 한국 영상을 퍼뜨린 주민 2명을 총살했다고 소식통이 전했다.",
    "북한이 탈북자 가족 5명을 공개재판에 넘겨 노동교화형을 선고한 것으로 알려졌다.",
    "북한은 탈북한 외교관의 형제를 정치범수용소로 송치했다고 소식통이 전했다.",
    "혜산시에서 탈북을 도운 주민 3명이 공개처형됐다고 현지 소식통이 전했다.",
])
def test_punishment_compounds(extract, text):
    assert types(extract(text)).count("punishment") == 1


# 4. vanished and then arrived: a defection; noun-form arrivals
@pytest.mark.parametrize("text", [
    "잠비아 주재 북한 대사관의 참사관이 지난해 11월 잠적한 뒤 한국에 온 것으로 확인됐다.",
    "러시아에서 일하던 북한 노동자가 지난해 잠적한 뒤 국내에 입국했다고 정부 소식통이 전했다.",
    "정부는 주쿠바 북한 대사관 김철수 참사의 입국 사실을 공식 확인했다.",
    "주라오스 북한 대사관 서기관의 한국행이 확인됐다고 소식통이 전했다.",
])
def test_disappeared_then_arrived_is_a_defection(extract, text):
    assert types(extract(text)) == ["defection"]


def test_disappearance_with_no_outcome_stays_a_disappearance(extract):
    text = "잠비아 주재 북한 대사관의 참사관이 지난해 11월 잠적해 행방이 묘연하다고 소식통이 전했다."
    assert types(extract(text)) == ["disappearance"]


def test_a_disappeared_famous_name_is_not_a_defection_without_saying_so(extract):
    text = "조성길 전 대사대리의 딸이 이탈리아에서 실종됐다고 현지 언론이 보도했다."
    assert "defection" not in types(extract(text))


# 5. statistics and helpers are not defections
@pytest.mark.parametrize("text", [
    "1953년 이후 3만여 명의 북한 주민이 탈북했다.",
    "휴전 이후 지금까지 약 3만4000명의 북한 주민이 탈북해 한국에 정착했다.",
    "지난해 탈북해 한국에 들어온 북한 주민은 모두 236명이었다.",
    "그는 중국에서 다른 주민들의 탈북을 도와주고 돈을 받은 혐의를 받고 있다.",
    "탈북 브로커 김모씨는 지난해 중국에서 북한 주민을 한국으로 데려왔다고 말했다.",
])
def test_not_a_defection(extract, text):
    assert "defection" not in types(extract(text))


# 6. status
@pytest.mark.parametrize("text, status", [
    # no attribution: media report it
    ("러시아에 파견된 북한 노동자 2명이 지난달 탈북해 한국에 입국했다.", "reported"),
    # officials decline to confirm
    ("북한 외교관 1명이 탈북해 국내에 들어온 것으로 알려졌다.\n통일부는 이에 대해 확인할 수 없다고 말했다.",
     "unconfirmed"),
    ("북한 외교관 1명이 탈북해 국내에 들어온 것으로 알려졌다.\n국정원 관계자는 관련 사실을 확인하지 않았다.",
     "unconfirmed"),
    # a rights group's statement is a report
    ("중국 당국이 지난주 탈북민 5명을 강제북송했다고 한 북한인권단체가 밝혔다.", "reported"),
    ("북한 주민 3명이 탈북하다 체포됐다고 국제 인권단체 관계자가 밝혔다.", "reported"),
    # an official on record
    ("통일부는 북한 주민 2명이 지난주 서해로 귀순했다고 밝혔다.", "confirmed"),
    ("경찰은 실종됐던 북한 노동자 1명이 국내에 입국했다고 밝혔다.", "confirmed"),
])
def test_status(extract, text, status):
    ms = [m for m in extract(text) if not m.background]
    assert ms and all(m.status == status for m in ms)
    assert all(any(e.field == "status" for e in m.evidence) for m in ms)


# control measures against would-be defectors are events
@pytest.mark.parametrize("text", [
    "북한이 최근 국경 지역의 탈북 단속을 강화했다고 대북 소식통이 전했다.",
    "북한 당국은 해외 파견 노동자의 가족에게 탈북하면 처벌하겠다고 위협한 것으로 알려졌다.",
    "북한은 국경경비대의 감시를 강화했다고 소식통이 전했다.",
])
def test_control_measures_against_would_be_defectors(extract, text):
    assert "control_measure" in types(extract(text))


# general words near a real event do not block it
@pytest.mark.parametrize("text, expected", [
    ("쿠바 주재 북한 대사관 참사관 일가족이 탈북하자 북한은 해외 공관원들에게 귀국을 지시했다고 소식통이 전했다.",
     ["defection", "recall"]),
    ("지난달 쿠바 주재 북한 대사관 참사관이 가족과 함께 탈북한 사례가 뒤늦게 알려졌다.", ["defection"]),
    ("탈북을 막기 위해 국경에 철조망을 설치한 북한은 지난주 탈북하려던 주민 2명을 사살했다.",
     ["attempted_defection"]),
    ("북한은 카잔에서 일하던 노동자 20명을 평양으로 불러들였다.", ["recall"]),
])
def test_general_words_do_not_block_real_events(extract, text, expected):
    assert types(extract(text)) == expected


def test_cases_in_general_are_not_events(extract):
    assert extract("북한 외교관의 탈북 사례가 늘고 있다는 분석이 나온다.") == []


@pytest.mark.parametrize("text, expected", [
    ("국정원은 주잠비아 북한 대사관 참사관이 지난해 8월 가족과 함께 입국했다고 국회에 보고했다.", ["defection"]),
    ("지난해 입국한 탈북민들도 대부분 제3국에 오래 머물다 들어온 것으로 파악됐다.", []),
    ("러시아 언론인이 독일에 망명을 신청했다고 북한 매체가 비난했다.", []),
])
def test_bare_arrivals(extract, text, expected):
    assert types(extract(text)) == expected


@pytest.mark.parametrize("text, expected", [
    ("함경북도 회령에서 주민 4명이 탈북 시도 중 체포됐다고 소식통이 전했다.", ["attempted_defection"]),
    ("북한 병사 1명이 군사분계선을 넘다 붙잡혔다고 합참이 밝혔다.", ["attempted_defection"]),
    ("북한 노동자 3명이 러시아에서 탈출을 시도했으나 실패해 체포됐다고 현지 언론이 보도했다.", ["attempted_defection"]),
    ("중국 공안은 지난달 선양에서 탈북민 5명을 체포했다고 인권단체가 밝혔다.", ["attempted_defection"]),
    ("북한 외교관 가족이 제3국으로 탈출하려다 붙잡혀 평양으로 압송됐다.", ["attempted_defection", "repatriation"]),
    # a North Korean city says North Korea
    ("혜산시 주민 2명이 압록강을 건너다 국경경비대에 적발됐다.", ["attempted_defection"]),
    ("탈북민 단체 대표가 경찰에 체포됐다.", []),
])
def test_more_attempts(extract, text, expected):
    assert types(extract(text)) == expected


def test_civilians_caught_abroad_left_from_the_north(extract):
    (m,) = extract("중국 공안은 지난달 선양에서 탈북민 5명을 체포했다고 인권단체가 밝혔다.")
    assert m.origin.country == "KP" and m.status == "reported"


def test_a_punishment_at_home_happens_where_told(extract):
    (m,) = extract("혜산에서 주민 3명이 공개처형됐다고 현지 소식통이 전했다.")
    assert (m.type, m.origin.country, m.origin.city) == ("punishment", "KP", "Hyesan")


@pytest.mark.parametrize("text", [
    "북한이 스페인 대사관 폐쇄를 검토하고 있다고 소식통이 전했다.",
    "북한은 우간다 주재 대사관을 폐쇄할 방침인 것으로 알려졌다.",
    "북한 외교관이 탈북한 것이 사실인가요?",
])
def test_plans_and_questions_are_not_events(extract, text):
    assert extract(text) == []


@pytest.mark.parametrize("text, role, count", [
    ("북한 주민 세 명이 목선을 타고 귀순했다고 합참이 밝혔다.", "civilian", 3),
    ("5명의 북한 노동자가 러시아에서 잠적했다고 소식통이 전했다.", "overseas_worker", 5),
    ("탈북민 다섯 명이 강제북송됐다고 인권단체가 밝혔다.", "civilian", 5),
    ("북한 남녀 6명이 중국 공안에 붙잡혀 강제북송됐다.", "civilian", 6),
    # a family fleeing on its own are equals, each a civilian
    ("북한 일가족 4명이 서해로 귀순했다.", "civilian", 4),
    # ...also where the people word says who the family are: one group, counted once
    ("탈북민 가족 7명이 동해 해상으로 귀순했다고 군 당국이 밝혔다.", "civilian", 7),
    ("북한 주민 일가족 3명이 목선을 타고 귀순했다.", "civilian", 3),
])
def test_counts_and_roles(extract, text, role, count):
    mentions = extract(text)  # caught and sent back: an attempt and a return (codebook), the same people
    assert mentions and all([(s.role, s.count) for s in m.subjects] == [(role, count)] for m in mentions)


@pytest.mark.parametrize("text, expected", [
    ("러시아 건설 현장에서 일하던 북한 노동자 4명이 작업장을 무단이탈해 연락이 끊겼다.", ["disappearance"]),
    ("북한은 카잔에 파견한 노동자 30명을 본국으로 철수시켰다.", ["recall"]),
    ("북한이 리비아 주재 대사관의 운영을 중단했다고 외교부가 밝혔다.", ["mission_closure"]),
])
def test_other_phrasings(extract, text, expected):
    assert types(extract(text)) == expected


def test_tried_under_charge(extract):
    (m,) = extract("북한 주민 2명이 탈북을 시도한 혐의로 체포됐다고 소식통이 전했다.")
    assert m.type == "attempted_defection"


def test_handed_over_to_the_north_is_a_repatriation(extract):
    ms = [m for m in extract("몽골 당국이 국경을 넘은 북한 주민 4명을 붙잡아 북한에 넘겼다고 인권단체가 밝혔다.")
          if m.type == "repatriation"]
    assert [(m.destination, m.subjects[0].count) for m in ms] == [("KP", 4)]


def test_a_border_named_by_its_neighbour_is_the_norths_own(extract):
    """ "중국 국경에 … 사살 명령": the order holds at the North's border with China, not in China."""
    (m,) = [m for m in extract("북한이 탈북을 막으려고 중국과의 국경에 경비대를 늘리고 사살 명령을 내렸다고 소식통이 밝혔다.")
            if m.type == "control_measure"]
    assert m.origin.country in ("KP", None)
