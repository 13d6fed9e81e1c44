"""Gold events of the heldout13 benchmark, annotated by /work/shared/bench/GUIDELINES.md from the
page texts in articles_en.py and articles_ko.py only. All people and events are invented.

Dates are as precise as the text allows, relative dates resolved against the page's publication
date. A defection first told as a disappearance is one defection event, dated when the people
left. Background mentions ("since 2020, when a commercial attache posted in Cotonou fled with his
son", "since it left Lome in 2024") are events of their own. One status per event: the
strongest on-record statement across its pages. `reported` is filled in by build.py from the
pages.
"""


from heldout_build import D, E, P, S  # noqa: E402 (build.py puts bench/ on the path)


EVENTS = [
    # --- Brazzaville: neighbours (h13e01), wire twice (h13e02, h13e03 'Hwangbo Kyung-sik'),
    #     analysis (h13e04), undated forum (h13e05), Korean wire (h13k01), Korean NK outlet (h13k02) ---
    E("G13-brazza-hwangbo-2026", "defection", "confirmed",
      [S("Hwangbo Kyong-sik", "a counsellor at the North Korean embassy in Brazzaville",
         "diplomat", 1, 47),
       S(None, "his wife", "family_member"),
       S(None, "daughter", "family_member", 1, 14, True)],
      P("CG", "Brazzaville"), "KR", D("2026-02-07", "day"),
      ["unification ministry", "Congo Fleuve", "Han River Wire", "Asia Pacific Brief",
       "Pyongyang Watchers", "Saebyeol Tongsin", "Bukneok Baram"],
      notes="Date: the family left on Saturday 7 February 2026 (h13e01, published Wed 11 Feb: "
            "'since Saturday', 'early on Saturday'; h13e02 'Feb. 7'; h13k01 '지난 2월 7일'; h13e03 "
            "'early February'; h13e39 timeline 'FEB 7'); the April arrival and the 19 May statement are not the date of "
            "leaving. Status: the unification ministry spokeswoman on record. Type: told as a "
            "closed house (h13e01, no keyword), 'vanished' with whereabouts unknown (h13e04), "
            "'잠적' (h13k02), 'left in February ... turned up in Seoul' (h13e05, undated forum) and "
            "resolved as arrival in the South (h13e02/03, h13k01): one defection. Names: Hwangbo "
            "Kyong-sik, Hwangbo Kyung-sik (h13e03), 황보경식. The daughter (14) accompanies a "
            "diplomat: family_member, minor. Destination KR."),
    E("G13-cotonou-2020", "defection", "reported",
      [S(None, "a commercial attache posted in Cotonou", "diplomat"),
       S(None, "his son", "family_member")],
      P("BJ", "Cotonou"), "KR", D("2020", "year"),
      ["Han River Wire", "Saebyeol Tongsin"],
      notes="Background: 'the first North Korean diplomat serving in Africa known to have defected "
            "to the South since 2020, when a commercial attache posted in Cotonou fled with his son' "
            "(h13e02; h13k01 '2020년 코토누에 파견된 북한 상무관이 아들과 함께 탈북한 이후'). Status "
            "reported: an unnamed government official. Role diplomat (attache of an embassy; "
            "trade_official defensible)."),
    E("G13-brazza-recall-2026", "recall", "reported",
      [S(None, "the ambassador in Brazzaville", "diplomat")],
      P("CG", "Brazzaville"), "KP", D("2026-02", "month"),
      ["Pyongyang Watchers", "Bukneok Baram"],
      notes="h13e04 (24 Mar 2026): 'Late last month the ambassador in Brazzaville was called back "
            "to Pyongyang' -> late February 2026; h13k02 '주콩고 대사가 2월 말 평양으로 소환'. Status: "
            "people who follow the embassy / a source; not verified."),
    E("G13-africa-passports-2026", "control_measure", "reported",
      [S(None, "staff at the North's missions across Africa", "diplomat", None)],
      P(None, None, "Africa"), None, D("2026-03", "month"),
      ["Pyongyang Watchers"],
      notes="h13e04 (24 Mar 2026): 'since the start of March, staff at the North's missions across "
            "Africa have had to hand their passports to the head of mission, and may leave their "
            "compounds only in pairs and with written permission'. Region only. Status: one foreign "
            "diplomat, not verified."),
    E("G13-haeju-relatives-2026", "punishment", "reported",
      [S(None, "the parents of Hwangbo Kyong-sik", "civilian", 2),
       S(None, "younger sister", "civilian")],
      P("KP", "Haeju"), None, D("2026-03", "month"),
      ["Bukneok Baram"],
      notes="h13k02 (2026-04-03): parents and younger sister '지난달 ... 해주시에서 도내 북부 산간의 "
            "협동농장으로 추방' -> March 2026; the sister also lost her job (one family, one "
            "reason: one punishment). Status: a source in Haeju, not independently confirmed."),

    # --- Central-front soldier (h13e06 wire, h13e07 long read, h13k03 TV, h13k04 JCS release,
    #     h13k05 NK outlet) and the 2024 eastern-sector private (background) ---
    E("G13-soldier-pyonggang-2026", "defection", "confirmed",
      [S(None, "a junior sergeant in his early twenties", "military")],
      P("KP", None, "central front"), "KR", D("2026-08-18", "day"),
      ["JCS", "Han River Wire", "The Ridgeline", "Hangang TV", "Bukneok Baram", "Peninsula Facts"],
      notes="Crossed the MDL opposite Pyonggang county at about 03:20 on Tue 18 Aug 2026 (h13e06, "
            "h13k03 '오늘 새벽', h13k04 '오늘(8. 18.) 03시 20분경'); h13e07 (15 Sep) 'Last month ... "
            "in the small hours of a Tuesday'; h13k05 '지난달'; h13e39 'AUG 18'; h13e40 'the soldier last month', a question in a committee "
            "session. Status: JCS statement and press "
            "release. Origin KP with the front as region (Pyonggang is the northern side)."),
    E("G13-soldier-east-2024", "defection", "confirmed",
      [S(None, "a private", "military")],
      P("KP", None, "eastern sector"), "KR", D("2024-11", "month"),
      ["JCS", "Han River Wire", "Hangang TV"],
      notes="Background anchor: 'the first time ... since November 2024, when a private walked "
            "across in the eastern sector, the JCS said' (h13e06); h13k03 '2024년 11월 동부전선에서 "
            "한 병사가 넘어온 이후 처음'. Status confirmed: attributed to the JCS in h13e06. A "
            "look-alike of the 2026 soldier that must stay apart (other year, other sector)."),
    E("G13-pyonggang-unit-2026", "punishment", "unconfirmed",
      [S(None, "its commander and political officer", "military", 2),
       S(None, "the entire platoon that manned his guard post", "military", None)],
      P("KP", None, "central front"), None, D("2026-09", "month"),
      ["The Ridgeline", "Bukneok Baram", "NIS", "Assembly Record"],
      notes="h13e07 (15 Sep 2026): commander and political officer 'removed in early September', "
            "the platoon 'swapped out and sent to a road-building brigade' as the response to the "
            "crossing (codebook: a replacement presented as the response counts); h13k05 (22 Sep) "
            "'이달 초 연대장과 정치위원이 철직 ... 소대원 전원이 ... 돌격대로'. One punishment (one "
            "unit, one reason). The parents questioned are not subjects. h13e40 (16 Sep): 'There are "
            "reports that the regiment's commander and political officer were removed' (cited; date "
            "from the other pages). Status unconfirmed: the NIS 'cannot confirm them at this stage' "
            "(h13e40) is an explicit refusal on record; the outlets' source is unverified."),

    # --- Sea: the Kangnyong boat (h13e08 wire, h13e09 feature with the event mid-article, h13e10
    #     undated fact box, h13k06 Korean wire, h13k07 in passing), the Yonan boat stopped by the
    #     North's own boats (h13k07, h13e10); the drifting fishermen returned at their request
    #     (h13e10, h13e11) are no event ---
    E("G13-kangnyong-boat-2025", "defection", "confirmed",
      [S(None, "a couple", "civilian", 2),
       S(None, "their two sons (the other son)", "civilian", 1),
       S(None, "one of them 9 years old", "civilian", 1, 9, True),
       S(None, "a neighbour in his sixties", "civilian")],
      P("KP", "Kangnyong"), "KR", D("2025-10-21", "day"),
      ["JCS", "unification ministry", "Han River Wire", "Slow Tide Magazine", "Peninsula Facts",
       "Saebyeol Tongsin", "Bukneok Baram"],
      notes="Five people (a couple, two sons of whom one is 9, a neighbour) crossed the western sea "
            "border on Tue 21 Oct 2025 (h13e08 'on Tuesday', published that day; h13k06 '21일'; "
            "h13e10 '21 Oct 2025'; h13e09 'Last October ... On a cold Tuesday morning'; h13k07 "
            "'지난달 강령 쪽에서 한 가족이 넘어간'). Status: JCS on record. People fleeing together as "
            "equals: civilian (the 9-year-old is one of the two sons, minor). Origin Kangnyong "
            "county, KP. h13e09 never uses a defection keyword ('pushed off ... told the sailors "
            "they wanted to stay')."),
    E("G13-yonan-boat-2025", "attempted_defection", "reported",
      [S(None, "three men from Yonan county", "civilian", 3)],
      P("KP", "Yonan"), None, D("2025-11", "month"),
      ["Bukneok Baram", "Peninsula Facts"],
      notes="h13k07 (2025-11-20) '이달 초 소형 배를 타고 남쪽으로 향하다 ... 경비정에 붙잡혔다' -> early "
            "November 2025; h13e10 'Early Nov 2025'. Caught by the North's own maritime security: "
            "attempted_defection. No punishment is reported yet (questioning only). A look-alike of "
            "the Kangnyong boat (other county, other month, stopped)."),

    # --- Jixi: January arrest of seven women (h13e12 NGO alert, h13e13 wire, h13e14, h13e16,
    #     h13k08), their return on 4 March (h13e14, h13e15, h13k08), their sentences in May
    #     (h13e15), and a second, June arrest of four in the same city (h13e16, h13k09) ---
    E("G13-jixi-jan-2026", "attempted_defection", "reported",
      [S(None, "seven North Korean women (six adults)", "civilian", 6),
       S(None, "the youngest of them 17", "civilian", 1, 17, True)],
      P("KP", None, "North Hamgyong"), None, D("2026-01-12", "day"),
      ["Freedom Rope", "Asia Pacific Brief", "Han River Wire", "Bukneok Baram"],
      notes="Arrested by Chinese police in Jixi on Monday 12 Jan 2026 (h13e12, published Fri 16 Jan, "
            "'on Monday'; h13e13 'Jan. 12'; h13k08 '지난 1월 12일'; h13e14 'in January'; h13e16 'In "
            "January'). Codebook: escapees arrested abroad = attempted_defection, origin where they "
            "lived (they crossed from North Hamgyong), not Jixi. Status: an NGO; China 'not aware of "
            "the specific situation' is a standing line, not an explicit refusal to confirm."),
    E("G13-jixi-return-2026", "repatriation", "reported",
      [S(None, "the seven North Korean women arrested in Jixi", "civilian", 7)],
      P("CN", None, "Jilin"), "KP", D("2026-03-04", "day"),
      ["Freedom Rope", "Northwind Radio", "Bukneok Baram", "Peninsula Facts"],
      notes="Handed to North Korean border guards on Wed 4 Mar 2026 (h13e14, published Tue 10 Mar: "
            "'last Wednesday' and 'on the morning of 4 March'; h13k08 '지난 4일'; h13e15 'on 4 "
            "March'; h13e39 'MAR 4'). Origin: the sending country, CN (a border facility in Jilin). h13e16 'later "
            "returned' carries no time and is not cited for it."),
    E("G13-jixi-sentences-2026", "punishment", "reported",
      [S(None, "all seven", "civilian", 7)],
      P("KP"), None, D("2026-05", "month"),
      ["Northwind Radio", "Freedom Rope"],
      notes="h13e15 (5 Jun 2026): 'Last month all seven were sentenced ... to between one and three "
            "years in a labour-training camp' -> May 2026. One group, one reason: one punishment. "
            "Status: a relative via an NGO, not verified."),
    E("G13-jixi-jun-2026", "attempted_defection", "unconfirmed",
      [S(None, "a North Korean man", "civilian", 1),
       S(None, "his two daughters (16 and 22)", "civilian", 2),
       S(None, "a North Korean woman travelling with them", "civilian")],
      P("KP"), None, D("2026-06-28", "day"),
      ["Open Gate", "Han River Wire", "Saebyeol Tongsin"],
      notes="Arrested at a Jixi safe house on Sunday 28 Jun 2026 (h13e16, published Thu 2 Jul, 'on "
            "Sunday'; h13k09 '지난달 28일'). Four people. 'could be sent back' / '북송될 가능성이 크다' is a "
            "prediction: no repatriation. A look-alike of the January arrest in the same city. "
            "Status: China's foreign ministry 'not aware ... declined to comment further' read as "
            "officials declining to confirm (debatable; reported would also be defensible). Origin KP: "
            "they crossed the Tumen in May."),

    # --- Mass return on 9 September (h13e17, h13e18, h13k10) and the April return (h13e18) ---
    E("G13-kyongwon-mass-2026", "repatriation", "confirmed",
      [S(None, "more than 200 detained North Koreans", "civilian", 200)],
      P("CN", None, "Jilin"), "KP", D("2026-09-09", "day"),
      ["NIS", "Open Gate", "Shadow Line", "Asia Pacific Brief", "The Korea Mirror", "Hanbaek Radio",
       "Assembly Record", "Peninsula Facts"],
      notes="One dated act by a concrete actor (codebook: not a statistic): buses across a bridge to "
            "Kyongwon county on the night of Wed 9 Sep 2026 (h13e17 'Sept. 9'; h13e18 'late on "
            "Wednesday, Sept. 9'; h13k10 '지난 9일 밤'). Origin CN (Jilin); the Tokyo-based group and "
            "Seoul's protest are bystanders. Status confirmed: the NIS first deputy director on record "
            "in an open committee session (h13e40, 16 Sep: 'We have confirmed that on the night of the "
            "9th about 200 people ... were handed over'); elsewhere Seoul 'without confirming the "
            "number', '사실관계를 확인하고 있다'. h13e39 'SEP 9'. The '1,000 ... since the border reopened' line is a statistic."),
    E("G13-april-return-2026", "repatriation", "reported",
      [S(None, "around 60 North Koreans held in Jilin", "civilian", 60)],
      P("CN", None, "Jilin"), "KP", D("2026-04-02", "day"),
      ["Open Gate", "The Korea Mirror"],
      notes="h13e18: 'In April, around 60 North Koreans held in Jilin were sent back on the 2nd of the "
            "month' -> 2 Apr 2026 (year from the page, 15 Sep 2026). A separate earlier mass return "
            "told in the same article as the September one (must not merge)."),

    # --- Laos / Thailand: five held in Bokeo (h13e19, h13k11, h13e21 in passing), eight who
    #     reached Chiang Saen (h13e20, h13e21) ---
    E("G13-bokeo-2026", "attempted_defection", "reported",
      [S(None, "two women, a man, an elderly woman", "civilian", 4),
       S(None, "a 15-year-old boy", "civilian", 1, 15, True)],
      P("KP"), None, D("2026-05-03", "day"),
      ["Open Gate", "Dongbang Ilbo", "Han River Wire"],
      notes="Arrested by Lao police in Bokeo on Sunday 3 May 2026 (h13e19, published Wed 6 May, 'on "
            "Sunday'; h13k11 '지난 3일'; h13e21 'arrested in Laos' Bokeo province in May'). Codebook: "
            "arrested abroad before reaching refuge = attempted_defection; origin where they lived "
            "(they left North Korea), not Laos. 'sometimes been sent back' is background habit, not "
            "an event; no repatriation. Status: an NGO; Seoul's '파악하고 있다' confirms nothing."),
    E("G13-chiangsaen-2026", "defection", "confirmed",
      [S(None, "five women, two men", "civilian", 7),
       S(None, "a 12-year-old girl", "civilian", 1, 12, True)],
      P("KP"), "KR", D("2026-07-21", "day"),
      ["Thai police", "Mekong Post", "Han River Wire", "Peninsula Facts"],
      notes="Crossed the Mekong and turned themselves in at Chiang Saen on Tue 21 Jul 2026 (h13e20, "
            "published 22 Jul, 'on Tuesday morning'; h13e21 'on July 21'; h13e39 'JUL 21'), asking to go to South "
            "Korea: reached refuge (not an arrest before refuge; detention for illegal entry is the "
            "usual procedure). Destination KR as stated. Status: the police superintendent on "
            "record. Origin KP (no place of residence given; Laos is transit). A different group from "
            "the Bokeo five (h13e21 says so)."),

    # --- Russia: Komsomolsk-on-Amur welder (h13e22 as missing, h13e23 arrival, h13e24, h13e25,
    #     h13k12), the second worker missing from the same site (h13e24, h13e23, h13k12), rules
    #     (h13e25, h13k13), the site manager (h13e25, h13k13), the recall (h13e28), Magadan
    #     (h13e26 police, h13e27 expulsion, h13e25 in a list) ---
    E("G13-komsomolsk-jegal-2026", "defection", "confirmed",
      [S("Jegal Chun-bom", "a welder on a residential construction site", "overseas_worker", 1, 38)],
      P("RU", "Komsomolsk-on-Amur"), "KR", D("2026-03-03", "day"),
      ["unification ministry", "Komsomolsk police", "Amur Vestnik", "Han River Wire",
       "Pyongyang Watchers", "Saebyeol Tongsin"],
      notes="Left his hostel on the night of 3 Mar 2026 (h13e22 'since the night of 3 March'; h13k12 "
            "'3월 3일 밤'; h13e23 'in March' / 'early March'; h13e25 'In March'; h13e24 'In March a "
            "welder from the same site disappeared'; h13k13 '올봄 콤소몰스크에서 용접공이 빠져나간 뒤', "
            "spring). First a missing-person search (h13e22, "
            "name 'Chegal Chun Bom'), resolved as arrival in the South in July confirmed by the "
            "unification ministry on 11 Aug: one defection dated by the departure. Names: Jegal "
            "Chun-bom, Chegal Chun Bom, 제갈춘범. The crane operator and Noh Ga-eun are not subjects."),
    E("G13-komsomolsk-missing-2026", "disappearance", "confirmed",
      [S(None, "the 29-year-old plasterer", "overseas_worker", 1, 29)],
      P("RU", "Komsomolsk-on-Amur"), None, D("2026-07-19", "day"),
      ["Komsomolsk police", "Amur Vestnik", "Han River Wire", "Saebyeol Tongsin"],
      notes="Left the hostel on Sunday 19 Jul 2026 and did not come back (h13e24, published Fri 24 "
            "Jul, 'on Sunday afternoon'; h13k12 '지난달 19일'; h13e23 'Last month' -> July). "
            "Unresolved on every page: disappearance. Status: police on record confirmed the missing "
            "report and search. A look-alike of the welder (same site, other man, other month)."),
    E("G13-russia-groups-2026", "control_measure", "reported",
      [S(None, "North Korean workers at building sites across the Russian Far East",
         "overseas_worker", None)],
      P("RU", None, "Russian Far East"), None, D("2026-08", "month"),
      ["Pyongyang Watchers", "Bukneok Baram"],
      notes="Out of the hostels only in groups of five with a minder: h13e25 'Since August' (2 Sep "
            "2026), h13k13 '이달부터' (27 Aug 2026) -> August 2026. Status: contractors and a source, "
            "not confirmed."),
    E("G13-russia-phones-2025", "control_measure", "reported",
      [S(None, "workers", "overseas_worker", None)],
      P("RU", None, "Russian Far East"), None, D("2025-11", "month"),
      ["Pyongyang Watchers"],
      notes="h13e25: 'a ban, in force since November 2025, on workers owning smartphones'. A second "
            "control in the same paragraph as the groups-of-five rule, with its own date."),
    E("G13-komsomolsk-foreman-2026", "punishment", "reported",
      [S("Ro Ki-chan", "The North Korean site manager", "official")],
      P("KP", None, "South Pyongan"), None, D("2026-04", "month"),
      ["Pyongyang Watchers", "Bukneok Baram"],
      notes="Sent home in April and assigned to a coal mine (h13e25 'was sent home in April and "
            "assigned to a coal mine in South Pyongan'; h13k13 '4월에 본국으로 불려가 평안남도 "
            "탄광으로 쫓겨났다'). Read as a punishment for the welder's escape (banishment to a mine); "
            "the being sent home is part of it, not a separate recall. Role official (debatable). "
            "Origin: where it is served."),
    E("G13-komsomolsk-recall-2026", "recall", "confirmed",
      [S(None, "About 40 North Korean builders", "overseas_worker", 40)],
      P("RU", "Komsomolsk-on-Amur"), "KP", D("2026-09-15", "day"),
      ["Amur Vestnik", "NIS", "Assembly Record"],
      notes="h13e28 (Fri 18 Sep 2026): left by train 'on Tuesday' -> 15 Sep 2026, 'sent home on "
            "orders from their company in Pyongyang': a recall; h13e40 (Wed 16 Sep 2026): "
            "'Yesterday about 40 workers ... left for home by train. We assess that the North "
            "ordered them back' -> 15 Sep. Status confirmed: the NIS on record (h13e40)."),
    E("G13-magadan-airport-2026", "attempted_defection", "confirmed",
      [S(None, "a 44-year-old citizen of the DPRK", "overseas_worker", 1, 44)],
      P("RU", "Magadan"), None, D("2026-01-22", "day"),
      ["transport police", "Kolyma Online", "Pyongyang Watchers"],
      notes="Detained at Sokol airport on 22 Jan 2026 with a forged passport trying to board a flight "
            "(h13e26 police news, 'On 22 January'; h13e27 'last month'; h13e25 'In January ... was "
            "stopped'). The police page never says 'defect'; h13e25 frames it as an attempt to leave. "
            "Codebook: a worker posted in Russia and caught there has origin RU. Status: transport "
            "police on record."),
    E("G13-magadan-deport-2026", "repatriation", "confirmed",
      [S(None, "A 44-year-old North Korean fish-plant worker", "overseas_worker", 1, 44)],
      P("RU", "Magadan"), "KP", D("2026-02-10", "day"),
      ["regional migration department", "Kolyma Online", "Pyongyang Watchers"],
      notes="h13e27 (Thu 12 Feb 2026): 'put on a flight to Vladivostok on Tuesday' -> 10 Feb 2026 "
            "(the court order of 2 Feb is not the return); h13e25 'in February, put on a plane back "
            "to Pyongyang'. Status: the migration department on record. Origin RU (the sending "
            "country); Vladivostok is transit."),

    # --- Myanmar: the Mandalay waitress (h13e29, h13k15, h13e30 in passing), the restaurant staff
    #     sent home (h13k15, h13e30), the Yangon embassy closed (h13e30, h13e31, h13k14) ---
    E("G13-mandalay-ok-2026", "disappearance", "reported",
      [S("Ok Su-ryon", "A young woman who served at a North Korean restaurant", "restaurant_worker",
         1, 26)],
      P("MM", "Mandalay"), None, D("2026-05-09", "day"),
      ["Irrawaddy Lens", "Bukneok Baram", "Han River Wire"],
      notes="Did not return after her shift on Saturday night, 9 May 2026 (h13e29, published Thu 14 "
            "May, 'since Saturday night'; h13k15 '지난 9일 밤'; h13e30 'In May ... a week after one of "
            "its waitresses disappeared'). Never resolved: disappearance. Status: colleagues and a "
            "source; police 'no report', the manager's 'on leave' is no denial of the event by an "
            "authority. Mr. Jo is not a subject."),
    E("G13-mandalay-recall-2026", "recall", "reported",
      [S(None, "the remaining 11 staff", "restaurant_worker", 11)],
      P("MM", "Mandalay"), "KP", D("2026-05-17", "day"),
      ["Bukneok Baram", "Han River Wire"],
      notes="h13k15 (Wed 20 May 2026): '남은 종업원 11명이 본국으로 소환 ... 지난 17일 ... 평양행 비행기' "
            "-> 17 May 2026; h13e30 'In May, a North Korean restaurant in Mandalay sent its remaining "
            "staff home'. Ordered home by their own side: recall. A restaurant is not a mission: no "
            "mission_closure."),
    E("G13-yangon-closure-2026", "mission_closure", "confirmed",
      [],
      P("MM", "Yangon"), None, D("2026-06-30", "day"),
      ["Myanmar foreign ministry", "Han River Wire", "The Diplomatic Ledger", "Dongbang Ilbo"],
      notes="Closed on Tue 30 Jun 2026 (h13e30 'on Tuesday', 'last staff left on June 30'; h13e31 'on "
            "30 June'; h13k14 '지난달 30일'). Status: Myanmar's foreign ministry on record. Origin "
            "Yangon; the Bangkok embassy taking over is a bystander."),

    # --- West Africa closures: Ouagadougou (h13e32, h13e31 list, h13k14 in passing, h13e39) and
    #     Lome 2024 (background, h13e32, h13e31) ---
    E("G13-ouaga-closure-2026", "mission_closure", "confirmed",
      [],
      P("BF", "Ouagadougou"), None, D("2026-03-12", "day"),
      ["Burkina Faso foreign ministry", "Sahel Matin", "The Diplomatic Ledger", "Dongbang Ilbo",
       "Peninsula Facts"],
      notes="h13e32 (Fri 13 Mar 2026): closed 'on Thursday' -> 12 Mar 2026; h13e39 'MAR 12'; h13e31 "
            "'Ouagadougou, shut in March' (a list hanging on 'a roster that already included'); "
            "h13k14 '올해 3월'. Status: Burkina Faso's foreign ministry statement."),
    E("G13-lome-closure-2024", "mission_closure", None,
      [],
      P("TG", "Lome"), None, D("2024", "year"),
      ["Sahel Matin", "The Diplomatic Ledger"],
      notes="Background: 'the first of a North Korean mission in West Africa since it left Lome in "
            "2024' (h13e32); 'Lome, which the North left in 2024' (h13e31, in a list). No sourcing: "
            "status None. 'shut several other offices to save money' in h13e31 is vague (no place): "
            "no event."),

    # --- Georgia: the denied asylum report (h13e33, h13e34), the recall (h13e34), the closed
    #     trade office (h13e34, h13e39) ---
    E("G13-tbilisi-chae-2026", "defection", "denied",
      [S("Chae Man-gap", "the head of North Korea's trade office in Tbilisi", "trade_official")],
      P("GE", "Tbilisi"), None, D("2026-04-10", "day"),
      ["Kartli Voice", "Han River Wire", "Georgian interior ministry"],
      notes="A television report that he 'had asked for protection on 10 April' (h13e33, 16 Apr 2026), "
            "denied by Georgia's interior ministry ('No such application has been received. The "
            "reports are not true'); h13e34 'local media reported in April that he had sought "
            "asylum - a report Georgia's interior ministry denied'. Status denied. Destination "
            "null (asylum in Georgia would be GE, but the claim is denied; null kept)."),
    E("G13-tbilisi-recall-2026", "recall", "reported",
      [S("Chae Man-gap", "The office's head", "trade_official")],
      P("GE", "Tbilisi"), "KP", D("2026-05", "month"),
      ["Han River Wire"],
      notes="h13e34 (20 Oct 2026): 'was ordered back to Pyongyang in May, a Georgian official said on "
            "condition of anonymity' -> May 2026, reported (unnamed official)."),
    E("G13-tbilisi-office-2026", "mission_closure", "confirmed",
      [],
      P("GE", "Tbilisi"), None, D("2026-10-16", "day"),
      ["Georgian foreign ministry", "Han River Wire", "Peninsula Facts"],
      notes="h13e34 (Tue 20 Oct 2026): closed 'on Friday' -> 16 Oct 2026; h13e39 'OCT 16'. A trade "
            "office counts as a mission. Status: Georgia's foreign ministry on record. The Moscow "
            "embassy taking over is a bystander."),

    # --- Astana (h13e35) ---
    E("G13-astana-sonu-2025", "disappearance", "unconfirmed",
      [S("Sonu Tae-ung", "deputy head of a North Korean trading company's office in the capital",
         "trade_official", 1, 52),
       S(None, "His wife", "family_member")],
      P("KZ", "Astana"), None, D("2025-10-27", "day"),
      ["Steppe Times"],
      notes="Last seen on Monday 27 Oct 2025 (h13e35, 6 Nov 2025: 'on 27 October, a Monday'). Status: "
            "Kazakhstan's foreign ministry 'cannot confirm any information' -> unconfirmed. The "
            "office's 'on a business trip' is not an authority's denial. The wife 'has not been seen "
            "either' (one partner): family_member."),

    # --- Ryanggang border: the Taehongdan shooting (h13k16, h13e36), the shoot order and fence
    #     (h13k16, h13e36), the Samjiyon brokers (h13k17, h13e36), the warnings to families (h13k17) ---
    E("G13-taehongdan-shooting-2026", "punishment", "unconfirmed",
      [S(None, "a man in his forties", "civilian", 1),
       S(None, "a woman", "civilian", 1)],
      P("KP", "Taehongdan", "Ryanggang"), None, D("2026-08-14", "day"),
      ["Bukneok Baram", "Asia Pacific Brief"],
      notes="Guards shot dead a man and wounded a woman wading across the Tumen near Taehongdan on "
            "Friday night 14 Aug 2026 (h13e36, published Fri 21 Aug, 'last Friday night'; h13k16 "
            "'지난 14일 밤'). Codebook: people caught fleeing and killed are a punishment, distinct "
            "from the attempt (the attempt is G13-taehongdan-attempt-2026, optional). Status: the "
            "unification ministry 'could not confirm' / '확인해 줄 수 없다' -> unconfirmed."),
    E("G13-taehongdan-attempt-2026", "attempted_defection", "unconfirmed",
      [S(None, "a man in his forties", "civilian", 1),
       S(None, "a woman", "civilian", 1)],
      P("KP", "Taehongdan", "Ryanggang"), None, D("2026-08-14", "day"),
      ["Bukneok Baram", "Asia Pacific Brief"],
      notes="The crossing stopped by the shooting ('Both were trying to reach China'). Optional: the "
            "codebook makes the killing a punishment; whether the stopped crossing is also "
            "annotated is left open, as in earlier sets.",
      optional=True),
    E("G13-ryanggang-fence-2026", "control_measure", "reported",
      [],
      P("KP", None, "Ryanggang"), None, D("2026-06", "month"),
      ["Bukneok Baram", "Asia Pacific Brief"],
      notes="'Since June, soldiers on the Ryanggang stretch of the border have been ordered to shoot "
            "anyone approaching the river at night without warning, and a second fence has been "
            "built' (h13e36); h13k16 '6월부터 ... 경고 없이 사격하라는 지시 ... 2중 철조망'. June 2026. "
            "Tied to crossings: control_measure."),
    E("G13-samjiyon-brokers-2025", "punishment", "reported",
      [S(None, "two brokers accused of helping people cross", "civilian", 2)],
      P("KP", "Samjiyon", "Ryanggang"), None, D("2025-12", "month"),
      ["Bukneok Baram", "Asia Pacific Brief"],
      notes="Shot after a public trial in Samjiyon: h13k17 (2026-01-08) '지난달' -> December 2025; h13e36 "
            "(21 Aug 2026) 'In December' -> December 2025 (the last December before the page). "
            "'2020년대 들어 ... 처음이 아니다' is not an event."),
    E("G13-family-lecture-2026", "control_measure", "reported",
      [S(None, "the families of people posted abroad", "civilian", None)],
      P("KP", None, "Ryanggang"), None, D("2026-01", "month"),
      ["Bukneok Baram"],
      notes="h13k17 (2026-01-08): '이달 초부터 인민반 회의에서 해외에 나가 있는 사람의 가족들에게 "
            "\"가족이 도망치면 온 집안이 산골로 추방된다\"는 경고' -> early January 2026. A threat to "
            "families to prevent defection: control_measure. Region from the source (Ryanggang)."),

    # --- Added background and the Bujumbura medical team ---
    E("G13-tynda-2023", "defection", "confirmed",
      [S(None, "a logger employed near Tynda in the Amur region", "overseas_worker")],
      P("RU", "Tynda", "Amur region"), "KR", D("2023", "year"),
      ["unification ministry", "Han River Wire", "Saebyeol Tongsin"],
      notes="Background anchor: 'the first North Korean worker from Russia known to have reached the "
            "South since 2023, when a logger employed near Tynda ... fled and later arrived in Seoul, "
            "a ministry official said' (h13e23); h13k12 '2023년 아무르주 틴다 인근 벌목장에서 일하던 "
            "노동자가 탈출해 입국한 이후 처음이라고 통일부 당국자는 전했다'. Status: a ministry "
            "official (named office, unnamed person) -> confirmed (debatable; reported defensible)."),
    E("G13-maesai-2025", "defection", "reported",
      [S(None, "six North Koreans, four of them women", "civilian", 6)],
      P("KP"), "KR", D("2025-11", "month"),
      ["Mekong Post"],
      notes="h13e20 (22 Jul 2026): 'Last November six North Koreans ... were found by a border patrol "
            "near Mae Sai after walking across from Myanmar, and told officers they wanted to go to "
            "Seoul' -> November 2025. Reached refuge in Thailand (as the Chiang Saen group): "
            "defection, destination KR. A look-alike of the Chiang Saen group in the same province "
            "and article. Status: the paper's own background line, no source -> reported."),
    E("G13-bujumbura-doctor-2026", "disappearance", "confirmed",
      [S("Tongbang", "a 41-year-old surgeon known to patients as Dr Tongbang", "overseas_worker",
         1, 41)],
      P("BI", "Bujumbura"), None, D("2026-08-02", "day"),
      ["Burundi police", "Tanganyika Daily"],
      notes="h13e41 (Tue 25 Aug 2026): 'failed to return from his Sunday walk on 2 August'; police say "
            "his whereabouts are 'still unknown' -> disappearance confirmed by police on record. "
            "Name: only the surname as patients use it. Role: a doctor in a medical team sent "
            "abroad -> overseas_worker. The patient quoted is not a subject."),
    E("G13-bujumbura-medics-recall-2026", "recall", "reported",
      [S(None, "The nine remaining members of the team", "overseas_worker", 9)],
      P("BI", "Bujumbura"), "KP", D("2026-08-20", "day"),
      ["Tanganyika Daily"],
      notes="h13e41: 'flew out of Bujumbura on Thursday, 20 August, on instructions from Pyongyang' "
            "-> recall on 20 Aug 2026. Status: an anonymous health ministry official -> reported. "
            "The clinic closing is no mission_closure (not an embassy or trade office); the Dar es "
            "Salaam embassy is a bystander."),
]
