"""Gold events of the held-out corpus (invented). Imported by build.py."""


def S(name, descriptor, role, count=1, age=None, minor=None):
    return {"name": name, "descriptor": descriptor, "role": role, "count": count, "age": age, "minor": minor}


def O(city=None, country=None, region=None):
    return {"city": city, "country": country, "region": region}


def D(value, precision):
    return {"value": value, "precision": precision}


def E(id, type, status, subjects, origin, destination, date, notes="", optional=False):
    ev = {"id": id, "type": type, "status": status, "subjects": subjects, "origin": origin,
          "destination": destination, "date": date, "notes": notes}
    if optional:
        ev["optional"] = True
    return ev


EVENTS = [
    E("H-kang-lusaka", "defection", "confirmed",
      [S("Kang Myong Chol", "counsellor at the embassy in Lusaka", "diplomat", age=52),
       S(None, "his wife", "family_member"), S(None, "two sons", "family_member", count=2)],
      O("Lusaka", "ZM"), "KR", D("2026-02", "month"),
      "first reported as a disappearance (14 Feb), later confirmed arrival in Seoul; left post mid-February"),
    E("H-soldier-mdl-0304", "defection", "confirmed",
      [S(None, "a North Korean soldier", "military")], O(None, "KP", "central front"), "KR",
      D("2026-03-04", "day"), "JCS; 'on the 4th'"),
    E("H-soldier-summer-2025", "defection", "reported",
      [S(None, "a soldier (earlier land-border crossing)", "military")], O(None, "KP"), "KR", D("2025", "season"),
      "background: 'the first such crossing ... since last summer' (codebook: 'first since' cites the earlier event)"),
    E("H-envoy-2023", "defection", "reported",
      [S(None, "an envoy at least as senior, implied", "diplomat")], O(None, None), "KR", D("2023", "year"),
      "'the most senior envoy ... since 2023' implies an earlier case but names none: ambiguous", optional=True),
    E("H-shenyang-arrest", "attempted_defection", "reported",
      [S("Choe Sun Ok", "a 34-year-old woman", "civilian", age=34),
       S(None, "her teenage daughter", "civilian", minor=True), S(None, "three men", "civilian", count=3)],
      O(None, "KP"), None, D("2025-08", "month"),
      "caught by Chinese police in Shenyang 'last August'; civilians leave from KP"),
    E("H-shenyang-repatriation", "repatriation", "reported",
      [S(None, "five North Koreans", "civilian", count=5)], O("Dandong", "CN"), "KP", D("2025-10", "month")),
    E("H-shenyang-punishment", "punishment", "reported",
      [S("Choe Sun Ok", "the mother", "civilian"), S(None, "her brother, a local party official", "official")],
      O(None, "KP"), None, D("2026-03", "month"), "sent to camp / purged in March"),
    E("H-close-dakar", "mission_closure", "confirmed", [], O("Dakar", "SN"), None, D("2025-10", "month")),
    E("H-close-nakhodka", "mission_closure", "reported", [], O("Nakhodka", "RU"), None, D("2025-11", "month")),
    E("H-close-kathmandu", "mission_closure", "reported", [], O("Kathmandu", "NP"), None, D("2025-12", "month")),
    E("H-africa-pairs-rule", "control_measure", "confirmed",
      [S(None, "diplomats posted in Africa", "diplomat", count=None)], O(None, None, "Africa"), None,
      D("2026-03", "month"), "NIS told lawmakers"),
    E("H-lusaka-recall", "recall", "reported",
      [S("Jon Yong Nam", "the ambassador", "diplomat"), S(None, "two other staff", "diplomat", count=2)],
      O("Lusaka", "ZM"), None, D("2026-02", "month"), "'late February'"),
    E("H-ulaanbaatar-denied", "defection", "denied",
      [S("Pak Chol Jin", "second secretary", "diplomat"), S(None, "his wife", "family_member")],
      O("Ulaanbaatar", "MN"), None, D("2026-06", "month"), "'last week' before 11 June"),
    E("H-shanghai-unconfirmed", "defection", "unconfirmed",
      [S(None, "a North Korean trade official stationed in Shanghai", "trade_official")],
      O("Shanghai", "CN"), "KR", D("2026-05", "month")),
    E("H-hyesan-executions", "punishment", "reported",
      [S(None, "three border guards", "military", count=3)], O("Hyesan", "KP"), None, D("2026-01", "month"),
      "'last month' against 3 Feb"),
    E("H-kazan-missing", "disappearance", "reported",
      [S(None, "four North Korean construction workers", "overseas_worker", count=4)],
      O("Kazan", "RU"), None, D("2026-08", "month"), "never resolved in the corpus"),
    E("H-kazan-recall", "recall", "reported",
      [S(None, "about 30 workers", "overseas_worker", count=30)], O("Kazan", "RU"), None, D("2026-08", "month")),
    E("H-stockholm-2017", "defection", "reported",
      [S("Ri Chol Su", "deputy ambassador", "diplomat")], O("Stockholm", "SE"), "KR", D("2017", "year"),
      "background mention"),
    E("H-vladivostok-2019", "defection", "reported",
      [S("Paek Un Hui", "trade official", "trade_official")], O("Vladivostok", "RU"), "KR", D("2019", "year"),
      "background mention"),
    E("H-kathmandu-2016", "defection", "reported",
      [S(None, "13 restaurant workers", "restaurant_worker", count=13)], O("Kathmandu", "NP"), "KR",
      D("2016", "season"), "background mention, spring 2016"),
    E("H-han-songmi-2014", "defection", "reported",
      [S("Han Song Mi", "former kindergarten teacher", "civilian")], O(None, "KP"), "KR", D("2014", "year"),
      "Q&A subject; crossed the Tumen in 2014"),
    E("H-nll-boat", "defection", "confirmed",
      [S(None, "two North Korean fishermen", "civilian", count=2)], O(None, "KP"), "KR",
      D("2026-09-12", "day"), "JCS; 'on Saturday' before Monday 14 Sep"),
    E("H-nll-boat-return", "repatriation", "confirmed",
      [S(None, "two others who asked to go home", "civilian", count=2)], O(None, "KR"), "KP",
      D("2026-09-13", "day"), "voluntary return, not forced: ambiguous under the codebook", optional=True),
    E("H-north-hamgyong-order", "control_measure", "reported",
      [], O(None, "KP", "North Hamgyong"), None, D("2026-06", "month"), "'early June'"),
    E("H-nakhodka-sailor", "attempted_defection", "confirmed",
      [S(None, "a North Korean sailor", "civilian")], O("Nakhodka", "RU"), None, D("2026-09", "month"),
      "named port official on record"),
    E("H-jilin-denied", "repatriation", "denied",
      [S(None, "about 80 North Koreans", "civilian", count=80)], O(None, "CN", "Jilin"), "KP",
      D("2026-04", "month"), "'last week' before 29 Apr"),
    E("H-vientiane-it", "defection", "reported",
      [S(None, "a North Korean IT worker", "overseas_worker")], O("Vientiane", "LA"), None, D(None, "unknown"),
      "page shows no date"),
    E("H-yun-hyeran", "defection", "reported",
      [S("Yun Hye Ran", "41-year-old mother", "civilian", age=41),
       S(None, "her 12-year-old daughter", "civilian", age=12, minor=True)],
      O("Hyesan", "KP"), "KR", D("2026-06", "month"), "fled early June; arrived Seoul last month"),
    E("H-ri-kwangsok", "defection", "reported",
      [S("Ri Kwang Sok", "logging camp worker", "overseas_worker", age=45)], O(None, "RU", "Far East"), "KR",
      D("2025-08", "month"), "EN+KO pair (리광석); escaped last August"),
    E("H-china-repatriation-nov", "repatriation", "reported",
      [S(None, "탈북민 약 50명", "civilian", count=50)], O(None, "CN"), "KP", D("2025-11", "month")),
    E("H-workers-phone-ban", "control_measure", "confirmed",
      [S(None, "해외 파견 노동자", "overseas_worker", count=None)], O(None, None, None), None,
      D("2026-02", "month"), "NIS briefing; 지난달 against March"),
    E("H-soldier-attempt-april", "attempted_defection", "confirmed",
      [S(None, "북한군 병사 1명", "military")], O(None, "KP", "중부전선"), None, D("2026-04", "month")),
    E("H-hanoi-missing", "disappearance", "unconfirmed",
      [S(None, "무역대표부 직원", "trade_official"), S(None, "부인", "family_member")], O("Hanoi", "VN"), None,
      D("2026-05", "month")),
    E("H-shenyang-recall", "recall", "reported",
      [S(None, "무역일꾼 30여 명", "trade_official", count=30)], O("Shenyang", "CN"), None,
      D("2026-09-16", "day")),
]
