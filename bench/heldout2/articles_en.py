"""English pages of the heldout2 benchmark. Everything here is invented: people, outlets
(on .example domains) and events. Real agencies are cited the way real pages cite them.

Each page: id, url, pub_date (ISO day, or None where the page shows no date), events (gold
event ids from events_gold.py that the page reports), text (the page as scraped).
"""

PAGES = [
    dict(
        id="h2e01",
        url="https://www.seoulmonitor.example/nk/2025/08/19/diplomat-missing-hanoi",
        pub_date="2025-08-19",
        events=["G2-hanoi-kang-2025"],
        text="""Seoul Monitor | North Korea | Politics | Economy | World
Home > North Korea

North Korean diplomat missing in Hanoi with family, sources say
By Lim Ha-eun
Published: 19 August 2025, 16:40 KST

A North Korean diplomat stationed in Vietnam has gone missing along with his wife and son, according to several sources familiar with the matter.

The diplomat, identified as Kang Myong-chol, a first secretary at the North Korean embassy in Hanoi, has not been seen since early this month, the sources said. His whereabouts remain unknown.

Kang, 47, was in charge of the embassy's economic affairs, one source said. He had been posted in Hanoi since 2021.

South Korea's National Intelligence Service declined to confirm the report. "We cannot confirm anything regarding the safety of individuals," an NIS official said.

The Vietnamese foreign ministry did not respond to a request for comment.

Share: Facebook | X | KakaoTalk | Copy link
Related: How Pyongyang keeps watch on its envoys
""",
    ),
    dict(
        id="h2e02",
        url="https://www.koreawire.example/en/news/20250903000451",
        pub_date="2025-09-03",
        events=["G2-hanoi-kang-2025", "G2-madrid-ryu-2022"],
        text="""N. Korean diplomat who vanished in Vietnam is in Seoul, ministry confirms

SEOUL, Sept. 3, 2025 (Korea Wire) -- A North Korean diplomat who disappeared from his post in Vietnam last month has arrived in South Korea with his family, the unification ministry confirmed Wednesday.

Kang Myong-chol, a first secretary at the North's embassy in Hanoi, left the mission in early August together with his wife and teenage son and reached Seoul late last month, a ministry spokesperson told a regular briefing.

"The three are under the protection of the relevant authorities," the spokesperson said, declining to give details of their route.

Kang is the most senior North Korean diplomat known to have defected since Ryu Jin-sok, a counsellor at the embassy in Madrid who fled to the South in 2022.

The North has not commented.

(END)
""",
    ),
    dict(
        id="h2e03",
        url="https://asiadaily.example/world/asia/diplomat-kang-defects-to-south-korea",
        pub_date="2025-09-03",
        events=["G2-hanoi-kang-2025"],
        text="""Asia Daily News
World » Asia

Diplomat Kang Myung-chul defects to South Korea
Sept. 3, 2025 at 4:05 p.m.

SEOUL, South Korea — A North Korean diplomat, Kang Myung-chul, has defected to South Korea with his wife and son after leaving the North's embassy in Vietnam in August, Seoul's unification ministry said on Wednesday. The ministry did not say how the family travelled. Kang had served as first secretary in Hanoi.

Tags: North Korea, defectors, Vietnam
""",
    ),
    dict(
        id="h2e04",
        url="https://northwatch.example/articles/pyongyang-recalls-envoy-vietnam",
        pub_date="2025-09-22",
        events=["G2-hanoi-ambassador-recall-2025", "G2-hanoi-staff-control-2025", "G2-hanoi-kang-2025"],
        text="""NorthWatch
Pyongyang recalls envoy to Vietnam after defection, tightens watch on staff
2025-09-22 09:15

North Korea has summoned its ambassador to Vietnam, Pak Yong-sik, back to Pyongyang following the defection of one of his diplomats, sources in Hanoi told NorthWatch.

Pak left Hanoi for Pyongyang in mid-September and has not returned, the sources said. It is unclear whether he will face disciplinary action.

Embassy staff who remain in Hanoi have since been barred from leaving the compound alone and must now report to a security official every evening, a diplomatic source said.

The measures follow the flight of first secretary Kang Myong-chol, whose arrival in Seoul was confirmed by the South Korean government earlier this month.

Analysts say more recalls could follow across the North's missions in Southeast Asia.
""",
    ),
    dict(
        id="h2e05",
        url="https://frontiernews.example/2026/04/07/three-workers-flee-khabarovsk",
        pub_date="2026-04-07",
        events=["G2-khabarovsk-workers-2026"],
        text="""Three North Korean construction workers flee site in Russia's Far East
By Yoon Ji-ho | April 7, 2026

Three North Korean construction workers slipped out of their dormitory at a building site in Khabarovsk in late March and have since reached a third country, a source involved in the escape told Frontier News.

The men, all in their thirties, had worked in Russia for more than four years, the source said. They left at night after a shift on a residential tower, taking only their mobile phones.

"They are safe, but they are still afraid for their families at home," the source said, asking not to be named because of the sensitivity of the matter.

North Korean workers remain in Russia in large numbers despite a U.N. ban on their employment, which took effect in 2019.

Russia's consulate in Seoul did not reply to questions.
""",
    ),
    dict(
        id="h2e06",
        url="https://eastasiawire.example/russia/nk-recalls-site-boss",
        pub_date="2026-04-21",
        events=["G2-khabarovsk-workers-2026", "G2-khabarovsk-leader-recall-2026",
                "G2-khabarovsk-dormitory-control-2026"],
        text="""Eastasia Wire  |  Menu  |  Search  |  Subscribe

Russia: North Korea recalls site boss after workers' escape
21.04.2026

VLADIVOSTOK -- North Korea has ordered the leader of a construction team in Khabarovsk back to Pyongyang after three of his workers fled last month, according to two people familiar with the matter.

The team leader, a party official surnamed Son, was put on a train to the border last week, one of the people said. The three workers, who escaped in late March, are believed to have left Russia.

This month, remaining members of the crew have been forbidden to leave their dormitory except in groups of five accompanied by a minder, and their phones have been collected, the people said.

The Khabarovsk region's labour department said it had no information.

Read more: Sanctions on labour exports | North Korea's Russia deployment
Share this article
""",
    ),
    dict(
        id="h2e07",
        url="https://www.capitalherald.example/view.php?ud=20260113000612",
        pub_date="2026-01-13",
        events=["G2-phnompenh-restaurant-2025", "G2-china-restaurant-2016"],
        text="""Restaurant staff from N. Korean eatery in Phnom Penh defect: sources
Posted : 2026-01-13 17:22

Two waitresses and the manager of a North Korean-run restaurant in Phnom Penh defected late last month and have arrived in South Korea, government sources said Tuesday.

The manager, identified as Jang Kum-ok, 41, led the two women, both in their twenties, out of the restaurant's staff quarters on a night when their minder was away, the sources said. The three travelled overland through a third country before flying to Incheon.

The unification ministry declined to confirm the report, saying it does not comment on individual defectors.

The restaurant, one of two North Korean eateries that remained open in the Cambodian capital, has since closed its doors, according to local residents.

In 2016, a group defection from a North Korean restaurant in China drew international attention and accusations from Pyongyang of abduction.
""",
    ),
    dict(
        id="h2e08",
        url="https://frontiernews.example/2026/02/24/restaurant-manager-family-camp",
        pub_date="2026-02-24",
        events=["G2-phnompenh-relatives-punished-2026", "G2-phnompenh-restaurant-2025"],
        text="""Family of defected restaurant manager sent to prison camp, sources say
February 24, 2026

The elderly parents and younger brother of a North Korean restaurant manager who defected from Cambodia in December were taken to a political prison camp earlier this month, sources in North Korea told Frontier News.

State security agents arrived at the family's home in Hamhung on the night of the 6th and took the three away, a source in South Hamgyong province said. Their house was sealed the following day.

The manager, Jang Kum-ok, fled with two waitresses from a restaurant in Phnom Penh and is now in South Korea.

"Everyone in the neighbourhood knows why they were taken," the source said.

The South Korean government has not commented on the family's fate.
""",
    ),
    dict(
        id="h2e09",
        url="https://nkrightsmonitor.example/reports/family-of-five-repatriated",
        pub_date="2026-04-02",
        events=["G2-tumen-family-attempt-2026", "G2-tumen-family-repatriation-2026",
                "G2-tumen-father-punished-2026"],
        text="""NK Rights Monitor — Reports — Repatriation

Family of five caught in China, sent back to North Korea
2 April 2026

A family of five who fled North Korea in January was detained by Chinese police and forcibly repatriated in February, a Seoul-based rights group said Thursday, adding that the father has since been sent to a prison labour camp.

The family — a couple, their two children aged 9 and 13, and the husband's mother — crossed the frozen Tumen River from Hoeryong in mid-January, hoping to reach South Korea via Southeast Asia, said the group, Justice for North Korean Refugees.

They were arrested a week later at a safe house in Yanji, a city in China's Jilin province, after a neighbour tipped off police, the group said. They were handed over to North Korean authorities at the Tumen border crossing in late February.

The father, Choe Yong-gil, 44, was sentenced in March to seven years in a kyohwaso, or re-education camp, for illegal border crossing, while the other family members were released after questioning, the group said, citing a relative.

China regards North Koreans who cross its border without permission as illegal economic migrants rather than refugees.

China's foreign ministry did not respond to a faxed request for comment.
""",
    ),
    dict(
        id="h2e10",
        url="https://www.koreawire.example/en/news/20251015000302",
        pub_date="2025-10-15",
        events=["G2-mdl-soldier-2025", "G2-mdl-soldier-2023"],
        text="""(LEAD) N. Korean soldier defects across MDL in central front: JCS

SEOUL, Oct. 15, 2025 (Korea Wire) -- A North Korean soldier crossed the heavily fortified border into South Korea on Tuesday, the military said, in the first such defection across the land border in more than two years.

The soldier, a staff sergeant, walked across the Military Demarcation Line (MDL) in the central section of the front line at around 7 a.m. and was taken into custody by South Korean troops, the Joint Chiefs of Staff (JCS) said.

"Our military secured the North Korean soldier following a standard guidance operation," the JCS said in a text message to reporters. He expressed his intention to defect, it added.

It is the first defection of a North Korean soldier across the MDL since July 2023, when a private crossed the border in the western sector.

Authorities plan to investigate the details of his defection.

(END)
""",
    ),
    dict(
        id="h2e11",
        url="https://peninsulapost.example/north-korea/staff-sergeant-crosses-dmz",
        pub_date="2025-10-15",
        events=["G2-mdl-soldier-2025"],
        text="""PENINSULA POST
Home  News  Politics  North Korea  Opinion  Video
Log in | Sign up

North Korean staff sergeant crosses DMZ to defect
Oct 15, 2025 | 2 min read

A North Korean soldier defected to South Korea across the Demilitarized Zone yesterday morning, South Korea's Joint Chiefs of Staff said.

The staff sergeant crossed in the central sector and was guided to safety by a South Korean unit, according to the JCS. No shots were fired. The soldier was unarmed, the JCS said.

Most of the roughly 34,000 North Koreans who have settled in the South came via China rather than across the DMZ.

Like | Share | Comment (12)
Most read
1. Won weakens past 1,450 per dollar
2. Seoul apartment prices cool for third month
""",
    ),
    dict(
        id="h2e12",
        url="https://www.capitalherald.example/view.php?ud=20260702000177",
        pub_date="2026-07-02",
        events=["G2-yellowsea-boat-2026"],
        text="""Three North Koreans cross sea border on wooden boat
Posted : 2026-07-02 11:05  Updated : 2026-07-02 15:40

Three North Korean civilians — two men and a woman — crossed the Northern Limit Line in the Yellow Sea in late June aboard a small wooden boat and said they wanted to defect, the Joint Chiefs of Staff said Thursday.

The South Korean navy spotted the boat near Yeonpyeong Island and towed it to port, the JCS said. The three, believed to be a fisherman, his wife and his brother, are being questioned by authorities.

A total of 236 North Korean defectors arrived in the South in 2025, according to unification ministry data, most of them women who had lived in China for years.
""",
    ),
    dict(
        id="h2e13",
        url="https://eastasiawire.example/europe/nk-shuts-sofia-embassy",
        pub_date="2025-12-04",
        events=["G2-sofia-closure-2025", "G2-sofia-recall-2025", "G2-nakhodka-closure-2025"],
        text="""Eastasia Wire  |  Menu  |  Search  |  Subscribe

North Korea shuts embassy in Bulgaria, consulate in Russian port
04.12.2025

SOFIA -- North Korea closed its embassy in Sofia at the end of November, Bulgaria's foreign ministry confirmed on Thursday, ending a diplomatic presence dating to 1948.

The ministry said it had been informed of the closure by a diplomatic note and that the remaining diplomats had been ordered home by Pyongyang. The embassy's flag was lowered on Nov. 28, a neighbour said.

North Korea has also shut its consulate general in the Russian port city of Nakhodka last month, according to diplomatic sources in Moscow, though Russia's foreign ministry has not commented.

The North has closed more than a dozen missions since 2023, citing budget pressures, according to South Korean officials.
""",
    ),
    dict(
        id="h2e14",
        url="https://www.seoulmonitor.example/nk/2025/11/18/nis-trade-officials-pairs",
        pub_date="2025-11-18",
        events=["G2-china-trade-pairs-2025", "G2-shenyang-trade-missing-2025"],
        text="""Seoul Monitor | North Korea | Politics | Economy | World

NIS: North Korea makes trade officials in China travel in pairs
By Lim Ha-eun
Published: 18 November 2025, 19:02 KST

North Korea has ordered its trade officials in China to move only in pairs and to hand their passports to their mission when not travelling, the National Intelligence Service told lawmakers on Tuesday.

The rules have been in force since September, Rep. Yoo Sang-bum of the parliamentary intelligence committee told reporters after a closed-door briefing by the spy agency.

The NIS also said a senior official of a North Korean trading company in Shenyang went missing in October with his wife and daughter, Yoo said. Their whereabouts are unknown.

About ten North Korean diplomats and trade officials have defected to the South over the past five years, according to the agency.

The NIS said further defections by elites posted abroad were likely as Pyongyang tightened its grip on hard currency earnings.
""",
    ),
    dict(
        id="h2e15",
        url="https://steppetimes.example/news/2026-05-12/mongolia-denies-asylum-report",
        pub_date="2026-05-12",
        events=["G2-ulaanbaatar-denied-2026"],
        text="""Mongolia denies North Korean trade official sought asylum
May 12, 2026

ULAANBAATAR — Mongolia's foreign ministry on Tuesday denied a South Korean media report that a North Korean trade official in Ulaanbaatar had sought asylum and been flown to Seoul last month.

"No citizen of the DPRK has applied for asylum in Mongolia, and no such person has been transferred to a third country," ministry spokeswoman Oyunchimeg Batbold said.

The report, carried by a Seoul-based online outlet on Monday, said the official, identified as Ri Kwang-hyok, a representative of the North's Korea Kumgang Trading Corporation, had left the trade office in late April with the help of South Korean diplomats.

South Korea's foreign ministry declined to comment.
""",
    ),
    dict(
        id="h2e16",
        url="https://mekongpost.example/laos/two-north-korean-it-workers-missing",
        pub_date="2026-05-06",
        events=["G2-vientiane-it-2026"],
        text="""Mekong Post  >  Region  >  Laos
6 May 2026

Two North Korean IT workers missing in Laos

VIENTIANE — Two North Korean information technology workers employed by a software outsourcing firm in Vientiane have been missing since mid-April, according to a Lao business source and a South Korean activist.

The men, who wrote code for clients in Asia and Europe under false identities, failed to return to their shared flat on April 15, the business source said.

Asked about the reports, an official at the North Korean embassy in Vientiane hung up. South Korea's unification ministry said it could not confirm the matter.

U.N. sanctions monitors say North Korea earns hundreds of millions of dollars a year from IT workers abroad.
""",
    ),
    dict(
        id="h2e17",
        url="https://www.koreawire.example/en/news/20260310000518",
        pub_date="2026-03-10",
        events=["G2-dalian-hyon-2026", "G2-dalian-kim-2019"],
        text="""N. Korean trade official from Dalian defects to S. Korea

SEOUL, March 10, 2026 (Korea Wire) -- A North Korean trade official based in the Chinese port city of Dalian arrived in South Korea early last month, a unification ministry official confirmed Tuesday.

The official, Hyon Chang-su, 52, worked for a state trading company selling seafood and coal to Chinese buyers, sources said. He flew to Seoul from a Southeast Asian country.

He is the second official of the same company to defect, after Kim Yong-nam, a deputy representative who fled Dalian in 2019 and now runs a small business in Seoul.

(END)
""",
    ),
    dict(
        id="h2e18",
        url="https://policyreview.example/analysis/elite-defections-2026",
        pub_date="2026-01-05",
        events=[],
        text="""Analysis: Why elite defections may rise in 2026
January 5, 2026 | By Daniel Moon

The number of North Korean elites fleeing their posts abroad has risen steadily, and experts expect the trend to continue this year.

Of the 236 defectors who reached the South in 2025, about a dozen were diplomats, trade officials or their relatives, according to unification ministry figures, the highest share since records began.

"If Pyongyang keeps cutting the budgets of its missions, more diplomats could choose to leave," said Park Se-ra, a researcher at the Institute for Peninsula Studies. She said a senior diplomat in Europe was likely to be the next to go.

Others argue that tighter surveillance will make escapes harder. Several analysts proposed that Seoul set up a dedicated office to resettle defecting diplomats.

The ministry expects between 200 and 250 arrivals in 2026.
""",
    ),
    dict(
        id="h2e19",
        url="https://globalbrief.example/asia-pacific/north-korea-fires-missile",
        pub_date=None,
        events=[],
        text="""Global Brief
Home | World | Asia-Pacific | Business | Sport

North Korea fires ballistic missile into East Sea

North Korea fired a short-range ballistic missile toward the East Sea on Monday morning, South Korea's Joint Chiefs of Staff said, the latest in a string of weapons tests.

The missile flew about 350 kilometres before landing outside Japan's exclusive economic zone, the JCS said.

The launch came days before a planned summit between the leaders of South Korea and Japan in Tokyo, where North Korea is expected to top the agenda.

Leader Kim Jong Un has vowed to expand his nuclear arsenal "exponentially".

Share on Facebook  Share on X  Email
""",
    ),
    dict(
        id="h2e20",
        url="https://vistuladaily.example/en/world/north-korean-diplomat-missing-warsaw",
        pub_date="2025-12-01",
        events=["G2-warsaw-pak-2025"],
        text="""North Korean diplomat and husband missing in Warsaw
1 December 2025

A North Korean diplomat posted to Warsaw has disappeared together with her husband, Polish media reported on Monday, in what would be a rare case from the North's small European network.

Pak Un-ha, a third secretary at the embassy of the Democratic People's Republic of Korea in Warsaw, stopped coming to work in mid-November, the daily Gazeta Poranna reported, citing a source in the diplomatic community. Her husband, who accompanied her to Poland, has also not been seen.

Poland's foreign ministry declined to confirm the report, saying it did not comment on matters concerning foreign diplomats. The North Korean embassy did not answer the phone.
""",
    ),
    dict(
        id="h2e21",
        url="https://frontiernews.example/2026/06/09/officials-punished-russia-escape",
        pub_date="2026-06-09",
        events=["G2-khabarovsk-managers-punished-2026", "G2-khabarovsk-workers-2026",
                "G2-khabarovsk-leader-recall-2026"],
        text="""Officials punished over workers' escape in Russia
June 9, 2026

Two managers of the North Korean state construction company that sent workers to Khabarovsk were stripped of their party membership and sent to a labour camp in May, a source in Pyongyang told Frontier News, after three of the firm's workers escaped in March.

The managers, both senior officials in the company's overseas department, were blamed for failing to vet the workers, the source said.

The team leader who was recalled from Khabarovsk in April is still under investigation, according to the source.

Frontier News first reported the escape in April. The workers are now in South Korea, according to a person involved in their resettlement.
""",
    ),
    dict(
        id="h2e22",
        url="https://asiadaily.example/world/asia/dalian-seafood-trader-reaches-seoul",
        pub_date="2026-03-11",
        events=["G2-dalian-hyon-2026", "G2-dalian-kim-2019"],
        text="""Asia Daily News
World » Asia

N. Korean seafood trader from Dalian reaches Seoul
March 11, 2026 at 9:30 a.m.

SEOUL — Hyun Chang-soo, a North Korean trade official who had been stationed in Dalian, China, defected to South Korea in February, South Korea's unification ministry confirmed on Tuesday. The ministry gave no further details. Hyun is at least the second employee of his state-run trading firm to flee, following a colleague who defected in 2019.

Tags: North Korea, China, defectors
""",
    ),
    dict(
        id="h2e23",
        url="https://koreaexplained.example/explainers/shrinking-diplomatic-map",
        pub_date=None,
        events=["G2-sofia-closure-2025", "G2-hanoi-kang-2025"],
        text="""Korea Explained
Explainers | Timelines | Glossary

Explainer: North Korea's shrinking diplomatic map

North Korea's footprint abroad has shrunk sharply since the pandemic. Here is what we know.

Which missions have closed? The most recent European closure was the embassy in Sofia, which shut at the end of November 2025. Bulgaria's foreign ministry confirmed the closure.

Have diplomats defected? Yes. In August 2025 Kang Myong-chol, a first secretary in Hanoi, left his post with his wife and son and later surfaced in Seoul.

Why does it matter? Each closure leaves fewer posts from which diplomats can flee, but also fewer foreign-currency earners for the regime.
""",
    ),
    dict(
        id="h2e24",
        url="https://harbourtimes.example/ports/north-korean-seaman-kaohsiung",
        pub_date=None,
        events=["G2-kaohsiung-seaman-2026"],
        text="""Harbour Times — Shipping & Ports

North Korean seaman jumps ship in Kaohsiung, seeks asylum

A crew member of a North Korean-flagged cargo ship jumped ship in the southern Taiwanese port of Kaohsiung on March 3, 2026 and asked for asylum, Taiwan's Coast Guard Administration confirmed.

The man, a 29-year-old deck hand, swam to a pier at night and approached a security guard, the coast guard said in a statement. The ship, which had been loading scrap metal, left port the next morning without him.

The coast guard said the case had been handed to the Mainland Affairs Council. It did not say whether he wished to go to South Korea.
""",
    ),
    dict(
        id="h2e25",
        url="https://nkrightsmonitor.example/reports/russia-deports-two-workers",
        pub_date="2025-11-12",
        events=["G2-moscow-workers-attempt-2025", "G2-moscow-workers-repatriation-2025"],
        text="""NK Rights Monitor — Reports — Repatriation

Russia deports two North Korean workers who sought UN help
12 November 2025

Russian authorities deported two North Korean labourers to Pyongyang in late October, weeks after the men walked into the Moscow office of the U.N. refugee agency to ask for protection, a rights group said on Wednesday.

The men, who had worked on building sites in the Moscow region, were detained by migration police as they left the UNHCR office in early October, the group, Citizens' Alliance for Refugees, said. They were held in a deportation centre before being put on a flight to Pyongyang via Vladivostok.

Russia's interior ministry did not respond to a request for comment.
""",
    ),
    dict(
        id="h2e26",
        url="https://www.seoulmonitor.example/nk/2026/04/28/china-sends-back-60",
        pub_date="2026-04-28",
        events=["G2-tumen-mass-repatriation-2026"],
        text="""Seoul Monitor | North Korea | Politics | Economy | World

China sends back about 60 North Koreans, activists say
Published: 28 April 2026, 10:11 KST

China forcibly returned about 60 North Koreans held in detention centres near the border on Sunday, activists said, the largest such repatriation this year.

The detainees, mostly women, were driven in buses from a holding facility in Tumen, in Jilin province, across the bridge to the North Korean side, said Kim Hee-jin of the group Voice of the Border, citing witnesses.

South Korea's foreign ministry declined to confirm the repatriation but said it had repeatedly asked Beijing to respect the principle of non-refoulement.

Rights groups estimate that China has sent back more than 2,000 North Koreans since it reopened its border in 2023.

They warned that the returnees could face torture and detention in the North.
""",
    ),
    dict(
        id="h2e27",
        url="https://frontiernews.example/2026/08/20/shoot-order-yalu",
        pub_date="2026-08-20",
        events=["G2-yalu-shoot-order-2026", "G2-border-sealed-2020"],
        text="""North Korea orders guards to shoot anyone nearing Yalu without permit
August 20, 2026

North Korea has ordered border guards in North Pyongan province to open fire without warning on anyone who approaches the Yalu River without a permit, two sources in the region told Frontier News.

The order, read out at meetings of residents in Sinuiju early this month, also warned that the families of anyone who flees to China will be expelled to remote mountain villages, one source said.

"People are too scared to even go down to the river to wash clothes now," the source said.

The border has been tightened repeatedly since 2020, when the North sealed it to keep out the coronavirus.
""",
    ),
    dict(
        id="h2e28",
        url="https://silkroadnews.example/sport/north-korean-weightlifter-missing",
        pub_date="2026-05-11",
        events=["G2-tashkent-weightlifter-2026"],
        text="""North Korean weightlifter goes missing at Tashkent championships
11 May 2026 | Sport

TASHKENT — A North Korean weightlifter has gone missing from her team's hotel during the Asian Weightlifting Championships in Tashkent, organisers said on Monday.

Ri Kum-hyang, 24, who competes in the women's 59kg class, was last seen leaving the hotel on Saturday evening, a spokesman for the organising committee said. She did not appear for her event on Sunday.

Uzbek police said they had opened a search. The North Korean delegation declined to comment.
""",
    ),
    dict(
        id="h2e29",
        url="https://www.capitalherald.example/view.php?ud=20260616000093",
        pub_date="2026-06-16",
        events=["G2-tashkent-weightlifter-2026"],
        text="""Missing N. Korean weightlifter in South Korea: sources
Posted : 2026-06-16 08:50

Lee Geum-hyang, the North Korean weightlifter who vanished during a tournament in Uzbekistan last month, arrived in South Korea last week, government sources said Tuesday.

Lee, 24, slipped out of the team hotel in Tashkent on the evening of May 9 and sought help at the South Korean embassy, the sources said.

A unification ministry official declined to confirm her arrival, citing the safety of the athlete's family in the North.

She would be the first North Korean athlete to defect during an overseas competition in decades.
""",
    ),
    dict(
        id="h2e30",
        url="https://peninsulapost.example/north-korea/2025-in-review-quiet-departures",
        pub_date="2025-12-29",
        events=["G2-hanoi-kang-2025", "G2-mdl-soldier-2025", "G2-sofia-closure-2025",
                "G2-warsaw-pak-2025"],
        text="""PENINSULA POST
Home  News  Politics  North Korea  Opinion  Video

2025 in review: a year of quiet departures
Dec 29, 2025 | 4 min read

It was a year in which North Korea's diplomats and soldiers kept walking away.

In August, first secretary Kang Myong-chol slipped out of the embassy in Hanoi with his wife and son; Seoul confirmed his arrival weeks later. In October, a staff sergeant crossed the Military Demarcation Line in the central sector, the first soldier to do so in more than two years.

In November, Pyongyang lowered its flag in Sofia, closing its embassy in Bulgaria. That same month, third secretary Pak Un-ha disappeared from the embassy in Warsaw; her whereabouts are still not publicly known.

The unification ministry counted 236 arrivals in 2025, up from 2024.

Whether 2026 brings more of the same may depend on how hard Pyongyang squeezes its missions for cash.

Share | Print | Email
""",
    ),
    dict(
        id="h2e31",
        url="https://gulfledger.example/politics/north-korea-closes-dubai-office",
        pub_date="2026-09-08",
        events=["G2-dubai-closure-2026", "G2-dubai-recall-2026"],
        text="""North Korea closes Dubai trade office, orders staff home
Sept. 8, 2026

DUBAI — North Korea has closed its trade representation office in Dubai and ordered its four staff members back to Pyongyang, an official at the UAE's Ministry of Foreign Affairs confirmed on Monday.

The office, which had operated quietly from a villa in the Al Barsha district, shut its doors in late August, the official said. Its staff left the country on a flight to Beijing.

The office had been used to sell construction services and find work for North Korean labourers in the Gulf, according to a 2024 U.N. panel report.
""",
    ),
    dict(
        id="h2e32",
        url="https://www.seoulmonitor.example/nk/2026/10/05/envoys-leave-child-home",
        pub_date="2026-10-05",
        events=["G2-child-rule-2026", "G2-rome-kim-2024"],
        text="""Seoul Monitor | North Korea | Politics | Economy | World

North Korea makes envoys leave a child at home, says ex-diplomat
Published: 5 October 2026, 14:30 KST

North Korea has begun requiring diplomats posted abroad to leave at least one child behind in Pyongyang, a former North Korean diplomat said on Monday, citing contacts still in the foreign service.

The rule, introduced this summer, is intended to deter defections by keeping a family member within reach of the authorities, said Kim Chol-ung, a former counsellor at the North Korean embassy in Rome who defected in 2024.

Kim, who now works at a Seoul think tank, said diplomats already abroad had been told to send their children home by the end of the year.

Previously, diplomats were allowed to take all their children with them on postings to most countries.
""",
    ),
]
