"""The post written in apposition right after a name in prose: ", Senior Examiner," or
"（审查员）", up to where the task force, a membership or a labelled line begins.
"""

from __future__ import annotations

import re

from parsers.degrees import degree_after_name
from parsers.drafts import INLINE_USERNAME
from parsers.labels import LINE, classify_label
from parsers.office_names import is_address
from parsers.posts import names_post
from parsers.st3 import office_code

__all__ = ["appositive_position"]

# "in", "en", "à" also belong inside a position ("especialista en información de
# patentes", "ingénieur principal à la Direction des brevets"); they end it only before
# the task force or the membership it is for.
_POSITION_STOP = re.compile(
    r"\s(?:to|as|for|who|whose|comme|como|para|quien|на|для|который|которая|و|في|لعضوية)\s"
    r"|\s(?:in|at|en|au|aux|à|al|a|pour)\s(?=(?:the\s|l['’]|la\s|le\s|el\s|los\s|les\s|qualité|calidad|capacity)?"
    r"\s*(?:task|équipe|equipe|equipo|grupo|groupe|capacity|qualit|calidad|membre|miembro|member))"
    # "начальник отдела ... в области биотехнологий" keeps its "в"; "в Целевую группу" does not.
    r"|\sв\s(?=целев|состав|качеств|рабоч|групп|член)"
    r"|\s+[-–—]\s",
    re.IGNORECASE,
)
# A second appositive piece that still belongs to the position, when what follows it is
# the task force: "Assistant Director, Standards and Data, for all task forces".
_MORE_POSITION = re.compile(
    r"[ \t]*(?P<more>[A-Z](?:[^,;:()\n@]|\n(?![ \t]*\n)){1,50}?),[ \t]+"
    r"(?=(?:for|to|as|pour|para|como)\s)"
)
# Or when the sentence's verb follows it, the person its subject: "Dr X, Assistant General
# Manager, Data and Standards, remains our representative", "M. Y, chef de service,
# Direction des brevets, reste membre", "la Sra. Z, Jefa de Sección, Marcas, sigue siendo".
_MORE_BEFORE_VERB = re.compile(
    r"[ \t]*(?P<more>[A-ZÀ-Þ](?:[^,;:()\n@]|\n(?![ \t]*\n)){1,50}?),[ \t]+"
    r"(?=(?:remains|continues|will\s+(?:remain|continue|be)|is|has\s+been|reste|restera|demeure"
    r"|continue|continuera|est|sera|a\s+été|sigue|seguirá|continúa|continuará|permanece|es|será"
    r"|ha\s+sido)\s)"
)
# Or when a spaced dash follows it, opening the record's next part: "M. X, chef de projet,
# Direction des systèmes d'information – compte OMPI : ...", "Ms Y, Examiner, Patent
# Department — username ...".
_MORE_BEFORE_DASH = re.compile(
    r"[ \t]*(?P<more>[A-ZÀ-ÞА-ЯЁ][^,;:()\[\]@\d\n–—]{1,60}?)[ \t]+[-–—][ \t]"
)
# Or when it closes the sentence or the clause, naming a unit: "Mme X, Analyste principale
# des données, Direction générale des services informatiques. Nom d'utilisateur : ...".
_MORE_TO_CLAUSE_END = re.compile(
    r"[ \t]*(?P<more>[A-ZÀ-ÞА-ЯЁ\u0600-\u06ff][^,;:()\[\]@\d\n]{1,60}?)(?=\.(?:\s|$)|;)"
)
_UNIT_WORD = re.compile(
    r"(?<!\w)(?:Direction|Directorate|Division|D[ée]partement|Department|Departamento"
    r"|Direcci[óo]n|Subdirecci[óo]n|Sous-direction|Service|Servicio|Section|Secci[óo]n|Unit"
    r"|Unit[ée]|Unidad|Branch|Bureau|Sector|Secteur|Center|Centre|Centro|Управление|Отдел"
    r"|Департамент|Служба|Сектор|Центр|إدارة|ادارة|قسم|مديرية|شعبة|وحدة|دائرة)(?!\w)",
    re.IGNORECASE,
)
# A membership is no post: ", actuellement membre de l'équipe d'experts XML4IP,", ", a member
# of the API Task Force,"; "Member of the Board of Appeal" is one.
_MEMBER = r"(?:(?:an?|un|une|un[ao]|является)\s+)?(?:members?|membres?|miembros?|член\w*|عضو\w*)"
_MEMBERSHIP = re.compile(
    r"(?:currently|presently|now|actuellement|actualmente|en\s+la\s+actualidad"
    rf"|в\s+настоящее\s+время|ныне|حاليا|حاليًا)\s+{_MEMBER}(?!\w)"
    rf"|{_MEMBER}\s[^,;]{{0,30}}?(?:task\s+force|[ée]quipe|equipo|целев|групп|فرق)",
    re.IGNORECASE,
)
# ... unless that piece is the office or its country: "Examiner, IP Australia, is nominated".
_OFFICE_PIECE = re.compile(
    r"\b(?:Office|Institut\w*|Oficina|Organi[sz]a\w*|Agency|Agence|Agencia|Ministry|Minist[eè]re"
    r"|Ministerio|Intellectual\s+Property|Propri[ée]t[ée]\s+intellectuelle|Propiedad|Registry"
    r"|Registro|Bureau|Government|Gouvernement|Gobierno)\b",
    re.IGNORECASE,
)
# A spaced dash opens the appositive as a comma does: "السيد أحمد الزعبي – مدير البراءات –".
_ZH_ROMAN_OR_COMMA = re.compile(r"\s*(?:\([^)]*\)\s*)?(?:[,،，]|[ \t][–—](?=[ \t]))\s*")
# A hyphen typed for that dash, in a one-line record led by the name: "Sra. Ana Ruiz - Jefa
# de Patentes - usuario co-aruiz - aruiz@oficina.example". Inside a sentence it is as
# often an aside ("Mr X - he chaired ... - to the Task Force"), so the caller decides.
_HYPHEN = re.compile(r"[ \t]+-[ \t]+")
# Or after one hyphen, up to the sentence's or clause's end, when what it opens is a post
# ("we nominate Mr X - Senior Patent Examiner for the API Task Force", "г-н X - ведущий
# эксперт"): the part before a preposition must name one, so an aside does not pass.
_HYPHEN_TO_END = re.compile(
    r"[ \t]+-[ \t]+(?P<piece>[^-–—,;:()\n]{1,80}?)(?=[,;:()\n]|\.(?:\s|$)|$)"
)


