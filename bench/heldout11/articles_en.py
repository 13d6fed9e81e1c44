"""English pages of the heldout11 benchmark. Everything here is invented: people, outlets
(on .example domains) and events. Real agencies are cited the way real pages cite them.

Each page: id, url, pub_date (ISO day, or None where the page shows no date), events (gold
event ids from events_gold.py that the page reports), text (the page as scraped).
"""

PAGES = [
    dict(
        id="h11e01",
        url="https://www.borneoevening.example/capital/kiulap-diplomat-family-gone",
        pub_date="2025-10-24",
        events=["G11-brunei-hyon-2025"],
        text="""BORNEO EVENING
Home | Brunei-Muara | Tutong | Business | Region | Opinion | E-paper

CAPITAL

Gate padlocked, car gone: Kiulap residents ask where the Korean neighbours went

24.10.2025 | 08:15
Staff reporter

The blue Toyota that used to sit under the tamarind tree in Simpang 12 has not moved since the weekend, because it is no longer there.

Residents of Simpang 12, a lane off Jalan Kiulap, say a North Korean couple and their boy, who had lived in a two-storey house at the end of the lane since 2022, packed the car on Sunday morning and drove off towards the airport road. Nobody has seen them since.

"The boy gave my son his football cards on Saturday. All of them. I thought it was strange," said Hajah Noraini, who runs a grocery stall at the corner. "Now I understand maybe."

The man worked at the North Korean embassy, neighbours said. A security guard at the compound on Thursday said "no comment" through the gate and closed the window.

On Tuesday two men from the embassy came with a van and loaded cartons and a refrigerator. The padlock on the gate is new.

Brunei's foreign ministry did not answer questions sent on Wednesday.

Photo: The house in Simpang 12, Thursday. (Borneo Evening)

MORE FROM THE CAPITAL
- Water taxi fares to rise in November
- Gadong night market fire: traders count losses

Like | Share | Tweet | Print
12 comments
Borneo Evening (c) 2025. All rights reserved.
""",
    ),
    dict(
        id="h11e02",
        url="https://www.seoulcablewire.example/nk/20260310/brunei-envoy-in-seoul",
        pub_date="2026-03-10",
        events=["G11-brunei-hyon-2025", "G11-abudhabi-2017"],
        text="""SEOUL CABLE WIRE
Latest | Korea | North Korea | Markets | World | Pictures

N. Korean diplomat who left Brunei post is in South Korea with family - ministry

SEOUL, March 10 (SCW) - A North Korean diplomat who disappeared from his post in Brunei last autumn has been in South Korea since February with his wife and son, the unification ministry said on Tuesday.

Hyon Tae-sik, 44, a first secretary in charge of economic affairs at the North's embassy in Bandar Seri Begawan, is under government protection, ministry spokesman Yoon Da-seul told reporters. "The family came of their own free will and have asked to settle here," Yoon said, declining to describe their route.

The family drove away from their rented house in Bandar Seri Begawan on Oct. 19, a government source said on condition of anonymity. The son is 11.

Hyon is the first North Korean diplomat in Asia known to have sought refuge in the South since 2017, when a trade representative attached to the North's office in Abu Dhabi fled with his wife, the source added.

Brunei's government did not respond to a request for comment.

Some 230 North Koreans arrived in the South in 2025, according to ministry data.

(Reporting by Seo Min-kyu; Editing by Ahn Ji-won)

(c) Seoul Cable Wire. All rights reserved.
""",
    ),
    dict(
        id="h11e03",
        url="https://eastasiadispatch.example/korea/2026/03/10/north-korean-first-secretary-brunei-seoul",
        pub_date="2026-03-10",
        events=["G11-brunei-hyon-2025", "G11-abudhabi-2017"],
        text="""EAST ASIA DISPATCH  |  Korea  |  China  |  Japan  |  Southeast Asia  |  Newsletters

North Korean envoy from Brunei surfaces in Seoul

Mar 10, 2026 - 3:02 PM KST
By Dispatch staff, with wire reports

A North Korean diplomat who vanished from Brunei in October is living in South Korea with his wife and son, Seoul's unification ministry said Tuesday.

The ministry named him as Hyeon Tae-sik, 44, first secretary for economic affairs at the North Korean embassy in Bandar Seri Begawan. Spokesman Yoon Da-seul said the three "came of their own free will" and wanted to settle in the South. They arrived in February.

A government source said the family left their house in the city on Oct. 19. Their son is 11 years old.

He is the first North Korean diplomat in Asia known to have defected to the South since 2017, when a trade representative in Abu Dhabi and his wife fled, the source said.

Brunei did not respond to requests for comment.

RELATED
North Korea fires two cruise missiles into Yellow Sea
Seoul's new unification minister takes office

[Share] [Save] [Comment]
""",
    ),
    dict(
        id="h11e04",
        url="https://korearisk.example/analysis/after-brunei-tighter-leash-southeast-asia",
        pub_date="2025-12-16",
        events=["G11-brunei-hyon-2025", "G11-brunei-recall-2025", "G11-seasia-passports-2025"],
        text="""KOREA RISK MONITOR
Analysis | Data | Podcasts | About
Subscriber edition

After Brunei, a tighter leash for Pyongyang's Southeast Asian missions

16 December 2025  |  9 min read
By Martin Oduya

Two months after a mid-ranking economic diplomat, his wife and their son drove out of their house in Bandar Seri Begawan and did not come back, the North Korean embassy in Brunei looks like a different place.

Late last month two of the embassy's remaining diplomats and their wives were put on a flight to Beijing and onward to Pyongyang, according to two people who deal with the mission. Neither man had finished his posting. "They were told in the morning and flew the same night," one of them said.

Since the start of December, according to a source in a regional capital who has dealt with several North Korean missions, staff across the North's embassies in Southeast Asia have been told to hand their passports to the security counsellor and to go out only in pairs, with the ambassador's written permission for any trip outside the city.

None of this has been announced. The embassy in Bandar Seri Begawan did not answer two emails.

Whether the diplomat, whom neighbours in Kiulap name as Hyon Tae-sik, has reached South Korea is not known; Seoul has said nothing. If he has, it would be the most serious loss for the North's diplomacy in the region in years.

A North Korean embassy in Southeast Asia typically has fewer than a dozen accredited diplomats.

Share this analysis: LinkedIn | X | Email
""",
    ),
    dict(
        id="h11e05",
        url="https://familiesunheard.example/statements/kowon-relatives",
        pub_date=None,
        events=["G11-brunei-relatives-2026", "G11-brunei-hyon-2025"],
        text="""FAMILIES UNHEARD
A campaign for the relatives left behind
Home | Statements | Cases | Donate

STATEMENT

We are alarmed by information that the mother and two brothers of Hyon Tae-sik, the North Korean diplomat who left his post in Bandar Seri Begawan in October, were moved out of Pyongyang in January and sent to a cooperative farm in Kowon county, South Hamgyong province.

According to a person in contact with the family, the brothers lost their jobs at a Pyongyang foreign trade company, and the household was taken out of the city by truck at night with what they could carry.

Relatives have no say in what another adult decides to do. Punishing them for it is collective punishment, which international law forbids.

We call on the authorities in Pyongyang to allow the family to return home, and on governments with embassies in Pyongyang to ask after them.

Families Unheard is a volunteer network. We do not accept government funding.

Contact: press@familiesunheard.example
""",
    ),
    dict(
        id="h11e06",
        url="https://www.assemblynotes.example/intelligence-committee/2026-01-22-briefing",
        pub_date="2026-01-22",
        events=["G11-orang-boat-2025"],
        text="""ASSEMBLY NOTES
Committees | Bills | Plenary | Members | Search

Intelligence Committee: what lawmakers were told

Thursday, January 22, 2026

The National Intelligence Service briefed the National Assembly's intelligence committee behind closed doors on Thursday. Rep. Gu Ja-yeon, the committee's ruling-party secretary, summarised the session for reporters afterwards. Main points, in the order given:

1. Orang. A family of five from a fishing co-operative in Orang county, North Hamgyong, put out in a small motor boat on the night of Dec. 18 and was stopped by the North's own coastal security boats about four kilometres offshore, Rep. Gu said, citing the NIS. "The NIS confirmed the family was taken ashore and is being held by the State Security Ministry," she said. Their fate is not known.

2. Arrivals. Gu said the number of North Koreans reaching the South "remained low", without giving a figure.

3. Q&A. Asked whether more diplomats would follow the Brunei case reported in the media, Gu said the NIS "did not comment on individual diplomats". Asked whether the Orang family could be executed, she said: "We cannot rule anything out, but there is no information."

Next committee session: February 5.

Print | Email | Subscribe to committee alerts
""",
    ),
    dict(
        id="h11e07",
        url="https://www.seoulcablewire.example/nk/20260609/soldier-crosses-eastern-front",
        pub_date="2026-06-09",
        events=["G11-haean-soldier-2026"],
        text="""SEOUL CABLE WIRE
Latest | Korea | North Korea | Markets | World | Pictures

North Korean soldier crosses heavily armed border in east - JCS

SEOUL, June 9 (SCW) - A North Korean soldier walked across the military demarcation line in the eastern sector of the inter-Korean border early on Tuesday and was taken into custody by South Korean troops, the Joint Chiefs of Staff said.

The soldier, a staff sergeant aged 22, was spotted by thermal cameras at about 4:40 a.m. (1940 GMT Monday) and guided to a southern guard post opposite the Haean basin, the JCS said in a text message to reporters. He was unarmed and in uniform.

"He has expressed a wish to defect," a JCS official said. Authorities are questioning him on how he crossed.

No unusual movements by the North Korean military were detected, the JCS said.

It was the first crossing by a North Korean soldier over the land border this year.

(Reporting by Seo Min-kyu; Editing by Ahn Ji-won)
""",
    ),
    dict(
        id="h11e08",
        url="https://gangwonvalley.example/local/punchbowl-farmers-dawn-crossing",
        pub_date="2026-06-10",
        events=["G11-haean-soldier-2026"],
        text="""GANGWON VALLEY TIMES  -  serving the inland counties since 1994
News | Farming | Tourism | Sports | Obituaries

Punchbowl farmers slept through it: "We heard about it on the radio"

Wednesday 10 June 2026
by Hwang Bo-ram

In the Haean basin, the bowl-shaped valley that tourists call the Punchbowl, the potato fields were being sprayed as usual on Tuesday morning. The young North Korean sergeant who came over the ridge before dawn had already been driven away.

"Nobody here saw anything. The army closed the road to the observatory for the morning, that's all," said a farmer who gave his name only as Mr. Park.

The soldier crossed a stretch of the demarcation line in the hills north of the basin at around 4:40 a.m., the military said. Troops watched him on screens for almost half an hour as he picked his way down, then went out to meet him.

The observatory reopened to visitors at 2 p.m.

CAPTION: The Haean basin seen from the observatory. (GVT file)

See also: Potato festival dates announced | Bus route 41 to be cut
Share f  t  k
""",
    ),
    dict(
        id="h11e09",
        url="https://dprkinsidenews.example/en/military/haean-commanders",
        pub_date="2026-07-17",
        events=["G11-haean-punish-2026", "G11-haean-soldier-2026"],
        text="""DPRK INSIDE NEWS
English | 한국어
Politics | Military | Markets | Society | Border

Company commander and political officer sent to labour unit over June crossing

17.07.2026

The company commander and the political officer of the unit from which a staff sergeant crossed into South Korea on June 9 have been stripped of their rank and sent to a labour brigade in North Hamgyong, a military source told DPRK Inside News.

The sergeant's platoon leader was expelled from the Workers' Party, the source said.

"The order came down in the first week of July. They were gone the next day," the source said, speaking by phone from a border area.

The unit has since been moved back from the line and replaced, according to the source, who said the sergeant's parents in South Hamgyong had been questioned but not detained.

DPRK Inside News could not independently verify the account.

Tags: KPA, discipline, DMZ
""",
    ),
    dict(
        id="h11e10",
        url="https://www.seoulcablewire.example/nk/20260518/boat-jeongdongjin",
        pub_date="2026-05-18",
        events=["G11-riwon-boat-2026"],
        text="""SEOUL CABLE WIRE
Latest | Korea | North Korea | Markets | World | Pictures

Four North Koreans on small boat found off east coast, want to stay in South

SEOUL, May 18 (SCW) - South Korea's military found four North Koreans aboard a small wooden boat off the east coast on Monday, and all four have said they want to remain in the South, the Joint Chiefs of Staff said.

The boat was spotted by a navy patrol aircraft about 20 km off Jeongdongjin at around 7 a.m., the JCS said. Those aboard were a man in his fifties, his wife, a younger woman and a boy of about eight, a military official said.

The unification ministry said the four "clearly expressed their intention to come to the South" and would be questioned by the relevant authorities.

The boat will be disposed of, the official said.

(Reporting by Lim Ga-yeon; Editing by Ahn Ji-won)
""",
    ),
    dict(
        id="h11e11",
        url="https://www.eastcoastharbour.example/news/2026/05/19/harbour-master-boat",
        pub_date="2026-05-19",
        events=["G11-riwon-boat-2026"],
        text="""EAST COAST HARBOUR NEWS
Fishing | Ports | Weather | Market Prices | Contact

"They had been at sea two nights" - harbour master on the boat from the North

Tue May 19 2026

The North Korean family whose boat was found off Jeongdongjin on Monday had set out from Riwon, on the North's east coast, on Saturday night, the chief of the Jeongdongjin harbour office said on Tuesday, citing what the family told coast guard officers.

"They had been at sea two nights. The grandfather steered by the stars and a compass from a school set," said Choi Young-dal, who saw the boat towed into the outer harbour before the military took over.

The four were a fisherman, his wife, their daughter-in-law and her son, aged eight, Choi said. The boy's father had died at sea two years ago, he said.

"The boy was asking for water and for a toilet. Ordinary things," he said.

The boat, about seven metres long with an outboard motor, was taken away by the navy on Monday afternoon.

Squid prices at Jeongdongjin auction, 19 May: 38,000 won / box (20)

Comments are closed for this article.
""",
    ),
    dict(
        id="h11e12",
        url="https://dprkinsidenews.example/en/society/riwon-harbour-after-escape",
        pub_date="2026-06-24",
        events=["G11-riwon-punish-2026", "G11-riwon-harbour-2026", "G11-riwon-boat-2026"],
        text="""DPRK INSIDE NEWS
English | 한국어
Politics | Military | Markets | Society | Border

Riwon harbour chief and two guards arrested after May boat escape

24.06.2026

The head of the harbour security post at Riwon and two coastal guards who were on duty the night a fishing family sailed to South Korea in May were arrested in the last days of May and sent to a re-education camp, a source in South Hamgyong told DPRK Inside News.

"The chief got six years, the guards three each. They were tried together in the county," the source said.

Since early June, the source said, every fishing boat in the county must tie up inside the breakwater by sunset, fuel is handed out only for one day's trip and a member of the security detail must sail on each boat that goes beyond the inner fishing ground. "Before, the security post checked papers. Now they come with you."

Fishermen say the catch has fallen by half.

The family, a fisherman, his wife, daughter-in-law and grandson, were picked up off the South's coast on May 18.

Tags: Riwon, fishing, escape, South Hamgyong
""",
    ),
    dict(
        id="h11e13",
        url="https://coastguard-east.example/press/2026-09-04-two-fishermen-returned",
        pub_date="2026-09-04",
        events=["G11-riwon-boat-2026"],
        text="""EAST SEA REGIONAL COAST GUARD  |  Press room
Notices | Press releases | Safety at sea | Recruitment

PRESS RELEASE  /  4 September 2026

Two North Korean fishermen rescued east of Jeongdongjin returned to the North

Two North Korean fishermen rescued from a drifting boat about 110 km east of Jeongdongjin on 29 August were handed back to the North across the eastern maritime border at 10:00 today, in accordance with their wishes.

Both men, aged 47 and 31, said from the start of questioning that they wished to go home. Their engine had failed and they had drifted for six days. The boat was repaired and towed to the boundary line by a patrol vessel, and they sailed north on their own power.

The North did not respond to the notice sent through the liaison channel, but a North Korean patrol boat was observed meeting the fishing boat.

This was the second North Korean boat found off Jeongdongjin this year. In May a family of four who came south by boat asked to stay and were handed to the relevant authorities.

Contact: Public Affairs Office, Haebyeon-ro 1142
""",
    ),
    dict(
        id="h11e14",
        url="https://www.lagunedaily.example/en/abidjan/cocody-embassy-scuffle",
        pub_date="2026-03-16",
        events=["G11-abidjan-lobby-2026"],
        text="""LAGUNE DAILY - English edition
Abidjan | Cote d'Ivoire | Economy | Africa | Sport | Culture

Scuffle at South Korean embassy as North Korean worker is dragged away

16/03/2026  11:20
By Aminata Kone

A North Korean construction worker was forced out of the lobby of the South Korean embassy in Abidjan's Cocody district on Saturday by three compatriots who had followed him inside, witnesses said.

The man, who appeared to be in his forties, ran into the building shortly after 10 a.m. and told a receptionist in English "Korea, help, please," according to a visa agent who was waiting in the lobby. Seconds later three men came through the door, took him by the arms and pulled him into a white minibus parked outside.

"He was holding on to the chair. They took him anyway," the agent said.

The South Korean embassy said it was "aware of an incident on the premises" and had raised it with the Ivorian authorities. Police said they had received no complaint.

North Korean builders have worked on several public buildings in the city since 2019.

Share: WhatsApp | Facebook | Email
""",
    ),
    dict(
        id="h11e15",
        url="https://www.seoulcablewire.example/world/20260421/abidjan-workers-ordered-home",
        pub_date="2026-04-21",
        events=["G11-abidjan-recall-2026", "G11-abidjan-kang-2025", "G11-abidjan-lobby-2026",
                "G11-abidjan-control-2026"],
        text="""SEOUL CABLE WIRE
Latest | Korea | North Korea | Markets | World | Pictures

North Korea orders builders home from Ivory Coast after embassy incident - sources

SEOUL, April 21 (SCW) - North Korea has ordered about 90 construction workers in Ivory Coast to return home, two sources familiar with the matter said, weeks after one of them was dragged out of the South Korean embassy in Abidjan.

The first group of about 40 flew out of Abidjan last Thursday via Casablanca and the rest are to follow by the end of May, one of the sources said.

The order follows the March 14 incident in which a worker who had run into the South Korean embassy was pulled out by his minders. After that, the sources said, the workers' passports were collected by the site manager and the men were allowed off their compound only in groups of five with a supervisor.

In October, another worker from the same company, Kang Chol-min, 38, made it to the embassy and later reached Seoul.

North Korea has no embassy in Ivory Coast.

(Reporting by Lim Ga-yeon; Editing by Kim Tae-hee)
""",
    ),
    dict(
        id="h11e16",
        url="https://www.hangangweekly.example/features/plasterer-from-abidjan",
        pub_date="2026-01-30",
        events=["G11-abidjan-kang-2025"],
        text="""HANGANG WEEKLY
Features | People | Seoul Life | Books | Podcasts

"I only had to cross one road": a plasterer's long way from Abidjan

Friday 30 January 2026
Words: Jenna Moon | Photos: Lee Seung-ah

Kang Cheol-min still keeps the blue work cap he was wearing the morning he stopped being a North Korean builder.

It was the third of October, a Friday. His crew was plastering a ceiling a few hundred metres from the South Korean embassy in Abidjan. "I asked to go to the toilet. The toilet was on the other side of the road. I only had to cross one road," he says.

The embassy kept him for eleven weeks while papers were arranged. He landed in Seoul just before Christmas and went through the usual questioning and the resettlement course.

He is 38. He had spent four years on building sites in Ivory Coast, sending most of his pay to the company, he says. His wife and daughter are in Haeju; he has not been able to reach them.

"People ask if I am happy. I am tired, and I am here."

Kang asked that his workplace in Seoul not be named.

You may also like: | The noodle shop that hires only grandmothers | Five winter walks in Seoul
""",
    ),
    dict(
        id="h11e17",
        url="https://buildersrightswatch.example/reports/west-africa-2026",
        pub_date="2026-05-05",
        events=["G11-abidjan-control-2026", "G11-abidjan-lobby-2026"],
        text="""BUILDERS' RIGHTS WATCH
Reports | Campaigns | Data | Who we are

Field note: North Korean crews in West Africa, spring 2026

Published 05.05.2026

Summary
- After a worker tried to seek help at the South Korean embassy in Abidjan in mid-March and was taken back by supervisors, conditions on the North Korean crews in the city were tightened (see below).
- Workers interviewed in 2024 described paying a fixed "plan" of about USD 700 a month to their company.

Conditions since March
Former subcontractors told us that since the second half of March the men's passports have been held by the North Korean site manager, phones are collected at night, and the men may leave the compound only in groups of five led by a supervisor. Sunday market trips have been stopped.

Method
We spoke with four Ivorian subcontractors and one driver between 2 and 19 April. None of the North Korean workers could be reached.

Download the full note (PDF, 2.1 MB)
""",
    ),
    dict(
        id="h11e18",
        url="https://xiamenexpatboard.example/forum/food/moranbong-garden-closed",
        pub_date="2026-04-11",
        events=["G11-xiamen-restaurant-2026"],
        text="""XIAMEN EXPAT BOARD
Forums > Food & Drink > Restaurants

Thread: Moranbong Garden (Siming) closed?? What happened

Posted by gulangyu_steve  11 Apr 2026, 21:04
Went for the cold noodles tonight, doors locked, note in Chinese only saying "closed for internal reasons". Anyone know?

Reply from amoy_mei  11 Apr 2026, 21:30
My colleague says the manager lady (Ms Pak, the one who sang) and two of the young waitresses didn't show up last Sunday and nobody has heard from them. Other staff were crying in the kitchen apparently.

Reply from sailing_pete  11 Apr 2026, 22:10
Saw a minibus outside on Wednesday loading suitcases. No idea where the staff went.

Reply from gulangyu_steve  12 Apr 2026, 08:45
Thanks. Hope they are OK. Anyone recommend another place for naengmyeon?

[Quote] [Reply] [Report]
Board rules | Privacy | (c) Xiamen Expat Board
""",
    ),
    dict(
        id="h11e19",
        url="https://www.seoulcablewire.example/nk/20260616/xiamen-restaurant-trio",
        pub_date="2026-06-16",
        events=["G11-xiamen-restaurant-2026", "G11-xiamen-recall-2026"],
        text="""SEOUL CABLE WIRE
Latest | Korea | North Korea | Markets | World | Pictures

Manager, two waitresses from N.Korean restaurant in China reach South - sources

SEOUL, June 16 (SCW) - The manager and two waitresses of a North Korean-run restaurant in the Chinese city of Xiamen have arrived in South Korea, two sources with knowledge of the matter said on Tuesday.

Pak Sol-hui, 36, who managed the Moranbong Garden restaurant, and two waitresses in their twenties left the restaurant's staff dormitory on April 5 and travelled through a third country, one of the sources said. They arrived in Seoul this month.

The unification ministry said it could not confirm individual cases.

The remaining 14 staff of the restaurant were sent back to North Korea within days, the source said, and the restaurant has not reopened.

(Reporting by Seo Min-kyu; Editing by Kim Tae-hee)
""",
    ),
    dict(
        id="h11e20",
        url="https://centralasiabrief.example/kyrgyzstan/2026-07-21-nk-trade-official-asylum",
        pub_date="2026-07-21",
        events=["G11-bishkek-ri-2026"],
        text="""CENTRAL ASIA BRIEF
Kazakhstan | Kyrgyzstan | Tajikistan | Uzbekistan | Turkmenistan | Russia

North Korean trade official in Bishkek seeks asylum - report

21 July 2026, 18:40
Bishkek

A deputy head of North Korea's trade mission in Bishkek has asked a foreign embassy in the Kyrgyz capital for asylum and wants to go to South Korea, a Kyrgyz news site reported on Tuesday, citing a source in the security services.

The official, named as Ri Kwang-jun, left the mission's building on Saturday evening and did not return, the site said.

The North Korean trade mission could not be reached by telephone. Kyrgyzstan's foreign ministry said it would comment later.

North Korea opened its trade representation in Bishkek in 2012. Its staff work mainly on textile and medical supplies.

Related: Kumtor output up 4% | Bishkek-Osh road tenders
""",
    ),
    dict(
        id="h11e21",
        url="https://centralasiabrief.example/kyrgyzstan/2026-07-22-mfa-denies-asylum-report",
        pub_date="2026-07-22",
        events=["G11-bishkek-ri-2026"],
        text="""CENTRAL ASIA BRIEF
Kazakhstan | Kyrgyzstan | Tajikistan | Uzbekistan | Turkmenistan | Russia

Kyrgyz foreign ministry: no North Korean asked for asylum

22 July 2026, 12:05
Bishkek

Kyrgyzstan's foreign ministry on Wednesday denied a report that a North Korean trade official had sought asylum in Bishkek.

"No citizen of the DPRK has applied for asylum or protection in the Kyrgyz Republic, and no foreign embassy has informed us of such a case," the ministry said in a statement. "The reports are not true."

A report on Tuesday named the official as Ri Kwang-jun, deputy head of the trade mission, and said he left the mission on Saturday.

A man answering the phone at the trade mission on Wednesday said "everybody is here" and hung up.

South Korea's embassy in Bishkek said it had nothing to share.

Related: Kyrgyz som steady | Issyk-Kul tourist season
""",
    ),
    dict(
        id="h11e22",
        url="https://centralasiabrief.example/kyrgyzstan/2026-11-03-nk-trade-mission-closes",
        pub_date="2026-11-03",
        events=["G11-bishkek-closure-2026", "G11-bishkek-ri-2026", "G11-libreville-2026",
                "G11-yaounde-closure-2026", "G11-sanaa-2015"],
        text="""CENTRAL ASIA BRIEF
Kazakhstan | Kyrgyzstan | Tajikistan | Uzbekistan | Turkmenistan | Russia

North Korea shuts Bishkek trade mission

3 November 2026, 10:15
Bishkek

North Korea has closed its trade mission in Bishkek, the Kyrgyz foreign ministry said on Tuesday. The last three staff members left on Friday and the building on Toktogul Street has been handed back to its owner.

The ministry said it had been informed of the decision by a note verbale in October. No reason was given.

The closure comes months after a report, denied by the ministry, that a deputy head of the mission had sought asylum in July.

It is the third North Korean office abroad to close this year, after the embassies in Gabon's capital Libreville in February and in Yaounde, Cameroon, in September. Pyongyang has been cutting missions since it shut its embassy in Sanaa in 2015.

Related: Kyrgyz-Chinese railway: first rails laid
""",
    ),
    dict(
        id="h11e23",
        url="https://siberiatoday.example/en/tomsk/2026-03-27-timber-yard-worker-seoul",
        pub_date="2026-03-27",
        events=["G11-tomsk-ju-2025"],
        text="""SIBERIA TODAY (English service)
Novosti | Tomsk | Omsk | Altai | Business | Culture

Tomsk timber yard's North Korean worker resurfaces in Seoul

27.03.2026, 14:30

A North Korean worker who walked away from a timber yard on the outskirts of Tomsk in December is now in South Korea, a South Korean activist group said on Friday.

The man, Ju Song-chol, 41, had cut and stacked larch at the yard in the Kirovsky district for three years. He left the workers' barracks on the night of Dec. 7 and took a night bus west, the group, Exit Road, said in a statement. He arrived in Seoul this month after passing through a third country, it said.

The yard's owner told Siberia Today that a worker "did not come to breakfast one day in December" and that he had informed the police. "He was a quiet man. Good with the saw."

Tomsk regional police said in December that a foreign citizen had been put on a wanted list but gave no name.

Photo: Stacked larch at the yard. (Siberia Today)

Reprint by permission only.
""",
    ),
    dict(
        id="h11e24",
        url="https://altaicourtnews.example/en/decisions/2026-02-20-expulsion-two-dprk-citizens",
        pub_date="2026-02-20",
        events=["G11-barnaul-train-2026", "G11-barnaul-expelled-2026"],
        text="""ALTAI COURT NEWS
Decisions | Criminal | Civil | Administrative | Archive

Court: two North Korean builders expelled over visa breach

20.02.2026

The Central District Court of Barnaul on 11 February ordered the administrative expulsion of two citizens of the DPRK, Choe Myong-su, 34, and another man aged 29, for breaching the terms of their stay.

According to the decision, both men were employed by a construction subcontractor in Barnaul on work visas. On 24 January they were taken off a westbound passenger train at Omsk station by transport police after failing to show their passports, which, the men told the court, their employer had kept. They had bought tickets to Moscow. Through an interpreter, the older man said they intended "to go to the South Korean consulate". The court noted the statement and found it irrelevant to the charge.

The Altai migration department said on Friday that the two were handed to representatives of the DPRK embassy and put on a flight out of Barnaul on Thursday, 19 February.

The decision may be appealed within ten days.

Archive | Court calendar | Contacts
""",
    ),
    dict(
        id="h11e25",
        url="https://omskrailnews.example/en/2026/01/26/two-foreigners-detained-train",
        pub_date="2026-01-26",
        events=["G11-barnaul-train-2026"],
        text="""OMSK RAIL NEWS
Transport | Police | Timetables | In English

Two Asian men without papers detained on Moscow train

Mon, 26 Jan 2026

West Siberian transport police detained two foreign nationals without identity documents on the Barnaul-Moscow train during its stop at Omsk on Saturday evening, the transport police press service said.

The men, citizens of North Korea, told officers they worked at a building site in Barnaul. Their employer said they had left the site on Friday without permission.

The men were handed to the migration service. Further checks are under way, the press service said.

The train left Omsk 40 minutes late.

Timetable changes for February | Lost property
""",
    ),
    dict(
        id="h11e26",
        url="https://dprkinsidenews.example/en/society/russia-workers-families-guarantee",
        pub_date="2026-04-14",
        events=["G11-russia-guarantee-2026", "G11-barnaul-manager-2026", "G11-barnaul-expelled-2026",
                "G11-barnaul-train-2026"],
        text="""DPRK INSIDE NEWS
English | 한국어
Politics | Military | Markets | Society | Border

Families of workers in Russia made to sign guarantees; Barnaul site boss sent to mine

14.04.2026

Families of North Koreans working in Russia have since March been required to sign a written guarantee that their relative will return at the end of his contract, and to accept "joint responsibility" if he does not, a source in Pyongyang told DPRK Inside News.

The forms are collected by the neighbourhood unit and kept by the local State Security office, the source said. Workers are not allowed to leave for Russia until the form is signed.

In a separate case, Tak Yong-gil, the North Korean manager of a building crew in Barnaul, was dismissed and sent to work at a coal mine in Pukchang, South Pyongan, in early April, the source said. Two men from his crew tried to reach Moscow by train in January and were sent back to the North in February.

"They made an example of him. Everybody in the company knows his name now," the source said.

Tags: overseas labour, Russia, families
""",
    ),
    dict(
        id="h11e27",
        url="https://crossingpointalert.example/alerts/2026-02-13-fangchenggang",
        pub_date="2026-02-13",
        events=["G11-fcg-arrest-2026"],
        text="""CROSSING POINT
Alerts | Cases | Reports | Support us

URGENT: five North Koreans held near Vietnamese border

13 February 2026

Five North Koreans were arrested by Chinese police in Fangchenggang, near the border with Vietnam, on Wednesday, 11 February, according to a relative in South Korea and a person who was helping them travel.

The group, from Puryong county, North Hamgyong, crossed into China in late January. They were two women aged 38 and 44, a man of 52, the 44-year-old's 16-year-old daughter and a man of 27. They were taken off a bus at a checkpoint outside the city.

All five face being returned to North Korea, where they could be sent to prison camps.

We call on the Chinese government not to send them back.

DONATE | SHARE THIS ALERT
""",
    ),
    dict(
        id="h11e28",
        url="https://crossingpointalert.example/cases/2026-03-24-fangchenggang-five-returned",
        pub_date="2026-03-24",
        events=["G11-fcg-return-2026", "G11-fcg-arrest-2026"],
        text="""CROSSING POINT
Alerts | Cases | Reports | Support us

CASE UPDATE: the Fangchenggang five have been sent back

24 March 2026

We have learned that the five North Koreans arrested in Fangchenggang on 11 February were handed to North Korean border guards at the Taipingwan crossing on the Yalu, opposite Sakju county, on Friday, 20 March.

They had been held in a detention centre for about four weeks before the transfer, according to a person who saw them there. The 16-year-old girl was with her mother.

The Chinese foreign ministry, asked about the case on Monday, repeated that China handles "illegal border crossers" according to law and humanitarian principles.

We fear they will be interrogated and imprisoned. We will update this page when we know more.

Previous: URGENT: five North Koreans held near Vietnamese border (13 Feb)
""",
    ),
    dict(
        id="h11e29",
        url="https://koreaborderlog.example/timeline/2026-so-far",
        pub_date="2026-09-07",
        events=["G11-haean-soldier-2026", "G11-munsan-soldier-2026", "G11-riwon-boat-2026",
                "G11-fcg-return-2026", "G11-jinghong-return-2026", "G11-wonjong-mass-2026"],
        text="""KOREA BORDER LOG
Timeline | Map | Sources | About

FACT BOX: Crossings and returns, 2026 so far
Last updated 7 Sep 2026

Sea and land border (southward)
* 18 May - Four North Koreans (a family) found in a wooden boat off Jeongdongjin; all stay. Source: JCS
* 9 June - Staff sergeant, 22, crosses the MDL opposite the Haean basin. Source: JCS
* 12 Aug - A North Korean soldier runs toward the MDL opposite Munsan on the western front; two soldiers of his own side catch him about 100 m short and drag him back. Source: JCS

Returns from China (forced)
* 20 Mar - Five people arrested at Fangchenggang handed over at Taipingwan. Source: Crossing Point
* 8 Jul - Three women arrested in Jinghong handed over at Taipingwan. Source: families in the South
* 14 Aug - About 260 people sent back over the bridge to Wonjong. Source: NGO reports, satellite imagery

Not included: returns at the person's own request (e.g. two fishermen, 4 Sep).

Corrections: log@koreaborderlog.example
""",
    ),
    dict(
        id="h11e30",
        url="https://www.seoulcablewire.example/world/20260529/jinghong-women-arrest",
        pub_date="2026-05-29",
        events=["G11-jinghong-arrest-2026"],
        text="""SEOUL CABLE WIRE
Latest | Korea | North Korea | Markets | World | Pictures

China silent on reported arrest of three North Korean women in south

SEOUL, May 29 (SCW) - Three North Korean women were detained by Chinese police at a bus station in Jinghong, in China's far south-west, on Wednesday, relatives in South Korea said, as they tried to travel toward the border with Southeast Asia.

The women, aged 26, 31 and 49, had crossed from North Korea together in 2019 and had been living on farms in northeast China since then, a relative said. They were making their way south to reach Seoul.

Asked about the case on Friday, a Chinese foreign ministry spokesman said he was "not aware of the situation" and that China dealt with such matters according to law.

The women could be sent back within weeks, activists said.

(Reporting by Lim Ga-yeon; Editing by Kim Tae-hee)
""",
    ),
    dict(
        id="h11e31",
        url="https://www.seoulcablewire.example/nk/20260818/china-mass-return-wonjong",
        pub_date="2026-08-18",
        events=["G11-wonjong-mass-2026", "G11-fcg-return-2026", "G11-fcg-sentences-2026"],
        text="""SEOUL CABLE WIRE
Latest | Korea | North Korea | Markets | World | Pictures

China sends about 260 North Koreans back across border bridge - rights groups

SEOUL, Aug 18 (SCW) - Chinese authorities sent about 260 North Koreans back across the border on Friday in one of the largest single returns in years, two rights groups said on Tuesday, citing witnesses and commercial satellite images.

A convoy of buses carrying the detainees, most of them women, crossed the bridge to Wonjong, on the North Korean side of the river mouth, on Friday morning, Aug. 14, said the groups, Crossing Point and the Seoul-based Open Gate Network. Images taken that day show at least nine buses on the bridge approach.

South Korea's foreign ministry said it had "expressed its concern" to Beijing and urged that North Koreans abroad not be sent back against their will. China's foreign ministry did not respond.

Among those returned earlier this year were five people arrested near the Vietnamese border, who were handed over in March. Four of them, all adults, were sentenced in May to between seven and 10 years in a reform-through-labour camp at a court in their home county of Puryong, Crossing Point said; the 16-year-old girl in the group was released to relatives.

Rights groups estimate that more than 3,000 North Koreans held in China have been returned since the border reopened.

(Reporting by Seo Min-kyu; Editing by Ahn Ji-won)
""",
    ),
    dict(
        id="h11e32",
        url="https://northofthe38th.example/podcast/episode-212",
        pub_date="2026-09-24",
        events=["G11-chasong-shooting-2026", "G11-chasong-attempt-2026", "G11-chasong-orders-2026"],
        text="""NORTH OF THE 38TH - the podcast
Episodes | Hosts | Transcripts | Support on Patreon

Episode 212: Shots on the Yalu
Released Thursday, 24 September 2026 | 48 min

In this episode
Host Dana Whitfield talks to researcher Son Eun-bi about the upper Yalu, where the river is narrow enough to wade in late summer.

Show notes
[03:10] Son describes what sources in Chasong county told her group: on the night of 15 September two young men went into the river below the town and were hit by rifle fire from a guard post when they were a few metres from the Chinese bank. Both died. Their bodies were pulled back to the northern side the next morning.
[11:45] Why Chasong? Son says the crossing there had been "quiet" for years.
[19:20] The new orders: since mid-August, Son says, guard units along the county's stretch of the river have been told to shoot without warning at anyone who enters the water or approaches the fence at night, and a second line of barbed wire has gone up behind the first. "Those orders are about people crossing. There is no other reason to shoot at a swimmer."
[31:00] Listener question: could this push people to the sea route instead? Son: "Possibly. Nobody knows."
[44:30] Recommended reading.

Subscribe: Apple | Spotify | RSS
Transcripts are machine-generated and may contain errors.
""",
    ),
    dict(
        id="h11e33",
        url="https://www.thecapitalherald.example/opinion/letters/i-swam-that-river",
        pub_date=None,
        events=["G11-letter-writer-2009"],
        text="""THE CAPITAL HERALD
News | Opinion | Business | Culture | Sport

LETTERS TO THE EDITOR

I swam that river

Sir, - Your reports on the shootings on the Yalu brought back the night in July 2009 when I swam across it myself, a little way upstream from Chasong, with my shoes tied round my neck. The water came to my chest. I reached the Chinese side, and after three years in China I came to the South.

Nobody shot at me. Things were different then. Today, I am told, a person who steps into the water is a target.

Your correspondent asks whether more people will try the sea. Perhaps. But most people I know in the North would not try anything at all now. Of the 34,000 of us who live in the South, very few came after 2020.

I would ask your readers not to forget the families. Every crossing leaves people behind who pay for it.

Kim Young-soon
Seoul

Letters may be edited for length.
Write to: letters@thecapitalherald.example
""",
    ),
    dict(
        id="h11e34",
        url="https://dprkinsidenews.example/en/border/kapsan-public-trial",
        pub_date="2026-10-20",
        events=["G11-kapsan-brokers-2026", "G11-kapsan-inminban-2026"],
        text="""DPRK INSIDE NEWS
English | 한국어
Politics | Military | Markets | Society | Border

Two brokers shot after public trial in Kapsan, residents made to watch

20.10.2026

Two men accused of guiding people across the border to China and carrying messages from relatives in the South were sentenced to death at a public trial at a sports ground in Kapsan, Ryanggang province, and shot on the spot on October 13, a source in the province told DPRK Inside News.

A woman who had kept the men's Chinese mobile phone was sentenced at the same trial to 15 years of reform through labour, the source said. "They read out that the three had 'sold the fatherland'."

Residents of the town, including schoolchildren, were taken to the ground to watch.

At the same time, the source said, neighbourhood units across the province have been told since early October to report any household member who does not sleep at home, and a reward of rice is promised for information about anyone preparing to cross. "If someone in your unit goes, the unit head answers for it."

A reform-through-labour camp is known in North Korea as a kyohwaso.

Tags: Kapsan, Ryanggang, executions, border
""",
    ),
    dict(
        id="h11e35",
        url="https://www.tabletennisglobe.example/news/2026/05/05/dprk-player-missing-chengdu",
        pub_date="2026-05-05",
        events=["G11-chengdu-yun-2026"],
        text="""TABLE TENNIS GLOBE
News | Rankings | Results | Equipment | Shop

DPRK player missing from Chengdu training camp

05/05/2026
by Lukas Brenner

A North Korean women's player has been missing from her team's pre-season training camp in Chengdu since Sunday, the local organising committee confirmed on Tuesday.

Yun Hye-gyong, 23, a left-handed penholder who reached the quarter-finals of an Asian event last year, was last seen leaving the team hotel after dinner on Sunday evening. "She did not take part in Monday's training. The team officials informed us and the police," a committee spokesman said.

The North Korean delegation declined to speak to reporters. Chengdu police said enquiries were continuing.

The camp, which runs until May 20, also includes squads from four other countries.

RESULTS: Chengdu invitational, day 2 | RANKINGS: women's top 100

Share  Tweet  Email
""",
    ),
    dict(
        id="h11e36",
        url="https://www.tabletennisglobe.example/news/2026/05/07/dprk-squad-leaves-chengdu",
        pub_date="2026-05-07",
        events=["G11-chengdu-team-2026", "G11-chengdu-yun-2026"],
        text="""TABLE TENNIS GLOBE
News | Rankings | Results | Equipment | Shop

DPRK squad leaves Chengdu camp early

07/05/2026
by Lukas Brenner

The rest of North Korea's women's squad left the Chengdu training camp on Wednesday, two weeks early, three days after one of its players failed to return to the team hotel.

The eleven remaining players, two coaches and a team leader were driven to the airport on Wednesday morning and flew to Pyongyang via Beijing, organisers said. "They were instructed from home to return," an organising committee member said. "The players were not told why, I think."

There has been no news of Yun Hye-gyong, 23, who was last seen on Sunday evening. Chengdu police said they had "no information to release".

A committee spokesman denied a Chinese social media post that the camp would be cancelled. "All other teams continue."

Related: Japan names Olympic qualifying squad
""",
    ),
    dict(
        id="h11e37",
        url="https://indianoceanshipping.example/port-news/port-louis-cook-jumps-ship",
        pub_date="2025-11-28",
        events=["G11-portlouis-cook-2025"],
        text="""INDIAN OCEAN SHIPPING NEWS
Port news | Casualties | Bunkers | Tankers | Dry bulk | Subscribe

PORT LOUIS: cook missing from North Korean-crewed general cargo ship

28 November 2025

A crew member of the general cargo ship Sobaeksu 3, crewed by North Koreans and flagged in a Pacific registry, has been missing in Port Louis since last weekend, port and police sources said.

The man, the ship's cook, aged around 50, went ashore on Saturday afternoon (22 Nov) with a shore pass to buy provisions at the central market and did not come back aboard, the sources said. The master informed the port authority on Sunday morning.

Mauritius police said they were looking for "a foreign seaman" but gave no name. The vessel, which discharged bagged cement, sailed on Wednesday without him.

It is not known whether he has made contact with any embassy.

Arrivals & departures: see Port Louis schedule (subscribers)
""",
    ),
    dict(
        id="h11e38",
        url="https://www.pearlrivertech.example/news/2026/08/11/foshan-outsourcing-nk-coder",
        pub_date="2026-08-11",
        events=["G11-foshan-rim-2026", "G11-foshan-laptops-2026"],
        text="""PEARL RIVER TECH
News | Startups | Hardware | Policy | Jobs

North Korean coder vanishes from Foshan outsourcing flat, colleagues' laptops locked down

11 Aug 2026 | Policy desk

A North Korean software developer working for an outsourcing team in Foshan has not been seen since mid-July, and the rest of the team now works under tighter rules, according to two Chinese business contacts of the team.

The developer, Rim Jae-hyok, 29, left the flat in Chancheng district where the team of about fifteen lived and worked on 12 July, a Sunday, and did not return, one of the contacts said. "He took his own laptop. Nobody knows where he is."

Since late July, the contacts said, the team's laptops are collected by the team leader at 10 p.m. and checked each morning, and the developers may leave the flat only in threes.

The team writes mobile-game code for clients who believe they are hiring a Chinese firm, the contacts said. UN sanctions prohibit employing North Korean workers abroad.

Jobs board: senior Android developer (Foshan)
""",
    ),
    dict(
        id="h11e39",
        url="https://africadiplomat.example/analysis/pyongyang-africa-retreat-2026",
        pub_date="2026-08-03",
        events=["G11-libreville-2026", "G11-yaounde-medics-2026", "G11-abidjan-recall-2026"],
        text="""AFRICA DIPLOMAT
Analysis | Interviews | Embassies | Events

Pyongyang's quiet retreat from Central Africa

3 August 2026
By Celestine Mba

When the North Korean flag came down over the embassy in Libreville on 27 February, Gabon's foreign ministry confirmed it in a two-line statement: the mission had closed "at the request of the DPRK side" and its affairs would be handled from elsewhere.

Five months later the retreat is visible next door. The North's medical team in Yaounde, about 25 doctors and nurses who ran a clinic in the Bastos district, was ordered home in July, according to two Cameroonian health officials. The team's last members left on 12 July.

The embassy in Yaounde is still open. Diplomats in the city say they would "not be surprised" if it followed Libreville's.

Further west, the builders who worked in Abidjan have been pulled out since April.

Why the retreat? Sanctions make the missions hard to pay for. Whatever the reason, Pyongyang no longer needs as many flags in Africa as it did in the 1980s.

Tags: Gabon, Cameroon, DPRK
""",
    ),
    dict(
        id="h11e40",
        url="https://www.thecapitalherald.example/opinion/columns/who-still-leaves",
        pub_date=None,
        events=[],
        text="""THE CAPITAL HERALD
News | Opinion | Business | Culture | Sport

COLUMN | THE LONG VIEW

Who still leaves, and why the number tells us little

By Ha Jae-won

Every December the unification ministry publishes a number, and every December commentators read it like a thermometer. It is the wrong instrument.

About 34,000 North Koreans have settled in the South since the 1990s. In the best years more than 2,500 arrived; now it is a couple of hundred, most of them people who left the North years ago and lived in China.

Suppose Beijing stopped sending people back tomorrow. Would the number jump? Probably not at once, because the border itself has become a wall.

Or suppose an ambassador in Europe were to walk out with his family. We would hear about it for a week, and it would change nothing about the women in the Chinese countryside who cannot leave their villages.

Defections by diplomats are likely to continue, analysts say, as long as postings abroad are the only window the elite has. A soldier may well try the demarcation line again. Neither is news until it happens.

Glossary: hanawon - the resettlement centre where new arrivals spend their first three months.

Ha Jae-won is a former diplomat.
""",
    ),
]
