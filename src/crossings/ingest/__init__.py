"""Stage 1: sources (files, directories, manifests, HTML, WARC, feeds, URLs) -> RawPage records.

`read_inputs` yields a RawPage per page, or an InputError per input that could not be read,
so that one bad file never stops a batch.
"""
from crossings.ingest.sources import read_inputs

__all__ = ["read_inputs"]
