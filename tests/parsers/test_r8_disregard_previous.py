"""'Please disregard my previous email' and the corrected nomination above the sender's own
quoted wrong one: the quoted mail is withdrawn, and adds nothing the new text gives."""

from __future__ import annotations

from typing import Any

import pytest

from parsers.corrections import supersedes_earlier
from parsers.quotes import split_quotes
from tests.parsers.mailmaker import make_mail
from tests.parsers.test_es_ru_shapes import parse, people

_FRENCH = """Madame, Monsieur,

Veuillez ne pas tenir compte de mon courriel précédent : l'équipe d'experts et
l'identifiant n'étaient pas les bons. La désignation corrigée de l'Office est la suivante :

Titre : Mme
Nom : LAMBERT
Prénom : Hélène
Fonction : examinatrice principale
Équipe d'experts : Équipe d'experts chargée de la situation juridique
Identifiant OMPI : fr-hlambert
Courriel du compte : helene.lambert@office.example

Cordialement,
Paul Girard

Le lun. 2 oct. 2023 à 10:12, Paul Girard <contact.person@office.example> a écrit :
> Madame, Monsieur,
>
> En réponse à la circulaire C. CWS 175, l'Office désigne :
>
> Titre : Mme
> Nom : LAMBERT
> Prénom : Hélène
> Fonction : examinatrice principale
> Équipe d'experts : Équipe d'experts XML4IP
> Identifiant OMPI : fr-hlamber
> Courriel du compte : helene.lambert@office.example
>
> Cordialement,
> Paul Girard
"""

_RUSSIAN = """Уважаемые коллеги!

Прошу считать недействительным предыдущее письмо: список кандидатов был изменен.
Ведомство назначает следующих сотрудников:

1. г-н СМИРНОВ Олег Игоревич
Должность: главный эксперт
Целевая группа: Целевая группа по API
Логин ВОИС: kz-osmirnov
Электронная почта: o.smirnov@office.example

2. г-жа КИМ Алия Маратовна
Должность: ведущий эксперт
Целевая группа: Целевая группа по перечням последовательностей
Логин ВОИС: kz-akim
Электронная почта: a.kim@office.example

С уважением,
Мария Петрова

02.10.2023 10:12, Мария Петрова <contact.person@office.example> пишет:
> Уважаемые коллеги!
>
> В ответ на циркулярное письмо C. CWS 175 Ведомство назначает:
>
> 1. г-н СМИРНОВ Олег Игоревич
> Должность: главный эксперт
> Целевая группа: Целевая группа по XML4IP
> Логин ВОИС: kz-osmirnov
> Электронная почта: o.smirnov@office.example
>
> 2. г-н ЛЕЕ Виктор Сергеевич
> Должность: эксперт
> Целевая группа: Целевая группа по API
> Логин ВОИС: kz-vlee
> Электронная почта: v.lee@office.example
"""

# Only the changed field anew, the person named: the quoted rest still stands.
_ONLY_THE_CHANGE = """Dear colleagues,

Please ignore my previous message as far as the username goes: Ms Hélène LAMBERT's WIPO
username is fr-hlambert.

Best regards,
Paul Girard

On Mon, 2 Oct 2023 at 10:12, Paul Girard <contact.person@office.example> wrote:
> Dear Sir or Madam,
>
> In reply to circular C. CWS 175, the Office nominates:
>
> Title: Mrs
> Family name: LAMBERT
> Given name: Hélène
> Position: Senior Examiner
> Task Force: XML4IP Task Force
> WIPO username: fr-hlamber
> Account e-mail: helene.lambert@office.example
>
> Best regards,
> Paul Girard
"""

# No withdrawal: "further to my previous email" adds to the quoted nomination.
_ADDITION = """Dear colleagues,

Further to my previous email, we would also like to nominate Ms Hélène LAMBERT to the API Task
Force.

Best regards,
Paul Girard

On Mon, 2 Oct 2023 at 10:12, Paul Girard <contact.person@office.example> wrote:
> Dear Sir or Madam,
>
> In reply to circular C. CWS 175, the Office nominates:
>
> Title: Mrs
> Family name: LAMBERT
> Given name: Hélène
> Position: Senior Examiner
> Task Force: XML4IP Task Force
> WIPO username: fr-hlambert
> Account e-mail: helene.lambert@office.example
>
> Best regards,
> Paul Girard
"""


