"""Gold events of the heldout10 benchmark, annotated by /work/shared/bench/GUIDELINES.md from the
page texts in articles_en.py and articles_ko.py only. All people and events are invented.

Dates are as precise as the text allows, relative dates resolved against the page's publication
date. A defection first told as a disappearance is one defection event, dated when the people
left. Background mentions ("since 2019, when a second secretary at the North's general
delegation in Paris fled", "since August 2023, when two brothers ... came ashore near Ulsan",
"its embassy in Helsinki, in 2021") are events of their own; their status is None where no page
gives sourcing for them. One status per event: the strongest on-record statement across its
pages. `reported` is filled in by build.py from the pages.
"""


from heldout_build import D, E, P, S  # noqa: E402 (build.py puts bench/ on the path)


EVENTS = [
    # --- Rome: neighbours (h10e01), wire twice (h10e02, h10e03 'Min Gyeong-cheol'), analysis
    #     (h10e04), undated NGO statement (h10e05), Rome English-language local (h10e06), Korean
    #     wire (h10k01), Korean NK outlet (h10k02) ---
    E("G10-rome-min-2025", "defection", "confirmed",
      [S("Min Kyong-chol", "counsellor at the North Korean embassy in Rome", "diplomat", 1, 46),
       S(None, "his wife", "family_member"),
       S(None, "their 14-year-old daughter", "family_member", 1, 14, True)],
      P("IT", "Rome"), "KR", D("2025-11-16", "day"),
      ["unification ministry", "The Rome Courier", "Han River Wire", "Asia Ledger Online",
       "Korea Desk Review", "Families Behind", "The Tiber Times", "Dongbang News", "Bukhan Now"],
      notes="Date: the family left their Monteverde flat on Sunday 16 November 2025 (h10e01 'since "
            "Sunday afternoon', published Fri 21 Nov; h10e02/h10e03 'Nov. 16, a Sunday'; h10k01 "
            "'지난해 11월 16일'); the entry into the South 'last month' (January 2026) and the "
            "ministry's statement on Tue 24 Feb 2026 are not the date of leaving. Status: the "
            "unification ministry spokeswoman confirmed on record. Type: first told as not seen "
            "(h10e01) and 'stopped being seen' (h10e06), resolved as arrival in the South "
            "(h10e02...): one defection. h10e05 (undated) cites it through 'left ... in November'. "
            "Names: Min Kyong-chol, Min Gyeong-cheol (h10e03), 민경철. The daughter is a minor "
            "family_member (she accompanies a diplomat)."),
    E("G10-paris-2019", "defection", "reported",
      [S(None, "a second secretary at the North's general delegation in Paris", "diplomat"),
       S(None, "his wife", "family_member")],
      P("FR", "Paris"), "KR", D("2019", "year"),
      ["Han River Wire", "Asia Ledger Online", "Korea Desk Review", "Dongbang News"],
      notes="Background: 'the most senior North Korean diplomat in Europe known to have come to the "
            "South since 2019, when a second secretary at the North's general delegation in Paris fled "
            "with his wife, officials said' (h10e02; h10e03 'defected since 2019'; h10e04 'the Paris "
            "case of 2019'; h10k01 '2019년 파리 주재 북한 총대표부 2등서기관이 부인과 함께 망명한 "
            "이후 처음', '한국행'). The general delegation is a mission (post) like an embassy. "
            "Status reported: unnamed 'officials said'. Destination KR from 'come to the South' / "
            "'한국행을 택한 것은 ... 이후 처음'."),
    E("G10-rome-recall-2025", "recall", "reported",
      [S(None, "two of the Rome embassy's remaining diplomats", "diplomat", 2),
       S(None, "their families", "family_member", None)],
      P("IT", "Rome"), "KP", D("2025-12-09", "day"),
      ["Korea Desk Review", "The Tiber Times", "Bukhan Now"],
      notes="h10e06 (Fri 12 Dec 2025): two diplomats and their families 'left Italy on Tuesday on a "
            "flight to Beijing, from where they were to continue to Pyongyang' -> 9 December 2025; "
            "h10e04 'In early December ... put on a flight to Pyongyang via Beijing'; h10k02 '지난해 "
            "12월 초 ... 평양으로 불려 들어갔다'. Type: ordered home by their own side (recall), not a "
            "repatriation. Status: unnamed sources."),
    E("G10-rome-compound-2025", "control_measure", "reported",
      [S(None, "staff of the North Korean embassy in Rome", "diplomat", None)],
      P("IT", "Rome"), None, D("2025-12", "month"),
      ["Korea Desk Review", "The Tiber Times"],
      notes="Staff gave up their flats and must live inside the embassy compound, leave only with a "
            "colleague and sign out at the gate: h10e04 'From December', h10e06 (12 Dec) 'told to "
            "move in within a week'. Date December 2025 (month). Status: unnamed sources. A control "
            "on personnel abroad. The Farnesina's 'no plans' for the embassy to close is no event."),
    E("G10-rome-family-2026", "punishment", "reported",
      [S(None, "Min Kyong-chol's elderly parents", "civilian", 2),
       S(None, "his younger sister, a schoolteacher", "civilian")],
      P("KP", "Pyongyang"), None, D("2026-02", "month"),
      ["Families Behind", "Bukhan Now"],
      notes="Parents and sister removed from their Pyongyang flat and sent to a mining village in "
            "North Hamgyong; the sister lost her post: one punishment (one family, one reason). "
            "Date: h10k02 (2026-02-27) '이달 초' -> early February 2026 (month); h10e05 (undated) "
            "'in February'. Status: unnamed sources inside North Korea. Relatives punished at home "
            "are civilian. Origin Pyongyang, where they lived and were punished."),

    # --- Yeongdeok boat (h10e07 local, h10e08 wire, h10e09 newsletter, h10e40 digest, h10k03) ---
    E("G10-yeongdeok-boat-2026", "defection", "confirmed",
      [S(None, "a woman in her forties", "civilian"),
       S(None, "her 16-year-old son", "civilian", 1, 16, True),
       S(None, "her younger brother", "civilian")],
      P("KP", "Hwadae", "North Hamgyong"), "KR", D("2026-04-18", "day"),
      ["Joint Chiefs of Staff", "unification ministry", "NIS", "East Coast Chronicle",
       "Peninsula Newswire", "North Watch Weekly", "Dongbang News"],
      notes="Date: the boat left a cove in Hwadae county on the night of Saturday 18 April 2026 "
            "(h10e09, NIS via Rep. Jin); it was found off Ganggu port, Yeongdeok, on Tue 21 April "
            "(h10e07 'early Tuesday morning', h10e08, h10k03 '전날 오전'); same month either way. "
            "Status: JCS and unification ministry on record. Count three (JCS, ministry, NIS); the "
            "fisherman's 'four, maybe five' (h10e07) is an early estimate. A family fleeing "
            "together: each civilian; the son is a minor. Yeongdeok/Ganggu is the southern side, "
            "not the origin. The two fishermen sent back 'at their own request' "
            "last month (h10e08) are no repatriation (voluntary return). h10e40 cites it ('came by boat in April'). 'A coast guard patrol "
            "vessel confirmed that several people had been taken aboard' is no confirmation of a "
            "defection, but the JCS statement is."),
    E("G10-ulsan-2023", "defection", None,
      [S(None, "two brothers in a fishing boat", "civilian", 2)],
      P("KP"), "KR", D("2023-08", "month"), ["Peninsula Newswire", "Dongbang News"],
      notes="Background: 'the first by sea on the east coast since August 2023, when two brothers in "
            "a fishing boat came ashore near Ulsan' (h10e08); h10k03 '2023년 8월 형제 2명이 울산 "
            "앞바다로 들어온 이후 처음'. Status None: no sourcing for that case. Ulsan is where they "
            "landed, not the origin."),
    E("G10-hamgyong-boats-2026", "control_measure", "confirmed",
      [S(None, "fishing boats and their crews along the North Hamgyong coast", "civilian", None)],
      P("KP", None, "North Hamgyong"), None, D("2026-05", "month"),
      ["NIS", "North Watch Weekly"],
      notes="h10e09 (8 May 2026): 'Since early May, fishing boats along the North Hamgyong coast may "
            "leave harbour only in groups of three, each with a security officer aboard', fuel "
            "handed out per trip; tied to the boat's departure. Status confirmed: an NIS briefing "
            "relayed on record by a named lawmaker (Rep. Jin Myeong-su), as in earlier sets. Date "
            "May 2026 (month)."),

    # --- Gimhwa crossing (h10e10 wire, h10e11 radio transcript, h10e12 follow-up, h10k04 TV) ---
    E("G10-gimhwa-2026", "defection", "confirmed",
      [S(None, "a junior sergeant", "military")],
      P("KP", None, "central front"), "KR", D("2026-03-10", "day"),
      ["Joint Chiefs of Staff", "Han River Wire", "Radio Peninsula", "NK Inside Brief", "KBN"],
      notes="Crossed the MDL opposite the Gimhwa area at about 4:30 am on Tuesday 10 March 2026 "
            "(h10e10 'early Tuesday', published that day; h10e11 'yesterday morning' on 11 March; "
            "h10e12 'on 10 March'; h10k04 '오늘 새벽'). Status: JCS on record. Gimhwa is the southern "
            "side of the line: origin KP with the front as region. Unnamed."),
    E("G10-gimhwa-officers-2026", "punishment", "reported",
      [S(None, "the company commander", "military"),
       S(None, "the political officer", "military")],
      P("KP", None, "central front"), None, D("2026-03", "month"),
      ["NK Inside Brief"],
      notes="h10e12 (16 April 2026): the two officers of the sergeant's unit were 'stripped of their "
            "rank and sent to a labour brigade', 'removed late last month' -> late March 2026 "
            "(month). The battalion commander's reprimand (kept his post) is not a punishment the "
            "codebook lists and is not a subject. Status: one unnamed source in the North."),
    E("G10-front-rules-2026", "control_measure", "reported",
      [S(None, "soldiers of front-line units on the central sector", "military", None)],
      P("KP", None, "central front"), None, D("2026-03", "month"),
      ["NK Inside Brief"],
      notes="h10e12: 'From mid-March', no soldier out alone, patrols of at least three with a party "
            "member, soldiers with relatives who have been to China moved to the rear; tied to the "
            "crossing. Date March 2026 (month). Status: unnamed source."),

    # --- Ulan-Ude (h10e13 NGO, h10e14 newsletter, h10e15, h10e16, h10k05, h10k06) ---
    E("G10-ulanude-jong-2025", "defection", "reported",
      [S("Jong Song-hun", "a 41-year-old plasterer on a North Korean work crew in Russia",
         "overseas_worker", 1, 41)],
      P("RU", "Ulan-Ude", "Buryatia"), "KR", D("2025-12-14", "day"),
      ["Taiga Route", "Labour Watch Asia", "Hankuk Daily"],
      notes="Walked away from a building site in Ulan-Ude on Sunday 14 December 2025 (h10e13, h10k05 "
            "'지난해 12월 14일 일요일'; h10e14 'in mid-December', still unresolved there and unnamed, "
            "cited as the same happening); reached Seoul in February 2026 (arrival, not the date). "
            "Status reported: an NGO; the ministry did not respond (h10e13) and gives its standing "
            "'개별 사안에 대해 확인해 줄 수 없다' (h10k05), read as policy, not a decline about this "
            "case (debatable: unconfirmed). Names: Jong Song-hun, 정성훈."),
    E("G10-russia-rules-2026", "control_measure", "reported",
      [S(None, "North Korean construction crews in Buryatia and Zabaykalsky region",
         "overseas_worker", None)],
      P("RU", None, "Buryatia"), None, D("2026-01", "month"),
      ["Labour Watch Asia", "Hankuk Daily"],
      notes="Passports in a locked box held by the crew's security official, groups of four, "
            "counted twice a day, no Sunday market visits: 'Since the start of January' (h10e14, 23 "
            "Jan 2026) / '올해 1월부터' (h10k05). Tied to the builder's departure. Status: unnamed "
            "subcontractors / an NGO."),
    E("G10-ulanude-airport-2026", "attempted_defection", "confirmed",
      [S(None, "two North Korean construction workers, aged 29 and 34", "overseas_worker", 2)],
      P("RU", "Ulan-Ude", "Buryatia"), None, D("2026-03-19", "day"),
      ["Buryatia interior ministry", "Buryatia migration department", "Siberia Observer",
       "Bukhan Now"],
      notes="Detained at Ulan-Ude airport on Thursday 19 March 2026 trying to board a flight to "
            "Moscow with other men's passports, hoping to reach 'a third country' (h10e15 'on "
            "Thursday', published Sat 21 March; h10e16 'on 19 March'; h10k06 '3월 19일'). An arrest "
            "abroad before reaching refuge: attempted_defection; origin where posted (RU, Ulan-Ude). "
            "Status: the interior ministry's statement on record. A look-alike of Jong's defection "
            "(same city, different men and outcome)."),
    E("G10-ulanude-deport-2026", "repatriation", "confirmed",
      [S(None, "two North Korean construction workers, aged 29 and 34", "overseas_worker", 2)],
      P("RU", "Ulan-Ude", "Buryatia"), "KP", D("2026-04-09", "day"),
      ["Buryatia migration department", "Siberia Observer", "Bukhan Now"],
      notes="Expelled 'last Thursday' (h10e16, published Tue 14 April 2026 -> 9 April) / '지난 9일' "
            "(h10k06), driven to the airport and handed to North Korean consular officials; the "
            "court order of 27 March is not the date. Status: migration department on record. "
            "Origin: the sending country (RU)."),
    E("G10-ulanude-recall-2026", "recall", "reported",
      [S(None, "about 150 North Korean workers employed by the same contractor", "overseas_worker",
         150)],
      P("RU", "Ulan-Ude", "Buryatia"), "KP", D("2026-04", "month"),
      ["Siberia Observer"],
      notes="h10e16: 'In the same week' as the 9 April expulsion, about 150 workers 'were ordered "
            "home by their own side and left the city by train' -> April 2026 (month). Pyongyang "
            "ordering its workers home is a recall. Status: an unnamed foreman. Count 150."),

    # --- Montevideo (h10e17 local, h10e18 wire, h10e19 bulletin, h10k07) ---
    E("G10-montevideo-2026", "defection", "reported",
      [S("Pyon Chol-ho", "a deckhand on a squid trawler with a North Korean crew",
         "overseas_worker", 1, 33)],
      P("UY", "Montevideo"), "KR", D("2026-02-07", "day"),
      ["River Plate Herald", "Peninsula Newswire", "Southern Catch", "Hankuk Daily"],
      notes="Went ashore on Saturday evening 7 February 2026 and did not return to the trawler "
            "(h10e17, published Tue 10 Feb; h10k07 '2월 7일 토요일 저녁'); the next morning asked the "
            "South Korean embassy for protection; reached Seoul in March (h10e18 'flew in last "
            "week', h10k07). Dated when he left the ship. Status reported: Uruguay's interior "
            "ministry confirmed on record only that 'a foreign citizen, a member of the crew' asked "
            "for protection, without nationality; the ministry's 'cannot confirm individual "
            "cases' is standing policy (debatable: confirmed). Role: the crew is supplied by "
            "companies in Pyongyang that receive their wages, hence overseas_worker (earlier sets "
            "called single seamen civilian; debatable). Origin where he left the ship (UY). "
            "Names: Pyon Chol-ho, Byun Cheol-ho (h10e19), 변철호."),
    E("G10-trawler-rules-2026", "control_measure", "reported",
      [S(None, "North Korean crews on trawlers in the South Atlantic", "overseas_worker", None)],
      P(None, None, "South Atlantic"), None, D("2026-03", "month"),
      ["Southern Catch", "Hankuk Daily"],
      notes="No shore leave in any foreign port and a political officer aboard in port, 'since "
            "early March' (h10e19, 27 March 2026) / '이달 초부터' (h10k07, 18 March); tied by the "
            "agents to the Montevideo deckhand. Region only, no country (ships in several ports). "
            "Status: unnamed agents."),
    E("G10-baku-2026", "defection", "denied",
      [S("Ma Kwang-nam", "an assistant coach of the North Korean wrestling team", "civilian")],
      P("AZ", "Baku"), "KR", D("2026-05", "month"),
      ["Azerbaijani foreign ministry", "Caspian Today", "North Watch Weekly", "Seoul Sinmun Gwangjang"],
      notes="South Korean media reported (18 May 2026, unnamed source) that the coach slipped away "
            "from the team hotel on the final evening of 'last week's tournament' and asked the "
            "South Korean embassy for help to go to Seoul; Azerbaijan's foreign ministry denied it "
            "on record on Tue 19 May (h10e20, h10k16 '지난주 바쿠 국제대회 마지막 날 밤'); h10e40 "
            "'earlier this month'. Status denied. Date: the week before 19 May -> May 2026 "
            "(month; the day is not given). Destination KR as reported. Role: a sports coach on a "
            "tour fits none of the posted roles; civilian (debatable: official)."),

    # --- Shanghai restaurant (h10e21, h10e22, h10k08) ---
    E("G10-shanghai-2025", "disappearance", "reported",
      [S("Choe Un-byol", "a singer and waitress at a North Korean restaurant", "restaurant_worker"),
       S(None, "a second waitress", "restaurant_worker")],
      P("CN", "Shanghai"), None, D("2025-12-06", "day"),
      ["China Coast Monitor", "Segye Ilbo 2"],
      notes="Not seen since Saturday night 6 December 2025 (h10e21 'since Saturday night', published "
            "Wed 10 Dec; h10k08 '지난 6일 밤'); still not found on 20 January (h10e22). No page says "
            "how it ended: a disappearance. Status reported: customers and an employee; China's "
            "'no information' is not an explicit decline to confirm. Choe Un-byol is the name "
            "customers knew one of them by."),
    E("G10-shanghai-recall-2026", "recall", "reported",
      [S(None, "the restaurant's eleven remaining employees", "restaurant_worker", 11)],
      P("CN", "Shanghai"), "KP", D("2026-01", "month"),
      ["China Coast Monitor"],
      notes="h10e22 (20 January 2026): the eleven staff 'left Shanghai early this month on a flight "
            "to Pyongyang, escorted by a man from the North's consulate-general' -> January 2026. "
            "Ordered home by their own side: recall. The restaurant's closing is no "
            "mission_closure (a restaurant is no mission)."),
    E("G10-china-restaurants-2026", "control_measure", "reported",
      [S(None, "staff at North Korean restaurants in China", "restaurant_worker", None)],
      P("CN"), None, D("2026-01", "month"),
      ["China Coast Monitor"],
      notes="h10e22: 'Since the new year', phones handed in after shifts, outings only in a group "
            "led by the manager, dormitory rooms locked from outside at night. Date January 2026. "
            "Status: two unnamed people. Beijing and Hangzhou are where the sources work."),

    # --- Arrests abroad and returns ---
    E("G10-pudong-2026", "attempted_defection", "unconfirmed",
      [S(None, "a North Korean woman, 36, who crossed the Tumen into China in October", "civilian",
         1, 36)],
      P("KP"), None, D("2026-04-03", "day"),
      ["Bridge of Hope", "Han River Wire"],
      notes="Detained at Pudong airport 'last Friday' (h10e23, published Wed 8 April 2026 -> 3 "
            "April) trying to board a flight to Manila with a forged passport, heading for South "
            "Korea. Arrest abroad before refuge: attempted_defection, origin KP (she lived in the "
            "North until October). Status unconfirmed: China's foreign ministry was 'not aware of "
            "the situation' (as in heldout9). 'could be sent back' is a prediction: no "
            "repatriation. A look-alike in Shanghai of the restaurant disappearance."),
    E("G10-ruili-2025", "attempted_defection", "reported",
      [S(None, "two women aged 44 and 27", "civilian", 2),
       S(None, "a man of 51", "civilian", 1, 51),
       S(None, "a 15-year-old boy, the son of the older woman", "civilian", 1, 15, True)],
      P("KP", "Kilju", "North Hamgyong"), None, D("2025-11-22", "day"),
      ["Crossing Point Aid", "Peninsula Newswire", "Dongbang News"],
      notes="Detained in a village outside Ruili, near the Myanmar border, on Saturday 22 November "
            "2025 (h10e24 'on Saturday', published Wed 26 Nov; h10e25 'Nov. 22'; h10k09 '지난해 11월 "
            "22일'). Arrest abroad: attempted_defection; origin KP (they come from Kilju county; "
            "Ruili is where they were caught). Status: NGO relaying a relative and a source. "
            "'face interrogation and imprisonment' is a prediction."),
    E("G10-ruili-return-2026", "repatriation", "reported",
      [S(None, "four North Koreans caught near Ruili, including a 15-year-old boy", "civilian", 4)],
      P("CN", "Shatuozi"), "KP", D("2026-01-13", "day"),
      ["Crossing Point Aid", "Peninsula Newswire", "Dongbang News"],
      notes="Handed to North Korean security officials at the Shatuozi crossing 'on Tuesday' "
            "(h10e25, published Fri 16 January 2026 -> 13 January; h10k09 '지난 13일'); h10e26 "
            "'sent back from China in January'. Origin: the sending country and the named "
            "crossing. Status reported: an NGO; Seoul 'conveyed its position', China did not "
            "comment."),
    E("G10-ruili-sentences-2026", "punishment", "reported",
      [S(None, "the 51-year-old man", "civilian", 1, 51),
       S(None, "the 44-year-old woman", "civilian", 1, 44)],
      P("KP", "Kilju", "North Hamgyong"), None, D("2026-03", "month"),
      ["Crossing Point Aid"],
      notes="h10e26 (25 March 2026): 'At a hearing in Kilju in mid-March' the man got 12 years and "
            "the woman seven in a kyohwaso: one punishment (one group, one reason, different "
            "terms). The boy was released after questioning and the younger woman's fate is "
            "unknown: not subjects. Status: NGO source."),
    E("G10-suifenhe-2026", "attempted_defection", "reported",
      [S(None, "three North Korean women in their thirties and forties", "civilian", 3)],
      P("KP"), None, D("2026-01-26", "day"),
      ["North Gate", "Han River Wire", "Free Wind Radio"],
      notes="Taken off a long-distance bus near Suifenhe 'on Monday' (h10e27, published Wed 28 "
            "January 2026 -> 26 January; h10k17 '지난달 26일', published 21 February). They meant to "
            "cross into Russia and ask a South Korean mission for help: attempted_defection. Origin "
            "KP per the codebook (civilians caught in China), although they had lived in "
            "Heilongjiang for years. 'face being returned' / '북송될 위기' are predictions."),
    E("G10-yantai-2025", "attempted_defection", "reported",
      [S(None, "two North Korean men who worked at a seafood processing plant in Yantai",
         "overseas_worker", 2)],
      P("CN", "Yantai"), None, D("2025-12-09", "day"),
      ["Yellow Sea Shipping News", "NK Inside Brief", "Free Wind Radio"],
      notes="Found hiding in a container on an Incheon-bound ship 'on Tuesday' (h10e28, published "
            "Thu 11 December 2025 -> 9 December); h10e29 'in December', h10k17 '지난해 12월'. "
            "Caught abroad before reaching refuge: attempted_defection. Origin where they were "
            "posted (CN, Yantai), as for workers in the codebook. Status: unnamed agent and crew."),
    E("G10-yantai-return-2026", "repatriation", "reported",
      [S(None, "two North Korean seafood workers caught in Yantai", "overseas_worker", 2)],
      P("CN", "Yantai"), "KP", D("2026-02-17", "day"),
      ["NK Inside Brief", "Free Wind Radio"],
      notes="'put aboard a North Korean cargo vessel bound for Nampo on Tuesday' (h10e29, published "
            "Fri 20 February 2026 -> 17 February; h10k17 '이번 주 화요일', published Sat 21 Feb). "
            "Forced return by China: repatriation, origin CN. Status: one unnamed source."),
    E("G10-ongjin-2026", "attempted_defection", "confirmed",
      [S(None, "three North Korean men", "civilian", 3)],
      P("KP", "Ongjin", "South Hwanghae"), None, D("2026-02-02", "day"),
      ["NIS", "The Seoul Tribune", "Seoul Sinmun Gwangjang"],
      notes="Set out at night from Ongjin county on 2 February 2026 and were stopped by a North "
            "Korean patrol boat about 4 km short of the NLL (h10e30 'Feb. 2'; h10k10 '2월 2일 밤'). "
            "Caught by the North's own side: attempted_defection. Status confirmed: NIS briefing "
            "relayed on record by a named lawmaker (Rep. Hong Sang-wook)."),
    E("G10-ongjin-sentences-2026", "punishment", "confirmed",
      [S(None, "three North Korean men", "civilian", 3)],
      P("KP", "Ongjin", "South Hwanghae"), None, D("2026-03", "month"),
      ["NIS", "The Seoul Tribune", "Seoul Sinmun Gwangjang"],
      notes="Public trial in Ongjin 'in mid-March' (h10e30, h10k10 '3월 중순'): 15 years and 10 years "
            "each in labour camps: one punishment. Status as for the attempt. The villagers made to "
            "watch are no subjects."),
    E("G10-junggang-shot-2026", "punishment", "reported",
      [S(None, "a woman in her thirties", "civilian")],
      P("KP", "Junggang", "Jagang"), None, D("2026-01-14", "day"),
      ["NK Inside Brief", "Bukhan Now"],
      notes="Shot dead by border guards on the frozen Yalu 'last Wednesday night' (h10e31, published "
            "Wed 21 January 2026 -> 14 January; h10k14 '지난 14일 밤'). A killing at the border: "
            "punishment. Status: one source in the province."),
    E("G10-junggang-attempt-2026", "attempted_defection", "reported",
      [S(None, "a woman in her thirties", "civilian")],
      P("KP", "Junggang", "Jagang"), None, D("2026-01-14", "day"),
      ["NK Inside Brief", "Bukhan Now"],
      notes="Optional: the crossing that the shooting stopped; the codebook does not say whether a "
            "killing at the border is also an attempt (as in heldout4-9).",
      optional=True),
    E("G10-junggang-pledges-2026", "control_measure", "reported",
      [S(None, "households in the villages along the Yalu in Junggang county", "civilian", None)],
      P("KP", "Junggang", "Jagang"), None, D("2026-01", "month"),
      ["NK Inside Brief", "Bukhan Now"],
      notes="'Since then' (after 14 January): every riverside household signs a pledge not to "
            "approach the bank after dark and that the family will answer for anyone who crosses; "
            "searchlights on all night (h10e31; h10k14 '이후 ... 서약서'). Threats to families "
            "against would-be defectors: control_measure. Date January 2026 (month)."),
    E("G10-samsu-2025", "punishment", "reported",
      [S(None, "a former truck driver in his fifties", "civilian")],
      P("KP", "Samsu", "Ryanggang"), None, D("2025-12-18", "day"),
      ["Daily Hamgyong", "Bukhan Now"],
      notes="Executed by firing squad 'last Thursday' (h10e32, published Mon 22 December 2025 -> 18 "
            "December; h10k11 '지난 18일') for guiding people across the Yalu. About 800 made to "
            "watch: no subject count. Status: two residents / a source. 'Public executions were "
            "common in the region in the 1990s' is generic text."),

    # --- Antananarivo (h10e33, h10e34, h10e40, h10k13) ---
    E("G10-tana-2026", "disappearance", "reported",
      [S("Ri Yong-jun", "a sculptor at a workshop run by a company linked to the Mansudae studio",
         "overseas_worker", 1, 38)],
      P("MG", "Antananarivo"), None, D("2026-02-20", "day"),
      ["Madagascar Express", "Hankuk Daily"],
      notes="Not seen 'since last Friday' (h10e33, published Fri 27 February 2026 -> 20 February); "
            "still not found on 1 May (h10e34); h10k13 '2월 행방불명'. Unresolved: disappearance. "
            "Status reported: the police only say they were informed and are 'making inquiries' "
            "(debatable: confirmed)."),
    E("G10-tana-recall-2026", "recall", "reported",
      [S(None, "about twenty North Korean workers of the sculpture workshop", "overseas_worker",
         20)],
      P("MG", "Antananarivo"), "KP", D("2026-03", "month"),
      ["Madagascar Express", "Hankuk Daily"],
      notes="'the departure in March of the remaining North Korean staff ... sent home by their own "
            "government' (h10e34); h10k13 '3월 ... 20여 명을 급히 귀국시켰다'. Recall. Count 20. "
            "Status: the company's driver."),
    E("G10-tana-closure-2026", "mission_closure", "confirmed", [],
      P("MG", "Antananarivo"), None, D("2026-04-30", "day"),
      ["Madagascar foreign ministry", "Madagascar Express", "North Watch Weekly", "Hankuk Daily"],
      notes="Closed on Thursday 30 April 2026 (h10e34, published Fri 1 May; h10k13 '지난달 30일부로', "
            "published 2 May; h10e40 'shut at the end of April'). Status: the Malagasy foreign "
            "ministry on record. Affairs pass to an unnamed African embassy."),
    E("G10-accra-2025", "mission_closure", "reported", [],
      P("GH", "Accra"), None, D("2025-11", "month"),
      ["Africa Diplomat", "Hankuk Daily"],
      notes="The trade office in Accra 'stopped work in November' (h10e35, 5 March 2026) / '지난해 "
            "11월 가나 아크라의 무역대표부가 문을 닫았고' (h10k13). A trade office is a mission. "
            "Status: an unnamed Ghanaian official and a neighbour."),
    E("G10-lome-2026", "mission_closure", "reported", [],
      P("TG", "Lomé"), None, D("2026-02", "month"),
      ["Africa Diplomat", "Hankuk Daily"],
      notes="'in February the embassy in Lomé, Togo, closed its doors' (h10e35; h10k13 '올해 2월에는 "
            "토고 로메 주재 대사관도 폐쇄된 것으로 알려졌다'), listed after Accra. Status: an unnamed "
            "diplomat; Togo has not commented."),
    E("G10-helsinki-2021", "mission_closure", None, [],
      P("FI", "Helsinki"), None, D("2021", "year"),
      ["Africa Diplomat"],
      notes="Background in h10e35: 'The last mission North Korea shut in the Nordic countries was "
            "its embassy in Helsinki, in 2021.' Status None: no source. 'quietly thinned out "
            "several other missions' is vague: no event."),

    # --- Yekaterinburg (h10e36, h10e37, h10k15) ---
    E("G10-yekaterinburg-son-2026", "disappearance", "reported",
      [S("Ryang Chol-u", "19-year-old son of an official at the North Korean trade office in Yekaterinburg",
         "family_member", 1, 19, False)],
      P("RU", "Yekaterinburg"), None, D("2026-03-04", "day"),
      ["Ural Lens", "Segye Ilbo 2"],
      notes="Left home for a lecture on the morning of 4 March 2026 and has not been heard from "
            "(h10e36 'on the morning of 4 March'; h10k15 '지난 4일 오전'); 'still missing' on 24 April "
            "(h10e37). Unresolved: disappearance of a relative of personnel abroad. Status: people "
            "who know the family; police have no report. Not a minor (19)."),
    E("G10-yekaterinburg-recall-2026", "recall", "reported",
      [S("Ryang Song-il", "deputy head of the trade office in Yekaterinburg",
         "trade_official"),
       S(None, "his wife", "family_member")],
      P("RU", "Yekaterinburg"), "KP", D("2026-03-17", "day"),
      ["Ural Lens", "Segye Ilbo 2"],
      notes="Summoned by the embassy and flew home with his wife on 17 March 2026 (h10e37 'called "
            "back ... in mid-March', 'flew home ... on 17 March, eight days after he was summoned'; "
            "h10k15 '소환 지시를 받고 지난 17일 ... 평양으로 돌아갔다'). Dated by the return (the "
            "summons, 9 March, is the same month). Status: unnamed sources."),
    E("G10-yekaterinburg-dismissal-2026", "punishment", "reported",
      [S("Ryang Song-il", "former deputy head of the trade office in Yekaterinburg",
         "trade_official"),
       S(None, "his wife", "family_member")],
      P("KP", None, "South Pyongan"), None, D("2026-04", "month"),
      ["Ural Lens"],
      notes="h10e37 (24 April 2026): 'This month he was dismissed from the foreign trade ministry "
            "and the couple were sent to live on a cooperative farm in South Pyongan' -> April 2026. "
            "Punishment for the son's disappearance; separate from the recall. Origin where it "
            "happened (KP)."),

    # --- Mass return (h10e38, h10e40, h10k12) ---
    E("G10-guchengli-2026", "repatriation", "reported",
      [S(None, "about 330 North Koreans, most of them women", "civilian", 330)],
      P("CN", "Guchengli"), "KP", D("2026-05-12", "day"),
      ["Tumen Light", "Peninsula Newswire", "KBN", "North Watch Weekly"],
      notes="Buses crossed the bridge at Guchengli between about 10 pm and 2 am 'on Tuesday night' "
            "(h10e38, published Thu 14 May 2026 -> 12 May; h10k12 '어젯밤', published 13 May; h10e40 "
            "'last week'). One dated act by China: one event (count 330 / 330여 명). Status "
            "reported: an NGO; Seoul's 'deeply regrets' (h10e38) and '사실관계를 파악하고 있다' "
            "(h10k12) do not confirm, China neither confirms nor denies. 'about 2,000 ... since "
            "2023' is a statistic."),

    # --- Optional: a speaker's own flight ---
    E("G10-speaker-wuhan-2015", "defection", None,
      [S("Kang Ui-sok", "formerly at a North Korean trading company in Wuhan", "trade_official")],
      P("CN", "Wuhan"), "KR", D("2015", "year"),
      ["Korea Desk Review"],
      notes="Optional: a quoted speaker described as having 'left his post at a North Korean trading "
            "company in Wuhan in 2015' and now living in Seoul (h10e04); the background rule and "
            "the speaker's own description pull in opposite directions, as in earlier sets.",
      optional=True),
]
