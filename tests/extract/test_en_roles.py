"""Which codebook role a subject gets from the words around it (all sentences invented)."""
from tests.extract.en_helpers import extract, one


def roles(m) -> set:
    return {s.role for s in m.subjects if s.role != "family_member"}


def test_managers_of_an_enterprise_abroad_are_officials():
    m = one("Two North Korean managers of a construction firm in Russia were summoned to Pyongyang for "
            "questioning last week.", "recall")
    assert roles(m) == {"official"}


def test_a_security_agent_recalled_is_a_person_recalled():
    m = one("The State Security Department agent who watched the North Korean workers in Tomsk was "
            "recalled to Pyongyang in May.", "recall")
    assert roles(m) == {"official"}


def test_what_a_manager_runs_tells_the_role():
    m = one("The North Korean restaurant's deputy manager defected to South Korea in March, officials said.",
            "defection")
    assert roles(m) == {"restaurant_worker"}


def test_whoever_worked_for_the_embassy_is_its_staff():
    m = one("A doctor who worked for the North Korean embassy in Lusaka sought asylum at the South Korean "
            "embassy in May, officials said.", "defection")
    assert roles(m) == {"diplomat"}


def test_a_post_told_after_the_happening_refines_the_role():
    m = one("A North Korean diplomat posted in Nairobi defected to South Korea in April, sources said. "
            "The unnamed man had been seen at the embassy for years. At the time, he worked for the trade "
            "office of the North.", "defection")
    assert roles(m) == {"trade_official"}


def test_people_who_fled_a_worksite_abroad_are_workers():
    m = one("Two North Koreans fled from a logging site in Siberia last week, activists said.", "defection")
    assert roles(m) == {"overseas_worker"}


def test_a_subject_without_a_role_takes_the_worksite_of_its_sentence():
    m = one("Two North Korean detainees fled from state surveillance in Oman last month, after a local "
            "construction company dismissed 30 of their colleagues.", "defection")
    assert roles(m) == {"overseas_worker"}


def test_a_manager_near_the_trigger_lends_no_role():
    # the workers fled their manager: the manager is not who fled
    found = [m for m in extract("Immediately after the defection of the North Korean team in Kazan, "
                                "the manager was questioned, sources said.") if m.type == "defection"]
    assert found and "official" not in roles(found[0])


def test_an_author_is_never_the_subject():
    from crossings.document import DateInfo, Document
    from crossings.extract.en import extract_english
    text = "North Korean envoy in Laos defects to the South\nby Jane Roe, May 2, 2023\n\nThe envoy left in April."
    d = Document(id="t", text=text, raw=text, lang="en", authors=["Jane Roe"],
                 published=DateInfo("2023-05-02", "day", "manifest"))
    names = {s.name for m in extract_english(d) for s in m.subjects}
    assert "Jane Roe" not in names


def test_a_manager_named_with_the_restaurant_of_the_sentence_is_its_worker():
    m = one("The manager, Pak Chol-su, fled with three waitresses from a North Korean restaurant in Yangon "
            "and is now in South Korea.", "defection")
    assert "official" not in roles(m) and "restaurant_worker" in roles(m)


def test_an_official_of_a_trading_company_is_a_trade_official():
    m = one("A senior official of a North Korean trading company in Dandong went missing in May with his "
            "wife, officials said.", "disappearance")
    assert roles(m) == {"trade_official"}
