"""An article whose headline or lede speaks of North Korea stays in its orbit in later sentences
that do not name it again: the people it tells of are the North's (FAILURE-CLASSES design
assumption 3: the article's structure, not each sentence alone). An article about something else
that names the North in passing does not make its other sentences North Korean. Invented pages."""


def _types(mentions):
    return sorted(m.type for m in mentions)


def test_a_later_sentence_keeps_the_lede_s_subject(extract):
    text = ("北 무역일꾼 가족 행방 묘연\n"
            "태국 방콕에 파견된 북한 무역일꾼 정명수(41) 씨 가족의 행방이 2주째 확인되지 않고 있다.\n"
            "현지 교민 사회에 따르면 정씨는 지난달 28일 밤 부인, 아들과 함께 승용차로 숙소를 떠났다.\n"
            "세 사람은 이틀 뒤 비엔티안 외곽의 검문소에서 현지 경찰에 붙잡혔다.")
    assert "attempted_defection" in _types(extract(text, published="2031-06-14"))


def test_an_article_about_something_else_stays_out(extract):
    text = ("러시아 야당 인사들 잇따라 출국\n"
            "러시아 야당 인사 2명이 지난달 독일로 망명했다고 현지 언론이 전했다.\n"
            "한편 북한 매체는 이 소식을 보도하지 않았다.")
    assert extract(text, published="2031-06-14") == []
