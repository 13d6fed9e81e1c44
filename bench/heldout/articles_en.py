"""English articles of the held-out corpus: invented text, fictional people and outlets."""

A = []


def doc(id, url, pub, events, text):
    A.append({"id": id, "url": url, "lang": "en", "pub": pub, "events": events, "text": text.strip() + "\n"})


doc("h01", "https://www.seoulledger.example/world/2026/02/20/nk-diplomat-zambia-missing", "2026-02-20",
    ["H-kang-lusaka"], """
North Korean diplomat in Zambia missing with family, sources say

A senior North Korean diplomat posted to Zambia has gone missing together with his wife and two sons, diplomatic sources in Lusaka said on Friday.

Kang Myong Chol, 52, a counsellor at the North Korean embassy in Lusaka, was last seen leaving the compound on the 14th and has not been heard from since, according to two people familiar with the matter. His whereabouts are unknown.

Zambian police declined to comment. South Korea's foreign ministry said it was "aware of the reports" but would not say more.

Kang had handled the embassy's commercial affairs, including a statue-building business, one source said. The embassy did not answer calls.
""")

doc("h02", "https://wire.crossingsnews.example/asia/2026-04-08/seoul-confirms-zambia-diplomat", "2026-04-08",
    ["H-kang-lusaka", "H-envoy-2023"], """
SEOUL, April 8 (Crossings Wire) - South Korea's unification ministry on Wednesday confirmed that a North Korean diplomat who vanished from his post in Zambia has arrived in Seoul with his family.

Kang Myong Chol, a counsellor at the North's embassy in Lusaka, left his post in mid-February and reached South Korea last month together with his wife and two sons, ministry spokesperson Yoo Seung-hee told a regular briefing.

"He is in good health and is undergoing the usual protection procedures," Yoo said, declining to describe the route the family took.

A second embassy employee who was rumoured in Lusaka to have fled with Kang did not defect and remains at the embassy, a ministry official said on condition of anonymity.

Kang is the most senior North Korean envoy to come to the South since 2023.
""")

doc("h03", "https://wire.crossingsnews.example/asia/2026-03-05/soldier-crosses-dmz", "2026-03-05",
    ["H-soldier-mdl-0304", "H-soldier-summer-2025"], """
SEOUL, March 5 (Crossings Wire) - A North Korean soldier walked across the heavily fortified border into South Korea on the 4th, South Korea's Joint Chiefs of Staff (JCS) said on Thursday.

The soldier crossed the military demarcation line on the central front at around 10 p.m. and was taken into custody by South Korean troops, the JCS said in a text message to reporters. "The soldier expressed his intention to defect," it said.

There was no unusual movement by the North Korean military, the JCS added. Authorities are questioning the man about his motives.

It was the first such crossing by a soldier on the land border since last summer.
""")

doc("h04", "https://koreadispatch.example/news/articleView.html?idxno=88213", "2026-03-05",
    ["H-soldier-mdl-0304"], """
Home | Politics | North Korea | Opinion

Share
Text Size
Print

North Korean soldier defects across DMZ, military says

By Daniel Whitcombe
Updated: 2026-03-05 14:02

Advertisement

A North Korean soldier defected to South Korea by crossing the Military Demarcation Line on Wednesday night, the Joint Chiefs of Staff said.

South Korean soldiers spotted the man moving south through the central sector and "guided" him to safety after he signalled that he wanted to defect, according to the JCS. He was unarmed.

The crossing comes as the North has been laying mines and building barriers along the border.

Advertisement

Related stories
- Seoul to expand resettlement aid for defectors
- Opinion: The DMZ is not a museum

Copyright Korea Dispatch. All rights reserved.
""")

