"""The task forces a letter's sentences give each person, and an Arabic office sentence that
names the office only as "المكتب".

- Two people joined by "and" ("و", "et", "y", "и", "和") and then a task force share it: "we
  nominate Mr A and Ms B to the API Task Force" puts both on it, not the first on every task
  force the letter names.
- A person named again by title and given name only ("السيدة مريم", "Ms Maryam", "Mme Marie")
  is the person of that given name named in full before, when only one person listed has it
  and the titles agree.
- People named in the letter's sentences with their own task forces, and then given a
  labelled block each, keep the task forces the sentences give them, not every task force
  named before the first block.
- "نود إفادتكم بأن ممثل المكتب في فرقة العمل ... هو السيد ...": "المكتب" (the Office) after
  "ممثل" is a reference to the writer's own office, whose name the signature gives; an office
  name never runs on into "في فرقة العمل", "هو" or a titled person.
"""

from __future__ import annotations

import pytest

from parsers import ParsedEmail, ParseOptions, parse_email
from tests.parsers.mailmaker import catalog, make_mail

API = "API Task Force"
DT = "Digital Transformation Task Force"
XML = "XML4IP Task Force"


def parse(body: str) -> ParsedEmail:
    return parse_email(make_mail(body), catalog=catalog(), options=ParseOptions())


def rows(parsed: ParsedEmail) -> list[tuple[str | None, str | None, tuple[str, ...]]]:
    return [(n.first_name, n.last_name, tuple(n.task_forces)) for n in parsed.nominees]


# --- people named in sentences, then given a labelled block each -----------------------------

AR_LABELLED = """السادة أمانة لجنة معايير الويبو المحترمين،

تحية طيبة وبعد،

إشارة إلى التعميم C. CWS 175، ترشح إدارة الملكية الصناعية الزميلين المهندس فيصل الكعبي والسيدة ليلى المنصوري لعضوية فرقة العمل المعنية بواجهات برمجة التطبيقات، كما ترشح السيدة ليلى لعضوية فرقة العمل المعنية بالتحول الرقمي.

وفيما يلي بياناتهما:

الاسم: فيصل أحمد الكعبي
المسمى الوظيفي: مهندس برمجيات
اسم المستخدم: xx-falkaabi

الاسم: ليلى سعيد المنصوري
المسمى الوظيفي: محللة نظم
اسم المستخدم: xx-lalmansouri

مع التحية،
نورة الهاشمي
إدارة الملكية الصناعية
"""

EN_LABELLED = """Dear Secretariat,

In reply to circular C. CWS 175, the Office nominates Mr Samuel Dawson and Ms Maryam Jowder to the API Task Force, and also nominates Ms Maryam to the Digital Transformation Task Force.

Their details follow:

Name: Samuel Dawson
Position: Senior Systems Engineer
Username: xx-sdawson

Name: Maryam Jowder
Position: Systems Analyst
Username: xx-mjowder

Best regards,
Huda Almahmeed
Industrial Property Directorate
"""

FR_LABELLED = """Madame, Monsieur,

En réponse à la circulaire C. CWS 175, l'Office désigne M. Pierre Lambert et Mme Marie Dubois pour l'Équipe d'experts chargée de l'API, ainsi que Mme Marie pour l'Équipe d'experts chargée de la transformation numérique.

Nom : LAMBERT
Prénom : Pierre
Fonction : Ingénieur informaticien
Nom d'utilisateur : xx-plambert

Nom : DUBOIS
Prénom : Marie
Fonction : Examinatrice
Nom d'utilisateur : xx-mdubois

Veuillez agréer nos salutations distinguées.
Claire Vidal
Office de la propriété industrielle
"""

ES_LABELLED = """Estimados señores:

En respuesta a la circular C. CWS 175, la Oficina designa al Sr. Pablo Ruiz y a la Sra. Lucía Torres para el Equipo Técnico API, y a la Sra. Lucía para el Equipo Técnico de Transformación Digital.

Nombre: Pablo Ruiz
Cargo: Ingeniero de sistemas
Usuario: xx-pruiz

Nombre: Lucía Torres
Cargo: Examinadora
Usuario: xx-ltorres

Atentamente,
Ana Gil
Oficina de Patentes
"""

