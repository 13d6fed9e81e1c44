"""Gold events of the heldout11 benchmark, annotated by /work/shared/bench/GUIDELINES.md from the
page texts in articles_en.py and articles_ko.py only. All people and events are invented.

Dates are as precise as the text allows, relative dates resolved against the page's publication
date. A defection first told as a disappearance is one defection event, dated when the people
left. Background mentions ("since 2017, when a trade representative attached to the North's
office in Abu Dhabi fled with his wife", "since it shut its embassy in Sanaa in 2015") are events
of their own; their status is None where no page gives sourcing for them. One status per event:
the strongest on-record statement across its pages. `reported` is filled in by build.py from the
pages.
"""


from heldout_build import D, E, P, S  # noqa: E402 (build.py puts bench/ on the path)


EVENTS = [
    # --- Brunei: neighbours (h11e01), wire twice (h11e02, h11e03 'Hyeon Tae-sik'), analysis
    #     (h11e04), undated NGO statement (h11e05), Korean wire (h11k01), Korean NK outlet
    #     (h11k02), Korean lawmaker briefing (h11k18) ---
    E("G11-brunei-hyon-2025", "defection", "confirmed",
      [S("Hyon Tae-sik", "first secretary in charge of economic affairs at the North's embassy in "
         "Bandar Seri Begawan", "diplomat", 1, 44),
       S(None, "his wife", "family_member"),
       S(None, "son", "family_member", 1, 11, True)],
      P("BN", "Bandar Seri Begawan"), "KR", D("2025-10-19", "day"),
      ["unification ministry", "Borneo Evening", "Seoul Cable Wire", "East Asia Dispatch",
       "Korea Risk Monitor", "Families Unheard", "Hanbit Tongsin", "Bukhan Inside", "NIS"],
      notes="Date: the family drove away on Sunday 19 October 2025 (h11e01, published Fri 24 Oct: "
            "'packed the car on Sunday morning'; h11e02/h11e03 'Oct. 19'; h11k01 '지난해 10월 19일'); "
            "the arrival in February 2026 and the ministry's statement on Tue 10 Mar 2026 are not "
            "the date of leaving. Status: the unification ministry spokesman confirmed on record. "
            "Type: told first as a house left empty (h11e01, no keyword), as 'did not come back' "
            "(h11e04), '행방을 감춘' (h11k02) and '잠적' (h11k18), and resolved as arrival in the South (h11e02...): one "
            "defection. h11e05 (undated) cites it through 'left his post in Bandar Seri Begawan in "
            "October'. "
            "Names: Hyon Tae-sik, Hyeon Tae-sik (h11e03), 현태식. The 11-year-old son is a minor "
            "family_member (he accompanies a diplomat)."),
    E("G11-abudhabi-2017", "defection", "reported",
      [S(None, "a trade representative attached to the North's office in Abu Dhabi",
         "trade_official"),
       S(None, "his wife", "family_member")],
      P("AE", "Abu Dhabi"), "KR", D("2017", "year"),
      ["Seoul Cable Wire", "East Asia Dispatch", "Hanbit Tongsin"],
      notes="Background: 'the first North Korean diplomat in Asia known to have sought refuge in the "
            "South since 2017, when a trade representative ... in Abu Dhabi fled with his wife, the "
            "source added' (h11e02; h11e03 'defected to the South since 2017'; h11k01 '2017년 아부다비 "
            "주재 북한 무역대표가 부인과 함께 탈북한 이후'). Status reported: an unnamed government "
            "source. Destination KR from 'sought refuge in the South' / 한국행."),
    E("G11-brunei-recall-2025", "recall", "confirmed",
      [S(None, "two of the embassy's remaining diplomats", "diplomat", 2),
       S(None, "their wives", "family_member", 2)],
      P("BN", "Bandar Seri Begawan"), "KP", D("2025-11", "month"),
      ["Korea Risk Monitor", "NIS", "Gukhoe Today"],
      notes="h11e04 (16 Dec 2025): 'Late last month two of the embassy's remaining diplomats and their "
            "wives were put on a flight to Beijing and onward to Pyongyang' -> late November 2025 "
            "(month); h11k18 '11월 말 평양으로 소환'. Type: ordered home by their own side (recall). "
            "Status: h11k18 relays the NIS briefing through the committee secretary Rep. Gu Ja-yeon "
            "(on record), as earlier sets treat NIS-via-lawmaker; h11e04 alone would be reported."),
    E("G11-seasia-passports-2025", "control_measure", "confirmed",
      [S(None, "staff across the North's embassies in Southeast Asia", "diplomat", None)],
      P(None, None, "Southeast Asia"), None, D("2025-12", "month"),
      ["Korea Risk Monitor", "NIS", "Gukhoe Today"],
      notes="Passports handed to the security counsellor, outings only in pairs, written permission "
            "for trips: h11e04 'Since the start of December' (published 16 Dec 2025), h11k18 "
            "'12월부터 ... 여권을 보위 담당 참사에게 맡기고 2인 1조로만 외출'. Date December 2025. "
            "Status confirmed through the NIS briefing relayed by a named lawmaker (h11k18). A "
            "control on personnel abroad; region only, no single country."),
    E("G11-brunei-relatives-2026", "punishment", "reported",
      [S(None, "the mother of Hyon Tae-sik", "civilian"),
       S(None, "two brothers", "civilian", 2)],
      P("KP", "Pyongyang"), None, D("2026-01", "month"),
      ["Families Unheard", "Bukhan Inside"],
      notes="Mother and two brothers moved out of Pyongyang to a cooperative farm in Kowon county; "
            "the brothers lost their jobs: one punishment (one family, one reason). Date: h11k02 "
            "(2026-02-12) '지난달' -> January 2026; h11e05 (undated) 'in January'. Status: unnamed "
            "sources, not independently verified. Relatives punished at home are civilian; origin "
            "Pyongyang, where they lived and from where they were banished."),

    # --- Orang boat stopped by the North (h11e06, h11k18) ---
    E("G11-orang-boat-2025", "attempted_defection", "confirmed",
      [S(None, "a family of five from a fishing co-operative in Orang county", "civilian", 5)],
      P("KP", "Orang", "North Hamgyong"), None, D("2025-12-18", "day"),
      ["NIS", "Assembly Notes", "Gukhoe Today"],
      notes="Put out on the night of Dec. 18 (2025; pages of 22 Jan 2026) and stopped about 4 km "
            "offshore by the North's own coastal security boats: tried and was stopped -> "
            "attempted_defection. Status: NIS confirmed, relayed on record by Rep. Gu Ja-yeon. "
            "'Whether the family could be executed' and 'cannot rule anything out' are no "
            "punishment; being 'held by the State Security Ministry' is detention after the "
            "attempt, not a reported sentence."),

    # --- Haean soldier (h11e07 wire, h11e08 local, h11e09 NK outlet, h11e29 fact box, h11k03 TV) ---
    E("G11-haean-soldier-2026", "defection", "confirmed",
      [S(None, "a staff sergeant", "military", 1, 22)],
      P("KP", None, "eastern front"), "KR", D("2026-06-09", "day"),
      ["Joint Chiefs of Staff", "Seoul Cable Wire", "Gangwon Valley Times", "DPRK Inside News",
       "Korea Border Log", "Seorabeol TV"],
      notes="Crossed the MDL opposite the Haean basin at about 4:40 a.m. on Tue 9 June 2026 (h11e07, "
            "h11k03 '오늘 새벽'); h11e08 (10 Jun) tells it without 'defect' ('came over the ridge'). "
            "Status: JCS on record. Haean is on the southern side (a bystander place); origin KP "
            "with the front as region."),
    E("G11-haean-punish-2026", "punishment", "reported",
      [S(None, "the company commander", "military"),
       S(None, "the political officer", "military"),
       S(None, "the sergeant's platoon leader", "military")],
      P("KP", None, "eastern front"), None, D("2026-07", "month"),
      ["DPRK Inside News"],
      notes="h11e09 (17 Jul 2026): commander and political officer stripped of rank and sent to a "
            "labour brigade, the platoon leader expelled from the Party, 'The order came down in the "
            "first week of July' -> July 2026. One group punished for one reason: one event, "
            "sentences differ. The parents 'questioned but not detained' are not subjects. Status: "
            "one unnamed source, not verified."),

    # --- Munsan soldier stopped by his own side (h11e29 fact box, h11k15 radio) ---
    E("G11-munsan-soldier-2026", "attempted_defection", "confirmed",
      [S(None, "a North Korean soldier", "military")],
      P("KP", None, "western front"), None, D("2026-08-12", "day"),
      ["Joint Chiefs of Staff", "Korea Border Log", "Pyeonghwa Broadcasting"],
      notes="12 Aug 2026: ran toward the MDL opposite Munsan and was caught about 100 m short by two "
            "of his own side and dragged back (h11e29 '12 Aug', source JCS; h11k15 (18 Sep) '지난달 "
            "12일', '합참이 감시장비로 확인'). Tried and was stopped -> attempted_defection. Status: "
            "JCS. Look-alike of the Haean crossing (other front, other month, succeeded)."),

    # --- Riwon boat (h11e10 wire, h11e11 harbour page, h11e12 NK outlet, h11e13 coast guard,
    #     h11e29 fact box, h11k04 press release, h11k05 radio) ---
    E("G11-riwon-boat-2026", "defection", "confirmed",
      [S(None, "a man in his fifties, a fisherman", "civilian"),
       S(None, "his wife", "civilian"),
       S(None, "their daughter-in-law", "civilian"),
       S(None, "a boy of about eight, her son", "civilian", 1, 8, True)],
      P("KP", "Riwon", "South Hamgyong"), "KR", D("2026-05-16", "day"),
      ["Joint Chiefs of Staff", "unification ministry", "Seoul Cable Wire", "East Coast Harbour News",
       "DPRK Inside News", "East Sea Regional Coast Guard", "Korea Border Log",
       "Hanbada Broadcasting"],
      notes="Set out from Riwon on Saturday night (h11e11, published Tue 19 May: 'on Saturday night' "
            "-> 16 May 2026) and found about 20 km off Jeongdongjin on Mon 18 May (h11e10, h11k04 "
            "'오늘(5. 18.)', h11e29 '18 May'); dated by the departure, as in earlier sets; the "
            "discovery date is in the same month. Status: JCS press release and ministry. Four "
            "people who flee together as equals are civilian; the boy is a minor. h11e13 and h11k05 "
            "cite it ('In May' / '5월에는') beside the two fishermen sent back at their own request "
            "(no repatriation, no event)."),
    E("G11-riwon-punish-2026", "punishment", "reported",
      [S(None, "the head of the harbour security post at Riwon", "official"),
       S(None, "two coastal guards who were on duty", "military", 2)],
      P("KP", "Riwon", "South Hamgyong"), None, D("2026-05", "month"),
      ["DPRK Inside News"],
      notes="h11e12 (24 Jun 2026): 'arrested in the last days of May and sent to a re-education "
            "camp', six and three years, tried together: one punishment (one group, one reason). "
            "Date: the arrests, May 2026 (the trial is undated). Status: unnamed source. Roles: the "
            "post chief official, the guards military (debatable: coastal security)."),
    E("G11-riwon-harbour-2026", "control_measure", "reported",
      [S(None, "fishing boats of the county and their crews", "civilian", None)],
      P("KP", "Riwon", "South Hamgyong"), None, D("2026-06", "month"),
      ["DPRK Inside News"],
      notes="h11e12: 'Since early June' boats tie up inside the breakwater by sunset, fuel for one "
            "day's trip, a security man aboard beyond the inner fishing ground -> June 2026. Tied to "
            "the May escape, so a control against would-be defectors. Status: unnamed source."),

    # --- Abidjan: Kang (h11e16 feature, h11e15 wire, h11k06 interview); lobby (h11e14 local,
    #     h11e15, h11e17 NGO, h11k07); recall (h11e15, h11e39, h11k07); control (h11e15, h11e17,
    #     h11k07) ---
    E("G11-abidjan-kang-2025", "defection", "reported",
      [S("Kang Chol-min", "plasterer on a North Korean building crew in Abidjan", "overseas_worker",
         1, 38)],
      P("CI", "Abidjan"), "KR", D("2025-10-03", "day"),
      ["Hangang Weekly", "Seoul Cable Wire", "Maeil Saram"],
      notes="'It was the third of October, a Friday' (h11e16; 2025-10-03 is a Friday; h11k06 '지난해 "
            "10월 3일 금요일'): he crossed the road to the South Korean embassy and reached Seoul before "
            "Christmas. h11e15 'In October ... made it to the embassy and later reached Seoul'. Told "
            "without 'defect' ('stopped being a North Korean builder', 'I only had to cross one "
            "road'). Status: his own account and unnamed sources, no official confirmation -> "
            "reported. Names: Kang Chol-min (h11e15), Kang Cheol-min (h11e16), 강철민."),
    E("G11-abidjan-lobby-2026", "attempted_defection", "reported",
      [S(None, "a North Korean construction worker, in his forties", "overseas_worker")],
      P("CI", "Abidjan"), None, D("2026-03-14", "day"),
      ["Lagune Daily", "Seoul Cable Wire", "Builders' Rights Watch", "Hanbit Tongsin"],
      notes="Ran into the South Korean embassy lobby and was pulled out by three minders 'on "
            "Saturday' (h11e14, published Mon 16 Mar 2026 -> 14 Mar; h11e15 'the March 14 "
            "incident'; h11e17 'mid-March'; h11k07 '지난달 14일'). Tried and was stopped -> "
            "attempted_defection. Status: witnesses; the embassy was only 'aware of an incident' -> "
            "reported. Origin CI, where he was posted. Look-alike of Kang's October success."),
    E("G11-abidjan-recall-2026", "recall", "reported",
      [S(None, "North Korean construction workers in Ivory Coast", "overseas_worker", 90)],
      P("CI", "Abidjan"), "KP", D("2026-04-16", "day"),
      ["Seoul Cable Wire", "Africa Diplomat", "Hanbit Tongsin"],
      notes="'ordered about 90 construction workers ... to return home'; the first group 'flew out of "
            "Abidjan last Thursday' (h11e15, published Tue 21 Apr 2026 -> 16 Apr; h11k07 '지난 16일'). "
            "Dated by the first departure; the order itself is undated. h11e39 'pulled out since "
            "April'. Pyongyang ordering its workers home is recall. Status: unnamed sources."),
    E("G11-abidjan-control-2026", "control_measure", "reported",
      [S(None, "the North Korean construction workers in Abidjan", "overseas_worker", None)],
      P("CI", "Abidjan"), None, D("2026-03", "month"),
      ["Seoul Cable Wire", "Builders' Rights Watch", "Hanbit Tongsin"],
      notes="After the 14 March incident: passports collected by the site manager, off the compound "
            "only in groups of five with a supervisor, phones collected at night (h11e15 'After "
            "that', h11e17 'since the second half of March', h11k07 '사건 뒤') -> March 2026. A "
            "control on personnel abroad. Status: unnamed sources and subcontractors."),

    # --- Xiamen restaurant (h11e18 forum, h11e19 wire, h11k08) ---
    E("G11-xiamen-restaurant-2026", "defection", "reported",
      [S("Pak Sol-hui", "manager of the Moranbong Garden restaurant", "restaurant_worker", 1, 36),
       S(None, "two waitresses in their twenties", "restaurant_worker", 2)],
      P("CN", "Xiamen"), "KR", D("2026-04-05", "day"),
      ["Xiamen Expat Board", "Seoul Cable Wire", "Bukhan Inside"],
      notes="Left the staff dormitory on Sunday 5 April 2026 (h11e19 'April 5', h11k08 '4월 5일 "
            "일요일'; h11e18, a forum thread of 11 Apr, 'didn't show up last Sunday'), reached Seoul "
            "in June through a third country. First told as a disappearance (h11e18), resolved "
            "later: one defection. Status: the ministry 'could not confirm individual cases' "
            "(standing policy) -> reported. Names: Ms Pak, Pak Sol-hui, 박설희."),
    E("G11-xiamen-recall-2026", "recall", "reported",
      [S(None, "the remaining 14 staff of the restaurant", "restaurant_worker", 14)],
      P("CN", "Xiamen"), "KP", D("2026-04", "month"),
      ["Seoul Cable Wire", "Bukhan Inside"],
      notes="'sent back to North Korea within days' of 5 April (h11e19; h11k08 '며칠 만에 평양으로 "
            "불려 들어갔다') -> April 2026 (month). Sent home by their own side: recall, not "
            "repatriation. The restaurant closing is no mission_closure. Status: unnamed source."),

    # --- Bishkek (h11e20 report, h11e21 denial, h11e22 closure page, h11k09) ---
    E("G11-bishkek-ri-2026", "defection", "denied",
      [S("Ri Kwang-jun", "deputy head of North Korea's trade mission in Bishkek", "trade_official")],
      P("KG", "Bishkek"), "KR", D("2026-07-18", "day"),
      ["Central Asia Brief", "Kyrgyz foreign ministry", "Segye Naeil"],
      notes="Reported on Tue 21 Jul 2026 to have left the mission 'on Saturday evening' (-> 18 Jul; "
            "h11k09 '지난 18일 토요일 저녁') and asked a foreign embassy for asylum, wanting to go to "
            "South Korea (destination KR as reported). Kyrgyzstan's foreign ministry denied it on "
            "record on 22 Jul ('The reports are not true'): status denied. h11e22 recalls it "
            "('in July')."),
    E("G11-bishkek-closure-2026", "mission_closure", "confirmed",
      [],
      P("KG", "Bishkek"), None, D("2026-10-30", "day"),
      ["Kyrgyz foreign ministry", "Central Asia Brief"],
      notes="h11e22 (Tue 3 Nov 2026): the Kyrgyz foreign ministry said the trade mission has closed; "
            "'The last three staff members left on Friday' -> 30 Oct 2026. A trade mission is a "
            "mission. Status: foreign ministry on record."),
    E("G11-libreville-2026", "mission_closure", "confirmed",
      [],
      P("GA", "Libreville"), None, D("2026-02-27", "day"),
      ["Gabon foreign ministry", "Africa Diplomat", "Central Asia Brief"],
      notes="'When the North Korean flag came down over the embassy in Libreville on 27 February, "
            "Gabon's foreign ministry confirmed it' (h11e39); h11e22 lists it ('in February'). "
            "Told without 'closed' in the lead (the flag came down). Status: foreign ministry."),
    E("G11-yaounde-closure-2026", "mission_closure", "reported",
      [],
      P("CM", "Yaounde"), None, D("2026-09-30", "day"),
      ["Bukhan Inside", "Central Asia Brief"],
      notes="h11k16 (21 Oct 2026) '지난달 30일 카메룬 야운데 주재 대사관을 폐쇄' (local diplomatic "
            "sources) -> 30 Sep 2026; h11e22 lists it ('in September'). h11e39 (3 Aug) says the "
            "embassy 'is still open' and diplomats 'would not be surprised' if it followed: a "
            "prediction, not cited there. Status: unnamed sources."),
    E("G11-sanaa-2015", "mission_closure", None,
      [],
      P("YE", "Sanaa"), None, D("2015", "year"),
      ["Central Asia Brief"],
      notes="Background in h11e22: 'since it shut its embassy in Sanaa in 2015'. No sourcing: None."),
    E("G11-yaounde-medics-2026", "recall", "reported",
      [S(None, "the North's medical team in Yaounde, doctors and nurses", "overseas_worker", 25)],
      P("CM", "Yaounde"), "KP", D("2026-07", "month"),
      ["Africa Diplomat"],
      notes="h11e39: 'ordered home in July', 'The team's last members left on 12 July' -> July 2026 "
            "(the order's day is not given). About 25. Status: unnamed Cameroonian health officials. "
            "Look-alike of the Yaounde embassy closure (September, another type)."),

    # --- Tomsk (h11e23, h11k10) ---
    E("G11-tomsk-ju-2025", "defection", "reported",
      [S("Ju Song-chol", "worker at a timber yard on the outskirts of Tomsk", "overseas_worker", 1, 41)],
      P("RU", "Tomsk"), "KR", D("2025-12-07", "day"),
      ["Exit Road", "Siberia Today", "Siberia Korea"],
      notes="Left the workers' barracks on the night of Dec. 7 (2025) and arrived in Seoul in March "
            "2026 (h11e23, h11k10 '12월 7일 밤'); told as a walk-away ('did not come to breakfast') "
            "resolved as arrival. Status: an activist group; the police only put 'a foreign citizen' "
            "on a wanted list -> reported. Names: Ju Song-chol (h11e23), 주성철 (h11k10)."),

    # --- Barnaul (h11e25 police, h11e24 court, h11e26 NK outlet, h11k11) ---
    E("G11-barnaul-train-2026", "attempted_defection", "confirmed",
      [S("Choe Myong-su", "builder employed by a construction subcontractor in Barnaul",
         "overseas_worker", 1, 34),
       S(None, "another man aged 29", "overseas_worker", 1, 29)],
      P("RU", "Barnaul"), None, D("2026-01-24", "day"),
      ["West Siberian transport police", "Altai Court News", "Omsk Rail News", "DPRK Inside News",
       "Segye Naeil"],
      notes="Taken off the Barnaul-Moscow train at Omsk 'on Saturday evening' (h11e25, published Mon "
            "26 Jan 2026 -> 24 Jan; h11e24 'On 24 January'; h11k11 '지난달 24일 저녁'). An arrest "
            "abroad before reaching refuge ('to go to the South Korean consulate') -> "
            "attempted_defection; origin RU/Barnaul where they were posted, not Omsk where caught. "
            "Status: transport police press service and court on record. h11e26 cites it ('in "
            "January')."),
    E("G11-barnaul-expelled-2026", "repatriation", "confirmed",
      [S("Choe Myong-su", "builder", "overseas_worker", 1, 34),
       S(None, "another man aged 29", "overseas_worker", 1, 29)],
      P("RU", "Barnaul"), "KP", D("2026-02-19", "day"),
      ["Altai migration department", "Altai Court News", "DPRK Inside News", "Segye Naeil"],
      notes="Court order 11 Feb; handed to the DPRK embassy and flown out of Barnaul on Thursday 19 "
            "February (h11e24; h11k11 '19일 북한으로 보내졌다'; h11e26 'sent back to the North in "
            "February'). Forced return by Russia -> repatriation, origin the sending country. "
            "Status: migration department on record."),
    E("G11-barnaul-manager-2026", "punishment", "reported",
      [S("Tak Yong-gil", "North Korean manager of a building crew in Barnaul", "official")],
      P("KP", "Pukchang", "South Pyongan"), None, D("2026-04", "month"),
      ["DPRK Inside News"],
      notes="h11e26 (14 Apr 2026): dismissed and sent to a coal mine in Pukchang 'in early April' -> "
            "April 2026. Status: unnamed source. Role official (a company manager; debatable). "
            "Origin where the punishment is served."),
    E("G11-russia-guarantee-2026", "control_measure", "reported",
      [S(None, "families of North Koreans working in Russia", "civilian", None)],
      P("KP"), None, D("2026-03", "month"),
      ["DPRK Inside News"],
      notes="h11e26: since March, families must sign a guarantee that their relative will return and "
            "accept 'joint responsibility' -> March 2026. A control against would-be defectors (a "
            "threat to families). Origin KP, where the families live. Status: unnamed source."),

    # --- Fangchenggang (h11e27 alert, h11e28 update, h11e29 fact box, h11k12, h11k13) ---
    E("G11-fcg-arrest-2026", "attempted_defection", "reported",
      [S(None, "woman aged 38", "civilian", 1, 38),
       S(None, "woman aged 44", "civilian", 1, 44),
       S(None, "the 44-year-old's 16-year-old daughter", "civilian", 1, 16, True),
       S(None, "a man of 52", "civilian", 1, 52),
       S(None, "a man of 27", "civilian", 1, 27)],
      P("KP", "Puryong", "North Hamgyong"), None, D("2026-02-11", "day"),
      ["Crossing Point", "Jayuui Sori"],
      notes="Arrested at a checkpoint outside Fangchenggang 'on Wednesday, 11 February' (h11e27; "
            "h11e28; h11k12 '2월 11일'). An arrest abroad -> attempted_defection, dated by the "
            "arrest, not the January crossing. Origin KP/Puryong, where they lived. 'face being "
            "returned' (h11e27) is a prediction. Status: NGO with relatives."),
    E("G11-fcg-return-2026", "repatriation", "reported",
      [S(None, "the five North Koreans arrested in Fangchenggang", "civilian", 5)],
      P("CN", "Taipingwan"), "KP", D("2026-03-20", "day"),
      ["Crossing Point", "Korea Border Log", "Jayuui Sori"],
      notes="Handed to North Korean border guards at the Taipingwan crossing 'on Friday, 20 March' "
            "(h11e28; h11e29 '20 Mar'; h11k12 '지난 20일'; h11k13 '3월 20일'). Origin the sending "
            "country with the crossing. Status: NGO; China's 'according to law' line confirms "
            "nothing. Look-alike of the Jinghong return (same crossing, July, other people)."),

    E("G11-fcg-sentences-2026", "punishment", "reported",
      [S(None, "four adults of the group returned in March", "civilian", 4)],
      P("KP", "Puryong", "North Hamgyong"), None, D("2026-05", "month"),
      ["Crossing Point", "Seoul Cable Wire", "Jayuui Sori"],
      notes="'sentenced in May to between seven and 10 years in a reform-through-labour camp at a "
            "court in their home county of Puryong' (h11e31, 18 Aug 2026; h11k13 '5월 중순 ... 교화 "
            "7~10년'). One group, one reason: one punishment, sentences differ. The released "
            "16-year-old is not a subject. Date May 2026 (month; 중순 is within it). Status: NGO. "
            "Third event of the chain arrest (Feb) -> return (Mar) -> sentences (May)."),

    # --- Jinghong (h11e30 wire, h11e29 fact box, h11k13 timeline) ---
    E("G11-jinghong-arrest-2026", "attempted_defection", "unconfirmed",
      [S(None, "three North Korean women, aged 26, 31 and 49", "civilian", 3)],
      P("KP"), None, D("2026-05-27", "day"),
      ["Seoul Cable Wire", "Jayuui Sori", "China foreign ministry"],
      notes="Detained at a bus station in Jinghong 'on Wednesday' (h11e30, published Fri 29 May "
            "2026 -> 27 May; h11k13 '5월 27일'). Arrest abroad on the way toward Southeast Asia "
            "and Seoul -> attempted_defection. Origin KP: civilians caught in China (they had lived "
            "in northeast China since 2019, as the Suifenhe case in heldout10). Status: China's "
            "foreign ministry 'not aware of the situation' -> unconfirmed. 'could be sent back' is "
            "a prediction."),
    E("G11-jinghong-return-2026", "repatriation", "reported",
      [S(None, "three women arrested in Jinghong", "civilian", 3)],
      P("CN", "Taipingwan"), "KP", D("2026-07-08", "day"),
      ["Korea Border Log", "Jayuui Sori"],
      notes="Handed over at Taipingwan on 8 July 2026 (h11e29 '8 Jul'; h11k13 '7월 8일 ... 같은 "
            "태평만 통상구로 넘겨져'). Status: families in the South -> reported."),

    # --- Wonjong mass return (h11e31 wire, h11e29 fact box, h11k13) ---
    E("G11-wonjong-mass-2026", "repatriation", "reported",
      [S(None, "about 260 North Koreans, most of them women", "civilian", 260)],
      P("CN"), "KP", D("2026-08-14", "day"),
      ["Crossing Point", "Open Gate Network", "Seoul Cable Wire", "Korea Border Log",
       "Jayuui Sori"],
      notes="'on Friday morning, Aug. 14' (h11e31, published 18 Aug 2026; h11e29 '14 Aug'; h11k13 "
            "'8월 14일 ... 약 260명'). One dated act by one actor: one event. Origin CN, the sending "
            "country; Wonjong is the receiving (North Korean) side. Status: rights groups and "
            "imagery; Seoul 'expressed its concern' without confirming -> reported. 'more than "
            "3,000 ... since the border reopened' is a statistic."),

    # --- Chasong (h11e32 podcast, h11k15 radio; h11e33 letter for the 2009 background) ---
    E("G11-chasong-shooting-2026", "punishment", "reported",
      [S(None, "two young men", "civilian", 2)],
      P("KP", "Chasong"), None, D("2026-09-15", "day"),
      ["North of the 38th", "Pyeonghwa Broadcasting"],
      notes="Shot dead in the Yalu below Chasong 'on the night of 15 September' (h11e32; h11k15 "
            "'지난 15일 밤', published 18 Sep). People caught fleeing and killed: punishment, "
            "distinct from the attempt. Status: sources relayed by a researcher and a reporter."),
    E("G11-chasong-attempt-2026", "attempted_defection", "reported",
      [S(None, "two young men", "civilian", 2)],
      P("KP", "Chasong"), None, D("2026-09-15", "day"),
      ["North of the 38th", "Pyeonghwa Broadcasting"],
      notes="Optional: the crossing stopped by the shooting (same pages, same night), as the "
            "Junggang attempt in heldout10.",
      optional=True),
    E("G11-chasong-orders-2026", "control_measure", "reported",
      [S(None, "guard units along the county's stretch of the Yalu", "military", None)],
      P("KP", "Chasong"), None, D("2026-08", "month"),
      ["North of the 38th", "Pyeonghwa Broadcasting"],
      notes="'since mid-August' orders to shoot without warning at anyone entering the water or "
            "approaching the fence at night, plus a second line of wire (h11e32; h11k15 '8월 "
            "중순부터'). Tied explicitly to crossings -> control_measure. Status: relayed sources."),
    E("G11-letter-writer-2009", "defection", None,
      [S("Kim Young-soon", "letter writer who swam the Yalu", "civilian")],
      P("KP", "Chasong"), "KR", D("2009-07", "month"),
      ["The Capital Herald"],
      notes="Optional: an undated letter to the editor in which the writer says she swam the Yalu "
            "'in July 2009 ... a little way upstream from Chasong' and came to the South after "
            "three years in China. A first-person background; the month is given in full in the "
            "text. No sourcing beyond her own word: None.",
      optional=True),

    # --- Kapsan (h11e34, h11k16) ---
    E("G11-kapsan-brokers-2026", "punishment", "reported",
      [S(None, "two men accused of guiding people across the border", "civilian", 2),
       S(None, "a woman who had kept the men's Chinese mobile phone", "civilian")],
      P("KP", "Kapsan", "Ryanggang"), None, D("2026-10-13", "day"),
      ["DPRK Inside News", "Bukhan Inside"],
      notes="Public trial and shooting 'on October 13' (h11e34; h11k16 '지난 13일'); the woman got 15 "
            "years in the same trial: one punishment (one group, one reason). A response to "
            "crossings (brokers), in the domain. Status: unnamed source."),
    E("G11-kapsan-inminban-2026", "control_measure", "reported",
      [S(None, "neighbourhood units across the province", "civilian", None)],
      P("KP", None, "Ryanggang"), None, D("2026-10", "month"),
      ["DPRK Inside News", "Bukhan Inside"],
      notes="'since early October' units must report anyone not sleeping at home; rice reward for "
            "information on anyone preparing to cross; the unit head answers (h11e34; h11k16 '이달 "
            "초부터', published 21 Oct) -> October 2026. Against would-be defectors."),

    # --- Chengdu (h11e35, h11e36, h11k17) ---
    E("G11-chengdu-yun-2026", "disappearance", "reported",
      [S("Yun Hye-gyong", "North Korean women's table tennis player", "civilian", 1, 23)],
      P("CN", "Chengdu"), None, D("2026-05-03", "day"),
      ["Table Tennis Globe", "Seorabeol TV"],
      notes="Last seen leaving the team hotel 'on Sunday evening' (h11e35, published Tue 5 May 2026 "
            "-> 3 May; h11k17 '3일 저녁'); no page says how it ended -> disappearance. Status: the "
            "organising committee (not an authority) and police 'enquiries continuing' -> "
            "reported (debatable). Role civilian (an athlete). Names: Yun Hye-gyong, 윤혜경."),
    E("G11-chengdu-team-2026", "recall", "reported",
      [S(None, "the eleven remaining players, two coaches and a team leader", "civilian", 14)],
      P("CN", "Chengdu"), "KP", D("2026-05-06", "day"),
      ["Table Tennis Globe", "Seorabeol TV"],
      notes="Left 'on Wednesday' (h11e36, published Thu 7 May -> 6 May; h11k17 '6일 귀국'), 'They "
            "were instructed from home to return' -> recall. The denial that the camp would be "
            "cancelled is no event."),

    # --- Port Louis (h11e37) ---
    E("G11-portlouis-cook-2025", "disappearance", "reported",
      [S(None, "the ship's cook, aged around 50", "overseas_worker", 1, 50)],
      P("MU", "Port Louis"), None, D("2025-11-22", "day"),
      ["Indian Ocean Shipping News"],
      notes="Went ashore 'on Saturday afternoon (22 Nov)' and did not come back aboard; the ship "
            "sailed without him; 'It is not known whether he has made contact with any embassy' -> "
            "unresolved disappearance. Status: port and police sources; the police look for 'a "
            "foreign seaman' without a name -> reported. Role overseas_worker (crew of a "
            "North Korean-crewed ship; debatable)."),

    # --- Foshan (h11e38) ---
    E("G11-foshan-rim-2026", "disappearance", "reported",
      [S("Rim Jae-hyok", "North Korean software developer on an outsourcing team in Foshan",
         "overseas_worker", 1, 29)],
      P("CN", "Foshan"), None, D("2026-07-12", "day"),
      ["Pearl River Tech"],
      notes="'on 12 July, a Sunday, and did not return'; 'Nobody knows where he is' -> "
            "disappearance. Status: two business contacts."),
    E("G11-foshan-laptops-2026", "control_measure", "reported",
      [S(None, "the remaining developers of the team", "overseas_worker", None)],
      P("CN", "Foshan"), None, D("2026-07", "month"),
      ["Pearl River Tech"],
      notes="'Since late July' laptops collected at 10 p.m. and checked, leaving the flat only in "
            "threes -> July 2026. A control on personnel abroad after the disappearance."),
]
