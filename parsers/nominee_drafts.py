"""Where a labelled value goes: the office, the country, a value stated once for every
nominee, or the current nominee's draft, a repeated nominee field or a new name starting
the next draft.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from parsers.drafts import Draft, Found, inline_pairs, is_placeholder
from parsers.han_names import strip_romanisation
from parsers.label_lines import LabelledLines
from parsers.labels import LabelKind, classify_label
from parsers.models import TaskForceCatalog
from parsers.name_order import given_and_patronymic, is_caps
from parsers.name_parts_labels import (
    family_name_as_title,
    given_below_surname,
    given_from_lone,
    hold_lone_given,
)
from parsers.name_stopwords import NOT_NAMES, ROLE_WORDS
from parsers.names import (
    name_and_rest,
    split_by_transcription,
    split_person,
    title_head_end,
    without_nickname,
)
from parsers.normalize import TITLE_WORDS, clean_value, normalize_address, normalize_username
from parsers.office_names import without_address, without_unit
from parsers.username_pointers import points_at_address

__all__ = ["LabelledFields", "NomineeDrafts"]

_NOT_TITLE_BRACKET = re.compile(
    r"[(（](?!\s*(?:Mrs|Mr|Ms|Miss|Mme|Mlle|M|Sra|Srta|Sr|Dr|г-н|г-жа|先生|女士|السيد|السيدة)\.?\s*[)）])[^()（）]*[)）]?.*$",
    re.IGNORECASE,
)
_NAME_LABELS = frozenset({"person", "full_name", "last_name", "first_name"})
_NAME_PARTS = {"person": ("last_name", "first_name"), "full_name": ("last_name", "first_name")}
# The second writing in a value a label asks for in both: "黃志強/HUANG Chih-chiang",
# "IVANOV Ivan / Иванов Иван".
_SECOND_WRITING = re.compile(
    r"(?<=[\u0400-\u04ff\u0600-\u06ff\u3400-\u9fff])\s*[/／]\s*[A-Za-z][A-Za-z .'’-]*"
    r"|(?<=[A-Za-z.])\s*[/／]\s*[\u0400-\u04ff\u0600-\u06ff\u3400-\u9fff][^/／A-Za-z\n]*"
)
# "Григорян Анна Самвеловна (Grigoryan Anna), г-жа": the name again in other letters,
# between the name and its title.
# Starts where its blanks start: from inside a long run of blanks each position would
# scan the rest of the run again (quadratic).
_WRITING_BEFORE_TITLE = re.compile(
    r"(?<![ \t])[ \t]*[(（][^\W\d_][^()（）\n\d:@,;]{0,60}[)）]"
    r"(?=[ \t]*,[ \t]*(?:Mrs|Mr|Ms|Miss|Mme|Mlle|M|Sra|Srta|Sr|г-н|г-жа)\.?[ \t]*$)",
    re.IGNORECASE,
)
# Which surname a clerk records when a nominee's block gives two: the one in use.
_SURNAME_RANK = {"birth": 0, "": 1, "usage": 2}
# An account label's value pointing at the address given above it.
_SAME_AS_ABOVE = re.compile(
    r"^(?:(?:the\s+)?same(?:\s+as\s+(?:above|before|the\s+(?:office|work)\s+(?:one|address|e-?mail)))?"
    r"|as\s+above|ditto|id(?:em|\.)|[íi]dem|identique|(?:la\s+)?m[êe]me(?:\s+(?:adresse\s+)?que\s+ci-dessus)?"
    r"|voir\s+ci-dessus|(?:la\s+)?misma(?:\s+que\s+(?:arriba|la\s+anterior))?|igual(?:\s+que\s+arriba)?"
    r"|(?:тот|та|то)\s+же(?:\s+(?:самый|адрес))?|см\.\s*выше|аналогично|同上|نفس\s+\S+(?:\s+أعلاه)?|كما\s+(?:هو\s+)?أعلاه)"
    r"[\s.;,)]*$",
    re.IGNORECASE,
)
# Given names after a label's surname comma: one to three capitalised words, a compound
# one hyphenated ("Lucía", "María José", "Jean-Pierre").
_GIVEN_NAMES = re.compile(
    r"[ \t]*(?:[A-ZÀ-ÖØ-ÞА-ЯЁ][a-zà-öø-ÿа-яё]+(?:-[A-ZÀ-ÖØ-ÞА-ЯЁ][a-zà-öø-ÿа-яё]+)?[ \t]*){1,3}"
)


def _given_after_comma(name_part: str) -> tuple[str, str] | None:
    """ "Sra. Sánchez-Cid Ortega, Lucía" under "Apellido, nombre (Sra./Sr.)": the label
    asks for the surnames first, so the comma after a title and two surnames parts them
    from the given names, and only a further comma starts a post. None when the part
    after the comma is no given name ("Jefa de Área", "Senior Examiner") or the name
    before it is complete by its capitals ("Lucía SÁNCHEZ, Jefa")."""
    before, comma, after = name_part.partition(",")
    given, _, rest = after.partition(",")
    if not comma or not _GIVEN_NAMES.fullmatch(given):
        return None
    bare = before.strip()
    words = bare[title_head_end(bare) :].split()
    caps = [is_caps(w) for w in words]
    if set(given.split()) & (ROLE_WORDS | NOT_NAMES) or (any(caps) and not all(caps)):
        return None
    return f"{before},{given}", rest.strip()


_NOMINEE_FIELDS = frozenset(
    {"title", "last_name", "first_name", "position", "username", "account_email", "task_forces"}
)


# "ru-asokolov (a.sokolov@rupto.example)", "cl-x – correo: x@inapi.example": the address
# may carry a label of its own ("l"), which must then name the account's e-mail; the colon
# may be left out ("in-x (e-mail x@office.example)").
# The blanks around the separator are possessive: what follows starts with no blank, and
# a long run of blanks is then read once instead of split every way (quadratic).
_ACCOUNT_PAIR = re.compile(
    r"\s*(?P<u>[A-Za-z0-9][A-Za-z0-9._-]{2,40}[A-Za-z0-9])(?:\s*+[(/,;–—-]\s*+|\s++)"
    r"(?:(?P<l>[^\W\d_][^:：@\n]{0,40}?)(?:\s*[:：]\s*|\s+))?(?:mailto:)?"
    r"(?P<a>[\w.+-]+@[\w-]+(?:\.[\w-]+)+)\s*\)?\W*$"
)


def _account_pair(value: str) -> re.Match[str] | None:
    pair = _ACCOUNT_PAIR.match(value)
    if pair is not None and points_at_address(value[: pair.start("a")]):
        return None  # "same as e-mail – x@y": the address alone, no username
    if pair is None or pair.group("l") is None:
        return pair
    kind = classify_label(pair.group("l"))
    return pair if kind is not None and kind.field == "account_email" else None


# A value under an account's label that names its own parts: "имя пользователя: ru-x
# эл. почта: x@rupto.example" in the cell under "Учетная запись ВОИС", "E-mail: x@y /
# Username: zz-x" after "WIPO Account:". Each part goes by its own label.
_OWN_LABEL = re.compile(r"[ \t]*(?P<l>[^\W\d_][^:：@\n]{0,40}?)[ \t]*[:：][ \t]*")
_PART_ADDRESS = r"(?:mailto:)?(?P<a>[\w.+-]+@[\w-]+(?:\.[\w-]+)+)"
_PART_USER = r"(?P<u>[A-Za-z0-9][A-Za-z0-9._-]{1,40}[A-Za-z0-9])"
_PART_LABEL = r"[ \t]*+[,;/]?[ \t]*+(?P<l>[^\W\d_][^:：@\n]{0,40}?)[ \t]*[:：][ \t]*"
_PART_END = r"[ \t.;]*$"
_THEN = {
    "username": re.compile(_PART_USER + _PART_LABEL + _PART_ADDRESS + _PART_END),
    "account_email": re.compile(_PART_ADDRESS + _PART_LABEL + _PART_USER + _PART_END),
}
_ALONE = {
    "username": re.compile(_PART_USER + _PART_END),
    "account_email": re.compile(_PART_ADDRESS + _PART_END),
}


def _labelled_parts(value: str, field_name: str) -> list[tuple[str, int, int]] | None:
    """The username and address a value under `field_name`'s label gives under labels of
    their own, with their spans. One part alone must restate the outer label's field: "ru-x
    – correo: x@y" under a username label keeps its username."""
    own = _OWN_LABEL.match(value)
    first = classify_label(own.group("l")) if own else None
    if own is None or first is None or first.field not in _THEN:
        return None
    spans = {"username": "u", "account_email": "a"}
    both = _THEN[first.field].match(value, own.end())
    if both is not None:
        second = classify_label(both.group("l"))
        if second is None or {first.field, second.field} != set(spans):
            return None
        return [(f, both.start(g), both.end(g)) for f, g in spans.items()]
    alone = _ALONE[first.field].match(value, own.end())
    if alone is None or first.field != field_name:
        return None
    group = spans[first.field]
    return [(first.field, alone.start(group), alone.end(group))]


