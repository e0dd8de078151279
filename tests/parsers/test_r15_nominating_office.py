"""The ministry an IP office belongs to is not the nominating office when the letter names
the office under it: in a sentence ("el Servicio ... (SAPI), ente adscrito al Ministerio
..., tiene a bien designar", "the Office (IPO), under the Ministry of ..., nominates",
"l'Office ... (OMAPI), placé sous la tutelle du Ministère ..., désigne", "... (НЦИС),
подведомственный Министерству ..., выдвигает", "نرشح من دائرة الملكية الفكرية بوزارة ..."),
and in a signature whose ministry line stands beside the office's line or the signer's post
in it ("مدير دائرة الملكية الفكرية" over "وزارة ..."). A ministry named alone, or beside a
unit that is no IP office, is still the office, and a name that holds its ministry as
written keeps it. A label asking for the username that holds an address alone keeps what
it says (the check flags it), and the address is the account's too; an account's label
holding an address gives no username."""

from __future__ import annotations

import pytest

from parsers import ParsedEmail, ParseOptions, parse_email
from tests.parsers.mailmaker import catalog, make_mail


def parse(raw: bytes) -> ParsedEmail:
    return parse_email(raw, catalog=catalog(), options=ParseOptions())


def office_of(body: str) -> str | None:
    return parse(make_mail(body)).office