# A participle set off after the name says what was done with the person, not their post:
# "M. X, désigné pour l'équipe ...", "la Sra. X, designada para el Equipo", "г-н X, назначенный
# в Целевую группу", "Mr X, nominated to ...", "王伟先生，已获提名参加...", "السيد X، المرشح لعضوية".
_PARTICIPLE = re.compile(
    r"(?:(?:also|already|recently|previously|duly|officially|[ée]galement|d[ée]j[àa]|r[ée]cemment"
    r"|d[ûu]ment|officiellement|tambi[ée]n|ya|recientemente|debidamente|также|уже|ранее|недавно"
    r"|официально)\s+)?"
    r"(?:(?:nominated|designated|appointed|proposed|selected|named|put\s+forward"
    r"|d[ée]sign[ée]|nomm[ée]|propos[ée]|retenu|s[ée]lectionn[ée]"
    r"|designad[oa]|nombrad[oa]|propuest[oa]|seleccionad[oa]|postulad[oa]"
    r"|назначен|выдвинут|предложен|включ[её]н|рекомендован|делегирован)[\w-]*(?![^\W\d_])"
    r"|(?:已|已经|已經)?(?:获|獲|被)?(?:提名|推荐|推薦|指派|选派|選派|委派)"
    r"|(?:ال)?(?:مرشح|معين|مقترح)(?:ة|ه)?(?![\u0621-\u064a]))",
    re.IGNORECASE,
)
# A Han clause after the name's comma, not a post: "张伟先生，现提供资料如下".
_HAN_CLAUSE = re.compile(r"^(?:现|現|兹|茲|特此)|如下$")


def _post_part(piece: str) -> str:
    cut = _POSITION_STOP.search(" " + piece)
    return piece[: max(cut.start() - 1, 0)] if cut else piece


