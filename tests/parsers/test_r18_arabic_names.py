"""Arabic names: "السيد" as a father's or family name, and the Maghreb's name labels.

"السيد أحمد السيد عبد الحميد" is one man: the first "السيد" is Mr, the second his father's
name (Egypt's "محمد السيد", "أحمد السيد"), his family name the two-word "عبد الحميد". A bare
"السيد" inside a name, on its line, opens no second person; "والسيد", "السيد/" and
"السيدة" still do, and so do a comma and a new line.

Moroccan, Algerian and Tunisian forms ask for the family name under "الاسم العائلي" or
"النسب" and the given name under "الاسم الشخصي" (or "الاسم" beside "النسب"), in columns
or lines of their own and in either order; joined ("الاسم والنسب", "النسب والاسم",
"اللقب والاسم", "الاسم الشخصي والعائلي") they ask for the whole name in the order they
say. Tables with separate surname and given-name columns in the other languages are read
whatever the column order too, and the French "Prénom et nom" is the whole name.

Once those labels are known, an Arabic titled name alone on its line ("2) السيدة مريم منت
أحمد سالم") heads its labelled lines as a Latin one does, so a later item's name labels are
its own; and task forces given as their wiki pages, one link to a line under a bare label,
are all read, in every language.
"""

from __future__ import annotations

from email.message import EmailMessage

import pytest

from parsers import ParsedEmail, ParseOptions, parse_email
from parsers.labels import classify_label
from parsers.names import split_person
from tests.parsers.mailmaker import catalog, make_mail

Person = tuple[str | None, str | None, str | None]


def parse(raw: bytes) -> ParsedEmail:
    return parse_email(raw, catalog=catalog(), options=ParseOptions())


def people(parsed: ParsedEmail) -> list[Person]:
    return [(n.title, n.last_name, n.first_name) for n in parsed.nominees]


LEAD = "بالإشارة إلى التعميم C. CWS 175 بشأن ترشيح أعضاء فرق العمل، "
SIGN = "\n\nوتفضلوا بقبول وافر الاحترام،\n\nهشام كمال\nمدير إدارة العلاقات الدولية\n"
API = "فرقة العمل المعنية بواجهات برمجة التطبيقات"


# -- "السيد" inside a name -------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # Mr, then the father's name "السيد", then the family name "عبد الحميد".
        (
            "يتشرف المكتب بترشيح السيد أحمد السيد عبد الحميد، أخصائي نظم المعلومات، "
            f"لعضوية {API}، واسم المستخدم الخاص به eg-aabdelhamid.",
            ("Mr", "عبد الحميد", "أحمد"),
        ),
        # A doctor: no Mr/Mrs.
        (
            "يتشرف المكتب بترشيح الدكتور أحمد السيد عبد الحميد، أخصائي نظم المعلومات، "
            f"لعضوية {API}، واسم المستخدم الخاص به eg-aabdelhamid.",
            (None, "عبد الحميد", "أحمد"),
        ),
        # The Gulf's slash after the title.
        (
            "يتشرف المكتب بترشيح السيد/ أحمد السيد عبد الحميد، أخصائي نظم المعلومات، "
            f"لعضوية {API}، واسم المستخدم الخاص به eg-aabdelhamid.",
            ("Mr", "عبد الحميد", "أحمد"),
        ),
        # "السيد" as the family name, last before the comma.
        (
            "يتشرف المكتب بترشيح السيد محمد السيد، أخصائي نظم المعلومات، "
            f"لعضوية {API}، واسم المستخدم الخاص به eg-melsayed.",
            ("Mr", "السيد", "محمد"),
        ),
    ],
)
def test_sayyid_inside_a_titled_name_is_a_name(sentence: str, expected: Person) -> None:
    parsed = parse(make_mail(LEAD + sentence + SIGN))
    assert people(parsed) == [expected]
    assert parsed.nominees[0].position == "أخصائي نظم المعلومات"
    assert parsed.nominees[0].task_forces == ("API Task Force",)


