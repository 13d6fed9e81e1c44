"""Gold events of the heldout16 benchmark, annotated by /work/shared/bench/GUIDELINES.md from the
page texts in articles_en.py and articles_ko.py only. All people and events are invented.

Dates are as precise as the text allows, relative dates resolved against the page's publication
date. A defection first told as a disappearance is one defection event, dated when the people
left. Background mentions ("the first ... since November 2024, when ...", "the largest since
18 August last year", "follows the pull-out from Colombia and Paraguay last year") are events of
their own. One status per event: the strongest on-record statement across its pages.
`reported` is filled in by build.py.
"""


from heldout_build import D, E, P, S  # noqa: E402 (build.py puts bench/ on the path)


EVENTS = [
    # --- Kigali counsellor Mun Kwang-sok: local paper (h16e01, no keyword), NK outlet 'missing'
    #     (h16e02, h16k02), two wires (h16e03 'Mun Kwang-sok', h16e04 syndicated 'Moon Gwang-seok'),
    #     analysis (h16e05 'Mun Kwang Sok'), timelines (h16e06, h16k28), Korean wire (h16k01),
    #     TV (h16k03), NK outlet follow-ups (h16k04, h16k05) ---
    E("G16-kigali-mun-2026", "defection", "confirmed",
      [S("Mun Kwang-sok", "counsellor at the North Korean embassy in Kigali", "diplomat", 1, 51),
       S(None, "his wife", "family_member"),
       S(None, "their son", "family_member", 1, 13, True)],
      P("RW", "Kigali"), "KR", D("2026-03-22", "day"),
      ["unification ministry", "Kigali Evening Post", "North Window", "Korea Wirepoint",
       "Pacific Rim Daily", "DMZ Review", "Peninsula Monitor", "Nuri Tongsin", "Bungnyeok Sori",
       "Saenal TV", "Hanul Ilbo"],
      notes="Date: the family left on Sunday 22 March 2026 (h16e01, Fri 27 Mar: 'early on Sunday'; "
            "h16e03 'March 22'; h16k01 '3월 22일'; h16k02 (31 Mar) '지난 22일'; h16e02 (2 Apr) 'on "
            "22 March'). The arrival in late May and the 11 June statement are not the date of leaving. "
            "Status: unification ministry on record (h16e03, h16e04, h16k01, h16k03). Type: a family "
            "driving off with suitcases (h16e01, no keyword), 'went missing ... whereabouts unknown' "
            "(h16e02), 잠적/행방 묘연 (h16k02) all resolved by the arrival in the South: one defection, "
            "no separate disappearance. Names: Mun Kwang-sok, Moon Gwang-seok, Mun Kwang Sok, 문광석. "
            "The son (13) accompanies a principal: family_member, minor. Age 51 from the wires."),
    E("G16-kigali-doctor-2025", "disappearance", "reported",
      [S(None, "a doctor at a North Korean-run clinic in Kigali", "overseas_worker")],
      P("RW", "Kigali"), None, D("2025-12", "month"),
      ["North Window"],
      notes="h16e02 (2 Apr 2026): 'In December a doctor at a North Korean-run clinic in the city also "
            "went missing; his whereabouts are still unknown.' A second happening of the same type in "
            "the article, with 'also' and an unnamed subject (MG-OVER). No page resolves it. Role: a "
            "doctor working abroad for the state, overseas_worker. December of the previous year."),
    E("G16-eritrea-2023", "defection", "reported",
      [S(None, "a trade attaché posted in Eritrea", "trade_official")],
      P("ER"), "KR", D("2023", "year"),
      ["Korea Wirepoint", "Pacific Rim Daily", "Nuri Tongsin"],
      notes="Background: 'the first ... from an African posting since 2023, when a trade attaché posted "
            "in Eritrea fled to the South' (h16e03, h16e04, h16k01 '2023년 에리트레아 주재 무역대표'). "
            "Status: officials (not on record by name) -> reported."),
    E("G16-kigali-recall-2026", "recall", "reported",
      [S(None, "the ambassador in Kigali", "diplomat"),
       S(None, "the embassy's security counsellor", "diplomat")],
      P("RW", "Kigali"), "KP", D("2026-04", "month"),
      ["DMZ Review", "Bungnyeok Sori"],
      notes="h16e05 (20 Jun) 'summoned to Pyongyang in early April'; h16k04 (6 May) '지난달 초 평양으로 "
            "소환' -> April 2026. Both are recalled together for one reason: one event. Status: "
            "unnamed sources."),
    E("G16-mun-relatives-2026", "punishment", "reported",
      [S(None, "his mother", "civilian"), S(None, "his two younger sisters", "civilian", 2)],
      P("KP"), None, D("2026-04", "month"),
      ["DMZ Review", "Bungnyeok Sori"],
      notes="Taken by state security to a labour camp ('management centre', 관리소) in mid-April 2026: "
            "h16k04 (6 May) '지난달 중순', h16e05 'in mid-April'. One family, one reason: one "
            "punishment. Relatives who did not accompany him: civilian. Origin: KP (no city given)."),
    E("G16-africa-control-2026", "control_measure", "reported",
      [S(None, "staff at North Korea's missions in Africa", "diplomat", None)],
      P(None, None, "Africa"), None, D("2026-05", "month"),
      ["DMZ Review", "Bungnyeok Sori"],
      notes="'Since May, staff at the North's missions in Africa have had to hand their passports to "
            "the security counsellor ... children sent home' (h16e05); '5월부터 아프리카 주재 공관' "
            "(h16k05, 23 Jun 2026). Region only."),

    # --- Central-front soldier, 12 Mar 2026: wire (h16e07), undated long read (h16e08, no keyword),
    #     NK outlet (h16e09), timelines, Korean wire (h16k06), TV with hard line breaks (h16k07),
    #     NK outlet (h16k08) ---
    E("G16-soldier-hantan-2026", "defection", "confirmed",
      [S(None, "a North Korean soldier, a private in his early twenties", "military", 1, 23)],
      P("KP", None, "central front"), "KR", D("2026-03-12", "day"),
      ["Joint Chiefs of Staff", "Korea Wirepoint", "The Long Lens", "North Window",
       "Peninsula Monitor", "Nuri Tongsin", "Saenal TV", "Bungnyeok Sori", "Hanul Ilbo"],
      notes="Thursday 12 March 2026 around 5.40 a.m. (h16e07 'on Thursday' in a 12 Mar page; h16k06 "
            "'12일 새벽'; h16k07 '오늘 새벽'; h16e09 'on 12 March'; h16k08 '지난달 12일' in an April page). "
            "JCS on record. The undated long read h16e08 tells it without keywords ('walked ... "
            "north of the Hantan ... in March ... asked to stay'); age 23 from h16e08 and h16k06."),
    E("G16-soldier-east-2024", "defection", "reported",
      [S(None, "a staff sergeant", "military")],
      P("KP", None, "eastern front"), "KR", D("2024-11", "month"),
      ["Korea Wirepoint", "Nuri Tongsin"],
      notes="Background anchor: 'the first soldier to cross the MDL since November 2024, when a staff "
            "sergeant crossed on the eastern front' (h16e07); '2024년 11월 동부전선 ... 이후 1년 4개월 만' "
            "(h16k06). Its own event, not the date of the 2026 crossing."),
    E("G16-estuary-swimmer-2026", "defection", "reported",
      [S(None, "a man in his thirties", "civilian")],
      P("KP", None, "Han River estuary"), "KR", D("2026-03-03", "day"),
      ["Korea Wirepoint", "Nuri Tongsin"],
      notes="'Earlier this month a civilian also swam across the Han River estuary, on March 3, military "
            "officials said' (h16e07); '앞서 3일에도 30대 남성이 한강 하구를 헤엄쳐 넘어왔다' (h16k06). A "
            "second defection in the same articles (MG-OVER), civilian vs soldier. Status: unnamed "
            "officials."),
    E("G16-guard-company-2026", "punishment", "reported",
      [S(None, "the guard company of the sector, its commander and political officer", "military", None)],
      P("KP", None, "central front"), None, D("2026-03", "month"),
      ["North Window", "Bungnyeok Sori"],
      notes="TR-PUNISH: 'the entire company guarding the sector was swapped out at the end of March and its "
            "commander and political officer were sent to work on a farm' (h16e09, 20 Apr); h16k08 "
            "(21 Apr) '지난달 말 경비중대가 통째로 교체되고 중대장과 정치지도원은 철직'. Presented as the "
            "response to the crossing: punishment."),

    # --- West-sea boat, 15/16 June 2026: wire (h16e10), local (h16e11, 'five'), voluntary-return page
    #     (h16e12), NK outlet (h16e13), Korean wire (h16k09), NK outlet (h16k10), timelines ---
    E("G16-boat-chongdan-2026", "defection", "confirmed",
      [S(None, "a man in his fifties", "civilian", 1, 52), S(None, "his wife", "civilian"),
       S(None, "their son", "civilian", 1, 17, True), S(None, "their daughter", "civilian", 1, 14, True)],
      P("KP", None, "Chongdan county"), "KR", D("2026-06-15", "day"),
      ["unification ministry", "Joint Chiefs of Staff", "Korea Wirepoint", "Yellow Sea Times",
       "West Coast Gazette", "North Window", "Nuri Tongsin", "Bungnyeok Sori", "Peninsula Monitor",
       "Hanul Ilbo"],
      notes="The boat left Chongdan on the night of Monday 15 June and was spotted near Daecheong Island "
            "at 6.10 a.m. on 16 June (h16e10, h16k09 '15일 밤 ... 16일 오전'). Dated by the departure "
            "(interception 16 June, same month). Four people (ministry, JCS, h16k09 '4명'); h16e11 says "
            "'five' and its 'patrol boat confirmed that five people were aboard' confirms nothing. "
            "Family fleeing as equals: each civilian; son 17 and daughter 14 minors. 'Told officers they "
            "wished to stay' (h16e11, no keyword). Status: the ministry on record."),
    E("G16-boat-deokjeok-2025", "defection", "reported",
      [S(None, "two men", "civilian", 2)],
      P("KP"), "KR", D("2025-09", "month"),
      ["Korea Wirepoint", "Nuri Tongsin"],
      notes="Background: 'the first such boat since September 2025, when two men in a small fishing boat "
            "were found near Deokjeok Island and asked to stay' (h16e10); '지난해 9월 덕적도 인근 ... 2명' "
            "(h16k09). A look-alike that must stay apart from the June 2026 boat."),
    E("G16-boat-relatives-2026", "punishment", "reported",
      [S(None, "relatives of the family, including the man's brother and his household", "civilian", None)],
      P("KP", None, "Chongdan county"), None, D("2026-06", "month"),
      ["North Window", "Bungnyeok Sori"],
      notes="'In the last days of June state security officers took away the man's brother and his "
            "household' (h16e13, 8 Jul); h16k10 (7 Jul) '지난달 하순 ... 끌려갔다'. Taken away in "
            "response to the flight: punishment (reported)."),

    # --- Cao Bang arrest (Vietnam) and return: Bangkok wire (h16e14), second outlet 'seven' (h16e15),
    #     NGO alert (h16e16), Vietnam denial (h16e17), NK outlet (h16k12), Korean wire (h16k13) ---
    E("G16-caobang-arrest-2026", "attempted_defection", "reported",
      [S(None, "four women", "civilian", 4), S(None, "a man", "civilian"),
       S(None, "a boy of 11", "civilian", 1, 11, True)],
      P("KP"), None, D("2026-04-11", "day"),
      ["Mekong Morning", "Frontline Asia", "Border Watch Korea", "Bungnyeok Sori", "Nuri Tongsin",
       "Peninsula Monitor"],
      notes="Arrested by Vietnamese border guards in Cao Bang province on Saturday 11 April 2026 after "
            "crossing from China (h16e14 'on Saturday' in a Tue 14 Apr page; h16k12 '지난 11일'). An "
            "arrest abroad before refuge: attempted_defection; origin KP (civilians, not where they were "
            "caught). Count six North Koreans; h16e15 and h16k12 say seven, counting a Chinese guide. "
            "'Face repatriation' in h16e14 is a prediction. Status: a rights group, unnamed police."),
    E("G16-caobang-return-2026", "repatriation", "denied",
      [S(None, "the six North Koreans arrested in Cao Bang", "civilian", 6)],
      P("VN"), "KP", D("2026-05-07", "day"),
      ["Border Watch Korea", "Frontline Asia", "Nuri Tongsin", "Peninsula Monitor"],
      notes="Handed to North Korean embassy staff and flown to Pyongyang on Thursday 7 May 2026 "
            "(h16e16 'on Thursday, 7 May'; h16k13 '지난 7일'). Vietnam's foreign ministry spokeswoman: "
            "'That information is groundless' (h16e17, h16k13) -> denied. Origin: the sending state VN."),

    # --- Luang Namtha arrest (Laos) and return, 2025: NGO report (h16e18), NK outlet (h16k14),
    #     background in h16e17 ---
    E("G16-luangnamtha-arrest-2025", "attempted_defection", "reported",
      [S(None, "three women and a teenage girl", "civilian", 4)],
      P("KP"), None, D("2025-10-28", "day"),
      ["Border Watch Korea", "Bungnyeok Sori"],
      notes="Taken off a bus at a checkpoint in Luang Namtha province on 28 October 2025 (h16e18; h16k14 "
            "'지난달 28일' in a November page). Arrest abroad: attempted_defection, origin KP. A second "
            "arrest group that must stay apart from Cao Bang 2026."),
    E("G16-luangnamtha-return-2025", "repatriation", "reported",
      [S(None, "three women and a teenage girl", "civilian", 4)],
      P("LA"), "KP", D("2025-11-19", "day"),
      ["Border Watch Korea", "Bungnyeok Sori", "Frontline Asia"],
      notes="Sent back to North Korea on 19 November 2025 (h16e18 'on 19 November'; h16k14 '지난 19일'); "
            "h16e17 (May 2026) 'in November Laos sent back four North Koreans' restates it. Origin LA. "
            "Status: a Lao police officer speaking anonymously, the NGO."),

    # --- Kemerovo workers (Russia): local paper (h16e19), NK outlet (h16e20), NK outlet (h16k15),
    #     Korean wire (h16k16) ---
    E("G16-kemerovo-missing-2026", "disappearance", "unconfirmed",
      [S(None, "three North Korean construction workers", "overseas_worker", 3)],
      P("RU", "Kemerovo"), None, D("2026-02-14", "day"),
      ["Siberian Courier", "North Window", "Bungnyeok Sori", "Nuri Tongsin"],
      notes="Left the dormitory on the night of Saturday 14 February 2026 (h16e19 'on Saturday night' in "
            "a Wed 18 Feb page; h16k15 '지난 14일 밤'). Regional police 'declined to confirm that the men were missing' "
            "(h16e19) -> unconfirmed. No page says how it ended: a disappearance."),
    E("G16-kemerovo-recall-2026", "recall", "reported",
      [S(None, "about 40 workers of the same construction company", "overseas_worker", 40)],
      P("RU", "Kemerovo"), "KP", D("2026-03", "month"),
      ["North Window", "Nuri Tongsin"],
      notes="'In mid-March the remaining workers of the company, about 40, were ordered back to Pyongyang' "
            "(h16e20, 25 Mar); h16k16 (27 Mar) '이달 중순 ... 40여 명 ... 귀국 지시'. Pyongyang ordering "
            "its workers home: recall."),
    E("G16-siberia-control-2026", "control_measure", "reported",
      [S(None, "North Korean workers in Siberia and the Russian Far East", "overseas_worker", None)],
      P("RU", None, "Siberia and the Russian Far East"), None, D("2026-03", "month"),
      ["North Window", "Nuri Tongsin"],
      notes="'Since early March ... may leave their dormitories only in groups of five accompanied by a "
            "supervisor'; phones collected; families told they would 'answer with their lives' (h16e20, "
            "25 Mar 2026); '3월부터 ... 5인 1조' (h16k16)."
            " Control on personnel abroad + threat to families: one control_measure."),

    # --- Nizhny Novgorod student Ha Jun-yong (son of a Moscow counsellor): NK outlet (h16e21),
    #     wire (h16e22 'Ha Joon-young', 'Mr Ha'), analysis (h16e23), Korean wire (h16k17), NK outlet
    #     (h16k18) ---
    E("G16-nizhny-ha-2025", "defection", "confirmed",
      [S("Ha Jun-yong", "a student at a university in Nizhny Novgorod, son of a counsellor at the "
         "embassy in Moscow", "civilian", 1, 22)],
      P("RU", "Nizhny Novgorod"), "KR", D("2025-10-04", "day"),
      ["unification ministry", "North Window", "Korea Wirepoint", "DMZ Review", "Nuri Tongsin",
       "Bungnyeok Sori"],
      notes="Left his dormitory on Saturday 4 October 2025 (h16e21 'on 4 October'; h16k17 '지난해 10월 "
            "4일'); arrived in January 2026, confirmed by the unification ministry on 10 Feb 2026 "
            "(h16e22, h16k17). The disappearance told in h16e21 is part of the defection. Role trap: he "
            "is a student living apart from his father, not accompanying a principal -> civilian, not "
            "family_member nor diplomat; origin Nizhny Novgorod, not Moscow (the father's post). Names: "
            "Ha Jun-yong, Ha Joon-young, Mr Ha, 하준용."),
    E("G16-ha-father-recall-2025", "recall", "reported",
      [S("Ha Song-il", "counsellor at the North Korean embassy in Moscow, the student's father", "diplomat")],
      P("RU", "Moscow"), "KP", D("2025-11", "month"),
      ["Korea Wirepoint", "DMZ Review", "Nuri Tongsin"],
      notes="'His father ... was recalled to Pyongyang in November' (h16e22, Feb 2026 page -> November "
            "2025); h16k17 '지난해 11월 소환'; h16e23 'The elder Ha was called home in November' "
            "(plain wording). Name given in h16e23 and h16k18."),
    E("G16-ha-father-punish-2026", "punishment", "reported",
      [S("Ha Song-il", "the student's father, a former counsellor in Moscow", "diplomat")],
      P("KP"), None, D("2026-01", "month"),
      ["DMZ Review", "Bungnyeok Sori"],
      notes="Expelled from the party and banished with his wife to a village in South Hamgyong province in "
            "January 2026 (h16e23 'in January'; h16k18 (26 Feb) '지난달'). Distinct from the recall."),

    # --- Lisbon judo official Oh Myong-chol: local paper (h16e24 'missing'), wire (h16e25), NK outlet
    #     (h16e26), Korean wire (h16k19), NK outlet (h16k20), timelines ---
    E("G16-lisbon-oh-2026", "defection", "confirmed",
      [S("Oh Myong-chol", "an official with North Korea's judo team", "official", 1, 44)],
      P("PT", "Lisbon"), "PT", D("2026-05-16", "day"),
      ["AIMA", "Lusophone Post", "Korea Wirepoint", "North Window", "Nuri Tongsin", "Bungnyeok Sori",
       "Peninsula Monitor", "Hanul Ilbo"],
      notes="Left the team hotel on Saturday 16 May 2026 (h16e24 'since Saturday' in a Tue 19 May page; "
            "h16k19 '16일'). Sought asylum in Portugal: Portugal's migration and asylum agency AIMA "
            "confirmed an application by a North Korean national (h16e25) -> confirmed; destination PT. "
            "First told as a missing person (h16e24), resolved by the asylum claim: one defection. Name "
            "Oh (short surname, SB-NAME), Oh Myong-chol, Oh Myung-chul, 오명철."),
    E("G16-lisbon-team-recall-2026", "recall", "reported",
      [S(None, "the remaining athletes and coaches of the judo team", "official", 11)],
      P("PT", "Lisbon"), "KP", D("2026-05-18", "day"),
      ["Korea Wirepoint", "Nuri Tongsin"],
      notes="'The remaining 11 athletes and coaches were ordered home on Monday and left ... before their "
            "last bouts' (h16e25, Wed 20 May -> Mon 18 May); h16k19 '18일 귀국 지시'. Role official "
            "(delegation); civilian defensible."),
    E("G16-sports-control-2026", "control_measure", "reported",
      [S(None, "members of North Korean sports delegations travelling abroad", "official", None)],
      P("KP"), None, D("2026-06", "month"),
      ["North Window", "Bungnyeok Sori"],
      notes="'From June, every delegation abroad must hand its passports to a security officer on arrival "
            "and athletes' families sign pledges' (h16e26, 25 Jun); '6월부터' (h16k20). A control on "
            "personnel abroad tied to the Lisbon case. Origin KP (rule issued in Pyongyang)."),

    # --- Closures: diplomatic newsletter with list (h16e27), wire (h16e28), Korean wire (h16k21) ---
    E("G16-quito-closure-2026", "mission_closure", "confirmed",
      [], P("EC", "Quito"), None, D("2026-04-30", "day"),
      ["Ecuador foreign ministry", "Andes Diplomatic Bulletin", "Frontline Asia", "Nuri Tongsin",
       "Peninsula Monitor", "Hanul Ilbo"],
      notes="Closed on Thursday 30 April 2026, Ecuador's foreign ministry confirmed (h16e28 'on Thursday' "
            "in a Fri 1 May page; h16k21 '지난달 30일'). 'Open since 1990' is an anchor, not the date. "
            "The embassy in Guatemala taking over its duties is a bystander (PL-BYSTANDER)."),
    E("G16-colombia-closure-2025", "mission_closure", None,
      [], P("CO"), None, D("2025", "year"),
      ["Andes Diplomatic Bulletin", "Nuri Tongsin"],
      notes="TR-LIST: 'The closure ... follows the North's pull-out from Colombia and Paraguay last year' "
            "(h16e27, 2026 page -> 2025); h16k21 '지난해 콜롬비아와 파라과이에서 철수'. No source."),
    E("G16-paraguay-closure-2025", "mission_closure", None,
      [], P("PY"), None, D("2025", "year"),
      ["Andes Diplomatic Bulletin", "Nuri Tongsin"],
      notes="Second country of the same list (h16e27, h16k21). 'Several missions ... to save money' in "
            "h16e27 is vague and annotated as nothing."),

    # --- Mass returns from China: NGO (h16e29), wire (h16e30), NK outlet (h16k22), TV (h16k23) ---
    E("G16-sinpa-return-2026", "repatriation", "reported",
      [S(None, "North Koreans detained in China", "civilian", 150)],
      P("CN"), "KP", D("2026-07-02", "day"),
      ["Freedom Crossing Network", "Korea Wirepoint", "Bungnyeok Sori", "Saenal TV", "Peninsula Monitor"],
      notes="One night, one actor: Chinese authorities sent 'more than 150' detained North Koreans across "
            "to Sinpa on the night of Thursday 2 July 2026 (h16e29; h16e30 'about 160'; h16k22 '150여 명'; "
            "h16k23 '지난 2일 밤'). A mass event, not a statistic (GT-AGG-OVER). Seoul 'expressed regret' "
            "and the London-based group are bystanders. Count 150 (lower bound)."),
    E("G16-pochon-return-2025", "repatriation", "reported",
      [S(None, "North Koreans", "civilian", 60)],
      P("CN"), "KP", D("2025-08-18", "day"),
      ["Freedom Crossing Network", "Bungnyeok Sori"],
      notes="Background: 'the largest since 18 August last year, when about 60 were sent back through the "
            "crossing opposite Pochon' (h16e29, July 2026); '지난해 8월 18일 60여 명' (h16k22)."),

    # --- Saeppyol: January attempt, March public trial, shoot order: NK outlets (h16e31, h16k24) ---
    E("G16-saeppyol-attempt-2026", "attempted_defection", "reported",
      [S(None, "two women and a man", "civilian", 3)],
      P("KP", "Saeppyol"), None, D("2026-01-24", "day"),
      ["North Window", "Bungnyeok Sori", "Peninsula Monitor"],
      notes="Caught by guards on the frozen Tumen near Saeppyol on 24 January 2026 (h16e31; h16k24 '1월 "
            "24일'). Attempt, distinct from the punishment."),
    E("G16-saeppyol-trial-2026", "punishment", "reported",
      [S(None, "the man", "civilian"), S(None, "the two women", "civilian", 2)],
      P("KP", "Saeppyol"), None, D("2026-03", "month"),
      ["North Window", "Bungnyeok Sori", "Peninsula Monitor"],
      notes="Public trial in mid-March 2026 in Saeppyol: the man shot, the two women 15 years in a "
            "re-education camp (h16e31, 2 Apr 'in the middle of March'; h16k24 (30 Mar) '이달 중순'). One "
            "group, one reason: one punishment although the sentences differ."),
    E("G16-tumen-shoot-order-2026", "control_measure", "reported",
      [S(None, "residents of the Tumen border counties", "civilian", None)],
      P("KP", "Saeppyol", "Tumen border counties"), None, D("2026-02", "month"),
      ["North Window", "Bungnyeok Sori"],
      notes="'Since February guards in Saeppyol and the other Tumen counties have orders to shoot anyone "
            "within 500 metres of the river at night without a permit', framed as an anti-smuggling zone "
            "but tied to crossings (h16e31; h16k24 '2월부터')."),
    E("G16-hwapyong-shooting-2026", "attempted_defection", "reported",
      [S(None, "a woman in her forties", "civilian")],
      P("KP", "Hwapyong"), None, D("2026-05", "month"),
      ["North Window"],
      notes="OPTIONAL: 'a woman in her forties was shot dead by guards while wading the Yalu near Hwapyong "
            "in late May' (h16e32). A crossing stopped by killing: attempted_defection defensible; the "
            "codebook also allows reading the killing as punishment. Killing at the border.",
      optional=True),

    # --- Suzhou restaurant: English page (h16e35), NK outlet (h16k25) ---
    E("G16-suzhou-missing-2026", "disappearance", "reported",
      [S(None, "two waitresses at a North Korean restaurant", "restaurant_worker", 2)],
      P("CN", "Suzhou"), None, D("2026-01-25", "day"),
      ["Frontline Asia", "Bungnyeok Sori"],
      notes="Not seen since Sunday 25 January 2026 (h16e35; h16k25 '지난달 25일' in a February page). No "
            "page says where they went: disappearance."),
    E("G16-suzhou-recall-2026", "recall", "reported",
      [S(None, "the remaining 14 staff of the restaurant", "restaurant_worker", 14)],
      P("CN", "Suzhou"), "KP", D("2026-02", "month"),
      ["Frontline Asia", "Bungnyeok Sori"],
      notes="'The remaining 14 staff were ordered home in early February' (h16e35, 6 Feb); h16k25 (12 Feb) "
            "'이달 초 ... 귀국 지시'. The restaurant closing is no mission_closure."),

    # --- Naypyidaw third secretary, 2025: wire (h16e34), Korean wire (h16k27) ---
    E("G16-naypyidaw-attempt-2025", "attempted_defection", "unconfirmed",
      [S(None, "a third secretary at the North Korean embassy in Naypyidaw", "diplomat"),
       S(None, "his wife", "family_member")],
      P("MM", "Naypyidaw"), None, D("2025-08-22", "day"),
      ["Korea Wirepoint", "Nuri Tongsin"],
      notes="Stopped by embassy security at the airport on Friday 22 August 2025 (h16e34, Tue 2 Sep, "
            "'on Friday, August 22'; h16k27 '지난달 22일'). Reported by diplomatic sources; the "
            "unification ministry 'could not confirm the report' (h16e34, h16k27 '확인해 줄 수 없다') "
            "-> unconfirmed."),
    E("G16-naypyidaw-return-2025", "repatriation", "unconfirmed",
      [S(None, "the third secretary and his wife", "diplomat", 2)],
      P("MM", "Naypyidaw"), "KP", D("2025-08", "month"),
      ["Korea Wirepoint", "Nuri Tongsin"],
      notes="OPTIONAL: 'flown to Pyongyang via Beijing under escort two days later' (h16e34); '이틀 뒤 ... "
            "평양으로 압송' (h16k27). Forced back by their own state's security, not by a host state: "
            "repatriation or recall defensible. Beijing is transit.",
      optional=True),
]
