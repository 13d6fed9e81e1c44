"""English pages of the heldout15 benchmark. Everything here is invented: people, outlets
(on .example domains) and events. Real agencies and states are cited the way real pages cite them.

Each page: id, url, pub_date (ISO day, or None where the page shows no date), events (gold
event ids from events_gold.py that the page reports), text (the page as scraped).
"""

PAGES = [
    dict(
        id="h15e01",
        url="https://www.altiplanoherald.example/ciudad/2025/07/24/sopocachi-korean-family",
        pub_date="2025-07-24",
        events=["G15-lapaz-geum-2025"],
        text="""ALTIPLANO HERALD  |  English Edition
Home  City  Politics  Economy  Mining  Sport  Opinion

CITY

Neighbours puzzled as Korean embassy family is not seen since the weekend

Thu 24.07.2025 | by Mariela Quispe

The family of a North Korean diplomat who lived above a bakery in Sopocachi has not been seen since Saturday morning, neighbours told the Herald.

"He bought bread every day at half past seven. On Saturday he paid for two loaves, the wife and the girl were already in a taxi with suitcases, and he said 'goodbye, señora' - he had never said goodbye before," said the baker, Doña Rosa Mamani.

On Monday two men from the embassy came with a locksmith, the baker said. A car with diplomatic plates has since been parked outside every night.

The embassy of the Democratic People's Republic of Korea, a two-storey house in Calacoto, did not answer calls. Bolivia's foreign ministry said it had "no information" on the matter.

The girl attended a bilingual school nearby. A teacher said she had told classmates she would be "away for the holidays".

MORE CITY NEWS
> Teleférico yellow line closed for maintenance on Sunday
> Council approves new market hours in El Alto

Share: Facebook | X | WhatsApp
(c) 2025 Altiplano Herald
""",
    ),
    dict(
        id="h15e02",
        url="https://www.hangangwire.example/world/2026/01/13/nk-diplomat-bolivia-seoul",
        pub_date="2026-01-13",
        events=["G15-lapaz-geum-2025", "G15-djibouti-2019"],
        text="""HANGANG NEWSWIRE
Top Stories | Korea | North Korea | World | Markets

North Korean diplomat posted in Bolivia arrives in South with wife, daughter

SEOUL, Jan. 13 (HNW) - A North Korean first secretary who left his post in Bolivia last summer has arrived in South Korea with his wife and teenage daughter, the unification ministry said on Tuesday.

Geum Yong-bom, 46, had served at the North's embassy in La Paz since 2021, ministry spokeswoman Yoon Ha-eun told a briefing. "The three entered the country in November and are under the protection of the relevant agencies," she said.

A government source said the family left La Paz on July 19 and travelled through several countries. The daughter is 15.

Geum is the first North Korean diplomat known to have defected from a posting in the Americas, and the first diplomat of any post since 2019, when a clerk at the embassy in Djibouti fled to the South, the source said.

North Korea has not commented. Pyongyang typically calls defectors "human scum".

(Reporting by Jang Soo-min; editing by Paul Grant)

Related:
- Seoul to expand resettlement stipends from March
- N. Korea test-fires cruise missiles off west coast
""",
    ),
    dict(
        id="h15e03",
        url="https://eastasiaexpress.example/korea/north-korean-first-secretary-la-paz-defects",
        pub_date="2026-01-13",
        events=["G15-lapaz-geum-2025", "G15-djibouti-2019"],
        text="""East Asia Express
Korea  China  Japan  ASEAN  Business  Login

N. Korean first secretary in La Paz defects to Seoul

January 13, 2026 at 18:40

A North Korean diplomat, Keum Young-beom, who was first secretary at the embassy in Bolivia's capital, has defected to South Korea together with his wife and their 15-year-old daughter, Seoul's unification ministry confirmed Tuesday.

According to officials, the family left La Paz in mid-July and reached the South in November.

It is the first publicly known defection by a North Korean diplomat since a junior embassy clerk posted in Djibouti fled in 2019.

"A defection from Latin America shows that no posting is too remote for the pull of the South," said Cha Gyeong-ho, a former North Korean trade official who defected in 2014 and now runs a research group in Seoul.

Tags: North Korea, defectors, Bolivia, diplomats
Most read: Exchange rate hits two-month low | Seoul apartment prices
""",
    ),
    dict(
        id="h15e04",
        url="https://www.pyongyanglens.example/analysis/after-la-paz",
        pub_date="2026-02-03",
        events=["G15-lapaz-geum-2025", "G15-lapaz-recall-2025", "G15-geum-relatives-2025",
                "G15-latam-control-2025"],
        text="""PYONGYANG LENS - analysis for people who follow the North

After La Paz: how Pyongyang tightened the leash in Latin America

3 February 2026 | 7 min read

When first secretary Kum Yong Bom vanished from La Paz in July, the embassy first told Bolivian officials he was on sick leave. Six months later he is in Seoul.

The fallout came fast. According to two people who deal with the North's missions in the region, the ambassador in La Paz was summoned to Pyongyang in September and has not returned; a chargé d'affaires now runs the embassy.

Since September, staff at North Korea's missions in Latin America have had to live inside embassy compounds, hand their passports to the security counsellor and travel only in pairs, one of them said. Children of school age were told to return to Pyongyang for their education.

Kum's family at home paid as well. A source in North Korea told us his parents and his elder brother were moved out of Pyongyang to a mining district in South Hamgyong province in mid-October.

A defection by an ambassador would be a far greater blow. For now, none is in sight.

SUBSCRIBE for weekly analysis | About | Contact
""",
    ),
    dict(
        id="h15e05",
        url="https://koreapeninsulareview.example/2026/06/embassies-americas",
        pub_date="2026-06-16",
        events=["G15-lapaz-geum-2025"],
        text="""Korea Peninsula Review

What's left of Pyongyang's presence in the Americas

16/06/2026

North Korea keeps embassies in only a handful of Latin American capitals. The diplomat who defected from Bolivia last year has now given his first interview, telling a Seoul broadcaster that he had planned the escape "for three years".

The North's embassies in the region are small: typically four to six diplomats and their families. Most of their work is trade.

Experts say further departures could follow if the missions remain short of money.

Filed under: Diplomacy, Americas
""",
    ),
    dict(
        id="h15e06",
        url="https://www.hangangwire.example/korea/2026/04/14/soldier-crosses-mdl-central",
        pub_date="2026-04-14",
        events=["G15-soldier-central-2026", "G15-soldier-2023", "G15-eastsea-raft-2026"],
        text="""HANGANG NEWSWIRE

N. Korean soldier crosses central front, taken into custody - JCS

SEOUL, April 14 (HNW) - A North Korean soldier crossed the military demarcation line on the central front early on Tuesday and was taken into custody by South Korean troops, the Joint Chiefs of Staff said.

The soldier, a private in his early twenties, was spotted by thermal cameras at around 4.20 a.m. and guided to a guard post, a JCS official said. "He has expressed his wish to defect," the official said.

It was the first crossing by a North Korean soldier through the DMZ since August 2023, when a staff sergeant walked across on the eastern front.

Earlier this month a North Korean man also drifted south on a home-made raft off the east coast and told the coast guard he wanted to stay, the JCS said.

Authorities will question the soldier about how he crossed. No shots were fired.

(Reporting by Ko Eun-bi)
""",
    ),
    dict(
        id="h15e07",
        url="https://thelongitude.example/longreads/the-private-who-walked-south",
        pub_date="2026-05-28",
        events=["G15-soldier-central-2026", "G15-guardpost-punish-2026"],
        text="""THE LONGITUDE
Long reads | Photo | Podcast

Forty minutes in the fog

28 May 2026 | Text: Helen Park

The fog lay thick over the valley when the young man climbed out of the trench behind his post. He was 21, he had been in uniform for three years, and for the last of them he had been hungry.

He did not run. He walked, hands away from his body, along a stream bed he had studied from the hill for months, and forty minutes later a South Korean sergeant shouted at him to stop. He stopped. He said he wanted to stay.

That was on 14 April. The South's military confirmed the crossing the same day.

On the other side, people who follow the North's army say, the reaction was swift: in May the entire company that manned the post was replaced by a unit from the rear, and its captain and political officer were sent to a labour unit.

"In my day, a crossing meant the whole chain above you would pay," said Yeo Tae-su, a former North Korean lieutenant who now advises the defence ministry.

Photo caption: The central front seen from an observation post, April 2026.
Newsletter | Support us | (c) The Longitude
""",
    ),
    dict(
        id="h15e08",
        url="https://www.hangangwire.example/korea/2025/09/08/boat-five-west-sea",
        pub_date="2025-09-08",
        events=["G15-kangryong-boat-2025"],
        text="""HANGANG NEWSWIRE

Five North Koreans on wooden boat cross sea border, want to stay in South

SEOUL, Sept. 8 (HNW) - Five North Koreans from one family crossed the western sea border in a small wooden boat and were taken into custody by the navy, the Joint Chiefs of Staff said on Monday.

The boat was spotted south of the Northern Limit Line early on Sunday after leaving Kangryong county in South Hwanghae province the night before, a military official said.

The group - a man in his forties, his wife, their two sons aged 16 and 9, and the man's 68-year-old mother - told investigators they wished to live in the South, the unification ministry said.

A sixth person on board, the boat's owner, said he wanted to go back, the ministry said. "His wish will be respected," a ministry official said.

The navy said a patrol boat confirmed that six people were aboard when it reached the vessel.

Related: Coast guard steps up patrols around fishing grounds
""",
    ),
    dict(
        id="h15e09",
        url="https://slowprose.example/essays/salt-and-diesel",
        pub_date=None,
        events=["G15-kangryong-boat-2025"],
        text="""SLOW PROSE  -  essays, memoir, small histories

Salt and diesel

By Han Ji-won

The grandmother had never been on the sea. She sat in the middle of the boat wrapped in two blankets while her son pulled the cord of the old engine, and the younger boy, nine, held her hand the whole night.

They had been saving diesel since spring, a litre at a time, hidden in a pickle jar under the kitchen floor of their house near the Kangryong shore. The owner of the boat, a neighbour, thought they were going out for crabs.

At first light a grey ship came out of the haze. A sailor called to them through a loudspeaker in a Korean that sounded strange. The father stood up and called back that they wanted to go south, to stay, all five of them.

The neighbour did not. Two weeks later he was walked back to the line at Panmunjom, as he had asked.

Comments are closed.
""",
    ),
    dict(
        id="h15e10",
        url="https://www.pyongyanglens.example/briefs/west-sea-boats-minder",
        pub_date="2025-11-20",
        events=["G15-kangryong-boat-2025", "G15-kangryong-control-2025",
                "G15-kangryong-relatives-2025"],
        text="""PYONGYANG LENS  >  Briefs

West coast: every fishing boat now sails with a minder

Date: 2025-11-20

Since October, fishing boats in South Hwanghae province have had to take a security ministry officer on board for every trip and return to port by sunset, two sources in the province said. Boats are numbered and their fuel is rationed by the harbour office.

The order followed the flight of a Kangryong family of five who took a wooden boat across the sea border in early September.

Relatives of the family - the wife's brother, his wife and their son - were taken away by state security officers in October, one of the sources said. Their whereabouts are not known.

Related: How the North rations diesel | Kangryong county profile
""",
    ),
    dict(
        id="h15e11",
        url="https://crossingwatch.example/alerts/2026-02-13-oudomxay",
        pub_date="2026-02-13",
        events=["G15-oudomxay-arrest-2026"],
        text="""CROSSING WATCH  |  Urgent alerts
Donate  |  Alerts  |  Reports  |  About

URGENT: six North Koreans held in northern Laos

Fri 13 Feb 2026

Six North Koreans, among them a 12-year-old boy, were arrested by Lao police on Tuesday when officers stopped a long-distance bus near Oudomxay, according to a guide who had helped them from China.

The group - four women, a man and the boy - had crossed from Yunnan two days earlier and were trying to reach Thailand, the guide said.

The Seoul-based group urges the Lao government not to send them back. If returned, they would face interrogation and prison.

Oudomxay provincial police confirmed to a local reporter that "six foreigners without documents" had been detained on 10 February.

Share this alert | Sign the petition
""",
    ),
    dict(
        id="h15e12",
        url="https://www.mekongpost.example/region/laos-hands-six-to-dprk-embassy",
        pub_date="2026-03-09",
        events=["G15-oudomxay-arrest-2026", "G15-laos-return-2026"],
        text="""MEKONG POST
Region | Laos | Thailand | Cambodia | Myanmar | Business

Laos hands six detained North Koreans to DPRK embassy - activists

09/03/2026  11:05

Six North Koreans detained in northern Laos last month were handed over to the North Korean embassy in Vientiane on 5 March, activists and a church worker said.

The group, arrested on a bus in Oudomxay province in February, were driven to the capital in a police van and taken into the embassy compound that afternoon, the church worker said. They were flown out two days later via Beijing.

Lao officials said the case had been "handled according to law". South Korea's foreign ministry said it had "expressed its position" to Laos.

Thailand, where many North Koreans seek help from the South Korean embassy, was not involved.

Keywords: Laos, North Korea, refugees
""",
    ),
    dict(
        id="h15e13",
        url="https://www.liaoningobserver.example/en/2025/12/05/train-arrests",
        pub_date="2025-12-05",
        events=["G15-meihekou-arrest-2025"],
        text="""NORTHEAST OBSERVER  (English)

Three North Korean women taken off train in Jilin, rights group says

Posted 2025-12-05

Chinese police took three North Korean women off a southbound train at Meihekou station on Tuesday and detained them, a rights group said.

The women, aged between 24 and 39, had been living in hiding in a village in Heilongjiang for several years and were travelling on borrowed identity cards, the group said. They hoped to reach the South Korean consulate in a southern city.

They now face repatriation to North Korea. China's foreign ministry has said in the past that such people are illegal migrants, not refugees.

Related articles
- Jilin rail line adds winter services
- Border trade at Hunchun up 8pc
""",
    ),
    dict(
        id="h15e14",
        url="https://www.hangangwire.example/world/2026/04/29/china-repatriates-200",
        pub_date="2026-04-29",
        events=["G15-china-mass-2026", "G15-china-mass-2025", "G15-meihekou-return-2026",
                "G15-meihekou-arrest-2025"],
        text="""HANGANG NEWSWIRE

China sends about 200 North Koreans back in one night - activists

SEOUL, April 29 (HNW) - Chinese authorities sent about 200 detained North Koreans back across the border on Sunday night, a Seoul-based activist group and a source in Jilin province said on Wednesday.

Buses carrying the detainees from holding centres in Jilin and Liaoning drove to two crossings late on Sunday, and the North Koreans were handed to border guards before midnight, the source said.

It was the largest single return since November, when about 80 North Koreans were sent back, the group said. Three women seized on a train at Meihekou in December were sent back in January.

South Korea's foreign ministry said it was "verifying the reports" and urged China to respect the principle of non-refoulement. The Tokyo-based Asia Refugee Link said it had received similar information.

A 2024 UN report estimated that thousands of North Koreans are returned from China each year.
""",
    ),
    dict(
        id="h15e15",
        url="https://asiadailywire.example/2026/04/29/north-koreans-returned-china-night",
        pub_date="2026-04-29",
        events=["G15-china-mass-2026", "G15-china-mass-2025"],
        text="""ASIA DAILY WIRE  -  syndicated

China returns some 200 North Koreans in overnight operation

29-Apr-2026

Chinese authorities sent about 200 detained North Koreans back across the border on Sunday night, an activist group based in Seoul and a source in Jilin province said.Buses carried the detainees from holding centres in Jilin and Liaoning to two crossings, where they were handed to border guards before midnight, the source said.The group said it was the largest single return since November, when about 80 were sent back.

South Korea's foreign ministry said it was verifying the reports.

Distributed by Asia Daily Wire. All rights reserved.
""",
    ),
    dict(
        id="h15e16",
        url="https://permtoday.example/en/news/2026-03-25/missing-korean-builders",
        pub_date="2026-03-25",
        events=["G15-perm-missing-2026"],
        text="""PERM TODAY - English page
News | City | Region | Culture | Weather: -3C

Police search for two Korean builders who left site

25 March 2026, 14:10

Perm police are looking for two North Korean construction workers who did not return to their dormitory on the Motovilikha housing site on Saturday evening, the regional police press service said.

One of them, Ma Chol-hun, 34, is a plasterer; the second man, 29, is a tiler. Both had work permits valid until the end of the year. A missing-person case has been opened, the press service said.

The site foreman, who asked not to be named, said the two had gone to buy cigarettes "and simply never came back". Their phones were found on their bunks.

About 40 North Korean workers are employed on the site by a Russian contractor.

Read also: Kama embankment works to resume in April
""",
    ),
    dict(
        id="h15e17",
        url="https://www.hangangwire.example/world/2026/04/02/perm-workers-missing",
        pub_date="2026-04-02",
        events=["G15-perm-missing-2026"],
        text="""HANGANG NEWSWIRE

Two North Korean workers missing in Russia's Urals - police

MOSCOW, April 2 (HNW) - Russian police are searching for two North Korean construction workers who went missing from a building site in the Urals city of Perm last month, regional police said.

The men, one of them named by police as Ma Chol Hun, 34, left their dormitory on March 21 and have not been seen since. Their whereabouts remain unknown, a police spokeswoman said.

Activists in Seoul said they had no information that the men had contacted South Korean missions.

Several thousand North Koreans are believed to work in Russia despite UN sanctions.
""",
    ),
    dict(
        id="h15e18",
        url="https://www.pyongyanglens.example/analysis/russia-workers-new-rules",
        pub_date="2026-06-30",
        events=["G15-russia-control-2026", "G15-perm-recall-2026", "G15-perm-missing-2026"],
        text="""PYONGYANG LENS

Passports in the manager's safe: new rules for North Korean workers in Russia

30.06.2026

From May, North Korean workers in Russia have had to hand their passports and phones to their team managers, and may leave their dormitories only in groups of five with a minder, according to two people who supply labour to Russian contractors.

The rules followed the disappearance of two builders from a site in Perm in March.

This month, Pyongyang ordered the whole team of about 40 workers at the Perm site home, one of the suppliers said. They flew out of Moscow in mid-June.

The two missing builders have still not been found.

Previous analysis: What sanctions mean for the labour trade
""",
    ),
    dict(
        id="h15e19",
        url="https://uralsnews.example/en/2026/07/18/korean-worker-bus-orenburg",
        pub_date="2026-07-18",
        events=["G15-ufa-bus-2026"],
        text="""URALS NEWS (EN)

North Korean worker detained on bus to Orenburg

Sat 18 Jul 2026

Transport police in Bashkortostan detained a North Korean worker on an intercity bus to Orenburg on Thursday, the regional interior ministry said.

The man, 31, who had been employed at a brickworks in Ufa, had no passport and told officers he wanted to "go to the South Korean consulate", the ministry said in a statement.

He is being held pending a court decision and could be deported to North Korea.

The ministry did not give his name. The brickworks said he had left the dormitory two days earlier.

Tags: Ufa, migration, Korea
""",
    ),
    dict(
        id="h15e20",
        url="https://www.cambodiaweekly.example/provinces/battambang-restaurant-staff-missing",
        pub_date="2026-02-26",
        events=["G15-battambang-2026", "G15-kampot-2022"],
        text="""CAMBODIA WEEKLY
News  Provinces  Business  Lifestyle  Jobs

Three waitresses missing from North Korean restaurant in Battambang

Thursday, February 26, 2026

Three young women who worked as waitresses and singers at a North Korean-run restaurant in Battambang have gone missing, staff at a neighbouring hotel said.

They were last seen on Sunday afternoon walking towards the riverside market, a hotel receptionist said. Since then the restaurant, near the old French bridge, has been closed "for renovation", according to a note on its door.

Provincial police said they were "looking into" the report but had received no formal complaint.

In 2022 two waitresses from a North Korean restaurant in Kampot also disappeared; their whereabouts were never made public.

Share | Print | Comment (12)
""",
    ),
    dict(
        id="h15e21",
        url="https://www.cambodiaweekly.example/news/nk-restaurant-staff-leave",
        pub_date="2026-04-07",
        events=["G15-cambodia-recall-2026", "G15-battambang-2026"],
        text="""CAMBODIA WEEKLY

North Korean restaurant staff leave Cambodia

07.04.2026

The remaining eleven staff of a North Korean restaurant in Battambang were ordered back to Pyongyang and flew out of Phnom Penh in late March, a travel agent who booked their tickets said.

The restaurant had been shut since three waitresses went missing in February. The restaurant's lease has been terminated, the landlord said.

The closure of the restaurant is not expected to affect the North Korean embassy, which remains open.

Related: New flights between Siem Reap and Bangkok
""",
    ),
    dict(
        id="h15e22",
        url="https://www.gaboroneweekly.example/politics/dprk-embassy-gaborone-closes",
        pub_date="2025-12-16",
        events=["G15-gaborone-closure-2025", "G15-bissau-closure-2024", "G15-freetown-closure-2024"],
        text="""GABORONE WEEKLY
Politics | Business | Sport | Opinion

North Korea shuts Gaborone embassy

Tuesday 16 December 2025

North Korea closed its embassy in Gaborone on Friday, Botswana's Ministry of International Affairs confirmed, ending a presence of more than four decades.

The ministry said it had been notified by a diplomatic note and that matters concerning North Korea would be handled by its embassy in Pretoria.

The closure follows the North's withdrawal from Guinea-Bissau and Sierra Leone, both last year.

Analysts in Seoul said Pyongyang has shut several missions in recent years to save money.

Advertisement

(c) Gaborone Weekly 2025
""",
    ),
    dict(
        id="h15e23",
        url="https://www.pyongyanglens.example/briefs/sakchu-public-trial",
        pub_date="2026-04-06",
        events=["G15-sakchu-trial-2026", "G15-sakchu-order-2026"],
        text="""PYONGYANG LENS  >  Briefs

Public trial in Sakchu: one broker executed

Updated: 6 April 2026

Authorities in Sakchu county, North Pyongan province, held a public trial in the county stadium in late March at which three people accused of guiding defectors across the Yalu were sentenced, a source in the province said. One, a man in his fifties, was shot on the spot; the other two received 15 years in a prison camp.

Residents were ordered to attend.

Since February, border guards along the river in Sakchu have orders to shoot anyone who comes within 500 metres of the bank at night without a permit, and families with a member who has left the country must report to the security office every week, the source said.
""",
    ),
    dict(
        id="h15e24",
        url="https://crossingwatch.example/reports/sakchu-shooting",
        pub_date="2026-06-04",
        events=["G15-sakchu-shooting-2026", "G15-sakchu-attempt-2026"],
        text="""CROSSING WATCH  |  Reports

Woman shot dead in the Yalu near Sakchu

4 June 2026

A woman was shot dead by North Korean border guards while wading across the Yalu River near Sakchu in the middle of May, two sources told Crossing Watch.

She was in her thirties and had tried to reach the Chinese bank at night, one of the sources said. Her body was left on the bank until the next morning "as a warning".

Such killings are the most brutal part of the border regime, and the risk is present every night.

Donate | Newsletter
""",
    ),
    dict(
        id="h15e25",
        url="https://maghrebmonitor.example/en/diplomacy/2026/09/north-korean-rabat",
        pub_date="2026-09-15",
        events=["G15-rabat-2026"],
        text="""MAGHREB MONITOR
Diplomacy | Economy | Security

Report: North Korean trade official in Rabat flees to third country

15 Sep 2026

A North Korean trade official posted in Rabat has left Morocco for a third country and is seeking to resettle in South Korea, a South Korean newspaper reported, citing diplomatic sources.

The official, identified only by his surname Seonu, worked for a North Korean company selling fishing equipment and left in late August, the report said.

Morocco's foreign ministry said it "cannot confirm" the report. South Korea's foreign ministry declined to comment.

Related: Morocco, Korea sign fisheries memorandum
""",
    ),
    dict(
        id="h15e26",
        url="https://steppetimes.example/en/2026/05/22/mongolia-denies-deporting",
        pub_date="2026-05-22",
        events=["G15-zamynuud-2026", "G15-zamynuud-arrest-2026"],
        text="""STEPPE TIMES (English)

Mongolia denies sending two North Koreans back

22/05/26 09:45

Mongolia's foreign ministry on Friday denied a report that two North Koreans detained near the border town of Zamyn-Uud had been deported to North Korea on Wednesday.

"This is not true. Mongolia does not send such persons back," a ministry spokesman said.

A Seoul-based activist group had said the two men, who crossed from China's Inner Mongolia in early May, were handed to North Korean officials and flown to Pyongyang via Beijing on 20 May.

Related: Ulaanbaatar air quality improves
""",
    ),
    dict(
        id="h15e27",
        url="https://koreaexplained.example/faq/defectors-in-numbers",
        pub_date=None,
        events=[],
        text="""KOREA EXPLAINED
FAQ | Glossary | Maps

Defectors in numbers: a short guide

More than 34,000 North Koreans have reached South Korea since the end of the Korean War, most of them women. The number of arrivals fell sharply after 2020, when the border was sealed during the pandemic, and has only partly recovered.

Crossing the Yalu or Tumen at night is the most dangerous part of most escapes. Those caught in China are usually sent back and interrogated.

One in five defectors who arrived since 2015 was a soldier, a fisherman or an overseas worker, according to a 2024 survey.

If a senior official were to defect, Pyongyang would probably recall staff from the region.

Glossary - Non-refoulement: the principle that no one should be returned to a country where they face persecution.

Last reviewed by the editors.
""",
    ),
    dict(
        id="h15e28",
        url="https://peninsulayear.example/2026/timeline",
        pub_date="2026-12-01",
        events=["G15-lapaz-geum-2025", "G15-soldier-central-2026", "G15-china-mass-2026",
                "G15-perm-missing-2026", "G15-penang-sailor-2026"],
        text="""PENINSULA YEAR
The year in North Korea, month by month

REPORT  01-12-2026

JAN 13 - Seoul says La Paz first secretary Geum Yong‑bom, who fled in July 2025, has arrived with his family.
MAR 21 - Two North Korean builders go missing in Perm; still not found.
APR 14 - A private crosses the central front.
APR 26 - China returns about 200 North Koreans in one night.
AUG 9 - A North Korean sailor walks off his ship in Penang.
OCT - Missile tests; party plenum.

Next: the year in South Korea
""",
    ),
    dict(
        id="h15e29",
        url="https://diplomaticdispatch.example/issue-52",
        pub_date="2026-01-05",
        events=["G15-gaborone-closure-2025", "G15-bissau-closure-2024", "G15-freetown-closure-2024",
                "G15-niamey-closure-2025"],
        text="""DIPLOMATIC DISPATCH WEEKLY
Issue 52 | 2026-01-05

MOVES AND CLOSURES

- DPRK: the embassy in Gaborone closed in December 2025, adding to a list of African missions shut since 2024 that already included Bissau and Freetown, and Niamey, closed in March 2025. Botswana's affairs will be handled from Pretoria.
- Chile: new ambassador presents credentials in Canberra.
- Kazakhstan: consulate opens in Busan.

Subscribe | Archive
""",
    ),
    dict(
        id="h15e30",
        url="https://straitsharbour.example/penang/korean-sailor-asylum",
        pub_date="2026-08-12",
        events=["G15-penang-sailor-2026"],
        text="""STRAITS HARBOUR NEWS
Penang | Ports | Shipping

Sailor from North Korean-flagged freighter walks off ship in Penang

12 August 2026 - 08:30

A crewman from a North Korean-flagged cargo ship docked at Butterworth walked off the vessel on Sunday and asked police to hand him to the UN refugee agency, port sources said.

The man, in his twenties, left the ship during a crew change and took a taxi to a police station in George Town, where he said he did not want to go back. He was later taken into the care of UNHCR.

The ship sailed on Monday without him. Malaysia has had no diplomatic relations with North Korea since 2021.

Related: Port volumes rise 4pc
""",
    ),
    dict(
        id="h15e31",
        url="https://www.hangangwire.example/korea/2026/10/20/sailor-penang-seoul",
        pub_date="2026-10-20",
        events=["G15-penang-sailor-2026", "G15-ufa-return-2026", "G15-ufa-bus-2026"],
        text="""HANGANG NEWSWIRE

Sailor who left North Korean ship in Malaysia arrives in Seoul

SEOUL, Oct. 20 (HNW) - A North Korean sailor who left his ship in Malaysia in August has arrived in South Korea, the unification ministry said on Tuesday.

The man, 26, identified by the ministry only by his surname Ok, walked off a cargo ship in Penang on August 9 and was later brought to Seoul with the help of the UN refugee agency, a ministry official said.

In a separate case, a North Korean brickworks worker who was caught on a bus in Russia's Bashkortostan in July was deported to North Korea in September, an activist group said.
""",
    ),
    dict(
        id="h15e32",
        url="https://crossingwatch.example/reports/annual-returns-2026",
        pub_date="2026-11-02",
        events=["G15-china-mass-2026", "G15-laos-return-2026"],
        text="""CROSSING WATCH  |  Reports
Donate  |  Alerts  |  Reports  |  About

Returns in 2026: what we know so far

2 Nov 2026

The number of North Koreans known to have been sent back from China this year is already higher than in all of 2025, our monitors estimate, though exact figures are impossible to obtain.

The single largest case came in April, when Chinese authorities sent about 200 detainees back in one night.

Laos also handed over a group of six, including a child, in March - the first known return from Laos in several years.

Most of those returned are held for months in detention centres in border cities, where beatings are routine.

Download the full report (PDF, 2.1 MB)
""",
    ),
]
