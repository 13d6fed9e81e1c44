"""Language identification with lingua (offline models shipped in the wheel)."""
from __future__ import annotations

from functools import lru_cache


@lru_cache(maxsize=1)
def _detector():
    from lingua import Language, LanguageDetectorBuilder

    # Besides the two Crossings reads, the languages of the countries its news comes from: a page
    # in one of them must be named as such, never taken for English (with only eight candidates,
    # a Vietnamese page came out English and ran through the English extractor).
    langs = [Language.ENGLISH, Language.KOREAN, Language.CHINESE, Language.JAPANESE,
             Language.RUSSIAN, Language.FRENCH, Language.GERMAN, Language.SPANISH,
             Language.VIETNAMESE, Language.THAI, Language.MONGOLIAN, Language.INDONESIAN, Language.MALAY,
             Language.ARABIC, Language.ITALIAN, Language.PORTUGUESE, Language.POLISH, Language.TURKISH]
    return LanguageDetectorBuilder.from_languages(*langs).build()


def detect_language(text: str) -> str | None:
    sample = text[:1000]  # enough for a confident guess; detection cost grows with length
    if not sample.strip():
        return None
    lang = _detector().detect_language_of(sample)
    return lang.iso_code_639_1.name.lower() if lang else None
