"""People and their names, round 15: an academic degree closing a full name ("Токтогулов
Нурбек Асанович, к.т.н.", "Jane DOE, Ph.D.", "张伟，博士", "أحمد علي، دكتوراه") is no part of
the name nor of the post after it, in a table whose person cells span a row per task force
as in labelled lines and prose."""

from __future__ import annotations

from email.message import EmailMessage

import pytest

from parsers import ParsedEmail, parse_email
from parsers.degrees import degree_after_name, without_degree
from parsers.names import split_person
from parsers.phrases import has_nominate_verb
from tests.parsers.mailmaker import catalog, make_mail


def _parse(raw: bytes) -> ParsedEmail:
    return parse_email(raw, catalog=catalog())


def _html_mail(html: str, *, subject: str = "C. CWS 175") -> bytes:
    msg = EmailMessage()
    msg["From"] = "Office Contact <contact.person@office.example>"
    msg["To"] = "cws.mail@wipo.int"
    msg["Subject"] = subject
    msg["Message-ID"] = "<test-people@office.example>"
    msg.set_content(html, subtype="html")
    return msg.as_bytes()


def _names(parsed: ParsedEmail) -> list[tuple[str | None, str | None]]:
    return [(n.last_name, n.first_name) for n in parsed.nominees]


# ------------------------------------------------------------------ degrees after a name


@pytest.mark.parametrize(
    ("written", "last", "first"),
    [
        ("Токтогулов Нурбек Асанович, к.т.н.", "Токтогулов", "Нурбек Асанович"),
        ("Петрова Анна Сергеевна (д.ю.н.)", "Петрова", "Анна Сергеевна"),
        ("Петров П.П., канд. техн. наук", "Петров", "П.П."),
        ("Jane DOE, Ph.D.", "DOE", "Jane"),
        ("Jane DOE PhD", "DOE", "Jane"),
        ("Smith, Jane, PhD", "Smith", "Jane"),
        ("Ana GARCÍA LÓPEZ, MBA", "GARCÍA LÓPEZ", "Ana"),
        ("张伟，博士", "张", "伟"),
    ],
)
def test_a_degree_closing_a_name_is_no_part_of_it(written: str, last: str, first: str) -> None:
    person = split_person(written)
    assert (person.last_name, person.first_name) == (last, first)


@pytest.mark.parametrize(
    "written",
    [
        "Smith, Jane",  # the comma parts surname and given name
        "MA Li",  # a Chinese surname, not a master's degree
        "Mba Ondo, Pedro",  # a surname
        "Доктор Иван",  # a word of a name
    ],
)
def test_names_like_degrees_are_kept(written: str) -> None:
    assert without_degree(written) == written


def test_the_degree_ahead_of_a_post_is_skipped() -> None:
    assert degree_after_name(", PhD, Senior Examiner") == len(", PhD")
    assert degree_after_name(" (к.т.н.), главный специалист") == len(" (к.т.н.)")
    assert degree_after_name(", Senior Examiner") == 0


_TD = 'style="border:1px solid #000"'


def _row(cells: list[tuple[str, int]]) -> str:
    return (
        "<tr>"
        + "".join(
            f"<td{f' rowspan={span}' if span > 1 else ''} {_TD}>{text}</td>" for text, span in cells
        )
        + "</tr>"
    )


_HEAD = {
    "ru": ("№", "Ф.И.О.", "Должность", "Целевая группа", "Логин WIPO Account", "E-mail"),
    "en": ("No.", "Full name", "Position", "Task Force", "WIPO Account username", "E-mail"),
}
_ROWS = {
    "ru": (
        (
            "Осмонова Айгуль Бакытбековна",
            "заведующая отделом экспертизы",
            ("Целевая группа по SEQL (ST.26)", "Целевая группа по ST.37"),
            "kg-aosmonova",
            "a.osmonova@office.example",
        ),
        (
            "Токтогулов Нурбек Асанович, к.т.н.",
            "главный специалист",
            ("Целевая группа по XML4IP",),
            "kg-ntoktogulov",
            "n.toktogulov@office.example",
        ),
    ),
    "en": (
        (
            "Aigul OSMONOVA",
            "Head of Examination",
            ("Sequence Listings Task Force", "Authority File Task Force"),
            "xx-aosmonova",
            "a.osmonova@office.example",
        ),
        (
            "Nurbek TOKTOGULOV, Ph.D.",
            "Chief Specialist",
            ("XML4IP Task Force",),
            "xx-ntoktogulov",
            "n.toktogulov@office.example",
        ),
    ),
}
_LEAD = {
    "ru": "<p>В ответ на циркулярное письмо C. CWS 175 сообщаем сведения о представителях:</p>",
    "en": "<p>In reply to circular C. CWS 175, please find our representatives:</p>",
}


