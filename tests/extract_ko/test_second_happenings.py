"""A page's second and third happenings (TR-KO / TR-PUNISH, Korean): the punishment that followed
a flight and the control imposed afterwards, told in sentences that do not repeat "North Korea"
on a page whose first lines are its outlet's name and menu; rules told by the shape of the clause
that imposes them (a causative, a duty, an order handed down, what was taken), read on
morphemes; and people named together as one subject. Invented sentences."""
import pytest

CHROME = "동북아소식\n뉴스 | 정치 | 국제 | 오피니언\n"


def _types(mentions):
    return [m.type for m in mentions if not m.background]


def test_a_punishment_told_after_a_menu_is_north_korean(extract):
    text = (CHROME + "경계 부실 문책\n입력 2031.04.02\n"
            "지난달 중부전선에서 북한군 병사 1명이 군사분계선을 넘어 귀순한 것으로 알려졌다.\n"
            "군 소식통은 \"이달 초 소대장과 분대장 등 2명을 해임하고 노동연대로 보냈다\"고 말했다.\n")
    assert "punishment" in _types(extract(text, published="2031-04-02"))


def test_a_threat_passed_on_by_a_source_in_the_north_is_north_korean(extract):
    text = (CHROME + "접경 부대 단속\n"
            "지난달 북한군 하사가 군사분계선을 넘어 귀순했다.\n"
            "이달 들어 전방 부대 군인 가족들을 불러 누구라도 넘어가면 지방으로 추방하겠다고 경고하고 있다고 "
            "평안남도 소식통은 전했다.\n")
    assert "control_measure" in _types(extract(text, published="2031-04-02"))


@pytest.mark.parametrize("rule", [
    "북한은 올해 들어 서해안 모든 어선에 감독원을 두 명씩 태우고, 포구에서 10㎞ 밖으로는 나가지 못하게 하고 있다.",
    "이후 강가 마을의 모든 세대는 \"밤에 강가에 나가지 않겠다\"는 서약서에 서명해야 했다.",
    "소식통에 따르면 이달 초부터 인민반에는 밤에 집을 비우는 세대원을 즉시 신고하라는 지시가 내려갔다.",
    "소식통은 \"3월부터 북한 노동자들은 손전화를 모두 회수당했다\"고 말했다.",
])
def test_a_rule_imposed_after_the_flight(extract, rule):
    text = ("혜산 주민 3명 압록강 건너다 체포\n"
            "양강도 혜산시 주민 3명이 지난달 압록강을 건너다 국경경비대에 붙잡혔다고 소식통이 전했다.\n"
            + rule + "\n")
    assert "control_measure" in _types(extract(text, published="2031-04-02"))


def test_a_rule_with_no_flight_told_is_no_measure(extract):
    text = ("북한 어업 동향\n"
            "북한은 올해 들어 서해안 모든 어선에 감독원을 두 명씩 태우고, 포구에서 10㎞ 밖으로는 나가지 못하게 하고 있다.\n")
    assert "control_measure" not in _types(extract(text, published="2031-04-02"))


def test_what_an_anchor_will_do_is_no_rule(extract):
    text = ("북한 외교관 망명\n"
            "프랑스 주재 북한 외교관이 지난달 가족과 함께 망명했다.\n"
            "오늘은 망명 소식부터 전해드리고, 전직 외교관 가족에게 자세히 물어보도록 하겠습니다.\n")
    assert "control_measure" not in _types(extract(text, published="2031-04-02"))


def test_a_kind_of_case_is_no_event(extract):
    text = (CHROME + "[칼럼] 탈북민 정착 20년\n"
            "통계에 따르면 국내에 입국한 탈북민은 3만여 명이다.\n"
            "중국에서 오래 살다가 뒤늦게 한국행을 택한 경우다.\n")
    assert "defection" not in _types(extract(text, published="2031-04-02"))


def test_people_named_together_vanished_together(extract):
    text = ("몽골 北식당 종업원 2명 행방불명\n"
            "몽골 울란바토르의 북한 식당 종업원 2명이 이달 초 행방을 감췄다고 소식통이 전했다.\n"
            "경찰에 따르면 종업원 김수련(25)씨와 박은별(23)씨는 지난 2일 저녁 시장에 간다며 나간 뒤 돌아오지 않았다.\n")
    gone = [m for m in extract(text, published="2031-04-20") if m.type == "disappearance"]
    assert len(gone) == 1 and not gone[0].background
