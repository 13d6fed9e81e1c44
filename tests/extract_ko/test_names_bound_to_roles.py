"""SB-NAME (Korean): a name belongs to the subject when it stands in the subject's own phrase (a
title with a word of its own, an age, a role word in apposition) or when the document gives that
same role a name elsewhere; a rank is no name, a speaker or a precedent lends none. Invented
sentences."""
from crossings.extract.ko.romanize import romanize_name
from crossings.extract.ko.subjects import full_names


def _names(text):
    return [text[a:b] for a, b in full_names(text, 0, len(text))]


def _named(mention):
    return [s.name for s in mention.subjects if s.name]


def test_a_title_with_a_word_of_its_own_and_an_age_alone_mark_a_name():
    assert _names("몽골 주재 북한대사관의 도명훈(51) 경제참사가 부인과 함께 입국했다.") == ["도명훈"]
    assert _names("박은숙(33)으로 알려진 이 여성은 지난달 공장을 나선 뒤 돌아오지 않았다.") == ["박은숙"]


def test_a_role_word_in_apposition_marks_the_name_after_it_but_a_rank_is_no_name():
    assert _names("붙잡힌 이들은 탄광 노동자 김영철과 그의 아내다.") == ["김영철"]
    assert _names("북한군 하전사 1명이 군사분계선을 넘었다.") == []


def test_north_korean_surnames_and_oh():
    assert romanize_name("량철민") == "Ryang Chol-min"
    assert romanize_name("오경택") == "Oh Kyong-thaek"


def test_the_names_given_to_the_same_role_elsewhere(extract):
    text = ("카자흐스탄 알마티의 북한 식당에서 일하던 여성 종업원 2명이 지난달 행방을 감춘 것으로 전해졌다.\n"
            "현지 소식통에 따르면 종업원 문은정(23)씨와 허소라(21)씨는 식당에서 노래를 맡아 왔다.")
    gone = next(m for m in extract(text) if m.type == "disappearance")
    assert sorted(_named(gone)) == sorted([romanize_name("문은정"), romanize_name("허소라")])


def test_one_named_member_of_a_group_is_split_from_the_others_a_speaker_lends_none(extract):
    text = ("중국 공안이 탈북민 5명을 이달 초 북한으로 강제 송환한 것으로 확인됐다.\n"
            "이 가운데 맹지혜(31) 씨는 한국에 있는 언니를 찾아가려 했던 것으로 알려졌다.")
    sent_back = next(m for m in extract(text) if m.type == "repatriation")
    assert _named(sent_back) == [romanize_name("맹지혜")]
    assert sum(s.count or 0 for s in sent_back.subjects if s.role != "family_member") == 5
    # the speaker of a quote lends no name
    text = ("러시아 블라디보스토크의 북한 건설 노동자 1명이 지난주 숙소를 빠져나가 잠적했다.\n"
            "현지 건설업체 대표 변광철 씨는 \"아침에 점호를 해 보니 없었다\"고 말했다.")
    ms = extract(text)
    assert ms and all(_named(m) == [] for m in ms)
