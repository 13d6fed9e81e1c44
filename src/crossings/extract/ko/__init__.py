"""Korean extraction: one Document -> one Mention per happening, read natively (no translation).

The chain, each step a module of this package:
  segment   sentences and clause cuts (offsets into the clean text)
  triggers  trigger words by type (lexicons/ko/triggers.yaml) and the cues that make a trigger a
            non-event: prediction, negation, intent, purpose, generality, statistics (cues.yaml)
  subjects  roles, counts, ages, relatives and names (kiwipiepy, run on trigger sentences only)
  fields    origin and destination (extract.places + places.yaml), dates (extract.timex),
            status (status.yaml) and credited sources (sources.yaml)
  frames    one reading of one happening per clause; cluster: frames -> happenings;
  build     happenings -> Mentions with a verified quote for every filled field
Names are exported in the English press's romanisation (romanize.py, figures.yaml), the Hangul
kept as an alias.
"""
from crossings.document import Document
from crossings.events import Mention


def extract_korean(doc: Document) -> list[Mention]:
    from crossings.extract.gate import filter_mentions
    from crossings.extract.ko.extractor import extract
    from crossings.extract.measures import set_measures

    return set_measures(filter_mentions(extract(doc), doc), "ko")


__all__ = ["extract_korean"]
