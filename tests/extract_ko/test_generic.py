"""GT-GENERIC / GT-HYPO: what keeps happening, glossary lines and deliberated flights are not
events; the same words told once are (invented sentences)."""
import pytest


@pytest.mark.parametrize("text", [
    "국경 지역에서는 탈북민을 붙잡아 북한으로 강제 송환하는 일이 상시 벌어지고 있다.",
    "북한 노동자들이 러시아 공사 현장에서 잠적하는 일이 계속 이어지고 있다.",
    "새터민: 북한을 탈출해 남한에 정착한 사람을 이르는 말.",
    "귀순자란 적대국을 떠나 상대국에 망명한 사람을 일컫는다.",
    "그 외교관은 몇 해 전부터 가족과 함께 망명을 고민해 온 것으로 전해졌다.",
    "북한의 한 무역일꾼은 한국행을 구상하던 중이었다.",
])
def test_habits_definitions_and_deliberations_are_not_events(extract, text):
    assert extract(text) == []


@pytest.mark.parametrize("text, etype", [
    ("중국 공안은 지난 5일 탈북민 4명을 북한으로 강제 송환했다.", "repatriation"),
    ("러시아 공사 현장에서 일하던 북한 노동자 2명이 지난달 잠적했다.", "disappearance"),
    ("오랜 고민 끝에 그 북한 외교관은 지난달 가족과 함께 한국으로 망명했다.", "defection"),
])
def test_the_same_words_told_once_are_events(extract, text, etype):
    assert etype in [m.type for m in extract(text)]
