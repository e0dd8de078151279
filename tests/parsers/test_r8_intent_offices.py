"""Who writes, for whom, and whether anybody is nominated yet.

A colleague's proposal before the office answers ("I suggest we nominate ..."); an
acknowledgement that promises the names later and gives a coordinator to contact. Each
beside the nomination it must not be mistaken for.
"""

from __future__ import annotations

import pytest

from parsers import Kind, ParsedEmail, ParseOptions, parse_email
from parsers.drafts import Found
from parsers.language import detect_language
from parsers.quotes import split_quotes
from parsers.signature_offices import office_of_department
from tests.parsers.mailmaker import catalog, make_mail

API = "API Task Force"
SEQL = "Sequence Listings Task Force"
XML4IP = "XML4IP Task Force"


def parse(raw: bytes) -> ParsedEmail:
    return parse_email(raw, catalog=catalog(), options=ParseOptions())


# --- a proposal to a colleague, before the office answers --------------------------------

PROPOSALS = [
    (
        "en",
        "Hi Peter,\n\nHere is the circular C. CWS 175. Before we reply, I suggest we nominate "
        "Mr Tom Reed, Head of the IT Unit, for the API Task Force, and Ms Jane Holt, patent "
        "examiner, for the Sequence Listings Task Force. Neither has a WIPO Account yet.\n\n"
        "If you agree, I will draft the letter for the Director's signature.\n\nBest,\n\n"
        "Alan Brooks\nInternational Affairs\nPatent Office of Examplestan\n",
    ),
    (
        "fr",
        "Bonjour Claire,\n\nJe te transmets la circulaire C. CWS 175. Avant de répondre à "
        "l'OMPI, je te propose que nous désignions M. Paul Girard, chef du service "
        "informatique, pour l'Équipe d'experts chargée de l'API. Il n'a pas encore de compte "
        "OMPI.\n\nSi tu es d'accord, je prépare la lettre pour la signature du Directeur "
        "général.\n\nCordialement,\n\nLouis Perrin\nRelations internationales\nOffice de la "
        "propriété industrielle d'Exemplie\n",
    ),
    (
        "es",
        "Hola Javier:\n\nTe reenvío la circular C. CWS 175. Antes de contestar, propongo que "
        "nombremos a la Sra. Elena Torres Vidal, jefa de sistemas, para el Equipo Técnico "
        "XML4IP. Todavía no tiene Cuenta OMPI.\n\nSi te parece bien, preparo el oficio.\n\n"
        "Saludos,\n\nPablo Ruiz\nRelaciones Internacionales\nOficina de Patentes de "
        "Examplestan\n",
    ),
    (
        "zh",
        "王处长：\n\n转去C. CWS 175号通函。在答复产权组织之前，我建议我们提名李明先生（信息化处处长）"
        "参加API工作队。他还没有产权组织账户。\n\n如您同意，我来起草正式函件。\n\n张伟\n国际合作处\n",
    ),
]


@pytest.mark.parametrize(("lang", "body"), PROPOSALS, ids=[c[0] for c in PROPOSALS])
def test_a_proposal_to_a_colleague_nominates_nobody_yet(lang: str, body: str) -> None:
    result = parse(make_mail(body, subject="FW: C. CWS 175 - task forces"))
    assert result.kind is Kind.OTHER, (lang, result.kind_reason, result.nominees)
    assert result.nominees == ()


NOMINATIONS = [
    (
        "en",
        "Dear Secretariat,\n\nIn reply to circular C. CWS 175, we propose Mr Tom Reed, Head of "
        "the IT Unit, for the API Task Force. His WIPO Accounts username is xx-treed.\n\n"
        "Best regards,\n\nAlan Brooks\nPatent Office of Examplestan\n",
        API,
    ),
    (
        "es",
        "Estimados señores:\n\nEn respuesta a la circular C. CWS 175, proponemos a la Sra. "
        "Elena Torres Vidal, jefa de sistemas, para el Equipo Técnico XML4IP. Su nombre de "
        "usuario de la Cuenta OMPI es xx-etorres.\n\nAtentamente,\n\nPablo Ruiz\nOficina de "
        "Patentes de Examplestan\n",
        XML4IP,
    ),
]


