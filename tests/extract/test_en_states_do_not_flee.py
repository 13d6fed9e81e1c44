"""Who fled is a person, never the state that acted on them (class: fields bound by role, not
proximity). When the parser lends a fleeing verb the subject of the verb it is coordinated with
("Seoul expelled ... and then fled"), or a pronoun's clause has a state for its subject, the
people that clause acted on are who fled. All sentences are invented."""
from tests.extract.en_helpers import extract, one


def test_coordinated_fleeing_verb_takes_the_people_acted_on_not_the_state():
    m = one("In a rare step, Seoul expelled three North Korean deckhands on Friday after learning they had "
            "beaten their captain and then fled to South Korean waters, officials said.", "defection",
            published="2031-06-13")
    assert m.subjects, "the deckhands are who fled"
    assert m.subjects[0].count == 3
    assert "Seoul" not in (m.subjects[0].descriptor or "")


def test_pronoun_stands_for_the_object_when_the_subject_cannot_be_they():
    found = extract("The coast guard picked up two North Korean fishermen on Monday after they drifted south "
                    "and fled to South Korean waters, officials said.", published="2031-06-13")
    assert any(s.count == 2 for m in found for s in m.subjects)


def test_a_state_with_no_people_acted_on_leaves_no_subject():
    found = extract("Seoul protested on Monday and then fled the talks.", published="2031-06-13")
    assert not any("Seoul" in (s.descriptor or "") for m in found for s in m.subjects)


def test_people_who_flee_keep_their_own_subject():
    m = one("Four North Korean loggers fled their camp in the Russian Far East on Monday, officials said.",
            "defection", published="2031-06-13")
    assert m.subjects[0].count == 4
