"""One person's own fields said to be the wrong way round above the sender's quoted mail
("I put my first and last names the wrong way round", "les champs nom et prénom ont été
inversés", "se invirtieron nombre y apellido", "имя и фамилия перепутаны местами", "姓和名填反
了", "تم عكس الاسم الأول واسم العائلة"): the quoted person with those two exchanged. Two people
who each changed their address ("both of us switched e-mail providers") exchange nothing.

Arabic written with or without its hamza ("أسم العائلة" / "اسم العائلة", "الإسم الأول",
"الاستاذ", "السيده") reads the same everywhere, and the values keep the writer's spelling.
"السيد الوزير", "معالي الوزير", "سعادة المدير العام" are posts, never a person's name."""

from __future__ import annotations

import pytest

from parsers import ParsedEmail, ParseOptions, parse_email
from tests.parsers.mailmaker import catalog, make_mail


def parse(body: str) -> ParsedEmail:
    return parse_email(make_mail(body), catalog=catalog(), options=ParseOptions())


def names(parsed: ParsedEmail) -> list[tuple[str | None, str | None]]:
    return [(n.last_name, n.first_name) for n in parsed.nominees]


def _quoted(text: str) -> str:
    """The sender's own mail of the day before, quoted below the reply."""
    return (
        "On Wed, Oct 11, 2023 at 4:22 PM Ana Ruiz <contact.person@office.example> wrote:\n\n"
        + "\n".join("> " + line for line in text.splitlines())
        + "\n"
    )


# Each nomination holds the person's given name under the family-name label and back.
_EN = _quoted(
    "Dear Sir or Madam,\n\nIn reply to Circular C. CWS 175, the Office nominates:\n\n"
    "Title: Ms\nLast name: Jane\nFirst name: Doe\nPosition: Patent Examiner\n"
    "Task Force: XML4IP Task Force\nWIPO Account username: xx-jdoe\n"
    "E-mail: j.doe@office.example\n\nBest regards,\nAna Ruiz"
)
_FR = _quoted(
    "Madame, Monsieur,\n\nEn réponse à la circulaire C. CWS 175, l'Office désigne :\n\n"
    "Civilité : M.\nNom : Pierre\nPrénom : Martin\nFonction : Examinateur\n"
    "Équipe d'experts : Équipe d'experts XML4IP\nNom d'utilisateur : xx-pmartin\n"
    "Courriel : p.martin@office.example\n\nCordialement,\nAna Ruiz"
)
_ES = _quoted(
    "Estimados señores:\n\nEn respuesta a la circular C. CWS 175, la Oficina designa:\n\n"
    "Tratamiento: Sra.\nApellido: Lucía\nNombre: Pérez\nCargo: Examinadora de Patentes\n"
    "Equipo Técnico: Equipo Técnico XML4IP\nUsuario: xx-lperez\n"
    "Correo: l.perez@office.example\n\nSaludos cordiales,\nAna Ruiz"
)
_RU = _quoted(
    "Уважаемые коллеги!\n\nВ ответ на циркуляр C. CWS 175 ведомство выдвигает:\n\n"
    "Обращение: г-н\nФамилия: Иван\nИмя: Петров\nДолжность: эксперт\n"
    "Целевая группа: Целевая группа по XML4IP\nЛогин: xx-ipetrov\n"
    "Почта: i.petrov@office.example\n\nС уважением,\nАна Руис"
)
_ZH = _quoted(
    "您好：\n\n根据C. CWS 175号通函，我局提名以下人员：\n\n姓：明\n名：李\n职务：审查员\n"
    "工作队：XML4IP工作队\n用户名：cn-liming\n邮箱：li.ming@office.example\n\n此致\n王芳"
)
_AR = _quoted(
    "السادة المحترمون،\n\nإشارة إلى التعميم C. CWS 175، نرسل إليكم بيانات ممثلنا:\n\n"
    "اللقب: السيد\nاسم العائلة: أحمد\nالاسم الأول: محمود\nالمنصب: فاحص أول\n"
    "فرقة العمل: فرقة العمل المعنية بمعيار XML4IP\nاسم المستخدم: eg-amahmoud\n"
    "البريد الإلكتروني: a.mahmoud@egypo.example\n\nمع التحية"
)


