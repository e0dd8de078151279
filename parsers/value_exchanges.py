"""A reply saying that two people of the mail it quotes have each other's values: "the task
forces of our two nominees were switched ... could you please swap them?", "se invirtieron
el nombre de usuario y el correo de la cuenta de nuestros dos designados", "у двух
кандидатов перепутаны логины", "تم تبديل اسمي المستخدم", "两位的工作队填反了". No value
need be named: the quoted mail holds both, and the reply exchanges them. One person's own
first and last names may be said to be the wrong way round too ("les champs nom et prénom
ont été inversés", "姓和名填反了", "تم عكس الاسم الأول واسم العائلة")."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from parsers.arabic_spelling import fold_arabic
from parsers.drafts import Draft, Found
from parsers.models import TaskForceCatalog
from parsers.taskforces import find_task_forces

__all__ = ["Exchange", "exchange_values", "find_exchanges", "restates"]

# Words saying two things changed places: "swap", "switch", "mixed up", "intervertis",
# "invirtieron", "intercambiar", "перепутаны", "поменять местами", "تبديل", "互换", "填反".
_SWAPPED = re.compile(
    r"(?<!\w)(?:swap\w*|switch\w*|exchang\w*|interchang\w*|invert\w*|revers\w*|transpos\w*"
    r"|mix(?:ed)?[\s-]+up|mix-?up|the\s+other\s+way\s+a?round|the\s+wrong\s+way\s+a?round"
    r"|invers\w*|intervert\w*|interverti\w*|[ée]chang\w*|permut\w*|m[ée]lang\w*|[àa]\s+l['’]envers"
    r"|invirti\w*|intercambi\w*|traspuest\w*|transpuest\w*|cruzad\w*|al\s+rev[ée]s|confundi\w*"
    r"|перепута\w*|поменя\w*\s+местами|местами|наоборот|спутал\w*|спутан\w*)(?!\w)"
    r"|تبديل|تبادل|مبدل|معكوس|بالعكس|تبدل|(?<!\w)(?:عكس|انعكس|مقلوب\w*)(?!\w)"
    r"|互换|互換|对调|對調|调换|調換|颠倒|顛倒|弄反|搞反|写反|寫反|填反|反了|交换|交換|弄混|搞混",
    re.IGNORECASE,
)
# Two people: "two", "both", "each other", "deux", "dos", "ambos", "двух", "оба", "两位",
# "彼此", "كلا", "بينهما".
_TWO = re.compile(
    r"(?<!\w)(?:two|both|each\s+other|one\s+another|between\s+them|deux|l['’]un\s+et\s+l['’]autre"
    r"|entre\s+eux|entre\s+elles|dos|ambos|ambas|entre\s+ellos|entre\s+ellas|два|две|двух|двумя"
    r"|оба|обе|обоих|обеих|между\s+собой|между\s+ними|اثنين|الاثنين|كلا|كلي|بينهما)(?!\w)"
    r"|两|兩|二人|双方|雙方|彼此|相互",
    re.IGNORECASE,
)
# The fields an exchange may concern, in words read whole, then in scripts that write
# words unspaced or with their particles joined ("的工作队", "بالبريد"). An account is its
# username and its address.
_FIELDS: tuple[tuple[str, str, tuple[str, ...]], ...] = (
    (
        r"task[\s-]*forces?|[ée]quipes?\s+d['’]experts|equipos?\s+t[ée]cnicos?"
        r"|целев\w*\s+групп\w*",
        r"工作队|工作隊|专责小组|專責小組|فرق\w*\s+العمل|فريق\w*\s+العمل",
        ("task_forces",),
    ),
    (
        r"user\s*-?\s*names?|user\s+ids?|logins?|noms?\s+d['’]utilisateur|identifiants?"
        r"|usuarios?|логин\w*|имен\w*\s+пользовател\w*",
        r"用户名|用戶名|المستخدم",
        ("username",),
    ),
    (
        r"e-?mail\s+address\w*|addresses|address|adresses?(?:\s+[ée]lectroniques?)?|courriels?"
        r"|e-?mails?|correos?(?:\s+electr[oó]nicos?)?|direcci\w+\s+de\s+correo|адрес\w*"
        r"|почт\w*",
        r"邮箱|郵箱|电子邮件|電子郵件|邮件地址|البريد|عناوين|عنواني",
        ("account_email",),
    ),
    (
        r"accounts?|comptes?|cuentas?|учетн\w+\s+запис\w*|учётн\w+\s+запис\w*|аккаунт\w*",
        r"账户|帳戶|账号|帳號|حساب",
        ("username", "account_email"),
    ),
    (
        r"positions?|posts|job\s+titles?|postes?|fonctions|cargos?|puestos?|должност\w*",
        r"职务|職務|职位|職位|المنصب|مناصب|الوظيف",
        ("position",),
    ),
)
_FIELD_WORDS = [
    (re.compile(rf"(?<!\w)(?:{whole})(?!\w)|{joined}", re.IGNORECASE), fields)
    for whole, joined, fields in _FIELDS
]
# One person's two names, each named ("first and last names", "nom et prénom", "apellido y
# nombre", "имя и фамилия", "姓和名", "الاسم الأول واسم العائلة"), on text folded by
# fold_arabic. A username is no name: "nom d'utilisateur", "nombre de usuario", "имя
# пользователя".
_LAST_NAME_WORD = re.compile(
    r"(?<!\w)(?:(?:first\s+and\s+|given\s+and\s+)?(?:last|family)\s+names?|surnames?"
    r"|noms?(?!\s+d['’]\s*utilisateur)(?:\s+de\s+famille)?|apellidos?|фамили\w*)(?!\w)"
    r"|姓(?=[和与與及、/／]|$)" + fold_arabic(r"|اسم\s+العائلة|الكنية|اللقب\s+العائلي"),
    re.IGNORECASE,
)
_FIRST_NAME_WORD = re.compile(
    r"(?<!\w)(?:first(?=\s+(?:and|&)\s+(?:last|family)\s+names?)|given\s+names?|first\s+names?"
    r"|forenames?|pr[ée]noms?|nombres?(?!\s+de\s+usuario)|им(?:я|ени|ена)(?!\s+пользовател))(?!\w)"
    r"|(?<=[和与與及、/／])名" + fold_arabic(r"|الاسم\s+الأول"),
    re.IGNORECASE,
)
# Values said to be new, not each other's: "both of us switched e-mail providers, new
# addresses below", "nos nouvelles adresses", "las nuevas direcciones", "новые адреса",
# "新邮箱", "عناويننا الجديدة".
_NEW_VALUES = re.compile(
    r"(?<!\w)(?:provider\w*|fournisseur\w*|messageri\w*|proveedor\w*|провайдер\w*"
    r"|почтов\w+\s+(?:ящик|сервис)\w*"
    r"|(?:new|nouve(?:au|aux|lles?)|nuev[oa]s?|нов\w*)\s+(?:\w+\s+)?(?:e-?mail\w*|address\w*"
    r"|adresses?|courriels?|direcci\w+|correos?|адрес\w*|почт\w*|accounts?|comptes?|cuentas?"
    r"|usernames?|logins?|логин\w*))(?!\w)"
    r"|(?<!\w)(?:direcciones|correos|adresses|адреса)\s+(?:nuev|nouvel|нов)\w*"
    r"|新的?(?:邮箱|郵箱|邮件地址|地址|账号|帳號|用户名|用戶名)|邮件服务商|郵件服務商"
    r"|(?:عناوين|عنوان|البريد|حساب)\S*(?:\s+\S+)?\s+(?:ال)?جديد\S*|مزود",
    re.IGNORECASE,
)
# A mail, not an address: "in our original email", "nuestro correo de ayer", "notre courriel".
_A_MAIL_BEFORE = re.compile(
    r"(?<!\w)(?:(?:our|my|this|that|previous|original|earlier|last|same|nuestro|mi|este|ese"
    r"|anterior|notre|mon|ce|cet|pr[ée]c[ée]dent|наш\w*|мо[её]\w*|эт\w*|предыдущ\w*|прошл\w*"
    r"|(?:in|on|en|dans)\s+(?:the|an?|el|un|le|la)|в)\s+|(?:dans|en)\s+l['’]\s*)$",
    re.IGNORECASE,
)
_MAIL_WORD = re.compile(r"^(?:e-?mails?|correos?|courriels?|почт\w*)$", re.IGNORECASE)
# A sentence may wrap onto the next line; a blank line or a stop before a space ends it,
# unless the stop closes a title ("Sra. Ruiz", "M. Dupont").
_SENTENCE = re.compile(
    r"(?:[^\n.!?;؟。！？；]+|\n(?![ \t]*\n)|[.!?؟。！？](?!\s|$)"
    r"|(?:(?<=\b[A-Z])|(?<=\b[A-Z][a-z])|(?<=\b[A-Z][a-z]{2}))\.)+"
)
_IDENTIFIER = re.compile(
    r"(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+|(?<![\w@.-])[A-Za-z]{2,3}-[A-Za-z0-9][\w.-]*(?![\w@-])"
)


@dataclass(frozen=True)
class Exchange:
    fields: frozenset[str]
    # Whether the words speak of two people ("two", "both", "each other").
    two: bool
    # The words saying so (a sentence and the one before it), and where they are.
    text: str
    start: int
    end: int


def _fields_named(text: str) -> set[str]:
    found: set[str] = set()
    for pattern, fields in _FIELD_WORDS:
        for match in pattern.finditer(text):
            before = text[max(0, match.start() - 30) : match.start()]
            if _MAIL_WORD.match(match.group()) and _A_MAIL_BEFORE.search(before):
                continue  # "in our original email": the mail itself
            found.update(fields)
    return found


def find_exchanges(text: str) -> list[Exchange]:
    """Each place the text says values of some fields changed places: a word of swapping
    and a field, within a sentence and the one before it (" ... were switched. Could you
    please swap them?")."""
    if not _SWAPPED.search(text):
        return []
    out: list[Exchange] = []
    sentences = list(_SENTENCE.finditer(text))
    for k, sentence in enumerate(sentences):
        if not _SWAPPED.search(sentence.group()):
            continue
        previous = sentences[k - 1] if k else None
        start = sentence.start()
        # A blank line between them (the sentence may start with a line break) parts them.
        gap = text[previous.end() : sentence.start()] if previous is not None else ""
        lead = sentence.group()[: len(sentence.group()) - len(sentence.group().lstrip())]
        if previous is not None and "\n\n" not in gap + lead:
            start = previous.start()
        window = text[start : sentence.end()]
        if _NEW_VALUES.search(window):
            continue  # new values given, each one's own: a change, not an exchange
        fields = _fields_named(window)
        two = _TWO.search(window) is not None
        if not fields and not two and _names_both(window):
            # "I put the first and last names the wrong way round": one person's own two.
            fields = {"last_name", "first_name"}
        if fields:
            out.append(Exchange(frozenset(fields), two, window, start, sentence.end()))
    return out


def _names_both(text: str) -> bool:
    """Whether the text names both a person's last and first names."""
    folded = fold_arabic(text)
    return bool(_LAST_NAME_WORD.search(folded) and _FIRST_NAME_WORD.search(folded))


def _named(draft: Draft, text: str) -> bool:
    """Whether a text names the person: a word of their surname, or their username."""
    folded = text.casefold()
    keys = (
        [w for w in draft.values["last_name"].value.split() if len(w) >= 3]
        if ("last_name" in draft.values)
        else []
    )
    if "username" in draft.values:
        keys.append(draft.values["username"].value)
    return any(re.search(rf"(?<!\w){re.escape(k.casefold())}(?!\w)", folded) for k in keys)


def _pair(people: list[Draft], exchange: Exchange) -> tuple[Draft, Draft] | None:
    """The two people an exchange is about: the two the words name, or the only two the
    quoted mail names when the words speak of two ("our two nominees")."""
    named = [d for d in people if _named(d, exchange.text)]
    if len(named) == 2:
        return named[0], named[1]
    if len(people) == 2 and exchange.two and len(named) != 1:
        return people[0], people[1]
    return None


def _held(a: Draft, b: Draft) -> set[str]:
    return {f.value.casefold() for d in (a, b) for f in d.values.values()}


def _foreign(exchange: Exchange, a: Draft, b: Draft, catalog: TaskForceCatalog) -> bool:
    """Whether the words name a value neither person holds (a new one: a correction or a
    move, not an exchange). A word with a hyphen ("ci-dessous") is a username only with the
    code its usernames start with."""
    held = _held(a, b)
    codes = {
        d.values["username"].value.casefold().partition("-")[0] + "-"
        for d in (a, b)
        if "-" in d.values.get("username", Found("", 0, 0, "", "")).value
    }
    for match in _IDENTIFIER.finditer(exchange.text):
        value = match.group().casefold()
        if value not in held and ("@" in value or value.startswith(tuple(codes))):
            return True
    tfs = set(a.task_forces) | set(b.task_forces)
    return any(hit.name not in tfs for hit in find_task_forces(exchange.text, catalog))


_OWN_NAMES = frozenset({"last_name", "first_name"})


def _own_names(people: list[Draft], exchange: Exchange) -> Draft | None:
    """The one person whose own first and last names an exchange puts back: the one it
    names (by either name, as either may be the one written wrong), else the only one."""
    whole = [d for d in people if "last_name" in d.values and "first_name" in d.values]
    named = [
        d for d in whole if _named(d, exchange.text) or _named(_names_swapped(d), exchange.text)
    ]
    if len(named) == 1:
        return named[0]
    return whole[0] if len(people) == 1 and len(whole) == 1 else None


def _names_swapped(draft: Draft) -> Draft:
    values = dict(draft.values)
    values["last_name"], values["first_name"] = values["first_name"], values["last_name"]
    return replace(draft, values=values)


def exchange_values(people: list[Draft], text: str, catalog: TaskForceCatalog) -> list[Draft]:
    """Exchange between two quoted people the values `text` says they have of each other,
    or one person's own first and last names said to be the wrong way round; the people
    changed, or none if it says no such thing."""
    people = [d for d in people if d.has_person_data]
    for exchange in find_exchanges(text):
        if exchange.fields == _OWN_NAMES:
            one = _own_names(people, exchange)
            if one is None or _foreign(exchange, one, one, catalog):
                continue
            last, first = one.values["last_name"], one.values["first_name"]
            one.values["last_name"] = replace(first, rule="correction")
            one.values["first_name"] = replace(last, rule="correction")
            return [one]
        pair = _pair(people, exchange)
        if pair is None or _foreign(exchange, *pair, catalog):
            continue
        a, b = pair
        said = Found(
            exchange.text, exchange.start, exchange.end, "correction", exchange.text, "body"
        )
        for field in sorted(exchange.fields):
            if field == "task_forces":
                a.task_forces, b.task_forces = b.task_forces, a.task_forces
                a.unknown_task_forces, b.unknown_task_forces = (
                    b.unknown_task_forces,
                    a.unknown_task_forces,
                )
                a.tf_found = replace(said, value=", ".join(a.task_forces))
                b.tf_found = replace(said, value=", ".join(b.task_forces))
                continue
            mine, theirs = a.values.pop(field, None), b.values.pop(field, None)
            if theirs is not None:
                a.values[field] = replace(theirs, rule="correction")
            if mine is not None:
                b.values[field] = replace(mine, rule="correction")
        return [a, b]
    return []


def restates(draft: Draft, people: list[Draft]) -> bool:
    """Whether a draft read from the reply only repeats what the exchanged people hold
    ("el usuario x y el correo y son de la Sra. Pinargote"): each of its values a part of
    one of theirs, no task force of its own."""
    held = [f.value.casefold() for d in people for f in d.values.values()]
    tfs = {name for d in people for name in d.task_forces}
    return (
        draft.has_person_data
        and all(any(f.value.casefold() in h for h in held) for f in draft.values.values())
        and set(draft.task_forces) <= tfs
    )
