"""Gold events of the heldout15 benchmark, annotated by /work/shared/bench/GUIDELINES.md from the
page texts in articles_en.py and articles_ko.py only. All people and events are invented.

Dates are as precise as the text allows, relative dates resolved against the page's publication
date. A defection first told as a disappearance is one defection event, dated when the people
left. Background mentions ("since 2019, when a clerk at the embassy in Djibouti fled", "the
largest since November, when about 80 were sent back", "the withdrawal from Guinea-Bissau and
Sierra Leone, both last year") are events of their own. One status per event: the strongest
on-record statement across its pages. `reported` is filled in by build.py.
"""


from heldout_build import D, E, P, S  # noqa: E402 (build.py puts bench/ on the path)


EVENTS = [
    # --- La Paz first secretary: local paper (h15e01, no keyword), two wires (h15e02 'Geum
    #     Yong-bom', h15e03 'Keum Young-beom'), analysis (h15e04 'Kum Yong Bom', 'vanished'),
    #     follow-up (h15e05), timeline (h15e28), Korean wire (h15k01), NK outlet (h15k02 잠적,
    #     h15k04), lecture follow-up (h15k03) ---
    E("G15-lapaz-geum-2025", "defection", "confirmed",
      [S("Geum Yong-bom", "first secretary at the North's embassy in La Paz", "diplomat", 1, 46),
       S(None, "his wife", "family_member"),
       S(None, "daughter", "family_member", 1, 15, True)],
      P("BO", "La Paz"), "KR", D("2025-07-19", "day"),
      ["unification ministry", "Altiplano Herald", "Hangang Newswire", "East Asia Express",
       "Pyongyang Lens", "Korea Peninsula Review", "Peninsula Year", "Hangang Tongsin",
       "Bukchang News", "Seoul Ilbo"],
      notes="Date: the family left on Saturday 19 July 2025 (h15e01, Thu 24 Jul: 'not been seen since "
            "Saturday'; h15e02 'July 19'; h15k01 '지난해 7월 19일'; h15k02 '지난달 19일' in an August page; "
            "h15e03 'mid-July'). The November arrival and the 13 Jan 2026 statement are not the date of "
            "leaving. Status: unification ministry spokeswoman on record. Type: a family leaving with "
            "suitcases (h15e01, no keyword), 'vanished' (h15e04), 잠적/자취를 감춘 (h15k02, h15k04) all "
            "resolved as arrival in the South: one defection, no separate disappearance. h15e05 ('the "
            "diplomat who defected from Bolivia last year') and h15k03 ('지난해 볼리비아에서 ... 탈북한') "
            "restate it without name. Names: Geum Yong-bom, Keum Young-beom, Kum Yong Bom, 금영범. "
            "The daughter (15) accompanies a principal: family_member, minor."),
    E("G15-djibouti-2019", "defection", "reported",
      [S(None, "a clerk at the embassy in Djibouti", "diplomat")],
      P("DJ", "Djibouti"), "KR", D("2019", "year"),
      ["Hangang Newswire", "East Asia Express", "Hangang Tongsin"],
      notes="Background: 'the first diplomat of any post since 2019, when a clerk at the embassy in "
            "Djibouti fled to the South' (h15e02, h15e03, h15k01). Status: a government source. Role "
            "diplomat (embassy staff; official defensible)."),
    E("G15-lapaz-recall-2025", "recall", "reported",
      [S(None, "the ambassador in La Paz", "diplomat")],
      P("BO", "La Paz"), "KP", D("2025-09", "month"),
      ["Pyongyang Lens", "Bukchang News"],
      notes="h15e04 'summoned to Pyongyang in September'; h15k04 (2025-10-28) '지난달 평양으로 소환' -> "
            "September 2025. Status: unnamed people/sources."),
    E("G15-geum-relatives-2025", "punishment", "reported",
      [S(None, "his parents", "civilian", 2), S(None, "his elder brother", "civilian")],
      P("KP", "Pyongyang"), None, D("2025-10", "month"),
      ["Pyongyang Lens", "Bukchang News"],
      notes="Banished from Pyongyang to a mining district (Komdok) in mid-October 2025: h15k04 "
            "(2025-10-28) '이달 중순 ... 끌려갔다', h15e04 'in mid-October'. One family, one reason: one "
            "punishment. Relatives, not accompanying a principal: civilian."),
    E("G15-latam-control-2025", "control_measure", "reported",
      [S(None, "staff at North Korea's missions in Latin America", "diplomat", None)],
      P(None, None, "Latin America"), None, D("2025-09", "month"),
      ["Pyongyang Lens", "Bukchang News"],
      notes="'Since September, staff ... in Latin America have had to live inside embassy compounds, "
            "hand their passports ... travel only in pairs' (h15e04); '9월부터 중남미 주재 공관 직원들은' "
            "(h15k04, 2025). Region only."),

    # --- Central-front soldier: wire (h15e06), long read (h15e07, no keyword), timeline (h15e28),
    #     Korean wire (h15k05), TV transcript with hard line breaks (h15k06), NK outlet (h15k07) ---
    E("G15-soldier-central-2026", "defection", "confirmed",
      [S(None, "a private in his early twenties", "military", 1, 21)],
      P("KP", None, "central front"), "KR", D("2026-04-14", "day"),
      ["Joint Chiefs of Staff", "Hangang Newswire", "The Longitude", "Peninsula Year",
       "Hangang Tongsin", "Hanbit TV", "Bukchang News"],
      notes="Tuesday 14 April 2026, about 4.20 a.m. (h15e06, h15k05 '14일 새벽', h15k06 '오늘 새벽', "
            "h15e07 'on 14 April', h15e28 'APR 14', h15k07 '지난 4월'). JCS on record. Age 21 from "
            "h15e07 ('He was 21'). h15e07 tells it without keyword (walked ... said he wanted to stay)."),
    E("G15-soldier-2023", "defection", "reported",
      [S(None, "a staff sergeant", "military")],
      P("KP", None, "eastern front"), "KR", D("2023-08", "month"),
      ["Hangang Newswire", "Hangang Tongsin"],
      notes="Background anchor: 'the first crossing ... since August 2023, when a staff sergeant walked "
            "across on the eastern front' (h15e06); '2023년 8월 동부전선에서 하사 1명이 넘어온 이후 2년 "
            "8개월 만' (h15k05). Its own event; it must not date the 2026 crossing."),
    E("G15-eastsea-raft-2026", "defection", "confirmed",
      [S(None, "a North Korean man", "civilian")],
      P("KP"), "KR", D("2026-04", "month"),
      ["Joint Chiefs of Staff", "Hangang Newswire", "Hangang Tongsin"],
      notes="Second happening of the same type in the soldier wires: 'Earlier this month a North Korean "
            "man also drifted south on a home-made raft ... wanted to stay' (h15e06, 14 Apr 2026); "
            "'앞서 이달 초에는 동해상에서 북한 남성 1명이 뗏목을 타고 넘어와 귀순 의사' (h15k05) -> early "
            "April 2026. Civilian, distinct from the soldier. Status: the JCS is the on-record source "
            "of the line in h15e06 ('the JCS said')."),
    E("G15-guardpost-punish-2026", "punishment", "reported",
      [S(None, "the company that manned the post", "military", None),
       S(None, "its captain and political officer", "military", 2)],
      P("KP", None, "central front"), None, D("2026-05", "month"),
      ["The Longitude", "Bukchang News"],
      notes="The company replaced and its captain and political officer sent to a labour unit "
            "'in May' (h15e07) / '지난달 ... 중대를 통째로 교체 ... 철직돼 노동연대로' (h15k07, 2026-06-09). "
            "Presented as the response to the crossing: punishment (unit replacement). The order to "
            "double night watches (h15k07) is not annotated separately (one line, a military "
            "readiness order, not framed as against would-be defectors' families or staff)."),

    # --- Kangryong boat: wire (h15e08), undated essay (h15e09, no keyword), brief (h15e10),
    #     Korean wire (h15k08), NK outlet (h15k10) ---
    E("G15-kangryong-boat-2025", "defection", "confirmed",
      [S(None, "a man in his forties", "civilian"),
       S(None, "his wife", "civilian"),
       S(None, "son", "civilian", 1, 16, True),
       S(None, "son", "civilian", 1, 9, True),
       S(None, "the man's mother", "civilian", 1, 68)],
      P("KP", "Kangryong", "South Hwanghae"), "KR", D("2025-09-06", "day"),
      ["Joint Chiefs of Staff", "unification ministry", "Hangang Newswire", "Slow Prose",
       "Pyongyang Lens", "Hangang Tongsin", "Bukchang News"],
      notes="Left Kangryong on the night of Saturday 6 Sep 2025 ('the night before' Sunday in h15e08; "
            "'6일 밤 ... 출발' h15k08), spotted/intercepted 7 Sep (same month). JCS/ministry on record. "
            "A family fleeing together as equals: each civilian, the sons minors. The boat owner who "
            "asked to go back and was walked back at Panmunjom is no repatriation and no event. h15e09 "
            "(undated) tells it without keywords; h15e10/h15k10 restate 'early September'/'9월 초'. "
            "'A patrol boat confirmed that six people were aboard' is not the status source."),
    E("G15-kangryong-relatives-2025", "punishment", "reported",
      [S(None, "the wife's brother, his wife and their son", "civilian", 3)],
      P("KP", "Kangryong", "South Hwanghae"), None, D("2025-10", "month"),
      ["Pyongyang Lens", "Bukchang News"],
      notes="'taken away by state security officers in October' (h15e10); '지난달 ... 일가 3명이 "
            "보위원들에게 끌려갔다' (h15k10, 2025-11-04) -> October 2025. Relatives taken away: punishment."),
    E("G15-kangryong-control-2025", "control_measure", "reported",
      [S(None, "fishing boats in South Hwanghae province", "civilian", None)],
      P("KP", None, "South Hwanghae"), None, D("2025-10", "month"),
      ["Pyongyang Lens", "Bukchang News"],
      notes="'Since October, fishing boats ... take a security ministry officer on board ... return "
            "by sunset' (h15e10); '지난달부터 모든 어선에 보안원이 동승' (h15k10, Nov 2025). Tied to the "
            "boat's flight: control measure against would-be defectors."),

    # --- Oudomxay bus arrest -> Vientiane handover -> labour-training camp ---
    E("G15-oudomxay-arrest-2026", "attempted_defection", "confirmed",
      [S(None, "four women", "civilian", 4), S(None, "a man", "civilian"),
       S(None, "a 12-year-old boy", "civilian", 1, 12, True)],
      P("KP"), None, D("2026-02-10", "day"),
      ["Oudomxay provincial police", "Crossing Watch", "Mekong Post", "Bukchang News"],
      notes="Arrested on a bus near Oudomxay on Tuesday 10 Feb 2026 (h15e11 'on Tuesday', police "
            "'on 10 February'; h15k11 '지난 10일'); h15e12 and h15k12 restate it ('in February', '2월'). "
            "Escapees arrested abroad before refuge: attempted_defection; origin KP (where they lived, "
            "not Laos where caught). Status: police confirmed the detention on record. 'If returned, "
            "they would face' is a prediction."),
    E("G15-laos-return-2026", "repatriation", "reported",
      [S(None, "six North Koreans detained in northern Laos", "civilian", 6)],
      P("LA", "Vientiane"), "KP", D("2026-03-05", "day"),
      ["Mekong Post", "Bukchang News", "Crossing Watch"],
      notes="Handed to the North Korean embassy in Vientiane on 5 March 2026 (h15e12; h15k12 '3월 5일 "
            "... 넘겨진'; h15e32 'in March', fewer details). Origin: the country that sent them back (Laos). 'handled according to law' "
            "confirms nothing: reported (activists, a church worker)."),
    E("G15-laos-camp-2026", "punishment", "reported",
      [S(None, "the five adults", "civilian", 5)],
      P("KP", "Hyesan", "Ryanggang"), None, D("2026-05", "month"),
      ["Bukchang News"],
      notes="h15k12 (2026-06-02): '어른 5명은 지난달 혜산 인근 노동단련대로' -> May 2026. The boy put in an "
            "orphanage is not counted as punished."),

    # --- Meihekou train arrest -> return ---
    E("G15-meihekou-arrest-2025", "attempted_defection", "reported",
      [S(None, "three North Korean women aged between 24 and 39", "civilian", 3)],
      P("KP"), None, D("2025-12-02", "day"),
      ["Northeast Observer", "Dongbuk Sosik", "Hangang Newswire"],
      notes="Taken off a train at Meihekou on Tuesday 2 Dec 2025 (h15e13, pub Fri 5 Dec; h15k13 '지난 "
            "2일'). Origin KP per the codebook (civilians caught in China), although they had lived "
            "hidden in Heilongjiang for years (CN defensible). 'face repatriation' / '북송될 경우' are "
            "predictions. h15e14 ('seized on a train at Meihekou in December') and h15k14 ('지난해 12월 "
            "... 붙잡힌') restate the arrest with its own time."),
    E("G15-meihekou-return-2026", "repatriation", "reported",
      [S(None, "three North Korean women", "civilian", 3)],
      P("CN", "Tumen"), "KP", D("2026-01", "month"),
      ["Dongbuk Sosik", "Hangang Newswire"],
      notes="h15k14 (2026-02-03): '지난달 하순 ... 강제 송환', handed over at Tumen; h15e14 'sent back in "
            "January'. China's 'handled according to law' is not a confirmation."),

    # --- China mass returns ---
    E("G15-china-mass-2026", "repatriation", "reported",
      [S(None, "about 200 detained North Koreans", "civilian", 200)],
      P("CN", None, "Jilin and Liaoning"), "KP", D("2026-04-26", "day"),
      ["Hangang Newswire", "Asia Daily Wire", "Hangang Tongsin", "Peninsula Year", "Crossing Watch"],
      notes="Sunday night 26 April 2026 (h15e14/h15e15 pub Wed 29 Apr 'on Sunday night'; h15k15 "
            "'지난 26일 밤'; h15e28 'APR 26'; h15e32, months later, 'in April ... about 200 ... in one night'). One dated act by a concrete actor: an event, not a "
            "statistic. h15e15 is a syndicated copy with glued sentences. Status: activists; Seoul "
            "'verifying'. The Tokyo-based group and Seoul are bystanders."),
    E("G15-china-mass-2025", "repatriation", "reported",
      [S(None, "about 80 North Koreans", "civilian", 80)],
      P("CN"), "KP", D("2025-11", "month"),
      ["Hangang Newswire", "Asia Daily Wire", "Hangang Tongsin"],
      notes="Background: 'the largest single return since November, when about 80 ... were sent back' "
            "(h15e14, h15e15, April 2026 -> November 2025); '지난해 11월 약 80명이 북송' (h15k15). The "
            "'2024 UN report ... thousands each year' is a statistic, no event."),

    # --- Russia: Perm builders, rules, recall; Ufa bus arrest and deportation ---
    E("G15-perm-missing-2026", "disappearance", "confirmed",
      [S("Ma Chol-hun", "a plasterer", "overseas_worker", 1, 34),
       S(None, "a tiler", "overseas_worker", 1, 29)],
      P("RU", "Perm"), None, D("2026-03-21", "day"),
      ["Perm regional police", "Perm Today", "Hangang Newswire", "Pyongyang Lens", "Peninsula Year",
       "Bukchang News"],
      notes="Did not return on Saturday 21 March 2026 (h15e16 pub Wed 25 Mar 'on Saturday evening'; "
            "h15e17 'March 21'; h15k16 '지난 21일'). No page says how it ended ('still not found', "
            "h15e18, h15e28; '행방은 아직', h15k17): a disappearance. h15k17 calls it 도주; still the "
            "same happening. Status: police missing-person case on record. Names: Ma Chol-hun / Ma Chol "
            "Hun / 마철훈 (short surname Ma)."),
    E("G15-russia-control-2026", "control_measure", "reported",
      [S(None, "North Korean workers in Russia", "overseas_worker", None)],
      P("RU"), None, D("2026-05", "month"),
      ["Pyongyang Lens", "Bukchang News"],
      notes="'From May, ... hand their passports and phones ... groups of five with a minder' (h15e18); "
            "'5월부터 ... 여권을 작업반장에게' (h15k17)."),
    E("G15-perm-recall-2026", "recall", "reported",
      [S(None, "the whole team of about 40 workers at the Perm site", "overseas_worker", 40)],
      P("RU", "Perm"), "KP", D("2026-06", "month"),
      ["Pyongyang Lens", "Bukchang News"],
      notes="h15e18 (30.06.2026): 'This month, Pyongyang ordered the whole team ... home ... flew out "
            "in mid-June'; h15k17 (2026-07-01) '지난달 중순 전원 귀국 명령' -> June 2026. Moscow is "
            "transit."),
    E("G15-ufa-bus-2026", "attempted_defection", "confirmed",
      [S(None, "a North Korean worker employed at a brickworks in Ufa", "overseas_worker", 1, 31)],
      P("RU", "Ufa"), None, D("2026-07-16", "day"),
      ["Bashkortostan interior ministry", "Urals News", "Dongbuk Sosik", "Hangang Newswire"],
      notes="Detained on a bus to Orenburg on Thursday 16 July 2026 (h15e19 pub Sat 18 Jul; h15k18 '지난 "
            "16일'); h15e31 restates ('caught on a bus ... in July'). A worker posted in Russia and "
            "caught there: origin RU. He wanted the South Korean consulate: attempt. 'could be "
            "deported' is a prediction. Interior ministry statement on record."),
    E("G15-ufa-return-2026", "repatriation", "reported",
      [S(None, "a North Korean brickworks worker", "overseas_worker")],
      P("RU"), "KP", D("2026-09", "month"),
      ["Hangang Newswire"],
      notes="h15e31 (2026-10-20): 'was deported to North Korea in September, an activist group said'."),

    # --- Cambodia restaurant ---
    E("G15-battambang-2026", "disappearance", "reported",
      [S(None, "three young women who worked as waitresses and singers", "restaurant_worker", 3)],
      P("KH", "Battambang"), None, D("2026-02-22", "day"),
      ["Cambodia Weekly", "Bukchang News"],
      notes="Last seen on Sunday 22 Feb 2026 (h15e20 pub Thu 26 Feb; h15k19 '지난 22일'); h15e21 and "
            "h15k20 restate ('in February', '2월'). No page resolves it. Police 'looking into it', "
            "no complaint: reported."),
    E("G15-kampot-2022", "disappearance", "reported",
      [S(None, "two waitresses from a North Korean restaurant in Kampot", "restaurant_worker", 2)],
      P("KH", "Kampot"), None, D("2022", "year"),
      ["Cambodia Weekly"],
      notes="Background in h15e20: 'In 2022 two waitresses ... in Kampot also disappeared'. Must not "
            "merge with Battambang."),
    E("G15-cambodia-recall-2026", "recall", "reported",
      [S(None, "the remaining eleven staff", "restaurant_worker", 11)],
      P("KH", "Battambang"), "KP", D("2026-03", "month"),
      ["Cambodia Weekly", "Bukchang News"],
      notes="'ordered back to Pyongyang and flew out ... in late March' (h15e21, 7 Apr 2026); '평양의 "
            "지시로 지난달 하순 ... 귀국' (h15k20, 8 Apr). The restaurant closing is no mission_closure; "
            "Phnom Penh is transit."),

    # --- Closures ---
    E("G15-gaborone-closure-2025", "mission_closure", "confirmed", [],
      P("BW", "Gaborone"), None, D("2025-12-12", "day"),
      ["Botswana Ministry of International Affairs", "Gaborone Weekly", "Diplomatic Dispatch Weekly",
       "Hangang Tongsin"],
      notes="'closed its embassy in Gaborone on Friday' (h15e22, Tue 16 Dec 2025 -> 12 Dec); h15k21 "
            "'12일 폐쇄'; h15e29 'in December 2025'. Pretoria (successor) is a bystander. 'several "
            "missions in recent years to save money' is vague: no event."),
    E("G15-bissau-closure-2024", "mission_closure", None, [],
      P("GW", "Bissau"), None, D("2024", "year"),
      ["Gaborone Weekly", "Diplomatic Dispatch Weekly", "Hangang Tongsin"],
      notes="List: 'follows the North's withdrawal from Guinea-Bissau and Sierra Leone, both last year' "
            "(h15e22, 2025 -> 2024); h15e29 'a list ... that already included Bissau and Freetown'; "
            "h15k21 '지난해에도 기니비사우와 시에라리온 주재 대사관을 잇따라 철수'. No sourcing: status None."),
    E("G15-freetown-closure-2024", "mission_closure", None, [],
      P("SL", "Freetown"), None, D("2024", "year"),
      ["Gaborone Weekly", "Diplomatic Dispatch Weekly", "Hangang Tongsin"],
      notes="Same list as Bissau; its own closure event."),
    E("G15-niamey-closure-2025", "mission_closure", None, [],
      P("NE", "Niamey"), None, D("2025-03", "month"),
      ["Diplomatic Dispatch Weekly"],
      notes="h15e29 only: '... and Niamey, closed in March 2025'."),

    # --- Sakchu ---
    E("G15-sakchu-trial-2026", "punishment", "reported",
      [S(None, "three people accused of guiding defectors across the Yalu", "civilian", 3)],
      P("KP", "Sakchu", "North Pyongan"), None, D("2026-03", "month"),
      ["Pyongyang Lens", "Bukchang News"],
      notes="Public trial 'in late March' (h15e23, 6 Apr 2026; h15k22 '지난달 하순', 3 Apr): one shot, "
            "two 15 years. One group, one reason: one punishment although the sentences differ."),
    E("G15-sakchu-order-2026", "control_measure", "reported",
      [S(None, "residents near the Yalu and families with a member who has left", "civilian", None)],
      P("KP", "Sakchu", "North Pyongan"), None, D("2026-02", "month"),
      ["Pyongyang Lens", "Bukchang News"],
      notes="'Since February, border guards ... orders to shoot anyone within 500 metres ... families "
            "... must report every week' (h15e23; h15k22 '2월부터'). One order set: one control_measure."),
    E("G15-sakchu-shooting-2026", "punishment", "reported",
      [S(None, "a woman in her thirties", "civilian")],
      P("KP", "Sakchu", "North Pyongan"), None, D("2026-05", "month"),
      ["Crossing Watch", "Bukchang News"],
      notes="Shot dead while wading across the Yalu 'in the middle of May' (h15e24, 4 Jun 2026; h15k23 "
            "'이달 중순', 28 May). Killing at the border: punishment."),
    E("G15-sakchu-attempt-2026", "attempted_defection", "reported",
      [S(None, "a woman in her thirties", "civilian")],
      P("KP", "Sakchu", "North Pyongan"), None, D("2026-05", "month"),
      ["Crossing Watch", "Bukchang News"],
      notes="Optional: the crossing stopped by the shooting; the codebook's 'caught fleeing and then "
            "executed' splits attempt and punishment, but a killing in the river may be read as the "
            "punishment alone.",
      optional=True),

    # --- Rabat (unconfirmed), Zamyn-Uud (denied), Penang sailor ---
    E("G15-rabat-2026", "defection", "unconfirmed",
      [S("Seonu", "a trade official working for a company selling fishing equipment",
         "trade_official")],
      P("MA", "Rabat"), "third_country", D("2026-08", "month"),
      ["Maghreb Monitor", "Seoul Ilbo"],
      notes="Left Rabat 'in late August' (h15e25, 15 Sep 2026) / '지난달 하순' (h15k24, 14 Sep 2026). "
            "Morocco 'cannot confirm' / '확인해 줄 수 없다': unconfirmed. Went to a third country "
            "(피신), wishes to go to the South: destination third_country."),
    E("G15-zamynuud-2026", "repatriation", "denied",
      [S(None, "two North Korean men detained near Zamyn-Uud", "civilian", 2)],
      P("MN", "Zamyn-Uud"), "KP", D("2026-05-20", "day"),
      ["Mongolian foreign ministry", "Steppe Times", "Dongbuk Sosik"],
      notes="Alleged deportation on Wednesday 20 May 2026 (h15e26 pub Fri 22 May: 'on Wednesday', 'on "
            "20 May'; h15k25 '지난 20일'); Mongolia: 'This is not true': denied. Beijing transit."),
    E("G15-zamynuud-arrest-2026", "attempted_defection", "reported",
      [S(None, "two North Korean men", "civilian", 2)],
      P("KP"), None, D("2026-05", "month"),
      ["Steppe Times", "Dongbuk Sosik"],
      notes="Optional: 'two North Koreans detained near the border town of Zamyn-Uud ... who crossed "
            "from China's Inner Mongolia in early May' (h15e26, 22 May 2026); '자먼우드 인근에서 붙잡힌' "
            "(h15k25). An arrest abroad before refuge is an attempt by the codebook, but Mongolia is "
            "often the refuge route itself and the pages say only 'detained'; the detention date is "
            "not given (May from 'early May' and the 20 May allegation).",
      optional=True),
    E("G15-penang-sailor-2026", "defection", "confirmed",
      [S("Ok", "a crewman from a North Korean-flagged cargo ship", "overseas_worker", 1, 26)],
      P("MY", "Penang"), "KR", D("2026-08-09", "day"),
      ["unification ministry", "Straits Harbour News", "Hangang Newswire", "Peninsula Year",
       "Hangang Tongsin"],
      notes="Walked off his ship on Sunday 9 Aug 2026 (h15e30 pub 12 Aug 'on Sunday'; h15e31 'August "
            "9'; h15k26 '8월 9일'; h15e28 'AUG 9'); arrived in Seoul by October (statement 20 Oct). "
            "h15e30 tells it without the keyword (walked off, did not want to go back, taken into "
            "UNHCR care). Status: ministry on record. Role overseas_worker (a state ship's crew "
            "abroad; civilian defensible). Short surname Ok."),
]
