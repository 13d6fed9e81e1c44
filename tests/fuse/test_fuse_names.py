from crossings.fuse import fuse_mentions
from crossings.fuse.names import name_key, renamed_to, romanise, sound_key, split_name, surname_of


def test_one_key_across_romanisations_and_hangul():
    spellings = ["Thae Yong-ho", "Thae Yong Ho", "Tae Yong-ho", "Taeyongho", "태영호", "Yong-ho Thae"]
    assert len({name_key(s) for s in spellings}) == 1


def test_surname_tables():
    for group in (["Ri Chol-su", "Lee Chol-su", "Yi Chol-su", "리철수", "이철수"],
                  ["Ryu Song-min", "Yu Song-min", "류성민"],
                  ["Jo Kwang-il", "Cho Kwang-il", "조광일"],
                  ["Park Myong-hui", "Pak Myong Hui", "박명희"],
                  ["Choe Un-ha", "Choi Eun-ha", "최은하"]):
        assert len({name_key(s) for s in group}) == 1, group


def test_revised_and_mccune_reischauer_given_names_meet():
    assert name_key("Kim Chol-ung") == name_key("Kim Cheol-ung") == name_key("김철웅")
    assert name_key("Hyon Song-il") == name_key("Hyeon Seong-il")


def test_different_people_differ():
    assert name_key("Kim Chol-ung") != name_key("Kim Yong-nam")
    assert name_key("Ri Chol-su") != name_key("Pak Chol-su")


def test_bare_surname_has_no_key_but_a_surname():
    assert name_key("Thae") is None
    assert surname_of("Thae") == surname_of("Tae Yong-ho") == "tae"
    assert name_key(None) is None and name_key("") is None


def test_romanise_and_split():
    assert romanise("김") == "gim"
    assert split_name("남궁민수") == ("namgung", "minsu")  # a two-syllable surname
    assert split_name("Taeyongho") == ("tae", "yongho")


def test_recorded_name_changes():
    assert renamed_to("after arriving he changed his name to Han Song-min for his safety") == ["Han Song-min"]
    assert renamed_to("the envoy, now known as Pak Il-bom, spoke") == ["Pak Il-bom"]
    assert renamed_to("그는 한성민으로 개명했다") == ["한성민"]
    assert renamed_to("he did not change anything") == []


def test_sound_key_folds_surname_spellings_the_table_keeps_apart():
    assert sound_key("Jang Song-gil") == sound_key("Jong Sung Gil") == sound_key("Chang Song Kil")
    assert sound_key("Jang Song-gil") != sound_key("Jang Myong-chol")
    assert sound_key("Jang Il") is None  # too short a given name to tell people apart
    assert sound_key("Jang") is None


def test_one_name_heard_two_ways_is_one_event(mention):
    ms = [mention("a", name="Jang Song-gil", country="IT", date="2018-11"),
          mention("b", name="Jong Sung Gil", country="IT", date="2018-11")]
    [event] = fuse_mentions(ms, {"a": None, "b": None})
    assert len(event.mentions) == 2


def test_names_that_sound_alike_still_need_the_rest_to_agree(mention):
    ms = [mention("a", name="Jang Song-gil", country="IT", date="2018-11"),
          mention("b", name="Jong Sung Gil", country="IT", date="2009-03")]
    assert len(fuse_mentions(ms, {"a": None, "b": None})) == 2


def test_different_given_names_stay_two_people_whatever_the_surname(mention):
    ms = [mention("a", name="Jang Song-gil", country="IT", date="2018-11"),
          mention("b", name="Jong Myong-chol", country="IT", date="2018-11")]
    assert len(fuse_mentions(ms, {"a": None, "b": None})) == 2