def test_sayyid_father_name_beside_a_second_person_joined_by_and() -> None:
    parsed = parse(
        make_mail(
            LEAD + "يتشرف المكتب بترشيح السيد أحمد السيد عبد الحميد والسيدة منى فؤاد الشريف "
            f"لعضوية {API}." + SIGN
        )
    )
    assert people(parsed) == [("Mr", "عبد الحميد", "أحمد"), ("Mrs", "الشريف", "منى")]


@pytest.mark.parametrize(
    "names",
    [
        "السيدة منى علي والسيد أحمد حسن",  # "والسيد" opens the next person
        "السيد أحمد علي، السيد محمد حسن،",  # so does a comma
        "كل من:\nالسيد أحمد علي\nالسيد محمد حسن\n",  # and a new line
    ],
)
def test_near_miss_a_title_after_and_a_comma_or_a_line_still_opens_a_person(names: str) -> None:
    parsed = parse(make_mail(LEAD + f"يتشرف المكتب بترشيح {names} لعضوية {API}." + SIGN))
    assert len(parsed.nominees) == 2
    # And "السيد" inside the first name stays a name beside them.
    both = parse(
        make_mail(
            LEAD + "يتشرف المكتب بترشيح السيد أحمد السيد علي، والسيد محمد حسن، "
            f"لعضوية {API}." + SIGN
        )
    )
    assert people(both) == [("Mr", "علي", "أحمد"), ("Mr", "حسن", "محمد")]


def test_sayyid_closing_an_untitled_name_is_the_family_name() -> None:
    # "محمد السيد" is Mohamed El-Sayed; only set off ("(السيد)", "، السيد") is it Mr.
    assert split_person("محمد السيد") == (None, "السيد", "محمد")
    assert split_person("محمد علي (السيد)") == ("Mr", "علي", "محمد")
    assert split_person("سارة أحمد السيدة") == ("Mrs", "أحمد", "سارة")
    parsed = parse(
        make_mail(
            LEAD + "يرشح المكتب:\n\n"
            "الاسم الكامل: محمد السيد\n"
            "الوظيفة: أخصائي نظم المعلومات\n"
            f"فرقة العمل: {API}\n"
            "اسم المستخدم: eg-melsayed\n" + SIGN
        )
    )
    assert people(parsed) == [(None, "السيد", "محمد")]


# -- the Maghreb's name labels -----------------------------------------------------------

MA_LEAD = "جواباً على مراسلتكم رقم C. CWS 175، يسرنا أن نوافيكم أسفله بمعطيات ممثلينا في فرق العمل:"
MA_SIGN = "وتفضلوا بقبول أصدق عبارات التقدير.\n\nكريمة التازي\nمصلحة التعاون الدولي"


def _html_table_mail(lead: str, rows: list[list[str]], tail: str, *, rtl: bool) -> bytes:
    """A Word table pasted into Outlook: the HTML table, and a text part with tabs."""
    side = ' dir="rtl"' if rtl else ""
    cells = "".join(
        "<tr>"
        + "".join(
            f'<td valign="top"><p class="MsoNormal"{side}>{c.replace(chr(10), "<br>")}</p></td>'
            for c in row
        )
        + "</tr>"
        for row in rows
    )
    html = (
        f'<html><body{side}><p class="MsoNormal"{side}>{lead}</p>'
        f'<table class="MsoTableGrid" border="1">{cells}</table>'
        f'<p class="MsoNormal"{side}>{tail.replace(chr(10), "<br>")}</p></body></html>'
    )
    plain = "\n".join(["", lead, "", *("\t".join(r) for r in rows), "", tail, ""])
    msg = EmailMessage()
    msg["From"] = "Office Contact <contact.person@office.example>"
    msg["To"] = "cws.mail@wipo.int"
    msg["Subject"] = "C. CWS 175"
    msg["Date"] = "Mon, 02 Oct 2023 09:30:00 +0000"
    msg.set_content(plain)
    msg.add_alternative(html, subtype="html")
    return msg.as_bytes()


