"""A reply above the Secretariat's quoted request for missing details: the reply supplies or
replaces exactly the fields it gives, the request's restatement gives the rest, and the
office is the one the request names when the reply's own text does not."""

from __future__ import annotations

from parsers import ParsedEmail, ParseOptions, parse_email
from parsers.drafts import Draft, Found
from parsers.request_answers import refers_to, request_office
from tests.parsers.mailmaker import catalog, make_mail


def parse(raw: bytes) -> ParsedEmail:
    return parse_email(raw, catalog=catalog(), options=ParseOptions())


_EN_REQUEST = """
On Tue, 10 Oct 2023 at 16:05, CWS Secretariat <cws.mail@wipo.int> wrote:
> Dear Mr Brown,
>
> We acknowledge the nomination from the Intellectual Property Office of
> Testland (TIPO) in reply to circular C. CWS 175:
>
> Title: Mr
> Last name: Smith Jones
> First name: John
> Position: Senior Examiner
> Task force: API Task Force
> WIPO Accounts username: tl-jsmith
> Account e-mail: john.smith@tipo.example
>
> The username tl-jsmith does not exist. Please confirm it.
>
> CWS Secretariat
"""


def test_english_reply_naming_the_nominee_short_replaces_only_the_username() -> None:
    body = (
        "Dear Secretariat,\n\nMr Smith has opened a new account. His username is now"
        " tl-jsmithjones.\nEverything else stays as it was.\n\nKind regards,\nPeter Brown\n"
        + _EN_REQUEST
    )
    parsed = parse(make_mail(body, subject="Re: C. CWS 175 - missing details"))
    assert len(parsed.nominees) == 1
    nominee = parsed.nominees[0]
    assert (nominee.last_name, nominee.first_name) == ("Smith Jones", "John")
    assert nominee.username == "tl-jsmithjones"
    assert nominee.account_email == "john.smith@tipo.example"
    assert nominee.position == "Senior Examiner"
    assert list(nominee.task_forces) == ["API Task Force"]
    assert parsed.office == "Intellectual Property Office of Testland (TIPO)"


def test_reply_naming_another_person_does_not_take_the_requests_details() -> None:
    body = (
        "Dear Secretariat,\n\nMs Jane Taylor will replace him; her username is tl-jtaylor.\n\n"
        "Kind regards,\nPeter Brown\n" + _EN_REQUEST
    )
    parsed = parse(make_mail(body, subject="Re: C. CWS 175 - missing details"))
    taylor = [n for n in parsed.nominees if n.last_name == "Taylor"]
    assert len(taylor) == 1
    assert taylor[0].username == "tl-jtaylor"
    assert taylor[0].position is None
    assert all(n.username != "tl-jtaylor" for n in parsed.nominees if n.last_name != "Taylor")


def test_chinese_reply_new_username_replaces_the_one_quoted_and_office_from_thanks() -> None:
    body = """您好：

李娜的账户已重新注册，用户名是 tw-lina88 ，原用户名 tw-lina 不再使用。

谢谢

陈明

> 2023年10月19日 下午4:12，CWS Mail <cws.mail@wipo.int> 写道：
>
> 陈明先生：
>
> 感謝智慧財產局對C. CWS 175號通函的回覆，提名李娜女士（專利審查官）参加API工作队。
>
> 用户名“tw-lina”不存在，请核实。
>
> CWS秘书处
"""
    parsed = parse(make_mail(body, subject="Re: C. CWS 175：请核实用户名"))
    assert len(parsed.nominees) == 1
    nominee = parsed.nominees[0]
    assert nominee.username == "tw-lina88"
    assert nominee.last_name == "李"
    assert parsed.office == "智慧財產局"


def test_french_signature_acronym_is_spelled_out_by_the_quoted_request() -> None:
    body = """Madame, Monsieur,

Voici la nouvelle adresse du compte : k.alaoui@ompic.example

Cordialement,
Samira Bennani
Service des normes
OMPIC

Le mar. 10 oct. 2023 à 16:05, CWS Secretariat <cws.mail@wipo.int> a écrit :
> Madame,
>
> Nous accusons réception de la désignation de l'Office Marocain de la Propriété
> Industrielle et Commerciale (OMPIC) en réponse à la circulaire C. CWS 175 :
>
> Nom : Alaoui
> Prénom : Karim
> Fonction : Ingénieur
> Équipe d'experts : Équipe d'experts chargée de l'API
> Nom d'utilisateur : ma-kalaoui
> Courriel du compte : karim@ompic.example
>
> Le Secrétariat du CWS
"""
    parsed = parse(make_mail(body, subject="RE: C. CWS 175 - informations manquantes"))
    assert parsed.office == ("Office Marocain de la Propriété Industrielle et Commerciale (OMPIC)")
    assert len(parsed.nominees) == 1
    assert parsed.nominees[0].account_email == "k.alaoui@ompic.example"
    assert parsed.nominees[0].username == "ma-kalaoui"


def _person(title: str, last: str, first: str | None = None) -> Draft:
    draft = Draft()
    draft.values["title"] = Found(title, 0, 0, "prose", title)
    draft.values["last_name"] = Found(last, 0, 0, "prose", last)
    if first:
        draft.values["first_name"] = Found(first, 0, 0, "label", first)
    return draft


def test_a_short_name_refers_to_the_requests_person_only_with_a_matching_title() -> None:
    full = _person("Mrs", "Quispe Huamán", "Lucía")
    assert refers_to(_person("Mrs", "Quispe"), full)
    assert refers_to(_person("Ms", "Huamán"), full)
    assert not refers_to(_person("Mr", "Quispe"), full)
    assert not refers_to(_person("Mrs", "Quispe", "Rosa"), full)


def test_request_office_is_never_the_secretariat() -> None:
    ours = "The Secretariat of the Committee on WIPO Standards (CWS) would like to thank you."
    assert request_office(ours) is None
    office = request_office("Мы благодарим Евразийское патентное ведомство (ЕАПВ) за ответ.")
    assert office is not None
    assert office.value == "Евразийское патентное ведомство (ЕАПВ)"
