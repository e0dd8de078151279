"""Nominee drafts: field values with their evidence, filled in by the extraction rules."""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from parsers.corrections import find_corrections
from parsers.form_placeholders import is_form_placeholder
from parsers.models import TaskForceCatalog
from parsers.names import split_person
from parsers.normalize import (
    clean_value,
    normalize_address,
    normalize_title,
    normalize_username,
    without_remark,
)
from parsers.pending_accounts import says_account_pending
from parsers.st3 import is_common_compound
from parsers.taskforces import match_task_forces
from parsers.username_pointers import points_at_address

__all__ = ["PERSON_FIELDS", "Draft", "Found", "inline_pairs", "is_placeholder"]

PERSON_FIELDS = ("title", "last_name", "first_name", "position", "username", "account_email")


@dataclass(frozen=True)
class Found:
    """One value and where it came from (offsets into the text the rule read)."""

    value: str
    start: int
    end: int
    rule: str
    text: str
    # Set when a value moves to a draft read from another source (see Draft.absorb).
    source: str = ""


_NAME_FIELDS = ("title", "last_name", "first_name")
# "to follow", "TBD", "N/A", "à suivre", "pendiente", "в процессе", "待定": not values.
_PLACEHOLDER = re.compile(
    r"^[\W_]*$|^\W*(?:to\s+(?:follow|be\s+\w+)|tbd|tbc|n/?a|none|pending|not\s+yet\b.*|will\s+be\b.*|later|-+|\?+"
    r"|[àa]\s+suivre|[àa]\s+venir|[àa]\s+confirmer|en\s+cours.*|pendiente|por\s+(?:confirmar|definir)"
    # A mononym's empty name field: "- (single name)", "(no first name)", "sans prénom".
    r"|(?:single|one|mono)[\s-]*(?:name|nym)|only\s+one\s+name|no\s+(?:first|given|last|family)\s+name"
    r"|nom\s+unique|sans\s+pr[ée]nom|pas\s+de\s+pr[ée]nom"
    r"|en\s+tr[áa]mite|будет\b.*|в\s+процессе.*|позже|нет|待定|待补充|稍后.*|لاحقا|لاحقًا|سيتم\b.*"
    # A form's or a summary's mark for a value not given: "[not provided]", "[no facilitado]",
    # "[non communiqué]", "[не указано]", "[未提供]", "[غير متوفر]".
    r"|not\s+(?:provided|given|supplied|indicated|specified|available)|non\s+(?:communiqu|fourni"
    r"|indiqu|renseign|pr[ée]cis)\w*|no\s+(?:facilitad|proporcionad|indicad|informad|consignad)\w*"
    r"|не\s+(?:указан|предоставлен|сообщ)\w*|未提供|未填写|未注明|غير\s+(?:متوفر|محدد)\w*|لم\s+يذكر)\W*$",
    re.IGNORECASE,
)
_FORMAL_RULES = ("label", "table")


def is_placeholder(value: str) -> bool:
    """Whether a field's value says it is not given ("N/A", "pendiente", "-"), or is a form's
    prompt left in it ("Click or tap here to enter text.")."""
    return _PLACEHOLDER.match(value) is not None or is_form_placeholder(value)


# A username has no spaces: several words saying it is coming ("— (compte en cours de
# création)", "account pending") are a note about the username, not one.
_PENDING_NOTE = re.compile(
    r"\b(?:en\s+cours|pending|to\s+be\s+(?:created|registered|confirmed|provided)|not\s+yet"
    r"|[àa]\s+(?:venir|suivre|cr[ée]er)|en\s+tr[áa]mite|pendiente|por\s+crear"
    # ... or to be sent later: "will follow", "sera communiqué ultérieurement", "se
    # comunicará más adelante", "сообщим дополнительно".
    r"|will\s+(?:follow|be)|follows?|later|shortly|soon|communicat\w*|ult[ée]rieurement"
    r"|plus\s+tard|prochainement|communiqu\w*|sera|m[áa]s\s+adelante|posteriormente|en\s+breve"
    r"|comunic\w*|enviar\w*|informar\w*|сообщ\w*|позже|позднее|дополнительно|будет)\b",
    re.IGNORECASE,
)
_LATIN_LETTER = re.compile(r"[A-Za-z]")