def _parse(body: str, name: str) -> list[dict[str, Any]]:
    return people(parse(make_mail(body, sender=f"{name} <contact.person@office.example>")))


def test_french_corrected_nomination_takes_nothing_from_the_withdrawn_one() -> None:
    got = _parse(_FRENCH, "Paul Girard")
    assert [(p["last_name"], p["username"], p["task_forces"]) for p in got] == [
        ("LAMBERT", "fr-hlambert", ["Legal Status Task Force"])
    ]


def test_russian_corrected_list_drops_the_withdrawn_people_and_task_forces() -> None:
    got = _parse(_RUSSIAN, "Мария Петрова")
    assert [(p["last_name"], p["username"], p["task_forces"]) for p in got] == [
        ("СМИРНОВ", "kz-osmirnov", ["API Task Force"]),
        ("КИМ", "kz-akim", ["Sequence Listings Task Force"]),
    ]


def test_a_withdrawal_giving_only_the_changed_field_keeps_the_quoted_rest() -> None:
    got = _parse(_ONLY_THE_CHANGE, "Paul Girard")
    assert [
        (p["last_name"], p["username"], p["position"], p["account_email"], p["task_forces"])
        for p in got
    ] == [
        (
            "LAMBERT",
            "fr-hlambert",
            "Senior Examiner",
            "helene.lambert@office.example",
            ["XML4IP Task Force"],
        )
    ]


def test_an_addition_to_the_previous_email_still_adds_to_it() -> None:
    got = _parse(_ADDITION, "Paul Girard")
    assert [(p["last_name"], sorted(p["task_forces"])) for p in got] == [
        ("LAMBERT", ["API Task Force", "XML4IP Task Force"])
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Please disregard my previous email of 10 October: the task force was wrong.",
        "Kindly ignore the earlier message; the corrected list follows.",
        "This e-mail supersedes my previous one.",
        "Veuillez ne pas tenir compte de mon courriel précédent.",
        "Ce message annule et remplace le précédent.",
        "Por favor ignoren mi correo anterior: había un error.",
        "Les ruego no tengan en cuenta mi mensaje anterior.",
        "Прошу считать недействительным предыдущее письмо.",
        "Предыдущее письмо просим не учитывать.",
        "请忽略上一封邮件，其中用户名有误。",
        "更正后的提名信息如下，以本邮件为准：",
        "يرجى تجاهل رسالتي السابقة، فقد أرسلت قبل اعتماد الترشيحات.",
    ],
)
def test_a_withdrawal_of_the_earlier_mail_is_recognised(text: str) -> None:
    assert supersedes_earlier(text)


@pytest.mark.parametrize(
    "text",
    [
        "If you have already replied, please ignore this one.",
        "Please do not ignore my previous email: it still stands.",
        "In my previous email I nominated Ms Lambert; she also joins the API Task Force.",
        "Please disregard my e-mail address in the form; use the one below.",
        "Please ignore the attached file, it is a draft.",
        "Por favor no ignoren mi correo anterior.",
        "请不要忽略上一封邮件。",
        "Je vous prie de ne pas ignorer mon courriel précédent.",
    ],
)
def test_no_withdrawal_without_the_earlier_mail_named(text: str) -> None:
    assert not supersedes_earlier(text)


def test_an_arabic_apology_signs_off_and_the_office_is_in_the_signature() -> None:
    body = """السادة أمانة لجنة معايير الويبو المحترمين،

يرجى تجاهل رسالتي السابقة. الترشيح المعتمد هو كما يلي:

- السيد خالد المصري، رئيس قسم الفحص، لفرقة العمل المعنية بواجهات برمجة التطبيقات
  اسم المستخدم: eg-kmasri
  البريد الإلكتروني: k.masri@office.example

مع الاعتذار عن الإزعاج،
منى حسن
مكتب براءات الاختراع المصري
"""
    parsed = parse(make_mail(body, sender="منى حسن <contact.person@office.example>"))
    assert parsed.office == "مكتب براءات الاختراع المصري"
    assert [p["username"] for p in people(parsed)] == ["eg-kmasri"]


def test_an_english_apology_line_starts_the_signature() -> None:
    text = (
        "Dear colleagues,\n\nPlease disregard my previous email.\n\n"
        "With apologies for the inconvenience,\nJane Roe\nPatent Office of Example\n"
    )
    split = split_quotes(text)
    assert "Jane Roe" in split.signature
    assert "Jane Roe" not in split.new_text