@pytest.mark.parametrize(("lang", "body", "tf"), NOMINATIONS, ids=[c[0] for c in NOMINATIONS])
def test_an_office_proposing_its_own_candidate_still_nominates(
    lang: str, body: str, tf: str
) -> None:
    result = parse(make_mail(body))
    assert result.kind is Kind.NOMINATION, (lang, result.kind_reason)
    assert [n.task_forces for n in result.nominees] == [(tf,)]


# --- an acknowledgement: the names later, a coordinator now ------------------------------

LATER = [
    (
        "en",
        "Dear CWS Secretariat,\n\nWe acknowledge receipt of circular C. CWS 175. We will submit "
        "our nominations once they are approved by management, before the deadline.\n\nFor coordination, please contact:\nMr Kevin Doyle\nHead of International "
        "Cooperation\nE-mail: kdoyle@office.example\n\nBest regards,\n\nSusan Park\nPatent "
        "Office of Examplestan\n",
    ),
    (
        "fr",
        "Madame, Monsieur,\n\nNous accusons réception de la circulaire C. CWS 175. Nous vous "
        "communiquerons ultérieurement les noms de nos candidats, dès leur approbation par "
        "la direction.\n\nPour toute coordination, veuillez contacter :\nM. Julien Lefèvre\n"
        "Chef du service de la coopération internationale\nCourriel : jlefevre@office.example"
        "\n\nCordialement,\n\nAnne Morel\nOffice de la propriété industrielle d'Exemplie\n",
    ),
    (
        "es",
        "Estimados señores:\n\nAcusamos recibo de la circular C. CWS 175. Les haremos llegar "
        "los nombres de los candidatos una vez aprobados por la Dirección.\n\nPara la "
        "coordinación, pueden dirigirse a:\nSr. Andrés Molina Prieto\nJefe de Cooperación "
        "Internacional\nCorreo electrónico: amolina@office.example\n\nAtentamente,\n\nLucía "
        "Vega\nOficina de Patentes de Examplestan\n",
    ),
    (
        "ar",
        "السادة أمانة لجنة معايير الويبو،\n\nنحيطكم علماً باستلام التعميم C. CWS 175، وسنوافيكم "
        "بأسماء المرشحين فور اعتمادها.\n\nللتنسيق يرجى التواصل مع:\nالسيد/ ماجد الشامسي\nمدير "
        "إدارة التعاون الدولي\nالبريد الإلكتروني: m.alshamsi@office.example\n\nمع خالص التحية،\n\n"
        "هند الزعابي\nمكتب براءات الاختراع\n",
    ),
]


@pytest.mark.parametrize(("lang", "body"), LATER, ids=[c[0] for c in LATER])
def test_names_promised_later_leave_the_coordinator_no_nominee(lang: str, body: str) -> None:
    result = parse(make_mail(body, subject="RE: C. CWS 175 - task forces"))
    assert result.kind is Kind.OTHER, (lang, result.kind_reason, result.nominees)
    assert result.kind_reason == "the office will send its nominations later"


def test_a_nomination_promising_more_names_later_still_nominates() -> None:
    body = (
        "Dear Secretariat,\n\nIn reply to circular C. CWS 175, we nominate Mr Kevin Doyle, "
        "Head of International Cooperation, e-mail kdoyle@office.example. We will send the "
        "names of our other candidates next week.\n\nBest regards,\n\nSusan Park\nPatent "
        "Office of Examplestan\n"
    )
    result = parse(make_mail(body))
    assert result.kind is Kind.NOMINATION, result.kind_reason
    assert [n.last_name for n in result.nominees] == ["Doyle"]


def test_a_nominee_with_a_task_force_is_no_coordinator() -> None:
    body = (
        "Estimados señores:\n\nEn respuesta a la circular C. CWS 175:\n\nNombre: Andrés\n"
        "Apellidos: Molina Prieto\nCargo: Jefe de Cooperación Internacional\nCorreo "
        "electrónico: amolina@office.example\nEquipo Técnico: XML4IP\n\nLes haremos llegar "
        "los nombres de los demás candidatos una vez aprobados.\n\nAtentamente,\n\nLucía "
        "Vega\nOficina de Patentes de Examplestan\n"
    )
    result = parse(make_mail(body))
    assert result.kind is Kind.NOMINATION, result.kind_reason
    assert [n.task_forces for n in result.nominees] == [(XML4IP,)]


