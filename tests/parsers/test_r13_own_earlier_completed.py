"""A short mail above the office's own earlier nomination, which it completes or corrects:
accounts given by surname under a quote whose attribution names the writer but no address,
a person named by the first of two surnames, a slash-joined married name, a title put
right ("应为女士，不是先生")."""

from __future__ import annotations

import pytest

from parsers import ParsedEmail, ParseOptions, parse_email
from tests.parsers.mailmaker import catalog, make_mail

_WRITER = "Rasmata SAWADOGO <r.sawadogo@office.example>"


def _parse(body: str, sender: str = _WRITER, subject: str = "Re: C. CWS 175") -> ParsedEmail:
    raw = make_mail(body, subject=subject, sender=sender)
    return parse_email(raw, catalog=catalog(), options=ParseOptions())


def _quote(text: str) -> str:
    return "\n".join(f"> {line}" if line else ">" for line in text.splitlines()) + "\n"


_FR_FIRST = (
    "Bonjour,\n\nEn réponse à la circulaire C. CWS 175, l'Office national de la propriété "
    "industrielle (ONAPI) désigne les experts suivants :\n\n"
    "1. M. OUÉDRAOGO Arouna, Chef du Service de la Documentation – Équipe d'experts chargée "
    "de la norme XML4IP\n"
    "2. Mme KABORÉ/ZONGO Fatimata, Examinatrice brevets – Équipe d'experts chargée des "
    "listages des séquences (ST.26)\n\n"
    "Leurs comptes OMPI sont en cours de création.\n\nBien cordialement,\n\nRasmata SAWADOGO\n"
)
_FR_NOW = (
    "Bonjour,\n\nVoici les comptes OMPI de nos deux experts :\n\n"
    "- M. OUÉDRAOGO : nom d'utilisateur bf-aouedraogo, adresse a.ouedraogo@office.example\n"
    "- Mme KABORÉ/ZONGO : nom d'utilisateur bf-fkabore, adresse f.kabore@office.example\n\n"
    "Bien cordialement,\n\nRasmata SAWADOGO\n\n"
)


def test_thunderbird_attribution_naming_the_writer_is_their_own_quoted_mail() -> None:
    body = _FR_NOW + "Le 06/10/2023 à 10:12, Rasmata SAWADOGO a écrit :\n" + _quote(_FR_FIRST)
    parsed = _parse(body)
    assert parsed.kind == "nomination"
    assert parsed.office is not None
    assert parsed.office.startswith("Office national")
    assert [
        (n.title, n.last_name, n.first_name, n.position, n.username, n.task_forces)
        for n in parsed.nominees
    ] == [
        (
            "Mr",
            "OUÉDRAOGO",
            "Arouna",
            "Chef du Service de la Documentation",
            "bf-aouedraogo",
            ("XML4IP Task Force",),
        ),
        (
            "Mrs",
            "KABORÉ/ZONGO",
            "Fatimata",
            "Examinatrice brevets",
            "bf-fkabore",
            ("Sequence Listings Task Force",),
        ),
    ]


_EN_FIRST = (
    "Dear Secretariat,\n\nIn reply to circular C. CWS 175, the Intellectual Property Office "
    "of Examplestan nominates Mr. John FORD, Senior Examiner, to the API Task Force.\n"
    "His WIPO Account is being created.\n\nBest regards,\nAnne Baker\n"
)
_EN_NOW = (
    "Dear Secretariat,\n\nFurther to my mail below: Mr. FORD's username is xx-jford and his "
    "account e-mail is j.ford@office.example.\n\nBest regards,\nAnne Baker\n\n"
)


def test_english_attribution_naming_the_writer_completes_the_person() -> None:
    body = _EN_NOW + "On 05/10/2023 16:05, Anne Baker wrote:\n" + _quote(_EN_FIRST)
    parsed = _parse(body, sender="Anne Baker <a.baker@office.example>")
    assert [(n.first_name, n.position, n.username, n.task_forces) for n in parsed.nominees] == [
        ("John", "Senior Examiner", "xx-jford", ("API Task Force",))
    ]