# Each person's own task force in one sentence, no mention by given name.
EN_EACH_OWN = """Dear Secretariat,

In reply to circular C. CWS 175, we nominate Ms Jane Roe to the API Task Force and Mr John Poe to the XML4IP Task Force.

Name: Jane Roe
Position: Examiner
Username: xx-jroe

Name: John Poe
Position: Engineer
Username: xx-jpoe

Kind regards,
Office of Patents
"""


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        pytest.param(
            AR_LABELLED,
            [("فيصل", "الكعبي", (API,)), ("ليلى", "المنصوري", (API, DT))],
            id="ar",
        ),
        pytest.param(
            EN_LABELLED,
            [("Samuel", "Dawson", (API,)), ("Maryam", "Jowder", (API, DT))],
            id="en",
        ),
        pytest.param(
            FR_LABELLED,
            [("Pierre", "LAMBERT", (API,)), ("Marie", "DUBOIS", (API, DT))],
            id="fr",
        ),
        pytest.param(
            ES_LABELLED,
            [("Pablo", "Ruiz", (API,)), ("Lucía", "Torres", (API, DT))],
            id="es",
        ),
        pytest.param(
            EN_EACH_OWN,
            [("Jane", "Roe", (API,)), ("John", "Poe", (XML,))],
            id="en-each-own",
        ),
    ],
)
def test_labelled_people_keep_the_task_forces_their_sentence_gives(
    body: str, expected: list[tuple[str, str, tuple[str, ...]]]
) -> None:
    parsed = parse(body)
    assert parsed.kind == "nomination"
    assert rows(parsed) == expected


