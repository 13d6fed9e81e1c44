"""TR-NARR-EN: people who reached the South's side tell those who hold them that they want to
stay or go there; "they" opening its sentence stands for the one counted group of North Koreans
the sentence before names (all texts invented)."""
from tests.extract.en_helpers import extract


def _defections(text: str):
    return [m for m in extract(text, published="2031-06-13") if m.type == "defection"]


def test_a_wish_told_to_officers_is_a_defection_of_the_group_the_sentence_before_counts():
    found = _defections("A wooden boat with four North Koreans was seen drifting off Sokcho on Monday. "
                        "They told officers they wished to stay in the South, the coast guard said.")
    assert len(found) == 1
    principal = found[0].subjects[0]
    assert (principal.descriptor, principal.count, principal.role) == ("four North Koreans", 4, "civilian")
    assert any(e.field == "subjects" and e.quote == "four North Koreans" for e in found[0].evidence)


def test_a_wish_to_be_taken_south_told_to_police_is_one_predicate():
    # the saying verb's reported clause is the trigger's own content, however long the span
    found = _defections("Six North Koreans walked into a police station in Udon Thani on Sunday. "
                        "They told police they want to go to South Korea, a police major said.")
    assert len(found) == 1
    assert found[0].subjects[0].count == 6
    assert found[0].destination == "KR"


def test_they_across_a_paragraph_break_or_with_two_groups_before_stays_unresolved():
    assert _defections("A wooden boat with four North Koreans was seen drifting off Sokcho on Monday.\n\n"
                       "They told officers they wished to stay in the South, the coast guard said.") == []
    assert _defections("Police held two North Korean women and three North Korean men near the river on Monday. "
                       "They told officers they wished to stay in the South, the coast guard said.") == []


def test_a_wish_to_go_south_without_anyone_told_is_no_happening():
    # a wish of a kind of people, not one told by people held somewhere
    assert _defections("Many North Koreans want to go to South Korea, a researcher wrote in 2030.") == []
