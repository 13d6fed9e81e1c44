"""Gold events of the heldout3 benchmark, annotated by /work/shared/bench/GUIDELINES.md from the
page texts in articles_en.py and articles_ko.py only. All people and events are invented.

Dates are as precise as the text allows, relative dates resolved against the page's publication
date. A defection first told as a disappearance is one defection event, dated when the person
left (not when they arrived). Background mentions ("the first since 2009", "a private crossed in
November 2024") are events with status None where the page gives no sourcing for them.
`reported` is filled in by build.py from the pages.
"""


from heldout_build import D, E, P, S  # noqa: E402 (build.py puts bench/ on the path)


EVENTS = [
    # --- Bucharest: not seen (h3e01), narrative flight + ministry confirmation (h3e02, h3k01),
    #     recall and rules (h3e03), relatives banished (h3e04), digest (h3e30) ---
    E("G3-bucharest-ri-2026", "defection", "confirmed",
      [S("Ri Song-chol", "the commercial counsellor at the North Korean embassy in Bucharest", "diplomat", 1, 49),
       S(None, "his wife and their two children", "family_member", 3)],
      P("RO", "Bucharest"), "KR", D("2026-02-27", "day"),
      ["unification ministry", "Hanul Wire", "Danube Post", "Northern Lens", "Border Report",
       "NK Weekly Digest", "누리일보"],
      "left his office 'on the last Friday in February' and flew to Vienna (h3e02) = 2월 27일 (h3k01); "
      "arrived in Seoul in April ('earlier this month', 이달 초), which is not the event's date. h3e01 "
      "only says he has not been seen since late February: folded into the defection (resolved "
      "elsewhere). 'A defection by a diplomat of his rank would be...' (h3e01) is a hypothetical. "
      "Unification ministry confirms on record."),
    E("G3-bucharest-ambassador-recall-2026", "recall", "reported",
      [S("Ryom Kwang-su", "its ambassador to Romania", "diplomat")],
      P("RO", "Bucharest"), "KP", D("2026-03", "month"), ["Northern Lens"],
      "summoned back to Pyongyang 'in mid-March' (h3e03); 'More recalls may follow' is a prediction"),
    E("G3-europe-envoy-control-2026", "control_measure", "reported",
      [S(None, "diplomats at the North's embassies across Europe", "diplomat", None)],
      P(None, None, "Europe"), None, D("2026-04", "month"), ["Northern Lens"],
      "'Since early April' (h3e03, 2026-04-20): passports to the security officer, school-age "
      "children sent home, trips outside the capital need approval: one set of rules, one event"),
    E("G3-bucharest-relatives-2026", "punishment", "reported",
      [S(None, "the mother and younger brother of a North Korean diplomat who defected from Romania",
         "civilian", 2)],
      P("KP", "Pyongyang"), None, D("2026-04", "month"), ["Border Report"],
      "expelled from Pyongyang to a farm in Ryanggang 'on a morning in late April' (h3e04, 2026-05-12); "
      "the brother's dismissal a week earlier is part of the same punishment. Relatives at home "
      "accompany no one: civilian. The 1950-53 war and the habitual practice are background, no event."),
    # --- MDL eastern front soldier, and the earlier crossings the pages compare it with ---
    E("G3-mdl-eastern-2026", "defection", "confirmed",
      [S(None, "a North Korean soldier, believed to be a corporal in his early 20s", "military")],
      P("KP", None, "eastern front"), "KR", D("2026-03-17", "day"),
      ["JCS", "Hanul Wire", "Seoul Sentinel", "동해일보"],
      "'on Tuesday' / 'early Tuesday' against 2026-03-18 = 17 March; 17일 (h3k02). The headline "
      "'South Korea says' and the UN Command are bystanders; South Korea relieving two of its own "
      "officers is out of the domain (no punishment)."),
    E("G3-mdl-western-2024", "defection", "confirmed",
      [S(None, "a North Korean private, in his late teens", "military")],
      P("KP", None, "western front"), "KR", D("2024-11-12", "day"),
      ["JCS", "Frontline Brief", "Hanul Wire", "동해일보"],
      "background in h3e05/h3k02 ('the first time ... since November 2024, when a private crossed "
      "on the western front', 2024년 11월 서부전선); h3e07 (no publication date) tells it as news, "
      "'early on 12 November', JCS on record: the year comes only from the other pages"),
    E("G3-eastsea-boat-2026", "defection", "reported",
      [S(None, "four North Koreans, three men and a woman", "civilian", 4)],
      P("KP", None, "Kangwon"), "KR", D("2026-03-05", "day"),
      ["government source", "East Sea Times", "Peninsula Ledger", "Hanul Wire", "동해일보"],
      "boat spotted 'on Thursday' (h3e08, 2026-03-06) = 5 March (h3e09, 5일); the four told officers "
      "they wished to stay (narrative defection). The fifth man, sent back at his own request on "
      "9 March, is no repatriation and no event. 'A coast guard vessel confirmed that five people "
      "were on board' does not confirm the defection; the ministry only announced the handover, so "
      "the status stays reported. h3e05 ('12 days after four North Koreans were found aboard a "
      "small wooden boat ... said they wanted to stay') and h3k02 (앞서 이달 5일 ... 귀순 의사) "
      "mention it beside the soldier."),
    # --- China: mass forced return from Jilin, and the earlier Dandong transfer ---
    E("G3-jilin-mass-repatriation-2026", "repatriation", "reported",
      [S(None, "more than 400 North Koreans held in detention centres in Jilin province, most of them women",
         "civilian", 400)],
      P("CN", "Tumen", "Jilin"), "KP", D("2026-06-11", "day"),
      ["monitoring group", "NK Rights Bulletin", "Seoul Sentinel", "NK Weekly Digest", "새날뉴스"],
      "one dated act by one actor ('on the night of 11 June', 'Thursday night', 11일 밤): an event "
      "however many people. '2,600 since 2023' is a statistic; 'arrested ... over the past two "
      "years' is no event; the UN inquiry of 2014 is an aggregate; the Tokyo-based group and Seoul's "
      "protest are bystanders. China's generic statement is no confirmation."),
    E("G3-dandong-repatriation-2026", "repatriation", "reported",
      [S(None, "about 80 North Koreans", "civilian", 80)],
      P("CN", "Dandong"), "KP", D("2026-03", "month"), ["monitoring group", "NK Rights Bulletin", "새날뉴스"],
      "earlier transfer compared with the news: 'In March, about 80 North Koreans were returned "
      "through the crossing at Dandong, it said' (h3e10); 앞서 3월에도 단둥을 통해 80여 명 (h3k03)"),
    # --- Africa closures ---
    E("G3-harare-closure-2026", "mission_closure", "confirmed", [],
      P("ZW", "Harare"), None, D("2026-01", "month"),
      ["Zimbabwe foreign ministry", "Southern Africa Standard", "Asia Briefing", "NK Weekly Digest", "누리일보"],
      "'shut its doors at the end of January' (h3e12); 'opened in 1981' is an anchor and the "
      "December note is the notification, neither dates the closure; the Pretoria embassy takes over "
      "(bystander). h3k04 gives no date for the closure (9일 is the statement)."),
    E("G3-tanzania-closure-2025", "mission_closure", None, [],
      P("TZ"), None, D("2025-11", "month"), ["Southern Africa Standard", "누리일보"],
      "listed: 'follows the North's withdrawal from Tanzania in November' (2026-02-09 -> 2025); "
      "지난해 11월 탄자니아"),
    E("G3-senegal-closure-2025", "mission_closure", None, [],
      P("SN"), None, D("2025-12", "month"), ["Southern Africa Standard", "누리일보"],
      "listed: '... and from Senegal in December'; 12월 세네갈. 'Pyongyang also shut several missions "
      "last year' (h3e13) is vague: no event."),
    E("G3-harare-recall-2026", "recall", "reported",
      [S(None, "the ambassador and four other diplomats", "diplomat", 5)],
      P("ZW", "Harare"), "KP", D("2026-01-30", "day"), ["Zimbabwean official", "Asia Briefing"],
      "'ordered home and flew out of Harare on 30 January' (h3e13)"),
    # --- Vladivostok shipyard workers ---
    E("G3-vladivostok-attempt-2026", "attempted_defection", "reported",
      [S(None, "four North Korean shipyard workers, aged between 28 and 41", "overseas_worker", 4)],
      P("RU", "Vladivostok"), None, D("2026-05", "month"), ["Far East Courier", "Border Report"],
      "slipped out of the dormitory on 2 May, detained in Ussuriysk 'on Monday' (4 May); origin is "
      "where they were posted (RU). 'face deportation' (h3e14) is a prediction."),
    E("G3-vladivostok-repatriation-2026", "repatriation", "reported",
      [S(None, "the four North Korean shipyard workers", "overseas_worker", 4)],
      P("RU", None, "Primorye"), "KP", D("2026-05-27", "day"), ["Border Report"],
      "deported 'in late May', handed over at Khasan 'on 27 May' (h3e15)"),
    E("G3-vladivostok-unit-punished-2026", "punishment", "reported",
      [S(None, "all 30 men of the work unit, sent home and replaced", "overseas_worker", 30),
       S(None, "the unit's foreman, reassigned to a coal mine", "official", None)],
      P(), None, D("2026-06", "month"), ["Border Report"],
      "'Early this month' (2026-06-16); the article presents the swap-out of the unit and the "
      "foreman's reassignment as the response to the escape: punishment of one group for one reason "
      "(not a recall). The foreman is counted among the 30."),
    E("G3-vladivostok-dormitory-control-2026", "control_measure", "reported",
      [S(None, "North Korean workers who remain at the yard", "overseas_worker", None)],
      P("RU", "Vladivostok"), None, D("2026-06", "month"), ["Border Report"],
      "'now locked into their dormitory at night' after the escape (h3e15, 2026-06-16)"),
    # --- Laos: seven detained, handed back ---
    E("G3-laos-seven-attempt-2026", "attempted_defection", "reported",
      [S(None, "seven North Koreans: four women, a man and two boys aged 14 and 16", "civilian", 7)],
      P("KP"), None, D("2026-01-14", "day"),
      ["Lao police officer", "Mekong Herald", "Asia Briefing", "새날뉴스"],
      "detained 'on Wednesday' (h3e16, 2026-01-16) = 14 January (지난달 14일, h3k05); civilians caught "
      "abroad: origin KP, not Laos; Thailand, China and Bangkok are bystanders"),
    E("G3-laos-seven-repatriation-2026", "repatriation", "confirmed",
      [S(None, "seven North Koreans, including two minors", "civilian", 7)],
      P("LA", "Vientiane"), "KP", D("2026-01", "month"),
      ["Lao foreign ministry", "Asia Briefing", "새날뉴스"],
      "handed to North Korean embassy officials 'at the end of that month' (January); the ministry "
      "said so on 20 February (statement date, not the event's). Seoul's protest is a bystander."),
    E("G3-laos-2019", "repatriation", None, [],
      P("LA"), "KP", D("2019", "year"), ["Asia Briefing"],
      "background: 'the first known forced return of North Koreans from Laos since 2019'"),
    # --- Jakarta: disappearance never resolved, and the embassy's new rules ---
    E("G3-jakarta-kye-2026", "disappearance", "unconfirmed",
      [S("Kye Yong-hun", "a North Korean trade representative posted in Jakarta", "trade_official", 1, 54),
       S(None, "his teenage son", "family_member", 1, 16, True)],
      P("ID", "Jakarta"), None, D("2026-05", "month"),
      ["diplomatic sources", "NIS", "Nusantara Daily", "Peninsula Ledger", "NK Weekly Digest", "한빛타임스"],
      "missing 'since early May' / 이달 초 (2026-05); NIS could not confirm; no page says how it "
      "ended. 한국행을 시도할 가능성 (h3k07) is a possibility, no event."),
    E("G3-jakarta-control-2026", "control_measure", "reported",
      [S(None, "staff at the North Korean embassy in Jakarta", "diplomat", None)],
      P("ID", "Jakarta"), None, D("2026-06", "month"), ["Peninsula Ledger"],
      "passports to a security officer, out only in pairs, 'this month' (h3e19, 2026-06-25)"),
    # --- Bangkok: reported, then denied ---
    E("G3-bangkok-yun-2026", "defection", "denied",
      [S("Yun Hak-chol", "a North Korean trade official stationed in Thailand", "trade_official", 1, 46)],
      P("TH", "Bangkok"), None, D("2026-06", "month"),
      ["Pacific Dispatch", "Thai immigration police", "Mekong Herald"],
      "sought asylum 'early this month' (h3e20, dated 06/09/2026 = 9 June); Thai police deny on record "
      "(h3e21, Yoon Hak-chul); destination not reached, left empty"),
    # --- Prague ---
    E("G3-prague-kim-2025", "defection", "confirmed",
      [S("Kim Yu-jin", "a second secretary at the North Korean embassy in the Czech Republic", "diplomat", 1, 38),
       S(None, "his wife", "family_member", 1)],
      P("CZ", "Prague"), "KR", D("2025-10", "month"),
      ["unification ministry", "Hanul Wire", "Asia Briefing", "한빛타임스"],
      "left Prague 'in mid-October' (10월 중순), arrived in November: dated when they left; "
      "Kim Yoo-jin in h3e23, where the Japanese broadcaster is a bystander"),
    E("G3-prague-2009", "defection", None,
      [S(None, "a North Korean diplomat posted in the Czech Republic", "diplomat")],
      P("CZ"), None, D("2009", "year"), ["Hanul Wire"],
      "background anchor: 'the first North Korean diplomat posted in the Czech Republic known to "
      "have defected since 2009'"),
    # --- Hunchun seafood plants ---
    E("G3-hunchun-recall-2026", "recall", "reported",
      [S(None, "more than 150 women working at seafood processing plants in Hunchun", "overseas_worker", 150)],
      P("CN", "Hunchun", "Jilin"), "KP", D("2026-04-08", "day"), ["Border Report"],
      "Pyongyang ordering its workers home is a recall; 'on 8 April'"),
    E("G3-hunchun-workers-2026", "defection", "reported",
      [S(None, "two women working at a seafood plant, both in their twenties", "overseas_worker", 2)],
      P("CN", "Hunchun", "Jilin"), "KR", D("2026-03", "month"), ["Border Report"],
      "ran away 'in March', reached South Korea 'this month' (April): dated when they left"),
    # --- Yalu: killing at the river and the buffer zone ---
    E("G3-sinuiju-shooting-2026", "punishment", "reported",
      [S(None, "a woman in her forties", "civilian", 1),
       S(None, "her teenage son, about 15", "civilian", 1, 15, True)],
      P("KP", "Sinuiju", "North Pyongan"), None, D("2026-04", "month"), ["Northern Lens", "한빛타임스"],
      "killings at the border are punishment (codebook); 'in early April' / 이달 초 (2026-04-22/23); "
      "h3e25 shows its date as '26-04-22'. The 1990s famine is background, no event."),
    E("G3-yalu-buffer-2026", "control_measure", "reported", [],
      P("KP", None, "North Pyongan"), None, D("2026-03", "month"), ["Northern Lens", "한빛타임스"],
      "'sanitary buffer zone' with orders to shoot, declared 'Since March' / 지난 3월부터: framed as "
      "disease control, but the text ties it to stopping crossings (codebook)"),
    # --- Feature: family by sea (no publication date) ---
    E("G3-yellowsea-kang-2025", "defection", "reported",
      [S("Kang Chol-ho", "a 44-year-old fisherman from a village near Haeju", "civilian", 1, 44),
       S(None, "his wife, their son and daughter and his younger brother", "civilian", 4)],
      P("KP", None, "South Hwanghae"), "KR", D("2025-09", "month"), ["Lens Magazine"],
      "explicit 'In September 2025' on an undated page; five who flee together as equals are "
      "civilians (count 5), not 'one family' = 1; 'had thought about leaving for years' and the "
      "generic sentence on the Yellow Sea route are no events"),
    E("G3-song-2017", "defection", None,
      [S("Song Ki-chol", "a former trade official", "trade_official")],
      P(), "KR", D("2017", "year"), ["Lens Magazine"],
      "a quoted source 'who defected in 2017': the codebook makes background mentions events, but "
      "the failure classes treat a speaker's own past as no subject of the article; left optional",
      optional=True),
    # --- Korean-only: soldier deserting into China; train arrest ---
    E("G3-hyesan-soldier-attempt-2026", "attempted_defection", "reported",
      [S(None, "양강도 혜산 지역 국경경비대 소속 병사 1명 (20대 초반)", "military")],
      P("KP", "Hyesan", "Ryanggang"), None, D("2026-02", "month"), ["대북 소식통", "새날뉴스"],
      "탈영해 ... 중국으로 도주, crossed 지난달 3일 (2026-02-03), caught two days later in Changbai: "
      "origin is where he served (KP)"),
    E("G3-hyesan-soldier-repatriation-2026", "repatriation", "reported",
      [S(None, "국경경비대 소속 병사", "military")],
      P("CN", "Changbai"), "KP", D("2026-02-10", "day"), ["대북 소식통", "새날뉴스"],
      "중국 공안은 지난달 10일 이 병사를 북측에 넘겼다 (2026-03-12 -> 10 February); 돌려보내진/돌려보낸"),
    E("G3-kunming-train-attempt-2026", "attempted_defection", "reported",
      [S(None, "탈북민 6명 (여성 4명, 남성 2명)", "civilian", 6)],
      P("KP"), None, D("2026-07-15", "day"), ["탈북난민구호연대", "누리일보"],
      "arrested 지난 15일 on a train bound for Kunming (page dated '2026. 7. 21.'); origin KP; "
      "북송 위기 / 강제북송되면 is a prediction, no repatriation"),
    # --- Single-page easy reports ---
    E("G3-doha-worker-2026", "defection", "confirmed",
      [S(None, "a North Korean construction worker in his thirties", "overseas_worker")],
      P("QA", "Doha"), "KR", D("2026-07", "month"), ["unification ministry", "Gulf Observer"],
      "left 'in mid-July', arrived in Seoul on 28 August: dated when he left; the 2017 visa stop is "
      "background policy, no event"),
    E("G3-shenyang-it-2025", "defection", "confirmed",
      [S(None, "three North Korean information technology workers dispatched to Shenyang", "overseas_worker", 3)],
      P("CN", "Shenyang"), "KR", D("2025-12", "month"), ["NIS", "Cho Hyun-woo", "Hanul Wire"],
      "'in December' against 2026-01-28 -> 2025; the NIS on record via a named lawmaker"),
    E("G3-china-it-control-2026", "control_measure", "confirmed",
      [S(None, "its IT workers in China", "overseas_worker", None)],
      P("CN"), None, D(None, "unknown"), ["NIS", "Hanul Wire"],
      "groups of five under a security official, passports to the company, 'Since the defections' "
      "(after December 2025): no datable start"),
]