# --- two people joined, then a task force: both on it ----------------------------------------


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        pytest.param(
            "Dear Secretariat,\n\nIn reply to circular C. CWS 175, the Office nominates Mr "
            "Samuel Dawson and Ms Maryam Jowder to the API Task Force, and Mr Peter Gale to the "
            "XML4IP Task Force.\n\nBest regards,\nPatent Office\n",
            [("Samuel", "Dawson", (API,)), ("Maryam", "Jowder", (API,)), ("Peter", "Gale", (XML,))],
            id="en",
        ),
        pytest.param(
            "Dear Secretariat,\n\nIn reply to C. CWS 175, we nominate Mr Samuel Dawson, Senior "
            "Engineer, and Ms Maryam Jowder, Analyst, to the API Task Force, and Mr Peter Gale "
            "to the XML4IP Task Force.\n\nBest regards,\nPatent Office\n",
            [("Samuel", "Dawson", (API,)), ("Maryam", "Jowder", (API,)), ("Peter", "Gale", (XML,))],
            id="en-with-posts",
        ),
        pytest.param(
            "السادة أمانة لجنة معايير الويبو،\n\nبالإشارة إلى التعميم C. CWS 175، يرشح المكتب "
            "المهندس سامي الدوسري والسيدة مريم الجودر لعضوية فرقة العمل المعنية بواجهات برمجة "
            "التطبيقات، والسيد علي حسن لعضوية فرقة العمل المعنية بلغة XML4IP.\n\nمع التحية،\n"
            "هدى المحميد\nإدارة الملكية الصناعية\n",
            [("سامي", "الدوسري", (API,)), ("مريم", "الجودر", (API,)), ("علي", "حسن", (XML,))],
            id="ar",
        ),
        pytest.param(
            "Madame, Monsieur,\n\nEn réponse à la circulaire C. CWS 175, l'Office désigne M. "
            "Pierre Lambert et Mme Marie Dubois pour l'Équipe d'experts chargée de l'API, et M. "
            "Paul Girard pour l'Équipe d'experts XML4IP.\n\nCordialement,\nClaire Vidal\n",
            [
                ("Pierre", "Lambert", (API,)),
                ("Marie", "Dubois", (API,)),
                ("Paul", "Girard", (XML,)),
            ],
            id="fr",
        ),
        pytest.param(
            "Estimados señores:\n\nEn respuesta a la circular C. CWS 175, la Oficina designa al "
            "Sr. Pablo Ruiz y a la Sra. Lucía Torres para el Equipo Técnico API, y al Sr. Juan "
            "Mora para el Equipo Técnico XML4IP.\n\nAtentamente,\nAna Gil\n",
            [("Pablo", "Ruiz", (API,)), ("Lucía", "Torres", (API,)), ("Juan", "Mora", (XML,))],
            id="es",
        ),
        pytest.param(
            "Уважаемые коллеги!\n\nВ ответ на циркулярное письмо C. CWS 175 Роспатент "
            "выдвигает г-на Петрова Ивана Сергеевича и г-жу Смирнову Анну Викторовну в Целевую "
            "группу по API, а г-на Орлова Олега Петровича в Целевую группу по XML4IP.\n\n"
            "С уважением,\nЕ. Белова\n",
            [
                ("Иван Сергеевич", "Петров", (API,)),
                ("Анна Викторовна", "Смирнова", (API,)),
                ("Олег Петрович", "Орлов", (XML,)),
            ],
            id="ru",
        ),
        pytest.param(
            "尊敬的秘书处：\n\n关于C. CWS 175号通函，我局推荐王伟先生和李娜女士参加API工作队，"
            "推荐张强先生参加XML4IP工作队。\n\n此致\n国家知识产权局\n",
            [("伟", "王", (API,)), ("娜", "李", (API,)), ("强", "张", (XML,))],
            id="zh",
        ),
    ],
)
def test_joined_people_share_the_task_force_after_them(
    body: str, expected: list[tuple[str, str, tuple[str, ...]]]
) -> None:
    assert rows(parse(body)) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # Each has a task force of their own: the first keeps hers.
        pytest.param(
            "Dear Secretariat,\n\nIn reply to C. CWS 175, we nominate Ms Jane Roe to the XML4IP "
            "Task Force and Mr John Poe to the API Task Force.\n\nKind regards,\nPatent Office\n",
            [("Jane", "Roe", (XML,)), ("John", "Poe", (API,))],
            id="each-own",
        ),
        # "respectively": one task force each, in order.
        pytest.param(
            "Dear Secretariat,\n\nIn reply to C. CWS 175, we nominate Ms Jane Roe and Mr John Poe "
            "to the XML4IP Task Force and the API Task Force respectively.\n\nKind regards,\n"
            "Patent Office\n",
            [("Jane", "Roe", (XML,)), ("John", "Poe", (API,))],
            id="respectively",
        ),
        # Another sentence between them: the first is nominated for what the letter names.
        pytest.param(
            "Dear Secretariat,\n\nIn reply to C. CWS 175, we nominate Ms Jane Roe to the "
            "XML4IP Task Force. We also nominate Mr John Poe and Ms Ann Lee to the API Task "
            "Force.\n\nKind regards,\nPatent Office\n",
            [("Jane", "Roe", (XML,)), ("John", "Poe", (API,)), ("Ann", "Lee", (API,))],
            id="separate-sentences",
        ),
    ],
)
def test_people_with_their_own_task_forces_keep_them(
    body: str, expected: list[tuple[str, str, tuple[str, ...]]]
) -> None:
    assert rows(parse(body)) == expected


# --- named again by title and given name ------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        pytest.param(
            "Dear Secretariat,\n\nIn reply to circular C. CWS 175, the Office nominates Ms "
            "Maryam Jowder, Systems Analyst, to the API Task Force. We also nominate Ms Maryam "
            "to the Digital Transformation Task Force.\n\nBest regards,\nPatent Office\n",
            [("Maryam", "Jowder", (API, DT))],
            id="en",
        ),
        pytest.param(
            "السادة أمانة لجنة معايير الويبو،\n\nبالإشارة إلى التعميم C. CWS 175، يرشح المكتب "
            "السيدة مريم الجودر لعضوية فرقة العمل المعنية بواجهات برمجة التطبيقات، كما يرشح "
            "السيدة مريم لعضوية فرقة العمل المعنية بالتحول الرقمي.\n\nمع التحية،\nهدى المحميد\n",
            [("مريم", "الجودر", (API, DT))],
            id="ar",
        ),
        pytest.param(
            "Madame, Monsieur,\n\nEn réponse à la circulaire C. CWS 175, l'Office désigne Mme "
            "Marie Dubois pour l'Équipe d'experts chargée de l'API. Il désigne en outre Mme "
            "Marie pour l'Équipe d'experts chargée de la transformation numérique.\n\n"
            "Cordialement,\nClaire Vidal\n",
            [("Marie", "Dubois", (API, DT))],
            id="fr",
        ),
    ],
)
def test_title_and_given_name_name_the_person_named_in_full(
    body: str, expected: list[tuple[str, str, tuple[str, ...]]]
) -> None:
    assert rows(parse(body)) == expected