@pytest.mark.parametrize(
    ("reply", "quoted", "expected"),
    [
        (
            "Dear Secretariat,\n\nSorry, in my email below I put the first and last names "
            "the wrong way round.",
            _EN,
            ("Doe", "Jane", "xx-jdoe"),
        ),
        (
            "Madame, Monsieur,\n\nDans notre message ci-dessous, les champs nom et prénom ont "
            "été inversés.",
            _FR,
            ("Martin", "Pierre", "xx-pmartin"),
        ),
        (
            "Estimados señores:\n\nEn nuestro correo de ayer se invirtieron nombre y apellido "
            "de la designada. Les ruego corregirlo.",
            _ES,
            ("Pérez", "Lucía", "xx-lperez"),
        ),
        (
            "Уважаемые коллеги!\n\nВ нашем письме ниже имя и фамилия перепутаны местами.",
            _RU,
            ("Петров", "Иван", "xx-ipetrov"),
        ),
        ("您好：\n\n我们之前的邮件中姓和名填反了，请更正。", _ZH, ("李", "明", "cn-liming")),
        (
            "السادة الأمانة،\n\nنرجو الانتباه إلى أنه تم عكس الاسم الأول واسم العائلة في "
            "رسالتنا أدناه.",
            _AR,
            ("محمود", "أحمد", "eg-amahmoud"),
        ),
    ],
)
def test_one_persons_names_the_wrong_way_round(
    reply: str, quoted: str, expected: tuple[str, str, str]
) -> None:
    parsed = parse(reply + "\n\nAna Ruiz\n\n" + quoted)
    assert parsed.kind.value == "nomination"
    assert [(n.last_name, n.first_name, n.username) for n in parsed.nominees] == [expected]


_TWO = _quoted(
    "Dear Sir or Madam,\n\nIn reply to Circular C. CWS 175, the Office nominates:\n\n"
    "1. Ms Anna BROWN\n   Position: IT Officer\n   Task Force: XML4IP Task Force\n"
    "   WIPO Account username: xx-abrown\n   E-mail: a.brown@office.example\n\n"
    "2. Title: Mr\n   Last name: John\n   First name: Smith\n   Position: Examiner\n"
    "   Task Force: API Task Force\n   WIPO Account username: xx-jsmith\n"
    "   E-mail: j.smith@office.example\n\nBest regards,\nAna Ruiz"
)


def test_the_person_named_is_the_one_put_right() -> None:
    parsed = parse(
        "Dear Secretariat,\n\nI am afraid Mr Smith's first and last names were swapped in "
        "the list below.\n\nAna Ruiz\n\n" + _TWO
    )
    assert names(parsed) == [("BROWN", "Anna"), ("Smith", "John")]


@pytest.mark.parametrize(
    "reply",
    [
        # Of two people, which one is not said: nothing is guessed.
        "Dear Secretariat,\n\nSorry, the first and last names were swapped in the list below.",
        # The names are right; only the usernames changed places (between the two).
        "Dear Secretariat,\n\nThe first and last names below are right, but the usernames "
        "of our two nominees were swapped.",
    ],
)
def test_names_kept_when_no_one_persons_names_are_swapped(reply: str) -> None:
    parsed = parse(reply + "\n\nAna Ruiz\n\n" + _TWO)
    assert ("Smith", "John") not in names(parsed)
    assert ("BROWN", "Anna") in names(parsed) or not parsed.nominees


def test_a_written_order_is_no_swap() -> None:
    # "surname first" tells how a name is written, not that two fields changed places.
    parsed = parse(
        "Dear Secretariat,\n\nPlease note that in our list the names are written surname "
        "first.\n\nAna Ruiz\n\n" + _EN
    )
    assert ("Doe", "Jane") not in names(parsed)


# The Secretariat's acknowledgement of two people, quoted below the reply.
_ACK = """On Tue, Oct 17, 2023 at 4:20 PM CWS Secretariat <cws.mail@wipo.int> wrote:

> Dear Ms Doe,
>
> We acknowledge with thanks the nominations of the Office in reply to Circular C. CWS 175, \
which we have recorded as follows:
>
> 1. Mr John SMITH
>    Position: Head of Documentation
>    Task Force: API Task Force
>    WIPO Account username: xx-jsmith
>    E-mail: j.smith@office.example
>
> 2. Ms Anna BROWN
>    Position: IT Officer
>    Task Force: XML4IP Task Force
>    WIPO Account username: xx-abrown
>    E-mail: a.brown@office.example
>
> Best regards,
> CWS Secretariat
"""


