"""An online form's receipt of a nominee's answers (Google Forms, Microsoft Forms), sent on.

Each question stands on its own line, marked required with " *" ("E-mail address used to
create the WIPO Account *", "Correo electrónico usado para crear la Cuenta OMPI *"), its
answer on the lines below; the mark is no word of the question, so a long question still
reads as its label. A question with check boxes gives the options chosen one to a line,
with no bullet: every line naming a task force is an answer. Where the receipt's text part
lists every option bare, the HTML part tells the ticked ones by their check-box pictures
("check_box_black_24dp.png" against "check_box_outline_blank_black_24dp.png", or an
"alt" text such as "Checked"): only those count.

Near misses keep their reading: a label's value followed by a line of prose, a receipt
whose text part shows its own boxes, HTML pictures that are no check boxes, and an HTML
receipt with no box ticked at all.
"""

from __future__ import annotations

from email.message import EmailMessage

import pytest

from parsers import ParsedEmail, ParseOptions, parse_email
from tests.parsers.mailmaker import catalog, make_mail


def parse(raw: bytes) -> ParsedEmail:
    return parse_email(raw, catalog=catalog(), options=ParseOptions())


def people(parsed: ParsedEmail) -> list[tuple[object, ...]]:
    return [
        (n.title, n.last_name, n.first_name, n.username, n.account_email, n.task_forces)
        for n in parsed.nominees
    ]


def _receipt(intro: str, answers: list[tuple[str, str]]) -> str:
    cards = "\n\n".join(f"{question} *\n{answer}" for question, answer in answers)
    return f"{intro}\n\n{cards}\n"


_SEQL_LS = ("Sequence Listings Task Force", "Legal Status Task Force")

RECEIPTS = [
    (
        "en",
        "Dear CWS Secretariat,\n\nFurther to C. CWS 175, here is the copy of my answers.\n\n"
        "Thanks for filling out CWS Task Force nominations\nHere's what was received.",
        [
            ("Title", "Mrs"),
            ("Surname (as in your passport)", "UWIMANA"),
            ("First name(s)", "Claudine"),
            ("Position", "Senior IP Examiner"),
            ("WIPO Account username", "rw-cuwimana"),
            ("E-mail address used to create the WIPO Account", "claudine.uwimana@rdb.example"),
            ("Task Force(s)", "Sequence Listings Task Force (ST.26)\nLegal Status Task Force (ST.27)"),
        ],
        ("Mrs", "UWIMANA", "Claudine", "rw-cuwimana", "claudine.uwimana@rdb.example", _SEQL_LS),
    ),
    (
        "es",
        "Buenos días:\n\nReenvío la copia de mis respuestas (circular C. CWS 175).\n\n"
        "Gracias por completar el formulario\nEsto es lo que recibimos de ti:",
        [
            ("Tratamiento", "Sra."),
            ("Apellidos", "Quesada Arguedas"),
            ("Nombre", "Valeria"),
            ("Cargo", "Analista de Patentes"),
            ("Nombre de usuario de la Cuenta OMPI", "cr-vquesada"),
            ("Correo electrónico usado para crear la Cuenta OMPI", "valeria.q@mail.example"),
            ("Equipo(s) Técnico(s)", "Equipo Técnico SEQL (ST.26)\n"
             "Equipo Técnico sobre la Situación Jurídica (ST.27)"),
        ],
        ("Mrs", "Quesada Arguedas", "Valeria", "cr-vquesada", "valeria.q@mail.example", _SEQL_LS),
    ),
    (
        "fr",
        "Madame, Monsieur,\n\nSuite à la circulaire C. CWS 175, voici la copie de mes réponses.\n\n"
        "Merci d'avoir rempli le formulaire\nVoici les réponses reçues.",
        [
            ("Civilité", "Mme"),
            ("Nom de famille", "DIALLO"),
            ("Prénom", "Aminata"),
            ("Poste occupé", "Examinatrice de brevets"),
            ("Nom d'utilisateur du compte OMPI", "sn-adiallo"),
            ("Adresse électronique du compte OMPI", "a.diallo@asp.example"),
            ("Équipe(s) d'experts", "Équipe d'experts chargée du listage des séquences\n"
             "Équipe d'experts chargée de la situation juridique"),
        ],
        ("Mrs", "DIALLO", "Aminata", "sn-adiallo", "a.diallo@asp.example", _SEQL_LS),
    ),
    (
        "ru",
        "Уважаемые господа!\n\nВ ответ на циркулярное письмо C. CWS 175 пересылаю копию ответов.",
        [
            ("Обращение", "г-жа"),
            ("Фамилия", "Петрова"),
            ("Имя и отчество", "Анна Сергеевна"),
            ("Должность", "главный эксперт"),
            ("Имя пользователя учетной записи ВОИС", "by-apetrova"),
            ("Адрес электронной почты учетной записи ВОИС", "a.petrova@ncip.example"),
            ("Целевые группы", "Целевая группа по перечням последовательностей\n"
             "Целевая группа по правовому статусу"),
        ],
        ("Mrs", "Петрова", "Анна Сергеевна", "by-apetrova", "a.petrova@ncip.example", _SEQL_LS),
    ),
    (
        "ar",
        "السادة أمانة لجنة معايير الويبو،\n\nإشارة إلى التعميم C. CWS 175، أرسل إليكم نسخة من إجاباتي.",
        [
            ("اللقب", "السيدة"),
            ("اسم العائلة", "الخطيب"),
            ("الاسم الأول", "ليلى"),
            ("الوظيفة الحالية", "فاحصة براءات"),
            ("اسم المستخدم في حساب الويبو", "jo-lkhatib"),
            ("البريد الإلكتروني المستخدم لإنشاء حساب الويبو", "l.khatib@mit.example"),
            ("فرق العمل", "فرقة العمل المعنية بقوائم التسلسل\n"
             "فرقة العمل المعنية بالوضع القانوني"),
        ],
        ("Mrs", "الخطيب", "ليلى", "jo-lkhatib", "l.khatib@mit.example", _SEQL_LS),
    ),
]  # fmt: skip


