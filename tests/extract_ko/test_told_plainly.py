"""Korean happenings told plainly (class TR-KO): relatives banished from Pyongyang or moved to a
mountain village, officers dismissed, staff called back by charter flight, workers caught boarding
a train; rules told as what people must do (passports handed in, phones taken, going out only in
pairs or with a minder); a penalty inside a threat is the threat, not a punishment (GT-HYPO).
Every sentence here is invented."""
import pytest

PUB = "2031-06-13"


def types(extract, text):
    return [m.type for m in extract(text, published=PUB)]


@pytest.mark.parametrize("text", [
    "지난해 10월 노르웨이 주재 북한대사관을 이탈한 김철수 전 참사관의 부모가 평양에서 추방된 것으로 전해졌다.",
    "소식통은 \"김철수의 부모와 여동생이 이달 초 평양 아파트에서 양강도 산간 마을로 강제 이주됐다\"고 전했다.",
    "북한 당국은 이달 초 귀순 병사의 소속 부대 대대장과 중대장 등 3명을 해임했다고 소식통이 전했다.",
])
def test_punishments_told_plainly(extract, text):
    assert "punishment" in types(extract, text)


def test_staff_flown_home_are_recalled(extract):
    [m] = extract("북한이 러시아 카잔 건설 현장에 파견한 노동자 90여 명을 지난 21일 전세기에 태워 불러들였다.",
                  published=PUB)
    assert m.type == "recall" and m.date.value == "2031-05-21" and m.subjects[0].count == 90


def test_family_brought_to_a_third_country_is_no_recall(extract):
    assert "recall" not in types(extract, "그는 평양에 있던 북한의 부인과 자녀를 중국으로 불러들이는 데 성공했다.")


def test_workers_caught_boarding_a_train_attempted(extract):
    [m] = extract("지난달 4일 하바롭스크 기차역에서 북한 노동자 3명이 서쪽으로 가는 열차에 오르려다 경찰에 체포됐다.",
                  published=PUB)
    assert m.type == "attempted_defection" and m.subjects[0].count == 3 and m.date.value == "2031-05-04"


@pytest.mark.parametrize("text", [
    "지난해 12월부터 아프리카 주재 북한 외교관들은 매일 저녁 여권을 보위 담당 참사에게 맡겨야 한다.",
    "현장에 남은 북한 노동자 80여 명은 3월 말부터 휴대전화를 감독관에게 빼앗겼다.",
    "북한 외교관들의 외출은 2인 1조로만 허용된다고 소식통이 전했다.",
    "북한 노동자들은 감독관 동행 없이는 숙소 밖으로 나갈 수 없게 됐다.",
])
def test_rules_told_plainly_are_control_measures(extract, text):
    assert types(extract, text) == ["control_measure"]


def test_a_threatened_banishment_is_the_threat(extract):
    assert types(extract, "북한군은 전방 부대 군인 가족들에게 가족 중 누구라도 넘어가면 지방으로 추방하겠다고 "
                          "경고하고 있다.") == ["control_measure"]


def test_the_norths_own_bodies_and_provinces_say_north_korea(extract):
    ms = extract("양강도 소식통은 \"지난 14일 김형직군 강변에서 국경경비대 소대장과 부소대장이 총살됐다\"고 전했다.",
                 published=PUB)
    assert [m.type for m in ms] == ["punishment"]
    assert {s.role for s in ms[0].subjects} == {"military"}


def test_a_rule_told_on_from_a_sentence_about_the_north(extract):
    ms = extract("북한 당국은 유럽 지역 공관들에 대한 통제를 대폭 강화했다. 지난해 12월부터 유럽 주재 외교관들은 "
                 "매일 저녁 여권을 보위 담당 참사에게 맡겨야 한다.", published=PUB)
    assert [m.type for m in ms] == ["control_measure"]


def test_staff_counted_are_recalled(extract):
    ms = extract("하얼빈 주재 북한 무역대표부의 부대표가 이달 초부터 연락이 끊겼다. 대표부에 남아 있던 직원 4명은 "
                 "지난주 평양으로 소환됐다.", published=PUB)
    recalls = [m for m in ms if m.type == "recall"]
    assert len(recalls) == 1 and recalls[0].subjects[0].count == 4


def test_slipping_out_of_the_port_with_the_family_is_a_flight(extract):
    ms = extract("김책시 소식통은 \"수산사업소에서 일하던 북한 남성이 5일 밤 아내와 두 딸을 태우고 발동선으로 항구를 "
                 "빠져나갔다\"고 전했다.", published=PUB)
    assert [m.type for m in ms] == ["defection"]