def _rowspan_table(lang: str) -> str:
    rows = ["<tr>" + "".join(f"<th {_TD}>{h}</th>" for h in _HEAD[lang]) + "</tr>"]
    for n, (name, post, groups, login, mail) in enumerate(_ROWS[lang], start=1):
        span = len(groups)
        rows.append(
            _row(
                [
                    (str(n), span),
                    (name, span),
                    (post, span),
                    (groups[0], 1),
                    (login, span),
                    (f'<a href="mailto:{mail}">{mail}</a>', span),
                ]
            )
        )
        rows.extend(_row([(g, 1)]) for g in groups[1:])
    return (
        f"<html><body>{_LEAD[lang]}<table border=1><tbody>{''.join(rows)}</tbody></table>"
        "<p>Best regards,</p><p>Office Contact</p></body></html>"
    )


@pytest.mark.parametrize("lang", ["ru", "en"])
def test_rowspan_person_cells_with_a_degree(lang: str) -> None:
    parsed = _parse(_html_mail(_rowspan_table(lang)))
    expected = {
        "ru": [("Осмонова", "Айгуль Бакытбековна"), ("Токтогулов", "Нурбек Асанович")],
        "en": [("OSMONOVA", "Aigul"), ("TOKTOGULOV", "Nurbek")],
    }[lang]
    assert _names(parsed) == expected
    first, second = parsed.nominees
    assert len(first.task_forces) == 2  # the spanned rows each add a task force
    assert first.account_email == "a.osmonova@office.example"
    assert second.username is not None
    assert second.account_email == "n.toktogulov@office.example"
    assert second.position in ("главный специалист", "Chief Specialist")


_LINES = {
    "ru": (
        "В ответ на циркулярное письмо C. CWS 175 сообщаем:\n\n"
        "Ф.И.О.: Токтогулов Нурбек Асанович, д.т.н.\nДолжность: главный специалист\n"
        "Целевая группа: XML4IP\nЛогин: kg-ntoktogulov\nE-mail: n.t@office.example\n\n"
        "С уважением,\nИванова Анна\n",
        ("Токтогулов", "Нурбек Асанович"),
    ),
    "en": (
        "In reply to circular C. CWS 175:\n\nName: Jane DOE, Ph.D.\nPosition: Senior Examiner\n"
        "Task Force: XML4IP Task Force\nUsername: us-jdoe\nE-mail: jane.doe@office.example\n\n"
        "Best regards,\nJohn Roe\n",
        ("DOE", "Jane"),
    ),
    "es": (
        "En respuesta a la circular C. CWS 175:\n\nNombre: Sra. Ana GARCÍA LÓPEZ, PhD\n"
        "Cargo: Examinadora\nEquipo Técnico: XML4IP\nUsuario: es-agarcia\n"
        "Correo: ana.garcia@office.example\n\nAtentamente,\nJuan Roe\n",
        ("GARCÍA LÓPEZ", "Ana"),
    ),
    "zh": (
        "关于C. CWS 175号通函，现提名：\n\n姓名：张伟，博士\n职务：审查员\n工作队：XML4IP工作队\n"
        "用户名：cn-zhangwei\n电子邮件：zhang.wei@office.example\n\n此致\n李明\n",
        ("张", "伟"),
    ),
    "ar": (
        "ردا على التعميم C. CWS 175 نرشح:\n\nالاسم: أحمد علي، دكتوراه\nالوظيفة: فاحص براءات\n"
        "فرقة العمل: فرقة العمل المعنية بلغة XML4IP\nاسم المستخدم: eg-aali\n"
        "البريد الإلكتروني: ahmed.ali@office.example\n\nمع التحية\nمحمد\n",
        ("علي", "أحمد"),
    ),
}


@pytest.mark.parametrize("lang", sorted(_LINES))
def test_labelled_name_with_a_degree(lang: str) -> None:
    body, name = _LINES[lang]
    parsed = _parse(make_mail(body))
    assert _names(parsed) == [name]


