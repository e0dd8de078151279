"""A request to add, include, register or enrol a person in a task force nominates them.

"We would like to add Ms Jane Roe, Senior Examiner, to the API Task Force", "просим
зарегистрировать г-жу Иванову Анну Сергеевну ... в Целевой группе по API", "请将王芳女士
（审查员）加入API工作队", "يرجى تسجيل السيد أحمد علي ... في فرقة العمل ...": a joining verb
whose object is a titled person and whose destination is a task force (its wiki space, or
the task forces) names a nominee, read with their post and task force.

Near misses keep their reading: adding oneself to a mailing list, adding a remark ("I would
like to add that ..."), registering for a meeting, removing someone from a task force (a
withdrawal), a member asking for their own wiki access, an out-of-office notice, and a
person added to something that is no task force.
"""

from __future__ import annotations

import pytest

from parsers import ParsedEmail, ParseOptions, parse_email
from tests.parsers.mailmaker import catalog, make_mail

_SUBJECT = "C. CWS 175"


def parse(body: str, subject: str = _SUBJECT) -> ParsedEmail:
    return parse_email(make_mail(body, subject=subject), catalog=catalog(), options=ParseOptions())


def people(parsed: ParsedEmail) -> list[tuple[object, ...]]:
    return [
        (n.title, n.last_name, n.first_name, n.position, n.task_forces) for n in parsed.nominees
    ]


_API = ("API Task Force",)
_XML = ("XML4IP Task Force",)
_SEQL = ("Sequence Listings Task Force",)
_LS = ("Legal Status Task Force",)

