"""English pages of the heldout8 benchmark. Everything here is invented: people, outlets
(on .example domains) and events. Real agencies are cited the way real pages cite them.

Each page: id, url, pub_date (ISO day, or None where the page shows no date), events (gold
event ids from events_gold.py that the page reports), text (the page as scraped).
"""

PAGES = [
    dict(
        id="h8e01",
        url="https://www.capitalchronicle.example/city/vasant-vihar-north-korean-family-not-seen",
        pub_date="2025-09-26",
        events=["G8-delhi-paek-2025"],
        text="""THE CAPITAL CHRONICLE
Delhi | NCR | India | World | Opinion | Epaper
Subscribe    Login

DELHI

Curtains drawn, car gone: North Korean official's family not seen in Vasant Vihar for 12 days

By Ritika Sethi | Updated: Sep 26, 2025, 06:40 IST

A house in south Delhi's Vasant Vihar that neighbours say is used by a senior official of the North Korean embassy has been shut since the night of September 14, and nobody in the lane has seen the man, his wife or their grown-up son since.

The official, identified by two residents and a shopkeeper as Paek Jin-hyok, handled trade matters for the embassy and was "always polite, always alone when he walked", said the owner of a grocery on the corner. "The son used to buy cold drinks here and talk about cricket."

According to a security guard at a neighbouring house, a taxi came around 11 pm that Sunday. "Three people went out with two suitcases. No embassy car. I thought it was a late flight."

Since then, the guard said, men from the embassy have come twice in a van and carried out boxes.

Calls to the embassy went unanswered. An official of the Ministry of External Affairs said the ministry "does not discuss the status of foreign diplomats". Delhi Police said no complaint had been filed.

North Korea is one of a handful of countries that keep an embassy in New Delhi but almost no visible presence.

ALSO READ
- Metro Phase 5: residents object to depot site
- Heatwave over, AQI climbs again
- PHOTOS: Durga Puja pandals take shape

Share: WhatsApp | Facebook | X | Copy link
(c) 2025 The Capital Chronicle. All rights reserved.
""",
    ),
    dict(
        id="h8e02",
        url="https://www.peninsulawire.example/en/nk/2026/01/13/trade-counsellor-delhi-seoul",
        pub_date="2026-01-13",
        events=["G8-delhi-paek-2025", "G8-delhi-2011"],
        text="""PENINSULA WIRE
Latest | North Korea | Politics | Economy | Photos

North Korean trade counsellor who left India post is in South Korea: ministry

SEOUL, Jan. 13 (Peninsula Wire) -- A North Korean trade counsellor who vanished from his post in New Delhi in September has been living in South Korea with his wife and son since December, the unification ministry said Tuesday.

Paek Jin-hyok, 51, was the economic and trade counsellor at the North's embassy in India. He, his wife and their 24-year-old son are "under the protection of the government", ministry spokeswoman Yoo Ji-won said at a regular briefing.

"Their safety comes first, so we will not go into the route or the timing," Yoo said, declining to say which country they passed through.

Indian media reported in late September that the family had left their home in Vasant Vihar, a leafy district of the capital, by taxi on the night of Sept. 14 and had not returned.

Paek is the first member of the Delhi embassy known to have come to the South since 2011, when a commercial attache walked into the South Korean embassy in New Delhi and asked to be sent to Seoul.

North Korea has not commented.

(END)

Related
- Unification ministry to publish white paper in March
- Seoul, Tokyo hold working-level talks
""",
    ),
    dict(
        id="h8e03",
        url="https://koreaforward.example/news/article/2026011300217",
        pub_date="2026-01-13",
        events=["G8-delhi-paek-2025", "G8-delhi-2011"],
        text="""KOREA FORWARD   |  News  Business  Culture  N.Korea  Video
Home > N.Korea

N. Korean diplomat who fled India with family now in Seoul

Posted : 2026-01-13 15:22    Updated : 2026-01-13 17:05

A North Korean economic counselor who disappeared from the embassy in New Delhi last September has been in South Korea since December along with his wife and son, the unification ministry said Tuesday.

Baek Jin-hyuk, 51, and his family are "under the protection of the government," ministry spokeswoman Yoo Ji-won told reporters.Yoo declined to say which country they went through or exactly when they arrived, citing their safety.

Indian media reported late September that the three left their home in a south Delhi neighborhood by taxi on the night of Sept. 14.

Baek is the first known defector from the Delhi embassy since 2011, when a commercial attache walked into the South Korean embassy there and asked to go to Seoul.

Pyongyang has not responded.

[Peninsula Wire]

Most Viewed
1. K-pop group announces world tour
2. Samsung sets new chip target
3. N. Korean diplomat who fled India with family now in Seoul
""",
    ),
    dict(
        id="h8e04",
        url="https://www.eastasiabrief.example/analysis/delhi-defection-what-changes",
        pub_date="2026-01-16",
        events=["G8-delhi-paek-2025", "G8-delhi-recall-2025", "G8-southasia-rules-2025"],
        text="""EAST ASIA BRIEF
Analysis | Korea | China | Japan | Podcasts | Newsletter

ANALYSIS

After Delhi, Pyongyang tightens the leash on its South Asian missions

16 January 2026 | 7 min read
By Song Hae-in

When Paek Chin-hyok stepped into a taxi outside his rented house in Vasant Vihar one Sunday night in September, he was carrying, by the account of people who knew him, most of what a North Korean trade counsellor knows about how the regime earns money in India: the pharmaceutical middlemen, the textile orders, the accounts that are not in its own name.

Seoul confirmed this week that he, his wife and his son have been in the South since December.

The embassy moved fast after he left. Two diplomats who worked in India and a South Korean official familiar with the case say the mission's security counsellor and a third secretary who shared Paek's office were ordered back to Pyongyang in early October. Neither has returned.

And the rules changed. From October, according to the same sources, staff at the North's embassies "in all of South Asia", as one of them put it, must sign out with the security officer whenever they leave the compound, may go out only in pairs, and hand in their personal phones every evening.

"Before, a counsellor could go to a dinner alone. Now he needs a second man and a reason," said one of the diplomats.

What this means for Seoul is less clear. The unification ministry will not say how the family travelled. If a second diplomat from the region were to follow, the embassy in Delhi would be down to a handful of people.

Tags: North Korea, India, defectors, diplomacy

Share   Tweet   Email   Print

MORE ANALYSIS
- Why Tokyo is quiet on abductions this winter
- China's coast guard and the Yellow Sea
""",
    ),
    dict(
        id="h8e05",
        url="https://www.openbordersnk.example/statements/2026-02-19-paek-relatives",
        pub_date="2026-02-19",
        events=["G8-paek-relatives-2026", "G8-delhi-paek-2025"],
        text="""Open Borders for North Koreans (OBNK)
About | Our work | Statements | Donate | Contact

STATEMENT

Relatives of diplomat who left India banished from Pyongyang

19 February 2026

Open Borders for North Koreans has learned from two sources inside the country that the elder brother of Paek Jin-hyok, the trade counsellor who left the North Korean embassy in New Delhi with his wife and son last September, has been expelled from Pyongyang together with his wife and their two children.

According to our sources, state security officers came to the family's flat in Pyongyang's Moranbong district in the last week of January and gave them one night to pack. The family of four was taken by truck to a farm in Hwadae county, North Hamgyong province. The brother, a section chief at a foreign trade bureau, had already lost his post in October.

"They did nothing. They did not even know he had gone," one source said.

Collective punishment of relatives is prohibited under international law. We call on the authorities in Pyongyang to allow the family to return to their home, and on the governments of India and South Korea to raise the case.

OBNK is a Seoul-based non-governmental organisation founded in 2009.

Press contact: Han Bo-ra, press@openbordersnk.example
""",
    ),
    dict(
        id="h8e06",
        url="https://www.thelongview.example/features/the-counsellor-who-left",
        pub_date=None,
        events=["G8-delhi-paek-2025", "G8-delhi-2011", "G8-delhi-recall-2025"],
        text="""THE LONG VIEW
Features  |  Essays  |  Archive  |  About

The counsellor who left

A diplomat's flight from New Delhi, and the small house he left behind

By Anand Mehrotra

The lane in Vasant Vihar is quiet in the afternoons. The neighbours remember the son better than the father: a tall young man who practised his English on the grocer and wanted to know the cricket scores.

His father, Paek Jin-hyok, spent six years in India selling what North Korea can still sell and buying what it can still buy. On a Sunday night in September the family left in a taxi. In January, Seoul said all three were in South Korea.

It was not the first time the embassy lost someone. In 2011 a commercial attache, then in his thirties, walked through the gate of the South Korean embassy in Chanakyapuri on a weekday morning and did not come out again until he was driven to the airport, bound for Seoul. Indian officials at the time said only that he had "left of his own will".

This time, the people who remain paid a price. Two of Paek's colleagues, one of them the embassy's security man, were called home within weeks. Nobody in the lane has seen them since October.

In Seoul, Paek is said to be studying for the exams that let former North Koreans work in trade. His son wants to study computer science.

"They took nothing but two suitcases," the guard next door said. "Everything else is still inside. The lights have been off for four months."

Read next: The last ferry to Gwangyang
""",
    ),
    dict(
        id="h8e07",
        url="https://www.peninsulawire.example/en/nk/2026/03/17/soldier-crosses-western-front",
        pub_date="2026-03-17",
        events=["G8-kaesong-sergeant-2026", "G8-central-soldier-2025"],
        text="""PENINSULA WIRE
Latest | North Korea | Politics | Economy | Photos

(LEAD) N. Korean soldier crosses western front line, in custody: JCS

SEOUL, March 17 (Peninsula Wire) -- A North Korean staff sergeant crossed the inter-Korean border on the western front before dawn Tuesday and is now being held by the South Korean military, the Joint Chiefs of Staff (JCS) announced.

Thermal observation equipment picked the man up at around 4:50 a.m. in a sector that faces the North's border city of Kaesong, and a guard unit brought him in after he raised both hands, according to the JCS. He is believed to be in his early 20s.

"He has expressed a clear wish to come to the South," a JCS official told reporters.He was unarmed and in uniform.

No unusual movement by North Korean troops was detected, the JCS added. Authorities plan to question him on how he crossed the mine-laden zone.

It is the first crossing of the land border since November, when a North Korean soldier crossed on the central front.

Last month, South Korean guards fired warning shots after roughly ten North Korean troops building a road stepped a few metres over the line; they went back north.

(END)
""",
    ),
    dict(
        id="h8e08",
        url="https://radio.seoulbreeze.example/en/transcripts/2026-03-17-evening",
        pub_date="2026-03-17",
        events=["G8-kaesong-sergeant-2026", "G8-eastern-private-2024"],
        text="""SEOUL BREEZE RADIO - ENGLISH SERVICE
Programs > Evening Report > Transcripts

EVENING REPORT
Tuesday, March 17, 2026 | 18:00 KST

[TRANSCRIPT]

ANCHOR (Choi Min-seo): Good evening.
Our top story: a North Korean
soldier crossed the heavily
fortified border before dawn
today and is now in
South Korean custody.
The Joint Chiefs of Staff say
the man, a staff sergeant,
walked across the demarcation
line on the western front,
opposite Kaesong, just
before five a.m.
Our defense correspondent
Lim Tae-yang is with us.
Tae-yang, how did he get
through?

CORRESPONDENT (Lim Tae-yang):
Min-seo, the military
says it tracked him
with thermal cameras for
almost forty minutes.
He followed a path that
the North's own troops had
cleared for construction, and
then he simply raised
his hands at a guard post.
He was not armed.

ANCHOR: How often does this happen?

CORRESPONDENT: It is rare.
The last soldier to cross
on the eastern front was
a private in September
2024, and that was
the first in several years.
So this is the third
in about eighteen months.

ANCHOR: Thank you, Tae-yang.
In other news, the central
bank held rates steady...

[END OF EXCERPT]

Listen again | Podcast | Schedule
""",
    ),
    dict(
        id="h8e09",
        url="https://www.insidethenorth.example/en/news/kaesong-sector-officers-demoted",
        pub_date="2026-04-21",
        events=["G8-kaesong-officers-2026", "G8-front-rules-2026", "G8-kaesong-sergeant-2026"],
        text="""INSIDE THE NORTH
News | Economy | Military | Markets | Prices | About us

MILITARY

Company officers sent to mine after sergeant's crossing, front units told to patrol in threes

April 21, 2026  |  By Jeon Da-un

Two officers of the North Korean army company whose staff sergeant crossed into South Korea last month have been stripped of their rank and sent to a coal mine labour unit, a military source in North Hwanghae province told Inside the North.

The company commander, a senior lieutenant, and the company's political instructor were removed in early April after an inspection team from the General Political Bureau spent two weeks in the unit, the source said. "They were told they had failed to see the signs. Now they dig coal in Kaechon."

The staff sergeant crossed the demarcation line opposite Kaesong on March 17 and is now in the South.

Since the crossing, the source said, soldiers in front-line units along the western sector have been ordered to patrol only in groups of three, with the senior man carrying the only loaded weapon, and soldiers from families with relatives "in the South or abroad" have been pulled back from the guard posts.

"Everyone watches everyone," the source said.

A second source, a resident of Kaesong, confirmed that military police had been stopping soldiers on leave and checking their papers since late March.

Inside the North could not independently verify the accounts.

Share: Facebook | X | Telegram
Related: Rice prices rise in Sariwon markets
""",
    ),
    dict(
        id="h8e10",
        url="https://www.dailyharbour.example/national/defence/nk-soldier-central-front-crossing",
        pub_date="2025-11-21",
        events=["G8-central-soldier-2025", "G8-eastern-private-2024"],
        text="""DAILY HARBOUR
National > Defence

North Korean soldier walks across central front, second in 14 months

Friday, 21 November 2025 | Staff reporter

A North Korean soldier crossed the military demarcation line on the central front on Thursday and asked to defect, the Joint Chiefs of Staff said, the second crossing of the land border by a North Korean soldier in a little over a year.

The soldier, described only as a man in his twenties, was first seen on thermal observation equipment on Thursday afternoon. A JCS spokesman said he "expressed his intention to defect" once he reached a South Korean guard post.

In September last year a North Korean private crossed on the eastern front; officials at the time said he walked for hours through the zone.

The JCS said it detected no unusual activity by North Korean troops.

Separately, the JCS said that in the past two months it has broadcast warnings several times to North Korean work crews that strayed near the line. None crossed.

Tags: DMZ, JCS, defector
""",
    ),
    dict(
        id="h8e11",
        url="https://www.gangwonlocal.example/news/2026/05/08/wooden-boat-sacheon-beach",
        pub_date="2026-05-08",
        events=["G8-gangneung-boat-2026"],
        text="""GANGWON LOCAL  -  English Edition
News | Gangneung | Sokcho | Tourism | Weather

Morning walker finds North Korean family on Gangneung beach

2026-05-08 11:30 | Reporter Shim Eun-bi

A retired teacher out for his morning walk on Sacheon beach in Gangneung found a small wooden boat pulled up on the sand early Friday and five people standing beside it, one of whom told him, "We came from the North."

"They were wet and shaking. The older man asked me if this was South Korea. I said yes and he sat down on the sand," said the walker, 68, who asked to be named only by his surname, Goh.

Goh called the police at around 5:40 a.m. Police and soldiers from a nearby unit arrived within 15 minutes and took the group away, he said.

The boat, about 7 metres long and fitted with a small outboard engine, was still on the beach at noon, surrounded by tape.

Residents said it was the first time in memory that a North Korean boat had come ashore on this stretch of coast.

Photo: The wooden boat on Sacheon beach, Friday morning. (Gangwon Local)

Share  |  Print  |  Comments (14)
""",
    ),
    dict(
        id="h8e12",
        url="https://www.peninsulawire.example/en/nk/2026/05/08/boat-family-east-coast",
        pub_date="2026-05-08",
        events=["G8-gangneung-boat-2026"],
        text="""PENINSULA WIRE
Latest | North Korea | Politics | Economy | Photos

N. Korean family of four arrives by boat on east coast, wishes to defect: ministry

SEOUL, May 8 (Peninsula Wire) -- Four North Koreans, believed to be a family, came ashore in a small wooden boat on the east coast early Friday and have expressed their wish to settle in the South, the unification ministry said.

The four - a man in his late 50s, his wife and their two adult daughters - landed on a beach in Gangneung, about 120 kilometers south of the inter-Korean sea border, before dawn, ministry spokeswoman Yoo Ji-won said.

"All four have said they want to stay in the South. They will go through the usual joint questioning," Yoo said.

A local resident reported the boat to police. The military said its coastal radars had not picked up the vessel, and that it would look into how it was missed.

Local media initially reported that five people were on the boat.

(END)
""",
    ),
    dict(
        id="h8e13",
        url="https://www.asiancurrent.example/korea/2026/05/08/n-korean-family-boat-gangneung",
        pub_date="2026-05-08",
        events=["G8-gangneung-boat-2026"],
        text="""ASIAN CURRENT
Korea | Japan | China | Southeast Asia | Opinion

N. Korean family of four lands in Gangneung by boat, seeks to stay

By Peninsula Wire | May 8, 2026 3:14 PM

SEOUL - Four North Koreans thought to be a family landed on the east coast in a small wooden boat early Friday and want to settle in the South, the unification ministry said.

The group - a man in his late 50s, his wife and their two grown daughters - came ashore on a beach in Gangneung before dawn, spokeswoman Yoo Ji-won said."All four have said they want to stay," she said.

A resident spotted the boat and called police. The military said its radars had not detected it and that an inquiry would follow.

Some local reports earlier said five people were aboard.

ADVERTISEMENT

Read more: Japan's ruling party picks new secretary-general
""",
    ),
    dict(
        id="h8e14",
        url="https://www.peninsulawire.example/en/nk/2025/11/28/socheong-fishermen",
        pub_date="2025-11-28",
        events=["G8-socheong-2025"],
        text="""PENINSULA WIRE
Latest | North Korea | Politics | Economy | Photos

One of two N. Korean fishermen rescued near Socheong Island returned at his own request, other stays

SEOUL, Nov. 28 (Peninsula Wire) -- South Korea on Friday sent back one of two North Korean fishermen found drifting near the western border island of Socheong last week, after he repeatedly asked to go home, while the other chose to remain in the South, the unification ministry said.

The two men were found on Nov. 19 in a small fishing boat with a broken engine about 10 kilometers northwest of the island, the ministry said. During questioning, one, in his 40s, said he wanted to return to his family in the North. The other, aged 33, said he had "been thinking of the South for years" and asked to stay.

The man who wished to go home was handed over at sea near the Northern Limit Line on Friday morning, with the boat, after North Korea failed to answer calls over the liaison line, ministry spokeswoman Yoo Ji-won said.

"We confirmed his wish to return several times, including in front of a neutral observer," Yoo said.

In July, three North Korean fishermen who drifted south in the East Sea were also sent home at their own request.

(END)
""",
    ),
    dict(
        id="h8e15",
        url="https://www.openbordersnk.example/alerts/2025-12-09-guangxi-bus",
        pub_date="2025-12-09",
        events=["G8-pingxiang-arrest-2025", "G8-dunhua-arrest-2025"],
        text="""Open Borders for North Koreans (OBNK)
About | Our work | Statements | Donate | Contact

URGENT ALERT

Seven North Koreans, including a 15-year-old boy, detained in Guangxi near Vietnam border

9 December 2025

Seven North Koreans were taken off a long-distance bus by Chinese police at a checkpoint outside Pingxiang, in the Guangxi Zhuang Autonomous Region, on Saturday 6 December, a few kilometres from the border with Vietnam, according to a broker and a relative in South Korea who spoke to OBNK.

The group - five women, one man and a 15-year-old boy travelling with his mother - had crossed from North Korea into China over the past year and were trying to reach Vietnam, and from there a third country, the relative said. They are being held at a detention centre in Pingxiang.

"My sister called me from the bus an hour before. Then nothing," said the relative, who asked not to be named.

All seven face being sent back to North Korea, where people returned from China are routinely interrogated and many are sent to prison camps.

This is the second group we know of to be caught in China this autumn. In October, three women were detained in a raid on a flat in Dunhua, Jilin province.

We urge the Chinese government not to return them and to allow them to travel to a country of their choice. We ask the South Korean government to raise the case with Beijing.

Donate to our emergency fund | Share this alert
""",
    ),
    dict(
        id="h8e16",
        url="https://www.asiancurrent.example/china/2025/12/11/north-koreans-held-pingxiang",
        pub_date="2025-12-11",
        events=["G8-pingxiang-arrest-2025"],
        text="""ASIAN CURRENT
Korea | Japan | China | Southeast Asia | Opinion

Seven North Koreans held near China-Vietnam border, activists say

December 11, 2025 | By Kang Ye-jin

SEOUL - Seven North Koreans were arrested by Chinese police near the border with Vietnam at the weekend, a Seoul-based activist group said, prompting calls for Beijing not to return them.

The seven, among them a teenage boy, were detained at a road checkpoint near the city of Pingxiang last Saturday while travelling by bus, the group, Open Borders for North Koreans, said.

Seoul's foreign ministry said it "has seen the reports" and was "doing everything diplomatically possible" to prevent a forced return, without confirming the arrests.

China's foreign ministry did not respond to a request for comment. Beijing has in the past said North Koreans who enter illegally are economic migrants, not refugees.

Related coverage
- Vietnam tightens northern border checks
- Explainer: the routes out of North Korea
""",
    ),
    dict(
        id="h8e17",
        url="https://www.asiancurrent.example/china/2026/03/04/pingxiang-seven-sent-back",
        pub_date="2026-03-04",
        events=["G8-pingxiang-return-2026", "G8-pingxiang-arrest-2025", "G8-mongcai-arrest-2026",
                "G8-mongcai-return-2026"],
        text="""ASIAN CURRENT
Korea | Japan | China | Southeast Asia | Opinion

North Koreans caught near Vietnam border were sent back last month, relatives say

March 4, 2026 | By Kang Ye-jin

SEOUL - Seven North Koreans arrested in southern China in December were put on a bus to the North Korean border in late February and handed over to North Korean security officials, relatives and activists said on Wednesday.

"A man who shared the cell with my sister called from China. He said they were taken out at night, in handcuffs, around the 25th," said a woman in Seoul whose sister was among the group.

The seven - five women, a man and a teenage boy - were taken off a bus near Pingxiang, in Guangxi, on Dec. 6 as they tried to reach Vietnam.

Activists said four other North Koreans who had made it across into Vietnam were also sent back. The four were caught by Vietnamese border guards in the town of Mong Cai in mid-January, handed to Chinese police across the river in Dongxing, and returned to North Korea together with the Pingxiang group, the activists said.

South Korea's foreign ministry said it "deeply regrets" that North Koreans had been returned against their will "if the reports are true".

Vietnam's foreign ministry spokeswoman said last month that people who enter Vietnam illegally are dealt with "in accordance with Vietnamese law and international practice".

Comments are closed for this article.
""",
    ),
    dict(
        id="h8e18",
        url="https://www.insidethenorth.example/en/news/women-returned-from-china-sentenced",
        pub_date="2026-05-12",
        events=["G8-pingxiang-sentences-2026", "G8-pingxiang-return-2026", "G8-pingxiang-arrest-2025"],
        text="""INSIDE THE NORTH
News | Economy | Military | Markets | Prices | About us

SOCIETY

Two women sent back from southern China get 10 years in prison camp

May 12, 2026  |  By Jeon Da-un

Two of the seven North Koreans who were arrested near China's border with Vietnam last December and returned to the North in February have been sentenced to 10 years in a reeducation camp, a source in North Hamgyong province told Inside the North.

The two women were tried in Chongjin last month for "attempting to flee to South Korea" after investigators found they had been in contact with a broker in Seoul, the source said. Both were sent to the Jongo-ri camp.

The others, including the teenage boy and his mother, were given shorter terms in a labour training unit, or are still being questioned, the source said.

"Anyone who tried to reach the South gets the camp. Those who only went to China to earn money get the labour unit," the source said.

Women returned from China are usually interrogated for weeks and many are sent to labour training units.

Inside the North could not independently verify the sentences.

Related: Border town markets short of Chinese goods
""",
    ),
    dict(
        id="h8e19",
        url="https://www.hanoiherald.example/news/society/four-foreigners-stopped-mong-cai",
        pub_date="2026-01-16",
        events=["G8-mongcai-arrest-2026"],
        text="""THE NORTHERN HERALD (Vietnam)
Society | Business | Travel | Sports

Border guards stop four North Koreans crossing into Mong Cai

Friday, January 16, 2026

QUANG NINH - Border guards in the northern province of Quang Ninh on Wednesday night stopped four North Korean citizens who had crossed the Ka Long river from China into the city of Mong Cai without papers, the provincial border guard command said in a statement on Thursday.

The four, three women and a man aged between 24 and 45, were found hiding in a warehouse near the river bank around 11 pm after residents reported strangers in the area, the statement said.

"The four persons entered Viet Nam illegally and have been handled in accordance with the law and regulations on border management," the command said, without saying whether they had been handed back to China.

People who enter Vietnam illegally from China are usually returned to the Chinese side under a bilateral border agreement.

Share  |  Print  |  Vietnamese version
""",
    ),
    dict(
        id="h8e20",
        url="https://www.siberiatimes-en.example/novosibirsk/2026/01/26/airport-detention",
        pub_date="2026-01-26",
        events=["G8-novosibirsk-arrest-2026"],
        text="""SIBERIAN COURIER  English edition
Novosibirsk | Tomsk | Altai | Region | Business

Two North Korean builders detained at Tolmachevo as they tried to board flight

26 January 2026, 10:15

Two North Korean construction workers who had disappeared from a building site in Novosibirsk were detained at Tolmachevo airport on Saturday as they tried to check in for a flight to Moscow, the regional transport police said.

The men, aged 31 and 38, had left their dormitory in the Kirovsky district earlier in the week, a police statement said. They presented passports that were found to be expired and "were detained for violating the rules of stay for foreign citizens".

A source at the airport told Siberian Courier the two had tickets bought by a third person and carried "a piece of paper with an address in Seoul".

The workers were employed by a subcontractor on a residential project on the left bank, one of several sites in the city where North Koreans work.The subcontractor did not respond to a request for comment.

A district court was due to consider their case on Monday afternoon.

Photo: Tolmachevo airport departures hall. (Archive)
""",
    ),
    dict(
        id="h8e21",
        url="https://www.siberiatimes-en.example/novosibirsk/2026/02/13/north-koreans-deported",
        pub_date="2026-02-13",
        events=["G8-novosibirsk-deport-2026", "G8-novosibirsk-arrest-2026"],
        text="""SIBERIAN COURIER  English edition
Novosibirsk | Tomsk | Altai | Region | Business

North Korean workers caught at airport deported to Pyongyang

13 February 2026, 08:50

The two North Korean construction workers detained at Tolmachevo airport last month were deported on Thursday, the regional migration directorate said.

The men were escorted onto a flight to Vladivostok and handed over to North Korean consular staff for onward travel to Pyongyang, a spokeswoman for the directorate said. "The court's decision on administrative expulsion has been carried out," she said.

A Novosibirsk court on January 26 ordered both men expelled and fined them 5,000 roubles each.

A lawyer who had offered to represent the men, Irina Volkova, said they had told her they did not want to go back. "They were afraid. Nobody asked them where they wanted to go," she said.

Rights groups say North Korean workers returned after trying to flee face harsh punishment.

Share | VK | Telegram
""",
    ),
    dict(
        id="h8e22",
        url="https://www.eastasiabrief.example/analysis/north-korean-workers-russia-after-novosibirsk",
        pub_date="2026-03-10",
        events=["G8-russia-workers-rules-2026", "G8-novosibirsk-arrest-2026"],
        text="""EAST ASIA BRIEF
Analysis | Korea | China | Japan | Podcasts | Newsletter

ANALYSIS

Passports in the safe, phones in a box: how Pyongyang reacted to the Novosibirsk runaways

10 March 2026 | 6 min read
By Song Hae-in

Two North Korean builders who tried to fly out of Novosibirsk in January never got further than the check-in desk. The consequences for the thousands who stayed behind are still unfolding.

Since early February, according to a Russian foreman who works alongside North Korean crews and a South Korean government official, team leaders on North Korean sites across Siberia have been told to keep all workers' passports in a locked safe, to collect personal phones at night, and to allow workers off the site only in groups of five led by a party member.

"They had phones before. Now the phones sleep in a box with the team leader," the foreman said.

Pay has also changed: a larger share of wages is now held back and paid, workers are told, "on return home".

There are no reliable figures for how many North Koreans work in Russia today. Estimates range from several thousand to more than 10,000, most in construction.

If more workers try to leave, the Russian authorities are likely to keep doing what they did in January: detain and expel.

Tags: Russia, North Korea, labour
""",
    ),
    dict(
        id="h8e23",
        url="https://www.openbordersnk.example/statements/2026-04-24-mass-return",
        pub_date="2026-04-24",
        events=["G8-mass-return-2026"],
        text="""Open Borders for North Koreans (OBNK)
About | Our work | Statements | Donate | Contact

STATEMENT

China sends around 200 North Koreans back in a single night

24 April 2026

OBNK has learned from sources in China and North Korea that Chinese authorities returned about 200 North Koreans to the North on the night of Wednesday 22 April, the largest single return we have recorded since we began counting in 2015.

The detainees, most of them women, had been held in detention centres in Heilongjiang and Shandong provinces, some for more than a year. They were brought to the border by bus and handed over to North Korean state security officers before dawn, according to a driver and a resident on the North Korean side.

"There were buses one after another, with curtains closed," the resident said.

We condemn this mass refoulement. Those returned face torture, sexual violence and imprisonment.

Join our campaign: #StopForcedReturns
""",
    ),
    dict(
        id="h8e24",
        url="https://www.dailyharbour.example/world/china/mass-return-north-koreans",
        pub_date="2026-04-25",
        events=["G8-mass-return-2026", "G8-pingxiang-return-2026", "G8-manzhouli-arrest-2026",
                "G8-manzhouli-return-2026"],
        text="""DAILY HARBOUR
World > China

China returned about 190 North Koreans this week, activists say; Seoul 'checking'

Saturday, 25 April 2026 | Staff reporter

China forcibly returned about 190 North Koreans in one night this week, a Seoul-based activist group and a researcher said on Friday, in what would be the largest return reported this year.

The people, held in detention centres in the provinces of Heilongjiang and Shandong, were taken by bus to the border on Wednesday night, according to Open Borders for North Koreans, which put the number at about 200. Another researcher, Ma Seong-hun of the Institute for Northern Studies, said his sources counted 190.

"We are checking the reports," a South Korean foreign ministry official said. China's foreign ministry said it "handles illegal immigrants in accordance with domestic law, international law and humanitarian principles".

The return follows the repatriation in February of seven people caught in southern China as they tried to reach Vietnam. Last month, five North Koreans who had been arrested in February in Manzhouli, on China's border with Russia, were also sent back, the group said.

MORE FROM WORLD
- Typhoon season outlook
- Taiwan's new defence chief sworn in
""",
    ),
    dict(
        id="h8e25",
        url="https://www.angkorpost.example/news/siem-reap-restaurant-waitresses-gone",
        pub_date="2026-02-20",
        events=["G8-siemreap-2026", "G8-siemreap-rules-2026"],
        text="""ANGKOR POST
National | Siem Reap | Business | Tourism | Lifestyle

Three waitresses missing from North Korean restaurant in Siem Reap

February 20, 2026 | By Sok Dara and Lee Hyun-joo

Three young women who waited tables and sang for tourists at a North Korean-run restaurant on Sivatha Road have not been seen since the middle of last week, according to two Cambodian employees and a regular customer.

The three, all in their twenties, failed to appear for the evening show on Thursday February 12, and their rooms above the restaurant were found empty the next morning, one of the Cambodian staff said. "The manager shouted at everybody. Then he locked the doors for two days."

A woman who said she was the restaurant's manager told the Angkor Post by phone that the three had "gone home on leave" and declined further comment.

Cambodian immigration police said they had no record of the three leaving the country through an official border checkpoint. South Korea's embassy in Phnom Penh said it could not comment on individual cases.

Since then, the Cambodian employees said, the remaining North Korean staff have not been allowed to leave the building, even to shop at the market, and the manager keeps their passports.

The restaurant reopened on Sunday with a shorter show.

Photos | Share | Follow us
""",
    ),
    dict(
        id="h8e26",
        url="https://www.africabriefing.example/west-africa/lagos-clinic-doctors-recalled",
        pub_date="2026-03-27",
        events=["G8-lagos-recall-2026"],
        text="""AFRICA BRIEFING
West Africa | East Africa | Southern Africa | Business | Health

North Korean doctors at Lagos clinics ordered home

27 March 2026  |  By Chidi Okafor

About 30 North Korean doctors and nurses working at private clinics in Lagos have been ordered back to Pyongyang, clinic owners and a Nigerian official said, leaving several facilities without staff.

The medical workers, who had been in Nigeria on contracts arranged through a North Korean state company, were told in mid-March to wind up their work and have since flown out in small groups, the owner of a clinic in Ikeja said. "We had no notice. They said it was an order from home."

A health ministry official in Abuja, who asked not to be named, said the government had been "informed that the workers are returning to their country".

Under UN sanctions, member states are required to send home North Koreans earning income abroad. Nigeria has not announced any measure.

The North Korean embassy in Abuja did not respond to requests for comment.

Related: Lagos clinics face staff shortage
""",
    ),
    dict(
        id="h8e27",
        url="https://www.sahelnews.example/en/politics/north-korea-closes-embassy-bamako",
        pub_date="2026-03-03",
        events=["G8-bamako-closure-2026"],
        text="""SAHEL NEWS   English
Politics | Security | Economy | Culture

North Korea shuts its embassy in Bamako after more than five decades

Tuesday, 3 March 2026

BAMAKO - North Korea has closed its embassy in Mali, the Malian foreign ministry said in a statement on Monday, ending a presence in Bamako that began in the early 1970s.

The embassy in the ACI 2000 district ceased its activities on Friday 27 February, the ministry said, after Pyongyang informed the Malian government by diplomatic note. The last staff left the country the same weekend.

According to the statement, the North's embassy in Nouakchott, Mauritania, will take over consular matters.

The ministry gave no reason. Diplomats in Bamako said the small mission, which had three accredited staff, had struggled to pay its rent.

The gates of the two-storey building were padlocked on Monday and the North Korean flag had been taken down.

Share on WhatsApp | Facebook | X
""",
    ),
    dict(
        id="h8e28",
        url="https://www.peninsulawire.example/en/nk/2026/03/02/embassy-mali-closed",
        pub_date="2026-03-02",
        events=["G8-bamako-closure-2026", "G8-windhoek-closure-2026", "G8-mexico-closure-2025",
                "G8-lima-closure-2024"],
        text="""PENINSULA WIRE
Latest | North Korea | Politics | Economy | Photos

N. Korea closes embassy in Mali, third mission shut in six months

SEOUL, March 2 (Peninsula Wire) -- North Korea has closed its embassy in Mali, the Malian government said Monday, the third diplomatic mission Pyongyang has shut in about six months.

Mali's foreign ministry said the embassy in Bamako stopped operating on Feb. 27 and that its consular affairs would be handled from Mauritania.

North Korea closed its embassy in Mexico City in October and its embassy in Namibia in January, according to the host governments and South Korean officials. In 2024, it also pulled out of Peru, shutting its mission in Lima.

South Korea's unification ministry said the closures appear to reflect "the North's difficulty in earning foreign currency under sanctions".

North Korea had maintained embassies in around 50 countries before it began trimming its diplomatic network in 2023.

(END)
""",
    ),
    dict(
        id="h8e29",
        url="https://www.mexicodaily-en.example/politics/2025/10/17/north-korea-embassy-closes",
        pub_date="2025-10-17",
        events=["G8-mexico-closure-2025", "G8-mexico-recall-2025"],
        text="""MEXICO DAILY  -  English Edition
Politics | Business | CDMX | Culture | Opinion

North Korea closes its embassy in Mexico City, foreign ministry says

Friday, October 17, 2025 - 09:12

MEXICO CITY - North Korea's embassy in Mexico City closed on Wednesday, the Secretariat of Foreign Affairs (SRE) said in a brief statement on Thursday night, ending a diplomatic presence that dates back to the early 1980s.

"The Government of Mexico was informed by the Democratic People's Republic of Korea of the closure of its embassy, effective October 15," the statement said. Relations between the two countries will be maintained through the North Korean embassy in Managua.

The embassy, a white house behind a tall fence in the Lomas de Chapultepec district, had been quiet for weeks. A neighbour said a removal truck came at the end of September. According to two diplomats in Mexico City, the ambassador and five staff members had been ordered back to Pyongyang in September.

Mexico expelled North Korea's ambassador in 2017 over Pyongyang's nuclear tests. The mission had since operated with a charge d'affaires until a new ambassador arrived in 2022.

Related: SRE announces new consulates in the United States
""",
    ),
    dict(
        id="h8e30",
        url="https://www.latamreport.example/mexico/north-korean-mission-lomas-shut",
        pub_date="2025-10-18",
        events=["G8-mexico-closure-2025"],
        text="""LATAM REPORT
Mexico | Brazil | Andes | Southern Cone | Caribbean

Padlocks at the North Korean embassy in Lomas

18 October 2025 | By Daniela Ortiz

The gates of the North Korean embassy on a quiet street in Lomas de Chapultepec have been padlocked since Wednesday, and the portrait that hung in the entrance hall is gone.

Mexico's foreign ministry confirmed on Thursday that Pyongyang had shut the embassy with effect from October 15. Managua will now handle relations with Mexico.

"For forty years they were here, and we never really saw them," said a security guard at a neighbouring residence.

The closure follows a wider pullback: North Korea has shut more than a dozen missions since 2023, most of them in Africa, Europe and Latin America.

Share | Print
""",
    ),
    dict(
        id="h8e31",
        url="https://www.insidethenorth.example/en/news/chongjin-public-execution-smuggler",
        pub_date="2025-12-22",
        events=["G8-chongjin-execution-2025"],
        text="""INSIDE THE NORTH
News | Economy | Military | Markets | Prices | About us

SOCIETY

Man who guided people to China executed in front of crowd in Chongjin

December 22, 2025  |  By Jeon Da-un

A man accused of helping residents flee to China was executed by firing squad in front of about 1,000 people in Chongjin, North Hamgyong province, last Tuesday, a source in the city told Inside the North.

The man, Tak Yong-su, 47, a former truck driver, had been arrested in the summer and was accused of leading at least 11 people across the Tumen river over three years and of keeping contact with brokers in China, the source said.

Residents of the Sunam district, including schoolchildren, were ordered to attend the execution on a riverside field, the source said. "They read out his crimes for twenty minutes. Then it was over in a second."

The source said the authorities also read out a warning that anyone caught "betraying the fatherland" would be treated the same.

Public executions were frequent in the 1990s and 2000s and, according to activists, have become more common again since the border was closed in 2020.

Inside the North could not independently confirm the report.

Share: Facebook | X | Telegram
""",
    ),
    dict(
        id="h8e32",
        url="https://www.insidethenorth.example/en/news/wiwon-shooting-river-orders",
        pub_date="2026-01-20",
        events=["G8-wiwon-shooting-2026", "G8-wiwon-attempt-2026", "G8-river-orders-2025"],
        text="""INSIDE THE NORTH
News | Economy | Military | Markets | Prices | About us

BORDER

Guards shoot dead man crossing frozen Yalu in Chagang province

January 20, 2026  |  By Ahn Seo-yul

North Korean border guards shot and killed a man in his twenties as he tried to cross the frozen Yalu river on foot near Wiwon, Chagang province, on the night of January 9, a source in the province told Inside the North.

The man had reached the middle of the frozen river when guards opened fire without warning, the source said. His body was left on the ice until the next afternoon "so that people could see".

Since November, guard units along the Yalu in Chagang and Ryanggang provinces have been told to shoot anyone who approaches the river bank at night without a permit, the source said, and residents of riverside villages have been forbidden to go near the water after 6 pm, even to fetch water or wash clothes.

"Before, guards would take a bribe and look away. Now they say they will be punished if anyone gets across," the source said.

North Korea has not commented on the report, which Inside the North could not independently verify.

Share: Facebook | X | Telegram
Related: Chongjin execution: a crowd of a thousand
""",
    ),
    dict(
        id="h8e33",
        url="https://www.freedomroadstories.example/stories/yoon-mi-hyang",
        pub_date="2026-03-30",
        events=["G8-yoon-defection-2021", "G8-yoon-arrest-2019", "G8-yoon-return-2019",
                "G8-yoon-camp-2020"],
        text="""Freedom Road Stories
Home | Stories | Podcast | Get involved | Donate

STORIES

"Twice across the river": Yoon Mi-hyang reaches Seoul

March 30, 2026  |  Interview by Cha Eun-seo

Yoon Mi-hyang, 44, from a mining town in North Hamgyong she asked us not to name, stepped off a plane at Incheon airport earlier this month, after nearly five years in China and a long journey overland through Southeast Asia. ("It was 11 days on the road. I counted," she says.)

It was her second escape. The first time, in 2019, she spent six months in China before police raided the restaurant where she was washing dishes in Siping, Jilin province. She was sent back to North Korea in December that year and spent most of 2020 in a labour training camp in Kyongsong county.

"In the camp we carried stones. A woman next to me died in January," she says.

In the summer of 2021, with the border sealed and the guards hungry, she paid a guard and crossed the Tumen again. This time she stayed hidden for almost five years, working on a pig farm near the Russian border.

She reached a third country in late February and asked the South Korean embassy there for help.

Now in the resettlement centre, she wants to bring her son out.

This story was edited for length and clarity. Names of places have been withheld at Ms Yoon's request.

Support our work
""",
    ),
    dict(
        id="h8e34",
        url="https://www.dailyharbour.example/opinion/columns/counting-the-ones-who-leave",
        pub_date="2026-02-06",
        events=[],
        text="""DAILY HARBOUR
Opinion > Columns

Counting the ones who leave

Friday, 6 February 2026 | By Hwang Jae-sik

Every January the unification ministry publishes a number, and every January we argue about it. Last year 224 North Koreans arrived in the South, the ministry says; in the years before the pandemic the figure was above 1,000, and in the best years of the 2000s it approached 3,000.

Around 34,000 people have come from the North since the 1990s. About seven in ten are women. Most spent years in China first.

What the numbers hide is how people now arrive. Fewer come through China, and more are people who were already abroad: workers, students, the occasional diplomat. A ministry official told me that "more than half" of recent arrivals had lived outside North Korea for at least a year before they left.

Suppose the border with China reopened fully tomorrow. Would the numbers climb back to 2,000? Probably not: the fences are higher, the cameras are everywhere, and the brokers charge five times what they did.

If Seoul wants more people to come, it should talk less about numbers and more about what happens to them after they arrive.

Glossary: "third-country route" - the overland journey from China through Southeast Asia that most arrivals used before 2020.

The views expressed are the author's own.
""",
    ),
    dict(
        id="h8e35",
        url="https://www.koreaweekinreview.example/issues/2026-05-15",
        pub_date="2026-05-15",
        events=["G8-gangneung-boat-2026", "G8-singapore-seaman-2026", "G8-kimchaek-boats-2026"],
        text="""KOREA WEEK IN REVIEW
Issue 212 | Friday, May 15, 2026
View in browser | Unsubscribe

Hello from Seoul. Here is what you need to know this week.

1. THE BOAT ON THE BEACH
The four North Koreans who landed at Gangneung last Friday - a couple and their two daughters - are being questioned by intelligence officials. A lawmaker briefed by the NIS told reporters on Wednesday that the family had sailed from Kimchaek, about 300 km up the coast, and that the father had worked as an engine mechanic at a fishing cooperative.

The same lawmaker, Rep. Nam Gi-seok, said the NIS had told MPs that fishing boats in Kimchaek have since been ordered to tie up at a single guarded pier every night and to carry only enough fuel for one day at sea.

2. A SAILOR IN SINGAPORE
A North Korean crew member from a cargo ship anchored off Singapore went to the South Korean embassy there on Monday and asked to be sent to Seoul, a diplomatic source told several Korean outlets. The foreign ministry would not comment. The ship left port on Tuesday without him.

3. NUMBERS
The ministry's quarterly count: 61 arrivals in January-March, up from 48 a year earlier.

4. READING LIST
- A profile of the new unification minister
- What the Gangneung landing says about coastal radar

Forward this email | Our sponsors
""",
    ),
    dict(
        id="h8e36",
        url="https://www.globaldesk.example/explainers/north-korea-embassies-closing",
        pub_date=None,
        events=["G8-lima-closure-2024", "G8-windhoek-closure-2026", "G8-mexico-closure-2025",
                "G8-bamako-closure-2026"],
        text="""GLOBAL DESK
Explainers | Maps | Data | Podcasts

Q&A: Why is North Korea closing its embassies?

What is happening?
North Korea has been shutting embassies for several years. Among the recent ones: Lima, in Peru, closed in 2024; Mexico City in October 2025; Windhoek, in Namibia, in January 2026; and Bamako, in Mali, on 27 February 2026, according to the host governments.

Why?
Analysts point to money. Embassies are expected to earn their own keep, and sanctions have made that harder. Some missions also ran businesses that host countries have shut down.

Does a closure mean relations are cut?
Usually not. Another embassy in the region takes over. For Mali, it is the embassy in Nouakchott; for Mexico, Managua.

How many embassies does North Korea still have?
Somewhere between 40 and 45, by most counts, down from around 55 a decade ago.

Could more closures follow?
Very likely. Diplomats say missions in southern Africa and Southeast Asia are under review.

Glossary
Charge d'affaires: a diplomat who heads a mission in the absence of an ambassador.
Note verbale: an unsigned diplomatic note, used here to announce a closure.

Share this explainer
""",
    ),
    dict(
        id="h8e37",
        url="https://www.thecapitalchronicle.example/opinion/the-diplomat-who-chose-seoul",
        pub_date="2026-01-19",
        events=["G8-delhi-paek-2025"],
        text="""THE CAPITAL CHRONICLE
Opinion | Editorials | Columns | Letters

EDITORIAL

The diplomat who chose Seoul

Jan 19, 2026, 05:00 IST

Last week's confirmation from Seoul that Paek Jin-hyok, North Korea's trade counsellor in New Delhi, left his post in September and is now in South Korea with his family should prompt some reflection in South Block.

India was told nothing. A senior foreign diplomat vanished from a house in one of our best-guarded neighbourhoods, and the Ministry of External Affairs' only comment was that it does not comment.

There will be consequences. Pyongyang is likely to reduce its embassy here further. It may punish the family members Mr Paek left behind. India may find that a small, quiet embassy can become a large, noisy problem.

We do not argue that India should have stopped him. We argue that it should know who lives among us, and why.

Letters to the editor: letters@capitalchronicle.example
""",
    ),
    dict(
        id="h8e38",
        url="https://www.nkwatchnewsletter.example/archive/2026-02-27",
        pub_date="2026-02-27",
        events=["G8-siemreap-2026", "G8-novosibirsk-deport-2026", "G8-novosibirsk-arrest-2026",
                "G8-paek-relatives-2026", "G8-delhi-paek-2025", "G8-kl-itworker-2025"],
        text="""NK WATCH - the weekly newsletter
Issue No. 97 - 27 February 2026

In this issue: Siem Reap, Novosibirsk, Delhi, Kuala Lumpur

SIEM REAP - Three singers at a North Korean restaurant in Cambodia's temple town have been missing since February 12. The restaurant says they went home on leave; nobody saw them leave. No government has said where they are.

NOVOSIBIRSK - The two builders caught at the airport in January were deported on February 12, Russian migration officials said.

DELHI - An NGO says the elder brother of the trade counsellor who left India in September was expelled from Pyongyang with his family in late January.

KUALA LUMPUR - Still no news of Ri Kyong-sim, the North Korean IT worker who stopped answering her phone in Kuala Lumpur in October. A Malaysian police source says a missing-person file was opened by "a business associate" but that there has been no trace of her since she left her flat on October 21. Her employer, a software firm registered to a Malaysian front company, has closed its office.

UPCOMING - 3 March: webinar on forced returns (register here)

You are receiving this because you subscribed at nkwatchnewsletter.example
""",
    ),
    dict(
        id="h8e39",
        url="https://www.insidethenorth.example/en/news/kimchaek-boats-single-pier",
        pub_date="2026-05-26",
        events=["G8-kimchaek-boats-2026", "G8-gangneung-boat-2026", "G8-tanchon-attempt-2026",
                "G8-tanchon-camp-2026"],
        text="""INSIDE THE NORTH
News | Economy | Military | Markets | Prices | About us

SOCIETY

Kimchaek fishing boats chained up at night after family escapes to South

May 26, 2026  |  By Ahn Seo-yul

Fishing boats in Kimchaek, North Hamgyong province, must now tie up at a single guarded pier every night, and their fuel is rationed by the day, a source in the city told Inside the North, after a family from the port sailed to South Korea this month.

The family - a fishing cooperative mechanic, his wife and their two daughters - slipped out of the harbour in a small motor boat on the night of May 5, the source said. They came ashore near Gangneung in the South three days later.

Since then, the source said, the boats are chained together at night, and each cooperative must hand its engine keys to the coastal security office before dark. "If you want to go out, you need a paper from the security office, and a security man checks the fuel," the source said.

The mechanic's sister and her husband have been questioned several times but have not been detained, the source added.

It was the second escape by sea from the coast this spring. In March, three men from Tanchon turned a squid boat south after dark but were caught by a coastal security patrol before they had cleared the bay; in April all three were sent to a prison camp, the source said.

Inside the North could not verify the account independently.

Share: Facebook | X | Telegram
""",
    ),
    dict(
        id="h8e40",
        url="https://www.voicesacrossthedmz.example/en/broadcasts/2025-12-23-chongjin",
        pub_date="2025-12-23",
        events=["G8-chongjin-execution-2025"],
        text="""VOICES ACROSS THE DMZ
Broadcasts | News | Programs | Languages: English | 한국어

North Korea: Man shot in public in Chongjin for helping people leave

2025-12-23

A man was executed by firing squad in the northeastern port city of Chongjin last week for helping residents escape to China, a source in North Hamgyong province told Voices Across the DMZ.

The man, named by the source as Thak Yong Su, a former driver in his late forties, was shot on December 16 in front of hundreds of residents gathered on a field near the river, the source said.

"They said he took money to guide people across the river and that he talked with South Korean spies on a Chinese phone," the source said.

Voices Across the DMZ could not independently confirm the report. North Korea's state media did not mention it.

The North's criminal code allows the death penalty for "treachery against the nation", which covers helping people defect.

Reported by Park Yoon-hee. Translated by Kim Su-bin. Written in English by Lee Daniel.

Copyright 2025 Voices Across the DMZ
""",
    ),
]