doc("h05", "https://www.thelongread.example/features/2026/05/18/the-safe-house", "2026-05-18",
    ["H-shenyang-arrest", "H-shenyang-repatriation", "H-shenyang-punishment"], """
The safe house

By Hannah Riesling

The apartment on the ninth floor in Shenyang had thin curtains and a rice cooker that nobody used. Choe Sun Ok, a 34-year-old woman from Musan, had been hiding there for three weeks with her teenage daughter and three men when the knock came.

Chinese police raided the flat last August, hours before the group was due to board a bus south toward the Laos border, according to the activist who had arranged their escape and who spoke on condition that his name not be used. All five were taken to a detention centre.

For weeks the activist heard nothing. Then, in October, a contact in Dandong told him that the five had been driven across the Friendship Bridge and handed to North Korean security officials. China considers such people illegal economic migrants rather than refugees and sends them back under a 1986 agreement with Pyongyang.

What happened next reached the activist only this spring. Choe was sent to a labour camp in March, and her brother, a local party official in Musan, was purged and expelled to a farm, the contact said.

"She did everything right," the activist said. "The only thing she could not control was luck."

Human rights groups say thousands of North Koreans have been returned from China over the past decade. Beijing has not commented on this case.
""")

doc("h06", "https://www.peninsulabrief.example/2026/01/12/list-north-korea-missions-closed", "2026-01-12",
    ["H-close-dakar", "H-close-nakhodka", "H-close-kathmandu"], """
North Korea's shrinking map: the missions it shut in 2025

Pyongyang has been quietly trimming its network of embassies and consulates, citing "efficiency" in a short statement carried by state media. Here are the missions that closed at the end of last year:

1. Embassy in Dakar, Senegal - closed in October 2025. Senegal's foreign ministry confirmed the departure of the last staff.
2. Consulate general in Nakhodka, Russia - shut in November 2025, according to local Russian media.
3. Embassy in Kathmandu, Nepal - closed in December 2025, according to diplomats in the Nepali capital.

Analysts say the embassy in Harare could be next, though Zimbabwean officials say they have received no notice. North Korea still maintains around 44 missions worldwide, down from 53 in 2019.

Advertisement

Sign up for our weekly newsletter
""")

doc("h07", "https://www.asiasecurityreview.example/analysis/2026/04/20/pyongyang-tightens-grip", "2026-04-20",
    ["H-kang-lusaka", "H-africa-pairs-rule", "H-lusaka-recall"], """
ANALYSIS: After the Lusaka defection, Pyongyang tightens the leash on its envoys

By Marcus Oyelaran

The flight of counsellor Kang Myong Chol from Lusaka to Seoul has set off a familiar chain reaction in Pyongyang.

In late February, shortly after Kang vanished, the North summoned its ambassador to Zambia, Jon Yong Nam, and two other embassy staff back to Pyongyang, a source in the Zambian capital said. None has returned.

Then, in March, North Korea ordered its diplomats posted in Africa to travel only in pairs and to hand their passports to the embassy's security officer when not on official business, South Korea's National Intelligence Service (NIS) told lawmakers in a closed-door briefing last week.

Such measures rarely last, one former South Korean diplomat said. "They tighten, people adapt, and the next one leaves anyway." He predicted that at least one more envoy may seek asylum before the end of the year.
""")

doc("h08", "https://www.steppetimes.example/politics/2026/06/11/ministry-denies-asylum-report", "2026-06-11",
    ["H-ulaanbaatar-denied"], """
ULAANBAATAR - Mongolia's foreign ministry on Thursday denied reports that a North Korean diplomat stationed in Ulaanbaatar had sought asylum.

A Seoul-based news website reported on Tuesday that Pak Chol Jin, a second secretary at the North Korean embassy, had fled with his wife last week and asked for protection at a third country's mission.

"This information does not correspond to reality. No such request has been made in Mongolia," ministry spokeswoman Oyuntsetseg Batbold told reporters.

The North Korean embassy could not be reached.
""")

doc("h09", "https://www.morningcable.example/briefs/2026/07/02/shanghai-trade-official", "2026-07-02",
    ["H-shanghai-unconfirmed"], """
IN BRIEF

A North Korean trade official stationed in Shanghai defected to South Korea in May, a Seoul daily reported on Thursday, citing an unnamed government source. The National Intelligence Service said it could not confirm the report. "We have nothing to share on individual cases," an NIS official said.
""")

