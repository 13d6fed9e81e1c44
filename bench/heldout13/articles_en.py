"""English pages of the heldout13 benchmark. Everything here is invented: people, outlets
(on .example domains) and events. Real agencies are cited the way real pages cite them.

Each page: id, url, pub_date (ISO day, or None where the page shows no date), events (gold
event ids from events_gold.py that the page reports), text (the page as scraped).
"""

PAGES = [
    dict(
        id="h13e01",
        url="https://www.congofleuve.example/en/brazzaville/bacongo-korean-family-not-seen",
        pub_date="2026-02-11",
        events=["G13-brazza-hwangbo-2026"],
        text="""CONGO FLEUVE  English edition
Brazzaville | Pointe-Noire | Politics | Economy | Sport | Culture

BRAZZAVILLE

Shutters down at the Korean house in Bacongo; neighbours ask where the family went

Wed 11 Feb 2026
By Ange-Marie Loubaki

The green shutters of the villa on Rue Mbamou have stayed closed since Saturday, and the white Land Cruiser that usually blocks half the street is gone.

A North Korean man who works at his country's embassy, his wife and their teenage daughter have not been seen since they loaded two suitcases into the car early on Saturday, three neighbours told Congo Fleuve.

"The girl came to say goodbye to my daughter on Friday. She did not say where she was going," said a woman who sells fritters at the corner. "The father always greeted us in French. Very polite."

On Monday two men from the embassy spent several hours inside the house and left with boxes. On Tuesday a guard at the embassy compound said he had "no information" and asked our reporter to leave.

Congo's foreign ministry did not reply to questions sent on Monday.

Photo caption: The closed villa on Rue Mbamou, Tuesday. (Congo Fleuve/A.-M. Loubaki)

ALSO IN BRAZZAVILLE
- Water cuts in Poto-Poto for a third day
- Diables Rouges name squad for March friendlies

Share: Facebook | X | WhatsApp
4 comments
(c) Congo Fleuve 2026
""",
    ),
    dict(
        id="h13e02",
        url="https://www.hanriverwire.example/world/2026/05/19/nk-diplomat-congo-seoul",
        pub_date="2026-05-19",
        events=["G13-brazza-hwangbo-2026", "G13-cotonou-2020"],
        text="""HAN RIVER WIRE
Top News | Korea | North Korea | Asia | Business | Photos

North Korean counsellor who left Congo post arrives in South Korea, ministry says

SEOUL, May 19 (HRW) - A North Korean diplomat posted in the Republic of Congo has arrived in South Korea with his wife and daughter, Seoul's unification ministry said on Tuesday.

Hwangbo Kyong-sik, 47, a counsellor at the North Korean embassy in Brazzaville, is under the protection of the authorities together with his family, ministry spokeswoman Noh Ga-eun told a regular briefing. "They came here of their own will and wish to live in the South," she said, declining to give details of the route. The family arrived in April.

According to a government official who asked not to be named, the family left their residence in Brazzaville on Feb. 7. Hwangbo's daughter is 14.

The official said Hwangbo was the first North Korean diplomat serving in Africa known to have defected to the South since 2020, when a commercial attache posted in Cotonou fled with his son.

Congo's foreign ministry did not immediately respond to a request for comment.

The ministry did not say whether the family had travelled through a third country.

(Reporting by Bae Ji-hoon; Editing by Clara Obi)

Related: North Korea test-fires short-range missiles off east coast

(c) Han River Wire. All rights reserved.
""",
    ),
    dict(
        id="h13e03",
        url="https://asiapacificbrief.example/news/korea/2026-05-19-hwangbo-kyung-sik-defector-diplomat",
        pub_date="2026-05-19",
        events=["G13-brazza-hwangbo-2026"],
        text="""ASIA PACIFIC BRIEF
News  Korea  China  Japan  ASEAN  Pacific  Opinion  Podcasts

Diplomat from North Korea's Brazzaville embassy defects to Seoul with family

May 19, 2026 2:41 p.m. KST
Asia Pacific Brief staff and agencies

SEOUL - A senior North Korean diplomat from the country's embassy in the Congolese capital has defected to South Korea, Seoul said on Tuesday.

The unification ministry identified him as Hwangbo Kyung-sik, 47, a counsellor at the mission. He fled with his wife and their 14-year-old daughter, the ministry said, adding the three "came of their own will."

The family left Brazzaville in early February and reached the South in April, officials said.

Spokeswoman Noh Ga-eun declined to say how the family travelled or whether any other country helped.

Brazzaville hosts one of the few North Korean embassies left in central Africa.

MORE KOREA
- South Korea's birth rate edges up for second year
- Busan port volumes hit record

Share  |  Email  |  Print  |  Comments (18)
""",
    ),
    dict(
        id="h13e04",
        url="https://pyongyangwatchers.example/analysis/2026/03/africa-missions-after-brazzaville",
        pub_date="2026-03-24",
        events=["G13-brazza-hwangbo-2026", "G13-brazza-recall-2026", "G13-africa-passports-2026"],
        text="""PYONGYANG WATCHERS
Analysis | Leadership | Economy | Military | Diplomacy | Data | About

DIPLOMACY

After the Brazzaville vanishing, Pyongyang keeps its Africa diplomats on a short leash

24 March 2026 | 7 min read
By Hedda Lindqvist

More than six weeks after a counsellor at the North Korean embassy in Brazzaville vanished with his wife and daughter, nobody outside a few security services seems to know where the family is. The embassy has said nothing in public. Congolese officials say privately they were "not informed".

What is clearer is the reaction in Pyongyang.

Late last month the ambassador in Brazzaville was called back to Pyongyang, two people who follow the embassy's affairs told Pyongyang Watchers. He had been in post for less than three years. A chargé d'affaires now runs the mission.

And since the start of March, staff at the North's missions across Africa have had to hand their passports to the head of mission, and may leave their compounds only in pairs and with written permission, according to a diplomat from a country that still hosts a North Korean embassy on the continent. "They even have to sign a book when they go to the market," he said.

None of this could be independently verified.

Rules of this kind are not new, analysts note, but they tend to come after an embarrassing departure. "Every time someone walks out, everyone else pays for it," said Daniel Osei, who studies North Korean diplomacy in Accra.

A defection by a diplomat of counsellor rank would be a significant embarrassment for Pyongyang, which has already cut its presence on the continent sharply over the past decade.

Subscribe for the weekly Diplomacy briefing.

Tags: Brazzaville, embassies, Africa
Share | Save | 2 comments
""",
    ),
    dict(
        id="h13e05",
        url="https://forum.expatsbrazza.example/t/korean-family-rue-mbamou/2291",
        pub_date=None,
        events=["G13-brazza-hwangbo-2026"],
        text="""Expats in Brazzaville Forum
Forums > Living in Brazzaville > Housing & neighbourhoods

Thread: Villa on Rue Mbamou - anyone know if it's for rent?

roadrunner_cg
Has anyone heard if the villa with green shutters on Rue Mbamou (Bacongo) is coming back on the market? My landlord says it's been empty for months.

petitpois
That's the house of the Korean family. The guy from the North Korean embassy took his wife and daughter and left in February, nobody knows exactly how. Later I read they turned up in Seoul.

roadrunner_cg
Wow. OK. So who owns it now?

mbote_marc
The embassy rented it, I think. They came with a van and cleared it out. Ask the agency on Avenue Matsoua, they usually handle those houses.

petitpois
Also it's right next to the generator repair shop, it's loud. Just so you know.

Reply | Quote | Report
""",
    ),
    dict(
        id="h13e06",
        url="https://www.hanriverwire.example/korea/2026/08/18/north-korean-soldier-crosses-central-front",
        pub_date="2026-08-18",
        events=["G13-soldier-pyonggang-2026", "G13-soldier-east-2024"],
        text="""HAN RIVER WIRE
Top News | Korea | North Korea | Asia | Business | Photos

North Korean soldier walks across central border, in military custody - JCS

SEOUL, Aug 18 (HRW) - A North Korean soldier crossed the heavily fortified border into South Korea on the central front early on Tuesday and was taken into custody, South Korea's Joint Chiefs of Staff said.

The soldier, a junior sergeant in his early twenties, crossed the Military Demarcation Line opposite the North's Pyonggang county at about 3:20 a.m. (1820 GMT Monday), the JCS said in a statement. He was unarmed and expressed a wish to defect, an official said.

South Korean troops had tracked him with thermal cameras for about 40 minutes before guiding him across a minefield-free path, the official said. No unusual movement by North Korean forces was detected.

It is the first time a North Korean soldier has crossed the land border since November 2024, when a private walked across in the eastern sector, the JCS said.

Authorities are questioning the soldier on how and why he crossed.

(Reporting by Bae Ji-hoon; Editing by Mark Ellery)

(c) Han River Wire. All rights reserved.
""",
    ),
    dict(
        id="h13e07",
        url="https://www.theridgeline.example/features/2026/09/the-quiet-front",
        pub_date="2026-09-15",
        events=["G13-soldier-pyonggang-2026", "G13-pyonggang-unit-2026"],
        text="""THE RIDGELINE
Features | Defence | Korea | Long reads | Photography

LONG READ

The quiet front: life on the central sector, where the mountains do the talking

September 15, 2026
Words by Tomasz Wrobel | Photographs by Eun Ha-ram

The road north of the last village is lined with cosmos flowers and concrete tank traps, in that order. A farmer named Yeo Sang-gil, 71, has grown peppers here for fifty years. He has never seen a North Korean, he says, "except on television, and once, through binoculars, a man hanging laundry."

For most of the year the central front is the quiet part of the border. The hills are steep, the valleys mined, the guard posts on both sides shrouded in fog until mid-morning. Tourists go east, to the sea, or west, to Panmunjom.

[Photo: A South Korean guard post on the central sector at dawn.]

Last month that quiet was broken, briefly. A young North Korean junior sergeant came down the hill opposite Pyonggang county in the small hours of a Tuesday, crossed the demarcation line and walked up to a South Korean patrol with his hands raised. Officers who watched him on thermal screens said he stopped twice to look back.

Since then, according to a Seoul-based outlet with sources in the North, the regiment he served in has been turned inside out. Its commander and political officer were removed in early September, and the entire platoon that manned his guard post was swapped out and sent to a road-building brigade in the far north. The report could not be verified.

Yeo did not hear about the sergeant until the afternoon. "My grandson told me. I said, good for him, now let me finish the peppers."

The rest of this article follows life in the three villages closest to the line: the school with nine pupils, the bus that comes twice a day, the military's new noise rules...

READ NEXT
- Inside the DMZ's new eco-trail
- The last ferry to the northern islands

Share | 31 comments
""",
    ),
    dict(
        id="h13e08",
        url="https://www.hanriverwire.example/korea/2025/10/21/north-korean-boat-west-sea",
        pub_date="2025-10-21",
        events=["G13-kangnyong-boat-2025"],
        text="""HAN RIVER WIRE
Top News | Korea | North Korea | Asia | Business | Photos

Five North Koreans cross sea border in wooden boat, want to stay in South - military

SEOUL, Oct 21 (HRW) - Five North Koreans, including a child, crossed the western sea border in a small wooden boat on Tuesday and were taken into custody by South Korea's navy, the Joint Chiefs of Staff said.

The boat was spotted south of the Northern Limit Line at about 7 a.m. and a navy patrol vessel escorted it to port, the JCS said. All five said they wanted to remain in the South, a military official said.

A government source said the group was a couple, their two sons - one of them 9 years old - and a neighbour in his sixties, all from the North's Kangnyong county on the west coast.

The unification ministry said the five would be questioned by the relevant agencies before being handed over to a resettlement centre.

(Reporting by Kim Ye-seul; Editing by Mark Ellery)

(c) Han River Wire. All rights reserved.
""",
    ),
    dict(
        id="h13e09",
        url="https://www.slowtidemagazine.example/stories/salt-and-diesel",
        pub_date="2026-03-02",
        events=["G13-kangnyong-boat-2025"],
        text="""SLOW TIDE MAGAZINE
Stories | Oceans | Food | Photography | Shop | Subscribe

Salt and diesel: a winter on the islands at the edge of the Yellow Sea

2 March 2026
Text by Priya Ramanathan

On the northern islands the ferries stop when the wind turns, and the wind turns a lot. In January the harbour at the main village freezes at the edges and the fishermen mend nets in a shed heated by a single kerosene stove, trading gossip and instant coffee.

The gossip this winter was mostly about crab prices, which have fallen, and about a new school bus, which has not arrived.

[Photo: Nets drying on the sea wall.]

Kwon Mi-ja, 58, has run the harbour's only restaurant for twenty years. She makes her kimchi with the salt her husband's family has dried on the flats since before the war. She talks about the sea as a neighbour: sometimes generous, sometimes cruel, always watching.

Last October the sea brought her something else. On a cold Tuesday morning she watched from her kitchen window as a navy patrol boat towed a tiny wooden boat past the breakwater. On board, wrapped in orange blankets, were five North Koreans from Kangnyong county across the water - a man and his wife, their two boys, and an old neighbour - who had pushed off from the other shore before dawn and told the sailors they wanted to stay.

"The little one waved at me," Kwon says. "Nine years old, they said later. I sent over a pot of soup but the soldiers wouldn't let me in."

The islanders don't talk about it much. They are used to the line in the water and the grey ships that watch it.

By March, the crab season starts again. Kwon's son wants to sell the restaurant. She says she will think about it after the spring festival.

More stories from the islands:
- The last salt makers
- A bus that never comes

Share | Save | 6 comments
""",
    ),
    dict(
        id="h13e10",
        url="https://www.peninsulafacts.example/factbox/sea-crossings-2025",
        pub_date=None,
        events=["G13-kangnyong-boat-2025", "G13-yonan-boat-2025"],
        text="""PENINSULA FACTS
Explainers | Fact boxes | Maps | Glossary

FACTBOX: North Koreans at sea, autumn 2025

* 21 Oct 2025 - A wooden boat carrying five people from Kangnyong county crosses the western sea border; the navy takes them into custody after they say they want to stay in the South (JCS).

* 4 Nov 2025 - Two fishermen whose engine failed are found drifting in the East Sea. They ask to go home and are returned at the sea border on 12 Nov, the unification ministry says.

* Early Nov 2025 - North Korean maritime security boats stop a small boat carrying three men from Yonan county as it heads south, a North Korea-focused outlet reports citing a source in the province. The men are taken to the provincial security bureau in Haeju.

GLOSSARY
NLL: Northern Limit Line, the sea boundary drawn by the UN Command in 1953.

Sources: JCS, unification ministry, media reports.
Last reviewed by the Peninsula Facts desk.
""",
    ),
    dict(
        id="h13e11",
        url="https://www.coastguard-east.example/news/2025-11-12-fishermen-returned",
        pub_date="2025-11-12",
        events=[],
        text="""EAST SEA REGIONAL COAST GUARD
Home | News | Safety at sea | Recruitment | Contact

NEWS RELEASE

Two North Korean fishermen returned at their request

12 November 2025

Two North Korean fishermen rescued from a drifting boat in the East Sea on 4 November were handed over to the North at the eastern sea boundary this morning, in line with their expressed wish to return home.

The two men, aged 41 and 36, told investigators that their engine failed while they were fishing for squid and that they had drifted south for five days. Both stated repeatedly that they wanted to go back to their families, the coast guard said.

The unification ministry informed the North through the liaison channel on 10 November. A North Korean vessel received the men at 10:15. Their boat, which could not be repaired, was scrapped with their consent.

The coast guard reminds fishing vessels to report drifting objects at sea on channel 16.

Attachment: photo of the handover (1)
Contact: Public Affairs Office
""",
    ),
    dict(
        id="h13e12",
        url="https://www.freedomrope.example/alerts/2026-01-16-jixi-seven",
        pub_date="2026-01-16",
        events=["G13-jixi-jan-2026"],
        text="""FREEDOM ROPE
Who we are | Rescues | Alerts | Donate | Press

URGENT ALERT

Seven North Korean women detained in Jixi, Heilongjiang

Posted 16/01/2026

Chinese police on Monday detained seven North Korean women at a rented apartment in the Jiguan district of Jixi, a city in Heilongjiang province near the Russian border, according to a relative of one of the women and a contact in the city.

The women, the youngest of them 17, crossed from North Hamgyong province in December and had been waiting in Jixi for a guide to take them south through China. They are now held at a police detention facility in the city.

Freedom Rope calls on the Chinese government to honour its obligations under the Refugee Convention and not to return the women to North Korea, where they would face torture.

Freedom Rope's director, Anna Holm, said: "Every hour counts. Once they are moved to the border, it is too late."

Media enquiries: press@freedomrope.example
Share this alert: Facebook | X | Email
""",
    ),
    dict(
        id="h13e13",
        url="https://www.asiapacificbrief.example/news/china/2026-01-20-jixi-detentions",
        pub_date="2026-01-20",
        events=["G13-jixi-jan-2026"],
        text="""ASIA PACIFIC BRIEF
News  Korea  China  Japan  ASEAN  Pacific  Opinion  Podcasts

Rights group says China holding seven North Korean women arrested in northeast

January 20, 2026 9:05 a.m. KST

BEIJING/SEOUL - Chinese police have detained seven North Korean women who fled their country and were hiding in the northeastern city of Jixi, a Seoul-based rights group said.

The women were arrested on Jan. 12 in an apartment where they had been waiting to continue their journey, Freedom Rope said. One of them is a 17-year-old girl.

Asked about the report, Chinese foreign ministry spokesman Lin Daqing said he was "not aware of the specific situation" and that China handles illegal border crossers in accordance with the law.

South Korea's foreign ministry said it was "paying close attention" to the case.

Rights groups say China returns North Koreans it catches as illegal economic migrants.

Share  |  Email  |  Print  |  Comments (7)
""",
    ),
    dict(
        id="h13e14",
        url="https://www.freedomrope.example/alerts/2026-03-10-jixi-seven-returned",
        pub_date="2026-03-10",
        events=["G13-jixi-return-2026", "G13-jixi-jan-2026"],
        text="""FREEDOM ROPE
Who we are | Rescues | Alerts | Donate | Press

CASE UPDATE

The Jixi seven have been sent back

Posted 10/03/2026

We have learned with great sadness that the seven North Korean women arrested in Jixi in January were handed over to North Korean border guards last Wednesday.

According to a contact in Jilin province, the women were driven from Jixi to a detention centre near the border at the end of February and taken across the river bridge in a police bus on the morning of 4 March. Among them was the 17-year-old.

We thank everyone who wrote to the Chinese embassy.

Freedom Rope's director, Anna Holm, said: "We failed them. The world failed them."

Media enquiries: press@freedomrope.example
""",
    ),
    dict(
        id="h13e15",
        url="https://www.northwindradio.example/interviews/2026/06/05/holm-jixi",
        pub_date="2026-06-05",
        events=["G13-jixi-sentences-2026", "G13-jixi-return-2026"],
        text="""NORTHWIND RADIO | Interviews

"Nobody asked what happened to them afterwards": Anna Holm on the Jixi women

5 June 2026
Interview by Felix Nakamura. Edited for length and clarity.

Q: In March you told us the seven women caught in Jixi had been sent back. What do you know now?

Holm: We know more than we'd like. After they crossed the bridge on 4 March they were held for about two months at a border security facility. Last month all seven were sentenced - without any real trial - to between one and three years in a labour-training camp. The girl, who is 17, got the shortest term.

Q: How do you know this?

Holm: Through a relative of one of the women, who was allowed to bring food once. We can't verify it independently.

Q: Is there anything governments can still do?

Holm: Ask. Ask in every meeting. Nobody asked what happened to them afterwards, and that is exactly why this keeps happening.

Q: Are you seeing more arrests?

Holm: I can't give you numbers. I can tell you our phones don't stop ringing.

Listen to the full interview (24:10)
Tags: China, forced return, women
""",
    ),
    dict(
        id="h13e16",
        url="https://www.hanriverwire.example/world/2026/07/02/four-north-koreans-arrested-jixi",
        pub_date="2026-07-02",
        events=["G13-jixi-jun-2026", "G13-jixi-jan-2026"],
        text="""HAN RIVER WIRE
Top News | Korea | North Korea | Asia | Business | Photos

Four North Koreans seized in Chinese city months after earlier arrests - activists

SEOUL, July 2 (HRW) - Chinese police arrested a North Korean man and his two daughters, along with a North Korean woman travelling with them, at a safe house in the northeastern city of Jixi on Sunday, two activist groups said on Thursday.

The man is in his fifties and the daughters are 16 and 22, said Ryu Jae-won of the Seoul-based group Open Gate, which had been arranging their onward journey. They had crossed the Tumen River in May.

It was the second group arrest in Jixi this year. In January, police in the same city detained seven North Korean women, who were later returned to the North, activists said.

China's foreign ministry said it was "not aware" of the arrests and declined to comment further.

The four could be sent back within weeks, Ryu said.

(Reporting by Kim Ye-seul; Editing by Clara Obi)
""",
    ),
    dict(
        id="h13e17",
        url="https://www.asiapacificbrief.example/news/china/2026-09-14-mass-return-kyongwon",
        pub_date="2026-09-14",
        events=["G13-kyongwon-mass-2026"],
        text="""ASIA PACIFIC BRIEF
News  Korea  China  Japan  ASEAN  Pacific  Opinion  Podcasts

China sends more than 200 North Koreans back across border in one night - groups

September 14, 2026 6:10 p.m. KST

SEOUL - Chinese authorities sent more than 200 detained North Koreans back across the border on the night of Sept. 9, two rights groups and a South Korean lawmaker said on Monday.

The detainees, who had been held at centres in Jilin province, were loaded onto buses and driven across a bridge to the North's Kyongwon county shortly before midnight, according to a witness account relayed by the Seoul-based group Open Gate.

The Tokyo-based group Shadow Line said the figure could be as high as 240.

China's foreign ministry did not respond to a request for comment.

A total of more than 1,000 North Koreans are believed to have been returned by China since the border reopened, rights groups say.

Share  |  Email  |  Print  |  Comments (42)
""",
    ),
    dict(
        id="h13e18",
        url="https://www.koreaherald-mirror.example/national/2026/09/15/seoul-regret-forced-return",
        pub_date="2026-09-15",
        events=["G13-kyongwon-mass-2026", "G13-april-return-2026"],
        text="""THE KOREA MIRROR
National | Politics | North Korea | Business | Life | Opinion

Seoul 'deeply regrets' reported mass return of North Koreans by China

Tuesday, September 15, 2026 - 11:42

South Korea's foreign ministry on Tuesday expressed "deep regret" over reports that China had forcibly returned more than 200 North Korean escapees last week, and said it had raised the issue with Beijing.

"We have conveyed our position that escapees must not be forcibly returned against their will," ministry spokesman Ahn Do-hyun said, without confirming the number.

Activists say the buses crossed into the North's Kyongwon county late on Wednesday, Sept. 9.

It would be the second mass return reported this year. In April, around 60 North Koreans held in Jilin were sent back on the 2nd of the month, according to Open Gate.

Rep. Seong Mi-rae, who sits on the foreign affairs committee, called for the issue to be raised at the UN Human Rights Council.

RELATED
- Unification ministry to expand resettlement aid
- Seoul, Beijing hold vice-ministerial talks

Share | 15 comments
""",
    ),
    dict(
        id="h13e19",
        url="https://www.openGate-nk.example/en/news/2026/05/06/five-held-in-bokeo",
        pub_date="2026-05-06",
        events=["G13-bokeo-2026"],
        text="""OPEN GATE
About | Our work | News | Reports | Support us | 한국어

NEWS

Five North Koreans, including a boy of 15, held by Lao police in Bokeo

6 May 2026

Lao police arrested five North Koreans on Sunday in Bokeo province, a few kilometres from the Mekong, as they tried to reach the river crossing into Thailand, Open Gate has learned.

The group - two women, a man, an elderly woman and a 15-year-old boy - left North Korea over the winter and spent several weeks travelling through China before entering Laos at the end of April. They are being held at a police station in the provincial capital.

"In the past, people caught in Laos have sometimes been sent back to China, and from China to the North," said Open Gate's Ryu Jae-won. "We are asking the Lao government to let them go on to Thailand."

The Lao foreign ministry did not respond to a request for comment.

Open Gate does not publish the names of people in custody for their safety.

Share: Facebook | X | Telegram
""",
    ),
    dict(
        id="h13e20",
        url="https://www.mekongpost.example/north/chiang-saen-eight-north-koreans",
        pub_date="2026-07-22",
        events=["G13-chiangsaen-2026", "G13-maesai-2025"],
        text="""MEKONG POST
Bangkok | North | Isaan | South | Business | Travel

Eight North Koreans turn themselves in at Chiang Saen after crossing river

22 Jul 2026 | 10:48
Chiang Rai bureau

Eight North Koreans who crossed the Mekong from Laos by longtail boat walked into the Chiang Saen police station on Tuesday morning and asked to be sent to South Korea, police said.

Pol Col Surasak Wongchai, the station superintendent, said the group - five women, two men and a 12-year-old girl - were detained for illegal entry and would be handed to the immigration bureau. "They told us they want to go to South Korea. We will follow the usual procedure," he said.

Thai courts usually fine North Koreans for illegal entry before they are allowed to travel to South Korea.

The case is the second of its kind in Chiang Rai province in under a year. Last November six North Koreans, four of them women, were found by a border patrol near Mae Sai after walking across from Myanmar, and told officers they wanted to go to Seoul.

The South Korean embassy in Bangkok said it was aware of the case.

Photo: Chiang Saen police station, Tuesday. (Mekong Post)

Related: Golden Triangle casino raids net 40 arrests
Comments (3)
""",
    ),
    dict(
        id="h13e21",
        url="https://www.hanriverwire.example/world/2026/07/23/eight-north-koreans-thailand",
        pub_date="2026-07-23",
        events=["G13-chiangsaen-2026", "G13-bokeo-2026"],
        text="""HAN RIVER WIRE
Top News | Korea | North Korea | Asia | Business | Photos

Eight North Koreans reach Thailand, seek passage to South Korea - police

BANGKOK, July 23 (HRW) - Eight North Koreans, among them a 12-year-old girl, crossed the Mekong River from Laos into northern Thailand on July 21 and asked police to send them to South Korea, Thai police said.

The group arrived by boat at Chiang Saen and turned themselves in at a local police station, police colonel Surasak Wongchai told reporters by telephone.

They are not the same as the five North Koreans arrested in Laos' Bokeo province in May, who are still held there, according to the Seoul-based group Open Gate.

(Reporting by Nok Siriwan; Editing by Mark Ellery)
""",
    ),
    dict(
        id="h13e22",
        url="https://www.amurvestnik.example/en/city/2026-03-09-welder-missing",
        pub_date="2026-03-09",
        events=["G13-komsomolsk-jegal-2026"],
        text="""AMUR VESTNIK  (English digest)
City | Region | Industry | Incidents | Sport

INCIDENTS

Police search for North Korean welder missing from Lenin Avenue building site

09.03.2026 17:25

Police in Komsomolsk-on-Amur are looking for a 38-year-old citizen of the DPRK who has not returned to his workers' hostel since the night of 3 March, the city police department said on Monday.

The man, Chegal Chun Bom, worked as a welder on a residential construction site on Lenin Avenue, where about 90 North Korean builders are employed by a subcontractor. His employer reported him missing on 5 March.

Anyone who has seen the man is asked to call 02 or the duty unit.

"He was quiet, he worked well," said a Russian crane operator at the site who asked not to be named. "On Wednesday two policemen came and talked to the Korean foreman for an hour."

Photo: The building site on Lenin Avenue. (Amur Vestnik)

Views 4,312 | Comments 11
""",
    ),
    dict(
        id="h13e23",
        url="https://www.hanriverwire.example/korea/2026/08/11/north-korean-worker-russia-seoul",
        pub_date="2026-08-11",
        events=["G13-komsomolsk-jegal-2026", "G13-komsomolsk-missing-2026", "G13-tynda-2023"],
        text="""HAN RIVER WIRE
Top News | Korea | North Korea | Asia | Business | Photos

North Korean builder who fled Russian site now in South Korea - ministry

SEOUL, Aug 11 (HRW) - A North Korean construction worker who disappeared from a building site in Russia's Far East in March has arrived in South Korea, the unification ministry said on Tuesday.

The ministry identified the man as Jegal Chun-bom, 38, a welder who had worked in Komsomolsk-on-Amur. He reached the South in July and is being questioned by the authorities, spokeswoman Noh Ga-eun said. She did not say how he travelled.

Russian police had searched for the man after he failed to return to his hostel in early March.

He is the first North Korean worker from Russia known to have reached the South since 2023, when a logger employed near Tynda in the Amur region fled and later arrived in Seoul, a ministry official said.

Last month a second worker from the same site, a 29-year-old, disappeared, according to local media. His whereabouts are unknown.

About 15,000 North Koreans are believed to be working in Russia, despite UN sanctions that ban the practice.

(Reporting by Bae Ji-hoon; Editing by Clara Obi)
""",
    ),
    dict(
        id="h13e24",
        url="https://www.amurvestnik.example/en/city/2026-07-24-second-korean-missing",
        pub_date="2026-07-24",
        events=["G13-komsomolsk-missing-2026", "G13-komsomolsk-jegal-2026"],
        text="""AMUR VESTNIK  (English digest)
City | Region | Industry | Incidents | Sport

INCIDENTS

Second North Korean builder goes missing from Lenin Avenue site

24.07.2026 12:03

Another North Korean worker has gone missing from the residential construction site on Lenin Avenue, police said on Friday.

The 29-year-old plasterer left the workers' hostel on Sunday afternoon, saying he was going to a shop, and did not come back, the city police department said. Police confirmed that his employer had reported him missing and that a search was under way.

In March a welder from the same site disappeared in a similar way. Police did not say whether the cases were linked.

A manager of the subcontractor declined to comment.

Views 2,877 | Comments 6
""",
    ),
    dict(
        id="h13e25",
        url="https://pyongyangwatchers.example/analysis/2026/09/russia-workers-tighter-rules",
        pub_date="2026-09-02",
        events=["G13-russia-groups-2026", "G13-russia-phones-2025", "G13-komsomolsk-foreman-2026",
                "G13-komsomolsk-jegal-2026", "G13-magadan-airport-2026", "G13-magadan-deport-2026"],
        text="""PYONGYANG WATCHERS
Analysis | Leadership | Economy | Military | Diplomacy | Data | About

LABOUR

Groups of five and no phones: how Pyongyang is trying to keep its builders in Russia

2 September 2026 | 10 min read
By Hedda Lindqvist

North Korea's labour export to Russia has grown fast since 2024. So, it seems, has the number of workers who try to leave it.

Since August, North Korean workers at building sites across the Russian Far East may leave their hostels only in groups of five, accompanied by a minder from the company's security section, according to two Russian contractors and a North Korean source. That follows a ban, in force since November 2025, on workers owning smartphones; phones found in hostels are confiscated and their owners fined a month's wages.

The trigger this year was Komsomolsk-on-Amur. In March a welder, Jegal Chun‑bom, walked out of his hostel on Lenin Avenue and - as Seoul confirmed in August - made it to South Korea. The North Korean site manager, Ro Ki-chan, was sent home in April and assigned to a coal mine in South Pyongan, the North Korean source said.

Not every attempt succeeds. In January a fish-plant worker from Magadan was stopped at the city's airport with a forged passport and, in February, put on a plane back to Pyongyang.

None of the rules above could be independently confirmed. Russia's labour ministry did not reply to questions.

Workers who leave could face harsh punishment if caught, and their families at home may suffer too.

Tags: Russia, labour, controls
Share | Save | 9 comments
""",
    ),
    dict(
        id="h13e26",
        url="https://magadan-transport-police.example/news/2026-01-23",
        pub_date="2026-01-23",
        events=["G13-magadan-airport-2026"],
        text="""EAST SIBERIAN TRANSPORT POLICE DIRECTORATE
Magadan Line Department | News | Appeals | Documents

News

Foreign citizen with forged passport detained at Sokol airport

23.01.2026

On 22 January, officers of the Magadan line department of the transport police detained a 44-year-old citizen of the DPRK at Sokol airport while he was attempting to board a flight to Moscow.

During passport control the man presented the passport of a citizen of another state bearing his photograph. A forensic examination established that the document had been forged.

The man had been working at a fish-processing enterprise in Magadan under a labour contract. A criminal case has been opened under Article 327 of the Criminal Code of the Russian Federation (use of a forged document). The man has been handed over to the migration authorities.

Press service of the East Siberian transport police directorate
""",
    ),
    dict(
        id="h13e27",
        url="https://www.kolymaonline.example/news/2026/02/12/dprk-citizen-expelled",
        pub_date="2026-02-12",
        events=["G13-magadan-deport-2026", "G13-magadan-airport-2026"],
        text="""KOLYMA ONLINE
News | Society | Incidents | Economy | Weather

North Korean caught at Sokol with forged passport is expelled

12 February 2026, 15:40

A 44-year-old North Korean fish-plant worker who was caught at Sokol airport last month with a forged passport has been expelled from Russia, the regional migration department said on Thursday.

The man was put on a flight to Vladivostok on Tuesday and handed over there to North Korean consular staff for onward travel to Pyongyang, the department said. A Magadan court had ordered his administrative expulsion on 2 February and fined him 5,000 roubles.

North Korean fish-plant workers have been employed in Magadan since 2023.

Comments: 14
""",
    ),
    dict(
        id="h13e28",
        url="https://www.amurvestnik.example/en/city/2026-09-18-korean-builders-leave",
        pub_date="2026-09-18",
        events=["G13-komsomolsk-recall-2026"],
        text="""AMUR VESTNIK  (English digest)
City | Region | Industry | Incidents | Sport

CITY

Half of Lenin Avenue site's Korean builders sent home

18.09.2026 09:14

About 40 North Korean builders from the residential construction site on Lenin Avenue left Komsomolsk-on-Amur by train on Tuesday, sent home on orders from their company in Pyongyang, two workers at the site said.

"They were told on Monday evening. In the morning a bus took them to the station with their bags," said a Russian foreman. The workers travelled to Vladivostok and were to continue home from there.

The site, where two North Korean workers went missing this year, is now behind schedule, the developer said, and will bring in builders from Central Asia.

Views 3,120 | Comments 19
""",
    ),
    dict(
        id="h13e29",
        url="https://www.irrawaddylens.example/mandalay/2026/05/14/korean-restaurant-waitress",
        pub_date="2026-05-14",
        events=["G13-mandalay-ok-2026"],
        text="""IRRAWADDY LENS
Yangon | Mandalay | Nation | Business | Asia | Opinion

MANDALAY

Waitress from North Korean restaurant has not been seen since Saturday, staff say

14 May 2026
By Lens reporter in Mandalay

A young woman who served at a North Korean restaurant on 78th Street in Mandalay has been missing since Saturday night, people who work near the restaurant said.

The woman, named by colleagues at neighbouring shops as Ok Su-ryon, 26, finished her shift on Saturday at around 10 p.m. and did not return to the staff quarters above the restaurant, they said. She was known to regulars for singing at the karaoke stage.The restaurant was closed on Sunday and Monday and reopened on Tuesday with fewer staff. A manager who gave his name only as Mr. Jo said: "She is on leave. Everything is normal."

Mandalay police said they had "no report" on the matter.

Photo: The restaurant on 78th Street, Tuesday.

Share | 5 comments
""",
    ),
    dict(
        id="h13e30",
        url="https://www.hanriverwire.example/world/2026/07/01/north-korea-closes-myanmar-embassy",
        pub_date="2026-07-01",
        events=["G13-yangon-closure-2026", "G13-mandalay-recall-2026", "G13-mandalay-ok-2026"],
        text="""HAN RIVER WIRE
Top News | Korea | North Korea | Asia | Business | Photos

North Korea shuts embassy in Myanmar, Bangkok mission to take over

YANGON, July 1 (HRW) - North Korea closed its embassy in Yangon on Tuesday, Myanmar's foreign ministry said, ending decades of diplomatic presence in the city.

The ministry said it had received a diplomatic note from Pyongyang and that the embassy's last staff left on June 30. The North Korean embassy in Bangkok will handle relations with Myanmar from now on, it said.

North Korea did not give a reason. Analysts have linked a string of closures to sanctions that make it hard for embassies to earn money.

In May, a North Korean restaurant in Mandalay sent its remaining staff home, a week after one of its waitresses disappeared.

(Reporting by Nok Siriwan; Editing by Clara Obi)
""",
    ),
    dict(
        id="h13e31",
        url="https://www.diplomaticledger.example/2026/07/10/pyongyang-shrinking-footprint",
        pub_date="2026-07-10",
        events=["G13-yangon-closure-2026", "G13-ouaga-closure-2026", "G13-lome-closure-2024"],
        text="""THE DIPLOMATIC LEDGER
Newsletter | Archive | Maps | About

Pyongyang's shrinking map

Friday 10 July 2026 | Issue 212

Good morning. This week: Myanmar becomes the latest country to lose its North Korean embassy.

1) YANGON. The embassy closed on 30 June; Bangkok takes over. That adds Myanmar to a roster that already included Ouagadougou, shut in March, and Lome, which the North left in 2024.

2) WHY. Sanctions, say most analysts. North Korea has quietly shut several other offices to save money, too, though it rarely confirms which.

3) WHO'S NEXT. Two African capitals and one in South America are often mentioned. Nobody knows. More closures could well follow before the end of the year.

4) NUMBERS. By our count the North now has fewer than 45 embassies worldwide.

Forward this newsletter | Unsubscribe
""",
    ),
    dict(
        id="h13e32",
        url="https://www.sahelmatin.example/en/politics/2026-03-13-dprk-embassy-closes",
        pub_date="2026-03-13",
        events=["G13-ouaga-closure-2026", "G13-lome-closure-2024"],
        text="""SAHEL MATIN  English
Politics | Security | Economy | Culture | Sport

North Korea closes embassy in Ouagadougou

13/03/2026

OUAGADOUGOU - North Korea closed its embassy in Ouagadougou on Thursday, Burkina Faso's ministry of foreign affairs said in a statement.

The ministry said the North Korean side had informed it of the decision "for reasons of reorganisation" and that the last diplomats left the country on Thursday. The building in the Ouaga 2000 district was handed back to its owner.

The closure is the first of a North Korean mission in West Africa since it left Lome in 2024.

Relations between the two countries date back to the 1970s.

Read also: Fuel prices stable in March
Share: Facebook | WhatsApp
""",
    ),
    dict(
        id="h13e33",
        url="https://www.kartlivoice.example/en/news/2026/04/16/dprk-trade-chief-asylum-denied",
        pub_date="2026-04-16",
        events=["G13-tbilisi-chae-2026"],
        text="""KARTLI VOICE
Politics | Society | Economy | World | Video

Interior ministry denies North Korean trade official sought asylum in Georgia

16.04.26 13:05

TBILISI - Georgia's interior ministry on Thursday denied reports that the head of North Korea's trade office in Tbilisi had applied for asylum.

A private television channel reported on Tuesday that Chae Man-gap, who has run the office since 2022, had asked for protection on 10 April and was being kept at a safe location.

"No such application has been received. The reports are not true," the ministry said in a written statement.

The North Korean trade office, on a quiet street in Vake, was open on Wednesday, a Kartli Voice reporter saw. A man who answered the door said Mr. Chae was "working as usual" and closed it.

Comments (27)
""",
    ),
    dict(
        id="h13e34",
        url="https://www.hanriverwire.example/world/2026/10/20/north-korea-tbilisi-trade-office",
        pub_date="2026-10-20",
        events=["G13-tbilisi-office-2026", "G13-tbilisi-recall-2026", "G13-tbilisi-chae-2026"],
        text="""HAN RIVER WIRE
Top News | Korea | North Korea | Asia | Business | Photos

North Korea closes trade office in Georgia

TBILISI, Oct 20 (HRW) - North Korea closed its trade office in Tbilisi on Friday, Georgia's foreign ministry said on Tuesday.

The ministry said the office's staff had left the country and that it had been notified of the closure by note. The North Korean embassy in Moscow will handle trade matters, it said.

The office's head, Chae Man-gap, was ordered back to Pyongyang in May, a Georgian official said on condition of anonymity, after local media reported in April that he had sought asylum - a report Georgia's interior ministry denied at the time.

(Reporting by Dato Beridze; Editing by Mark Ellery)
""",
    ),
    dict(
        id="h13e35",
        url="https://www.steppetimes.example/en/society/2025-11-06-dprk-trade-official-missing",
        pub_date="2025-11-06",
        events=["G13-astana-sonu-2025"],
        text="""STEPPE TIMES
Kazakhstan | Astana | Almaty | Business | Central Asia | Opinion

North Korean trade official not seen for ten days, business partners say

06 November 2025
By Aigerim Sadykova

A North Korean trade official in Astana has not been seen since late October and has stopped answering his phone, two Kazakh business partners said.

Sonu Tae-ung, 52, deputy head of a North Korean trading company's office in the capital, was last seen on 27 October, a Monday, when he left a meeting at a business centre on Kabanbay Batyr Avenue, they said. His wife has not been seen either, one partner said.

Asked about the case, Kazakhstan's foreign ministry said it "cannot confirm any information" about the whereabouts of foreign citizens and referred questions to the police, who did not respond.

Staff at the company's office said Mr. Sonu was "on a business trip".

Related:
- Astana winter heating prices rise 8%
- Central Asia-China rail freight at record

Share | 3 comments
""",
    ),
    dict(
        id="h13e36",
        url="https://www.asiapacificbrief.example/news/korea/2026-08-21-tumen-shooting",
        pub_date="2026-08-21",
        events=["G13-taehongdan-shooting-2026", "G13-taehongdan-attempt-2026", "G13-ryanggang-fence-2026",
                "G13-samjiyon-brokers-2025"],
        text="""ASIA PACIFIC BRIEF
News  Korea  China  Japan  ASEAN  Pacific  Opinion  Podcasts

North Korean guards shoot dead man crossing Tumen River, woman wounded - reports

August 21, 2026 8:30 a.m. KST

SEOUL - North Korean border guards shot dead a man and wounded a woman as they waded across the Tumen River near Taehongdan county last Friday night, a Seoul-based outlet with sources in the North reported.

The man, in his forties, died in the water, the outlet, Bukneok Baram, said, citing a source in Ryanggang province. The woman was dragged back to the bank and taken away by guards. Both were trying to reach China.

Since June, soldiers on the Ryanggang stretch of the border have been ordered to shoot anyone approaching the river at night without warning, and a second fence has been built along the bank, the outlet reported earlier.

In December, two brokers accused of helping people cross were shot after a public trial in Samjiyon, according to the same outlet.

South Korea's unification ministry said it could not confirm the report.

Share  |  Email  |  Print  |  Comments (64)
""",
    ),
    dict(
        id="h13e37",
        url="https://www.crossingsreview.example/opinion/what-the-numbers-hide",
        pub_date=None,
        events=[],
        text="""THE CROSSINGS REVIEW
Essays | Opinion | Books | Letters

OPINION

What the numbers hide

By Marguerite Ahn-Delacroix

Every December the ministry publishes its count, and every December the count is smaller. Fewer than 250 North Koreans reached the South last year, against almost 3,000 in the peak years. About 34,000 have arrived since the 1990s. One in five of those who arrived since 2015 came from an overseas posting rather than across the Chinese border.

It is tempting to read this as a story of a border sealed tight. It is also a story of choice. Crossing the Tumen at night is still the most dangerous part of any escape, and fewer people are willing to try it.

Suppose Beijing stopped sending people back tomorrow. Would the numbers rise? Probably - but the fences on the other side would still be there.

Defections by diplomats are likely to continue, if only because the people Pyongyang trusts most are also the people who see the most of the world. A defection by an ambassador would be a far greater shock than any soldier walking across the line.

Kyohwaso: a long-term penal labour camp in North Korea.

The author teaches at a university in Lyon.

Letters: letters@crossingsreview.example
""",
    ),
    dict(
        id="h13e38",
        url="https://www.korearisklab.example/outlook/2026-q4",
        pub_date="2026-10-02",
        events=[],
        text="""KOREA RISK LAB
Outlook | Models | Briefings | Team

Q4 2026 OUTLOOK: DEFECTION RISK AND PYONGYANG'S RESPONSE

Published 02.10.2026

Key judgements
- We assess that further defections from North Korean missions in Africa and Southeast Asia are likely (60-70%) in the next six months.
- Pyongyang will probably respond to any new case with tighter rules for staff abroad, such as pairs-only outings and passport custody.
- More embassy closures could follow; we see at least one closure in Africa as more likely than not by mid-2027.
- A mass return by China of more than 100 people in one operation is possible (30-40%) before the spring.

Indicators to watch
- Unexplained absences of mission staff at public events.
- Changes in the number of North Korean workers entering Russia, which fell 12% year on year in the second quarter.

Methodology: expert elicitation and base rates, 2015-2025.

Download PDF (1.2 MB)
""",
    ),
    dict(
        id="h13e39",
        url="https://www.peninsulafacts.example/timeline/2026-year-of-exits",
        pub_date="2026-12-01",
        events=["G13-brazza-hwangbo-2026", "G13-ouaga-closure-2026", "G13-jixi-return-2026",
                "G13-chiangsaen-2026", "G13-soldier-pyonggang-2026", "G13-kyongwon-mass-2026",
                "G13-tbilisi-office-2026"],
        text="""PENINSULA FACTS
Explainers | Fact boxes | Maps | Glossary

TIMELINE: A year of exits - North Korea and its people abroad, 2026

Updated 1 December 2026

FEB 7 - A counsellor at the embassy in Brazzaville leaves his residence with his wife and daughter. Seoul confirms in May that the family is in the South.
MAR 4 - Seven women caught in Jixi are handed back to the North by China.
MAR 12 - The embassy in Ouagadougou closes, Burkina Faso's foreign ministry says.
JUL 21 - Eight North Koreans cross the Mekong to Chiang Saen and ask to go to South Korea.
AUG 18 - A junior sergeant crosses the military demarcation line on the central front (JCS).
SEP 9 - More than 200 detainees are bused across a bridge into Kyongwon county, rights groups say.
OCT 16 - The trade office in Tbilisi closes.

NOTE: Arrivals of North Koreans in the South totalled fewer than 200 in the first nine months of the year, according to ministry data.

Sources: unification ministry, JCS, foreign ministries of Burkina Faso and Georgia, Thai police, rights groups.
""",
    ),
    dict(
        id="h13e40",
        url="https://www.assemblyrecord.example/transcripts/intel-committee-2026-09-16",
        pub_date="2026-09-16",
        events=["G13-kyongwon-mass-2026", "G13-komsomolsk-recall-2026", "G13-pyonggang-unit-2026",
                "G13-soldier-pyonggang-2026"],
        text="""ASSEMBLY RECORD - unofficial transcripts of committee sessions
Home | Committees | Search | About

Intelligence Committee - open session (excerpt)
16 September 2026, 10:00

CHAIR (Rep. Maeng Ho-seok): We move to questions. Representative Ban.

REP. BAN SO-YEONG: Director, there are reports that China sent more than 200 North Koreans back across the border last week. Can the service confirm this?

NIS FIRST DEPUTY DIRECTOR YANG GEON-U: Yes. We have confirmed that on the night of the 9th about 200 people held in Jilin province were handed over to the North at one crossing. It is the largest single return we have seen since the border reopened.

REP. BAN SO-YEONG: And the workers in Russia?

YANG: Yesterday about 40 workers from a construction site in Komsomolsk-on-Amur left for home by train. We assess that the North ordered them back after two workers left the same site this year.

REP. CHO DAE-HWAN: What about the soldier last month - has the North punished his unit?

YANG: There are reports that the regiment's commander and political officer were removed. We are still checking and cannot confirm them at this stage.

CHAIR: Thank you. We will now go into closed session.

[The open session ended at 10:42.]
""",
    ),
    dict(
        id="h13e41",
        url="https://www.iwacunews-en.example/society/2026/08/25/korean-doctor-clinic-kinindo",
        pub_date="2026-08-25",
        events=["G13-bujumbura-doctor-2026", "G13-bujumbura-medics-recall-2026"],
        text="""TANGANYIKA DAILY  |  English
Home | Politics | Society | Economy | Health | Sport | Region

HEALTH

North Korean medical team leaves Bujumbura weeks after doctor's disappearance

Tuesday, 25 August 2026
By Claudine Niyonzima

The acupuncture clinic in Kinindo run by North Korean doctors had a handwritten sign on its door on Monday: "Closed until further notice."

The nine remaining members of the team flew out of Bujumbura on Thursday, 20 August, on instructions from Pyongyang, according to an official at the health ministry who spoke on condition of anonymity. "They were told to go home. They did not even collect their last month's fees," he said.

Their departure came less than three weeks after one of the doctors, a 41-year-old surgeon known to patients as Dr Tongbang, failed to return from his Sunday walk on 2 August. Police said on Monday that his whereabouts were "still unknown" and that the search continued.

Patients are unhappy. "Dr Tongbang fixed my back when nobody else could," said Jean-Bosco Ndayishimiye, a taxi driver. "I hope he is safe wherever he is."

The North Korean embassy in Dar es Salaam, which covers Burundi, could not be reached.

The clinic's landlord said the rent was paid until December.

Related: Cholera vaccination campaign reaches Rumonge
Share | 8 comments
""",
    ),
]
