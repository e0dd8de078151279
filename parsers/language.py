"""Language of the new (unquoted) text: script first, then lingua for Latin-script text."""

from __future__ import annotations

import re
import string
from functools import lru_cache

from lingua import Language, LanguageDetector, LanguageDetectorBuilder

__all__ = ["detect_language", "load_language_models"]

# Only Latin-script text reaches lingua, and only these languages are candidates:
# fewer candidates are both faster and more accurate on short, name-heavy mail.
_LATIN_LANGUAGES: dict[Language, str] = {
    Language.ENGLISH: "en",
    Language.FRENCH: "fr",
    Language.SPANISH: "es",
    Language.PORTUGUESE: "pt",
    Language.GERMAN: "de",
}
_MAX_CHARS = 1200
# Addresses, links, usernames and codes say nothing about the language.
_NOISE = re.compile(
    r"[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+|https?://[!-~]+|www\.[!-~]+|\b[a-z]{2}-[\w.]+\b"
    r"|[A-Za-z0-9._/-]*\d[A-Za-z0-9._/-]*|[|*_>#=\[\]()]",
    re.IGNORECASE,
)
# Every noise match lies inside one whitespace-free token that holds "@", "/" (of "://"),
# "." (of "www."), "-", a digit or one of the marks: only such tokens go through _NOISE.
_NOISY_TOKEN = re.compile(r"(?<!\S)[^\s@/.\-|*_>#=\[\]()\d]*+[@/.\-|*_>#=\[\]()\d]\S*")
_HAN = re.compile(r"[\u4e00-\u9fff\u3400-\u4dbf]")
_ARABIC = re.compile(r"[\u0600-\u06ff\u0750-\u077f\ufb50-\ufdff\ufe70-\ufeff]")
_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
_LATIN = re.compile(r"[A-Za-z\u00c0-\u024f]")
_ASCII_LETTERS = string.ascii_letters.encode("ascii")
_KANA = re.compile(r"[\u3040-\u30ff]")
_HANGUL = re.compile(r"[\uac00-\ud7af]")
# The same classes in runs: counting the letters of each run makes one match a word, not
# one a letter (a findall of single letters builds a string for every letter).
_RUNS = {
    script: re.compile(f"{script.pattern}+")
    for script in (_HAN, _ARABIC, _CYRILLIC, _LATIN, _KANA, _HANGUL)
}


def _count(script: re.Pattern[str], text: str) -> int:
    """How many letters of `script` (one of the classes above) `text` holds."""
    return sum(map(len, _RUNS[script].findall(text)))


# Function words that settle most e-mails without a model: lingua only sees the rest.
_FUNCTION_WORDS: dict[str, frozenset[str]] = {
    "en": frozenset(
        [
            "the",
            "and",
            "of",
            "to",
            "we",
            "our",
            "is",
            "are",
            "please",
            "for",
            "with",
            "this",
            "that",
            "be",
            "would",
            "you",
            "your",
            "have",
            "has",
            "from",
            "as",
            "on",
            "by",
            "will",
            "it",
            "its",
            "which",
            "following",
            "kindly",
            "regards",
            "dear",
        ]
    ),
    "fr": frozenset(
        [
            "le",
            "les",
            "des",
            "et",
            "nous",
            "vous",
            "du",
            "pour",
            "est",
            "sont",
            "avec",
            "une",
            "au",
            "aux",
            "dans",
            "qui",
            "par",
            "sur",
            "ce",
            "cette",
            "notre",
            "votre",
            "veuillez",
            "madame",
            "monsieur",
            "ci-dessous",
            "nos",
            "vos",
            "être",
            "également",
        ]
    ),
    "es": frozenset(
        [
            "el",
            "los",
            "las",
            "del",
            "y",
            "para",
            "por",
            "con",
            "una",
            "es",
            "son",
            "nuestra",
            "nuestro",
            "su",
            "sus",
            "se",
            "al",
            "como",
            "estimados",
            "señores",
            "atentamente",
            "usted",
            "ustedes",
            "también",
            "está",
        ]
    ),
    "de": frozenset(
        [
            "der",
            "die",
            "das",
            "und",
            "ist",
            "wir",
            "sie",
            "mit",
            "für",
            "nicht",
            "ein",
            "eine",
            "den",
            "dem",
            "zu",
            "von",
            "ihre",
            "sehr",
        ]
    ),
    "pt": frozenset(
        [
            "os",
            "da",
            "do",
            "dos",
            "das",
            "em",
            "não",
            "nosso",
            "nossa",
            "com",
            "uma",
            "é",
            "também",
            "senhores",
        ]
    ),
}
_WORD = re.compile(r"[a-zà-ÿ'-]+")


@lru_cache(maxsize=1)
def _word_codes() -> dict[str, tuple[str, ...]]:
    codes: dict[str, tuple[str, ...]] = {}
    for code, words in _FUNCTION_WORDS.items():
        for word in words:
            codes[word] = (*codes.get(word, ()), code)
    return codes


def _ranked(words: list[str]) -> tuple[str, int, int]:
    """The language with most function words, its count and the runner-up's."""
    word_codes = _word_codes()
    counts = dict.fromkeys(_FUNCTION_WORDS, 0)
    for word in words:
        for code in word_codes.get(word, ()):
            counts[code] += 1
    ranked = sorted(counts.items(), key=lambda item: item[1], reverse=True)
    (best, top), (_, second) = ranked[0], ranked[1]
    return best, top, second


def _by_function_words(words: list[str]) -> str | None:
    best, top, second = _ranked(words)
    return best if top >= 6 and top >= 3 * second else None


