"""A trigger's fields come from its own clause: one sentence telling two people's stories gives
each their own post, date and relatives (extract/en/scope.py). All texts are invented."""
from __future__ import annotations

from tests.extract.en_helpers import extract


def _by_name(mentions, surname):
    found = [m for m in mentions if any(s.name and surname in s.name for s in m.subjects)]
    assert len(found) == 1, [(m.type, [s.name for s in m.subjects]) for m in mentions]
    return found[0]


TWO_ENVOYS = (
    "North Korea's acting ambassador to Peru has defected to South Korea, lawmakers said on Monday.\n\n"
    "Kang Min Chol defected to South Korea last March, according to Pak Sung Ho, who was North "
    "Korea's deputy ambassador to Spain before settling in the South in 2014.\n\n"
    "Kang fled several weeks after Ri Song Gun, who was North Korea's consul in Austria, vanished "
    "with his wife and resurfaced in South Korea."
)


def test_relative_clause_on_another_person_keeps_its_post_and_year():
    found = extract(TWO_ENVOYS, published="2020-10-05")
    kang, pak = _by_name(found, "Kang"), _by_name(found, "Pak")
    assert kang.origin.country == "PE" and kang.date.value == "2020-03"
    assert pak.origin.country == "ES" and pak.date.value == "2014" and pak.destination == "KR"


def test_clause_with_its_own_subject_keeps_its_place_and_relatives():
    found = extract(TWO_ENVOYS, published="2020-10-05")
    kang, ri = _by_name(found, "Kang"), _by_name(found, "Ri Song")
    assert ri.origin.country == "AT" and ri.destination == "KR"
    assert any(s.role == "family_member" for s in ri.subjects)
    assert not any(s.role == "family_member" for s in kang.subjects)  # the wife is Ri's


def test_person_before_a_verb_the_parser_hung_elsewhere_is_its_subject():
    """The slip itself, built by hand: "defected" hangs off "official" (acl) and the person is
    the object of "since"; the person is still the subject, and the happening is pointed back to."""
    from spacy.tokens import Doc
    from crossings.extract.en.classify import _pointed_back_to, person_before, subject_of
    from crossings.extract.en.nlp import pipeline
    words = ["Ko", "is", "the", "top", "official", "since", "Choe", "Kwang-sik", ",", "a", "secretary",
             ",", "defected", "in", "1995", "."]
    heads = [1, 1, 4, 4, 1, 4, 7, 5, 7, 10, 7, 7, 4, 12, 13, 1]
    deps = ["nsubj", "ROOT", "det", "amod", "attr", "prep", "compound", "pobj", "punct", "det", "appos",
            "punct", "acl", "prep", "pobj", "punct"]
    pos = ["PROPN", "AUX", "DET", "ADJ", "NOUN", "ADP", "PROPN", "PROPN", "PUNCT", "DET", "NOUN", "PUNCT",
           "VERB", "ADP", "NUM", "PUNCT"]
    ents = ["B-PERSON", "O", "O", "O", "O", "O", "B-PERSON", "I-PERSON", "O", "O", "O", "O", "O", "O",
            "B-DATE", "O"]
    doc = Doc(pipeline().vocab, words=words, heads=heads, deps=deps, pos=pos, ents=ents)
    verb = doc[12]
    assert person_before(verb).text == "Choe Kwang-sik"
    assert subject_of(verb).text == "Choe Kwang-sik"
    assert _pointed_back_to(verb)
    assert person_before(doc[1]) is None  # a verb with its own subject is left alone


def test_shortly_after_shares_the_main_clause_date():
    text = ("In late February, shortly after counsellor Paek vanished, the North summoned its "
            "ambassador to Zambia back to Pyongyang, a source said.")
    gone = [m for m in extract(text, published="2026-04-02") if m.type == "disappearance"]
    assert gone and gone[0].date.value == "2026-02"


def test_relative_clause_on_the_subject_is_still_its_clause():
    text = ("Three North Korean fishermen whose small boat crossed the Northern Limit Line on Friday "
            "have said they want to defect to the South, the military said.")
    found = [m for m in extract(text, published="2025-09-14") if m.type == "defection"]
    assert found and all(m.destination == "KR" for m in found)


def test_when_clause_on_a_date_keeps_the_sentence_post():
    text = ("Yun served as a counsellor at the North Korean embassy in Madrid until May 2017, when "
            "he and his wife defected to South Korea.")
    found = [m for m in extract(text, published="2019-01-10") if m.type == "defection"]
    assert len(found) == 1 and found[0].origin.country == "ES"


def test_a_lawmaker_who_fled_a_north_korean_post_is_in_domain():
    text = ("Kim Ok Sun, a South Korean opposition lawmaker who fled her post as North Korea's deputy "
            "ambassador to Spain in 2014, has described Pak as part of the elite.")
    found = extract(text, published="2020-10-05")
    assert [(m.type, m.origin.country, m.date.value) for m in found] == [("defection", "ES", "2014")]
    assert found[0].subjects[0].name == "Kim Ok Sun"
    party = "Lee Min-ho, a lawmaker who defected from the ruling party in 2019, criticised the North."
    assert extract(party, published="2020-10-05") == []  # party politics: no defection


