"""Role binding of places and dates (invented sentences): an outlet's nationality or the goal of a
movement is no origin, a rule that raises a penalty is a control measure, and a fronted date set
off by a comma dates the whole sentence."""


def test_an_outlets_nationality_is_not_the_origin(extract):
    (m,) = extract("미국의 소리 방송 등에 따르면 러시아 하바롭스크에서 북한 외교관 1명이 사라졌다.")
    assert m.type == "disappearance" and m.origin.country == "RU"


def test_a_state_media_nationality_is_not_the_origin(extract):
    (m,) = extract("일본 관영 매체는 지난달 핀란드 헬싱키 주재 북한 외교관 1명이 실종됐다고 보도했다.")
    assert m.origin.country == "FI"


def test_the_goal_of_a_departure_is_not_the_origin(extract):
    (m,) = extract("북한 무역일꾼이 가족과 함께 태국으로 떠나 몽골을 탈출한 것으로 보인다.")
    assert m.type == "defection" and m.origin.country == "MN"


def test_a_penalty_raised_by_rule_is_a_control_measure_not_an_execution(extract):
    ms = extract("북한은 올해 3월부터 탈북하다 붙잡힌 주민에 대한 형벌을 총살형으로 격상했다고 대북 소식통이 전했다.",
                 published="2024-06-01")
    assert "punishment" not in [m.type for m in ms]
    assert [m.type for m in ms].count("control_measure") == 1


def test_a_penalty_kind_in_a_rule_change_punishes_no_one(extract):
    ms = extract("북한 당국은 탈북 주민에 대한 처벌을 지난 1월부터 공개 총살형을 포함한 사형으로 바꿨다.",
                 published="2024-06-01")
    assert [m.type for m in ms] == ["control_measure"]


def test_a_fronted_date_dates_the_matrix_clause(extract):
    ms = extract("함경북도 회령에서 지난 4월 9일, 두만강을 건너 탈북하려다 붙잡힌 북한 주민 2명이 공개 처형됐다.",
                 published="2024-06-01")
    (p,) = [m for m in ms if m.type == "punishment"]
    assert p.date.value == "2024-04-09" and p.origin.country == "KP"


def test_the_person_an_adnominal_trigger_modifies_is_its_subject_not_the_next_happenings(extract):
    # "[…떠나 한국에 온] 변성호 서기관의 | 가족이 … 추방됐다": the secretary fled, his family was banished
    text = "지난해 5월 오스트리아 빈을 떠나 한국에 온 변성호 서기관의 평양 가족이 지방으로 추방된 것으로 전해졌다."
    found = {m.type: m for m in extract(text)}
    assert [s.role for s in found["defection"].subjects if s.role != "family_member"] == ["diplomat"]
    assert found["defection"].origin.country == "AT"
    assert "diplomat" not in [s.role for s in found["punishment"].subjects]


def test_relatives_named_by_their_tie_are_the_ones_punished(extract):
    """SB (role, not proximity): "외교관 김철수의 어머니와 남동생이 추방됐다": the diplomat only names
    whose relatives they are; the clause before ("행방을 감춘 외교관") is still his."""
    found = extract("지난해 5월 잠비아에서 행방을 감춘 북한 외교관 김철수의 어머니와 남동생 두 명이 지난달 평양에서 "
                    "협동농장으로 추방됐다고 소식통이 전했다.", published="2031-06-13")
    [punished] = [m for m in found if m.type == "punishment"]
    assert punished.subjects and all(s.role != "diplomat" for s in punished.subjects)
    [gone] = [m for m in found if m.type == "disappearance"]
    assert [s.role for s in gone.subjects] == ["diplomat"]


def test_a_countrys_border_names_the_neighbour_not_the_sender(extract):
    """PL-BYSTANDER (Korean): "라오스 국경 앞에서 붙잡힌" were caught short of Laos, in China; Laos
    sent no one back."""
    found = extract("라오스 국경 앞에서 붙잡힌 탈북민 4명이 결국 강제북송됐다고 소식통이 전했다.", published="2031-06-13")
    assert [(m.type, m.origin.country) for m in found if m.type == "repatriation"] == [("repatriation", None)]
