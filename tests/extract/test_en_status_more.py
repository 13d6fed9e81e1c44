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
