"""English pages of the heldout4 benchmark. Everything here is invented: people, outlets
(on .example domains) and events. Real agencies are cited the way real pages cite them.

Each page: id, url, pub_date (ISO day, or None where the page shows no date), events (gold
event ids from events_gold.py that the page reports), text (the page as scraped).
"""

PAGES = [
    dict(
        id="h4e01",
        url="https://www.nilecourier.example/world/asia/north-korean-diplomat-cairo-missing",
        pub_date="2026-01-29",
        events=["G4-cairo-choe-2026"],
        text="""NILE COURIER
Home  Egypt  World  Business  Culture  Sport  Opinion
Search | Newsletter | العربية

North Korean diplomat and family not seen in Cairo for nearly two weeks

Published 29.01.2026 | 14:05
By Mona Farid

A junior diplomat at North Korea's embassy in Cairo has not been seen in public for almost two weeks, and his wife and teenage son have also stopped appearing at the compound, two people who deal with the mission regularly told the Nile Courier.

Choe Jin-hyok, 44, a second secretary who handled the embassy's contacts with Egyptian trading firms, was last seen leaving the building in Zamalek on the evening of Friday 16 January, one of them said. "He was supposed to come to a meeting on the Monday. Nobody came, and nobody called," the person said.

The family's car has stood in the same spot outside their apartment since then, according to a doorman in the building.

The Egyptian foreign ministry declined to comment. A man who answered the phone at the North Korean embassy said he had "nothing to say" and hung up.

If the family has left for good, it would be an awkward moment for Pyongyang, which has kept only a handful of missions open in the Arab world.

Share: Facebook | X | WhatsApp | Email
Related
- Ring road tolls to rise in February
- Asian trade delegations return to Cairo fair
(c) 2026 Nile Courier
""",
    ),
    dict(
        id="h4e02",
        url="https://meridianreview.example/features/2026/03/the-second-secretary",
        pub_date="2026-03-06",
        events=["G4-cairo-choe-2026", "G4-berlin-so-2025"],
        text="""Meridian Review
FEATURES · ESSAYS · PODCAST · SUBSCRIBE

The dentist appointment: how a North Korean diplomat slipped out of Cairo

March 6, 2026 · 9 min read
By Daniel Okafor

On the evening of Friday 16 January, Choe Jin-hyok told the duty officer at the North Korean embassy in Cairo that he was taking his son to a dentist. He took his wife as well. Nobody thought it strange.

The three of them did not go to a dentist. They drove to the airport, left the car in the long-stay park and boarded a late flight to Athens. By the time the embassy's security counsellor began making calls the next morning, the second secretary was out of Egypt.

What happened over the following weeks is still partly unclear. On Thursday, South Korea's unification ministry said the family had reached Seoul in late February and was under government protection.

Choe, 44, had spent six years in Cairo. Colleagues from other embassies describe a quiet man who spoke good Arabic and liked to talk about football. "He never said anything political. That is what you learn to do there," said Ko Myong-dae, a former North Korean diplomat who now teaches in Seoul and who met Choe at a conference in 2023.

His departure is the second from a North Korean mission in Europe or the Middle East in half a year. Last September So Chol-ung, an engineer in the commercial section of the embassy in Berlin, walked out and asked the German authorities for protection.

A run of such departures would force Pyongyang to rethink how it staffs its remaining missions, analysts say. For now, the embassy in Cairo says nothing.

Tags: North Korea, Egypt, diplomacy
Share this story
More features
- The last ferry to Alexandria
- Inside the grain trade
""",
    ),
    dict(
        id="h4e03",
        url="https://en.hangyeolnews.example/national/northkorea/2026/03/05/0003",
        pub_date="2026-03-05",
        events=["G4-cairo-choe-2026"],
        text="""Hangyeol News Agency | English
National  North Korea  Economy  World  Sports  Photos

South Korea says North Korean diplomat posted in Egypt arrived with family

2026-03-05T10:41:00+09:00

SEOUL, March 5 (Hangyeol) -- A North Korean diplomat who had been posted in Egypt has arrived in South Korea with his wife and son, the unification ministry said Thursday.

"Choi Jin-hyuk, a second secretary at the North Korean embassy in Cairo, and two family members entered the country in late February and are under government protection," ministry spokeswoman Shin Ha-rim told a regular briefing.

She declined to say which country the family had passed through. The National Intelligence Service told lawmakers that Choi left his post in mid-January and that he had cited concern for his son's future.

The North's embassy in Cairo, which opened in 1963, is one of its oldest missions in the Arab world.

North Korea's state media have not reported on the case.

(END)

Related news
- Unification ministry to hold forum on separated families
- Exports to Middle East rise for third month
""",
    ),
    dict(
        id="h4e04",
        url="https://nkbrief.example/daily/2026-03-20",
        pub_date="2026-03-20",
        events=["G4-cairo-choe-2026", "G4-hcmc-waitresses-2026", "G4-langson-attempt-2026"],
        text="""NK Brief | daily digest
Fri 20 Mar 2026

EGYPT: Seoul confirmed on 5 March that Choe Jin-hyok, a second secretary in Cairo, had arrived with his wife and son.He left his post in January.
VIETNAM: Three waitresses from a North Korean restaurant in Ho Chi Minh City are still missing a month after they were last seen.The restaurant was fined in 2024 for hiring violations.
LANG SON: Six North Koreans, among them a girl of 12, were detained by Vietnamese border guards on Saturday, a rescue group said.They had crossed from China days earlier.
MARKETS: Rice prices in Pyongyang rose for a second week.

Subscribe to the digest | Archive | Contact
""",
    ),
    dict(
        id="h4e05",
        url="https://www.dipcircuit.example/briefing/2026/04/pyongyang-calls-home-envoy-to-egypt",
        pub_date="2026-04-02",
        events=["G4-cairo-ambassador-recall-2026", "G4-mideast-mission-control-2026",
                "G4-cairo-choe-2026"],
        text="""Diplomatic Circuit
Briefings  Postings  Protocol  Newsletter

Pyongyang calls home its envoy to Egypt after diplomat's flight

2 April 2026

North Korea's ambassador to Egypt, Pak Sung-il, was called back to Pyongyang in the second week of March, two diplomatic sources in Cairo said, weeks after one of his second secretaries, Choe Jin-hyok, slipped away with his family in January and surfaced in Seoul.

Pak, who has led the embassy since 2021, has not returned. The mission is being run by a counsellor, the sources said.

Since March, staff at the North's embassies in the Middle East and North Africa have been told that they may leave their compounds only in groups of three and must hand in their mobile phones to the security counsellor every Monday for checking, one of the sources said.

"They are frightened of a second case," the source said. Missions in Tehran and Damascus could be next in line for a shake-up, he added.

Egypt's foreign ministry did not respond to a request for comment.

Share | Save | Print
Also in Briefings: New heads of mission present credentials in Amman
""",
    ),
    dict(
        id="h4e06",
        url="https://northline.example/news/2026/03/27/diplomat-relatives-banished",
        pub_date="2026-03-27",
        events=["G4-cairo-relatives-2026", "G4-cairo-choe-2026"],
        text="""NORTHLINE REPORT
News | Inside | Markets | Analysis | About us

Relatives of diplomat who fled Egypt sent to mining town

Posted Mar 27 2026

The parents and younger sister of Choe Jin-hyok, the North Korean diplomat who fled his post in Cairo in January, were moved out of their flat in Pyongyang in February and sent to live in a mining town in South Hamgyong province, a source in the capital told Northline Report.

"Security officials came at night with a truck. They were allowed one bag each," the source said. The sister, a teacher, lost her job at a middle school in the Moranbong district a week before the move.

The family is likely to be kept under watch for years, the source added.

Families of people who leave the country have long been treated as suspects, and many have been sent away from the capital.

Choe arrived in South Korea with his wife and son in late February, according to Seoul's unification ministry.

Tweet | Share | Email
Read next: Prices of fuel climb in border markets
""",
    ),
    dict(
        id="h4e07",
        url="https://www.daybreak.example/en/article/20260512000711",
        pub_date="2026-05-12",
        events=["G4-mdl-central-2026", "G4-mdl-central-2025"],
        text="""KOREA DAYBREAK
Politics | North Korea | Defense | Business | Culture

N. Korean soldier crosses central front, first since December

May 12, 2026 11:02 KST

A North Korean soldier walked across the military demarcation line on the central front on Tuesday morning and was taken into custody by South Korean troops, the Joint Chiefs of Staff (JCS) said.

The soldier, believed to be a staff sergeant in his early 20s, was spotted by thermal cameras shortly after dawn and guided to a guard post, the JCS said, adding that he had expressed his wish to defect.

It is the first defection across the land border since December last year, when a 19-year-old private crossed near Cheorwon.

"Relevant authorities will investigate how he crossed," JCS spokesman Col. Noh Seung-jun told reporters.

The military did not detect any unusual movement by North Korean troops after the crossing.

Copyright Korea Daybreak. All rights reserved.
Most viewed | Latest | Photos
""",
    ),
    dict(
        id="h4e08",
        url="https://hanriverherald.example/defense/2026-05-13/sergeant-mdl-investigation",
        pub_date="2026-05-13",
        events=["G4-mdl-central-2026"],
        text="""The Han River Herald
Defense & Security

How a North Korean sergeant walked through the world's most fortified border

By Park Ji-won
Wednesday, May 13, 2026

On Wednesday, the Joint Chiefs of Staff said the North Korean staff sergeant who crossed the central front the previous morning had walked for about three hours through a minefield, stepping where he could see the tracks of wild boar.

He was detected on the southern side of the line and did not resist when soldiers approached, officers said.

Separately, about a dozen North Korean soldiers doing construction work on 7 May crossed a few metres south of the demarcation line and went back north after South Korean troops broadcast warnings and fired warning shots, the military said. Such brief intrusions have happened several times this year and are not treated as attempts to defect.

The South Korean army relieved a battalion commander on the central front after the surveillance log showed gaps, a defence ministry official said.

Share on: Facebook X Kakao
Related: Army to add thermal cameras along central sector
""",
    ),
    dict(
        id="h4e09",
        url="https://northwindow.example/en/military/2026/06/03/guard-post-replaced",
        pub_date="2026-06-03",
        events=["G4-mdl-post-punished-2026", "G4-mdl-central-2026"],
        text="""NORTH WINDOW | Military

Guard unit swapped out after sergeant's escape across central front

Jun 3, 2026 — A military source in Kangwon province

The North Korean army pulled out the whole unit manning the post that a staff sergeant slipped past on 12 May and replaced it within days, a military source told North Window. The unit's company commander was sent to a road-building brigade in the north of the country, the source said.

"Everyone at that post is being treated as if they helped him," the source said.

The sergeant crossed into South Korea on the morning of 12 May, according to Seoul's Joint Chiefs of Staff.

His relatives in the province can expect to be questioned, the source said. Officers along the front have been told to expect inspections from Pyongyang.

Share: X | Telegram | Email
More from Military
""",
    ),
    dict(
        id="h4e10",
        url="https://capitaltimes.example/nation/2025/12/22/nk-private-crosses-mdl",
        pub_date="2025-12-22",
        events=["G4-mdl-central-2025"],
        text="""Capital Times
NATION | WORLD | MONEY | LIFE

North Korean private, 19, walks across border near Cheorwon

Mon, Dec 22, 2025

A 19-year-old North Korean private crossed the military demarcation line on the central front near Cheorwon on Sunday and was taken into custody, the Joint Chiefs of Staff said on Monday.

The soldier crossed in thick fog around 8 a.m. and told officers he wanted to live in the South, the JCS said. He was unarmed.

Authorities are questioning him about his motives and the route he took.

Ads by Network
Related
- Cold wave grips Gangwon
- Army expands winter training
""",
    ),
    dict(
        id="h4e11",
        url="https://borderwatch.example/notes/teenage-private-cheorwon",
        pub_date=None,
        events=["G4-mdl-central-2025"],
        text="""Border Watch — notes from the DMZ
Home / Notes / Archive / About

A teenager's walk across the line

On Dec. 21 a teenage North Korean private crossed the military demarcation line near Cheorwon in fog and gave himself up to South Korean soldiers. The Joint Chiefs of Staff said he had told them he wanted to defect.

He was 19, unarmed and, according to the JCS, had been in the army for just over a year.

The central sector is wide and hilly; its minefields were laid decades ago and are poorly mapped, which is one reason crossings there are rare.

Comments (3)
Filed under: DMZ, crossings
""",
    ),
    dict(
        id="h4e12",
        url="https://www.daybreak.example/en/article/20260708000214",
        pub_date="2026-07-08",
        events=["G4-baengnyeong-boat-2026", "G4-daecheong-fisherman-2026"],
        text="""KOREA DAYBREAK
Politics | North Korea | Defense | Business | Culture

Three North Koreans on motorboat intercepted near Baengnyeong island

July 8, 2026 14:30 KST

Three North Koreans on a small motorboat were intercepted near Baengnyeong island early Wednesday after crossing the Northern Limit Line, the Joint Chiefs of Staff said.

The three, a man in his 40s, his wife and his younger brother, told investigators they had set out from the coast of South Hwanghae province overnight and wished to settle in the South, the JCS said.

It is the second such arrival by sea this year, after a fisherman in his 60s sailed across near Daecheong island in March.

The navy tracked the boat for about 40 minutes before a patrol vessel came alongside.

(END)
Copyright Korea Daybreak. All rights reserved.
""",
    ),
    dict(
        id="h4e13",
        url="https://harbortimes.example/2026/07/09/boat-nll-three",
        pub_date="2026-07-09",
        events=["G4-baengnyeong-boat-2026", "G4-westsea-boat-2024"],
        text="""Harbor Times
Incheon | Ports | Islands | Weather

Navy defends response to boat near Baengnyeong

Thursday 9 July 2026

A navy patrol boat confirmed that three people were aboard the small motorboat within minutes of reaching it, officers said, rejecting claims that the vessel had been spotted late.

The Joint Chiefs of Staff said on Wednesday that the three North Koreans, who crossed the Northern Limit Line before dawn that day, had said they wanted to stay in the South.

This differs from October 2024, when two men in a wooden boat reached the shore of a West Sea island without being noticed and were found by residents.

In a separate case last month, two North Korean fishermen whose engine had failed were sent back across the sea border at their own request after being rescued.

Share | Comment | Print
Weather: fog advisory for the western islands
""",
    ),
    dict(
        id="h4e14",
        url="https://coastlinetoday.example/tv/2026/03/24/evening-bulletin-nll-fisherman",
        pub_date="2026-03-24",
        events=["G4-daecheong-fisherman-2026"],
        text="""COASTLINE TODAY TV
News Fisheries Islands Opinion | Watch live

Evening bulletin: fisherman crosses sea border
24 Mar 2026 | 19:05

[Transcript]
A North Korean fisherman
in his 60s crossed the
Northern Limit Line near
Daecheong island in a small boat
on Monday
and said he wanted to defect,
the Joint Chiefs of Staff said.
He had sailed alone from
the coast of South Hwanghae
province, and a patrol boat took
him aboard about 6 km south
of the line.
He was handed to the intelligence
authorities for questioning.

Tags: NLL, Daecheong, North Korea
Share Facebook Twitter
""",
    ),
    dict(
        id="h4e15",
        url="https://coastlinetoday.example/news/2024/10/08/wooden-boat-two-men",
        pub_date="2024-10-08",
        events=["G4-westsea-boat-2024"],
        text="""COASTLINE TODAY
News Fisheries Islands Opinion

Two North Korean men land on island unnoticed; residents alert police

08 Oct 2024 | 17:40

Two North Korean men in their 30s landed a wooden boat on the shore of a West Sea island early on Monday and were found by residents walking to a ferry pier, the Joint Chiefs of Staff said.

The men said they had come to defect, according to the JCS. They were handed to investigators.

Lawmakers asked why coastal radar had not picked up the boat. The military is likely to face more questions at a hearing next week.

Share Facebook Twitter
Most read: Ferry timetable changes for winter
""",
    ),
    dict(
        id="h4e16",
        url="https://refugemonitor.example/en/reports/2026-04-24-jian-manpo",
        pub_date="2026-04-24",
        events=["G4-jian-mass-repatriation-2026", "G4-quanhe-repatriation-2025"],
        text="""Refuge Monitor Asia
Reports | Countries | Campaigns | Donate

China sends back more than 200 North Koreans across Ji'an bridge

24 April 2026

Chinese authorities sent back more than 200 North Koreans held in detention centres in Jilin province on the night of 22 April, driving them in buses across the bridge from Ji'an to Manpo, a Seoul-based monitoring group said on Friday.

Most of those returned were women who had been arrested over the past year, the group said, citing relatives and a source in Ji'an.

It was the largest return since September last year, when about 60 people were handed over at the Quanhe crossing, according to the group. It estimates that about 1,100 North Koreans have been sent back since 2023.

The UN special rapporteur on North Korea, speaking in Geneva, urged China to respect the principle of non-refoulement.

Download the report (PDF) | Share
Related reports
- Women in detention: testimonies from Jilin
""",
    ),
    dict(
        id="h4e17",
        url="https://hanriverherald.example/diplomacy/2026-04-25/seoul-regret-china-return",
        pub_date="2026-04-25",
        events=["G4-jian-mass-repatriation-2026"],
        text="""The Han River Herald
Diplomacy

Seoul voices 'deep regret' over China's return of North Koreans

Saturday, April 25, 2026

South Korea's foreign ministry expressed deep regret on Saturday after China sent more than 200 North Koreans back across the border at Ji'an on Wednesday night.

"We have conveyed our position that no one should be forcibly returned against their will," a ministry official said.

Asked about the reports, a Chinese foreign ministry spokesperson said in Beijing that China handles "illegal border crossers" in accordance with its laws and international practice.

Share on: Facebook X Kakao
""",
    ),
    dict(
        id="h4e18",
        url="https://fareastquarterly.example/analysis/2026/05/beijing-returns",
        pub_date="2026-05-19",
        events=["G4-jian-mass-repatriation-2026", "G4-kil-2018"],
        text="""Far East Quarterly — Analysis

Why Beijing keeps sending them back

19 May 2026 | 6 min read

Last month's forced return of more than 200 North Koreans across the bridge at Ji'an was not a change of policy but a reminder of it.

Kil Sang-jun, a former trade official who fled to the South in 2018 and now studies the border economy in Seoul, said the women returned through Ji'an would be questioned for weeks. "Those who had contact with churches will be treated worst," he said.

If Beijing were to let detainees travel on to a third country, the numbers reaching Seoul would rise sharply. There is no sign of that. More returns are likely before the summer, Kil said.

Crossing the river has become far harder since the pandemic, and brokers now charge several times what they did.

Subscribe for full access
""",
    ),
    dict(
        id="h4e19",
        url="https://wadispatch.example/nigeria/2026/07/02/north-korea-closes-abuja-embassy",
        pub_date="2026-07-02",
        events=["G4-abuja-closure-2026", "G4-yangon-closure-2025", "G4-algiers-closure-2025"],
        text="""West Africa Dispatch
Nigeria | Ghana | Sahel | Business | Opinion

North Korea closes embassy in Abuja

Thursday 2 July 2026

North Korea closed its embassy in Abuja on 30 June, Nigeria's foreign ministry confirmed on Wednesday, ending a presence in the country that had been open since 1976.

The ministry said it had been notified by note verbale. Consular matters will be handled by the North Korean embassy in Conakry, it said.

The closure follows the North's withdrawal from Myanmar and Algeria last year. Pyongyang has also shut several trade offices in Asia as sanctions squeeze its income.

South Korea's foreign ministry said it was following the matter.

Share | Email | Print
Latest: Naira steadies after central bank move
""",
    ),
    dict(
        id="h4e20",
        url="https://www.daybreak.example/en/article/20260703000118",
        pub_date="2026-07-03",
        events=["G4-abuja-closure-2026", "G4-yangon-closure-2025", "G4-algiers-closure-2025"],
        text="""KOREA DAYBREAK
Politics | North Korea | Defense | Business | Culture

N. Korea shuts Nigeria embassy, adding to list of closed missions

July 3, 2026 09:10 KST

North Korea shut its embassy in Nigeria on Tuesday, adding to a list of closed missions that already included its embassies in Myanmar and Algeria, which were wound up last year.

The unification ministry said the closures reflect the North's difficulty in paying for missions abroad under sanctions. The embassy in Algiers was the North's only mission in the Maghreb.

North Korea now has about 40 diplomatic missions, down from more than 50 a decade ago.

Copyright Korea Daybreak. All rights reserved.
""",
    ),
    dict(
        id="h4e21",
        url="https://mandalaymirror.example/national/2025-11-14/dprk-embassy-yangon-closed",
        pub_date="2025-11-14",
        events=["G4-yangon-closure-2025"],
        text="""Mandalay Mirror
National | Business | Regional | Lifestyle

DPRK embassy in Yangon closes its doors

Updated 14/11/25 18:02

North Korea closed its embassy in Yangon on 6 November, a spokesman for Myanmar's foreign ministry said on Thursday. The staff left the country the same week, he said.

The two countries restored ties in 2007 after a long break. The embassy building in Bahan township has been handed back to its owner.

The spokesman did not give a reason for the closure.

Share: Facebook | Viber
""",
    ),
    dict(
        id="h4e22",
        url="https://baikalreport.example/en/2026/02/11/north-korean-workers-detained-krasnoyarsk",
        pub_date="2026-02-11",
        events=["G4-irkutsk-attempt-2026"],
        text="""BAIKAL REPORT — English edition
Irkutsk | Region | Siberia | Business

Four North Korean builders detained at Krasnoyarsk station

11.02.2026

Transport police in Krasnoyarsk detained four North Korean construction workers at the city's railway station on Monday as they tried to board a train to Moscow, the police press service said.

The men had left a housing site in Irkutsk where they had worked since 2024 and intended to seek help at a foreign embassy in Moscow, the press service said. One of them, identified as Jon Kwang-ho, 38, had no passport.

The four face deportation for breaching the terms of their stay.

The North Korean consulate did not respond to a request for comment.

Share | VK | Telegram
""",
    ),
    dict(
        id="h4e23",
        url="https://seoulfrontier.example/news/2026/03/02/irkutsk-workers-returned",
        pub_date="2026-03-02",
        events=["G4-irkutsk-attempt-2026", "G4-irkutsk-repatriation-2026", "G4-russia-wage-control-2026"],
        text="""Seoul Frontier
North Korea · Human rights · Labour · Opinion

Workers caught fleeing Irkutsk site flown back to Pyongyang

Monday, 2 March 2026

Four North Korean construction workers who ran away from a site in Irkutsk and were caught at Krasnoyarsk railway station on 9 February were flown back to Pyongyang under guard on 24 February, a source with knowledge of the case said.

Russian police handed the men, among them crew member Jon Kwang-ho, to the North's consulate, which put them on a flight from Vladivostok, the source said.

Late last month, foremen of North Korean construction crews across Russia were instructed to withhold workers' wages until the end of a contract and to keep the workers' identity documents in a safe, the source added, so that no one else would be tempted to run.

Share · Print
Related: The men who build Siberia's suburbs
""",
    ),
    dict(
        id="h4e24",
        url="https://saigonstreet.example/city/2026/03/03/north-korean-restaurant-waitresses-missing",
        pub_date="2026-03-03",
        events=["G4-hcmc-waitresses-2026"],
        text="""Saigon Street Journal
City · Food · Business · Expat life

Three waitresses vanish from North Korean restaurant in District 1

March 3, 2026

Three waitresses at a North Korean restaurant in Ho Chi Minh City's District 1 have not been seen since their shift ended on the night of 20 February, the restaurant's manager said.

The women, all in their 20s, sang for guests in the evenings. Their whereabouts are unknown, the manager told the Journal, and he has reported them missing to the police.

The restaurant has been shut since the weekend.

Regular customers said the women had been at work as usual during the Tet holiday.

Share | Save
You may also like: Ten noodle shops worth the queue
""",
    ),
    dict(
        id="h4e25",
        url="https://saigonstreet.example/city/2026/04/10/waitresses-still-missing",
        pub_date="2026-04-10",
        events=["G4-hcmc-waitresses-2026", "G4-vietnam-restaurant-control-2026"],
        text="""Saigon Street Journal
City · Food · Business · Expat life

Seven weeks on, no word of missing North Korean waitresses

April 10, 2026

Nothing has been heard of the three waitresses who went missing from a North Korean restaurant in Ho Chi Minh City in February, and their whereabouts remain unknown.

Since early March, staff at the North's restaurants in Vietnam have been ordered to sleep in the restaurant, to hand in their phones every night and not to talk with customers beyond taking orders, according to activists who follow the restaurants.

Activists say the women may be hiding in Cambodia. If they reach a third country, they would be entitled to ask for protection at a South Korean embassy.

Share | Save
""",
    ),
    dict(
        id="h4e26",
        url="https://mekongwire.example/vietnam/2026/03/19/six-north-koreans-lang-son",
        pub_date="2026-03-19",
        events=["G4-langson-attempt-2026"],
        text="""MEKONG WIRE
Vietnam | Laos | Cambodia | Thailand | Region

Six North Koreans, including girl of 12, held near Chinese border

19/03/2026

Vietnamese border guards detained six North Koreans, among them a 12-year-old girl, in Lang Son province on 14 March, a rescue group that had been helping them said.

The five adults and the girl had crossed from China on foot and were trying to reach Laos on their way to Thailand, the group said. A Bangkok-based activist said they had spent three months in hiding in Guangxi.

They face being handed to China and eventually sent back to the North.

South Korea's foreign ministry said it was aware of the reports and was monitoring the situation.

Share: Facebook | LINE | Email
""",
    ),
    dict(
        id="h4e27",
        url="https://pearlriverpost.example/greater-bay/2026/01/15/north-korean-trader-gongbei",
        pub_date="2026-01-15",
        events=["G4-gongbei-attempt-2025", "G4-gongbei-repatriation-2025"],
        text="""Pearl River Post
Greater Bay · China · Business · Opinion

North Korean trader stopped at Macau border, flown home

15 January 2026

A North Korean trade official based in Guangzhou was stopped at the Gongbei checkpoint in Zhuhai on 18 November as he tried to cross into Macau on a borrowed travel document, two people familiar with the case said.

Sin Yong-chan, 51, the representative of a Pyongyang trading company in Guangzhou, had hoped to reach a foreign consulate in Macau, one of them said.

Chinese police handed him over to the North Korean consulate, and about a week later he was put on a flight to Pyongyang escorted by two consulate officials.

The consulate could not be reached for comment.

Share | WeChat | Email
""",
    ),
    dict(
        id="h4e28",
        url="https://northwindow.example/en/border/2025/12/05/onsong-shooting",
        pub_date="2025-12-05",
        events=["G4-onsong-shooting-2025", "G4-onsong-attempt-2025", "G4-nhamgyong-river-order-2025"],
        text="""NORTH WINDOW | Border

Two women shot dead at river near Onsong; residents told guards will fire without warning

Dec 5, 2025 — A source in North Hamgyong province

Border guards shot dead two women who were wading across the river near Onsong on the night of 28 November, apparently trying to reach China, a source in North Hamgyong province told North Window. One was in her 30s and the other in her 40s.

In the first days of December, residents of the province's border counties were told at neighbourhood meetings that anyone seen near the riverbank after dark would be shot without warning, and that the families of anyone who escapes would be expelled to the countryside, the source said.

"People are afraid even to fetch water," the source said.

Share: X | Telegram | Email
More from Border
""",
    ),
    dict(
        id="h4e29",
        url="https://northwindow.example/en/economy/2026/06/08/tonghua-workers-home",
        pub_date="2026-06-08",
        events=["G4-tonghua-recall-2026"],
        text="""NORTH WINDOW | Economy

Pyongyang orders 250 garment workers home from Tonghua

Jun 8, 2026 — A source in Jilin province

North Korea ordered about 250 women working at two garment factories in Tonghua home, and they were put on buses to the border on 3 June, a source in Jilin province told North Window.

The factories were told the workers would be replaced by a new group later this year, the source said.

North Korea is believed to still have tens of thousands of workers in China despite UN sanctions.

Share: X | Telegram | Email
""",
    ),
    dict(
        id="h4e30",
        url="https://spreechronicle.example/berlin/2025/11/20/nordkorea-ingenieur-botschaft",
        pub_date="2025-11-20",
        events=["G4-berlin-so-2025"],
        text="""SPREE CHRONICLE | English
Berlin · Germany · Europe · Culture

North Korean embassy engineer said to be under German protection

20 November 2025

An engineer in the commercial section of the North Korean embassy in Berlin walked out of the embassy in September and has since been given protection by the German authorities, people familiar with the case said.

So Chol‑ung, 41, worked on the embassy's trade contacts with small machinery firms. Mr So had been in Berlin since 2021.

The federal interior ministry declined to confirm the case, saying it does not comment on individual protection requests.

Share | Email | Print
Related: Embassy hostel row ends in court
""",
    ),
    dict(
        id="h4e31",
        url="https://plainprimer.example/korea/how-north-koreans-reach-the-south",
        pub_date=None,
        events=[],
        text="""Plain Primer
Topics / Korea / How North Koreans reach the South

How do North Koreans reach the South?

Most escapes begin with a crossing of the Tumen or Yalu river into China. Crossing the river at night is the most dangerous part of any escape, and guards have orders to stop anyone who tries.

From China, escapees usually travel thousands of kilometres south to Laos, Vietnam or Thailand, where they can ask to be sent on to South Korea. Anyone caught in China is normally sent back, and returnees are often sent to labour camps.

A smaller number cross the demarcation line or the sea border directly. Diplomats and workers abroad sometimes walk into a foreign embassy or police station and ask for protection.

Glossary
Defector: a person who has left North Korea and settled elsewhere.
Repatriation: the forced return of a person to their country.
NLL: the Northern Limit Line, the maritime border in the West Sea.

Was this helpful? Yes | No
""",
    ),
    dict(
        id="h4e32",
        url="https://www.daybreak.example/en/article/20260715000302",
        pub_date="2026-07-15",
        events=[],
        text="""KOREA DAYBREAK
Politics | North Korea | Defense | Business | Culture

Number of North Koreans arriving in South falls in first half

July 15, 2026 10:00 KST

The number of North Koreans reaching South Korea fell to 84 in the first half of the year, down from 103 a year earlier, the unification ministry said Wednesday.

Women made up about 70 percent of arrivals. One in five of those who arrived in the period had left the North more than ten years ago and lived in China before coming to the South, the ministry said.

About 34,500 North Koreans have arrived in the South since 1953.

The number of former diplomats and trade officials among them rose to 11 in the first half, the highest for any half-year on record.

Copyright Korea Daybreak. All rights reserved.
""",
    ),
    dict(
        id="h4e33",
        url="https://defensedesk.example/asia/2026/06/19/week-in-review",
        pub_date="2026-06-19",
        events=[],
        text="""DEFENSE DESK
Asia-Pacific | Weekly review | 19 June 2026

The week in review

North Korea fired two short-range ballistic missiles into the East Sea on Tuesday, the Joint Chiefs of Staff said.

The South Korean navy fired warning shots at three Chinese fishing vessels that crossed the Northern Limit Line on Wednesday; the boats turned back.

A Russian conscript who deserted from a unit near the Mongolian border was granted asylum in Kazakhstan, his lawyer said.

Pyongyang's state media said the country would "punish without mercy" anyone who damages its border installations.

Subscribe to the weekly review
""",
    ),
]
