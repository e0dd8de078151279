"""A post held, stated in a sentence: by the nominee ("I am Head of the Patent Information
Section", "Trabajo como jefa de ...", "Работаю начальником отдела ...", "我是专利信息处处长",
"وأعمل رئيس قسم ...") or about them, right after their name ("She is Head of ...", "Elle est
chef du service ...", "Он работает начальником отдела ...", "她是...处长", "وتعمل رئيسة قسم ...");
and whether words set off after a name name a post at all (names_post)."""

from __future__ import annotations

import re

from parsers.arabic_spelling import tolerant
from parsers.russian_cases import nominative_post

__all__ = ["names_post", "nominative_post_in", "own_post", "post_ahead", "stated_post"]

# Words a post starts with (after an article), so that "I am happy to ...", "She is
# responsible for ..." or "Elle est ravie de ..." state none.
_EN_PERSON_ROLE = (
    r"head|director|deputy|chief|senior|junior|principal|lead|acting|assistant|associate"
    r"|manager|officer|examiner|expert|advis[eo]r|analyst|engineer|specialist|coordinator"
    r"|counsel+or|consultant|administrator|librarian|documentalist|researcher|scientist"
    r"|attorney|lawyer|secretary|president|vice|commissioner|registrar|supervisor|team\s+leader"
    r"|section\s+chief|division\s+chief|legal\s+officer"
)
_EN_ROLE = rf"(?:{_EN_PERSON_ROLE}|patent\s+\w+|trademark\s+\w+)\b"
_FR_ROLE = (
    r"(?:chef|directeur|directrice|sous-direct\w+|adjoint\w*|responsable|ing[ée]nieur\w*"
    r"|examinat\w+|experte?|conseill\w+|charg[ée]e?|analyste|juriste|administrat\w+"
    r"|coordinat\w+|sp[ée]cialiste|documentaliste|attach[ée]e?|secr[ée]taire|pr[ée]sident\w*"
    r"|inspect\w+|technicien\w*|gestionnaire)\b"
)
_ES_ROLE = (
    r"(?:jef[ea]|director[a]?|subdirector[a]?|coordinador[a]?|examinador[a]?|analista"
    r"|especialista|asesor[a]?|ingenier[oa]|t[ée]cnic[oa]|responsable|encargad[oa]|abogad[oa]"
    r"|consultor[a]?|expert[oa]|profesional|funcionari[oa]|secretari[oa]|president[ea]|gerente"
    r"|administrador[a]?|documentalista|oficial|subjef[ea])\b"
)
# With or without the hamza: "أخصائي" and "اخصائي", "مسؤولة" and "مسؤوله".
_AR_ROLE = tolerant(
    r"(?:رئيس|رئيسة|مدير|مديرة|نائب|نائبة|خبير|خبيرة|فاحص|فاحصة|ممتحن|ممتحنة|مهندس|مهندسة"
    r"|مستشار|مستشارة|أخصائي|أخصائية|اختصاصي|اختصاصية|محلل|محللة|منسق|منسقة|باحث|باحثة"
    r"|مسؤول|مسؤولة|كبير|كبيرة|مراجع|مراجعة)(?=\s)"
)
# Han posts end in a role: "专利信息处处长", "高级审查员".
_ZH_ROLE_END = (
    r"(?:主任|处长|局长|司长|科长|部长|所长|主管|顾问|审查员|研究员|工程师|专员|经理|秘书|专家"
    r"|科员|助理|分析师|馆员|代理人)"
)
# A Russian post in the instrumental: "начальником отдела", "главным экспертом".
_RU_INSTRUMENTAL = r"[а-яё-]+(?:ом|ем|ым|им)\b"
_ARTICLE = r"(?:(?:the|a|an|le|la|les|un|une|el|los|las|un|una)\s+|l['’])?"
_NOW = r"(?:(?:currently|presently|now|actuellement|actualmente|en\s+la\s+actualidad)\s+)?"
# Where the post ends: the sentence, a clause, the task force it is for, a date.
_LATIN_TAIL = (
    r"[^.;:!?()\n]{0,100}?(?=\s*(?:[.;:!?()\n]|,\s|\s(?:since|depuis|desde"
    r"|and\s+(?:I|would|will|has|have|is)|et\s+(?:je|j['’]|il|elle)|y\s+(?:me|desea|quisiera)"
    r"|for\s+the\s+\w+\s+task|pour\s+l['’][ée]quipe|para\s+el\s+equipo)\b)|$)"
)
_RU_TAIL = r"[^.;:!?()\n,]{0,100}?(?=\s*(?:[.;:!?()\n,]|\s(?:с\s+\d|и\s+(?:прошу|хочу|хотел))|$))"
_AR_TAIL = (
    r"[^.،,؛;:!?؟()\n]{0,100}?(?=\s*(?:[.،,؛;:!?؟()\n]|\s(?:منذ|و(?:أرغب|أود|يرغب|ترغب))\s|$))"
)
_ZH_TAIL = rf"[^，。；,;：:！？（(\n]{{0,24}}?{_ZH_ROLE_END}(?=[，。；,;！？（(\n]|$)"

