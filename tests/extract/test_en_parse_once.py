"""A sentence two documents share (a wire copy) is parsed once for both, and each document's
mentions are what extracting it alone gives."""
from crossings.extract.en import extract_english, extract_english_many, nlp
from tests.extract.en_helpers import doc

SHARED = "A North Korean diplomat stationed in Rome defected to South Korea last month, officials said."
ONE = SHARED + " He had served there for three years."
TWO = "Officials in Seoul confirmed the news on Friday. " + SHARED


def test_a_shared_sentence_is_parsed_once_and_the_mentions_stay(monkeypatch):
    first, second = doc(ONE, id="one"), doc(TWO, id="two")
    alone = [extract_english(first), extract_english(second)]
    seen: list[str] = []
    parse = nlp.parse
    def counted(texts):
        texts = list(texts)
        seen.extend(texts)
        return parse(texts)

    monkeypatch.setattr(nlp, "parse", counted)
    together = extract_english_many([first, second])
    assert seen.count(SHARED) == 1
    assert [[m.to_dict() for m in ms] for ms in together] == [[m.to_dict() for m in ms] for ms in alone]
    assert all(together)  # each document has its defection
