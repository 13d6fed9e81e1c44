"""The second gate before the parser: it may only drop sentences classify would reject anyway."""
from crossings.extract.en import CHAIN, State, extract_english, extract_english_many
from crossings.extract.en.classify import classify
from crossings.extract.en.parse import Parse, to_parse
from crossings.extract.en.prescreen import Prescreen, rejected
from crossings.extract.en.triggers import Segment, TriggerFilter
from crossings.extract.pipeline import run_chain
from tests.extract.en_helpers import doc

# Invented sentences, each holding a trigger the words alone rule out (and one that stays).
RULED_OUT = [
    "North Korean police arrested two men at home in Pyongyang last week.",  # held at home
    "A North Korean fisherman who drifted south was repatriated at his own request.",  # asked to go home
    "A North Korean soldier tried to defect in 2019, the report said.",  # an attempt nobody stopped
    "In North Korea the border closure was lifted on Monday.",  # a closure of no mission
    "The MP defected to the Liberal Democrats last spring.",  # a party, not the North
]
KEPT = "A North Korean diplomat in Rome defected to South Korea last month, officials said."


def _hits(text: str) -> State:
    return run_chain((Segment(), TriggerFilter()), State(document=doc(text)))


def test_every_hit_the_gate_rejects_is_one_classify_rejects_after_parsing():
    checked = 0
    for text in [*RULED_OUT, KEPT]:
        state = run_chain((Parse(),), _hits(text))
        for hit in state.hits:
            if rejected(hit, state.text):
                checked += 1
                assert classify(hit, state) is None, text
    assert checked >= len(RULED_OUT) - 1  # the gate does fire on these sentences


def test_the_gate_keeps_the_parser_off_ruled_out_sentences_only():
    text = " ".join([RULED_OUT[0], KEPT, RULED_OUT[2]])
    state = Prescreen()(_hits(text))
    assert state.prescreened == 2
    assert to_parse(state) == [1]
    assert [m.type for m in extract_english(doc(text))] == ["defection"]


def test_extracting_many_documents_together_gives_each_its_own_mentions():
    texts = [KEPT, RULED_OUT[1], "North Korea has closed its embassy in Spain, the ministry in Seoul said."]
    together = extract_english_many([doc(t, id=f"d{i}") for i, t in enumerate(texts)])
    alone = [extract_english(doc(t, id=f"d{i}")) for i, t in enumerate(texts)]
    assert [[m.to_dict() for m in ms] for ms in together] == [[m.to_dict() for m in ms] for ms in alone]
    assert [sorted(m.type for m in ms) for ms in together] == [["defection"], [], ["mission_closure"]]


def test_the_chain_runs_the_gate_just_before_the_parser():
    names = [link.name for link in CHAIN]
    assert names.index("prescreen") + 1 == names.index("parse")
