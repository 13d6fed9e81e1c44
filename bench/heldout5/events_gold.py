"""Gold events of the heldout5 benchmark, annotated by /work/shared/bench/GUIDELINES.md from the
page texts in articles_en.py and articles_ko.py only. All people and events are invented.

Dates are as precise as the text allows, relative dates resolved against the page's publication
date. A defection first told as a disappearance is one defection event, dated when the person
left (not when they arrived). An arrest abroad (attempted_defection) is dated by the arrest.
Background mentions ("the first since August last year", "follows the withdrawal from ...")
are events of their own; their status is None where no page gives sourcing for them.
`reported` is filled in by build.py from the pages.
"""


from heldout_build import D, E, P, S  # noqa: E402 (build.py puts bench/ on the path)


EVENTS = [
    # --- Minsk: not seen (h5e01), ministry confirmation (h5e02, h5k01), narrative (h5e03),
    #     digest (h5e04), head recalled and staff rules (h5e03, h5e05, h5k02), relatives (h5e06) ---
    E("G5-minsk-ryu-2025", "defection", "confirmed",
      [S("Ryu Song-chol", "the deputy representative of the North Korean trade mission in Minsk",
         "trade_official", 1, 47),
       S(None, "his wife and their twelve-year-old daughter", "family_member", 2)],
      P("BY", "Minsk"), "KR", D("2025-11-08", "day"),
      ["unification ministry", "Minsk Courier", "Dongbang Wire", "Eastbound Review", "NK Watch Weekly",
       "The Diplomatic Letter", "Northlight Report", "동방통신", "한빛일보"],
      "left Minsk on the morning of Saturday 8 November (h5e01 neighbour; h5e04 'left Minsk on "
      "8 November'; h5k01 지난해 11월 8일); entered South Korea 'early this month' (January 2026), "
      "which is not the event's date; the ministry confirmed on 15 January (statement date). h5e01 "
      "only says the family has not been seen ('on leave'): folded into the defection. Poland / "
      "Terespol / Warsaw are transit. Spelled Ryu Song Chol (h5e02), Yu Song-chol (h5e04), 류성철."),
    E("G5-minsk-kang-recall-2025", "recall", "reported",
      [S("Kang Chol-min", "the head of the North Korean trade mission in Minsk", "trade_official")],
      P("BY", "Minsk"), "KP", D("2025-12", "month"),
      ["The Diplomatic Letter", "Eastbound Review", "한빛일보"],
      "'called back to Pyongyang in December' (h5e03, 2026-02-10), 'ordered back ... in the first "
      "half of December' (h5e05), 지난해 12월 평양으로 불러들인 (h5k02). 'had headed the trade "
      "mission since 2021' is an anchor; 처벌을 받을 가능성 is a prediction (no punishment event)."),
    E("G5-belarus-staff-control-2026", "control_measure", "reported",
      [S(None, "staff remaining at the North Korean trade mission in Minsk", "trade_official", None)],
      P("BY", "Minsk"), None, D("2026-01", "month"),
      ["The Diplomatic Letter", "Eastbound Review", "한빛일보"],
      "told as rules ('Since January, staff ... have had to leave their passports in a safe', "
      "'under new rules since early January', 올해 1월부터 여권을 보관): one set of rules, one event. "
      "'Similar rules were imposed ... across Europe after earlier defections' is background "
      "without place or date: no event."),
    E("G5-minsk-relatives-2026", "punishment", "reported",
      [S(None, "the elder brother of Ryu Song-chol, his wife and two sons", "civilian", 4)],
      P("KP", "Pyongyang"), None, D("2026-02", "month"),
      ["source in Pyongyang", "Northlight Report"],
      "'taken from its apartment in Pyongyang ... in the middle of February and resettled on a "
      "cooperative farm' (h5e06, 2026-03-05): banishment of relatives = punishment. 'can expect to "
      "be barred from university' is a prediction; 'routinely stripped' is generic."),
    E("G5-hwang-2017", "defection", None,
      [S("Hwang Min-seok", "a former North Korean trade official", "trade_official")],
      P("CN", "Shenyang"), "KR", D("2017", "year"),
      [],
      "a quoted speaker 'who fled from his post in Shenyang in 2017 and now works for a research "
      "institute in Seoul' (h5e03): the background rule and SB-SPEAKER pull in opposite directions, "
      "so optional.", optional=True),

    # --- Closures: Maputo (h5e07, h5e08, h5e09, h5k03), Dhaka and Kinshasa in lists ---
    E("G5-maputo-closure-2026", "mission_closure", "confirmed",
      [], P("MZ", "Maputo"), None, D("2026-04-07", "day"),
      ["Mozambican foreign ministry", "Maputo Tribune", "Dongbang Wire", "Peninsula Ledger", "새날신문"],
      "closed 'on Tuesday' / keys handed over on 7 April; the ministry's statement was on Thursday "
      "9 April (statement date). 'open since 1978', 'established relations in 1975' are anchors; "
      "the embassy in Pretoria / South Africa taking over consular matters is a bystander (no ZA "
      "closure). Seoul's foreign ministry 'following the matter' is a bystander."),
    E("G5-dhaka-closure-2025", "mission_closure", None,
      [], P("BD", "Dhaka"), None, D("2025-09-18", "day"),
      ["Maputo Tribune", "Peninsula Ledger", "새날신문", "겨레투데이"],
      "background only: 'exit from Bangladesh in September' hanging on 'It comes on the heels of' (h5e07), "
      "'a roster that already included the missions in Dhaka, vacated on 18 September last year' "
      "(h5e09, 2026-04-20), 지난해 9월 방글라데시 (h5k03), 지난 9월 ... 다카 주재 대사관도 "
      "철수시켰다 (h5k04, 2025-12-12). No page cites an official source: status None."),
    E("G5-kinshasa-closure-2025", "mission_closure", "confirmed",
      [], P("CD", "Kinshasa"), None, D("2025-12-10", "day"),
      ["DR Congo foreign ministry", "겨레투데이", "Maputo Tribune", "Peninsula Ledger", "새날신문"],
      "h5k04 (2025-12-12): 지난 10일 폐쇄 ... DR콩고 외무부가 12일 밝혔다 (the ministry's "
      "statement date is the 12th). In lists: 'from the Democratic Republic of Congo in December' "
      "(h5e07), 'Kinshasa, shut on 10 December' (h5e09), 12월 콩고민주공화국 (h5k03). "
      "1970년대부터 ... 운영 is an anchor; statue building and military instructors are background "
      "outside the domain."),

    # --- Eastern front: the June 2026 private and the August 2025 junior sergeant (look-alikes),
    #     the Han estuary swimmer one week later, the guard company replaced ---
    E("G5-east-soldier-2026", "defection", "confirmed",
      [S(None, "a North Korean soldier, believed to be a private first class in his early 20s", "military")],
      P("KP", None, "eastern front"), "KR", D("2026-06-02", "day"),
      ["JCS", "NIS", "The Korea Morning Post", "Peninsula Ledger", "Northlight Report", "동방통신", "한빛일보"],
      "'early Tuesday' against Tuesday 2026-06-02 (h5e10), 2일 새벽 (h5k05); h5e11 (3 June) gives "
      "the crossing 'the previous morning' and the JCS briefing 'on Wednesday' (statement date). Background in h5e12 "
      "('after a soldier walked across the eastern front in Inje on June 2'), h5k06 (지난 2일 동부전선) "
      "and h5e15. Inje is the southern county where he was found: no city. South Korea relieving "
      "its own battalion commander is out of the domain; 'If North Korea's front-line units keep losing men' "
      "is hypothetical."),
    E("G5-east-soldier-2025", "defection", "confirmed",
      [S(None, "a North Korean junior sergeant in his 20s", "military")],
      P("KP", None, "eastern front"), "KR", D("2025-08-19", "day"),
      ["JCS", "Border Pulse", "The Korea Morning Post", "동방통신"],
      "own page h5e14 ('on Tuesday morning', 2025-08-19); background in h5e10 ('since August last "
      "year, when a junior sergeant walked across near Goseong') and h5k05 (지난해 8월 이후 처음). "
      "'About 70 ... since the 1953 armistice' is a statistic."),
    E("G5-east-guard-punished-2026", "punishment", "reported",
      [S(None, "the company that guarded the sector, with its commander and political instructor",
         "military", None)],
      P("KP", None, "eastern front"), None, D("2026-06", "month"),
      ["source in Kangwon province", "Northlight Report"],
      "'pulled the entire company ... out of the front line in the middle of this month' and "
      "commander and political instructor 'sent to work at a quarry' (h5e15, 2026-06-25), presented "
      "as the response to the crossing (TR-PUNISH)."),
    E("G5-han-swimmer-2026", "defection", "confirmed",
      [S(None, "a North Korean man in his 30s, a farm worker from Kaephung county", "civilian")],
      P("KP", None, "Kaephung county"), "KR", D("2026-06-09", "day"),
      ["JCS", "The Korea Morning Post", "Frontier Radio", "한빛일보"],
      "'early Tuesday' / 'at about 2 a.m. on June 9' (h5e12, 2026-06-10), 9일 오전 2시께 (h5k06); "
      "h5e13 is an undated broadcast transcript with hard line breaks ('early on June 9', no year). "
      "Gyodong Island is where he came ashore (destination side), not the origin. Not the eastern "
      "soldier of 2 June: civilian, west coast."),

    # --- East Sea boats ---
    E("G5-eastsea-boat-2025", "defection", "confirmed",
      [S(None, "a man in his 50s, his wife and their two adult sons", "civilian", 4)],
      P("KP", None, "Kosong county"), "KR", D("2025-10-21", "day"),
      ["unification ministry", "coast guard", "East Coast Daily", "Dongbang Wire", "동해안일보"],
      "spotted off Yangyang on Thursday 23 October (h5e16, h5k07 23일, h5e17 'Oct. 23'); they had "
      "left Kosong county 'two days earlier' (이틀 전): dated when they left, 2025-10-21 (same month "
      "either way). A family fleeing together as equals: each civilian. 'A navy patrol vessel "
      "confirmed the sighting and counted four people on deck' is no confirmation; the ministry's on-record "
      "statement is. The two drifting fishermen sent home at their own request (h5e17) are no event."),
    E("G5-eastsea-boat-2024", "defection", None,
      [S(None, "two men", "civilian", 2)],
      P("KP"), "KR", D("2024-09", "month"),
      ["East Coast Daily", "동해안일보"],
      "background only: 'since September last year, when two men came ashore in a rubber dinghy "
      "near Samcheok' (h5e16, 2025-10-24), 지난해 9월 삼척 ... 남성 2명 (h5k07). No sourcing: "
      "status None."),

    # --- Arrests in China in different months, and returns ---
    E("G5-mudanjiang-train-arrest-2025", "attempted_defection", "reported",
      [S(None, "five North Korean women aged between 24 and 51", "civilian", 5)],
      P("KP"), None, D("2025-09-14", "day"),
      ["Asia Rights Monitor", "The Korea Morning Post"],
      "detained by Chinese railway police on a train near Mudanjiang on 14 September (h5e18; h5e19 "
      "'Sept. 14'). 'had crossed the Tumen River in August' is when they left, not the arrest. "
      "Origin KP: they lived in North Korea (caught in China). 'face being sent back' is a "
      "prediction. h5e20 mentions them only inside the description of the return: not cited."),
    E("G5-mudanjiang-return-2025", "repatriation", "reported",
      [S(None, "five North Korean women caught on a train in northeastern China", "civilian", 5)],
      P("CN", "Tumen"), "KP", D("2025-11-06", "day"),
      ["Seoul-based activist", "The Korea Morning Post", "Border Pulse"],
      "'handed over to North Korean border guards on Nov. 6' (h5e19, 2025-11-14); background in "
      "h5e20 ('In November, five North Korean women ... were handed back to the North at Tumen'). "
      "The sending country is China (origin CN)."),
    E("G5-qingdao-arrest-2026", "attempted_defection", "reported",
      [S(None, "a woman in her 40s", "civilian"), S(None, "her teenage son", "civilian", 1, None, True),
       S(None, "a man in his 60s", "civilian")],
      P("KP"), None, D("2026-03-12", "day"),
      ["missionary", "Border Pulse"],
      "'last Thursday' against Wednesday 2026-03-18 = 12 March, 'on the evening of March 12' "
      "(h5e20). 'in hiding in Shandong since the autumn' is an anchor; 'likely to be sent back' is "
      "a prediction. Not the Mudanjiang women (different place, people and month)."),
    E("G5-changbai-mass-return-2026", "repatriation", "reported",
      [S(None, "more than 150 North Koreans, most of them women", "civilian", 150)],
      P("CN", "Changbai"), "KP", D("2026-02-14", "day"),
      ["Northlight Report", "GlobalWire", "UN special rapporteur", "북방뉴스"],
      "one night, one actor: 'on the night of 14 February' (h5e21), 'in a single night last "
      "weekend' / 'on Feb. 14' (h5e22, statement Thursday 19 Feb in Geneva), 지난 14일 밤 150여 명 "
      "(h5k08). Count 150 ('more than 150', 'about 150', 150여 명). Geneva, Seoul's concern, "
      "Hyesan (where they were taken afterwards) are bystanders. 'At least 2,000 ... since the border reopened in 2023', "
      "'down by more than two-thirds', 최소 2천여 명, the habitual 해마다 되풀이되고 있다 and the glossary "
      "line are no events."),

    # --- Donggang garment workers: caught in Yunnan, returned, dormitory rules ---
    E("G5-donggang-workers-attempt-2026", "attempted_defection", "reported",
      [S("Ri Kyong-hui", "a garment worker", "overseas_worker", 1, 26),
       S(None, "three other North Korean women garment workers in their twenties", "overseas_worker", 3)],
      P("CN", "Donggang"), None, D("2026-01-19", "day"),
      ["Asia Rights Monitor", "NK Watch Weekly", "Border Pulse", "북방뉴스"],
      "left the dormitory on 11 January, caught at a checkpoint in Mengla county on 19 January "
      "(h5e23; h5e04 'on Monday' = 19 January; h5k09 멍라현 검문소에서 붙잡혔다). Origin is where "
      "they were posted (Donggang, CN), not Mengla, Laos or Thailand. Spelled Lee Kyung-hee in h5e24, "
      "리경희 in h5k09. 'sent to China ... in 2023' is an anchor."),
    E("G5-donggang-workers-return-2026", "repatriation", "reported",
      [S("Ri Kyong-hui", "a garment worker", "overseas_worker", 1, 26),
       S(None, "three other North Korean women garment workers", "overseas_worker", 3)],
      P("CN", "Dandong"), "KP", D("2026-03", "month"),
      ["source in Dandong", "Border Pulse", "북방뉴스"],
      "'in the first week of March' (h5e24, 2026-03-19), 이달 첫째 주 ... 신의주로 (h5k09, "
      "2026-03-21), 돌려보내져 / 넘겨진. Sinuiju is the receiving side."),
    E("G5-donggang-dorm-control-2026", "control_measure", "reported",
      [S(None, "the North Korean workforce at garment factories in Donggang", "overseas_worker", None)],
      P("CN", "Donggang"), None, D("2026-01", "month"),
      ["Asia Rights Monitor", "북방뉴스"],
      "'Since the escape, the managers ... have locked the dormitories from 8 p.m., taken the "
      "workers' mobile phones and banned any outing without a minder' (h5e23, 2026-02-04); h5k09 "
      "이들이 도주한 이후 ... 기숙사 문을 잠그고. Dated by the escape (January 2026)."),

    # --- UAE: waitresses vanished (never resolved), workers flown home ---
    E("G5-dubai-waitresses-2025", "disappearance", "reported",
      [S(None, "three waitresses and singers at a North Korean restaurant in Dubai's Deira district",
         "restaurant_worker", 3)],
      P("AE", "Dubai"), None, D("2025-12-13", "day"),
      ["Gulf Daily Record", "한빛일보"],
      "'not been seen since the night of December 13' (h5e25), 'where they are is still not "
      "known' four months on (h5e26), 지난해 12월 13일 밤 ... 잠적 (h5k13). No page says how it ended. "
      "'gone home for a family matter' is a claim by a co-worker, not a repatriation."),
    E("G5-uae-workers-recall-2026", "recall", "reported",
      [S(None, "about 120 North Korean construction workers", "overseas_worker", 120)],
      P("AE"), "KP", D("2026-04-22", "day"),
      ["Gulf Daily Record", "한빛일보"],
      "Pyongyang 'ordered its labourers in the UAE to return'; flown out 'on Wednesday' = 22 April "
      "(h5e26, 2026-04-24), 지난 22일 ... 귀국시켰다 (h5k13). One dated act despite 120 people. "
      "Vladivostok is a transit; 'Some 2,000 ... before sanctions tightened in 2017' is a statistic."),

    # --- North Hamgyong and Jagang: attempt and public trial, shooting, shoot order ---
    E("G5-hoeryong-attempt-2026", "attempted_defection", "reported",
      [S("Oh Yong-nam", "the man who organised the crossing", "civilian", 1, 38),
       S(None, "a mother and her adult daughter", "civilian", 2)],
      P("KP", "Hoeryong"), None, D("2026-01", "month"),
      ["sources in Hoeryong", "NK Watch Weekly", "Northlight Report", "한빛일보"],
      "caught on the ice 'in the second week of January' (h5e27, h5k10 1월 둘째 주); h5e04 "
      "(2026-01-23) 'arrested three residents this month'. Caught at home: the attempt and the "
      "punishment are two events."),
    E("G5-hoeryong-trial-2026", "punishment", "reported",
      [S("Oh Yong-nam", "the man who organised the crossing", "civilian", 1, 38),
       S(None, "a mother and her adult daughter", "civilian", 2)],
      P("KP", "Hoeryong"), None, D("2026-02-12", "day"),
      ["sources in Hoeryong", "Northlight Report", "한빛일보"],
      "public trial 'on February 12' (h5e27), 지난 12일 (h5k10): 15, 8 and 5 years = one "
      "punishment of one group for one reason. 'About 2,000 people ... made to watch' is not a "
      "count of subjects; 'more such trials' expected is a prediction."),
    E("G5-manpo-shooting-2025", "punishment", "reported",
      [S(None, "a 43-year-old worker at a timber mill", "civilian", 1, 43)],
      P("KP", "Manpo"), None, D("2025-10-06", "day"),
      ["source in Jagang province", "Daily Frontline"],
      "shot dead while wading across the Yalu 'on the night of October 6' (h5e29); background in "
      "h5e28 ('In October last year a man in his 40s was shot dead ... near Manpo'). The lecture "
      "for residents and his wife's questioning are not annotated."),
    E("G5-manpo-attempt-2025", "attempted_defection", "reported",
      [S(None, "a 43-year-old worker at a timber mill", "civilian", 1, 43)],
      P("KP", "Manpo"), None, D("2025-10-06", "day"),
      ["source in Jagang province", "Daily Frontline"],
      "whether a crossing stopped by a fatal shooting is also an attempted_defection is left open "
      "by the codebook: optional.", optional=True),
    E("G5-jagang-shoot-order-2026", "control_measure", "reported",
      [], P("KP", None, "Jagang province"), None, D("2026-05", "month"),
      ["source in Jagang province", "Daily Frontline"],
      "'ordered since early May to open fire without warning on anyone who approaches the Yalu "
      "River at night without a permit', residents must report absent relatives (h5e28, "
      "2026-05-20): framed as against 'illegal border crossers', tied to escapes."),

    # --- Myanmar arrest ---
    E("G5-tachileik-arrest-2026", "attempted_defection", "confirmed",
      [S(None, "five adults", "civilian", 5), S(None, "two teenagers", "civilian", 2, None, True)],
      P("KP"), None, D("2026-05-11", "day"),
      ["Myanmar police", "Mekong News", "새날신문"],
      "arrested by Myanmar police in Tachileik 'on May 11' (h5e30, named police officer on record: "
      "confirmed), 지난 11일 (h5k11). Origin KP: they left North Korea; China and Laos are the route, "
      "Thailand the goal, Chiang Rai the volunteer's base. 'could be deported to China' / 북송 위기 "
      "/ 송환될 수 있다 are predictions."),

    # --- Bucharest: reported and denied ---
    E("G5-bucharest-ri-2026", "defection", "denied",
      [S("Ri Chang-ho", "a third secretary at the North Korean embassy in Bucharest", "diplomat", 1, 39)],
      P("RO", "Bucharest"), "RO", D("2026-02", "month"),
      ["The Globe Express", "North Korean embassy in Romania", "겨레투데이"],
      "a tabloid 'EXCLUSIVE' that he sought asylum after leaving the embassy 'in the first days of "
      "February' (h5e31); the embassy's statement on 26 February calls it fabricated and says he is "
      "in Pyongyang on leave (h5k12): status denied. Romania's interior ministry declines to comment "
      "on individual cases (not a refusal to confirm this one)."),
]
