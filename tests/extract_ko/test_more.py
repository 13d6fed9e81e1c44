"""Harder invented articles: several happenings in one text, and each type's own grouping."""


def test_two_postings_two_defections(extract):
    text = ("스페인 주재 북한 외교관 1명이 지난달 가족과 함께 탈북했다.\n"
            "한편 이집트에서도 북한 무역일꾼 2명이 탈북해 제3국에 머물고 있는 것으로 전해졌다.")
    ms = extract(text)
    assert sorted(m.origin.country for m in ms) == ["EG", "ES"]
    eg = next(m for m in ms if m.origin.country == "EG")
    assert eg.destination == "third_country"
    assert eg.subjects[0].role == "trade_official" and eg.subjects[0].count == 2


def test_asylum_request_then_arrival_is_one_defection(extract):
    text = ("태국에서 북한 주민 3명이 한국 대사관에 망명을 신청했다.\n"
            "이들은 이후 방콕을 떠나 서울에 도착했다고 정부 당국자가 밝혔다.")
    (m,) = extract(text)
    assert m.type == "defection" and m.destination == "KR"


def test_each_closed_mission_is_its_own_event(extract):
    text = "북한이 최근 스페인과 우간다 주재 대사관을 폐쇄한 것으로 확인됐다고 외교부가 밝혔다."
    ms = extract(text)
    assert sorted(m.origin.country for m in ms if m.type == "mission_closure") == ["ES", "UG"]


def test_punishment_of_one_group_is_one_event(extract):
    text = ("북한이 탈북한 외교관의 친척 5명을 정치범 수용소로 보낸 것으로 알려졌다.\n"
            "이들 가운데 2명은 공개 처형됐다고 대북 소식통이 전했다.")
    ms = extract(text)
    assert [m.type for m in ms if m.type == "punishment"] == ["punishment"]


def test_recall_of_an_ambassador(extract):
    (m,) = extract("북한이 말레이시아 주재 대사를 본국으로 소환했다고 현지 언론이 보도했다.")
    assert m.type == "recall" and m.origin.country == "MY" and m.destination == "KP"


def test_chinese_repatriation_with_count(extract):
    (m,) = extract("중국 공안이 지난 10일 탈북민 20여 명을 북한으로 강제 송환했다고 인권단체가 밝혔다.",
                   published="2024-05-20")
    assert m.type == "repatriation" and m.destination == "KP"
    assert m.date.value == "2024-05-10"


def test_a_headline_and_its_story_are_one_event(extract):
    text = ("[단독] 주라오스 北 서기관 탈북…“가족과 함께 한국行”\n"
            "라오스 비엔티안 주재 북한 대사관의 서기관이 최근 한국에 입국한 것으로 파악됐다.\n"
            "이 서기관은 부인과 자녀를 데리고 대사관을 이탈한 것으로 전해졌다.")
    (m,) = extract(text)
    assert m.origin.country == "LA" and m.destination == "KR"


def test_border_guard_soldier_is_military(extract):
    (m,) = extract("북한군 하전사 1명이 동부전선 군사분계선을 넘어 귀순했다고 합동참모본부가 밝혔다.")
    assert m.subjects[0].role == "military" and m.status == "confirmed"


def test_custody_after_crossing_is_a_defection_and_its_precedent_a_background_one(extract):
    text = ("합참은 \"오늘 새벽 서부전선에서 북한군 병사 1명이 군사분계선을 넘어와 귀순 의사를 밝혀 신병을 확보했다\"고 밝혔다.\n"
            "북한군의 귀순은 지난 2월 동부전선에서 하전사 1명이 넘어온 이후 올해 들어 두 번째다.")
    ms = extract(text, published="2024-05-15")
    assert [m.background for m in ms] == [False, True]
    assert ms[0].date.value == "2024-05-15" and ms[0].status == "confirmed"
    assert ms[1].date.value == "2024-02"


def test_closures_told_with_의_문을_닫았다(extract):
    text = "북한은 앞서 앙골라 주재 대사관과 스페인 주재 대사관의 문을 닫았다고 외교부가 밝혔다."
    assert sorted(m.origin.country for m in extract(text)) == ["AO", "ES"]


def test_defectors_sent_back_by_china_are_civilians_counted(extract):
    (m,) = extract("중국 당국이 구금 중이던 탈북민 40여 명을 북한으로 강제 북송한 것으로 알려졌다.")
    assert m.type == "repatriation"
    assert m.subjects[0].role == "civilian" and m.subjects[0].count == 40


def test_fled_and_caught_is_an_attempted_defection(extract):
    text = ("중국 지린성에서 탈북한 30대 여성 2명이 지난주 현지 공안에 체포됐다고 인권단체가 밝혔다.\n"
            "이들은 라오스를 거쳐 한국으로 가려다 붙잡힌 것으로 전해졌다.")
    ms = extract(text)
    assert [m.type for m in ms] == ["attempted_defection"]


def test_coordinated_staff_are_one_group(extract):
    text = "2016년 5월 중국 상하이의 북한식당 여종업원 8명과 지배인 1명이 집단으로 한국에 입국했다."
    (m,) = extract(text)
    staff = [s for s in m.subjects if s.role == "restaurant_worker"]
    assert sum(s.count for s in staff) == 9


def test_known_figure_with_compound_title(extract):
    text = "쿠바 주재 북한대사관의 리일규(52) 정무참사가 지난해 11월 가족과 함께 한국으로 망명한 것으로 확인됐다고 국정원이 밝혔다."
    (m,) = extract(text, published="2024-07-16")
    (ri,) = [s for s in m.subjects if s.name]
    assert (ri.name, ri.role, ri.age, ri.aliases) == ("Ri Il Kyu", "diplomat", 52, ["리일규"])
    assert (m.origin.country, m.destination, m.date.value, m.status) == ("CU", "KR", "2023-11", "confirmed")
    assert "NIS" in m.sources


def test_a_known_figures_vanishing_stays_a_disappearance_on_its_page(extract):
    """Whether another page says how it ended is fusion's question (codebook: a disappearance
    later resolved joins the defection), not a table of famous names."""
    text = "2018년 11월 로마에서 잠적한 조성길 전 주이탈리아 북한대사 대리의 행방은 여전히 알려지지 않았다."
    (m,) = extract(text, published="2019-03-01")
    assert m.type == "disappearance" and m.subjects[0].name == "Jo Song-gil"


def test_civilians_who_flee_leave_from_north_korea_not_the_transit_country(extract):
    text = "함경북도 출신 탈북민 2명이 2015년 두만강을 건너 탈북한 뒤 중국과 라오스를 거쳐 한국에 도착했다."
    (m,) = extract(text)
    assert (m.origin.country, m.destination, m.date.value) == ("KP", "KR", "2015")
