"""Academic degrees written after a whole name: "Токтогулов Нурбек Асанович, к.т.н.", "Jane
DOE, PhD", "DOE Jane (Ph.D.)", "张伟，博士", "أحمد علي، دكتوراه في القانون". A degree is no part
of the name, nor a post; it gives no salutation either.
"""

from __future__ import annotations

import re

__all__ = ["degree_after_name", "leading_degree_end", "without_degree"]

# Written case-sensitively: "MBA" is a degree, "Mba" may be a surname; "MA", "MS" and "BA"
# are left out, being Chinese surnames or a salutation as well.
_LATIN = (
    r"Ph\.?[ \t]?D\.?|PHD|D\.?[ \t]?Phil\.?|MBA|LL\.?[ \t]?[MBD]\.?|M\.[ \t]?Sc\.?|MSc|B\.[ \t]?Sc\.?"
    r"|BSc|M\.[ \t]?Eng\.?|MEng|B\.[ \t]?Eng\.?|BEng|M\.A\.|B\.A\.|M\.S\.|J\.D\.|M\.D\.|Dr\.-Ing\."
)
# Russian: "к.т.н." (candidate of technical sciences), "д.ю.н.", "к.ф.-м.н.", spaced or not;
# written out: "канд. техн. наук", "кандидат юридических наук", "доктор экономических наук".
_RUSSIAN = (
    r"(?i:[кд]\.[ \t]?(?:[а-яё]{1,5}\.[ \t]?-?[ \t]?){1,2}н\."
    r"|(?:кандидат|канд\.|доктор|д-р)[ \t]+[а-яё]+\.?(?:[ \t]+[а-яё]+\.?)?[ \t]+наук)"
)
_HAN = r"博士|硕士|碩士"
_ARABIC = r"دكتوراه|دكتوراة|الدكتوراه|ماجستير|ماجيستير"
_DEGREE = rf"(?:{_LATIN}|{_RUSSIAN}|{_HAN}|{_ARABIC})"
# "PhD in Law", "docteur en droit" is a post-like phrase and stays; "دكتوراه في القانون".
_FIELD = r"(?:[ \t]+(?:in|في)[ \t]+[^,،，;()\n]{1,40})?"
_AFTER_COMMA = re.compile(rf"[ \t]*[,，،;][ \t]*{_DEGREE}{_FIELD}[ \t]*$")
_BRACKETED = re.compile(rf"[ \t]*[(（][ \t]*{_DEGREE}{_FIELD}[ \t]*[)）][ \t]*$")
# Without a comma only the forms no word of a name can take: "Jane DOE PhD", "Иванов И.И. к.т.н.".
_SPACED = re.compile(rf"(?<=[^\W\d_])[ \t]+(?:Ph\.?[ \t]?D\.?|D\.[ \t]?Phil\.|{_RUSSIAN})[ \t]*$")
_LEADING = re.compile(rf"[ \t]*{_DEGREE}{_FIELD}[ \t]*(?=[,，،;]|$)")


def without_degree(name: str) -> str:
    """`name` without the degrees closing it; unchanged when nothing of a name would be left
    (at least one word before a comma or bracket, two before a bare degree)."""
    while True:
        for pattern, words in ((_AFTER_COMMA, 1), (_BRACKETED, 1), (_SPACED, 2)):
            match = pattern.search(name)
            if match and len(name[: match.start()].split()) >= words:
                name = name[: match.start()]
                break
        else:
            return name


def leading_degree_end(text: str) -> int:
    """Where a degree opening `text` ends, up to the comma after it ("к.т.н., главный
    специалист" -> 6); 0 when `text` opens with no degree."""
    match = _LEADING.match(text)
    return match.end() if match else 0


_AFTER_NAME = re.compile(
    rf"[ \t]*(?:[,，،][ \t]*{_DEGREE}{_FIELD}[ \t]*(?=[,，،;]|$)"
    rf"|[(（][ \t]*{_DEGREE}{_FIELD}[ \t]*[)）])"
)


def degree_after_name(segment: str) -> int:
    """Where a degree written right after a name ends in the text following the name
    (", PhD, Senior Examiner" -> 5, " (к.т.н.), главный специалист" -> 10); 0 if none."""
    match = _AFTER_NAME.match(segment)
    return match.end() if match else 0
