"""Chinese subjects and display names sent as raw GBK, GB18030 or Big5 octets (no RFC 2047
word) behind a Latin label read as Chinese, while raw UTF-8, windows-1251, KOI8-R and
windows-1256 headers keep their reading; a sentence's office ends at its short name in
brackets in every language (the state after it is dropped); a unit of an office nominating
is recorded as the body the sentence names, a department as the office it belongs to."""

from __future__ import annotations

import pytest

from parsers import ParsedEmail, ParseOptions, parse_email
from parsers.charsets import decode_header_value
from tests.parsers.mailmaker import catalog, make_mail


def parse(raw: bytes) -> ParsedEmail:
    return parse_email(raw, catalog=catalog(), options=ParseOptions())


ZH_BODY = (
    "秘书处：\n\n根据C. CWS 175号通函，我局推荐以下人员：\n"
    "姓名：王伟\n职务：处长\n用户名：cn-wangwei\n邮箱：wangwei@office.example\n"
    "工作队：XML4IP工作队\n"
)


def raw_header_mail(subject: bytes, sender: bytes, body: str, charset: str) -> bytes:
    """A message whose Subject and From carry `subject` and `sender` as raw 8-bit octets."""
    head = (
        b"From: " + sender + b"\r\n"
        b"To: cws.mail@wipo.int\r\n"
        b"Subject: " + subject + b"\r\n"
        b"Date: Mon, 16 Oct 2023 10:36:00 +0800\r\n"
        b"Message-ID: <raw-8bit@office.example>\r\n"
        b"MIME-Version: 1.0\r\n"
        + f'Content-Type: text/plain; charset="{charset}"\r\n'.encode("ascii")
        + b"Content-Transfer-Encoding: 8bit\r\n\r\n"
    )
    return head + body.replace("\n", "\r\n").encode(charset)


@pytest.mark.parametrize(
    ("subject", "codec", "body_charset"),
    [
        # Short text like this led charset detection to ISO-8859-2, windows-1250 or
        # windows-1251 ("ĚáĂűĄžXML4IPĄż", "ґрёґ: RE: ...").
        ("RE: C. CWS 175 提名【XML4IP】", "gbk", "gb2312"),
        ("RE: C. CWS 175 提名【XML4IP】", "big5", "utf-8"),
        ("答复: RE: C. CWS 175 提名 — 王䶮", "gb18030", "utf-8"),
        # A character outside GBK, four bytes in GB18030.
        ("RE: C. CWS 175 提名王𠮷女士", "gb18030", "gb18030"),
        # Traditional characters GBK holds, as a Macao office may send them.
        ("RE: C. CWS 175 – 提名確認", "gbk", "gbk"),
    ],
)
def test_a_raw_chinese_subject_reads_as_chinese(
    subject: str, codec: str, body_charset: str
) -> None:
    raw = raw_header_mail(
        subject.encode(codec), b"Wang Wei <wangwei@office.example>", ZH_BODY, body_charset
    )
    parsed = parse(raw)
    assert parsed.headers.subject == subject
    assert parsed.language == "zh"
    assert [n.username for n in parsed.nominees] == ["cn-wangwei"]


def test_a_raw_gbk_display_name_keeps_its_address() -> None:
    raw = raw_header_mail(
        b"C. CWS 175",
        "国家知识产权局 王伟".encode("gbk") + b" <wangwei@office.example>",
        ZH_BODY,
        "gbk",
    )
    parsed = parse(raw)
    assert parsed.headers.from_address == "wangwei@office.example"
    assert parsed.headers.from_name == "国家知识产权局 王伟"


