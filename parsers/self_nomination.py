"""A nominee writing for their office: "I have been designated ... My username is ...".

The person is then the sender: the details are in first-person prose and the name (and
usually the position) only in the signature, or in the From header.
"""

from __future__ import annotations

import re
from dataclasses import replace

from parsers.account_notices import CreatedAccount
from parsers.calling_card import Card, calling_card
from parsers.drafts import Draft, Found, inline_pairs
from parsers.models import TaskForceCatalog
from parsers.office_names import names_institution
from parsers.people import ZH_ROLE_END, titled_people
from parsers.posts import own_post
from parsers.russian_cases import nominative_post
from parsers.self_introduction import self_introduction
from parsers.self_offers import nominates_self
from parsers.taskforces import excepted, find_task_forces, mentions_all

__all__ = ["own_card_office", "self_nominee", "signature_details"]

_FIRST_PERSON = re.compile(
    r"\bI\s+(?:have\s+been|was|am(?:\s+being)?)\s+(?:nominat|designat|appoint|select)\w*"
    r"|\bmy\s+(?:wipo\s+)?(?:user\s*-?\s*name|account|login)"
    r"|\bj['’]ai\s+été\s+(?:désign|nomm|propos)\w*|\bmon\s+(?:nom\s+d['’]utilisateur|identifiant)"
    r"|\bhe\s+sido\s+(?:designad|nombrad|propuest)\w*|\bmi\s+(?:nombre\s+de\s+usuario|usuario)"
    # The writer's own account: "I created my WIPO Account", "creé la cuenta OMPI con mi correo",
    # "el nombre de usuario que elegí", "j'ai créé mon compte", "я создала учетную запись".
    r"|\bI\s+(?:have\s+)?(?:created|opened|registered)\s+(?:my|the|a)\s+(?:wipo\s+)?account"
    r"|\b(?:cre[ée]|abr[íi])\s+(?:mi|la)\s+cuenta|\busuario\s+que\s+(?:eleg[íi]|escog[íi]|cre[ée])\b"
    r"|\bj['’]ai\s+cr[ée]{2}\s+(?:mon|le)\s+compte"
    r"|\bя\s+(?:создал[аи]?|зарегистрировал[аи]?)\s+(?:свою\s+)?учетн"
    r"|\bя\s+(?:был[аи]?\s+|буду\s+)?(?:назначен|выдвинут|включен|предложен)\w*|\bменя\s+(?:назначили|выдвинули|включили)"
    r"|\bмо(?:й|ё|е|я)\s+(?:логин|имя\s+пользователя|учетн\w+\s+запис\w+|учётн\w+\s+запис\w+)"
    r"|我是|本人|我的(?:用户名|账户|账号|帳戶|用戶名)"
    # The office putting the writer forward: "my Office has decided to nominate me", "l'Office
    # m'a désignée", "la Oficina decidió designarme", "ведомство решило выдвинуть меня",
    # "我局已决定推荐我参加", "قررت الإدارة ترشيحي" (the last one above).
    r"|\b(?:nominat|designat|appoint|select|propos)(?:e|ed|es|ing)\s+me\b"
    r"|\bm['’](?:a|ont)\s+(?:désign|nomm|propos|choisi)\w*|\bde\s+me\s+(?:désigner|nommer|proposer)\b"
    r"|\b(?:designar|nombrar|seleccionar)me\b|\bme\s+(?:ha[n]?\s+)?(?:designad|nombrad|seleccionad)[oa]\b"
    r"|\bme\s+(?:design|nombr)(?:ó|aron)\b"
    r"|\b(?:выдвинуть|назначить|включить|рекомендовать|выдвинул[оаи]?|назначил[оаи]?"
    r"|рекомендовал[оаи]?|включил[оаи]?)\s+меня\b"
    r"|(?:推荐|推薦|提名|指派|选派|選派)我(?![局们們國国院司处處署部所])"
    r"|تم\s+ترشيحي|رشحني|رشحتني|(?:اسم\s+المستخدم|حساب\w*)\s+(?:الخاص\s+)?بي|حسابي",
    re.IGNORECASE,
)
# The post held, in the writer's own words: "我目前在...任三级主任科员", "занимаю должность
# главного эксперта", "أشغل منصب رئيس قسم". (English, French and Spanish writers put it in
# the signature, read below.)
_OWN_POST = re.compile(
    r"(?<![主责信])(?:担任|任)(?![务何命意])(?P<zh>[^，。；,;（(\n]{2,30}?)(?=[，。；,;（(\n]|$)"
    r"|(?:занимаю\s+должность|работаю\s+в\s+должности|в\s+должности)\s+"
    r"(?P<ru>[^,.;:()\n]{3,80}?)(?=\s*[,.;:()\n]|$)"
    r"|(?:أشغل|اشغل|أعمل\s+في)\s+(?:منصب|وظيفة)\s+(?P<ar>[^،,.؛;:\n]{2,60}?)(?=\s*[،,.؛;:\n]|$)",
    re.IGNORECASE,
)
# The account's address given as the one the writer writes from, after a mail or account
# word on its line: "E-mail: this same address", "courriel : cette même adresse", "correo:
# esta misma dirección", "почта: этот же адрес", "邮箱：本邮箱", "الإيميل نفس هذا الإيميل".
_SAME_ADDRESS = re.compile(
    r"(?:e-?mail|courriel|correo|почт\w*|account|compte|cuenta|учетн\w*|учётн\w*|邮箱|邮件|电邮|郵箱|郵件"
    r"|電郵|账户|账号|帳戶|البريد|الإيميل|الايميل|حساب\w*)[^\n@]{0,30}?"
    r"(?:\b(?:this|the)\s+same\s+(?:e-?mail\s+)?(?:address|e-?mail|one)\b|\bsame\s+as\s+this\s+one\b"
    r"|\bcette\s+m[êe]me\s+adresse\b|\best[ae]\s+mism[ao]\s+(?:direcci[óo]n|cuenta|correo)\b"
    r"|\b(?:этот|тот)\s+же\s+(?:адрес|e-?mail|ящик)|(?:本|此)(?:邮箱|郵箱|电邮|電郵|邮件地址)"
    r"|نفس\s+(?:هذا\s+)?(?:الإيميل|الايميل|البريد|العنوان)|هذا\s+(?:البريد|الإيميل|العنوان)\s+نفسه)",
    re.IGNORECASE,
)
_LATIN = re.compile(r"[A-Za-z]")
# A signature line that is no job title: an address, a phone, a web or mail line.
_NOT_POSITION = re.compile(r"@|https?:|www\.|\d{3}|^(?:tel|tél|phone|fax|mob)", re.IGNORECASE)
# A job title may name its division ("Senior Examiner, Patent Division"): a role word first.
_ROLE_FIRST = re.compile(
    r"^(?:head|director|deputy|chief|senior|acting|manager|officer|examiner|expert|advis[eo]r"
    r"|analyst|engineer|specialist|directeur|directrice|chef|chargée?|ingénieure?|examinat\w+"
    r"|jef[ea]|director[a]?|subdirector[a]?|examinador[a]?|t[ée]cnic[oa]"
    r"|analista|especialista|asesor[a]?|coordinador[a]?|ingenier[oa]|profesional"
    r"|начальник|заместитель|главный|ведущий|старший|эксперт|специалист|советник)(?!\w)",
    re.IGNORECASE,
)