JOINING = [
    # --- English: add / include / register / enrol / sign up / put on
    (
        "en-add",
        "We would like to add Ms Jane Roe, Senior Examiner, to the API Task Force (C. CWS 175).",
        ("Ms", "Roe", "Jane", "Senior Examiner", _API),
    ),
    (
        "en-include",
        "In reply to C. CWS 175, we kindly ask you to include Mr Paul Martin, IT Specialist, "
        "in the XML4IP Task Force.",
        ("Mr", "Martin", "Paul", "IT Specialist", _XML),
    ),
    (
        "en-enrol",
        "Could you enrol Dr Sara Lind, Patent Examiner, in the Sequence Listings Task Force?",
        (None, "Lind", "Sara", "Patent Examiner", _SEQL),
    ),
    (
        "en-sign-up",
        "Our Office wishes to sign up Mr Tom Berg, Head of Section, for the API Task Force.",
        ("Mr", "Berg", "Tom", "Head of Section", _API),
    ),
    (
        "en-put-on",
        "I am writing to ask you to put Ms Ann Lee, Legal Officer, on the Legal Status Task Force.",
        ("Ms", "Lee", "Ann", "Legal Officer", _LS),
    ),
    (
        "en-register-wiki",
        "We ask you to register Mr Omar Haddad, Examiner, in the wiki space of the XML4IP "
        "Task Force.",
        ("Mr", "Haddad", "Omar", "Examiner", _XML),
    ),
    (
        "en-destination-first",
        "We would like to add to the API Task Force Ms Jane Roe, Examiner.",
        ("Ms", "Roe", "Jane", "Examiner", _API),
    ),
    # --- French: ajouter / inclure / intégrer / enregistrer
    (
        "fr-ajouter",
        "Nous souhaitons ajouter Mme Claire Martin, examinatrice, à l'Équipe d'experts "
        "chargée des API.",
        ("Mrs", "Martin", "Claire", "examinatrice", _API),
    ),
    (
        "fr-integrer",
        "Je vous saurais gré d'intégrer M. Paul Durand, ingénieur, à l'équipe d'experts XML4IP.",
        ("Mr", "Durand", "Paul", "ingénieur", _XML),
    ),
    (
        "fr-inclure",
        "Pourriez-vous inclure Mme Anne Petit, analyste, dans l'équipe d'experts XML4IP ?",
        ("Mrs", "Petit", "Anne", "analyste", _XML),
    ),
    (
        "fr-enregistrer",
        "Nous vous prions d'enregistrer Mme Léa Roux, juriste, dans l'Équipe d'experts chargée "
        "de la situation juridique.",
        ("Mrs", "Roux", "Léa", "juriste", _LS),
    ),
    # --- Spanish: añadir / agregar / incluir / inscribir / registrar / incorporar
    (
        "es-anadir",
        "Les solicitamos añadir a la Sra. Ana Gómez, examinadora, al Equipo Técnico XML4IP.",
        ("Mrs", "Gómez", "Ana", "examinadora", _XML),
    ),
    (
        "es-incluir",
        "Le rogamos incluir al Sr. Juan Pérez, ingeniero, en el Equipo Técnico SEQL.",
        ("Mr", "Pérez", "Juan", "ingeniero", _SEQL),
    ),
    (
        "es-registrar",
        "Mucho agradeceré registrar a la Sra. Lucía Torres, abogada, en el Equipo Técnico "
        "sobre API.",
        ("Mrs", "Torres", "Lucía", "abogada", _API),
    ),
    (
        "es-incorporar",
        "Solicitamos incorporar al Sr. Diego Ruiz, examinador, al Equipo Técnico sobre API.",
        ("Mr", "Ruiz", "Diego", "examinador", _API),
    ),
    (
        "es-agregar",
        "Por este medio solicitamos agregar a la Sra. Marta Díaz, examinadora, al Equipo "
        "Técnico XML4IP.",
        ("Mrs", "Díaz", "Marta", "examinadora", _XML),
    ),
    (
        "es-inscribir",
        "Les pedimos inscribir al Sr. Pablo Vega, ingeniero, en el Equipo Técnico SEQL.",
        ("Mr", "Vega", "Pablo", "ingeniero", _SEQL),
    ),
    # --- Russian: добавить / включить / зарегистрировать / внести в список
    (
        "ru-register",
        "В ответ на циркулярное письмо C. CWS 175 просим зарегистрировать г-жу Иванову Анну "
        "Сергеевну, главного эксперта, в Целевой группе по API.",
        ("Mrs", "Иванова", "Анна Сергеевна", "главный эксперт", _API),
    ),
    (
        "ru-add",
        "Прошу добавить г-на Петрова Ивана Сергеевича, ведущего специалиста, в Целевую группу "
        "по XML4IP.",
        ("Mr", "Петров", "Иван Сергеевич", "ведущий специалист", _XML),
    ),
    (
        "ru-list",
        "Просим внести г-жу Смирнову Ольгу Петровну, эксперта, в список участников Целевой "
        "группы по SEQL.",
        ("Mrs", "Смирнова", "Ольга Петровна", "эксперт", _SEQL),
    ),
    (
        "ru-include-destination-first",
        "Просим включить в состав Целевой группы по API г-на Орлова Петра Ивановича, эксперта.",
        ("Mr", "Орлов", "Петр Иванович", "эксперт", _API),
    ),
    # --- Chinese: 将…加入 / 纳入 / 列入 / 增加 / 登记
    (
        "zh-jiang-jiaru",
        "关于C. CWS 175号通函，请将王芳女士（审查员）加入API工作队。",
        ("Mrs", "王", "芳", "审查员", _API),
    ),
    (
        "zh-naru",
        "请将李强先生（工程师）纳入XML4IP工作队。",
        ("Mr", "李", "强", "工程师", _XML),
    ),
    (
        "zh-lieru",
        "我局希望将陈静女士（法律顾问）列入法律状态工作队成员名单。",
        ("Mrs", "陈", "静", "法律顾问", _LS),
    ),
    (
        "zh-zengjia",
        "请增加王芳女士为API工作队成员。",
        ("Mrs", "王", "芳", None, _API),
    ),
    (
        "zh-jiang-dengji",
        "请将李强先生（工程师）登记为XML4IP工作队成员。",
        ("Mr", "李", "强", "工程师", _XML),
    ),
    # --- Arabic: إضافة / ضم / تسجيل / إدراج
    (
        "ar-register",
        "بالإشارة إلى التعميم C. CWS 175، يرجى تسجيل السيد أحمد علي، فاحص براءات، في فرقة "
        "العمل المعنية بواجهات برمجة التطبيقات.",
        ("Mr", "علي", "أحمد", "فاحص براءات", _API),
    ),
    (
        "ar-add",
        "نود إضافة السيدة سلمى حداد، فاحصة، إلى فرقة العمل المعنية بمعيار XML4IP.",
        ("Mrs", "حداد", "سلمى", "فاحصة", _XML),
    ),
    (
        "ar-join",
        "نرجو ضم السيد خالد نجار، مهندس، إلى فرقة العمل المعنية بقوائم التسلسل.",
        ("Mr", "نجار", "خالد", "مهندس", _SEQL),
    ),
    (
        "ar-list",
        "يرجى إدراج السيدة ليلى منصور، محللة، في فرقة العمل المعنية بالوضع القانوني.",
        ("Mrs", "منصور", "ليلى", "محللة", _LS),
    ),
]