# --- an assistant's cover line above the letter she sends for her director ---------------

RULE = "_" * 32

ON_BEHALF = [
    (
        "en",
        "Dear CWS Secretariat,\n\nOn behalf of the Director General of the Patent Office of "
        "Examplestan, Dr Omar Vance, please find his letter below.\n\nLinda Shaw\nAssistant to "
        f"the Director General\n\n{RULE}\n\nWith reference to circular C. CWS 175, the Patent "
        "Office of Examplestan nominates:\n\nTitle: Mr\nLast name: Grant\nFirst name: Henry\n"
        "Position: Head of Data Services\nWIPO Accounts username: xx-hgrant\nE-mail: "
        "hgrant@office.example\nTask force: API Task Force\n\nYours sincerely,\n\nOmar Vance\n"
        "Director General\nPatent Office of Examplestan\n",
        ("Grant", API),
    ),
    (
        "fr",
        "Madame, Monsieur,\n\nAu nom de M. le Directeur général de l'Office de la propriété "
        "industrielle d'Exemplie, je vous transmets ci-dessous son courrier.\n\nSophie Blanc\n"
        f"Assistante de direction\n\n{RULE}\n\nSuite à la circulaire C. CWS 175, l'Office de "
        "la propriété industrielle d'Exemplie désigne :\n\nCivilité : Mme\nNom : ROUX\nPrénom : "
        "Hélène\nFonction : Cheffe du service des brevets\nNom d'utilisateur : xx-hroux\n"
        "Courriel : hroux@office.example\nÉquipe d'experts : Équipe d'experts chargée du "
        "listage des séquences\n\nVeuillez agréer l'expression de notre considération.\n\n"
        "Marc Dubois\nDirecteur général\n",
        ("ROUX", SEQL),
    ),
    (
        "es",
        "Estimados señores:\n\nEn nombre del Director General de la Oficina de Patentes de "
        "Examplestan, les remito a continuación su oficio.\n\nCarmen Ortiz\nAsistente de "
        f"Dirección\n\n{RULE}\n\nEn respuesta a la circular C. CWS 175, la Oficina de Patentes "
        "de Examplestan designa a:\n\nTratamiento: Sr.\nApellidos: Fuentes Lara\nNombre: Diego\n"
        "Cargo: Jefe de Informática\nNombre de usuario: xx-dfuentes\nCorreo electrónico: "
        "dfuentes@office.example\nEquipo Técnico: XML4IP\n\nAtentamente,\n\nJosé Ramos\n"
        "Director General\n",
        ("Fuentes Lara", XML4IP),
    ),
]


@pytest.mark.parametrize(("lang", "body", "want"), ON_BEHALF, ids=[c[0] for c in ON_BEHALF])
def test_the_letter_under_an_on_behalf_cover_is_read(
    lang: str, body: str, want: tuple[str, str]
) -> None:
    result = parse(make_mail(body, sender="Assistant <assistant@office.example>"))
    assert result.kind is Kind.NOMINATION, (lang, result.kind_reason)
    assert [(n.last_name, n.task_forces) for n in result.nominees] == [(want[0], (want[1],))]


def test_an_outlook_reply_rule_with_headers_stays_history() -> None:
    body = (
        "Dear colleagues,\n\nOn behalf of our Director, thank you for the reminder; our answer "
        f"will follow.\n\nLinda Shaw\n\n{RULE}\nFrom: CWS Mail <cws.mail@wipo.int>\nSent: "
        "Monday, 2 October 2023 10:00\nTo: Linda Shaw\nSubject: C. CWS 175\n\nTitle: Mr\n"
        "Last name: Grant\nWIPO Accounts username: xx-hgrant\n"
    )
    split = split_quotes(body)
    assert "xx-hgrant" not in split.new_text
    assert "xx-hgrant" in split.quoted


