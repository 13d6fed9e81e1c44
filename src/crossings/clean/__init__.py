"""Stage 2: RawPage -> Document: boilerplate removal, metadata, publication date, language.

Near-duplicate detection lives in `dedup` and runs over a batch against the store's documents.
"""
from crossings.clean.page import clean_page

__all__ = ["clean_page"]