def test_heading_south_and_caught_is_an_attempt(extract):
    [m] = extract("3월에는 단천의 북한 주민 3명이 오징어잡이 배를 몰고 밤중에 남쪽으로 향하다 해안경비정에 붙잡혔다.",
                  published=PUB)
    assert m.type == "attempted_defection" and m.subjects[0].count == 3


def test_shot_dead_crossing_the_river_is_a_punishment(extract):
    assert "punishment" in types(extract, "이달 9일 밤 자강도 위원군에서 얼어붙은 압록강을 걸어서 건너려던 20대 남성이 "
                                          "국경경비대의 총격을 받고 숨졌다.")


def test_helping_others_flee_is_no_flight_of_ones_own(extract):
    assert types(extract, "지난달 16일 청진시에서 주민들의 탈북을 도운 혐의로 40대 남성이 총살됐다.") == ["punishment"]


def test_a_mass_return_in_one_night_is_one_act(extract):
    [m] = extract("중국 당국이 수용시설에 억류돼 있던 탈북민 200여 명을 하룻밤 사이에 북한으로 돌려보냈다는 주장이 "
                  "나왔다.", published=PUB)
    assert m.type == "repatriation" and m.subjects[0].count == 200


def test_it_staff_called_home_are_recalled(extract):
    [m] = extract("같은 업체에서 일하던 북한 IT 인력 10여 명은 이달 초 본국 소환 지시를 받고 귀국했다.", published=PUB)
    assert m.type == "recall" and m.subjects[0].role == "overseas_worker"


def test_each_listed_closure_takes_the_date_before_it(extract):
    ms = extract("북한은 지난해 10월 멕시코, 올해 1월 나미비아 주재 대사관도 잇따라 닫았다.", published=PUB)
    assert sorted((m.origin.country, m.date.value) for m in ms) == [("MX", "2030-10"), ("NA", "2031-01")]


def test_mali_is_a_host(extract):
    [m] = extract("북한이 서아프리카 말리 주재 대사관을 폐쇄했다.", published=PUB)
    assert m.type == "mission_closure" and m.origin.country == "ML"


def test_a_whereabouts_unknown_carries_its_own_negation(extract):
    ms = extract("말레이시아에서 일하던 북한 노동자 리경심(29) 씨는 지난달 21일 숙소를 나선 뒤 행방이 확인되지 않고 "
                 "있다.", published=PUB)
    assert [m.type for m in ms] == ["disappearance"]


def test_handed_to_the_norths_security_agents_is_a_return(extract):
    text = "중국 공안에 붙잡힌 탈북민 5명은 지난 9일 투먼 통상구를 통해 북한 보위부에 넘겨졌다."
    assert "repatriation" in [m.type for m in extract(text)]


def test_called_in_to_pyongyang_is_a_recall(extract):
    text = "지난달 북한 대사관 직원 3명이 가족과 함께 평양으로 불려 들어갔다고 소식통이 전했다."
    (m,) = extract(text)
    assert m.type == "recall"


def test_relatives_sent_to_a_mining_village_are_punished(extract):
    text = "망명한 북한 외교관의 부모가 지난달 함경남도의 한 광산마을로 보내졌다고 소식통이 전했다."
    assert "punishment" in [m.type for m in extract(text)]


def test_the_norths_own_staff_called_home_from_antananarivo(extract):
    text = "북한은 지난달 안타나나리보의 공방에서 일하던 자국 인력 30여 명을 귀국시켰다."
    (m,) = extract(text)
    assert (m.type, m.origin.country) == ("recall", "MG")
    assert [(s.role, s.count) for s in m.subjects] == [("overseas_worker", 30)]


def test_an_attempt_caught_far_from_its_verb_is_one_attempt_with_its_own_day(extract):
    """TR-KO: "탈북하려던 주민 3명이 [a long place phrase] 붙잡혔다" is the attempt, caught; its day
    is the stated one, not the publication year."""
    found = extract("해양경찰청은 13일 지난달 3일 밤 황해남도 옹진군에서 목선을 타고 탈북하려던 주민 3명이 해안에서 약 "
                    "2km 떨어진 곳에서 북한 경비정에 붙잡혔다고 밝혔다.", published=PUB)
    assert [(m.type, m.date.value) for m in found if m.type == "attempted_defection"] == [("attempted_defection", "2031-05-03")]


def test_a_departure_with_no_return_is_a_disappearance_with_its_day(extract):
    """TR-KO: "차를 몰고 나간 뒤 돌아오지 않았다": gone, from that day."""
    found = extract("라오스 주재 북한 외교관 가족이 지난달 19일 비엔티안의 숙소에서 차를 몰고 나간 뒤 돌아오지 "
                    "않았다고 현지 소식통이 전했다.", published=PUB)
    assert [(m.type, m.date.value, m.origin.country) for m in found] == [("disappearance", "2031-05-19", "LA")]
