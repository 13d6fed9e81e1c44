"""English pages of the heldout7 benchmark. Everything here is invented: people, outlets
(on .example domains) and events. Real agencies are cited the way real pages cite them.

Each page: id, url, pub_date (ISO day, or None where the page shows no date), events (gold
event ids from events_gold.py that the page reports), text (the page as scraped).
"""

PAGES = [
    dict(
        id="h7e01",
        url="https://www.nordbladet.example/en/sweden/solna-north-korean-diplomat-flat-empty",
        pub_date="2025-11-21",
        events=["G7-stockholm-jang-2025"],
        text="""NORDBLADET in English
Sweden | Nordics | World | Business | Culture | Newsletter
Search   Sign in

SWEDEN

Lights off, post piling up: North Korean diplomat's family not seen in Solna for twelve days

Published 21 Nov 2025 at 07:05 | By Maja Lindqvist

The third-floor flat in Solna rented by the North Korean embassy for one of its diplomats has been dark since the weekend before last, and the family that lived there has not been seen by anyone in the building, four residents told Nordbladet.

Jang Myong-ho, 47, a first secretary at the embassy in Stockholm who neighbours say looked after "consular things", was last seen with his wife and their 14-year-old son late on Sunday 9 November, loading a hired car in the courtyard.

"He helped me with my bicycle once. That evening he only nodded, he was in a hurry," said a woman who lives on the same landing. "The boy was carrying a guitar case. I thought they were going on holiday."

Since then, residents said, two men have come to the door several times and left with a cardboard box. Letters addressed to the family fill the box downstairs.

The embassy, a low villa in Lidingö, did not answer the door or the telephone on Thursday. The Swedish foreign ministry said it "does not comment on individual diplomats' circumstances". The Swedish Migration Agency said it never comments on whether any person has applied for protection.

North Korea keeps a small staff in Sweden, one of the few Western countries where it has had an embassy since the 1970s.

Advertisement

Share this article   Facebook   X   Email   Copy link

READ MORE
- Stockholm's winter shelters fill early
- Opinion: what our embassy in Pyongyang is for
- Ferry strike called off at last minute

(c) Nordbladet AB 2025
""",
    ),
    dict(
        id="h7e02",
        url="https://www.koreaLedger.example/politics/20260120-stockholm-diplomat-seoul",
        pub_date="2026-01-20",
        events=["G7-stockholm-jang-2025"],
        text="""The Korea Ledger
HOME > POLITICS > NORTH KOREA

North Korean diplomat who left Stockholm post is in Seoul with family, ministry says

SEOUL, Jan. 20, 2026 (Asia Desk Wire) -- A North Korean first secretary who went missing from his post in Sweden in November has arrived in South Korea with his wife and son, the unification ministry said Tuesday.

Jang Myong-ho, 47, who handled consular affairs at the North's embassy in Stockholm, entered the South in December and is being questioned by authorities, ministry spokesman Kwon Jae-hyun told a regular briefing.

"We can confirm that the diplomat and his family are under the government's protection," Kwon said, declining to say how they travelled or when exactly they arrived.

Jang is the first North Korean diplomat posted in a Nordic country known to have come to the South. A Swedish newspaper reported in November that the family had not been seen at their flat outside Stockholm since Nov. 9.

A ministry official, speaking on condition of anonymity, said the son, 14, would be enrolled in a school "when the family is ready".

North Korea has made no comment. Its state media rarely acknowledges defections.

jhpark@asiadeskwire.example
(END)

Related
- Unification ministry to revise resettlement allowances
- [Photo] Snow at Imjingak
""",
    ),
    dict(
        id="h7e03",
        url="https://pacificmorning.example/asia/2026/01/21/nk-diplomat-sweden-arrives-south",
        pub_date="2026-01-21",
        events=["G7-stockholm-jang-2025"],
        text="""Pacific Morning  |  Asia  |  Markets  |  Tech  |  Sport
Wednesday, 21 January 2026

North Korean envoy who vanished in Sweden now in South, Seoul confirms

By Asia Desk Wire

SEOUL -- A North Korean diplomat who disappeared from his post in Sweden two months ago has arrived in South Korea with his wife and teenage son, Seoul's unification ministry said on Tuesday.

Chang Myong Ho, 47, a first secretary at the North Korean embassy in Stockholm, entered South Korea in December and is being questioned by the authorities, ministry spokesman Kwon Jae-hyun told reporters.

"We can confirm that the diplomat and his family are under the government's protection," Kwon said.He declined to say how the family had travelled.

A Swedish newspaper reported in November that the family had not been seen at their flat outside Stockholm since Nov 9.

Jang - whose name is also romanised Chang - is the first North Korean diplomat from a Nordic posting known to have reached the South.

(Reporting by Park Jun-hee; Editing by Tom Ashworth)

Our Standards: The Trust Principles.
Most read: Yen slides | Typhoon season review | Seoul property curbs
""",
    ),
    dict(
        id="h7e04",
        url="https://www.nordbladet.example/en/long-read/the-first-secretary-who-left",
        pub_date="2026-02-26",
        events=["G7-stockholm-jang-2025", "G7-stockholm-recall-2025", "G7-europe-rules-2025"],
        text="""NORDBLADET in English  >  Long read

The quiet man from the villa on Lidingö

How a North Korean diplomat, his wife and their son left a Stockholm suburb on a Sunday night - and what happened at the embassy afterwards

By Maja Lindqvist and Han Eun-jae | 26 February 2026 | 12 min read

[Photo: The North Korean embassy on Lidingö, January 2026. Photo: Nordbladet]

It was raining on the evening of Sunday 9 November when Jang Myong-ho carried the last bag down three flights of stairs in Solna. His son had insisted on bringing a guitar. His wife had packed food for a day. By the time the embassy noticed that the first secretary had not come in on Monday morning, the family was, in the words of one person who helped them, "already two countries away".

Jang, 47, had been in Stockholm since 2021. His work was unglamorous: visas for the handful of Swedes who visit Pyongyang each year, paperwork for the embassy's two cars, certificates. Neighbours remember him as polite and tired. A Swedish teacher who gave the boy extra maths lessons says he talked about football and nothing else.

In January the family resurfaced in Seoul, where the unification ministry confirmed they were under government protection.

For the people they left behind in the villa, the weeks after were harder. Two diplomats who know the embassy well said its security counsellor and a second secretary were summoned to Pyongyang in the last week of November and have not come back. "They were blamed for not seeing it," one of them said.

Since December, according to the same diplomats and a European official, staff at North Korean missions across Europe have had to hand their passports to the security officer every evening, may leave their compounds only in threes, and have their families' phones checked once a week.

None of this is new in kind. What struck one of the diplomats was the speed. "Before, these orders took months," he said. "This time, two weeks."

Jang himself has not spoken publicly. Through an intermediary he let it be known that his son "is learning to write in a different way" and that he would like to be left alone.

The North Korean embassy did not respond to written questions.

Topics: North Korea | Diplomacy | Sweden
Share  |  Save  |  Gift this article
""",
    ),
    dict(
        id="h7e05",
        url="https://freevoiceskorea.example/statements/2026-03-03-jang-family",
        pub_date="2026-03-03",
        events=["G7-jang-relatives-2026", "G7-stockholm-jang-2025"],
        text="""FREE VOICES KOREA
About | Campaigns | Statements | Donate

Published: 03/03/2026 · Press statement

Relatives of diplomat who fled Stockholm moved out of Pyongyang

Free Voices Korea has learned from two sources inside North Korea that the parents and younger brother of Jang Myong-ho, the first secretary who left the North Korean embassy in Stockholm in November and is now in South Korea, were taken from their apartment in Pyongyang's Moranbong district in early February and moved to a village in the mountains of South Hamgyong province.

The brother, an engineer, lost his job. The father, a retired teacher, had to sign a statement denouncing his son, one source said.

"Punishing parents for a son's choice is collective punishment, pure and simple," said Yun Ha-rim, the group's director.

We call on the government in Pyongyang to let the family return home, and on Sweden, which hosts the embassy, to raise the case.

Contact: press@freevoiceskorea.example
Tags: collective punishment, diplomats, Sweden
""",
    ),
    dict(
        id="h7e06",
        url="https://www.koreaLedger.example/analysis/20260128-why-diplomats-leave",
        pub_date="2026-01-28",
        events=["G7-stockholm-jang-2025", "G7-bern-seo-2016"],
        text="""The Korea Ledger
HOME > ANALYSIS

[ANALYSIS] Why North Korea's diplomats keep walking away

Posted : 2026-01-28 16:40  Updated : 2026-01-28 18:02

By Oh Ji-sun

The news last week that a first secretary from the North Korean embassy in Stockholm, Jang Myong-ho, is in Seoul with his wife and son was greeted in the South with little surprise. Diplomats and trade officials have trickled out of the North's missions for decades, and a number of them have done so in recent years.

"The reasons are always the same: the children," said Seo Gwang-nam, a former counsellor at the North's mission in Bern who himself left his post in 2016 and now teaches in Seoul. "You spend years abroad, your children go to school abroad, and then you are told to go home."

Seo said the system would respond the way it always does. "They will tighten the rules for everybody who stayed behind. That's how it works."

Analysts say a senior envoy might one day follow, though none has been identified. "If an ambassador left, that would be a different story," said a researcher at a state think tank.

The unification ministry does not publish numbers of diplomats who have reached the South.

Copyright (c) The Korea Ledger. All rights reserved.
Tags: NorthKorea, diplomats, defectors
""",
    ),
    dict(
        id="h7e07",
        url="https://www.koreaLedger.example/nk/20260217-soldier-yanggu-mdl",
        pub_date="2026-02-17",
        events=["G7-yanggu-sergeant-2026", "G7-yanggu-corporal-2025"],
        text="""The Korea Ledger
HOME > NORTH KOREA

(LEAD) N. Korean soldier crosses MDL in Yanggu, military says

SEOUL, Feb. 17, 2026 (Asia Desk Wire) -- A North Korean soldier walked across the heavily fortified border into South Korea early Tuesday and is in custody, the Joint Chiefs of Staff (JCS) said.

The soldier, a staff sergeant, crossed the Military Demarcation Line (MDL) in the central-eastern sector in Yanggu county, Gangwon province, at around 7:40 a.m., the JCS said, adding that South Korean troops had monitored him for about an hour before guiding him in.

No shots were fired and no unusual activity by North Korean troops was detected, it said.

It is the second crossing in Yanggu in under a year, after a corporal walked across there in June last year. Authorities plan to question the staff sergeant on how he crossed the minefields and his motives, the JCS said.

(END)

Text Size  A+  A-   Print   Share
""",
    ),
    dict(
        id="h7e08",
        url="https://www.dailymeridian.example/world/asia/north-korean-sergeant-yanggu",
        pub_date="2026-02-17",
        events=["G7-yanggu-sergeant-2026", "G7-yanggu-corporal-2025"],
        text="""DAILY MERIDIAN
World | Asia | Business | Opinion | Sport | Weather 3C

Asia

North Korean soldier walks across border in Yanggu

Feb 17, 2026 — 14:12

A North Korean soldier crossed the military demarcation line into South Korea on Tuesday morning and is in custody, South Korea's Joint Chiefs of Staff said.

The soldier, described as a staff sergeant, crossed in Yanggu county in Gangwon province at about 7:40am, the JCS said. South Korean troops watched him for around an hour before guiding him in. No shots were fired.

The crossing was the second in Yanggu in less than a year; a corporal walked across in the same county last June.

Officials will question the man about his route across the minefields and why he came.

Asia Desk Wire

ADVERTISEMENT

More from Asia
> Tokyo rail fares to rise
> Monsoon forecast for Luzon
""",
    ),
    dict(
        id="h7e09",
        url="https://radio-seoulbridge.example/transcripts/evening-bulletin-18-feb",
        pub_date="2026-02-18",
        events=["G7-yanggu-sergeant-2026", "G7-gimpo-soldier-2023"],
        text="""SEOUL BRIDGE RADIO
Transcripts > Evening Bulletin
18 February 2026

PRESENTER: Good evening. The
soldier who came across
from the North on Tuesday
morning has told investigators
he spent two nights lying
in the snow before he
moved, a military official
said today.
The staff sergeant, whose
name has not been
released, is in good health.
He walked across the line
in Yanggu county and was
met by a southern patrol.
REPORTER (Min So-ra): The
last time a soldier came
over in the west was in
August 2023, when a man
waded across the Han
estuary near Gimpo at low
tide. Officials say crossings
in the mountains in winter
are rarer and more dangerous.
PRESENTER: Thank you, So-ra.
Now the weather.

[END OF SEGMENT]
""",
    ),
    dict(
        id="h7e10",
        url="https://northtracker.example/military/2026/03/20/yanggu-officers-dismissed",
        pub_date="2026-03-20",
        events=["G7-yanggu-officers-2026", "G7-frontline-families-2026", "G7-yanggu-sergeant-2026"],
        text="""NORTH TRACKER
Inside | Military | Economy | Markets | Border | Data

MILITARY

Officers dismissed, families re-registered after sergeant's crossing at Yanggu

Friday, March 20, 2026 | Kang Min-ji

North Korea has dismissed three officers of the front-line battalion whose staff sergeant crossed into the South last month, and sent them to a labour unit building roads in the rear, a source in Kangwon province told North Tracker.

The battalion commander, his political officer and the company commander were stripped of their posts in early March after an inspection team from the General Political Bureau spent ten days with the unit, the source said.

"The inspectors asked one question: how did a man walk away for two days without anybody noticing?" the source said.

Also this month, families of soldiers serving in front-line units were called to local security offices to re-register, and were told that they would be moved out of their towns if a relative crossed, a second source in North Hamgyong said.

The staff sergeant walked across the military demarcation line in Yanggu county on February 17, according to South Korea's Joint Chiefs of Staff.

North Tracker could not independently verify the accounts.

Related: Rice prices steady in border markets | Ask the editors | Our sources policy
""",
    ),
    dict(
        id="h7e11",
        url="https://explainers.koreabrief.example/what-happens-when-a-soldier-crosses",
        pub_date=None,
        events=["G7-gimpo-soldier-2023", "G7-yanggu-corporal-2025"],
        text="""KOREA BRIEF — Explainers

What happens when a North Korean soldier crosses the border?

The border between the two Koreas runs for about 250 kilometres and is lined on both sides by fences, minefields and guard posts. Crossings by soldiers are rare: officials say fewer than 20 North Korean soldiers have come over the land border since the 1990s.

When a soldier does come, South Korean troops usually watch him for some time before guiding him in. He is then handed to a joint investigation team that checks whether he is a genuine defector or an infiltrator.

Some examples from recent years:
- In August 2023 a soldier waded across the Han estuary at low tide near Gimpo and was picked up on the southern bank.
- In June 2025 a corporal walked across the line in Yanggu county, in the central-eastern sector.

What if a soldier is shot while crossing? Southern troops would respond to fire across the line, but would normally not cross it to help him.

Glossary: MDL - the Military Demarcation Line, the line in the middle of the demilitarised zone. Defector - in official South Korean usage, a North Korean who has settled in the South.

Was this helpful?  Yes  No
""",
    ),
    dict(
        id="h7e12",
        url="https://www.koreaLedger.example/nk/20260512-boat-east-sea-donghae",
        pub_date="2026-05-12",
        events=["G7-donghae-boat-2026"],
        text="""The Korea Ledger
HOME > NORTH KOREA

Six North Koreans on wooden boat found off Donghae, want to stay in South

SEOUL, May 12, 2026 (Asia Desk Wire) -- Six North Koreans aboard a small wooden boat crossed the maritime border in the East Sea before dawn on Tuesday and told South Korean authorities they wanted to live in the South, the military and the unification ministry said.

A navy patrol vessel found the boat about 40 kilometres northeast of the port of Donghae at 6:10 a.m. after it had crossed the Northern Limit Line (NLL), the Joint Chiefs of Staff said.

The six, two married couples and two adult daughters of one couple, "expressed a clear wish to defect," a unification ministry official said, adding that all were in stable condition.

The boat was towed into Donghae port. Authorities are investigating how and from where the group left.

(END)
""",
    ),
    dict(
        id="h7e13",
        url="https://eastcoastherald.example/news/2026/05/12/boat-seven-north-koreans",
        pub_date="2026-05-12",
        events=["G7-donghae-boat-2026"],
        text="""East Coast Herald
News  Fisheries  Tourism  Local Politics  Obituaries

Fishermen saw North Korean boat first, say seven aboard

Tuesday May 12 2026, 3:48 PM

Two squid fishermen returning to Donghae on Tuesday morning were the first to see the wooden boat with seven people on board, they told the Herald, before a navy ship arrived and took it in tow.

"They were waving a white shirt on a stick," said Choi Dong-gu, 61, who has fished out of Donghae for forty years. "Women, men, one young woman crying. They had a little engine, nothing else. I counted seven."

The military said a navy vessel found the boat northeast of the port shortly after 6 a.m. after it crossed the maritime border line in the dark. Officials said the people aboard wanted to stay in the South.

Mr Choi said he gave the group a bottle of water before the navy ship told him to move away.

Harbour master Lee Eun-sook said the boat, about eight metres long, was being kept at the military pier.

Comments (14)  |  Share  |  Print
""",
    ),
    dict(
        id="h7e14",
        url="https://www.dailymeridian.example/world/asia/donghae-boat-family-questions",
        pub_date="2026-05-14",
        events=["G7-donghae-boat-2026", "G7-ganghwa-man-2025"],
        text="""DAILY MERIDIAN
World | Asia | Business | Opinion | Sport

A family, a wooden boat and 40 kilometres of sea: what we know about Tuesday's arrival

May 14, 2026 — 09:30 | By Clara Weston in Seoul

The six North Koreans whose boat was found off Donghae on Tuesday are two couples related by marriage and two adult daughters, officials in Seoul said, correcting early accounts from fishermen that there were seven people aboard.

They are the first North Koreans to reach the South by sea since September, when a man in his thirties came ashore on the northern coast of Ganghwa island on a small motorboat. A second man on that boat asked to go home and was returned.

The unification ministry said on Wednesday the family was "in good health" and had been moved to a government facility for questioning. It would not say where they had set off from.

Coast guard officers said the boat had a small outboard engine and enough fuel for perhaps two days.

Seoul has in the past returned North Koreans who drifted south and said they wanted to go back. Officials stressed that all six in this case had asked to stay.

Share on Facebook  |  Share on X  |  Email
Sign up for the Asia briefing
""",
    ),
    dict(
        id="h7e15",
        url="https://www.koreaLedger.example/nk/20250920-fisherman-returned-panmunjom",
        pub_date="2025-09-20",
        events=["G7-ganghwa-man-2025"],
        text="""The Korea Ledger
HOME > NORTH KOREA

North Korean who drifted south at Ganghwa sent home at his request

Posted : 2025-09-20 11:05

A North Korean fisherman who came ashore on Ganghwa island with a companion earlier this month was handed back to the North at the truce village of Panmunjom on Friday, at his own request, the unification ministry said.

The man had said from the first day of questioning that he wanted to go home to his wife and children, the ministry said. His companion, a man in his thirties, has chosen to stay in the South and is undergoing resettlement procedures.

The two reached Ganghwa's northern coast in a small motorboat on September 6.

North Korea did not respond to messages sent through the liaison channel, and the handover was carried out after the North's side appeared at the line at the agreed time, the ministry said.

Tags: Ganghwa, Panmunjom, unification ministry
""",
    ),
    dict(
        id="h7e16",
        url="https://nevacourier.example/en/city/2026-03-24-korean-builders-seoul",
        pub_date="2026-03-24",
        events=["G7-stpete-workers-2026", "G7-stpete-phones-2026"],
        text="""NEVA COURIER
City | Business | Culture | Russia | World
24.03.2026 10:15

Two North Korean builders who vanished from Kupchino site are in Seoul, sources say

Two North Korean construction workers who vanished from a housing site in the Kupchino district in January have reached South Korea, a Seoul-based researcher and a person who helped them told the Neva Courier.

Ko Song-il, 38, a plasterer, and a fellow worker left their dormitory on the night of Sunday 11 January, taking only their winter coats, the helper said. They arrived in Seoul in March after a journey through several countries he would not name.

South Korea's unification ministry said it could not confirm individual arrivals. The contractor, a subsidiary of a St Petersburg developer, did not respond to questions.

Since late January, the roughly 150 North Koreans still working at the site have had their phones collected by their minders and may leave the compound only in groups with one of them, two Russian foremen said."They used to buy cigarettes at the kiosk. Now nobody comes out," one said.

Russia stopped issuing new work permits to North Koreans years ago, but many work on student or tourist visas, according to rights groups.

Share:  VK  Telegram  X
""",
    ),
    dict(
        id="h7e17",
        url="https://nevacourier.example/en/city/2026-04-23-korean-builders-flown-home",
        pub_date="2026-04-23",
        events=["G7-stpete-recall-2026", "G7-stpete-workers-2026"],
        text="""NEVA COURIER
City | Business | Culture | Russia | World
Thursday April 23 2026

About 150 North Korean workers flown home from St Petersburg

About 150 North Korean construction workers were taken from their dormitory in Kupchino to Pulkovo airport on Tuesday and put on a charter flight to Pyongyang, two people at the site said.

The workers had been told the previous week that their contracts were over. "They had three days to pack," one foreman said. Several had months of wages owed, he said.

The order came weeks after two of their colleagues, among them a plasterer named Koh Sung-il, turned up in South Korea.

The developer said the site would be finished by Uzbek and Kyrgyz crews.

Photo caption: Empty bunks in the Kupchino dormitory on Wednesday. (Neva Courier)
""",
    ),
    dict(
        id="h7e18",
        url="https://yellowseapost.example/china/2026/02/12/tianjin-students-ordered-home",
        pub_date="2026-02-12",
        events=["G7-tianjin-recall-2026", "G7-tianjin-student-2025", "G7-tianjin-rules-2026"],
        text="""YELLOW SEA POST
China  |  Koreas  |  Japan  |  Business  |  Opinion

North Korean students in Tianjin sent home after classmate slips away

Thursday, 12 February 2026 | Liu Yan and Baek Seo-yeon

About 20 North Korean students at two universities in Tianjin were put on a flight to Pyongyang last week, weeks after one of them left campus and, according to people who know him, made his way to South Korea, the Yellow Sea Post has learned.

The student, a postgraduate in chemical engineering, left campus in December telling roommates he was visiting the embassy in Beijing. He never arrived. Two people in contact with his former classmates said he is believed to have reached South Korea.

The remaining students, who had expected to stay until the summer, were told on a Monday morning to pack, one university employee said.

From this month, North Korean students who remain elsewhere in China must report in person to embassy staff every week and may not leave campus without a minder, according to a person familiar with the instructions.

Asked about the students, China's foreign ministry referred questions to "the relevant authorities".

Related coverage
- Tianjin port volumes rise 4%
- Explainer: who studies in China?
""",
    ),
    dict(
        id="h7e19",
        url="https://www.dailymeridian.example/world/asia/tianjin-north-korean-students",
        pub_date="2026-02-13",
        events=["G7-tianjin-recall-2026", "G7-tianjin-student-2025"],
        text="""DAILY MERIDIAN
World | Asia

North Korea pulls 21 students out of Tianjin, report says

Feb 13, 2026 — 08:05

North Korea has sent home 21 students from universities in the Chinese port city of Tianjin earlier this month after a fellow student vanished in December and apparently reached South Korea, the Yellow Sea Post reported on Thursday, citing people close to the students.

The Daily Meridian could not verify the number. An employee at one university confirmed that "the Korean students are no longer here" but gave no figure.

North Korea sends several hundred students to China each year, mostly in science subjects.

ADVERTISEMENT
""",
    ),
    dict(
        id="h7e20",
        url="https://yellowseapost.example/koreas/2025/12/19/xian-restaurant-waitresses-missing",
        pub_date="2025-12-19",
        events=["G7-xian-waitresses-2025"],
        text="""YELLOW SEA POST
China  |  Koreas  |  Japan  |  Business  |  Opinion

Three waitresses missing from North Korean restaurant in Xi'an

Friday, 19 December 2025 | Baek Seo-yeon

Three young women who waited tables and sang at a North Korean-run restaurant in the Chinese city of Xi'an have not been seen since the evening of Friday 5 December, two regular customers and a neighbouring shopkeeper told the Yellow Sea Post.

The restaurant, near the old city wall, served its last customers as usual that night, a shopkeeper said. The next day a handwritten sign on the door said it was "closed for renovation". It reopened a week later with new staff.

"They always sang the same three songs. One of them had learned a Shaanxi folk song for the customers," said a regular.

South Korea's unification ministry said it "could not confirm" the report. Where the women are is not known.

The restaurant's manager told a reporter who called that the women had "gone for training".

Most read
1. Xi'an metro line 16 opens
2. What the property slump means for Shaanxi
""",
    ),
    dict(
        id="h7e21",
        url="https://northtracker.example/newsletter/issue-188",
        pub_date="2026-01-09",
        events=["G7-xian-waitresses-2025", "G7-stockholm-jang-2025", "G7-kimhyongjik-execution-2025"],
        text="""NORTH TRACKER WEEKLY
No. 188 — 9 January 2026

You are receiving this because you subscribed at northtracker.example. Unsubscribe

THIS WEEK

1. Stockholm: still no word. The first secretary at the North Korean embassy in Sweden, Jang Myong-ho, his wife and son have now been missing for two months; Swedish officials say nothing. Diplomats in Stockholm expect news from Seoul "soon".

2. Xi'an: the three singers from the North Korean restaurant near the city wall are still unaccounted for, a month after they failed to turn up for work.

3. Ryanggang: sources tell us two officers of a border guard unit in Kimhyongjik county were shot in front of residents last month, accused of taking money to let people cross the river. About 500 people were made to watch.

4. Markets: rice down, corn up, the won stable.

Forward to a friend   |   Read in browser
""",
    ),
    dict(
        id="h7e22",
        url="https://www.dailymeridian.example/world/asia/harbin-trade-office-official-missing",
        pub_date="2026-03-27",
        events=["G7-harbin-choe-2026", "G7-harbin-recall-2026"],
        text="""DAILY MERIDIAN
World | Asia | Business

North Korean trade official missing in Harbin; colleagues called home

Mar 27, 2026 — 17:20 | By Zhou Ning

The deputy head of North Korea's trade office in the northeastern Chinese city of Harbin has not been seen since early March, and the office's four remaining staff were ordered back to Pyongyang last week, three Chinese business contacts told the Daily Meridian.

Choe Myong-sik, 52, who bought machine parts and fertiliser for North Korean state companies, stopped answering his phone at the beginning of the month, one of the contacts said. "We had a shipment waiting. Nobody could sign for it," he said.

At the office, on a rented floor of a hotel near the Songhua river, a Chinese clerk said on Thursday that new staff from Pyongyang were "expected soon". A hotel receptionist said the four Koreans had "left in a hurry" with their luggage.

It is not known where Choe is. The North Korean embassy in Beijing did not answer calls.

ADVERTISEMENT
Related: Harbin ice festival draws record crowds | Russia-China grain corridor
""",
    ),
    dict(
        id="h7e23",
        url="https://borderlantern.example/updates/2025-10-27-longjing-arrests",
        pub_date="2025-10-27",
        events=["G7-longjing-arrest-2025"],
        text="""BORDER LANTERN NETWORK
Home | Updates | Reports | Help a family | Donate

UPDATE — 27 October 2025

Four women arrested in Longjing

Chinese police arrested four North Korean women at a rented house on the edge of Longjing, in China's Yanbian prefecture, on Tuesday, a relative of one of the women in South Korea told Border Lantern Network.

The women, aged between 24 and 51, had crossed the river in the summer and had been waiting in the house for a broker to take them further south. Police came at night after a neighbour reported them, the relative said.

"My sister called me on Monday. She said, one more week," the relative said. "Then nothing."

The women are being held at a police station in Longjing. Border Lantern Network calls on China not to send them back.

Share this update
""",
    ),
    dict(
        id="h7e24",
        url="https://borderlantern.example/updates/2025-11-18-longjing-women-returned",
        pub_date="2025-11-18",
        events=["G7-longjing-return-2025", "G7-longjing-arrest-2025"],
        text="""BORDER LANTERN NETWORK
Home | Updates | Reports | Help a family | Donate

UPDATE — 18 November 2025

The four women from Longjing have been sent back

We are deeply saddened to report that the four North Korean women arrested by Chinese police in Longjing on 21 October were driven to the border last Thursday and handed to North Korean guards at the Quanhe crossing, two people in the area told us.

Their relatives in Seoul were told by a broker on Saturday. One mother said she had not slept since.

In North Korea, women returned from China are usually questioned for weeks by the state security ministry. What happens next depends on whether they are found to have met South Koreans or attended church.

China regards North Koreans who cross without papers as illegal migrants, not refugees.

Share this update
""",
    ),
    dict(
        id="h7e25",
        url="https://borderlantern.example/reports/2026-02-05-chongjin-trial",
        pub_date="2026-02-05",
        events=["G7-chongjin-trial-2026", "G7-longjing-return-2025"],
        text="""BORDER LANTERN NETWORK
Home | Updates | Reports | Help a family | Donate

REPORT — 5 February 2026

Chongjin: women sent back from China sentenced at public trial

The four women sent back from China in November after their arrest in Longjing were sentenced at a public trial held in a sports ground in Chongjin last month, according to two residents who attended.

The oldest, who was accused of arranging the journey, received twelve years in a reeducation camp; the other three between five and eight years, the residents said. Several hundred people from nearby factories were made to attend.

"They read out that the women had betrayed the fatherland for money," one resident said. "Nobody in the crowd said anything."

Relatives in Seoul learned the sentences through a broker this week.

Public trials of people returned from China were common before the pandemic, according to defectors, and appear to have resumed.

Download the full report (PDF, 2.1 MB)
""",
    ),
    dict(
        id="h7e26",
        url="https://www.koreaLedger.example/nk/20260410-china-returns-260",
        pub_date="2026-04-10",
        events=["G7-liaoning-return-2026", "G7-baishan-return-2025"],
        text="""The Korea Ledger
HOME > NORTH KOREA

(LEAD) China sends about 260 N. Koreans back in one night, rights groups say

SEOUL, April 10, 2026 (Asia Desk Wire) -- Chinese authorities sent about 260 North Koreans held in detention centres in Liaoning province back to the North on Wednesday night, rights groups said Friday, in what would be the largest single return in more than two years.

Buses left the detention centres after dark and crossed the border before dawn, two groups said, citing people in the area and relatives who were told by brokers.

Seoul's foreign ministry "expressed deep regret" and said it had repeatedly asked Beijing to respect the wishes of North Korean escapees. The United Nations special rapporteur on human rights in North Korea said she was "alarmed" by the reports.

Asked about the reports, a spokesperson for China's foreign ministry said China "handles illegal migrants in accordance with law, international law and humanitarian principles".

In January last year, 12 people held in Baishan were sent back, according to activists.

(END)

Keywords: #repatriation #China #North Korea
""",
    ),
    dict(
        id="h7e27",
        url="https://pacificmorning.example/asia/2026/04/11/china-returns-north-koreans",
        pub_date="2026-04-11",
        events=["G7-liaoning-return-2026"],
        text="""Pacific Morning  |  Asia  |  Markets  |  Tech
Saturday, 11 April 2026

More than 250 North Koreans returned by China in a night, groups say

By Asia Desk Wire

SEOUL -- China sent more than 250 North Koreans held in Liaoning province back across the border on Wednesday night, rights groups said on Friday.

South Korea's foreign ministry expressed "deep regret". China's foreign ministry said it handles illegal migrants "in accordance with law".

Rights groups said those returned face interrogation and possibly years in prison camps.

(Reporting by Park Jun-hee)

Read next: Seoul holds rates | K-league opens season
""",
    ),
    dict(
        id="h7e28",
        url="https://amurtoday.example/en/news/2026/03/06/three-north-koreans-detained-station",
        pub_date="2026-03-06",
        events=["G7-blago-arrest-2026"],
        text="""AMUR TODAY
News  Region  Border  Sport  Weather: -14

06.03.2026

Three North Korean workers detained at Blagoveshchensk station

Police in Blagoveshchensk detained three North Korean citizens at the city's railway station on Wednesday as they tried to board a train west, the Amur region police said in a statement on Thursday.

The three men, employed at a timber yard on the outskirts of the city, had left their workplace without permission and had no valid documents, the statement said. They are being held pending a decision by the migration authorities.

A man who worked with them said they had wanted to reach "a South Korean office" in another city. "They talked about it all winter," he said.

The police did not say what would happen to them. Last year courts in the region ordered several foreigners deported for violating migration rules.

Share: VK  OK  Telegram
""",
    ),
    dict(
        id="h7e29",
        url="https://amurtoday.example/en/news/2026/03/21/north-koreans-deported",
        pub_date="2026-03-21",
        events=["G7-blago-deport-2026", "G7-blago-arrest-2026"],
        text="""AMUR TODAY
News  Region  Border  Sport

21.03.2026

Detained North Korean workers deported

The three North Korean timber workers detained at Blagoveshchensk railway station on 4 March were deported to North Korea on Thursday, a spokeswoman for the regional migration directorate said on Friday.

The men were put on a flight to Pyongyang under escort, she said, declining to give details of the route.

Rights group Crossing Light said it had asked Russia not to deport the men because they would face punishment at home.

Share: VK  OK  Telegram
""",
    ),
    dict(
        id="h7e30",
        url="https://crossinglight.example/news/baotou-bus-five-detained",
        pub_date="2026-03-26",
        events=["G7-baotou-arrest-2026"],
        text="""CROSSING LIGHT
Rescue | News | Stories | Give

News  ·  March 26, 2026

Five stopped on a bus outside Baotou

Five North Koreans - two women, a man and two teenagers - were taken off a long-distance bus at a police checkpoint outside Baotou, in China's Inner Mongolia region, on Sunday, Crossing Light has learned.

They had travelled for four days from northeastern China and were hoping to reach a safe house, our partner said. The teenagers, a boy of 15 and a girl of 16, are the children of one of the women.

"A checkpoint that was not there last year," our partner said. "Somebody checked every face."

The five are now held in a detention centre in Baotou and face being sent back to North Korea. We appeal to the Chinese authorities to let them go to a country of their choice.

How you can help: write to your representative | give to the rescue fund
""",
    ),
    dict(
        id="h7e31",
        url="https://crossinglight.example/news/baotou-five-returned",
        pub_date="2026-05-08",
        events=["G7-baotou-return-2026", "G7-baotou-arrest-2026"],
        text="""CROSSING LIGHT
Rescue | News | Stories | Give

News  ·  May 8, 2026

The Baotou five were sent back on Wednesday

We have learned that the five North Koreans detained after being taken off a bus near Baotou in March - among them two teenagers - were handed over to North Korea on Wednesday. A relative was informed by a broker on Thursday evening.

We had hoped that the presence of the children would move the authorities. It did not.

For more than six weeks the family waited in a cell. The mother asked a lawyer to tell her sister in Seoul that "the children are eating".

Crossing Light will continue to follow the case.

Share  ·  Print
""",
    ),
    dict(
        id="h7e32",
        url="https://www.koreaLedger.example/politics/20260122-nis-fishing-boat-crew",
        pub_date="2026-01-22",
        events=["G7-fishing-crew-attempt-2025", "G7-fishing-crew-camp-2026", "G7-fishing-minders-2026"],
        text="""The Korea Ledger
HOME > POLITICS

NIS: N. Korean fishing crew caught trying to sail south, sent to labour camp

Posted : 2026-01-22 19:31

The eight crew members of a North Korean fishing boat who tried to sail to the South in December were stopped by a North Korean patrol boat in the East Sea and have been sent to a labour camp, the National Intelligence Service (NIS) told lawmakers on Thursday.

The crew, from a fishing cooperative in South Hamgyong province, turned their boat south after dark but were intercepted before they reached the maritime border, Rep. Yoo Sang-min of the intelligence committee told reporters after the closed-door briefing, citing the NIS.

The crew were sent to a camp early this month, Yoo said.

Since the start of the year, the North has put a security officer on every fishing boat on its east coast and barred boats from going more than 20 kilometres from shore, Yoo quoted the NIS as saying.

The NIS also told lawmakers that North Korea is preparing a military parade. (Yonhap-style reporting by Shin Hye-won)

Copyright (c) The Korea Ledger.
""",
    ),
    dict(
        id="h7e33",
        url="https://northtracker.example/border/2026/02/04/woman-shot-tumen-saebyol",
        pub_date="2026-02-04",
        events=["G7-saebyol-shooting-2026", "G7-saebyol-attempt-2026"],
        text="""NORTH TRACKER
Inside | Military | Economy | Markets | Border | Data

BORDER

Woman shot dead on the ice near Saebyol

Wednesday, February 4, 2026 | Kang Min-ji

North Korean border guards shot dead a woman crossing the frozen Tumen river near Saebyol county, North Hamgyong province, last Wednesday night, a source in the province told North Tracker.

The woman, in her 30s, had reached the middle of the river when guards opened fire without warning, the source said. Her body was carried back and shown to residents of her village the next day.

"People said she wanted to go to her mother in China," the source said.

It was the first killing at the river reported to North Tracker this winter. The account could not be independently verified.

Read more: Exchange rate watch | Smuggling down in January
""",
    ),
    dict(
        id="h7e34",
        url="https://frontlinekorea.example/review/2026/02/second-fence-tumen",
        pub_date="2026-02-24",
        events=["G7-tumen-fence-2026", "G7-saebyol-shooting-2026"],
        text="""Frontline Korea Review
Analysis · Border · Military · Archive

A second fence on the Tumen

24 February 2026 | 7 min read | Ryu Jae-hoon

Soldiers and conscripted residents in North Hamgyong province have been putting up a second line of fence along the Tumen river this month, with sensors that set off an alarm at the nearest guard post, according to residents of two border counties.

Guards were also given new orders this month to fire on anyone approaching the riverbank at night, the residents said. "They say it is against smugglers, but everybody knows who it is for," one said.

The new line follows the killing of a woman who tried to cross the ice near Saebyol late last month.

Satellite imagery from January shows fresh clearing along a 12-kilometre stretch of the river, though the images alone cannot show what is being built.

Frontline Korea Review is supported by readers. Subscribe for GBP 4 a month.
""",
    ),
    dict(
        id="h7e35",
        url="https://andeswire.example/en/politics/2026-02-10-north-korea-closes-caracas-embassy",
        pub_date="2026-02-10",
        events=["G7-caracas-closure-2026", "G7-asmara-closure-2025", "G7-colombo-closure-2025"],
        text="""ANDES WIRE — English service
Politics | Economy | Energy | Region

North Korea closes Caracas embassy after half a century

Caracas, 10 February 2026 — North Korea has closed its embassy in Caracas, Venezuela's foreign ministry said in a statement on Monday, ending a presence that dated back to 1975.

The embassy "closed its doors on Friday 6 February" and its staff left the country over the weekend, the statement said. Consular matters will be handled by the North Korean embassy in Havana.

Venezuela "respects the decision" and relations remain "fraternal", the ministry said.

The closure continues a slimming-down of the North's network of missions. It pulled out of Eritrea in November and Sri Lanka in December, according to diplomats in the region.

North Korea has given no reason. Analysts have pointed to sanctions that make it hard for its missions to earn money.

Photo: The embassy building in the Altamira district, Monday. (Andes Wire)

Share  |  Republish
""",
    ),
    dict(
        id="h7e36",
        url="https://caribehoy.example/en/features/empty-embassy-altamira",
        pub_date=None,
        events=["G7-caracas-closure-2026", "G7-tripoli-closure-2024"],
        text="""CARIBE HOY (English)
Features

The empty house on Avenida San Juan Bosco

The gate is chained. A faded portrait still hangs in the hall, visible through the glass. For more than fifty years this house in the Altamira district of Caracas was North Korea's embassy and its window on South America; in February it went dark.

Neighbours remember film screenings in the 1980s, a rice-planting delegation in the 1990s, and in recent years very little: a black car, two or three men who bought bread at the corner bakery.

"They were always polite. At the end they gave me a calendar," the baker said.

The closure fits a pattern. Since the pandemic the North has shut missions from Africa to Asia; the embassy in Tripoli, shut in 2024, was one of them. Others may follow, diplomats say, though no one will name them.

North Korea's embassy in Havana now looks after Venezuela. Whether anyone will ever ask it for a visa is another matter.

Related features: The last Soviet car in Caracas | Salsa, then and now
""",
    ),
    dict(
        id="h7e37",
        url="https://www.koreaLedger.example/opinion/20260305-numbers-behind-arrivals",
        pub_date="2026-03-05",
        events=[],
        text="""The Korea Ledger
HOME > OPINION

[Column] The numbers behind the arrivals

Posted : 2026-03-05 09:00

By Lim Hae-won

Every year the unification ministry publishes one number, and every year we argue about it. About 34,000 North Koreans have settled in the South since the 1990s. In the last five years, fewer than 250 arrived in any single year, compared with almost 3,000 in 2009. More than seven in ten are women.

Those numbers hide a change. A larger share of recent arrivals left the North years ago and lived in China for a long time first. Fewer come straight from the North.

What would happen if the border with China opened fully again? Perhaps the numbers would climb. Perhaps they would not: the fences are higher, the cameras are more numerous, and brokers charge many times what they once did.

If a senior official were to come over, the debate would change overnight. Until then, the arrivals remain small, personal and mostly invisible.

Glossary: "settled" means registered at a resettlement centre; "escapee" is the term used by some groups instead of "defector".

The views expressed are the author's own.
""",
    ),
    dict(
        id="h7e38",
        url="https://formosaharbour.example/news/2026-04-07/north-korean-cook-kaohsiung",
        pub_date="2026-04-07",
        events=["G7-kaohsiung-cook-2026", "G7-keelung-sailor-2017"],
        text="""FORMOSA HARBOUR NEWS
Ports | Shipping | Taiwan | Asia | Opinion
Tue, Apr 7, 2026

North Korean ship's cook walks off freighter in Kaohsiung, asks for protection

By Tsai Wen-hsuan, Kaohsiung

A cook on a North Korean cargo ship docked in Kaohsiung slipped off the vessel late on Friday night, walked to a coast guard post at the harbour gate and asked not to be sent back, Taiwan's Ocean Affairs Council said on Monday.

The man, Pang Yong-chol, 29, "is in good health and under the protection of the relevant authorities", council spokesman Hsieh Kuan-ting told reporters. He said Taiwan would handle the case "in accordance with humanitarian principles and the man's wishes".

The ship, the Kumrung 3, which had unloaded a cargo of coal under a Sierra Leone flag, left port on Saturday afternoon, a day ahead of schedule, harbour records show.

Pang is the first North Korean to ask Taiwan for protection since March 2017, when a sailor who left a fishing vessel in Keelung was later flown to Seoul.

Taiwan has no diplomatic relations with either Korea.

Photo: The Kumrung 3 at berth 18 on Thursday. (FHN)
Tags: Kaohsiung port, North Korea, asylum
""",
    ),
]
