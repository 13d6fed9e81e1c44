"""Class TR-KO (a defection told as a wish to stay in the South, told to officers on arrival) and
the people a pronoun stands for ("이들은", "이 가운데 1명은": those the sentence before names).
Every sentence here is invented."""


def test_a_wish_to_settle_in_the_south_is_the_defection(extract):
    ms = extract("북한 주민 3명이 탄 어선이 지난 7일 오후 백령도 인근 해상에서 발견됐다. "
                 "이들은 모두 남한에 정착하겠다는 의사를 밝혔다고 해경이 8일 전했다.", published="2031-06-13")
    assert [m.type for m in ms] == ["defection"]
    m = ms[0]
    assert [(s.role, s.count) for s in m.subjects] == [("civilian", 3)]
    assert m.date.value == "2031-06-07" and m.origin.country == "KP"


def test_a_part_of_the_group_counts_that_part(extract):
    ms = extract("북한 주민 2명이 탄 소형 선박이 지난 12일 새벽 속초 앞바다에서 해군에 발견됐다. "
                 "이 가운데 1명은 남쪽에 남고 싶다는 뜻을 밝혔다.", published="2031-06-13")
    assert [(m.type, [s.count for s in m.subjects]) for m in ms] == [("defection", [1])]


def test_a_wish_to_go_home_is_no_defection(extract):
    assert extract("북한 주민 2명이 탄 소형 선박이 지난 12일 새벽 속초 앞바다에서 해군에 발견됐다. "
                   "이들은 북으로 돌아가고 싶다는 뜻을 밝혔다.", published="2031-06-13") == []


def test_a_pronoun_takes_the_people_of_the_sentence_before(extract):
    ms = extract("북한 노동자 4명이 지난달 블라디보스토크 건설 현장에서 일하다 숙소를 나간 뒤 돌아오지 않았다. "
                 "이들은 연락이 끊긴 상태다.", published="2031-06-13")
    assert [(m.type, [(s.role, s.count) for s in m.subjects]) for m in ms] == [
        ("disappearance", [("overseas_worker", 4)])]
