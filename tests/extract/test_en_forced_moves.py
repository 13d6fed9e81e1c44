"""TR-PUNISH: a punishment told as people moved by force to a place of hard labour or exile, and
sanction verbs in sentences with no name or number (all texts invented)."""
from tests.extract.en_helpers import extract, types_in_2031


def _punished(text: str):
    return [m for m in extract(text, published="2031-06-13") if m.type == "punishment"]


def test_relatives_moved_to_a_coal_mine_after_a_defection_are_punished():
    # the place is what the verb moved them to, however its name goes on ("in South Pyongan")
    found = _punished("A North Korean counsellor defected to South Korea from his post in Oslo last year. "
                      "In February the parents and the younger sister of the counsellor were given a day to pack "
                      "and were moved to a coal mine in South Pyongan, a source said.")
    assert len(found) == 1
    assert found[0].date.value == "2031-02"


def test_sent_to_live_on_a_farm_is_the_move_not_a_long_phrase_across_two_verbs():
    # (a guard) "expelled from Pyongyang and sent to live on a collective farm" is two sanctions
    # of one happening, not one trigger spanning both (a trigger that long is no one predicate)
    found = _punished("The mother of a North Korean diplomat who defected from Lisbon has been expelled from "
                      "Pyongyang and sent to live on a collective farm, a source said.")
    assert len(found) == 1
    assert any(e.field == "type" and e.quote == "expelled from Pyongyang" for e in found[0].evidence)


def test_a_sanction_in_a_sentence_without_names_or_numbers_reaches_the_classifier():
    # no capitalised word after the first and no digit: only nominal triggers need one
    found = _punished("A North Korean sergeant defected across the central front in May. "
                      "After the crossing, the company commander and his political officer were stripped of rank "
                      "and sent to a coal mine, a source told us.")
    assert len(found) == 1
    assert found[0].subjects and found[0].subjects[0].role == "military"


def test_people_sent_to_a_farm_for_work_are_no_punishment():
    assert "punishment" not in types_in_2031(
        "North Korean workers were sent to a collective farm near Ussuriysk to harvest soybeans in 2030, "
        "local media said. Some of them later defected.")
    assert "punishment" not in types_in_2031(
        "North Korea sent soldiers to construction brigades to build flats in Pyongyang, state media said, "
        "as defections from the army rose.")