@pytest.mark.parametrize(
    ("header", "codec"),
    [
        ("RE: C. CWS 175 提名【XML4IP】工作队成员", "utf-8"),
        ("RE: C. CWS 175 Кандидатура в целевую группу XML4IP", "cp1251"),
        ("RE: C. CWS 175 Кандидатура в целевую группу XML4IP", "koi8_r"),
        ("RE: C. CWS 175 ترشيح ممثلين لفرق العمل", "cp1256"),
        ("RE: C. CWS 175 - 11 أكتوبر 2023", "cp1256"),
        ("RE: C. CWS 175 Designación - Equipo Técnico", "cp1252"),
        ("Re: C. CWS 175 adresse électronique utilisée", "cp1252"),
    ],
)
def test_other_raw_headers_keep_their_reading(header: str, codec: str) -> None:
    raw = header.encode(codec).decode("utf-8", errors="surrogateescape")
    assert decode_header_value(raw) == header


def test_a_raw_windows_1251_display_name_reads_as_russian() -> None:
    body = "Уважаемые коллеги!\n\nВедомство выдвигает г-на Ивана Петрова.\n"
    raw = raw_header_mail(
        "Кандидатура".encode("cp1251"),
        "Иван Петров".encode("cp1251") + b" <ipetrov@office.example>",
        body,
        "cp1251",
    )
    parsed = parse(raw)
    assert parsed.headers.subject == "Кандидатура"
    assert (parsed.headers.from_name, parsed.headers.from_address) == (
        "Иван Петров",
        "ipetrov@office.example",
    )


EN_TAIL = (
    " nominates Mr. John Smith, Head of Division, for the XML4IP Task Force. "
    "Username: kr-jsmith, e-mail: jsmith@office.example.\n\nBest regards\n"
)
FR_TAIL = (
    " désigne M. Jean Dupont, chef de division, pour l'équipe d'experts XML4IP. "
    "Nom d'utilisateur : xx-jdupont, courriel : jdupont@office.example.\n\nCordialement\n"
)
ES_TAIL = (
    " designa al Sr. Juan Pérez, jefe de división, para el Equipo Técnico XML4IP. "
    "Nombre de usuario: xx-jperez, correo: jperez@office.example.\n\nAtentamente\n"
)
RU_TAIL = (
    " выдвигает г-на Ивана Петрова, начальника отдела, в Целевую группу по XML4IP. "
    "Имя пользователя: xx-ipetrov, почта: ipetrov@office.example.\n\nС уважением\n"
)
ZH_TAIL = (
    "推荐王伟先生（处长）参加XML4IP工作队，WIPO账户用户名：cn-wangwei，"
    "注册邮箱：wangwei@office.example。\n\n此致\n"
)


def office_of(body: str) -> str | None:
    return parse(make_mail(body)).office


