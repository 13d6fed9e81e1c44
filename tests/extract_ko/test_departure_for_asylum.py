"""A departure made for asylum is the flight (TR-NARR, Korean): "망명을 위해 … 출국했다" is a
defection, the place asylum is sought in ("유럽 망명") is a goal and not where they left from
(PL-BYSTANDER), and a disappearance the same article resolves this way folds into it (MG-SPLIT).
A word the sentence's analysis reads as a verb ("인용해", citing) is no name (SB-NAME).
Invented sentences."""


def test_a_departure_for_asylum_is_a_defection(extract):
    found = extract("북한 외교관이 망명을 위해 가족과 함께 제3국으로 출국했다.", published="2031-06-13")
    assert [m.type for m in found] == ["defection"]


def test_striving_for_asylum_is_not(extract):
    assert not extract("북한 외교관들이 망명을 위해 노력하고 있다.", published="2031-06-13")


def test_the_resolved_disappearance_folds_into_the_flight(extract):
    found = extract("러시아에서 실종된 것으로 알려졌던 북한 외교관이 유럽 망명을 위해 가족과 함께 벨라루스로 출국한 것으로 "
                    "알려졌다.", published="2031-06-13")
    assert [m.type for m in found] == ["defection"]
    assert found[0].origin.region != "Europe"


def test_citing_is_no_name(extract):
    found = extract("러시아 통신은 8일 공항 관계자를 인용해 “실종됐던 북한 외교관이 이달 2일 벨라루스로 출국했다”고 "
                    "보도했다.", published="2031-06-13")
    assert found and not any(s.name for m in found for s in m.subjects)
