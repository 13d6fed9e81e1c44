"""English pages of the heldout9 benchmark. Everything here is invented: people, outlets
(on .example domains) and events. Real agencies are cited the way real pages cite them.

Each page: id, url, pub_date (ISO day, or None where the page shows no date), events (gold
event ids from events_gold.py that the page reports), text (the page as scraped).
"""

PAGES = [
    dict(
        id="h9e01",
        url="https://www.iberiaherald.example/madrid/aravaca-embassy-diplomat-not-seen",
        pub_date="2025-10-30",
        events=["G9-madrid-ko-2025"],
        text="""THE IBERIA HERALD
Madrid | Spain | Europe | Business | Culture | Sport
Sign in | Newsletters

MADRID

Young North Korean diplomat and his wife have not been seen in Aravaca for a week

By Lucía Ferrer | 30 October 2025, 08:15 CET

A junior diplomat at North Korea's embassy in the leafy Madrid suburb of Aravaca and his wife have not been seen by neighbours since last Thursday evening, residents of their apartment block told the Herald.

The couple, who lived on the third floor of a building two streets from the embassy, were "quiet, polite, always together", said the building's concierge, who asked not to be named. He said he last saw them leaving on foot shortly after 9 pm on Thursday with a backpack each. "He said good evening. That was all."

Two neighbours identified the man as Ko Chol-min, a third secretary who arrived in Madrid about three years ago. On Monday, two men from the embassy came with the building's owner and took away a television, a suitcase and several boxes, the concierge said.

The embassy did not answer the doorbell or calls on Wednesday. Spain's foreign ministry said it "does not comment on matters concerning the personnel of foreign missions". The National Police said it had received no report of missing persons.

North Korea has kept an embassy in Madrid since 2013. In 2017 Spain expelled its ambassador over Pyongyang's nuclear tests.

RELATED
- Aravaca residents fight new bus depot
- Rental prices in the northwest hit record

Share  Facebook  X  WhatsApp  Email
(c) 2025 The Iberia Herald
""",
    ),
    dict(
        id="h9e02",
        url="https://www.eastseawire.example/news/2026/03/10/nk-diplomat-madrid-seoul",
        pub_date="2026-03-10",
        events=["G9-madrid-ko-2025", "G9-copenhagen-2016"],
        text="""EAST SEA WIRE
Home | Korea | North Korea | World | Markets | Video

North Korean diplomat who vanished in Madrid is in Seoul with wife: ministry

SEOUL, March 10 (East Sea Wire) - A North Korean diplomat who disappeared from his post in Spain last October has arrived in South Korea with his wife, the unification ministry said on Tuesday.

Ko Chol-min, 34, a third secretary at the North's embassy in Madrid, and his wife entered the South in February and are under the government's protection, ministry spokesman Choi Young-hoon told a regular briefing. He declined to say through which country they travelled.

"The two expressed a firm wish to settle here, and the relevant procedures are under way," Choi said.

Neighbours in Madrid had told Spanish media the couple walked out of their apartment on the evening of Oct. 23 and did not come back.

Ko is the first North Korean diplomat posted in Europe known to have defected since 2016, when a counsellor at the embassy in Copenhagen fled with his family, officials said.

Ko had handled consular and cultural affairs, according to a government official who spoke on condition of anonymity. Spain's foreign ministry declined to comment.

Around 240 North Koreans reached the South last year, most of them women who had lived in China for years.

(Reporting by Yang Hye-jin; editing by Park Sun-woo)

MORE FROM EAST SEA WIRE
- BOK holds rate steady
- Samsung unveils foldable
""",
    ),
    dict(
        id="h9e03",
        url="https://www.pacificdispatch.example/asia/korea/nk-diplomat-spain-arrives-south-korea-20260310",
        pub_date="2026-03-10",
        events=["G9-madrid-ko-2025", "G9-copenhagen-2016"],
        text="""PACIFIC DISPATCH
World > Asia > Korea

North Korean diplomat who vanished in Spain turns up in South Korea

March 10, 2026 | 5:02 PM

SEOUL (East Sea Wire) - A North Korean diplomat who went missing from his post in Madrid last October has reached South Korea together with his wife, Seoul's unification ministry said Tuesday.

Koh Cheol-min, 34, a third secretary at the embassy in Spain, and his wife arrived in February and are under state protection, ministry spokesman Choi Young-hoon told reporters.He did not say how the couple travelled.

"The two expressed a firm wish to settle here," Choi said.

Neighbours in the Spanish capital said the pair left their flat on the evening of Oct. 23 and never returned.

He is the first North Korean diplomat in Europe known to have defected since a counsellor in Copenhagen fled with his family in 2016.

Spain's foreign ministry declined to comment.

Tags: North Korea, Spain, defectors
Share this article   f   X   in
""",
    ),
    dict(
        id="h9e04",
        url="https://www.thekorealedger.example/analysis/madrid-defection-europe-embassies",
        pub_date="2026-03-12",
        events=["G9-madrid-ko-2025", "G9-madrid-recall-2025", "G9-europe-rules-2025",
                "G9-copenhagen-2016", "G9-copenhagen-recall-2016"],
        text="""The Korea Ledger
Analysis | Politics | North Korea | Economy | Podcast

ANALYSIS

After Madrid, Pyongyang's European embassies go quiet

By Daniel Seo, Senior Correspondent
March 12, 2026

When Ko Chol-min's arrival in Seoul was made public on Tuesday, it answered a question diplomats in Madrid had been asking since the autumn. It also explained a good deal of what has happened since at North Korea's missions in Europe.

Within weeks of the third secretary's disappearance on the night of 23 October, two of the Madrid embassy's remaining staff - including the official responsible for security - were summoned back to Pyongyang, according to two people briefed on the matter. Neither has returned.

From November, staff at North Korean embassies across Europe have been required to leave their compounds only in pairs and to log every trip, and their passports are now held in the ambassador's safe, a former North Korean diplomat now living in Seoul said, citing contacts still in the service. "It is the same medicine they always use. Nobody goes anywhere alone."

The last comparable case in Europe was in 2016, when a counsellor posted in Copenhagen left with his wife and two children. That defection was followed by a recall of almost the entire mission.

What comes next is less clear. Pyongyang could shrink its European presence further, and some analysts believe a closure in Madrid is possible. North Korea keeps about a dozen embassies in Europe, fewer than a decade ago.

Most defectors never work abroad: over 70 percent of those who reach the South are women from the northern border provinces.

Related: Budapest embassy shuts its doors | Explainer: who defects, and why

Comments (12)
""",
    ),
    dict(
        id="h9e05",
        url="https://www.familiesapart.example/statements/ko-chol-min-relatives",
        pub_date=None,
        events=["G9-madrid-ko-2025", "G9-madrid-family-2026"],
        text="""FAMILIES APART - Network for Separated North Korean Families
About us | Statements | Casework | Donate | Contact

STATEMENT

On the relatives of Ko Chol-min

We have received information from two independent sources inside North Korea that the parents and younger brother of Ko Chol-min, the diplomat who left the North Korean embassy in Madrid last October and now lives in the Republic of Korea, were removed from their flat in Pyongyang's Moranbong district in January and taken to a cooperative farm in South Hwanghae province.

According to one source, the family was given two days to pack. Ko's father, a retired university lecturer in his late sixties, is reported to be in poor health. His brother, who worked at a trading company, lost his job and his Workers' Party membership.

Punishing relatives for the choices of an adult family member is collective punishment and is prohibited under international human rights law. We call on the authorities in Pyongyang to allow the family to return home.

We also call on governments that host North Korean missions not to look away when staff are ordered home after a colleague leaves.

Families Apart has documented cases of relatives punished after a defection since 2012.

Press contact: press@familiesapart.example
Share: Facebook | X | Email
""",
    ),
    dict(
        id="h9e06",
        url="https://www.danubepost.example/politics/north-korean-embassy-closes-doors",
        pub_date="2025-11-29",
        events=["G9-budapest-closure-2025", "G9-budapest-recall-2025"],
        text="""DANUBE POST
Budapest | Hungary | Europe | Business | Opinion
English edition

North Korean embassy in Budapest shuts after seven decades

By Gábor Kiss | Saturday, 29 November 2025

North Korea closed its embassy in Budapest on Friday, Hungary's foreign ministry confirmed, ending a presence in the Hungarian capital that goes back to the 1950s.

"The Democratic People's Republic of Korea informed us by diplomatic note that its embassy would cease operations as of 28 November," the ministry said in a written reply to the Danube Post. Relations between the two countries are not affected, it added, and Hungary will be covered by the North Korean embassy in Berlin.

A removal van was seen outside the villa in the city's 12th district on Thursday. A neighbour said the last cars with diplomatic plates left on Friday afternoon. The gate was chained by evening.

Most of the mission's small staff had already gone. A Hungarian businessman who dealt with the embassy said the remaining diplomats had been "called home in October, quite suddenly", leaving only the ambassador and a driver to wind things up.

The embassy had been one of the oldest North Korean missions in central Europe. In 1989, Hungary became the first Eastern Bloc country to establish relations with South Korea, a move Pyongyang protested at the time by downgrading its embassy.

PHOTO: The gate of the former embassy on Friday evening. (Danube Post/Anna Tóth)

MOST READ
1. Christmas markets open early
2. Forint slips against euro
Share   Email   Print
""",
    ),
    dict(
        id="h9e07",
        url="https://www.eastseawire.example/news/2025/12/01/nk-closes-budapest-embassy",
        pub_date="2025-12-01",
        events=["G9-budapest-closure-2025"],
        text="""EAST SEA WIRE
Home | Korea | North Korea | World | Markets | Video

N. Korea shuts embassy in Hungary, latest in string of closures

SEOUL, Dec. 1 (East Sea Wire) - North Korea has closed its embassy in Hungary, the Hungarian foreign ministry said, as the cash-strapped country continues to pare back its diplomatic network.

The embassy in Budapest stopped operating on Nov. 28, the ministry said, and its work will be handled from Berlin.

Seoul's foreign ministry said it was aware of the closure. "We are monitoring North Korea's diplomatic movements," a spokesperson said.

North Korea had about 50 embassies before a wave of closures began in 2023, according to the unification ministry. Analysts say sanctions have made it harder for missions to earn the money they are expected to send home.

(Reporting by Yang Hye-jin)
""",
    ),
    dict(
        id="h9e08",
        url="https://www.maghrebmonitor.example/en/tunisia/north-korea-embassy-tunis-closes",
        pub_date="2026-04-14",
        events=["G9-tunis-closure-2026", "G9-tunis-doctor-2026"],
        text="""MAGHREB MONITOR
Tunisia | Algeria | Morocco | Libya | Economy | English

North Korea quietly leaves Tunis

Tuesday 14 April 2026

TUNIS - North Korea closed its embassy in Tunis last month, two Tunisian officials said, after a winter in which one of the doctors it had sent to work in the country vanished.

The embassy, in a villa in El Menzah, has been empty since the second half of March, a guard at the neighbouring house told Maghreb Monitor. The flag was taken down and the nameplate unscrewed. "They left at night, in three cars," he said.

The Tunisian foreign ministry has made no public statement. An official there, speaking on condition of anonymity, said the North Korean side had informed Tunis of the decision "some weeks ago" without giving reasons.

A North Korean doctor who worked at a private clinic in Sfax went missing in February, according to a colleague at the clinic. "He went to the market on a Saturday and did not come to work on Monday," she said. North Korean staff from the embassy came to the clinic twice to ask about him. His whereabouts are still unknown.

North Korea has sent medical staff to several North African and Middle Eastern countries for decades, a practice that UN sanctions experts say earns hard currency for Pyongyang.

Share on: Facebook | X | LinkedIn
Read also: Phosphate exports rise | Tourism season starts early
""",
    ),
    dict(
        id="h9e09",
        url="https://newsletter.pyongyangdesk.example/issue-141",
        pub_date="2026-04-10",
        events=["G9-muscat-office-2026", "G9-tunis-closure-2026", "G9-karachi-2018",
                "G9-muscat-recall-2026"],
        text="""THE PYONGYANG DESK
Weekly briefing | Issue 141 | Friday, April 10, 2026
View in browser | Unsubscribe

THIS WEEK

1) Oman: trade office shut
North Korea's trade representation in Muscat closed its doors on 2 April, according to a business contact in the Omani capital who visited the office and found it locked and emptied. The office had arranged contracts for construction crews in Oman for more than a decade. Its closure comes weeks after the workers' own withdrawal (see issue 138).

2) Tunisia, too?
We hear from two diplomatic sources that the embassy in Tunis has also closed, in March. We have not been able to confirm this independently.

3) The pattern
Our tally of North Korean missions that closed since the start of 2023 now stands at 14. Before that, the last trade office to close in South Asia was the one in Karachi, in 2018.

4) Numbers
Unification ministry data: 61 arrivals in the first quarter of 2026, against 48 a year earlier.

QUOTE OF THE WEEK
"Every closure means fewer people outside who could leave." - a former trade official, now in Seoul

You are receiving this because you subscribed at pyongyangdesk.example.
""",
    ),
    dict(
        id="h9e10",
        url="https://www.gulfcourier.example/oman/two-asian-workers-missing-barka-site",
        pub_date="2026-02-12",
        events=["G9-muscat-missing-2026"],
        text="""GULF COURIER
Oman | UAE | Saudi | Qatar | Business | Jobs

OMAN

Two North Korean labourers missing from building site near Muscat

By Staff Reporter | February 12, 2026

MUSCAT: Two North Korean construction workers have not been seen since Sunday, when they failed to return to their accommodation at a housing project west of the capital, a site supervisor said.

The men, both in their thirties, were part of a crew of about 40 North Koreans working for a local subcontractor on a residential compound in Barka. "On Sunday they went to buy phone cards. At night, two beds empty," said the supervisor, an Indian national. "Their manager came to us very upset and asked if we had seen anything."

Royal Oman Police could not be reached for comment. The subcontractor said it had "no information" and that the workers were employed through a company it declined to name.

Under UN Security Council resolutions, member states were required to send North Korean workers home by the end of 2019.

Also on Gulf Courier
- Muscat Festival attendance up 20%
- Fuel prices for March announced
WhatsApp | Facebook | X
""",
    ),
    dict(
        id="h9e11",
        url="https://www.gulfcourier.example/oman/north-korean-crew-leaves-barka",
        pub_date="2026-03-20",
        events=["G9-muscat-recall-2026", "G9-muscat-missing-2026"],
        text="""GULF COURIER
Oman | UAE | Saudi | Qatar | Business | Jobs

OMAN

North Korean crew leaves Barka project weeks after two went missing

By Staff Reporter | March 20, 2026

MUSCAT: The North Korean construction crew at a housing project in Barka has left Oman, weeks after two of its members disappeared, according to the site's main contractor.

About 40 workers were taken to the airport by bus on Saturday night, the contractor's project manager said. "Their bosses told us the order came from Pyongyang. All of them home, immediately. Half the walls are not finished," he said.

The two workers who went missing in early February have not been found.

"They are afraid more will run," said a worker from Bangladesh who shared the site with the North Koreans.

Royal Oman Police did not respond to questions.
Share: WhatsApp | Facebook | X | Copy link
""",
    ),
    dict(
        id="h9e12",
        url="https://www.nkwatchdaily.example/en/2025/11/25/nanning-restaurant-waitresses",
        pub_date="2025-11-25",
        events=["G9-nanning-2025"],
        text="""NK WATCH DAILY
News | Analysis | Markets | Voices | 한국어

Three waitresses gone from North Korean restaurant in Nanning

Kang Min-seo | 2025.11.25 4:10pm

Three young women who sang and served at a North Korean restaurant in Nanning, the capital of China's Guangxi region, slipped away more than a week ago and have not returned, a source in the city told NK Watch Daily.

The three did not come back from a Sunday afternoon outing to a shopping mall on November 16, said the source, a Chinese businessman who often eats at the restaurant. "The manager called everyone he knows. He looked like a dead man."

The restaurant stayed closed for two days and reopened on Wednesday with a reduced staff, the source said.

Chinese police were informed, the source added. The Nanning public security bureau could not be reached.

North Korean restaurants in China are run by state trading companies and each employs a dozen or more women, usually selected from families considered loyal.

Tags: China, restaurants, overseas workers
Comments are closed.
""",
    ),
    dict(
        id="h9e13",
        url="https://www.eastseawire.example/news/2026/02/27/three-restaurant-women-arrive",
        pub_date="2026-02-27",
        events=["G9-nanning-2025"],
        text="""EAST SEA WIRE
Home | Korea | North Korea | World | Markets | Video

Three N. Korean restaurant workers who left China post arrive in South: sources

SEOUL, Feb. 27 (East Sea Wire) - Three North Korean women who worked at a state-run restaurant in southern China and went missing in November have arrived in South Korea, government sources said on Friday.

The women, in their twenties, left the restaurant in Nanning in mid-November and reached Seoul via a third country earlier this month, one source said.

The unification ministry said it could not confirm individual cases, citing the safety of those involved. "There is nothing we can say about specific arrivals," a ministry official said.

It is the first group departure of restaurant staff known since a number of such cases in the late 2010s.

(Reporting by Yang Hye-jin; editing by Park Sun-woo)
""",
    ),
    dict(
        id="h9e14",
        url="https://www.nkwatchdaily.example/en/2026/01/22/nanning-aftermath",
        pub_date="2026-01-22",
        events=["G9-nanning-2025", "G9-nanning-recall-2025", "G9-restaurant-locks-2025",
                "G9-nanning-manager-2026"],
        text="""NK WATCH DAILY
News | Analysis | Markets | Voices | 한국어

After Nanning walkout, restaurant staff in China kept under lock and key

Kang Min-seo | 2026.01.22 9:30am

North Korea has ordered its restaurants in China to lock their workers' dormitories at night, weeks after three waitresses walked out of a restaurant in Nanning, sources in China and North Korea told NK Watch Daily.

Managers were told in December that dormitory doors must be locked from 10 pm and keys kept by the manager, a source in Shenyang said. Staff may no longer go out on their days off except as a group with a minder.

The Nanning restaurant itself has closed for good. Its remaining staff, seven women and a cook, were sent home in mid-December, a Chinese partner of the restaurant said.

The restaurant's manager, a man in his fifties identified by a source in Pyongyang as Jon Sung-il, has been sent to a labour camp, the source said. "He was questioned for weeks about how the girls got out. This month he was sent to a camp in North Pyongan," the source said.

NK Watch Daily was unable to verify the report independently.
Comments are closed.
""",
    ),
    dict(
        id="h9e15",
        url="https://www.islandtimes.example/ulleung/news/20250917-wooden-boat",
        pub_date="2025-09-17",
        events=["G9-ulleung-boat-2025"],
        text="""ULLEUNG ISLAND TIMES (English)
Home | Island news | Ferries | Weather | Tourism

Wooden boat with five aboard towed in off Ulleung; 'from the North', fishermen say

September 17, 2025 10:52 KST

A small wooden boat carrying what local fishermen described as five North Koreans was found drifting northeast of Ulleung Island early this morning and escorted to port by the coast guard.

Squid fishermen returning to Jeodong harbour spotted the boat around 5:30 am about 25 km off the island, one of them said. "Its engine was dead. A man stood up and waved a white shirt. I counted five people, one of them looked like a boy," said the fisherman, Pyo Jae-sik, 61.

The coast guard did not confirm how many people were aboard. A coast guard officer at the harbour said only that "an unidentified vessel" had been found and that the people on it were "in good health".

Ferry services to Pohang ran normally.

Photo: A coast guard boat escorts the wooden vessel into Jeodong harbour. (Ulleung Island Times)
""",
    ),
    dict(
        id="h9e16",
        url="https://www.eastseawire.example/news/2025/09/17/nk-boat-ulleung-defect",
        pub_date="2025-09-17",
        events=["G9-ulleung-boat-2025", "G9-gunsan-2024"],
        text="""EAST SEA WIRE
Home | Korea | North Korea | World | Markets | Video

(LEAD) Four North Koreans on wooden boat found off Ulleung, want to defect: JCS

SEOUL, Sept. 17 (East Sea Wire) - Four North Koreans aboard a small wooden boat were found off South Korea's Ulleung Island early Wednesday and expressed a wish to defect, the military said.

The Joint Chiefs of Staff said a coast guard patrol took the boat under escort at about 5:40 a.m., after fishing boats reported it some 25 kilometers northeast of the island.

"The four - two men, a woman and a teenage boy - said they intended to defect," a JCS officer told reporters. Authorities are questioning them on how and from where they set off.

The military said it had not detected the boat before it was reported, and would look into how it reached the area unnoticed.

It is the first time North Koreans have come south by boat since June 2024, when a man in his fifties was found on a small boat off Eocheong Island near Gunsan on the west coast.

(END)
""",
    ),
    dict(
        id="h9e17",
        url="https://www.koreaeveningpost.example/national/defense/2025-09-18/boat-off-ulleung",
        pub_date="2025-09-18",
        events=["G9-ulleung-boat-2025", "G9-gunsan-2024"],
        text="""KOREA EVENING POST
National | Defense | Politics | Business | Opinion | Sports

Four North Koreans on wooden boat found off Ulleung want to defect

Posted : 2025-09-18 07:31 | Updated : 2025-09-18 09:02

Four North Koreans aboard a small wooden boat were found off Ulleung Island early Wednesday and said they wanted to defect, the military said.

The Joint Chiefs of Staff said the coast guard took the boat under escort at about 5:40 a.m. after fishing boats reported it around 25 kilometers northeast of the island.

The four - two men, a woman and a boy in his teens - said they intended to defect, a JCS officer said. Officials are questioning them on how and from where they set off.The military said it had not detected the boat until fishermen reported it.

It was the first such arrival by sea since June 2024, when a man in his 50s was found on a small boat near Eocheong Island off Gunsan.

Related articles
- Military to review east coast radar coverage
- Opinion: Who watches the sea?
""",
    ),
    dict(
        id="h9e18",
        url="https://www.koreaeveningpost.example/national/northkorea/2025-09-26/ulleung-boat-family",
        pub_date="2025-09-26",
        events=["G9-ulleung-boat-2025"],
        text="""KOREA EVENING POST
National | North Korea | Politics | Business | Opinion | Sports

Ulleung boat four were a family who sailed 3 days from Hongwon

Posted : 2025-09-26 14:10

The four North Koreans found off Ulleung Island last week were a family who left the port of Hongwon in South Hamgyong province on the night of Sept. 14 and spent three days at sea, the unification ministry said Friday.

The group - a man in his forties, his wife, their 17-year-old son and the man's younger brother - had planned the trip for more than a year, ministry spokesman Choi Young-hoon said, citing the joint interrogation. "The engine failed on the second day and they drifted south," he said.

Choi said all four would be handed over to the Hanawon resettlement centre after questioning.

The case is different from that of six fishermen whose boat drifted south in July; they asked to go home and were handed back at sea.

An official said early reports that five people were on board were mistaken.

Most read: 1. Chuseok traffic forecast  2. Apartment prices
""",
    ),
    dict(
        id="h9e19",
        url="https://www.eastseawire.example/news/2026/05/07/nk-man-boat-taean",
        pub_date="2026-05-07",
        events=["G9-taean-boat-2026", "G9-ulleung-boat-2025"],
        text="""EAST SEA WIRE
Home | Korea | North Korea | World | Markets | Video

North Korean man crosses Yellow Sea in small boat, found off Taean

SEOUL, May 7 (East Sea Wire) - A North Korean man who crossed the Yellow Sea alone in a small wooden boat was picked up off Taean on South Korea's west coast on Wednesday, military officials said.

A fishing boat spotted the man near the Gyeongnyeolbi islands at around 7 a.m. and the coast guard brought him ashore, the Joint Chiefs of Staff said on Thursday. He is in his forties, told investigators he was a fisherman from South Hwanghae province and asked to stay in the South, the JCS said.

"He said he had been planning to leave for a long time and waited for a calm night," a military official said.

The man's arrival comes eight months after a family of four reached Ulleung Island in a wooden boat in September.

(Reporting by Moon Ji-ah)
""",
    ),
    dict(
        id="h9e20",
        url="https://www.nkwatchdaily.example/en/2026/06/02/south-hwanghae-boats-night-ban",
        pub_date="2026-06-02",
        events=["G9-hwanghae-boats-2026", "G9-hwanghae-officials-2026", "G9-taean-boat-2026"],
        text="""NK WATCH DAILY
News | Analysis | Markets | Voices | 한국어

South Hwanghae chains its fishing boats at night after man's escape to the South

Kang Min-seo | 2026.06.02 11:05am

Authorities in North Korea's South Hwanghae province have banned fishing boats from leaving port after dark and ordered a soldier to ride on every boat that goes to sea, sources in the province told NK Watch Daily, after a local fisherman sailed to the South in May.

Since mid-May, boats in Ongjin and Kangryong counties must be back at their piers by 6 pm and are chained together overnight under guard, one source said. "Nobody goes out without a border guard on board, and you sign a paper at the pier every time."

The fisheries station where the man worked has also paid a price. Its manager and the head of the local security office were dismissed late last month and sent with their families to work at a coal mine in North Hwanghae, the source said.

The fisherman, in his forties, was found off Taean on South Korea's west coast on May 6.

South Korea's National Intelligence Service told a closed-door session of parliament's intelligence committee last week that the North had "barred night fishing and put guards on boats" along the South Hwanghae coast after the case, Rep. Ha Jong-min, the committee's ruling-party secretary, told reporters afterwards.

"Now the whole village is punished for one man," the source said. "Catches are half of what they were."
Comments are closed.
""",
    ),
    dict(
        id="h9e21",
        url="https://www.eastseawire.example/news/2026/01/20/two-nk-soldiers-cross-mdl",
        pub_date="2026-01-20",
        events=["G9-mde-soldiers-2026", "G9-western-private-2025"],
        text="""EAST SEA WIRE
Home | Korea | North Korea | World | Markets | Video

(2nd LD) Two North Korean soldiers cross border on mid-eastern front

SEOUL, Jan. 20 (East Sea Wire) - Two North Korean soldiers walked across the military demarcation line on the mid-eastern front on Tuesday morning and were taken into custody by South Korean troops, the Joint Chiefs of Staff said.

The two, a sergeant and a private, crossed the heavily fortified border at around 8:20 a.m. in thick fog, the JCS said. Guard posts had tracked them with thermal cameras for about half an hour before a team was sent to meet them.

"They have expressed their intention to defect," a JCS officer said. "The process was carried out safely."

No unusual movement was detected among North Korean troops after the crossing, the JCS said.

The crossing is the first by a North Korean soldier since August, when a private walked across on the western front.

(END)

Keywords: North Korea, military, DMZ
""",
    ),
    dict(
        id="h9e22",
        url="https://www.radiopeninsula.example/transcripts/2026-01-21-morning-bulletin",
        pub_date="2026-01-21",
        events=["G9-mde-soldiers-2026"],
        text="""RADIO PENINSULA - TRANSCRIPTS
Programmes | Schedule | Listen live | Transcripts

Morning Bulletin, 21 January 2026 (transcript)

ANCHOR (Noh Eun-bi): Good morning.
Our top story:
two North Korean soldiers
are being questioned today
by South Korean
authorities after
they walked across
the border
yesterday morning.
The military says
the two men,
a sergeant and
a private, came
through fog on
the mid-eastern front
and told the
troops who met
them that they
wanted to stay.
Our defence correspondent
Seok Tae-ho:
SEOK: Eun-bi, officers
I spoke to say
the pair carried
no weapons
and had been
watched on camera
for some thirty
minutes. One
of them, the
private, is said to
be just 19.
ANCHOR: Thank you.
In other news, a
cold wave ...

[Transcript ends]
""",
    ),
    dict(
        id="h9e23",
        url="https://www.thekorealedger.example/defense/mdl-crossings-winter",
        pub_date="2026-01-23",
        events=["G9-mde-soldiers-2026", "G9-western-private-2025"],
        text="""The Korea Ledger
Analysis | Politics | North Korea | Economy | Podcast

DEFENSE

Two soldiers, one foggy morning: what Tuesday's crossing tells us

By Daniel Seo | January 23, 2026

The two North Korean soldiers who came across on the mid-eastern front on Tuesday had belonged to the same guard post, and the older of the two, a sergeant of 24, had planned the crossing for months, according to a military official familiar with their questioning.

They chose the fog, the official said, and walked along a stream bed that the North's own mine-clearing had left open in 2024 when its troops built walls and roads along the line.

This was the second such crossing in five months. Last August a private crossed on the western front, near the Imjin River, and gave himself up at a guard post in daylight.

Not every movement near the line is a defection. Twice this winter, North Korean work crews stepped a few metres south of the demarcation line and went back after South Korean troops fired warning shots and broadcast warnings.

Roughly a dozen North Korean soldiers have crossed the land border since 2010, a small share of the 34,000 people who have reached the South since the 1990s.

Share   Print   Email
""",
    ),
    dict(
        id="h9e24",
        url="https://www.eastseawire.example/news/2026/03/13/nk-soldier-shot-mdl",
        pub_date="2026-03-13",
        events=["G9-soldier-shot-2026", "G9-soldier-shot-attempt-2026", "G9-mde-soldiers-2026",
                "G9-mde-commanders-2026"],
        text="""EAST SEA WIRE
Home | Korea | North Korea | World | Markets | Video

N. Korean soldier shot dead by own troops while running toward border: JCS

SEOUL, March 13 (East Sea Wire) - A North Korean soldier was shot dead by his own comrades as he ran toward the military demarcation line on the eastern front on Thursday, South Korea's Joint Chiefs of Staff said Friday.

South Korean guard posts saw a man in uniform sprinting down a slope toward the line at about 4 p.m., and several North Korean soldiers following him fired on him from about 100 meters, the JCS said. He fell roughly 300 meters north of the line.

"We assess that he was attempting to defect and was shot by North Korean troops," a JCS officer said. His body was carried away by the North Korean soldiers about an hour later.

No shots crossed the line and South Korean troops did not fire, the JCS said.

The incident comes less than two months after two North Korean soldiers crossed on the mid-eastern front. A South Korean military source said the North had relieved the commander and political officer of the regiment the two had served in and sent them to a labour unit in February.

(END)
""",
    ),
    dict(
        id="h9e25",
        url="https://www.crossingpoint.example/alerts/2026-01-erenhot",
        pub_date="2026-01-16",
        events=["G9-erenhot-arrest-2026"],
        text="""CROSSING POINT
Helping North Korean refugees reach safety since 2009
Home | Our work | Alerts | Stories | Give

URGENT ALERT - 16 January 2026

Five North Korean refugees detained near the Mongolian border

Five North Korean refugees - three women and two men, aged between 23 and 52 - were detained by Chinese police on Sunday, January 11, on the outskirts of Erenhot in Inner Mongolia, a few kilometres from the border with Mongolia.

The group had travelled by bus from Shenyang over three days. They were picked up at a safe house after a neighbour reported strangers to the police, our partner in the region told us. They are being held at a detention centre in Erenhot.

All five had been living in hiding in northeastern China. One of the women, Mun Kyong-ae, 52, left North Korea in 2017.

They are at grave risk of being sent back to North Korea, where returnees are routinely interrogated and many are sent to prison camps.

Please write to the Chinese embassy in your country. Template letter below.

DONATE | SHARE THIS ALERT
""",
    ),
    dict(
        id="h9e26",
        url="https://www.nkwatchdaily.example/en/2026/02/27/erenhot-group-returned",
        pub_date="2026-02-27",
        events=["G9-erenhot-return-2026", "G9-erenhot-arrest-2026"],
        text="""NK WATCH DAILY
News | Analysis | Markets | Voices | 한국어

China sends back North Koreans caught near Mongolian border

Kang Min-seo | 2026.02.27 2:20pm

Six North Koreans caught in January near the Inner Mongolian border town of Erenhot were handed back to North Korea on Tuesday, according to a source in Jilin province and a South Korean rescue group.

The group was driven from Erenhot to the border in a police van over two days and handed to North Korean state security officers at a crossing in Jilin province on February 24, the source said.

The rescue group Crossing Point, which has campaigned for the group, put their number at five. The source said a sixth person, a man caught with them who had been held separately, was sent back with them.

China's foreign ministry has said in the past that North Koreans who enter illegally for economic reasons are not refugees and are dealt with "in accordance with law".

Related: Explainer - what happens to returnees
Comments are closed.
""",
    ),
    dict(
        id="h9e27",
        url="https://www.crossingpoint.example/stories/erenhot-five-sentenced",
        pub_date="2026-04-28",
        events=["G9-erenhot-punish-2026", "G9-erenhot-return-2026", "G9-erenhot-arrest-2026"],
        text="""CROSSING POINT
Helping North Korean refugees reach safety since 2009
Home | Our work | Alerts | Stories | Give

STORIES | 28 April 2026

What became of the Erenhot five

In January we asked you to write letters for five North Koreans caught near the Mongolian border. In February they were sent back. This month we learned what happened to them.

According to a relative in North Korea who spoke to our partner by phone, Mun Kyong-ae and a younger woman from the group were sentenced earlier this month to ten years in a kyohwaso, a reform-through-labour prison, in South Hamgyong province. The security officers said they had "met South Koreans" in China. The two men received shorter terms at a labour training camp; what happened to the third woman is not known.

"She did nothing except want to live," the relative said of Mun.

Thank you to the more than 3,000 supporters who wrote letters. We will not stop.

Kyohwaso: a long-term prison camp for those convicted of crimes; conditions are harsh and forced labour is the rule.

DONATE | SHARE
""",
    ),
    dict(
        id="h9e28",
        url="https://www.southchinabeat.example/guangxi-yunnan/hekou-three-women-returned",
        pub_date="2026-01-19",
        events=["G9-hekou-arrest-2025", "G9-hekou-return-2026"],
        text="""SOUTH CHINA BEAT
Guangdong | Guangxi | Yunnan | Hong Kong | Business

Three North Korean women caught at Yunnan border sent home, activists say

By Wendy Lau | 19 January 2026

Three North Korean women detained in November as they tried to cross from the Yunnan border town of Hekou into Vietnam were returned to North Korea last Thursday, a Seoul-based activist said.

The women, two of them sisters, were arrested by Chinese border police on the night of November 22 on the bank of the Red River, said Bae Ji-yeon of the group Northern Light Mission, citing the broker who had been guiding them. "They were meant to swim across to Lao Cai. The police were waiting."

The women were flown from Kunming to northeast China and handed over at the border on January 15, Bae said.

Yunnan's public security department did not reply to a fax seeking comment.

Read more: Yunnan tightens river patrols | Hekou's night market reopens
""",
    ),
    dict(
        id="h9e29",
        url="https://www.thekorealedger.example/explainers/what-happens-to-returnees",
        pub_date=None,
        events=["G9-hekou-return-2026", "G9-erenhot-return-2026"],
        text="""The Korea Ledger
Analysis | Politics | North Korea | Economy | Podcast

EXPLAINER

What happens to North Koreans sent back from China?

By the Ledger desk

Q: How many are returned?
A: Nobody knows. Rights groups estimate that several thousand North Koreans are held in China at any time, and returns come in batches, often after months in detention.

Q: What are some recent cases?
A: In January, three women caught at Hekou on the Vietnamese border were handed back after two months in custody. In February, a group caught near Erenhot, close to Mongolia, followed.

Q: What happens when they arrive?
A: Returnees are usually questioned by the Ministry of State Security for weeks. Those found to have met South Koreans, gone to church or tried to reach the South are typically sent to political prison camps or long-term prisons; those who only worked in China may get shorter terms.

Q: Could China change course?
A: If Beijing ever recognised them as refugees, most would head for Seoul. Few expect that.

Glossary: "forced repatriation" - the return of a person to a country where they face persecution.
Share   Print
""",
    ),
    dict(
        id="h9e30",
        url="https://www.southchinabeat.example/hong-kong/luohu-north-korean-mother-daughter",
        pub_date="2026-03-06",
        events=["G9-shenzhen-arrest-2026"],
        text="""SOUTH CHINA BEAT
Guangdong | Guangxi | Yunnan | Hong Kong | Business

North Korean mother and daughter held at Shenzhen border crossing, group says

By Wendy Lau | 6 March 2026

A North Korean woman and her 12-year-old daughter were detained by Chinese border officers on Tuesday as they tried to pass through the Luohu checkpoint between Shenzhen and Hong Kong using borrowed Chinese identity papers, a Seoul-based rescue group said.

The woman, Hwang Ok-ran, 38, had lived in Hebei province since 2014 and the girl was born in North Korea before she left, said Northern Light Mission. "They were pulled out of the queue at the e-channel. The photo did not match," said Bae Ji-yeon of the group.

Asked about the case on Thursday, a Chinese foreign ministry spokesperson said she was "not aware of the situation" and would not comment on "individual cases".

The two face being sent back to North Korea, Bae said. Hong Kong's Immigration Department said it had no record of the pair.

Share: Facebook | X | WhatsApp
""",
    ),
    dict(
        id="h9e31",
        url="https://www.siberiatoday.example/en/yakutia/north-korean-builder-detained-neryungri",
        pub_date="2026-02-09",
        events=["G9-yakutsk-arrest-2026"],
        text="""SIBERIA TODAY
Novosibirsk | Krasnoyarsk | Yakutia | Far East | English

North Korean builder who fled Yakutsk site detained 800 km away

09.02.2026 12:44

YAKUTSK - A North Korean construction worker who ran away from a building site in Yakutsk was detained on Friday at the bus station in Neryungri, in the south of Yakutia, the republic's interior ministry said.

The man, 41, left the residential construction site in the city's Avtodorozhny district on the night of February 3 and travelled south by shared taxi, the ministry said in a statement. Police checked his documents at the bus station on February 6 and found that he had no passport and his work permit had expired.

A police source told Siberia Today the man had been trying to reach Moscow, where he hoped to go to the South Korean embassy. He had about 30,000 rubles with him.

He is being held in a temporary detention centre for foreign nationals pending a court decision on his expulsion, the ministry said.

About 200 North Koreans work on building sites in Yakutia, according to local officials.

Tags: Yakutia, migration, North Korea
""",
    ),
    dict(
        id="h9e32",
        url="https://www.siberiatoday.example/en/yakutia/north-korean-builder-expelled",
        pub_date="2026-03-07",
        events=["G9-yakutsk-deport-2026", "G9-yakutsk-arrest-2026", "G9-yakutsk-rules-2026"],
        text="""SIBERIA TODAY
Novosibirsk | Krasnoyarsk | Yakutia | Far East | English

Yakutia expels North Korean worker caught fleeing to Moscow

07.03.2026 09:10

YAKUTSK - A North Korean construction worker detained in Neryungri last month has been expelled to North Korea, the migration department of Yakutia's interior ministry said.

The man, whom a court in Neryungri ordered expelled on February 19 for breaking migration rules, was escorted on Thursday onto a flight from Yakutsk and handed to North Korean consular officials in Moscow for the onward journey, the department said. His name was given in court papers as Sim Kwang-ho.

A lawyer who had asked the court to let him apply for refugee status said the request was "not even considered". "He told the judge he would be killed if sent back," she said.

Since his escape, the roughly 60 North Koreans still working for the same contractor in Yakutsk have not been allowed to leave their dormitory except in groups of five led by a foreman, and their phones were collected in mid-February, a Russian engineer on the site said.

Share  VK  Telegram
""",
    ),
    dict(
        id="h9e33",
        url="https://www.baythunder.example/chattogram/port/crewman-missing-north-korean-ship",
        pub_date="2025-12-09",
        events=["G9-chittagong-crewman-2025"],
        text="""THE BAY THUNDER
Dhaka | Chattogram | Sylhet | National | Business | Sports

CHATTOGRAM

Crewman goes missing from North Korean-flagged ship in port

Staff Correspondent | Published: 09 Dec 2025, 01:20 AM

A North Korean crew member of a cargo ship flying his country's flag went missing while the vessel was berthed at Chattogram port last week, port and police officials said.

The sailor, a man aged about 30, went ashore with shore passes on Thursday afternoon together with two other crewmen and did not return, said an official of the port's security department. The other two came back to the ship in the evening.

The ship, which was unloading cement clinker, left Chattogram on Sunday without him after the captain filed a report with the port police, the official said.

"We are looking for him. He has no passport with him," said an officer at Patenga police station. CCTV footage showed him walking toward the city alone.

The ship's agent in Chattogram declined to comment.

Related: Port congestion eases | Bay fishing ban ends
""",
    ),
    dict(
        id="h9e34",
        url="https://www.nkwatchdaily.example/en/2025/12/26/kanggye-execution-broker",
        pub_date="2025-12-26",
        events=["G9-kanggye-execution-2025", "G9-chagang-border-2025"],
        text="""NK WATCH DAILY
News | Analysis | Markets | Voices | 한국어

Broker shot before crowd in Kanggye for arranging escapes and calls to the South

Kang Min-seo | 2025.12.26 10:00am

A man accused of helping people leave North Korea and connecting families with relatives in the South by Chinese mobile phone was executed by firing squad in front of a crowd in Kanggye, the capital of Chagang province, last week, sources in the province said.

The man, Yun Chang-guk, 46, was shot at a riverside sports ground on December 18 after a short trial held on the spot, one source said. Residents of nearby neighbourhoods and students were brought in to watch.

"They read out that he had sent 'traitors' across the river and taken money from South Korea," the source said.

Border guards in the province have been under orders since October to shoot anyone who approaches the Yalu River at night without a permit, and new barbed wire has gone up along several stretches, a second source said.

Public executions are used to frighten people, former residents say.
Comments are closed.
""",
    ),
    dict(
        id="h9e35",
        url="https://www.openasiaradio.example/english/news/chagang-river-three-caught",
        pub_date="2026-03-02",
        events=["G9-chagang-attempt-2026", "G9-chagang-border-2025"],
        text="""OPEN ASIA RADIO
English | 한국어 | 中文 | Tibetan | Uyghur
Home > Korea > North Korea

Three caught crossing frozen Yalu in Chagang province

By Tae Yoo-na, for Open Asia Radio
2026.03.02

Three residents of Chosan county in Chagang province were caught by border guards as they tried to walk across the frozen Yalu River into China last month, a source in the province told Open Asia Radio.

A woman in her thirties, her younger brother and a neighbour were seized on the ice in the early hours of one night in mid-February after a patrol dog picked up their tracks, the source said. "They were almost at the Chinese side."

They are being held by the provincial state security department.

Guards along the river have since October been under an order to shoot at anyone approaching without permission, the source said, but did not fire in this case because the patrol was close enough to catch them.

Reported by Tae Yoo-na for Open Asia Radio. Translated by Shin Da-hye. Edited by Eugene Park.
""",
    ),
    dict(
        id="h9e36",
        url="https://newsletter.pyongyangdesk.example/issue-134",
        pub_date="2026-02-16",
        events=["G9-it-phones-2026", "G9-family-pledges-2026", "G9-muscat-missing-2026"],
        text="""THE PYONGYANG DESK
Weekly briefing | Issue 134 | Monday, February 16, 2026
View in browser | Unsubscribe

THIS WEEK

1) Phones in a box
North Korean IT teams working in China have since January had to hand in their personal phones to their team leader every night and may use laptops only in a shared room under camera, according to a South Korean cybersecurity researcher who monitors the groups' chat logs. "They are scared of losing people more than of losing contracts," she said.

2) Pledges at home
Families of workers posted abroad were called to local state security offices this month and made to sign pledges that they would report any contact from a relative overseas and answer for any relative who fails to come home, and must now report in person every week, a source in North Pyongan province told us.

3) Oman
Two North Korean builders went missing near Muscat on Sunday, February 8 (Gulf Courier). We will follow this.

4) Reading
Our long read on the history of overseas labour: from Siberian logging camps in the 1960s to today's IT contractors.

You are receiving this because you subscribed at pyongyangdesk.example.
""",
    ),
    dict(
        id="h9e37",
        url="https://www.northernlightmission.example/news/april-2026-update",
        pub_date="2026-04-20",
        events=["G9-changchun-arrest-2026", "G9-shenzhen-arrest-2026"],
        text="""NORTHERN LIGHT MISSION
Home | About | News | Pray | Support

April 2026 update

Dear friends,

This month brought hard news. On April 9, two of the people we were helping - a man of 29 and his aunt - were taken off a train at Changchun station by railway police during an ID check. They had boarded in Yanbian and were heading south. They are now held in Changchun.

We still have no news of Hwang Ok-ran and her daughter, detained at the Shenzhen border in March.

Since we began this work in 2011 we have helped 412 people reach safety. More than half were women over 40.

Please pray for the families, and for our team members who take risks every day.

In Christ,
Bae Ji-yeon, Director

Support our work | Unsubscribe
""",
    ),
    dict(
        id="h9e38",
        url="https://www.eastseawire.example/news/2026/04/22/china-returns-300",
        pub_date="2026-04-22",
        events=["G9-mass-return-2026", "G9-hekou-return-2026"],
        text="""EAST SEA WIRE
Home | Korea | North Korea | World | Markets | Video

China sends back about 300 North Koreans in one day: rights groups

SEOUL, April 22 (East Sea Wire) - China forcibly returned about 300 North Koreans held in detention centres in Jilin province on Saturday, two rights groups said, the largest single return reported this year.

Buses carried the detainees across the border bridge into North Korea's Rason area on April 18, the Seoul-based Beyond Borders Justice Forum said, citing witnesses on the Chinese side. Another group, Crossing Point, put the number at about 280.

South Korea's foreign ministry said it "regrets" the return and had asked Beijing to treat North Koreans in line with international norms. China's foreign ministry did not comment.

In January, three women caught at China's border with Vietnam were sent back, activists said.

(Reporting by Moon Ji-ah)
""",
    ),
    dict(
        id="h9e39",
        url="https://www.koreaeveningpost.example/opinion/columns/2026-05-04/arrivals-numbers",
        pub_date="2026-05-04",
        events=[],
        text="""KOREA EVENING POST
National | North Korea | Politics | Business | Opinion | Sports

OPINION / COLUMN

The numbers behind the headlines

By Hyun Soo-jeong

Every few weeks a boat, a soldier or a diplomat makes the news, and we talk for a day about what it means. The numbers tell a calmer story.

About 34,300 North Koreans have settled in the South since the late 1990s. Arrivals peaked at almost 2,900 in 2009, collapsed to a few dozen during the pandemic and have crept back to around 200 to 250 a year. Roughly seven in ten are women. Fewer than one in twenty worked abroad before leaving.

Suppose the Chinese border were to open tomorrow: would we see thousands a year again? Perhaps. But smugglers' fees, which have risen to the equivalent of $15,000 or more, would keep most people home.

A word on words: a "defector" in official usage is a "North Korean migrant" (bukhan ital jumin), a term some of them dislike.

What the numbers cannot capture is the cost to those left behind. That, too, deserves a column.

Hyun Soo-jeong is a research fellow at the Institute for Peninsula Studies.
Share   Print
""",
    ),
    dict(
        id="h9e40",
        url="https://www.iberiaherald.example/opinion/editorials/madrid-embassy-and-spain",
        pub_date="2026-03-14",
        events=["G9-madrid-ko-2025", "G9-madrid-recall-2025", "G9-budapest-closure-2025"],
        text="""THE IBERIA HERALD
Madrid | Spain | Europe | Business | Culture | Sport

EDITORIAL

What Spain owes the next Ko Chol-min

Five months ago a young North Korean diplomat and his wife walked out of their flat in Aravaca with two backpacks. This week we learned they are safe in Seoul. Spain's government has said nothing, and that is, for once, the right call.

But silence should not mean indifference. After Mr Ko left, two of his colleagues were ordered back to Pyongyang in November; nobody in Madrid asked what awaited them there. Hungary, which saw the North's embassy in Budapest close in November, did not ask either.

If another North Korean knocks on a Spanish door, the answer must be ready. Spain should say now, in plain words, that anyone who asks for protection will be heard.

Share   Print
""",
    ),
]
