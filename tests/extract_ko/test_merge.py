"""One Mention per happening: sentences about one defection merge, distinct ones stay apart."""

ARTICLE = """몽골 주재 북한 대사관 김철민 참사관, 가족과 함께 탈북
몽골 울란바토르 주재 북한 대사관의 김철민(48) 참사관이 지난해 11월 부인, 딸과 함께 대사관을 이탈해 최근 한국에 입국한 것으로 알려졌다.
김 참사관은 2020년부터 울란바토르에서 근무해 왔다.
정부 당국자는 "김 참사관 가족은 현재 정부의 보호를 받고 있다"고 말했다.
국정원은 김 참사관의 망명에 대해 확인해 줄 수 없다고 밝혔다."""


def test_one_defection_told_in_many_sentences_is_one_mention(extract):
    (m,) = extract(ARTICLE, published="2024-03-15")
    assert m.type == "defection"
    principal = [s for s in m.subjects if s.role == "diplomat"]
    assert [s.name for s in principal] == ["Kim Chol-min"]
    assert "김철민" in principal[0].aliases and principal[0].age == 48
    assert any(s.role == "family_member" for s in m.subjects)
    assert m.origin.country == "MN" and m.origin.city == "Ulan Bator"
    assert m.destination == "KR"
    assert m.date.value == "2023-11"
    assert m.status == "unconfirmed"


def test_every_filled_field_has_a_verified_quote(extract):
    (m,) = extract(ARTICLE, published="2024-03-15")
    fields = {e.field for e in m.evidence}
    assert {"type", "subjects", "origin", "destination", "date", "status"} <= fields
    assert sum(e.field == "type" for e in m.evidence) >= 3


def test_two_named_diplomats_are_two_defections(extract):
    text = ("이번 망명은 2017년 박영수 전 주태국 북한대사관 서기관, 2020년 최정남 전 주이집트 북한대사관 참사관에 이어 세 번째다.\n"
            "외교부는 이 문제에 대해 언급하지 않았다.")
    ms = extract(text)
    names = sorted(s.name for m in ms for s in m.subjects if s.name)
    assert names == ["Choe Jong-nam", "Park Yong-su"]
    by_name = {s.name: m for m in ms for s in m.subjects if s.name}
    assert by_name["Park Yong-su"].origin.country == "TH"
    assert by_name["Park Yong-su"].date.value == "2017"
    assert by_name["Choe Jong-nam"].origin.country == "EG"


def test_places_cited_before_에_이어_are_background_defections(extract):
    text = "앞서 알려진 스페인과 이집트에 이어, 이번엔 몽골에서도 북한 외교관 1명이 탈북했다고 소식통이 전했다."
    ms = extract(text)
    assert sorted(m.origin.country for m in ms) == ["EG", "ES", "MN"]
    assert sorted(m.background for m in ms) == [False, True, True]


def test_two_groups_of_different_size_are_two_events(extract):
    text = ("지난 2월 베트남 하노이의 북한식당 종업원 9명이 집단 탈북한 데 이어 "
            "베트남 소재 다른 북한식당 종업원 2명이 또 탈출한 것으로 알려졌다.")
    ms = extract(text)
    assert sorted(sum(s.count or 0 for s in m.subjects) for m in ms) == [2, 9]


def test_a_vanished_diplomat_later_in_seoul_is_one_defection(extract):
    text = ("폴란드 주재 북한 외교관이 지난달 초 바르샤바에서 자취를 감췄다.\n"
            "이 외교관은 가족과 함께 탈북해 최근 국내에 입국한 것으로 확인됐다고 통일부가 밝혔다.")
    ms = extract(text)
    assert [m.type for m in ms] == ["defection"]


def test_a_disappearance_elsewhere_stays_a_disappearance(extract):
    text = ("최근 스페인에서 근무하던 북한 외교관이 탈북했다.\n"
            "이와 별도로 러시아 하바롭스크 주재 북한 노동자 2명이 실종됐다고 현지 경찰이 밝혔다.")
    ms = extract(text)
    assert sorted(m.type for m in ms) == ["defection", "disappearance"]


def test_surname_with_title_links_to_the_full_name(extract):
    text = ("주에티오피아 북한 대사관의 리광철 서기관이 망명했다.\n"
            "리 서기관은 아내와 함께 현지를 떠나 한국에 입국했다고 정부 소식통이 전했다.")
    (m,) = extract(text)
    named = [s for s in m.subjects if s.name]
    assert [s.name for s in named] == ["Ri Kwang-chol"]
    assert m.destination == "KR"


def test_known_defector_named_in_passing_is_a_background_defection(extract):
    text = "태영호 전 공사의 2016년 망명 이후 북한은 해외 공관원에 대한 통제를 강화했다."
    ms = extract(text)
    (d,) = [m for m in ms if m.type == "defection"]
    assert d.subjects[0].name == "Thae Yong-ho" and d.date.value == "2016"


def test_a_precedent_cited_with_이후_is_its_own_defection(extract):
    text = ("2016년 태영호 공사의 망명 이후 처음으로 북한 고위 외교관이 탈북해 한국에 입국했다고 정부가 밝혔다.\n"
            "이 외교관은 가족과 함께 입국했다.")
    ms = extract(text)
    assert len(ms) == 2
    new = next(m for m in ms if not any(s.name for s in m.subjects))
    assert new.destination == "KR" and new.status == "confirmed"


def test_mentions_of_one_document_have_distinct_ids(extract):
    """The store keys mentions by id (doc, type, first quote): list items must not collide."""
    text = ("최근 탈북 사실이 공개된 북한 외교관은 △2016년 박영수 주태국 북한대사관 서기관 "
            "△2018년 최정남 주이집트 북한대사관 참사관 △2020년 김철민 주몽골 북한대사관 참사관 등이다.")
    ms = extract(text)
    assert len(ms) == 3
    assert len({m.id for m in ms}) == 3


def test_months_apart_are_two_unnamed_defections(extract):
    text = ("북한 외교관 1명이 지난해 11월 가족과 함께 탈북해 한국에 입국한 것으로 알려졌다.\n"
            "지난해 5월에도 북한 외교관 1명이 탈북했다고 정부 소식통이 전했다.")
    ms = extract(text, published="2024-03-15")
    assert sorted(m.date.value for m in ms) == ["2023-05", "2023-11"]


def test_a_continent_holds_the_post_of_the_defection_it_restates(extract):
    """MG-SPLIT (Korean): "아시아 지역 북한 외교관의 한국행" restates the Vietnam secretary's flight
    (Southeast Asia lies in Asia); the precedent stays apart."""
    found = extract("주베트남 북한대사관의 3등서기관 김철수가 부인과 함께 국내에 들어온 것으로 12일 확인됐다.\n\n"
                    "아시아 지역 북한 외교관의 한국행이 알려진 것은 2019년 라오스 주재 북한 무역대표가 탈북한 이후 "
                    "처음이라고 소식통은 전했다.", published="2031-06-13")
    assert sorted((m.origin.country, m.background) for m in found if m.type == "defection") == [("LA", True), ("VN", False)]
