from crossings.clean.chrome import strip_chrome

HEADLINE = "Two soldiers cross the border at night, army says"
BODY = [
    "Two soldiers crossed the military border before dawn on Sunday, the army said.",
    "They were taken in for questioning, an official told reporters.",
    "Read the full statement below, the ministry added in a message to the press.",
]
PAGE = "\n".join([
    "Skip to main content", "Skip to navigation", "Home > World > Asia", "Search", "Text Size", "Close",
    "Share", "Facebook", "71.2 F", "Springfield", "Sunday, March 3, 2024", "", HEADLINE, "",
    "- Advertisement -", BODY[0], "", "Photo: Harbour Agency", "Guards at the post [HARBOUR PHOTO]",
    "A patrol boat on the river. Photograph: Jane Roe/AFP/Getty Images", BODY[1], "",
    "[Another soldier crossed the same stretch of river last year]", "Read more: Border guards see record crossings",
    "Related Articles", BODY[2], "ADVERTISEMENT", "https://spam.example/cheap-watches",
    "Best casino bonus here http://casino.example", "© 2024 Harbour Tribune. All rights reserved.",
    "이 기사를 공유합니다", "• 댓글 0", "본문 바로가기",
])


def test_headline_and_every_body_sentence_are_kept_verbatim():
    clean = strip_chrome(PAGE)
    assert clean.splitlines()[0] == HEADLINE
    for sentence in BODY:
        assert sentence in clean.splitlines()


def test_chrome_lines_are_dropped():
    clean = strip_chrome(PAGE)
    for junk in ("Skip to", "Home >", "Text Size", "Close", "Share", "Facebook", "71.2 F", "Springfield",
                 "March 3, 2024", "Advertisement", "Photo:", "PHOTO]", "Photograph:", "[Another soldier",
                 "Read more", "Related", "spam.example", "casino", "©", "공유", "댓글", "바로가기"):
        assert junk.lower() not in clean.lower(), junk


def test_only_whole_lines_are_dropped():
    clean = strip_chrome(PAGE)
    assert all(line in PAGE.splitlines() for line in clean.splitlines())


def test_words_that_contain_chrome_words_stay():
    text = "Socialist officials said the close of the session was delayed.\nShare prices fell on Monday in Seoul."
    assert strip_chrome(text) == text