_OWN = re.compile(
    rf"\bI(?:\s+am|['’]m)\s+{_NOW}{_ARTICLE}(?P<en>{_EN_ROLE}{_LATIN_TAIL})"
    rf"|\bI\s+(?:work|serve)\s+as\s+{_ARTICLE}(?P<en2>\w{_LATIN_TAIL})"
    rf"|\bI\s+hold\s+the\s+(?:position|post)\s+of\s+{_ARTICLE}(?P<en3>\w{_LATIN_TAIL})"
    rf"|\bje\s+suis\s+{_NOW}{_ARTICLE}(?P<fr>{_FR_ROLE}{_LATIN_TAIL})"
    rf"|\bje\s+travaille\s+(?:comme|en\s+tant\s+que)\s+{_ARTICLE}(?P<fr2>\w{_LATIN_TAIL})"
    rf"|\bj['’](?:occupe\s+le\s+poste|exerce\s+les\s+fonctions)\s+(?:de\s+|d['’])(?P<fr3>\w{_LATIN_TAIL})"
    rf"|\b(?:trabajo|me\s+desempeño|me\s+desempeno|laboro)\s+como\s+{_ARTICLE}(?P<es>\w{_LATIN_TAIL})"
    rf"|\bsoy\s+{_NOW}{_ARTICLE}(?P<es2>{_ES_ROLE}{_LATIN_TAIL})"
    rf"|\bocupo\s+el\s+(?:cargo|puesto)\s+de\s+(?P<es3>\w{_LATIN_TAIL})"
    rf"|(?<![а-яё])(?:работаю|являюсь)\s+(?P<ru>{_RU_INSTRUMENTAL}{_RU_TAIL})"
    rf"|(?:我是|本人是)(?P<zh>{_ZH_TAIL})"
    rf"|(?:^|\s|،)و?أعمل\s+(?:ك|بصفة\s+)?(?P<ar>{_AR_ROLE}{_AR_TAIL})",
    re.IGNORECASE,
)
# About the person just named: a pronoun matching their title, a relative clause, the verb
# right after the name, or a verb with no subject (Spanish, Russian, Arabic drop it).
_SHE = r"she|elle|ella|она|她|هي|وهي"
_HE = r"he|il|él|он|他|هو|وهو"
# Right after the name, maybe past a bracket and a comma: "Ms Jane DOE (xx-jdoe), who is ...".
# Each run of spaces is matched once: "\s*(...)?\s*,?\s*" backtracked cubically over a
# segment of blank lines (seconds for 400 characters).
_NEXT = r"^\s*(?:[(（][^)）\n]{0,60}[)）]\s*)?(?:,\s*)?"
_STATED = re.compile(
    rf"(?:{_NEXT}(?:who\s+)?|\b(?P<p_en>she|he)\s+)(?:is|works\s+as|serves\s+as)\s+{_NOW}{_ARTICLE}"
    rf"(?P<en>{_EN_ROLE}{_LATIN_TAIL})"
    rf"|(?:{_NEXT}(?:qui\s+)?|\b(?P<p_fr>elle|il)\s+)(?:est|travaille\s+(?:comme|en\s+tant\s+que))\s+"
    rf"{_NOW}{_ARTICLE}(?P<fr>{_FR_ROLE}{_LATIN_TAIL})"
    rf"|(?:{_NEXT}(?:quien\s+|que\s+)?|\b(?P<p_es>ella|él)\s+|(?<=[.\n])\s*)"
    rf"(?:es|trabaja\s+como|se\s+desempeña\s+como|se\s+desempena\s+como|funge\s+como)\s+{_NOW}{_ARTICLE}"
    rf"(?P<es>{_ES_ROLE}{_LATIN_TAIL})"
    rf"|(?:{_NEXT}(?:котор(?:ый|ая)\s+)?|\b(?P<p_ru>она|он)\s+|(?<=[.\n])\s*)(?:работает|является)\s+"
    rf"(?P<ru>{_RU_INSTRUMENTAL}{_RU_TAIL})"
    # The post in the genitive: "Г-жа Чебан занимает должность заместителя начальника ...",
    # "он работает в должности главного эксперта ..."; "ocupa el cargo de Jefa de ...".
    rf"|(?:{_NEXT}(?:котор(?:ый|ая)\s+)?|\b(?:она|он)\s+|(?<=[.\n])\s*)"
    rf"(?:занима(?:ет|ющ(?:ий|ая))\s+должность|работает\s+в\s+должности)\s+"
    rf"(?P<ru2>[а-яё-]{{3,}}{_RU_TAIL})"
    rf"|(?:{_NEXT}(?:quien\s+|que\s+)?|\b(?:ella|él)\s+|(?<=[.\n])\s*)"
    rf"(?:ocupa|desempeña)\s+el\s+(?:cargo|puesto)\s+de\s+(?P<es3>\w{_LATIN_TAIL})"
    rf"|(?:{_NEXT}|(?P<p_zh>她|他))(?:是|担任)(?P<zh>{_ZH_TAIL})"
    rf"|(?:{_NEXT}(?:(?:التي|الذي)\s+)?|\s|،)(?:(?P<p_ar>وهي|وهو|هي|هو)\s+|و?(?P<v_ar>تعمل|يعمل)\s+)"
    rf"(?:ك|بصفة\s+)?(?P<ar>{_AR_ROLE}{_AR_TAIL})",
    re.IGNORECASE,
)
_FEMININE = re.compile(rf"^(?:{_SHE})$|^تعمل$", re.IGNORECASE)
_MASCULINE = re.compile(rf"^(?:{_HE})$|^يعمل$", re.IGNORECASE)
_POST_GROUPS = ("en", "en2", "en3", "fr", "fr2", "fr3", "es", "es2", "es3", "ru", "ru2", "zh", "ar")
_MAX_WORDS = 14