# A Latin transcription in brackets right after a Han name: "陈美玲女士（Chen Meiling）".
_ROMANISATION = re.compile(r"\s*[（(][A-Za-z][A-Za-z .'’-]*[)）]")
# A bracket right after the name: a romanisation, a nickname or an office's code is passed
# over for what follows it, but one naming a post is the post ("Ms X (Senior Patent
# Examiner) - API Task Force", "г-жа Y (главный эксперт) – Целевая группа по API").
_LEADING_BRACKET = re.compile(r"\s*[（(](?P<inner>[^()（）\n]{1,80})[)）]")
# The piece between spaced hyphens inside a sentence: " - Senior Examiner - ".
_HYPHENED_PIECE = re.compile(r"[ \t]+-[ \t]+(?P<piece>[^-–—,;:()\n]{1,80}?)[ \t]+-[ \t]")
# The person's address in angle brackets right after the name, as a mail program links it:
# "Siriporn Wongsawat<mailto:s.w@o.example>, Senior Patent Examiner".
_LINKED_ADDRESS = re.compile(r"[ \t]*<(?:mailto:)?[^<>\s@]+@[^<>\s]+>")
# "Examinador de Patentes (Biotecnología)" ending its line or the appositive before the
# sentence's verb ("Senior Examiner (Biotechnology), will represent ..."): the bracket
# names the field the post covers.
# So does one before the colon, semicolon or dash that goes on to the task forces or the
# account ("Principal Examiner (Patents): Sequence Listings Task Force", "Examinadora
# (Marcas); usuario ..."), or before the sentence's end.
# Capitalised words only: no code ("(PRV)"), romanised name ("(WANG Wei)"), value or
# aside ("(username: ...)", "(retired)").
# So does one before the comma that goes on to the task force the person is put on ("Senior
# Patent Examiner (Biotechnology), to the SEQL TF", "examinateur (Chimie), pour l'équipe",
# "главный эксперт (биотехнологии), в Целевую группу", "高级审查员（生物技术），参加").
_FIELD_BRACKET = re.compile(
    r"[(（](?P<f>[^\W\d_][^\W\d_]+(?:[ \t]+[^\W\d_]+){0,3})[)）][ \t]*"
    r"(?=\n|$|[:：;；]|[-–—][ \t]|\.(?:\s|$)|,[ \t]+(?:will|shall|would|is|has|joins|rejoindra"
    r"|représentera|sera|est|participará|representará|será|es|integrará)[ \t]"
    r"|[,，،][ \t]*(?:(?:to|for|as|on|pour|comme|au|aux|à|para|como|al|en|в|во|на|для"
    r"|назначается|будет|включ\w+|في|إلى|ل)[ \t]|(?:参加|加入|参与|參加|參與|担任|擔任|لعضوية)))"
)
# The field a post covers, in any script or case: "(biotechnologie)", "(биотехнологии)",
# "（生物技术）", "(التكنولوجيا الحيوية)". A capitalised bracket passes without it.
_FIELD_WORD = re.compile(
    r"biot[ée]c|chemi|chimi|qu[íi]mic|pharma|farmac|m[ée]cani|electr|[ée]lectr|physi|f[íi]sic"
    r"|medic|m[ée]dic|patent|brevet|trade\s?mark|marque|marca|design|dessin|dise[ñn]o|software"
    r"|logiciel|inform|telecom|t[ée]l[ée]com|биотех|хими|фарма|механ|электр|физи|медиц|патент"
    r"|товарн|промышленн\w+\s+образц|информ|生物|化学|化學|医药|醫藥|机械|機械|电学|電學|电子"
    r"|電子|物理|通信|专利|專利|商标|商標|外观设计|外觀設計|计算机|計算機|الحيوية|الكيمياء|الصيدل"
    r"|الميكانيك|الكهرباء|الفيزياء|البراءات|العلامات|التصاميم|المعلومات",
    re.IGNORECASE,
)


def _field_bracket(rest: str, start: int) -> int | None:
    """Where a post's bracketed field ends, when one opens at `start`."""
    match = _FIELD_BRACKET.match(rest, start)
    if match is None:
        return None
    words = match.group("f").split()
    if any(w.isupper() for w in words) or not (
        words[0][:1].isupper() or _FIELD_WORD.search(match.group("f"))
    ):
        return None
    return None if classify_label(match.group("f")) else match.end()


def _labelled_line_after(rest: str, end: int) -> int:
    """Where the first of the lines the position runs on to is a "label: value" line of its
    own ("Executive Director of the Directorate of / Inventions and New Technologies /
    Task Force: ..."): the wrapped post ends before it. `end` when none is."""
    newline = rest.find("\n", 0, end)
    while newline >= 0:
        line_end = rest.find("\n", newline + 1)
        label = LINE.match(rest[newline + 1 : line_end if line_end >= 0 else len(rest)])
        if label is not None and classify_label(label.group("label")) is not None:
            return newline
        newline = rest.find("\n", newline + 1, end)
    return end


