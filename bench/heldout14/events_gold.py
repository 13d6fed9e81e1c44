"""Gold events of the heldout14 benchmark, annotated by /work/shared/bench/GUIDELINES.md from the
page texts in articles_en.py and articles_ko.py only. All people and events are invented.

Dates are as precise as the text allows, relative dates resolved against the page's publication
date. A defection first told as a disappearance is one defection event, dated when the people
left. Background mentions ("since 2019, when a shipping agent posted in Haiphong fled", "after
its pull-out from Bangui and Praia in 2024") are events of their own. One status per event: the
strongest on-record statement across its pages. `reported` is filled in by build.py.
"""


from heldout_build import D, E, P, S  # noqa: E402 (build.py puts bench/ on the path)


EVENTS = [
    # --- Da Nang: local paper (h14e01), two wires (h14e02 'Um Chol-jin', h14e03 'Eom Cheol-jin'),
    #     analysis (h14e04 'Um Chol Jin'), closure story (h14e05), feature (h14e06), timeline (h14e34),
    #     Korean wire (h14k01), NK outlet (h14k02, h14k03), Korean closure wire (h14k18) ---
    E("G14-danang-um-2025", "defection", "confirmed",
      [S("Um Chol-jin", "a deputy representative at North Korea's trade representation in Da Nang",
         "trade_official", 1, 44),
       S(None, "his wife", "family_member"),
       S(None, "son", "family_member", 1, 11, True)],
      P("VN", "Da Nang"), "KR", D("2025-11-14", "day"),
      ["unification ministry", "Song Han Times", "Namsan Newswire", "East Asia Courier",
       "Gyeongbuk Herald", "Juche Lens", "Central Coast Daily", "The Longitude", "Peninsula Year",
       "Hangil Tongsin",
       "Bukjjok Chang"],
      notes="Date: the family left their flat on Friday 14 November 2025 (h14e01, published Tue 18 "
            "Nov: 'since Friday'; h14e02 'Nov. 14'; h14k01 '지난해 11월 14일'; h14e03 'mid-November'). "
            "The February arrival and the 10 March statement are not the date of leaving. Status: "
            "unification ministry spokesman on record. Type: a locked flat and a missing car "
            "(h14e01, no keyword), 'vanished' (h14e04), '잠적' (h14k02, h14k03), resolved as arrival "
            "in the South (h14e02/03, h14k01); h14k18's headline '부대표 탈북 5개월 만' and h14e06 'fled "
            "Vietnam ... last year' restate it; h14e38 is a syndicated copy of the wire with sentences "
            "glued and a non-breaking hyphen in 'Um Chol-jin': one defection. Names: Um Chol-jin, Eom Cheol-jin "
            "(h14e03), Um Chol Jin (h14e04), 엄철진. The son (11) accompanies a principal: "
            "family_member, minor. Role: deputy representative of a trade office -> trade_official."),
    E("G14-haiphong-2019", "defection", "reported",
      [S(None, "a shipping agent posted in Haiphong", "trade_official")],
      P("VN", "Haiphong"), "KR", D("2019", "year"),
      ["Namsan Newswire", "Gyeongbuk Herald", "Hangil Tongsin"],
      notes="Background (also h14e38, the syndicated copy): 'the first North Korean posted in Vietnam known to have defected since "
            "2019, when a shipping agent posted in Haiphong fled to the South' (h14e02; h14k01 "
            "'2019년 하이퐁에 파견됐던 북한 해운 대리인이 한국으로 탈북한 이후'). Status: an unnamed "
            "official. Role trade_official (a state shipping agent abroad; overseas_worker defensible)."),
    E("G14-danang-recall-2025", "recall", "reported",
      [S(None, "the head of the trade representation in Da Nang", "trade_official")],
      P("VN", "Da Nang"), "KP", D("2025-12", "month"),
      ["Juche Lens", "Bukjjok Chang"],
      notes="h14k03 (2025-12-16): '이달 초 평양으로 소환' -> early December 2025; h14e04 (2026-01-20) "
            "'was summoned to Pyongyang in early December'. Status: sources, not verified."),
    E("G14-sea-compound-2026", "control_measure", "reported",
      [S(None, "North Korean staff at missions and trade offices in Southeast Asia", "diplomat", None)],
      P(None, None, "Southeast Asia"), None, D("2026-01", "month"),
      ["Juche Lens"],
      notes="h14e04 (2026-01-20): 'Since the first week of January, staff ... in Southeast Asia must "
            "sleep inside the mission compound, hand in their phones at night and travel outside the "
            "city only with a second staff member'. Region only. Status: a diplomat, not verified."),
    E("G14-pyongsong-relatives-2026", "punishment", "reported",
      [S(None, "parents of Um Chol-jin", "civilian", 2),
       S(None, "younger brother", "civilian")],
      P("KP", "Pyongsong"), None, D("2026-01", "month"),
      ["Bukjjok Chang"],
      notes="h14k02 (2026-01-27): the parents and the younger brother '이달 중순 ... 평성에서 ... "
            "탄광마을로 강제 이주' -> mid-January 2026; one family, one reason: one punishment. "
            "Status: a source in South Pyongan."),
    E("G14-danang-closure-2026", "mission_closure", "confirmed", [],
      P("VN", "Da Nang"), None, D("2026-04-17", "day"),
      ["Vietnam foreign ministry", "Central Coast Daily", "Diplomatic Dispatch Weekly",
       "Hangil Tongsin", "Peninsula Year"],
      notes="h14e05 (22/04/2026): the last staff left and the sign came down 'on Friday' (17 April "
            "2026); the foreign ministry confirmed on 21 April (statement date, not the event). "
            "h14k18 '지난 17일'; h14e22 'Da Nang (trade office, April 2026)'; h14e34 'APR 17'. A trade "
            "office counts as a mission. The Hanoi embassy that takes over is a bystander."),

    # --- Western-front soldier: wire (h14e07), long read (h14e08), analysis (h14e09), TV (h14k04),
    #     NK outlet (h14k05), timeline (h14e34); background 2024 private ---
    E("G14-soldier-west-2026", "defection", "confirmed",
      [S(None, "a staff sergeant in his mid-twenties", "military")],
      P("KP", None, "western front"), "KR", D("2026-03-12", "day"),
      ["JCS", "Namsan Newswire", "The Korea Ledger", "Juche Lens", "Nuri TV", "Bukjjok Chang",
       "Peninsula Year", "Hangil Tongsin"],
      notes="Crossed the MDL opposite Kaepung county at about 05:40 on Thursday 12 March 2026 "
            "(h14e07 'early on Thursday', h14k04 '오늘 새벽', pub 2026-03-12); h14e08 (2 May) 'one "
            "morning in March ... came down through the reeds with both hands up' (no keyword); "
            "h14e09 'the March crossing'; h14k05 '지난달 12일'; h14k28 (year review) '3월에는 서부전선에서'. Status: JCS on record. Origin KP, "
            "front as region."),
    E("G14-soldier-central-2024", "defection", "reported",
      [S(None, "a private", "military")],
      P("KP", None, "central front"), "KR", D("2024-07", "month"),
      ["Namsan Newswire", "Nuri TV"],
      notes="Background: 'the first such crossing since July 2024, when a private walked across the "
            "central front' (h14e07); h14k04 '2024년 7월 중부전선에서 이등병 한 명이 넘어온 이후 처음'. "
            "Status: no on-record confirmation in these pages -> reported."),
    E("G14-soldier-unit-2026", "punishment", "reported",
      [S(None, "the company commander and political officer of the guard post", "military", 2),
       S(None, "the guard platoon", "military", None)],
      P("KP", None, "western front"), None, D("2026-04", "month"),
      ["Juche Lens", "Bukjjok Chang"],
      notes="h14k05 (2026-04-28): the post's company commander and political officer '이달 초 "
            "철직돼 ... 탄광으로 보내졌고' the platoon 'replaced entirely'; h14e09 (2026-05-06) "
            "'in early April ... the whole platoon was swapped out' (punishment told as replacing a "
            "unit, presented as the response to the crossing). One unit, one reason: one event."),

    # --- East coast boat: wire (h14e10), follow-up (h14e11), feature (h14e12), Korean wire
    #     (h14k06, h14k07) ---
    E("G14-tongchon-boat-2026", "defection", "confirmed",
      [S("Ha", "a fisherman surnamed Ha", "civilian"),
       S(None, "his wife", "civilian"),
       S(None, "their son", "civilian", 1, 16, True),
       S(None, "a neighbour", "civilian")],
      P("KP", "Tongchon", "Kangwon"), "KR", D("2026-06-08", "day"),
      ["JCS", "coast guard", "East Asia Courier", "The Korea Ledger", "The Longitude",
       "Hangil Tongsin", "Peninsula Year"],
      notes="Dated by the departure: the boat 'left the harbour at Tongchon late on Monday' (8 June, "
            "h14e10); the pages otherwise give the interception, 9 June (same month). Wooden boat from Tongchon spotted off the east coast on the morning of Tuesday 9 June "
            "2026 (h14e10, pub 10 June, 'on Tuesday'; h14k06 '지난 9일'); four of the five said they "
            "wanted to stay. The fifth man asked to go back and was handed over on 1 July at his own "
            "request (h14e11, h14k07): no repatriation (codebook). Count: four who stayed (the "
            "couple, their 16-year-old son, a neighbour); people fleeing together as equals are "
            "civilian. h14k28 (year review) '6월에는 ... 4명이 목선을 타고'. h14e12 tells it as a narrative ('pushed off ... and asked to be taken to "
            "the South'). Status: JCS/coast guard on record."),

    # --- China: Mohan arrest (h14e13 NGO, h14e14 wire), mass returns 21 Apr (h14e14, h14e15,
    #     h14k08, h14e34) and 3 Feb (h14e14, h14k08) ---
    E("G14-mohan-arrest-2026", "attempted_defection", "reported",
      [S(None, "the others in the group of six North Koreans", "civilian", 5),
       S(None, "a 15-year-old girl", "civilian", 1, 15, True)],
      P("KP"), None, D("2026-01-11", "day"),
      ["Border Light", "Namsan Newswire"],
      notes="Arrested on a bus near Mohan, Yunnan, close to the Laos border, on Sunday 11 January "
            "2026 (h14e13, pub 16 Jan, 'last Sunday'; h14e14 'in January'). Arrested abroad before "
            "reaching refuge -> attempted_defection; origin KP (where they lived), not CN. The six "
            "include the girl (5 + 1). "
            "'Could be sent back' is a prediction; they were among those returned on 21 April "
            "(G14-china-return-apr-2026). Status: NGO; China's ministry 'not aware'."),
    E("G14-china-return-apr-2026", "repatriation", "reported",
      [S(None, "about 140 North Koreans held in detention centres", "civilian", 140)],
      P("CN", None, "Jilin"), "KP", D("2026-04-21", "day"),
      ["Border Light", "Namsan Newswire", "Pacific Rim Report", "Bukjjok Chang", "Peninsula Year"],
      notes="'On the night of Tuesday 21 April' Chinese border police drove about 140 detainees "
            "across the Tumen bridges in Jilin (h14e14, pub 24 Apr; h14e15 'Tuesday night'; h14k08 "
            "'지난 21일 밤 ... 140여 명'; h14e34 'APR 21'). A dated act by a concrete actor: one event, "
            "not a statistic. Origin CN (the sending state); the Seoul protest and the Tokyo-based "
            "group are bystanders."),
    E("G14-china-return-feb-2026", "repatriation", "reported",
      [S(None, "about 50 North Koreans", "civilian", 50)],
      P("CN", None, "Jilin"), "KP", D("2026-02-03", "day"),
      ["Border Light", "Namsan Newswire", "Bukjjok Chang"],
      notes="Background in the same articles: 'the second mass return this year, after about 50 "
            "were sent back on 3 February' (h14e14); h14k08 '지난 2월 3일에도 50여 명'. Own date, "
            "own event (not merged with 21 April)."),

    # --- Laos: Savannakhet arrest (h14e16, h14e17, h14k09), return (h14e17, h14e18, h14k10), camp
    #     (h14e18, h14k10) ---
    E("G14-savannakhet-arrest-2026", "attempted_defection", "confirmed",
      [S(None, "the other three of the four North Koreans (two women and a man)", "civilian", 3),
       S("Son Ok-hui", "a 19-year-old woman", "civilian", 1, 19)],
      P("KP"), None, D("2026-02-08", "day"),
      ["Lao police", "Mekong Post", "Namsan Newswire", "Hangil Tongsin", "Bukjjok Chang"],
      notes="Lao police detained four North Koreans at a guesthouse near the Mekong in Savannakhet on "
            "Sunday 8 February 2026 as they waited for a boat to Thailand (h14e16, pub 11 Feb, 'on "
            "Sunday'; h14k09 '지난 8일'). Police spokesman on record -> confirmed. Origin KP (caught "
            "in Laos). Son Ok-hui is one of the four (3 + 1). h14k10 '2월 ... 체포' restates it "
            "with its month."),
    E("G14-savannakhet-return-2026", "repatriation", "reported",
      [S(None, "the four North Koreans arrested in Savannakhet", "civilian", 4)],
      P("LA", "Vientiane"), "KP", D("2026-03-03", "day"),
      ["Namsan Newswire", "Border Light", "Bukjjok Chang"],
      notes="Handed to the North Korean embassy in Vientiane and flown out via Beijing on Tuesday 3 "
            "March 2026 (h14e17, pub 6 Mar, 'on Tuesday'; h14e18 'early March'; h14k10 '3월 3일'). "
            "Origin LA (the sending state). Status: the NGO and a diplomat; Laos 'handled according "
            "to law' confirms nothing specific."),
    E("G14-savannakhet-camp-2026", "punishment", "reported",
      [S(None, "the four returned from Laos", "civilian", 4)],
      P("KP"), None, D("2026-06", "month"),
      ["Border Light", "Bukjjok Chang"],
      notes="h14e18 (2026-07-09): 'in June the four were sent to a labour-training camp' ; h14k10 "
            "(2026-07-10) '지난달 ... 노동단련대'. Punishment after return, its own event."),

    # --- Thailand: Nakhon Phanom group (h14e19, h14k11) ---
    E("G14-nakhonphanom-2025", "defection", "confirmed",
      [S(None, "four women and one man", "civilian", 5),
       S(None, "two children aged 10 and 13", "civilian", 2, None, True)],
      P("KP"), "KR", D("2025-11-22", "day"),
      ["Thai police", "Mekong Post", "Hangil Tongsin"],
      notes="Crossed the Mekong from Thakhek and walked into Nakhon Phanom police station on Saturday "
            "22 November 2025 (h14e19, pub 25 Nov, 'on Saturday night'; h14k11 '지난 22일'); said "
            "they want to go to South Korea. Thai police colonel on record. Reaching Thailand = "
            "refuge (Thai practice); destination KR as stated. Seven: four women, a man and two children (5 + 2)."),

    # --- Mission closures: Malawi paper (h14e20), wire (h14e21), newsletter (h14e22), Korean wire
    #     (h14k17); background Bangui, Praia ---
    E("G14-lilongwe-closure-2025", "mission_closure", "confirmed", [],
      P("MW", "Lilongwe"), None, D("2025-09-30", "day"),
      ["Malawi foreign ministry", "Lilongwe Observer", "Namsan Newswire",
       "Diplomatic Dispatch Weekly", "Hangil Tongsin"],
      notes="Embassy closed on Tuesday 30 September 2025 (h14e20 pub 2 Oct: 'on Tuesday'; h14e21 "
            "'Sept. 30'; h14k17 '지난달 30일' pub 2025-10-03; h14e22 'September 2025'). 'Open since "
            "1988' is an anchor. Lusaka takes over (bystander). 'Several other missions' (h14e20) is "
            "vague: no event."),
    E("G14-bangui-closure-2024", "mission_closure", None, [],
      P("CF", "Bangui"), None, D("2024", "year"),
      ["Lilongwe Observer", "Hangil Tongsin"],
      notes="Background list: 'follows the North's pull-out from Bangui and Praia in 2024' (h14e20; "
            "h14k17 '2024년 방기와 프라이아에서 철수한 데 이어'). No sourcing: status None."),
    E("G14-praia-closure-2024", "mission_closure", None, [],
      P("CV", "Praia"), None, D("2024", "year"),
      ["Lilongwe Observer", "Hangil Tongsin"],
      notes="Same list as Bangui; each closed mission its own event."),

    # --- Mongolia: Darkhan waitresses (h14e23, h14e24, h14k19), recall of the staff ---
    E("G14-darkhan-missing-2025", "disappearance", "confirmed",
      [S("Pyon Su-mi", "a waitress", "restaurant_worker", 1, 24),
       S("Jang Hye-song", "a waitress", "restaurant_worker", 1, 22)],
      P("MN", "Darkhan"), None, D("2025-10-02", "day"),
      ["Darkhan police", "Steppe Monitor", "Bukjjok Chang"],
      notes="Two waitresses of a North Korean restaurant in Darkhan have not been seen since Thursday "
            "2 October 2025 (h14e23 pub 7 Oct 'since Thursday'; h14e24 'on 2 October'; h14k19 "
            "'지난 2일'). Police opened a missing-persons file (on record). No page says how it ended: "
            "disappearance. Names: Pyon Su-mi / Byun Soo-mi (h14e24) / 변수미; Jang Hye-song / Chang "
            "Hye Song / 장혜성."),
    E("G14-darkhan-recall-2025", "recall", "reported",
      [S(None, "the remaining nine staff of the restaurant", "restaurant_worker", 9)],
      P("MN", "Darkhan"), "KP", D("2025-10-20", "day"),
      ["Steppe Monitor", "Bukjjok Chang"],
      notes="Flown home from Ulaanbaatar on Monday 20 October 2025 (h14e24 pub 23 Oct 'on Monday'; "
            "h14k19 pub 24 Oct '지난 20일'). The restaurant closing is no mission closure."),

    # --- Russia: Amursk (h14e25 local, h14e26 analysis, h14k20), Birobidzhan/Khasan (h14e27, h14k21),
    #     Kholmsk (h14e28, h14k24) ---
    E("G14-amursk-missing-2026", "disappearance", "confirmed",
      [S("Tokko Nam-il", "a plasterer", "overseas_worker", 1, 41)],
      P("RU", "Amursk"), None, D("2026-05-17", "day"),
      ["Amursk police", "Amur Region Bulletin", "Juche Lens", "Bukjjok Chang"],
      notes="Did not return to the workers' hostel after Sunday 17 May 2026 (h14e25 pub 21 May, 'on "
            "Sunday'; h14e26 'in May'; h14k20 '5월 17일'). Local police on record. Name in Russian "
            "transliteration 'Tokko Nam Ir' (h14e25), Tokko Nam-il (h14e26), 독고남일. Whereabouts "
            "unknown in every page: disappearance."),
    E("G14-amursk-recall-2026", "recall", "reported",
      [S(None, "about 70 North Korean builders in Amursk", "overseas_worker", 70)],
      P("RU", "Amursk"), "KP", D("2026-07", "month"),
      ["Juche Lens", "Bukjjok Chang"],
      notes="h14e26 (2026-08-12): 'In July about 70 builders from the Amursk site were ordered home "
            "and left by train'; h14k20 '지난달'. Pyongyang ordering its workers home = recall."),
    E("G14-russia-phones-2026", "control_measure", "reported",
      [S(None, "North Korean workers in Khabarovsk territory", "overseas_worker", None)],
      P("RU", None, "Khabarovsk territory"), None, D("2026-06", "month"),
      ["Juche Lens", "Bukjjok Chang"],
      notes="h14e26: 'Since June, workers ... have had their phones taken, may leave the hostel only "
            "in groups of four led by a team leader'; h14k20 '6월부터'. Tied to the disappearance."),
    E("G14-biro-attempt-2026", "attempted_defection", "confirmed",
      [S(None, "two North Korean workers aged 31 and 35", "overseas_worker", 2)],
      P("RU", "Birobidzhan"), None, D("2026-02-19", "day"),
      ["Russian transport police", "Priamurye Today", "Hangil Tongsin"],
      notes="Stopped at Birobidzhan railway station on Thursday 19 February 2026 with tickets for "
            "Moscow and no passports (h14e27 pub 17 Mar: 'on 19 February'; h14k21 '지난달 19일'). "
            "Workers posted in Russia and caught there: origin RU. Transport police on record."),
    E("G14-biro-return-2026", "repatriation", "confirmed",
      [S(None, "the two workers", "overseas_worker", 2)],
      P("RU", "Khasan"), "KP", D("2026-03-14", "day"),
      ["Russian border service", "Priamurye Today", "Hangil Tongsin"],
      notes="Handed over at the Khasan crossing on Saturday 14 March 2026 (h14e27 'on Saturday'; "
            "h14k21 '지난 14일'). Border service press office on record."),
    E("G14-kholmsk-sailor-2026", "disappearance", "confirmed",
      [S("Sin Kwang-bom", "a sailor of the cargo ship", "overseas_worker", 1, 29)],
      P("RU", "Kholmsk"), None, D("2026-06-06", "day"),
      ["Sakhalin police", "Sakhalin Coast", "Bada Sinmun"],
      notes="Left the ship docked at Kholmsk on Saturday 6 June 2026 and did not come back (h14e28 "
            "pub 10 Jun 'on Saturday'; h14k24 '지난 6일'). Police search on record. Name Sin Kwang-bom "
            "(h14e28) / 신광범 (h14k24). Role overseas_worker (a state ship's crew abroad; "
            "civilian defensible)."),

    # --- Ryanggang/Chagang: executions and warning (h14e29, h14k12), Chunggang (h14e30, h14k13) ---
    E("G14-kimhyonggwon-exec-2025", "punishment", "reported",
      [S(None, "a broker in his fifties", "civilian"),
       S(None, "two women who guided escapees", "civilian", 2)],
      P("KP", None, "Ryanggang"), None, D("2025-10", "month"),
      ["Daily Pyongyang Monitor", "Bukjjok Chang"],
      notes="Publicly executed in Kimhyonggwon county 'in late October' (h14e29 pub 2025-12-18 "
            "'late October'; h14k12 '10월 말'). For organising escapes: punishment."),
    E("G14-family-warning-2025", "control_measure", "reported",
      [S(None, "families of anyone who crosses the border", "civilian", None)],
      P("KP", None, "Ryanggang"), None, D("2025-12", "month"),
      ["Daily Pyongyang Monitor", "Bukjjok Chang"],
      notes="'This month' lectures in Ryanggang warn that families of anyone who crosses will be "
            "expelled to remote areas (h14e29 pub 18 Dec 2025; h14k12 '이달 들어')."),
    E("G14-chunggang-order-2025", "control_measure", "reported",
      [S(None, "residents within a kilometre of the Yalu in Chunggang county", "civilian", None)],
      P("KP", None, "Chagang"), None, D("2025-09", "month"),
      ["Namsan Newswire", "Bukjjok Chang"],
      notes="'Since September last year' guards have orders to shoot anyone approaching the river at "
            "night and residents must register overnight guests (h14e30 pub 2026-08-13; h14k13 "
            "'지난해 9월부터')."),
    E("G14-chunggang-shooting-2026", "punishment", "reported",
      [S(None, "a woman in her forties", "civilian")],
      P("KP", "Chunggang", "Chagang"), None, D("2026-08-08", "day"),
      ["Namsan Newswire", "Bukjjok Chang"],
      notes="Shot dead by border guards while wading into the Yalu on the night of Saturday 8 August "
            "2026 (h14e30 'last Saturday'; h14k13 '지난 8일 밤'). A killing at the border of someone "
            "caught fleeing: punishment."),
    E("G14-chunggang-attempt-2026", "attempted_defection", "reported",
      [S(None, "a woman in her forties", "civilian")],
      P("KP", "Chunggang", "Chagang"), None, D("2026-08-08", "day"),
      ["Namsan Newswire", "Bukjjok Chang"],
      notes="The crossing that the shooting stopped. Optional: the codebook names the killing a "
            "punishment 'distinct from the attempt', but these pages tell only the killing.",
      optional=True),

    # --- Cholsan family (h14k14, h14k15) ---
    E("G14-cholsan-attempt-2025", "attempted_defection", "reported",
      [S("Sol Tong-hwan", "father", "civilian"),
       S(None, "his wife", "civilian"),
       S(None, "daughter", "civilian", 1, 12, True)],
      P("KP", "Cholsan", "North Pyongan"), None, D("2025-11", "month"),
      ["Bukjjok Chang"],
      notes="h14k14 (2025-12-02): caught by border guards '지난달 하순' on the Yalu estuary shore "
            "trying to leave by boat -> late November 2025. Caught by their own side: attempt. "
            "A family fleeing as equals: civilian."),
    E("G14-cholsan-punish-2026", "punishment", "reported",
      [S("Sol Tong-hwan", "father", "civilian")],
      P("KP", None, "North Pyongan"), None, D("2026-01", "month"),
      ["Bukjjok Chang"],
      notes="h14k15 (2026-02-05): '지난달 ... 정치범수용소로 끌려갔다' -> January 2026."),

    # --- Changsha IT worker (Korean only: h14k16) ---
    E("G14-changsha-bong-2025", "defection", "confirmed",
      [S("Bong Song-hyok", "an IT worker posted in Changsha", "overseas_worker", 1, 33)],
      P("CN", "Changsha"), "KR", D("2025-09", "month"),
      ["NIS", "Hangil Tongsin", "Juche Lens", "Bukjjok Chang"],
      notes="h14k16 (2026-02-25): NIS told the intelligence committee that 봉성혁 (33) left his "
            "Changsha dormitory in September last year and arrived in the South in January -> "
            "departure September 2025; h14e35 'Bong Song Hyok ... had walked out in September' (pub "
            "2026-04-15, the September before February -> 2025); h14k25 '지난해 9월'. Status: NIS on "
            "record in a committee briefing (relayed by a committee member)."),

    # --- Yerevan (h14e31, h14k22) and Bangkok denied (h14e32) ---
    E("G14-yerevan-ok-2026", "defection", "unconfirmed",
      [S("Ok Myong-jun", "a North Korean trade official in Yerevan", "trade_official", 1, 52)],
      P("AM", "Yerevan"), "third_country", D("2026-07", "month"),
      ["Namsan Newswire", "Hangil Tongsin"],
      notes="h14e31 (2026-07-29): 'sought asylum at a European embassy in Yerevan in mid-July'; "
            "Armenia's foreign ministry 'cannot confirm' -> unconfirmed; South Korea's foreign "
            "ministry 'aware of the reports' confirms nothing. Destination a third country (a "
            "European state)."),
    E("G14-bangkok-denied-2026", "defection", "denied",
      [S("Ham Yong-dok", "a North Korean trade official based in Bangkok", "trade_official")],
      P("TH", "Bangkok"), None, D("2026-08", "month"),
      ["Bangkok Evening Wire", "Thai foreign ministry"],
      notes="h14e32 (2026-09-03): a tabloid claimed Ham sought asylum 'at the end of August'; the "
            "Thai foreign ministry: 'This did not happen.' -> denied; destination not stated."),
    # --- Changsha follow-up: recall and compound rule (h14e35, h14k25) ---
    E("G14-changsha-recall-2026", "recall", "reported",
      [S(None, "about 30 North Korean IT workers in Changsha", "overseas_worker", 30)],
      P("CN", "Changsha"), "KP", D("2026-03", "month"),
      ["Juche Lens", "Bukjjok Chang"],
      notes="h14e35 (2026-04-15): 'In March, about 30 of his former colleagues in Changsha were "
            "ordered home'; h14k25 (2026-04-16) '지난달 ... 30여 명 ... 귀국 명령'. Status: sources."),
    E("G14-china-it-compound-2026", "control_measure", "reported",
      [S(None, "North Korean IT workers in China", "overseas_worker", None)],
      P("CN"), None, D("2026-02", "month"),
      ["Juche Lens", "Bukjjok Chang"],
      notes="h14e35: 'Since February, IT teams in China have been moved into locked compounds, their "
            "passports held by the team manager'; h14k25 '2월부터'. Tied to Bong's flight. Country "
            "CN (workers across China)."),

    # --- Tirana interpreter: Korean disappearance report (h14k26), English arrival (h14e36) ---
    E("G14-tirana-chu-2026", "defection", "confirmed",
      [S("Chu Ye-rin", "an interpreter with the North Korean weightlifting delegation", "official",
         1, 27)],
      P("AL", "Tirana"), "KR", D("2026-05-24", "day"),
      ["unification ministry", "Albanian police", "Namsan Newswire", "Tirana Observer",
       "Hangil Tongsin"],
      notes="h14e39 (2026-05-26): 'Joo Ye-rin ... left the hotel ... on Sunday afternoon' -> 24 May; "
            "h14k26 (2026-05-27): the interpreter 주예린 (27) left the team hotel in Tirana on the "
            "24th ('지난 24일') and her whereabouts are unknown (잠적); h14e36 (2026-10-06): the "
            "ministry says Chu Ye-rin / Joo Ye-rin, who 'slipped away from her team's hotel in "
            "Tirana in May', arrived in the South in September; h14k28 (year review) '5월 ... 잠적했던 ... 통역원은 9월 국내에 입국'. A disappearance later resolved: one "
            "defection, dated when she left. Role: a delegation interpreter -> official (civilian "
            "defensible)."),

    # --- Border guards who deserted and were caught in China (h14k27 Korean, h14e37 English) ---
    E("G14-pyokdong-attempt-2026", "attempted_defection", "reported",
      [S(None, "two border guard soldiers", "military", 2)],
      P("KP", "Pyokdong", "North Pyongan"), None, D("2026-09-27", "day"),
      ["Bukjjok Chang", "Tumen Line Monitor"],
      notes="Deserted their post in Pyokdong county in mid-September and were caught by Chinese "
            "police in Kuandian county, Liaoning, on 27 September (h14k27 '지난달 27일', pub "
            "2026-10-15; h14e37 'on 27 September'). Dated by the arrest (the codebook's attempt); "
            "origin KP (where they were posted). Korean text uses 탈영/피신/도주, no 탈북 verb."),
    E("G14-pyokdong-return-2026", "repatriation", "reported",
      [S(None, "the two soldiers", "military", 2)],
      P("CN", None, "Liaoning"), "KP", D("2026-10-02", "day"),
      ["Bukjjok Chang", "Tumen Line Monitor"],
      notes="Handed back across the Yalu bridge on 2 October (h14k27 '지난 2일 ... 돌려보낸'; h14e37 "
            "'on Friday 2 October'). Origin CN (the sending state)."),
]
