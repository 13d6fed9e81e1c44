"""SB (role binding) for control measures: the people a control falls on are its subjects, not the
agents, inspectors or guards who carry it out (sentences invented)."""
from tests.extract.en_helpers import one


def test_agents_sent_to_watch_workers_are_not_the_subjects():
    m = one("North Korea has sent about 300 security agents to Malaysia to step up monitoring of its laborers "
            "there, a source said on Monday.", "control_measure")
    assert [s.role for s in m.subjects] == ["overseas_worker"]
    assert all(s.count != 300 for s in m.subjects)


def test_inspectors_sent_to_watch_over_diplomats():
    m = one("Pyongyang dispatched inspectors to its embassies in Europe to watch over its diplomats, a source "
            "said on Monday.", "control_measure")
    assert [s.role for s in m.subjects] == ["diplomat"]


def test_a_control_whose_subjects_are_the_people_themselves_keeps_them():
    m = one("North Korea ordered its diplomats abroad to travel in pairs to prevent defections, a source said.",
            "control_measure")
    assert "diplomat" in {s.role for s in m.subjects}
