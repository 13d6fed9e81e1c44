"""What the codebook says is not an event: predictions, negations, statistics, other domains."""
import pytest

from tests.extract.en_helpers import types

NON_EVENTS = [
    # predictions and possibilities
    "Analysts say more North Korean diplomats could defect once the border reopens.",
    "The captured North Korean soldier is likely to be executed, a source said.",
    "There are fears that a wave of defections by North Korean workers in Russia may follow.",
    # negations
    "The North Korean ambassador in Sofia did not defect, the ministry said.",
    "No North Korean official has defected from the embassy in Minsk.",
    # aggregate statistics
    "More than 34,000 North Koreans have defected to South Korea since 1953.",
    "The number of North Korean defectors arriving in the South fell to 67 last year.",
    # generic statements and proposals
    "When North Korea purges an official, it often punishes the family as well.",
    "Seoul should do more to encourage defections among North Korean elites.",
    "For most North Koreans, it means either a risky escape across the river or trying to cross into China.",
    "Since the start of the new government, six elite defectors came to South Korea.",
    # outside the domain
    "A Cuban pitcher defected after his team landed in Miami.",
    "The Soviet spy defected to Britain in 1985.",
    "Three lawmakers defected from the ruling party to join the opposition in Seoul.",
    "North Korea reported a rise in birth defects in rural provinces.",
    "The new school closures in Pyongyang were announced on Monday.",
]


@pytest.mark.parametrize("text", NON_EVENTS)
def test_not_an_event(text):
    assert types(text) == []


def test_no_north_korea_no_event():
    assert types("A Belarusian sprinter sought asylum in Poland after the games.") == []
