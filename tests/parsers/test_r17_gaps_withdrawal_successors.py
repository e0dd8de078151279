"""A nomination withdrawn, or a member said to leave, with a successor in the next sentence.

"We withdraw the nomination of Mr X. Ms Y will take his place.", "Mr X has retired. Ms Y,
Senior Examiner, replaces him in the API Task Force.", "Nous retirons la candidature de
M. X ... Mme Y le remplacera.", "El Sr. X deja el Equipo Técnico ...; en su lugar, la Sra.
Y ...", "Г-н X больше не работает ... Вместо него – г-жа Y ...", "李强先生不再担任...，由王芳
女士接替", "لم يعد السيد X ... ويحل محله السيد Y": a replacement. The successor is the
nominee, in the task force the one who goes leaves unless their own words name another;
the one who goes is nominated by nothing (as for "remove Mr X ... and add Ms Y instead").

Near misses keep their reading: a withdrawal alone stays a withdrawal, and so does one
whose next sentence promises a successor later or names someone to contact.
"""

from __future__ import annotations

import pytest

from parsers import ParsedEmail, ParseOptions, parse_email
from tests.parsers.mailmaker import catalog, make_mail


def parse(body: str) -> ParsedEmail:
    return parse_email(
        make_mail(body, subject="C. CWS 175"), catalog=catalog(), options=ParseOptions()
    )


def people(parsed: ParsedEmail) -> list[tuple[object, ...]]:
    return [(n.last_name, n.first_name, n.position, n.task_forces) for n in parsed.nominees]


_API = ("API Task Force",)
_XML = ("XML4IP Task Force",)

SUCCESSORS = [
    (
        "en-withdraw-take-place",
        "Dear Secretariat,\n\nFurther to C. CWS 175, we withdraw the nomination of Mr John "
        "Smith. Ms Jane Roe, Senior Examiner, will take his place in the API Task Force."
        "\n\nBest regards,\nPatent Office",
        ("Roe", "Jane", "Senior Examiner", _API),
    ),
    (
        "en-withdraw-from-task-force",
        "Dear Secretariat,\n\nFurther to C. CWS 175, we withdraw the nomination of Mr John "
        "Smith to the API Task Force. Ms Jane Roe, Senior Examiner, will take his place."
        "\n\nBest regards,\nPatent Office",
        ("Roe", "Jane", "Senior Examiner", _API),
    ),
    (
        "en-retired-replaces-him",
        "Dear Secretariat,\n\nMr John Smith has retired. Ms Jane Roe, Senior Examiner, "
        "replaces him in the API Task Force.\n\nBest regards,\nPatent Office",
        ("Roe", "Jane", "Senior Examiner", _API),
    ),
    (
        "fr-retirons-candidature",
        "Madame, Monsieur,\n\nNous retirons la candidature de M. Jean Dupont à l'Équipe "
        "d'experts chargée des API. Mme Claire Martin, examinatrice, le remplacera."
        "\n\nCordialement,\nOffice",
        ("Martin", "Claire", "examinatrice", _API),
    ),
    (
        "fr-retirons-equipe",
        "Madame, Monsieur,\n\nNous retirons M. Jean Dupont de l'Équipe d'experts chargée des "
        "API. Mme Claire Martin, examinatrice, le remplacera.\n\nCordialement,\nOffice",
        ("Martin", "Claire", "examinatrice", _API),
    ),
    (
        "es-deja-en-su-lugar",
        "Estimados señores:\n\nEl Sr. Juan Pérez deja el Equipo Técnico sobre API; en su "
        "lugar, la Sra. Ana Gómez, examinadora, participará en dicho Equipo.\n\n"
        "Atentamente,\nOficina",
        ("Gómez", "Ana", "examinadora", _API),
    ),
    (
        "es-retiramos-designacion",
        "Estimados señores:\n\nRetiramos la designación del Sr. Juan Pérez para el Equipo "
        "Técnico XML4IP. La Sra. Ana Gómez, examinadora, lo reemplazará.\n\n"
        "Atentamente,\nOficina",
        ("Gómez", "Ana", "examinadora", _XML),
    ),
    (
        "ru-bolshe-ne-vmesto-nego",
        "Уважаемые коллеги!\n\nГ-н Петров Иван Сергеевич больше не работает в Ведомстве и "
        "выходит из состава Целевой группы по API. Вместо него – г-жа Иванова Анна "
        "Сергеевна, главный эксперт.\n\nС уважением,\nВедомство",
        ("Иванова", "Анна Сергеевна", "главный эксперт", _API),
    ),
    (
        "ru-otzyvaem",
        "Уважаемые коллеги!\n\nОтзываем кандидатуру г-на Петрова Ивана Сергеевича в Целевую "
        "группу по API. Вместо него – г-жа Иванова Анна Сергеевна, главный эксперт.\n\n"
        "С уважением,\nВедомство",
        ("Иванова", "Анна Сергеевна", "главный эксперт", _API),
    ),
    (
        "zh-buzai-jieti",
        "CWS秘书处：\n\n李强先生不再担任API工作队成员，由王芳女士（审查员）接替。\n\n此致",
        ("王", "芳", "审查员", _API),
    ),
    (
        "zh-chehui-jieti",
        "CWS秘书处：\n\n我局撤回对李强先生参加API工作队的提名。由王芳女士（审查员）接替。\n\n此致",
        ("王", "芳", "审查员", _API),
    ),
    (
        "ar-lam-yaud-yahull",
        "السادة الكرام،\n\nلم يعد السيد خالد نجار عضوا في فرقة العمل المعنية بواجهات برمجة "
        "التطبيقات، ويحل محله السيد أحمد علي، فاحص براءات.\n\nمع التحية",
        ("علي", "أحمد", "فاحص براءات", _API),
    ),
    (
        "ar-nashab-yahull",
        "السادة الكرام،\n\nنسحب ترشيح السيد خالد نجار لفرقة العمل المعنية بواجهات برمجة "
        "التطبيقات. ويحل محله السيد أحمد علي، فاحص براءات.\n\nمع التحية",
        ("علي", "أحمد", "فاحص براءات", _API),
    ),
]


@pytest.mark.parametrize(("case", "body", "expected"), SUCCESSORS, ids=[c[0] for c in SUCCESSORS])
def test_the_successor_is_nominated_and_the_one_who_goes_is_not(
    case: str, body: str, expected: tuple[object, ...]
) -> None:
    parsed = parse(body)
    assert parsed.kind == "nomination", parsed.kind_reason
    assert people(parsed) == [expected]


# --- near misses ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "body",
    [
        "Further to C. CWS 175, we withdraw the nomination of Mr John Smith.",
        "Nous retirons la candidature de M. Jean Dupont à l'Équipe d'experts chargée des API.",
        "我局撤回对李强先生参加API工作队的提名。",
        # A successor promised for later, or a person to contact: nobody comes in now.
        "Further to C. CWS 175, we withdraw the nomination of Mr John Smith. A new candidate "
        "will take his place; we will send the name later.",
        "Further to C. CWS 175, we withdraw the nomination of Mr John Smith to the API Task "
        "Force. For any question, please contact Ms Jane Roe, Head of Section.",
    ],
)
def test_a_withdrawal_without_a_successor_stays_a_withdrawal(body: str) -> None:
    parsed = parse(body)
    assert parsed.kind == "other", people(parsed)
    assert parsed.kind_reason == "withdrawal of a nomination"
    assert parsed.nominees == ()