@pytest.mark.parametrize(
    ("intro", "answers", "expected"), [c[1:] for c in RECEIPTS], ids=[c[0] for c in RECEIPTS]
)
def test_required_questions_and_answers_one_to_a_line(
    intro: str, answers: list[tuple[str, str]], expected: tuple[object, ...]
) -> None:
    assert people(parse(make_mail(_receipt(intro, answers)))) == [expected]


def test_prose_under_the_last_answer_is_no_task_force() -> None:
    body = (
        _receipt(
            "Dear CWS Secretariat,\n\nFurther to C. CWS 175, here is my form.",
            [
                ("Title", "Mr"),
                ("Surname", "OKAFOR"),
                ("First name(s)", "Chidi"),
                ("WIPO Account username", "ng-cokafor"),
                ("Task Force(s)", "API Task Force (ST.90)"),
            ],
        )
        + "Please also note that our XML4IP Task Force member is unchanged.\n"
    )
    assert people(parse(make_mail(body))) == [
        ("Mr", "OKAFOR", "Chidi", "ng-cokafor", None, ("API Task Force",))
    ]


# --- ticks shown only by the HTML part's pictures

_OPTIONS = [
    "XML4IP Task Force (ST.96)",
    "Sequence Listings Task Force (ST.26)",
    "Legal Status Task Force (ST.27)",
    "API Task Force (ST.90)",
    "Digital Transformation Task Force",
]
_ICONS = "https://www.gstatic.example/images/icons/material/system/1x/"


def _google_img(ticked: bool) -> str:
    name = "check_box_black_24dp.png" if ticked else "check_box_outline_blank_black_24dp.png"
    return f'<img src="{_ICONS}{name}" width="24" height="24" alt="" aria-hidden="true">'


def _alt_img(ticked: bool) -> str:
    alt = "Checked" if ticked else "Unchecked"
    return f'<img src="cid:box{int(ticked)}@forms.example" alt="{alt}">'


def _alt_img_fr(ticked: bool) -> str:
    alt = "Case cochée" if ticked else "Case non cochée"
    return f'<img src="cid:case{int(ticked)}@forms.example" alt="{alt}">'


_FIELDS = [
    ("Title", "Mrs"),
    ("Surname", "UWIMANA"),
    ("First name(s)", "Claudine"),
    ("WIPO Account username", "rw-cuwimana"),
]


def _html_receipt(ticked: set[int], picture: object) -> bytes:
    intro = "Dear CWS Secretariat,\n\nFurther to C. CWS 175, please find my form below."
    text = _receipt(intro, [*_FIELDS, ("Task Force(s)", "\n".join(_OPTIONS))])
    cells = "".join(
        f"<tr><td width=32>{picture(k in ticked)}</td><td>{o}</td></tr>"  # type: ignore[operator]
        for k, o in enumerate(_OPTIONS)
    )
    rows = "".join(
        f"<tr><td>{q} <span style='color:#d93025'>*</span></td></tr><tr><td>{a}</td></tr>"
        for q, a in _FIELDS
    )
    html = (
        "<div>Dear CWS Secretariat,</div><div><br></div><div>Further to C. CWS 175, please "
        "find my form below.</div><table>"
        f"{rows}<tr><td>Task Force(s) *</td></tr><tr><td><table>{cells}</table></td></tr>"
        "</table>"
    )
    msg = EmailMessage()
    msg["From"] = "Claudine Uwimana <c.uwimana@rdb.example>"
    msg["To"] = "cws.mail@wipo.int"
    msg["Subject"] = 'Fwd: Your response to "CWS Task Force nominations"'
    msg["Message-ID"] = "<receipt@rdb.example>"
    msg.set_content(text)
    msg.add_alternative(html, subtype="html")
    return msg.as_bytes()


PICTURES = [
    ("google-icon-names", _google_img),
    ("alt-text", _alt_img),
    ("alt-text-fr", _alt_img_fr),
]


@pytest.mark.parametrize("picture", [p[1] for p in PICTURES], ids=[p[0] for p in PICTURES])
def test_only_the_options_ticked_in_html_count(picture: object) -> None:
    parsed = parse(_html_receipt({2, 4}, picture))
    assert [n.task_forces for n in parsed.nominees] == [
        ("Legal Status Task Force", "Digital Transformation Task Force")
    ]


def test_pictures_that_are_no_check_boxes_keep_the_text_part() -> None:
    def logo(_ticked: bool) -> str:
        return '<img src="https://office.example/logo.png" alt="Office logo">'

    parsed = parse(_html_receipt({2}, logo))
    assert [n.last_name for n in parsed.nominees] == ["UWIMANA"]
    assert len(parsed.nominees[0].task_forces) == len(_OPTIONS)


def test_text_part_with_its_own_boxes_is_read_as_it_is() -> None:
    body = _receipt(
        "Dear CWS Secretariat,\n\nFurther to C. CWS 175, here is my form.",
        [*_FIELDS, ("Task Force(s)", "☐ XML4IP Task Force\n☒ API Task Force")],
    )
    assert [n.task_forces for n in parse(make_mail(body)).nominees] == [("API Task Force",)]