# "Mr X, Assistant Director, Patent Data Services" heading its labelled lines: the piece
# after the post's comma names the unit the post is in. Not an office, a country, a task
# force or a value.
_UNIT = re.compile(r"[A-ZÀ-ÞА-ЯЁ][^,;:()\[\]@\d\n]{1,60}")
_NOT_UNIT = re.compile(
    r"\b(?:Office|Offices|Institut\w*|Oficina|Organi[sz]a\w*|Agency|Agence|Agencia|Ministry"
    r"|Minist[eè]re|Ministerio|Intellectual\s+Property|Propri[ée]t[ée]\s+intellectuelle"
    r"|Propiedad|Government|Gouvernement|Gobierno|Task\s+Force|[ÉE]quipe|Equipo|WIPO|OMPI"
    r"|Ведомств\w*|Министерств\w*|Целев\w*)\b|\s[-–—]\s"
    # A verb: the line runs on as a sentence ("..., Patents Department has been nominated").
    r"|\b(?:is|are|was|were|has|have|had|will|would|shall|est|sont|ont|sera|seront|es|son|fue"
    r"|ha|han|será|serán|является|будет|был|была)\b",
    re.IGNORECASE,
)

_UNIT_WORDS = 8
# "Senior Patent Examiner, Patent Office – ...": an office named by its field alone, with no
# country or name of its own, is a unit of the nominating one (a department of intellectual
# property with a Patent Office in it), not that office.
_FIELD_OFFICE = re.compile(r"(?:Patents?|Trade[ \t]?marks?|Designs?|Copyrights?)[ \t]+Office")


def _unit(piece: str) -> bool:
    """Whether the piece after a post's comma names the unit the post is in."""
    piece = piece.strip()
    return bool(
        _UNIT.fullmatch(piece)
        and len(piece.split()) <= _UNIT_WORDS
        and (not _NOT_UNIT.search(piece) or _FIELD_OFFICE.fullmatch(piece))
        and not office_code(piece)
    )


def _closing_unit(piece: str) -> bool:
    """Whether the piece closing the sentence after a post's comma names its unit by a
    unit's word ("Direction générale des services informatiques", "إدارة البراءات"), not a
    place or anything else the sentence ends with."""
    if not _UNIT_WORD.search(piece):
        return False
    return _unit(piece) or "\u0600" <= piece.strip()[:1] <= "\u06ff"


# "Ms X (Senior Registration Officer, IP Directorate) on the ... Task Force": the post in
# brackets after the name, with the unit it is in after a comma.
_UNIT_IN_BRACKET = re.compile(r"[ \t]*(?P<more>[^,;:()（）\[\]@\n]{1,60}?)[ \t]*(?=[)）])")


def _unit_to_line_end(rest: str, start: int) -> int | None:
    """Where the post ends when the rest of the name's line after its comma is its unit and
    the line stands alone: a labelled line, a blank line or the end comes next."""
    line_end = rest.find("\n", start)
    line_end = len(rest) if line_end == -1 else line_end
    piece = rest[start:line_end].strip()
    if not _unit(piece):
        return None
    below_end = rest.find("\n", line_end + 1)
    below = rest[line_end + 1 : below_end if below_end != -1 else len(rest)]
    label = LINE.match(below)
    if below.strip() and (label is None or classify_label(label.group("label")) is None):
        return None
    return start + len(rest[start:line_end].rstrip())


# A post runs to ten words, its articles and prepositions uncounted: French and Spanish
# posts spell out their unit's name with many ("Chef de la Division de la Documentation
# et de l'Information Technologique"), where a sentence running on has more words of its own.
_MAX_POST_WORDS = 10
_MAX_POST_WORDS_ALL = 18
_LINKING_WORD = re.compile(
    r"(?:of|the|and|for|de|du|des|la|le|les|et|à|au|aux|del|el|los|las|y|e|en|и|по|в|في)",
    re.IGNORECASE,
)


def _too_long(words: list[str]) -> bool:
    """Whether an appositive has more words than a post: ten, not counting linking words."""
    if len(words) > _MAX_POST_WORDS_ALL:
        return True
    return sum(not _LINKING_WORD.fullmatch(w) for w in words) > _MAX_POST_WORDS