def _nominative_from_instrumental(value: str) -> str:
    """ "главным экспертом отдела" -> "главный эксперт отдела": the head of a post named after
    "работаю" / "является" (instrumental case)."""
    words = value.split()
    out: list[str] = []
    for i, word in enumerate(words):
        low = word.lower()
        if low.startswith("заведующ") and low.endswith(("им", "ей")):
            # "заведующим отделом": the head of the post governs what follows.
            head = word[:-2] + ("ий" if low.endswith("им") else "ая")
            return " ".join([*out, head, *words[i + 1 :]])
        if low.endswith(("ым", "им")) and i + 1 < len(words):
            out.append(word[:-2] + ("ый" if low.endswith("ым") else "ий"))
            continue
        if low.endswith("ем"):
            head = word[:-2] + "ь"  # "заместителем" -> "заместитель"
        elif low.endswith("ом"):
            head = word[:-2]  # "начальником" -> "начальник"
        else:
            return value
        return " ".join([*out, head, *words[i + 1 :]])
    return value


def nominative_post_in(value: str, case: str) -> str:
    """A Russian post in the nominative from the case its name is in (see russian_names)."""
    return (
        _nominative_from_instrumental(value) if case.startswith("ins") else nominative_post(value)
    )


def _found(match: re.Match[str]) -> tuple[str, int, int] | None:
    groups = match.groupdict()
    group = next(g for g in _POST_GROUPS if groups.get(g))
    value = match.group(group).strip()
    if not value or len(value.split()) > _MAX_WORDS:
        return None
    if group == "ru":
        value = _nominative_from_instrumental(value)
    elif group == "ru2":
        value = nominative_post(value)
    start = match.start(group)
    return value, start, start + len(match.group(group).strip())


def own_post(text: str) -> tuple[str, int, int] | None:
    """The post the writer says they hold, with where it stands in `text`."""
    match = _OWN.search(text)
    return _found(match) if match else None


def stated_post(segment: str, title: str | None) -> tuple[str, int, int] | None:
    """The post a sentence right after a person's name says they hold ("..., who is Head of
    ...", "She is ...", "Trabaja como ..."); a pronoun of the other sex than `title` ("Mr",
    "Mrs", "Ms") speaks of someone else."""
    for match in _STATED.finditer(segment):
        pronoun = next(
            (
                match.group(g)
                for g in ("p_en", "p_fr", "p_es", "p_ru", "p_zh", "p_ar", "v_ar")
                if match.group(g)
            ),
            None,
        )
        if pronoun and title:
            female = title in ("Mrs", "Ms")
            if (female and _MASCULINE.match(pronoun)) or (not female and _FEMININE.match(pronoun)):
                continue
        return _found(match)
    return None