# "专利局医药生物发明审查部 审查员": a Chinese post names its department first, its role last.
_ZH_ROLE_LAST = re.compile(rf"{ZH_ROLE_END}$")


def self_nominee(
    text: str,
    signature: str,
    sender_name: str,
    catalog: TaskForceCatalog,
    *,
    source: str,
    sender_address: str | None = None,
    accounts: tuple[CreatedAccount, ...] = (),
) -> Draft | None:
    """The sender as the nominee, when they write of themself and give a username, or put
    themself forward ("I volunteer", "me postulo", "本人自荐") with an address or a task force.

    `accounts` are those the system's "account created" mail below confirms: the one made
    for the writer's account address, or else for the address they write from, is theirs."""
    own = nominates_self(text)
    if own is False or (own is None and not _FIRST_PERSON.search(text)):
        return None  # "Can I nominate myself? My username is ...": a question, no nomination
    draft = Draft(source=source)
    for field_name, value, start, end in inline_pairs(text):
        draft.put(field_name, value, start, end, rule="prose", text=value)
    same = _SAME_ADDRESS.search(text) if sender_address and "@" in sender_address else None
    if same is not None and sender_address and "account_email" not in draft.values:
        # Their account is the address they write from.
        start, end = same.span()
        draft.put("account_email", sender_address, start, end, rule="prose", text=same.group(0))
    _name_from_card(draft, text, sender_name)
    _confirmed_account(draft, accounts, sender_address)
    if "username" not in draft.values and not (
        own
        and (
            "account_email" in draft.values or find_task_forces(text, catalog) or mentions_all(text)
        )
    ):
        return None
    _name_from_signature(draft, signature, sender_name)
    if "position" not in draft.values:
        _own_post(draft, text)
    left_out = excepted(text, catalog)
    for hit in find_task_forces(text, catalog):
        if hit.name not in draft.task_forces and hit.name not in left_out:
            draft.task_forces.append(hit.name)
    if mentions_all(text):
        draft.task_forces.extend(
            n for n in catalog.names if n not in draft.task_forces and n not in left_out
        )
    return draft


