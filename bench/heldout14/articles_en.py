"""English pages of the heldout14 benchmark. Everything here is invented: people, outlets
(on .example domains) and events. Real agencies and states are cited the way real pages cite them.

Each page: id, url, pub_date (ISO day, or None where the page shows no date), events (gold
event ids from events_gold.py that the page reports), text (the page as scraped).
"""

PAGES = [
    dict(
        id="h14e01",
        url="https://songhantimes.example/city/son-tra-korean-family-flat-empty",
        pub_date="2025-11-18",
        events=["G14-danang-um-2025"],
        text="""SONG HAN TIMES
Home | City | Business | Tourism | Beaches | English

CITY  >  SON TRA

Flat of Korean trade family empty since Friday, building guard says

Posted: Tue, 18/11/2025 - 09:12
Reporter: Tran Thi Bich Ngoc

The third-floor flat on Ngo Quyen street that belongs to a family from the North Korean trade representation has been dark since Friday, the building's night guard says.

"The man took the boy to school every morning at seven. On Friday he came down at five with his wife, the boy and two bags and they drove off in a grey Kia," said the guard, who gave his name only as Mr Hung. "Nobody has come home since."

On Sunday three men from the representation arrived in a van, went up to the flat and stayed until late. One of them asked the guard whether the family had spoken about a trip to Ho Chi Minh City.

The boy's classmates at an international primary school in Son Tra were told on Monday that he had "gone back to his country", one parent said.

Da Nang police said they had received no report of a missing person. The representation, which handles seafood and garment orders, did not answer the door.

Photo: The building on Ngo Quyen street on Monday evening.

READ MORE
- Han river bridge lights to switch to summer hours
- Typhoon season: fishermen told to stay in port

Tags: Son Tra, foreigners, community
Comments (7)
(c) 2025 Song Han Times
""",
    ),
    dict(
        id="h14e02",
        url="https://www.namsanwire.example/world/2026/03/10/nk-trade-official-vietnam-arrives-south",
        pub_date="2026-03-10",
        events=["G14-danang-um-2025", "G14-haiphong-2019"],
        text="""NAMSAN NEWSWIRE
Top Stories | Korea | North Korea | Asia | Markets | Video

North Korean trade official who left Vietnam post reaches Seoul with family

SEOUL, March 10 (NNW) - A North Korean trade official stationed in Vietnam has arrived in South Korea with his wife and son, the unification ministry said on Tuesday.

Um Chol-jin, 44, was a deputy representative at North Korea's trade representation in the central city of Da Nang, ministry spokesman Seo Min-jae told reporters. "He and his family arrived in February of their own free will and are under government protection," Seo said, without describing the route.

A government official, speaking on condition of anonymity, said the family left their flat in Da Nang on Nov. 14. The couple's son is 11.

Um is the first North Korean posted in Vietnam known to have defected since 2019, when a shipping agent posted in Haiphong fled to the South, the official said.

Vietnam's foreign ministry did not respond to a request for comment. North Korea's state media have not mentioned the case.

About 200 North Koreans reached the South last year, according to ministry figures, most of them women who had lived in China for years.

(Reporting by Ahn Seo-yeon; Editing by Mark Ellery)

Related coverage:
- South Korea, U.S. begin spring drills
- North Korea says it tested new cruise missile engine

(c) Namsan Newswire 2026
""",
    ),
    dict(
        id="h14e03",
        url="https://eastasiacourier.example/korea/2026-03-10/eom-cheol-jin-defector-vietnam",
        pub_date="2026-03-10",
        events=["G14-danang-um-2025"],
        text="""EAST ASIA COURIER
News  |  Korea  |  Japan  |  China  |  Southeast Asia  |  Opinion

North Korean envoy from Da Nang trade office defects to South Korea

10 March 2026, 16:05 KST
Courier staff with agencies

SEOUL - A North Korean trade official based in Vietnam has defected to South Korea along with his family, Seoul said on Tuesday.

The unification ministry named the official as Eom Cheol-jin, 44, deputy head of the North's trade office in Da Nang. He fled in mid-November with his wife and their 11-year-old son and reached the South in February, the ministry said.

Spokesman Seo Min-jae declined to say whether Vietnamese authorities had been involved.

North Korea keeps an embassy in Hanoi and a small trade office in Da Nang that buys seafood and sells garments.

MORE FROM KOREA
- Seoul home prices edge down
- K-league opens new season

Share | Email | Print
""",
    ),
    dict(
        id="h14e04",
        url="https://juchelens.example/analysis/2026/01/after-da-nang-southeast-asia-missions",
        pub_date="2026-01-20",
        events=["G14-danang-um-2025", "G14-danang-recall-2025", "G14-sea-compound-2026"],
        text="""JUCHE LENS
Analysis | Politics | Economy | Military | Diplomacy | Data

DIPLOMACY

After Da Nang, Pyongyang pulls its Southeast Asia staff closer

20 January 2026 | 6 min read
By Maren Aasheim

More than two months after Um Chol Jin, the number two of North Korea's trade representation in Da Nang, vanished with his wife and son, nobody has said where the family is. Vietnamese officials say they were "not notified". The representation is still open, though its lights go off early now.

The reaction in Pyongyang has been easier to follow.

The head of the trade representation in Da Nang was summoned to Pyongyang in early December, two people who deal with the office told Juche Lens. He has not come back. A clerk now signs its contracts.

Since the first week of January, staff at North Korean missions and trade offices in Southeast Asia must sleep inside the mission compound, hand in their phones at night and travel outside the city only with a second staff member, according to a diplomat in the region who has seen the instruction. We could not verify the instruction independently.

None of this is new in kind. After earlier departures, Pyongyang has tightened rules for a few months and then let them slide. What is different is the speed.

Could others follow? A trade official with a family and a good knowledge of the region is exactly the kind of person Seoul would welcome, and exactly the kind of person Pyongyang now watches. A second departure from the same office would be hard for the foreign trade ministry to explain.

Maren Aasheim covers North Korean diplomacy from Oslo.

Related: Vietnam's seafood exports to Asia rise 12%

Subscribe to Juche Lens Weekly
""",
    ),
    dict(
        id="h14e05",
        url="https://centralcoastdaily.example/en/politics/north-korea-closes-da-nang-office",
        pub_date="2026-04-22",
        events=["G14-danang-closure-2026", "G14-danang-um-2025"],
        text="""CENTRAL COAST DAILY  |  English edition
Politics  Economy  Society  Da Nang  Hue  Quang Nam

North Korea shuts its Da Nang trade office

22/04/2026  08:30

The North Korean trade representation in Da Nang has closed, Vietnam's foreign ministry confirmed on Tuesday.

The office's last four staff left the villa on Le Duan street on Friday, and workers took down the sign the same afternoon, a neighbour said. The ministry's spokeswoman told a regular briefing that the North Korean side had "informed Vietnam of its decision to end the activities of the office" and that the embassy in Hanoi would handle its remaining trade matters.

The office had been open since 2003.

Its deputy head, Um Chol-jin, fled with his family in November and surfaced in South Korea in March. The North has never commented on his case.

A seafood exporter who sold squid to the office said it had ordered nothing since December. "They stopped calling," she said.

RELATED
- Da Nang airport adds night flights to Seoul
- Hoi An lanterns festival draws record crowd

(c) Central Coast Daily
""",
    ),
    dict(
        id="h14e06",
        url="https://thelongitude.example/features/2026/the-man-who-stopped-answering",
        pub_date="2026-09-14",
        events=["G14-danang-um-2025"],
        text="""THE LONGITUDE
Features | Essays | Photography | Podcasts | Subscribe

FEATURES

The man who stopped answering

What does a career in North Korea's foreign trade look like from the inside? A former trader explains, and the case of last year's Da Nang departure hangs over the conversation.

Issue 41, September 2026 | Published 14.09.2026
Words by Isobel Grant

Kil Tae-yong spent eleven years buying fertiliser and selling coal for the North Korean state before he resettled in the South. He now runs a small research group in Seoul and, he says, still dreams in the vocabulary of quotas.

"Every trader abroad has two jobs," he said. "The one on the business card, and sending money home. When you cannot do the second, you start thinking about the first one very differently."

Kil did not know Um Chol-jin, the deputy trade representative who fled Vietnam with his wife and son last year and now lives in South Korea. But he recognises the type. "Mid-career, a child in a foreign school, a posting that ends soon. That is the moment."

Kil describes the checks any trader faces: monthly self-criticism sessions, a security officer who reads the accounts, a rule that no one travels alone. "People imagine a defection as a dramatic night. Mostly it is a decision you make over two years and carry out in two hours."

There are, by the government's count, roughly 34,000 North Koreans living in the South. Most crossed from China. Officials and traders remain a small minority.

Asked whether he worries for relatives, Kil paused for a long time. "Everyone who leaves worries. That is what the system is built on."

This article appears in the September print issue.

Tags: North Korea, trade, exiles
Share  |  Save  |  Gift this article
""",
    ),
    dict(
        id="h14e07",
        url="https://www.namsanwire.example/korea/2026/03/12/north-korean-soldier-crosses-western-front",
        pub_date="2026-03-12",
        events=["G14-soldier-west-2026", "G14-soldier-central-2024"],
        text="""NAMSAN NEWSWIRE
Top Stories | Korea | North Korea | Asia | Markets | Video

North Korean soldier crosses western front, JCS says

SEOUL, March 12 (NNW) - A North Korean soldier walked across the military demarcation line on the western front early on Thursday and is in South Korean custody, the Joint Chiefs of Staff said.

The soldier, a staff sergeant in his mid-twenties, crossed opposite Kaepung county at about 5:40 a.m. and expressed a wish to defect, the JCS said in a text message to reporters. He was unarmed.

South Korean guards tracked him with thermal cameras for about 30 minutes before taking him into custody, a JCS officer said.

It was the first such crossing on land since July 2024, when a private walked across the central front.

North Korea has laid mines and built walls along parts of the border since 2024. South Korean officers say crossings have become more dangerous, not rarer.

(Reporting by Chung Hae-won; Editing by Mark Ellery)

(c) Namsan Newswire 2026
""",
    ),
    dict(
        id="h14e08",
        url="https://koreaLedger.example/longreads/the-reeds-at-the-estuary",
        pub_date="2026-05-02",
        events=["G14-soldier-west-2026"],
        text="""THE KOREA LEDGER
Politics  Society  North Korea  Long reads  Opinion

LONG READ

The reeds at the estuary

A village on the last bend before the border watches the North every day. This spring, the North walked over.

Updated 2 May 2026

By Han Da-eun

The rice farmers of Haemaru village start work before the guards at the observation post change shift, so they are usually the first to notice anything odd. One morning in March, it was the guards who noticed first.

A soldier from the other side came down through the reeds opposite Kaepung with both hands up, the sky still grey. The South Korean squad that met him at the wire found a man in a padded winter uniform, no rifle, a plastic bag with two photographs. He told them he wanted to stay.

Farmer Nam Gyu-seok heard the helicopter around seven. "We thought it was another drill," he said.

The village has lived with loudspeakers, balloons and, since last year, the thump of the North's construction crews. Older residents remember a summer decades ago when a whole boatload of people drifted to the bank. Nobody can remember when it was.

What the soldier's crossing meant for the village was mostly paperwork: two days of checkpoints, a visit from the county office, a reporter or two.

Photo: Reeds along the estuary, April 2026.

More long reads
- Inside the last ferry to Gyodong
- The salt farmers who stayed

Comments are closed.
""",
    ),
    dict(
        id="h14e09",
        url="https://juchelens.example/analysis/2026/05/border-unit-reshuffle-after-kaepung-crossing",
        pub_date="2026-05-06",
        events=["G14-soldier-unit-2026", "G14-soldier-west-2026"],
        text="""JUCHE LENS
Analysis | Politics | Economy | Military | Diplomacy | Data

MILITARY

A platoon swapped out: how the army answered the Kaepung crossing

06 May 2026 | 4 min read
By Maren Aasheim

In early April, a month after the March crossing opposite Kaepung, the guard post the sergeant walked away from got a new garrison. The whole platoon was swapped out and sent to a construction brigade on the east coast, and the company commander and his political officer were stripped of rank and moved to a coal mine in South Pyongan, a source with contacts in the front-line corps told Juche Lens.

The source described the reshuffle as the direct response to the crossing.

South Korea's defence ministry said it did not comment on intelligence matters.

The army has done this before: after each crossing, those who were on watch carry the blame. It would not be surprising if new fences followed.

Related: North Korean soldier crosses western front, JCS says
""",
    ),
    dict(
        id="h14e10",
        url="https://eastasiacourier.example/korea/2026-06-10/north-korean-boat-east-coast-four-stay",
        pub_date="2026-06-10",
        events=["G14-tongchon-boat-2026"],
        text="""EAST ASIA COURIER
News  |  Korea  |  Japan  |  China  |  Southeast Asia  |  Opinion

Five North Koreans on wooden boat found off east coast; four want to stay

10 June 2026, 11:20 KST
Courier staff

SEOUL - South Korea's navy and coast guard intercepted a small wooden boat carrying five North Koreans off the east coast on Tuesday, and four of them said they wanted to settle in the South, the Joint Chiefs of Staff said on Wednesday.

The boat was spotted by a navy patrol at about 7 a.m. some 13 km south of the Northern Limit Line, a JCS officer said. A patrol boat confirmed that five people were aboard: a fisherman surnamed Ha, his wife, their 16-year-old son and two men from their neighbourhood in Tongchon, Kangwon province.

Four of them told investigators they had left in order to come to the South. Authorities are still questioning the fifth, a man in his sixties, about his wishes, the officer said.

The group left the harbour at Tongchon late on Monday and ran out of fuel during the night, he added.

The government said it would decide on the fifth man "according to his freely expressed will".

Share  |  Email  |  Print
""",
    ),
    dict(
        id="h14e11",
        url="https://koreaLedger.example/north-korea/2026/07/01/boat-man-returned-at-sea",
        pub_date="2026-07-01",
        events=["G14-tongchon-boat-2026"],
        text="""THE KOREA LEDGER
Politics  Society  North Korea  Long reads  Opinion

NORTH KOREA

Man from June boat handed back at sea at his own request

Wednesday 1 July 2026

By Kwak Jin-sol

A North Korean man who came south on a wooden boat in June was returned to the North on Wednesday at his own request, the unification ministry said.

The man, in his sixties, was handed to a North Korean vessel at the maritime border at 10 a.m., the ministry said. He had told investigators from the start that he wanted to go home to his wife.

He was one of five people on a boat from Tongchon intercepted off the east coast on 9 June. The other four, a fisherman's family and a neighbour, are staying in the South.

The ministry said it had notified the North through the UN Command and had received no reply. North Korea did not send a boat until an hour after the agreed time.

Related: Seoul to expand resettlement centre capacity
""",
    ),
    dict(
        id="h14e12",
        url="https://thelongitude.example/features/2026/fuel-for-a-night",
        pub_date=None,
        events=["G14-tongchon-boat-2026"],
        text="""THE LONGITUDE
Features | Essays | Photography | Podcasts | Subscribe

ESSAY

Fuel for a night

Words by Isobel Grant

The fisherman Ha had bought diesel for a week's work and meant to use it in a single night. He, his wife, their son and two neighbours from Tongchon pushed off from the harbour wall after the curfew bell, the boy lying flat under a tarpaulin because he was too tall to hide any other way.

They had no compass. Ha steered by the lights of the southern coast, which he had watched from his boat for twenty years. The engine died a little after three. By first light they could see a grey ship. When the sailors called down to them, Ha's wife answered for all of them: they asked to be taken to the South.

One of the neighbours, it turned out, had only come because he had been afraid to be left behind. He later went back. The others began new lives in June, in an apartment block on the other side of the mountains they had stared at all their lives.

This essay draws on conversations with two members of the family. Their first names are withheld at their request.

Next in Essays: The last letter from Hamhung
""",
    ),
    dict(
        id="h14e13",
        url="https://borderlight.example/alerts/2026-01-mohan-bus-arrest",
        pub_date="2026-01-16",
        events=["G14-mohan-arrest-2026"],
        text="""BORDER LIGHT
Who we are | Alerts | Reports | Donate | 한국어

URGENT ALERT

Six North Koreans detained near China-Laos border

Date: 2026-01-16

Seoul-based Border Light has learned that six North Koreans, among them a 15-year-old girl, were taken off a long-distance bus by Chinese police near Mohan, in Yunnan province, last Sunday.

The group had travelled for nine days from northeastern China and was hoping to cross into Laos and continue to Thailand. A relative in Seoul who had paid part of the fee lost contact with them on Sunday afternoon. A second source in Yunnan confirmed the arrest.

The six are believed to be held at a police detention facility in Mengla county. If transferred to the northeast, they could be sent back to North Korea within weeks, where people caught on the route to a third country are usually punished more harshly.

Asked about the case, China's foreign ministry said it was "not aware" of it and that China handles illegal border crossers according to law.

WHAT YOU CAN DO
Write to your representative. Share this alert.

Border Light is an independent NGO founded in 2011. Contact: alerts@borderlight.example
""",
    ),
    dict(
        id="h14e14",
        url="https://www.namsanwire.example/world/2026/04/24/china-returns-north-koreans-tumen",
        pub_date="2026-04-24",
        events=["G14-china-return-apr-2026", "G14-china-return-feb-2026", "G14-mohan-arrest-2026"],
        text="""NAMSAN NEWSWIRE
Top Stories | Korea | North Korea | Asia | Markets | Video

China sends about 140 North Koreans back across Tumen river, groups say

SEOUL, April 24 (NNW) - Chinese border police sent about 140 North Koreans back to the North on the night of Tuesday, April 21, two groups that monitor the border said on Friday, in the largest single forced return reported this year.

Buses carrying detainees from several detention centres in Jilin province crossed the bridges over the Tumen river between about 10 p.m. and midnight, said Border Light, a Seoul-based group. Among them were the six North Koreans arrested in January on a bus near Mohan in Yunnan, it said.

It was the second mass return this year, after about 50 people were sent back on Feb. 3, according to the group.

South Korea's foreign ministry said it had "expressed concern" to Beijing. China's foreign ministry said it was not aware of the specific situation.

Human rights groups say that returnees face interrogation and, if found to have tried to reach the South, prison camps. Over the past decade, tens of thousands are believed to have been sent back in total.

(Reporting by Ahn Seo-yeon; Editing by Lisa Orme)

(c) Namsan Newswire 2026
""",
    ),
    dict(
        id="h14e15",
        url="https://pacificrimreport.example/asia/china/north-koreans-returned-tumen-night",
        pub_date="2026-04-24",
        events=["G14-china-return-apr-2026"],
        text="""PACIFIC RIM REPORT
Asia | China | Koreas | Japan | Oceania | Podcasts

China forcibly returns around 140 to North Korea in one night

Friday 24 April 2026 | Asia desk

Around 140 North Koreans held in Chinese detention were driven across the border on Tuesday night, according to a Tokyo-based monitoring network and a Seoul-based NGO.

The returnees, mostly women, had been detained in Jilin province over recent months, the Tokyo-based network said. Several were reportedly caught while trying to travel toward Southeast Asia.

Seoul protested after the group was sent back. "No one should be forcibly returned to a place where they face persecution," a foreign ministry spokesman said.

Analysis: Why China's returns come in waves

Most read
1. Typhoon warning for Okinawa
2. Australian dollar slides
""",
    ),
    dict(
        id="h14e16",
        url="https://mekongpost.example/laos/savannakhet-police-hold-four-north-koreans",
        pub_date="2026-02-11",
        events=["G14-savannakhet-arrest-2026"],
        text="""MEKONG POST
Laos | Thailand | Cambodia | Myanmar | Vietnam | Business

LAOS

Savannakhet police hold four North Koreans near river

11 Feb 2026 - 14:47

Police in Savannakhet have detained four North Koreans who were waiting at a guesthouse near the Mekong for a boat to Thailand, a provincial police spokesman confirmed on Wednesday.

The four, three women and a man, were arrested on Sunday evening after the guesthouse owner called the police, said spokesman Lt Col Khamphanh Vongsa. They had no documents. The youngest, a 19-year-old woman named Son Ok-hui, told officers they had come through China.

"They are being held for illegal entry and the matter is with the immigration department," the spokesman said.

Rights groups urged Laos not to send the four back to the North.

Across the river lies Mukdahan, in Thailand, where North Koreans who arrive are normally handed to immigration and later sent to Seoul.

RELATED
- Savannakhet special economic zone signs new investor
- Lao kip hits new low

(c) Mekong Post Co., Ltd.
""",
    ),
    dict(
        id="h14e17",
        url="https://www.namsanwire.example/world/2026/03/06/laos-hands-north-koreans-embassy",
        pub_date="2026-03-06",
        events=["G14-savannakhet-return-2026", "G14-savannakhet-arrest-2026"],
        text="""NAMSAN NEWSWIRE
Top Stories | Korea | North Korea | Asia | Markets | Video

Laos hands four detained North Koreans to Pyongyang's embassy, group says

BANGKOK, March 6 (NNW) - Laos has handed four North Koreans arrested near the Thai border last month to the North Korean embassy in Vientiane, and they were flown out via Beijing on Tuesday, a Seoul-based rights group and a diplomat said.

The four, three women and a man, were detained in Savannakhet on Feb. 8 while waiting for a boat across the Mekong. A diplomat in Vientiane said embassy staff escorted them onto a flight on Tuesday morning.

"They were returned to the regime they had fled," Border Light said in a statement.

Laos's foreign ministry said the case had been "handled according to law" and declined to give details.

South Korea's foreign ministry said it had asked Laos to respect the wishes of the four.

(Reporting by Pim Saelim; Editing by Lisa Orme)
""",
    ),
    dict(
        id="h14e18",
        url="https://borderlight.example/reports/2026-07-case-update-savannakhet-four",
        pub_date="2026-07-09",
        events=["G14-savannakhet-camp-2026", "G14-savannakhet-return-2026"],
        text="""BORDER LIGHT
Who we are | Alerts | Reports | Donate | 한국어

CASE UPDATE  |  9 July 2026

The Savannakhet four: what happened after Laos

In early March, four North Koreans arrested in southern Laos were put on a plane to Beijing under escort and from there taken to Sinuiju. This update summarises what we have since learned from two sources inside North Korea.

1. After about two months of interrogation in the provincial security bureau, the four were sent in June to a labour-training camp in North Pyongan province. The sentences reportedly range from one to two years.
2. The youngest, who is 19, was questioned repeatedly about contacts with South Koreans.
3. Their families have been told not to speak of the case.

We could not confirm these details independently.

Background: Laos normally lets North Koreans who reach it continue to Thailand. Cases of handing people to the North Korean embassy are rare but not unknown.

Support our work | Read the full report (PDF)
""",
    ),
    dict(
        id="h14e19",
        url="https://mekongpost.example/thailand/nakhon-phanom-seven-north-koreans",
        pub_date="2025-11-25",
        events=["G14-nakhonphanom-2025"],
        text="""MEKONG POST
Laos | Thailand | Cambodia | Myanmar | Vietnam | Business

THAILAND

Seven North Koreans walk into Nakhon Phanom police station after river crossing

Tue 25 Nov 2025

Seven North Koreans, including two children aged 10 and 13, walked into the police station in Nakhon Phanom on Saturday night after crossing the Mekong from Thakhek in Laos, police said.

"They told us they want to go to South Korea," Police Colonel Wichai Sornsak said on Tuesday. The group, four women, one man and the two children, will be charged with illegal entry and handed to immigration, he said, as is usual in such cases.

The seven had paid boatmen on the Lao side, he said.

Thailand does not send North Koreans back to the North. Those who arrive are usually allowed to travel to Seoul after a court case and a fine.

TOP STORIES
- Nakhon Phanom festival boats to sail on full moon
- Rubber price slump hits northeast

(c) Mekong Post Co., Ltd.
""",
    ),
    dict(
        id="h14e20",
        url="https://lilongweobserver.example/national/north-korea-embassy-closes",
        pub_date="2025-10-02",
        events=["G14-lilongwe-closure-2025", "G14-bangui-closure-2024", "G14-praia-closure-2024"],
        text="""THE LILONGWE OBSERVER
National | Politics | Business | Sport | Opinion | Africa

NATIONAL

North Korea closes embassy in Lilongwe

Thursday, October 2, 2025
By Chisomo Banda

The Democratic People's Republic of Korea has closed its embassy in Lilongwe, the Ministry of Foreign Affairs has confirmed.

The mission in Area 10, open since 1988, shut its gates on Tuesday, and its ambassador, Kang Ryong-su, left the country with his staff the same day, ministry spokesperson Thoko Mwale said. The North Korean embassy in Lusaka will be responsible for Malawi from now on, she said.

The move follows the North's pull-out from Bangui and Praia in 2024. North Korea has also shut several other missions to save money, diplomats in the region say.

Mwale said relations between the two countries remained "cordial".

The embassy ran a small clinic that offered acupuncture. Patients said it closed in July.

SEE ALSO
- Tobacco auction floors open with lower prices
- Flames coach names provisional squad

(c) 2025 The Lilongwe Observer
""",
    ),
    dict(
        id="h14e21",
        url="https://www.namsanwire.example/world/2025/10/01/north-korea-shuts-malawi-embassy",
        pub_date="2025-10-01",
        events=["G14-lilongwe-closure-2025"],
        text="""NAMSAN NEWSWIRE
Top Stories | Korea | North Korea | Asia | Markets | Video

North Korea shuts embassy in Malawi

SEOUL, Oct 1 (NNW) - North Korea has closed its embassy in Malawi, Malawi's foreign ministry said, the latest in a string of diplomatic pull-backs by the cash-strapped state.

The embassy in Lilongwe closed on Sept. 30, the ministry said in a statement.

South Korea's unification ministry said it was aware of the closure and was "monitoring" the North's overseas missions.

(Reporting by Chung Hae-won)
""",
    ),
    dict(
        id="h14e22",
        url="https://diplodispatch.example/weekly/2026-issue-18",
        pub_date="2026-05-04",
        events=["G14-lilongwe-closure-2025", "G14-danang-closure-2026"],
        text="""DIPLOMATIC DISPATCH WEEKLY
Issue 18 | 2026-05-04

IN THIS ISSUE
1. Accreditations and farewells
2. DPRK: missions closed in the past twelve months
3. Calendar

--- 2. DPRK: missions closed in the past twelve months ---

Readers asked us for a list. Pyongyang's network keeps shrinking. Closed since May 2025, by our count:
- Lilongwe, Malawi (embassy, September 2025; accreditation moved to Lusaka)
- Da Nang, Vietnam (trade office, April 2026; matters handled by the embassy in Hanoi)

The DPRK now keeps roughly 44 embassies abroad, down from more than 50 a decade ago.

--- 3. Calendar ---
11 May: national day reception, Embassy of Mongolia

Unsubscribe | Forward to a colleague
""",
    ),
    dict(
        id="h14e23",
        url="https://steppemonitor.example/en/news/darkhan-korean-restaurant-waitresses-missing",
        pub_date="2025-10-07",
        events=["G14-darkhan-missing-2025"],
        text="""STEPPE MONITOR
News | Business | Mining | Culture | English

Two North Korean waitresses missing in Darkhan

07.10.2025 | 10:15

Police in Darkhan have opened a missing-persons file on two young North Korean women who worked at a restaurant in the city, a police spokesman said on Tuesday.

The women, Pyon Su-mi, 24, and Jang Hye-song, 22, have not been seen since Thursday, when they left the restaurant after the lunch service to buy fabric at the market, the spokesman said.

The restaurant, which serves cold noodles and hosts a nightly song-and-dance show, stayed closed on Friday and Saturday. A manager told a customer that the two had "gone home early".

Police said they had checked the border crossings and found no record of the women leaving Mongolia.

Most viewed
- Coal trucks queue for 20 km at Gashuunsukhait
- Darkhan steel plant resumes output
""",
    ),
    dict(
        id="h14e24",
        url="https://steppemonitor.example/en/news/darkhan-restaurant-staff-sent-home",
        pub_date="2025-10-23",
        events=["G14-darkhan-recall-2025", "G14-darkhan-missing-2025"],
        text="""STEPPE MONITOR
News | Business | Mining | Culture | English

Darkhan Korean restaurant shuts, staff flown home

23.10.2025 | 17:40

The North Korean restaurant in Darkhan has closed and its remaining nine staff were flown to Pyongyang from Ulaanbaatar on Monday, an airport official and the building's owner said.

The staff left under the escort of two men from the North Korean embassy, the official said. The owner said the restaurant had paid rent to the end of the year.

The closure comes three weeks after two of its waitresses, Byun Soo-mi and Chang Hye Song, disappeared on 2 October. Police say there is still no trace of them.

"They were ordered back, all of them, in one night," said the owner, Mr Batbold. "The cook cried at the airport."

(c) Steppe Monitor
""",
    ),
    dict(
        id="h14e25",
        url="https://amurbulletin.example/amursk/incidents/korean-plasterer-missing",
        pub_date="2026-05-21",
        events=["G14-amursk-missing-2026"],
        text="""AMUR REGION BULLETIN
Khabarovsk | Komsomolsk | Amursk | Nikolaevsk | Incidents | Sport

INCIDENTS

Police search for Korean construction worker

21.05.2026, 08:02

Amursk police are looking for a 41-year-old citizen of the DPRK, Tokko Nam Ir, who did not come back to the workers' hostel on Pionerskaya street on Sunday evening.

The man, a plasterer employed by a contractor finishing a residential block on Lenina prospekt, left the hostel on Sunday morning saying he was going to the market. His foreman reported him missing on Monday.

Police ask anyone who has seen a man of about 165 cm, thin, in a dark blue work jacket, to call 02.

About 90 North Korean workers live at the hostel, according to the city administration.

Other incidents
- Fire in garage cooperative on Mira street
- Fisherman rescued from Amur ice floe

(c) Amur Region Bulletin. 16+
""",
    ),
    dict(
        id="h14e26",
        url="https://juchelens.example/analysis/2026/08/russia-workers-after-amursk",
        pub_date="2026-08-12",
        events=["G14-amursk-recall-2026", "G14-russia-phones-2026", "G14-amursk-missing-2026"],
        text="""JUCHE LENS
Analysis | Politics | Economy | Military | Diplomacy | Data

LABOUR

Fewer phones, fewer workers: the fallout of a missing plasterer in Amursk

12 August 2026 | 5 min read
By Oleg Marchenko

When Tokko Nam-il, a plasterer from North Korea, failed to come back to his hostel in Amursk in May, local police put out a routine notice. Three months on, he has still not been found, and his disappearance has had consequences for the men he worked beside.

In July about 70 builders from the Amursk site were ordered home and left by train for Vladivostok and the border, two people involved in the contract told Juche Lens.

Since June, North Korean workers across Khabarovsk territory have had their phones taken and may leave their hostels only in groups of four led by a team leader, according to a Russian foreman who works with several North Korean crews.

Russia's labour ministry says there are no North Korean workers in the country under UN sanctions; regional officials privately put the number in the thousands.

A worker who leaves his site in Russia has few options. Some hide with Russian acquaintances; some try to reach the UN refugee agency's office in Moscow; a few have made it to the South.

Related: Russia's Far East building boom, in five charts
""",
    ),
    dict(
        id="h14e27",
        url="https://priamurye.example/news/2026/03/17/north-koreans-birobidzhan-khasan",
        pub_date="2026-03-17",
        events=["G14-biro-attempt-2026", "G14-biro-return-2026"],
        text="""PRIAMURYE TODAY
News | Birobidzhan | Khabarovsk | Economy | Transport

Two North Korean workers stopped at Birobidzhan station, handed over at Khasan

17 March 2026

Two North Korean workers who tried to board a train to Moscow in Birobidzhan were handed over to North Korea at the Khasan border crossing on Saturday, the regional border service said.

Transport police stopped the two men, aged 31 and 35, at Birobidzhan railway station on 19 February. They had tickets to Moscow but no passports, the transport police said at the time. Both worked for a company building a grain terminal outside the city.

A court ordered their removal for breaking migration rules on 2 March. "The foreign citizens were transferred to the authorities of the DPRK at the Khasan checkpoint," the border service press office said.

A lawyer for a Moscow-based rights centre said the men had asked to see the UN refugee agency but were not allowed to.

Also on Priamurye Today
- Birobidzhan theatre opens spring season
- Bridge repairs on the Bira river delayed
""",
    ),
    dict(
        id="h14e28",
        url="https://sakhalincoast.example/news/kholmsk-port-korean-sailor-search",
        pub_date="2026-06-10",
        events=["G14-kholmsk-sailor-2026"],
        text="""SAKHALIN COAST
News | Kholmsk | Korsakov | Yuzhno | Fishing | Weather

Police search for North Korean sailor who left ship in Kholmsk

10/06/26 12:30

Police in Kholmsk are searching for a 29-year-old North Korean sailor who went ashore from a cargo ship on Saturday and did not come back.

The sailor, Sin Kwang-bom, was a crew member of a North Korean freighter that was unloading timber at the port, police said. The ship's captain reported him missing on Saturday night. The vessel has been held in port while the search continues.

"His whereabouts are unknown," a police spokeswoman said.

Port workers said the man had been seen walking toward the bus station.

The Korean community of Sakhalin, mostly descendants of people brought from the peninsula before 1945, has no ties to the North, its chairman said.

Weather: fog in the Tatar Strait, visibility under 500 m
""",
    ),
    dict(
        id="h14e29",
        url="https://dailypyongyangmonitor.example/news/2025/12/ryanggang-executions-warning",
        pub_date="2025-12-18",
        events=["G14-kimhyonggwon-exec-2025", "G14-family-warning-2025"],
        text="""DAILY PYONGYANG MONITOR
Politics | Economy | Society | Border | Human Rights

BORDER

Three executed in Ryanggang for running escape route; families of crossers warned

Dec 18, 2025  07:55

North Korean authorities publicly executed three people in Kimhyonggwon county, Ryanggang province, in late October for organising escapes to China, a source in the province told Daily Pyongyang Monitor.

Those shot were a broker in his fifties and two women who had guided escapees to the river, the source said. Residents, including schoolchildren, were made to watch at a riverside field.

This month, lectures held in every neighbourhood of the province have warned that the families of anyone who crosses the border will be expelled to remote mountain areas, a second source said. "They read out the names of the three and then said: your family is next," the source said.

Daily Pyongyang Monitor could not independently verify the accounts.

The province has seen repeated crackdowns since the 1990s famine, when thousands crossed the frozen river.

Related
- Rice prices climb in Hyesan markets
- Potato harvest below plan in Paegam
""",
    ),
    dict(
        id="h14e30",
        url="https://www.namsanwire.example/korea/2026/08/13/woman-shot-yalu-chunggang",
        pub_date="2026-08-13",
        events=["G14-chunggang-shooting-2026", "G14-chunggang-attempt-2026", "G14-chunggang-order-2025"],
        text="""NAMSAN NEWSWIRE
Top Stories | Korea | North Korea | Asia | Markets | Video

North Korean guards shoot woman trying to cross Yalu, sources say

SEOUL, Aug 13 (NNW) - North Korean border guards shot dead a woman as she waded into the Yalu river in Chunggang county, Chagang province, last Saturday night, two sources told a Seoul-based outlet specialising in the North.

The woman, in her forties, was hit several times about 20 metres from the bank, one of the sources said. Her body was carried back through the village the next morning.

Guards in the county have had orders since September last year to shoot anyone approaching the river at night, and residents within a kilometre of the bank must register every overnight guest, the sources said.

South Korea's unification ministry said it was "aware of the reports" but could not verify them.

The Yalu is narrow and shallow in parts of Chagang in late summer, which is why crossings there are tried at all.

(Reporting by Chung Hae-won; Editing by Lisa Orme)
""",
    ),
    dict(
        id="h14e31",
        url="https://www.namsanwire.example/world/2026/07/29/north-korean-official-yerevan-asylum-report",
        pub_date="2026-07-29",
        events=["G14-yerevan-ok-2026"],
        text="""NAMSAN NEWSWIRE
Top Stories | Korea | North Korea | Asia | Markets | Video

North Korean trade official in Armenia sought asylum, reports say; Yerevan silent

SEOUL, July 29 (NNW) - A North Korean trade official based in Armenia sought asylum at a European embassy in Yerevan in mid-July, two South Korean media outlets reported on Wednesday, citing unnamed sources.

The official was identified as Ok Myong-jun, 52, who had handled North Korea's trade in minerals and textiles in the Caucasus for several years.

Armenia's foreign ministry said it "cannot confirm" the report. South Korea's foreign ministry said it was aware of the reports and declined to comment further.

According to one of the reports, Ok hopes to settle in a European country rather than in South Korea.

If confirmed, the case would be the first known defection of a North Korean official from the former Soviet Caucasus.

(Reporting by Ahn Seo-yeon)
""",
    ),
    dict(
        id="h14e32",
        url="https://bangkokeveningwire.example/politics/ministry-denies-north-korean-asylum-claim",
        pub_date="2026-09-03",
        events=["G14-bangkok-denied-2026"],
        text="""BANGKOK EVENING WIRE
Politics | Business | Crime | World | Lifestyle

Ministry denies tabloid claim of North Korean asylum bid in Bangkok

3 Sep 2026 | 18:22

Thailand's foreign ministry on Thursday denied a report that a North Korean trade official had sought asylum in Bangkok at the end of August.

A weekly tabloid had named the official as Ham Yong-dok, a trader based in Bangkok for a North Korean import company, and said he had asked a Western embassy for protection.

"This did not happen. The person mentioned left Thailand normally on a scheduled flight," ministry spokesman Nikorn Prasertsuk told reporters.

The tabloid stood by its story.

Related: Thai police arrest seven over fake visa ring
""",
    ),
    dict(
        id="h14e33",
        url="https://peninsulaexplainers.example/guide/how-north-koreans-reach-the-south",
        pub_date=None,
        events=[],
        text="""PENINSULA EXPLAINERS
Guides | Glossary | Data | About

GUIDE

How do North Koreans reach the South?

Most North Koreans who resettle in South Korea first cross into China, usually over the Tumen or Yalu rivers. From there, a journey of several thousand kilometres often runs through Laos or Vietnam to Thailand, where arrivals are processed and flown to Seoul.

Crossing the river at night is the most dangerous part of any escape. Guards may shoot, and those caught in China are usually sent back.

KEY NUMBERS
- Around 34,000 North Koreans have resettled in the South since the 1990s.
- The number of arrivals fell by more than two thirds after 2020 and has recovered only slowly.
- About eight in ten arrivals are women.

GLOSSARY
Defector: a person who has left North Korea and settled elsewhere.
Forced repatriation: the return of North Koreans by a host state against their will.
Broker: a person paid to guide escapees along the route.

What would happen if China stopped returning North Koreans? Many experts believe more people would try to leave, and the route through Southeast Asia would be used far less.

Last reviewed by the editors. Sources: unification ministry statistics, UN reports.
""",
    ),
    dict(
        id="h14e34",
        url="https://peninsulayear.example/2026/timeline-north-korea-exits-and-responses",
        pub_date="2026-12-01",
        events=["G14-danang-closure-2026", "G14-soldier-west-2026", "G14-china-return-apr-2026",
                "G14-tongchon-boat-2026", "G14-danang-um-2025"],
        text="""PENINSULA YEAR
Home | 2026 in review | Timelines | Maps

TIMELINE: 2026 in North Korean exits and responses

Published 1 December 2026

MAR 10 - Seoul says Um Chol-jin, the trade official who left Da Nang in November 2025, has arrived with his family.
MAR 12 - Staff sergeant crosses the western front opposite Kaepung at dawn; JCS confirms.
APR 17 - Last staff leave the North Korean trade office in Da Nang; Vietnam confirms closure four days later.
APR 21 - About 140 detainees are driven across the Tumen bridges by Chinese border police in one night.
JUN 09 - Wooden boat from Tongchon intercepted off the east coast; four of five on board stay in the South.
JUL 01 - Fifth man from the boat goes home at his own request.

Arrivals in the South in the first three quarters: 152, according to the unification ministry.

Next: Timeline of inter-Korean talks (none held)
""",
    ),
    dict(
        id="h14e35",
        url="https://juchelens.example/analysis/2026/04/it-workers-china-after-changsha",
        pub_date="2026-04-15",
        events=["G14-changsha-recall-2026", "G14-china-it-compound-2026", "G14-changsha-bong-2025"],
        text="""JUCHE LENS
Analysis | Politics | Economy | Military | Diplomacy | Data

CYBER

Locked compounds and one-way tickets: Pyongyang's IT teams in China after Changsha

15 April 2026 | 5 min read
By Oleg Marchenko

In February, South Korea's spy agency told lawmakers that Bong Song Hyok, a 33-year-old programmer who earned crypto income for the state from a dormitory in Changsha, had walked out in September and reached the South via a third country. The case was small news in Seoul. In the industry that employs him, it was not.

In March, about 30 of his former colleagues in Changsha were ordered home, two people who sub-contract work to North Korean teams told Juche Lens. Their contracts were handed to a team in another province.

Since February, IT teams across China have been moved into locked compounds, their passports held by the team manager, and they may go out only to a designated shop, the same people said.

Whether this slows the teams' work is another question. Shorter leashes make for fewer programmers, and fewer programmers make less money.

Related: Crypto exchange hack traced to Pyongyang-linked group, investigators say
""",
    ),
    dict(
        id="h14e36",
        url="https://www.namsanwire.example/korea/2026/10/06/north-korean-interpreter-tirana-arrives-seoul",
        pub_date="2026-10-06",
        events=["G14-tirana-chu-2026"],
        text="""NAMSAN NEWSWIRE
Top Stories | Korea | North Korea | Asia | Markets | Video

Interpreter who left North Korean weightlifting team in Albania is in South Korea

SEOUL, Oct 6 (NNW) - A North Korean interpreter who slipped away from her team's hotel in Tirana in May has arrived in South Korea, the unification ministry said on Tuesday.

Chu Ye-rin, 27, worked with the North's weightlifting delegation at an international meet in the Albanian capital, ministry spokesman Seo Min-jae said. She arrived in the South in September, he said.

Seo declined to say how she had travelled from Albania, or for how long Albanian authorities had known where she was.

Albanian police had said in May that they were treating her as a missing person.

North Korean athletes and officials travel abroad in tightly watched groups, and departures from sports delegations are rare.

(Reporting by Ahn Seo-yeon; Editing by Mark Ellery)
""",
    ),
    dict(
        id="h14e37",
        url="https://tumenlinemonitor.example/en/reports/2026-10-pyokdong-deserters",
        pub_date="2026-10-16",
        events=["G14-pyokdong-attempt-2026", "G14-pyokdong-return-2026"],
        text="""TUMEN LINE MONITOR
A Tokyo-based monitoring network | Reports | Data | Japanese | Korean

REPORT  16-10-2026

Two border guards who ran from their post are handed back by China

Two young North Korean border guards who ran from their post in Pyokdong county, North Pyongan province, in September were picked up by Chinese police in a village in Kuandian county, Liaoning, on 27 September, our contacts on both sides of the Yalu say.

They had hidden for a week in the hills after wading across, and were found in a cowshed after a farmer called the police.

On Friday 2 October they were driven back over the bridge into the North with their hands tied, one contact said. Their unit's commander has reportedly been questioned.

China does not comment on individual cases.

(c) Tumen Line Monitor
""",
    ),
    dict(
        id="h14e38",
        url="https://gyeongbukherald.example/news/national/2026/03/10/defector-vietnam-syndicated",
        pub_date="2026-03-10",
        events=["G14-danang-um-2025", "G14-haiphong-2019"],
        text="""GYEONGBUK HERALD
National | Region | Economy | Sports | People | English

[NATIONAL] North Korean trade official who left Vietnam post reaches Seoul

10.03.26  17:02  | via Namsan Newswire

A North Korean trade official stationed in Vietnam has arrived in South Korea with his wife and son, the unification ministry said on Tuesday.Um Chol‑jin, 44, was a deputy representative at North Korea's trade representation in Da Nang, spokesman Seo Min-jae said.He and his family arrived in February and are under government protection.

A government official said the family left their flat in Da Nang on Nov. 14.The official said Um was the first North Korean posted in Vietnam known to have defected since 2019, when a shipping agent posted in Haiphong fled to the South.

Vietnam's foreign ministry did not respond.

Copyright Gyeongbuk Herald. Wire content may not be redistributed.
Most viewed: Andong mask festival dates set | Pohang steel output down 3%
""",
    ),
    dict(
        id="h14e39",
        url="https://tiranaobserver.example/en/city/police-search-north-korean-interpreter",
        pub_date="2026-05-26",
        events=["G14-tirana-chu-2026"],
        text="""TIRANA OBSERVER  |  English
Politics | City | Economy | Sport | Balkans

CITY

Police search for North Korean interpreter missing since Sunday

26 May 2026, 13:40

Tirana police are looking for a 27-year-old North Korean woman who left the hotel of her country's weightlifting delegation on Sunday afternoon and has not been seen since, a police spokesman said on Tuesday.

The woman, Joo Ye-rin, worked as an interpreter for the team, which competed at the international meet at the Asllan Rusi hall last week. The team's officials reported her missing on Sunday night.

"We are treating it as a missing person case. There is nothing to suggest a crime," the spokesman said.

The rest of the delegation is due to fly out on Tuesday.

The championship drew 31 teams. Albania won two bronze medals.

SPORT
- Tirana FC sign Croatian midfielder
- Weightlifting: Georgian sets snatch record
""",
    ),
]
