"""English pages of the heldout10 benchmark. Everything here is invented: people, outlets
(on .example domains) and events. Real agencies are cited the way real pages cite them.

Each page: id, url, pub_date (ISO day, or None where the page shows no date), events (gold
event ids from events_gold.py that the page reports), text (the page as scraped).
"""

PAGES = [
    dict(
        id="h10e01",
        url="https://www.romecourier.example/city/monteverde-north-korean-family-not-seen",
        pub_date="2025-11-21",
        events=["G10-rome-min-2025"],
        text="""THE ROME COURIER
City | Italy | World | Food | Expat Life | Classifieds
Subscribe  |  Log in

CITY

Monteverde neighbours puzzled as North Korean envoy's family goes quiet

Friday 21 November 2025 - 09:40
by Giulia Marchetti

The shutters on the fourth floor of a yellow apartment block on Via Giacinto Carini have stayed down all week, and the neighbours have noticed.

A senior official from North Korea's embassy, his wife and their teenage daughter, who had rented the flat for almost three years, have not been seen since Sunday afternoon, four residents told the Courier. One of them, a retired teacher who lives across the landing, said she watched the family carry two rolling suitcases down to a grey car at about 3 pm. "The girl waved to my granddaughter. I thought they were going to the seaside."

Residents named the man as Min Kyong-chol. A card on the letterbox, since removed, read "MIN". He was, they said, one of the more senior people at the embassy, which stands in the EUR district on the other side of the city.

On Wednesday two men in dark coats came with a locksmith, according to the building's caretaker, and left with a computer tower and a carton of papers.

The embassy did not pick up the telephone on Thursday. Italy's foreign ministry said it had "no information to give on the staff of foreign missions". A police source said no missing-person report had been filed.

Photo caption: The building on Via Giacinto Carini where the family lived. (Courier)

READ NEXT
> Trastevere bars face new noise rules
> Tram 8 works extended to March

Share: Facebook | X | WhatsApp | Email
Comments (14)
(c) 2025 The Rome Courier srl
""",
    ),
    dict(
        id="h10e02",
        url="https://www.hanriverwire.example/politics/2026/02/24/nk-envoy-rome-in-south-korea",
        pub_date="2026-02-24",
        events=["G10-rome-min-2025", "G10-paris-2019"],
        text="""HAN RIVER WIRE
Top News | Politics | North Korea | Economy | World | Photos

North Korean counsellor who left Rome post is in Seoul with family, ministry says

SEOUL, Feb. 24 (Han River Wire) -- A senior North Korean diplomat who vanished from his post in Italy in November has arrived in South Korea together with his wife and daughter, the unification ministry said on Tuesday.

Min Kyong-chol, 46, a counsellor at the North's embassy in Rome, entered the South last month with his wife and their 14-year-old daughter and is being protected by the government, ministry spokeswoman Kwak Hye-won told a regular press briefing.

"All three have said clearly that they wish to live here," Kwak said. She would not say how the family travelled or which countries they passed through.

Min left the family's flat in Rome on Nov. 16, a Sunday, according to a government official who asked not to be named. He was responsible for political affairs and relations with Italian parties, the official said.

He is the most senior North Korean diplomat in Europe known to have come to the South since 2019, when a second secretary at the North's general delegation in Paris fled with his wife, officials said.

Italy's foreign ministry declined to comment. The North Korean embassy in Rome could not be reached.

About 190 North Koreans reached the South last year, according to ministry figures, the vast majority of them women.

(Reporting by Noh Ji-hoon; Editing by Bae Su-ah)

RELATED
- Won slips as exporters hold back
- Parliament passes chip support bill
""",
    ),
    dict(
        id="h10e03",
        url="https://asialedger.example/korea/2026-02-24/north-korea-diplomat-italy-defects",
        pub_date="2026-02-24",
        events=["G10-rome-min-2025", "G10-paris-2019"],
        text="""ASIA LEDGER ONLINE
Menu   Search   Asia   Korea   China   Japan   Opinion

Text size  A  A  A

N. Korean diplomat posted in Italy defects to South with wife, daughter

Han River Wire | Feb 24, 2026 | 4:31 PM

A North Korean counsellor who disappeared from his post in Rome in November has reached South Korea with his wife and daughter, Seoul's unification ministry said Tuesday.

Min Gyeong-cheol, 46, who worked at the North's embassy in Italy, arrived last month with his wife and their 14-year-old daughter and is under government protection, spokeswoman Kwak Hye-won said.

"All three have said clearly that they wish to live here," she told reporters, declining to give the route the family took.

A government official who spoke anonymously said Min left the family's Rome apartment on Nov. 16. He handled political affairs at the embassy.

Min is the most senior North Korean diplomat in Europe known to have defected since 2019, when a second secretary in Paris fled with his wife, officials said.

Advertisement

Italy's foreign ministry declined to comment.

Share this article   Copy link
MORE ON NORTH KOREA
- Pyongyang tests new cruise missile, Seoul says
""",
    ),
    dict(
        id="h10e04",
        url="https://www.koreadeskreview.example/analysis/the-rome-file",
        pub_date="2026-03-02",
        events=["G10-rome-min-2025", "G10-rome-recall-2025", "G10-rome-compound-2025",
                "G10-paris-2019", "G10-speaker-wuhan-2015"],
        text="""KOREA DESK REVIEW
Analysis | Briefs | Data | Podcast | About

ANALYSIS

The Rome file: what one counsellor's exit tells us about Pyongyang's European missions

2 March 2026 | 11 min read
By Emma Caldwell

When Min Kyong-chol loaded two suitcases into a hired car outside his flat in Rome one Sunday last November, he set off a chain of events that is still unwinding in the embassy he left behind.

The counsellor, who surfaced in Seoul with his wife and daughter and was announced by the unification ministry last week, was no junior clerk. He handled the embassy's contacts with Italian political parties and, according to two people who know the mission, sat in on the ambassador's weekly security meetings.

Pyongyang's response was quick. In early December, two of the embassy's remaining diplomats and their families were put on a flight to Pyongyang via Beijing, according to a European official who follows the mission and a person in contact with its staff. Neither was accused of anything publicly; both had worked with Min.

The diplomats who stayed lost their rented flats. From December, all staff have been required to live inside the embassy compound in EUR, to leave it only with a colleague and to sign out at the gate, the European official said.

"The lesson Pyongyang draws is always the same: distance is the enemy," said Kang Ui-sok, who left his post at a North Korean trading company in Wuhan in 2015 and now runs a research group in Seoul. "Put them under one roof and watch the door."

Min is the first senior diplomat to leave a European post since the Paris case of 2019, when a second secretary went with his wife.

If Rome were to lose more people, the mission could shrink to a skeleton staff. Italy has said nothing about the case.

Related: The diplomats who stayed | Europe's shrinking North Korean footprint

Share  Tweet  Email  Print
""",
    ),
    dict(
        id="h10e05",
        url="https://familiesbehind.example/statements/relatives-of-rome-diplomat",
        pub_date=None,
        events=["G10-rome-family-2026", "G10-rome-min-2025"],
        text="""FAMILIES BEHIND
Who we are | Statements | Cases | Donate | Contact

STATEMENT

On the relatives of Min Kyong-chol

We have received consistent information from two sources inside North Korea about the family of Min Kyong-chol, the counsellor who left the North Korean embassy in Rome with his wife and daughter in November and now lives in South Korea.

According to these sources, in February officials from the Ministry of State Security came to the Pyongyang apartment of Min's elderly parents in Moranbong district. The parents and Min's younger sister, a schoolteacher, were given one day to pack and were driven to a mining village in North Hamgyong province, where they now live under watch. The sister lost her teaching post.

They have committed no crime. They are being punished for the choice of a grown man who lived thousands of kilometres away.

We ask the governments of the Republic of Korea and Italy to raise their case.

Families Behind is a volunteer network of relatives of people who have left North Korea.

Press contact: press@familiesbehind.example
""",
    ),
    dict(
        id="h10e06",
        url="https://www.tibertimes.example/news/north-korean-embassy-eur-staff-leave",
        pub_date="2025-12-12",
        events=["G10-rome-recall-2025", "G10-rome-compound-2025", "G10-rome-min-2025"],
        text="""The Tiber Times  -  English news from Rome
NEWS | LIVING | EVENTS | JOBS | MAGAZINE

Quiet departures at North Korea's embassy in EUR

Posted 12/12/2025

Two diplomats from North Korea's embassy in Rome and their families left Italy on Tuesday on a flight to Beijing, from where they were to continue to Pyongyang, two people familiar with the matter told The Tiber Times.

The departures come weeks after a senior member of the embassy and his family stopped being seen at their flat in Monteverde in the middle of last month. The embassy has never commented on his whereabouts.

Staff who remain at the mission have given up the flats they rented across the city and now sleep inside the embassy grounds on Viale dell'Esperanto, one of the sources said. "They were told to move in within a week," the person said. "No more private addresses."

A spokesman for the Farnesina, Italy's foreign ministry, said there were "no plans" for the embassy to close and that Italy "maintains normal relations" with Pyongyang. Italy established diplomatic relations with North Korea in 2000.

- Reporting by Tom Whitcombe

Tags: EUR, diplomacy, North Korea
Share on Facebook | Share on X
Most read: Christmas markets 2025 - the complete guide
""",
    ),
    dict(
        id="h10e07",
        url="https://www.eastcoastchronicle.example/local/ganggu-fisherman-boat-sighting",
        pub_date="2026-04-21",
        events=["G10-yeongdeok-boat-2026"],
        text="""EAST COAST CHRONICLE
Local | Fisheries | Tourism | Weather | Notices

Ganggu skipper spots small wooden boat, coast guard tows it in

April 21, 2026 18:05 KST

A crab fisherman from Ganggu port in Yeongdeok says he saw "four, maybe five" people huddled in a small wooden boat about 6 kilometres offshore early Tuesday morning, before a coast guard vessel came alongside and towed it to port.

"They were waving a white cloth on a stick," said Seo Byung-chan, 58, who has fished these waters for thirty years. "The engine was dead. One of them shouted something I couldn't catch."

Seo said he radioed the coast guard at about 6:20 am. By 8 am the boat was tied up at a pier closed off from the public, he said.

The coast guard's Pohang office said a vessel had "assisted a small boat in distress" and referred further questions to the military. A coast guard patrol vessel confirmed that several people had been taken aboard.

Crab season runs until the end of May.

Photo: The pier at Ganggu port, closed off on Tuesday. (East Coast Chronicle)

Share  |  Print  |  Comments (3)
""",
    ),
    dict(
        id="h10e08",
        url="https://www.peninsulanewswire.example/nk/2026/04/22/three-north-koreans-boat-yeongdeok",
        pub_date="2026-04-22",
        events=["G10-yeongdeok-boat-2026", "G10-ulsan-2023"],
        text="""PENINSULA NEWSWIRE
Home | North Korea | Defense | Politics | Business

Three North Koreans on wooden boat off Yeongdeok want to stay in South: JCS

SEOUL, April 22, 2026 (PNW) -- Three North Koreans found aboard a small wooden boat off the east coast town of Yeongdeok on Tuesday have said they wish to stay in South Korea, the Joint Chiefs of Staff said Wednesday.

A woman in her forties, her 16-year-old son and her younger brother were taken aboard a coast guard vessel about 6 km off Ganggu port shortly after 6 am on Tuesday, the JCS said in a text message to reporters. The boat's engine had failed.

"The three have expressed the intention to defect, and a joint investigation by the relevant authorities is under way," the JCS said.

The unification ministry confirmed the account and said the three were in good health.

The arrival is the first by sea on the east coast since August 2023, when two brothers in a fishing boat came ashore near Ulsan.

Early local reports had put the number of people on the boat at four or five.

Last month two North Korean fishermen whose boat had drifted south across the sea border were sent back by sea at their own request, after telling investigators they wanted to go home.

(c) Peninsula Newswire. All rights reserved.
""",
    ),
    dict(
        id="h10e09",
        url="https://northwatchweekly.example/issues/158",
        pub_date="2026-05-08",
        events=["G10-yeongdeok-boat-2026", "G10-hamgyong-boats-2026"],
        text="""NORTH WATCH WEEKLY
Issue 158 | Friday, May 8, 2026
For subscribers - please do not forward

1. The Yeongdeok boat: where it came from

The mother, son and uncle picked up off Yeongdeok on 21 April set out from a cove in Hwadae county, North Hamgyong, on the night of Saturday 18 April, according to a summary of their questioning that the National Intelligence Service gave lawmakers on Wednesday. They drifted for most of three days after the engine gave out.

Rep. Jin Myeong-su of the intelligence committee, who attended the closed briefing, told reporters afterwards that the NIS had "no doubt" about the family's account.

2. The response on the other side

Jin also relayed what he said the NIS had told the committee about the North's reaction. Since early May, fishing boats along the North Hamgyong coast may leave harbour only in groups of three, each with a security officer aboard, and must be back before dark, Jin said, citing the briefing. Fuel is handed out at the pier on the morning of each trip and no longer kept on board.

"They are counting boats every evening," Jin told reporters.

3. In brief
- Rice in Chongjin markets was said to be up 8 per cent in April.
- Our next issue appears on 22 May.

Unsubscribe | Manage your subscription
""",
    ),
    dict(
        id="h10e10",
        url="https://www.hanriverwire.example/defense/2026/03/10/nk-soldier-crosses-central-front",
        pub_date="2026-03-10",
        events=["G10-gimhwa-2026"],
        text="""HAN RIVER WIRE
Top News | Politics | North Korea | Defense | World

North Korean soldier walks across central front, taken into custody

SEOUL, March 10 (Han River Wire) -- A North Korean soldier crossed the military demarcation line on the central front early Tuesday and was taken into custody by South Korean troops, the Joint Chiefs of Staff said.

The soldier, a junior sergeant, was spotted by thermal cameras at around 4:30 am walking south across the demilitarised zone opposite the Gimhwa area and was guided to a South Korean guard post, the JCS said.

"We secured the soldier in a safe manner. He has expressed a wish to come to the South," a JCS officer told reporters. No shots were fired.

The soldier was unarmed and wearing his uniform, the officer said. Military and intelligence authorities are questioning him about how he crossed.

The North Korean military has been laying mines and building barriers along its side of the border since 2024.

(Reporting by Ahn Jae-min)
""",
    ),
    dict(
        id="h10e11",
        url="https://radiopeninsula.example/programs/morning-line/2026-03-11-transcript",
        pub_date="2026-03-11",
        events=["G10-gimhwa-2026"],
        text="""RADIO PENINSULA  |  MORNING LINE  |  TRANSCRIPT
Wednesday, 11 March 2026

HOST: Our defence correspondent
is with us. A soldier from
the North walked across
the border yesterday morning.
What do we know?

CORRESPONDENT: Quite a lot,
actually, for a day on.
He is a junior sergeant,
he came over in the dark
on the central front, in the
Gimhwa sector, and he walked
straight up to one of our
guard posts with his hands
where they could be seen.

HOST: Any shooting?

CORRESPONDENT: None. The
Joint Chiefs say he was
picked up on thermal cameras
and guided in. He has told
them he wants to stay.

HOST: And the North?

CORRESPONDENT: Silent, as
usual. But you can expect
questions up his chain of
command over there.

HOST: Thank you. After the
break: the weather, and why
spring is late this year.

[TRANSCRIPT ENDS]
""",
    ),
    dict(
        id="h10e12",
        url="https://www.nkinsidebrief.example/military/gimhwa-crossing-aftermath",
        pub_date="2026-04-16",
        events=["G10-gimhwa-officers-2026", "G10-front-rules-2026", "G10-gimhwa-2026"],
        text="""NK INSIDE BRIEF
Home  Politics  Military  Economy  Markets  Sources

MILITARY

After the Gimhwa crossing, officers stripped of rank and patrols doubled

April 16, 2026 | Military desk

The company commander and political officer of the unit whose junior sergeant crossed the demarcation line on 10 March have been stripped of their rank and sent to a labour brigade building roads in Kangwon province, a military source in the North told NK Inside Brief.

The two officers were removed late last month after an inspection team from the General Political Bureau spent ten days with the regiment, the source said. The battalion commander received a formal reprimand and kept his post.

Front-line units on the central sector have also been ordered not to send any soldier out alone, the source said. From mid-March, patrols and guard details must have at least three men, one of them a party member, and soldiers whose relatives have been to China have been moved to rear positions.

"Everyone is now watching everyone," the source said.

The junior sergeant walked up to a South Korean guard post in the early morning, according to the South's Joint Chiefs of Staff. He has not been named.

Related
- Spring planting: soldiers sent to farms early
- Rice and corn prices, first half of April
""",
    ),
    dict(
        id="h10e13",
        url="https://taigaroute.example/news/builder-from-ulan-ude-reaches-seoul",
        pub_date="2026-02-19",
        events=["G10-ulanude-jong-2025"],
        text="""TAIGA ROUTE
Helping North Korean workers in Russia since 2014
Home | News | How we work | Support us

NEWS  -  19 February 2026

Builder who walked off a Ulan-Ude site is safe in Seoul

Jong Song-hun, a 41-year-old plasterer who spent six years on North Korean work crews in Russia, is now in South Korea, our staff in Seoul can report.

Jong walked away from an apartment construction site on the outskirts of Ulan-Ude, the capital of Buryatia, on Sunday 14 December, when most of his crew were at the weekly political study session. He had kept a few hundred dollars sewn into the lining of his work jacket.

"I told the foreman I had a stomach ache and needed the toilet," Jong told us. "I did not stop walking until the bus station."

With help from people we cannot name, he travelled west and, in January, reached a South Korean mission. He landed in Seoul this month and is now in the resettlement process.

Jong asked us to share his name. His wife and son remain in Sinhung county.

South Korea's unification ministry did not respond to our questions.

Donate | Newsletter | Contact
(c) Taiga Route 2026
""",
    ),
    dict(
        id="h10e14",
        url="https://labourwatchasia.example/newsletter/2026-01-23",
        pub_date="2026-01-23",
        events=["G10-russia-rules-2026", "G10-ulanude-jong-2025"],
        text="""LABOUR WATCH ASIA - Fortnightly
23 January 2026

IN THIS ISSUE: Russia | China | Gulf

RUSSIA: New rules for North Korean crews in Buryatia

Since the start of January, North Korean construction crews in Buryatia and the neighbouring Zabaykalsky region have been living under tighter rules, according to two Russian subcontractors who employ them and a worker's relative we spoke to.

- Passports, which foremen already held, are now kept in a locked box by the crew's security official and are handed back only at the airport.
- Workers walk to and from sites in groups of four and are counted at the gate twice a day.
- Sunday visits to markets have been stopped; one person per crew shops for everyone.

The subcontractors link the change to a builder who walked away from a site in Ulan-Ude in mid-December and has not been seen by his crew since. "The morning after, a man from the consulate came and talked to them for three hours," one of them said.

CHINA: Seafood plants in Shandong short of staff (p. 3)

GULF: Kuwait visa renewals (p. 4)

You are receiving this because you subscribed at labourwatchasia.example
""",
    ),
    dict(
        id="h10e15",
        url="https://www.siberiaobserver.example/news/2026-03-21/ulan-ude-airport-two-north-koreans-detained",
        pub_date="2026-03-21",
        events=["G10-ulanude-airport-2026"],
        text="""SIBERIA OBSERVER
News | Business | Regions | Photo | English edition

Two North Korean workers held at Ulan-Ude airport with other men's passports

21.03.2026 10:12

Police at Ulan-Ude's Baikal airport detained two North Korean men on Thursday as they tried to board a flight to Moscow using passports that belonged to other people, the interior ministry of Buryatia said on Friday.

The two, aged 29 and 34, worked for a construction company building a housing estate in the city's Oktyabrsky district, the ministry said in a statement. It did not name them.

Officers noticed that the photographs did not match at passport control. Questioned through an interpreter, the men said they had hoped to travel on from Moscow to "a third country", according to a police source.

The men are being held pending a court hearing on their expulsion, the ministry said. The consulate of the Democratic People's Republic of Korea was informed.

About 1,500 North Koreans are believed to work in Buryatia, most of them on building sites, although official figures are lower.

Share: VK | Telegram | OK
Photo: Baikal International Airport. Archive.
""",
    ),
    dict(
        id="h10e16",
        url="https://www.siberiaobserver.example/news/2026-04-14/north-korean-builders-leave-buryatia",
        pub_date="2026-04-14",
        events=["G10-ulanude-deport-2026", "G10-ulanude-recall-2026", "G10-ulanude-airport-2026"],
        text="""SIBERIA OBSERVER
News | Business | Regions | Photo | English edition

Two men caught with false passports deported; their whole firm's North Korean crew sent home

14.04.2026 16:47

The two North Korean builders detained at Ulan-Ude airport on 19 March were expelled from Russia last Thursday, Buryatia's migration department said.

A district court in Ulan-Ude ordered their expulsion on 27 March. On the morning of the departure they were driven from the detention centre to the airport under escort and handed to two officials of the North Korean consulate, who flew out with them, the department said.

A lawyer who had been asked to look at the case, Dmitry Sorokin, said the men had told him they were afraid of what awaited them at home. "They asked me if there was anything at all to be done. There was not."

In the same week, about 150 North Korean workers employed by the same contractor were ordered home by their own side and left the city by train, a foreman at a Russian subcontractor told the Observer. "On Monday they were plastering. On Thursday the dormitory was empty," he said.

The contractor did not answer calls.

Share: VK | Telegram | OK
""",
    ),
    dict(
        id="h10e17",
        url="https://www.riverplateherald.example/montevideo/port-north-korean-sailor-embassy",
        pub_date="2026-02-10",
        events=["G10-montevideo-2026"],
        text="""RIVER PLATE HERALD
Uruguay | Argentina | Region | Business | Opinion

Sailor from North Korean crew leaves trawler in Montevideo and asks for protection

Tuesday, February 10, 2026

MONTEVIDEO - A crewman from a fishing trawler moored in the port of Montevideo has left his ship and asked for protection, Uruguay's interior ministry said on Monday.

The ministry said in a brief statement that "a foreign citizen, a member of the crew of a fishing vessel" had asked for protection and was "in a safe place", and gave no nationality. Port workers and a shipping agent told the Herald that the man was one of about 30 North Koreans who crew the trawler, which flies a Central African flag and had put in to Montevideo to unload squid and take on fuel.

He went ashore with two shipmates on Saturday evening and did not return with them, the agent said. On Sunday morning, according to a person familiar with the matter, he presented himself at the South Korean embassy in the city.

South Korea's embassy in Montevideo declined to comment.

The trawler left port on Monday afternoon, two days ahead of schedule, port records show.

Related: Record squid landings at Montevideo | Port strike called off
Share  |  WhatsApp  |  Email
""",
    ),
    dict(
        id="h10e18",
        url="https://www.peninsulanewswire.example/nk/2026/03/17/sailor-uruguay-arrives-seoul",
        pub_date="2026-03-17",
        events=["G10-montevideo-2026"],
        text="""PENINSULA NEWSWIRE
Home | North Korea | Defense | Politics | Business

North Korean deckhand who jumped ship in Uruguay reaches Seoul

SEOUL, March 17, 2026 (PNW) -- A North Korean fisherman who left his trawler in the port of Montevideo last month has arrived in South Korea, a government official said on Tuesday.

The man, Pyon Chol-ho, 33, flew in last week after Uruguayan authorities let him leave the country, the official said on condition of anonymity. He is being questioned by intelligence officials, which is standard for new arrivals.The unification ministry said it "cannot confirm individual cases". Uruguay's interior ministry had said in February that a foreign crew member had asked for protection.

Pyon, a deckhand, had worked on the squid trawler for two seasons, the official said. The crew's wages were paid to a company in Pyongyang.

(c) Peninsula Newswire
""",
    ),
    dict(
        id="h10e19",
        url="https://southerncatch.example/bulletin/march-2026",
        pub_date="2026-03-27",
        events=["G10-trawler-rules-2026", "G10-montevideo-2026"],
        text="""SOUTHERN CATCH - fisheries bulletin for the South Atlantic
March 2026 edition  |  Published 27.03.2026

PORTS
- Montevideo: squid landings up 14% year on year.
- Puerto Madryn: dock repairs finished.

CREWS
North Korean crews confined to their ships

Agents in three ports say North Korean crew members on trawlers working the South Atlantic have not been allowed ashore anywhere since early March. According to a ship's agent in Montevideo and another in Port Stanley, the instruction came from the companies in Pyongyang that supply the crews and applies to every vessel: no shore leave, no visits to the seamen's mission, and a political officer must stay aboard whenever the ship is in port.

The agents link the rule to the deckhand, named in Seoul as Byun Cheol-ho, who walked off a trawler in Montevideo in February.

"Before, they went for phone cards and sweets. Now they wave from the rail," one agent said.

PRICES
Illex squid, frozen, block: unchanged.
""",
    ),
    dict(
        id="h10e20",
        url="https://caspiantoday.example/sport/wrestling/baku-north-korean-coach-asylum-denied",
        pub_date="2026-05-19",
        events=["G10-baku-2026"],
        text="""CASPIAN TODAY
Politics  Economy  Sport  Region  Culture

SPORT / WRESTLING

Baku denies North Korean coach asked for asylum at wrestling event

19 May 2026, 14:20

Azerbaijan's foreign ministry on Tuesday denied reports that a North Korean wrestling coach had asked for asylum during last week's international tournament in Baku.

South Korean media had reported on Monday, citing an unnamed source, that Ma Kwang-nam, an assistant coach of the North Korean team, had slipped away from the team hotel on the final evening and sought help from the South Korean embassy to travel to Seoul.

"These reports are not true. The delegation of the DPRK arrived and left with all its members," the ministry's spokesman said, adding that no request for asylum had been received by any Azerbaijani authority.

South Korea's embassy in Baku said it did not comment on such matters. The North Korean team won two bronze medals.

More sport: Neftchi sign Brazilian forward | Formula 1 tickets on sale
Share  Facebook  X
""",
    ),
    dict(
        id="h10e21",
        url="https://www.chinacoastmonitor.example/society/changning-restaurant-waitresses-missing",
        pub_date="2025-12-10",
        events=["G10-shanghai-2025"],
        text="""CHINA COAST MONITOR
Politics | Society | Business | Tech | Hong Kong | Taiwan

SOCIETY

Two singers from a North Korean restaurant in Shanghai have not been seen since Saturday

Wednesday, 10 December 2025

Two young women who waited tables and sang at a North Korean restaurant in Shanghai's Changning district have been missing since Saturday night, according to two regular customers and a Chinese employee of the building.

The women, both in their early twenties, did not come down for the Sunday lunch service, the employee said. "The manager went up and knocked. Then he made phone calls all afternoon." One of them was known to customers as Choe Un-byol, who sang at the end of each evening.

The restaurant, which has about a dozen North Korean staff, stayed open but without its floor show on Sunday and Monday, a customer said.

Shanghai police did not respond to questions. China's foreign ministry said at its briefing on Tuesday that it had "no information" on the matter.

North Korean restaurants in China are run with state trading companies and remit part of their earnings to Pyongyang.

READ MORE
- Metro Line 19 opens next year
- Hairy crab prices slump
""",
    ),
    dict(
        id="h10e22",
        url="https://www.chinacoastmonitor.example/society/north-korean-restaurant-changning-shut-staff-leave",
        pub_date="2026-01-20",
        events=["G10-shanghai-recall-2026", "G10-china-restaurants-2026", "G10-shanghai-2025"],
        text="""CHINA COAST MONITOR
Politics | Society | Business | Tech | Hong Kong | Taiwan

SOCIETY

Changning's North Korean restaurant goes dark; staff flown home

Tue 20 Jan 2026

The North Korean restaurant in Shanghai's Changning district where two singers vanished in early December has closed, and its remaining staff have gone back to North Korea.

The eleven employees left Shanghai early this month on a flight to Pyongyang, escorted by a man from the North's consulate-general, according to the landlord's agent and a person who used to supply the kitchen. "They were told on a Friday and were gone on the Monday," the supplier said. A sign on the door now says the restaurant is "closed for renovation".

The two women have still not been found, and neither Shanghai police nor the restaurant has said anything about them.

Staff at other North Korean restaurants in China have felt the consequences, according to two people who work with such businesses in Beijing and Hangzhou. Since the new year, staff have had to hand in their mobile phones when their shift ends, may go out only in a group led by the manager, and sleep in dormitory rooms locked from outside at night, the two said.

North Korea has dozens of restaurants in China, although the number has fallen since UN sanctions were tightened in 2017.

Tags: Shanghai, North Korea, restaurants
Share  |  Email  |  Print
""",
    ),
    dict(
        id="h10e23",
        url="https://www.hanriverwire.example/nk/2026/04/08/woman-held-pudong-airport-forged-passport",
        pub_date="2026-04-08",
        events=["G10-pudong-2026"],
        text="""HAN RIVER WIRE
Top News | Politics | North Korea | Economy | World

North Korean woman held at Shanghai airport with forged passport, activists say

SEOUL, April 8 (Han River Wire) -- A North Korean woman was detained at Shanghai's Pudong airport last Friday as she tried to board a flight to Manila with a forged Chinese passport, a Seoul-based activist group said on Wednesday.

The woman, 36, who crossed the Tumen river into China in October, was pulled aside at the departure gate after a second document check, said Cho Min-young, head of the group Bridge of Hope. She had hoped to travel on from the Philippines to South Korea, Cho said.

"She called her broker from the airport toilet. That was the last call," Cho said.

Asked about the case, a spokesman for China's foreign ministry said on Wednesday that he was "not aware of the situation" and that China handles illegal entrants "in accordance with the law".

Activists fear she could be sent back to the North, where returnees are usually questioned for weeks.

(Reporting by Noh Ji-hoon)
""",
    ),
    dict(
        id="h10e24",
        url="https://crossingpointaid.example/alerts/2025-11-26-ruili",
        pub_date="2025-11-26",
        events=["G10-ruili-2025"],
        text="""CROSSING POINT AID
Alerts | Reports | Get involved | Donate

URGENT ALERT - 26 November 2025

Four North Koreans detained near Ruili, Yunnan

Chinese police detained four North Koreans on Saturday in a village outside Ruili, a few kilometres from the border with Myanmar, where they had been waiting for a guide to take them across, according to a relative in South Korea and a source in Yunnan.

The four are two women aged 44 and 27, a man of 51 and a 15-year-old boy, the son of the older woman. They had travelled south by bus and train over three weeks from Jilin province. All four come from Kilju county in North Hamgyong province and crossed into China in the summer.

They are believed to be held by the public security bureau in Ruili.

We call on the Chinese authorities not to return them to North Korea, where they face interrogation and imprisonment.

Share this alert:  X  |  Facebook  |  Email
""",
    ),
    dict(
        id="h10e25",
        url="https://www.peninsulanewswire.example/nk/2026/01/16/four-returned-shatuozi",
        pub_date="2026-01-16",
        events=["G10-ruili-return-2026", "G10-ruili-2025"],
        text="""PENINSULA NEWSWIRE
Home | North Korea | Defense | Politics | Business

China hands four North Koreans caught near Myanmar border back to the North, group says

SEOUL, Jan. 16, 2026 (PNW) -- China has sent back four North Koreans who were arrested near its border with Myanmar in November, including a 15-year-old boy, a rights group said on Friday.

The four were driven from a detention centre in Yanbian to the Shatuozi crossing on the Tumen river and handed to North Korean security officials on Tuesday, the group Crossing Point Aid said, citing a source in Jilin.

They had been detained in a village near Ruili, in Yunnan province, on Nov. 22 while waiting to cross into Myanmar.

South Korea's foreign ministry said it had "conveyed its position" to Beijing that North Koreans should not be forcibly returned. China's foreign ministry did not respond to a request for comment.

(c) Peninsula Newswire
""",
    ),
    dict(
        id="h10e26",
        url="https://crossingpointaid.example/reports/2026-03-25-kilju-sentences",
        pub_date="2026-03-25",
        events=["G10-ruili-sentences-2026", "G10-ruili-return-2026"],
        text="""CROSSING POINT AID
Alerts | Reports | Get involved | Donate

REPORT - 25 March 2026

Kilju: prison terms for two of the four sent back from China

Two of the four North Koreans sent back from China in January have been sentenced to terms in a kyohwaso (re-education camp), our source in North Hamgyong reports.

At a hearing in Kilju in mid-March, the 51-year-old man was given 12 years for "illegal border crossing" and for having contacted a broker linked to South Korea. The 44-year-old woman was given seven years. Both were moved to Jongo-ri the following week.

The woman's 15-year-old son was released to his grandmother after a month of questioning. We have no news of the younger woman.

About our sources: we do not publish details that could identify them.

Related
- Alert: Four North Koreans detained near Ruili (26 November 2025)
""",
    ),
    dict(
        id="h10e27",
        url="https://www.hanriverwire.example/nk/2026/01/28/three-women-bus-suifenhe",
        pub_date="2026-01-28",
        events=["G10-suifenhe-2026"],
        text="""HAN RIVER WIRE
Top News | Politics | North Korea | Economy | World

Three North Korean women taken off bus near China-Russia border: activists

SEOUL, Jan. 28 (Han River Wire) -- Chinese police took three North Korean women off a long-distance bus near the border town of Suifenhe on Monday, a Seoul-based group that helps North Koreans in China said on Wednesday.

The women, in their thirties and forties, had planned to cross into Russia's Primorye region and ask for help at a South Korean mission, said Baek Seung-ho of the group North Gate.Police boarded the bus at a checkpoint about 20 km from the town and checked every passenger's papers, he said.

The three had lived for several years in villages in Heilongjiang province after leaving the North, Baek said. They face being returned to North Korea.

Police in Suifenhe could not be reached.

(Reporting by Ahn Jae-min)
""",
    ),
    dict(
        id="h10e28",
        url="https://yellowseashipping.example/news/yantai-stowaways-container-incheon",
        pub_date="2025-12-11",
        events=["G10-yantai-2025"],
        text="""YELLOW SEA SHIPPING NEWS
Ports | Container lines | Bulk | Ferries | People

Two stowaways found in container on Incheon-bound ship at Yantai

11 Dec 2025

Port police in Yantai found two men hiding inside an empty 40-foot container aboard a feeder ship bound for Incheon on Tuesday, shortly before it was due to sail, according to a shipping agent and a crew member.

The two were North Koreans who had worked at a seafood processing plant in the city's Laishan district, the agent said. They had water, biscuits and a torch. "A dog found them," he said.

The ship, operated by a Korean-Chinese joint venture, sailed four hours late after all its containers were searched.

North Korean workers, most of them women, are employed at dozens of seafood plants along the Shandong coast.

Port schedules | Freight rates | Events
""",
    ),
    dict(
        id="h10e29",
        url="https://www.nkinsidebrief.example/society/yantai-workers-returned-by-ship",
        pub_date="2026-02-20",
        events=["G10-yantai-return-2026", "G10-yantai-2025"],
        text="""NK INSIDE BRIEF
Home  Politics  Military  Economy  Markets  Sources

SOCIETY

Two workers caught hiding on Incheon-bound ship sent home by sea

Friday, 20 February 2026

Two North Korean seafood workers found hiding in a shipping container in the Chinese port of Yantai in December were put aboard a North Korean cargo vessel bound for Nampo on Tuesday, a source in Shandong told NK Inside Brief.

The men were brought to the quay in a police van and walked up the gangway in handcuffs, said the source, who works in the port. Two North Korean security officials met them on deck.

The plant's Chinese owner declined to comment.

Both men, in their twenties, had been in Yantai for three years.

Related
- Yantai plant managers questioned
""",
    ),
    dict(
        id="h10e30",
        url="https://www.seoultribune.example/politics/nis-ongjin-boat-sentences",
        pub_date="2026-03-26",
        events=["G10-ongjin-2026", "G10-ongjin-sentences-2026"],
        text="""THE SEOUL TRIBUNE
Politics  North Korea  Business  Culture  Opinion

Three fishermen stopped by North's own patrol boat got up to 15 years, NIS tells lawmakers

Posted : 2026-03-26 17:02

Three North Korean men who tried to sail a small boat south across the western sea border in February were stopped by a North Korean patrol boat and later sentenced to up to 15 years in labour camps, the National Intelligence Service told lawmakers on Thursday.

The men set out at night from a cove in Ongjin county, South Hwanghae province, on Feb. 2, the NIS said, according to Rep. Hong Sang-wook, who briefed reporters after the closed-door session. The patrol boat caught them about 4 km short of the Northern Limit Line, he said.

At a public trial in Ongjin in mid-March, one man was sentenced to 15 years and the other two to 10 years each, Hong said, citing the NIS. "Residents of the fishing villages were made to watch," he said.

The NIS gave no names.

Hong said the agency had seen no sign that the North had changed its coastal patrols after the case.

Share  |  Print  |  Text Size
""",
    ),
    dict(
        id="h10e31",
        url="https://www.nkinsidebrief.example/society/junggang-woman-shot-yalu-ice",
        pub_date="2026-01-21",
        events=["G10-junggang-shot-2026", "G10-junggang-attempt-2026", "G10-junggang-pledges-2026"],
        text="""NK INSIDE BRIEF
Home  Politics  Military  Economy  Markets  Sources

SOCIETY

Woman shot on the Yalu ice in Junggang; river villages made to sign pledges

January 21, 2026 | Society desk

Border guards in Junggang county, Jagang province, shot dead a woman who was walking across the frozen Yalu river towards China last Wednesday night, a source in the province told NK Inside Brief.

The woman, in her thirties and from a village near the county town, was hit about halfway across the ice, the source said. Guards carried her body back to the bank before dawn; it was shown to residents the next morning "as a lesson".

Since then, every household in the villages along the river in Junggang has had to sign a pledge that none of its members will approach the bank after dark, and that the whole family will answer for anyone who crosses, the source said. Searchlights at the guard posts now stay on all night.

Local people say she had a sister in China who had sent money for a broker.

Related
- Winter fuel shortages in Jagang
- Market prices: rice, corn, diesel
""",
    ),
    dict(
        id="h10e32",
        url="https://www.dailyhamgyong.example/news/samsu-execution-guide",
        pub_date="2025-12-22",
        events=["G10-samsu-2025"],
        text="""DAILY HAMGYONG
News | Inside North Korea | Prices | Analysis | Korean

Man who led people across the Yalu shot in front of crowd in Samsu

Mon, Dec 22, 2025

A man accused of guiding people across the Yalu river into China was executed by firing squad in front of a crowd last Thursday in Samsu county, Ryanggang province, two residents told Daily Hamgyong.

The man, a former truck driver in his fifties, had taken at least six people to the riverbank over two years for payment, according to a charge read out before the shooting. About 800 people, including schoolchildren, were made to watch at the county's sports ground.

"They read the charge, and then it was over in a minute," one of the residents said.

Public executions were common in the region in the 1990s.

Tags: executions, Ryanggang, border
""",
    ),
    dict(
        id="h10e33",
        url="https://www.madagascarexpress.example/antananarivo/north-korean-sculptor-missing",
        pub_date="2026-02-27",
        events=["G10-tana-2026"],
        text="""MADAGASCAR EXPRESS - English service
National | Antananarivo | Economy | Environment | Sport

North Korean sculptor missing from Antananarivo workshop

27/02/2026

A North Korean sculptor who worked on statues for the city's new memorial park has not been seen since last Friday, colleagues at the workshop where he was employed said.

The man, Ri Yong-jun, 38, was one of about twenty North Korean artists and builders at a workshop in the Ivandry neighbourhood run by a company linked to Pyongyang's Mansudae studio. He left the workshop on foot in the late afternoon and did not come back, a Malagasy driver for the company said.

"His room was tidy. His tools were on the bench," the driver said.

The national police said they had been informed and were "making inquiries". The North Korean embassy did not answer the door.

North Korean studios have built monuments in several African countries, although UN sanctions since 2016 ban such contracts.

Photo caption: Work on the memorial park in Ivandry, January 2026.
Share  |  Facebook  |  WhatsApp
""",
    ),
    dict(
        id="h10e34",
        url="https://www.madagascarexpress.example/politics/north-korea-closes-embassy-antananarivo",
        pub_date="2026-05-01",
        events=["G10-tana-closure-2026", "G10-tana-recall-2026", "G10-tana-2026"],
        text="""MADAGASCAR EXPRESS - English service
National | Antananarivo | Economy | Environment | Sport

North Korea shuts its embassy in Antananarivo

01/05/2026

North Korea closed its embassy in Antananarivo on Thursday, the foreign ministry said, ending a diplomatic presence that dates from the 1970s.

The embassy informed the ministry by note that it would cease its activities on 30 April and that its affairs would be handled by the North Korean embassy in another African capital, a ministry spokeswoman said. The flag was lowered in the morning and the gates were chained by the afternoon, a neighbour said.

The closure follows the departure in March of the remaining North Korean staff of the sculpture workshop in Ivandry, who were sent home by their own government weeks after one of them, Ri Yong-jun, went missing. About twenty workers left on two flights, according to the company's Malagasy driver.

Ri has still not been found. Police say their inquiries continue.

North Korea once had one of its largest African missions in Madagascar.

Share  |  Facebook  |  WhatsApp
""",
    ),
    dict(
        id="h10e35",
        url="https://www.africadiplomat.example/briefs/pyongyang-west-africa-missions",
        pub_date="2026-03-05",
        events=["G10-accra-2025", "G10-lome-2026", "G10-helsinki-2021"],
        text="""AFRICA DIPLOMAT
Briefs | Appointments | Treaties | Missions | Subscribe

BRIEF

Pyongyang pares back in West Africa

Thursday, 5 March 2026

North Korea has wound down two of its missions on the Gulf of Guinea in the space of four months, diplomats in the region say.

The North's trade office in Accra stopped work in November, when its three staff handed back the keys of a villa in the Airport Residential Area, according to a Ghanaian official and a neighbour. Then in February the embassy in Lomé, Togo, closed its doors, a West African diplomat said; the Togolese government has not commented.

Neither closure was announced by Pyongyang.

The pattern is not confined to Africa. The last mission North Korea shut in the Nordic countries was its embassy in Helsinki, in 2021.

North Korea has quietly thinned out several other missions in the region, diplomats say, without formally closing them.

APPOINTMENTS: New EU envoy to Ghana named | Nigeria recalls ambassador to Spain for consultations
""",
    ),
    dict(
        id="h10e36",
        url="https://www.urallens.example/en/city/north-korean-student-missing-trade-mission",
        pub_date="2026-03-11",
        events=["G10-yekaterinburg-son-2026"],
        text="""URAL LENS
City | Politics | Business | Culture | English

Son of North Korean trade official missing in Yekaterinburg

11.03.2026, 19:05

The 19-year-old son of an official at North Korea's trade office in Yekaterinburg has not been heard from since he left home for a lecture on the morning of 4 March, two people who know the family said.

The young man, Ryang Chol-u, was studying Russian at the Ural federal university and lived with his parents in a building used by the trade office on Malysheva street. He did not arrive at the lecture, a fellow student said. His phone has been switched off since that day.

"His father came to the faculty twice with another man and asked who his friends were," the student said.

Police in Yekaterinburg said they had received no missing-person report. The North Korean embassy in Moscow did not respond to a request for comment.

Subscribe to our English newsletter
""",
    ),
    dict(
        id="h10e37",
        url="https://www.urallens.example/en/politics/north-korean-trade-official-recalled-dismissed",
        pub_date="2026-04-24",
        events=["G10-yekaterinburg-recall-2026", "G10-yekaterinburg-dismissal-2026", "G10-yekaterinburg-son-2026"],
        text="""URAL LENS
City | Politics | Business | Culture | English

Father of missing North Korean student called home, then sent to a farm

24.04.2026, 12:30

The North Korean trade official whose 19-year-old son disappeared in Yekaterinburg in early March was called back to Pyongyang with his wife in mid-March and has since lost his job, according to two people who know the family.

Ryang Song-il, deputy head of the trade office, flew home with his wife on 17 March, eight days after he was summoned to the embassy in Moscow, one of them said. This month he was dismissed from the foreign trade ministry and the couple were sent to live on a cooperative farm in South Pyongan province.

Their son, Ryang Chol-u, is still missing. Friends say he never spoke about leaving.

The North Korean embassy did not respond to a request for comment.

Subscribe to our English newsletter
""",
    ),
    dict(
        id="h10e38",
        url="https://www.peninsulanewswire.example/nk/2026/05/14/china-returns-330-guchengli",
        pub_date="2026-05-14",
        events=["G10-guchengli-2026"],
        text="""PENINSULA NEWSWIRE
Home | North Korea | Defense | Politics | Business

China sends about 330 North Koreans back across the Tumen in one night: rights group

SEOUL, May 14, 2026 (PNW) -- China sent about 330 North Koreans back to their country through a border crossing on the Tumen river on Tuesday night, a Seoul-based rights group said on Thursday, one of the largest single returns it has recorded.

Buses carrying the detainees from several detention centres crossed the bridge at Guchengli between about 10 pm and 2 am and handed them to North Korean state security officials, the group Tumen Light said, citing two witnesses on the Chinese side. Most were women, it said.

South Korea's unification ministry said it "deeply regrets" that North Koreans were sent back against their will and called on China to respect the principle of non-refoulement.

China's foreign ministry said it handles illegal migrants "in accordance with domestic law, international law and humanitarian principles".

Tumen Light estimates that about 2,000 North Koreans have been returned from China since 2023.

(c) Peninsula Newswire
""",
    ),
    dict(
        id="h10e39",
        url="https://www.seoultribune.example/opinion/column-the-arithmetic-of-leaving",
        pub_date=None,
        events=[],
        text="""THE SEOUL TRIBUNE
Politics  North Korea  Business  Culture  Opinion

OPINION | COLUMN

The arithmetic of leaving

By Yoon Hae-sook

Numbers are the only thing the two Koreas agree on, and even those not very well. About 34,400 North Koreans have settled in the South since the 1950s. More than seven in ten of them are women. In a good year before the pandemic more than a thousand arrived; last year fewer than two hundred did.

Suppose the Chinese border were to reopen fully to trade and travel. Would arrivals climb back? Perhaps, but brokers now charge three times what they did, and the North's new fences will not come down with the trade barriers.

Suppose, too, that a minister, not a counsellor, were to walk out of an embassy somewhere in Europe. Pyongyang would recall half its diplomats within a month. It has done so before.

Nor should we forget those who go home again. Every year a few dozen resettled North Koreans leave the South, and a handful turn up on the North's television.

A word on terms: "kyohwaso" is the North's name for its long-term prison camps; a "broker" is a paid guide across the border.

Yoon Hae-sook is a former unification ministry researcher.

Share  |  Print
""",
    ),
    dict(
        id="h10e40",
        url="https://northwatchweekly.example/issues/160",
        pub_date="2026-05-22",
        events=["G10-guchengli-2026", "G10-tana-closure-2026", "G10-baku-2026",
                "G10-yeongdeok-boat-2026"],
        text="""NORTH WATCH WEEKLY
Issue 160 | Friday, May 22, 2026
For subscribers - please do not forward

THE WEEK IN BRIEF

- Guchengli: The night return of about 330 people from China last week is the largest this year; Seoul's "deep regret" was its strongest wording since 2024. Beijing says nothing new.
- Madagascar: With the embassy in Antananarivo shut at the end of April, North Korea has no mission left on the island. Its consular affairs pass to another embassy in Africa.
- Baku: Azerbaijan denies that the wrestling coach Ma Kwang-nam asked for asylum at the tournament earlier this month. Our own sources in Seoul are split.
- Yeongdeok: The mother, son and uncle who came by boat in April have moved to a resettlement centre.
- Missiles: Two short-range launches on Sunday; no connection to anything above.

NEXT ISSUE: 5 June

Unsubscribe | Manage your subscription
""",
    ),
]
