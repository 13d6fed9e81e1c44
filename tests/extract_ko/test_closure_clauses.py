"""PL-BYSTANDER for closures: a closure verb that ends its clause with a connective ("폐쇄하고")
closes only the missions before it; the mission the next clause names (one taking over the work)
is another. GT-HYPO: a closure being prepared is not yet one. Invented sentences."""
import pytest


def hosts(mentions):
    return sorted(m.origin.country for m in mentions if m.type == "mission_closure")


def test_the_mission_taking_over_is_not_closed(extract):
    text = "북한은 지난달 몽골 울란바토르 주재 대사관을 폐쇄하고 중국 주재 공관이 관련 업무를 넘겨받는다고 밝혔다."
    assert hosts(extract(text)) == ["MN"]


def test_two_closures_in_two_clauses_are_both_kept(extract):
    text = "북한은 지난달 몽골 대사관을 폐쇄하고 페루 대사관도 폐쇄했다."
    assert hosts(extract(text)) == ["MN", "PE"]


def test_a_list_under_one_verb_is_one_closure_each(extract):
    assert hosts(extract("북한은 지난달 몽골과 페루 주재 대사관을 폐쇄했다고 밝혔다.")) == ["MN", "PE"]


def test_a_closure_being_prepared_is_not_yet_one(extract):
    assert hosts(extract("소식통은 북한이 몽골 주재 대사관 폐쇄도 준비하고 있다고 전했다.")) == []


# PL-BYSTANDER: the mission that takes over a closed one's work, told in the next clause or
# quote, is its successor, not a second closure


@pytest.mark.parametrize("text", [
    '가나 외교부 대변인은 "북한 측이 아크라 대사관 철수를 알려왔다"며 "영사 업무는 나이지리아 주재 북한대사관이 맡는다"고 말했다.',
    "북한이 아크라 대사관을 폐쇄했다며 앞으로 나이지리아 주재 공관이 관련 업무를 담당한다고 현지 언론이 전했다.",
])
def test_the_successor_mission_in_the_next_clause_is_not_closed(extract, text):
    closures = [m for m in extract(text) if m.type == "mission_closure"]
    assert [m.origin.country for m in closures] == ["GH"]