# A Russian post, in any case, right before the title it goes with: "нашему сотруднику —
# начальнику отдела патентной информации г-ну X" (dative), "кандидатуру главного эксперта
# г-жи Y" (genitive); a generic "сотрудник" (employee) is no post.
_RU_ROLE_HEAD = (
    r"(?:начальник|заместител|руководител|директор|эксперт|специалист|советник|консультант"
    r"|аналитик|инженер|главн|ведущ|старш|заведующ|председател|помощник|референт|администратор"
    r"|программист|секретар)[а-яё]*"
)
# Words of one post may be split by a line wrap, never by a blank line.
_WRAP = r"(?:[ \t]+|[ \t]*\n[ \t]*)"
_RU_AHEAD = re.compile(
    # ... or a word that governs the post's case: "кандидатуру главного эксперта X",
    # "будет представлен заведующим отделом X", "в лице начальника отдела X".
    rf"(?:^|[—–:;(\n]|\s-\s|,|(?<![\w-])(?:кандидатур[уаы]|представлен[аоы]?|в\s+лице)(?=\s))"
    rf"\s*(?:наш\w*\s+)?"
    rf"(?P<p>{_RU_ROLE_HEAD}(?:{_WRAP}[а-яё«»\"-]+){{0,9}}?){_WRAP}$",
    re.IGNORECASE,
)
# In the Latin-script languages a comma parts the post from the name that follows it:
# "designamos a la Jefa de la Unidad de Patentes, Sra. X", "we nominate our Head of the
# Patent Information Section, Ms Y".
_LATIN_AHEAD = re.compile(
    rf"(?:^|[—–:;(\n]|\s-\s|\b(?:our|the|a|al|la|el|nuestr[oa]|notre|le|l['’]|au))[ \t]*"
    rf"(?P<p>(?:{_EN_ROLE}|{_FR_ROLE}|{_ES_ROLE})(?:[^,;:()\n—–]|\n(?![ \t]*\n)){{0,80}}?)"
    rf"[ \t]*,{_WRAP}?$",
    re.IGNORECASE,
)
_AHEAD_REACH = 160


def post_ahead(text: str, start: int) -> tuple[str, int, int] | None:
    """The post written right before a person's title at `start` (as written: a Russian one
    in the case the title governs), with its offsets in `text`."""
    lead = max(0, start - _AHEAD_REACH)
    match = _RU_AHEAD.search(text, lead, start) or _LATIN_AHEAD.search(text, lead, start)
    if match is None:
        return None
    value = match.group("p").strip()
    if not value or len(value.split()) > _MAX_WORDS:
        return None
    return value, match.start("p"), match.start("p") + len(value)


# A post word anywhere in a phrase set off after a name; "Patent Office" is no post, so a
# field word ("Patent ...") counts only before a person's noun, which is one of these anyway.
_POST_WORD = re.compile(
    rf"(?<![^\W\d_])(?:(?:{_EN_PERSON_ROLE})\b|{_FR_ROLE}|{_ES_ROLE}|{_RU_ROLE_HEAD})"
    rf"|{_ZH_ROLE_END}|{_AR_ROLE}",
    re.IGNORECASE,
)
# What opens an aside, not a post: "(on leave until May)", "(for the API Task Force)".
_ASIDE_OPENING = re.compile(
    r"(?:on|in|at|by|for|from|until|since|via|with|without|en|pour|depuis|jusqu|avec|sans"
    r"|par|desde|hasta|con|sin|por|para|до|с|по|в|на|для|от)\b",
    re.IGNORECASE,
)
# A task force's head holding a post word: "Equipo Técnico XML4IP" names no technician.
_TECHNICAL_TEAM = re.compile(r"\bequip[oe]\s+t[ée]cnic[oa]s?\b", re.IGNORECASE)


def names_post(value: str) -> bool:
    """Whether words set off after a name ("(Senior Patent Examiner)", "- examinatrice -",
    "(главный эксперт)", "（高级审查员）", "(رئيسة قسم المعلومات)") name a post: a post word
    in them, and no preposition opening them as an aside does ("(on leave until May)")."""
    value = _TECHNICAL_TEAM.sub(" ", value).strip()
    return bool(value and _POST_WORD.search(value) and not _ASIDE_OPENING.match(value))