# A label that asks for the username in so many words ("Username", "Nom d'utilisateur",
# "Nombre de usuario", "Имя пользователя", "Логин", "用户名", "اسم المستخدم"), not for the
# account ("WIPO Account", "Compte OMPI", "адрес учетной записи"), nor also for an address.
_USERNAME_WORDS = re.compile(
    r"user\s*-?\s*name|user\s*id|\blog-?in\b|nom\s+d['’]\s*utilisateur|identifiant"
    r"|nombre\s+de\s+usuario|\busuario\b|имя\s+пользовател\w*|логин|用户名|用戶名|[اإأ]سم\s+(?:ال)?مستخدم",
    re.IGNORECASE,
)
_ADDRESS_WORDS = re.compile(
    r"e-?\s?mail|courriel|adresse|correo|direcci[óo]n|address|почт|адрес|邮|郵|البريد|عنوان",
    re.IGNORECASE,
)
# One address and nothing else ("f.x@office.example").
_LONE_ADDRESS = re.compile(r"[A-Za-z0-9._%+'-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+")


def _address_as_username(label: str, value: str) -> str | None:
    """The address a username label holds alone ("اسم المستخدم: f.x@office.example"): what
    the office gave as the username, kept as written for the check to flag (usernames are
    never rewritten). An account label's address, or words around it, give no username."""
    address = normalize_username(value)
    if not _LONE_ADDRESS.fullmatch(address) or _ADDRESS_WORDS.search(label):
        return None
    return address if _USERNAME_WORDS.search(label) else None