@pytest.mark.parametrize(
    ("body", "office"),
    [
        (
            "Estimados señores:\n\nEl Servicio Nacional de Derechos Intelectuales (SENADI) "
            "del Ecuador" + ES_TAIL,
            "Servicio Nacional de Derechos Intelectuales (SENADI)",
        ),
        (
            "Estimados señores:\n\nEl Instituto Nacional de Propiedad Industrial (INAPI) de "
            "Chile tiene el agrado de designar al Sr. Juan Pérez, jefe de división, para el "
            "Equipo Técnico XML4IP.\n\nAtentamente\n",
            "Instituto Nacional de Propiedad Industrial (INAPI)",
        ),
        (
            "Estimados señores:\n\nLa Superintendencia de Industria y Comercio (SIC) de "
            "Colombia, en respuesta a la circular C. CWS 175," + ES_TAIL,
            "Superintendencia de Industria y Comercio (SIC)",
        ),
        (
            "Madame, Monsieur,\n\nL'Organisation Africaine de la Propriété Intellectuelle (OAPI) "
            "de Yaoundé" + FR_TAIL,
            "Organisation Africaine de la Propriété Intellectuelle (OAPI)",
        ),
        (
            "Madame, Monsieur,\n\nLe Centre National de la Propriété Industrielle (CNPI) du "
            "Burkina Faso" + FR_TAIL,
            "Centre National de la Propriété Industrielle (CNPI)",
        ),
        (
            "Dear Sir or Madam,\n\nThe Korean Intellectual Property Office (KIPO) of the "
            "Republic of Korea" + EN_TAIL,
            "Korean Intellectual Property Office (KIPO)",
        ),
        (
            "Уважаемые коллеги!\n\nФедеральная служба по интеллектуальной собственности "
            "(Роспатент) Российской Федерации" + RU_TAIL,
            "Федеральная служба по интеллектуальной собственности (Роспатент)",
        ),
        (
            "Уважаемые коллеги!\n\nНациональный центр интеллектуальной собственности (НЦИС) "
            "Республики Беларусь" + RU_TAIL,
            "Национальный центр интеллектуальной собственности (НЦИС)",
        ),
        # Near misses: a name without a short name keeps its state; so does a label's value.
        (
            "Уважаемые коллеги!\n\nНациональный центр интеллектуальной собственности "
            "Республики Беларусь" + RU_TAIL,
            "Национальный центр интеллектуальной собственности Республики Беларусь",
        ),
        (
            "Estimados señores:\n\nOficina: Dirección Nacional de la Propiedad Industrial (DNPI) "
            "- Uruguay\nNombre: Sr. Juan Pérez\nCargo: jefe de división\n"
            "Nombre de usuario: uy-jperez\nCorreo: jperez@office.example\n"
            "Equipo Técnico: XML4IP\n\nAtentamente\n",
            "Dirección Nacional de la Propiedad Industrial (DNPI) - Uruguay",
        ),
    ],
)
def test_a_sentence_names_the_office_up_to_its_short_name(body: str, office: str) -> None:
    """What the fixtures' clerks write: "... (SENADI)" for "(SENADI) del Ecuador designa",
    in every language, where one clause shape used to keep the state and others cut it."""
    assert office_of(body) == office


@pytest.mark.parametrize(
    ("body", "office"),
    [
        # A unit that is a body of its own nominates: the clerk writes it as written, in
        # every language; the office it belongs to opens its name.
        ("秘书处：\n\n国家知识产权局专利局信息中心" + ZH_TAIL, "国家知识产权局专利局信息中心"),
        (
            "Dear Sir or Madam,\n\nThe IT Centre of the Korean Intellectual Property Office"
            + EN_TAIL,
            "IT Centre of the Korean Intellectual Property Office",
        ),
        (
            "Уважаемые коллеги!\n\nИнформационный центр Федеральной службы по интеллектуальной "
            "собственности" + RU_TAIL,
            "Информационный центр Федеральной службы по интеллектуальной собственности",
        ),
        # A department of the office speaks for the office.
        ("秘书处：\n\n国家知识产权局国际合作司" + ZH_TAIL, "国家知识产权局"),
        (
            "Dear Sir or Madam,\n\nThe International Cooperation Department of the Korean "
            "Intellectual Property Office" + EN_TAIL,
            "Korean Intellectual Property Office",
        ),
        (
            "Madame, Monsieur,\n\nLa Division des relations internationales de l'Institut "
            "National de la Propriété Industrielle (INPI)" + FR_TAIL,
            "Institut National de la Propriété Industrielle (INPI)",
        ),
        (
            "Estimados señores:\n\nEl Departamento de Patentes del Instituto Mexicano de la "
            "Propiedad Industrial (IMPI)" + ES_TAIL,
            "Instituto Mexicano de la Propiedad Industrial (IMPI)",
        ),
        (
            "Уважаемые коллеги!\n\nОтдел международного сотрудничества Национального центра "
            "интеллектуальной собственности" + RU_TAIL,
            "Национальный центр интеллектуальной собственности",
        ),
        # Near miss: a division of a ministry is the office itself.
        (
            "Madame, Monsieur,\n\nLa Division de la Propriété Intellectuelle du Ministère du "
            "Commerce" + FR_TAIL,
            "Division de la Propriété Intellectuelle du Ministère du Commerce",
        ),
    ],
)
def test_a_unit_is_written_as_named_and_a_department_as_its_office(body: str, office: str) -> None:
    assert office_of(body) == office