_PROSE = {
    "ru": (
        "В ответ на циркулярное письмо C. CWS 175 сообщаем, что представителем Роспатента в "
        "Целевой группе по XML4IP назначен Токтогулов Нурбек Асанович, к.т.н., главный "
        "специалист отдела информационных технологий. Имя пользователя: kg-ntoktogulov, "
        "адрес: n.t@office.example.\n\nС уважением,\nИванова Анна\n",
        ("Токтогулов", "Нурбек Асанович"),
        "главный специалист отдела информационных технологий",
    ),
    "en": (
        "In reply to circular C. CWS 175, the Office nominates Dr. Jane Doe, PhD, Senior "
        "Examiner, to the XML4IP Task Force. Her WIPO Account username is us-jdoe and her "
        "e-mail is jane.doe@office.example.\n\nBest regards,\nJohn Roe\n",
        ("Doe", "Jane"),
        "Senior Examiner",
    ),
}


@pytest.mark.parametrize("lang", sorted(_PROSE))
def test_prose_degree_is_neither_name_nor_post(lang: str) -> None:
    body, name, post = _PROSE[lang]
    parsed = _parse(make_mail(body))
    assert _names(parsed) == [name]
    assert parsed.nominees[0].position == post


def test_a_post_after_the_name_is_kept_whole() -> None:
    parsed = _parse(
        make_mail(
            "In reply to circular C. CWS 175, the Office nominates Dr. Jane Doe, Senior "
            "Examiner, to the XML4IP Task Force. Her WIPO Account username is us-jdoe.\n\n"
            "Best regards,\nJohn Roe\n"
        )
    )
    assert _names(parsed) == [("Doe", "Jane")]
    assert parsed.nominees[0].position == "Senior Examiner"


# ------------------------------------- a forwarded internal list, the cover adding an account

_YANDEX_START = "-------- Пересылаемое сообщение --------"
_YANDEX_END = "-------- Конец пересылаемого сообщения --------"


def _forward(cover: str, attribution: str, forwarded: str) -> bytes:
    return make_mail(
        f"{cover}\n\n{_YANDEX_START}\n{attribution}\n\n{forwarded}\n\n{_YANDEX_END}\n",
        subject="Fwd: кандидаты в целевые группы КСВ (C. CWS 175)",
        sender="Нармин Гулиева <n.guliyeva@office.example>",
    )


_RU_LIST = (
    "Прошу направить в Секретариат КСВ сведения о наших кандидатах в целевые группы по "
    "циркулярному письму C. CWS 175:\n\n"
    "1. Гасанова Лейла Эльдар кызы — главный специалист отдела экспертизы. Целевая группа по "
    "SEQL (ST.26). Учётная запись ВОИС: az-lhasanova, зарегистрирована на "
    "l.hasanova@office.example.\n\n"
    "2. Алиев Рашад Ильхам оглы — ведущий специалист отдела ИТ. Целевая группа по XML4IP. "
    "Учётную запись ВОИС он создаст на этой неделе, данные сообщу дополнительно.\n\n"
    "3. Серікұлы Нұрлан Болат улы — эксперт. Целевая группа по API.\n\n"
    "Спасибо.\n\n-- \nТофиг Керимов\nНачальник управления\nАгентство интеллектуальной "
    "собственности\n"
)
_RU_COVER = (
    "Уважаемые коллеги!\n\nВ ответ на циркулярное письмо C. CWS 175 пересылаю сведения о "
    "представителях Агентства интеллектуальной собственности Республики Примерия (письмо "
    "начальника управления ниже).\n\n{extra}С уважением,\nНармин Гулиева\nОтдел "
    "международного сотрудничества\nАгентство интеллектуальной собственности Республики "
    "Примерия\n"
)
_RU_ADDED = (
    "Дополнение: учётная запись ВОИС для Р.И. Алиева создана сегодня — имя пользователя "
    "az-raliyev, адрес электронной почты, на который она зарегистрирована: "
    "r.aliyev@office.example.\n\n"
)
_ATTRIBUTION = '16.10.2023, 15:20, "Тофиг Керимов" <t.karimov@office.example>:'


