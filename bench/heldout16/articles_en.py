"""English pages of the heldout16 benchmark. Everything here is invented: people, outlets
(on .example domains) and events. Real agencies and states are cited the way real pages cite them.

Each page: id, url, pub_date (ISO day, or None where the page shows no date), events (gold
event ids from events_gold.py that the page reports), text (the page as scraped).
"""

PAGES = [
    dict(
        id="h16e01",
        url="https://www.kigalievening.example/news/city/2026/03/27/kiyovu-neighbours-embassy-family",
        pub_date="2026-03-27",
        events=["G16-kigali-mun-2026"],
        text="""KIGALI EVENING POST
News | City | Business | Sport | Opinion | E-Paper
Friday, 27 March 2026

CITY

Kiyovu neighbours wonder where the quiet Korean family went

By Aline Uwase

The house at the end of the lane in Kiyovu has been dark all week. Its tenants, a man who worked at the embassy of the Democratic People's Republic of Korea, his wife and their son, drove off early on Sunday and have not come back, neighbours said.

"They loaded four suitcases and a rice cooker into the car before six," said Jean-Paul Habimana, who guards the compound opposite. "The boy waved to me. He never waved before."

On Tuesday two men from the embassy arrived with a locksmith and took away boxes of papers, he said. A white car has been parked outside every night since.

The man, who neighbours knew as "Mister Mun", played table tennis at a club near the stadium on Saturdays. His son attended an international school in Kacyiru. A teacher there said the boy had not come to class this week.

The embassy did not answer the phone. A spokesperson for Rwanda's foreign ministry said the ministry had "no comment on the movements of foreign diplomats".

RELATED
- City council to resurface Kiyovu roads before the rainy season
- Traffic police start night checks on Boulevard de la Revolution

Share this: WhatsApp | Facebook | X
(c) 2026 Kigali Evening Post. All rights reserved.
""",
    ),
    dict(
        id="h16e02",
        url="https://northwindow.example/en/news/2026/04/02/kigali-counsellor-missing",
        pub_date="2026-04-02",
        events=["G16-kigali-mun-2026", "G16-kigali-doctor-2025"],
        text="""NORTH WINDOW | News from inside and around North Korea
Home  News  Analysis  Economy  Human Rights  Donate

North Korean counsellor in Kigali missing with wife and son

Thursday, April 2, 2026 | North Window staff

A counsellor at North Korea's embassy in Rwanda, Mun Kwang-sok, went missing with his wife and 13-year-old son on 22 March, a source with knowledge of the embassy told North Window. Their whereabouts are unknown.

The embassy at first told Rwandan officials that the family had travelled to Nairobi for medical treatment, the source said. Embassy staff have since searched hotels in Kigali and asked the police to check border posts.

Mun, 51, handled trade and medical cooperation at the embassy, one of the North's few remaining missions in East Africa, and had served in Kigali since 2020.

In December a doctor at a North Korean-run clinic in the city also went missing; his whereabouts are still unknown, the source said.

The embassy could not be reached for comment.

Tags: Rwanda, diplomats, missing
Related: North Korea sends new trade team to Tanzania? | Medical teams abroad: who they are
(c) North Window 2026
""",
    ),
    dict(
        id="h16e03",
        url="https://www.koreawirepoint.example/en/politics/2026/06/11/nk-diplomat-rwanda-arrives",
        pub_date="2026-06-11",
        events=["G16-kigali-mun-2026", "G16-eritrea-2023"],
        text="""KOREA WIREPOINT
Politics | North Korea | Economy | World | Photos

N. Korean diplomat posted in Rwanda arrives in South with wife, son

SEOUL, June 11 (KWP) - A North Korean counsellor who left his post in Rwanda in March has arrived in South Korea with his wife and 13-year-old son, the unification ministry said Thursday.

Mun Kwang-sok, 51, had served at the North's embassy in Kigali since 2020, ministry spokesman Koo Byung-hoon told a regular briefing. "The three entered the country in late May and are under the protection of the relevant agencies," Koo said.

According to officials, the family left Kigali by car on March 22 and crossed into a neighbouring country before flying on.

Mun is the first North Korean diplomat known to have defected from an African posting since 2023, when a trade attache posted in Eritrea fled to the South, the officials said.

"People think Africa is far from Pyongyang's eyes. It is not," said Ko Un-hye, a former North Korean trade official who fled in 2015 and now heads a resettlement charity in Seoul.

North Korea has not commented.

(Reporting by Seo Ji-won; Editing by Mark Ellery)

MORE FROM KWP
- Seoul, Tokyo agree on defence hotline upgrade
- Won slips on export data
""",
    ),
    dict(
        id="h16e04",
        url="https://pacificrimdaily.example/asia/korea/2026-06-12/north-korean-rwanda-diplomat",
        pub_date="2026-06-12",
        events=["G16-kigali-mun-2026", "G16-eritrea-2023"],
        text="""Pacific Rim Daily
Asia | Korea | China | Japan | Pacific | Business

North Korean diplomat in Rwanda defects to Seoul with family

12/06/2026 - 08:15 | Korea Wirepoint

A North Korean counsellor who had been posted in Rwanda has arrived in South Korea with his wife and son, Seoul's unification ministry said on Thursday.The diplomat, Moon Gwang-seok, 51, worked at the embassy in Kigali since 2020.He left the city with his family on March 22, officials said, and the three entered the South in late May.

"They are under the protection of the relevant agencies," a ministry spokesman told reporters.

It is the first defection by a North Korean diplomat from Africa since a trade attache in Eritrea fled in 2023.The son is 13.

North Korea typically brands defectors "traitors" and has not commented.

Copyright 2026 Korea Wirepoint. Distributed by Pacific Rim Daily.
Related topics: North Korea | Diplomacy | Africa
""",
    ),
    dict(
        id="h16e05",
        url="https://dmzreview.example/analysis/2026/06/20/after-kigali",
        pub_date="2026-06-20",
        events=["G16-kigali-mun-2026", "G16-kigali-recall-2026", "G16-mun-relatives-2026",
                "G16-africa-control-2026"],
        text="""DMZ REVIEW - analysis and data on the two Koreas

After Kigali: Pyongyang shortens the leash in Africa

20 June 2026 | 8 min read | Analysis

When counsellor Mun Kwang Sok drove out of Kigali with his wife and son on 22 March, the embassy told its hosts he was on sick leave. Nearly three months later he is in Seoul, and the North's response can be pieced together.

First, the mission itself. According to two people who deal with North Korean diplomats in the region, the ambassador in Kigali and the embassy's security counsellor were summoned to Pyongyang in early April and have not come back. A second secretary runs the embassy.

Second, the rules. Since May, staff at the North's missions in Africa have had to hand their passports to the security counsellor, report every outing in writing and send children of school age back to Pyongyang, one of them said.

Third, the family. A source inside North Korea told us that state security officers took Mun's mother and his two younger sisters to a "management centre", the regime's term for a labour camp, in mid-April.

A defection by an ambassador would be a heavier blow still, and further departures could follow if the rules bite. "Every rule they add is a reason to leave," said Ko Un-hye, a former trade official who fled in 2015.

About the author | Subscribe | Share
(c) 2026 DMZ Review
""",
    ),
    dict(
        id="h16e06",
        url="https://peninsulamonitor.example/2026/12/29/the-year-in-crossings-2026",
        pub_date="2026-12-29",
        events=["G16-kigali-mun-2026", "G16-soldier-hantan-2026", "G16-saeppyol-attempt-2026",
                "G16-saeppyol-trial-2026", "G16-caobang-arrest-2026", "G16-caobang-return-2026",
                "G16-quito-closure-2026", "G16-lisbon-oh-2026", "G16-boat-chongdan-2026",
                "G16-sinpa-return-2026"],
        text="""PENINSULA MONITOR
Timelines | Data | Briefs | About

2026: the year in crossings

Posted 29.12.2026

A month-by-month record of the year's cases that we could verify from at least two sources.

MAR 12 - A North Korean private walks across the central front before dawn and asks to stay; the JCS confirms.
MAR (mid) - Public trial in Saeppyol of three people caught on the frozen Tumen on 24 January; the man is shot, the two women get 15 years.
MAR 22 - Counsellor Mun Kwang‑sok leaves the embassy in Kigali with his wife and son. Seoul confirms his arrival in June.
APR 11 - Six North Koreans detained by Vietnamese border guards in Cao Bang.
APR 30 - Pyongyang's embassy in Quito closes.
MAY 7 - The six from Cao Bang are flown back to Pyongyang, rights groups say; Vietnam calls this "groundless".
MAY 16 - Judo official Oh Myong-chol walks out of the team hotel in Lisbon and asks for asylum.
JUN 15 - A family of four leaves Chongdan county by boat; picked up near Daecheong Island the next morning.
JUL 2 - China sends back more than 150 detainees across to Sinpa in one night.

Arrivals in the South for the whole year: 212 (ministry figure to November).

Download CSV | Corrections: tips@peninsulamonitor.example
""",
    ),
    dict(
        id="h16e07",
        url="https://www.koreawirepoint.example/en/defense/2026/03/12/nk-soldier-crosses-mdl",
        pub_date="2026-03-12",
        events=["G16-soldier-hantan-2026", "G16-soldier-east-2024", "G16-estuary-swimmer-2026"],
        text="""KOREA WIREPOINT
Politics | North Korea | Defense | Economy | World

(LEAD) N. Korean soldier crosses MDL on central front, taken into custody

SEOUL, March 12 (KWP) - A North Korean soldier crossed the military demarcation line on the central front early on Thursday and was taken into custody by South Korean troops, the Joint Chiefs of Staff (JCS) said.

The soldier, a private in his early twenties, was spotted by thermal cameras at around 5:40 a.m. and guided to a guard post, the JCS said. He has expressed his wish to defect, it added. Authorities plan to question him on the details of his crossing.

It is the first time a North Korean soldier has crossed the MDL since November 2024, when a staff sergeant crossed on the eastern front.

Earlier this month a civilian also swam across the Han River estuary, on March 3, military officials said. The man, in his thirties, was found on a mud flat at low tide.

No unusual movements by the North Korean military were detected, the JCS said.

(END)

Keywords: North Korea, soldier, defection, MDL
""",
    ),
    dict(
        id="h16e08",
        url="https://thelonglens.example/stories/the-morning-the-fog-lifted",
        pub_date=None,
        events=["G16-soldier-hantan-2026"],
        text="""THE LONG LENS
Stories | Photo essays | Newsletter

The morning the fog lifted

By Hannah Greaves | Photographs by Choi Da-in

In March the valley north of the Hantan is grey until well after six. The conscripts on the southern side call the hour before dawn "the blind hour": the thermal screens show deer, wild boar, sometimes nothing at all.

On that morning they showed a man.

He was 23, a private from a border company, and he did not run. He walked down the slope, along a dry stream bed, past a row of warning signs he could not read, and stopped at the fence of the southern guard post with his hands in the air. He had left his rifle behind. He had a packet of cigarettes and a photograph of his mother.

A sergeant who was on duty remembers that the man said only two things: that he was hungry, and that he wanted to stay.

Officers later told the sergeant that the young man had planned the walk for a year, counting the minutes between patrols. The sergeant does not know where he lives now. "Somewhere south," he said. "That is what he wanted."

Share | Save | Print
The Long Lens is reader-funded. Support us.
""",
    ),
    dict(
        id="h16e09",
        url="https://northwindow.example/en/news/2026/04/20/guard-company-replaced",
        pub_date="2026-04-20",
        events=["G16-guard-company-2026", "G16-soldier-hantan-2026"],
        text="""NORTH WINDOW | News from inside and around North Korea
Home  News  Analysis  Economy  Human Rights  Donate

Whole guard company swapped out after private's crossing

Monday, April 20, 2026 | Pak Se-ryun

After a private from a frontline unit crossed to the South on 12 March, the army removed the entire company that guarded that sector, a military source told North Window.

The company was swapped out at the end of March for a unit brought in from the rear, and its commander and political officer were sent to work on a farm, the source said. Soldiers of the company were scattered among construction brigades.

"They were told they had let a traitor walk through their lines," the source said.

The private's family could not be traced.

Share: X | Facebook | Telegram
Tags: KPA, border, punishment
""",
    ),
    dict(
        id="h16e10",
        url="https://www.koreawirepoint.example/en/northkorea/2026/06/17/boat-family-four",
        pub_date="2026-06-17",
        events=["G16-boat-chongdan-2026", "G16-boat-deokjeok-2025"],
        text="""KOREA WIREPOINT
Politics | North Korea | Defense | Economy | World

N. Korean family of four arrives by boat in West Sea; ministry confirms wish to resettle

SEOUL, June 17 (KWP) - Four North Koreans who crossed the sea border in a small wooden boat have said they want to settle in the South, the unification ministry said on Wednesday.

The four - a man in his fifties, his wife and their son and daughter - left Chongdan county in South Hwanghae Province on the night of June 15 and were spotted by a navy patrol near Daecheong Island at 6:10 a.m. the next day, the Joint Chiefs of Staff said. The man is 52, the son 17 and the daughter 14.

"All four have clearly expressed their intention to defect, and the government will handle them in accordance with procedures," ministry spokesman Koo Byung-hoon said.

It is the first such boat since September 2025, when two men in a small fishing boat were found near Deokjeok Island and asked to stay.

(Reporting by Lim Ga-yeon)

(END)
""",
    ),
    dict(
        id="h16e11",
        url="https://yellowseatimes.example/islands/2026/06/16/wooden-boat-daecheong",
        pub_date="2026-06-16",
        events=["G16-boat-chongdan-2026"],
        text="""YELLOW SEA TIMES
Islands | Fisheries | Ferries | Weather | Community

Wooden boat found off Daecheong with North Koreans aboard

16 June 2026, 14:10 | Island desk

A small wooden boat carrying five North Koreans was found drifting near Daecheong Island on Tuesday morning, residents and officials said.

A patrol boat confirmed that five people were aboard, a local official said. They were taken to a navy vessel, where they told officers they wished to stay in the South.

Fishermen in the harbour said the boat had a small outboard motor and no flag. "It was low in the water and painted blue, like the boats we see across the line," said Mr Bae, 61, who has fished off the island for forty years.

Authorities are investigating how the boat crossed the Northern Limit Line unnoticed.

WEATHER: fog warning for the outer islands until Thursday
Ferry timetable | Tide tables | Contact the island desk
""",
    ),
    dict(
        id="h16e12",
        url="https://westcoastgazette.example/news/2026/07/23/fishermen-sent-home",
        pub_date="2026-07-23",
        events=["G16-boat-chongdan-2026"],
        text="""WEST COAST GAZETTE
Local | Fisheries | Politics | Letters

Two drifting North Korean fishermen go home at their own request

23 July 2026

Two North Korean fishermen whose engine failed in the West Sea were returned across the sea border on Wednesday after both said they wanted to go home, the unification ministry said.

The men, in their forties and sixties, were found on 18 July drifting about 20 km south of the Northern Limit Line. They were handed over at sea in the afternoon.

The case differs from the family of four who came across by boat from Chongdan in June and asked to stay in the South.

Separately, the coast guard sent two Chinese crew members of a seized fishing vessel back to China on Monday after questioning.

Comments (4) | Share
(c) West Coast Gazette
""",
    ),
    dict(
        id="h16e13",
        url="https://northwindow.example/en/news/2026/07/08/chongdan-relatives",
        pub_date="2026-07-08",
        events=["G16-boat-relatives-2026", "G16-boat-chongdan-2026"],
        text="""NORTH WINDOW | News from inside and around North Korea
Home  News  Analysis  Economy  Human Rights  Donate

Relatives of Chongdan boat family taken away

Wednesday, July 8, 2026 | North Window staff

State security officers in Chongdan county have taken away relatives of the family that sailed south in June, a source in South Hwanghae Province said.

The family of four left a small harbour in the county on the night of 15 June. In the last days of June state security officers took away the man's brother and his household, and sealed their house, the source said.

"Nobody knows where they were taken," the source said. Residents were gathered and told that "anyone who helps traitors will share their fate".

Coastal units have also confiscated outboard motors from private owners, according to the source.

Tags: Chongdan, boats, relatives
Related: Fishermen go home after drifting south
""",
    ),
    dict(
        id="h16e14",
        url="https://mekongmorning.example/region/2026/04/14/north-koreans-held-cao-bang",
        pub_date="2026-04-14",
        events=["G16-caobang-arrest-2026"],
        text="""MEKONG MORNING
Thailand | Vietnam | Laos | Cambodia | Myanmar | Region

Six North Koreans held in northern Vietnam, rights group says

REGIONAL DESK, 14 April 2026

Vietnamese border guards detained six North Koreans in Cao Bang province on Saturday shortly after they crossed from China, a Seoul-based rights group said on Tuesday.

The group - four women, a man and a boy of 11 - had been travelling for three weeks and hoped to reach Thailand through Laos, said Border Watch Korea. They are being held at a border guard station.

"They face repatriation unless Vietnam lets them go to a third country," the group's director, Yun Ha-ram, said by phone from Seoul.

Vietnam's foreign ministry did not respond to a request for comment. Thai officials said they were "not involved".

Most read: Mekong water levels at record low | Rice export prices cool
(c) 2026 Mekong Morning Co.
""",
    ),
    dict(
        id="h16e15",
        url="https://frontlineasia.example/2026/04/15/vietnam-detains-north-koreans",
        pub_date="2026-04-15",
        events=["G16-caobang-arrest-2026"],
        text="""Frontline Asia
World | Asia | Human Rights | Video | Newsletters

Vietnam police detain seven near Chinese border

15 April 2026 - 09:30 GMT+7

Police in Vietnam's Cao Bang province detained seven people, among them a Chinese driver, after a pickup truck was stopped on a mountain road on April 11, local media reported.

Activists in Seoul said six of those detained were North Koreans trying to reach a third country.

A police officer in the province, who asked not to be named, said the "foreigners without papers" would be handled according to law.

Share on: Facebook | X | LinkedIn
Related: Laos steps up bus checks in north
""",
    ),
    dict(
        id="h16e16",
        url="https://borderwatchkorea.example/alerts/2026-05-12-cao-bang-six-returned",
        pub_date="2026-05-12",
        events=["G16-caobang-return-2026", "G16-caobang-arrest-2026"],
        text="""BORDER WATCH KOREA
Alerts | Reports | Campaigns | Donate | About

URGENT ALERT: Six North Koreans detained in Cao Bang returned to Pyongyang

Date: 2026-05-12

Border Watch Korea has learned that the six North Koreans detained by Vietnamese border guards in Cao Bang province on 11 April were handed over to North Korean embassy officials and flown to Pyongyang on Thursday, 7 May.

According to two sources, the group - four women, a man and an 11-year-old boy - were taken from the border guard station by minibus on 6 May and put on a flight the next morning.

We call on the Vietnamese government to explain why the group was not allowed to go to a third country, and on the UN human rights office to seek access to them.

Contact: press@borderwatchkorea.example
Border Watch Korea is a Seoul-based non-profit.
""",
    ),
    dict(
        id="h16e17",
        url="https://frontlineasia.example/2026/05/14/vietnam-denies-north-korean-return",
        pub_date="2026-05-14",
        events=["G16-caobang-return-2026", "G16-luangnamtha-return-2025"],
        text="""Frontline Asia
World | Asia | Human Rights | Video | Newsletters

Vietnam denies sending North Koreans back

14 May 2026 - 17:05 GMT+7

Vietnam on Thursday denied reports that six North Koreans detained near its border with China had been sent back to Pyongyang.

"That information is groundless," foreign ministry spokeswoman Pham Thu Trang told a regular news conference when asked about reports that the six were flown home on 7 May. She did not say where they were.

Rights groups say the four women, a man and a boy were handed to North Korean embassy staff last week.

In November, Laos sent back four North Koreans, according to rights groups. South-East Asian governments rarely comment on such cases.

Share on: Facebook | X | LinkedIn
""",
    ),
    dict(
        id="h16e18",
        url="https://borderwatchkorea.example/reports/2025/luang-namtha-four",
        pub_date="2025-12-03",
        events=["G16-luangnamtha-arrest-2025", "G16-luangnamtha-return-2025"],
        text="""BORDER WATCH KOREA
Alerts | Reports | Campaigns | Donate | About

REPORT | The Luang Namtha four: arrest, detention and return

Published 03-12-2025

Summary

On 28 October 2025, Lao police took three North Korean women and a teenage girl off a long-distance bus at a checkpoint in Luang Namtha province, close to the Chinese border. The four had entered Laos two days earlier and were travelling south.

They were held for three weeks at a provincial immigration centre. On 19 November they were sent back to North Korea, a Lao police officer told us on condition of anonymity. Their families in the North have not heard from them since.

Background

Escape routes through northern Laos have narrowed. Buses heading south are now checked routinely, and brokers charge more for the journey than two years ago. Crossing the mountains on foot is the most dangerous part of any route.

Recommendations
1. Laos should respect the principle of non-refoulement.
2. Donor states should raise the case with the Lao government.

(c) Border Watch Korea | PDF version
""",
    ),
    dict(
        id="h16e19",
        url="https://siberiancourier.example/en/kemerovo/2026/02/18/three-korean-builders-missing",
        pub_date="2026-02-18",
        events=["G16-kemerovo-missing-2026"],
        text="""SIBERIAN COURIER - English edition
Kemerovo | Novokuznetsk | Region | Business | Sport

Three North Korean builders vanish from Kemerovo dormitory

Wed 18 Feb 2026 | Yelena Sorokina

Three North Korean construction workers have not been seen since they left their dormitory on Leningradsky Avenue on Saturday night, according to colleagues and a contractor.

The men, who were fitting out a residential block for a local developer, did not show up for the morning roll call on Sunday. Their supervisor reported them absent to the North Korean company that employs them, a contractor said.

The regional police declined to confirm that the men were missing or that a search was under way. "We do not comment on the status of foreign citizens," a press officer said.

About 40 North Koreans work on the site, according to the contractor.

Also in Kemerovo: Frost to ease by the weekend | Tram line 5 reopens
(c) Siberian Courier 2026. 18+
""",
    ),
    dict(
        id="h16e20",
        url="https://northwindow.example/en/news/2026/03/25/siberia-workers-rules",
        pub_date="2026-03-25",
        events=["G16-kemerovo-missing-2026", "G16-kemerovo-recall-2026", "G16-siberia-control-2026"],
        text="""NORTH WINDOW | News from inside and around North Korea
Home  News  Analysis  Economy  Human Rights  Donate

After Kemerovo disappearance, workers in Siberia told to move in fives

Wednesday, March 25, 2026 | Kim Yoo-na

Since early March, North Korean workers in Siberia and the Russian Far East may leave their dormitories only in groups of five accompanied by a supervisor, a source in Russia told North Window. Their mobile phones were collected in the first week of the month.

The rules followed the disappearance of three construction workers from a dormitory in Kemerovo on the night of 14 February. They have not been found.

In mid-March the remaining workers of the company, about 40, were ordered back to Pyongyang, the source said. Their families at home were told they would "answer with their lives" for any further flight.

Share: X | Facebook | Telegram
Tags: Russia, workers, surveillance
""",
    ),
    dict(
        id="h16e21",
        url="https://northwindow.example/en/news/2025/10/20/student-nizhny-missing",
        pub_date="2025-10-20",
        events=["G16-nizhny-ha-2025"],
        text="""NORTH WINDOW | News from inside and around North Korea
Home  News  Analysis  Economy  Human Rights  Donate

Son of Moscow embassy counsellor missing from Nizhny Novgorod university

Monday, October 20, 2025 | North Window staff

A North Korean student in the Russian city of Nizhny Novgorod, Ha Jun-yong, has been missing since he left his dormitory on 4 October, two sources told North Window.

Ha, 22, is studying engineering. He is the son of a counsellor at the North Korean embassy in Moscow, who drove to Nizhny Novgorod with two embassy colleagues the following week to look for him.

"His room was left tidy, with his books on the table," one source said. The university declined to comment.

North Korea sends a few dozen students to Russian universities each year.

Tags: Russia, students, missing
""",
    ),
    dict(
        id="h16e22",
        url="https://www.koreawirepoint.example/en/northkorea/2026/02/10/nk-student-russia-arrives",
        pub_date="2026-02-10",
        events=["G16-nizhny-ha-2025", "G16-ha-father-recall-2025"],
        text="""KOREA WIREPOINT
Politics | North Korea | Defense | Economy | World

N. Korean student who vanished in Russia is in South Korea: ministry

SEOUL, Feb. 10 (KWP) - A North Korean student who disappeared from a Russian university last October arrived in South Korea in January, the unification ministry said Tuesday.

Ha Joon-young, 22, is under the protection of the relevant agencies, a ministry official said, confirming reports. Mr Ha left his dormitory in Nizhny Novgorod on Oct. 4 and reached a third country several weeks later, according to a government source.

His father, a counsellor at the North's embassy in Moscow, was recalled to Pyongyang in November, the source said.

(END)

Related: Moscow, Pyongyang sign education accord | Seoul raises resettlement budget
""",
    ),
    dict(
        id="h16e23",
        url="https://dmzreview.example/analysis/2026/02/24/the-father-pays",
        pub_date="2026-02-24",
        events=["G16-ha-father-punish-2026", "G16-nizhny-ha-2025", "G16-ha-father-recall-2025"],
        text="""DMZ REVIEW - analysis and data on the two Koreas

The father pays: what happened to Ha Song-il

24 February 2026 | 5 min read

Ha Song-il had spent two decades in the foreign ministry, the last six years as a counsellor in Moscow. Then, in October, his son walked out of a student dormitory in Nizhny Novgorod and did not come back. This month Seoul confirmed that the young man is in the South.

The elder Ha was called home in November. In January he was expelled from the party and banished with his wife to a village in South Hamgyong province, according to a source close to the foreign ministry in Pyongyang.

"A father is responsible for his son's ideology," the source quoted a notice as saying.

Ha Song-il is not the first envoy to be punished for a relative's flight, but such cases rarely become known.

Subscribe | Share
(c) 2026 DMZ Review
""",
    ),
    dict(
        id="h16e24",
        url="https://lusophonepost.example/lisbon/2026/05/19/north-korean-judo-official-missing",
        pub_date="2026-05-19",
        events=["G16-lisbon-oh-2026"],
        text="""THE LUSOPHONE POST
Lisbon | Portugal | Brazil | Africa | Sport | Culture

North Korean judo official missing from Lisbon team hotel

Tuesday 19 May 2026

A member of North Korea's judo delegation at the Lisbon Grand Prix has been missing since Saturday, tournament officials said.

Oh, 44, who is listed as a team official, left the delegation's hotel in Parque das Nacoes on Saturday afternoon and did not return, a volunteer who worked with the team said. His phone was switched off.

The delegation's interpreter asked hotel staff for the security camera footage on Sunday, the volunteer said.

The PSP police said they had "no record of a complaint". The North Korean team withdrew from the remaining bouts.

SPORT | More: Benfica sign Danish winger | Surf championship moves to Peniche
(c) The Lusophone Post 2026
""",
    ),
    dict(
        id="h16e25",
        url="https://www.koreawirepoint.example/en/world/2026/05/20/nk-judo-official-asylum-portugal",
        pub_date="2026-05-20",
        events=["G16-lisbon-oh-2026", "G16-lisbon-team-recall-2026"],
        text="""KOREA WIREPOINT
Politics | North Korea | Defense | Economy | World

N. Korean judo official seeks asylum in Portugal

LISBON/SEOUL, May 20 (KWP) - A North Korean sports official who disappeared from his team's hotel in Lisbon has applied for asylum in Portugal, the country's migration and asylum agency said Wednesday.

The agency, AIMA, confirmed it had received an application "from a citizen of the Democratic People's Republic of Korea" but gave no name. Tournament sources identified him as Oh Myong-chol, 44, an official with North Korea's judo team.

Oh left the hotel on May 16. The remaining 11 athletes and coaches were ordered home on Monday and left Lisbon before their last bouts, the sources said.

South Korea's foreign ministry said it was "following the matter closely".

(END)
""",
    ),
    dict(
        id="h16e26",
        url="https://northwindow.example/en/news/2026/06/25/sports-delegations-rules",
        pub_date="2026-06-25",
        events=["G16-sports-control-2026", "G16-lisbon-oh-2026"],
        text="""NORTH WINDOW | News from inside and around North Korea
Home  News  Analysis  Economy  Human Rights  Donate

New passport rule for sports teams after Lisbon case

Thursday, June 25, 2026 | Pak Se-ryun

From June, every North Korean sports delegation abroad must hand its passports to a security officer on arrival, and athletes' families must sign pledges before a trip, a source in Pyongyang's sports ministry told North Window.

The rule was issued after judo official Oh Myung-chul walked out of his team's hotel in Lisbon in May and asked for asylum in Portugal.

Delegations to the Asian Games will also travel with two security officers instead of one, the source said.

Tags: sport, surveillance, Portugal
""",
    ),
    dict(
        id="h16e27",
        url="https://andesdiplomatic.example/bulletin/issue-19",
        pub_date="2026-05-04",
        events=["G16-quito-closure-2026", "G16-colombia-closure-2025", "G16-paraguay-closure-2025"],
        text="""ANDES DIPLOMATIC BULLETIN
Issue 19 | 4 May 2026 | For subscribers

IN THIS ISSUE: Quito farewells - New accreditations - Protocol notes

FAREWELLS
The embassy of the Democratic People's Republic of Korea in Quito closed last week, on 30 April. The closure of its embassy in Ecuador follows the North's pull-out from Colombia and Paraguay last year. Its embassy in Guatemala City will handle consular matters for the region.

Pyongyang has shut several missions in recent years to save money, diplomats in Quito say.

NEW ACCREDITATIONS
- Ambassador of Finland presented credentials on 28 April.

PROTOCOL NOTES
- The national holiday reception season opens on 10 May.

Unsubscribe | Archive | (c) Andes Diplomatic Bulletin
""",
    ),
    dict(
        id="h16e28",
        url="https://frontlineasia.example/2026/05/01/north-korea-closes-ecuador-embassy",
        pub_date="2026-05-01",
        events=["G16-quito-closure-2026"],
        text="""Frontline Asia
World | Asia | Americas | Human Rights | Video

North Korea closes embassy in Ecuador

1 May 2026 - 11:20 GMT-5

North Korea closed its embassy in Quito on Thursday, Ecuador's foreign ministry confirmed, ending a diplomatic presence that had been open since 1990.

"The embassy of the DPRK notified us of the end of its functions as of April 30," the ministry said in a statement.

The embassy had a staff of four. Its duties will be taken over by the North's embassy in Guatemala, according to the statement.

North Korea has not explained the decision.

Share on: Facebook | X | LinkedIn
""",
    ),
    dict(
        id="h16e29",
        url="https://freedomcrossing.example/news/2026-07-06-mass-return-sinpa",
        pub_date="2026-07-06",
        events=["G16-sinpa-return-2026", "G16-pochon-return-2025"],
        text="""Freedom Crossing Network
Who we are | News | Reports | Take action

China sends more than 150 North Koreans back in a single night

6 July 2026

Chinese authorities sent more than 150 detained North Koreans back across the border to Sinpa on the night of Thursday 2 July, the London-based Freedom Crossing Network said on Monday, citing two sources in the border area.

The detainees, most of them women, had been held in detention centres in north-eastern China. They were driven to the border in seven buses and handed to North Korean state security officers after midnight, the sources said.

It is the largest forced return since 18 August last year, when about 60 were sent back through the crossing opposite Pochon.

"The world cannot look away again," the group's director, Rachel Osei, said.

Donate | Sign the petition | Share
""",
    ),
    dict(
        id="h16e30",
        url="https://www.koreawirepoint.example/en/northkorea/2026/07/07/china-forced-return",
        pub_date="2026-07-07",
        events=["G16-sinpa-return-2026"],
        text="""KOREA WIREPOINT
Politics | North Korea | Defense | Economy | World

Seoul expresses regret over reported mass return of N. Koreans by China

SEOUL, July 7 (KWP) - South Korea on Tuesday expressed regret over reports that China had forcibly returned about 160 North Koreans last week.

"The government has conveyed its position that North Korean escapees must not be forcibly repatriated against their will," a foreign ministry official said.

A rights group said Chinese authorities sent the detainees across the border on the night of July 2.

China's foreign ministry said it "handles illegal entrants in accordance with law".

(END)
""",
    ),
    dict(
        id="h16e31",
        url="https://northwindow.example/en/news/2026/04/02/saeppyol-public-trial",
        pub_date="2026-04-02",
        events=["G16-saeppyol-attempt-2026", "G16-saeppyol-trial-2026", "G16-tumen-shoot-order-2026"],
        text="""NORTH WINDOW | News from inside and around North Korea
Home  News  Analysis  Economy  Human Rights  Donate

One shot, two jailed after public trial in Saeppyol

Thursday, April 2, 2026 | Kim Yoo-na

A man caught trying to cross the Tumen with two women was shot in front of a crowd in Saeppyol in the middle of March, a source in North Hamgyong told North Window. The two women were sent to a re-education camp for 15 years.

The three had been caught by guards on the frozen river near Saeppyol on 24 January.

Since February guards in Saeppyol and the other Tumen counties have had orders to shoot anyone within 500 metres of the river at night without a permit, the source said. The zone is officially meant to stop smuggling.

Residents were made to attend the trial, held in the market square.

Share: X | Facebook | Telegram
Tags: public trial, border, Tumen
""",
    ),
    dict(
        id="h16e32",
        url="https://northwindow.example/en/news/2026/06/05/hwapyong-woman-shot",
        pub_date="2026-06-05",
        events=["G16-hwapyong-shooting-2026"],
        text="""NORTH WINDOW | News from inside and around North Korea
Home  News  Analysis  Economy  Human Rights  Donate

Woman shot dead in the Yalu near Hwapyong

Friday, June 5, 2026 | North Window staff

A woman in her forties was shot dead by guards while wading the Yalu near Hwapyong in late May, a source in the area told North Window.

Her body was left on the bank until the next afternoon, and residents of her village were brought to see it, the source said.

Such killings are meant to frighten others from trying. Guards who shoot people at the river are often rewarded with leave.

Tags: border, shooting, Yalu
""",
    ),
    dict(
        id="h16e33",
        url="https://koreaexplained.example/explainers/how-north-koreans-leave",
        pub_date=None,
        events=[],
        text="""KOREA EXPLAINED
Explainers | Glossary | Maps | Quizzes

How North Koreans leave: a short explainer

Updated regularly

Some 34,500 North Koreans have reached South Korea since the 1990s. The number of arrivals fell by about three quarters after 2020 and has recovered only slowly. About seven in ten arrivals are women.

Most people cross into China first. Crossing the Tumen or Yalu at night is the most dangerous part of any escape, and those caught in China are routinely sent back. A defection by a senior official would be big news; most escapees are ordinary people.

What happens if a diplomat leaves? His relatives at home could be sent to a camp, and the embassy would probably be ordered to tighten its rules.

Glossary
- Defector: a person who has left North Korea and settled elsewhere.
- Repatriation: being sent back to North Korea by another state.
- Hanawon: the South's resettlement centre for new arrivals.

Related explainers: What is the MDL? | Who runs North Korea's embassies?
""",
    ),
    dict(
        id="h16e34",
        url="https://www.koreawirepoint.example/en/northkorea/2025/09/02/naypyidaw-diplomat-caught",
        pub_date="2025-09-02",
        events=["G16-naypyidaw-attempt-2025", "G16-naypyidaw-return-2025"],
        text="""KOREA WIREPOINT
Politics | North Korea | Defense | Economy | World

N. Korean diplomat in Myanmar caught at airport while trying to flee: sources

SEOUL, Sept. 2 (KWP) - A North Korean third secretary posted in Myanmar tried to flee with his wife but was caught at the airport by the embassy's own security staff, diplomatic sources said Tuesday.

The couple were stopped at Naypyidaw's international airport on Friday, August 22, as they waited to board a flight, the sources said. They were flown to Pyongyang via Beijing under escort two days later.

Myanmar's foreign ministry had no comment. The unification ministry said it could not confirm the report.

(END)
Related: Myanmar, N. Korea mark ties anniversary
""",
    ),
    dict(
        id="h16e35",
        url="https://frontlineasia.example/2026/02/06/suzhou-restaurant-waitresses-missing",
        pub_date="2026-02-06",
        events=["G16-suzhou-missing-2026", "G16-suzhou-recall-2026"],
        text="""Frontline Asia
World | Asia | China | Human Rights | Video

Two waitresses missing from North Korean restaurant in Suzhou

6 February 2026 - 15:45 GMT+8

Two waitresses at a North Korean-run restaurant in the eastern Chinese city of Suzhou have not been seen since Sunday, January 25, people familiar with the restaurant said.

The women, both in their twenties, sang for diners most evenings. Their rooms above the restaurant were found empty the next morning.

The remaining 14 staff were ordered home in early February, and the restaurant has been shut, according to a Chinese employee. Suzhou police did not respond to questions.

Share on: Facebook | X | LinkedIn
Related: China's North Korean restaurants: who eats there?
""",
    ),
]
