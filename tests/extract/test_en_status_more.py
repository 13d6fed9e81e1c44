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


def test_unnamed_officials_are_unnamed_sources_and_an_on_record_refusal_wins():
    text = ("According to government officials on Friday, a North Korean diplomat posted in Rome defected "
            "last month. However, the spy agency said, \"There is nothing we can confirm.\"")
    m = one(text, "defection", published="2022-03-05")
    assert m.status == "unconfirmed"


def test_according_to_a_named_ministry_still_confirms():
    m = one("According to the unification ministry, a North Korean diplomat posted in Rome defected last month.",
            "defection", published="2022-03-05")
    assert m.status == "confirmed"


def test_an_official_named_inside_someone_elses_words_does_not_confirm():
    text = ("A former North Korean diplomat who defected in 2016 spoke at a forum on Monday. He said, \"Hiring "
            "defectors at the institute run by the spy agency is a good start for the next generation.\"")
    m = one(text, "defection", published="2022-03-05")
    assert m.status == "reported"


def test_the_military_said_in_a_statement_confirms():
    text = ("A North Korean soldier defected to South Korea on Sunday by walking across the eastern section "
            "of the border, the South Korean military said in a statement.")
    m = one(text, "defection", published="2022-03-07")
    assert m.status == "confirmed"
    assert "South Korean military" in m.sources


def test_denied_a_media_report():
    text = ("Laos's foreign ministry on Monday denied a South Korean newspaper report that a North Korean "
            "trade official in Vientiane had defected last month.")
    assert one(text, "defection", published="2024-03-05").status == "denied"


def test_the_denying_official_speaking_again_confirms_nothing():
    text = ("Laos's foreign ministry on Monday denied a South Korean newspaper report that a North Korean "
            "trade official in Vientiane had defected last month.\n\n"
            "The government spokesman said the report had no basis at all.")
    assert one(text, "defection", published="2024-03-05").status == "denied"


def test_a_body_that_acts_is_not_a_source():
    """ "detained by Chinese police": the police are the agents of the happening, not who tells of it."""
    m = one("Four North Korean women were detained by Chinese police in Ruili, the unification ministry said.",
            "attempted_defection", published="2031-06-13")
    assert m.sources == ["unification ministry"]
    m = one("Four North Korean women were detained in Ruili, Chinese police said.", "attempted_defection",
            published="2031-06-13")
    assert m.sources == ["police"]
