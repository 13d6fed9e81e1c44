"""Escapees arrested before they reach refuge made an attempted_defection (codebook), also when
the capture is told before the people ("공안에 체포된 탈북민 4명", "열차에서 붙잡힌 북한 노동자")
or by the police or checkpoint that caught them; they left from the North (origin KP) wherever
they were caught. A glossary line is no event. Invented sentences."""


def _of(mentions, etype):
    return [m for m in mentions if m.type == etype]


def test_the_capture_told_before_the_people(extract):
    found = _of(extract("지난달 중국 윈난성 국경 마을에서 공안에 체포된 탈북민 4명이 지난 9일 북한으로 강제 송환됐다.",
                        published="2031-05-20"), "attempted_defection")
    assert len(found) == 1
    assert found[0].subjects[0].count == 4
    assert found[0].origin.country == "KP"


def test_the_sent_back_people_keep_their_return(extract):
    mentions = extract("지난달 중국 윈난성 국경 마을에서 공안에 체포된 탈북민 4명이 지난 9일 북한으로 강제 송환됐다.",
                       published="2031-05-20")
    assert [m.date.value for m in _of(mentions, "repatriation")] == ["2031-05-09"]


def test_workers_caught_on_a_train(extract):
    found = _of(extract("러시아 옴스크역에서 모스크바행 열차를 타려다 붙잡힌 북한 노동자 3명이 추방 결정을 받았다.",
                        published="2031-02-11"), "attempted_defection")
    assert found and found[0].subjects[0].role == "overseas_worker"


def test_people_caught_at_a_checkpoint_told_on_from_the_sentence_before(extract):
    found = _of(extract("북한 여성 2명이 지난달 두만강을 건너 중국에 들어왔다. 이들은 지난 3일 라오스로 가는 "
                        "버스에서 검문에 걸렸다.", published="2031-04-10"), "attempted_defection")
    assert found and found[0].origin.country == "KP"


def test_a_soldier_caught_abroad_left_from_the_north(extract):
    found = _of(extract("북한군 병사 1명이 지난달 압록강을 건너 도주하다가 중국 공안에 붙잡혔다.", published="2031-04-10"),
                "attempted_defection")
    assert found and found[0].origin.country == "KP"


def test_a_glossary_line_is_no_event(extract):
    assert extract("강제북송: 중국 등 제3국에서 붙잡힌 탈북민을 북한으로 돌려보내는 것.") == []


def test_fled_then_caught_by_the_police_is_one_attempt(extract):
    assert [m.type for m in extract("두만강을 건너 탈북한 북한 주민 3명이 지난주 중국 공안에 체포됐다.",
                                    published="2031-04-10")] == ["attempted_defection"]


def test_those_who_help_are_not_caught_fleeing(extract):
    for text in ("탈북 브로커 2명이 중국 공안에 체포됐다.", "탈북민을 돕던 한국인 선교사가 중국 공안에 체포됐다."):
        assert [m for m in extract(text) if m.type == "attempted_defection"] == [], text