@pytest.mark.parametrize(
    "reply",
    [
        "Dear Secretariat,\n\nBoth of us switched e-mail providers, new addresses below.\n\n"
        "Mr Smith: john.smith@mail.example\nMs Brown: anna.brown@mail.example",
        "Dear Secretariat,\n\nWe have both switched e-mail providers. Our new addresses are "
        "below.\n\njohn.smith@mail.example\nanna.brown@mail.example",
        "Madame, Monsieur,\n\nNous avons tous les deux changé de fournisseur de messagerie ; "
        "nos nouvelles adresses sont ci-dessous.\n\nM. Smith : john.smith@mail.example\n"
        "Mme Brown : anna.brown@mail.example",
        "Estimados señores:\n\nAmbos nos cambiamos a otro proveedor de correo; las nuevas "
        "direcciones van abajo.\n\nSr. Smith: john.smith@mail.example\n"
        "Sra. Brown: anna.brown@mail.example",
        "Уважаемые коллеги!\n\nМы оба поменяли почтовые ящики, новые адреса ниже.\n\n"
        "г-н Smith: john.smith@mail.example\nг-жа Brown: anna.brown@mail.example",
    ],
)
def test_both_changing_provider_exchange_nothing(reply: str) -> None:
    parsed = parse(reply + "\n\nJane Doe\n\n" + _ACK)
    emails = {n.last_name: n.account_email for n in parsed.nominees}
    # Each one's address, if any is read, is their own: never the other's.
    assert emails.get("SMITH") in (None, "j.smith@office.example", "john.smith@mail.example")
    assert emails.get("BROWN") in (None, "a.brown@office.example", "anna.brown@mail.example")


def test_a_real_exchange_of_addresses_still_holds() -> None:
    parsed = parse(
        "Dear Secretariat,\n\nThe e-mail addresses of our two nominees were switched in "
        "your list.\n\nJane Doe\n\n" + _ACK
    )
    emails = {n.last_name: n.account_email for n in parsed.nominees}
    assert emails == {"SMITH": "a.brown@office.example", "BROWN": "j.smith@office.example"}


_AR_LABELS = (
    "السادة المحترمون،\n\nإشارة إلى التعميم C. CWS 175، نرسل إليكم بيانات ممثلنا:\n\n"
    "اسم المكتب: المكتب المصري لبراءات الاختراع\n"
    "فرقة العمل: فرقة العمل المعنية بتوحيد الأسماء\n"
    "{title_label}: {title}\n{last_label}: آل محمود\n{first_label}: أحمد\n"
    "{post_label}: مدير ادارة الفحص\nاسم المستخدم: eg-amahmoud\n"
    "البريد الإلكتروني: a.mahmoud@egypo.example\n\nمع التحية\n"
)
_AR_DEFAULT = {
    "title_label": "اللقب",
    "title": "السيد",
    "last_label": "اسم العائلة",
    "first_label": "الاسم الأول",
    "post_label": "المنصب",
}


@pytest.mark.parametrize(
    "changed",
    [
        {"last_label": "أسم العائلة"},
        {"last_label": "إسم العائلة"},
        {"first_label": "الإسم الأول"},
        {"first_label": "الإسم الاول"},
        {"first_label": "الاسم الاول"},
        {"post_label": "الوظيفه"},
        {"title": "السيده"},
    ],
)
def test_arabic_labels_with_or_without_hamza(changed: dict[str, str]) -> None:
    parsed = parse(_AR_LABELS.format(**(_AR_DEFAULT | changed)))
    [nominee] = parsed.nominees
    # The values as written: "آل" and "ادارة" keep their spelling.
    assert (nominee.last_name, nominee.first_name, nominee.position) == (
        "آل محمود",
        "أحمد",
        "مدير ادارة الفحص",
    )
    assert nominee.title == ("Mrs" if changed.get("title") == "السيده" else "Mr")
    assert nominee.task_forces == ("Name Standardization Task Force",)


_AR_PROSE = (
    "السادة الأفاضل،\n\nردا على التعميم C. CWS 175، يسر مكتب براءات {ikh} المصري أن يرشح "
    "{title} أحمد محمود، {post}، لعضوية فرقة العمل المعنية بتوحيد {names}. اسم المستخدم: "
    "eg-amahmoud\n\nوتفضلوا بقبول فائق الاحترام.\n"
)


