"""Gold events of the heldout8 benchmark, annotated by /work/shared/bench/GUIDELINES.md from the
page texts in articles_en.py and articles_ko.py only. All people and events are invented.

Dates are as precise as the text allows, relative dates resolved against the page's publication
date. A defection first told as a disappearance is one defection event, dated when the people
left (not when they arrived or when it was confirmed). Background mentions ("the first since
2011, when a commercial attache ...", "the last soldier to cross on the eastern front was a
private in September 2024", "In 2024, it also pulled out of Peru") are events of their own;
their status is None where no page gives sourcing for them. One status per event: the strongest
on-record statement across its pages. `reported` is filled in by build.py from the pages.
"""


from heldout_build import D, E, P, S  # noqa: E402 (build.py puts bench/ on the path)


EVENTS = [
    # --- New Delhi: neighbours (h8e01), wire twice (h8e02, h8e03, h8k01), analysis (h8e04),
    #     NGO statement (h8e05), undated feature (h8e06), editorial (h8e37), newsletter (h8e38),
    #     Korean follow-up (h8k02) ---
    E("G8-delhi-paek-2025", "defection", "confirmed",
      [S("Paek Jin-hyok", "economic and trade counsellor at the North Korean embassy in New Delhi",
         "diplomat", 1, 51),
       S(None, "his wife", "family_member"),
       S(None, "their son", "family_member", 1, 24, False)],
      P("IN", "New Delhi"), "KR", D("2025-09-14", "day"),
      ["unification ministry", "The Capital Chronicle", "Peninsula Wire", "Hanbit News"],
      notes="Date: the family left their house in Vasant Vihar by taxi on the night of Sunday 14 "
            "September 2025 (h8e01, h8e02 'Sept. 14', h8k01 '지난해 9월 ... 14일 밤'); the arrival "
            "'in December' and the confirmation on Tuesday 13 January 2026 are not the date of the "
            "flight. Status: the unification ministry spokeswoman confirmed on record. Type: first "
            "told as a disappearance (h8e01), later as arrival in the South: one defection. Names: "
            "Paek Jin-hyok, Baek Jin-hyuk (h8e03), Paek Chin-hyok (h8e04), 백진혁. The son is 24: "
            "family_member (accompanies the principal), not a minor."),
    E("G8-delhi-2011", "defection", None,
      [S(None, "commercial attache", "diplomat")],
      P("IN", "New Delhi"), "KR", D("2011", "year"), ["Peninsula Wire", "The Long View"],
      notes="Background: 'the first ... since 2011, when a commercial attache walked into the South "
            "Korean embassy in New Delhi and asked to be sent to Seoul' (h8e02, h8e03), told at more "
            "length in the undated feature h8e06. Status None: no source for it on any page (the "
            "Indian officials' 'left of his own will' in h8e06 is unnamed and from the time). Type: "
            "sought refuge at the South's embassy: defection."),
    E("G8-delhi-recall-2025", "recall", "reported",
      [S(None, "the embassy's security counsellor", "diplomat"),
       S(None, "a third secretary who shared Paek's office", "diplomat")],
      P("IN", "New Delhi"), "KP", D("2025-10", "month"), ["East Asia Brief", "The Long View"],
      notes="Date: 'ordered back to Pyongyang in early October' (h8e04, published January 2026); "
            "h8e06 (undated) says only 'called home within weeks'. Status: two diplomats and an "
            "unnamed South Korean official: reported. Type: ordered home."),
    E("G8-southasia-rules-2025", "control_measure", "reported",
      [S(None, "staff of North Korea's embassies in South Asia", "diplomat")],
      P(None, None, "South Asia"), None, D("2025-10", "month"),
      ["East Asia Brief", "Bukhyang News"],
      notes="Date: 'From October' (h8e04), '작년 10월부터' (h8k02, published February 2026). "
            "Status: unnamed diplomats / sources: reported. Type: sign out with the security "
            "officer, go out only in pairs, phones handed in nightly: control on personnel "
            "abroad. Region South Asia, no country."),
    E("G8-paek-relatives-2026", "punishment", "reported",
      [S(None, "Paek's elder brother, his wife and their two children", "civilian", 4)],
      P("KP", "Pyongyang"), None, D("2026-01", "month"),
      ["Open Borders for North Koreans", "Bukhyang News", "NK Watch"],
      notes="Date: 'in the last week of January' (h8e05, published 19 February 2026), '지난달 말' "
            "(h8k02, published 20 February), 'in late January' (h8e38). The brother's dismissal "
            "in October is part of the same punishment of one family for one reason, dated by the "
            "banishment. Status: NGO / sources inside the country: reported. Type: expelled from "
            "Pyongyang to a farm in Hwadae county (banishment). Relatives at home are civilian."),

    # --- Western front opposite Kaesong, 17 March 2026: wire (h8e07), radio transcript with
    #     hard line breaks (h8e08), follow-up (h8e09), JCS Korean (h8k03), follow-up (h8k04) ---
    E("G8-kaesong-sergeant-2026", "defection", "confirmed",
      [S(None, "staff sergeant in his early 20s", "military")],
      P("KP", None, "western front, opposite Kaesong"), "KR", D("2026-03-17", "day"),
      ["Joint Chiefs of Staff", "Peninsula Wire", "Seoul Breeze Radio", "Hanbit News"],
      notes="Date: 'early Tuesday' in a wire dated 17 March 2026 (h8e07), 'before dawn today' "
            "(h8e08), '17일 새벽' (h8k03), 'on March 17' (h8e09). Status: the JCS on record. Type: "
            "walked across the MDL and asked to come to the South: defection."),
    E("G8-central-soldier-2025", "defection", "confirmed",
      [S(None, "a North Korean soldier, a man in his twenties", "military")],
      P("KP", None, "central front"), "KR", D("2025-11-20", "day"),
      ["Joint Chiefs of Staff", "Daily Harbour", "Seoul Ilbo"],
      notes="Date: 'on Thursday' in a page published Friday 21 November 2025 (h8e10), '20일 오후' "
            "(h8k05, published 20 November); h8e07 'since November, when ...' and h8k03 '지난해 "
            "11월 중부전선 사례' (background, cited: they carry a time). Status: the JCS on record. "
            "Must stay apart from the March 2026 and September 2024 crossings."),
    E("G8-eastern-private-2024", "defection", None,
      [S(None, "a North Korean private", "military")],
      P("KP", None, "eastern front"), "KR", D("2024-09", "month"),
      ["Seoul Breeze Radio", "Daily Harbour", "Seoul Ilbo"],
      notes="Background: 'a private in September 2024' (h8e08), 'In September last year' (h8e10, "
            "published November 2025), '지난해 9월 동부전선' (h8k05, published November 2025). "
            "Status None: 'officials at the time' unnamed, no sourcing on record."),
    E("G8-kaesong-officers-2026", "punishment", "reported",
      [S(None, "the company commander, a senior lieutenant", "military"),
       S(None, "the company's political instructor", "military")],
      P("KP", None, "North Hwanghae"), None, D("2026-04", "month"),
      ["Inside the North", "Bukhyang News"],
      notes="Date: 'removed in early April' (h8e09, published 21 April 2026), '이달 초' (h8k04, "
            "published 23 April). Status: a military source: reported. Type: stripped of rank and "
            "sent to a coal mine labour unit (철직, 탄광 노동): punishment of North Korean officers "
            "by the North (in domain)."),
    E("G8-front-rules-2026", "control_measure", "reported",
      [S(None, "soldiers in front-line units along the western sector", "military")],
      P("KP", None, "western front"), None, D("2026-03", "month"),
      ["Inside the North", "Bukhyang News"],
      notes="Date: 'Since the crossing' (17 March) with checks 'since late March' (h8e09), '사건 "
            "이후', '지난달 하순부터' (h8k04, published April): March 2026. Status: sources: "
            "reported. Type: patrols in threes with one loaded weapon, soldiers with relatives in "
            "the South pulled back from guard posts, papers checked: measures against further "
            "crossings."),

    # --- Gangneung boat: local (h8e11), wire twice (h8e12, h8e13), Korean wire (h8k06),
    #     newsletter (h8e35), follow-ups (h8e39, h8k07) ---
    E("G8-gangneung-boat-2026", "defection", "confirmed",
      [S(None, "a man in his late 50s, an engine mechanic at a fishing cooperative", "civilian"),
       S(None, "his wife", "civilian"),
       S(None, "their two adult daughters", "civilian", 2)],
      P("KP", "Kimchaek"), "KR", D("2026-05-05", "day"),
      ["unification ministry", "Gangwon Local", "Peninsula Wire", "Hanbit News", "NIS",
       "Inside the North", "Bukhyang News"],
      notes="Date: they left Kimchaek harbour on the night of 5 May (h8e39, h8k07 '5일 밤') and "
            "came ashore at Sacheon beach, Gangneung, early on Friday 8 May 2026 (h8e11, h8e12, "
            "h8e13, h8k06); dated by the departure, as for a defection told as a flight and an "
            "arrival (the pages of 8 May alone would give 2026-05-08). Status: the unification "
            "ministry on record. Count: four (ministry); 'five' from the walker's account / early "
            "local reports (h8e11) is not taken. People fleeing together as equals: civilian."),
    E("G8-kimchaek-boats-2026", "control_measure", "confirmed",
      [S(None, "fishing boats and cooperatives in Kimchaek", "civilian")],
      P("KP", "Kimchaek"), None, D("2026-05", "month"),
      ["NIS", "Korea Week in Review", "Inside the North", "Bukhyang News"],
      notes="Date: 'have since been ordered' after the 5 May escape (h8e35, published 15 May), 'this "
            "month' (h8e39), '이 일이 있은 뒤' (h8k07): May 2026. Status: an NIS briefing relayed on "
            "record by a named lawmaker (Rep. Nam Gi-seok, h8e35): confirmed (as in heldout7). "
            "Type: boats tied up at one guarded pier, fuel rationed, keys handed in: measures "
            "against escapes by sea."),

    # --- Socheong island (h8e14, h8k08) ---
    E("G8-socheong-2025", "defection", "confirmed",
      [S(None, "a fisherman, aged 33", "civilian", 1, 33)],
      P("KP", None, "West Sea"), "KR", D("2025-11-19", "day"),
      ["unification ministry", "Peninsula Wire", "Seoul Ilbo"],
      notes="Date: found drifting on 19 November 2025 (h8e14 'on Nov. 19', h8k08 '지난 19일'); no "
            "departure date is given. Status: the unification ministry on record. Type: the "
            "33-year-old asked to stay: defection. His companion, who asked to go home and was "
            "handed over at the NLL on 28 November, is no repatriation (a return he asked for); "
            "nor are the three East Sea fishermen sent home in July at their own request."),

    # --- Pingxiang: NGO alert (h8e15), news (h8e16, h8k09), return (h8e17, h8e24),
    #     sentences (h8e18, h8k10) ---
    E("G8-pingxiang-arrest-2025", "attempted_defection", "reported",
      [S(None, "five women", "civilian", 5),
       S(None, "a man", "civilian"),
       S(None, "a 15-year-old boy travelling with his mother", "civilian", 1, 15, True)],
      P("KP"), None, D("2025-12-06", "day"),
      ["Open Borders for North Koreans", "Asian Current", "Seoul Ilbo", "Inside the North",
       "Bukhyang News"],
      notes="Date: 'on Saturday 6 December' (h8e15), 'last Saturday' (h8e16, published Thursday 11 "
            "December), '지난 6일' (h8k09), 'on Dec. 6' (h8e17); h8e18 'last December' and h8k10 "
            "'지난해 12월' cite it. Status: an NGO with a relative and a broker; Seoul's foreign "
            "ministry is 'aware of the reports' and does not confirm: reported. Type: taken off a "
            "bus near Pingxiang before reaching Vietnam: attempted_defection; origin KP (civilians "
            "caught in China). 'face being sent back' is a prediction. People fleeing as equals: "
            "civilian; the boy is a minor."),
    E("G8-pingxiang-return-2026", "repatriation", "reported",
      [S(None, "the seven North Koreans arrested near Pingxiang", "civilian", 7)],
      P("CN", None, "Guangxi"), "KP", D("2026-02", "month"),
      ["Asian Current", "Daily Harbour", "Inside the North", "Bukhyang News"],
      notes="Date: 'in late February' / 'around the 25th' (h8e17, published 4 March 2026), 'in "
            "February' (h8e18, h8e24), '올해 2월 하순' (h8k10): month precision (the 25th is a "
            "relative's estimate). Status: relatives and activists; Seoul's regret is conditional "
            "('if the reports are true'): reported. Origin: the sending country, China (held in "
            "Pingxiang, Guangxi)."),
    E("G8-pingxiang-sentences-2026", "punishment", "reported",
      [S(None, "two of the women returned from southern China", "civilian", 2)],
      P("KP", "Chongjin"), None, D("2026-04", "month"),
      ["Inside the North", "Bukhyang News"],
      notes="Date: 'tried in Chongjin last month' (h8e18, published 12 May 2026), '지난달 청진에서 "
            "열린 재판' (h8k10, published 13 May): April 2026. Status: a source: reported. Type: 10 "
            "years in a reeducation camp (교화 10년). The others' shorter terms ('or are still "
            "being questioned') are vaguer and are not counted as subjects."),
    E("G8-dunhua-arrest-2025", "attempted_defection", "reported",
      [S(None, "three women", "civilian", 3)],
      P("KP"), None, D("2025-10", "month"),
      ["Open Borders for North Koreans", "Seoul Ilbo"],
      notes="Background: 'In October, three women were detained in a raid on a flat in Dunhua' "
            "(h8e15, published December 2025), '지난 10월에도 ... 둔화' (h8k09). Status: the NGO "
            "says so: reported. Type: arrest in China: attempted_defection, origin KP; no page "
            "says they were sent back."),

    # --- Mong Cai (h8e19, h8e17) ---
    E("G8-mongcai-arrest-2026", "attempted_defection", "confirmed",
      [S(None, "three women and a man aged between 24 and 45", "civilian", 4)],
      P("KP"), None, D("2026-01-14", "day"),
      ["Quang Ninh provincial border guard command", "The Northern Herald", "Asian Current"],
      notes="Date: 'on Wednesday night' in a page published Friday 16 January 2026 (h8e19); 'in "
            "mid-January' (h8e17). Status: the provincial border guard command's statement on "
            "record: confirmed. Type: stopped after crossing from China into Vietnam: "
            "attempted_defection; origin KP (civilians coming through China)."),
    E("G8-mongcai-return-2026", "repatriation", "reported",
      [S(None, "the four North Koreans caught in Mong Cai", "civilian", 4)],
      P("CN"), "KP", D("2026-02", "month"),
      ["Asian Current"],
      notes="Date: returned 'together with the Pingxiang group' (h8e17), i.e. late February 2026. "
            "Status: activists: reported. Origin: China, which sent them back to the North; "
            "Vietnam handing them to Chinese police in Dongxing is not a repatriation. h8e19 "
            "('handled in accordance with the law') does not say they were returned: not cited."),

    # --- Novosibirsk: arrest (h8e20), deportation (h8e21, h8k11, h8e38), analysis (h8e22) ---
    E("G8-novosibirsk-arrest-2026", "attempted_defection", "confirmed",
      [S(None, "construction worker", "overseas_worker", 1, 31),
       S(None, "construction worker", "overseas_worker", 1, 38)],
      P("RU", "Novosibirsk"), None, D("2026-01-24", "day"),
      ["regional transport police", "Siberian Courier", "Hanbit News", "East Asia Brief"],
      notes="Date: 'on Saturday' in a page published Monday 26 January 2026 (h8e20), '지난달 24일' "
            "(h8k11, published 13 February); 'last month' (h8e21), 'in January' (h8e22, h8e38). "
            "Status: the transport police statement on record. Type: caught at the airport with "
            "an address in Seoul: attempted_defection; origin RU (workers posted there)."),
    E("G8-novosibirsk-deport-2026", "repatriation", "confirmed",
      [S(None, "the two North Korean construction workers", "overseas_worker", 2)],
      P("RU", "Novosibirsk"), "KP", D("2026-02-12", "day"),
      ["regional migration directorate", "Siberian Courier", "Hanbit News", "NK Watch"],
      notes="Date: 'on Thursday' in a page published Friday 13 February 2026 (h8e21), '12일' "
            "(h8k11), 'on February 12' (h8e38). Status: the migration directorate spokeswoman on "
            "record. Type: expelled against their wishes, handed to North Korean consular staff: "
            "repatriation, origin RU."),
    E("G8-russia-workers-rules-2026", "control_measure", "reported",
      [S(None, "North Korean workers on sites across Siberia", "overseas_worker")],
      P("RU", None, "Siberia"), None, D("2026-02", "month"),
      ["East Asia Brief"],
      notes="Date: 'Since early February' (h8e22, published 10 March 2026). Status: a Russian "
            "foreman and an unnamed official: reported. Type: passports in a safe, phones "
            "collected at night, outings in groups of five led by a party member, wages held "
            "back: control on personnel abroad."),

    # --- Mass return, 22 April 2026 (h8e23, h8e24, h8k12) ---
    E("G8-mass-return-2026", "repatriation", "reported",
      [S(None, "North Koreans held in detention centres, most of them women", "civilian", 200)],
      P("CN", None, "Heilongjiang and Shandong"), "KP", D("2026-04-22", "day"),
      ["Open Borders for North Koreans", "Daily Harbour", "Seoul Ilbo", "Ma Seong-hun"],
      notes="Date: 'on the night of Wednesday 22 April' (h8e23), 'on Wednesday night' (h8e24, "
            "published Saturday 25 April), '지난 22일 밤' (h8k12). Status: NGO and researcher; "
            "Seoul 'checking', China's generic statement: reported. Count: about 200 (OBNK, "
            "200여 명) vs 190 (researcher, h8e24): 200. One dated act by one actor: one event."),

    # --- Siem Reap (h8e25, h8k13, h8e38) ---
    E("G8-siemreap-2026", "disappearance", "reported",
      [S(None, "three waitresses in their twenties", "restaurant_worker", 3)],
      P("KH", "Siem Reap"), None, D("2026-02-12", "day"),
      ["Angkor Post", "Southeast Asia Korean News", "NK Watch"],
      notes="Date: failed to appear on Thursday 12 February 2026 (h8e25), '지난 12일' (h8k13), "
            "'since February 12' (h8e38). Status: Cambodian staff and a customer; the restaurant "
            "says 'gone home on leave'; police have no exit record: reported. Type: whereabouts "
            "unknown and no page says how it ended: disappearance."),
    E("G8-siemreap-rules-2026", "control_measure", "reported",
      [S(None, "the remaining North Korean staff of the restaurant", "restaurant_worker")],
      P("KH", "Siem Reap"), None, D("2026-02", "month"),
      ["Angkor Post", "Southeast Asia Korean News"],
      notes="Date: 'Since then' (after 12 February; h8e25, h8k13): February 2026. Status: Cambodian "
            "employees: reported. Type: staff kept inside the building, passports held by the "
            "manager: control on personnel abroad."),

    # --- Kuala Lumpur (h8k14, h8e38) ---
    E("G8-kl-itworker-2025", "disappearance", "reported",
      [S("Ri Kyong-sim", "IT worker", "overseas_worker", 1, 29)],
      P("MY", "Kuala Lumpur"), None, D("2025-10-21", "day"),
      ["Hanbit News", "NK Watch"],
      notes="Date: left her flat on 21 October (h8e38 'since she left her flat on October 21', "
            "h8k14 '지난달 21일', published 18 November 2025). Status: local sources and an "
            "unnamed police officer: reported. Names: Ri Kyong-sim, 리경심."),
    E("G8-kl-recall-2025", "recall", "reported",
      [S(None, "North Korean IT staff at the same firm", "overseas_worker", 10)],
      P("MY", "Kuala Lumpur"), "KP", D("2025-11", "month"),
      ["Hanbit News"],
      notes="Date: '이달 초' in a page published 18 November 2025. Status: '전해졌다': reported. "
            "Type: 본국 소환 지시 (ordered home). Count: 10여 명 -> 10."),

    # --- Lagos (h8e26) ---
    E("G8-lagos-recall-2026", "recall", "reported",
      [S(None, "North Korean doctors and nurses working at private clinics", "overseas_worker", 30)],
      P("NG", "Lagos"), "KP", D("2026-03", "month"),
      ["Africa Briefing"],
      notes="Date: 'told in mid-March' (h8e26, published 27 March 2026). Status: clinic owners and "
            "an unnamed health ministry official: reported. Type: ordered back to Pyongyang. "
            "Count: about 30."),

    # --- Closures: Bamako (h8e27, h8e28, h8e36, h8k15), Mexico City (h8e29, h8e30, h8e28,
    #     h8e36, h8k15), Windhoek and Lima (background) ---
    E("G8-bamako-closure-2026", "mission_closure", "confirmed", [],
      P("ML", "Bamako"), None, D("2026-02-27", "day"),
      ["Malian foreign ministry", "Sahel News", "Peninsula Wire", "Seoul Ilbo", "Global Desk"],
      notes="Date: ceased activities on Friday 27 February 2026 (h8e27, h8e28 'on Feb. 27', h8k15 "
            "'2월 27일부로', h8e36); the ministry's statement on Monday 2 March is not the date. "
            "Status: Mali's foreign ministry on record. Nouakchott (successor) and 'early 1970s' are "
            "anchors, not events."),
    E("G8-mexico-closure-2025", "mission_closure", "confirmed", [],
      P("MX", "Mexico City"), None, D("2025-10-15", "day"),
      ["Secretariat of Foreign Affairs", "Mexico Daily", "Latam Report", "Peninsula Wire",
       "Seoul Ilbo", "Global Desk"],
      notes="Date: 'closed on Wednesday' / 'effective October 15' (h8e29, published Friday 17 "
            "October 2025), 'since Wednesday' (h8e30); 'in October' (h8e28, h8e36), '지난해 10월' "
            "(h8k15). Status: the SRE statement on record. Managua (successor), 'early 1980s' and "
            "the 2017 expulsion of the ambassador are background, not events."),
    E("G8-mexico-recall-2025", "recall", "reported",
      [S(None, "the ambassador", "diplomat"), S(None, "five staff members", "diplomat", 5)],
      P("MX", "Mexico City"), "KP", D("2025-09", "month"),
      ["Mexico Daily"],
      notes="Date: 'ordered back to Pyongyang in September' (h8e29). Status: two diplomats in "
            "Mexico City: reported. Type: staff ordered home ahead of the closure; the codebook "
            "makes Pyongyang ordering staff home a recall, separate from the closure."),
    E("G8-windhoek-closure-2026", "mission_closure", "reported", [],
      P("NA", "Windhoek"), None, D("2026-01", "month"),
      ["Peninsula Wire", "Seoul Ilbo", "Global Desk"],
      notes="Background: 'its embassy in Namibia in January' (h8e28, published March 2026), "
            "'Windhoek ... in January 2026' (h8e36), '올해 1월 나미비아' (h8k15). Status: 'according "
            "to the host governments and South Korean officials' (h8e28, h8e36) is attribution "
            "without an on-record statement: reported."),
    E("G8-lima-closure-2024", "mission_closure", "reported", [],
      P("PE", "Lima"), None, D("2024", "year"),
      ["Peninsula Wire", "Global Desk"],
      notes="Background: 'In 2024, it also pulled out of Peru, shutting its mission in Lima' "
            "(h8e28), 'Lima, in Peru, closed in 2024' (h8e36, 'according to the host "
            "governments'): reported, as Windhoek."),

    # --- Chongjin execution (h8e31, h8e40, h8k16) ---
    E("G8-chongjin-execution-2025", "punishment", "reported",
      [S("Tak Yong-su", "former truck driver accused of guiding people to China", "civilian",
         1, 47)],
      P("KP", "Chongjin"), None, D("2025-12-16", "day"),
      ["Inside the North", "Voices Across the DMZ", "Bukhyang News"],
      notes="Date: 'last Tuesday' in a page published Monday 22 December 2025 (h8e31), 'on December "
            "16' (h8e40), '지난달 16일' (h8k16, published 23 January 2026). Status: sources, not "
            "confirmed: reported. Type: executed for helping others flee: punishment. Names: Tak "
            "Yong-su, Thak Yong Su, 탁용수. 'about 1,000' / 'hundreds' / 1천여 명 watching are not "
            "subjects."),

    # --- Wiwon, river orders (h8e32, h8k16) ---
    E("G8-wiwon-shooting-2026", "punishment", "reported",
      [S(None, "a man in his twenties", "civilian")],
      P("KP", "Wiwon", "Chagang"), None, D("2026-01-09", "day"),
      ["Inside the North", "Bukhyang News"],
      notes="Date: 'on the night of January 9' (h8e32), '이달 9일 밤' (h8k16, published 23 January "
            "2026). Status: a source: reported. Type: a killing at the border by guards: "
            "punishment (as in heldout7); the crossing itself is the optional attempt."),
    E("G8-wiwon-attempt-2026", "attempted_defection", "reported",
      [S(None, "a man in his twenties", "civilian")],
      P("KP", "Wiwon", "Chagang"), None, D("2026-01-09", "day"),
      ["Inside the North", "Bukhyang News"],
      notes="The crossing stopped by the shooting. Optional: the pages tell a killing; whether the "
            "crossing is also an attempted defection is debatable (he was heading for China, not "
            "said to be seeking refuge).", optional=True),
    E("G8-river-orders-2025", "control_measure", "reported",
      [S(None, "residents of riverside villages along the Yalu", "civilian")],
      P("KP", None, "Chagang and Ryanggang"), None, D("2025-11", "month"),
      ["Inside the North", "Bukhyang News"],
      notes="Date: 'Since November' (h8e32, published January 2026), '지난해 11월부터' (h8k16). "
            "Status: a source: reported. Type: orders to shoot anyone approaching the river at "
            "night without a permit, residents barred from the bank after 6 pm, tied to people "
            "getting across: control against would-be defectors."),

    # --- Yoon Mi-hyang (h8e33) ---
    E("G8-yoon-defection-2021", "defection", "reported",
      [S("Yoon Mi-hyang", "a woman from a mining town in North Hamgyong", "civilian", 1, 44)],
      P("KP", None, "North Hamgyong"), "KR", D("2021", "season"),
      ["Freedom Road Stories"],
      notes="Date: she crossed the Tumen 'in the summer of 2021' and reached Seoul 'earlier this "
            "month' (March 2026) after years in China; dated by the flight (season). Status: her "
            "own account in an NGO interview: reported. Type: defection, destination KR."),
    E("G8-yoon-arrest-2019", "attempted_defection", "reported",
      [S("Yoon Mi-hyang", "", "civilian")],
      P("KP"), None, D("2019", "year"),
      ["Freedom Road Stories"],
      notes="Date: 'in 2019 ... police raided the restaurant ... in Siping' (h8e33): year. Status: "
            "her account: reported. Type: caught in China before reaching refuge: "
            "attempted_defection, origin KP."),
    E("G8-yoon-return-2019", "repatriation", "reported",
      [S("Yoon Mi-hyang", "", "civilian")],
      P("CN", None, "Jilin"), "KP", D("2019-12", "month"),
      ["Freedom Road Stories"],
      notes="Date: 'sent back to North Korea in December that year' (2019). Status: her account: "
            "reported. Origin: China (caught in Siping, Jilin)."),
    E("G8-yoon-camp-2020", "punishment", "reported",
      [S("Yoon Mi-hyang", "", "civilian")],
      P("KP", None, "Kyongsong county"), None, D("2020", "year"),
      ["Freedom Road Stories"],
      notes="Date: 'spent most of 2020 in a labour training camp in Kyongsong county'. Status: her "
            "account: reported. Type: labour training camp after return: punishment."),

    # --- Singapore (h8e35, h8k18) ---
    E("G8-singapore-seaman-2026", "defection", "unconfirmed",
      [S(None, "crew member of a North Korean cargo ship, a man in his 30s", "civilian")],
      P("SG", "Singapore"), "KR", D("2026-05-11", "day"),
      ["diplomatic source", "Korea Week in Review", "Hanbit News"],
      notes="Date: 'on Monday' in a newsletter published Friday 15 May 2026 (h8e35), '전날 오전' "
            "(h8k18, published 12 May). Status: the foreign ministry 'would not comment' / "
            "'확인해줄 수 있는 사안이 없다' (declines to confirm): unconfirmed. Type: went to the "
            "South's embassy and asked to be sent to Seoul: sought refuge, defection; origin "
            "where he left the ship."),

    # --- Look-alikes added to other stories: the Tanchon boat (h8e39, h8k07) and the
    #     Manzhouli group (h8e24, h8k12) ---
    E("G8-tanchon-attempt-2026", "attempted_defection", "reported",
      [S(None, "three men from Tanchon", "civilian", 3)],
      P("KP", "Tanchon"), None, D("2026-03", "month"),
      ["Inside the North", "Bukhyang News"],
      notes="Date: 'In March' in pages published in May 2026 (h8e39, h8k07 '3월에는'). Status: a "
            "source: reported. Type: turned a squid boat south and were caught by the North's own "
            "coastal patrol: attempted_defection. Must stay apart from the Gangneung boat."),
    E("G8-tanchon-camp-2026", "punishment", "reported",
      [S(None, "three men from Tanchon", "civilian", 3)],
      P("KP", "Tanchon"), None, D("2026-04", "month"),
      ["Inside the North", "Bukhyang News"],
      notes="Date: 'in April all three were sent to a prison camp' (h8e39), '4월 ... 교화소로' "
            "(h8k07). Status: a source: reported. Type: punishment, its own event apart from the "
            "attempt."),
    E("G8-manzhouli-arrest-2026", "attempted_defection", "reported",
      [S(None, "five North Koreans", "civilian", 5)],
      P("KP"), None, D("2026-02", "month"),
      ["Open Borders for North Koreans", "Daily Harbour", "Seoul Ilbo"],
      notes="Date: 'arrested in February in Manzhouli' (h8e24, published April 2026), '지난 2월 "
            "네이멍구 만저우리에서 공안에 적발된' (h8k12). Status: the NGO: reported. Type: arrest "
            "in China: attempted_defection, origin KP."),
    E("G8-manzhouli-return-2026", "repatriation", "reported",
      [S(None, "five North Koreans arrested in Manzhouli", "civilian", 5)],
      P("CN", "Manzhouli", "Inner Mongolia"), "KP", D("2026-03", "month"),
      ["Open Borders for North Koreans", "Daily Harbour", "Seoul Ilbo"],
      notes="Date: 'Last month' in h8e24 (published 25 April 2026), '지난달' in h8k12 (published "
            "24 April): March 2026. Status: the NGO: reported. Must stay apart from the mass "
            "return of 22 April and the Pingxiang return in February."),
]