def test_forwarded_list_with_turkic_patronymics_and_the_cover_account() -> None:
    parsed = _parse(_forward(_RU_COVER.format(extra=_RU_ADDED), _ATTRIBUTION, _RU_LIST))
    assert _names(parsed) == [
        ("Гасанова", "Лейла Эльдар кызы"),
        ("Алиев", "Рашад Ильхам оглы"),
        ("Серікұлы", "Нұрлан Болат улы"),
    ]
    hasanova, aliyev, serikuly = parsed.nominees
    assert (hasanova.username, hasanova.account_email) == (
        "az-lhasanova",
        "l.hasanova@office.example",
    )
    assert (aliyev.username, aliyev.account_email) == ("az-raliyev", "r.aliyev@office.example")
    assert (serikuly.username, serikuly.account_email) == (None, None)
    # Forwarded inside the office (the attribution line's address): the office the
    # forwarding officer signs for, in full.
    assert parsed.office == "Агентство интеллектуальной собственности Республики Примерия"


def test_without_the_cover_addition_the_account_stays_pending() -> None:
    parsed = _parse(_forward(_RU_COVER.format(extra=""), _ATTRIBUTION, _RU_LIST))
    assert [(n.last_name, n.username) for n in parsed.nominees] == [
        ("Гасанова", "az-lhasanova"),
        ("Алиев", None),
        ("Серікұлы", None),
    ]


@pytest.mark.parametrize(
    "extra",
    [
        # Nobody of the list named: whose account it is stays unknown.
        "Дополнение: учётная запись ВОИС создана сегодня — имя пользователя az-raliyev.\n\n",
        # Two usernames in one sentence: which is whose is not said.
        "Дополнение: для Р.И. Алиева созданы учётные записи az-raliyev и az-raliyev2.\n\n",
        # Someone else's account, not one of the list.
        "Дополнение: учётная запись ВОИС для Т.Р. Керимова — имя пользователя az-tkerimov.\n\n",
    ],
)
def test_a_cover_account_for_no_one_person_of_the_list_is_not_given(extra: str) -> None:
    parsed = _parse(_forward(_RU_COVER.format(extra=extra), _ATTRIBUTION, _RU_LIST))
    assert [n.username for n in parsed.nominees] == ["az-lhasanova", None, None]


def test_a_cover_username_differing_from_the_listed_one_changes_nothing() -> None:
    extra = "Дополнение: для Л.Э. Гасановой — имя пользователя az-lhasanova2.\n\n"
    parsed = _parse(_forward(_RU_COVER.format(extra=extra), _ATTRIBUTION, _RU_LIST))
    assert parsed.nominees[0].username == "az-lhasanova"


def test_english_cover_adds_the_account_of_a_forwarded_person() -> None:
    forwarded = (
        "Dear Anna,\n\nPlease send the Secretariat our candidates for circular C. CWS 175:\n\n"
        "1. Mr. Rashad ALIYEV, Senior Specialist, XML4IP Task Force. He will create his WIPO "
        "Account this week.\n\n"
        "2. Ms. Leyla HASANOVA, Chief Specialist, Sequence Listings Task Force, username "
        "xx-lhasanova.\n\nThanks,\nTofig Karimov\nHead of Department\n"
    )
    cover = (
        "Dear colleagues,\n\nPlease find below our nominations for C. CWS 175.\n\n"
        "Update: the WIPO Account for R. Aliyev was created today, username xx-raliyev, registered "
        "with r.aliyev@office.example.\n\nBest regards,\nAnna Smith\n"
    )
    raw = make_mail(
        f"{cover}\n---------- Forwarded message ---------\n"
        "From: Tofig Karimov <t.karimov@office.example>\nDate: Mon, 16 Oct 2023 at 15:20\n"
        "Subject: Nominees\nTo: Anna Smith <a.smith@office.example>\n\n" + forwarded,
        subject="Fwd: Nominees (C. CWS 175)",
        sender="Anna Smith <a.smith@office.example>",
    )
    parsed = _parse(raw)
    assert [(n.last_name, n.username, n.account_email) for n in parsed.nominees] == [
        ("ALIYEV", "xx-raliyev", "r.aliyev@office.example"),
        ("HASANOVA", "xx-lhasanova", None),
    ]


def test_a_candidate_of_sciences_nominates_nobody() -> None:
    assert has_nominate_verb("сведения о наших кандидатах в целевые группы")
    assert not has_nominate_verb("Иванов И.И., кандидат технических наук")
    assert not has_nominate_verb("Петров П.П., кандидат наук")