doc("h10", "https://www.borderlinesnk.example/2026/02/03/hyesan-border-guards-executed", "2026-02-03",
    ["H-hyesan-executions"], """
Three border guards executed in Hyesan for helping escapees, source says

North Korean authorities publicly executed three border guards in the city of Hyesan last month for taking bribes to let people cross the Yalu river into China, a source in Ryanggang province told the Tumen Monitor.

The three soldiers were shot in front of a crowd of several hundred residents, including students who were brought from nearby schools, the source said. Their commanding officer was dismissed.

The report could not be independently verified. North Korea rarely acknowledges such executions.
""")

doc("h11", "https://www.volganews.example/en/society/2026/08/19/workers-vanish-construction-site", "2026-08-19",
    ["H-kazan-missing"], """
Four North Korean workers vanish from Kazan building site

KAZAN, Aug 19 - Four North Korean construction workers have disappeared from a residential building site in Kazan, local media reported on Wednesday.

The men failed to return to their dormitory early this month and have not been seen since, a site foreman told the Tatar-language outlet Kazan Vesti. Police have opened a missing-persons file; their whereabouts remain unknown.

Thousands of North Korean labourers work in Russia despite U.N. sanctions that require their repatriation.
""")

doc("h12", "https://www.eastasiaforum-fake.example/2026/03/30/why-envoys-leave", "2026-03-30",
    ["H-kang-lusaka", "H-stockholm-2017", "H-vladivostok-2019", "H-kathmandu-2016"], """
Why North Korea's envoys keep walking away

Kang Myong Chol's disappearance from Lusaka in February is only the latest in a long line of departures that Pyongyang has been unable to stop.

In 2017, Ri Chol Su, the deputy ambassador in Stockholm, slipped away from his post and later surfaced in Seoul. Two years later, in 2019, Paek Un Hui, a trade official in Vladivostok, defected to the South with help from a Chinese broker. And in the spring of 2016, 13 restaurant workers walked out of a North Korean restaurant in Kathmandu and flew to South Korea together.

What links these cases is money. Overseas staff are expected to send home fixed sums, and the pressure has only grown under sanctions. About 34,000 North Koreans have reached the South since the 1950s, but only a small share were members of the elite.

More such cases are likely. Whether Pyongyang responds with carrots or sticks will decide how many.
""")

doc("h13", "https://www.globalvoicesop.example/opinion/2026-04-02-the-next-envoy", "2026-04-02",
    ["H-kang-lusaka"], """
OPINION | The next envoy will leave too

By Sarah Lindqvist

When Kang Myong Chol walked out of the North Korean embassy in Lusaka in February, he did what dozens of his colleagues dream of doing. Mark my words: others will follow.

Pyongyang will respond as it always does. Kang's relatives back home are likely to be sent to a prison camp, and the remaining diplomats in Africa could be recalled en masse. The regime may even close the embassy altogether.

None of this will stop the trickle. Seoul should prepare for a diplomat from Europe or Southeast Asia to seek asylum within months, and it should make clear that it will welcome them.
""")

doc("h14", "https://www.newcomersmag.example/interviews/2026/05/q-and-a-han-song-mi", "2026-05-06",
    ["H-han-songmi-2014"], """
Q&A: "Nobody leaves for a better job. You leave because you can't stay."

Published May 6, 2026

Han Song Mi, a former kindergarten teacher from Hoeryong, crossed the Tumen river into China in 2014 and reached South Korea a year later. She now runs a counselling centre for newcomers in Incheon. We spoke with her about the latest arrivals.

Q: Fewer people seem to be arriving. Why?
A: The border is almost sealed. Last year only about 230 people came, compared with nearly 3,000 a year in the late 2000s.

Q: Would you expect the soldiers at the border to try?
A: Some might defect if they had a chance, but most are too afraid. My cousin is a soldier. He did not defect; he would never risk his parents.

Q: What do newcomers need most?
A: Someone to talk to. The money helps, but loneliness is what breaks people.
""")

