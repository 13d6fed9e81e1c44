"""Gold events of the heldout9 benchmark, annotated by /work/shared/bench/GUIDELINES.md from the
page texts in articles_en.py and articles_ko.py only. All people and events are invented.

Dates are as precise as the text allows, relative dates resolved against the page's publication
date. A defection first told as a disappearance is one defection event, dated when the people
left. Background mentions ("the first ... since 2016, when a counsellor in Copenhagen fled",
"since June 2024, when a man in his fifties was found ... off Eocheong Island", "the last trade
office to close in South Asia was the one in Karachi, in 2018") are events of their own; their
status is None where no page gives sourcing for them. One status per event: the strongest
on-record statement across its pages. `reported` is filled in by build.py from the pages.
"""


from heldout_build import D, E, P, S  # noqa: E402 (build.py puts bench/ on the path)


EVENTS = [
    # --- Madrid: neighbours (h9e01), wire twice (h9e02, h9e03 'Koh Cheol-min'), analysis (h9e04),
    #     undated NGO statement (h9e05), editorial (h9e40), Korean wire (h9k01), Korean NK outlet
    #     (h9k02) ---
    E("G9-madrid-ko-2025", "defection", "confirmed",
      [S("Ko Chol-min", "third secretary at the North Korean embassy in Madrid", "diplomat", 1, 34),
       S(None, "his wife", "family_member")],
      P("ES", "Madrid"), "KR", D("2025-10-23", "day"),
      ["unification ministry", "The Iberia Herald", "East Sea Wire", "Pacific Dispatch",
       "Dongbang News", "The Korea Ledger", "Families Apart", "Bukhan Inside"],
      notes="Date: the couple walked out of their flat in Aravaca on the evening of Thursday 23 "
            "October 2025 (h9e01 'since last Thursday evening' on Thu 30 Oct; h9e02/h9e03 'Oct. 23'; "
            "h9k01 '지난해 10월 23일 저녁'); the arrival 'in February' and the confirmation on Tue 10 "
            "March 2026 are not the date of leaving. Status: the unification ministry spokesman "
            "confirmed on record. Type: first told as not seen (h9e01), unresolved in h9k02 "
            "('행방은 아직 공식 확인되지 않았다'), resolved as arrival in the South (h9e02...): one "
            "defection. Names: Ko Chol-min, Koh Cheol-min (h9e03), 고철민."),
    E("G9-copenhagen-2016", "defection", "reported",
      [S(None, "a counsellor at the embassy in Copenhagen", "diplomat"),
       S(None, "his wife", "family_member"),
       S(None, "two children", "family_member", 2)],
      P("DK", "Copenhagen"), None, D("2016", "year"),
      ["East Sea Wire", "Pacific Dispatch", "The Korea Ledger", "Dongbang News"],
      notes="Background: 'the first North Korean diplomat posted in Europe known to have defected "
            "since 2016, when a counsellor at the embassy in Copenhagen fled with his family, "
            "officials said' (h9e02; h9e03, h9e04 'with his wife and two children', h9k01 '2016년 "
            "... 가족과 함께 망명'). Status reported: unnamed 'officials said' in h9e02. Destination "
            "null: no page says where they went. Children's ages not given: minor null."),
    E("G9-copenhagen-recall-2016", "recall", None,
      [S(None, "almost the entire mission", "diplomat", None)],
      P("DK", "Copenhagen"), "KP", D("2016", "year"), ["The Korea Ledger"],
      notes="Background in h9e04: 'That defection was followed by a recall of almost the entire "
            "mission.' Dated by the 2016 defection it followed (year). Status None: no source given. "
            "Count unknown."),
    E("G9-madrid-recall-2025", "recall", "reported",
      [S(None, "two of the Madrid embassy's remaining staff, including the official responsible "
               "for security", "diplomat", 2)],
      P("ES", "Madrid"), "KP", D("2025-11", "month"), ["The Korea Ledger", "The Iberia Herald"],
      notes="h9e04: 'Within weeks of the third secretary's disappearance ... two ... were summoned "
            "back to Pyongyang, according to two people briefed'; h9e40: 'two of his colleagues "
            "were ordered back to Pyongyang in November'. Date November 2025 (month). Status: "
            "unnamed sources."),
    E("G9-europe-rules-2025", "control_measure", "reported",
      [S(None, "staff at North Korean embassies across Europe", "diplomat", None)],
      P(None, None, "Europe"), None, D("2025-11", "month"), ["The Korea Ledger", "Bukhan Inside"],
      notes="Leave compounds only in pairs, log every trip, passports in the ambassador's safe, "
            "'From November' (h9e04, a former diplomat citing contacts) / '지난해 11월부터' (h9k02, "
            "2026-01-20 -> November 2025). Type: control on personnel abroad. Status: unnamed/"
            "second-hand sources."),
    E("G9-madrid-family-2026", "punishment", "reported",
      [S(None, "Ko Chol-min's parents", "civilian", 2),
       S(None, "his younger brother", "civilian")],
      P("KP", "Pyongyang"), None, D("2026-01", "month"), ["Families Apart", "Bukhan Inside"],
      notes="Removed from their Pyongyang flat and sent to a cooperative farm in South Hwanghae; "
            "the brother lost his job and party membership: one punishment (one family, one "
            "reason). Date: h9k02 (2026-01-20) '이달 초' -> early January 2026 (month); h9e05 "
            "(undated) 'in January'. Status: unnamed sources inside North Korea."),

    # --- Budapest (h9e06, h9e07, h9e40, h9k03) ---
    E("G9-budapest-closure-2025", "mission_closure", "confirmed", [],
      P("HU", "Budapest"), None, D("2025-11-28", "day"),
      ["Hungarian foreign ministry", "Danube Post", "East Sea Wire", "Dongbang News",
       "The Iberia Herald"],
      notes="Closed on Friday 28 November 2025 (h9e06 'on Friday', published Sat 29 Nov; the "
            "ministry's note 'as of 28 November'; h9e07 'Nov. 28'; h9k03 '지난달 28일부로'). "
            "Status: Hungary's foreign ministry on record. Berlin (successor embassy) and Seoul's "
            "foreign ministry are bystanders; 'since the 1950s' and the 1989 downgrade are "
            "anchors/background outside the types."),
    E("G9-budapest-recall-2025", "recall", "reported",
      [S(None, "the remaining diplomats of the Budapest embassy", "diplomat", None)],
      P("HU", "Budapest"), "KP", D("2025-10", "month"), ["Danube Post", "Dongbang News"],
      notes="h9e06: the remaining diplomats had been 'called home in October, quite suddenly' (a "
            "businessman); h9k03 '대사관 직원 대부분은 이미 10월 중 본국으로 소환'. October 2025. "
            "Separate from the closure a month later."),

    # --- Tunis (h9e08, h9e09, h9k04) ---
    E("G9-tunis-closure-2026", "mission_closure", "reported", [],
      P("TN", "Tunis"), None, D("2026-03", "month"),
      ["Maghreb Monitor", "The Pyongyang Desk", "Nabi TV"],
      notes="h9e08 (2026-04-14) 'last month', empty 'since the second half of March'; h9e09 'in "
            "March' (not confirmed independently); h9k04 '지난달 (하순)'. March 2026. Status: "
            "anonymous Tunisian officials; the ministry made no public statement."),
    E("G9-tunis-doctor-2026", "disappearance", "reported",
      [S(None, "a North Korean doctor who worked at a private clinic in Sfax", "overseas_worker")],
      P("TN", "Sfax"), None, D("2026-02", "month"), ["Maghreb Monitor", "Nabi TV"],
      notes="'went missing in February' (h9e08, a colleague); h9k04 '지난 2월 ... 연락이 끊겼는데, "
            "아직 행방이 확인되지 않고'. Never resolved: disappearance. Medical staff sent abroad "
            "to earn money: overseas_worker."),

    # --- Oman (h9e09, h9e10, h9e11, h9e36, h9k05) ---
    E("G9-muscat-office-2026", "mission_closure", "reported", [],
      P("OM", "Muscat"), None, D("2026-04-02", "day"), ["The Pyongyang Desk", "Bukhan Inside"],
      notes="Trade representation in Muscat closed 'on 2 April' (h9e09) / '지난 2일' (h9k05, "
            "2026-04-08). A trade office counts as a mission. Status: a business contact / source."),
    E("G9-karachi-2018", "mission_closure", None, [],
      P("PK", "Karachi"), None, D("2018", "year"), ["The Pyongyang Desk"],
      notes="Background in h9e09: 'the last trade office to close in South Asia was the one in "
            "Karachi, in 2018'. Status None: the newsletter's own statement, no source. The '14 "
            "missions closed since 2023' is a tally (statistic), not an event."),
    E("G9-muscat-missing-2026", "disappearance", "reported",
      [S(None, "two North Korean construction workers", "overseas_worker", 2)],
      P("OM", "Barka"), None, D("2026-02-08", "day"),
      ["Gulf Courier", "The Pyongyang Desk", "Bukhan Inside"],
      notes="h9e10 (Thu 12 Feb 2026) 'not been seen since Sunday' -> 8 February; h9e36 'on Sunday, "
            "February 8'; h9e11 'in early February ... have not been found'; h9k05 '2월 초 ... "
            "종적이 묘연'. Never resolved: disappearance. Origin: the site in Barka, west of Muscat. "
            "Status: a site supervisor; police did not comment."),
    E("G9-muscat-recall-2026", "recall", "reported",
      [S(None, "about 40 North Korean construction workers", "overseas_worker", 40)],
      P("OM", "Barka"), "KP", D("2026-03-14", "day"),
      ["Gulf Courier", "Bukhan Inside", "The Pyongyang Desk"],
      notes="h9e11 (Fri 20 Mar 2026): taken to the airport 'on Saturday night' -> 14 March; 'the "
            "order came from Pyongyang. All of them home'; h9k05 '지난달 ... 급히 귀국시켰다', "
            "'전원 즉시 귀국 지시'; h9e09 'the workers' own withdrawal' weeks before 2 April. "
            "Pyongyang ordering its workers home: recall. Status: the contractor's manager."),

    # --- Nanning restaurant (h9e12, h9e13, h9e14, h9k06, h9k07) ---
    E("G9-nanning-2025", "defection", "reported",
      [S(None, "three waitresses at a North Korean restaurant in Nanning, in their twenties",
         "restaurant_worker", 3)],
      P("CN", "Nanning"), "KR", D("2025-11-16", "day"),
      ["NK Watch Daily", "East Sea Wire", "Dongbang News", "Bukhan Inside", "government sources"],
      notes="Left on a Sunday outing on 16 November 2025 (h9e12); h9e13/h9k06 'mid-November' / "
            "'지난해 11월 중순'; reached Seoul via a third country in February 2026. First told as "
            "a disappearance (h9e12, h9e14, h9k07), resolved as arrival: one defection. Status "
            "reported: government sources unnamed; the ministry would not confirm individual cases "
            "(that is a general policy, not a refusal about this happening being read as "
            "unconfirmed - debatable)."),
    E("G9-nanning-recall-2025", "recall", "reported",
      [S(None, "the Nanning restaurant's remaining staff, seven women and a cook",
         "restaurant_worker", 8)],
      P("CN", "Nanning"), "KP", D("2025-12", "month"), ["NK Watch Daily", "Bukhan Inside"],
      notes="'sent home in mid-December' (h9e14, 2026-01-22); h9k07 (2026-01-14) '지난달 중순 "
            "평양으로 돌려보내졌다' -> December 2025. North Korea sending its own staff home: "
            "recall. The restaurant's closure is not a mission closure."),
    E("G9-restaurant-locks-2025", "control_measure", "reported",
      [S(None, "staff of North Korean restaurants in China", "restaurant_worker", None)],
      P("CN"), None, D("2025-12", "month"), ["NK Watch Daily", "Bukhan Inside"],
      notes="Dormitories locked from 10 pm, keys with the manager, outings only in groups with a "
            "minder; managers told 'in December' (h9e14) / '지난달 초' (h9k07, 2026-01-14 -> early "
            "December 2025)."),
    E("G9-nanning-manager-2026", "punishment", "reported",
      [S("Jon Sung-il", "the Nanning restaurant's manager, a man in his fifties",
         "restaurant_worker")],
      P("KP", None, "North Pyongan"), None, D("2026-01", "month"), ["NK Watch Daily"],
      notes="h9e14 (2026-01-22): questioned for weeks, 'This month he was sent to a camp in North "
            "Pyongan' -> January 2026. Status: one source, not verified. Origin: the camp's "
            "province (where the punishment happened); role debatable (restaurant_worker vs "
            "official)."),

    # --- Ulleung boat (h9e15-h9e18, h9e19, h9k08, h9k09) and the Gunsan background ---
    E("G9-ulleung-boat-2025", "defection", "confirmed",
      [S(None, "a man in his forties", "civilian"),
       S(None, "his wife", "civilian"),
       S(None, "their son", "civilian", 1, 17, True),
       S(None, "the man's younger brother", "civilian")],
      P("KP", "Hongwon", "South Hamgyong"), "KR", D("2025-09-14", "day"),
      ["Joint Chiefs of Staff", "unification ministry", "Ulleung Island Times", "East Sea Wire",
       "Korea Evening Post", "Dongbang News", "Nabi TV"],
      notes="Found off Ulleung early on Wednesday 17 September 2025; the family left Hongwon on "
            "the night of 14 September (h9e18 'Sept. 14', h9k09 '지난 14일 밤'), which dates the "
            "defection. Status: JCS and the unification ministry on record. Count: four (JCS, "
            "ministry); five in the early local report (h9e15, the fisherman's count), corrected in "
            "h9e18. A family fleeing together as equals: each civilian; the 17-year-old son is a "
            "minor. The six fishermen returned at their own request in July (h9e18, h9k09) are no "
            "repatriation and no event."),
    E("G9-gunsan-2024", "defection", None,
      [S(None, "a man in his fifties", "civilian")],
      P("KP"), "KR", D("2024-06", "month"), ["East Sea Wire", "Korea Evening Post", "Dongbang News"],
      notes="Background: 'the first time North Koreans have come south by boat since June 2024, "
            "when a man in his fifties was found on a small boat off Eocheong Island near Gunsan' "
            "(h9e16, h9e17, h9k08 '지난해 6월'). Status None: no source credited for it."),

    # --- Taean boat and South Hwanghae (h9e19, h9e20, h9k10, h9k11) ---
    E("G9-taean-boat-2026", "defection", "confirmed",
      [S(None, "a man in his forties, a fisherman from South Hwanghae province", "civilian")],
      P("KP", None, "South Hwanghae"), "KR", D("2026-05-06", "day"),
      ["Joint Chiefs of Staff", "East Sea Wire", "Haeyang Ilbo", "NK Watch Daily", "Bukhan Inside"],
      notes="Picked up near the Gyeongnyeolbi islands off Taean on Wednesday 6 May 2026 (h9e19 "
            "'on Wednesday', published Thu 7 May; h9k10 '어제(6일)'; h9e20 'May 6'). No departure "
            "date is given: dated by the day he was found. Status: JCS on record."),
    E("G9-hwanghae-boats-2026", "control_measure", "confirmed",
      [S(None, "fishermen in Ongjin and Kangryong counties", "civilian", None)],
      P("KP", None, "South Hwanghae"), None, D("2026-05", "month"),
      ["NIS", "NK Watch Daily", "Bukhan Inside"],
      notes="No boats out after dark, boats chained overnight under guard, a border guard on every "
            "boat, 'Since mid-May' (h9e20) / '5월 중순부터' (h9k11); tied to the fisherman's escape. "
            "Status confirmed: the NIS briefing to the intelligence committee relayed on record by "
            "a named lawmaker (h9e20), as in heldout7/8 (debatable: a briefing relayed second-hand)."),
    E("G9-hwanghae-officials-2026", "punishment", "reported",
      [S(None, "manager of the fisheries station", "official"),
       S(None, "head of the local security office", "official"),
       S(None, "their families", "civilian", None)],
      P("KP", None, "South Hwanghae"), None, D("2026-05", "month"),
      ["NK Watch Daily", "Bukhan Inside"],
      notes="Dismissed 'late last month' (h9e20, 2026-06-02) / '지난달 말 해임' (h9k11, 2026-06-03) "
            "and sent with their families to a coal mine in North Hwanghae: one punishment, late "
            "May 2026 (month). The 'whole village is punished' quote is an opinion, not an event."),

    # --- Soldiers (h9e21-h9e24, h9k12, h9k13) ---
    E("G9-mde-soldiers-2026", "defection", "confirmed",
      [S(None, "a sergeant", "military", 1, 24),
       S(None, "a private", "military", 1, 19, False)],
      P("KP", None, "mid-eastern front"), "KR", D("2026-01-20", "day"),
      ["Joint Chiefs of Staff", "East Sea Wire", "Radio Peninsula", "The Korea Ledger",
       "Dongbang News"],
      notes="Crossed the MDL at about 8:20 am on Tuesday 20 January 2026 (h9e21, h9k12 '20일 "
            "오전'; h9e22 'yesterday morning' on 21 Jan; h9e23 'on Tuesday'). Ages: sergeant 24 "
            "(h9e23), private 'just 19' (h9e22). Status: JCS on record. The work crews who stepped "
            "south and went back after warning shots (h9e23) are no event."),
    E("G9-western-private-2025", "defection", None,
      [S(None, "a private", "military")],
      P("KP", None, "western front"), "KR", D("2025-08", "month"),
      ["East Sea Wire", "The Korea Ledger", "Dongbang News"],
      notes="Background: 'the first ... since August, when a private walked across on the western "
            "front' (h9e21, 2026-01-20 -> August 2025), 'Last August ... near the Imjin River' "
            "(h9e23), '지난해 8월 서부전선에서 병사 1명' (h9k12). Status None: told as background "
            "without a credited source."),
    E("G9-soldier-shot-2026", "punishment", "confirmed",
      [S(None, "a North Korean soldier", "military")],
      P("KP", None, "eastern front"), None, D("2026-03-12", "day"),
      ["Joint Chiefs of Staff", "East Sea Wire", "Nabi TV"],
      notes="Shot dead by his own troops while running toward the MDL on Thursday 12 March 2026 "
            "(h9e24 'on Thursday', published Fri 13 Mar; h9k13 '어제 오후'). A killing at the "
            "border of someone fleeing: punishment. Status: JCS on record (its assessment)."),
    E("G9-soldier-shot-attempt-2026", "attempted_defection", "confirmed",
      [S(None, "a North Korean soldier", "military")],
      P("KP", None, "eastern front"), None, D("2026-03-12", "day"),
      ["Joint Chiefs of Staff", "East Sea Wire", "Nabi TV"],
      notes="Optional: the run toward the line stopped by the shooting; 'We assess that he was "
            "attempting to defect' (JCS). Debatable whether the attempt is its own event beside "
            "the killing.", optional=True),
    E("G9-mde-commanders-2026", "punishment", "reported",
      [S(None, "the commander of the regiment the two soldiers had served in", "military"),
       S(None, "the regiment's political officer", "military")],
      P("KP", None, "mid-eastern front"), None, D("2026-02", "month"), ["East Sea Wire"],
      notes="h9e24: 'the North had relieved the commander and political officer of the regiment "
            "... and sent them to a labour unit in February' (a South Korean military source, "
            "unnamed). Punished for the January crossing."),

    # --- Erenhot (h9e25, h9e26, h9e27, h9e29, h9k14) ---
    E("G9-erenhot-arrest-2026", "attempted_defection", "reported",
      [S("Mun Kyong-ae", "one of the three women", "civilian", 1, 52),
       S(None, "two other women and two men, aged between 23 and 52", "civilian", 4)],
      P("KP"), None, D("2026-01-11", "day"),
      ["Crossing Point", "NK Watch Daily", "Bukhan Inside"],
      notes="Detained by Chinese police on Sunday 11 January 2026 near Erenhot, a few km from "
            "Mongolia (h9e25; h9k14 '지난달 11일'; h9e26 and h9e27 'in January'). Arrest abroad before refuge: attempted_defection, "
            "origin KP (civilians who had lived in hiding in China). Count five (Crossing Point, "
            "h9k14); h9e26 says six, a sixth man 'held separately'."),
    E("G9-erenhot-return-2026", "repatriation", "reported",
      [S(None, "the North Koreans caught near Erenhot", "civilian", 5)],
      P("CN", "Erenhot", "Inner Mongolia"), "KP", D("2026-02-24", "day"),
      ["NK Watch Daily", "Bukhan Inside", "Crossing Point"],
      notes="Handed to North Korean state security at a crossing in Jilin on Tuesday 24 February "
            "2026 (h9e26 'on Tuesday' / 'February 24'; h9k14 '지난 24일'); h9e27 'In February they "
            "were sent back'; h9e29 (undated) 'In February ... followed'. Count: five (h9k14, "
            "Crossing Point) vs six (h9e26's source): five kept, debatable."),
    E("G9-erenhot-punish-2026", "punishment", "reported",
      [S("Mun Kyong-ae", "sentenced to ten years in a kyohwaso", "civilian", 1, 52),
       S(None, "a younger woman from the group", "civilian"),
       S(None, "the two men, shorter terms at a labour training camp", "civilian", 2)],
      P("KP", None, "South Hamgyong"), None, D("2026-04", "month"), ["Crossing Point"],
      notes="h9e27 (2026-04-28): 'sentenced earlier this month' -> April 2026. One group, one "
            "reason, different sentences: one punishment; the third woman's fate unknown, not a "
            "subject. Status: a relative by phone via a partner."),

    # --- Hekou (h9e28, h9e29, h9e38, h9k17) ---
    E("G9-hekou-arrest-2025", "attempted_defection", "reported",
      [S(None, "three North Korean women, two of them sisters", "civilian", 3)],
      P("KP"), None, D("2025-11-22", "day"), ["South China Beat", "Northern Light Mission"],
      notes="Arrested by Chinese border police on the night of 22 November 2025 on the Red River "
            "bank at Hekou, trying to cross into Vietnam (h9e28). Origin KP (civilians caught in "
            "China)."),
    E("G9-hekou-return-2026", "repatriation", "reported",
      [S(None, "three North Korean women caught at Hekou", "civilian", 3)],
      P("CN", "Hekou", "Yunnan"), "KP", D("2026-01-15", "day"),
      ["South China Beat", "Northern Light Mission", "The Korea Ledger", "East Sea Wire",
       "Dongbang News"],
      notes="'returned ... last Thursday' (h9e28, Mon 19 Jan 2026) and 'handed over at the border "
            "on January 15'; h9k17 '지난 1월 15일'; h9e38 and h9e29 'In January'. Kept apart from "
            "the Erenhot return (February) and the mass return (April)."),

    # --- Shenzhen (h9e30, h9e37, h9k16) ---
    E("G9-shenzhen-arrest-2026", "attempted_defection", "unconfirmed",
      [S("Hwang Ok-ran", "North Korean woman who had lived in Hebei since 2014", "civilian", 1, 38),
       S(None, "her daughter", "civilian", 1, 12, True)],
      P("KP"), None, D("2026-03-03", "day"),
      ["Northern Light Mission", "South China Beat", "Ilsim News"],
      notes="Detained at the Luohu checkpoint 'on Tuesday' (h9e30, Fri 6 Mar 2026 -> 3 March); "
            "h9e37 / h9k16 'in March' / '지난달'. Status unconfirmed: China's foreign ministry 'not "
            "aware' and would not comment on individual cases. 'face being sent back' / "
            "'강제북송될 우려' are predictions. Origin KP (a civilian caught in China); the girl (12) "
            "is a minor and a civilian, fleeing with her mother."),

    # --- Yakutsk (h9e31, h9e32) ---
    E("G9-yakutsk-arrest-2026", "attempted_defection", "confirmed",
      [S("Sim Kwang-ho", "North Korean construction worker", "overseas_worker", 1, 41)],
      P("RU", "Yakutsk", "Yakutia"), None, D("2026-02-06", "day"),
      ["Yakutia interior ministry", "Siberia Today"],
      notes="Ran from the site on 3 February, detained at Neryungri bus station on Friday 6 "
            "February 2026 (h9e31): arrest abroad on his way to refuge (the South Korean embassy in "
            "Moscow) = attempted_defection, dated by the arrest. Origin RU/Yakutsk (where posted). "
            "Status: the interior ministry's statement. Name from court papers (h9e32)."),
    E("G9-yakutsk-deport-2026", "repatriation", "confirmed",
      [S("Sim Kwang-ho", "North Korean construction worker", "overseas_worker", 1, 41)],
      P("RU", "Yakutsk", "Yakutia"), "KP", D("2026-03-05", "day"),
      ["Yakutia interior ministry", "Siberia Today"],
      notes="Escorted onto a flight 'on Thursday' (h9e32, Sat 7 Mar 2026 -> 5 March) and handed "
            "to North Korean consular officials; the court order of 19 February is not the return. "
            "Status: the migration department on record."),
    E("G9-yakutsk-rules-2026", "control_measure", "reported",
      [S(None, "the roughly 60 North Koreans still working for the same contractor in Yakutsk",
         "overseas_worker", 60)],
      P("RU", "Yakutsk", "Yakutia"), None, D("2026-02", "month"), ["Siberia Today"],
      notes="After the escape: out of the dormitory only in groups of five with a foreman, phones "
            "collected 'in mid-February' (h9e32, a Russian engineer). Date February 2026."),

    # --- Chattogram (h9e33) ---
    E("G9-chittagong-crewman-2025", "disappearance", "confirmed",
      [S(None, "a crew member of a North Korean-flagged cargo ship, aged about 30", "civilian")],
      P("BD", "Chattogram"), None, D("2025-12-04", "day"),
      ["port security department", "Patenga police station", "The Bay Thunder"],
      notes="Went ashore 'on Thursday' of 'last week' (h9e33, Tue 9 Dec 2025 -> 4 December) and "
            "did not return; never resolved. Status confirmed: port and police officials on record "
            "('We are looking for him') - debatable (they confirm he is missing, nothing more). "
            "Role civilian (a seaman)."),

    # --- Chagang (h9e34, h9e35, h9k15) ---
    E("G9-kanggye-execution-2025", "punishment", "reported",
      [S("Yun Chang-guk", "man accused of helping people leave and of connecting families with "
                          "the South", "civilian", 1, 46)],
      P("KP", "Kanggye", "Chagang"), None, D("2025-12-18", "day"),
      ["NK Watch Daily", "Open Asia Radio"],
      notes="Shot after a public trial on 18 December 2025 (h9e34 'December 18' / 'last week'; "
            "h9k15 '지난 18일'). An execution for guiding others out: punishment. Status: sources "
            "in the province."),
    E("G9-chagang-border-2025", "control_measure", "reported", [],
      P("KP", None, "Chagang"), None, D("2025-10", "month"),
      ["NK Watch Daily", "Open Asia Radio"],
      notes="Orders to shoot anyone approaching the Yalu at night without a permit and new barbed "
            "wire, 'since October' (h9e34, h9e35) / '10월부터' (h9k15, 2025-12-24 -> October "
            "2025). Against would-be crossers: control_measure."),
    E("G9-chagang-attempt-2026", "attempted_defection", "reported",
      [S(None, "a woman in her thirties", "civilian"),
       S(None, "her younger brother", "civilian"),
       S(None, "a neighbour", "civilian")],
      P("KP", "Chosan", "Chagang"), None, D("2026-02", "month"), ["Open Asia Radio"],
      notes="Seized on the ice 'in mid-February' by the North's own border guards (h9e35, "
            "2026-03-02: 'last month'). Held by state security: no sentence reported yet, so no "
            "punishment event."),

    # --- Newsletter (h9e36) ---
    E("G9-it-phones-2026", "control_measure", "reported",
      [S(None, "North Korean IT teams working in China", "overseas_worker", None)],
      P("CN"), None, D("2026-01", "month"), ["The Pyongyang Desk"],
      notes="Phones handed in nightly, laptops only in a shared room under camera, 'since January' "
            "(h9e36, 2026-02-16); 'scared of losing people' ties it to defection."),
    E("G9-family-pledges-2026", "control_measure", "reported",
      [S(None, "families of workers posted abroad", "civilian", None)],
      P("KP", None, "North Pyongan"), None, D("2026-02", "month"), ["The Pyongyang Desk"],
      notes="Pledges to report contact from relatives overseas and weekly reporting, 'this month' "
            "(h9e36, 2026-02-16 -> February 2026). A control against defection through families. "
            "Region: where the source is."),

    # --- Changchun (h9e37, h9k16) ---
    E("G9-changchun-arrest-2026", "attempted_defection", "reported",
      [S(None, "a man of 29", "civilian", 1, 29),
       S(None, "his aunt", "civilian")],
      P("KP"), None, D("2026-04-09", "day"), ["Northern Light Mission", "Ilsim News"],
      notes="Taken off a train at Changchun station on 9 April 2026 (h9e37 'On April 9'; h9k16 "
            "'지난 9일', 2026-04-13). Arrest abroad: attempted_defection, origin KP."),

    # --- Mass return (h9e38, h9k17) ---
    E("G9-mass-return-2026", "repatriation", "reported",
      [S(None, "North Koreans held in detention centres in Jilin province", "civilian", 300)],
      P("CN", None, "Jilin"), "KP", D("2026-04-18", "day"),
      ["Beyond Borders Justice Forum", "Crossing Point", "East Sea Wire", "Dongbang News"],
      notes="Bused across the border bridge into Rason on Saturday 18 April 2026 (h9e38; h9k17 "
            "'지난 18일'). Count: about 300 (Beyond Borders Justice Forum, '300여 명') vs about 280 "
            "(Crossing Point). A dated act by one actor: one event. Status reported: Seoul's "
            "foreign ministry 'regrets' it but does not itself state what happened (debatable)."),
]
