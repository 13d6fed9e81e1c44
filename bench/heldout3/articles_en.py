"""English pages of the heldout3 benchmark. Everything here is invented: people, outlets
(on .example domains) and events. Real agencies are cited the way real pages cite them.

Each page: id, url, pub_date (ISO day, or None where the page shows no date), events (gold
event ids from events_gold.py that the page reports), text (the page as scraped).
"""

PAGES = [
    dict(
        id="h3e01",
        url="https://www.danubepost.example/politics/2026/03/09/north-korean-counsellor-not-seen",
        pub_date="2026-03-09",
        events=["G3-bucharest-ri-2026"],
        text="""Danube Post — Politics | Business | Region | Opinion
Log in | Subscribe

North Korean envoy in Bucharest has not been seen for over a week
By Andreea Mocanu
9 March 2026

A senior North Korean diplomat in Bucharest has not been seen in public since late February, and neighbours say his family's flat in the embassy compound has been dark for days.

Ri Song-chol, 49, the commercial counsellor at the North Korean embassy, has not been seen since the last week of February, two people who have dealt with the embassy told the Danube Post. His wife and their two children, who attended an international school in the north of the city, have not been seen either.

"His phone is off. Nobody at the embassy will tell us where he is," one of them said.

The Romanian foreign ministry said it had "no information on the matter". Nobody answered the door at the North Korean embassy when a reporter called on Friday.

A defection by a diplomat of his rank would be a serious embarrassment for Pyongyang, which has tightened its grip on its envoys in recent years.

Share | Print | Comments (14)
Most read: Bucharest ring road delayed again
""",
    ),
    dict(
        id="h3e02",
        url="https://www.hanulwire.example/en/news/20260414000318",
        pub_date="2026-04-14",
        events=["G3-bucharest-ri-2026"],
        text="""Disappearance of envoy in Bucharest ends in Seoul

SEOUL, April 14, 2026 (Hanul Wire) -- On the last Friday in February, Ri Song-chol left his office at the North Korean embassy in Bucharest at the usual hour. That evening he, his wife and their two children boarded a flight to Vienna, and they did not come back.

Seven weeks later, the unification ministry confirmed on Tuesday that the commercial counsellor and his family are in South Korea.

"Mr. Ri and three members of his family entered the country earlier this month and are under the protection of the government," ministry spokesman Yoo Sang-bin told a regular briefing. He declined to say how the family travelled on from Austria.

Ri, 49, handled the embassy's trade with Eastern European partners, according to a government official. A person who knows the family said he had been weighing the move for a long time.

North Korea has not commented.

(END)
""",
    ),
    dict(
        id="h3e03",
        url="https://northernlens.example/diplomacy/ambassador-romania-summoned",
        pub_date="2026-04-20",
        events=["G3-bucharest-ambassador-recall-2026", "G3-europe-envoy-control-2026",
                "G3-bucharest-ri-2026"],
        text="""Northern Lens  ›  Diplomacy

After Bucharest defection, Pyongyang calls ambassador home and tightens rules for envoys in Europe
20/04/2026

North Korea summoned its ambassador to Romania, Ryom Kwang-su, back to Pyongyang in mid-March, weeks after one of his senior staff fled with his family, two sources with ties to the North Korean foreign ministry told Northern Lens.

Ryom has not returned to Bucharest, and a second secretary is running the embassy in his absence, one of the sources said.

Since early April, diplomats at the North's embassies across Europe have been told to hand their passports to the mission's security officer and to send any school-age children back to Pyongyang, the sources said. Trips outside the host country's capital now need approval from the foreign ministry.

The measures follow the defection of commercial counsellor Ri Song-chol, who left Romania in February and whose arrival in the South was confirmed by Seoul this month.

More recalls may follow. "Ambassadors are held responsible for anyone who leaves," said Park Min-kyung, a researcher at a Seoul institute that studies the North's foreign service.

Share on: X | Facebook | LinkedIn
""",
    ),
    dict(
        id="h3e04",
        url="https://borderreport.example/2026/05/12/relatives-of-defected-diplomat-banished",
        pub_date="2026-05-12",
        events=["G3-bucharest-relatives-2026", "G3-bucharest-ri-2026"],
        text="""BORDER REPORT
Inside North Korea | Economy | Society | Border

Relatives of defected diplomat banished from Pyongyang
Staff reporter | 12 May 2026

The mother and younger brother of a North Korean diplomat who defected from Romania have been expelled from Pyongyang and sent to live on a collective farm in Ryanggang province, a source in the capital told Border Report.

Security officials came for the two on a morning in late April, loaded their belongings onto a truck and drove them north, the source said. The brother, who worked at a foreign trade bureau, had been dismissed from his job a week earlier.

The diplomat, Ri Song-chol, left his post in Bucharest in February and arrived in Seoul in April with his wife and children.

Banishing the relatives of defectors to remote areas was common in the decades after the 1950-53 war, and defectors say the practice has returned.

Tags: punishment, diplomats, Ryanggang
""",
    ),
    dict(
        id="h3e05",
        url="https://www.hanulwire.example/en/news/20260318000112",
        pub_date="2026-03-18",
        events=["G3-mdl-eastern-2026", "G3-mdl-western-2024", "G3-eastsea-boat-2026"],
        text="""N. Korean soldier crosses eastern border, first MDL defection since 2024

SEOUL, March 18, 2026 (Hanul Wire) -- A North Korean soldier crossed the military demarcation line (MDL) on the eastern front on Tuesday and was taken into custody by South Korean troops, the Joint Chiefs of Staff (JCS) said Wednesday.

The soldier, believed to be a corporal in his early 20s, walked across the border in thick fog at around 6:40 a.m. and expressed his intention to defect, the JCS said. He was unarmed.

It was the first time a North Korean soldier had defected across the MDL since November 2024, when a private crossed on the western front.

The defection came 12 days after four North Koreans were found aboard a small wooden boat off the east coast and said they wanted to stay in the South.

Authorities plan to question the soldier on how he crossed the minefields.

(END)
""",
    ),
    dict(
        id="h3e06",
        url="https://www.seoulsentinel.example/national/2026/03/18/soldier-dmz-east",
        pub_date="2026-03-18",
        events=["G3-mdl-eastern-2026"],
        text="""Seoul Sentinel
Home | National | North Korea | Defense | Photos

South Korea says North Korean soldier defected across heavily armed border
Posted March 18, 2026 11:02 KST | Updated 14:30 KST

A North Korean soldier walked across the land border into South Korea on the eastern section of the Demilitarized Zone early Tuesday, the South's military said.

The soldier, a junior enlisted man, was guided to safety by a South Korean unit after surveillance cameras spotted him, according to the Joint Chiefs of Staff. No shots were fired.

South Korea's army said two of its officers at a nearby guard post had been relieved of duty for failing to respond quickly enough.

The United Nations Command was notified of the crossing. North Korea has not commented.

Soldier defections across the DMZ remain rare because the border is lined with mines and barbed wire.

Related: Seoul scraps border loudspeakers | Photos: a day at Panmunjom
""",
    ),
    dict(
        id="h3e07",
        url="https://frontlinebrief.example/briefs/western-front-crossing-private",
        pub_date=None,
        events=["G3-mdl-western-2024"],
        text="""Frontline Brief
Briefs

Soldier crosses MDL on western front, taken into custody

A North Korean private crossed the Military Demarcation Line on the western front early on 12 November and was taken into custody by South Korean troops, the Joint Chiefs of Staff said.

The private, who appeared to be in his late teens, was picked up by a thermal observation device shortly after 5 a.m. and told soldiers he wanted to defect, officials said.

Related briefs | Print this page
""",
    ),
    dict(
        id="h3e08",
        url="https://eastseatimes.example/maritime/2026/03/06/wooden-boat-goseong",
        pub_date="2026-03-06",
        events=["G3-eastsea-boat-2026"],
        text="""East Sea Times
Local | Maritime | Opinion | Weather

Wooden boat with North Koreans found off Goseong; four say they want to stay
March 6, 2026

A small North Korean wooden boat carrying five people was spotted by a South Korean navy patrol plane off the east coast on Thursday morning and escorted to port, according to a government source.

Four of those aboard, three men and a woman, told officers they wished to remain in the South, the source said. The fifth, an older man, said he wanted to go home.

A coast guard vessel that reached the boat first confirmed that five people were on board and that its engine had failed. The boat had drifted about 10 km south of the maritime border near Goseong.

Officials did not comment on the record. The man who asked to return is expected to be handed over at sea, the source said.

Fishermen in the area say North Korean boats are seen every winter.
""",
    ),
    dict(
        id="h3e09",
        url="https://peninsulaledger.example/north-korea/fisherman-returned-four-stay",
        pub_date="2026-03-10",
        events=["G3-eastsea-boat-2026"],
        text="""Peninsula Ledger | North Korea

One of five North Koreans found at sea returned at his own request; four stay
By Shin Ye-rin
2026-03-10

An elderly North Korean fisherman who drifted into South Korean waters last week was sent back across the maritime border on Monday at his own request, the unification ministry said.

The four others found with him remain in the South, according to a government source. The ministry, which announced the handover, declined to give details about them.

The five were found on 5 March aboard a disabled boat off Goseong on the east coast. The ministry said the fisherman had said repeatedly that he wished to return to his family, and that he was handed to North Korean vessels near the Northern Limit Line.

The four, who are being questioned by the authorities, are believed to come from a fishing cooperative in Tongchon county, Kangwon province.
""",
    ),
    dict(
        id="h3e10",
        url="https://nkrightsbulletin.example/news/china/overnight-transfer-400",
        pub_date="2026-06-13",
        events=["G3-jilin-mass-repatriation-2026", "G3-dandong-repatriation-2026"],
        text="""NK Rights Bulletin
Home › News › China

China sends back more than 400 North Koreans in overnight transfer, monitors say
13 June 2026

Chinese authorities sent more than 400 North Koreans held in detention centres in Jilin province back across the border on the night of 11 June, according to a Tokyo-based monitoring group and two sources in the region.

Buses carrying the detainees, most of them women, crossed the bridge from Tumen to Namyang late at night, one of the sources said. Many had been arrested in Yanji, Helong and other cities over the past two years.

South Korea's foreign ministry said it had raised the matter with Beijing and expressed "deep regret". China's foreign ministry said it handles illegal border crossers "in accordance with domestic law, international law and humanitarian principles."

The monitoring group said it was the largest single transfer it had recorded. In March, about 80 North Koreans were returned through the crossing at Dandong, it said.

The group estimates that China has sent back some 2,600 North Koreans since the border reopened in 2023.

Donate | Newsletter | Contact
""",
    ),
    dict(
        id="h3e11",
        url="https://www.seoulsentinel.example/north-korea/2026/06/15/seoul-regrets-mass-return",
        pub_date="2026-06-15",
        events=["G3-jilin-mass-repatriation-2026"],
        text="""Seoul Sentinel
Home | National | North Korea | Defense | Photos

Seoul 'deeply regrets' China's mass return of North Korean escapees
Posted June 15, 2026 17:40 KST

South Korea on Monday summoned a senior Chinese diplomat to protest against the forced return of about 400 North Korean escapees last week, the foreign ministry said.

The escapees, who had been held in Jilin province, were put on buses and driven across the Tumen River to the North on Thursday night, activists said.

"Those sent back face interrogation, prison and in some cases execution," said Lee Jae-hwa of the Seoul-based Citizens for Border Refugees.

A UN inquiry in 2014 found that people forcibly returned from China were routinely tortured.

Beijing has said the escapees are economic migrants, not refugees.
""",
    ),
    dict(
        id="h3e12",
        url="https://sastandard.example/politics/north-korea-closes-harare-embassy",
        pub_date="2026-02-09",
        events=["G3-harare-closure-2026", "G3-tanzania-closure-2025", "G3-senegal-closure-2025"],
        text="""Southern Africa Standard
News | Politics | Business | Africa | Sport

North Korea closes embassy in Harare
By Tendai Moyo
February 9, 2026

North Korea has closed its embassy in Harare, Zimbabwe's foreign ministry said on Monday, ending a presence that has lasted more than four decades.

The embassy, which opened in 1981, shut its doors at the end of January, ministry spokesman Blessing Chikore said. Pyongyang had informed Zimbabwe of its decision in a diplomatic note in December, he added. Consular matters will be handled by the North Korean embassy in Pretoria.

The closure follows the North's withdrawal from Tanzania in November and from Senegal in December, part of a drawdown that diplomats attribute to sanctions and a shortage of hard currency.

The two countries have had close ties since the 1980s.
""",
    ),
    dict(
        id="h3e13",
        url="https://asiabriefing.example/diplomacy/pyongyang-africa-retreat-harare",
        pub_date="2026-02-11",
        events=["G3-harare-closure-2026", "G3-harare-recall-2026"],
        text="""Asia Briefing — Diplomacy

Pyongyang's Africa retreat continues with Harare closure
11 Feb 2026

North Korea has shut its embassy in Zimbabwe, the country's foreign ministry confirmed this week. The ambassador and four other diplomats were ordered home and flew out of Harare on 30 January, a Zimbabwean official said.

Pyongyang also shut several missions last year to save money, and analysts say more closures are likely as sanctions bite.

The North's remaining missions in Africa are concentrated in a handful of countries with which it has military or construction ties.

Subscribe to Asia Briefing Daily
""",
    ),
    dict(
        id="h3e14",
        url="https://fareastcourier.example/primorye/2026/05/06/shipyard-workers-detained",
        pub_date="2026-05-06",
        events=["G3-vladivostok-attempt-2026"],
        text="""Far East Courier
Russia | Primorye | Business | Culture

Four North Korean shipyard workers detained after fleeing dormitory
May 6, 2026

Russian police detained four North Korean workers at the railway station in Ussuriysk on Monday, two days after they slipped out of their dormitory at a ship repair yard in Vladivostok, a source familiar with the case told the Courier.

The men, aged between 28 and 41, had hoped to reach Moscow and ask the UN refugee agency for help, the source said. They are being held at a migration detention centre and face deportation to North Korea.

Police in Primorye did not respond to a request for comment.
""",
    ),
    dict(
        id="h3e15",
        url="https://borderreport.example/2026/06/16/shipyard-crew-swapped-out",
        pub_date="2026-06-16",
        events=["G3-vladivostok-attempt-2026", "G3-vladivostok-repatriation-2026",
                "G3-vladivostok-unit-punished-2026", "G3-vladivostok-dormitory-control-2026"],
        text="""BORDER REPORT
Inside North Korea | Economy | Society | Border

Shipyard crew swapped out after four workers' failed escape in Russia
Staff reporter | 16 June 2026

The four North Korean shipyard workers detained in Russia's Far East last month were deported to North Korea in late May, and Pyongyang has since replaced their entire work unit, a source in Vladivostok told Border Report.

The four were handed to North Korean security officials at the Khasan border crossing on 27 May, the source said. Their fate is unknown.

Early this month, all 30 men of the work unit were sent home and replaced with a new crew, and the unit's foreman was reassigned to a coal mine in South Pyongan province, according to the source. "Everyone understood it was because of the four," he said.

North Korean workers who remain at the yard are now locked into their dormitory at night.
""",
    ),
    dict(
        id="h3e16",
        url="https://mekongherald.example/laos/2026/01/16/seven-north-koreans-detained-bokeo",
        pub_date="2026-01-16",
        events=["G3-laos-seven-attempt-2026"],
        text="""Mekong Herald
Laos | Thailand | Cambodia | Vietnam | Myanmar

Lao police detain seven North Koreans near Thai border
16 January 2026

Police in Laos' Bokeo province detained seven North Koreans, including two teenagers, near the Mekong River on Wednesday as they waited for a boat to cross into Thailand, a police officer in the province said.

The group, four women, a man and two boys aged 14 and 16, had travelled through China with the help of brokers, said the officer, who asked not to be named. They were taken to the provincial capital for questioning.

A South Korean activist based in Bangkok said the group had planned to seek asylum at the South Korean embassy there. "If they are sent back, they will be severely punished," she said.
""",
    ),
    dict(
        id="h3e17",
        url="https://asiabriefing.example/laos/seven-north-koreans-handed-over",
        pub_date="2026-02-24",
        events=["G3-laos-seven-repatriation-2026", "G3-laos-seven-attempt-2026", "G3-laos-2019"],
        text="""Asia Briefing — Southeast Asia

Laos handed seven North Koreans to Pyongyang's embassy, ministry says
24 Feb 2026

Laos handed seven North Koreans who had been detained near the Thai border in January to officials of the North Korean embassy in Vientiane at the end of that month, the Lao foreign ministry said on 20 February.

"The foreign nationals concerned were handed over to the competent authorities of their country in accordance with Lao law," ministry spokeswoman Phonethip Keola told a briefing. The group included two minors.

Seoul protested. The South Korean embassy in Vientiane had asked the Lao authorities to let the group travel to South Korea, a diplomat said.

It was the first known forced return of North Koreans from Laos since 2019.
""",
    ),
    dict(
        id="h3e18",
        url="https://nusantaradaily.example/world/2026/05/20/north-korean-trade-envoy-missing",
        pub_date="2026-05-20",
        events=["G3-jakarta-kye-2026"],
        text="""Nusantara Daily
Nation | World | Business | Sport

North Korean trade envoy and son missing in Jakarta
By Dewi Lestari
May 20, 2026

A North Korean trade representative posted in Jakarta and his teenage son have been missing since early May, two diplomatic sources said, and Indonesian immigration records show no sign that they left the country.

The man, identified as Kye Yong-hun, 54, ran the Jakarta office of a North Korean trading company. His son, 16, attended a local school.

South Korea's National Intelligence Service said it could not confirm the report. The North Korean embassy declined to comment.

Indonesian police said no missing-person report had been filed.
""",
    ),
    dict(
        id="h3e19",
        url="https://peninsulaledger.example/north-korea/jakarta-embassy-passports",
        pub_date="2026-06-25",
        events=["G3-jakarta-kye-2026", "G3-jakarta-control-2026"],
        text="""Peninsula Ledger | North Korea

Jakarta embassy staff ordered to hand in passports after trade envoy vanishes
2026-06-25

Staff at the North Korean embassy in Jakarta were ordered this month to hand their passports to a security officer and may now leave the compound only in pairs, a source with knowledge of the mission said, after a trade representative and his son disappeared in May.

The whereabouts of the representative, Kye Yong-hun, and his son remain unknown. Some of his colleagues believe the two are hiding in Indonesia, while others think they have already left for a third country, the source said.

Pyongyang has tightened the rules for its envoys repeatedly in recent years.
""",
    ),
    dict(
        id="h3e20",
        url="https://pacificdispatch.example/asia/north-korean-trade-official-asylum-bangkok",
        pub_date="2026-06-09",
        events=["G3-bangkok-yun-2026"],
        text="""PACIFIC DISPATCH
World | Asia | Politics

North Korean trade official seeks asylum in Bangkok, sources say
06/09/2026 08:15 ET

A North Korean trade official stationed in Thailand sought asylum at a foreign mission in Bangkok early this month and asked to be sent to South Korea, two sources familiar with the matter said.

The official, Yun Hak-chol, 46, worked for a state trading company that sells ginseng and seafood in Southeast Asia, according to the sources.

Thai authorities have been informed, one of the sources said. South Korea's unification ministry said it does not comment on individual cases.
""",
    ),
    dict(
        id="h3e21",
        url="https://mekongherald.example/thailand/2026/06/11/police-deny-asylum-report",
        pub_date="2026-06-11",
        events=["G3-bangkok-yun-2026"],
        text="""Mekong Herald
Laos | Thailand | Cambodia | Vietnam | Myanmar

Thai police deny North Korean official sought asylum
11 June 2026

Thailand's immigration police on Wednesday denied reports that a North Korean trade official had sought asylum in Bangkok.

"There is no such case. No North Korean national has asked for protection in Thailand this month," Police Major General Anuwat Sriprasert told reporters, responding to a foreign media report that named the official as Yoon Hak-chul.

The North Korean embassy in Bangkok said in a statement that the report was "a fabrication" and that all of its staff were at their posts.
""",
    ),
    dict(
        id="h3e22",
        url="https://www.hanulwire.example/en/news/20251202000207",
        pub_date="2025-12-02",
        events=["G3-prague-kim-2025", "G3-prague-2009"],
        text="""N. Korean diplomat in Prague defected to S. Korea with wife: ministry

SEOUL, Dec. 2, 2025 (Hanul Wire) -- A second secretary at the North Korean embassy in the Czech Republic defected to South Korea with his wife in October, the unification ministry confirmed Tuesday.

Kim Yu-jin, 38, and his wife left Prague in mid-October and arrived in Seoul last month after a stay in a third country, a ministry spokeswoman told a briefing.

He is the first North Korean diplomat posted in the Czech Republic known to have defected since 2009, according to the ministry.

Kim handled consular and cultural affairs at the embassy, where about a dozen North Korean diplomats are based.

(END)
""",
    ),
    dict(
        id="h3e23",
        url="https://asiabriefing.example/europe/kim-yoo-jin-defects",
        pub_date="2025-12-03",
        events=["G3-prague-kim-2025"],
        text="""Asia Briefing — Europe

Prague-based North Korean diplomat Kim Yoo-jin defects to South
Dec 3, 2025 at 9:12 a.m.

PRAGUE — Kim Yoo-jin, a North Korean diplomat in Prague, has defected to South Korea with his wife, Seoul said on Tuesday. The Czech foreign ministry said it had known since October that the couple had left the embassy but had no further information.

A former South Korean ambassador told a Japanese broadcaster that more diplomats "may be quietly looking for a way out."

Read next: Europe's shrinking North Korean missions
""",
    ),
    dict(
        id="h3e24",
        url="https://borderreport.example/2026/04/15/hunchun-seafood-workers-ordered-home",
        pub_date="2026-04-15",
        events=["G3-hunchun-recall-2026", "G3-hunchun-workers-2026"],
        text="""BORDER REPORT
Inside North Korea | Economy | Society | Border

North Korea orders seafood plant workers in Hunchun home after two escape
Staff reporter | 15 April 2026

North Korea ordered more than 150 women working at seafood processing plants in Hunchun, in China's Jilin province, to return home on 8 April, weeks after two of their colleagues escaped from a factory dormitory, a source in the city told Border Report.

The two women, both in their twenties, ran away in March and reached South Korea via a third country this month, the source said.

The workers were taken across the border by bus, and are to be replaced by a new group later this year, the source added.

"If one more person leaves, the whole company will lose its licence," a manager was quoted as telling the staff before the order came.
""",
    ),
    dict(
        id="h3e25",
        url="https://northernlens.example/inside-nk/yalu-mother-son-shot",
        pub_date="2026-04-22",
        events=["G3-sinuiju-shooting-2026", "G3-yalu-buffer-2026"],
        text="""Northern Lens  ›  Inside North Korea

Border guards shoot dead mother and son at Yalu, sources say
26-04-22

North Korean border guards shot and killed a woman and her teenage son as they tried to wade across the Yalu River near Sinuiju in early April, two sources in North Pyongan province told Northern Lens.

The woman, in her forties, and the boy, about 15, were hit when they reached the middle of the river at night, one source said. Soldiers recovered the bodies the next morning and showed them to residents as a warning.

Since March, a strip about one kilometre wide along the river has been declared a "sanitary buffer zone", officially to keep out infectious disease, the sources said. Guards have orders to shoot without warning anyone who enters it at night, and residents say the real purpose is to stop people from crossing into China.

Crossings of the Yalu were frequent during the famine of the 1990s.
""",
    ),
    dict(
        id="h3e26",
        url="https://lensmagazine.example/features/one-family-by-sea",
        pub_date=None,
        events=["G3-yellowsea-kang-2025", "G3-song-2017"],
        text="""LENS MAGAZINE
Features | Long reads | Photo essays

How one family escaped by sea

The night they left, Kang Chol-ho told his children they were going fishing.

Kang, a 44-year-old fisherman from a village near Haeju, had thought about leaving for years. In September 2025, he, his wife, their son and daughter and his younger brother pushed a nine-metre wooden boat into the Yellow Sea shortly after midnight and steered south without lights.

By dawn they had crossed the Northern Limit Line. A South Korean navy patrol boat found them near Yeonpyeong island, and Kang told the sailors that all five wanted to live in the South.

"I was more afraid of our own coast guard than of the sea," he said in an interview in Seoul, where the family now lives.

Crossing the Yellow Sea in a small boat is one of the most dangerous routes out of North Korea, and few families attempt it.

Song Ki-chol, a former trade official who defected in 2017 and now runs a resettlement charity in Incheon, said families that come by boat need more help than most. "They arrive with nothing but the clothes they wore at sea," he said.

Photographs by Yang Hee-jin
""",
    ),
    dict(
        id="h3e27",
        url="https://asiabriefing.example/explainers/north-koreans-caught-in-china",
        pub_date="2026-02-01",
        events=[],
        text="""Asia Briefing — Explainers

What happens to North Koreans caught in China?
1 Feb 2026

China treats most North Koreans who cross the border without papers as illegal economic migrants rather than refugees. Those caught by police are usually held in detention centres near the border before being handed to North Korean security officials.

Crossing the Tumen or the Yalu at night is the most dangerous stage of any escape, and brokers charge several times more for a route that avoids it.

Once back in the North, returnees are typically questioned by the Ministry of State Security. Those found to have met South Koreans or missionaries can be sent to political prison camps, while others may spend months in labour training camps, according to testimony collected by rights groups.

Glossary
Defector: a person who has left North Korea and settled elsewhere, usually in South Korea.
Repatriation: the forced return of a person to North Korea.
Kyohwaso: a long-term "re-education" prison.

What could change? If Beijing granted refugee status, far more North Koreans might try to flee.
""",
    ),
    dict(
        id="h3e28",
        url="https://www.seoulsentinel.example/north-korea/2026/01/20/defector-arrivals-fall",
        pub_date="2026-01-20",
        events=[],
        text="""Seoul Sentinel
Home | National | North Korea | Defense | Photos

Number of defectors reaching South Korea falls for second year
Posted January 20, 2026 10:05 KST

The number of North Korean defectors who reached South Korea fell by about a fifth last year to 189, the unification ministry said Tuesday, as tight border controls on both sides of the Tumen and Yalu rivers made escapes harder.

Women accounted for 84 percent of the arrivals. In total, about 34,500 North Koreans have settled in the South since the late 1990s.

One in eight defectors who arrived since 2015 is unemployed, a separate survey by a state-funded foundation found.

The ministry said 11 of last year's arrivals were former overseas workers or diplomats, the highest share since 2017.
""",
    ),
    dict(
        id="h3e29",
        url="https://pacificdispatch.example/asia/north-korea-missile-east-sea",
        pub_date="2026-05-28",
        events=[],
        text="""PACIFIC DISPATCH
World | Asia | Politics

North Korea fires ballistic missile into East Sea
05/28/2026 19:40 ET

North Korea fired a short-range ballistic missile into the sea off its east coast on Thursday, South Korea's Joint Chiefs of Staff said, a day after the leaders of South Korea and Japan met in Tokyo.

The missile flew about 600 km before landing outside Japan's exclusive economic zone, the JCS said.

The launch also followed a leaflet campaign by defector groups, who sent balloons carrying USB sticks across the border last week. Pyongyang called the leaflets "psychological warfare" and threatened to respond.

Analysts said more launches were likely before the summer.
""",
    ),
    dict(
        id="h3e30",
        url="https://nkweekly.example/digest/2026-06-19",
        pub_date="2026-06-19",
        events=["G3-jilin-mass-repatriation-2026", "G3-bucharest-ri-2026", "G3-jakarta-kye-2026",
                "G3-harare-closure-2026"],
        text="""NK WEEKLY DIGEST | 19 June 2026
Subscribe | Archive | Contact

THIS WEEK
- China returned more than 400 North Koreans held in Jilin on 11 June, monitors said.Seoul summoned a Chinese diplomat in protest.
- Ri Song-chol, the commercial counsellor who fled Bucharest with his family in February, gave his first interview in Seoul. He said he had planned the escape for months without telling his children.
- The whereabouts of Kye Yong-hun, the Jakarta-based trade representative who went missing with his son in May, remain unknown.Indonesian police have not opened a case.
- Harare: the building of the former North Korean embassy, closed in January, has been put up for rent.

Forward to a friend | Unsubscribe
""",
    ),
    dict(
        id="h3e31",
        url="https://gulfobserver.example/region/qatar-north-korean-worker-seoul",
        pub_date="2026-09-03",
        events=["G3-doha-worker-2026"],
        text="""Gulf Observer
Region | Qatar | Business | Expat life

North Korean construction worker who fled Qatar site is in Seoul
3 September 2026

A North Korean construction worker who fled his work site in Qatar in July has arrived in South Korea, the unification ministry confirmed on Thursday.

The man, in his thirties, left a housing project outside Doha in mid-July and sought protection at the South Korean embassy, the ministry said. He arrived in Seoul on 28 August.

Qatar stopped issuing new visas to North Korean workers in 2017, but some remained on older contracts.
""",
    ),
    dict(
        id="h3e32",
        url="https://www.hanulwire.example/en/news/20260128000544",
        pub_date="2026-01-28",
        events=["G3-shenyang-it-2025", "G3-china-it-control-2026"],
        text="""NIS: three N. Korean IT workers in China defected late last year

SEOUL, Jan. 28, 2026 (Hanul Wire) -- Three North Korean information technology workers dispatched to Shenyang, China, defected in December and are now in South Korea, the National Intelligence Service (NIS) told lawmakers Wednesday, according to Rep. Cho Hyun-woo, who briefed reporters after the closed-door session.

Since the defections, Pyongyang has required its IT workers in China to live and work in groups of at least five under a security official and to hand their passports to the company, the NIS said.

The NIS also told the committee that the North was preparing another satellite launch.

(END)
""",
    ),
]
