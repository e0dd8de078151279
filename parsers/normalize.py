"""Small normalisers: addresses, titles, usernames and whitespace as the annex expects them."""

from __future__ import annotations

import re
from typing import Literal

from parsers.arabic_spelling import fold_hamza
from parsers.taskforces import untick

__all__ = [
    "TITLE_WORDS",
    "Title",
    "clean_value",
    "collapse_ws",
    "normalize_address",
    "normalize_title",
    "normalize_username",
    "without_remark",
]

Title = Literal["Mr", "Mrs", "Ms"]

# One documented mapping of the salutations people write to the annex's three titles.
# "Madame"/"Sra."/"г-жа"/"女士"/"السيدة" are the ordinary polite forms for a woman in
# their language and map to "Mrs", as the annex's own pairs (Mme/M., Sra./Sr.) suggest;
# only the explicitly unmarried-or-neutral forms (Ms, Miss, Mlle, Srta., 小姐, الآنسة) map to
# "Ms". "Dr."/"Prof." are not annex titles: they map to nothing and never reach a name.
TITLE_WORDS: dict[str, Title | None] = {
    **dict.fromkeys(
        [
            "mr",
            "mister",
            "m",
            "monsieur",
            "sr",
            "senor",
            "señor",
            "don",
            "sir",
            "г-н",
            "г н",
            "господин",
            "гн",
            "г-на",
            "г-ну",
            "господина",
            "господину",
            # The prepositional: "сведения о г-не ...", "о господине ...".
            "г-не",
            "господине",
            "先生",
            "السيد",
            "السيّد",
            # A Chinese form's 性别 (sex) field, which stands for the salutation; an Arabic
            # form's الجنس: ذكر (male), أنثى (female).
            "男",
            "ذكر",
            # "الأخ/ مصعب الطيب": brother, as Sudan and Yemen address a colleague.
            "الأخ",
            "sig",
            "herr",
        ],
        "Mr",
    ),
    **dict.fromkeys(
        [
            "mrs",
            "madam",
            "madame",
            "mme",
            "sra",
            "senora",
            "señora",
            "doña",
            "dona",
            # "D.ª" and "Dña.", Doña abbreviated.
            "dª",
            "dña",
            "г-жа",
            "г жа",
            "госпожа",
            "гжа",
            "г-жу",
            "г-жи",
            "г-же",
            "госпожу",
            "госпожи",
            "госпоже",
            "女士",
            "夫人",
            "السيدة",
            "السيّدة",
            "女",
            "أنثى",
            "انثى",
            "الأخت",
            "frau",
        ],
        "Mrs",
    ),
    **dict.fromkeys(
        [
            "ms",
            "miss",
            "mlle",
            "mademoiselle",
            "srta",
            "senorita",
            "señorita",
            "小姐",
            # Arabic "Miss", as Tunisia and Lebanon write it to a young woman.
            "الآنسة",
            "الانسة",
            "آنسة",
            "انسة",
        ],
        "Ms",
    ),
    **dict.fromkeys(
        [
            "dr",
            "prof",
            "professor",
            "doctor",
            "docteur",
            "professeur",
            "д-р",
            "проф",
            "博士",
            "教授",
            "الدكتور",
            "الدكتورة",
            # An engineer's title, as common in Arabic mail as Dr.
            "المهندس",
            "المهندسة",
            # Latin American academic titles: engineer, licentiate, architect, master.
            "ing",
            "inga",
            "lic",
            "licda",
            "licdo",
            "lcdo",
            "lcda",
            # A lawyer's: "Abog." / "Abg." (abogado, abogada), "Me" (maître).
            "abog",
            "abg",
            "me",
            "arq",
            "mtro",
            "mtra",
        ],
        None,
    ),
}

# The same words as Arabic writes them with or without the hamza, "ة" as "ه": "الانسه",
# "السيده", "الاستاذ".
_FOLDED_TITLE_WORDS: dict[str, Title | None] = {
    fold_hamza(word): title for word, title in TITLE_WORDS.items()
}
_WS = re.compile(r"[\s\u00a0\u200b\u200c\u200d\u2060\ufeff]+")
# A form's dotted leaders around an answer ("........ Awad ........", "Examiner …………"):
# three full stops or more, or ellipses, at either end; one full stop ends "Jr." or "Sra.".
_EDGE = re.compile(
    r"^[\s*_\"'«»“”‘’`:;,.…⋯|=-]+|[\s*_\"'«»“”‘’`:;,|=]+$|\s*(?:\.{3,}|[…⋯])[\s.…⋯]*$"
)
_PAIRS = (("(", ")"), ("[", "]"), ("{", "}"), ("<", ">"), ("（", "）"))
# What _EDGE or _PAIRS can take off the start or the end of a collapsed value (the space:
# a value cut at the limit); a value with none of these at its ends is already clean.
_EDGE_FIRST = frozenset("*_\"'«»“”‘’`:;,.…⋯|=-([{<（ ")
_EDGE_LAST = frozenset("*_\"'«»“”‘’`:;,.…⋯|=)]}>） ")
_MAILTO = re.compile(r"^mailto:", re.IGNORECASE)
# Spam-proofed addresses: "jane[at]office.example", "jane (at) office (dot) example".
_AT = re.compile(r"\s*(?:\[\s*at\s*\]|\(\s*at\s*\)|\{\s*at\s*\}|\s+at\s+|＠)\s*", re.IGNORECASE)
_DOT = re.compile(r"\s*(?:\[\s*dot\s*\]|\(\s*dot\s*\)|\{\s*dot\s*\}|\s+dot\s+)\s*", re.IGNORECASE)
_ADDRESS = re.compile(r"^[a-z0-9!#$%&'*+/=?^_`{|}~.-]+@[a-z0-9-]+(?:\.[a-z0-9-]+)+$")
_TITLE_KEY = re.compile(r"[.\s]+")
# "D." alone in a title field is Don (as "D.ª" is Doña); within a title ("Ph. D.") it is not.
_DON = re.compile(r"d\.?")
_MAX_VALUE_CHARS = 1000


