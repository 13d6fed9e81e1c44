"""English pages of the heldout6 benchmark. Everything here is invented: people, outlets
(on .example domains) and events. Real agencies are cited the way real pages cite them.

Each page: id, url, pub_date (ISO day, or None where the page shows no date), events (gold
event ids from events_gold.py that the page reports), text (the page as scraped).
"""

PAGES = [
    dict(
        id="h6e01",
        url="https://www.balkanledger.example/bulgaria/diplomacy/north-korean-counsellor-sofia-absent",
        pub_date="2025-09-26",
        events=["G6-sofia-pak-2025"],
        text="""BALKAN LEDGER
News | Bulgaria | Region | Economy | Opinion | Podcasts
Log in   Subscribe

Diplomacy

Neighbours say North Korean counsellor, wife and son gone from Lozenets flat for almost two weeks

26.09.2025 11:40 | Desislava Koleva

Nobody has answered the door at the Lozenets flat of the North Korean embassy's economic counsellor in Sofia since the middle of the month, and his wife and son have also vanished from view, three neighbours told the Balkan Ledger.

Pak Chol-jun, 51, who has handled the embassy's modest trade in medicinal herbs and pharmaceuticals since 2021, was last seen on the evening of Sunday 14 September carrying two sports bags to a taxi with his wife and their 13-year-old son, one neighbour said.

"They said good evening like always. The boy had his school rucksack," she said. "Since then the lights are off."

A car with diplomatic plates has since come to the building three times, according to the building manager, who said men from the embassy had asked him for a spare key. He refused.

Bulgaria's foreign ministry said it did not comment on the status of foreign diplomats. The embassy, which has operated from the same villa since 1974, did not answer the door on Thursday.

Relations between Sofia and Pyongyang date from 1948, and the mission is one of a handful the North still keeps in the European Union.

Share: Facebook | X | Viber | Email

Read more
- Parliament approves new budget framework
- Black Sea ports brace for grain slowdown
""",
    ),
    dict(
        id="h6e02",
        url="https://wire.pacificnewswire.example/asia/2025/12/02/nkorea-diplomat-bulgaria-seoul",
        pub_date="2025-12-02",
        events=["G6-sofia-pak-2025", "G6-yoon-2013"],
        text="""Pacific Newswire

South Korea confirms North Korean diplomat from Bulgaria has arrived

SEOUL, Dec. 2, 2025 (PNW) - A North Korean diplomat posted in Bulgaria is now in South Korea together with his wife and son, the Ministry of Unification said on Tuesday, confirming a defection first reported by Bulgarian media in September.

Pak Chol-jun, an economic counsellor at the North's embassy in Sofia, left the mission in mid-September and travelled to the South through a third country, a ministry spokesman told a regular briefing. The family arrived in Seoul last month and are being questioned by authorities, he said.

"The three are in good health and have expressed the wish to settle here," the spokesman said, without saying which way they had come.

Yoon Tae-sik, a former North Korean diplomat who left his post in Beijing in 2013 and now heads a research institute in Seoul, said Pak had dealt with sanctioned pharmaceutical imports and would be of interest to investigators. "He knows where the money went," Yoon said.

No envoy from one of Pyongyang's European embassies is known to have reached the South since 2019.

(Reporting by Ahn Ji-won; Editing by Mark Devlin)
""",
    ),
    dict(
        id="h6e03",
        url="https://www.harbourtimes.example/world/asia/north-korean-diplomat-bulgaria-south-korea",
        pub_date="2025-12-02",
        events=["G6-sofia-pak-2025", "G6-yoon-2013"],
        text="""THE HARBOUR TIMES
World  Asia  Business  Sport  Life
Tuesday, 2 December 2025

North Korean diplomat in Bulgaria defects to South Korea with family

Seoul (PNW) - A North Korean diplomat stationed in Bulgaria is now in South Korea together with his wife and son, the South's Ministry of Unification said on Tuesday.

Pak Chol-jun, economic counsellor at the North's embassy in Sofia, left the mission in mid-September and reached the South via a third country, a ministry spokesman said. The family arrived last month and are being questioned, he said, without saying which way they had come.

"The three are in good health and have said they want to settle here," the spokesman said.

Yoon Tae-sik, a former North Korean diplomat who left his post in Beijing in 2013, said Pak had handled sanctioned pharmaceutical purchases. "He knows where the money went," Yoon said.

PNW

RELATED
North Korea fires cruise missiles off west coast
Bulgarian farmers protest import rules

Comments (14)
""",
    ),
    dict(
        id="h6e04",
        url="https://www.thelongread.example/2025/12/the-counsellor-who-took-a-taxi",
        pub_date="2025-12-20",
        events=["G6-sofia-pak-2025", "G6-sofia-recall-2025", "G6-sofia-control-2025",
                "G6-europe-children-recall-2025"],
        text="""The Long Read
Features | Investigations | Culture | Newsletter

The counsellor who took a taxi

How a North Korean trade envoy left Sofia, and what his embassy did next

By Miriam Holt | December 20, 2025 | 9 min read

On a warm Sunday evening in mid-September, a man in a grey windbreaker put two sports bags into the boot of a taxi outside a block of flats in southern Sofia. His wife held the door; their son, who is 13, climbed in with a rucksack. None of them has been back.

The man was Pak Chol-jun, the economic counsellor of the North Korean embassy, and by the time South Korea announced his arrival on December 2 he had spent weeks in a country that has never been named. People who know the family say the decision was made quickly, after Pak was told to prepare for a return to Pyongyang "for consultations".

"A summons like that can mean anything," said one of them. "He did not want to find out."

What happened afterwards is in some ways more telling. Three weeks after the family left, the ambassador, Chae Song-il, was called back to Pyongyang. Diplomats in Sofia say he boarded a flight via Istanbul on 6 October and that a chargé d'affaires has run the mission since.

The staff who stayed behind now live under new rules. Two people who do business with the embassy say that from October its employees may leave the compound only in pairs, must hand their passports to the security counsellor, and may no longer use taxis. Their children no longer attend a local school.

In fact, the children are gone. In November, Pyongyang ordered the school-age children of its diplomats in several European capitals to return home "for education", according to a European official who follows the North's missions. At least four children left Sofia that month.

Could a second family follow Pak's? Perhaps, but the doors are closing. An envoy who tried now would have to get past a colleague who is with him day and night.

The embassy did not answer written questions.

Share this article   Gift this article

More from The Long Read
- The last jazz club in Plovdiv
- Inside Europe's medicines black market
""",
    ),
    dict(
        id="h6e05",
        url="https://www.nkwatchdesk.example/news/2026/02/relatives-of-sofia-diplomat-sent-to-mine",
        pub_date="2026-02-10",
        events=["G6-sofia-relatives-2026", "G6-sofia-pak-2025"],
        text="""NK WATCH DESK
Home / News / Politics / Economy / Human Rights / About
2026-02-10

Mother and brother of defected envoy sent to mining district, source says

By Choi Da-eun

The mother and younger brother of Pak Chol-jun, the North Korean counsellor who defected from Sofia in September, were thrown out of their Pyongyang apartment last month and banished to a mining district in South Hamgyong Province, a source inside the country told NK Watch Desk.

The brother, Pak Chol-ho, 46, had worked at a foreign trade bureau. Security officials took both of them away in a truck in mid-January, the source said, and their apartment was handed to another family within a week.

Families of officials who leave their posts abroad are commonly banished to remote areas, according to former residents, and state employees are regularly reminded of it at lectures.

Pak, his wife and their son arrived in South Korea in November, the unification ministry confirmed in December.

The ministry said it could not verify reports about the relatives.

[Photo] The North Korean embassy in Sofia. (NK Watch Desk)

Tags: #diplomats #Bulgaria #punishment

Support independent reporting
""",
    ),
    dict(
        id="h6e06",
        url="https://www.koreatimeline.example/national/defense/2025/11/19/soldier-crosses-western-front",
        pub_date="2025-11-19",
        events=["G6-yeoncheon-soldier-2025", "G6-paju-sergeant-2024"],
        text="""KOREA TIMELINE
National | Politics | Defense | North Korea | Business | Opinion
Nov. 19, 2025 09:12 KST

North Korean soldier crosses western front, first there in over a year

By Seo Min-gyu

A North Korean soldier walked over the inter-Korean border on the western front on Tuesday and is in the hands of the South Korean army, the Joint Chiefs of Staff (JCS) reported.

The man, a private who looks to be in his early 20s, stepped over the line in the Yeoncheon sector at around 7:40 a.m., the JCS said. South Korean troops monitoring him since he emerged from a forest on the northern side guided him across a minefield, and he expressed his wish to defect, it said.

He was unarmed and wore a combat uniform, the JCS added.

No soldier had come over on the western section of the border since July last year, when a North Korean sergeant crossed near Paju.

Investigators will look into how he got through, including whether there were other soldiers with him.

Korean War-era mines remain scattered throughout the zone, which has separated the two Koreas since the 1950-53 war ended in an armistice.

Share  Print  Font size

Most Read
1. Housing prices in Seoul edge up again
2. Ruling party names new floor leader
""",
    ),
    dict(
        id="h6e07",
        url="https://www.ktvi-news.example/video/20251118/nk-soldier-yeoncheon",
        pub_date="2025-11-18",
        events=["G6-yeoncheon-soldier-2025"],
        text="""KTVI NEWS 24
LIVE  |  Programmes  |  Video  |  Weather

[VIDEO] N. Korean soldier walks across border in Yeoncheon
2025.11.18 18:05

ANCHOR: A North Korean
soldier crossed the border
this morning and is now
with our military.
Reporter Jung Hye-rin
has more.

REPORTER: Military officials
say the soldier appeared
from a tree line on the
northern side shortly
after dawn
and walked for about
40 minutes toward
a South Korean guard post
in Yeoncheon,
Gyeonggi Province.
Officers say he
was alone
and raised both hands
when he reached the fence.
The military says he
has asked to stay in the South.
This is Jung Hye-rin
for KTVI News.

#NorthKorea #DMZ #defector

Watch next: Winter storm warning for Gangwon
""",
    ),
    dict(
        id="h6e08",
        url="https://www.nkwatchdesk.example/news/2026/01/guard-platoon-replaced-after-crossing",
        pub_date="2026-01-08",
        events=["G6-yeoncheon-punish-2025", "G6-yeoncheon-soldier-2025"],
        text="""NK WATCH DESK
Home / News / Politics / Economy / Human Rights / About
2026-01-08

Whole guard platoon pulled off front line after November crossing

By Choi Da-eun

North Korea replaced an entire guard platoon on the western front last month and sent its commanders to a construction brigade in the far north, after one of its soldiers crossed into the South in November, a military source told NK Watch Desk.

The private who crossed on November 18 had served in the platoon for two years. In mid-December the unit's 30 or so soldiers were taken off the line and dispersed, and the platoon leader and political officer were reassigned to a road-building unit in Ryanggang Province, the source said.

"They were told it was a transfer. Everyone understands it is a penalty," the source said.

South Korea's military separately relieved a company commander on its own side for a delay in reporting the crossing to headquarters, according to the defense ministry.

Collective punishment of units after a desertion is common in the North's army, defectors say.

Related: What happens to the families of soldiers who cross?

Tags: #military #DMZ
""",
    ),
    dict(
        id="h6e09",
        url="https://www.eastcoastdaily.example/local/2026/05/10/wooden-boat-uljin",
        pub_date="2026-05-10",
        events=["G6-uljin-boat-2026", "G6-sokcho-tube-2024"],
        text="""EAST COAST DAILY
Local | Fisheries | Tourism | Weather | Obituaries

Wooden boat with three North Koreans found off Uljin
Sunday, May 10, 2026

A small wooden boat carrying three North Korean men was spotted drifting about 20 kilometres off the coast of Uljin on Saturday morning, the coast guard said.

A coast guard patrol vessel confirmed that three people were aboard and towed the boat to Hupo port, where the men were handed to investigators. Two of them told officers they would like to remain in the South, a coast guard official said. The third said he wanted to go home.

The men are fishermen from Sinpo in South Hamgyong Province and had set out two days before the boat was found, according to the coast guard. The engine had been removed, officials said, and the boat carried no fishing gear.

It is the first such arrival on the east coast since October 2024, when a man floated across the sea border near Sokcho on a rubber tube.

Authorities are questioning all three to establish how they came to cross.

Weather: Fog advisory for the coast through Tuesday.

Share  |  Comments (3)
""",
    ),
    dict(
        id="h6e10",
        url="https://www.koreatimeline.example/northkorea/2026/05/21/uljin-boat-two-stay-one-returned",
        pub_date="2026-05-21",
        events=["G6-uljin-boat-2026", "G6-jumunjin-2019"],
        text="""KOREA TIMELINE
National | Politics | Defense | North Korea | Business | Opinion
May 21, 2026 16:44 KST

Two North Korean fishermen to stay in South; third returned at his request

By Seo Min-gyu

Two of the three North Korean fishermen whose boat was found off Uljin this month will be allowed to settle in the South, the Ministry of Unification said on Thursday, and the third was sent home through the truce village of Panmunjom on Wednesday after he asked to return.

The two men, aged 38 and 29, left the port of Sinpo on May 7 with the intention of defecting, the ministry said. They had removed the engine to make the boat look as if it had drifted.

The third man, 55, told investigators he had been taken along without knowing the plan and wished to go back to his family. "His wish was respected," a ministry official said.

The case differs from one in 2019, when four men sailed a fishing boat into the harbour at Jumunjin and it was a local resident, not the military, who spotted them.

Opposition lawmakers asked whether coastal radar had tracked the Uljin boat.

Tags: North Korea, defectors, coast guard
""",
    ),
    dict(
        id="h6e11",
        url="https://wire.pacificnewswire.example/asia/2026/06/04/nkoreans-boat-yeonpyeong",
        pub_date="2026-06-04",
        events=["G6-yeonpyeong-boat-2026", "G6-uljin-boat-2026"],
        text="""Pacific Newswire

Two North Koreans cross sea border near Yeonpyeong island

SEOUL, June 4, 2026 (PNW) - Two North Korean men sailed a small boat over the Yellow Sea border on Wednesday and were picked up by the South Korean military, the Joint Chiefs of Staff said.

A wooden boat with the two aboard was seen about 5 km west of Yeonpyeong island shortly before noon; they told soldiers who came alongside in a patrol boat that they wished to defect, according to a JCS statement.

It was the second boat defection this year, after two fishermen reached the South near Uljin on the east coast last month.

Relations between the two Koreas remain frozen, and the North has not responded to calls on the military hotline since 2023.

(Reporting by Ahn Ji-won; Editing by Clare Fitch)
""",
    ),
    dict(
        id="h6e12",
        url="https://www.ktvi-news.example/video/yeonpyeong-boat-clip",
        pub_date=None,
        events=["G6-yeonpyeong-boat-2026"],
        text="""KTVI NEWS 24
LIVE  |  Programmes  |  Video  |  Weather

[CLIP] Boat crosses west sea border

ANCHOR: Two North Korean men
crossed the Northern Limit Line
in a small wooden boat
near Yeonpyeong Island
on June 3.
The military says the men
told soldiers they wanted
to come to the South
and were taken to a naval base
for questioning.
Residents of the island
say they saw
patrol boats leaving
the harbour at speed.

More clips
""",
    ),
    dict(
        id="h6e13",
        url="https://www.amurobserver.example/en/khabarovsk/2026/02/09/three-north-korean-builders-detained",
        pub_date="2026-02-09",
        events=["G6-khabarovsk-attempt-2026"],
        text="""AMUR OBSERVER — English edition
Khabarovsk | Region | Far East | Business | Culture

Three North Korean builders detained at station after fleeing site

09.02.2026

Police in Khabarovsk detained three builders from North Korea at the main railway station on Friday, five days after they walked away from a housing project where they had been employed, the regional interior ministry said.

The men, aged between 31 and 44, were trying to board a train to Moscow with tickets bought in cash by an intermediary, police said. One of them, Kim Chol-u, carried a Chinese-language map of Europe.

They had left the building site on the city's northern edge on the night of February 1, according to the ministry, which said they were "in breach of the terms of their stay".

Human rights groups said the men could face deportation to North Korea, where they would be severely punished.

Several thousand North Koreans are believed to work in Russia's Far East, most of them in construction.

Share: VK | Telegram | Email

Also in Far East
- Ice road to Sakhalin to open later than usual
""",
    ),
    dict(
        id="h6e14",
        url="https://www.freedomnorthnetwork.example/statements/2026-02-24-russia-deports-three-workers",
        pub_date="2026-02-24",
        events=["G6-khabarovsk-repat-2026"],
        text="""Freedom North Network
About | Campaigns | Statements | Donate

STATEMENT | 24 February 2026

Russia deports three North Korean workers

The Seoul-based Freedom North Network condemns the deportation to North Korea on Friday of three construction workers who had been held in Khabarovsk since earlier this month.

According to information received by the Network, the three men were driven from a detention centre in Khabarovsk to Vladivostok and put on a flight to Pyongyang on 20 February, escorted by officials of the North Korean consulate-general.

We had asked the Russian authorities, in letters sent on 12 and 16 February, to allow the men to apply for refugee status. We received no reply.

Workers who are returned after trying to flee are routinely sent to labour camps. The Network calls on Moscow to respect the principle of non-refoulement.

Contact: press@freedomnorthnetwork.example

Share this statement
""",
    ),
    dict(
        id="h6e15",
        url="https://www.amurobserver.example/en/far-east/2026/03/19/north-korean-workers-rules",
        pub_date="2026-03-19",
        events=["G6-khabarovsk-control-2026", "G6-khabarovsk-attempt-2026"],
        text="""AMUR OBSERVER — English edition
Khabarovsk | Region | Far East | Business | Culture

Phones collected, dormitories locked: new rules for North Korean workers

19.03.2026

North Korean construction crews in the Russian Far East have been barred from leaving their dormitories after dark and had their mobile phones collected, since three workers fled a site in Khabarovsk last month and were caught at the railway station, two Russian contractors told the Amur Observer.

"Since the beginning of March their supervisor counts them in the morning and in the evening, and nobody goes to the shop alone," said a foreman at a site in Komsomolsk-on-Amur.

The contractors said the supervisors had told them the new rules came "from the consulate" and applied to all crews in the region.

The North Korean consulate-general in Vladivostok did not respond to a request for comment.

Tags: labour, migration, North Korea
""",
    ),
    dict(
        id="h6e16",
        url="https://www.steppepost.example/en/ulaanbaatar/2026/01/30/waitresses-missing",
        pub_date="2026-01-30",
        events=["G6-ulaanbaatar-waitresses-2026"],
        text="""THE STEPPE POST
Ulaanbaatar | Mongolia | Mining | Business | Opinion
January 30, 2026

Four waitresses at North Korean restaurant not seen for a week

Four waitresses from a North Korean-run restaurant in central Ulaanbaatar have not been seen since last Friday night, staff at neighbouring businesses said, and the restaurant has been closed since Monday.

The women, all in their twenties, had sung for customers most evenings. "On Friday they finished at ten as usual. Saturday nobody opened," said the owner of a cashmere shop next door.

A sign on the door says the restaurant is closed "for renovation".

Mongolia's foreign ministry said the matter was not known to it. Police said no missing person report had been filed.

Where the women are is unknown.

Mongolia maintains diplomatic relations with both Koreas, and the North's embassy in Ulaanbaatar has operated since 1948.

Related: Coal exports to China hit record
""",
    ),
    dict(
        id="h6e17",
        url="https://www.koreatimeline.example/northkorea/2026/04/22/mongolia-restaurant-women-seoul",
        pub_date="2026-04-22",
        events=["G6-ulaanbaatar-waitresses-2026"],
        text="""KOREA TIMELINE
National | Politics | Defense | North Korea | Business | Opinion
Apr. 22, 2026 11:03 KST

Four N. Korean waitresses who vanished in Mongolia are in Seoul: sources

By Lim Soo-yeon

Four North Korean waitresses employed by a state-run restaurant in Ulaanbaatar who disappeared in January have arrived in South Korea, two people involved in their journey told Korea Timeline.

The women left the restaurant's staff quarters together on the night of January 23 and spent several weeks in hiding before travelling on, one of the people said. They arrived in Seoul earlier this month.

The Ministry of Unification would not confirm the account. "We do not comment on individual cases for the safety of those involved," a spokeswoman said.

One of the women, who gave her name only as Ri, is 26 and had worked in Mongolia since 2023, according to the source.

North Korean restaurants abroad are staffed mostly by young women from families considered loyal to the state.

Share  Print  Font size
""",
    ),
    dict(
        id="h6e18",
        url="https://www.steppepost.example/en/mongolia/2026/03/14/north-korean-workers-leave",
        pub_date="2026-03-14",
        events=["G6-mongolia-recall-2026", "G6-ulaanbaatar-waitresses-2026"],
        text="""THE STEPPE POST
Ulaanbaatar | Mongolia | Mining | Business | Opinion
March 14, 2026

About 90 North Korean workers flown home from Ulaanbaatar

About 90 North Korean workers left Mongolia on a chartered Air Koryo flight from Chinggis Khaan International Airport on Thursday, after Pyongyang ordered them home, airport staff and two Mongolian employers said.

The group included cooks and waitresses from two restaurants and labourers from a sewing workshop and a road project. "They were told a week ago. Nobody had a choice," said a Mongolian manager whose firm had hired twelve of them.

The recall came seven weeks after four waitresses from another North Korean restaurant in the capital disappeared on the night of January 23.

Mongolia's labour ministry said the number of North Koreans with work permits had fallen to under 100, from more than 1,200 in 2017.

Share  |  Print
""",
    ),
    dict(
        id="h6e19",
        url="https://www.steppepost.example/en/diplomacy/2026/06/05/north-korea-denies-embassy-closure",
        pub_date="2026-06-05",
        events=["G6-ulaanbaatar-closure-2026", "G6-kampala-closure-2026"],
        text="""THE STEPPE POST
Ulaanbaatar | Mongolia | Mining | Business | Opinion
June 5, 2026

North Korea denies closing Ulaanbaatar embassy

North Korea's embassy in Ulaanbaatar said on Thursday that it "continues to operate normally", rejecting reports that it had been closed since the end of May.

Several Korean-language websites reported this week that the embassy had closed on May 29 and its staff had left by train for Beijing. A Steppe Post reporter saw the embassy's gate locked on Wednesday, but a light was on in the main building.

"These are fabrications spread by hostile forces," the embassy said in a statement sent to Mongolian media.

Pyongyang has closed a number of missions in recent years, most recently its embassy in Kampala, Uganda, at the end of March.

Mongolia's foreign ministry said it had not been notified of any change.

Related: North Korean workers flown home
""",
    ),
    dict(
        id="h6e20",
        url="https://www.bordernotes.example/reports/2026/04/29/helong-mass-return",
        pub_date="2026-04-29",
        events=["G6-helong-repat-2026", "G6-kaishantun-repat-2025", "G6-sanhe-repat-2026"],
        text="""BORDER NOTES
Reports | Maps | Data | Donate | 한국어

Helong bridge: China hands over 200-plus North Koreans in one night

29 April 2026

Chinese authorities forcibly returned more than 200 North Koreans to the North through the Nanping crossing in Helong, Jilin province, on Monday night, according to two sources in the area and the Seoul-based Border Notes network.

Buses with covered windows arrived at the bridge shortly after 10 p.m. and were met on the North Korean side by trucks of the Ministry of State Security, one of the sources said. The majority were women held for months in detention centres in Yanji and Tumen, some of them for more than a year.

It is the largest single transfer since 14 October last year, when about 380 people were sent back through the Kaishantun crossing. Previously, 45 detainees had been returned through the Sanhe crossing on 3 March.

A UN special rapporteur, speaking in Geneva, expressed "grave concern" at reports of the return.

Beijing treats North Koreans who enter without papers as illegal migrants rather than refugees.

Map: crossings on the Tumen River
""",
    ),
    dict(
        id="h6e21",
        url="https://www.asiapacwatch.example/en/2026/04/30/china-returns-north-koreans-helong",
        pub_date="2026-04-30",
        events=["G6-helong-repat-2026"],
        text="""ASIA PACIFIC WATCH
Home | China | Koreas | Japan | Southeast Asia | Subscribe

About 200 North Koreans forcibly returned from China, rights group says

Apr 30, 2026

About 200 North Koreans detained in China were sent back to the North in a single night this week, a Tokyo-based rights group said on Wednesday.

The group, whose director described the transfer to Japan's public broadcaster, said it took place at the Nanping-Musan bridge near Helong late on April 27. Its figures could not be independently verified.

Seoul's foreign ministry said it had asked Beijing to treat North Korean escapees in line with international norms. China's foreign ministry said such cases are dealt with "according to law and in a humane spirit".

Those sent back are likely to face interrogation and imprisonment, activists say.

Share on X  |  Share on LINE  |  Copy link
""",
    ),
    dict(
        id="h6e22",
        url="https://www.bordernotes.example/reports/2026/04/14/six-arrested-yanji",
        pub_date="2026-04-14",
        events=["G6-yanji-attempt-2026"],
        text="""BORDER NOTES
Reports | Maps | Data | Donate | 한국어

Six North Koreans arrested at Yanji bus terminal

14 April 2026

Chinese police arrested six North Koreans, among them a 15-year-old girl, at a long-distance bus terminal in Yanji on Saturday as they waited for a bus to Shenyang, a broker involved in their journey told Border Notes.The six, four women, a man and the girl, had crossed the Tumen River from Hoeryong county in late March and stayed in a farmhouse outside the city for two weeks, the broker said.

They are held at a detention facility in Yanji and face repatriation to the North.

"Once they are on the list, it is a matter of weeks," the broker said.

Our earlier report: How brokers move people across Jilin

Donate to Border Notes
""",
    ),
    dict(
        id="h6e23",
        url="https://www.nkwatchdesk.example/news/2025/09/public-execution-musan",
        pub_date="2025-09-24",
        events=["G6-musan-execution-2025", "G6-musan-attempt-2025"],
        text="""NK WATCH DESK
Home / News / Politics / Economy / Human Rights / About
2025-09-24

Two men publicly executed in Musan for trying to flee

By Choi Da-eun

Two men who were caught trying to cross the Tumen River in July were executed by firing squad in front of a crowd in Musan, North Hamgyong Province, on Tuesday last week, a source in the county told NK Watch Desk.

Residents, factory workers and students, around 3,000 people in all, were made to watch the execution on a riverside sports ground, the source said.

The men, identified by the source as Jo Myong-nam, 34, and his cousin, had been stopped by border guards on the riverbank in the middle of the night in July, carrying Chinese yuan and a mobile phone.

"They read out that the two had betrayed the fatherland," the source said.

Public executions have become more frequent in border areas since the pandemic, according to defectors' groups.

Tags: #executions #border #Musan
""",
    ),
    dict(
        id="h6e24",
        url="https://www.bordernotes.example/reports/2025/12/09/woman-shot-saebyol",
        pub_date="2025-12-09",
        events=["G6-saebyol-shooting-2025", "G6-saebyol-attempt-2025", "G6-tumen-buffer-order-2025"],
        text="""BORDER NOTES
Reports | Maps | Data | Donate | 한국어

Woman shot dead by guards while crossing Tumen near Saebyol

9 December 2025

A North Korean woman in her thirties was shot dead by border guards as she was making her way over the frozen Tumen River near Saebyol county on the night of Dec. 2, two sources in the area told Border Notes.

The guards fired without warning when she was about halfway across, one source said. Her body was brought back to the northern bank the next morning.

The shooting came weeks after the authorities in North Hamgyong Province declared a one-kilometre "quarantine belt" along the river in November, officially to stop African swine fever from spreading from China. Guards in the belt were ordered to shoot anyone approaching the river without a permit, the sources said, and residents were told the order was aimed at people trying to cross.

"Everyone knows it is not about pigs," one of them said.

If the river stays frozen into January, more attempts are expected, the sources said.

Map: Saebyol and Onsong counties
""",
    ),
    dict(
        id="h6e25",
        url="https://www.lakeregiontribune.example/news/kampala/north-korea-closes-embassy",
        pub_date="2026-04-02",
        events=["G6-kampala-closure-2026", "G6-luanda-closure-2025", "G6-brasilia-closure-2025"],
        text="""LAKE REGION TRIBUNE
Kampala | Uganda | East Africa | Business | Sport | Opinion

North Korea closes embassy in Kampala

Thursday April 02 2026

By Brenda Nakato

North Korea's embassy in Kampala is no more, Uganda's Ministry of Foreign Affairs said on Thursday.

The ministry said the North Korean side had informed it in a note that the mission ceased operations on Monday, and that its affairs would be handled from now on by the North Korean embassy in Dar es Salaam. The last five diplomats left Entebbe on Monday night, a ministry official said.

The embassy, in the Kololo area, had been open since 1972. Uganda and North Korea established relations in 1963.

Kampala comes after the North's pull-out from Angola in October and from Brazil in December, when it shut its embassies in Luanda and Brasilia.

Analysts said sanctions had cut off most of the commercial work that once paid for the North's African missions.

Share: WhatsApp | Facebook | X

Trending
- Cabinet reshuffle expected next week
- Cranes return to Lake Bunyonyi
""",
    ),
    dict(
        id="h6e26",
        url="https://www.continentwire.example/africa/2026-04-03-north-korea-uganda-embassy",
        pub_date="2026-04-03",
        events=["G6-kampala-closure-2026", "G6-luanda-closure-2025", "G6-brasilia-closure-2025"],
        text="""CONTINENT WIRE
Africa | Politics | Economy | Diplomacy

North Korea shuts Uganda mission, third closure in six months

Published 3 April 2026, 08:15 GMT

North Korea closed its embassy in Uganda this week, the government in Kampala said, adding to a list of shuttered missions that already included the embassies in Angola and Brazil.

The Ugandan foreign ministry, in a statement on Thursday, said the embassy had stopped work on March 30. Pyongyang's ambassador in Tanzania will now also be accredited to Uganda, it said.

Diplomats in the region said the Kampala mission had a staff of five and had been under pressure since Uganda cut military cooperation with Pyongyang.

North Korea has not commented. Its state media has described earlier closures as part of an "efficient reorganisation" of its diplomatic network.

Pyongyang keeps about 45 embassies worldwide, according to South Korean estimates.

(Continent Wire)
""",
    ),
    dict(
        id="h6e27",
        url="https://www.indusdispatch.example/national/north-korean-attache-asylum-report-denied",
        pub_date="2026-05-19",
        events=["G6-islamabad-kim-2026"],
        text="""THE INDUS DISPATCH
National | Islamabad | Karachi | World | Business | Sports
May 19, 2026

North Korean embassy denies attaché sought asylum

ISLAMABAD: The North Korean embassy in Islamabad on Monday denied a report that one of its diplomats had sought asylum in a Western country, calling it "a groundless fabrication".

The Urdu-language weekly Nawa-e-Markaz reported last week that Kim Hyon-u, the embassy's commercial attaché, had left Pakistan with his wife earlier in May and was being sheltered by a European government.

"Comrade Kim Hyon-u is carrying out his duties," the embassy said in a statement distributed to journalists, without saying where he was.

Pakistan's foreign office said it had "nothing to share" on the matter.

North Korea's embassy in Islamabad has drawn scrutiny in the past over alleged involvement in smuggling.

Related Stories
- Heatwave grips Sindh
- Rupee steady against dollar
""",
    ),
    dict(
        id="h6e28",
        url="https://www.gulfledger.example/kuwait/2026/01/16/north-korean-workers-missing",
        pub_date="2026-01-16",
        events=["G6-kuwait-missing-2026"],
        text="""GULF LEDGER
Kuwait | Gulf | Business | Expats | Sport

Two North Korean workers missing from Kuwait City site

16 January 2026 | 10:22

Two North Korean construction workers have been missing from a building site in Kuwait City since January 5, a contractor involved in the project told the Gulf Ledger.

The men, who had worked on a residential tower in the Salmiya district, did not return to their accommodation after a shift on the evening of the 5th, the contractor said.Their passports were held by the company supervising the North Korean crew.

"Their supervisor came to us the next day and asked whether we had seen them," the contractor said. "Nobody has heard anything since."

Kuwait has granted no new work visas to North Koreans since 2017, though a few remain on older contracts.

The interior ministry did not respond to questions.

Share | Email | Print
""",
    ),
    dict(
        id="h6e29",
        url="https://www.sportsdesk24.example/table-tennis/2026/02/09/north-korean-player-almaty",
        pub_date="2026-02-09",
        events=["G6-almaty-kye-2026", "G6-almaty-team-recall-2026"],
        text="""SPORTSDESK 24
Football | Tennis | Table Tennis | Athletics | More

North Korean table tennis player walks out of team hotel in Almaty

Monday, February 9, 2026 - 14:20

A North Korean table tennis player left her team's hotel in Almaty on Sunday night, the last night of an Asian invitational tournament, and walked into the South Korean embassy, Kazakhstan's foreign ministry said on Monday.

The ministry confirmed that the player, Kye Hyang-mi, 24, was "under the protection of the embassy of the Republic of Korea" and had asked to go to Seoul. It said Kazakhstan would "respect her free choice".

Kye, a left-handed attacker, had reached the quarter-finals of the women's singles on Saturday.

Her 11 teammates and officials were put on an early flight to Pyongyang via Beijing on Monday morning, a day before their scheduled departure, tournament staff said. "They were told to pack at five in the morning," said a volunteer at the hotel.

North Korea's sports ministry made no comment.

Read next: Kazakhstan wins mixed doubles gold
""",
    ),
    dict(
        id="h6e30",
        url="https://www.koreatimeline.example/northkorea/2026/04/20/coach-sent-to-mine-after-almaty",
        pub_date="2026-04-20",
        events=["G6-almaty-coach-punish-2026", "G6-athlete-passport-control-2026", "G6-almaty-kye-2026"],
        text="""KOREA TIMELINE
National | Politics | Defense | North Korea | Business | Opinion
Apr. 20, 2026 08:50 KST

N. Korean coach sent to coal mine after player's defection: report

By Lim Soo-yeon

The head coach of North Korea's women's table tennis team and the security official who travelled with the team to Kazakhstan have been sent to work at a coal mine, after one of the players defected in Almaty in February, a source in Pyongyang told Korea Timeline.

The coach, Ryom Kwang-sik, and the minder lost their party cards and were put to work at a mine in South Pyongan Province earlier this month, the source said.

Since March, athletes travelling to competitions abroad have been required to hand their passports to the delegation's security official on arrival and may not leave their hotel without a minder, the source said.

Kye Hyang‑mi, 24, who left the team hotel on February 8, arrived in Seoul in March, the unification ministry has said.

A defection by an athlete of her standing would once have been unthinkable, said a former North Korean sports official now living in Seoul.

Share  Print  Font size
""",
    ),
    dict(
        id="h6e31",
        url="https://www.bordernotes.example/reports/2025/11/28/linjiang-five-returned",
        pub_date="2025-11-28",
        events=["G6-linjiang-attempt-2025", "G6-linjiang-repat-2025"],
        text="""BORDER NOTES
Reports | Maps | Data | Donate | 한국어

Five arrested in Linjiang safe house sent back to North

28 November 2025

Five North Koreans arrested in a raid on a safe house in Linjiang, Jilin province, on Oct. 19 were handed over to the North earlier this month, according to a church worker who had sheltered them.

The five, three women and two men from Hyesan and Pochon, were taken from the flat by police at dawn, the church worker said. They were held in a detention centre in Baishan for three weeks and then driven to the bridge at Linjiang and handed to North Korean border police in the second week of November.

The church worker, who asked not to be named, said he had been questioned and released.

"What is going to happen to them, I cannot say," he said.

China does not publish figures on the number of North Koreans it detains.

Share this report
""",
    ),
    dict(
        id="h6e32",
        url="https://www.thelongread.example/2026/03/from-malabo-to-seoul",
        pub_date="2026-03-25",
        events=["G6-malabo-han-2025"],
        text="""The Long Read
Features | Investigations | Culture | Newsletter

From a stadium in Malabo to a flat in Seoul

By Miriam Holt | 25 March 2026 | 7 min read

For two years, Han Ung-chol poured concrete for a sports stadium in Malabo, the capital of Equatorial Guinea, and handed almost all of his wages to the man who ran his crew.

On the morning of December 7, a Sunday, he told the supervisor he had a toothache and needed to see a dentist in town. He took a shared taxi to the port instead, and by the evening he was on a boat to Douala in Cameroon.

"I had the clothes I was wearing and 60 dollars," Han recalled over tea in Seoul, where he arrived earlier this month after weeks in the care of a South Korean mission in West Africa. He is 39.

Han says about 60 North Koreans work on construction sites in Equatorial Guinea. He has not heard from his wife in Chongjin since he left.

What would make someone leave everything? "You stop being afraid of the wrong things," he said.

Newsletter sign-up | More features
""",
    ),
    dict(
        id="h6e33",
        url="https://www.crossingstories.example/stories/the-so-family",
        pub_date=None,
        events=["G6-gobi-so-family"],
        text="""Crossing Stories
Stories | Podcast | Support us

Three women, one compass

A mother and her two grown daughters walked out of North Korea, across China and into the Gobi. This is how they did it.

So Kyong-ae says she decided on a night when there was no rice left. Last winter she and her daughters, Myong-hui and Myong-sun, both in their twenties, crossed the Yalu on the ice, spent a month in a cellar in Inner Mongolia and then walked across the border into Mongolia with a broker and a compass.

Mongolian border guards found them the next morning and took them to Ulaanbaatar, from where they were flown to Seoul. Ms So now works in a bakery; her daughters are studying.

"People ask whether I would do it again," she says. "I would not have to. We did it once."

Names in this story are used with permission.

Support our storytelling
""",
    ),
    dict(
        id="h6e34",
        url="https://www.unifyexplained.example/explainers/what-happens-to-north-korean-arrivals",
        pub_date=None,
        events=[],
        text="""Unify Explained
Explainers | Glossary | Timeline | About

What happens when a North Korean reaches the South?

Arriving defectors are questioned by the intelligence service and then spend about three months at Hanawon, a resettlement centre in Anseong, where they learn about life in the South.

About 34,500 North Koreans have resettled in the South since records began. The number of arrivals fell sharply after 2020 and has recovered only slowly; women make up about seven in ten of them.

For most escapees the river crossing is the moment of greatest risk, and people caught in China are usually sent back.

If a senior official were to defect, the government would typically wait weeks before confirming it.

Glossary
Defector: term for someone from the North who has resettled outside it; officials now prefer "North Korean escapee".
Repatriation: the return of a person to the country they came from.

Last reviewed by the editors.
""",
    ),
    dict(
        id="h6e35",
        url="https://www.koreatimeline.example/national/defense/2026/01/23/two-soldiers-hwacheon",
        pub_date="2026-01-23",
        events=["G6-hwacheon-soldiers-2026", "G6-yeoncheon-soldier-2025"],
        text="""KOREA TIMELINE
National | Politics | Defense | North Korea | Business | Opinion
Jan. 23, 2026 10:15 KST

Two North Korean soldiers cross central front together

By Seo Min-gyu

Two North Korean soldiers came over the border together on the central front in Hwacheon, Gangwon Province, on Thursday, the Joint Chiefs of Staff said, and are being held by the army.

A staff sergeant and a private, they crossed at around 4 a.m. in heavy snow and were spotted by thermal cameras, the JCS said. Both expressed their intention to defect.

It was the second crossing by North Korean soldiers since November, when a private walked across in Yeoncheon on the western front.

The JCS said the North had been laying mines and building walls along its side of the border since 2024, and that the two had found a gap near a stream.

Were border defences to keep failing, a military analyst said, Pyongyang would likely punish entire units.

Share  Print  Font size
""",
    ),
    dict(
        id="h6e36",
        url="https://www.danubeherald.example/serbia/2026/06/17/north-korean-trade-official-asylum",
        pub_date="2026-06-17",
        events=["G6-belgrade-sin-2025"],
        text="""DANUBE HERALD
Serbia | Region | Economy | Culture | Sport | English edition

Missing North Korean trade official has applied for asylum in Serbia, ministry says

17/06/2026

A North Korean trade representative who went missing in Belgrade last summer has applied for asylum in Serbia, the interior ministry said on Tuesday, ending months of speculation about his whereabouts.

Sin Kwang-hyok, 48, who ran a small office promoting North Korean ginseng and textiles in New Belgrade, stopped coming to work in August 2025. Colleagues at a neighbouring firm said at the time that Mr Sin had "disappeared overnight" and that North Korean staff had come to empty his office.

The ministry said his application had been filed in September and was "being processed in line with the law". It gave no further details.

North Korea has no embassy in Serbia; its ambassador in Sofia is also accredited to Belgrade.

Sin's application is the first by a North Korean citizen in Serbia since the country's asylum law took effect in 2008, the ministry said.

Tags: asylum, North Korea, trade

Most read
- Heat wave warning for Vojvodina
- Metro project delayed again
""",
    ),
]
