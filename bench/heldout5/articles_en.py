"""English pages of the heldout5 benchmark. Everything here is invented: people, outlets
(on .example domains) and events. Real agencies are cited the way real pages cite them.

Each page: id, url, pub_date (ISO day, or None where the page shows no date), events (gold
event ids from events_gold.py that the page reports), text (the page as scraped).
"""

PAGES = [
    dict(
        id="h5e01",
        url="https://minskcourier.example/en/society/2025/11/20/korean-trade-envoy-absent",
        pub_date="2025-11-20",
        events=["G5-minsk-ryu-2025"],
        text="""MINSK COURIER  |  English edition
News  Economy  Society  Region  Sport  Photo
Беларуская | Русская | English

Society

Staff at North Korean trade office say colleague "on leave" as family's flat stands empty

20 November 2025, 17:32
Text: Alena Kaspiarovich

The deputy head of North Korea's trade mission in Minsk and his family have not been seen at their flat on Surganova Street for almost two weeks, neighbours and a Belarusian business partner of the mission told the Minsk Courier.

The official, Ryu Song-chol, 47, handled the mission's contracts for potash and tractor parts. A woman who lives on the same landing said she last saw him, his wife and their daughter carrying two suitcases to a taxi on the morning of Saturday, November 8. "The girl waved to me. She said they were going on a trip," she said.

Two staff members who came to the building last week told the concierge that Mr Ryu was "on leave", according to the concierge.

A Belarusian company that has bought machinery through the mission said a meeting with Mr Ryu planned for 12 November was cancelled without explanation. The Belarusian foreign ministry did not answer written questions. Nobody picked up the phone at the trade mission.

Read also:
  • Potash exports to Asia up 9% in the third quarter
  • Tram line to Kamennaya Gorka opens in December

Share  VK  Telegram  Facebook  X
© Minsk Courier, 2025. Reproduction with a hyperlink only.
""",
    ),
    dict(
        id="h5e02",
        url="https://www.dongbangwire.example/en/article/20260115000812",
        pub_date="2026-01-15",
        events=["G5-minsk-ryu-2025"],
        text="""DONGBANG WIRE (English Service)
Top News | North Korea | Politics | Business | Science | Sports

(LEAD) N. Korean trade official who left Belarus is in Seoul: ministry

Jan. 15, 2026 15:07 KST

SEOUL, Jan. 15 (Dongbang) -- A senior North Korean trade official who left his post in Belarus in November, along with his wife and daughter, is in South Korea, the unification ministry confirmed Thursday.

"Ryu Song Chol, the deputy representative of the North Korean trade mission in Minsk, and his family entered the country early this month and are being protected by the government," ministry deputy spokesperson Hong Da-eun told reporters.

She did not say how the family traveled. A government source said Ryu, 47, had handled trade in fertiliser and farm machinery and cited "the future of his child" as his reason for leaving.

It is the first known case of a North Korean official posted in Belarus arriving in the South, the ministry said.

(END)

Keywords
#North Korea #defector #Belarus
Most Viewed
1. Cold wave to continue through weekend
2. BOK holds rate for third time
""",
    ),
    dict(
        id="h5e03",
        url="https://eastboundreview.example/long-reads/the-coach-to-warsaw",
        pub_date="2026-02-10",
        events=["G5-minsk-ryu-2025", "G5-minsk-kang-recall-2025", "G5-belarus-staff-control-2026",
                "G5-hwang-2017"],
        text="""EASTBOUND REVIEW
Long reads   Dispatches   Podcast   Books   Subscribe   Sign in

The coach to Warsaw

How a North Korean trade man, his wife and a twelve-year-old left Minsk with two suitcases, and what his employers did next

By Tomasz Wierzbicki
10 February 2026

On a grey Saturday in early November, Ryu Song-chol locked the door of his flat, handed the keys to nobody and got into a taxi with his wife and daughter. By evening the three were on a coach heading west. They crossed into Poland at Terespol with the ordinary passports that the mission kept for staff on business trips, and a few days later they walked into a South Korean consulate and asked to be taken to Seoul.

Ryu had worked in Minsk since 2019. He liked the city, friends say. He also liked the internet cafe two floors below the mission, where he read South Korean news on a shared computer and cleared the history before he left.

"He knew what the consequences would be for his brother in Pyongyang," said Hwang Min-seok, a former North Korean trade official who fled from his post in Shenyang in 2017 and now works for a research institute in Seoul. "Nobody takes that decision lightly."

The mission reacted fast. Its head, Kang Chol-min, was called back to Pyongyang in December and has not returned, according to two people who deal with the office. Since January, staff who remain have had to leave their passports in a safe kept by the mission's security official, and they may only go out in pairs.

Could it happen again? Perhaps. A second departure would be a disaster for a small mission that Pyongyang sees as a doorway to Russian and Belarusian markets, one trader said.

Topics: Belarus, North Korea, migration
Share on Facebook · X · LinkedIn · Copy link
You may also like
— The last tailor of Grodno
— Rail freight's long winter
""",
    ),
    dict(
        id="h5e04",
        url="https://nkwatchweekly.example/2026/01/23/week-in-review",
        pub_date="2026-01-23",
        events=["G5-minsk-ryu-2025", "G5-donggang-workers-attempt-2026", "G5-hoeryong-attempt-2026"],
        text="""NK WATCH WEEKLY
Menu | Briefings | Data | About | Donate

Briefings | Week in review | 23 January 2026

Our week: Minsk official confirmed in Seoul, garment workers caught in Yunnan, arrests in Hoeryong

1. MINSK. Seoul's unification ministry confirmed on 15 January that Yu Song-chol, the No. 2 at the North's trade office in Belarus, had arrived with his wife and daughter. He left Minsk on 8 November.

2. YUNNAN. Four women who had worked at a garment factory in Donggang, Liaoning province, were detained by Chinese police in Mengla county near the Laos border on Monday, a source in Dandong told us. They had slipped out of their dormitory on 11 January. They face being handed back to the North.

3. HOERYONG. Police in Hoeryong, North Hamgyong, arrested three residents this month as they tried to cross the frozen Tumen River, two sources in the city said. One source said they had paid a broker.

4. NUMBERS. The ministry said 198 North Koreans reached the South in 2025, compared with 221 the previous year.

Subscribe to NK Watch Weekly: every Friday in your inbox.
""",
    ),
    dict(
        id="h5e05",
        url="https://diplomatic-letter.example/issues/2026-01-28/belarus",
        pub_date="2026-01-28",
        events=["G5-minsk-kang-recall-2025", "G5-belarus-staff-control-2026", "G5-minsk-ryu-2025"],
        text="""The Diplomatic Letter  —  subscriber edition
Issue 412 · Wed 28 Jan 2026

EASTERN EUROPE

Pyongyang tightens the leash in Minsk after trade deputy's flight

North Korea's representative in Belarus, Kang Chol-min, was ordered back to Pyongyang in the first half of December and a replacement has yet to be named, sources in Minsk's small diplomatic community say. Kang had headed the trade mission since 2021.

The recall followed the departure in November of his deputy, Ryu Song-chol, who has since surfaced in Seoul.

Staff remaining at the mission have been under new rules since early January, the sources say: passports are held in the mission safe, nobody may leave the building alone, and telephone calls home are made only from the mission's own line. Similar rules were imposed on North Korean missions across Europe after earlier defections, a European diplomat noted.

Belarus' foreign ministry declined to comment on "the internal affairs of a friendly state's mission".

→ Forward this issue  |  Manage subscription
""",
    ),
    dict(
        id="h5e06",
        url="https://northlight-report.example/inside-nk/2026/03/05/relatives-banished",
        pub_date="2026-03-05",
        events=["G5-minsk-relatives-2026", "G5-minsk-ryu-2025"],
        text="""NORTHLIGHT REPORT
Inside North Korea  |  Markets  |  Analysis  |  About us

Brother of Minsk defector sent to farm with his family, source says

Posted Mar 5 2026
By Northlight staff

The elder brother of Ryu Song-chol, the trade official who fled Belarus in November, has been moved out of Pyongyang along with his wife and their two boys, a source in the capital told Northlight Report.

The family was taken from its apartment in Pyongyang's Moranbong district in the middle of February and resettled on a cooperative farm in North Hwanghae province, the source said. He had been employed by a foreign trade bureau; he was dismissed and expelled from the party, the source added.

"Everyone in the building saw the truck," the source said.

The relatives of officials who flee abroad are routinely stripped of their positions, and the brother's sons can expect to be barred from university. Northlight could not independently verify the account.

Share: f  X  in  ✉
Related: Prices of rice steady in Sinuiju | Tractor shortages before spring planting
""",
    ),
    dict(
        id="h5e07",
        url="https://maputotribune.example/politics/2026/04/10/north-korea-shuts-embassy",
        pub_date="2026-04-10",
        events=["G5-maputo-closure-2026", "G5-dhaka-closure-2025", "G5-kinshasa-closure-2025"],
        text="""MAPUTO TRIBUNE
Politics | Economy | Provinces | Sport | Opinion | Português

North Korea shuts its embassy in Maputo

Friday, 10 April 2026
Ana Muchanga

North Korea closed its embassy in Maputo on Tuesday, the Ministry of Foreign Affairs and Cooperation said on Thursday, ending a presence in the Mozambican capital that dates back to the first years of independence.

The ministry said in a statement that the North Korean chargé d'affaires had informed it "of the decision of his government to close the mission" and handed over the keys of the chancery on 7 April. The North's embassy in Pretoria will take over consular matters for Mozambique, the statement said.

It comes on the heels of the North's exit from Bangladesh in September and from the Democratic Republic of Congo in December, as Pyongyang cuts the cost of a network that sanctions have made hard to fund.

The embassy had been reduced to three diplomats in recent years. Mozambique and North Korea established relations in 1975.

Comments (4) | Share | Print
More in Politics
› Assembly debates fuel levy
› Governor of Niassa names new cabinet
""",
    ),
    dict(
        id="h5e08",
        url="https://www.dongbangwire.example/en/article/20260410000301",
        pub_date="2026-04-10",
        events=["G5-maputo-closure-2026"],
        text="""DONGBANG WIRE (English Service)
Top News | North Korea | Politics | Business | Science | Sports

N. Korea closes embassy in Mozambique

Apr. 10, 2026 09:12 KST

SEOUL, April 10 (Dongbang) -- North Korea has closed its embassy in Mozambique, the Mozambican government said, the latest in a run of shut missions.

Pyongyang's embassy in Maputo, open since 1978, handed its premises back on Tuesday, Mozambique's foreign ministry said in a statement released Thursday. Consular work will be handled from the North Korean embassy in South Africa.

A spokesman for Seoul's foreign ministry would only say that the government was "following the matter".

The North now has about 45 diplomatic missions abroad, according to a unification ministry estimate.

(END)
""",
    ),
    dict(
        id="h5e09",
        url="https://peninsulaledger.example/analysis/shrinking-embassies-2026",
        pub_date="2026-04-20",
        events=["G5-maputo-closure-2026", "G5-dhaka-closure-2025", "G5-kinshasa-closure-2025"],
        text="""Peninsula Ledger
Analysis ▾  North Korea  Security  Economy  Newsletters

Why Pyongyang keeps pulling down its flags abroad

20 April 2026 | 6 min read
By Claire Ohanian, Senior Fellow, Eastgate Institute

The handover of the North Korean embassy in Maputo on 7 April adds to a roster that already included the missions in Dhaka, vacated on 18 September last year, and Kinshasa, shut on 10 December.

These are not ideological choices. Each mission is expected to pay for itself, and in places where the old trades in ivory, medicines or construction labour have dried up, staying open is a loss.

A handful of its trade bureaus in Southeast Asia have quietly gone dark over the past two years as well, diplomats in the region say.

More closures are likely this year, and missions in Africa are the most exposed. Should the North leave Ethiopia too, it would have almost no presence left in East Africa.

The views expressed are the author's own.

Share ⟶  X | LinkedIn | Email
Related reading: The sanctions ledger, 2017-2026 · How the North staffs a mission
""",
    ),
    dict(
        id="h5e10",
        url="https://koreamorningpost.example/national/defense/2026/06/02/soldier-crosses-mdl-east",
        pub_date="2026-06-02",
        events=["G5-east-soldier-2026", "G5-east-soldier-2025"],
        text="""The Korea Morning Post
NATIONAL | DEFENSE | NORTH KOREA | BUSINESS | LIFE | OPINION
Login  Subscribe

North Korean soldier crosses eastern border, taken into custody

Posted : 2026-06-02 14:48  Updated : 2026-06-02 18:10
By Lim Jae-won

South Korean troops took a North Korean soldier into custody early Tuesday after he walked across the eastern section of the inter-Korean border, the Joint Chiefs of Staff (JCS) said.

A thermal camera picked him up at around 4:30 a.m. as he moved south through thick fog in Inje County, Gangwon Province, according to the JCS, which described him as a private first class thought to be in his early 20s. Troops guided him to a guard post without incident. He was unarmed.

"He has expressed his intention to defect," a JCS official said, adding that authorities would investigate how he passed through the North's mine fields and wire fences.

It is the first crossing by a North Korean soldier on the eastern front since August last year, when a junior sergeant walked across near Goseong.

No unusual activity was seen on the northern side afterwards, the military said.

Reporter email: jwlim@koreamorningpost.example
Most Read
  1. Heatwave advisory issued for Daegu
  2. Rate cut bets rise after soft inflation data
""",
    ),
    dict(
        id="h5e11",
        url="https://peninsulaledger.example/news/2026/06/03/jcs-soldier-details",
        pub_date="2026-06-03",
        events=["G5-east-soldier-2026"],
        text="""Peninsula Ledger
News  Analysis  North Korea  Security  Economy  Newsletters

Soldier who crossed in Inje spent hours in minefield, JCS says

Wed, Jun 3, 2026

The North Korean private who came across the eastern front the previous morning had spent close to five hours inching through a minefield on the northern side before he reached the demarcation line, officials at the Joint Chiefs of Staff told reporters on Wednesday.

The soldier told investigators he had decided to leave after being beaten by his squad leader, according to a military source. He is being questioned by the military and the National Intelligence Service.

The South Korean army has relieved a battalion commander whose troops took over forty minutes to reach the soldier after he was first spotted, the source added.

If North Korea's front-line units keep losing men this way, analysts said, the North may have to thicken its mine belts further.

Tags: DMZ, JCS, Gangwon
""",
    ),
    dict(
        id="h5e12",
        url="https://koreamorningpost.example/national/defense/2026/06/10/man-swims-to-gyodong",
        pub_date="2026-06-10",
        events=["G5-han-swimmer-2026", "G5-east-soldier-2026"],
        text="""The Korea Morning Post
NATIONAL | DEFENSE | NORTH KOREA | BUSINESS | LIFE | OPINION

North Korean man swims across Han estuary to Gyodong Island

Posted : 2026-06-10 09:05
By Lim Jae-won

A North Korean civilian swam across the estuary of the Han River and reached Gyodong Island off the west coast early Tuesday, the JCS said Wednesday.

The man, in his 30s, was found by marines on a mudflat on the island's northern shore at about 2 a.m. on June 9, wrapped in a plastic sheet and holding on to a piece of polystyrene, the JCS said. He told the marines he had set out from a village in Kaephung county and wanted to live in the South.

It was the second crossing from the North in a week, after a soldier walked across the eastern front in Inje on June 2.

Gyodong lies less than 3 kilometres from the North Korean coast at its closest point.

Reporter email: jwlim@koreamorningpost.example
Related
  ▸ Soldier who crossed in Inje was beaten by squad leader: source
  ▸ Marine units on western islands get new night-vision gear
""",
    ),
    dict(
        id="h5e13",
        url="https://frontierradio.example/transcripts/evening-bulletin-swimmer",
        pub_date=None,
        events=["G5-han-swimmer-2026"],
        text="""FRONTIER RADIO
Programmes > Evening Bulletin > Transcripts

EVENING BULLETIN — TRANSCRIPT

PRESENTER: Now to the
west coast, where South Korean marines
picked up a North Korean man
who had swum across the mouth
of the Han River
early on June 9. Our correspondent
Ahn Ji-hoon has been
following the story.
CORRESPONDENT: He came
ashore on Gyodong Island in the
dark, holding a block of polystyrene,
and he told the marines straight
away that he wanted to stay in the South.
Officials say he
is a farm worker from Kaephung
and that he is
in good health.
PRESENTER: Thank you.

This transcript may not be in its final form.
""",
    ),
    dict(
        id="h5e14",
        url="https://borderpulse.example/en/military/2025/08/19/junior-sergeant-goseong",
        pub_date="2025-08-19",
        events=["G5-east-soldier-2025"],
        text="""BORDER PULSE
Military | Diplomacy | Human rights | Data | 한국어

N. Korean junior sergeant walks across eastern DMZ

2025-08-19 16:22
Reporter Byun Soo-min

A North Korean junior sergeant walked over the demarcation line in the eastern sector on Tuesday morning and is in South Korean hands, according to the Joint Chiefs of Staff.

The soldier, in his 20s, was detected near Goseong, Gangwon Province, at around 7 a.m. and was escorted to safety, the JCS said. He was in uniform and carrying no weapon.

Authorities are questioning him on the route and his motive. The North did not react militarily, the JCS said.

About 70 North Korean soldiers have defected across the DMZ since the 1953 armistice, according to a government tally.

Border Pulse ⓒ All rights reserved
""",
    ),
    dict(
        id="h5e15",
        url="https://northlight-report.example/inside-nk/2026/06/25/guard-company-replaced",
        pub_date="2026-06-25",
        events=["G5-east-guard-punished-2026", "G5-east-soldier-2026"],
        text="""NORTHLIGHT REPORT
Inside North Korea  |  Markets  |  Analysis  |  About us

After Inje crossing, whole guard company moved off the front

Jun 25, 2026 — A source in Kangwon province says

The North Korean army pulled the entire company that guarded the sector where a private crossed to the South on June 2 out of the front line in the middle of this month, a source in Kangwon province told Northlight Report.

The company's soldiers were redistributed to construction units in the rear, and its commander and political instructor were sent to work at a quarry, the source said. "They were told the whole company had failed the party," the source said.

The private, from a rifle company stationed north of Inje, slipped past two guard posts at night.

Northlight could not verify the report independently.

Share: f  X  in  ✉
""",
    ),
    dict(
        id="h5e16",
        url="https://eastcoastdaily.example/en/news/2025/10/24/wooden-boat-four-north-koreans",
        pub_date="2025-10-24",
        events=["G5-eastsea-boat-2025", "G5-eastsea-boat-2024"],
        text="""EAST COAST DAILY — English
Gangwon | Fisheries | Tourism | National

Wooden boat with four North Koreans found off Yangyang; all four wish to stay

24/10/2025
By Kwon Hye-jin

A small wooden boat carrying four North Koreans was spotted about 10 km off the coast of Yangyang on Thursday morning, and the four were taken ashore by the coast guard after telling officers they wanted to remain in the South, the unification ministry said.

A navy patrol vessel confirmed the sighting and counted four people on deck after a fishing crew reported an unlit vessel drifting south at dawn, according to the coast guard.

The four — a man in his 50s, his wife and their two adult sons — said they had left from a port in Kosong county, North Korea, two days earlier, the ministry said. "All four have expressed their wish to settle in the South," ministry spokesperson Min Jae-kyung said.

It is the first arrival of North Koreans by sea on the east coast since September last year, when two men came ashore in a rubber dinghy near Samcheok.

Fishermen in Yangyang said the boat's engine had been running on a mixture of diesel and cooking oil.

Share  |  Print  |  Comments (12)
""",
    ),
    dict(
        id="h5e17",
        url="https://www.dongbangwire.example/en/article/20251105000455",
        pub_date="2025-11-05",
        events=["G5-eastsea-boat-2025"],
        text="""DONGBANG WIRE (English Service)
Top News | North Korea | Politics | Business | Science | Sports

S. Korea sends two drifting N. Korean fishermen home at their request

Nov. 05, 2025 17:40 KST

SEOUL, Nov. 5 (Dongbang) -- South Korea on Wednesday handed two North Korean fishermen back to the North across the eastern sea border, weeks after their engine failed and they drifted into southern waters, the unification ministry said.

The two men were rescued on Oct. 17 and said repeatedly that they wanted to go home, the ministry said. They were put on their own repaired boat at the maritime border in the morning and sailed north.

Their case is separate from the four North Koreans who arrived on a wooden boat off Yangyang on Oct. 23 and chose to stay in the South.

The North did not respond to messages sent through the UN Command, the ministry said.

(END)
""",
    ),
    dict(
        id="h5e18",
        url="https://asiarightsmonitor.example/news/2025-09-24-train-arrest-heilongjiang",
        pub_date="2025-09-24",
        events=["G5-mudanjiang-train-arrest-2025"],
        text="""ASIA RIGHTS MONITOR
About | Reports | News | Take action | Donate

Five North Korean women detained on train in Heilongjiang

24 September 2025

Chinese railway police detained five North Korean women on an overnight train near Mudanjiang in Heilongjiang province on 14 September, according to a relative of one of the women and a broker in Yanbian who had arranged part of their journey.

The women, aged between 24 and 51, had crossed the Tumen River in August and were travelling south with forged identity cards when officers checked papers in their carriage, the broker said. They are believed to be held at a detention centre in Mudanjiang.

The women face being sent back to North Korea, where people caught after fleeing are routinely sent to prison camps, the Seoul-based group said.

"We call on the Chinese government not to return them," said the group's director, Lee Eun-seo.

Sign our petition · Share this page
""",
    ),
    dict(
        id="h5e19",
        url="https://koreamorningpost.example/northkorea/2025/11/14/five-women-returned",
        pub_date="2025-11-14",
        events=["G5-mudanjiang-return-2025", "G5-mudanjiang-train-arrest-2025"],
        text="""The Korea Morning Post
NATIONAL | DEFENSE | NORTH KOREA | BUSINESS | LIFE | OPINION

China returns five North Korean women caught on train, activists say

Posted : 2025-11-14 11:30
By Seo Yun-ah

Five North Korean women who were arrested on a train in northeastern China in September were handed over to North Korean border guards on Nov. 6, activists said Friday.

Chinese police drove the women from a detention centre in Tumen to the bridge over the Tumen River and handed them to North Korean officers that morning, according to a Seoul-based activist who spoke with a relative of one of them.

The women had been detained near Mudanjiang on Sept. 14 during a document check. Seoul's foreign ministry said the case had been raised with Beijing "through various channels" but gave no details.

China's foreign ministry says North Koreans who cross illegally are economic migrants, not refugees.

Related
  ▸ Rights groups urge Beijing to halt returns
""",
    ),
    dict(
        id="h5e20",
        url="https://borderpulse.example/en/human-rights/2026/03/18/three-arrested-qingdao",
        pub_date="2026-03-18",
        events=["G5-qingdao-arrest-2026", "G5-mudanjiang-return-2025"],
        text="""BORDER PULSE
Military | Diplomacy | Human rights | Data | 한국어

Three North Koreans arrested at Qingdao guesthouse

2026/03/18 10:03
Reporter Byun Soo-min

Chinese police arrested three North Koreans at a guesthouse in Qingdao, Shandong province, last Thursday as they waited for a boat that was to take them to South Korea, a missionary who had been helping them said.

The three — a woman in her 40s, her teenage son and a man in his 60s — had been in hiding in Shandong since the autumn, the missionary said. Police raided the guesthouse on the evening of March 12.

They are likely to be sent back to the North in the coming weeks, activists said.

In November, five North Korean women who had been caught on a train in Heilongjiang were handed back to the North at Tumen.

Border Pulse ⓒ All rights reserved
""",
    ),
    dict(
        id="h5e21",
        url="https://northlight-report.example/news/2026/02/17/changbai-mass-return",
        pub_date="2026-02-17",
        events=["G5-changbai-mass-return-2026"],
        text="""NORTHLIGHT REPORT
Inside North Korea  |  Markets  |  Analysis  |  About us

China sends more than 150 North Koreans back through Changbai in one night

Tue 17 Feb 2026
By Northlight staff

Chinese authorities sent more than 150 North Koreans back across the Yalu River at the Changbai border crossing on the night of 14 February, two sources on either side of the border told Northlight Report.

The detainees, most of them women, were brought in buses from detention centres in Jilin and Liaoning provinces and handed over to North Korean state security officers at around 11 p.m., one of the sources said. They were taken to holding facilities in Hyesan.

At least 2,000 North Koreans have been returned from China since the border reopened in 2023, according to estimates by Seoul-based groups. Annual arrivals of North Koreans in the South are down by more than two-thirds compared with 2019.

Share: f  X  in  ✉
Related: Spring smuggling season opens late | Exchange rate hits new high
""",
    ),
    dict(
        id="h5e22",
        url="https://globalwire.example/world/asia-pacific/china-north-korea-return-un-20260220",
        pub_date="2026-02-20",
        events=["G5-changbai-mass-return-2026"],
        text="""GLOBALWIRE
World › Asia Pacific

UN expert "alarmed" by China's return of about 150 North Koreans

February 20, 2026 7:58 AM GMT+1 · Updated 3 hours ago

GENEVA/SEOUL, Feb 20 (GlobalWire) - The U.N. special rapporteur on North Korean human rights said on Thursday she was alarmed by reports that China had forcibly returned about 150 North Koreans in a single night last weekend.

The returns, through the border town of Changbai on Feb. 14, were reported by activists and North Korea-focused media. The rapporteur, speaking in Geneva, urged Beijing not to send people back to a country where they risk torture.

South Korea's foreign ministry said it had "expressed concern" to China. China's foreign ministry said it handled "illegal entrants" according to law.

(Reporting by Martina Rossi in Geneva and Park Ji-soo in Seoul; Editing by Hugh Lambert)
Our Standards: The GlobalWire Trust Principles.
""",
    ),
    dict(
        id="h5e23",
        url="https://asiarightsmonitor.example/news/2026-02-04-donggang-garment-workers",
        pub_date="2026-02-04",
        events=["G5-donggang-workers-attempt-2026", "G5-donggang-dorm-control-2026"],
        text="""ASIA RIGHTS MONITOR
About | Reports | News | Take action | Donate

Garment workers who fled Donggang factory held in Yunnan

4 February 2026

Four North Korean women who worked at a garment factory in Donggang, on the Chinese side of the Yalu estuary, were caught by police in Mengla county, Yunnan, on 19 January, eight days after they left their dormitory at night, according to a person in contact with their families.

The four, all in their twenties, had been sent to China by a North Korean trading company in 2023 to sew sportswear for export. One of them, Ri Kyong-hui, 26, had told a Chinese co-worker that she wanted to reach Thailand, the person said. They were caught at a checkpoint about 30 kilometres from the border with Laos.

Since the escape, the managers of the North Korean workforce in Donggang have locked the dormitories from 8 p.m., taken the workers' mobile phones and banned any outing without a minder, the person said.

The women face being handed to North Korean officials.

Sign our petition · Share this page
""",
    ),
    dict(
        id="h5e24",
        url="https://borderpulse.example/en/human-rights/2026/03/20/donggang-women-returned",
        pub_date="2026-03-19",
        events=["G5-donggang-workers-return-2026", "G5-donggang-workers-attempt-2026"],
        text="""BORDER PULSE
Military | Diplomacy | Human rights | Data | 한국어

Four garment workers caught near Laos border returned to North

19/03/2026 (updated 20/03/2026)
Reporter Kim Na-rae

Four North Korean women who ran away from a garment factory in Donggang in January and were arrested in Yunnan have been sent back to the North, a source in Dandong said.

Chinese police took the women over the Yalu river bridge from Dandong to Sinuiju in the first week of March and handed them to North Korean security officials, the source said. One of them, Lee Kyung-hee, had been beaten during interrogation in China, according to the source.

The Chinese factory owner has since hired local workers to replace them.

Border Pulse ⓒ All rights reserved
""",
    ),
    dict(
        id="h5e25",
        url="https://gulfdailyrecord.example/uae/2025/12/22/restaurant-staff-missing",
        pub_date="2025-12-22",
        events=["G5-dubai-waitresses-2025"],
        text="""GULF DAILY RECORD
UAE | Gulf | World | Business | Lifestyle | E-paper

Dubai: singers at North Korean-run eatery not seen for over a week

Monday, December 22, 2025 — 11:47 AM
By Faisal Rahman

Three women who worked as waitresses and singers at a North Korean-run restaurant in Dubai's Deira district have not been seen since the night of December 13, two people who work nearby said.

The women, who sang for diners most evenings, did not turn up for work the next day, and the restaurant closed early for three nights afterwards, a shopkeeper on the same street said. Staff at the restaurant refused to answer questions.

Where the women are now is not known. Calls to the UAE interior ministry went unanswered.

A restaurant employee who gave her name only as Choe said the three had "gone home for a family matter".

Most Read
1. Metro extension opens to Expo City
2. Dirham deposits hit record
""",
    ),
    dict(
        id="h5e26",
        url="https://gulfdailyrecord.example/uae/2026/04/24/north-korean-workers-flown-home",
        pub_date="2026-04-24",
        events=["G5-uae-workers-recall-2026", "G5-dubai-waitresses-2025"],
        text="""GULF DAILY RECORD
UAE | Gulf | World | Business | Lifestyle | E-paper

About 120 North Korean construction workers flown home from Dubai

Friday, April 24, 2026 — 09:15 AM
By Faisal Rahman

About 120 North Korean construction workers were flown out of Dubai on Wednesday after Pyongyang ordered its labourers in the UAE to return, two people involved in the charter arrangements said.

The men, who had worked on residential projects in Sharjah and Ajman, were taken by bus to Dubai World Central airport in the early hours of April 22 and boarded a chartered flight to Pyongyang via Vladivostok, one of them said.

The order came four months after three women who served and sang at a North Korean-run eatery in Deira dropped out of sight; where they are is still not known.

The UAE has said it no longer issues visas to North Korean workers. Some 2,000 North Koreans were estimated to be working in the Gulf before sanctions tightened in 2017.

Most Read
1. Sandstorm warning for Abu Dhabi
2. School fee caps extended
""",
    ),
    dict(
        id="h5e27",
        url="https://northlight-report.example/inside-nk/2026/02/19/hoeryong-public-trial",
        pub_date="2026-02-19",
        events=["G5-hoeryong-trial-2026", "G5-hoeryong-attempt-2026"],
        text="""NORTHLIGHT REPORT
Inside North Korea  |  Markets  |  Analysis  |  About us

Hoeryong stages public trial for three caught at the Tumen

Feb 19, 2026 — Sources in North Hamgyong

Authorities in Hoeryong held a public trial on February 12 for three residents who were caught last month trying to cross the Tumen River into China, two sources in the city told Northlight Report.

About 2,000 people, including students and factory workers, were made to watch the trial in a stadium, the sources said. The man who organised the crossing, Oh Yong-nam, 38, was sentenced to 15 years in a re-education camp. The two women with him, a mother and her adult daughter, received eight and five years.

"They read out that Oh had betrayed the fatherland. Mr Oh kept his head down the whole time," one source said.

The three were arrested on the ice near the city's Yuson district in the second week of January after a patrol spotted their footprints, the source said.

Residents expect more such trials before the spring thaw. If the river opens early, guards will be on high alert, one source said.

Share: f  X  in  ✉
""",
    ),
    dict(
        id="h5e28",
        url="https://www.dailyfrontline.example/nk/2026/05/20/jagang-shoot-order",
        pub_date="2026-05-20",
        events=["G5-jagang-shoot-order-2026", "G5-manpo-shooting-2025", "G5-manpo-attempt-2025"],
        text="""DAILY FRONTLINE
North Korea | Security | Human Rights | Podcasts
Newsletter · Donate · Log in

Border troops in Jagang told to shoot at anyone near the Yalu without a pass

May 20, 2026
By Jeon Sang-hoon

North Korea's border guards in Jagang province have been ordered since early May to open fire without warning on anyone who approaches the Yalu River at night without a permit, a source in the province told Daily Frontline.

The order, read to guard units and to residents at neighbourhood meetings, says it is meant to stop "illegal border crossers and smugglers", the source said. Residents of villages along the river must also report any relative who has been absent for more than a day.

Guards have fired at crossers before. In October last year a man in his 40s was shot dead on the river bank near Manpo as he tried to wade across to China, according to a source who saw the body being taken away.

The order is a sign of how worried the authorities are about escapes, one analyst in Seoul said. "Whether it stops anyone is another question."

Tags: Jagang, border, Yalu
""",
    ),
    dict(
        id="h5e29",
        url="https://www.dailyfrontline.example/nk/2025/10/15/manpo-shooting",
        pub_date="2025-10-15",
        events=["G5-manpo-shooting-2025", "G5-manpo-attempt-2025"],
        text="""DAILY FRONTLINE
North Korea | Security | Human Rights | Podcasts

Man shot dead while crossing the Yalu near Manpo, source says

Wednesday, 15 October 2025
By Jeon Sang-hoon

A man who was trying to cross the Yalu River into China near Manpo was killed by gunfire from North Korean border guards on the night of October 6, a source in Jagang province told Daily Frontline.

The man, a 43-year-old worker at a timber mill, was hit in the back as he waded into the shallows, the source said. His body was carried through the town the following morning "as a warning", the source added.

His wife was questioned by the security service for several days, according to the source.

Two days after the killing, the province held a lecture for residents on "the crime of crossing the border".

Tags: Jagang, Manpo, border
""",
    ),
    dict(
        id="h5e30",
        url="https://mekongnews.example/en/region/2026/05/15/seven-north-koreans-tachileik",
        pub_date="2026-05-15",
        events=["G5-tachileik-arrest-2026"],
        text="""MEKONG NEWS
Region | Myanmar | Thailand | Laos | Business | Opinion

Myanmar police hold seven North Koreans in Tachileik

15-05-2026
Staff reporter

Police in Tachileik, in Myanmar's eastern Shan state, arrested seven North Koreans on Monday as they waited at a house near the Mae Sai river crossing, a Myanmar police officer said.

"Seven North Korean nationals, five adults and two teenagers, were arrested on May 11 for illegal entry. They are in police custody," the officer, Police Major Aung Kyaw Min, told Mekong News by telephone.

The group had travelled through China and Laos over several weeks and hoped to cross into Thailand, according to a Thai volunteer who works with refugees in Chiang Rai.

The seven could be deported to China, from where they would probably be sent back to North Korea, rights groups warned.

Share  Facebook  X  LINE
""",
    ),
    dict(
        id="h5e31",
        url="https://theglobeexpress.example/world/north-korean-diplomat-romania-asylum",
        pub_date="2026-02-24",
        events=["G5-bucharest-ri-2026"],
        text="""THE GLOBE EXPRESS
World  Politics  Celebrity  Money  Travel

EXCLUSIVE: Kim's man in Bucharest 'seeks asylum'

By Derek Holloway, World Affairs Reporter
Published 24 February 2026, 22:10 GMT

A North Korean diplomat has asked for asylum in Romania after walking out of his country's embassy in Bucharest earlier this month, sources claim.

Ri Chang-ho, 39, a third secretary, is said to have left the embassy on the Aleea Alexandru with a backpack in the first days of February and contacted the Romanian authorities the same week.

Two sources said he was staying at a state facility outside the capital while his request was examined.

Romania's interior ministry declined to comment on "individual cases".

Share this article
MORE FROM WORLD
· Royal tour dates announced
· Storm brings travel chaos
""",
    ),
    dict(
        id="h5e32",
        url="https://learnkorea.example/explainers/how-north-koreans-leave",
        pub_date=None,
        events=[],
        text="""LearnKorea
Explainers | Timelines | Glossary | Quiz

How do North Koreans leave their country?

Most people who leave North Korea cross the Tumen or Yalu rivers into China, then travel thousands of kilometres through Southeast Asia before reaching a South Korean embassy. Guides say the river is where most journeys go wrong.

The South has taken in roughly 34,000 North Koreans over three decades. Women make up roughly 70 percent of the total, and the number of arrivals has fallen sharply since 2020.

Defections by soldiers across the demilitarised zone are rare. Were a general ever to go over to the South, it would shake the leadership; none has done so.

Glossary
  Escapee (talbukmin): the term Seoul prefers for North Koreans who resettle abroad.
  Refoulement: the return of a refugee to a country where they face persecution.

Related explainers: What is the DMZ? · Who runs North Korea's embassies?
""",
    ),
    dict(
        id="h5e33",
        url="https://koreamorningpost.example/northkorea/2026/04/08/arrivals-first-quarter",
        pub_date="2026-04-08",
        events=[],
        text="""The Korea Morning Post
NATIONAL | DEFENSE | NORTH KOREA | BUSINESS | LIFE | OPINION

Defector arrivals dip in first quarter as border stays shut tight

Posted : 2026-04-08 16:02
By Seo Yun-ah

Forty-one North Koreans reached South Korea in the first three months of the year, down from 58 a year earlier, the unification ministry said Wednesday.

Women accounted for 34 of them, and most had left the North years ago and lived in China before making their way south, a ministry official said. The share of new arrivals who came directly from the North fell to about one in seven.

The number of elite arrivals, such as diplomats and trade officials, rose slightly, the official said, without giving figures.

Lawmaker Cho Hyun-jin, herself a former North Korean resident, said the government should expand job training for new arrivals, about one in five of whom is out of work a year after settling.

Arrivals could recover in the second half if Beijing eases checks on its southern railways, researchers at the Korea Institute for National Unification said.

Separately, North Korea fired two short-range ballistic missiles into the East Sea on Tuesday, the JCS said.

Related
  ▸ Settlement centre in Hwacheon to expand
  ▸ Defector-run restaurants find a following in Seoul
""",
    ),
]
