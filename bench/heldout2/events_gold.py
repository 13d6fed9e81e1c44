"""Gold events of the heldout2 benchmark, annotated by /work/shared/bench/GUIDELINES.md from the
page texts in articles_en.py and articles_ko.py only. All people and events are invented.

Dates are as precise as the text allows, relative dates resolved against the page's publication
date. A defection first told as a disappearance is one defection event, dated when the person
left. Background mentions ("X, who defected in 2019") are events with status None where the
page gives no sourcing for them. `reported` is filled in by build.py from the pages.
"""


def S(name, descriptor, role, count=1, age=None, minor=None):
    """One subject entry."""
    return {"name": name, "descriptor": descriptor, "role": role, "count": count,
            "age": age, "minor": minor}


def P(country=None, city=None, region=None):
    """One place."""
    return {"city": city, "country": country, "region": region}


def D(value=None, precision="unknown"):
    """One date."""
    return {"value": value, "precision": precision}


def E(id, type, status, subjects, origin, destination, date, sources, notes="", optional=False):
    event = {"id": id, "type": type, "status": status, "subjects": subjects, "origin": origin,
             "destination": destination, "date": date, "sources": sources, "notes": notes}
    if optional:
        event["optional"] = True
    return event


EVENTS = [
    # --- Hanoi: disappearance (h2e01) later told as a defection (h2e02/03, h2k01) ---
    E("G2-hanoi-kang-2025", "defection", "confirmed",
      [S("Kang Myong-chol", "a first secretary at the North Korean embassy in Hanoi", "diplomat", 1, 47),
       S(None, "his wife and son", "family_member", 2)],
      P("VN", "Hanoi"), "KR", D("2025-08", "month"),
      ["unification ministry", "NIS", "Korea Wire", "Seoul Monitor", "Asia Daily News"],
      "left 'early this month' (h2e01, 2025-08-19) / 'in early August'; unification ministry "
      "confirmed arrival (h2e02, h2k01); h2e01 alone has NIS declining to confirm"),
    E("G2-madrid-ryu-2022", "defection", None,
      [S("Ryu Jin-sok", "a counsellor at the embassy in Madrid", "diplomat")],
      P("ES", "Madrid"), "KR", D("2022", "year"), ["Korea Wire"],
      "background mention: 'fled to the South in 2022'"),
    E("G2-hanoi-ambassador-recall-2025", "recall", "reported",
      [S("Pak Yong-sik", "its ambassador to Vietnam", "diplomat")],
      P("VN", "Hanoi"), "KP", D("2025-09", "month"), ["NorthWatch"],
      "summoned back to Pyongyang; left Hanoi 'in mid-September'"),
    E("G2-hanoi-staff-control-2025", "control_measure", "reported",
      [S(None, "embassy staff who remain in Hanoi", "diplomat", None)],
      P("VN", "Hanoi"), None, D("2025-09", "month"), ["NorthWatch"],
      "barred from leaving the compound alone, nightly report; 'have since' = after the mid-September recall"),
    # --- Khabarovsk workers: escape, recall, dormitory rule, punishment ---
    E("G2-khabarovsk-workers-2026", "defection", "reported",
      [S(None, "three North Korean construction workers", "overseas_worker", 3)],
      P("RU", "Khabarovsk"), "KR", D("2026-03", "month"), ["Frontier News", "Eastasia Wire"],
      "'in late March'; h2e05 says they reached a third country, h2e21 that they are now in "
      "South Korea: the event's destination is where they ended up"),
    E("G2-khabarovsk-leader-recall-2026", "recall", "reported",
      [S(None, "the leader of a construction team, a party official surnamed Son", "official")],
      P("RU", "Khabarovsk"), "KP", D("2026-04", "month"), ["Eastasia Wire", "Frontier News"],
      "'last week' before 2026-04-21; h2e21 'recalled from Khabarovsk in April'"),
    E("G2-khabarovsk-dormitory-control-2026", "control_measure", "reported",
      [S(None, "remaining members of the crew", "overseas_worker", None)],
      P("RU", "Khabarovsk"), None, D("2026-04", "month"), ["Eastasia Wire"],
      "'This month' (2026-04-21): out only in groups of five with a minder, phones collected"),
    E("G2-khabarovsk-managers-punished-2026", "punishment", "reported",
      [S(None, "two managers of the North Korean state construction company", "official", 2)],
      P(), None, D("2026-05", "month"), ["Frontier News"],
      "expelled from the party and sent to a labour camp 'in May'"),
    # --- Phnom Penh restaurant ---
    E("G2-phnompenh-restaurant-2025", "defection", "unconfirmed",
      [S("Jang Kum-ok", "the manager of a North Korean-run restaurant in Phnom Penh", "restaurant_worker", 1, 41),
       S(None, "two waitresses", "restaurant_worker", 2)],
      P("KH", "Phnom Penh"), "KR", D("2025-12", "month"),
      ["government sources", "Capital Herald", "Saebyeok Ilbo"],
      "'late last month' (2026-01-13) / 지난달 하순 (2026-01-14); ministry declined to confirm. "
      "The restaurant closing is not a mission closure."),
    E("G2-china-restaurant-2016", "defection", None,
      [S(None, "a group defection from a North Korean restaurant in China", "restaurant_worker", None)],
      P("CN"), None, D("2016", "year"), ["Capital Herald"],
      "background mention"),
    E("G2-phnompenh-relatives-punished-2026", "punishment", "reported",
      [S(None, "the elderly parents and younger brother of a North Korean restaurant manager", "civilian", 3)],
      P("KP", "Hamhung", "South Hamgyong"), None, D("2026-02-06", "day"), ["Frontier News"],
      "taken to a political prison camp 'on the night of the 6th' of 'this month' (2026-02-24). "
      "Relatives punished at home do not accompany a principal, so civilian, not family_member."),
    # --- Tumen family: attempt, repatriation, punishment ---
    E("G2-tumen-family-attempt-2026", "attempted_defection", "reported",
      [S(None, "a family of five (a couple, their two children aged 9 and 13, the husband's mother)", "civilian", 5)],
      P("KP", "Hoeryong", "North Hamgyong"), None, D("2026-01", "month"),
      ["Justice for North Korean Refugees"],
      "crossed the Tumen 'in mid-January', arrested in Yanji a week later; destination left empty "
      "(they were stopped in China; South Korea was only their aim)"),
    E("G2-tumen-family-repatriation-2026", "repatriation", "reported",
      [S(None, "a family of five", "civilian", 5)],
      P("CN", None, "Jilin"), "KP", D("2026-02", "month"), ["Justice for North Korean Refugees"],
      "handed over at the Tumen crossing 'in late February'"),
    E("G2-tumen-father-punished-2026", "punishment", "reported",
      [S("Choe Yong-gil", "the father", "civilian", 1, 44)],
      P(), None, D("2026-03", "month"), ["Justice for North Korean Refugees"],
      "sentenced 'in March' to seven years in a kyohwaso (h2e09 only)"),
    # --- MDL soldier ---
    E("G2-mdl-soldier-2025", "defection", "confirmed",
      [S(None, "a staff sergeant", "military")],
      P("KP", None, "central front"), "KR", D("2025-10-14", "day"), ["JCS", "Korea Wire", "Peninsula Post"],
      "'on Tuesday' / 'yesterday' / 14일 against 2025-10-15"),
    E("G2-mdl-soldier-2023", "defection", None,
      [S(None, "a private", "military")],
      P("KP", None, "western sector"), "KR", D("2023-07", "month"), ["Korea Wire"],
      "background: 'the first ... since July 2023, when a private crossed'"),
    E("G2-yellowsea-boat-2026", "defection", "confirmed",
      [S(None, "three North Korean civilians, two men and a woman", "civilian", 3)],
      P("KP"), "KR", D("2026-06", "month"), ["JCS"],
      "crossed the NLL 'in late June' (pub 2026-07-02); JCS says they want to defect. A fisherman, "
      "his wife and brother fleeing together: each civilian. 236 arrivals in 2025 is a statistic."),
    # --- Closures ---
    E("G2-sofia-closure-2025", "mission_closure", "confirmed", [],
      P("BG", "Sofia"), None, D("2025-11", "month"), ["Bulgarian foreign ministry", "Eastasia Wire"],
      "'at the end of November'; flag lowered Nov. 28"),
    E("G2-sofia-recall-2025", "recall", "confirmed",
      [S(None, "the remaining diplomats", "diplomat", None)],
      P("BG", "Sofia"), "KP", D("2025-11", "month"), ["Bulgarian foreign ministry"],
      "'ordered home by Pyongyang', told by the Bulgarian ministry with the closure"),
    E("G2-nakhodka-closure-2025", "mission_closure", "reported", [],
      P("RU", "Nakhodka"), None, D("2025-11", "month"), ["diplomatic sources"],
      "'last month' (2025-12-04) / 지난달"),
    # --- NIS briefing ---
    E("G2-china-trade-pairs-2025", "control_measure", "confirmed",
      [S(None, "its trade officials in China", "trade_official", None)],
      P("CN"), None, D("2025-09", "month"), ["NIS"],
      "move in pairs, hand in passports; 'in force since September'; the NIS on record via the lawmaker"),
    E("G2-shenyang-trade-missing-2025", "disappearance", "confirmed",
      [S(None, "a senior official of a North Korean trading company in Shenyang", "trade_official"),
       S(None, "his wife and daughter", "family_member", 2)],
      P("CN", "Shenyang"), None, D("2025-10", "month"), ["NIS"],
      "went missing 'in October', whereabouts unknown; no page says how it ended"),
    E("G2-ulaanbaatar-denied-2026", "defection", "denied",
      [S("Ri Kwang-hyok", "a representative of the North's Korea Kumgang Trading Corporation", "trade_official")],
      P("MN", "Ulaanbaatar"), "KR", D("2026-04", "month"), ["Mongolian foreign ministry"],
      "reported by a Seoul outlet (left 'in late April', flown to Seoul 'last month'); Mongolia denies"),
    E("G2-vientiane-it-2026", "disappearance", "unconfirmed",
      [S(None, "two North Korean information technology workers", "overseas_worker", 2)],
      P("LA", "Vientiane"), None, D("2026-04-15", "day"), ["Mekong Post"],
      "failed to return 'on April 15'; ministry 'could not confirm'"),
    # --- Dalian ---
    E("G2-dalian-hyon-2026", "defection", "confirmed",
      [S("Hyon Chang-su", "a North Korean trade official based in Dalian", "trade_official", 1, 52)],
      P("CN", "Dalian"), "KR", D("2026-02", "month"), ["unification ministry", "Korea Wire", "Asia Daily News"],
      "'early last month' (2026-03-10) / 'in February'; spelled Hyun Chang-soo in h2e22"),
    E("G2-dalian-kim-2019", "defection", None,
      [S("Kim Yong-nam", "a deputy representative of the same company", "trade_official")],
      P("CN", "Dalian"), "KR", D("2019", "year"), ["Korea Wire"],
      "background: 'fled Dalian in 2019 and now runs a small business in Seoul'; h2e22 'a colleague "
      "who defected in 2019' is the same event"),
    # --- Warsaw: disappearance (h2e20, h2e30) resolved as a defection (h2k07) ---
    E("G2-warsaw-pak-2025", "defection", "confirmed",
      [S("Pak Un-ha", "a third secretary at the embassy in Warsaw", "diplomat"),
       S(None, "her husband, who accompanied her to Poland", "family_member", 1)],
      P("PL", "Warsaw"), "KR", D("2025-11", "month"), ["NIS", "Gazeta Poranna"],
      "left 'in mid-November' 2025; NIS confirms arrival 이달 초 (January 2026); dated when she left"),
    E("G2-kaohsiung-seaman-2026", "defection", "confirmed",
      [S(None, "a crew member of a North Korean-flagged cargo ship, a deck hand", "civilian", 1, 29)],
      P("TW", "Kaohsiung"), None, D("2026-03-03", "day"), ["Taiwan Coast Guard Administration"],
      "jumped ship and asked for asylum; page has no publication date but an explicit event date; "
      "destination not stated"),
    E("G2-moscow-workers-attempt-2025", "attempted_defection", "reported",
      [S(None, "two North Korean labourers", "overseas_worker", 2)],
      P("RU", "Moscow"), None, D("2025-10", "month"), ["Citizens' Alliance for Refugees"],
      "asked UNHCR for protection, detained 'in early October'"),
    E("G2-moscow-workers-repatriation-2025", "repatriation", "reported",
      [S(None, "two North Korean labourers", "overseas_worker", 2)],
      P("RU", "Moscow"), "KP", D("2025-10", "month"), ["Citizens' Alliance for Refugees"],
      "deported 'in late October'"),
    E("G2-tumen-mass-repatriation-2026", "repatriation", "unconfirmed",
      [S(None, "about 60 North Koreans held in detention centres, mostly women", "civilian", 60)],
      P("CN", "Tumen", "Jilin"), "KP", D("2026-04-26", "day"), ["Voice of the Border"],
      "'on Sunday' before Tuesday 2026-04-28; ministry declined to confirm; '2,000 since 2023' is a statistic"),
    E("G2-yalu-shoot-order-2026", "control_measure", "reported", [],
      P("KP", None, "North Pyongan"), None, D("2026-08", "month"), ["Frontier News"],
      "shoot on sight near the Yalu and expulsion of fleeing people's families: one order, "
      "read out 'early this month' (2026-08-20)"),
    E("G2-border-sealed-2020", "control_measure", None, [],
      P("KP"), None, D("2020", "year"), ["Frontier News"],
      "background: border sealed in 2020 against the coronavirus, not said to be against defection",
      optional=True),
    E("G2-tashkent-weightlifter-2026", "defection", "unconfirmed",
      [S("Ri Kum-hyang", "a North Korean weightlifter", "civilian", 1, 24)],
      P("UZ", "Tashkent"), "KR", D("2026-05-09", "day"), ["organising committee", "government sources"],
      "missing 'on Saturday' (h2e28, 2026-05-11) = 'May 9' (h2e29, Lee Geum-hyang); ministry "
      "declined to confirm her arrival"),
    E("G2-dubai-closure-2026", "mission_closure", "confirmed", [],
      P("AE", "Dubai"), None, D("2026-08", "month"), ["UAE Ministry of Foreign Affairs"],
      "trade office shut 'in late August'"),
    E("G2-dubai-recall-2026", "recall", "confirmed",
      [S(None, "its four staff members", "trade_official", 4)],
      P("AE", "Dubai"), "KP", D("2026-08", "month"), ["UAE Ministry of Foreign Affairs"],
      "ordered back to Pyongyang with the closure; the text dates only the closure"),
    E("G2-child-rule-2026", "control_measure", "reported",
      [S(None, "diplomats posted abroad", "diplomat", None)],
      P(), None, D("2026", "season"), ["Kim Chol-ung"],
      "introduced 'this summer' (2026-10-05)"),
    E("G2-rome-kim-2024", "defection", None,
      [S("Kim Chol-ung", "a former counsellor at the North Korean embassy in Rome", "diplomat")],
      P("IT", "Rome"), "KR", D("2024", "year"), ["Seoul Monitor"],
      "background: 'who defected in 2024', now in Seoul"),
    # --- Korean-only ---
    E("G2-kuwait-workers-2026", "defection", "unconfirmed",
      [S(None, "쿠웨이트 건설 현장에 파견됐던 북한 노동자 2명", "overseas_worker", 2)],
      P("KW", "Kuwait City"), "KR", D("2026-05", "month"), ["대북 소식통"],
      "이달 초 입국 (2026-05-26); 통일부 확인해 줄 수 없다"),
    E("G2-addis-counsellor-missing", "disappearance", "unconfirmed",
      [S(None, "아디스아바바 주재 북한대사관의 참사관, 50대 남성", "diplomat"),
       S(None, "아내", "family_member", 1)],
      P("ET", "Addis Ababa"), None, D(None, "unknown"), ["대북 소식통"],
      "'이달 초' but the page has no publication date"),
    E("G2-hyesan-brokers-executed-2026", "punishment", "reported",
      [S(None, "탈북을 도운 브로커 2명", "civilian", 2)],
      P("KP", "Hyesan", "Ryanggang"), None, D("2026-03-20", "day"), ["대북 소식통"],
      "지난 20일 against 2026-03-30; publicly executed"),
    E("G2-hyesan-border-control-2026", "control_measure", "reported", [],
      P("KP", "Hyesan", "Ryanggang"), None, D("2026-03", "month"), ["대북 소식통"],
      "이달 들어 night patrols doubled, notice threatening defectors' families with expulsion"),
]