def test_a_bare_rule_without_a_cover_line_stays_history() -> None:
    body = (
        "Dear colleagues,\n\nPlease see the earlier exchange.\n\nLinda Shaw\n\n"
        f"{RULE}\n\nTitle: Mr\nLast name: Grant\nWIPO Accounts username: xx-hgrant\n"
    )
    assert "xx-hgrant" not in split_quotes(body).new_text


# --- a department line in the signature, the full office in the letter -------------------

DEPARTMENT_LINE = [
    (
        "en",
        "Dear Secretariat,\n\nAt the request of Mr Lars Berg, Director of the Patent Data "
        "Division of the Nordic Industrial Property Agency (NIPA), I attach his letter in reply "
        "to circular C. CWS 175.\n\nThe letter designates Ms Eva Lund, Senior Examiner, as the "
        "representative of NIPA on the API Task Force. Her WIPO Accounts username is "
        "xx-elund.\n\nKind regards,\n\nKarin Holm\nExecutive Assistant\nPatent Data Division - "
        "NIPA\n",
        "Nordic Industrial Property Agency (NIPA)",
    ),
    (
        "fr",
        "Madame, Monsieur,\n\nÀ la demande de M. Paul Girard, directeur du Département des "
        "brevets de l'Office Exemplien de la Propriété Industrielle (OEPI), je vous adresse sa "
        "lettre en réponse à la circulaire C. CWS 175.\n\nCette lettre désigne Mme Claire "
        "Morin, examinatrice principale, pour l'Équipe d'experts chargée de l'API. Son nom "
        "d'utilisateur est xx-cmorin.\n\nCordialement,\n\nJulie Petit\nAssistante de "
        "direction\nService des brevets - OEPI\n",
        "Office Exemplien de la Propriété Industrielle (OEPI)",
    ),
]


@pytest.mark.parametrize(
    ("lang", "body", "office"), DEPARTMENT_LINE, ids=[c[0] for c in DEPARTMENT_LINE]
)
def test_the_office_the_letter_spells_out_beats_a_signed_department(
    lang: str, body: str, office: str
) -> None:
    result = parse(make_mail(body))
    assert result.kind is Kind.NOMINATION, (lang, result.kind_reason)
    assert result.office == office


def test_a_department_line_without_the_short_name_spelled_out_is_kept() -> None:
    body = (
        "Dear Secretariat,\n\nIn reply to circular C. CWS 175, we nominate Ms Eva Lund, "
        "Senior Examiner, for the API Task Force. Her WIPO Accounts username is xx-elund. The "
        "World Intellectual Property Organization (WIPO) has her account.\n\nKind regards,\n\n"
        "Karin Holm\nPatent Data Division - NIPA\n"
    )
    result = parse(make_mail(body))
    assert result.office == "Patent Data Division - NIPA"


def test_office_of_department_keeps_a_signature_giving_its_own_short_name() -> None:
    signed = Found("Nordic Patent Office (NPO)", 0, 26, "signature", "")
    text = "Director of the Nordic Patent Office (NPO), on behalf of the Agency of Names (NPO)"
    assert office_of_department(signed, text) is None


# --- a letter in one script, its data block in Latin labels ------------------------------

FRENCH_BLOCK = (
    "Civilité : Mme\nNom : HADJ SAID\nPrénom : Nadia\nFonction : Examinatrice principale, "
    "Département des brevets\nNom d'utilisateur : xx-nhadjsaid\nCourriel : n.hadjsaid@office.example"
    "\nÉquipe d'experts : Équipe d'experts chargée de la situation juridique\n"
    "Civilité : M.\nNom : BENALI\nPrénom : Karim\nFonction : Chef du service informatique\n"
    "Nom d'utilisateur : xx-kbenali\nCourriel : k.benali@office.example\n"
)
LETTERS = [
    (
        "ar",
        "السيدات والسادة أعضاء أمانة لجنة معايير الويبو،\n\nردا على التعميم C. CWS 175، يتشرف "
        f"المعهد بترشيح الإطارين التاليين:\n\n{FRENCH_BLOCK}\nوتقبلوا فائق التقدير والاحترام.\n",
    ),
    (
        "ru",
        "Уважаемые коллеги!\n\nВ ответ на циркулярное письмо C. CWS 175 ведомство выдвигает "
        f"следующих специалистов в целевые группы:\n\n{FRENCH_BLOCK}\nС уважением,\n",
    ),
    (
        "zh",
        "尊敬的秘书处：\n\n关于C. CWS 175号通函，我局推荐下列两位同事参加工作队，"
        f"具体信息如下，请予以登记并告知账户开通情况。谢谢！\n\n{FRENCH_BLOCK}\n此致\n敬礼\n",
    ),
]


