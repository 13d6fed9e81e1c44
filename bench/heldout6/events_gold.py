"""Gold events of the heldout6 benchmark, annotated by /work/shared/bench/GUIDELINES.md from the
page texts in articles_en.py and articles_ko.py only. All people and events are invented.

Dates are as precise as the text allows, relative dates resolved against the page's publication
date. A defection first told as a disappearance is one defection event, dated when the person
left (not when they arrived or when it was confirmed). Background mentions ("the first since July
last year, when ...", "Previously, 45 ... on 3 March", "differs from one in 2019, when ...") are
events of their own; their status is None where no page gives sourcing for them. `reported` is
filled in by build.py from the pages.
"""


from heldout_build import D, E, P, S  # noqa: E402 (build.py puts bench/ on the path)


EVENTS = [
    # --- Sofia: not seen (h6e01), wire confirmation twice (h6e02, h6e03, h6k01), long read with
    #     the ambassador's recall, rules for the staff and children ordered home (h6e04),
    #     relatives banished (h6e05, h6k02) ---
    E("G6-sofia-pak-2025", "defection", "confirmed",
      [S("Pak Chol-jun", "economic counsellor at the North Korean embassy in Sofia", "diplomat", 1, 51),
       S(None, "his wife", "family_member"),
       S(None, "their 13-year-old son", "family_member", 1, 13, True)],
      P("BG", "Sofia"), "KR", D("2025-09-14", "day"),
      ["Balkan Ledger", "Pacific Newswire", "Harbour Times", "Ministry of Unification", "The Long Read",
       "NK Watch Desk", "Hanbit Ilbo", "Tongil Nuri"],
      "Dated when the family left Sofia (Sunday 14 September 2025; h6k01 gives the day), not the "
      "November arrival or the 2 December confirmation. Confirmed by the unification ministry. "
      "'since 2021' (his posting), 'since 1974' (the villa), 'from 1948' (relations) and 'the first "
      "... since 2019' are anchors, not dates or events."),
    E("G6-yoon-2013", "defection", None,
      [S("Yoon Tae-sik", "a former North Korean diplomat who left his post in Beijing", "diplomat")],
      P("CN", "Beijing"), "KR", D("2013", "year"),
      ["Pacific Newswire", "Harbour Times"],
      "A quoted speaker whose own earlier flight is stated in a relative clause; optional (SB-SPEAKER).",
      optional=True),
    E("G6-sofia-recall-2025", "recall", "reported",
      [S("Chae Song-il", "the ambassador", "diplomat")],
      P("BG", "Sofia"), "KP", D("2025-10-06", "day"),
      ["The Long Read"],
      "'called back to Pyongyang ... boarded a flight via Istanbul on 6 October' (Istanbul is a transit)."),
    E("G6-sofia-control-2025", "control_measure", "reported",
      [S(None, "employees of the embassy in Sofia", "diplomat", None)],
      P("BG", "Sofia"), None, D("2025-10", "month"),
      ["The Long Read"],
      "Leave the compound only in pairs, passports to the security counsellor, no taxis, 'from October'."),
    E("G6-europe-children-recall-2025", "recall", "reported",
      [S(None, "the school-age children of its diplomats in several European capitals", "family_member",
         None, None, True)],
      P(None, None, "Europe"), "KP", D("2025-11", "month"),
      ["The Long Read"],
      "Pyongyang ordering staff's children home is a recall; 'At least four children left Sofia' is a "
      "part of it, not a count of the whole."),
    E("G6-sofia-relatives-2026", "punishment", "unconfirmed",
      [S(None, "his mother", "civilian"),
       S("Pak Chol-ho", "his younger brother", "civilian", 1, 46)],
      P("KP", "Pyongyang"), None, D("2026-01", "month"),
      ["NK Watch Desk", "Tongil Nuri"],
      "Banished from Pyongyang to a mining district in South Hamgyong 'last month' (h6e05, 10 Feb) / "
      "지난달 (h6k02, 11 Feb). The ministry 'could not verify' / '확인해 줄 수 없다': unconfirmed. "
      "'commonly banished' is generic."),

    # --- Western front: JCS (h6e06, h6k03), broadcast with hard line breaks (h6e07), platoon
    #     replaced (h6e08) ---
    E("G6-yeoncheon-soldier-2025", "defection", "confirmed",
      [S(None, "a private in his early 20s", "military")],
      P("KP"), "KR", D("2025-11-18", "day"),
      ["Joint Chiefs of Staff", "Korea Timeline", "KTVI News 24", "Seoul Wire", "NK Watch Desk"],
      "'on Tuesday' in a page of Wednesday 19 November; Yeoncheon is the southern side. '1950-53 war' "
      "is an anchor."),
    E("G6-paju-sergeant-2024", "defection", None,
      [S(None, "a North Korean sergeant", "military")],
      P("KP"), "KR", D("2024-07", "month"),
      ["Korea Timeline", "Seoul Wire"],
      "Background: 'the first ... since July last year, when a sergeant crossed near Paju' / 지난해 7월."),
    E("G6-yeoncheon-punish-2025", "punishment", "reported",
      [S(None, "the guard platoon, 30 or so soldiers", "military", 30),
       S(None, "the platoon leader and political officer", "military", 2)],
      P("KP"), None, D("2025-12", "month"),
      ["NK Watch Desk"],
      "Platoon taken off the line and its officers reassigned to a road-building unit, presented as the "
      "penalty for the crossing (TR-PUNISH). South Korea relieving its own company commander is out of "
      "the domain."),

    # --- Sea arrivals: Uljin (h6e09, h6e10, h6k04; background in h6e11, h6k05), Yeonpyeong (h6e11,
    #     h6e12 undated, h6k05) ---
    E("G6-uljin-boat-2026", "defection", "confirmed",
      [S(None, "two fishermen from Sinpo, aged 38 and 29", "civilian", 2)],
      P("KP", "Sinpo", "South Hamgyong"), "KR", D("2026-05-07", "day"),
      ["East Coast Daily", "Korea Timeline", "Ministry of Unification", "Dong-hae Ilbo", "Pacific Newswire",
       "Seoul Wire"],
      "Left Sinpo on 7 May ('two days before the boat was found' on Saturday 9 May; h6e10 and h6k05 give "
      "the 7th). Only the two who stayed defected; the third man's return through Panmunjom at his "
      "request is no repatriation. 'A coast guard patrol vessel confirmed that three people were aboard' "
      "is not the confirmation; the ministry's statement is."),
    E("G6-sokcho-tube-2024", "defection", None,
      [S(None, "a man", "civilian")],
      P("KP"), "KR", D("2024-10", "month"),
      ["East Coast Daily", "Dong-hae Ilbo"],
      "Background: 'since October 2024, when a man floated across ... near Sokcho on a rubber tube'."),
    E("G6-jumunjin-2019", "defection", None,
      [S(None, "four men", "civilian", 4)],
      P("KP"), "KR", D("2019", "year"),
      ["Korea Timeline"],
      "Background compared case: 'differs from one in 2019, when four men sailed ... into the harbour at "
      "Jumunjin'."),
    E("G6-yeonpyeong-boat-2026", "defection", "confirmed",
      [S(None, "two North Korean men", "civilian", 2)],
      P("KP"), "KR", D("2026-06-03", "day"),
      ["Joint Chiefs of Staff", "Pacific Newswire", "KTVI News 24", "Seoul Wire"],
      "'on Wednesday' (page of Thursday 4 June); the undated clip gives 'June 3' without a year. "
      "'since 2023' (hotline) is an anchor."),

    # --- Khabarovsk workers: arrest (h6e13, h6k06, h6k07), deportation (h6e14, h6k06, h6k07), rules
    #     (h6e15), sentences (h6k07) ---
    E("G6-khabarovsk-attempt-2026", "attempted_defection", "confirmed",
      [S("Kim Chol-u", "a North Korean construction worker", "overseas_worker"),
       S(None, "two other construction workers aged between 31 and 44", "overseas_worker", 2)],
      P("RU", "Khabarovsk"), None, D("2026-02-06", "day"),
      ["Amur Observer", "Khabarovsk regional interior ministry", "Hanbit Ilbo", "Tongil Nuri"],
      "Caught at the railway station on Friday 6 February after leaving the site on 1 February; origin "
      "where they were posted (RU). Confirmed by the regional interior ministry on record. 'could face "
      "deportation' (h6e13) is a prediction."),
    E("G6-khabarovsk-repat-2026", "repatriation", "reported",
      [S(None, "three construction workers", "overseas_worker", 3)],
      P("RU", "Khabarovsk"), "KP", D("2026-02-20", "day"),
      ["Freedom North Network", "Hanbit Ilbo", "Tongil Nuri"],
      "Flown from Vladivostok (transit) on 20 February; the Seoul-based NGO's base is a bystander."),
    E("G6-khabarovsk-control-2026", "control_measure", "reported",
      [S(None, "North Korean construction crews in the Russian Far East", "overseas_worker", None)],
      P("RU", None, "Russian Far East"), None, D("2026-03", "month"),
      ["Amur Observer"],
      "Dormitories after dark, phones collected, counted morning and evening 'since the beginning of March'."),
    E("G6-khabarovsk-punish-2026", "punishment", "reported",
      [S(None, "three construction workers returned from Russia", "overseas_worker", 3)],
      P("KP"), None, D("2026-04", "month"),
      ["Tongil Nuri"],
      "교화형 10년 선고, 지난달 in a page of 8 May 2026."),

    # --- Mongolia: waitresses vanish (h6e16) and reach Seoul (h6e17, h6k08), workers flown home
    #     (h6e18, h6k08), embassy closure denied (h6e19) ---
    E("G6-ulaanbaatar-waitresses-2026", "defection", "unconfirmed",
      [S(None, "four waitresses at a North Korean restaurant, in their twenties", "restaurant_worker", 4)],
      P("MN", "Ulaanbaatar"), "KR", D("2026-01-23", "day"),
      ["The Steppe Post", "Korea Timeline", "Bukhan Now"],
      "h6e16 (30 Jan, 'last Friday night', whereabouts unknown) is resolved by h6e17/h6k08 (arrived in "
      "Seoul in April): one defection dated 23 January. The ministry declines to confirm: unconfirmed. "
      "'since 1948' is an anchor."),
    E("G6-mongolia-recall-2026", "recall", "reported",
      [S(None, "about 90 North Korean workers: cooks, waitresses, sewing workers and labourers",
         "overseas_worker", 90)],
      P("MN", "Ulaanbaatar"), "KP", D("2026-03-12", "day"),
      ["The Steppe Post", "Bukhan Now"],
      "One chartered flight on Thursday 12 March (지난달 12일, 90여 명): a dated mass event. 'from more "
      "than 1,200 in 2017' is a statistic."),
    E("G6-ulaanbaatar-closure-2026", "mission_closure", "denied",
      [],
      P("MN", "Ulaanbaatar"), None, D("2026-05-29", "day"),
      ["The Steppe Post"],
      "Reported closure on May 29, denied on record by the embassy."),

    # --- Returns from China: Helong (h6e20, h6e21, h6k09) with earlier transfers, Yanji arrest
    #     (h6e22), Linjiang (h6e31) ---
    E("G6-helong-repat-2026", "repatriation", "reported",
      [S(None, "more than 200 North Koreans, most of them women", "civilian", 200)],
      P("CN", "Helong", "Jilin"), "KP", D("2026-04-27", "day"),
      ["Border Notes", "Asia Pacific Watch", "Hanbit Ilbo"],
      "'on Monday night' (page of Wednesday 29 April), 'late on April 27', 지난 27일 밤; 'more than 200' / "
      "'About 200' / 200여 명 → 200. Tokyo-based group, Geneva and Seoul-based network are bystanders; "
      "'Nanping-Musan bridge' names the receiving town."),
    E("G6-kaishantun-repat-2025", "repatriation", "reported",
      [S(None, "about 380 people", "civilian", 380)],
      P("CN", "Kaishantun", "Jilin"), "KP", D("2025-10-14", "day"),
      ["Border Notes"],
      "Background: 'the largest single transfer since 14 October last year, when about 380 ...'."),
    E("G6-sanhe-repat-2026", "repatriation", "reported",
      [S(None, "45 detainees", "civilian", 45)],
      P("CN", "Sanhe", "Jilin"), "KP", D("2026-03-03", "day"),
      ["Border Notes", "Hanbit Ilbo"],
      "Background: 'Previously, 45 detainees had been returned through the Sanhe crossing on 3 March' / "
      "지난달 3일."),
    E("G6-yanji-attempt-2026", "attempted_defection", "reported",
      [S(None, "four women and a man", "civilian", 5),
       S(None, "a 15-year-old girl", "civilian", 1, 15, True)],
      P("KP", "Hoeryong"), None, D("2026-04-11", "day"),
      ["Border Notes"],
      "Arrested at Yanji bus terminal 'on Saturday' (page of Tuesday 14 April). Origin is where they left "
      "from (Hoeryong county), not Yanji; 'face repatriation' is a prediction."),
    E("G6-linjiang-attempt-2025", "attempted_defection", "reported",
      [S(None, "three women and two men from Hyesan and Pochon", "civilian", 5)],
      P("KP"), None, D("2025-10-19", "day"),
      ["Border Notes"],
      "Arrested in a raid on a safe house in Linjiang on Oct. 19; origin KP."),
    E("G6-linjiang-repat-2025", "repatriation", "reported",
      [S(None, "five North Koreans", "civilian", 5)],
      P("CN", "Linjiang", "Jilin"), "KP", D("2025-11", "month"),
      ["Border Notes"],
      "'handed over ... earlier this month' / 'in the second week of November'; Baishan is where they "
      "were held."),

    # --- Border: Musan (h6e23; execution also in h6k10), Saebyol and the 'quarantine belt' (h6e24,
    #     h6k10) ---
    E("G6-musan-attempt-2025", "attempted_defection", "reported",
      [S("Jo Myong-nam", "a man caught trying to cross the Tumen", "civilian", 1, 34),
       S(None, "his cousin", "civilian")],
      P("KP", "Musan", "North Hamgyong"), None, D("2025-07", "month"),
      ["NK Watch Desk"],
      "Stopped by border guards on the riverbank in July."),
    E("G6-musan-execution-2025", "punishment", "reported",
      [S("Jo Myong-nam", "a man caught trying to cross the Tumen", "civilian", 1, 34),
       S(None, "his cousin", "civilian")],
      P("KP", "Musan", "North Hamgyong"), None, D("2025-09-16", "day"),
      ["NK Watch Desk", "Bukhan Now"],
      "'last Tuesday' in a page of Wednesday 24 September = 16 September (h6k10: 지난 9월 16일). 'around "
      "3,000 people ... made to watch' is not a count of subjects. h6k10 mentions the attempt only in "
      "the description of the executed men."),
    E("G6-saebyol-shooting-2025", "punishment", "reported",
      [S(None, "a woman in her thirties", "civilian")],
      P("KP", "Saebyol", "North Hamgyong"), None, D("2025-12-02", "day"),
      ["Border Notes", "Bukhan Now"],
      "Shot dead by guards while crossing the Tumen: a punishment under the codebook."),
    E("G6-saebyol-attempt-2025", "attempted_defection", "reported",
      [S(None, "a woman in her thirties", "civilian")],
      P("KP", "Saebyol", "North Hamgyong"), None, D("2025-12-02", "day"),
      ["Border Notes", "Bukhan Now"],
      "Whether the stopped crossing of the woman shot dead is also an attempt is left optional.",
      optional=True),
    E("G6-tumen-buffer-order-2025", "control_measure", "reported",
      [],
      P("KP", None, "North Hamgyong"), None, D("2025-11", "month"),
      ["Border Notes", "Bukhan Now"],
      "A one-kilometre 'quarantine belt' framed as African swine fever prevention, with orders to shoot, "
      "tied by the text to people trying to cross. 'If the river stays frozen ... more attempts are "
      "expected' is a prediction."),

    # --- Closures: Kampala (h6e25, h6e26, h6k11; background in h6e19), Luanda and Brasilia (listed) ---
    E("G6-kampala-closure-2026", "mission_closure", "confirmed",
      [],
      P("UG", "Kampala"), None, D("2026-03-30", "day"),
      ["Lake Region Tribune", "Continent Wire", "Uganda Ministry of Foreign Affairs", "Seoul Wire",
       "The Steppe Post"],
      "Closed Monday 30 March, announced Thursday 2 April (statement date, not the closure date). Dar es "
      "Salaam / Tanzania take over (bystander); 'open since 1972', 'relations in 1963' are anchors."),
    E("G6-luanda-closure-2025", "mission_closure", None,
      [],
      P("AO", "Luanda"), None, D("2025-10", "month"),
      ["Lake Region Tribune", "Continent Wire", "Seoul Wire"],
      "Listed: 'the North's withdrawal from Angola in October' (2025, from the April 2026 pages)."),
    E("G6-brasilia-closure-2025", "mission_closure", None,
      [],
      P("BR", "Brasilia"), None, D("2025-12", "month"),
      ["Lake Region Tribune", "Continent Wire", "Seoul Wire"],
      "Listed: 'and from Brazil in December'."),

    # --- Single-page stories ---
    E("G6-islamabad-kim-2026", "defection", "denied",
      [S("Kim Hyon-u", "the embassy's commercial attaché", "diplomat"),
       S(None, "his wife", "family_member")],
      P("PK", "Islamabad"), "third_country", D("2026-05", "month"),
      ["The Indus Dispatch", "Nawa-e-Markaz"],
      "Reported as having left Pakistan 'earlier in May' and being sheltered by a European government; "
      "denied on record by the embassy."),
    E("G6-kuwait-missing-2026", "disappearance", "reported",
      [S(None, "two North Korean construction workers", "overseas_worker", 2)],
      P("KW", "Kuwait City"), None, D("2026-01-05", "day"),
      ["Gulf Ledger"],
      "Never resolved. 'since 2017' (visa stop) is an anchor."),
    E("G6-almaty-kye-2026", "defection", "confirmed",
      [S("Kye Hyang-mi", "a North Korean table tennis player", "civilian", 1, 24)],
      P("KZ", "Almaty"), "KR", D("2026-02-08", "day"),
      ["SportsDesk 24", "Kazakhstan Ministry of Foreign Affairs", "Korea Timeline", "Hanbit Sports"],
      "Left the hotel on Sunday night 8 February and walked into the South Korean embassy; arrived in "
      "Seoul in March. 'A defection by an athlete of her standing would once have been unthinkable' "
      "is no event."),
    E("G6-almaty-team-recall-2026", "recall", "reported",
      [S(None, "her 11 teammates and officials", "civilian", 11)],
      P("KZ", "Almaty"), "KP", D("2026-02-09", "day"),
      ["SportsDesk 24", "Hanbit Sports"],
      "Put on an early flight home on Monday 9 February, ordered by the delegation: a recall."),
    E("G6-almaty-coach-punish-2026", "punishment", "reported",
      [S("Ryom Kwang-sik", "head coach of the women's table tennis team", "official"),
       S(None, "the security official who travelled with the team", "official")],
      P("KP"), None, D("2026-04", "month"),
      ["Korea Timeline"],
      "Sent to a coal mine 'earlier this month' (page of 20 April)."),
    E("G6-athlete-passport-control-2026", "control_measure", "reported",
      [S(None, "athletes travelling to competitions abroad", "civilian", None)],
      P("KP"), None, D("2026-03", "month"),
      ["Korea Timeline"],
      "Passports to the security official, no leaving the hotel without a minder, 'Since March'."),
    E("G6-malabo-han-2025", "defection", "reported",
      [S("Han Ung-chol", "a construction worker on a stadium site", "overseas_worker", 1, 39)],
      P("GQ", "Malabo"), "KR", D("2025-12-07", "day"),
      ["The Long Read"],
      "Narrative ('told the supervisor he had a toothache ... took a shared taxi to the port instead'): "
      "Sunday 7 December 2025; arrived in Seoul in March 2026. Douala/Cameroon is a transit. 'about 60 "
      "North Koreans work' is a statistic."),
    E("G6-gobi-so-family", "defection", "reported",
      [S("So Kyong-ae", "a mother", "civilian"),
       S("Myong-hui", "her daughter, in her twenties", "civilian"),
       S("Myong-sun", "her daughter, in her twenties", "civilian")],
      P("KP"), "KR", D(None, "unknown"),
      ["Crossing Stories"],
      "Undated feature: 'Last winter' cannot be resolved. They fled as equals (civilian). Inner Mongolia, "
      "Mongolia and Ulaanbaatar are transit."),
    E("G6-weihai-attempt-2026", "attempted_defection", "reported",
      [S(None, "five North Korean women working at a seafood processing plant", "overseas_worker", 5)],
      P("CN", "Weihai", "Shandong"), None, D("2026-02", "month"),
      ["Bukhan Now"],
      "지난달 in a page of 16 March 2026; posted in China, so origin CN; 북송될 위기 is a prediction; Dalian "
      "is where they were heading."),
    E("G6-phnompenh-missing-2026", "disappearance", "reported",
      [S(None, "the manager couple of a North Korean restaurant", "restaurant_worker", 2)],
      P("KH", "Phnom Penh"), None, D("2026-03", "month"),
      ["Bukhan Now"],
      "이달 초 잠적, 행방이 묘연: never resolved."),
    E("G6-family-guarantee-control-2026", "control_measure", "reported",
      [S(None, "families of workers and trade officials posted abroad", "civilian", None)],
      P("KP"), None, D("2026-01", "month"),
      ["Bukhan Now"],
      "올해 1월부터: families may not leave home and report weekly, to stop staff abroad from leaving."),
    E("G6-hwacheon-soldiers-2026", "defection", "confirmed",
      [S(None, "a staff sergeant", "military"), S(None, "a private", "military")],
      P("KP"), "KR", D("2026-01-22", "day"),
      ["Joint Chiefs of Staff", "Korea Timeline", "Kangwon Maeil"],
      "Two soldiers together on the central front (Hwacheon is the southern side), 'on Thursday' in a page "
      "of Friday 23 January / 22일. Look-alike of the Yeoncheon private (h6e35 cites it as background). "
      "'since 2024' (mines and walls) is an anchor; 'would likely punish entire units' is a prediction."),
    E("G6-belgrade-sin-2025", "defection", "confirmed",
      [S("Sin Kwang-hyok", "a North Korean trade representative who ran an office in New Belgrade",
         "trade_official", 1, 48)],
      P("RS", "Belgrade"), "RS", D("2025-08", "month"),
      ["Danube Herald", "Serbian interior ministry"],
      "Went missing in August 2025 and is resolved in the same article (asylum application in Serbia, "
      "confirmed by the interior ministry): one defection dated when he left, not the September filing or "
      "the June 2026 statement. 'its ambassador in Sofia is also accredited to Belgrade' is a bystander "
      "(not the Sofia defection); 'since ... 2008' is an anchor."),
]
