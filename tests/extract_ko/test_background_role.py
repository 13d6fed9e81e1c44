"""SB-ROLE in Korean: the post a relative clause gives the person it ends on ("X 출신으로 … 한 이름"),
however far the role word is from the name; not across a sentence (all texts invented)."""


def named(mentions):
    return [s for m in mentions for s in m.subjects if s.name]


def test_a_former_post_in_the_clause_on_the_name_is_its_role(extract):
    ms = extract("남미 주재 북한 외교관 출신으로 2012년 한국에 망명한 박철민 씨는 최근 탈북이 늘었다고 말했다.")
    people = named(ms)
    assert people and {s.role for s in people} == {"diplomat"}
    assert people[0].descriptor == "외교관 출신"


def test_a_worker_background_gives_the_worker_role(extract):
    ms = extract("러시아 벌목장 파견 노동자 출신으로 지난해 탈북한 김영수 씨가 한국에 입국했다.")
    assert {s.role for s in named(ms)} == {"overseas_worker"}


def test_a_post_in_another_sentence_is_not_the_role(extract):
    ms = extract("그의 아버지는 외교관 출신이다. 박철민 씨는 지난해 두만강을 건너 탈북했다.")
    assert all(s.role != "diplomat" for s in named(ms))
