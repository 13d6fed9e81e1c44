"""Round 4 (tuned on B): a South Korean denial of its own part in another state's act (ST-KEYWORD).
Invented texts."""
from tests.extract.en_helpers import one


def test_seoul_denying_its_own_conduct_does_not_deny_a_deportation():
    m = one("Thai police deported five North Korean refugees to Laos on Monday. Activists said the "
            "embassy had ignored their calls. The Foreign Ministry in Seoul denied the report, saying its "
            "staff had contacted the Thai authorities about the deportation.", "repatriation")
    assert m.status != "denied"


def test_the_deporting_state_still_denies():
    m = one("Police in Laos deported five North Korean refugees to China on Monday, activists said. "
            "The Lao Foreign Ministry denied the report.", "repatriation")
    assert m.status == "denied"