def _ma_rows(family: str, given: str, *, family_first: bool) -> list[list[str]]:
    def row(title: str, last: str, first: str, *rest: str) -> list[str]:
        names = [last, first] if family_first else [first, last]
        return [title, *names, *rest]

    return [
        row("الصفة", family, given, "الوظيفة", "فريق العمل", "اسم المستخدم (حساب الويبو)"),
        row(
            "السيد", "العلمي", "يوسف", "رئيس مصلحة نظم المعلومات", "فريق العمل XML4IP", "ma-yalami"
        ),
        row(
            "السيدة",
            "بنكيران",
            "سناء",
            "إطار بقسم العلامات التجارية",
            "فريق العمل المعني بالوضع القانوني",
            "ma-sbenkirane",
        ),
    ]


MA_PEOPLE = [("Mr", "العلمي", "يوسف"), ("Mrs", "بنكيران", "سناء")]


@pytest.mark.parametrize("family_first", [True, False])
@pytest.mark.parametrize(
    ("family", "given"),
    [("الاسم العائلي", "الاسم الشخصي"), ("الإسم العائلي", "الإسم الشخصي"), ("النسب", "الاسم")],
)
def test_maghreb_family_and_given_name_columns_in_either_order(
    family: str, given: str, family_first: bool
) -> None:
    rows = _ma_rows(family, given, family_first=family_first)
    parsed = parse(_html_table_mail(MA_LEAD, rows, MA_SIGN, rtl=True))
    assert people(parsed) == MA_PEOPLE
    assert [n.position for n in parsed.nominees] == [
        "رئيس مصلحة نظم المعلومات",
        "إطار بقسم العلامات التجارية",
    ]


@pytest.mark.parametrize("bar", [False, True])
def test_maghreb_name_columns_in_a_plain_text_table(bar: bool) -> None:
    rows = _ma_rows("الاسم العائلي", "الاسم الشخصي", family_first=False)
    lines = [("| " + " | ".join(r) + " |") if bar else "\t".join(r) for r in rows]
    parsed = parse(make_mail(MA_LEAD + "\n\n" + "\n".join(lines) + "\n\n" + MA_SIGN + "\n"))
    assert people(parsed) == MA_PEOPLE


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("الاسم العائلي: العلمي", "الاسم الشخصي: يوسف"),
        ("الاسم الشخصي: يوسف", "الاسم العائلي: العلمي"),
        ("النسب: العلمي", "الاسم: يوسف"),
        ("الاسم: يوسف", "النسب: العلمي"),
    ],
)
def test_maghreb_name_labels_in_lines(first: str, second: str) -> None:
    body = (
        f"{MA_LEAD}\n\nالصفة: السيد\n{first}\n{second}\nالوظيفة: رئيس مصلحة نظم المعلومات\n"
        "فريق العمل: فريق العمل XML4IP\nاسم المستخدم: ma-yalami\n\n" + MA_SIGN + "\n"
    )
    assert people(parse(make_mail(body))) == [("Mr", "العلمي", "يوسف")]


@pytest.mark.parametrize(
    ("label", "value"),
    [
        ("الاسم والنسب", "يوسف العلمي"),
        ("النسب والاسم", "العلمي يوسف"),
        ("الاسم واللقب", "يوسف العلمي"),
        ("اللقب والاسم", "العلمي يوسف"),
        ("الاسم الشخصي والعائلي", "يوسف العلمي"),
        ("الاسم العائلي والشخصي", "العلمي يوسف"),
    ],
)
def test_maghreb_whole_name_labels_say_the_order(label: str, value: str) -> None:
    rows = [
        ["الصفة", label, "الوظيفة", "فريق العمل", "اسم المستخدم"],
        ["السيد", value, "رئيس مصلحة نظم المعلومات", "فريق العمل XML4IP", "ma-yalami"],
    ]
    parsed = parse(_html_table_mail(MA_LEAD, rows, MA_SIGN, rtl=True))
    assert people(parsed) == [("Mr", "العلمي", "يوسف")]


def test_near_miss_lineage_word_inside_other_words_names_no_field() -> None:
    # "بالنسبة" (as for) and "النسبة" (the share) hold "النسب" but are no name label;
    # "اللقب" alone is still the salutation, "الاسم" alone still the name.
    as_for = classify_label("بالنسبة لفرق العمل")
    assert as_for is None or as_for.field != "last_name"
    assert classify_label("النسبة") is None
    assert classify_label("اللقب").field == "title"  # type: ignore[union-attr]
    assert classify_label("الاسم").field == "person"  # type: ignore[union-attr]
    assert classify_label("الاسم العائلي").field == "last_name"  # type: ignore[union-attr]