doc("h15", "https://www.footballpulse.example/transfers/2026/01/29/striker-defects-to-rivals", "2026-01-29",
    [], """
Striker completes shock defection to city rivals

Dutch forward Joris van Elst has completed a controversial move from PSV Eendhoven to their bitter rivals, with supporters branding the switch a "defection".

The 27-year-old, who scored 19 goals last season, signed a four-year contract on Wednesday. Fans burned replica shirts outside the stadium on Thursday night.

"I understand the anger, but football is my job," van Elst told reporters.
""")

doc("h16", "https://www.westminsterdaily.example/2026/02/16/mp-defects-to-reform", "2026-02-16",
    [], """
Veteran MP defects to rival party, leaving government majority thinner

A Conservative MP for a Midlands seat has defected to the Liberal Democrats, accusing her former party of "abandoning the centre ground".

Margaret Holloway, who has represented the constituency since 2010, announced her defection in a letter posted on social media. She is the third MP to cross the floor this parliament.

The government's working majority now stands at 11.
""")

doc("h17", "https://www.historyhour.example/cold-war/the-pilot-who-landed-in-japan", None,
    [], """
The pilot who landed in Japan

It was a grey morning in 1976 when Lieutenant Anatoly Grebenkin, a Soviet air force pilot, brought his MiG-25 down on a runway in Hakodate and asked for political asylum in the United States.

His defection handed Western intelligence its first close look at the "Foxbat", an aircraft NATO had feared for years. The Soviet Union demanded the plane back; Japan returned it in crates, after American engineers had taken it apart.

Grebenkin lived out his life in the United States and rarely spoke publicly about his choice.
""")

doc("h18", "https://www.healthwire.example/2026/03/11/birth-defects-study-folic-acid", "2026-03-11",
    [], """
Folic acid fortification cut birth defects by a fifth, study finds

Mandatory fortification of flour with folic acid was associated with a 21 percent drop in neural tube birth defects across 14 countries, researchers reported on Wednesday.

The study, published in a leading paediatrics journal, tracked 3.2 million births between 2005 and 2024. "The evidence is overwhelming," said lead author Dr. Priya Raman.

Campaigners urged governments that have not yet adopted fortification to act.
""")

doc("h19", "https://www.sportsdesk.example/2026/07/24/cuban-boxer-leaves-team-in-mexico", "2026-07-24",
    [], """
Cuban boxer leaves team at Central American Games

A Cuban boxer has abandoned his national team at the Central American and Caribbean Games in Mexico, in what Cuban officials described as a "betrayal".

Yoandris Pedroso, 23, a light-welterweight, failed to show up for a weigh-in on Tuesday and later posted a video from Monterrey saying he intended to seek asylum in the United States.

Dozens of Cuban athletes have defected during international competitions in recent years.
""")

doc("h20", "https://www.koreaweekly.example/news/missile-launch-east-sea", None,
    [], """
72.1 F
Seoul
Friday, October 16, 2026

North Korea fires ballistic missile into East Sea

North Korea fired a short-range ballistic missile off its east coast, South Korea's military said, the latest in a series of weapons tests.

The missile flew about 350 kilometres before landing outside Japan's exclusive economic zone, Japan's defence ministry said.

The launch came days before a planned joint drill by South Korean and U.S. forces. Pyongyang has called the drills rehearsals for invasion.

- Advertisement -

Most Popular
""")

doc("h21", "https://wire.crossingsnews.example/asia/2026-05-22/leaders-meet-in-tokyo", "2026-05-22",
    [], """
TOKYO, May 22 (Crossings Wire) - The leaders of South Korea, Japan and the United States agreed on Friday to deepen military information sharing on North Korea at a summit in Tokyo.

In a joint statement, the three leaders condemned Pyongyang's missile programme and called for the "complete denuclearisation" of the Korean peninsula. They also discussed supply chains and semiconductors.

The next trilateral summit will be held in Seoul next year.
""")

doc("h22", "https://www.sanctionswatch.example/2026/06/03/eu-adds-shipping-firms", "2026-06-03",
    [], """
EU sanctions five shipping firms over North Korean coal trade

The European Union on Wednesday added five shipping companies and three vessels to its North Korea sanctions list for transporting coal in breach of U.N. resolutions.

The firms, registered in Hong Kong and the Marshall Islands, used ship-to-ship transfers to disguise the origin of the cargo, the EU said. Their assets in the bloc will be frozen.
""")