def test_attribution_naming_someone_else_completes_nobody() -> None:
    body = _EN_NOW + "On 05/10/2023 16:05, Peter Walsh wrote:\n" + _quote(_EN_FIRST)
    parsed = _parse(body, sender="Anne Baker <a.baker@office.example>")
    assert [(n.last_name, n.first_name, n.position) for n in parsed.nominees] == [
        ("FORD", None, None)
    ]


_ES_FIRST = (
    "Estimados señores:\n\nEn atención a la circular C. CWS 175, el Instituto Nacional de "
    "Propiedad Industrial (INAPI) designa a la Ing. Carla Vargas Quiroga, Responsable de la "
    "Unidad de Sistemas, como representante en el Equipo Técnico sobre Transformación "
    "Digital.\n\nLa Ing. Vargas está creando su cuenta OMPI.\n\nAtentamente,\n\nMarco Rocha\n"
)
_ES_HEADER = (
    "-------- Mensaje original --------\nDe: Marco Rocha <mrocha@office.example>\n"
    "Fecha: 10/10/23 16:05\nA: cws.mail@wipo.int\nAsunto: Designación - C. CWS 175\n\n"
)


def test_phone_mail_naming_the_first_surname_completes_the_quoted_person() -> None:
    body = (
        "Complemento mi correo de ayer: ya se creó la cuenta de la Ing. Vargas.\n"
        "Usuario: bo-cvargasq\nCorreo de la cuenta: cvargas.q@office.example\n\n"
        "Enviado desde mi smartphone.\n\n" + _ES_HEADER + _ES_FIRST
    )
    parsed = _parse(body, sender="Marco Rocha <mrocha@office.example>")
    assert parsed.kind == "nomination"
    assert [
        (n.last_name, n.first_name, n.position, n.username, n.task_forces) for n in parsed.nominees
    ] == [
        (
            "Vargas Quiroga",
            "Carla",
            "Responsable de la Unidad de Sistemas",
            "bo-cvargasq",
            ("Digital Transformation Task Force",),
        )
    ]


def test_first_surname_shared_by_two_quoted_people_completes_neither() -> None:
    first = _ES_FIRST.replace(
        "Transformación Digital.",
        "Transformación Digital, y a la Ing. Ana Vargas Pérez, analista, en el mismo equipo.",
    ).replace("La Ing. Vargas está", "Las ingenieras están")
    body = (
        "Complemento mi correo de ayer: ya se creó la cuenta de la Ing. Vargas.\n"
        "Usuario: bo-cvargasq\n\n" + _ES_HEADER + first
    )
    parsed = _parse(body, sender="Marco Rocha <mrocha@office.example>")
    named_now = [n for n in parsed.nominees if n.username == "bo-cvargasq"]
    assert [(n.last_name, n.first_name) for n in named_now] == [("Vargas", None)]


def test_later_mention_by_first_surname_splits_a_spanish_name() -> None:
    parsed = _parse(_ES_FIRST, sender="Marco Rocha <mrocha@office.example>")
    assert [(n.last_name, n.first_name) for n in parsed.nominees] == [("Vargas Quiroga", "Carla")]


@pytest.mark.parametrize(
    ("name", "last"),
    [("Mme KABORÉ/ZONGO Fatimata", "KABORÉ/ZONGO"), ("Mrs TRAORÉ/DIALLO Awa", "TRAORÉ/DIALLO")],
)
def test_slash_joined_married_name_is_one_surname(name: str, last: str) -> None:
    body = (
        f"In reply to circular C. CWS 175, the Office nominates {name}, examiner, to the API "
        "Task Force (username bf-x1, e-mail x1@office.example).\n\nRegards,\nJ. Doe\n"
    )
    parsed = _parse(body, sender="J. Doe <j.doe@office.example>")
    assert [n.last_name for n in parsed.nominees] == [last]


