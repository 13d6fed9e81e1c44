"""Gold events of the heldout4 benchmark, annotated by /work/shared/bench/GUIDELINES.md from the
page texts in articles_en.py and articles_ko.py only. All people and events are invented.

Dates are as precise as the text allows, relative dates resolved against the page's publication
date. A defection first told as a disappearance is one defection event, dated when the person
left (not when they arrived). Background mentions ("the first since December last year", "the
second this year, after ...") are events of their own; their status is None where no page gives
sourcing for them. `reported` is filled in by build.py from the pages.
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
    # --- Cairo: not seen (h4e01), confirmation (h4e03, h4k01), narrative (h4e02), digest (h4e04),
    #     ambassador recalled and rules for the region (h4e05, h4k02), relatives banished (h4e06) ---
    E("G4-cairo-choe-2026", "defection", "confirmed",
      [S("Choe Jin-hyok", "a second secretary at the North Korean embassy in Cairo", "diplomat", 1, 44),
       S(None, "his wife and their 15-year-old son", "family_member", 2)],
      P("EG", "Cairo"), "KR", D("2026-01-16", "day"),
      ["unification ministry", "NIS", "Nile Courier", "Hangyeol News Agency", "Meridian Review",
       "NK Brief", "Diplomatic Circuit", "Northline Report", "한결일보", "중동아시아뉴스"],
      "left the embassy on the evening of Friday 16 January (h4e01 'not seen since', h4e02 narrative, "
      "h4k01 1월 16일); arrived in Seoul 'in late February' (h4e03), which is not the event's date. "
      "h4e01 only reports that he has not been seen: the disappearance is resolved by the other "
      "pages and folded into the defection. Athens (h4e02, h4k01) is a transit, not the origin. "
      "Spelled Choi Jin-hyuk in h4e03, 최진혁 in Korean. The ministry confirms on record."),
    E("G4-cairo-ambassador-recall-2026", "recall", "reported",
      [S("Pak Sung-il", "the North Korean ambassador to Egypt", "diplomat")],
      P("EG", "Cairo"), "KP", D("2026-03", "month"),
      ["diplomatic sources", "Diplomatic Circuit", "중동아시아뉴스"],
      "'called back to Pyongyang in the second week of March' (h4e05) / 3월 중순 평양으로 "
      "불러들인 (h4k02, 박성일 대사). 'Missions in Tehran and Damascus could be next' / 인사 조치가 "
      "뒤따를 수 있다 are predictions; Egypt's foreign ministry did not respond: reported."),
    E("G4-mideast-mission-control-2026", "control_measure", "reported",
      [S(None, "staff at the North's embassies in the Middle East and North Africa", "diplomat", None)],
      P(None, None, "Middle East and North Africa"), None, D("2026-03", "month"),
      ["diplomatic sources", "Diplomatic Circuit", "중동아시아뉴스"],
      "told as orders ('have been told that they may leave ... only in groups of three and must hand "
      "in their phones every Monday', 'since March'): one set of rules, one event; no single country"),
    E("G4-cairo-relatives-2026", "punishment", "reported",
      [S(None, "the parents and younger sister of a North Korean diplomat who fled from Egypt", "civilian", 3)],
      P("KP", "Pyongyang"), None, D("2026-02", "month"),
      ["source in Pyongyang", "Northline Report"],
      "'moved out of their flat in Pyongyang in February and sent to a mining town in South Hamgyong' "
      "(h4e06, 2026-03-27): banishment of relatives = punishment. 'likely to be kept under watch for "
      "years' is a prediction; the practice in general is background, no event."),

    # --- Central front: the 2026 sergeant and the December 2025 private (look-alikes) ---
    E("G4-mdl-central-2026", "defection", "confirmed",
      [S(None, "a North Korean soldier, a staff sergeant in his early 20s", "military")],
      P("KP", None, "central front"), "KR", D("2026-05-12", "day"),
      ["JCS", "Korea Daybreak", "Han River Herald", "North Window", "새벽뉴스"],
      "'on Tuesday morning' against Tuesday 2026-05-12 (h4e07), 12일 오전 (h4k03); h4e08 (13 May) "
      "reports the JCS statement 'on Wednesday', which is the statement's date, not the crossing's. "
      "The soldiers who crossed on 7 May and went back north after warning shots are no event; South "
      "Korea disciplining its own officers is out of the domain."),
    E("G4-mdl-central-2025", "defection", "confirmed",
      [S(None, "a 19-year-old North Korean private", "military", 1, 19)],
      P("KP", None, "central front"), "KR", D("2025-12-21", "day"),
      ["JCS", "Capital Times", "Border Watch", "Korea Daybreak", "새벽뉴스"],
      "'on Sunday' against Monday 2025-12-22 (h4e10); h4e11 has no publication date and says "
      "'Dec. 21' without a year: the year comes from the other pages. Background in h4e07 ('the first "
      "... since December last year, when a private crossed near Cheorwon') and h4k03 (지난해 12월 "
      "21일). Not the 2026 sergeant: same front, different soldier and year. 'near Cheorwon' names "
      "the southern county where he was taken in, not where he left from: no city."),
    E("G4-mdl-post-punished-2026", "punishment", "reported",
      [S(None, "the soldiers of the guard post the sergeant slipped past, and their company commander",
         "military", None)],
      P("KP", None, "central front"), None, D("2026-05", "month"),
      ["military source", "North Window"],
      "TR-PUNISH: 'pulled out the whole unit manning the post ... and replaced it within days', 'the "
      "unit's company commander was sent to a road-building brigade' (h4e09), presented as the response to "
      "the 12 May crossing. 'Relatives ... can expect to be questioned' is a prediction."),

    # --- West Sea boats: July 2026 (three people), March 2026 (fisherman), October 2024 (two men) ---
    E("G4-baengnyeong-boat-2026", "defection", "confirmed",
      [S(None, "three North Koreans, a man in his 40s, his wife and his younger brother", "civilian", 3)],
      P("KP", None, "South Hwanghae"), "KR", D("2026-07-08", "day"),
      ["JCS", "Korea Daybreak", "Harbor Times", "새벽뉴스"],
      "intercepted near Baengnyeong 'early Wednesday' (h4e12, Wed 2026-07-08); they 'told "
      "investigators they wished to settle in the South' (narrative defection). People fleeing "
      "together as equals: civilian, not family_member. 'A navy patrol boat confirmed that three "
      "people were aboard' (h4e13) confirms nothing; the JCS statement does. Two fishermen sent "
      "back 'at their own request' (h4e13) are no repatriation and no event."),
    E("G4-daecheong-fisherman-2026", "defection", "confirmed",
      [S(None, "a North Korean fisherman in his 60s", "civilian")],
      P("KP", None, "South Hwanghae"), "KR", D("2026-03-23", "day"),
      ["JCS", "Coastline Today", "Korea Daybreak", "새벽뉴스"],
      "'on Monday' against Tuesday 2026-03-24 (h4e14); background in h4e12 ('the second ... this "
      "year, after a fisherman in his 60s sailed across near Daecheong island in March') and h4k04 "
      "(올해 3월). Region: he sailed from the South Hwanghae coast (h4e14)."),
    E("G4-westsea-boat-2024", "defection", "confirmed",
      [S(None, "two North Korean men in their 30s", "civilian", 2)],
      P("KP", None, "West Sea"), "KR", D("2024-10-07", "day"),
      ["JCS", "Coastline Today", "Harbor Times"],
      "landed on an island's shore unnoticed and were found by residents 'early on Monday' (h4e15, "
      "Tue 2024-10-08); they said they had come to defect. Background in h4e13 ('This differs "
      "from October 2024, when two men ...'). Not the 2026 boat: different year and people."),

    # --- China: mass forced return via Ji'an (2026) and the earlier one it is compared with ---
    E("G4-jian-mass-repatriation-2026", "repatriation", "reported",
      [S(None, "more than 200 North Koreans held in detention centres in Jilin province", "civilian", 200)],
      P("CN", "Ji'an", "Jilin"), "KP", D("2026-04-22", "day"),
      ["Seoul-based monitoring group", "Refuge Monitor Asia", "Han River Herald", "Far East Quarterly",
       "자유북방신문"],
      "one dated act by one actor: driven across the bridge from Ji'an to Manpo 'on the night of 22 "
      "April' (h4e16), 'on Wednesday night' (h4e17, Sat 2026-04-25), 22일 밤 (h4k05), 'last month' "
      "(h4e18). Seoul 'expressed deep regret', the Seoul-based group and the UN rapporteur in Geneva "
      "are bystanders. '1,100 sent back since 2023' is a statistic. China does not deny it."),
    E("G4-quanhe-repatriation-2025", "repatriation", "reported",
      [S(None, "about 60 North Koreans", "civilian", 60)],
      P("CN", None, "Jilin"), "KP", D("2025-09", "month"),
      ["Seoul-based monitoring group", "Refuge Monitor Asia", "자유북방신문"],
      "background: 'the largest since September last year, when about 60 people were handed over at "
      "the Quanhe crossing' (h4e16, 2026-04-24); 지난해 9월 60여 명 (h4k05)"),

    # --- Mission closures: Abuja (2026), and the pull-outs listed beside it (2025) ---
    E("G4-abuja-closure-2026", "mission_closure", "confirmed",
      [],
      P("NG", "Abuja"), None, D("2026-06-30", "day"),
      ["Nigerian foreign ministry", "West Africa Dispatch", "Korea Daybreak", "한결일보"],
      "'closed on 30 June' (h4e19), 'on Tuesday' (h4e20, Fri 2026-07-03), 6월 30일 (h4k06). 'Open since "
      "1976' anchors; the embassy in Conakry that takes over consular work is a bystander (no Guinea "
      "closure); 'several trade offices in Asia' is vague (no event)."),
    E("G4-yangon-closure-2025", "mission_closure", "confirmed",
      [],
      P("MM", "Yangon"), None, D("2025-11-06", "day"),
      ["Myanmar foreign ministry", "Mandalay Mirror", "West Africa Dispatch", "Korea Daybreak", "한결일보"],
      "'on 6 November' (h4e21, 2025-11-14), Myanmar's foreign ministry on record; listed in h4e19 "
      "('follows its withdrawal from Myanmar and Algeria last year'), h4e20 ('a list that already "
      "included missions in Myanmar and Algeria') and h4k06 (지난해 미얀마와 알제리)"),
    E("G4-algiers-closure-2025", "mission_closure", None,
      [],
      P("DZ", "Algiers"), None, D("2025", "year"),
      ["West Africa Dispatch", "Korea Daybreak", "한결일보"],
      "only in lists hanging on 'withdrawal from' / 'a list that already included' / 철수 (h4e19, "
      "h4e20, h4k06), 'last year' against 2026 = 2025; Algiers from h4e20 ('its embassy in Algiers'). "
      "No page gives a source for it."),

    # --- Russia: four workers from Irkutsk caught in Krasnoyarsk, returned, and the wage rule ---
    E("G4-irkutsk-attempt-2026", "attempted_defection", "confirmed",
      [S("Jon Kwang-ho", "a North Korean construction worker posted in Irkutsk", "overseas_worker", 1, 38),
       S(None, "three other construction workers from his crew", "overseas_worker", 3)],
      P("RU", "Irkutsk"), None, D("2026-02-09", "day"),
      ["Krasnoyarsk transport police", "Baikal Report", "Seoul Frontier", "자유북방신문"],
      "detained at Krasnoyarsk railway station 'on Monday' (h4e22, Wed 2026-02-11) = 9 February "
      "(h4k07, 2월 9일); they had left their site in Irkutsk to seek help at an embassy in Moscow. "
      "Origin is where they were posted (Irkutsk), not where they were caught. The police press "
      "service is on record. 'face deportation' (h4e22) is a prediction."),
    E("G4-irkutsk-repatriation-2026", "repatriation", "reported",
      [S("Jon Kwang-ho", "a North Korean construction worker posted in Irkutsk", "overseas_worker", 1, 38),
       S(None, "three other construction workers from his crew", "overseas_worker", 3)],
      P("RU"), "KP", D("2026-02-24", "day"),
      ["source", "Seoul Frontier", "자유북방신문"],
      "'flown back to Pyongyang under guard on 24 February' after Russian police handed them to the "
      "North's consulate (h4e23); 2월 24일 북송 (h4k07). Vladivostok is the airport, not a place the "
      "return is from: origin is the country that sent them back."),
    E("G4-russia-wage-control-2026", "control_measure", "reported",
      [S(None, "North Korean construction workers in Russia", "overseas_worker", None)],
      P("RU"), None, D("2026-02", "month"),
      ["source", "Seoul Frontier"],
      "'late last month, foremen ... were instructed to withhold wages until the end of a contract and "
      "to keep the workers' documents' (h4e23, 2026-03-02), tied to the escape"),

    # --- Vietnam: waitresses missing in Ho Chi Minh City (never resolved), restaurant rules;
    #     six arrested in Lang Son ---
    E("G4-hcmc-waitresses-2026", "disappearance", "reported",
      [S(None, "three waitresses in their 20s at a North Korean restaurant in Ho Chi Minh City",
         "restaurant_worker", 3)],
      P("VN", "Ho Chi Minh City"), None, D("2026-02-20", "day"),
      ["restaurant manager", "Saigon Street Journal", "NK Brief", "오늘의북한"],
      "not seen since their shift ended 'on the night of 20 February' (h4e24, h4k08 2월 20일); "
      "still missing in April (h4e25); no page says how it ended. The restaurant's 2024 fine (glued "
      "in h4e04) and 'has been shut since' (h4e24, a restaurant, not a mission) are no events; "
      "'may be hiding in Cambodia' is speculation."),
    E("G4-vietnam-restaurant-control-2026", "control_measure", "reported",
      [S(None, "staff of the North's restaurants in Vietnam", "restaurant_worker", None)],
      P("VN"), None, D("2026-03", "month"),
      ["activists", "Saigon Street Journal"],
      "orders given 'since early March' (h4e25, 2026-04-10): sleep in the restaurant, phones handed "
      "in each night, no talking with customers beyond orders"),
    E("G4-langson-attempt-2026", "attempted_defection", "reported",
      [S(None, "five North Korean adults", "civilian", 5),
       S(None, "a 12-year-old girl", "civilian", 1, 12, True)],
      P("KP"), None, D("2026-03-14", "day"),
      ["rescue group", "Mekong Wire", "NK Brief", "오늘의북한"],
      "detained by Vietnamese border guards in Lang Son province 'on Saturday' (h4e04, Fri "
      "2026-03-20) = 14 March (h4e26, h4k09 14일). They had lived in North Korea and crossed China: "
      "origin KP. 'face being handed to China and eventually sent back' / 북송 위기 is a prediction."),

    # --- China: a trade official stopped at the Macau border, then flown home ---
    E("G4-gongbei-attempt-2025", "attempted_defection", "reported",
      [S("Sin Yong-chan", "the representative of a Pyongyang trading company in Guangzhou",
         "trade_official", 1, 51)],
      P("CN", "Guangzhou"), None, D("2025-11-18", "day"),
      ["sources", "Pearl River Post"],
      "stopped at the Gongbei checkpoint in Zhuhai 'on 18 November' trying to cross into Macau "
      "(h4e27, 2026-01-15); origin is his post (Guangzhou), not Zhuhai or Macau"),
    E("G4-gongbei-repatriation-2025", "repatriation", "reported",
      [S("Sin Yong-chan", "the representative of a Pyongyang trading company in Guangzhou",
         "trade_official", 1, 51)],
      P("CN"), "KP", D("2025-11", "month"),
      ["sources", "Pearl River Post"],
      "'handed over by Chinese police to the consulate and put on a flight to Pyongyang about a week "
      "later' (h4e27): forced return from China, late November"),

    # --- North Hamgyong: two women shot at the river near Onsong, and the order that followed ---
    E("G4-onsong-shooting-2025", "punishment", "reported",
      [S(None, "two women, one in her 30s and one in her 40s", "civilian", 2)],
      P("KP", "Onsong", "North Hamgyong"), None, D("2025-11-28", "day"),
      ["source in North Hamgyong", "North Window", "오늘의북한"],
      "shot dead by border guards while wading across the river 'on the night of 28 November', "
      "'apparently trying to reach China' (h4e28), 탈북하려던 (h4k10 지난달 28일 밤): a killing at "
      "the border is a punishment"),
    E("G4-onsong-attempt-2025", "attempted_defection", "reported",
      [S(None, "two women, one in her 30s and one in her 40s", "civilian", 2)],
      P("KP", "Onsong", "North Hamgyong"), None, D("2025-11-28", "day"),
      ["source in North Hamgyong", "North Window", "오늘의북한"],
      "optional: the women were stopped by being shot; the codebook lists killings at the border as "
      "punishment and does not say whether the attempt is a second event here",
      optional=True),
    E("G4-nhamgyong-river-order-2025", "control_measure", "reported",
      [S(None, "residents of the border counties of North Hamgyong", "civilian", None)],
      P("KP", None, "North Hamgyong"), None, D("2025-12", "month"),
      ["source in North Hamgyong", "North Window", "오늘의북한"],
      "told as orders read at neighbourhood meetings 'in the first days of December' (h4e28, "
      "2025-12-05), 12월 초 (h4k10): shoot anyone near the river after dark, families of escapees "
      "expelled: one set of orders, one event"),

    # --- China: garment workers in Tonghua ordered home on one day ---
    E("G4-tonghua-recall-2026", "recall", "reported",
      [S(None, "about 250 North Korean women working at two garment factories in Tonghua",
         "overseas_worker", 250)],
      P("CN", "Tonghua", "Jilin"), "KP", D("2026-06-03", "day"),
      ["source", "North Window", "자유북방신문"],
      "Pyongyang ordered them home; put on buses to the border 'on 3 June' (h4e29, h4k11): one dated "
      "act, not a statistic. 'tens of thousands still working in China' is a statistic."),

    # --- Berlin: an engineer who quit his post (narrative, unconfirmed) ---
    E("G4-berlin-so-2025", "defection", "unconfirmed",
      [S("So Chol-ung", "an engineer in the commercial section of the North Korean embassy in Berlin",
         "trade_official", 1, 41)],
      P("DE", "Berlin"), "DE", D("2025-09", "month"),
      ["people familiar with the case", "Spree Chronicle", "Meridian Review"],
      "'walked out of the embassy in September and has since been given protection by the German "
      "authorities' (h4e30, 2025-11-20); the interior ministry 'declined to confirm' = unconfirmed. "
      "Background in h4e02 ('last September')."),

    # --- a speaker's own past, and a Korean-only report from Tehran ---
    E("G4-kil-2018", "defection", None,
      [S("Kil Sang-jun", "a former North Korean trade official", "trade_official")],
      P(), "KR", D("2018", "year"),
      ["Far East Quarterly"],
      "optional: 'Kil Sang-jun, a former trade official who fled to the South in 2018' is quoted as "
      "a source (h4e18); background rule vs SB-SPEAKER",
      optional=True),
    E("G4-tehran-hwang-2026", "defection", "reported",
      [S("Hwang Myong-su", "an employee of the North Korean trade mission in Tehran", "trade_official", 1, 47),
       S(None, "his wife and daughter", "family_member", 2)],
      P("IR", "Tehran"), "third_country", D("2026-06", "month"),
      ["source", "중동아시아뉴스"],
      "h4k13 (2026-07-06): 지난달 초 ... 제3국으로 피신 (TR-KO synonym); destination third_country"),
]
