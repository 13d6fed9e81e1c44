"""A departure made in order to seek refuge is the flight itself (TR-NARR-EN): "left for Belarus
... to seek asylum in Europe". A plan to leave stays a plan. Invented sentences."""
from tests.extract.en_helpers import extract


def test_leaving_to_seek_asylum_is_a_defection():
    found = extract("A North Korean diplomat who had been reported missing in Russia left for Belarus with his "
                    "family on July 2 to seek asylum in Europe, officials said.", published="2031-07-20")
    assert [m.type for m in found] == ["defection"]
    assert found[0].date.value == "2031-07-02"


def test_a_plan_to_leave_for_asylum_is_not():
    assert not [m for m in extract("The North Korean envoy plans to leave Rome to seek asylum, sources said.",
                                   published="2031-06-13") if m.type == "defection"]
