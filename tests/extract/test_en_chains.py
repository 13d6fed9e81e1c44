"""In-document chains: later sentences hand names, status and places to the happening they continue."""
from crossings.extract.en import CHAIN, State, extract_english
from crossings.extract.pipeline import run_chain
from tests.extract.en_helpers import doc, one


def test_they_are_names_the_missing():
    text = ("On the 4th, the wife and son of a North Korean trade official in Khabarovsk went missing. "
            "They are Kim (41), the wife of Pak, and their son Pak (14).")
    m = one(text, "disappearance")
    names = {s.name: s for s in m.subjects if s.name}
    assert "Kim" in names and names["Kim"].age == 41
    assert any(s.minor for s in m.subjects)


def test_pronoun_takes_the_name_in_its_sentence():
    m = one("Seoul said Kim Myong Chol, a North Korean counsellor in Rome, had left his post before he "
            "defected to South Korea.", "defection")
    assert any(s.name == "Kim Myong Chol" for s in m.subjects)


def test_place_named_earlier_in_the_paragraph():
    text = ("Two North Korean waitresses at a restaurant in Vladivostok went missing on the 4th. In October "
            "last year, the restaurant's deputy manager attempted to defect but was caught.")
    assert one(text, "attempted_defection").origin.country == "RU"


def test_status_from_the_next_sentence():
    text = ("A North Korean diplomat in Madrid has defected, a newspaper reported. "
            "The ministry declined to confirm the report.")
    assert one(text, "defection").status == "unconfirmed"


def test_a_component_can_be_replaced():
    class NoDates:
        name = "dates"

        def __call__(self, state):
            return state

    chain = tuple(NoDates() if c.name == "dates" else c for c in CHAIN)
    d = doc("A North Korean diplomat in Hanoi defected in early March.", published="2023-06-09")
    assert run_chain(chain, State(document=d)).mentions[0].date.derivation == "anchor:published-year"
    assert extract_english(d)[0].date.value == "2023-03"


def test_a_happening_pointed_back_to_stands_apart():
    text = ("A North Korean diplomat in Sofia defected to South Korea in May, Yonhap reported. "
            "The purge in Pyongyang came a month after 12 North Korean waitresses fled a restaurant in Jilin.")
    assert sorted(m.origin.country for m in extract_english(doc(text)) if m.type == "defection") == ["BG", "CN"]


def test_they_after_a_happening_refers_to_its_people():
    text = "Two North Korean fishermen fled to South Korea by boat last week. They were repatriated on Monday."
    kinds = sorted(m.type for m in extract_english(doc(text)))
    assert kinds == ["defection", "repatriation"]


def test_a_surname_takes_the_full_name_the_story_gives():
    text = ("Jo Song Chol, North Korea's consul in Osaka, was seen leaving the consulate. "
            "Jo defected to South Korea last week, officials said.")
    m = one(text, "defection")
    assert any(s.name == "Jo Song Chol" and "Jo" in s.aliases for s in m.subjects)


def test_a_shared_surname_stays_short():
    text = ("Kim Yong Nam chaired a meeting on Monday. Kim Chol Su met him in Pyongyang. "
            "Kim defected to South Korea last week, officials said.")
    m = one(text, "defection")
    assert not any(s.name and s.name.startswith("Kim ") for s in m.subjects)


def test_the_next_sentence_names_the_man_in_apposition_with_his_age():
    from tests.extract.en_helpers import extract
    text = ("A North Korean welder at a shipyard in Nakhodka has not been seen since last Friday, colleagues "
            "said. The man, Pak Un-chol, 44, was one of thirty North Koreans at the yard.")
    (m,) = extract(text, published="2031-06-13")
    assert m.subjects[0].name == "Pak Un-chol"