def test_bilingual_title_with_a_slash_still_reads() -> None:
    body = (
        "In reply to circular C. CWS 175, the Office nominates Mr / M. Jean DUPONT, examiner, "
        "to the API Task Force (username xx-jdupont).\n\nRegards,\nJ. Doe\n"
    )
    parsed = _parse(body, sender="J. Doe <j.doe@office.example>")
    assert [(n.title, n.last_name, n.first_name) for n in parsed.nominees] == [
        ("Mr", "DUPONT", "Jean")
    ]


_ZH_FIRST = (
    "CWS秘书处：\n\n您好！根据C. CWS 175号通函，国家知识产权局推荐林静先生参加法律状态工作队。\n\n"
    "职务：审查员\nWIPO用户名：cn-linjing\n注册邮箱：linjing@office.example\n\n谢谢！\n\n高原\n"
)
_ZH_HEADER = (
    "-------- 原始邮件 --------\n发件人： 高原 <gaoyuan@office.example>\n"
    "日期： 2023年10月5日 下午4:32\n收件人： cws.mail@wipo.int\n主题： C. CWS 175 推荐\n\n"
)
_EN_TITLED = (
    "Dear Secretariat,\n\nIn reply to circular C. CWS 175, the Office nominates Mr. Alex "
    "MORGAN, examiner, to the API Task Force (username xx-amorgan, e-mail "
    "a.morgan@office.example).\n\nBest regards,\nAnne Baker\n"
)


@pytest.mark.parametrize(
    ("note", "quoted", "sender", "expected"),
    [
        ("更正：上封邮件里林静的称谓写错了，应为女士，不是先生。其他信息不变。", _ZH_HEADER + _ZH_FIRST,
         "高原 <gaoyuan@office.example>", ("Mrs", "林", "静")),
        ("Correction: it should be Ms, not Mr, for Alex MORGAN. The rest stands.",
         "On 05/10/2023, Anne Baker <a.baker@office.example> wrote:\n" + _quote(_EN_TITLED),
         "Anne Baker <a.baker@office.example>", ("Ms", "MORGAN", "Alex")),
        ("Rectificatif : pour MORGAN, lire Mme et non M. Le reste est inchangé.",
         "Le 05/10/2023, Anne Baker <a.baker@office.example> a écrit :\n" + _quote(_EN_TITLED),
         "Anne Baker <a.baker@office.example>", ("Mrs", "MORGAN", "Alex")),
        ("Corrección: para MORGAN debe decir Sra. y no Sr.",
         "El 05/10/2023, Anne Baker <a.baker@office.example> escribió:\n" + _quote(_EN_TITLED),
         "Anne Baker <a.baker@office.example>", ("Mrs", "MORGAN", "Alex")),
        ("Исправление: MORGAN — г-жа, а не г-н.",
         "05.10.2023 16:05, Anne Baker <a.baker@office.example> пишет:\n" + _quote(_EN_TITLED),
         "Anne Baker <a.baker@office.example>", ("Mrs", "MORGAN", "Alex")),
    ],
)  # fmt: skip
def test_title_put_right_above_own_quote_resends_it(
    note: str, quoted: str, sender: str, expected: tuple[str, str, str]
) -> None:
    parsed = _parse(f"{note}\n\n{quoted}", sender=sender)
    assert parsed.kind == "nomination"
    assert [(n.title, n.last_name, n.first_name) for n in parsed.nominees] == [expected]
    assert parsed.nominees[0].username is not None


def test_title_correction_the_quote_does_not_hold_resends_nothing() -> None:
    note = "更正：上封邮件里林静的称谓写错了，应为先生，不是女士。"
    parsed = _parse(f"{note}\n\n{_ZH_HEADER}{_ZH_FIRST}", sender="高原 <gaoyuan@office.example>")
    assert parsed.nominees == ()


def test_title_correction_above_someone_elses_quote_resends_nothing() -> None:
    note = "Correction: it should be Ms, not Mr, for Alex MORGAN."
    quoted = "On 05/10/2023, Peter Walsh <p.walsh@elsewhere.example> wrote:\n" + _quote(_EN_TITLED)
    parsed = _parse(f"{note}\n\n{quoted}", sender="Anne Baker <a.baker@office.example>")
    assert all(n.title != "Ms" for n in parsed.nominees)
