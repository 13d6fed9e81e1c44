"""GT-AGG-OVER: a large number is a statistic only where it counts happenings; the state's act on a
group of its people (a recall of 150 workers, a control on those left behind) is one event
however many it concerns. A large count of arrivals over a year stays a statistic. Invented
sentences."""


def _types(mentions):
    return sorted(m.type for m in mentions)


def test_a_recall_of_many_workers_is_one_recall(extract):
    text = "북한이 러시아 카잔 건설 현장에 파견한 노동자 180여 명을 전세기에 태워 불러들였다."
    assert _types(extract(text, published="2031-02-10")) == ["recall"]


def test_a_control_on_many_workers_is_one_measure(extract):
    text = "현장에 남은 북한 노동자 180여 명은 2월 초부터 감독관 동행 없이는 숙소 밖으로 나갈 수 없게 됐다."
    assert _types(extract(text, published="2031-02-10")) == ["control_measure"]


def test_many_arrivals_over_a_year_are_a_statistic(extract):
    assert extract("지난해 국내에 입국한 탈북민은 190여 명으로 집계됐다.", published="2031-02-10") == []
