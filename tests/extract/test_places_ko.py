"""Korean place matching, from invented sentences."""
import pytest

from crossings.extract.places import country_code, find_places


def found(text: str) -> list[tuple[str, str, str | None]]:
    return [(m.text, m.kind, m.country) for m in find_places(text, "ko")]


@pytest.mark.parametrize("name,code", [
    ("쿠바", "CU"), ("주쿠바", "CU"), ("쿠바 주재", "CU"), ("블라디보스토크", "RU"), ("닝보", "CN"),
    ("러시아", "RU"), ("중국", "CN"), ("영국", "GB"), ("주영", "GB"), ("주영국", "GB"),
    ("주이탈리아", "IT"), ("북한", "KP"), ("한국", "KR"), ("남한", "KR"), ("국내", "KR"),
    ("서울", "KR"), ("평양", "KP"), ("홍콩", "HK"), ("선양", "CN"), ("단둥", "CN"), ("옌지", "CN"),
])
def test_country_code_korean(name, code):
    assert country_code(name) == code


def test_names_inside_words_with_particles():
    text = "러시아에서 일하던 노동자가 중국으로 건너갔다."
    assert found(text) == [("러시아", "country", "RU"), ("중국", "country", "CN")]


def test_offsets_point_into_the_text():
    text = "그는 블라디보스토크에서 닝보를 거쳐 서울로 왔다."
    for m in find_places(text, "ko"):
        assert text[m.start:m.end] == m.text
    assert [m.city for m in find_places(text, "ko")] == ["Vladivostok", "Ningbo", "Seoul"]


def test_posting_prefix_and_suffix_are_part_of_the_match():
    assert found("주쿠바 북한대사관")[0] == ("주쿠바", "country", "CU")
    assert found("쿠바 주재 북한 외교관")[0] == ("쿠바 주재", "country", "CU")
    assert found("주이탈리아 대사대리")[0] == ("주이탈리아", "country", "IT")
    assert found("주영 북한 공사")[0] == ("주영", "country", "GB")


def test_name_must_start_at_a_word_boundary():
    # 탈북한 = "who defected": it holds 북한 but is no place
    assert found("탈북한 외교관이 입국했다") == []
    assert found("1주일 만에 돌아왔다") == []


def test_strict_names_need_a_boundary_or_particle_after():
    assert found("인도주의 지원을 인도했다") == []
    assert found("인도에서 체포됐다") == [("인도", "country", "IN")]


def test_nationality_suffix_makes_a_demonym():
    assert found("중국인 브로커") == [("중국인", "demonym", "CN")]
    assert found("북한 주민들이") == [("북한 주민", "demonym", "KP")]


def test_regions_korean():
    text = "동남아와 아프리카, 유럽, 중동에 파견된 노동자"
    assert [m.region for m in find_places(text, "ko")] == [
        "Southeast Asia", "Africa", "Europe", "Middle East"]


def test_longest_korean_name_wins():
    assert found("동남아시아 국가들") == [("동남아시아", "region", None)]
    assert found("러시아 극동 지역")[0][0] == "러시아 극동"


@pytest.mark.parametrize("text", [
    "선전 활동을 벌였다", "도하 작전을 벌였다", "수단과 방법을 가리지 않고", "앞장서 나선 것으로",
    "신병 인도를 요구했다", "그의 개성이 강하다", "원산지 표시",
])
def test_common_words_are_not_places(text):
    assert find_places(text, "ko") == []


def test_india_only_where_it_is_the_country():
    assert found("인도 정부는 입장을 밝혔다") == [("인도", "country", "IN")]
    assert found("인도에서 일하던 노동자") == [("인도", "country", "IN")]


def test_places_the_field_names():
    assert [m.country for m in find_places("판문점과 코펜하겐, 카트만두", "ko")] == ["KR", "DK", "NP"]
    assert found("개성공단")[0][2] == "KP"


def test_posting_abbreviations_name_the_host_country():
    # 주한 중국대사관 is China's embassy in Seoul: the host comes first
    assert found("주한 중국대사관") == [("주한", "country", "KR"), ("중국", "country", "CN")]
    assert found("주북 러시아대사관")[0] == ("주북", "country", "KP")


def test_dateline_city_is_no_place_of_the_story():
    assert found("(서울=연합뉴스) 북한 외교관이 잠적했다") == [("북한", "country", "KP")]


@pytest.mark.parametrize("text", ["미국의소리(VOA) 방송은", "서해 북방한계선을 넘어", "조선중앙통신은 보도했다"])
def test_outlets_and_seas_name_no_place_korean(text):
    assert find_places(text, "ko") == []


def test_hanja_headline_abbreviations():
    assert found("유럽 주재 北외교관 가족 망명") == [("유럽 주재", "region", None), ("北", "country", "KP")]
    assert found("中, 탈북민 강제북송") == [("中", "country", "CN")]
    assert [m.region for m in find_places("中東 지역", "ko")] == ["Middle East"]
    assert found("南北 관계") == []


def test_korean_provinces():
    assert [(m.country, m.region) for m in find_places("함경북도 출신으로 저장성에서 일했다", "ko")] == [
        ("KP", "North Hamgyong Province"), ("CN", "Zhejiang Province")]
