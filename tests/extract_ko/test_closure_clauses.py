"""PL-BYSTANDER for closures: a closure verb that ends its clause with a connective ("폐쇄하고")
closes only the missions before it; the mission the next clause names (one taking over the work)
is another. GT-HYPO: a closure being prepared is not yet one. Invented sentences."""


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