EN_TWO_MARYAMS = """Dear Secretariat,

In reply to circular C. CWS 175, the Office nominates Ms Maryam Jowder and Ms Maryam Saleh to the API Task Force, and also nominates Ms Maryam to the Digital Transformation Task Force.

Name: Maryam Jowder
Username: xx-mjowder

Name: Maryam Saleh
Username: xx-msaleh

Best regards,
Patent Office
"""

EN_OTHER_TITLE = """Dear Secretariat,

In reply to circular C. CWS 175, the Office nominates Ms Jordan Lee to the API Task Force. We also nominate Mr Jordan to the Digital Transformation Task Force.

Best regards,
Patent Office
"""


def test_a_given_name_two_people_share_names_neither() -> None:
    # Which Maryam joins Digital Transformation is not said: the letter's task forces stay
    # with both, as the sentences name them.
    assert rows(parse(EN_TWO_MARYAMS)) == [
        ("Maryam", "Jowder", (API, DT)),
        ("Maryam", "Saleh", (API, DT)),
    ]


def test_a_given_name_under_another_title_is_someone_else() -> None:
    parsed = parse(EN_OTHER_TITLE)
    assert ("Jordan", "Lee", (API,)) in rows(parsed)
    assert all(DT not in n.task_forces for n in parsed.nominees if n.last_name == "Lee")


# --- "ممثل المكتب في فرقة العمل ... هو السيد ...": no office name --------------------------------

AR_REPRESENTATIVE = """السادة أمانة لجنة معايير الويبو،

تحية طيبة وبعد،

بالإشارة إلى التعميم C. CWS 175، نود إفادتكم بأن ممثل {office} في فرقة العمل المعنية بلغة XML4IP هو السيد خالد حسن، رئيس قسم الأنظمة المعلوماتية، واسم المستخدم الخاص به eg-khassan.

مع خالص التحية،
منى سالم
{signature}
"""


@pytest.mark.parametrize(
    ("office", "signature", "expected"),
    [
        pytest.param(
            "المكتب", "مكتب براءات الاختراع المصري", "مكتب براءات الاختراع المصري", id="the-office"
        ),
        pytest.param(
            "مكتب براءات الاختراع المصري",
            "إدارة الشؤون الدولية",
            "مكتب براءات الاختراع المصري",
            id="named-office",
        ),
    ],
)
def test_arabic_representative_of_the_office(office: str, signature: str, expected: str) -> None:
    parsed = parse(AR_REPRESENTATIVE.format(office=office, signature=signature))
    assert parsed.office == expected
    assert [(n.title, n.first_name, n.last_name) for n in parsed.nominees] == [
        ("Mr", "خالد", "حسن")
    ]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        pytest.param(
            "يتشرف مكتب براءات الاختراع المصري بترشيح السيد خالد حسن، رئيس قسم الأنظمة، "
            "لعضوية فرقة العمل المعنية بلغة XML4IP.",
            "مكتب براءات الاختراع المصري",
            id="honoured-to-nominate",
        ),
        pytest.param(
            "وفيما يلي بيانات ممثل مكتب براءات الاختراع المصري:\nالاسم: خالد حسن\n"
            "اسم المستخدم: eg-khassan\nفرقة العمل: فرقة العمل المعنية بلغة XML4IP",
            "مكتب براءات الاختراع المصري",
            id="details-of-the-representative",
        ),
    ],
)
def test_arabic_office_sentences_keep_their_office(sentence: str, expected: str) -> None:
    body = (
        "السادة أمانة لجنة معايير الويبو،\n\nبالإشارة إلى التعميم C. CWS 175،\n\n"
        f"{sentence}\n\nمع التحية،\nمنى سالم\n"
    )
    assert parse(body).office == expected
