"""A value put right above the writer's own earlier nomination, quoted whole.

- The right and the wrong value set off by quotation marks ("est « mc-cmartin » et non
  « mo-cmartin »", 'is “nz-jroe” and not “nl-jroe”', "应为“cn-x”，而不是“ch-x”") are a
  correction like the bare ones: the quoted nomination, all its people, with the value
  put right (a wrong ST.3 prefix gives two usernames of different codes, so only the
  wording tells which is which).
- An attribution line the mail client wrapped onto a second line ("El lun, 16 oct 2023 a
  las 11:20, Name (<a@x>)\\nescribió:", "пн, 16 окт. 2023 г. в 11:20, Name\\n<a@x>:",
  "Name <a@x>\\n于2023年10月16日周一 11:20写道：", "On 02/10/2023 10:00, Name (Office of\\nTestland)
  wrote:") still opens the quoted mail: its nominees are read with the correction, its
  signature gives the office.
- A task force's name alone on a line, standing apart over a titled name ("Equipo Técnico
  XML4IP" over "Sr. Martín Techera"), heads the people under it like "[XML4IP Task Force]".

Near misses keep their reading: a line opening "On ..." with a date over one ending
"wrote:" with no quoted lines below is one's own text; a task force's name ending a
person's block, with no blank line above it, stays that person's.
"""

from __future__ import annotations

import pytest

from parsers import ParsedEmail, ParseOptions, parse_email
from parsers.corrections import find_corrections
from tests.parsers.mailmaker import catalog, make_mail

SENDER = "Dana Keller <d.keller@office.example>"


def parse(body: str) -> ParsedEmail:
    return parse_email(make_mail(body, sender=SENDER), catalog=catalog(), options=ParseOptions())


def people(parsed: ParsedEmail) -> list[tuple[object, ...]]:
    return [(n.last_name, n.username, tuple(sorted(n.task_forces))) for n in parsed.nominees]


def quoted(text: str) -> str:
    return "\n".join(f"> {line}" if line else ">" for line in text.split("\n"))