@dataclass
class Draft:
    """A nominee being assembled; the first value for a field wins."""

    values: dict[str, Found] = field(default_factory=dict)
    task_forces: list[str] = field(default_factory=list)
    unknown_task_forces: list[str] = field(default_factory=list)
    historical: list[str] = field(default_factory=list)
    tf_found: Found | None = None
    # Its own task forces come on top of those named for every nominee ("also joins ...").
    tf_also: bool = False
    invalid_emails: list[str] = field(default_factory=list)
    source: str = "body"

    @property
    def has_name(self) -> bool:
        return "last_name" in self.values or "first_name" in self.values

    @property
    def has_person_data(self) -> bool:
        return any(
            name in self.values for name in ("last_name", "first_name", "username", "account_email")
        )

    @property
    def is_empty(self) -> bool:
        return not self.values and self.tf_found is None

    def has(self, name: str) -> bool:
        if name == "task_forces":
            return self.tf_found is not None
        if name in ("name", "full_name", "person"):
            return self.has_name
        return name in self.values

    def put(self, name: str, value: str, start: int, end: int, *, rule: str, text: str) -> None:
        """Set a field from raw text, normalising it; rejects what is not a value of that field."""
        if is_placeholder(value):
            return
        if name == "title":
            title = normalize_title(value)
            if title and name not in self.values:
                self.values[name] = Found(title, start, end, rule, text)
            return
        if name == "account_email":
            address = normalize_address(value)
            if address is None:
                found = _ADDRESS_IN.search(value)
                address = normalize_address(found.group(0)) if found else None
            if address is None:
                if clean_value(value):
                    self.invalid_emails.append(clean_value(value))
                return
            self.values.setdefault(name, Found(address, start, end, rule, text))
            return
        if name == "username":
            username = normalize_username(value)
            if "@" in username or normalize_address(username):
                self.put("account_email", username, start, end, rule=rule, text=text)
                return
            if points_at_address(username):
                return  # "same as e-mail": the address is the account's, no username
            # WIPO Account usernames are Latin letters: "暂未注册" or "قيد الإنشاء"
            # (not created yet) in the username field is a note, not a username.
            if " " in username and (_PENDING_NOTE.search(username) or find_corrections(username)):
                return  # or "read kz-x instead of kz-y": a correction, applied elsewhere
            if says_account_pending(username):
                return  # "being created", "en création", "requested": no username yet
            username = without_remark(username)
            if username and _LATIN_LETTER.search(username):
                self.values.setdefault(name, Found(username, start, end, rule, text))
            return
        cleaned = clean_value(value)
        if cleaned:
            self.values.setdefault(name, Found(cleaned, start, end, rule, text))

    def put_name(
        self, value: str, start: int, end: int, rule: str, *, surname_first: bool | None = None
    ) -> None:
        """A whole written name ("Ms Jane DOE", "Smith, Jane", "王伟先生") split into its fields."""
        person = split_person(value, surname_first=surname_first)
        text = value.strip()
        if person.title:
            self.values.setdefault("title", Found(person.title, start, end, rule, text))
        if person.last_name:
            self.values.setdefault("last_name", Found(person.last_name, start, end, rule, text))
        if person.first_name:
            self.values.setdefault("first_name", Found(person.first_name, start, end, rule, text))

    def put_task_forces(
        self, value: str, start: int, end: int, rule: str, catalog: TaskForceCatalog
    ) -> None:
        match = match_task_forces(value, catalog)
        if not match.names and not match.unknown:
            return
        self.task_forces.extend(n for n in match.names if n not in self.task_forces)
        self.unknown_task_forces.extend(
            u for u in match.unknown if u not in self.unknown_task_forces
        )
        self.historical.extend(match.historical)
        if self.tf_found is None:
            self.tf_found = Found(", ".join(match.names), start, end, rule, value.strip())

    def absorb(self, other: Draft) -> None:
        """Fill this draft's gaps from another draft of the same person.

        A name written in a labelled field or table beats the same name in running
        text ("Ms. Reyes" in the covering note, "REYES, Maria Cristina" in the form).
        """
        # Only the name's words count: a title a sentence gave a labelled block (see
        # source_reading) leaves its name a labelled one.
        prose_name = any(
            f.rule not in _FORMAL_RULES
            for n, f in self.values.items()
            if n in ("last_name", "first_name")
        )
        formal_name = any(
            f.rule in _FORMAL_RULES for n, f in other.values.items() if n in _NAME_FIELDS
        )
        for name, found in other.values.items():
            tagged = found if found.source else replace(found, source=other.source)
            if name in _NAME_FIELDS and prose_name and formal_name:
                self.values[name] = tagged
            elif (
                name == "position"
                and found.rule in _FORMAL_RULES
                and name in self.values
                and self.values[name].rule == "statement"
            ):
                # A post said in a sentence ("She is Head of ...") yields to a labelled one.
                self.values[name] = tagged
            elif _labelled_over_prose(
                name, found, self.values.get(name), other.source, self.source
            ):
                # "البريد المسجل به الحساب: y" under a name the list heads with the office
                # address x read after it: the labelled account address.
                self.values[name] = tagged
            else:
                self.values.setdefault(name, tagged)
        self.task_forces.extend(n for n in other.task_forces if n not in self.task_forces)
        self.unknown_task_forces.extend(
            u for u in other.unknown_task_forces if u not in self.unknown_task_forces
        )
        self.historical.extend(other.historical)
        self.tf_also = self.tf_also or other.tf_also
        if self.tf_found is None and other.tf_found is not None:
            self.tf_found = (
                other.tf_found
                if other.tf_found.source
                else replace(other.tf_found, source=other.source)
            )
        self.invalid_emails.extend(other.invalid_emails)