def _confirmed_account(
    draft: Draft, accounts: tuple[CreatedAccount, ...], sender_address: str | None
) -> None:
    if "username" in draft.values:
        return
    given = draft.values.get("account_email")
    address = (given.value if given is not None else sender_address or "").casefold()
    account = next((a for a in accounts if address and a.address.casefold() == address), None)
    if account is None:
        return
    draft.put(
        "username",
        account.username,
        account.start,
        account.end,
        rule="notice",
        text=account.username,
    )
    if given is None:
        # Mail to the address they write from confirmed the account: that is its address.
        draft.put(
            "account_email",
            account.address,
            account.start,
            account.end,
            rule="notice",
            text=account.address,
        )
    for name in ("username", "account_email"):
        found = draft.values.get(name)
        if found is not None and found.rule == "notice":
            # An attached notice's offsets are in its own text, not the body's.
            draft.values[name] = replace(found, source=account.source)


def signature_details(signature: str, sender_name: str, *, source: str) -> Draft | None:
    """What a person's own signature says of them: name, the post below it, and the
    username or address its labelled lines give ("WIPO账户：cn-x", "邮箱：x@y"); None when
    it gives neither a username nor an address."""
    draft = Draft(source=source)
    for field_name, value, start, end in inline_pairs(signature):
        draft.put(field_name, value, start, end, rule="signature", text=value)
    if "username" not in draft.values and "account_email" not in draft.values:
        return None
    _name_from_signature(draft, signature, sender_name)
    return draft


def _own_post(draft: Draft, text: str) -> None:
    match = _OWN_POST.search(text)
    if match is None:
        # "I am Head of the ...", "Trabajo como jefa de ...", "我是...处长", "وأعمل رئيس قسم ..."
        said = own_post(text)
        if said is not None:
            value, start, end = said
            draft.put("position", value, start, end, rule="statement", text=value)
        return
    group = next(g for g in ("zh", "ru", "ar") if match.group(g))
    value = match.group(group).strip()
    if group == "ru":
        value = nominative_post(value)
    draft.put("position", value, match.start(group), match.end(group), rule="prose", text=value)


def _own_card(text: str, sender_name: str) -> Card | None:
    """ "سلطان المنصوري - مهندس نظم - وزارة الاقتصاد": the writer's calling card, unless the
    sender's display name, in the same script, shares no word with its name; or the writer
    naming themself ("Я, Фамилия Имя Отчество, post ...": their own words, whatever the
    display name)."""
    card = calling_card(text)
    if card is None:
        return self_introduction(text)
    if sender_name and bool(_LATIN.search(sender_name)) == bool(_LATIN.search(card.name.value)):
        sender_words = {w.casefold() for w in re.findall(r"\w+", sender_name)}
        if not sender_words & {w.casefold() for w in re.findall(r"\w+", card.name.value)}:
            return None
    return card


def own_card_office(text: str, sender_name: str) -> Found | None:
    """The office on the writer's own calling card in `text`, if any."""
    card = _own_card(text, sender_name)
    return card.office if card is not None else None


def _name_from_card(draft: Draft, text: str, sender_name: str) -> None:
    card = _own_card(text, sender_name)
    if card is None:
        return
    draft.put_name(card.name.value, card.name.start, card.name.end, "prose")
    if card.post is not None:
        found = card.post
        draft.put("position", found.value, found.start, found.end, rule="prose", text=found.text)


def _name_from_signature(draft: Draft, signature: str, sender_name: str) -> None:
    lines = [line.strip() for line in signature.splitlines()]
    sender_words = {w.casefold() for w in re.findall(r"\w+", sender_name)}
    for k, line in enumerate(lines):
        # One line at a time: a titled name must not run on into the job title below it.
        people = titled_people(line) if line else []
        words = {w.casefold() for w in re.findall(r"\w+", line)}
        own = bool(sender_words) and sender_words <= words
        if not people and not own:
            continue
        draft.put_name(line if own or not people else line[people[0].start :], 0, 0, "signature")
        below = next((x for x in lines[k + 1 :] if x), "")
        if (
            below
            and not _NOT_POSITION.search(below)
            and (
                _ROLE_FIRST.match(below)
                or _ZH_ROLE_LAST.search(below)
                or not names_institution(below)
            )
        ):
            draft.put("position", below, 0, 0, rule="signature", text=below)
        return
    if sender_name and "@" not in sender_name and not names_institution(sender_name):
        draft.put_name(sender_name, 0, 0, "header")