def test_the_capital_as_possessive_is_no_origin():
    text = "Ryu, who defected to South Korea last year, was part of Pyongyang's core elite, Tae said."
    found = [m for m in extract(text, published="2020-10-05") if m.type == "defection"]
    assert found and found[0].origin.country is None


def test_a_nominal_trigger_belongs_to_its_of_phrase():
    text = ("The defection took place in early July, before the defection of Kim Chol Jin, a North Korean "
            "trade representative in Khabarovsk.")
    found = extract(text, published="2016-08-20")
    kim = _by_name(found, "Kim Chol")
    assert kim.origin.country == "RU"


def test_short_name_completes_to_a_hyphenated_full_name():
    text = ("North Korean diplomat Paek defects to South\n\nPaek Yong-su, the embassy's second-in-command "
            "in Rome, defected with his family, officials said.\n\nPaek had served in Italy since 2012.")
    names = {s.name for m in extract(text, published="2019-03-01") for s in m.subjects if s.name}
    assert names == {"Paek Yong-su"}


def test_a_relative_clause_hung_on_a_place_is_the_persons():
    text = ("The 1990s saw several North Korean envoys in Africa defect, the best known being Ri Kwang Chol, "
            "representative of the DPRK to Zambia, who defected in 1996.")
    found = [m for m in extract(text, published="2013-10-25") if m.date.value == "1996"]
    assert found and found[0].origin.country == "ZM"
    assert any(s.name and s.name.startswith("Ri Kwang") for s in found[0].subjects)


def test_as_is_no_subordinator_that_cuts_the_year_off():
    text = ("Such flights are not rare: in 2009 a 40-year-old doctor known only as \u201cPak\u201d sought "
            "asylum at the South Korean embassy in Addis Ababa, North Korean sources said.")
    found = [m for m in extract(text, published="2013-10-25") if m.type == "defection"]
    assert found and all(m.date.value == "2009" for m in found)


def test_a_dated_byline_is_no_head_count():
    text = ("The Seoul Herald (14.03.2019) - A North Korean trade official based in Russia defected "
            "last month, according to media reports.")
    found = [m for m in extract(text, published="2019-03-14") if m.type == "defection"]
    assert found and found[0].origin.country == "RU"


def test_a_named_person_who_also_defected_is_another_happening():
    text = ("A North Korean trade official based in Russia defected last month, according to media reports.\n\n"
            "The official is said to outrank Ri Chol-man, a consular secretary who also defected from "
            "Kazan in February.")
    found = [m for m in extract(text, published="2019-03-14") if m.type == "defection"]
    assert len(found) == 2
    ri = _by_name(found, "Ri Chol")
    assert ri.origin.city == "Kazan"


def test_a_line_break_after_an_abbreviation_ends_no_sentence():
    from crossings.extract.en.segment import split
    text = "He defected from St.\nPetersburg in July.\nA second line follows."
    assert [s.text for s in split(text)] == ["He defected from St.\nPetersburg in July.", "A second line follows."]


def test_someone_known_to_have_fled_weeks_before_is_another_happening():
    text = ("Kang reportedly entered South Korea in March 2021, about two months after former North Korean "
            "ambassador to Austria Ri Song-gun is known to have entered South Korea.")
    found = [m for m in extract(text, published="2021-06-01") if m.type == "defection"]
    assert len(found) == 2  # the perfect infinitive tells a past happening, not a prediction
    ri = _by_name(found, "Ri Song")
    assert ri.origin.country == "AT"
    kang = _by_name(found, "Kang")
    assert kang.origin.country is None and kang.date.value == "2021-03"


def test_a_name_keeps_the_syllable_the_tagger_left_off_the_back():
    from spacy.tokens import Doc
    from crossings.extract.en.nlp import pipeline
    from crossings.extract.en.subjects import _with_surname
    doc = Doc(pipeline().vocab, words=["Hyon", "Chol", "su", "defected", "."], heads=[2, 2, 3, 3, 3],
              deps=["compound", "compound", "nsubj", "ROOT", "punct"],
              pos=["PROPN", "PROPN", "PROPN", "VERB", "PUNCT"], ents=["B-PERSON", "I-PERSON", "O", "O", "O"])
    assert _with_surname(doc.ents[0]) == "Hyon Chol su"
    fled = "Kang Myong Chol fled his post in Lusaka last month, North Korean sources said."
    assert {s.name for m in extract(fled, published="2026-04-08") for s in m.subjects if s.name} == {"Kang Myong Chol"}


def test_words_of_a_country_are_no_ones_name():
    from crossings.extract.en.subjects import _a_person
    assert not _a_person("Rare North")
    assert _a_person("Ri Il Kyu")