# Each language: the quoted nomination of two people (the first one's username to be put
# right), its office as signed, and the two as read.
_NOMINATIONS = {
    "en": (
        "Further to circular C. CWS 175, we nominate:\n\n"
        "Name: Ms Jane Roe\nPosition: Examiner\nUsername: {old}\n"
        "Task Force: API Task Force\n\n"
        "Name: Mr John Smith\nPosition: Head of IT\nUsername: {code}-jsmith\n"
        "Task Force: XML4IP Task Force\n\nBest regards,\n\n--\nDana Keller\n"
        "International Affairs\nNational Patent Office of Testland\n",
        [("Roe", "{new}", ("API Task Force",)), ("Smith", "{code}-jsmith", ("XML4IP Task Force",))],
    ),
    "fr": (
        "En réponse à la circulaire C. CWS 175, nous désignons :\n\n"
        "Nom, prénom : MARTIN Claire (Mme)\nFonction : Examinatrice\n"
        "Nom d'utilisateur : {old}\nÉquipe d'experts : équipe d'experts XML4IP\n\n"
        "Nom, prénom : DURAND Paul (M.)\nFonction : Chef de service\n"
        "Nom d'utilisateur : {code}-pdurand\nÉquipe d'experts : Équipe d'experts chargée des API"
        "\n\nCordialement,\n\n--\nDana Keller\nDivision des affaires internationales\n"
        "Office national de la propriété industrielle\n",
        [
            ("MARTIN", "{new}", ("XML4IP Task Force",)),
            ("DURAND", "{code}-pdurand", ("API Task Force",)),
        ],
    ),
    "es": (
        "En respuesta a la circular C. CWS 175, designamos a:\n\n"
        "Nombre: Sra. Ana Ruiz Pérez\nCargo: Examinadora\nUsuario: {old}\n"
        "Equipo Técnico: Equipo Técnico XML4IP\n\n"
        "Nombre: Sr. Luis Gómez Soto\nCargo: Jefe de Informática\nUsuario: {code}-lgomez\n"
        "Equipo Técnico: Equipo Técnico sobre API\n\nSaludos cordiales,\n\n--\n"
        "Dana Keller\nRelaciones Internacionales\nOficina Nacional de Propiedad Industrial\n",
        [
            ("Ruiz Pérez", "{new}", ("XML4IP Task Force",)),
            ("Gómez Soto", "{code}-lgomez", ("API Task Force",)),
        ],
    ),
    "ru": (
        "В ответ на циркулярное письмо C. CWS 175 выдвигаем:\n\n"
        "ФИО: Иванова Анна Сергеевна\nДолжность: главный эксперт\n"
        "Имя пользователя: {old}\nЦелевая группа: Целевая группа по XML4IP\n\n"
        "ФИО: Петров Олег Иванович\nДолжность: начальник отдела\n"
        "Имя пользователя: {code}-opetrov\nЦелевая группа: Целевая группа по API\n\n"
        "С уважением,\n\n--\nDana Keller\nОтдел международного сотрудничества\n"
        "Национальный институт интеллектуальной собственности\n",
        [
            ("Иванова", "{new}", ("XML4IP Task Force",)),
            ("Петров", "{code}-opetrov", ("API Task Force",)),
        ],
    ),
    "zh": (
        "根据C. CWS 175号通函，现推荐以下人员：\n\n"
        "姓名：王芳（女士）\n职务：审查员\n用户名：{old}\n工作队：XML4IP工作队\n\n"
        "姓名：李明（先生）\n职务：处长\n用户名：{code}-liming\n工作队：API工作队\n\n"
        "此致\n\n--\nDana Keller\n国际合作司\n国家知识产权局\n",
        [("王", "{new}", ("XML4IP Task Force",)), ("李", "{code}-liming", ("API Task Force",))],
    ),
    "ar": (
        "بالإشارة إلى التعميم C. CWS 175، نرشح:\n\n"
        "الاسم: السيدة ليلى حداد\nالوظيفة: فاحصة\nاسم المستخدم: {old}\n"
        "فرقة العمل: فرقة العمل المعنية بمعيار XML4IP\n\n"
        "الاسم: السيد كريم منصور\nالوظيفة: رئيس قسم\nاسم المستخدم: {code}-kmansour\n"
        "فرقة العمل: فرقة العمل المعنية بواجهات برمجة التطبيقات\n\n"
        "مع التحية،\n\n--\nDana Keller\nإدارة التعاون الدولي\n"
        "المكتب الوطني للملكية الصناعية\n",
        [
            ("حداد", "{new}", ("XML4IP Task Force",)),
            ("منصور", "{code}-kmansour", ("API Task Force",)),
        ],
    ),
}
_OFFICES = {
    "en": "National Patent Office of Testland",
    "fr": "Office national de la propriété industrielle",
    "es": "Oficina Nacional de Propiedad Industrial",
    "ru": "Национальный институт интеллектуальной собственности",
    "zh": "国家知识产权局",
    "ar": "المكتب الوطني للملكية الصناعية",
}


def _expected(lang: str, code: str, new: str) -> list[tuple[object, ...]]:
    return [
        (last, user.format(code=code, new=new), tfs) for last, user, tfs in _NOMINATIONS[lang][1]
    ]


# --- values in quotation marks: a wrong ST.3 prefix put right -------------------------------