@pytest.mark.parametrize(("case", "body", "expected"), JOINING, ids=[c[0] for c in JOINING])
def test_joining_verb_nominates(case: str, body: str, expected: tuple[object, ...]) -> None:
    parsed = parse(body)
    assert parsed.kind == "nomination", parsed.kind_reason
    title, last, first, position, task_forces = expected
    got = people(parsed)
    assert len(got) == 1, got
    assert got[0][1:] == (last, first, position, task_forces)
    if title is not None:
        assert got[0][0] == title


def test_french_inscrire_still_nominates() -> None:
    parsed = parse(
        "Je vous prie de bien vouloir inscrire M. Jean Dupont, examinateur, à l'Équipe "
        "d'experts chargée des API."
    )
    assert parsed.kind == "nomination"
    assert people(parsed) == [("Mr", "Dupont", "Jean", "examinateur", _API)]


def test_two_people_added_together() -> None:
    parsed = parse(
        "We would like to add Ms Jane Roe, Senior Examiner, and Mr John Doe, Engineer, to the "
        "API Task Force."
    )
    assert parsed.kind == "nomination"
    assert [p[1] for p in people(parsed)] == ["Roe", "Doe"]


# --- near misses ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "body",
    [
        "Please add me to the mailing list.\n\nBest regards,\nJane Roe",
        "I would like to add that our Office supports the work of the API Task Force.",
        "Please register for the meeting of the CWS.\n\nRegards,\nSecretariat",
        "Registration for the CWS session is now open; please register by 1 November.",
        # A person added to something that is no task force.
        "We would like to add Mr John Doe, Director, to the distribution list for circulars.",
        # Something else added about a person; a person put in copy, not on a task force.
        "We would like to add a comment regarding Mr John Doe and his work in the API Task Force.",
        "Please put Mr John Doe in copy of all mails about the API Task Force.",
        # Someone reported as added, not asked to be.
        "Ms Jane Roe was added to the API Task Force last year and has nothing to change.",
    ],
)
def test_no_person_or_no_task_force_is_no_nomination(body: str) -> None:
    parsed = parse(body)
    assert parsed.kind == "other", (parsed.kind_reason, people(parsed))
    assert parsed.nominees == ()


@pytest.mark.parametrize(
    "body",
    [
        "Please remove Mr John Doe from the API Task Force.",
        "Please delete Mr John Doe from the API Task Force, he has retired.",
        "Veuillez retirer M. Jean Dupont de l'équipe d'experts chargée des API.",
    ],
)
def test_removal_stays_a_withdrawal(body: str) -> None:
    parsed = parse(body)
    assert parsed.kind == "other"
    assert parsed.kind_reason == "withdrawal of a nomination"


def test_member_asking_for_own_wiki_access_stays_other() -> None:
    parsed = parse(
        "Здравствуйте!\n\nЯ уже являюсь членом Целевой группы по API. Прошу зарегистрировать "
        "меня на вики Целевой группы.\n\nС уважением,\nИванов Иван Петрович\nведущий эксперт"
    )
    assert parsed.kind == "other"
    assert parsed.nominees == ()


def test_out_of_office_stays_auto_reply() -> None:
    parsed = parse(
        "I am out of the office until 10 October with limited access to e-mail. To add a "
        "person to the API Task Force, please contact Ms Jane Roe, Examiner.",
        subject="Automatic reply: C. CWS 175",
    )
    assert parsed.kind == "auto_reply"