# -- separate surname and given-name columns, either order, six languages ----------------

SIX = {
    "en": (
        "In reply to Circular C. CWS 175, our Office nominates:",
        ("Title", "Surname", "Given name", "Position", "Task Force", "Username"),
        ("Mr", "Walsh", "Peter", "Examiner", "API Task Force", "ie-pwalsh"),
        "Best regards,\nAnne Byrne",
    ),
    "fr": (
        "En réponse à la circulaire C. CWS 175, l'Office désigne :",
        ("Civilité", "Nom", "Prénom", "Fonction", "Équipe d'experts", "Nom d'utilisateur"),
        ("M.", "Lambert", "Pierre", "Examinateur", "Équipe d'experts chargée des API", "fr-pl"),
        "Cordialement,\nAnne Morel",
    ),
    "es": (
        "En respuesta a la circular C. CWS 175, designamos a:",
        ("Tratamiento", "Apellidos", "Nombre", "Cargo", "Equipo Técnico", "Usuario"),
        ("Sr.", "Gómez Ruiz", "Pedro", "Examinador", "Equipo Técnico sobre API", "es-pgomez"),
        "Atentamente,\nLuis Gil",
    ),
    "ru": (
        "В ответ на циркулярное письмо C. CWS 175 выдвигаем:",
        ("Обращение", "Фамилия", "Имя", "Должность", "Целевая группа", "Имя пользователя"),
        ("г-н", "Смирнов", "Пётр", "эксперт", "Целевая группа по API", "ru-psmirnov"),
        "С уважением,\nП. Петров",
    ),
    "zh": (
        "根据C. CWS 175号通函，我局推荐以下人员：",
        ("称谓", "姓", "名", "职务", "工作队", "用户名"),
        ("先生", "王", "伟", "审查员", "API工作队", "cn-wangwei"),
        "国家知识产权局",
    ),
    "ar": (
        MA_LEAD,
        ("الصفة", "الاسم العائلي", "الاسم الشخصي", "الوظيفة", "فريق العمل", "اسم المستخدم"),
        ("السيد", "العلمي", "يوسف", "رئيس مصلحة", "فريق العمل XML4IP", "ma-yalami"),
        MA_SIGN,
    ),
}


@pytest.mark.parametrize("surname_first", [True, False])
@pytest.mark.parametrize("language", sorted(SIX))
def test_surname_and_given_name_columns_in_either_order(language: str, surname_first: bool) -> None:
    lead, head, row, tail = SIX[language]
    order = [0, 1, 2, 3, 4, 5] if surname_first else [0, 2, 1, 3, 4, 5]
    rows = [[head[i] for i in order], [row[i] for i in order]]
    parsed = parse(_html_table_mail(lead, rows, tail, rtl=language == "ar"))
    assert people(parsed) == [("Mr", row[1], row[2])]


@pytest.mark.parametrize("label", ["Prénom et nom", "Prénom(s) et nom(s)", "Prénom, nom"])
def test_french_given_name_and_name_label_is_the_whole_name(label: str) -> None:
    assert classify_label(label).field == "full_name"  # type: ignore[union-attr]
    rows = [
        ["Civilité", label, "Fonction", "Équipe d'experts", "Nom d'utilisateur"],
        ["Mme", "Claire MOREAU", "Examinatrice", "Équipe d'experts chargée des API", "fr-cm"],
    ]
    lead = "En réponse à la circulaire C. CWS 175, l'Office désigne :"
    parsed = parse(_html_table_mail(lead, rows, "Cordialement,\nAnne Morel", rtl=False))
    assert people(parsed) == [("Mrs", "MOREAU", "Claire")]
    # Near miss: "Nom et prénom" still puts the name first.
    assert classify_label("Nom et prénom").surname_first  # type: ignore[union-attr]


# -- an Arabic titled name heading its labelled lines ---------------------------------