# The look-behind starts a try only where a local part starts: without it a long run of
# letters with no "@" (a pasted base64 line) is rescanned from every position, quadratically.
_ADDRESS_IN = re.compile(
    r"(?:mailto:)?(?<![A-Za-z0-9.!#$%&'*+/=?^_`{|}~-])[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+\s*(?:@|\[at\]|\(at\)|＠)\s*[A-Za-z0-9-]+"
    r"(?:(?:\.|\s*(?:\[dot\]|\(dot\))\s*)[A-Za-z0-9-]+)+",
    re.IGNORECASE,
)
# "username: us-jdoe", "nom d'utilisateur : fr-jdupont", "用户名：cn-wangwei" inside a longer value.
_USERNAME_LABEL = (
    r"(?:user\s*-?\s*name|user\s*id|login|wipo\s+account(?:\s+username)?|nom\s+d['’]utilisateur|identifiant"
    r"|nombre\s+de\s+usuario|usuario|имя\s+пользователя|логин|учетн\w*\s+запис\w*(?:\s+ВОИС)?|用户名|用戶名稱?"
    r"|账户|账号|帳戶|اسم\s+(?:ال)?مستخدم\w*)"
)
# A full stop goes on with the username ("us-j.doe"), not into the next label written
# without a space ("xx-jdoe.E-mail: ...").
_USERNAME_VALUE = (
    r"[\"“«'‘]?(?P<u>[A-Za-z0-9](?:[A-Za-z0-9_\-]|\.(?!(?-i:[A-ZА-Я])[\w-]{0,30}(?: [\w-]{1,30}){0,3}[ \t]*[:：])){1,40}"
    r"[A-Za-z0-9])"
)
# A username ends its word ("sera communiqué" is no "communiqu"); the local part of an
# address is none ("e-mail for the account: j.doe@o.example"), nor any shorter piece of it
# the pattern could back off to.
_NOT_LOCAL_PART = r"(?![^\W\d_])(?![\w.+-]*@)"
# A value given anew: "his username is now gb-x", "est désormais fr-x", "es ahora es-x".
_NOW = r"(?:(?:now|henceforth|désormais|maintenant|ahora|ya)\s+)?"
# "username: us-jdoe", "nom d'utilisateur OMPI est ch-cdubois", "用户名为cn-zhangli",
# "اسم المستخدم في حساب الويبو: ae-x", "اسم المستخدم الخاص بي هو ae-x", "اسم مستخدمها هو
# ae-x" (my / her username is): a label, a little filler, a connector, the value;
# or the label right before a value that only a username looks like ("username gb-jdoe").
INLINE_USERNAME = re.compile(
    # A username-shaped word right after the label is tried first: "usuario co-x – x@o.example"
    # has a dash after it that would pass for the connector.
    # A Han label needs no space before it: "李明用户名cn-liming".
    # A Han connector may have one after it, as Latin words get: "新的用户名是 cn-x".
    rf"{_USERNAME_LABEL}(?:(?:\s+|(?<=[\u4e00-\u9fff]))"
    rf"(?P<v>[A-Za-z0-9]+(?:[-_.][A-Za-z0-9]+)+)(?![\w@]){_NOT_LOCAL_PART}"
    rf"|[^\n:：.@]{{0,40}}?(?:\s(?:is|est|es|será|sera|هو|هي|—|–|-|=)\s+{_NOW}|\s*[:：=]\s*|(?:为|是|：)[ \t]*)"
    rf"{_USERNAME_VALUE}{_NOT_LOCAL_PART})",
    re.IGNORECASE,
)