def collapse_ws(text: str) -> str:
    """Collapse runs of whitespace (including NBSP and zero-width marks) to one space."""
    return _WS.sub(" ", text).strip()


def clean_value(text: str) -> str:
    """Trim a field value: whitespace, bold/italic markers, quotes and stray separators.

    >>> clean_value("  **us-jdoe** ;")
    'us-jdoe'
    """
    value = collapse_ws(text)[:_MAX_VALUE_CHARS]
    if not value or (value[0] not in _EDGE_FIRST and value[-1] not in _EDGE_LAST):
        return value  # most values: nothing at either end that _trim_edges would take off
    return _trim_edges(value)


def _trim_edges(value: str) -> str:
    # Each pass strips one unbalanced bracket, so the loop is quadratic in the length: a
    # field value is a name or a title, never a kilobyte ("> > > ..." took seconds).
    previous = None
    while previous != value:
        previous = value
        value = _EDGE.sub("", value).strip()
        # Brackets go only when unbalanced: "Rospatent (RU)" keeps its ")".
        for opening, closing in _PAIRS:
            if value.endswith(closing) and value.count(opening) < value.count(closing):
                value = value[:-1].strip()
            if value.startswith(opening) and value.count(opening) > value.count(closing):
                value = value[1:].strip()
            if value.startswith(opening) and value.endswith(closing) and value.count(opening) == 1:
                value = value[1:-1].strip()
    return value


def normalize_address(text: str) -> str | None:
    """An e-mail address in canonical form, or None if `text` holds none.

    >>> normalize_address("<mailto:Jane.Doe[at]Office[dot]example>")
    'jane.doe@office.example'
    """
    value = clean_value(text)
    value = _MAILTO.sub("", value)
    if "@" not in value and "＠" not in value:
        value = _AT.sub("@", value, count=1)
    value = _DOT.sub(".", value)
    value = value.replace("＠", "@").strip(" .;,<>").lower()
    return value if _ADDRESS.match(value) else None


# The annex's own three titles, as a key above.
_ANNEX_TITLES = frozenset({"mr", "mrs", "ms"})


def normalize_title(text: str) -> Title | None:
    """Map a written salutation to "Mr", "Mrs" or "Ms"; None for Dr./Prof. or unknown.

    >>> normalize_title("Mme"), normalize_title("Sra."), normalize_title("Miss")
    ('Mrs', 'Mrs', 'Ms')
    """
    # A form's "☐ Mr  ☒ Mrs": only the ticked one is the answer.
    value = clean_value(untick(text)).lower()
    if not value:
        return None
    if _DON.fullmatch(value):
        return "Mr"
    # "Mrs/Ms" or "Mr./Dr." give several; the first gendered one wins, unless the value
    # also gives the annex's own word: in "女士 Ms." or "Sra. (Ms)" the translation decides.
    found: list[tuple[str, Title]] = []
    for part in re.split(r"\s*[/|,]\s*|\s+", value):
        key = _TITLE_KEY.sub(" ", part.strip("()（）")).strip().replace("ё", "е")
        title = (
            TITLE_WORDS.get(key)
            or TITLE_WORDS.get(key.replace(" ", ""))
            or _FOLDED_TITLE_WORDS.get(fold_hamza(key))
        )
        if title is not None:
            found.append((key.replace(" ", ""), title))
    annex = [title for key, title in found if key in _ANNEX_TITLES]
    if annex and len(annex) < len(found):
        return annex[0]
    return found[0][1] if found else None


# A dash or minus between a username's letters (U+2010-U+2015, U+2212), not around a remark.
_USERNAME_DASH = re.compile(r"(?<=\w)[\u2010-\u2015\u2212](?=\w)")


def normalize_username(text: str) -> str:
    """A username exactly as given, minus the surrounding decoration.

    >>> normalize_username(" 'US-JDoe'. ")
    'US-JDoe'
    """
    value = clean_value(text.strip().rstrip("."))
    if not value.isascii():
        # "gh–ekasante": a dash a word processor put for the hyphen typed.
        value = _USERNAME_DASH.sub("-", value)
    return clean_value(value.rstrip("."))


# "us-jroe (created last week)", "ru-ivanov (создан вчера)": a remark in brackets after
# the one word a username is; a remark wrapped onto the next line ("ht-mm (adresse
# utilisée :") leaves its bracket open at the end of the line read.
_USERNAME_REMARK = re.compile(r"^(?P<u>[\w.@-]{4,})\s*[(（\[][^()（）\[\]]*[)）\]]?$")


def without_remark(username: str) -> str:
    """The username before a remark in brackets; check for a pending note first.

    >>> without_remark("us-jroe (created last week)")
    'us-jroe'
    >>> without_remark("ht-mdupont (adresse utilisée :")
    'ht-mdupont'
    """
    remark = _USERNAME_REMARK.match(username)
    return remark.group("u") if remark else username