def _only_salutation(value: str) -> bool:
    """A value that is a salutation and nothing else: "السيد", "Mme", "Sr. / Mr."."""
    words = [w for w in re.split(r"[\s/]+", clean_value(value).lower()) if w.strip(".")]
    return 0 < len(words) <= 2 and all(TITLE_WORDS.get(w.strip(".")) for w in words)


@dataclass
class LabelledFields:
    office: Found | None = None
    country: Found | None = None
    drafts: list[Draft] = field(default_factory=list)
    # Task forces named in the running text around the labels ("to the XML4IP Task Force:").
    context_task_forces: list[Found] = field(default_factory=list)
    labels_seen: int = 0
    # Values stated once for every nominee ("Position (all three): ..."), by field.
    shared: dict[str, Found] = field(default_factory=dict)


class NomineeDrafts(LabelledLines):
    """The fields read so far (`out`) and the draft of the nominee being read (`current`)."""

    def __init__(self, text: str, catalog: TaskForceCatalog, source: str) -> None:
        super().__init__(text)
        self.catalog = catalog
        self.source = source
        self.out = LabelledFields()
        self.current = Draft(source=source)
        # The name labels read into the current draft ("Nombre", "Apellidos", "Отчество").
        self._name_kinds: list[LabelKind] = []
        # Whether the draft's last name came from a second-surname label; None once joined.
        self._surname_second: bool | None = None
        # The writings ("latin", "native") of each name field read into the current draft.
        self._writings: dict[str, set[str]] = {}
        # Which surname the draft's last name is ("birth", "usage" or "" for a plain label).
        self._surname_use = ""
        # Whether the draft's address came under a label naming the WIPO Account, rather
        # than another one ("Office e-mail").
        self._account_labelled = False
        # The field of the label read last: two surname labels pair up only one under the other.
        self._previous = ""
        # A lone given name a whole-name label gave ("الاسم: علي"), read as the last name
        # until a surname label beside it says otherwise.
        self._lone_name: Found | None = None
        # Whether the draft's post came under a rank's label ("职称"): a post label beside
        # it replaces it.
        self._rank_post = False

    def _next_draft(self) -> None:
        self._whole_name()
        if not self.current.is_empty:
            self.out.drafts.append(self.current)
        self.current = Draft(source=self.source)
        self._name_kinds = []
        self._surname_second = None
        self._writings = {}
        self._surname_use = ""
        self._account_labelled = False
        self._previous = ""
        self._lone_name = None
        self._rank_post = False

    def _whole_name(self) -> None:
        """A lone "Nombre: Juan Pérez García" ("Nom : DUPONT Marie", "Имя: Иванов Пётр
        Сергеевич"), with no other name label in its block, is the whole name, split as a
        written name is; only when it splits into a surname and a given name."""
        if len(self._name_kinds) != 1 or not self._name_kinds[0].whole:
            return
        name = self._name_kinds[0].field
        other = "first_name" if name == "last_name" else "last_name"
        found = self.current.values.get(name)
        if found is None or other in self.current.values or given_and_patronymic(found.value):
            return
        person = split_person(found.value)
        if person.last_name and person.first_name:
            del self.current.values[name]
            self.current.put_name(found.value, found.start, found.end, found.rule)

    def _apply(self, kind: LabelKind, value: str, start: int, end: int, rule: str) -> None:
        self._apply_kind(kind, value, start, end, rule)
        self._previous = kind.field

    def _apply_kind(self, kind: LabelKind, value: str, start: int, end: int, rule: str) -> None:
        if kind.field not in _NAME_LABELS:
            self._apply_field(kind, value, start, end, rule)
            return
        fields = _NAME_PARTS.get(kind.field, (kind.field,))
        seen = set().union(*(self._writings.get(f, set()) for f in fields))
        writings = {"latin", "native"} if kind.writing == "both" else {kind.writing or "native"}
        if kind.writing and seen and not writings & seen:
            # "中文姓名：黄志强" then "英文姓名：HUANG Zhiqiang": the same name written again
            # in another script; the first writing stands.
            for f in fields:
                self._writings.setdefault(f, set()).update(writings)
            return
        if kind.writing == "both":
            value = _SECOND_WRITING.sub("", value, count=1)
        self._apply_field(kind, value, start, end, rule)
        if clean_value(value):
            for f in fields:
                self._writings.setdefault(f, set()).update(writings)

    def _apply_field(self, kind: LabelKind, value: str, start: int, end: int, rule: str) -> None:
        name = kind.field
        text = self.lines.text[start:end]
        if name == "office":
            # "Intellectual Property Office of X" over its street: the address names no office.
            office = without_unit(without_address(clean_value(value)))
            if office and self.out.office is None:
                self.out.office = Found(office, start, end, rule, text)
            return
        if name == "country":
            if clean_value(value) and self.out.country is None:
                self.out.country = Found(clean_value(value), start, end, rule, text)
            return
        if name == "ignore":
            return
        if kind.shared:
            # Often a sentence: "Должность у всех троих: ведущий специалист отдела."
            shared = re.sub(r"(?<=[^\W\d_]{4})\.$", "", clean_value(value))
            if shared:
                self.out.shared.setdefault(name, Found(shared, start, end, rule, text))
            return
        if name == "person" and not re.sub(r"[\W\d_]+", "", value):
            self._next_draft()  # "Nominee 2", "Representative:" opens a block
            return
        surname_labelled = any(k.field == "last_name" for k in self._name_kinds)
        if name == "person" and given_below_surname(
            self.current, surname_labelled, Found(value, start, end, rule, text)
        ):
            return
        if name in ("person", "full_name"):
            if self.current.has_name:
                self._next_draft()
            self._put_name(value, start, rule, surname_first=kind.surname_first or None)
            self._lone_name = hold_lone_given(self.current, value) if name == "person" else None
            return
        if name == "title" and family_name_as_title(value):
            # "اللقب: الجبوري": Iraq and the Maghreb ask for the family name under the word
            # that elsewhere asks for the salutation.
            kind, name = LabelKind("last_name"), "last_name"
        if name == "last_name":
            given_from_lone(self.current, self._lone_name)
            self._lone_name = None
        if name == "patronymic":
            self._name_kinds.append(kind)
            first = self.current.values.get("first_name")
            if first and clean_value(value):
                merged = f"{first.value} {clean_value(value)}"
                self.current.values["first_name"] = Found(merged, first.start, end, rule, text)
            return
        if name == "last_name" and self._joins_surname(kind, value, end, rule, text):
            return
        given = Found(value, start, end, rule, text)
        if name == "last_name" and self._other_surname(kind, given):
            return
        if name == "account_email" and self._second_address(kind, given):
            return
        if name == "position" and _only_salutation(value):
            # "الصفة: السيد" (standing: Mr): a label of one's standing answered with a
            # salutation gives the title, not the post.
            name = "title"
        if name == "position" and self._rank_beside_post(kind, given):
            return
        if name in _THEN and (parts := _labelled_parts(value, name)) is not None:
            if any(self.current.has(f) for f, _, _ in parts):
                self._next_draft()
            for part, s, e in parts:
                if part == "account_email":
                    self._account_labelled = True
                self.current.put(part, value[s:e], start + s, start + e, rule=rule, text=text)
            return
        if name == "username" and self._account_address(value):
            # "Nom d'utilisateur : x" then "Adresse du compte : x@y": the account's second
            # label gives its e-mail, not the next nominee's username.
            name = "account_email"
        if name in _NOMINEE_FIELDS and self.current.has(name):
            self._next_draft()
        if name == "last_name" and not self.current.has(name):
            self._surname_second = kind.second
            self._surname_use = kind.surname_use
        if name == "account_email" and not self.current.has(name):
            self._account_labelled = kind.of_account
        if name == "position" and not self.current.has(name):
            self._rank_post = kind.rank
        if name in ("last_name", "first_name"):
            self._name_kinds.append(kind)
        if name == "task_forces":
            self.current.put_task_forces(value, start, end, rule, self.catalog)
        elif name == "username" and (pair := _account_pair(value)) is not None:
            # "WIPO Account — ru-asokolov (a.sokolov@rupto.example)": both in one value.
            for part in ("u", "a"):
                field_name = "username" if part == "u" else "account_email"
                s, e = start + pair.start(part), start + pair.end(part)
                self.current.put(
                    field_name, pair.group(part), s, e, rule=rule, text=pair.group(part)
                )
        elif name == "last_name" and "," in value.strip(" ,") and not self.current.has_name:
            # "Apellido, nombre" written under a surname label: "QUISPE MAMANI, Jorge".
            self._put_name(value, start, rule, surname_first=True)
        else:
            self.current.put(name, value, start, end, rule=rule, text=text)
            label = self.lines.text[self.lines.text.rfind("\n", 0, start) + 1 : start]
            as_given = _address_as_username(label, value) if name == "username" else None
            if as_given is not None and not self.current.has("username"):
                # The address went to the account's e-mail too (Draft.put): "نفسه" (the
                # same) under the account's label then names no other.
                self.current.values["username"] = Found(as_given, start, end, rule, text)

    def _rank_beside_post(self, kind: LabelKind, given: Found) -> bool:
        """ "工作单位及职务：... 副处长" and "职称：研究员" of one person, either order: the
        post label gives the post, the rank is none; no next person starts."""
        held = self.current.values.get("position")
        if held is None or kind.rank == self._rank_post:
            return False
        if not kind.rank:
            del self.current.values["position"]
            self.current.put(
                "position", given.value, given.start, given.end, rule=given.rule, text=given.text
            )
            if "position" not in self.current.values:
                self.current.values["position"] = held
                return True
            self._rank_post = False
        return True

    def _account_address(self, value: str) -> bool:
        if not self.current.has("username") or self.current.has("account_email"):
            return False
        return normalize_address(normalize_username(value)) is not None

    def _other_surname(self, kind: LabelKind, given: Found) -> bool:
        """ "Nom d'usage : LEROY" and "Nom de naissance : BERNARD" of one nominee: the surname
        in use is the last name, the birth name none of it; no next nominee starts."""
        if (
            self._previous != "last_name"
            or not self.current.has("last_name")
            or kind.surname_use == self._surname_use
        ):
            return False
        higher = _SURNAME_RANK[kind.surname_use] > _SURNAME_RANK[self._surname_use]
        if higher and clean_value(given.value):
            del self.current.values["last_name"]
            self.current.put(
                "last_name", given.value, given.start, given.end, rule=given.rule, text=given.text
            )
            self._surname_use = kind.surname_use
        return True

    def _second_address(self, kind: LabelKind, given: Found) -> bool:
        """An office address and the WIPO Account's of one nominee ("USPTO e-mail: x",
        "E-mail used for the WIPO Account: y"): the account's is the account e-mail, or the
        office one when the account label says "same as above"; no next nominee starts."""
        held = self.current.values.get("account_email")
        if held is None or kind.of_account == self._account_labelled:
            return False
        if not kind.of_account:
            return True  # the account's address is held; an office one beside it is no data
        if _SAME_AS_ABOVE.match(clean_value(given.value)):
            # The office address above is the account's: its evidence is this line.
            self.current.values["account_email"] = replace(
                held, start=given.start, end=given.end, text=given.text
            )
        else:
            del self.current.values["account_email"]
            self.current.put(
                "account_email",
                given.value,
                given.start,
                given.end,
                rule=given.rule,
                text=given.text,
            )
            if "account_email" not in self.current.values:
                self.current.values["account_email"] = held
                return True
        self._account_labelled = True
        return True

    def _joins_surname(self, kind: LabelKind, value: str, end: int, rule: str, text: str) -> bool:
        """ "Apellido paterno: Quispe" then "Apellido materno: Huamán" (either order): a first
        and a second surname of one nominee make one last name, the first surname first."""
        found = self.current.values.get("last_name")
        surname = clean_value(value)
        if found is None or self._surname_second is None or kind.second == self._surname_second:
            return False  # two first (or two second) surnames: the next nominee's
        if not surname or is_placeholder(surname):
            return True
        merged = f"{surname} {found.value}" if self._surname_second else f"{found.value} {surname}"
        self.current.values["last_name"] = Found(merged, found.start, end, rule, text)
        self._surname_second = None
        return True

    def _put_name(self, value: str, start: int, rule: str, *, surname_first: bool | None) -> None:
        transcribed = split_by_transcription(value)
        if transcribed is not None and not self.current.has_name:
            # The Latin spelling's capitals tell the surname: "فاطمة الزهراء العلوي (Fatima
            # Zahra ALAOUI)" has a given name of two words.
            end = start + len(value.rstrip())
            for field_name, part in zip(("last_name", "first_name"), transcribed, strict=True):
                self.current.put(field_name, part, start, end, rule=rule, text=value.strip())
            title = split_person(value).title  # "السيد محمد ولد أحمد (M. Mohamed OULD AHMED)"
            if title is not None:
                self.current.put("title", title, start, end, rule=rule, text=value.strip())
            return
        # "Ms Jane DOE (username: us-jdoe, e-mail: jane@office.example)"
        name_part = strip_romanisation(value)
        for field_name, inner, s, e in inline_pairs(value):
            self.current.put(field_name, inner, start + s, start + e, rule=rule, text=inner)
            name_part = name_part.replace(value[s:e], " ")
        name_part = re.sub(r"\((?:[^()]*[:：@][^()]*)\)", " ", name_part)
        # A nickname inside the name goes ("John (Jack) SMITH"); a bracketed title stays
        # ("LIM Wei Jie (Mr)"), and so does a salutation or degree bracketed after the
        # opening one ("Dr. (Ing.) Jan KOCH"); any other bracket ends the name.
        name_part = without_nickname(name_part.strip())
        head = title_head_end(name_part)
        rest_part = _WRITING_BEFORE_TITLE.sub("", name_part[head:])
        name_part = name_part[:head] + _NOT_TITLE_BRACKET.sub(" ", rest_part)
        name_part = re.split(r"[;\[]|\s[-–—]\s", name_part)[0]
        given = _given_after_comma(name_part) if surname_first else None
        name_part, rest = given if given is not None else name_and_rest(name_part)
        position = clean_value(rest)
        if position and not re.search(r"[@\d]", position) and len(position.split()) <= 10:
            offset = start + value.find(position) if position in value else start
            self.current.put(
                "position", position, offset, offset + len(position), rule=rule, text=position
            )
        if clean_value(name_part):
            self.current.put_name(
                name_part, start, start + len(value.rstrip()), rule, surname_first=surname_first
            )
