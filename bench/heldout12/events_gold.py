"""Gold events of the heldout12 benchmark, annotated by /work/shared/bench/GUIDELINES.md from the
page texts in articles_en.py and articles_ko.py only. All people and events are invented.

Dates are as precise as the text allows, relative dates resolved against the page's publication
date. A defection first told as a disappearance is one defection event, dated when the people
left. Background mentions ("since 2019, when a trade official attached to the North's office in
Ashgabat fled with his son", "since August 2024, when a private came across", "since April 2024,
when about 200 North Koreans were handed over at Huanggou") are events of their own; their status
is None where no page gives sourcing for them. One status per event: the strongest on-record
statement across its pages. `reported` is filled in by build.py from the pages.
"""


from heldout_build import D, E, P, S  # noqa: E402 (build.py puts bench/ on the path)


EVENTS = [
    # --- Yangon: neighbours (h12e01), wire twice (h12e02, h12e03 'Yeom Cheol-jun'), analysis
    #     (h12e04), undated NGO statement (h12e05), fact box (h12e12), podcast (h12e35), ministry
    #     transcript (h12e37), NIS via lawmaker (h12e39, h12k03), Korean wire (h12k01), Korean NK
    #     outlet 잠적 (h12k02), relatives page (h12k04) ---
    E("G12-yangon-yeom-2026", "defection", "confirmed",
      [S("Yeom Chol-jun", "counsellor for commercial affairs at the North's embassy in Yangon",
         "diplomat", 1, 47),
       S(None, "his wife", "family_member"),
       S(None, "daughter", "family_member", 1, 14, True)],
      P("MM", "Yangon"), "KR", D("2026-08-23", "day"),
      ["unification ministry", "Irrawaddy Lantern", "Seoul Cable Wire", "AsiaPac Wire",
       "Korea Risk Monitor", "Families Unheard", "East Sea Snapshots", "The Peninsula Hour",
       "Korea Heraldline", "NIS", "Hanbit Tongsin", "Bukhan Inside", "Gukhoe Today"],
      notes="Date: the family left their house on Sunday 23 August 2026 (h12e01, published Thu "
            "27 Aug: 'on Sunday afternoon'; h12e02 'Aug. 23'; h12e03 'in late August'; h12k01 '지난 8월 "
            "23일'; h12k02 (3 Sep) '지난달 23일'); the ministry's confirmation on Tue 17 Nov 2026 is not "
            "the date of leaving, and no arrival date is given. Status: the unification ministry "
            "spokesman Hwang In-seop confirmed on record (h12e02/e03/e37/k01). Type: told first with no "
            "keyword (h12e01: a taxi, a padlock), as 'did not come back' (h12e04), 잠적 (h12k02, h12k03), "
            "'in a safe place in a third country' (h12e39), and resolved as arrival in the South: one "
            "defection. Names: Yeom Chol-jun, Yeom Cheol-jun (h12e03), 염철준; unnamed in h12e01/e04/e39/"
            "k03. The 14-year-old daughter is a minor family_member (she accompanies a diplomat). "
            "h12e05 (undated) cites it through 'left his post in Yangon in August'. Park Jun-seo "
            "(h12e35) is a speaker, not a subject."),
    E("G12-ashgabat-2019", "defection", "reported",
      [S(None, "a trade official attached to the North's office in Ashgabat", "trade_official"),
       S(None, "his son", "family_member")],
      P("TM", "Ashgabat"), "KR", D("2019", "year"),
      ["Seoul Cable Wire", "AsiaPac Wire", "Hanbit Tongsin"],
      notes="Background: 'the first North Korean diplomat known to have defected from a post in Asia "
            "since 2019, when a trade official attached to the North's office in Ashgabat fled with his "
            "son, the official said' (h12e02; h12e03 'first such case ... since 2019'; h12k01 '2019년 "
            "아슈하바트 주재 북한 무역일꾼이 아들과 함께 탈북한 이후'). Status reported: an unnamed "
            "government official. Destination KR from the comparison with a defection to the South "
            "(debatable; no page names the destination outright)."),
    E("G12-yangon-recall-2026", "recall", "confirmed",
      [S(None, "two diplomats who worked under the counsellor", "diplomat", 2),
       S(None, "their families", "family_member", None)],
      P("MM", "Yangon"), "KP", D("2026-09", "month"),
      ["Korea Risk Monitor", "The Peninsula Hour", "NIS", "Korea Heraldline", "Gukhoe Today"],
      notes="'In the middle of September two diplomats ... were ordered back to Pyongyang with their "
            "families' (h12e04, 2 Oct 2026); 'called home in September' (h12e35); NIS via Rep. Bae "
            "Hyun-woo 'ordered ... home in mid-September' (h12e39), '9월 중순 가족과 함께 평양으로 "
            "소환' (h12k03). Month. Status: NIS briefing relayed on record by the committee's secretary "
            "(as earlier sets treat NIS-via-lawmaker). Type: ordered home by their own side."),
    E("G12-yangon-rules-2026", "control_measure", "confirmed",
      [S(None, "the remaining staff of the embassy in Yangon", "diplomat", None),
       S(None, "their children", "family_member", None)],
      P("MM", "Yangon"), None, D("2026-09", "month"),
      ["Korea Risk Monitor", "NIS", "Korea Heraldline", "Gukhoe Today"],
      notes="Staff may not leave the compound alone, children kept from school, phones kept by the "
            "security counsellor: 'Since early September' (h12e04), 'from September' (h12e39), '9월부터' "
            "(h12k03). Status confirmed through the NIS briefing relayed by a named lawmaker. A control "
            "on personnel abroad after a defection."),
    E("G12-yeom-relatives-2026", "punishment", "reported",
      [S(None, "the older brother of Yeom Chol-jun", "civilian"),
       S(None, "the brother's wife", "civilian")],
      P("KP", "Pyongyang"), None, D("2026-10", "month"),
      ["Families Unheard", "Bukhan Inside"],
      notes="Taken from their flat in Pyongyang and moved to a cement works in Sangwon county; the "
            "brother dismissed: one punishment (one family, one reason). Date: h12k04 (25 Nov 2026) "
            "'지난달' -> October 2026; h12e05 (undated) 'in October', which alone would give no year. "
            "Status: unnamed sources, not independently confirmed. Origin Pyongyang, where they lived "
            "and from where they were banished (as in earlier sets)."),

    # --- Western/central front: the Imjin swimmer (h12e08, h12k07 보도자료, h12e06/h12k05 '20 days
    #     after', h12e12), the staff sergeant (h12e06, h12e07, h12e12, h12e38, h12k05, h12k06), the 2024
    #     private (background), the guard detail swapped out, new mines and wire ---
    E("G12-imjin-swimmer-2026", "defection", "confirmed",
      [S(None, "a civilian in his 30s", "civilian")],
      P("KP", None, "Imjin River estuary"), "KR", D("2026-03-25", "day"),
      ["JCS", "Seoul Cable Wire", "Korea Heraldline", "East Sea Snapshots", "Seorabeol TV"],
      notes="Swam across the Imjin estuary before dawn on Wed 25 March 2026 and came ashore near "
            "Jangdan (h12e08; h12k07 '오늘(3. 25.) 03시 40분경'; h12e06 'on March 25'; h12k05 (14 Apr) "
            "'지난달 25일'). Status: JCS on record (press release h12k07). Type: 'expressed his wish to "
            "defect' / 귀순 의사. A civilian, kept apart from the soldier 20 days later (MG-OVER)."),
    E("G12-central-soldier-2026", "defection", "confirmed",
      [S(None, "a staff sergeant in his 20s", "military")],
      P("KP", None, "central front"), "KR", D("2026-04-14", "day"),
      ["JCS", "Korea Heraldline", "Defense Watch Asia", "East Sea Snapshots", "Seorabeol TV",
       "Bukhan Inside"],
      notes="Crossed the MDL on the central front early Tue 14 April 2026 (h12e06, h12k05 '오늘 새벽'; "
            "h12e07 'April 14'; h12e38 '14 April'; h12k06 (20 May) '지난달 14일'). Status: JCS spokesperson "
            "on record. Kept apart from the 2024 private (another year) and the March swimmer."),
    E("G12-central-soldier-2024", "defection", None,
      [S(None, "a private", "military")],
      P("KP", None, "central front"), "KR", D("2024-08", "month"),
      ["Korea Heraldline", "Defense Watch Asia", "Seorabeol TV"],
      notes="Background: 'the first time a North Korean soldier has crossed the land border since "
            "August 2024, when a private came across on the central front' (h12e06); h12e38 'since "
            "August 2024. The private who crossed that summer'; h12k05 '2024년 8월 중부전선에서 병사 1명이 "
            "귀순한 이후'. Status None: no page attributes this sentence to a source."),
    E("G12-central-guardpost-2026", "punishment", "reported",
      [S(None, "the whole platoon at the guard post", "military", None),
       S(None, "its commander", "military"),
       S(None, "political officer", "military")],
      P("KP", None, "central front"), None, D("2026-04", "month"),
      ["Defense Watch Asia", "Bukhan Inside"],
      notes="The platoon at the guard post from which the sergeant crossed was replaced and its "
            "commander (소대장) and political officer sent to a coastal unit in North Hamgyong: "
            "presented as the response to the crossing, so a punishment (TR-PUNISH). Date: h12k06 "
            "(20 May 2026) '지난달 말' -> late April 2026; h12e38 gives no date of its own. Status: an "
            "unnamed military source; the defence ministry declined to comment on the North's army "
            "(not a decline to confirm the event by the actor) -> reported."),
    E("G12-central-mines-2026", "control_measure", "confirmed",
      [],
      P("KP", None, "central front"), None, D("2026-04", "month"),
      ["JCS", "Defense Watch Asia"],
      notes="'Since late April we have observed North Korean soldiers installing additional wire and "
            "burying mines in that sector, which we assess is aimed at preventing further defections' "
            "(JCS spokesman Col. Shin Jae-won, h12e07, 6 May 2026). Tied to crossings by the speaker. "
            "The ~300 soldiers on border work 'much of it begun in 2024' are not this event."),

    # --- Sea: the Guryongpo boat (h12e09 wire, h12e10 harbour, h12e12 fact box, h12k08 radio), the
    #     2025 brothers (background), the Haeju family stopped at sea; the February fishermen
    #     returned at their request are no event (h12e09, h12e11, h12k08) ---
    E("G12-guryongpo-boat-2026", "defection", "confirmed",
      [S(None, "a man in his 50s", "civilian"),
       S(None, "his wife", "civilian"),
       S(None, "their son", "civilian"),
       S(None, "a man the family described as a neighbour", "civilian")],
      P("KP", None, "near Kumya"), "KR", D("2026-07-07", "day"),
      ["JCS", "Korea Coast Guard", "Seoul Cable Wire", "Pohang Harbour Times", "East Sea Snapshots",
       "Hanbada Broadcasting"],
      notes="Found about 30 km east of Guryongpo on Sat 11 July 2026 (h12e09, h12k08 '오늘 오전', "
            "h12e12 '11 Jul'); they had left a fishing village near Kumya 'four days earlier, on "
            "Tuesday night' (h12e10, 13 Jul) -> 7 July 2026, the departure, as earlier sets date boat "
            "defections. Month July either way. Status: JCS statement on record. Type: 'told officers "
            "they wished to stay' / 귀순 의사 (TR-NARR). Four people fleeing together as equals: "
            "civilian, not family_member."),
    E("G12-guryongpo-2025", "defection", "confirmed",
      [S(None, "two brothers in their twenties", "civilian", 2)],
      P("KP"), "KR", D("2025-11", "month"),
      ["Korea Coast Guard", "Pohang Harbour Times", "Hanbada Broadcasting"],
      notes="Background: 'In November 2025 two brothers ... were picked up by a fishing boat off the "
            "harbour and were taken in as defectors, according to the coast guard' (h12e10); h12k08 "
            "(2026) '지난해 11월에도 북한 형제 2명이 어선에 구조돼 귀순' -> November 2025. Status: attributed "
            "by the newspaper to the coast guard, an official source -> confirmed (debatable: no quote). A "
            "second boat, kept apart from July 2026."),
    E("G12-haeju-boat-2026", "attempted_defection", "reported",
      [S(None, "a family of five from Haeju: a couple, their two adult sons and the wife's mother",
         "civilian", 5)],
      P("KP", "Haeju"), None, D("2026-08", "month"),
      ["NK Borderline"],
      notes="'stopped by a North Korean patrol vessel in the middle of August' (h12e13, 10 Sep 2026) "
            "-> August 2026. Status: one unnamed source, not verified. Being held is not yet a "
            "punishment (no sentence, fate unknown). The harbour curfew 'since the spring' is not a "
            "control_measure: the page says it is not clear it is linked to escapes."),

    # --- Jixi: March arrest (h12e14 alert, h12e15, h12e16, h12k09, h12k10), May return (h12e15,
    #     h12e16, h12e17, h12k10), camp terms (h12e17); July arrest of father and son (h12e16, h12k09)
    E("G12-jixi-march-2026", "attempted_defection", "reported",
      [S(None, "five North Korean women, aged between 24 and 51", "civilian", 5)],
      P("KP", None, "North Hamgyong"), None, D("2026-03-08", "day"),
      ["Crossing Support Network", "East Asia Dispatch", "Dongbuk News", "Free Korea Voice"],
      notes="Detained at the Jixi long-distance bus station 'on Sunday' (h12e14, published Thu 12 Mar "
            "2026 -> 8 March); h12k09 '지난 3월 8일'; h12e15/h12e16/h12k10 'in March'. Arrested abroad "
            "before reaching refuge -> attempted_defection; origin where they lived, North Hamgyong "
            "(KP), not Jixi. Status: NGO contacts."),
    E("G12-jixi-return-2026", "repatriation", "reported",
      [S(None, "the five North Korean women detained in Jixi", "civilian", 5)],
      P("CN", "Tumen"), "KP", D("2026-05-12", "day"),
      ["Crossing Support Network", "East Asia Dispatch", "NK Borderline", "Free Korea Voice"],
      notes="Handed to North Korean border guards 'on Tuesday' (h12e15, published Fri 15 May 2026 -> "
            "12 May), 12일 (h12k10, 14 May); 'sent back across the border in May' (h12e16), 'handed back "
            "by China in May' (h12e17). Origin the sending country (CN), driven from a facility in Tumen "
            "and across the bridge to Namyang. The 'at least eleven other detainees' are not counted in "
            "the five (their number is vague). Kept apart from the 26 September mass return over the "
            "same bridge."),
    E("G12-jixi-camp-2026", "punishment", "reported",
      [S(None, "four North Korean women who were handed back by China in May", "civilian", 4)],
      P("KP", "Jeungsan"), None, D("2026-07", "month"),
      ["NK Borderline"],
      notes="Sentenced to three to five years in a labour training camp and 'moved to the women's camp "
            "in Jeungsan last month' (h12e17, 18 Aug 2026) -> July 2026 (no sentencing date given). The "
            "fifth woman, released, is not a subject. Status: one unnamed source."),
    E("G12-jixi-july-2026", "attempted_defection", "unconfirmed",
      [S("Choe", "Mr Choe, 44", "civilian", 1, 44),
       S(None, "his 16-year-old son", "civilian", 1, 16, True)],
      P("KP"), None, D("2026-07-19", "day"),
      ["East Asia Dispatch", "China foreign ministry", "Dongbuk News"],
      notes="Detained at a hotel in Jixi 'on Sunday night' (h12e16, published Thu 23 Jul 2026 -> 19 "
            "July), '지난 19일 밤' (h12k09, 22 Jul). Status: China's foreign ministry 'not aware of the "
            "situation' -> unconfirmed, as earlier sets read that line. Origin KP: he had lived in Jixi "
            "only some months (codebook: civilians caught in China have origin KP). 'could be sent back' "
            "/ '북송될 가능성이 크다' are predictions, no repatriation. Father and son flee together as "
            "equals -> civilian, the son minor. Kept apart from the March arrest in the same city."),

    # --- Mass return (h12e18, h12e19 UN, h12e12, h12e37, h12k12) and its 2024 background ---
    E("G12-namyang-mass-2026", "repatriation", "reported",
      [S(None, "about 400 detained North Koreans, most of them women", "civilian", 400)],
      P("CN", None, "Jilin"), "KP", D("2026-09-26", "day"),
      ["Seoul Cable Wire", "UN Human Rights Office", "East Sea Snapshots", "unification ministry",
       "Hanbit Tongsin"],
      notes="Buses left holding centres in Jilin province 'on Saturday evening' and crossed from Tumen "
            "to Namyang before midnight (h12e18, published Tue 29 Sep 2026 -> 26 Sep); 'on the night of "
            "26 September' (h12e19); '지난 26일 밤' (h12k12); '26 Sep' (h12e12). One dated act by one actor "
            "-> one event despite 400 people (GT-AGG-OVER). Status reported: rights groups and a source; "
            "Seoul 'could not confirm the figure', the UN cites 'credible reports', China gives its "
            "standing line (no confirmation, no denial)."),
    E("G12-huanggou-2024", "repatriation", "reported",
      [S(None, "about 200 North Koreans", "civilian", 200)],
      P("CN", "Huanggou"), "KP", D("2024-04", "month"),
      ["Seoul Cable Wire", "Hanbit Tongsin"],
      notes="Background: 'the largest single return since April 2024, when about 200 North Koreans "
            "were handed over at Huanggou, according to the groups' (h12e18); '2024년 4월 황거우를 통해 200여 "
            "명이 북송된 이후' (h12k12). Status reported (rights groups)."),

    # --- Russia: Vologda builders missing (h12e20, h12e21, h12k13), the rest sent home, phones and
    #     bonds (h12e21); Chita logger caught near Kyakhta (h12e41, h12e42) and sent back (h12e42) ---
    E("G12-vologda-missing-2026", "disappearance", "unconfirmed",
      [S(None, "two North Korean construction workers, both in their thirties", "overseas_worker", 2)],
      P("RU", "Vologda"), None, D("2026-06-07", "day"),
      ["Vologda Region News", "NK Borderline", "Free Korea Voice"],
      notes="Left the dormitory after lunch on Sunday 7 June 2026 and did not return (h12e20; h12k13 "
            "'지난 7일'; h12e21 'in June ... whereabouts are still not known'). No page resolves it, so a "
            "disappearance. Status: the regional police spokeswoman 'could not confirm' / '확인해 줄 수 "
            "없다' -> unconfirmed."),
    E("G12-vologda-recall-2026", "recall", "reported",
      [S(None, "the roughly 35 workers who remained on that site", "overseas_worker", 35)],
      P("RU", "Vologda"), "KP", D("2026-07", "month"),
      ["NK Borderline"],
      notes="'were sent home in July' (h12e21, 5 Aug 2026). Pyongyang ordering its workers home is a "
            "recall. One unnamed source."),
    E("G12-russia-phones-2026", "control_measure", "reported",
      [S(None, "North Korean workers at construction sites across Russia", "overseas_worker", None)],
      P("RU"), None, D("2026-08", "month"),
      ["NK Borderline"],
      notes="Phones handed in and a 300-dollar bond lost if a team member goes missing, 'since the "
            "start of this month' (h12e21, 5 Aug 2026) -> August 2026; presented as following the "
            "Vologda disappearance. Country only."),
    E("G12-chita-sok-attempt-2026", "attempted_defection", "confirmed",
      [S("Sok Yong-nam", "a North Korean logger at a timber site outside Chita", "overseas_worker",
         1, 38)],
      P("RU", "Chita"), None, D("2026-09-14", "day"),
      ["Zabaykalsky Today", "Russian border directorate", "AsiaPac Wire"],
      notes="Detained 'on Monday' trying to cross into Mongolia near Kyakhta (h12e41, published Thu 17 "
            "Sep 2026 -> 14 Sep); 'caught ... in September' (h12e42). Status: the border directorate's "
            "statement on record. Origin where he was posted (Chita, RU), not Kyakhta where he was "
            "caught; Mongolia is a bystander (he never reached it)."),
    E("G12-chita-sok-return-2026", "repatriation", "confirmed",
      [S("Sok Yong-nam", "logger", "overseas_worker", 1, 38)],
      P("RU"), "KP", D("2026-10-09", "day"),
      ["AsiaPac Wire", "Russian migration department"],
      notes="Escorted by North Korean consulate staff onto a flight from Vladivostok to Pyongyang 'on "
            "Friday' (h12e42, published Mon 12 Oct 2026 -> 9 Oct) after a court ordered his expulsion; "
            "the court order is not the date. Status: a migration department official on record ('The "
            "decision of the court has been carried out'). Origin: the sending country RU."),

    # --- Kunshan restaurant (h12e22 forum, h12e23 wire, h12k14) and the rule for restaurants ---
    E("G12-kunshan-missing-2026", "disappearance", "reported",
      [S(None, "three waitresses", "restaurant_worker", 3)],
      P("CN", "Kunshan"), None, D("2026-05-16", "day"),
      ["SuzhouExpats Forum", "AsiaPac Wire", "Bukhan Inside"],
      notes="'did not come back on Saturday' (h12e22, forum posts of Tue 19 May 2026 -> 16 May); 'on "
            "the afternoon of May 16' (h12e23); '지난 5월 16일' (h12k14). Never resolved ('행방은 여전히 "
            "알려지지 않았다') -> disappearance. Status reported."),
    E("G12-kunshan-recall-2026", "recall", "reported",
      [S(None, "nine employees of the restaurant, including the manager", "restaurant_worker", 9)],
      P("CN", "Kunshan"), "KP", D("2026-06", "month"),
      ["AsiaPac Wire", "Bukhan Inside"],
      notes="'ordered back to Pyongyang in the first days of June' (h12e23, 10 Jun 2026); the manager "
            "'6월 초 평양으로 소환된' (h12k14). Month."),
    E("G12-china-restaurant-rules-2026", "control_measure", "reported",
      [S(None, "restaurant workers across China", "restaurant_worker", None)],
      P("CN"), None, D("2026-05", "month"),
      ["AsiaPac Wire"],
      notes="Passports to managers, dormitories left only with a manager present, 'in force since late "
            "May' (h12e23, 10 Jun 2026). Country only."),
    E("G12-kunshan-manager-2026", "punishment", "reported",
      [S(None, "the restaurant manager", "restaurant_worker")],
      P("KP", "Kaechon"), None, D("2026-07", "month"),
      ["Bukhan Inside"],
      notes="Stripped of Party membership and sent with his family to the Kaechon coal mine '이달 초' "
            "(h12k14, 15 Jul 2026) -> July 2026, as the response to the waitresses' disappearance. The "
            "family moved with him are not listed as separate subjects (no number given; debatable)."),

    # --- Closures: Algiers (h12e24, h12e25, h12e12, h12k15), Khartoum and Brazzaville in lists (h12e24,
    #     h12e25, h12k15) and Brazzaville's own page (h12e26), Dushanbe trade office (h12e25) ---
    E("G12-algiers-closure-2026", "mission_closure", "confirmed",
      [], P("DZ", "Algiers"), None, D("2026-11-03", "day"),
      ["Maghreb Wire", "Algerian foreign ministry", "Korea Risk Monitor", "East Sea Snapshots",
       "Hanbit Tongsin"],
      notes="'closed its embassy in Algiers on Tuesday' (h12e24, 5 Nov 2026 -> 3 Nov; the ministry: 'as "
            "of 3 November'); h12e25 'shut on 3 November'; h12k15 '3일'. Status: Algerian ministry "
            "spokesman on record. Cairo is the mission that takes over (bystander, no event); 'began in "
            "the 1960s' is an anchor."),
    E("G12-khartoum-closure-2026", "mission_closure", "reported",
      [], P("SD", "Khartoum"), None, D("2026-03", "month"),
      ["Maghreb Wire", "Korea Risk Monitor", "Hanbit Tongsin"],
      notes="In lists: 'the North's withdrawal earlier this year from Khartoum and from Brazzaville' "
            "(h12e24), 'Khartoum, vacated in March' (h12e25, 2026), '올해 3월 수단 하르툼' (h12k15). "
            "Status reported: no official source for it."),
    E("G12-brazzaville-closure-2026", "mission_closure", "confirmed",
      [], P("CG", "Brazzaville"), None, D("2026-06-16", "day"),
      ["Congo Basin Post", "Congolese foreign ministry", "Maghreb Wire", "Korea Risk Monitor",
       "Hanbit Tongsin"],
      notes="'the embassy of the DPRK had closed on 16 June' (Congo's foreign ministry, h12e26, 17 Jun "
            "2026: 'the North Korean flag came down', TR-NARR); h12e25 'closed in June'; h12k15 '6월 "
            "콩고공화국 브라자빌'; h12e24 'earlier this year'. Status: ministry on record."),
    E("G12-dushanbe-closure-2026", "mission_closure", "confirmed",
      [], P("TJ", "Dushanbe"), None, D("2026-08", "month"),
      ["Korea Risk Monitor", "Tajik foreign ministry"],
      notes="'its trade office in Dushanbe stopped work in August, according to a notice published by "
            "Tajikistan's foreign ministry' (h12e25, 12 Nov 2026). A trade office is a mission. Status: "
            "an official notice (confirmed; debatable, relayed by an analyst). 'shut several other "
            "missions in 2023 and 2024' names no place: no event (GT-VAGUE)."),

    # --- Border inside the North: Samjiang execution (h12e27, h12e36 undated letter, h12e40, h12k16),
    #     shoot orders (h12e27), Unhung lectures (h12k16), the woman shot near Namyang (h12e28) ---
    E("G12-samjiang-brokers-2026", "punishment", "reported",
      [S(None, "two men accused of guiding people across the Yalu River, both in their forties",
         "civilian", 2)],
      P("KP", "Samjiang", "Ryanggang"), None, D("2026-10-17", "day"),
      ["NK Borderline", "The Daily Ridgeview", "North Asia Monitor", "Bukhan Inside"],
      notes="Shot after a public trial in Samjiang 'on Saturday' (h12e27, published Thu 22 Oct 2026 -> "
            "17 Oct); '17 October' (h12e40); '지난달 17일 삼지연시 삼장' (h12k16, 20 Nov); h12e36 "
            "(undated letter) 'in October' (month, year not derivable from that page alone). Status: "
            "unnamed source, not verified. Brokers punished for aiding escapes: punishment. 'reported "
            "regularly since ... 2020' is an aggregate/anchor."),
    E("G12-ryanggang-shoot-2026", "control_measure", "reported",
      [],
      P("KP", None, "Ryanggang"), None, D("2026-10", "month"),
      ["NK Borderline"],
      notes="'Since early October, border guards in the province have been ordered to fire without "
            "warning at anyone approaching the river after dark, and a second fence is being built' "
            "(h12e27, 22 Oct 2026). Tied to crossings. Subjects empty: the guards carry the order out, "
            "the would-be crossers it targets are unnamed and uncounted (debatable)."),
    E("G12-unhung-families-2026", "control_measure", "reported",
      [S(None, "residents of Unhung county (neighbourhood units)", "civilian", None)],
      P("KP", None, "Unhung county, Ryanggang"), None, D("2026-11", "month"),
      ["Bukhan Inside"],
      notes="Neighbourhood-unit lectures threatening to banish the whole family of anyone who crosses, "
            "with rice for informers, '이달 초부터' (h12k16, 20 Nov 2026) -> November 2026. A threat to "
            "families to deter crossings: control_measure."),
    E("G12-namyang-shot-2026", "punishment", "reported",
      [S(None, "a North Korean woman, believed to be in her thirties and from Onsong county",
         "civilian")],
      P("KP", "Namyang"), None, D("2026-06-21", "day"),
      ["Tumen Watch"],
      notes="Shot dead by border guards while wading across the Tumen near Namyang 'on the night of "
            "Sunday, 21 June' (h12e28, 30 Jun 2026); the shots were heard 'shortly after midnight' (so "
            "possibly 22 June; month June either way). A killing at the border is a punishment under "
            "the codebook. Status: two unnamed sources."),
    E("G12-namyang-shot-attempt-2026", "attempted_defection", "reported",
      [S(None, "a North Korean woman", "civilian")],
      P("KP", "Namyang"), None, D("2026-06-21", "day"),
      ["Tumen Watch"],
      notes="Optional: the crossing stopped by the shooting (h12e28). The codebook makes the killing "
            "a punishment 'distinct from the attempt'; whether the attempt must be annotated when only "
            "the killing is told is contested.",
      optional=True),

    # --- Tbilisi coach (h12e29, h12e30, h12k17) and the team ordered home ---
    E("G12-tbilisi-coach-2026", "defection", "denied",
      [S("Kang Myong-su", "a coach with the North Korean wrestling team", "civilian")],
      P("GE", "Tbilisi"), "GE", D("2026-05-03", "day"),
      ["Tbilisi Sports Daily", "Georgian interior ministry", "Caucasus Wire", "Sports Korea News"],
      notes="Reported to have left the team hotel 'on Sunday' and asked for asylum (h12e29, published "
            "Mon 4 May 2026 -> 3 May). Denied by Georgia's interior ministry on record ('No citizen of "
            "the DPRK has applied for international protection', h12e30, h12k17) -> denied. "
            "Destination GE as reported (asylum asked of Georgia). Role civilian (a sports coach; "
            "debatable)."),
    E("G12-tbilisi-recall-2026", "recall", "reported",
      [S(None, "the North Korean wrestling team, including its coaches", "civilian", None)],
      P("GE", "Tbilisi"), "KP", D("2026-05-05", "day"),
      ["Caucasus Wire", "Sports Korea News"],
      notes="Flew out 'on Tuesday, two days before the end of the Grand Prix, after being instructed "
            "from Pyongyang to return' (h12e30, Wed 6 May 2026 -> 5 May); '5일 평양의 지시에 따라' "
            "(h12k17). Ordered home by Pyongyang -> recall. Status: an official of the organising "
            "federation (not the actor) -> reported."),

    # --- Cebu seaman (h12e31 port news, h12e32 wire, h12k18) ---
    E("G12-cebu-seaman-2026", "defection", "reported",
      [S("Ko Song-ryong", "a deck hand", "overseas_worker", 1, 29)],
      P("PH", "Cebu"), "KR", D("2026-02-27", "day"),
      ["Visayas Port News", "Seoul Cable Wire", "Dongbuk News", "Philippine Bureau of Immigration"],
      notes="Went ashore 'on Friday evening' and did not return aboard (h12e31, published Mon 2 Mar "
            "2026 -> 27 Feb; TR-NARR, no keyword); 'on Feb. 27' (h12e32); '2월 27일 저녁' (h12k18); reached "
            "Seoul in early April (arrival, not the date). Status reported: a person involved in the "
            "case; the Bureau of Immigration confirms only a departure for a third country and the "
            "ministry 'could not confirm individual cases'. The second sailor who chose to go back to "
            "the ship is no event. Role: a ship's crew member working abroad (overseas_worker)."),

    # --- Sihanoukville programmers (h12e43) ---
    E("G12-sihanoukville-missing-2026", "disappearance", "reported",
      [S(None, "a North Korean computer programmer in his early thirties", "overseas_worker")],
      P("KH", "Sihanoukville"), None, D("2026-10-24", "day"),
      ["Gulf Coast Cambodia"],
      notes="'not been seen since Saturday ... went out on Saturday evening and did not come back' "
            "(h12e43, published Wed 28 Oct 2026 -> 24 Oct). Status reported (a neighbour and an agent; "
            "the police had no report, which is neither a confirmation nor a decline)."),
    E("G12-sihanoukville-recall-2026", "recall", "reported",
      [S(None, "the remaining seven programmers", "overseas_worker", 7)],
      P("KH", "Sihanoukville"), "KP", D("2026-10-27", "day"),
      ["Gulf Coast Cambodia"],
      notes="'They were told to go home, all of them' and boarded a flight to Pyongyang 'on Tuesday' "
            "(h12e43, Wed 28 Oct 2026 -> 27 Oct; driven to the airport on Monday 26). Recall (ordered "
            "home by their side, told in narrative words)."),

    # --- Interview (h12e33) ---
    E("G12-han-oksun-2023", "defection", None,
      [S("Han Ok-sun", "defector who now helps new arrivals", "civilian")],
      P("KP", "Kyongsong"), "KR", D("2023", "season"),
      ["Korea Heraldline"],
      notes="Optional: the interviewee's own flight, 'left Kyongsong in the winter of 2023 and reached "
            "Seoul the following spring' (h12e33). A life story told in a profile; whether a speaker's "
            "biography is an event is contested (SB-SPEAKER). Winter 2023 -> season.",
      optional=True),

    # --- Bokeo: six caught after crossing the Mekong (h12e44, h12e45) and handed back (h12e45) ---
    E("G12-bokeo-attempt-2026", "attempted_defection", "reported",
      [S(None, "four women", "civilian", 4),
       S(None, "a man", "civilian"),
       S(None, "a 12-year-old girl", "civilian", 1, 12, True)],
      P("KP"), None, D("2026-01-31", "day"),
      ["Mekong Current", "Crossing Support Network"],
      notes="Detained by Lao police 'on Saturday night' after coming ashore in Ton Pheung district "
            "(h12e44, published Thu 5 Feb 2026 -> 31 Jan); 'at the end of January' (h12e45). Arrested "
            "abroad before reaching refuge -> attempted_defection; origin KP (civilians who travelled "
            "through China, caught in Laos). Status: an unnamed district official and an aid worker -> "
            "reported. Six people, count given per descriptor."),
    E("G12-bokeo-return-2026", "repatriation", "reported",
      [S(None, "the six North Koreans detained in Bokeo province", "civilian", 6)],
      P("LA"), "KP", D("2026-02-19", "day"),
      ["Crossing Support Network"],
      notes="Taken from the detention centre 'last Thursday' and flown to Pyongyang via Beijing with "
            "two North Korean embassy officials (h12e45, published Tue 24 Feb 2026 -> Thu 19 Feb). "
            "Forced return (they wanted to go to South Korea) -> repatriation, origin the sending "
            "country LA; Beijing is a transit. 'Laos has in the past handed such groups' (h12e44) is "
            "generic, no event. Status: one eyewitness via an NGO."),
]
