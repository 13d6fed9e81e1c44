"""Gold events of the heldout7 benchmark, annotated by /work/shared/bench/GUIDELINES.md from the
page texts in articles_en.py and articles_ko.py only. All people and events are invented.

Dates are as precise as the text allows, relative dates resolved against the page's publication
date. A defection first told as a disappearance is one defection event, dated when the people
left (not when they arrived or when it was confirmed). Background mentions ("the second in
Yanggu in under a year, after a corporal ...", "the first since September, when ...",
"In January last year, 12 people ...") are events of their own; their status is None where no
page gives sourcing for them. One status per event: the strongest on-record statement across its
pages. `reported` is filled in by build.py from the pages.
"""


from heldout_build import D, E, P, S  # noqa: E402 (build.py puts bench/ on the path)


EVENTS = [
    # --- Stockholm: neighbours (h7e01), weekly digest while still missing (h7e21), wire
    #     confirmation twice (h7e02, h7e03, h7k01), analysis (h7e06), long read (h7e04),
    #     NGO statement on the relatives (h7e05), Korean follow-up (h7k02) ---
    E("G7-stockholm-jang-2025", "defection", "confirmed",
      [S("Jang Myong-ho", "first secretary at the North Korean embassy in Stockholm", "diplomat",
         1, 47),
       S(None, "his wife", "family_member"),
       S(None, "their son", "family_member", 1, 14, True)],
      P("SE", "Stockholm"), "KR", D("2025-11-09", "day"),
      ["unification ministry", "Nordbladet", "Asia Desk Wire", "Hannuri News"],
      notes="Date: the family was last seen leaving their flat on Sunday 9 November 2025 (h7e01, "
            "h7e04); h7e02/h7e03 give the arrival 'in December' and the confirmation on 20 "
            "January, which are not the date of the flight. Status: the unification ministry "
            "confirmed on record on 20 January. Type: first told as a disappearance (h7e01, "
            "h7e21), later as arrival in the South: one defection. Names: Jang Myong-ho, Chang "
            "Myong Ho (h7e03), 장명호."),
    E("G7-stockholm-recall-2025", "recall", "reported",
      [S(None, "the embassy's security counsellor and a second secretary", "diplomat", 2)],
      P("SE", "Stockholm"), "KP", D("2025-11", "month"), ["Nordbladet", "Han Eun-jae"],
      notes="Date: 'summoned to Pyongyang in the last week of November' (h7e04). Status: told by "
            "the long read from diplomats in Stockholm, unnamed: reported. Type: summoned home."),
    E("G7-europe-rules-2025", "control_measure", "reported",
      [S(None, "staff of North Korea's missions in Europe", "diplomat")],
      P(None, None, "Europe"), None, D("2025-12", "month"),
      ["Nordbladet", "Bukneok Report"],
      notes="Date: 'Since December' (h7e04), '지난해 12월부터' (h7k02, published February 2026). "
            "Status: reported by sources / the NGO. Type: passports handed to the security "
            "officer, going out only in threes, phone checks: a control on personnel abroad. "
            "Region Europe, no country."),
    E("G7-jang-relatives-2026", "punishment", "reported",
      [S(None, "Jang's parents and his younger brother", "civilian", 3)],
      P("KP", "Pyongyang"), None, D("2026-02", "month"),
      ["Free Voices Korea", "Bukneok Report"],
      notes="Date: 'in early February' (h7e05, published 3 March 2026), '이달 초' (h7k02, published "
            "27 February). Status: an NGO citing sources inside the country: reported. Type: "
            "moved from Pyongyang to a mountain village (banishment). Relatives punished at home "
            "are civilian."),
    E("G7-bern-seo-2016", "defection", None,
      [S("Seo Gwang-nam", "former counsellor at the North's mission in Bern", "diplomat")],
      P("CH", "Bern"), "KR", D("2016", "year"), ["Asia Desk Wire"],
      notes="A quoted analyst 'who himself left his post in Bern in 2016' (h7e06): his own flight "
            "is stated only in the description of a speaker. Debatable, optional.",
      optional=True),

    # --- Yanggu: wire twice (h7e07, h7e08), broadcast with hard line breaks (h7e09), JCS in
    #     Korean (h7k03), officers punished and family registers (h7e10, h7k05), explainer (h7e11)
    E("G7-yanggu-sergeant-2026", "defection", "confirmed",
      [S(None, "a North Korean staff sergeant", "military")],
      P("KP"), "KR", D("2026-02-17", "day"), ["Joint Chiefs of Staff", "Asia Desk Wire"],
      notes="Date: 'early on Tuesday' in the wire of 17 February 2026, 'on Tuesday' in the "
            "broadcast of 18 February, 오늘 오전 (h7k03). Status: JCS on record. Type: walked "
            "across the MDL and is in South Korean custody. Yanggu is the southern side: no "
            "origin city."),
    E("G7-yanggu-corporal-2025", "defection", "confirmed",
      [S(None, "a North Korean corporal", "military")],
      P("KP"), "KR", D("2025-06-24", "day"), ["Joint Chiefs of Staff"],
      notes="Date: 오늘 새벽 in the JCS brief of 24 June 2025 (h7k04); 'in June last year' (h7e07, "
            "h7e08), 지난해 6월 (h7k03), 'June 2025' (h7e11). Status: JCS on record in h7k04. A "
            "look-alike of the 2026 staff sergeant: same county, another year."),
    E("G7-gimpo-soldier-2023", "defection", None,
      [S(None, "a soldier", "military")],
      P("KP"), "KR", D("2023-08", "month"), [],
      notes="Background in the undated explainer (h7e11: 'In August 2023 a soldier waded across "
            "the Han estuary at low tide near Gimpo') and h7e09. No sourcing: status None."),
    E("G7-yanggu-officers-2026", "punishment", "reported",
      [S(None, "the battalion commander, his political officer and the company commander",
         "military", 3)],
      P("KP"), None, D("2026-03", "month"), ["North Tracker", "Bukneok Report"],
      notes="Date: 'in early March' (h7e10, published 20 March), 이달 초 (h7k05, published 18 "
            "March). Status: sources inside the North via NK-focused outlets: reported. Type: "
            "dismissed and sent to a labour unit after the staff sergeant's crossing."),
    E("G7-frontline-families-2026", "control_measure", "reported",
      [S(None, "families of soldiers in front-line units", "civilian")],
      P("KP"), None, D("2026-03", "month"), ["North Tracker", "Bukneok Report"],
      notes="Date: 'this month' (h7e10), 이달 들어 (h7k05). Status: reported. Type: families of "
            "front-line soldiers re-registered and warned they will be moved out if a relative "
            "crosses: a threat to families against would-be defectors."),

    # --- East Sea boat near Donghae (h7e12, h7e13, h7e14, h7k06, h7k07) and look-alikes ---
    E("G7-donghae-boat-2026", "defection", "confirmed",
      [S(None, "North Korean residents: two couples and two adult daughters", "civilian", 6)],
      P("KP", "Kimchaek"), "KR", D("2026-05-12", "day"),
      ["unification ministry", "Joint Chiefs of Staff", "Asia Desk Wire"],
      notes="Date: the boat crossed the NLL before dawn on Tuesday 12 May 2026 and was found at "
            "6:10 (h7e12, h7k06); 'on Tuesday' (h7e13). Status: JCS and the ministry on record. "
            "Count: six by the ministry; h7e13 says seven, citing fishermen who first saw the "
            "boat. Origin city Kimchaek (the port they left, h7k07). Donghae is the receiving side."),
    E("G7-ganghwa-man-2025", "defection", "confirmed",
      [S(None, "a North Korean man in his 30s", "civilian")],
      P("KP"), "KR", D("2025-09-06", "day"), ["unification ministry"],
      notes="Date: 지난 6일 (h7k08, published 8 September 2025); 'on September 6' (h7e15); "
            "'September' in h7e14 / 지난해 9월 (h7k07). Status: the ministry on record. Count: "
            "one of the two aboard stayed; the other asked to go home and was handed over at "
            "Panmunjom: a voluntary return, no event."),
    E("G7-pohang-boat-2024", "defection", None,
      [S(None, "a man", "civilian")],
      P("KP"), "KR", D("2024-07", "month"), [],
      notes="Background in h7k07 (2024년 7월 포항 앞바다에서 목선을 타고 내려온 남성). No sourcing."),

    # --- St Petersburg workers (h7e16, h7e17, h7k09, h7k10) ---
    E("G7-stpete-workers-2026", "defection", "unconfirmed",
      [S("Ko Song-il", "construction worker", "overseas_worker", 1, 38),
       S(None, "a fellow worker", "overseas_worker")],
      P("RU", "St Petersburg"), "KR", D("2026-01-11", "day"),
      ["Neva Courier", "unification ministry", "Seoul Pen"],
      notes="Date: they left the dormitory on the night of Sunday 11 January (h7e16), 1월 11일 밤 "
            "(h7k09); arrival in Seoul in March is not the date. Status: the ministry said it "
            "could not confirm individual arrivals: unconfirmed. Names: Ko Song-il, Koh "
            "Sung-il (h7e17), 고성일."),
    E("G7-stpete-phones-2026", "control_measure", "reported",
      [S(None, "North Korean workers in St Petersburg", "overseas_worker")],
      P("RU", "St Petersburg"), None, D("2026-01", "month"), ["Neva Courier", "Seoul Pen"],
      notes="Date: 'since late January' (h7e16), 1월 말부터 (h7k09). Status: reported. Type: phones "
            "collected, leaving the site only in groups with a minder."),
    E("G7-stpete-recall-2026", "recall", "reported",
      [S(None, "North Korean construction workers in St Petersburg", "overseas_worker", 150)],
      P("RU", "St Petersburg"), "KP", D("2026-04-21", "day"), ["Neva Courier", "Seoul Pen"],
      notes="Date: 'on Tuesday' (h7e17, published Thursday 23 April 2026), 지난 21일 (h7k10). "
            "Count: 'about 150', 150여 명. Status: reported. Type: flown home on orders."),
    E("G7-sakhalin-ri-2025", "defection", "reported",
      [S("Ri Chol-man", "worker at a fish-processing plant in Yuzhno-Sakhalinsk", "overseas_worker",
         1, 41)],
      P("RU", "Yuzhno-Sakhalinsk"), "KR", D("2025-10", "month"), ["Tongil Journal"],
      notes="Korean only (h7k12): left in 지난해 10월 (published January 2026), arrived 지난달. "
            "Status: 정부 소식통: reported."),

    # --- Tianjin students (h7e18, h7e19) ---
    E("G7-tianjin-student-2025", "defection", "reported",
      [S(None, "a postgraduate student", "civilian")],
      P("CN", "Tianjin"), "KR", D("2025-12", "month"), ["Yellow Sea Post", "Daily Meridian"],
      notes="Date: 'left campus in December' (h7e18). Status: 'is believed to have reached South "
            "Korea', sources: reported. Type: defection (arrived in the South); the hedge is on "
            "the route, not on the flight."),
    E("G7-tianjin-recall-2026", "recall", "reported",
      [S(None, "North Korean students at universities in Tianjin", "civilian", 20)],
      P("CN", "Tianjin"), "KP", D("2026-02", "month"), ["Yellow Sea Post", "Daily Meridian"],
      notes="Date: 'last week' (h7e18, published Thursday 12 February 2026: 2-8 February); "
            "'earlier this month' (h7e19). Count: 'about 20' (h7e18), '21' (h7e19): 20. Status: "
            "reported."),
    E("G7-tianjin-rules-2026", "control_measure", "reported",
      [S(None, "North Korean students remaining in China", "civilian")],
      P("CN"), None, D("2026-02", "month"), ["Yellow Sea Post"],
      notes="Date: 'from this month' (h7e18). Type: weekly reporting to the embassy, no leaving "
            "campus without a minder. Status: reported."),

    # --- Xi'an waitresses (h7e20, h7k13, h7e21) ---
    E("G7-xian-waitresses-2025", "disappearance", "unconfirmed",
      [S(None, "waitresses at a North Korean-run restaurant in Xi'an", "restaurant_worker", 3)],
      P("CN", "Xi'an"), None, D("2025-12-05", "day"),
      ["Yellow Sea Post", "unification ministry"],
      notes="Date: not seen since the evening of Friday 5 December (h7e20), 지난 5일 (h7k13). "
            "Status: the ministry 'could not confirm' on record: unconfirmed. Never resolved "
            "(h7e21: 'still unaccounted for')."),

    # --- Harbin trade office (h7e22, h7k14) ---
    E("G7-harbin-choe-2026", "disappearance", "reported",
      [S("Choe Myong-sik", "deputy head of the North Korean trade office in Harbin",
         "trade_official", 1, 52)],
      P("CN", "Harbin"), None, D("2026-03", "month"), ["Daily Meridian", "Seoul Pen"],
      notes="Date: 'has not been seen since early March' (h7e22), 3월 초 (h7k14). Status: "
            "reported by business contacts. Never resolved."),
    E("G7-harbin-recall-2026", "recall", "reported",
      [S(None, "the four remaining staff of the Harbin trade office", "trade_official", 4)],
      P("CN", "Harbin"), "KP", D("2026-03", "month"), ["Daily Meridian", "Seoul Pen"],
      notes="Date: 'last week' (h7e22, published 27 March 2026: 16-22 March), 지난주 (h7k14). "
            "Status: reported. Type: ordered back to Pyongyang."),

    # --- Longjing women: arrest (h7e23, h7e24), return (h7e24, h7e25), trial (h7e25, h7k12) ---
    E("G7-longjing-arrest-2025", "attempted_defection", "reported",
      [S(None, "North Korean women", "civilian", 4)],
      P("KP"), None, D("2025-10-21", "day"), ["Border Lantern Network"],
      notes="Date: arrested 'on Tuesday' (h7e23, published Monday 27 October: 21 October); "
            "'on 21 October' (h7e24). Status: NGO: reported. Type: arrested abroad before "
            "reaching refuge; origin KP (they lived in the North)."),
    E("G7-longjing-return-2025", "repatriation", "reported",
      [S(None, "the four women", "civilian", 4)],
      P("CN", "Quanhe"), "KP", D("2025-11-13", "day"), ["Border Lantern Network"],
      notes="Date: 'last Thursday' (h7e24, published Tuesday 18 November: 13 November). Status: "
            "reported. Origin: the crossing named (Quanhe). h7e25 ('sent back from China in November') and "
            "h7k12 (지난해 11월 중국에서 강제 송환된) mention it, dated, inside the trial: they "
            "cite it (the arrest is mentioned there only undated, h7e25, and is not cited)."),
    E("G7-chongjin-trial-2026", "punishment", "reported",
      [S(None, "the four women returned from China", "civilian", 4)],
      P("KP", "Chongjin"), None, D("2026-01", "month"), ["Border Lantern Network", "Tongil Journal"],
      notes="Date: 'last month' (h7e25, published 5 February 2026), 이달 중순 (h7k12, published 23 "
            "January). Status: reported. One punishment for the group, sentences of 5 to 12 "
            "years."),

    # --- Mass return April 2026 (h7e26, h7e27, h7k15) and a 2025 background return ---
    E("G7-liaoning-return-2026", "repatriation", "reported",
      [S(None, "North Koreans held in detention centres", "civilian", 260)],
      P("CN", None, "Liaoning"), "KP", D("2026-04-08", "day"),
      ["Asia Desk Wire", "Hannuri News", "rights groups"],
      notes="Date: 'on Wednesday night' (h7e26, published Friday 10 April 2026), 지난 8일 밤 "
            "(h7k15). Count: 'about 260', 'more than 250' (h7e27), 260여 명: 260. Status: rights "
            "groups; China's ministry only says it handles 'illegal migrants' lawfully (no "
            "confirmation); South Korea's regret is a bystander's."),
    E("G7-baishan-return-2025", "repatriation", None,
      [S(None, "people held in Baishan", "civilian", 12)],
      P("CN", "Baishan"), "KP", D("2025-01", "month"), [],
      notes="Background: 'In January last year, 12 people held in Baishan were sent back' "
            "(h7e26), 지난해 1월 (h7k15). No sourcing."),

    # --- Blagoveshchensk workers (h7e28, h7e29) ---
    E("G7-blago-arrest-2026", "attempted_defection", "confirmed",
      [S(None, "North Korean workers employed at a timber yard", "overseas_worker", 3)],
      P("RU", "Blagoveshchensk"), None, D("2026-03-04", "day"),
      ["Amur Region police", "Amur Today"],
      notes="Date: 'on Wednesday' (h7e28, published Friday 6 March 2026: 4 March). Status: the "
            "regional police on record. Type: detained at the station on their way to a South "
            "Korean mission: arrest abroad. Origin RU (posted there). Korean: 지난달 4일 ... 체포됐고 "
            "(h7k10, published 24 April)."),
    E("G7-blago-deport-2026", "repatriation", "confirmed",
      [S(None, "the three workers", "overseas_worker", 3)],
      P("RU", "Blagoveshchensk"), "KP", D("2026-03-19", "day"),
      ["Amur Region migration directorate", "Amur Today"],
      notes="Date: 'on Thursday' (h7e29, published Saturday 21 March 2026: 19 March); 같은 달 19일 "
            "추방됐다 (h7k10). Status: migration directorate on record."),

    # --- Baotou bus (h7e30, h7e31) ---
    E("G7-baotou-arrest-2026", "attempted_defection", "reported",
      [S(None, "two women and a man", "civilian", 3),
       S(None, "two teenagers", "civilian", 2, None, True)],
      P("KP"), None, D("2026-03-22", "day"), ["Crossing Light"],
      notes="Date: 'on Sunday' (h7e30, published Thursday 26 March: 22 March). Status: NGO: "
            "reported. 'now face being sent back' is a prediction: the return is only the later "
            "G7-baotou-return-2026. Korean: 지난달 22일 ... 붙잡힌 (h7k15, "
            "published 10 April); 북송될 위기 there is a prediction too."),
    E("G7-baotou-return-2026", "repatriation", "reported",
      [S(None, "the five North Koreans held in Baotou", "civilian", 5)],
      P("CN"), "KP", D("2026-05-06", "day"), ["Crossing Light"],
      notes="Date: 'on Wednesday' (h7e31, published Friday 8 May 2026: 6 May). Status: reported."),

    # --- Fishing boat intercepted (h7e32, h7k12) ---
    E("G7-fishing-crew-attempt-2025", "attempted_defection", "confirmed",
      [S(None, "crew of a fishing boat", "civilian", 8)],
      P("KP"), None, D("2025-12", "month"), ["NIS", "Yoo Sang-min", "The Korea Ledger", "Tongil Journal"],
      notes="Date: 'in December' (h7e32, published 22 January 2026), 지난해 12월 (h7k12). Status: "
            "NIS briefing relayed on record by a named lawmaker: confirmed. Type: tried to sail "
            "south, intercepted by a North Korean patrol boat."),
    E("G7-fishing-crew-camp-2026", "punishment", "confirmed",
      [S(None, "the eight crew members", "civilian", 8)],
      P("KP"), None, D("2026-01", "month"), ["NIS", "Yoo Sang-min", "The Korea Ledger", "Tongil Journal"],
      notes="Date: 'early this month' (h7e32), 이달 초 (h7k12). Status: as the attempt. Type: sent "
            "to a labour camp."),
    E("G7-fishing-minders-2026", "control_measure", "confirmed",
      [S(None, "fishing boats on the east coast", "civilian")],
      P("KP"), None, D("2026-01", "month"), ["NIS", "Yoo Sang-min", "The Korea Ledger", "Tongil Journal"],
      notes="Date: 'since the start of the year' (h7e32), 올해 들어 (h7k12). Type: a security "
            "officer on every boat, a limit on distance from shore, tied to the attempt."),

    # --- Border: Saebyol shooting (h7e33, h7e34), fence (h7e34), Kimhyongjik (h7k11, h7e21) ---
    E("G7-saebyol-shooting-2026", "punishment", "reported",
      [S(None, "a woman in her 30s", "civilian")],
      P("KP", "Saebyol", "North Hamgyong"), None, D("2026-01-28", "day"),
      ["North Tracker", "Frontline Korea Review"],
      notes="Date: 'last Wednesday' (h7e33, published Wednesday 4 February 2026: 28 January); "
            "'late last month' (h7e34, month only). Status: reported. Type: shot dead on the ice "
            "while crossing: a killing at the border (punishment)."),
    E("G7-saebyol-attempt-2026", "attempted_defection", "reported",
      [S(None, "a woman in her 30s", "civilian")],
      P("KP", "Saebyol", "North Hamgyong"), None, D("2026-01-28", "day"),
      ["North Tracker"],
      notes="The crossing stopped by the shooting: debatable whether it is also an attempt "
            "(codebook: the killing is the punishment). Optional.",
      optional=True),
    E("G7-tumen-fence-2026", "control_measure", "reported",
      [],
      P("KP", None, "North Hamgyong"), None, D("2026-02", "month"), ["Frontline Korea Review"],
      notes="Date: 'this month' (h7e34, published 24 February 2026). Type: a second fence with "
            "sensors along the river and orders to fire on anyone approaching the bank. Status: "
            "reported."),
    E("G7-kimhyongjik-execution-2025", "punishment", "reported",
      [S(None, "border guard officers", "military", 2)],
      P("KP", None, "Ryanggang"), None, D("2025-12-14", "day"),
      ["North Tracker", "Bukneok Report"],
      notes="Date: 지난 14일 (h7k11, published 29 December 2025); 'last month' (h7e21, published 9 "
            "January 2026). Status: reported. Type: publicly executed for taking bribes to let "
            "people cross. Region Ryanggang (Kimhyongjik county)."),

    # --- Closures (h7e35, h7e36, h7k16) ---
    E("G7-caracas-closure-2026", "mission_closure", "confirmed",
      [], P("VE", "Caracas"), None, D("2026-02-06", "day"),
      ["Venezuelan foreign ministry", "Andes Wire", "Pyeonghwa Economy"],
      notes="Date: 'closed its doors on Friday 6 February' per the ministry statement of Monday "
            "9 February (h7e35); 6일 (h7k16). Status: Venezuela's foreign ministry on record. "
            "Havana taking over consular matters is a bystander; 'open since 1975' an anchor."),
    E("G7-asmara-closure-2025", "mission_closure", None,
      [], P("ER", "Asmara"), None, D("2025-11", "month"), [],
      notes="Only in lists: 'pulled out of Eritrea in November' (h7e35), 지난해 11월 에리트레아 "
            "(h7k16). No sourcing."),
    E("G7-colombo-closure-2025", "mission_closure", None,
      [], P("LK", "Colombo"), None, D("2025-12", "month"), [],
      notes="Only in lists: 'Sri Lanka in December' (h7e35), 12월 스리랑카 (h7k16). No sourcing."),
    E("G7-tripoli-closure-2024", "mission_closure", None,
      [], P("LY", "Tripoli"), None, D("2024", "year"), [],
      notes="Background in the undated feature (h7e36): 'the embassy in Tripoli, shut in 2024'."),

    # --- Kaohsiung ship's cook (h7e38, h7k18), a background case, a Korean-only family ---
    E("G7-kaohsiung-cook-2026", "defection", "confirmed",
      [S("Pang Yong-chol", "cook on a North Korean cargo ship", "civilian", 1, 29)],
      P("TW", "Kaohsiung"), "KR", D("2026-04-03", "day"),
      ["Ocean Affairs Council", "Formosa Harbour News", "Hannuri News"],
      notes="Date: 'late on Friday night' (h7e38, published Tuesday 7 April 2026: 3 April), 지난 "
            "3일 밤 (h7k18). Status: Taiwan's Ocean Affairs Council on record, and a South Korean "
            "official on record that he arrived (h7k18). Destination: asked Taiwan for protection, "
            "then reached South Korea (h7k18): the final destination, KR. Origin: where he left "
            "(the ship in Kaohsiung). Role: a ship's crew member is no official: civilian."),
    E("G7-keelung-sailor-2017", "defection", None,
      [S(None, "a sailor", "civilian")],
      P("TW", "Keelung"), "KR", D("2017-03", "month"), [],
      notes="Background anchor: 'the first North Korean to ask Taiwan for protection since March "
            "2017, when a sailor who left a fishing vessel in Keelung was later flown to Seoul' "
            "(h7e38). No sourcing: status None."),
    E("G7-hamhung-family-2025", "defection", "reported",
      [S(None, "a family of four from Hamhung: a couple and two sons in their 20s", "civilian", 4)],
      P("KP", "Hamhung"), "KR", D("2025-12", "month"), ["Hannuri News"],
      notes="Korean only (h7k18): left the North 지난해 12월 (published April 2026) and arrived 이달 "
            "초. Status: 전해졌다 / 소식통: reported. People who flee together as equals are each "
            "civilian."),
]
