"""The office an official letter names in its letterhead or its opening sentence is read.

An official letter typed into the mail opens with its letterhead ("Government of Freedonia"
over "Intellectual Property Office of Freedonia (IPOF)") and a dateline with the place first
("Sylvania, the 9th October, 2023"); the letterhead's office "of" a country is no "Office"
label over the dateline, and when no sentence or signature names the office the letterhead
does. Its heading's "NOMINATION OF OFFICERS" names people, not an office; the "Copy to:" list
under the signature names those it is copied to. A sentence naming the office as the one
whose representatives are nominated ("designar como representantes del Instituto ... (INPI)
... ante los Equipos Técnicos", "to nominate as representatives of the ... Office in the
Task Forces"), or the office answering the circular before its verb ("香港特別行政區政府知識
產權署現就貴處C. CWS 175號通函，提名", "国家知识产权局现就贵组织……通函，推荐"), names it.

Near misses keep their reading: a labelled office ("Office: Japan Patent Office", "Name of
Office | IP Australia") is read as before; the addressee block (WIPO's name) heads no office;
"the representatives of the World Intellectual Property Organization" and "representante
del INDECOPI" (a short name a signature spells out) are no office of the sentence.
"""

from __future__ import annotations

import pytest

from parsers import ParsedEmail, ParseOptions, parse_email
from tests.parsers.mailmaker import catalog, make_mail


def parse(body: str, subject: str = "C. CWS 175 - nomination") -> ParsedEmail:
    return parse_email(make_mail(body, subject=subject), catalog=catalog(), options=ParseOptions())


def people(parsed: ParsedEmail) -> list[tuple[object, ...]]:
    return [(n.title, n.last_name, n.first_name, n.username) for n in parsed.nominees]


_TABLES_EN = (
    "(i)\nName\tMr. Omar Farooq\nFather's Name\tFarooq Ahmed\nDesignation\tExaminer of Patents\n"
    "BPS\t18\nEmail ID\tomar.farooq@ipof.example\nWIPO User ID\tfd-ofarooq\n"
    "Task Force\tAPI Task Force\n\n"
    "(ii)\nName\tMs. Hina Aslam\nFather's Name\tAslam Khan\nDesignation\tProgrammer\n"
    "BPS\t17\nEmail ID\thina.aslam@ipof.example\nWIPO User ID\tfd-haslam\n"
    "Task Force\tXML4IP Task Force\n\n"
)
_PEOPLE_EN = [("Mr", "Farooq", "Omar", "fd-ofarooq"), ("Ms", "Aslam", "Hina", "fd-haslam")]

CASES = [
    (
        "en-letterhead-dateline",
        "No. IPOF/IC/2023/417\nGovernment of Freedonia\n"
        "Intellectual Property Office of Freedonia (IPOF)\nSylvania, the 9th October, 2023\n\n"
        "To\nThe Secretariat,\nCommittee on WIPO Standards (CWS)\n\n"
        "Subject: NOMINATION OF OFFICERS FOR CWS TASK FORCES\n\nDear Sir/Madam,\n\n"
        "Kindly refer to Circular C. CWS 175.\n\n2. The competent authority has been pleased "
        "to nominate the following officers. Their particulars are as under:\n\n"
        + _TABLES_EN
        + "Regards,\n\n(Ali Raza)\nDeputy Director (Coordination)\nFor Director General\n\n"
        "Copy to:\n1. PS to Director General, Sylvania.\n2. Registrar, Patent Office, Port Town.\n",
        "Intellectual Property Office of Freedonia (IPOF)",
        _PEOPLE_EN,
    ),
    (
        "fr-letterhead-copie",
        "RÉPUBLIQUE DE FREEDONIE\nOffice Freedonien de la Propriété Industrielle (OFPI)\n"
        "Sylvania, le 9 octobre 2023\n\nMadame la Secrétaire,\n\nSuite à la circulaire "
        "C. CWS 175, voici les experts retenus :\n\n"
        "Nom : DURAND\nPrénom : Luc\nCivilité : M.\nFonction : Examinateur\n"
        "Nom d'utilisateur : fd-ldurand\nÉquipe d'experts : Équipe d'experts API\n\n"
        "Veuillez agréer, Madame, l'expression de ma haute considération.\n\n"
        "Le Directeur général\nPaul Bernard\n\nCopie à :\n- Office des Brevets de Port-Ville\n",
        "Office Freedonien de la Propriété Industrielle (OFPI)",
        [("Mr", "DURAND", "Luc", "fd-ldurand")],
    ),
    (
        "es-representantes-del",
        '"2023 - AÑO DE LA DEMOCRACIA"\n\nRef.: Circular C. CWS 175\n\nSeñores\n'
        "Secretaría del Comité de Normas Técnicas de la OMPI\nS / D\n\n"
        "Tenemos el agrado de dirigirnos a ustedes a fin de designar como representantes del "
        "Instituto Freedoniano de la Propiedad Industrial (IFPI) de la República de Freedonia "
        "ante los Equipos Técnicos del CWS a los agentes que se detallan a continuación:\n\n"
        "APELLIDO Y NOMBRE: GARCÍA LÓPEZ, Ana María\nTRATAMIENTO: Sra.\nCARGO: Examinadora\n"
        "USUARIO OMPI: fd-agarcia\nEQUIPO TÉCNICO: API\n\n"
        "Sin otro particular, saludamos a ustedes muy atentamente.\n\nAbog. Pedro Ruiz\n"
        "Director de Relaciones Internacionales\n",
        "Instituto Freedoniano de la Propiedad Industrial (IFPI)",
        [("Mrs", "GARCÍA LÓPEZ", "Ana María", "fd-agarcia")],
    ),
    (
        "en-representatives-of",
        "Dear Sir/Madam,\n\nFurther to Circular C. CWS 175, I am instructed to nominate as "
        "representatives of the Freedonian Patent Office (FPO) in the Task Forces:\n\n"
        "Title: Ms\nLast name: Roe\nFirst name: Jane\nPosition: Examiner\nUsername: fd-jroe\n"
        "Task Force: API Task Force\n\nBest regards,\nJohn Smith\n",
        "Freedonian Patent Office (FPO)",
        [("Ms", "Roe", "Jane", "fd-jroe")],
    ),
    (
        "zh-hant-answering-circular",
        "CWS秘書處：\n\n香港特別行政區政府知識產權署現就貴處C. CWS 175號通函，提名下列同事"
        "加入專責小組：\n\n黃嘉恒先生\n職位：系統經理\nWIPO帳戶用戶名稱：hk-wongkh\n"
        "專責小組：應用程式介面專責小組（API Task Force）\n\n謝謝！\n",
        "香港特別行政區政府知識產權署",
        [("Mr", "黃", "嘉恒", "hk-wongkh")],
    ),
    (
        "zh-hans-answering-circular",
        "CWS秘书处：\n\n国家知识产权局现就贵组织C. CWS 175号通函，推荐下列同志参加工作队：\n\n"
        "王芳女士\n职务：审查员\n用户名：cn-wangfang\n工作队：API工作队\n\n谢谢！\n",
        "国家知识产权局",
        [("Mrs", "王", "芳", "cn-wangfang")],
    ),
]