@pytest.mark.parametrize(
    ("family", "given"), [("الاسم العائلي", "الاسم الشخصي"), ("اسم العائلة", "الاسم الأول")]
)
def test_arabic_titled_heading_starts_the_next_nominee_of_labelled_lines(
    family: str, given: str
) -> None:
    # The first item gives no name label, the second does: its name labels are its own.
    body = (
        "ردا على التعميم C. CWS 175، نرشح لعضوية فرق العمل كلا من:\n\n"
        "1) السيد محمد الأمين ولد الشيخ (M. Mohamed Lemine OULD CHEIKH)\n"
        "- الوظيفة: رئيس مصلحة البراءات\n"
        "- اسم المستخدم في حساب الويبو: mr-mlouldcheikh\n"
        "- فرقة العمل: فرقة العمل المعنية بالوضع القانوني\n\n"
        "2) السيدة مريم منت أحمد سالم\n"
        f"- {family}: منت أحمد سالم\n"
        f"- {given}: مريم\n"
        "- الوظيفة: مهندسة إعلام آلي\n"
        "- اسم المستخدم في حساب الويبو: mr-mmintahmedsalem\n"
        f"- فرقة العمل: {API}\n\n"
        "وتقبلوا فائق التقدير والاحترام.\nسيدي محمد ولد اعل\n"
    )
    parsed = parse(make_mail(body))
    assert people(parsed) == [("Mr", "ولد الشيخ", "محمد الأمين"), ("Mrs", "منت أحمد سالم", "مريم")]
    assert [n.username for n in parsed.nominees] == ["mr-mlouldcheikh", "mr-mmintahmedsalem"]
    assert [n.position for n in parsed.nominees] == ["رئيس مصلحة البراءات", "مهندسة إعلام آلي"]


# -- task forces given as their wiki pages under a bare label ---------------------------

WIKI = "https://www3.wipo.int/confluence/display/cws/"
LINKED = {
    "en": (
        "In reply to C. CWS 175, we nominate:",
        "Mr John Smith",
        "Ms Mary Jones",
        "Position: Examiner",
        "Task forces:",
        "Best regards,\nAnne Byrne",
    ),
    "fr": (
        "En réponse à la circulaire C. CWS 175, nous désignons :",
        "M. Jean Dupont",
        "Mme Marie Durand",
        "Fonction : Examinateur",
        "Équipes d'experts :",
        "Cordialement,\nAnne Morel",
    ),
    "es": (
        "En respuesta a la circular C. CWS 175, designamos a:",
        "Sr. Juan Pérez",
        "Sra. María López",
        "Cargo: Examinador",
        "Equipos Técnicos:",
        "Atentamente,\nLuis Gil",
    ),
    "ru": (
        "В ответ на циркулярное письмо C. CWS 175 выдвигаем:",
        "г-н Иванов Пётр",
        "г-жа Смирнова Анна",
        "Должность: эксперт",
        "Целевые группы:",
        "С уважением,\nП. Петров",
    ),
    "zh": (
        "根据C. CWS 175号通函，我局推荐以下人员：",
        "王伟先生",
        "李娜女士",
        "职务：审查员",
        "工作队：",
        "国家知识产权局",
    ),
    "ar": (
        "بالإشارة إلى تعميمكم C. CWS 175، نرشح الموظفين التاليين:",
        "السيد/ راشد الكتبي",
        "السيدة/ موزة الظاهري",
        "المسمى الوظيفي: خبير",
        "فرق العمل:",
        "مع خالص التحيات،\nعائشة",
    ),
}


@pytest.mark.parametrize("language", sorted(LINKED))
def test_task_forces_as_wiki_links_under_a_bare_label(language: str) -> None:
    lead, first, second, post, label, sign = LINKED[language]
    body = (
        f"{lead}\n\n{first}\n{post}\n{label}\n{WIKI}API+Task+Force\n"
        f"{WIKI}Digital+Transformation+Task+Force\n\n{second}\n{post}\n{label}\n"
        f"{WIKI}Sequence+Listings+Task+Force\n{WIKI}Legal+Status+Task+Force\n\n{sign}\n"
    )
    parsed = parse(make_mail(body))
    assert [set(n.task_forces) for n in parsed.nominees] == [
        {"API Task Force", "Digital Transformation Task Force"},
        {"Sequence Listings Task Force", "Legal Status Task Force"},
    ]
