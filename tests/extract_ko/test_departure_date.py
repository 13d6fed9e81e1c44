"""DT-ANCHOR: a defection told both by its arrival ("이달 초 입국해") and by the leaving ("지난해
10월 ... 빠져나와 한국행") is dated by the leaving; an arrival date stands only where nothing else
dates the flight. Invented sentences."""


def _defection(extract, text, published="2031-03-14"):
    found = [m for m in extract(text, published=published) if m.type == "defection"]
    assert len(found) == 1
    return found[0]


def test_the_leaving_dates_the_defection_not_the_arrival(extract):
    m = _defection(extract, "라오스 주재 북한 대사관의 정명수(45) 참사관이 부인과 함께 이달 초 입국해 정부 보호를 받고 "
                            "있다. 정 참사관은 지난해 10월 5일 비엔티안을 빠져나와 태국을 거쳐 한국행을 요청한 것으로 알려졌다.")
    assert m.date.value == "2030-10-05"


def test_an_arrival_alone_still_dates_it(extract):
    m = _defection(extract, "라오스 주재 북한 대사관의 정명수(45) 참사관이 부인과 함께 이달 초 입국해 정부 보호를 "
                            "받고 있다.")
    assert m.date.value == "2031-03"