@pytest.mark.parametrize(
    ("body", "office", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES]
)
def test_office_the_letter_names(
    body: str, office: str, expected: list[tuple[object, ...]]
) -> None:
    parsed = parse(body)
    assert parsed.kind == "nomination"
    assert parsed.office == office
    assert people(parsed) == expected


# --- near misses -------------------------------------------------------------------------


def test_a_labelled_office_is_read_as_before() -> None:
    parsed = parse(
        "Dear Sir/Madam,\n\nOffice: Japan Patent Office\n\nTitle: Mr\nLast name: Yamada\n"
        "First name: Taro\nPosition: Examiner\nUsername: jp-tyamada\nTask Force: API Task Force\n\n"
        "Best regards,\nHanako Sato\n"
    )
    assert parsed.office == "Japan Patent Office"


def test_the_addressee_block_heads_no_office() -> None:
    parsed = parse(
        "World Intellectual Property Organization\nCommittee on WIPO Standards\nGeneva\n\n"
        "Dear Sir/Madam,\n\nWe nominate Mr Taro Yamada, Examiner, to the API Task Force.\n\n"
        "Best regards,\nHanako Sato\n"
    )
    assert parsed.office is None


@pytest.mark.parametrize(
    "body",
    [
        "Dear colleagues,\n\nPlease register Ms Ana Pereira, Patent examiner.\n"
        "Username: pt-apereira\nE-mail: ana.pereira@office.example.org\n\nKind regards\n",
        "Chers collègues,\n\nVeuillez inscrire Mme Ana Pereira, examinatrice de brevets.\n"
        "Nom d'utilisateur : pt-apereira\n\nCordialement\n",
        "Please register Ms Ana Pereira, Patent examiner, in the API Task Force.\n"
        "Username: pt-apereira\n\nKind regards\n",
    ],
)
def test_a_sentence_or_salutation_heads_no_letter(body: str) -> None:
    """The letter's text has begun: a line with an office word below it is no letterhead."""
    assert parse(body).office is None


def test_wipos_representatives_name_no_office() -> None:
    parsed = parse(
        "Dear Sir/Madam,\n\nWe thank the representatives of the World Intellectual Property "
        "Organization for the circular. We nominate Mr Taro Yamada, Examiner, to the API "
        "Task Force.\n\nBest regards,\nHanako Sato\n"
    )
    assert parsed.office is None


def test_a_representatives_short_name_yields_to_the_signature() -> None:
    parsed = parse(
        "Señores:\n\nMediante el oficio adjunto se designa a la Dra. Mónica Salas, Ejecutiva, "
        "como representante del IFPI en el Equipo Técnico SEQL.\n\nAtentamente,\n"
        "Rosa Quispe\nDirección de Invenciones - IFPI\n\n"
        "Instituto Freedoniano de la Propiedad Industrial (IFPI)\n"
    )
    assert parsed.office != "IFPI en el Equipo Técnico SEQL"


def test_a_zh_office_answering_a_question_keeps_its_kind() -> None:
    parsed = parse(
        "CWS秘書處：\n\n就第C. CWS 175號通函，請問以個人電郵地址開設的帳戶是否可以接受？\n\n謝謝！\n"
    )
    assert parsed.nominees == ()