EN_TAIL = (
    " nominates Mr. John Smith, Head of Division, for the XML4IP Task Force. "
    "Username: xx-jsmith, e-mail: jsmith@office.example.\n\nBest regards\n"
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
AR_PERSON = (
    "السيد/ أحمد الحارثي\n- المسمى الوظيفي: رئيس قسم\n"
    "- فرقة العمل: فرقة العمل المعنية بمعيار XML4IP\n- اسم المستخدم: om-aalharthi\n"
    "- البريد الإلكتروني: a.alharthi@office.example\n\nوتفضلوا بقبول فائق الاحترام،\n\n"
)

# A nominating sentence with nobody's office in it: the signature names it.
EN_WE = (
    "Dear colleagues,\n\nWe nominate Mr. John Smith, Head of Division, for the XML4IP Task "
    "Force. Username: xx-jsmith, e-mail: jsmith@office.example.\n\nBest regards\n\nJane Roe\n"
)
ES_WE = (
    "Estimados colegas:\n\nDesignamos al Sr. Juan Pérez, jefe de división, para el Equipo "
    "Técnico XML4IP. Nombre de usuario: xx-jperez, correo: jperez@office.example.\n\n"
    "Atentamente\n\nMaría Pacheco\n"
)
FR_WE = (
    "Madame, Monsieur,\n\nNous désignons M. Jean Dupont, chef de division, pour l'équipe "
    "d'experts XML4IP. Nom d'utilisateur : xx-jdupont, courriel : jdupont@office.example.\n\n"
    "Cordialement\n\nPierre Martin\n"
)
RU_WE = (
    "Уважаемые коллеги!\n\nВыдвигаем г-на Ивана Петрова, начальника отдела, в Целевую группу "
    "по XML4IP. Имя пользователя: xx-ipetrov, почта: ipetrov@office.example.\n\nС уважением\n\n"
    "И. Сидоров\n"
)
AR_WE = "السادة/ أمانة لجنة معايير الويبو المحترمين،\n\nنرشح كلاً من:\n\n" + AR_PERSON
ZH_WE = (
    "秘书处：\n\n兹推荐王伟先生（处长）参加XML4IP工作队，WIPO账户用户名：cn-wangwei，"
    "注册邮箱：wangwei@office.example。\n\n此致\n\n王伟\n"
)


@pytest.mark.parametrize(
    ("body", "office"),
    [
        (
            "Estimados señores:\n\nEn atención a la Circular C. CWS 175, de fecha 21 de "
            "septiembre de 2023, el Servicio Autónomo de la Propiedad Intelectual (SAPI), ente "
            "adscrito al Ministerio del Poder Popular de Comercio Nacional, tiene a bien" + ES_TAIL,
            "Servicio Autónomo de la Propiedad Intelectual (SAPI)",
        ),
        (
            "Estimados señores:\n\nLa Oficina Nacional de la Propiedad Industrial (ONAPI), "
            "organismo dependiente del Ministerio de Industria y Comercio," + ES_TAIL,
            "Oficina Nacional de la Propiedad Industrial (ONAPI)",
        ),
        (
            "Dear Sir or Madam,\n\nThe Intellectual Property Office (IPO), under the Ministry "
            "of Trade and Industry," + EN_TAIL,
            "Intellectual Property Office (IPO)",
        ),
        (
            "Dear Sir or Madam,\n\nThe Industrial Property Registry (IPR), attached to the "
            "Ministry of Commerce," + EN_TAIL,
            "Industrial Property Registry (IPR)",
        ),
        (
            "Madame, Monsieur,\n\nL'Office Malgache de la Propriété Industrielle (OMAPI), "
            "établissement public placé sous la tutelle du Ministère de l'Industrie," + FR_TAIL,
            "Office Malgache de la Propriété Industrielle (OMAPI)",
        ),
        (
            "Madame, Monsieur,\n\nL'Office Malgache de la Propriété Industrielle (OMAPI), "
            "rattaché au Ministère de l'Industrie," + FR_TAIL,
            "Office Malgache de la Propriété Industrielle (OMAPI)",
        ),
        (
            "Уважаемые коллеги!\n\nНациональный центр интеллектуальной собственности (НЦИС), "
            "подведомственный Министерству экономики," + RU_TAIL,
            "Национальный центр интеллектуальной собственности (НЦИС)",
        ),
        (
            "Уважаемые коллеги!\n\nАгентство по интеллектуальной собственности (Кыргызпатент), "
            "находящееся в ведении Министерства экономики," + RU_TAIL,
            "Агентство по интеллектуальной собственности (Кыргызпатент)",
        ),
        (
            "السادة/ أمانة لجنة معايير الويبو المحترمين،\n\nيسرنا أن نرشح من دائرة الملكية "
            "الفكرية بوزارة التجارة والصناعة كلاً من:\n\n" + AR_PERSON + "سعيد الريامي\n",
            "دائرة الملكية الفكرية",
        ),
        (
            "السادة/ أمانة لجنة معايير الويبو المحترمين،\n\nيسر دائرة الملكية الفكرية بوزارة "
            "التجارة والصناعة أن ترشح كلاً من:\n\n" + AR_PERSON + "سعيد الريامي\n",
            "دائرة الملكية الفكرية",
        ),
    ],
)
def test_a_sentence_names_the_office_not_the_ministry_it_belongs_to(body: str, office: str) -> None:
    assert office_of(body) == office


@pytest.mark.parametrize(
    ("body", "office"),
    [
        (
            EN_WE + "Director\nMinistry of Trade and Industry\nIntellectual Property Office\n",
            "Intellectual Property Office",
        ),
        (
            EN_WE + "Director of the Industrial Property Department\nMinistry of Commerce\n",
            "Industrial Property Department",
        ),
        (
            ES_WE + "Directora\nMinisterio de Comercio\nServicio Autónomo de la Propiedad "
            "Intelectual (SAPI)\n",
            "Servicio Autónomo de la Propiedad Intelectual (SAPI)",
        ),
        (
            ES_WE + "Directora del Registro de la Propiedad Industrial\nMinisterio de Comercio\n",
            "Registro de la Propiedad Industrial",
        ),
        (
            FR_WE + "Directeur\nMinistère du Commerce\nDirection de la Propriété Industrielle\n",
            "Direction de la Propriété Industrielle",
        ),
        (
            RU_WE + "Директор\nМинистерство экономики\nПатентное ведомство\n",
            "Патентное ведомство",
        ),
        (
            AR_WE
            + "سعيد الريامي\nمدير دائرة الملكية الفكرية\nوزارة التجارة والصناعة – سلطنة عمان\n",
            "دائرة الملكية الفكرية",
        ),
        (ZH_WE + "商务部\n知识产权局\n", "知识产权局"),
    ],
)
def test_a_signature_names_the_office_under_its_ministry(body: str, office: str) -> None:
    assert office_of(body) == office


@pytest.mark.parametrize(
    ("body", "office"),
    [
        # A ministry signing alone, or over a unit that is no IP office, is the office.
        (EN_WE + "Director\nMinistry of Trade and Industry\n", "Ministry of Trade and Industry"),
        (
            EN_WE + "International Cooperation Division\nMinistry of Trade and Industry\n",
            "Ministry of Trade and Industry",
        ),
        (
            AR_WE + "سعيد الريامي\nوزارة التجارة والصناعة وترويج الاستثمار - سلطنة عمان\n",
            "وزارة التجارة والصناعة وترويج الاستثمار - سلطنة عمان",
        ),
        (
            RU_WE + "Директор департамента\nМинистерство экономики\n",
            "Министерство экономики",
        ),
        # The ministry is the sentence's subject: what it says of itself is no office.
        (
            "Estimados señores:\n\nEl Ministerio de Comercio, en su calidad de oficina "
            "nacional," + ES_TAIL,
            "Ministerio de Comercio",
        ),
        (
            "Dear Sir or Madam,\n\nIn reply to circular C. CWS 175, the Ministry of Economy"
            + EN_TAIL,
            "Ministry of Economy",
        ),
        # A name that holds its ministry as written keeps it.
        (
            "Уважаемые коллеги!\n\nВедомство интеллектуальной собственности Министерства "
            "экономики Республики Армения" + RU_TAIL,
            "Ведомство интеллектуальной собственности Министерства экономики Республики Армения",
        ),
        (
            "Dear Sir or Madam,\n\nThe Intellectual Property Office of the Ministry of Trade"
            + EN_TAIL,
            "Intellectual Property Office of the Ministry of Trade",
        ),
        # An appositive set off by commas that names no ministry leaves the subject as it was.
        (
            "Dear Sir or Madam,\n\nThe Intellectual Property Office (IPO), an agency of the "
            "Ministry of Trade," + EN_TAIL,
            "Intellectual Property Office (IPO)",
        ),
    ],
)
def test_a_ministry_named_alone_or_as_written_stays(body: str, office: str) -> None:
    assert office_of(body) == office


@pytest.mark.parametrize(
    ("body", "username", "account_email"),
    [
        (
            "السادة/ أمانة لجنة معايير الويبو المحترمين،\n\nنرشح السيدة/ فاطمة البلوشية\n"
            "- المسمى الوظيفي: أخصائية فحص\n- فرقة العمل: فرقة العمل المعنية بقوائم التسلسل\n"
            "- اسم المستخدم (حساب الويبو): f.albalushi@office.example\n"
            "- البريد الإلكتروني المستخدم عند إنشاء الحساب: نفسه\n\nمع التحية\n",
            "f.albalushi@office.example",
            "f.albalushi@office.example",
        ),
        (
            "Dear colleagues,\n\nWe nominate Ms. Jane Doe, Examiner, for the XML4IP Task Force.\n"
            "Username: jane.doe@office.example\nE-mail: jane.doe@office.example\n\nRegards\n",
            "jane.doe@office.example",
            "jane.doe@office.example",
        ),
        (
            "Estimados:\n\nDesignamos a la Sra. Ana Gómez, examinadora, para el Equipo Técnico "
            "XML4IP.\nNombre de usuario: ana.gomez@office.example\n\nAtentamente\n",
            "ana.gomez@office.example",
            "ana.gomez@office.example",
        ),
    ],
)
def test_a_username_field_holding_an_address_keeps_it_flagged(
    body: str, username: str, account_email: str
) -> None:
    parsed = parse(make_mail(body))
    [nominee] = parsed.nominees
    assert (nominee.username, nominee.account_email) == (username, account_email)
    assert ("username_invalid", "nominees[0].username") in {
        (w.code, w.field) for w in parsed.warnings
    }


@pytest.mark.parametrize(
    "line",
    [
        # Words around the address: a note, not a username as given.
        "Username: the same as the e-mail jane.doe@office.example",
        "Username: jane.doe@office.example (same as e-mail)",
        "Username: not created yet (jane.doe@office.example)",
        # A label asking for the account, or for an address too, gives its address only.
        "WIPO Account: jane.doe@office.example",
        "Compte OMPI : jane.doe@office.example",
        "Username / e-mail: jane.doe@office.example",
    ],
)
def test_a_username_field_with_words_around_an_address_gives_no_username(line: str) -> None:
    body = (
        "Dear colleagues,\n\nWe nominate Ms. Jane Doe, Examiner, for the XML4IP Task Force.\n"
        f"{line}\n\nRegards\n"
    )
    [nominee] = parse(make_mail(body)).nominees
    assert nominee.username is None
    assert nominee.account_email == "jane.doe@office.example"


@pytest.mark.parametrize(
    ("body", "office"),
    [
        # The ministry acts through its IP office, set off by commas: the office nominates.
        (
            "Estimados señores:\n\nEl Ministerio de Comercio, a través del Servicio Autónomo de "
            "la Propiedad Intelectual (SAPI)," + ES_TAIL,
            "Servicio Autónomo de la Propiedad Intelectual (SAPI)",
        ),
        (
            "Dear Sir or Madam,\n\nThe Ministry of Trade, through its Intellectual Property "
            "Office," + EN_TAIL,
            "Intellectual Property Office",
        ),
        (
            "Madame, Monsieur,\n\nLe Ministère du Commerce, par l'intermédiaire de l'Office "
            "Malgache de la Propriété Industrielle (OMAPI)," + FR_TAIL,
            "Office Malgache de la Propriété Industrielle (OMAPI)",
        ),
    ],
)
def test_a_ministry_acting_through_its_office_names_the_office(body: str, office: str) -> None:
    assert office_of(body) == office


def _attached_letter(heading: str) -> bytes:
    letter = (
        f"{heading}\n\nRef: 2023/15\n\nDear Sir or Madam,\n\nWith reference to circular "
        "C. CWS 175, we nominate Mr. John Smith, Head of Division, for the XML4IP Task Force. "
        "Username: xx-jsmith, e-mail: jsmith@office.example.\n\nYours faithfully\n\nJane Roe\n"
    )
    return make_mail(
        "Dear colleagues,\n\nPlease find attached our nomination.\n\nRegards\n",
        attachments=(("letter.txt", "text/plain", letter.encode()),),
    )


@pytest.mark.parametrize(
    ("heading", "office"),
    [
        (
            "MINISTRY OF TRADE AND INDUSTRY\nINTELLECTUAL PROPERTY OFFICE",
            "INTELLECTUAL PROPERTY OFFICE",
        ),
        (
            "Ministerio de Comercio\nServicio Autónomo de la Propiedad Intelectual",
            "Servicio Autónomo de la Propiedad Intelectual",
        ),
        ("Министерство экономики\nПатентное ведомство", "Патентное ведомство"),
        # Near misses: a ministry over a unit that is no IP office heads the letter; an
        # office over its ministry was read so already.
        (
            "Ministry of Trade and Industry\nInternational Cooperation Division",
            "Ministry of Trade and Industry",
        ),
        (
            "Intellectual Property Office\nMinistry of Trade and Industry",
            "Intellectual Property Office",
        ),
    ],
)
def test_a_letterhead_names_the_office_under_its_ministry(heading: str, office: str) -> None:
    assert parse(_attached_letter(heading)).office == office