_NOT_USERNAMES = frozenset(
    [
        "will",
        "shall",
        "would",
        "should",
        "must",
        "can",
        "could",
        "may",
        "is",
        "was",
        "has",
        "have",
        "had",
        "be",
        "being",
        "been",
        "not",
        "and",
        "also",
        "the",
        "for",
        "of",
        "to",
        "tbd",
        # a label word after a colon: "WIPO Account details: username au-jdoe"
        "username",
        "usuario",
        "login",
        "utilisateur",
        "pending",
        # "el usuario será comunicado más adelante", "username is communicated later"
        "communicated",
        "provided",
        "confirmed",
        "created",
        "assigned",
        "sent",
        "comunicado",
        "comunicada",
        "informado",
        "confirmado",
        "creado",
        "asignado",
        "enviado",
        "facilitado",
        "transmis",
        "later",
        "soon",
        "sera",
        "será",
        "est",
        "sont",
        "et",
        "y",
        "es",
        "está",
        "son",
        "и",
        "будет",
        "将",
        "سيتم",
        # What an account is, not what it is called: "His WIPO Account is unchanged",
        # "son identifiant est valide", "su usuario es el mismo".
        "unchanged",
        "valid",
        "active",
        "same",
        "identical",
        "correct",
        "inchange",
        "inchangee",
        "valide",
        "actif",
        "identique",
        "igual",
        "mismo",
        "misma",
        "activo",
        "activa",
        "vigente",
        "valido",
        "valida",
        "correcto",
        "correcta",
        # Where the value is, not what it is: "my WIPO Account; its e-mail is this same
        # address", "the username is below", "l'identifiant est ci-dessous", "es este".
        "this",
        "that",
        "these",
        "below",
        "above",
        "attached",
        "enclosed",
        "here",
        "ce",
        "cet",
        "cette",
        "este",
        "esta",
        "abajo",
        "arriba",
        "adjunto",
    ]
)
# A username has a separator or a digit; a plain word may be one ("jdoe") or a word of the
# sentence ("is unchanged (username au-x)").
_SHAPED_USERNAME = re.compile(r"[-_.\d]")
_SENTENCE_BREAK = re.compile(r"[.!?。！？](?:\s|$)|\n[ \t]*\n")


def _sentence_gives_shaped(text: str, start: int, end: int, shaped: list[tuple[int, int]]) -> bool:
    """Whether a username with a separator or a digit stands in the sentence of text[start:end]."""
    # Only the text between the two may end the sentence.
    return any(
        not _SENTENCE_BREAK.search(text, *((end, s) if s >= end else (e, start))) for s, e in shaped
    )


def _labelled_over_prose(
    name: str, found: Found, held: Found | None, source: str, own_source: str
) -> bool:
    """Whether an account address under a label of the same text replaces the one read from
    the sentence or list item that names the person (the first one written after the name,
    which may be an office address beside the account's)."""
    return (
        name == "account_email"
        and held is not None
        and held.rule == "prose"
        and held.value != found.value
        and found.rule in _FORMAL_RULES
        and source == own_source
        and not held.source
        and not found.source
    )


def inline_pairs(text: str) -> list[tuple[str, str, int, int]]:
    """(field, value, start, end) for usernames and addresses written inside a longer value."""
    pairs = [
        (
            "username",
            match.group("u") or match.group("v"),
            match.start("u") if match.group("u") else match.start("v"),
            match.end("u") if match.group("u") else match.end("v"),
        )
        for match in INLINE_USERNAME.finditer(text)
        if (match.group("u") or match.group("v")).lower() not in _NOT_USERNAMES
        and not is_common_compound(match.group("u") or match.group("v"))
    ]
    # A plain word is no username where its sentence gives one shaped like a username.
    shaped = [(s, e) for _f, v, s, e in pairs if _SHAPED_USERNAME.search(v)]
    if shaped and len(shaped) < len(pairs):
        pairs = [
            p
            for p in pairs
            if _SHAPED_USERNAME.search(p[1]) or not _sentence_gives_shaped(text, p[2], p[3], shaped)
        ]
    pairs.extend(
        ("account_email", match.group(0), match.start(), match.end())
        for match in _ADDRESS_IN.finditer(text)
    )
    return pairs
