"""Status: a refusal to say whether it happened is a refusal to confirm. All texts are invented."""
from tests.extract.en_helpers import one


def test_refused_to_clarify_whether():
    text = ("A North Korean trade envoy in Minsk defected this spring, a source told the Daily Ledger. "
            "The spy agency refused to clarify whether he had reached Seoul.")
    assert one(text, "defection").status == "unconfirmed"


def test_would_not_say_whether():
    text = ("A North Korean diplomat in Hanoi defected in early March, the Daily Ledger reported. "
            "The unification ministry would not say whether the diplomat was in South Korea.")
    assert one(text, "defection").status == "unconfirmed"


def test_declined_to_comment_on_the_report():
    text = ("A North Korean diplomat in Hanoi defected in early March, the Daily Ledger reported. "
            "The unification ministry declined to comment on the report.")
    assert one(text, "defection").status == "unconfirmed"


def test_saying_where_he_went_is_no_refusal():
    text = ("A North Korean diplomat in Hanoi defected in early March, the Daily Ledger reported. "
            "The diplomat did not say where he planned to live.")
    assert one(text, "defection").status == "reported"


def test_an_official_answer_in_the_next_sentence_whatever_it_opens_with():
    text = ("A North Korean diplomat quietly defected from his post in Minsk in April, a source told "
            "the Daily Ledger.\n\n"
            "The national intelligence agency refused to clarify if he had come to South Korea.")
    m = one(text, "defection", published="2021-06-01")
    assert m.status == "unconfirmed"
    assert "NIS" in m.sources


def test_an_official_stance_on_something_else_is_not_taken():
    text = ("A North Korean trade envoy in Minsk defected in April, a source told the Daily Ledger. "
            "The unification ministry declined to confirm a separate plan for new visa rules.")
    assert one(text, "defection", published="2021-06-01").status == "reported"


def test_an_official_answer_two_sentences_on():
    text = ("Six North Korean loggers working in Siberia defected to South Korea last month, the Daily "
            "Ledger reported. An aid group first told of their escape in the spring. "
            "Seoul's unification ministry said it cannot confirm whether the loggers had arrived.")
    m = one(text, "defection", published="2021-06-01")
    assert m.status == "unconfirmed"
    assert "unification ministry" in m.sources


def test_no_answer_from_far_away():
    text = ("Six North Korean loggers working in Siberia defected to South Korea last month, the Daily "
            "Ledger reported. The loggers had worked there for years. Their camp lay near a river. "
            "Winters there are long. Seoul's unification ministry said it cannot confirm whether "
            "the loggers had arrived.")
    assert "unification ministry" not in one(text, "defection", published="2021-06-01").sources
