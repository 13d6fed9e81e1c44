"""Round 4 (tuned on half B): civilians punished or controlled at home (PL-HOME).
Every text here is invented for the tests."""


def _of(mentions, etype):
    return [m for m in mentions if m.type == etype]


def test_a_civilian_punished_after_coming_back_from_abroad_is_punished_at_home(extract):
    ms = extract("대북 소식통은 지난달 러시아에서 몰래 돌아오던 북한 주민 2명이 국경에서 총살됐다고 전했다.")
    (m,) = _of(ms, "punishment")
    assert m.origin.country == "KP"


def test_a_control_against_would_be_defectors_is_the_norths(extract):
    ms = extract("북한 당국은 올해 3월부터 탈북을 시도하다 붙잡힌 주민에 대한 처벌을 사형으로 강화했다고 한 연구자가 밝혔다.")
    cm = _of(ms, "control_measure")
    assert cm and all(m.origin.country == "KP" for m in cm)


def test_a_diplomat_posted_abroad_punished_keeps_his_post(extract):
    ms = extract("소식통은 지난달 몽골 주재 북한 외교관 1명이 평양으로 소환돼 처형됐다고 전했다.")
    pun = _of(ms, "punishment")
    assert pun and all(m.origin.country != "KP" for m in pun)


def test_missions_listed_as_closed_are_each_a_closure(extract):
    ms = extract("미얀마와 페루 주재 북한 대사관은 최근 몇 달 동안 북한이 폐쇄한 해외 공관 목록에 새로 추가된 곳으로, 리비아, 스웨덴 대사관도 포함된다.")
    hosts = sorted(m.origin.country for m in _of(ms, "mission_closure"))
    assert hosts == ["LY", "MM", "PE", "SE"]
