"""A foreign state handing North Koreans back, told without 북송/송환 (TR-KO), and an arrest whose
people stand in the next clause (SB). A foreign authority expelling, deporting or handing over
North Koreans it held is a repatriation whose origin is that state; the North banishing its own
people, a state expelling a diplomat, the North expelling anyone, a return the people asked for
and a decision not yet carried out are none. A capture chained to the return that follows it, or
told in a relative clause whose head opens the next clause, is the attempt of the people the
other clause names. Invented sentences."""


def _of(mentions, etype):
    return [m for m in mentions if m.type == etype]


def test_expelled_by_a_foreign_immigration_authority(extract):
    found = _of(extract("몽골 울란바토르의 공사장을 떠났다가 버스 터미널에서 붙잡힌 북한 노동자 3명이 지난 5일 "
                        "추방됐다고 현지 이민당국이 밝혔다.", published="2031-05-08"), "repatriation")
    assert len(found) == 1
    assert found[0].origin.country == "MN"
    assert found[0].subjects[0].count == 3
    assert found[0].date.value == "2031-05-05"


def test_sent_to_the_north_after_a_court_decision(extract):
    found = _of(extract("몽골 법원은 국경을 넘은 북한 남성 2명에게 강제 추방 결정을 내렸고, 이들은 지난 7일 북한으로 "
                        "보내졌다.", published="2031-05-08"), "repatriation")
    assert [m.date.value for m in found] == ["2031-05-07"]


def test_handed_to_the_norths_consulate(extract):
    found = _of(extract("베트남 공안은 하노이에서 억류하던 북한 여성 4명을 지난 3일 북한 영사관 측에 넘겼다.",
                        published="2031-05-08"), "repatriation")
    assert found and found[0].origin.country == "VN"


def test_handed_to_the_north_side_with_a_space(extract):
    found = _of(extract("러시아 국경수비대는 북한 노동자 2명을 지난 4일 하산에서 북한 측에 넘겼다고 밝혔다.",
                        published="2031-05-08"), "repatriation")
    assert len(found) == 1 and found[0].subjects[0].count == 2


def test_the_north_expelling_a_diplomat_is_no_return(extract):
    assert _of(extract("북한은 평양 주재 말레이시아 대사를 추방했다."), "repatriation") == []


def test_a_diplomat_expelled_is_no_forced_return(extract):
    assert _of(extract("쿠웨이트 정부는 북한 대사를 추방했다."), "repatriation") == []


def test_banishment_inside_the_north_stays_punishment(extract):
    ms = extract("탈북을 시도한 주민의 가족들은 지난달 오지로 추방됐다고 양강도 소식통이 전했다.")
    assert _of(ms, "repatriation") == [] and _of(ms, "punishment")


def test_a_return_asked_for_is_no_repatriation(extract):
    assert _of(extract("러시아 이민당국은 귀국을 희망한 북한 노동자 2명을 추방했다."), "repatriation") == []


def test_a_decision_to_expel_is_not_yet_a_return(extract):
    assert _of(extract("몽골 법원은 북한 노동자 2명에게 추방 결정을 내렸다."), "repatriation") == []


def test_caught_then_returned_takes_the_returned_people(extract):
    found = _of(extract("지난해 10월 중국 단둥에서 붙잡혔다가 올해 1월 북송된 탈북민 5명 가운데 2명이 교화소로 "
                        "보내졌다.", published="2031-03-02"), "attempted_defection")
    assert len(found) == 1
    assert found[0].subjects[0].count == 5
    assert found[0].origin.country == "KP"
    assert found[0].date.value == "2030-10"


def test_caught_then_handed_over_told_on_a_pronoun(extract):
    ms = extract("북한 여성 3명이 지난 1월 메콩강을 건너 라오스에 들어갔다. 이들은 2월 비엔티안에서 체포된 뒤 "
                 "지난달 북한 측에 넘겨졌다.", published="2031-04-10")
    caught = _of(ms, "attempted_defection")
    assert caught and caught[0].subjects and caught[0].subjects[0].count == 3
    assert _of(ms, "repatriation")


def test_the_head_of_a_capture_clause_is_its_people(extract):
    # "…붙잡힌 | 황해남도 강령군 일가족 가운데 아버지 김철호가 …": the cut leaves the capture with no
    # one; the head of its relative clause, the family, is whom it befell (not the father alone)
    ms = extract("지난 3월 작은 배를 타고 탈북하려다 붙잡힌 황해남도 강령군 일가족 가운데 아버지 김철호가 지난달 "
                 "정치범수용소로 끌려갔다고 소식통이 전했다.", published="2031-06-02")
    found = _of(ms, "attempted_defection")
    assert len(found) == 1 and found[0].subjects
    assert found[0].subjects[0].role == "civilian" and found[0].date.value == "2031-03"
    assert _of(ms, "punishment")


def test_an_arrival_before_its_people_is_not_read_as_a_capture(extract):
    # the head of a relative clause is read for captures only: "입국한 탈북민" is a population
    ms = extract("태국은 입국한 탈북민을 북한으로 돌려보내지 않고 있다.")
    assert all(not m.subjects for m in _of(ms, "defection"))


def test_a_capture_with_no_return_is_no_attempt(extract):
    assert _of(extract("탈북민 단체 대표가 경찰에 붙잡혔다가 풀려났다."), "attempted_defection") == []


def test_a_failed_flight_told_by_its_noun(extract):
    ms = extract("무산 일가족 탈북 미수…가장은 교화소行")
    assert _of(ms, "attempted_defection") and _of(ms, "defection") == []


def test_fishermen_who_asked_to_go_home_are_no_repatriation(extract):
    assert _of(extract("동해에서 표류하다 구조된 북한 어민 2명은 모두 북한으로 돌아가겠다는 의사를 밝혀 판문점을 "
                       "통해 북한 측에 송환됐다."), "repatriation") == []


def test_a_diplomat_named_before_the_verb_is_no_forced_return(extract):
    assert _of(extract("그는 당시 쿠웨이트 주재 북한 대사 김영호가 추방되면서 대사대리를 맡았다."), "repatriation") == []


def test_handed_into_a_northern_town_under_escort(extract):
    # the escorts ("대사관 직원들의 호송 아래") act on the people; the people are those of the
    # sentence before, whom the pronoun stands for
    ms = extract("북한 주민 3명이 지난 1월 메콩강을 건너 태국으로 향했다. 이들은 2월 방콕에서 체포된 뒤 지난달 "
                 "방콕 주재 북한대사관 직원들의 호송 아래 베이징을 거쳐 신의주로 넘겨졌다.", published="2031-04-10")
    returned = _of(ms, "repatriation")
    assert len(returned) == 1 and returned[0].subjects[0].count == 3
    caught = _of(ms, "attempted_defection")
    assert caught and caught[0].subjects[0].count == 3


def test_a_transfer_between_northern_towns_is_no_return(extract):
    assert _of(extract("혜산 보위부에 갇혔던 주민 2명은 지난달 신의주로 넘겨졌다."), "repatriation") == []