@pytest.mark.parametrize(
    ("title", "post", "ikh", "names_word", "expected_title"),
    [
        ("الاستاذ", "مدير ادارة الفحص", "الاختراع", "الاسماء", None),
        ("السيده", "مديره ادارة الفحص", "الإختراع", "الأسماء", "Mrs"),
        ("الاستاذه", "رئيسة قسم الاجراءات", "الاختراع", "الاسماء", None),
        ("الأستاذ", "مدير إدارة الفحص", "الإختراع", "الأسماء", None),
    ],
)
def test_arabic_prose_with_or_without_hamza(
    title: str, post: str, ikh: str, names_word: str, expected_title: str | None
) -> None:
    parsed = parse(_AR_PROSE.format(title=title, post=post, ikh=ikh, names=names_word))
    assert parsed.kind.value == "nomination"
    [nominee] = parsed.nominees
    assert (nominee.title, nominee.last_name, nominee.first_name, nominee.position) == (
        expected_title,
        "محمود",
        "أحمد",
        post,
    )
    assert nominee.task_forces == ("Name Standardization Task Force",)
    assert parsed.office is not None
    assert ikh in parsed.office


@pytest.mark.parametrize(
    "body",
    [
        "السادة الأمانة،\n\nبناء على موافقة السيد الوزير، يرشح المكتب السيد أحمد محمود لعضوية "
        "فرقة العمل المعنية بتوحيد الأسماء.\n\nمع التحية\n",
        "السادة الأمانة،\n\nوافق السيد الوزير على ترشيح السيد أحمد محمود لعضوية فرقة العمل "
        "المعنية بتوحيد الأسماء.\n\nالسيد الوزير\n",
        "السادة الأمانة،\n\nوافق السيد المدير العام على ترشيح السيد أحمد محمود لعضوية فرقة العمل "
        "المعنية بتوحيد الأسماء.\n\nمع التحية\n",
        "السادة الأمانة،\n\nبتوجيه من سعادة المدير العام، نرشح السيد أحمد محمود لعضوية فرقة العمل "
        "المعنية بتوحيد الأسماء.\n\nمع التحية\n",
        "معالي الوزير المحترم،\n\nيسر المكتب أن يرشح السيد أحمد محمود لعضوية فرقة العمل المعنية "
        "بتوحيد الأسماء.\n\nمع التحية\n",
        "السادة الأمانة،\n\nيسر المكتب أن يرشح السيد أحمد محمود لعضوية فرقة العمل المعنية بتوحيد "
        "الأسماء.\n\nوتفضلوا بقبول فائق الاحترام،\nالسيد الوزير\nوزير الصناعة والتجارة\n",
    ],
)
def test_a_minister_or_director_general_is_no_nominee(body: str) -> None:
    assert names(parse(body)) == [("محمود", "أحمد")]


def test_the_minister_alone_names_nobody() -> None:
    parsed = parse(
        "السادة الأمانة،\n\nيرشح المكتب السيد الوزير لعضوية فرقة العمل المعنية بتوحيد الأسماء."
        "\n\nمع التحية\n"
    )
    assert all(n.last_name != "الوزير" and n.first_name != "الوزير" for n in parsed.nominees)


@pytest.mark.parametrize(
    ("body", "post"),
    [
        (
            "السادة الأمانة،\n\nيسر المكتب أن يرشح ما يلي:\n\nالاسم: أحمد محمود\nالمنصب: الوزير "
            "المفوض\nفرقة العمل: فرقة العمل المعنية بتوحيد الأسماء\n\nمع التحية\n",
            "الوزير المفوض",
        ),
        (
            "السادة الأمانة،\n\nيسر المكتب أن يرشح السيد أحمد محمود الوزير المفوض بالسفارة لعضوية "
            "فرقة العمل المعنية بتوحيد الأسماء.\n\nمع التحية\n",
            None,
        ),
    ],
)
def test_a_nominees_post_of_minister_is_a_post(body: str, post: str | None) -> None:
    [nominee] = parse(body).nominees
    assert (nominee.last_name, nominee.first_name) == ("محمود", "أحمد")
    if post is not None:
        assert nominee.position == post
