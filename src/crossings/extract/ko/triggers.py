"""Trigger words in a Korean sentence (surface regexes, triggers.yaml; lemmas read on kiwipiepy
morphemes, morph_triggers.yaml), and the cues that make a trigger a non-event.

A hit survives when nothing around it says prediction (탈북 가능성), negation (망명은 아닌),
intent or deliberation (귀순 의사, 탈북을 고민), purpose (망명하기 위해), generality (탈북 러시, 추가 탈북; what keeps happening, 상시 벌어지고 있다; a glossary line) or an aggregate
statistic (누적 3만 4천명, 입국 인원이 줄었다; a large number alone only where no one day dates it). Out-of-domain uses are handled by the caller: a trigger that is not
North-Korea-specific opens an event only in a sentence that speaks of North Korea.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from crossings.extract.ko.lexicon import any_of, load
from crossings.extract.ko.morph import morphemes
from crossings.extract.ko.places import places_in
from crossings.extract.ko.segment import enclosing_sentence

HEAD_MAX = 12  # characters of a trigger's argument taken into the hit
_ABROAD = re.compile(r"제\s?3\s?국|남쪽|남측|남한|한국|국경|두만강|압록강|해외|외국")
# status phrases contain 없/않/아니 but are not negations of the event ("확인해 줄 수 없다",
# "사실이 아니라고 부인": a denial is a status the event carries)
_STATUS_NEGATIONS = re.compile(r"확인(?:해\s?줄|해줄|할|되지|하지|해\s?드릴)\s?(?:수\s?)?(?:없|않)|사실(?:이)?\s?아니")


@dataclass(frozen=True)
class Hit:
    type: str
    start: int  # offsets into the document text
    end: int
    nk_specific: bool
    # read from the shape of a clause that imposes a rule, not from a word of the lexicon: an
    # event only where the article has told a flight before it (frames.frames_of)
    imposed: bool = False
    # a foreign state's expulsion read from the verb alone (추방됐다): a repatriation only of
    # North Koreans it held who are no diplomats (frames._frame)
    expelled: bool = False


@lru_cache(maxsize=1)
def _patterns() -> list[tuple[str, re.Pattern[str], bool]]:
    out = []
    for etype, entries in load("triggers.yaml").items():
        for e in entries:
            out.append((etype, re.compile(e["re"]), bool(e.get("nk_specific"))))
    return out


@lru_cache(maxsize=1)
def _cues() -> dict:
    raw = load("cues.yaml")
    out: dict = {"window_after": raw["window_after"], "window_before": raw["window_before"]}
    for kind in ("prediction", "negation", "intent", "purpose", "rule", "generic", "aggregate"):
        for side in ("after", "before", "part"):
            out[(kind, side)] = any_of((raw.get(kind) or {}).get(side))
    out["another"] = any_of(raw["another"])
    out["size"] = any_of(raw["aggregate"]["size"])
    out["habitual"] = re.compile(raw["habitual"])
    out["habitual_kind"] = re.compile(raw["habitual_kind"])
    out["definition"] = re.compile(raw["definition"])
    out["capture_of_helpers"] = re.compile(raw["capture_of_helpers"])
    out["one_day"] = re.compile(raw["one_day"])
    return out


@dataclass(frozen=True)
class _Lemma:
    type: str
    forms: tuple[str, ...]  # one lemma, or a verb chain written apart (돌리+보내)
    tag: re.Pattern[str]
    stem: re.Pattern[str]
    verbal: bool
    or_after: re.Pattern[str] | None
    before: re.Pattern[str] | None
    not_before: re.Pattern[str] | None
    abroad: bool
    nk_specific: bool


@lru_cache(maxsize=1)
def _lemmas() -> list[_Lemma]:
    opt = lambda e, k: re.compile(e[k]) if e.get(k) else None  # noqa: E731
    return [_Lemma(etype, tuple(e["lemma"].split("+")), re.compile(e["tag"]), re.compile(e["stem"]),
                   bool(e.get("verbal")), opt(e, "or_after"), opt(e, "before"), opt(e, "not_before"),
                   bool(e.get("abroad")), bool(e.get("nk_specific")))
            for etype, entries in load("morph_triggers.yaml").items() for e in entries]


def find_hits(text: str, start: int, end: int) -> list[Hit]:
    """Every trigger inside text[start:end], longest first where two overlap."""
    found: list[Hit] = []
    chunk = text[start:end]
    for etype, pattern, nk in _patterns():
        for m in pattern.finditer(chunk):
            if m.end() > m.start():
                found.append(Hit(etype, start + m.start(), start + m.end(), nk))
    found += [Hit(t, start + a, start + b, nk) for t, a, b, nk in _lemma_hits(chunk)]
    found += [Hit("control_measure", start + a, start + b, False, imposed=True) for a, b in imposed_rules(chunk)]
    found += [Hit("repatriation", start + a, start + b, False, expelled=True) for a, b in expulsions(chunk)]
    found += [Hit("repatriation", start + a, start + b, True) for a, b in handed_to_a_northern_town(chunk)]
    found.sort(key=lambda h: (h.start, -(h.end - h.start)))
    kept: list[Hit] = []
    for h in found:
        if any(h.start < k.end and h.type == k.type for k in kept):
            continue  # inside a longer hit of its type (another type's hit may lie between them)
        if h.type == "punishment" and _names_a_rule(text, h, end):
            continue
        if h.type == "attempted_defection" and _catches_a_helper(text, h, start):
            continue
        kept.append(h)
    # a penalty inside a threat ("지방으로 추방하겠다고 경고"): the threat is the measure, no one punished
    threats = [h for h in kept if h.type == "control_measure"]
    kept = [h for h in kept if not (h.type == "punishment" and any(
        t.start < h.end and h.start < t.end for t in threats))]
    if _ASKED_FOR.search(chunk):
        # "돌아가겠다는 의사를 표명해 … 북한 측에 송환했다": a return the people asked for (codebook)
        kept = [h for h in kept if h.type != "repatriation"]
    caught = [Hit("attempted_defection", start + a, start + b, nk)
              for a, b, nk in caught_then_returned(chunk, [(h.start - start, h.type, h.nk_specific) for h in kept])]
    caught = [c for c in caught if not any(c.start < k.end and k.start < c.end for k in kept)]
    return sorted(kept + caught, key=lambda h: (h.start, -(h.end - h.start)))


# a capture told by a passive verb ("붙잡혔다가", "체포된 뒤", "검거돼")
_CAPTURE_VERBS = {"붙잡히", "잡히", "붙들리"}
_CAPTURE_NOUNS = {"체포", "검거", "적발", "구금", "나포"}
_CHAINING = {"다가", "다", "고", "어", "아", "어서", "아서", "며", "으며", "면서", "으면서"}
_AFTERWARDS = {"뒤", "후", "다음"}
# returns that follow a capture and share its people: the forced return, or the handing over
_RETURNS = {"repatriation"}
_CAUGHT_STEM = re.compile(r"잡[히혀혔힌]|붙들|체포|검거|적발|구금|나포")
_SENTENCE_BREAK = re.compile(r"[.?!\n\"“”]")


def _capture_at(tokens, i: int) -> int | None:
    """The index of the last morpheme of a passive capture verb starting at token i, or None."""
    form, tag = tokens[i][0], tokens[i][1]
    if tag == "VV" and form in _CAPTURE_VERBS:
        return i
    if tag == "NNG" and form in _CAPTURE_NOUNS and i + 1 < len(tokens) \
            and tokens[i + 1][1] == "XSV" and tokens[i + 1][0] in ("되", "당하"):
        return i + 1
    return None


def caught_then_returned(chunk: str, kept: list[tuple[int, str, bool]]) -> list[tuple[int, int, bool]]:
    """SB (Korean): "…에서 붙잡혔다가 … 북송된 탈북민 7명", "…에서 체포된 뒤 … 북한 측에 넘겨졌다":
    a capture chained by a connective (-다가, -어, -고, -ㄴ 뒤) to the forced return that follows it
    in the sentence is the capture of people on their way (codebook: an attempted_defection, and
    the return its own repatriation); its people are the return's, named in the other clause
    (chains.share_subjects). A capture told alone names no flight and stays no event."""
    returns = [(a, nk) for a, t, nk in kept if t in _RETURNS]
    if not returns or not _CAUGHT_STEM.search(chunk):
        return []
    tokens = morphemes(chunk)
    out = []
    for i in range(len(tokens)):
        last = _capture_at(tokens, i)
        if last is None:
            continue
        j = last + 1
        while j < len(tokens) and tokens[j][1] == "EP":
            j += 1
        if j >= len(tokens):
            continue
        chained = tokens[j][1] == "EC" and tokens[j][0] in _CHAINING
        after = tokens[j][1] == "ETM" and tokens[j][0] not in ("ᆯ", "을", "를") and j + 1 < len(tokens) \
            and tokens[j + 1][0] in _AFTERWARDS and tokens[j + 1][1] in ("NNG", "NNB")
        if chained and j + 1 < len(tokens) and tokens[j + 1][0] == "있":
            continue  # "구금돼 있던": held, a state, not the capture of the happening
        if not (chained or after):
            continue
        end = tokens[j][3]
        nxt = [(a, nk) for a, nk in returns if a >= end]
        if nxt and not _SENTENCE_BREAK.search(chunk, end, nxt[0][0]):
            out.append((tokens[i][2], tokens[last][3], nxt[0][1]))
    return out


# a goal inside the North before the verb ("오지로 추방", "평양에서 추방"): banishment, not a return
_INNER_GOAL = re.compile(r"(?:([가-힣]+?)(?:으로|로)|평양에서|평양\s?밖으로)\s?(?:강제\s?|모두\s?|다시\s?)?$")
_NORTH_GOAL = re.compile(r"북한?|북측|본국|평양")
# the North acting: it expels (foreign diplomats, its own people), it is not expelled to
_NORTH_ACTS = re.compile(r"(?:북한|북|평양|북\s?당국|북한\s?당국|조선)(?:은|는|이|가)\s")
# a return the people asked for (codebook: no repatriation)
_ASKED_FOR = re.compile(r"(?:귀환|송환|귀국|돌아가기|돌아가길|북송)(?:을|를)?\s?(?:원|희망|요청|요구|신청)"
                        r"|(?:본인|자신)(?:들)?의\s?(?:의사|희망|요청)|(?:귀환|귀국)\s?의사(?:를|을)?\s?(?:밝|표명|표시)"
                        r"|돌아가(?:겠다|고\s?싶다)(?:는|고)\s?(?:의사|뜻|희망)")
# the foreign authority that holds and expels them ("현지 이민당국", "러 법원")
_FOREIGN_AUTHORITY = re.compile(r"현지\s?(?:이민|출입국|법원|경찰|당국|검찰)|이민\s?(?:당국|국|청)|출입국")


def expulsions(chunk: str) -> list[tuple[int, int]]:
    """TR-KO: a foreign state expelling North Koreans it held, told without 북송/송환 ("북한 노동자
    2명이 12일 추방됐다고 현지 이민당국이 밝혔다", "러시아는 이들을 강제 추방했다"): the verb 추방
    (되/하/당하, done, not a decision or a threat) in a sentence that names a foreign state or its
    immigration authority. Not a banishment inside the North ("오지로 추방", "평양에서 추방"), not
    the North expelling anyone ("북한은 … 외교관을 추방했다"), not a return the people asked for; the
    frame keeps it only for people who are no diplomats (frames._frame)."""
    if "추방" not in chunk or _ASKED_FOR.search(chunk):
        return []
    if not (_FOREIGN_AUTHORITY.search(chunk) or any(
            p.country not in (None, "KP", "KR") for p in places_in(chunk, 0, len(chunk)))):
        return []
    tokens = morphemes(chunk)
    out = []
    for i, (form, tag, a, b) in enumerate(tokens):
        if form != "추방" or tag != "NNG" or i + 1 >= len(tokens):
            continue
        verb = tokens[i + 1]
        if verb[1] != "XSV" or verb[0] not in ("되", "하", "당하"):
            continue
        if _irrealis(tokens, i + 2) or (i + 2 < len(tokens) and tokens[i + 2][1] in ("ETN", "EC") and tokens[i + 2][0] in ("기", "려", "려고", "으려", "게")):
            continue  # "추방할 방침", "추방하기로", "추방하려": not done
        before = chunk[:a]
        goal = _INNER_GOAL.search(before)
        if goal and not (goal.group(1) and _NORTH_GOAL.fullmatch(goal.group(1))):
            continue
        if verb[0] == "하" and _NORTH_ACTS.search(before):
            continue
        start = a - len("강제 ") if chunk[max(0, a - 3):a] == "강제 " else (a - 2 if chunk[max(0, a - 2):a] == "강제" else a)
        out.append((start, verb[3]))
    return out


# words of a flight of its own (a capture naming one is "tried, then caught")
FLIGHT = re.compile(r"탈북(?!민|자|\s?주민|\s?여성)|탈출|귀순|망명|도주|월경|도강|건너|넘")


# when a rule took effect: "올해 들어", "이달 초부터", "사건 이후", "그 뒤"
_ONSET = re.compile(r"(?:올해|이달|이번\s?달|금년|연초|최근|지난달|지난해|작년|[0-9]+\s?(?:월|일)|그때|이날|이튿날|다음\s?날)"
                    r"\s?(?:초|중순|말|하순)?\s?(?:들어|부터|이후)"
                    r"|(?:^|\s)(?:이후|그\s?뒤|그\s?후)\s|(?:사건|일|탈북|귀순|도강)\s?(?:이후|뒤|후)")
# the people or places a rule is laid on
_RULED = re.compile(r"주민|세대|인민반|가족|노동자|근로자|일꾼|종업원|직원|선원|어선|선박|군인|병사|부대|경비대|초소"
                    r"|강변|강가|연선|국경|해안|숙소|공관|대사관|여권|손전화|휴대\s?(?:전화|폰)")
_ORDERS = {"지시", "명령", "지침", "포고", "방침", "통보"}
_HANDED_DOWN = {"내려가", "내려오", "내려지", "떨어지", "하달", "시달", "내리"}
_TAKEN = {"회수", "압수", "몰수", "수거"}


def imposed_rules(chunk: str) -> list[tuple[int, int]]:
    """Control measures told by the shape of the clause that imposes them, read on morphemes
    (TR-KO): a causative or a ban on the people ruled ("…나가지 못하게 하고 있다", "…켜 두도록
    했다"), a duty laid on them ("서약서에 서명해야 했다", "4명 단위로만 움직여야 한다"), an order
    handed down with its content ("…알리면 쌀을 준다는 지시가 내려갔다") or what they had taken
    from them ("손전화를 모두 회수당했고"). Only where the sentence says when the rule began
    ("이달 초부터", "올해 들어", "사건 이후"), so that standing rules an explainer describes, and
    advice on what someone should do, are no measure, and it names whom or where it rules."""
    if not _ONSET.search(chunk) or not _RULED.search(chunk):
        return []
    tokens = morphemes(chunk)
    out = []
    for i, (form, tag, a, b) in enumerate(tokens):
        nxt = tokens[i + 1] if i + 1 < len(tokens) else None
        if nxt is None:
            break
        if tag == "EC" and form in ("게", "도록", "어야", "아야", "야") and nxt[0] == "하" and nxt[1] in ("VX", "VV"):
            after = tokens[i + 2] if i + 2 < len(tokens) else None
            if _irrealis(tokens, i + 2) or (after and (after[1] == "ETN" or after[0] == "겠")):
                continue  # "…하게 할 것", "…해야 하기 때문", "물어보도록 하겠습니다": not (yet) imposed
            first = i - 1
            while first > 0 and tokens[first][1] in ("VX", "EC", "EP", "XSV"):
                first -= 1  # "나가지 못하게", "서명해야": the verb the rule is about
            out.append((tokens[max(first, 0)][2], nxt[3]))
        elif tag == "NNG" and form in _ORDERS and nxt[1] in ("JKS", "JX") and i + 2 < len(tokens) \
                and (tokens[i + 2][0] in _HANDED_DOWN or (tokens[i + 2][0] == "하달" and tokens[i + 2][1] == "NNG")):
            if i > 0 and tokens[i - 1][1] == "ETM" and tokens[i - 1][0] not in ("ᆯ", "을", "를"):
                out.append((a, tokens[i + 2][3]))
        elif tag == "NNG" and form in _TAKEN and nxt[0] == "당하" or (form == "빼앗기" and tag == "VV"):
            out.append((a, nxt[3] if form in _TAKEN else b))
    return out


def _catches_a_helper(text: str, hit: Hit, floor: int) -> bool:
    """"탈북민 단체 대표가 경찰에 체포됐다", "탈북민을 돕던 선교사가 … 체포": a capture naming no
    flight, of someone who helps or speaks for those who flee (cues.yaml capture_of_helpers), is
    no attempt."""
    if FLIGHT.search(text, hit.start, hit.end):
        return False
    return bool(_cues()["capture_of_helpers"].search(text, max(floor, hit.start - 25), hit.end))


def _names_a_rule(text: str, hit: Hit, end: int) -> bool:
    """"총살형을 포함한 사형으로 변경됐다": the penalty a rule now provides, no one punished (the
    rule itself is a control_measure trigger)."""
    pat = _cues()[("rule", "after")]
    return bool(pat and pat.match(text[hit.end:end]))


def _lemma_hits(chunk: str) -> list[tuple[str, int, int, bool]]:
    """Triggers read on morphemes (morph_triggers.yaml): every conjugation of a lemma."""
    lemmas = [lx for lx in _lemmas() if lx.stem.search(chunk)]
    if not lemmas:
        return []  # most sentences are never analysed
    tokens = morphemes(chunk)
    out = []
    for lx in lemmas:
        for i in range(len(tokens)):
            span = _lemma_at(tokens, i, lx)
            if span and _argued(chunk, span, tokens, i, lx):
                out.append((lx.type, _head(chunk, span[0], lx), span[1], lx.nk_specific))
    return out


def _lemma_at(tokens, i: int, lx: _Lemma) -> tuple[int, int] | None:
    """The span of lx's lemma (or verb chain, joined by a connective ending) at token i."""
    j, last = i, None
    for k, form in enumerate(lx.forms):
        if k:
            j += 2
            if j >= len(tokens) or tokens[j - 1][1] != "EC":
                return None
        if j >= len(tokens) or tokens[j][0] != form or not lx.tag.fullmatch(tokens[j][1]):
            return None
        last = tokens[j]
    return tokens[i][2], last[3]


def _argued(chunk: str, span: tuple[int, int], tokens, i: int, lx: _Lemma) -> bool:
    """Whether the lemma is used as the trigger: verbal where it must be, with its argument."""
    nxt = tokens[i + 1] if i + 1 < len(tokens) else None
    if lx.verbal:
        as_verb = nxt is not None and nxt[1] == "XSV" and nxt[2] == span[1]
        if not as_verb and not (lx.or_after and lx.or_after.search(chunk[span[1]:])):
            return False
    if _irrealis(tokens, i + len(lx.forms) * 2 - 1 + lx.verbal):
        return False
    before = chunk[:span[0]]
    if lx.before and not lx.before.search(before):
        return False
    if lx.not_before and lx.not_before.search(before):
        return False
    return not lx.abroad or _names_abroad(chunk)


def _head(chunk: str, start: int, lx: _Lemma) -> int:
    """Where the hit starts: a short argument the trigger needs ("북한에 돌려보낸", "수용소로
    보냈다") is part of it, as in the surface patterns, so clause cuts fall before it."""
    m = lx.before.search(chunk[:start]) if lx.before else None
    return m.start() if m and start - m.start() <= HEAD_MAX else start


def _irrealis(tokens, j: int) -> bool:
    """"돌려보낼 것", "피신할 계획": the prospective ending -ㄹ tells what is not (yet) done."""
    return j < len(tokens) and tokens[j][1] == "ETM" and tokens[j][0] in ("ᆯ", "을", "를")


def _names_abroad(chunk: str) -> bool:
    """Somewhere outside North Korea to flee to: a foreign place, 제3국, the South, the border."""
    return bool(_ABROAD.search(chunk)) or any(
        p.country not in (None, "KP") for p in places_in(chunk, 0, len(chunk)))


def _clause_after(text: str, hit: Hit, limit: int) -> str:
    window = text[hit.end : min(limit, hit.end + _cues()["window_after"])]
    window = re.split(r"[.…\n\"“”]|,\s|(?<=고)\s|(?<=며)\s", window, maxsplit=1)[0]
    return _STATUS_NEGATIONS.sub("", window)


# "맡겨야 한다": for a rule, what people must do is the rule itself, not a happening still to come
_OBLIGATION = re.compile(r"[아어여]?야|해야|돼야|되어야")
# triggers that end where their own negation follows ("행방이 확인되지 | 않고", "연락이 닿지 | 않")
_NEGATED_IN_ITSELF = re.compile(r"지\s?$")


def blocked_by(text: str, hit: Hit, part_start: int, part_end: int, whole_part: bool = True) -> str | None:
    """The reason this hit is not an event, or None; whole_part=False looks only at the words
    right around the hit (used before the sentence is cut into parts)."""
    cues = _cues()
    after = _clause_after(text, hit, part_end)
    before = text[max(part_start, hit.start - cues["window_before"]) : hit.start]
    part = text[part_start:part_end]
    for kind in ("prediction", "negation", "intent", "purpose", "generic"):
        pat = cues[(kind, "after")]
        found = pat.search(after) if pat else None
        if found and kind == "negation" and _NEGATED_IN_ITSELF.search(text, hit.start, hit.end):
            found = None  # "행방이 확인되지 않고 있다": the trigger is the negation
        if found and not (hit.type == "control_measure" and _OBLIGATION.match(found.group())):
            return kind
        pat = cues[(kind, "before")]
        if pat and pat.search(before):
            return kind
    if not whole_part:
        return None
    if re.search(r"\?\s*$|(?:나요|까요|인가|인가요|을까|ㄹ까)\s*[.?]?\s*$", part):
        return "question"  # "탈북한 것이 사실인가요?": asked, not told
    generic = cues[("generic", "part")]
    if generic and hit.type != "control_measure" and generic.search(part):
        return "generic"
    sentence = enclosing_sentence(text, part_start, part_end)
    if cues["definition"].search(part) or cues["definition"].search(text[sentence.start:sentence.end]):
        return "definition"  # a glossary line is one, whatever its clauses
    if hit.type != "control_measure" and _habitual(text, hit, part_start, part_end):
        return "habitual"
    if cues[("aggregate", "part")].search(part):
        return "aggregate"
    if cues["size"].search(part) and not cues["one_day"].search(part) and hit.type not in _ACTS_ON_A_GROUP:
        return "aggregate"  # a large number is a statistic, unless one dated act is told
    return None


# the state's acts on its people: many people are one act's subjects ("노동자 150여 명을 불러들였다",
# "남은 노동자 150여 명은 휴대전화를 빼앗겼고"), not a count of happenings over time
_ACTS_ON_A_GROUP = {"recall", "control_measure"}


def _habitual(text: str, hit: Hit, part_start: int, part_end: int) -> bool:
    """"…하는 일이 상시 벌어지고 있다": what keeps happening, said in the trigger's part or in
    the rest of its sentence when the trigger's clause is nominalised as a kind of thing."""
    cues = _cues()
    if cues["habitual"].search(text, part_start, part_end):
        return True
    sentence = enclosing_sentence(text, part_start, part_end)
    return bool(cues["habitual_kind"].search(text, hit.end, max(sentence.end, part_end)))


def says_another(text: str, start: int, end: int) -> bool:
    """"또 다른 외교관도 탈북": this clause is about a second, distinct happening."""
    return bool(_cues()["another"].search(" " + text[start:end]))


_HANDED = re.compile(r"([가-힣]+?)(?:으로|로)\s?(?:강제\s?)?(?:넘겨(?:졌|진|져)|인계(?:됐|된|돼|되었))")


def handed_to_a_northern_town(chunk: str) -> list[tuple[int, int]]:
    """TR-KO: people held abroad handed over into a North Korean town ("…에서 체포된 뒤 … 베이징을
    거쳐 신의주로 넘겨졌다"): a repatriation where the town is the North's and the sentence names
    the foreign country that held them (a transfer between the North's own towns names none)."""
    out = []
    for m in _HANDED.finditer(chunk):
        town = [p for p in places_in(chunk, m.start(1), m.end(1)) if p.country == "KP" and p.city]
        if not town:
            continue
        if not any(p.country not in (None, "KP", "KR") for p in places_in(chunk, 0, m.start())):
            continue
        out.append((m.start(1), m.end()))
    return out
