"""English pages of the heldout12 benchmark. Everything here is invented: people, outlets
(on .example domains) and events. Real agencies are cited the way real pages cite them.

Each page: id, url, pub_date (ISO day, or None where the page shows no date), events (gold
event ids from events_gold.py that the page reports), text (the page as scraped).
"""

PAGES = [
    dict(
        id="h12e01",
        url="https://www.irrawaddylantern.example/yangon/bahan-embassy-house-empty",
        pub_date="2026-08-27",
        events=["G12-yangon-yeom-2026"],
        text="""IRRAWADDY LANTERN
Yangon | Mandalay | Business | Region | Opinion | Myanmar edition

YANGON

Shutters down at the Bahan house: North Korean family not seen since the weekend

Thu 27 Aug 2026 · 07:40
Lantern staff

The white van that picked up the girl for school every weekday came on Monday, waited ten minutes and left without her.

The girl, her mother and her father, who worked at the North Korean embassy, had lived in a rented two-storey house in a side lane of Bahan township for three years. Neighbours say the three loaded two suitcases into a taxi on Sunday afternoon and have not been seen since.

"He always greeted us, always the same words in Burmese. On Sunday he did not look at anyone," said U Thaung Win, who repairs motorbikes across the lane.

On Tuesday three men from the embassy came with the landlord, opened the house and carried out boxes, a television and a rice cooker. A new padlock hangs on the gate.

Myanmar's foreign ministry did not reply to questions sent on Wednesday. Nobody answered the telephone at the embassy.

Photo: The gate in Bahan township, Wednesday. (Irrawaddy Lantern)

MORE FROM YANGON
- Circle line trains delayed by flooding
- Fuel queues return to Hlaing

Share | Tweet | Print
8 comments
(c) 2026 Irrawaddy Lantern
""",
    ),
    dict(
        id="h12e02",
        url="https://www.seoulcablewire.example/nk/20261117/yangon-counsellor-seoul",
        pub_date="2026-11-17",
        events=["G12-yangon-yeom-2026", "G12-ashgabat-2019"],
        text="""SEOUL CABLE WIRE
Latest | Korea | North Korea | Markets | World | Pictures

North Korean counsellor who left Myanmar post is in South Korea - ministry

SEOUL, Nov 17 (SCW) - A North Korean diplomat who vanished from his post in Myanmar in August has arrived in South Korea with his wife and daughter, the unification ministry said on Tuesday.

Yeom Chol-jun, 47, a counsellor for commercial affairs at the North's embassy in Yangon, is under government protection, ministry spokesman Hwang In-seop told a regular briefing. "The three came of their own will and have asked to live here," Hwang said. He would not say how they travelled or when they arrived.

The family left their house in Yangon on Aug. 23, according to a government official who spoke on condition of anonymity. The daughter is 14.

Yeom is the first North Korean diplomat known to have defected from a post in Asia since 2019, when a trade official attached to the North's office in Ashgabat fled with his son, the official said.

Myanmar's government did not respond to a request for comment.

The number of North Koreans reaching the South has stayed below 250 a year since 2021, ministry data show.

(Reporting by Nam Ji-ho; Editing by Min Da-hye)
(c) Seoul Cable Wire. All rights reserved.
""",
    ),
    dict(
        id="h12e03",
        url="https://asiapacwire.example/2026/11/17/n-korea-envoy-myanmar-defects",
        pub_date="2026-11-17",
        events=["G12-yangon-yeom-2026", "G12-ashgabat-2019"],
        text="""ASIAPAC WIRE   Top News | Asia | Korea | Business | Sport   Sign in

North Korean commercial envoy in Myanmar defects to the South with family

November 17, 2026 | 16:22 KST
By AsiaPac Wire staff

SEOUL - A North Korean diplomat posted in Yangon has defected to South Korea together with his wife and their teenage daughter, Seoul said Tuesday.

The unification ministry identified him as Yeom Cheol‑jun, 47, counsellor for commercial affairs at the embassy. Spokesman Hwang In-seop said the family had come "of their own will".

A South Korean official, who asked not to be named, said the three left their home in the Myanmar city in late August. It was the first such case involving a North Korean diplomat in Asia since 2019, when a trade official in Ashgabat fled together with his son, the official said.

North Korea has not commented. Its state media rarely acknowledge defections.

RELATED
- North Korea test-fires short-range missiles off east coast
- Seoul, Tokyo hold talks on supply chains

[Facebook] [X] [Email]   34 comments
""",
    ),
    dict(
        id="h12e04",
        url="https://korearisk.example/analysis/yangon-embassy-after-counsellor",
        pub_date="2026-10-02",
        events=["G12-yangon-yeom-2026", "G12-yangon-recall-2026", "G12-yangon-rules-2026"],
        text="""KOREA RISK MONITOR
Analysis | Data | Podcasts | About
Subscriber edition

Inside the Yangon embassy, after the counsellor left

2 October 2026  |  8 min read
By Priya Castellanos

Six weeks after a North Korean counsellor, his wife and their daughter took a taxi from their house in Bahan and did not come back, nobody outside Pyongyang's security apparatus appears to know where they are.

What has changed is the embassy. In the middle of September two diplomats who worked under the counsellor were ordered back to Pyongyang with their families, according to two people who deal with the mission. One of them had arrived only in spring. "They were packed within a day," one of the people said.

Since early September, the remaining staff have not been allowed to leave the compound alone, and their children no longer attend the international school on Kaba Aye Pagoda Road, the same people said. Mobile phones are kept in the security counsellor's office overnight.

None of this could be independently confirmed. The embassy did not answer written questions.

Pyongyang has reason to worry. A defection by a second diplomat from the same mission would be an embarrassment it could not hide from its own staff elsewhere in Asia.

Priya Castellanos is an editor at Korea Risk Monitor.

Tags: Myanmar, diplomats, embassy
""",
    ),
    dict(
        id="h12e05",
        url="https://familiesunheard.example/statements/yeom-family-relatives",
        pub_date=None,
        events=["G12-yeom-relatives-2026", "G12-yangon-yeom-2026"],
        text="""FAMILIES UNHEARD
About us | Campaigns | Statements | Donate

STATEMENT

Stop punishing families for what their relatives do

We have learned from sources inside North Korea that the older brother of Yeom Chol-jun, the diplomat who left his post in Yangon in August, and the brother's wife were taken from their flat in Pyongyang in October and moved to a cement works in Sangwon county, where they now live under watch. The brother lost his post at a trading company.

Neither of them had any part in Mr Yeom's decision. Punishment of relatives by association has no basis in any law North Korea says it respects.

We call on the governments in Seoul, Naypyidaw and elsewhere to raise the case.

Contact: press@familiesunheard.example

Share this statement: Facebook | X | Email
""",
    ),
    dict(
        id="h12e06",
        url="https://www.koreaheraldline.example/nk/2026/04/14/soldier-central-front",
        pub_date="2026-04-14",
        events=["G12-central-soldier-2026", "G12-central-soldier-2024", "G12-imjin-swimmer-2026"],
        text="""KOREA HERALDLINE
North Korea | Politics | Defense | Business | Life

North Korean soldier walks across central front, seeks to defect

Published : Apr. 14, 2026 - 11:05
By Lim Ha-neul

A North Korean soldier crossed the military demarcation line on the central front early Tuesday and said he wanted to defect, the Joint Chiefs of Staff said.

The soldier, a staff sergeant in his 20s, was spotted by thermal cameras at around 5:10 a.m. and taken into custody after South Korean troops guided him across, a JCS spokesperson told reporters. He was unarmed and in uniform.

It is the first time a North Korean soldier has crossed the land border since August 2024, when a private came across on the central front. It also comes 20 days after a civilian man swam across the Imjin estuary to the South on March 25.

Authorities are questioning the soldier on his route and motives. The JCS said it detected no unusual movement by North Korean troops.

Most of about 34,000 North Koreans who have resettled in the South came through China, not across the heavily mined border.

Related: Army to shorten DMZ guard rotations | Seoul unveils defence budget
""",
    ),
    dict(
        id="h12e07",
        url="https://defensewatchasia.example/korea/2026/05/06/dmz-new-barriers-after-crossing",
        pub_date="2026-05-06",
        events=["G12-central-mines-2026", "G12-central-soldier-2026"],
        text="""DEFENSE WATCH ASIA
Home > Korea > Land forces

North Korea lays new mines, wire where its soldier crossed

Wednesday, 6 May 2026
Defense Watch Asia staff

North Korean troops have been laying new mines and stringing a further line of barbed wire along the section of the central front where one of their soldiers walked across to the South last month, South Korea's military said.

"Since late April we have observed North Korean soldiers installing additional wire and burying mines in that sector, which we assess is aimed at preventing further defections," Col. Shin Jae-won, a spokesman for the Joint Chiefs of Staff, said on Tuesday.

The staff sergeant crossed on April 14 and was taken into South Korean custody.

The JCS said about 300 North Korean soldiers were involved in border work along the whole front, much of it begun in 2024.

Photo caption: A North Korean guard post seen from the South, Tuesday. (Defense Watch Asia)

Share on: X | LinkedIn | Email
""",
    ),
    dict(
        id="h12e08",
        url="https://www.seoulcablewire.example/nk/20260325/imjin-swimmer",
        pub_date="2026-03-25",
        events=["G12-imjin-swimmer-2026"],
        text="""SEOUL CABLE WIRE
Latest | Korea | North Korea | Markets | World | Pictures

North Korean man swims across estuary, taken into custody

SEOUL, March 25 (SCW) - A North Korean man swam across the Imjin River estuary before dawn on Wednesday and was taken into custody on the southern bank near Jangdan, South Korea's Joint Chiefs of Staff said.

The man, a civilian in his 30s, had wrapped his clothes in a plastic bag and tied it to his back, a JCS official said. Soldiers on a guard post spotted him on thermal imaging as he came ashore at about 3:40 a.m. "He expressed his wish to defect," the official said.

It was the first crossing of the estuary reported this year.

(Reporting by Nam Ji-ho)
(c) Seoul Cable Wire
""",
    ),
    dict(
        id="h12e09",
        url="https://www.seoulcablewire.example/nk/20260711/boat-guryongpo",
        pub_date="2026-07-11",
        events=["G12-guryongpo-boat-2026"],
        text="""SEOUL CABLE WIRE
Latest | Korea | North Korea | Markets | World | Pictures

Four North Koreans found in small boat off South Korea's southeast coast

SEOUL, July 11 (SCW) - A South Korean coast guard patrol spotted a small wooden boat carrying four North Koreans about 30 km east of Guryongpo on Saturday morning, and all four told officers they wished to stay in the South, officials said.

The four, a man in his 50s, his wife, their son and a man the family described as a neighbour, were taken into custody and moved to a port in Pohang, the Joint Chiefs of Staff said in a statement.

The boat had a small outboard motor and carried jerrycans of fuel and dried fish, a coast guard official said.

The case differs from February, when two fishermen whose boat drifted south off the same coast asked to go home and were handed back at sea.

(Reporting by Yu Seong-bin)
""",
    ),
    dict(
        id="h12e10",
        url="https://pohangharbourtimes.example/news/2026-07-13/wooden-boat-guryongpo",
        pub_date="2026-07-13",
        events=["G12-guryongpo-boat-2026", "G12-guryongpo-2025"],
        text="""POHANG HARBOUR TIMES
News | Fisheries | Shipping | Tides | Jobs

The morning the wooden boat came in

Monday 13 July 2026
By Jeon Yu-ri

Fishermen unloading squid at Guryongpo on Saturday saw the coast guard cutter come in with something small and grey tied along its side.

"It was a boat you would not take across a lake," said Bae Sang-gu, 61, who has fished here for forty years. "A little motor, and four people under a tarp."

The four were North Koreans. They had left from a fishing village near Kumya four days earlier, on Tuesday night, a person briefed on their questioning said, and navigated by following the coast south.

The military said on Saturday that all four had expressed a wish to settle in the South.

It was the second wooden boat from the North to reach Guryongpo in under a year. In November 2025 two brothers in their twenties were picked up by a fishing boat off the harbour and were taken in as defectors, according to the coast guard.

Photo: The wooden boat at Guryongpo harbour, Saturday. (Pohang Harbour Times)

Most read: Squid prices fall for third week | New breakwater delayed
Comments (5)
""",
    ),
    dict(
        id="h12e11",
        url="https://www.kcg-press.example/en/release/2026-02-21",
        pub_date="2026-02-21",
        events=[],
        text="""KOREA COAST GUARD - PRESS RELEASE

Two North Korean fishermen returned at their request

21 February 2026

The Korea Coast Guard on 20 February handed two North Korean fishermen over to a North Korean vessel at the maritime boundary in the East Sea, after both men said repeatedly that they wished to return home.

The two men were rescued on 16 February from a drifting fishing boat with a failed engine about 50 km east of Guryongpo. During questioning by the relevant agencies both expressed a wish to go back to North Korea. The unification ministry notified the North through the UN Command.

The engine of their boat could not be repaired and the boat was disposed of with the men's consent.

Inquiries: Public Affairs Office
""",
    ),
    dict(
        id="h12e12",
        url="https://eastseasnapshots.example/timeline/2026-crossings",
        pub_date="2026-11-20",
        events=["G12-imjin-swimmer-2026", "G12-central-soldier-2026", "G12-guryongpo-boat-2026",
                "G12-yangon-yeom-2026", "G12-namyang-mass-2026", "G12-algiers-closure-2026"],
        text="""EAST SEA SNAPSHOTS
Fact boxes | Maps | Explainers

FACT BOX: North Korea's year of departures, 2026

Last updated 20 Nov 2026

- 25 Mar: A civilian swims across the Imjin estuary and is taken into custody near Jangdan.
- 14 Apr: A staff sergeant walks across the military demarcation line on the central front.
- 11 Jul: Four North Koreans in a wooden boat are found off Guryongpo; all wish to stay.
- 23 Aug: Commercial counsellor Yeom Chol-jun leaves his house in Yangon with his wife and daughter; Seoul confirms their arrival on 17 Nov.
- 26 Sep: Chinese authorities send about 400 detained North Koreans back across the bridge to Namyang in one night, rights groups say.
- 3 Nov: North Korea closes its embassy in Algiers.

Arrivals in the South: fewer than 250 in each year since 2021.

Sources: unification ministry, JCS, rights groups, Algerian foreign ministry.
Share | Embed
""",
    ),
    dict(
        id="h12e13",
        url="https://nkborderline.example/en/2026/09/10/haeju-family-boat-caught",
        pub_date="2026-09-10",
        events=["G12-haeju-boat-2026"],
        text="""NK BORDERLINE
News | Markets | Border | Military | Korean

Family caught heading south by boat off Haeju

September 10, 2026
By Borderline reporters

A family of five from Haeju who set out in a small fishing boat for the South were stopped by a North Korean patrol vessel in the middle of August, a source in South Hwanghae province told NK Borderline.

The family, a couple, their two adult sons and the wife's mother, left from a jetty east of the city after dark and were intercepted less than two hours later, the source said. "The engine was too loud. The patrol heard them before it saw them."

All five are being held by the provincial security department, the source said. Their fate was not known.

NK Borderline could not independently verify the report.

The source added that boats in the area have been ordered to stay in harbour at night since the spring, though it was not clear whether that order was linked to escapes.

Tags: Haeju, South Hwanghae, sea, escape
Comments (2)
""",
    ),
    dict(
        id="h12e14",
        url="https://crossingsupport.example/alerts/2026-03-jixi-five-women",
        pub_date="2026-03-12",
        events=["G12-jixi-march-2026"],
        text="""CROSSING SUPPORT NETWORK
Home | Alerts | Our work | Donate | 한국어

URGENT ALERT: Five North Korean women detained in Jixi

Posted 12.03.2026

Five North Korean women were detained by Chinese police at the long-distance bus station in Jixi, Heilongjiang province, on Sunday, according to a member of our network who had been in contact with them.

The women, aged between 24 and 51, had crossed the Tumen River from North Hamgyong province in February and were on their way to a safe house further south. Police boarded their bus before it left the station and checked identity papers.

They are believed to be held at a detention centre in Jixi. People in their situation are routinely sent back to North Korea, where they face interrogation and prison.

We urge the Chinese government not to return them.

Please share this alert. Donate to our legal fund.
""",
    ),
    dict(
        id="h12e15",
        url="https://crossingsupport.example/alerts/2026-05-jixi-update",
        pub_date="2026-05-15",
        events=["G12-jixi-return-2026", "G12-jixi-march-2026"],
        text="""CROSSING SUPPORT NETWORK
Home | Alerts | Our work | Donate | 한국어

CASE UPDATE: The five women detained in Jixi have been sent back

Posted 15.05.2026

The five North Korean women detained in Jixi in March were handed to North Korean border guards on Tuesday, our contacts say. They were driven from a holding facility in Tumen and walked across the bridge to Namyang in the afternoon with at least eleven other detainees.

We had asked the Chinese authorities several times not to return them. We received no answer.

We will continue to follow their cases.

Previous: URGENT ALERT: Five North Korean women detained in Jixi (12.03.2026)
""",
    ),
    dict(
        id="h12e16",
        url="https://eastasiadispatch.example/china/2026/07/23/jixi-father-son-detained",
        pub_date="2026-07-23",
        events=["G12-jixi-july-2026", "G12-jixi-march-2026", "G12-jixi-return-2026"],
        text="""EAST ASIA DISPATCH  |  Korea  |  China  |  Japan  |  Southeast Asia  |  Newsletters

North Korean father and son detained in Chinese city, activists say

Jul 23, 2026 - 10:48 AM KST
By Dispatch staff

A North Korean man and his 16-year-old son were detained by police at a small hotel in Jixi, in northeastern China, on Sunday night, two activists in contact with their relatives said.

The man, whom the activists named only as Mr Choe, 44, had lived in the city for several months working at a sawmill before trying to move south with his son, who joined him in the spring.

It is the second such case in Jixi this year. In March, five North Korean women were arrested at the city's bus station; they were sent back across the border in May.

Asked about the case on Wednesday, a spokesman for China's foreign ministry said he was "not aware of the situation" and that China handles illegal entrants "in accordance with law".

Activists say the two could be sent back within weeks.

RELATED
China, North Korea mark treaty anniversary
[Share] [Save] [Comment]
""",
    ),
    dict(
        id="h12e17",
        url="https://nkborderline.example/en/2026/08/18/jixi-women-sentenced",
        pub_date="2026-08-18",
        events=["G12-jixi-camp-2026", "G12-jixi-return-2026"],
        text="""NK BORDERLINE
News | Markets | Border | Military | Korean

Four of five women returned from China given camp terms

August 18, 2026
By Borderline reporters

Four North Korean women who were handed back by China in May have been sentenced to between three and five years in a labour training camp and were moved to the women's camp in Jeungsan last month, a source in North Hamgyong province said.

The fifth woman, who is 24, was released to her family after questioning because she had not been in contact with South Koreans, the source said.

"The security department wanted to know who had helped them across and who had arranged the bus," the source said.

The women had been detained in the Chinese city of Jixi.

Comments (4) | Share
""",
    ),
    dict(
        id="h12e18",
        url="https://www.seoulcablewire.example/nk/20260929/china-mass-return-namyang",
        pub_date="2026-09-29",
        events=["G12-namyang-mass-2026", "G12-huanggou-2024"],
        text="""SEOUL CABLE WIRE
Latest | Korea | North Korea | Markets | World | Pictures

China sent about 400 North Koreans back in one night, rights groups say

SEOUL, Sept 29 (SCW) - Chinese authorities sent about 400 detained North Koreans back across the border in a single night at the weekend, two rights groups and a source in China's Yanbian region said on Tuesday.

Buses carrying the detainees, most of them women, left holding centres in Jilin province on Saturday evening and crossed the bridge from Tumen to Namyang before midnight, the source said.

It would be the largest single return since April 2024, when about 200 North Koreans were handed over at Huanggou, according to the groups.

South Korea's foreign ministry said it had "conveyed its position" to Beijing that North Korean escapees must not be sent back against their will. A ministry official said Seoul could not confirm the figure.

China's foreign ministry said China handles illegal border crossers according to its laws and international law.

(Reporting by Yu Seong-bin; Editing by Min Da-hye)
""",
    ),
    dict(
        id="h12e19",
        url="https://www.ohchr-newsroom.example/press/2026/09/dprk-returns-china",
        pub_date="2026-09-30",
        events=["G12-namyang-mass-2026"],
        text="""UN HUMAN RIGHTS OFFICE - PRESS BRIEFING NOTES
Newsroom | Press briefings | Statements

Comment by the Spokesperson on the reported return of North Koreans from China

Geneva, 30 September 2026

We are gravely concerned by credible reports that around 400 people from the Democratic People's Republic of Korea were forcibly returned from China on the night of 26 September.

Many of those returned are women. People forcibly returned to the DPRK are at serious risk of torture, arbitrary detention and other violations.

We urge China to respect the principle of non-refoulement, and we urge the DPRK authorities to disclose the whereabouts of those returned.

ENDS

For more information please contact the media office.
Tags: DPRK, China, non-refoulement
""",
    ),
    dict(
        id="h12e20",
        url="https://vologdaregionnews.example/en/city/2026/06/10/korean-builders-missing",
        pub_date="2026-06-10",
        events=["G12-vologda-missing-2026"],
        text="""VOLOGDA REGION NEWS | English
City | Region | Economy | Sport | Photo

Two North Korean builders have not returned to site dormitory

10.06.2026 14:20

Two North Korean construction workers employed on a housing site on the northern edge of Vologda have not returned to their dormitory since Sunday, a foreman at the site said.

The men, both in their thirties, left the dormitory after lunch on Sunday, 7 June, saying they were going to buy phone cards, the foreman said. Their documents are kept by the North Korean team leader.

A spokeswoman for the regional police directorate said she could not confirm that any foreign citizens had been reported missing. "We do not comment on such questions," she said.

The site, run by a local developer, employs about 40 workers from North Korea.

Earlier: Riverside embankment repairs to start in July
Views 2 114 | Comments 11
""",
    ),
    dict(
        id="h12e21",
        url="https://nkborderline.example/en/2026/08/05/russia-workers-phones-bond",
        pub_date="2026-08-05",
        events=["G12-vologda-recall-2026", "G12-russia-phones-2026", "G12-vologda-missing-2026"],
        text="""NK BORDERLINE
News | Markets | Border | Military | Korean

After Vologda, workers in Russia lose phones and pay a bond

August 5, 2026
By Borderline reporters

North Korean workers at construction sites across Russia have had to hand in their mobile phones since the start of this month and each pay a bond of 300 dollars that they lose if any member of their team goes missing, a source in a North Korean trading company in Russia told NK Borderline.

The measure follows the disappearance in June of two builders from a site in Vologda, whose whereabouts are still not known. The roughly 35 workers who remained on that site were sent home in July, the source said, travelling by train to Vladivostok and on to Pyongyang.

"The team leaders now sleep by the dormitory door," the source said.

NK Borderline could not verify the account independently.

Tags: Russia, overseas workers, Vologda
""",
    ),
    dict(
        id="h12e22",
        url="https://forum.suzhouexpats.example/t/korean-restaurant-kunshan-closed/88412",
        pub_date="2026-05-19",
        events=["G12-kunshan-missing-2026"],
        text="""SuzhouExpats Forum > Food & Drink > Kunshan

Korean restaurant on Qianjin Road - what happened?

gregK  Posted 19 May 2026, 22:14
Went to the North Korean place on Qianjin Road tonight for the cold noodles, sign on the door says closed for "internal reasons". Anyone know?

lin_yue  19 May 2026, 22:31
My colleague heard three of the waitresses did not come back on Saturday. They went out for the afternoon and did not return. Police came on Sunday.

gregK  19 May 2026, 22:40
Three of the singers? Wow. Where did they go?

maple_kunshan  19 May 2026, 23:02
Nobody knows. The manager told my wife they are "sick". Restaurant was full of staff last week, maybe 12 girls.

Reply | Quote | Report
""",
    ),
    dict(
        id="h12e23",
        url="https://www.asiapacwire.example/2026/06/10/n-korean-restaurant-staff-sent-home",
        pub_date="2026-06-10",
        events=["G12-kunshan-recall-2026", "G12-china-restaurant-rules-2026", "G12-kunshan-missing-2026"],
        text="""ASIAPAC WIRE   Top News | Asia | Korea | Business | Sport   Sign in

North Korean restaurant in China closes, staff sent home after three go missing

June 10, 2026 | 09:15 KST
By AsiaPac Wire staff

SEOUL - Nine employees of a North Korean-run restaurant in the Chinese city of Kunshan were ordered back to Pyongyang in the first days of June, three weeks after three waitresses vanished, a person with knowledge of the matter said.

The three women left the restaurant on the afternoon of May 16 and have not been heard from, the person said. It is not known where they are.

The remaining staff, including the manager, left Kunshan by train, the person said. The restaurant's sign has since been taken down.

North Korea has also ordered restaurant workers across China to hand their passports to managers and to leave staff dormitories only with a manager present, the person said, adding that the rule had been in force since late May.

China's foreign ministry did not respond to a request for comment.

RELATED
- Kunshan factory output slows
[Facebook] [X] [Email]   12 comments
""",
    ),
    dict(
        id="h12e24",
        url="https://www.maghrebwire.example/en/2026/11/05/north-korea-closes-algiers-embassy",
        pub_date="2026-11-05",
        events=["G12-algiers-closure-2026", "G12-khartoum-closure-2026", "G12-brazzaville-closure-2026"],
        text="""MAGHREB WIRE
Algeria | Morocco | Tunisia | Libya | Sahel | World

North Korea closes embassy in Algiers

ALGIERS, 5 November 2026 (MW) - North Korea closed its embassy in Algiers on Tuesday, Algeria's foreign ministry said, ending a presence in the country that began in the 1960s.

"The embassy of the Democratic People's Republic of Korea informed us that it would end its activities as of 3 November," ministry spokesman Karim Benali said. North Korea's embassy in Cairo will handle its affairs in Algeria, he said.

The closure follows the North's withdrawal earlier this year from Khartoum and from Brazzaville, part of what analysts describe as a contraction forced by sanctions.

Algiers was one of Pyongyang's oldest missions in Africa.

(c) Maghreb Wire 2026
""",
    ),
    dict(
        id="h12e25",
        url="https://korearisk.example/analysis/africa-missions-contraction-2026",
        pub_date="2026-11-12",
        events=["G12-algiers-closure-2026", "G12-khartoum-closure-2026",
                "G12-brazzaville-closure-2026", "G12-dushanbe-closure-2026"],
        text="""KOREA RISK MONITOR
Analysis | Data | Podcasts | About

Pyongyang's shrinking map

12 November 2026  |  6 min read
By Hana Clearwater

With the embassy in Algiers shut on 3 November, North Korea has now pulled out of three African capitals in 2026, adding to a list that already included Khartoum, vacated in March, and Brazzaville, closed in June.

Beyond Africa, its trade office in Dushanbe stopped work in August, according to a notice published by Tajikistan's foreign ministry.

Pyongyang shut several other missions in 2023 and 2024 to save money, and it is not clear how many remain fully staffed.

Closures are not the same as defections, but they tell the same story: fewer people abroad, and those who stay watched more closely.

Hana Clearwater is a senior analyst at Korea Risk Monitor.
""",
    ),
    dict(
        id="h12e26",
        url="https://congobassinpost.example/diplomatie/2026-06-17-coree-du-nord-ambassade",
        pub_date="2026-06-17",
        events=["G12-brazzaville-closure-2026"],
        text="""CONGO BASIN POST | English edition
Politics | Diplomacy | Economy | Culture

North Korean embassy in Brazzaville lowers its flag

17 June 2026
Staff writer

The North Korean flag came down over the villa in the Bacongo district that has housed the country's embassy for decades, and its last diplomats left for the airport on Tuesday.

Congo's ministry of foreign affairs confirmed on Wednesday that the embassy of the DPRK had closed on 16 June and said relations would be handled from another capital.

A guard at the gate said the last car left at about 10 a.m.

Photo caption: The empty flagpole in Bacongo, Wednesday.
Read also: Brazzaville port traffic rises 4 per cent
""",
    ),
    dict(
        id="h12e27",
        url="https://nkborderline.example/en/2026/10/22/samjiang-brokers-shot",
        pub_date="2026-10-22",
        events=["G12-samjiang-brokers-2026", "G12-ryanggang-shoot-2026"],
        text="""NK BORDERLINE
News | Markets | Border | Military | Korean

Two brokers shot after public trial in Samjiang

October 22, 2026
By Borderline reporters

Two men accused of guiding people across the Yalu River into China were shot by firing squad after a public trial in the town of Samjiang on Saturday, a source in Ryanggang province told NK Borderline.

The men, both in their forties, were accused of taking money to help at least six people cross over the past two years, the source said. Residents, including schoolchildren, were made to watch.

"They read out the names of the people they had helped, as if those people were already dead," the source said.

Since early October, border guards in the province have been ordered to fire without warning at anyone approaching the river after dark, and a second fence is being built along the bank, the source said.

NK Borderline could not independently confirm the execution.

Tags: Ryanggang, execution, brokers, border
Comments (9) | Share
""",
    ),
    dict(
        id="h12e28",
        url="https://tumenwatch.example/reports/2026/06/30/namyang-woman-shot",
        pub_date="2026-06-30",
        events=["G12-namyang-shot-2026", "G12-namyang-shot-attempt-2026"],
        text="""TUMEN WATCH
Reports | Data | About | Support us

Woman shot dead in the Tumen near Namyang

Posted 30/06/26

A North Korean woman was shot dead by border guards while wading across the Tumen River near Namyang on the night of Sunday, 21 June, two sources on both sides of the river told Tumen Watch.

The woman, believed to be in her thirties and from Onsong county, was hit about halfway across. Guards pulled her body back to the North Korean bank, one source said.

A Chinese villager who lives on the far bank said he heard three shots shortly after midnight.

Tumen Watch has not been able to confirm the woman's identity.

Related: Our 2025 report on border fencing
Share | Print
""",
    ),
    dict(
        id="h12e29",
        url="https://tbilisisportsdaily.example/en/wrestling/2026-05-04-dprk-coach",
        pub_date="2026-05-04",
        events=["G12-tbilisi-coach-2026"],
        text="""TBILISI SPORTS DAILY | English
Football | Rugby | Wrestling | Judo | More

North Korean wrestling coach seeks asylum at Tbilisi tournament - reports

4 May 2026, 19:05

A coach with the North Korean wrestling team at the Tbilisi Grand Prix left the team hotel on Sunday and asked Georgian authorities for asylum, two people connected to the tournament said.

The coach, named by one of them as Kang Myong-su, did not appear at the weigh-in on Monday morning. The North Korean team declined to speak to reporters.

Georgia's interior ministry said it was "looking into the reports".

The Grand Prix ends on Thursday.

Tags: wrestling, Tbilisi Grand Prix, DPRK
""",
    ),
    dict(
        id="h12e30",
        url="https://www.caucasuswire.example/2026/05/06/georgia-denies-dprk-asylum",
        pub_date="2026-05-06",
        events=["G12-tbilisi-coach-2026", "G12-tbilisi-recall-2026"],
        text="""CAUCASUS WIRE
Georgia | Armenia | Azerbaijan | Region

Georgia denies North Korean coach sought asylum; team leaves early

TBILISI, May 6 (CW) - Georgia's interior ministry on Wednesday denied reports that a North Korean wrestling coach had sought asylum during a tournament in Tbilisi.

"No citizen of the DPRK has applied for international protection in Georgia. The person mentioned in the media left the country with his delegation," ministry spokeswoman Nino Beridze said.

The North Korean team, including its coaches, flew out of Tbilisi on Tuesday, two days before the end of the Grand Prix, after being instructed from Pyongyang to return, an official of the organising federation said. The team withdrew two athletes who were due to fight on Wednesday.

The Tbilisi Sports Daily had reported on Monday that the coach, Kang Myong-su, had left the team hotel and asked for asylum.

(c) Caucasus Wire
""",
    ),
    dict(
        id="h12e31",
        url="https://visayasportnews.example/cebu/2026/03/02/crewman-missing-mv",
        pub_date="2026-03-02",
        events=["G12-cebu-seaman-2026"],
        text="""VISAYAS PORT NEWS
Shipping | Ports | Fishing | Weather | Jobs

North Korean crewman fails to return to ship at Cebu pier

Monday, 2 March 2026
By Aileen Dumalagan

A North Korean crew member of a cargo ship berthed at Cebu's international port went ashore on Friday evening and has not returned aboard, port officials said.

The man was one of two crew members who went into the city with shore passes on Friday. The other came back before midnight. The ship, a Sierra Leone-flagged general cargo vessel with a North Korean crew, was due to sail on Saturday and has been held at the pier.

The ship's master reported the man missing to port police on Saturday morning.The Bureau of Immigration said it was "coordinating with the port police".

Photo caption: The cargo vessel at Pier 5, Sunday.

Tide tables | Vessel arrivals
""",
    ),
    dict(
        id="h12e32",
        url="https://www.seoulcablewire.example/nk/20260422/seaman-cebu-seoul",
        pub_date="2026-04-22",
        events=["G12-cebu-seaman-2026"],
        text="""SEOUL CABLE WIRE
Latest | Korea | North Korea | Markets | World | Pictures

North Korean seaman who jumped ship in Philippines reaches Seoul - source

SEOUL, April 22 (SCW) - A North Korean sailor who left his ship in the Philippine port of Cebu in late February has arrived in South Korea, a person involved in his case said on Wednesday.

The man, Ko Song-ryong, 29, a deck hand, slipped away during shore leave on Feb. 27 and sought help from a church group in the city, the person said. He flew out of the Philippines on March 10 and reached Seoul in early April.

The Philippine Bureau of Immigration said on Wednesday that a North Korean national had "departed the country for a third country on 10 March" but gave no further details.

The unification ministry said it could not confirm individual cases.

A second sailor who had gone ashore with him chose to return to the ship, which later sailed for Nampho.

(Reporting by Nam Ji-ho)
""",
    ),
    dict(
        id="h12e33",
        url="https://www.koreaheraldline.example/people/2026/09/14/han-ok-sun-interview",
        pub_date="2026-09-14",
        events=["G12-han-oksun-2023"],
        text="""KOREA HERALDLINE
North Korea | Politics | Defense | Business | Life

[Interview] 'The border has become a wall,' says defector who now helps new arrivals

Published : Sep. 14, 2026 - 08:00
By Lim Ha-neul

Han Ok-sun left Kyongsong in the winter of 2023 and reached Seoul the following spring after a long journey through China and Laos. Today she runs a small counselling office for new arrivals in Incheon.

Q: How has crossing changed since you left?
A: When I went, you needed money and luck. Now money is not enough. The river is watched every night, the brokers are afraid. People I knew who wanted to leave have stopped talking about it.

Q: Do you hear from home?
A: Rarely. A phone call costs a lot and it is dangerous for the people there.

Q: What do new arrivals need most?
A: Patience from us. Many arrive sick, some with debts to brokers.

Han said she hopes to study social work next year.

Photo: Han Ok-sun in her office in Incheon. (Korea Heraldline)
Like 210 | Share
""",
    ),
    dict(
        id="h12e34",
        url="https://opinionquarter.example/columns/what-the-numbers-hide",
        pub_date="2026-10-08",
        events=[],
        text="""OPINION QUARTER
Columns | Letters | Debate | Newsletter

What the defection numbers hide

8 October 2026
By Charles Ibeka

About 34,000 North Koreans have settled in the South since the 1990s, but the number of arrivals has fallen by more than two thirds since 2019. One in five arrivals in recent years has been a woman who lived in China for a decade or longer.

Escaping across the Tumen at night is now the most dangerous part of any journey, and brokers charge several times what they did ten years ago.

Suppose China stopped returning detainees tomorrow: arrivals would probably double within a year. A defection by a sitting ambassador would shake Pyongyang more than any sanctions resolution.

More closures of North Korean embassies are likely next year, and more workers abroad may try to leave.

Glossary - kyohwaso: a North Korean labour camp for ordinary prisoners.

Charles Ibeka writes on East Asian security.
Comments (23)
""",
    ),
    dict(
        id="h12e35",
        url="https://pods.peninsulahour.example/episodes/112-yangon-and-after",
        pub_date="2026-11-19",
        events=["G12-yangon-yeom-2026", "G12-yangon-recall-2026"],
        text="""THE PENINSULA HOUR - Episode 112: Yangon and after
Show notes and transcript excerpt | Listen on all platforms

Published 19 Nov 2026 | 42 min

00:00 Intro
02:15 The counsellor in Seoul
18:40 What happens to an embassy after a defection

TRANSCRIPT (excerpt, 02:15)

HOST (Dana Whitlock): So the ministry confirmed on Tuesday that Yeom Chol-jun is in Seoul. Remind us what he did in Yangon.

GUEST (Park Jun-seo, former diplomat): He ran the commercial section. That means rice deals, timber, the money side. When a man like that leaves, with his wife and his girl, on a Sunday afternoon in August, the first question in Pyongyang is what he took with him.

HOST: And his colleagues?

GUEST: Two of them were called home in September, with their families. That is the standard reaction. I would not be surprised if others follow.

HOST: You served abroad yourself.

GUEST: For eleven years. I know how those compounds feel after someone leaves.

Subscribe | Rate us | Transcript policy
""",
    ),
    dict(
        id="h12e36",
        url="https://www.dailyridgeview.example/letters/border-executions",
        pub_date=None,
        events=["G12-samjiang-brokers-2026"],
        text="""THE DAILY RIDGEVIEW
News | Letters | Opinion | Obituaries

LETTERS TO THE EDITOR

Executions at the border must not be ignored

Sir, your report on the two men shot in front of a crowd in Samjiang in October should be read by everyone who thinks the North Korean border question is about statistics. Those men were killed for helping neighbours cross a river.

Our government should raise it at every meeting with Beijing and at the UN.

Margaret Osei-Blunt, Leeds

Write to us: letters@dailyridgeview.example
""",
    ),
    dict(
        id="h12e37",
        url="https://www.unikorea-briefings.example/en/transcripts/2026-11-17",
        pub_date="2026-11-17",
        events=["G12-yangon-yeom-2026", "G12-namyang-mass-2026"],
        text="""MINISTRY OF UNIFICATION - REGULAR BRIEFING (unofficial English transcript)

Tuesday, 17 November 2026, 10:30

SPOKESMAN HWANG IN-SEOP: I will begin with one announcement. A North Korean diplomat who had served at the North's embassy in Myanmar, counsellor Yeom Chol-jun, together with his wife and daughter, entered the Republic of Korea and is under the protection of the relevant agencies. They came of their own free will. I will not comment on the route or timing of their entry.

Q: Was this the counsellor who went missing in Yangon in August?
A: I will leave it at what I said.

Q: On the reports that China sent about 400 North Koreans back on 26 September. Has the government confirmed this?
A: We are aware of the reports. We have asked the Chinese side for facts and we have conveyed our position that no one should be forcibly returned. I cannot confirm the figures.

Q: Is there any news on the sailor from the Philippines earlier this year?
A: I cannot confirm individual cases.

[END]
""",
    ),
    dict(
        id="h12e38",
        url="https://defensewatchasia.example/korea/2026/06/02/north-korean-guard-post-reshuffle",
        pub_date="2026-06-02",
        events=["G12-central-guardpost-2026", "G12-central-soldier-2026", "G12-central-soldier-2024"],
        text="""DEFENSE WATCH ASIA
Home > Korea > Land forces

After April crossing, North swaps out an entire guard detail

Tuesday, 2 June 2026
Defense Watch Asia staff

The North Korean army replaced the whole platoon at the guard post from which a staff sergeant walked south on 14 April and reassigned its commander and political officer to a coastal unit in North Hamgyong, according to a report by a Seoul-based outlet that cites a military source in the North.

The report could not be confirmed. South Korea's defence ministry declined to comment on "the internal affairs of the North Korean army".

The sergeant's crossing was the first by a North Korean soldier over the land border since August 2024. The private who crossed that summer had walked through a gap in the North's new fencing on the central front.

Read more: JCS says North laying new mines on central front
Share on: X | LinkedIn | Email
""",
    ),
    dict(
        id="h12e39",
        url="https://www.koreaheraldline.example/nk/2026/10/29/nis-yangon-briefing",
        pub_date="2026-10-29",
        events=["G12-yangon-yeom-2026", "G12-yangon-recall-2026", "G12-yangon-rules-2026"],
        text="""KOREA HERALDLINE
North Korea | Politics | Defense | Business | Life

NIS: North recalled two diplomats from Yangon after counsellor vanished

Published : Oct. 29, 2026 - 17:40
By Cho Min-jae

North Korea ordered two diplomats at its embassy in Myanmar home in mid-September, weeks after a counsellor at the mission disappeared with his family in August, the National Intelligence Service told lawmakers on Thursday.

Rep. Bae Hyun-woo, the ruling party's secretary on the National Assembly intelligence committee, relayed the NIS briefing to reporters after a closed-door session.

"The NIS said the counsellor and his family are in a safe place in a third country," Bae said. "The embassy has since barred its staff from going out alone and kept their children from school from September."

Bae did not name the counsellor.

Related: Assembly passes budget bill | NIS chief on Russia cooperation
""",
    ),
    dict(
        id="h12e40",
        url="https://www.northasiamonitor.example/2026/10/23/dprk-executes-two-samjiyon",
        pub_date="2026-10-23",
        events=["G12-samjiang-brokers-2026"],
        text="""NORTH ASIA MONITOR
Korea | China | Russia | Mongolia | Japan

North Korea executes two for helping people flee - report

Friday, 23 Oct 2026
By NAM staff

North Korean authorities publicly executed two men in Samjiyon county, near the Chinese border, last weekend for helping people cross into China, a Seoul-based website reported on Thursday, citing a source in the province.

The men were shot after a so-called public trial in the town of Samjiang on 17 October, according to the report. It said residents were forced to watch.

North Asia Monitor was unable to verify the report.

Public executions of people accused of aiding escapes have been reported regularly since the border was sealed in 2020.

Related: Mongolia, China sign rail deal
""",
    ),
    dict(
        id="h12e41",
        url="https://zabaykalskytoday.example/en/news/2026-09-17-north-korean-detained-kyakhta",
        pub_date="2026-09-17",
        events=["G12-chita-sok-attempt-2026"],
        text="""ZABAYKALSKY TODAY | English
Chita | Region | Economy | Border | Culture

North Korean logger detained near Mongolian border

17.09.2026 | 12:05

Russian border guards on Monday detained a North Korean man who was trying to cross into Mongolia on foot near Kyakhta, the regional border directorate said.

"A citizen of the DPRK was detained while attempting to illegally cross the state border. He has been handed to the investigating authorities," the directorate's press office said in a statement.

The man, Sok Yong-nam, 38, had worked for two years at a timber site run by a North Korean company outside Chita, a colleague of his at the site said by telephone. He left the site about a week earlier and travelled more than 500 km west by bus and on foot, the colleague said.

Photo: The border post at Kyakhta. (Zabaykalsky Today archive)

Read also: Rail freight to China up 9 per cent
Views 1 870
""",
    ),
    dict(
        id="h12e42",
        url="https://www.asiapacwire.example/2026/10/12/russia-returns-north-korean-logger",
        pub_date="2026-10-12",
        events=["G12-chita-sok-return-2026", "G12-chita-sok-attempt-2026"],
        text="""ASIAPAC WIRE   Top News | Asia | Korea | Business | Sport   Sign in

Russia sends North Korean logger back after border arrest

October 12, 2026 | 11:30 KST
By AsiaPac Wire staff

VLADIVOSTOK - Russia has sent back to North Korea a logger who was caught trying to walk into Mongolia in September, a regional migration official said on Monday.

Sok Yong-nam was escorted by staff of the North Korean consulate general onto a flight from Vladivostok to Pyongyang on Friday, after a court in Buryatia ordered his expulsion for a border violation, the official of the migration department said.

"The decision of the court has been carried out," the official said.

Human rights groups had urged Moscow to let him go to a third country. His wife and two children live in North Korea, a former colleague said.

RELATED
- Russia, North Korea open new road bridge
[Facebook] [X] [Email]
""",
    ),
    dict(
        id="h12e43",
        url="https://gulfcoastcambodia.example/sihanoukville/2026/10/28/korean-coder-missing",
        pub_date="2026-10-28",
        events=["G12-sihanoukville-missing-2026", "G12-sihanoukville-recall-2026"],
        text="""GULF COAST CAMBODIA
Sihanoukville | Kampot | Koh Kong | Business | Property

North Korean programmer missing; his teammates leave in a hurry

Wednesday 28 October 2026
By Sopheap Meas

A North Korean computer programmer who lived with seven compatriots in a rented villa off Ekareach Street has not been seen since Saturday, a neighbour and a property agent said.

The man, in his early thirties, went out on Saturday evening and did not come back. On Monday the remaining seven, who had worked from the villa for more than a year writing software for clients abroad, were driven to Phnom Penh airport, and on Tuesday they boarded a flight to Pyongyang via Shenyang, the agent said. "They were told to go home, all of them. The rent is paid until December," he said.

A provincial police officer said no one had reported a missing foreigner.

Photo: The villa off Ekareach Street, Tuesday.

Sponsored: Sea-view condos from 49,000 dollars
Comments (3)
""",
    ),
    dict(
        id="h12e44",
        url="https://mekongcurrent.example/laos/2026/02/05/bokeo-six-detained",
        pub_date="2026-02-05",
        events=["G12-bokeo-attempt-2026"],
        text="""MEKONG CURRENT
Laos | Thailand | Cambodia | Myanmar | Environment | Opinion

Six North Koreans held after Mekong crossing in Bokeo

Thursday, February 5, 2026
By Khamla Sisouk

Police in Laos' Bokeo province detained six North Koreans on Saturday night shortly after they came ashore from a small boat on the Lao bank of the Mekong in Ton Pheung district, a district official and a Christian aid worker said.

The group, four women, a man and a 12-year-old girl, had travelled through China for several weeks and were trying to reach Thailand, the aid worker said. They were taken to the provincial police station in Houayxay.

"They are being held for illegal entry. The case is with the immigration police," the district official said by telephone, asking not to be named.

Laos has in the past handed such groups to North Korean officials. South Korea's embassy said it was "following the matter closely".

Photo caption: The Mekong at Ton Pheung, looking towards Myanmar.
Share | 0 comments
""",
    ),
    dict(
        id="h12e45",
        url="https://crossingsupport.example/alerts/2026-02-bokeo-six-returned",
        pub_date="2026-02-24",
        events=["G12-bokeo-return-2026", "G12-bokeo-attempt-2026"],
        text="""CROSSING SUPPORT NETWORK
Home | Alerts | Our work | Donate | 한국어

CASE UPDATE: The six detained in Bokeo were handed to North Korean officials

Posted 24.02.2026

The six North Koreans detained in Bokeo province at the end of January were taken from the immigration detention centre last Thursday, driven to the airport under guard and put on a flight to Pyongyang via Beijing in the company of two North Korean embassy officials, according to a person who saw them leave.

Lao authorities have not responded to our letters. The group, including a 12-year-old girl, had told an aid worker that they wanted to go to South Korea.

We are deeply saddened. We ask supporters to write to the Lao embassy in their country.

Previous: Six North Koreans held after Mekong crossing (05.02.2026)
""",
    ),
]
