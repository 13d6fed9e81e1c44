"""Stage 1: sources (files, directories, manifests, HTML, WARC, feeds, URLs) -> RawPage records.

`read_inputs` yields a RawPage per page, an InputError per input that could not be read, and
an InputNote per problem worked around, so that one bad file never stops a batch.
"""
from crossings.ingest.notes import InputNote
from crossings.ingest.sources import read_inputs

__all__ = ["InputNote", "read_inputs"]
