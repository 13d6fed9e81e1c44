"""Controls on the North's people abroad told with words between the thing controlled and the
verb ("여권을 보위 담당 직원이 보관하도록", "통제도 한층 강화됐다"), or as what they may no longer
do ("건물 밖으로 나가지 못하게", "2인 1조로 움직여야"). A South Korean rule on passports is none.
Invented sentences."""
import pytest


@pytest.mark.parametrize("text", [
    "북한은 올해 1월부터 라오스 주재 대표부 직원들의 여권을 보위 담당 직원이 보관하도록 했다.",
    "망명 사건 이후 동유럽 주재 북한 공관원들에 대한 통제도 한층 강화됐다.",
    "소식통에 따르면 북한 식당에 남은 직원들은 혼자서는 건물 밖으로 나가지 못하게 됐다.",
    "소식통은 \"지난달부터 북한 무역일꾼들은 반드시 2인 1조로 움직여야 한다\"고 말했다.",
    "사건 뒤 북한 노동자들의 휴대전화는 현장 책임자가 매일 밤 거둬 간다.",
])
def test_a_control_on_the_north_s_people(extract, text):
    assert "control_measure" in [m.type for m in extract(text, published="2031-05-02")]


def test_a_passport_rule_of_the_south_is_no_control(extract):
    text = "정부가 국내에 사는 탈북민 일부에 대해 여권발급을 제한하는 등 특별관리를 하고 있다."
    assert "control_measure" not in [m.type for m in extract(text)]
