"""Status from attribution and hedging (invented sentences)."""
import pytest


@pytest.mark.parametrize("text, status", [
    ("통일부는 북한 외교관 1명이 국내에 입국했다고 공식 확인했다.", "confirmed"),
    ("북한 외교관 1명이 가족과 함께 탈북해 국내에 입국한 것으로 알려졌다.", "reported"),
    ("북한 외교관 1명이 탈북해 국내에 입국했다는 보도에 대해 국정원은 확인해 줄 수 없다고 밝혔다.", "unconfirmed"),
    ("북한 외교관이 망명했다는 보도에 대해 외교부는 사실이 아니라고 부인했다.", "denied"),
])
def test_status(extract, text, status):
    (m,) = extract(text)
    assert m.status == status
    assert any(e.field == "status" for e in m.evidence)


def test_sources_are_credited_in_english(extract):
    (m,) = extract("자유아시아방송(RFA)은 북한 노동자 2명이 러시아에서 잠적했다고 보도했다. 연합뉴스도 같은 내용을 전했다.")
    assert "RFA" in m.sources
