"""A doubt or a kind-word qualifies its own noun, not a happening the phrase presupposes (class
MG-OVER / DT-ANCHOR's cousin: cues read by role, not proximity). "a possible defection following
the disappearance of two others in June": the June disappearance happened, and is its own
(background) happening. Invented sentences."""
from tests.extract.en_helpers import extract


def test_the_presupposed_earlier_disappearance_is_kept_with_its_own_people_and_month():
    found = extract("A North Korean engineer working in the Russian Far East has gone missing this month, in a "
                    "possible defection following the disappearance of two other North Korean citizens in "
                    "June.", published="2031-07-20")
    gone = [m for m in found if m.type == "disappearance"]
    assert len(gone) == 2
    assert any(s.count == 2 for m in gone for s in m.subjects)
    assert {m.date.value for m in gone} >= {"2031-06"}


def test_a_possible_defection_itself_stays_doubtful():
    assert not [m for m in extract("A possible defection by a North Korean diplomat in Rome is being "
                                   "investigated, officials said.", published="2031-06-13") if m.type == "defection"]


def test_a_wave_of_defections_stays_generic():
    assert not extract("A wave of defections by diplomats has alarmed Pyongyang.", published="2031-06-13")


def test_a_sentence_about_most_people_is_about_a_kind_throughout():
    assert not extract("For most North Koreans, it means either a risky escape across the border to the South, or "
                       "trying to cross over the border to China from where they risk being sent back.",
                       published="2031-06-13")


def test_a_sentence_about_a_counted_group_keeps_its_happening():
    assert extract("For the nine North Koreans, the escape across the river on Monday ended in arrest.",
                   published="2031-06-13")