# Language: (right code, wrong code, the new text with {new} and {old}, the attribution).
_PREFIX_FIXES = {
    "en": (
        "nz",
        "nl",
        "Dear colleagues,\n\nIn our mail below, Ms Jane Roe's username is “{new}” and not "
        "“{old}”, our ST.3 code being NZ. The other details are unchanged.\n\nDana Keller",
        "On Mon, 2 Oct 2023 at 10:00, Dana Keller <d.keller@office.example> wrote:",
    ),
    "fr": (
        "mc",
        "mo",
        "Madame, Monsieur,\n\nUne erreur s'est glissée dans notre message ci-dessous : le nom "
        "d'utilisateur de Mme Claire MARTIN est « {new} » et non « {old} ». Les autres "
        "informations sont inchangées.\n\nDana Keller",
        "Le lun. 2 oct. 2023 à 10:00, Dana Keller <d.keller@office.example> a écrit :",
    ),
    "es": (
        "uy",
        "uz",
        "Estimados:\n\nEn nuestro correo de abajo, el usuario de la Sra. Ana Ruiz Pérez es «{new}», y no "
        "«{old}». Los demás datos son correctos.\n\nDana Keller",
        "El lun, 2 oct 2023 a las 10:00, Dana Keller (<d.keller@office.example>) escribió:",
    ),
    "ru": (
        "kz",
        "kg",
        "Уважаемые коллеги!\n\nВ нашем письме ниже имя пользователя Ивановой Анны Сергеевны — «{new}», "
        "а не «{old}». Остальные данные без изменений.\n\nDana Keller",
        "пн, 2 окт. 2023 г. в 10:00, Dana Keller <d.keller@office.example>:",
    ),
    "zh": (
        "cn",
        "ch",
        "您好！\n\n我们下面邮件中王芳女士的用户名是「{new}」，不是「{old}」。其他信息不变。"
        "\n\nDana Keller",
        "Dana Keller <d.keller@office.example> 于2023年10月2日周一 10:00写道：",
    ),
    "ar": (
        "ma",
        "mg",
        "تحية طيبة،\n\nفي رسالتنا أدناه، اسم المستخدم للسيدة ليلى حداد هو «{new}» وليس «{old}». "
        "وباقي البيانات دون تغيير.\n\nDana Keller",
        "في الاثنين، 2 أكتوبر 2023 في 10:00 ص، Dana Keller <d.keller@office.example> كتب:",
    ),
}
_NEW_USERS = {
    "en": "{code}-jroe",
    "fr": "{code}-cmartin",
    "es": "{code}-aruiz",
    "ru": "{code}-aivanova",
    "zh": "{code}-wangfang",
    "ar": "{code}-lhaddad",
}


@pytest.mark.parametrize("lang", sorted(_PREFIX_FIXES))
def test_values_in_quotation_marks_are_a_correction(lang: str) -> None:
    code, wrong, text, _attribution = _PREFIX_FIXES[lang]
    new, old = _NEW_USERS[lang].format(code=code), _NEW_USERS[lang].format(code=wrong)
    assert [(f.old, f.new) for f in find_corrections(text.format(new=new, old=old))] == [(old, new)]


@pytest.mark.parametrize("lang", sorted(_PREFIX_FIXES))
def test_quoted_values_correct_the_whole_quoted_nomination(lang: str) -> None:
    code, wrong, text, attribution = _PREFIX_FIXES[lang]
    new, old = _NEW_USERS[lang].format(code=code), _NEW_USERS[lang].format(code=wrong)
    nomination = _NOMINATIONS[lang][0].format(old=old, code=code)
    body = f"{text.format(new=new, old=old)}\n\n{attribution}\n\n{quoted(nomination)}\n"
    parsed = parse(body)
    assert parsed.kind == "nomination"
    assert people(parsed) == _expected(lang, code, new)
    assert parsed.office == _OFFICES[lang]


# --- an attribution wrapped onto two lines ---------------------------------------------------

# Language: (the correction, the attribution as the client wrapped it).
_WRAPPED = {
    "en": (
        "Dear colleagues,\n\nA typo in my mail below: Ms Roe's username is {new}, not {old}.\n"
        "The rest is unchanged.\n\nRegards,\nDana",
        "On 02/10/2023 10:00, Dana Keller (National Patent Office of\nTestland) wrote:",
    ),
    "fr": (
        "Bonjour,\n\nPetite correction : le nom d'utilisateur de Mme MARTIN est {new} et non "
        "{old}.\nLe reste est inchangé.\n\nCordialement,\nDana",
        "Le 02/10/2023 à 10:00, Dana Keller (Office national de la\npropriété industrielle) a "
        "écrit :",
    ),
    "es": (
        "Estimados:\n\nLes escribo para corregir un error de tipeo: el usuario de la Sra. Ruiz "
        "es {new}, y no {old}.\nLos demás datos son correctos.\n\nSaludos,\nDana",
        "El lun, 2 oct 2023 a las 10:00, Dana Keller (<d.keller@office.example>)\nescribió:",
    ),
    "ru": (
        "Коллеги,\n\nв письме ниже опечатка: следует читать {new} вместо {old}.\n"
        "Остальное без изменений.\n\nС уважением,\nDana",
        "пн, 2 окт. 2023 г. в 10:00, Dana Keller\n<d.keller@office.example>:",
    ),
    "zh": (
        "您好！\n\n我昨天邮件中王芳女士的用户名有误：应为{new}，而不是{old}。其他信息不变。\n\n谢谢！",
        "Dana Keller <d.keller@office.example>\n于2023年10月2日周一 10:00写道：",
    ),
    "ar": (
        "تحية طيبة،\n\nتصحيح لرسالتنا أدناه: اسم المستخدم للسيدة حداد هو {new} وليس {old}.\n"
        "وباقي البيانات دون تغيير.\n\nمع التحية",
        "في الاثنين، 2 أكتوبر 2023 في 10:00 ص، Dana Keller <d.keller@office.example>\nكتب:",
    ),
}