doc("h23", "https://www.popbeat.example/kpop/boy-band-drama-ost", None,
    [], """
K-pop star to sing theme for drama about defectors

Ha Jun-seo, the lead vocalist of the boy band NOVA7, will record the theme song for "Across the River", a new drama about North Korean defectors starting their lives in Seoul, his agency said.

The 16-episode series follows three young defectors who open a chicken restaurant in Busan. "I hope people see defectors as neighbours," Ha said.

The drama premieres next month on a streaming platform.
""")

doc("h24", "https://wire.crossingsnews.example/asia/2026-09-14/fishing-boat-nll", "2026-09-14",
    ["H-nll-boat", "H-nll-boat-return"], """
SEOUL, Sept 14 (Crossings Wire) - Two North Korean fishermen whose wooden boat crossed the Northern Limit Line off the west coast on Saturday have said they want to defect to the South, the Joint Chiefs of Staff said on Monday.

The boat, carrying four men, was spotted by a South Korean patrol vessel and towed to port. Two of the men expressed their wish to stay and were handed to investigators. The other two, who said they wanted to go home, were sent back by boat across the maritime border on Sunday, the JCS said.

The North has not commented.
""")

doc("h25", "https://www.peoplefirstnews.example/2026/05/25/china-returned-five", "2026-05-25",
    ["H-shenyang-arrest", "H-shenyang-repatriation", "H-shenyang-punishment"], """
Seoul raises case of five North Koreans returned by China

South Korea's foreign ministry said on Monday that it had raised with Beijing the case of five North Koreans who were arrested in Shenyang last August and handed back to the North in October.

The group, which included a mother, Choe Sun Ok, and her daughter, was caught while trying to travel to Southeast Asia to reach South Korea, according to a Seoul-based rights group. The group says Choe was later sent to a labour camp and her brother was purged.

China's foreign ministry did not respond to a request for comment.
""")

doc("h26", "https://www.africadiplomat.example/news/2025/10/30/dprk-closes-dakar-embassy", "2025-10-30",
    ["H-close-dakar"], """
North Korea closes embassy in Dakar

North Korea has closed its embassy in Senegal, the Senegalese foreign ministry confirmed on Thursday. The last diplomats left Dakar this month, a ministry spokesman said.

The embassy, opened in the 1970s, had been run by a staff of four in recent years.
""")

doc("h27", "https://www.volganews.example/en/society/2026/08/28/workers-sent-home", "2026-08-28",
    ["H-kazan-missing", "H-kazan-recall"], """
North Korea orders Kazan workers home after colleagues vanish

KAZAN, Aug 28 - North Korea has ordered about 30 workers at a Kazan construction site to return home, days after four of their colleagues disappeared, a local contractor said on Friday.

The remaining men were bussed to the airport this week under the supervision of a manager from their company, the contractor said. The fate of the four missing men is still unknown.
""")

doc("h28", "https://www.borderlinesnk.example/2026/07/15/shoot-on-sight-order", "2026-07-15",
    ["H-north-hamgyong-order"], """
Leaked order: shoot anyone near the Tumen, expel defectors' families

North Korea has ordered border guards in North Hamgyong province to shoot anyone who approaches the Tumen river without a permit, according to a copy of an internal order obtained by the Tumen Monitor.

The order, issued in early June, also warns that the families of anyone who flees will be expelled to remote mountain villages. Residents were made to sign a pledge acknowledging it, a source in Hoeryong said.
""")

doc("h29", "https://www.pacificportnews.example/2026/10/02/sailor-caught-nakhodka", "2026-10-02",
    ["H-nakhodka-sailor"], """
North Korean sailor caught trying to jump ship at Nakhodka

A North Korean sailor tried to slip off a cargo ship in the port of Nakhodka last month to seek asylum but was caught by crew members before he reached the gate, Russia's deputy harbour master Viktor Orlov said on Friday.

"He ran toward the terminal shouting that he did not want to go back. His own crew dragged him to the ship," Orlov told reporters. The ship left port two days later.
""")

