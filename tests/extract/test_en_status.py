"""Status from attribution and hedging, and the sources credited."""
from tests.extract.en_helpers import one


def test_confirmed_by_an_official_on_record():
    m = one("South Korea's unification ministry confirmed that a North Korean diplomat in Oslo had defected.",
            "defection")
    assert m.status == "confirmed"
    assert "unification ministry" in m.sources


def test_reported_by_media():
    m = one("A North Korean trade official in Minsk has defected, Yonhap reported on Tuesday.", "defection")
    assert m.status == "reported"
    assert "Yonhap" in m.sources


def test_unconfirmed_when_officials_decline():
    text = ("A North Korean diplomat posted in Prague defected this spring. "
            "The spy agency declined to confirm the report.")
    m = one(text, "defection")
    assert m.status == "unconfirmed"


def test_denied():
    m = one("Pyongyang denied reports that its envoy in Rome had defected to the West.", "defection")
    assert m.status == "denied"


def test_according_to_an_official_source_confirms():
    m = one("According to Seoul's unification ministry, two North Korean fishermen crossed the sea border "
            "and asked to defect.", "defection")
    assert m.status == "confirmed"