@pytest.mark.parametrize("lang", sorted(_WRAPPED))
def test_wrapped_attribution_opens_the_quoted_nomination(lang: str) -> None:
    text, attribution = _WRAPPED[lang]
    code = _PREFIX_FIXES[lang][0]
    new = _NEW_USERS[lang].format(code=code)
    old = new[:-2] + new[-1] + new[-2]  # two letters swapped
    nomination = _NOMINATIONS[lang][0].format(old=old, code=code)
    body = f"{text.format(new=new, old=old)}\n\n{attribution}\n\n{quoted(nomination)}\n"
    parsed = parse(body)
    assert people(parsed) == _expected(lang, code, new)
    assert parsed.office == _OFFICES[lang]


def test_two_own_lines_like_a_wrapped_attribution_without_a_quote_are_own_text() -> None:
    body = (
        "On 2 October 2023 the Director General of the Office\nwrote:\n\n"
        "Name: Ms Jane Roe\nPosition: Examiner\nUsername: nz-jroe\n"
        "Task Force: API Task Force\n\nBest regards,\nDana Keller\n"
    )
    parsed = parse(body)
    assert people(parsed) == [("Roe", "nz-jroe", ("API Task Force",))]


# --- a task force's name alone over the people it sends ---------------------------------------

_HEADED = {
    "en": ("XML4IP Task Force", "API Task Force", "Ms Jane Roe", "Mr John Smith", "Roe", "Smith"),
    "fr": (
        "Équipe d'experts XML4IP",
        "Équipe d'experts chargée des API",
        "Mme Claire MARTIN",
        "M. Paul DURAND",
        "MARTIN",
        "DURAND",
    ),
    "es": (
        "Equipo Técnico XML4IP",
        "Equipo Técnico SEQL (listas de secuencias)",
        "Sr. Martín Techera Olivera",
        "Sra. Sofía Silveira Bentancor",
        "Techera Olivera",
        "Silveira Bentancor",
    ),
    "ru": (
        "Целевая группа по XML4IP",
        "Целевая группа по API",
        "г-жа Иванова Анна Сергеевна",
        "г-н Петров Олег Иванович",
        "Иванова",
        "Петров",
    ),
}


@pytest.mark.parametrize("lang", sorted(_HEADED))
def test_bare_task_force_line_heads_the_people_under_it(lang: str) -> None:
    first_tf, second_tf, first, second, first_last, second_last = _HEADED[lang]
    body = (
        "C. CWS 175\n\n"
        f"{first_tf}\n{first}\nExpert\nUsername: xx-aaaa\nE-mail: a1@office.example\n\n"
        f"{second_tf}\n{second}\nExpert\nUsername: xx-bbbb\nE-mail: b2@office.example\n\n"
        "Dana Keller\n"
    )
    parsed = parse(body)
    read = [(n.last_name, tuple(n.task_forces)) for n in parsed.nominees]
    second_name = "Sequence Listings Task Force" if lang == "es" else "API Task Force"
    assert read == [(first_last, ("XML4IP Task Force",)), (second_last, (second_name,))]


def test_task_force_line_ending_a_block_is_not_a_heading() -> None:
    body = (
        "C. CWS 175\n\n"
        "Name: Ms Jane Roe\nPosition: Expert\nUsername: xx-aaaa\nTask Force:\n"
        "API Task Force\nMr John Smith\nPosition: Expert\nUsername: xx-bbbb\n"
        "Task Force: XML4IP Task Force\n\nDana Keller\n"
    )
    parsed = parse(body)
    read = [(n.last_name, tuple(n.task_forces)) for n in parsed.nominees]
    assert read == [("Roe", ("API Task Force",)), ("Smith", ("XML4IP Task Force",))]