doc("h30", "https://www.chinadesk.example/2026/04/29/beijing-denies-mass-repatriation", "2026-04-29",
    ["H-jilin-denied"], """
Beijing denies mass repatriation report

BEIJING - China on Wednesday denied reports that it had forcibly sent back about 80 North Koreans from detention centres in Jilin province last week.

"The so-called report of a mass repatriation is not true," foreign ministry spokesman Zhao Wenbin told a regular briefing. A Seoul-based activist group had said the detainees were loaded onto buses and driven to the border city of Tumen.
""")

doc("h31", "https://www.mekongmonitor.example/story/it-worker-asylum-vientiane", None,
    ["H-vientiane-it"], """
Menu
Search
Subscribe

Share on Facebook
Share on X
Text Size

North Korean IT worker seeks asylum in Laos

A North Korean IT worker based in Vientiane walked into a European embassy and asked for asylum, two sources with knowledge of the case said.

The man had been part of a team earning money for Pyongyang by doing freelance software work under false identities, one of the sources said. The embassy declined to comment.

Advertisement

You may also like
Weather: Vientiane 31C, showers
""")

doc("h32", "https://www.peninsulabrief.example/2026/06/30/half-year-review", "2026-06-30",
    ["H-kang-lusaka", "H-soldier-mdl-0304", "H-close-kathmandu", "H-hyesan-executions"], """
Six months on the peninsula: what we learned

The first half of 2026 was busy. In January, three border guards were executed in Hyesan for helping people escape, according to the Tumen Monitor. On March 4, a soldier crossed the demilitarised zone and defected, the military confirmed. In February, Lusaka-based counsellor Kang Myong Chol fled his post and later arrived in Seoul, as the unification ministry confirmed in April.

Meanwhile the North continued to shrink its diplomatic footprint after the closure of its embassy in Kathmandu last December.

Expect the second half to bring more missile tests and, possibly, another high-profile defection.
""")

doc("h33", "https://www.thelongread.example/features/2026/09/08/the-daughter-who-counted-bridges", "2026-09-08",
    ["H-yun-hyeran"], """
The daughter who counted bridges

Yun Hye Ran, 41, fled her home in Hyesan in early June with her 12-year-old daughter. They crossed the river at night, spent five weeks moving through China and Laos, and arrived in Seoul last month after a stop in Bangkok.

"She counted every bridge we crossed," Yun said of her daughter. "Twenty-two. I never asked why."

Yun's husband died three years ago. She says she would not have left if he were alive.
""")

doc("h34", "https://www.morningcable.example/2026/01/15/defector-arrivals-record-low", "2026-01-15",
    [], """
Defector arrivals stay near record low

Some 236 North Korean defectors arrived in South Korea last year, the unification ministry said on Thursday, little changed from the previous year and far below the peak of 2,914 in 2009.

Women made up about 80 percent of the arrivals. In total, about 34,500 North Koreans have settled in the South since the end of the Korean War. The ministry attributed the low numbers to tight border controls on both the North Korean and Chinese sides.
""")

doc("h35", "https://www.siberiaherald.example/2026/02/11/logger-escapes-to-seoul", "2026-02-11",
    ["H-ri-kwangsok"], """
Former logger tells of escape from Russian camp

Ri Kwang Sok, 45, spent seven years felling trees in Russia's Far East for a North Korean state company. Last August he walked out of the camp, hitchhiked to Vladivostok and eventually made his way to South Korea, where he now lives.

"We worked 16 hours a day and our wages went to Pyongyang," Ri told Siberia Herald by phone from Seoul. He said he had not told his family before he left.
""")

doc("h36", "https://www.sportsdesk.example/2026/10/05/north-korean-team-leaves-doha", "2026-10-05",
    [], """
North Korea's table tennis team flies home from Doha

North Korea's table tennis squad left Doha on Monday after the world team championships, with all 12 players accounted for, tournament organisers said.

Speculation on social media that one of the players might defect proved unfounded. None of the athletes defected, and the team finished fifth.
""")