def appositive_position(segment: str, *, hyphen: bool = False) -> tuple[str, int, int] | None:
    """An appositive right after the name: ", Senior Examiner," or "（审查员）"; with
    `hyphen`, also " - Senior Examiner - "."""
    # A degree after the name comes before the post: "Dr. Jane Doe, PhD, Senior Examiner".
    past = degree_after_name(segment)
    if past:
        found = appositive_position(segment[past:], hyphen=hyphen)
        return None if found is None else (found[0], found[1] + past, found[2] + past)
    bracket = _LEADING_BRACKET.match(segment)
    if bracket is not None and names_post(bracket.group("inner")):
        match: re.Match[str] | None = re.match(r"\s*[（(]", segment)
    else:
        skip = _ROMANISATION.match(segment) or _LINKED_ADDRESS.match(segment)
        lead = skip.end() if skip else 0
        # Inside a sentence a hyphen sets off the post only around one: "We nominate Ms X
        # - Senior Examiner - to ...", not "Ms X - she chaired ... - to ...".
        piece = _HYPHENED_PIECE.match(segment, lead) or _HYPHEN_TO_END.match(segment, lead)
        hyphened = hyphen or (piece is not None and names_post(_post_part(piece.group("piece"))))
        match = (
            _ZH_ROMAN_OR_COMMA.match(segment, lead)
            or (None if skip else re.match(r"\s*[（(]", segment))
            or (_HYPHEN.match(segment, lead) if hyphened else None)
        )
    if match is None:
        return None
    rest = segment[match.end() :]
    stop = re.search(r"[,،，;；:：()（）。！？]|\s[–—]\s|\n\s*\n|\.(?:\s|$)|参加|担任|加入", rest)
    value = rest[: stop.start()] if stop else rest[:80]
    if (
        stop
        # A dash, not a blank line: "\n\n".strip() is "", which is `in` any string.
        and (stop.group(0) in ":：" or stop.group(0).strip() in ("–", "—"))
        and "\n" not in value
        and classify_label(value)
    ):
        # "（WIPO账户用户名：cn-x；…）", "(username: xx-y)", ", учётная запись ВОИС — ru-x":
        # a label, not a post
        return None
    more = _MORE_POSITION.match(rest, stop.end()) if stop and stop.group(0) == "," else None
    if more is None and stop and stop.group(0) == ",":
        more = _MORE_BEFORE_VERB.match(rest, stop.end())
        if more is not None and (
            _OFFICE_PIECE.search(more.group("more")) or office_code(more.group("more"))
        ):
            more = None
    if more is None and stop and stop.group(0) == ",":
        more = _MORE_BEFORE_DASH.match(rest, stop.end())
        if more is not None and not _unit(more.group("more")):
            more = None
    if more is None and stop and stop.group(0) == "," and match.group().strip() in ("(", "（"):
        more = _UNIT_IN_BRACKET.match(rest, stop.end())
        if more is not None and not _unit(more.group("more")):
            more = None
    if more is None and stop and stop.group(0) == ",":
        more = _MORE_TO_CLAUSE_END.match(rest, stop.end())
        if more is not None and not _closing_unit(more.group("more")):
            more = None
    if more is not None:
        value = rest[: more.end("more")]
    elif hyphen and stop and stop.group(0) == ",":
        unit = _unit_to_line_end(rest, stop.end())
        value = rest[:unit] if unit is not None else value
    if stop and stop.group(0) in "(（" and value.strip():
        field_end = _field_bracket(rest, stop.start())
        value = rest[:field_end] if field_end is not None else value
    value = value[: _labelled_line_after(rest, len(value))]
    cut = _POSITION_STOP.search(" " + value)
    if cut:
        value = value[: max(cut.start() - 1, 0)]
    value = value.strip()
    words = value.split()
    if not value or _too_long(words) or "@" in value or INLINE_USERNAME.search(value):
        return None
    if _MEMBERSHIP.match(value):
        return None  # "..., currently a member of the XML4IP Task Force": no post
    if is_address(value) and not names_post(value):
        return None  # "(1 Main Street, Geneva)": where the person works, not the post
    if len(words) == 1 and re.search(r"[-_.\d]", value) and value.lower() == value:
        return None  # "(us-jdoe, ...)": a username, not a position
    if _PARTICIPLE.match(value) or _HAN_CLAUSE.search(value):
        return None
    if words[0].lower() in (
        "her",
        "his",
        # A pronoun opens an aside about the person: " - he chaired ...", " - она ...".
        "he",
        "she",
        "il",
        "elle",
        "él",
        "ella",
        "он",
        "она",
        "who",
        "whose",
        "and",
        "et",
        "y",
        "и",
        "username",
        "e-mail",
        "email",
        # A relative clause about the person, not their post: ", que l'Office désigne",
        # ", which ...", ", quien ...", ", которого ...".
        "que",
        "qui",
        "dont",
        "which",
        "that",
        "whom",
        "quien",
        "который",
        "которая",
        "которого",
        "которую",
        # The writer speaking: "Ms X (...), we still need ...", "السيد X، نرجو تزويدنا ...".
        "we",
        "nous",
        "nosotros",
        "мы",
        "我们",
        "نحن",
        "نرجو",
        "يرجى",
    ) or re.match(r"qu['’]", words[0], re.IGNORECASE):
        return None
    start = match.end() + rest.find(value)
    return value, start, start + len(value)