_PARAGRAPH = re.compile(r"\n[ \t]*\n")
# Function words a paragraph needs to be plainly in one language.
_MIN_PARAGRAPH_WORDS = 3


def _written_first(sample: str) -> str | None:
    """The language of a bilingual letter: the one its first plain paragraph is written in.

    "Dear ... / In response to ..." then "En réponse à ...": the letter is English, with
    a French version after it. Table rows (cells split by tabs) are the data of both."""
    for paragraph in _PARAGRAPH.split(sample):
        text = " ".join(line for line in paragraph.splitlines() if "\t" not in line)
        best, top, second = _ranked(_WORD.findall(" ".join(text.split()).lower()))
        if top >= _MIN_PARAGRAPH_WORDS and top >= 3 * second:
            return best
    return None


def _denoise(token: re.Match[str]) -> str:
    return _NOISE.sub(" ", token.group())


@lru_cache(maxsize=1)
def _detector() -> LanguageDetector:
    # Models load on first use: most mail is settled by function words and never needs them.
    return LanguageDetectorBuilder.from_languages(*_LATIN_LANGUAGES).build()


def load_language_models() -> None:
    """Load the language models now rather than on the first text that needs them.

    Loading holds the GIL for about half a second; a long-running service does it at
    start, so its first correspondent and its other threads do not wait for it.
    """
    _detector().detect_language_of("the models load on the first detection")


# "Nom : BELKACEM", "Courriel : a@b": a labelled line is data, whatever script the letter
# around it is written in.
_LABEL_LINE = re.compile(r"^[^\n:：]{1,40}[:：][^\n]*$", re.MULTILINE)
_SCRIPTS = {"zh": _HAN, "ar": _ARABIC, "ru": _CYRILLIC}
# How many letters of its own script the letter around the data must hold.
_MIN_LETTER = 40


def _letter_script(sample: str, best: str) -> bool:
    """Whether the letter's own lines are in the script of `best`, only its labelled data
    in Latin: an Arabic letter whose nominee block has French labels and values is Arabic.
    The opening line must be in that script too, so a Latin letter above a long notice in
    another script stays Latin."""
    prose = _LABEL_LINE.sub("", sample)
    script = _SCRIPTS[best]
    own = _count(script, prose)
    if own < _MIN_LETTER or own * 2 < _count(_LATIN, prose):
        return False
    opening = next((line for line in prose.splitlines() if line.strip()), "")
    return _count(script, opening) > _count(_LATIN, opening)


# Function words a Latin paragraph needs to open a letter that goes on in another script.
_MIN_OPENING_WORDS = 5


def _opens_in_latin(sample: str, script: re.Pattern[str]) -> str | None:
    """The language of a letter written first in Latin letters, then again in another
    script: "In reply to circular ..., the Office nominates ..." above the same letter in
    Chinese is English. Only a paragraph of prose counts, never a greeting or a label line."""
    for paragraph in _PARAGRAPH.split(_LABEL_LINE.sub("", sample)):
        if _count(script, paragraph) >= 4:
            return None  # the letter opens in its own script
        best, top, second = _ranked(_WORD.findall(paragraph.lower()))
        if top >= _MIN_OPENING_WORDS and top >= 3 * second:
            return best
    return None


def detect_language(text: str) -> str | None:
    """ISO 639-1 code of the language `text` is written in, or None if it has no words.

    Script decides for Han (zh), Arabic (ar) and Cyrillic (ru) text; the new text of a
    Russian nomination is full of Latin usernames and addresses, so a script counts
    once it is a fair share of the letters, not only when it is the majority.

    >>> detect_language("Прошу включить г-на Иванова в целевую группу XML4IP.")
    'ru'
    """
    sample = _NOISY_TOKEN.sub(_denoise, text[: _MAX_CHARS * 2])
    if sample.isascii():
        # No other script to count, and bytes.translate counts the letters fast.
        han = arabic = cyrillic = 0
        latin = len(sample) - len(sample.encode("ascii").translate(None, _ASCII_LETTERS))
    else:
        han = _count(_HAN, sample)
        arabic = _count(_ARABIC, sample)
        cyrillic = _count(_CYRILLIC, sample)
        latin = _count(_LATIN, sample)
        # Kana and Hangul decide like the other scripts, once they are a fair share: a
        # name in Hangul in brackets ("KIM Min-jun (김민준)") leaves an English mail English.
        for pattern, code in ((_KANA, "ja"), (_HANGUL, "ko")):
            count = _count(pattern, sample)
            if count and (count * 3 * 2 >= latin or latin < 3):
                return code
    # Han characters carry a word each, so a few of them outweigh many Latin letters.
    scores = {"zh": han * 3, "ar": arabic, "ru": cyrillic}
    best = max(scores, key=lambda code: scores[code])
    if scores[best] >= 4 and scores[best] * 2 >= latin:
        return _opens_in_latin(sample, _SCRIPTS[best]) or best
    if scores[best] >= _MIN_LETTER and _letter_script(sample, best):
        return best
    if latin < 3:
        return best if scores[best] else None
    # Whitespace runs as one space (str.split and the regex \s agree on what is whitespace).
    words = " ".join(sample.split())[:_MAX_CHARS]
    tokens = _WORD.findall(words.lower())
    quick = _by_function_words(tokens)
    if quick is not None:
        return quick
    if _ranked(tokens)[2] >= _MIN_PARAGRAPH_WORDS:
        # Two languages each with a fair share of function words: written one after the other.
        first = _written_first(sample)
        if first is not None:
            return first
    if len(tokens) < 3:
        return None  # "Hello" or "Merci !": too short for any detector to be right
    found = _detector().detect_language_of(words)
    return _LATIN_LANGUAGES.get(found) if found is not None else None