@pytest.mark.parametrize(("lang", "text"), LETTERS, ids=[c[0] for c in LETTERS])
def test_the_letter_not_its_latin_data_block_gives_the_language(lang: str, text: str) -> None:
    assert detect_language(text) == lang


def test_a_latin_letter_above_a_long_notice_in_another_script_stays_latin() -> None:
    notice = (
        "تنبيه: هذه الرسالة وما تحتويه من مرفقات سرية ومخصصة فقط للشخص أو الجهة المرسلة إليها، "
        "وإذا وصلتك هذه الرسالة عن طريق الخطأ فيرجى إبلاغ المرسل فوراً وحذفها من جهازك."
    )
    text = (
        "Madame, Monsieur,\n\nSuite à la circulaire C. CWS 175, nous désignons :\n\n"
        f"{FRENCH_BLOCK}\nCordialement,\n\n{notice}\n"
    )
    assert detect_language(text) == "fr"


# --- the person only in an attached card, the username in the text -----------------------


def _card(family: str, given: str, prefix: str, title: str, email: str) -> bytes:
    lines = [
        "BEGIN:VCARD",
        "VERSION:3.0",
        f"N:{family};{given};;{prefix};",
        f"FN:{given} {family}",
        f"TITLE:{title}",
        f"EMAIL;type=INTERNET;type=WORK;type=pref:{email}",
        "END:VCARD",
        "",
    ]
    return "\r\n".join(lines).encode("utf-8")


CARD_MAILS = [
    (
        "en",
        "Dear CWS Secretariat,\n\nRegarding circular C. CWS 175, the Patent Office of "
        "Examplestan nominates our colleague whose contact card is attached to the API Task "
        "Force.\n\nHis WIPO Accounts username is xx-pnoble, created with the work e-mail on "
        "the card.\n\nBest regards,\n\nAnna Berg\nPatent Office of Examplestan\n",
        _card("Noble", "Peter", "Mr.", "Head of IT", "p.noble@office.example"),
        "xx-pnoble",
    ),
    (
        "es",
        "Estimados señores:\n\nEn respuesta a la circular C. CWS 175, la Oficina de Patentes "
        "de Examplestan designa a la colega cuya tarjeta de contacto adjuntamos para el Equipo "
        "Técnico XML4IP.\n\nSu nombre de usuario de la Cuenta OMPI es xx-lserrano.\n\n"
        "Atentamente,\n\nPablo Ruiz\nOficina de Patentes de Examplestan\n",
        _card("Serrano Gil", "Lucía", "Sra.", "Examinadora", "l.serrano@office.example"),
        "xx-lserrano",
    ),
]


@pytest.mark.parametrize(
    ("lang", "body", "vcf", "user"), CARD_MAILS, ids=[c[0] for c in CARD_MAILS]
)
def test_the_username_the_text_gives_joins_the_one_person_on_the_card(
    lang: str, body: str, vcf: bytes, user: str
) -> None:
    raw = make_mail(body, attachments=(("Colleague.vcf", "text/vcard", vcf),))
    result = parse(raw)
    assert result.kind is Kind.NOMINATION, (lang, result.kind_reason)
    assert [n.username for n in result.nominees] == [user]


def test_two_usernames_in_the_text_leave_the_card_without_one() -> None:
    body = (
        "Dear CWS Secretariat,\n\nRegarding circular C. CWS 175, the Patent Office of "
        "Examplestan nominates our colleague whose contact card is attached to the API Task "
        "Force. His username is xx-pnoble; his deputy's username is xx-jdoe.\n\nBest "
        "regards,\n\nAnna Berg\n"
    )
    vcf = _card("Noble", "Peter", "Mr.", "Head of IT", "p.noble@office.example")
    result = parse(make_mail(body, attachments=(("Colleague.vcf", "text/vcard", vcf),)))
    assert all(n.username is None for n in result.nominees)
