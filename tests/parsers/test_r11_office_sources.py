"""Where the office comes from when the text around it holds something else.

A postal address is never an office, whatever label or line it stands under; an adverb
between an Arabic verb and its object ends the subject; mail forwarded within one office
names a unit of it, so the office is the top sender's; a registry is an office; and our
acknowledgement quoting the office's own nomination lets that nomination complete the
person a short reply above both names.
"""

from __future__ import annotations

import pytest

from parsers.office_names import is_address, names_institution, without_address
from parsers.prose_offices import prose_office
from tests.parsers.mailmaker import make_mail
from tests.parsers.test_es_ru_shapes import parse


@pytest.mark.parametrize(
    "line",
    [
        "1 Paya Lebar Link, #11-03 PLQ 1, Singapore 408533",
        "34, chemin des Colombettes",
        "Paseo de la Castellana 75",
        "ул. Бережковская, д. 30, корп. 1",
        "北京市海淀区西土城路6号",
        "شارع الجامعة، عمان",
        "P.O. Box 1234",
    ],
)
def test_an_address_line_is_an_address(line: str) -> None:
    assert is_address(line)
    assert without_address(line) == ""


@pytest.mark.parametrize(
    "name",
    [
        "Intellectual Property Office of Singapore",
        "Office de la propriété industrielle",
        "Oficina Española de Patentes y Marcas",
        "Федеральная служба по интеллектуальной собственности (Роспатент)",
        "中华人民共和国国家知识产权局",
        "المكتب المغربي للملكية الصناعية والتجارية",
        "Road Transport Office",
        "St. Kitts Intellectual Property Office",
    ],
)
def test_an_office_name_is_no_address(name: str) -> None:
    assert not is_address(name)
    assert without_address(name) == name


@pytest.mark.parametrize(
    ("line", "office"),
    [
        (
            "Instituto Nacional de Propiedad Industrial, Avenida Libertador 120",
            "Instituto Nacional de Propiedad Industrial",
        ),
        (
            "Office de la propriété intellectuelle, 2 rue du Lac, 1000 Tunis",
            "Office de la propriété intellectuelle",
        ),
        ("Patent Office, 10th Floor, Building 3", "Patent Office"),
    ],
)
def test_the_address_after_an_office_is_cut_off(line: str, office: str) -> None:
    assert without_address(line) == office


def test_an_office_line_over_its_street_is_no_label_of_the_street() -> None:
    body = (
        "Madame, Monsieur,\n\nL'Office de la propriété industrielle a l'honneur de proposer :\n\n"
        "Nom : GRONDIN\nPrénom : Marie\nFonction : Examinatrice\n"
        "Nom d'utilisateur : re-mgrondin\nCourriel : m.grondin@opi.example\n"
        "Équipe d'experts : XML4IP\n\nCordialement,\n\nPaul Hoarau\n"
        "Office de la propriété industrielle\n12, rue du Port, 97400 Saint-Denis\n"
    )
    parsed = parse(make_mail(body, sender="Paul Hoarau <p.hoarau@opi.example>"))
    assert parsed.office == "Office de la propriété industrielle"
    assert [n.username for n in parsed.nominees] == ["re-mgrondin"]


def test_a_labelled_office_keeps_its_name_without_its_street() -> None:
    body = (
        "Dear Secretariat,\n\nName of Office: Industrial Property Registry, 45 Harbour Road, "
        "Port Town\nName: Mr John SMITH\nPosition: Examiner\nWIPO Account username: xx-jsmith\n"
        "E-mail: j.smith@ipr.example\nTask Force: XML4IP Task Force\n\nRegards,\nA. Clerk\n"
    )
    parsed = parse(make_mail(body, sender="A. Clerk <clerk@ipr.example>"))
    assert parsed.office == "Industrial Property Registry"


@pytest.mark.parametrize(
    "sentence",
    [
        "ويرشح المكتب أيضاً السيد كريم العلوي لعضوية فرقة العمل.",
        "وترشح الهيئة مجدداً السيدة ليلى حسن لعضوية فرقة العمل.",
        "يرشح المكتب بدلا منها السيد سامي الخطيب.",
    ],
)
def test_an_arabic_adverb_after_a_bare_office_noun_names_no_office(sentence: str) -> None:
    assert prose_office(sentence) is None


def test_an_arabic_office_named_in_full_before_its_verb_stands() -> None:
    found = prose_office("يسر المكتب المغربي للملكية الصناعية والتجارية أن يرشح السيد كريم.")
    assert found is not None
    assert found.value == "المكتب المغربي للملكية الصناعية والتجارية"


def test_arabic_successor_sentence_takes_the_office_from_the_signature() -> None:
    body = (
        "السادة الأمانة،\n\nويرشح المكتب أيضاً السيد كريم العلوي لعضوية فرقة العمل المعنية بـ XML4IP.\n"
        "اسم المستخدم: ma-kalaoui\nالبريد الإلكتروني: k.alaoui@ompic.example\n"
        "المنصب: مهندس\n\nمع التحية،\n\nسعاد بناني\n"
        "المكتب المغربي للملكية الصناعية والتجارية\n"
    )
    parsed = parse(make_mail(body, sender="Souad <s.bennani@ompic.example>"))
    assert parsed.office == "المكتب المغربي للملكية الصناعية والتجارية"


def _forward_chain(inner_sender: str) -> bytes:
    body = (
        "Dear Secretariat,\n\nPlease find below the nomination chosen by our Patents\n"
        "Directorate, forwarded to us for transmission.\n\nBest regards,\n\nAnna Berg\n"
        "International Affairs, Examplia Intellectual Property Office\n\n"
        "-----Original Message-----\n"
        f"From: Head of Patents <{inner_sender}>\nSent: Monday, October 2, 2023 10:00\n"
        "To: Anna Berg <anna.berg@eipo.example>\nSubject: Fwd: nomination\n\n"
        "Anna,\n\nThe Patents Directorate nominates Mr Lars NILSSON to the XML4IP Task Force.\n"
        "Username: ex-lnilsson\nE-mail: lars.nilsson@eipo.example\nPosition: Senior Examiner\n\n"
        "Regards,\nPatents Directorate\n"
    )
    return make_mail(
        body,
        subject="Fwd: Fwd: nomination C. CWS 175",
        sender="Anna Berg <anna.berg@eipo.example>",
    )


def test_an_internal_forward_names_the_top_senders_office() -> None:
    parsed = parse(_forward_chain("head.patents@eipo.example"))
    assert [n.username for n in parsed.nominees] == ["ex-lnilsson"]
    assert parsed.office == "Examplia Intellectual Property Office"


def test_a_forward_from_another_domain_keeps_the_forwarded_office() -> None:
    parsed = parse(_forward_chain("head.patents@patents.example"))
    assert parsed.office == "Patents Directorate"


@pytest.mark.parametrize(
    "name",
    ["Registro de la Propiedad Industrial", "Industrial Property Registry", "Registre du commerce"],
)
def test_a_registry_is_an_institution(name: str) -> None:
    assert names_institution(name)


def test_a_registrar_is_a_post_not_an_institution() -> None:
    assert not names_institution("Deputy Registrar")


def test_a_reply_above_our_request_takes_the_office_the_request_names() -> None:
    body = (
        "Buenos días:\n\nEl usuario es gt-lmorales y el correo lmorales@rpi.example.\n\n"
        "Saludos,\nJuan Pérez\n\n"
        "De: CWS Secretariat <cws.mail@wipo.int>\nEnviado: lunes, 16 de octubre de 2023 10:00\n"
        "Para: Juan Pérez <jperez@rpi.example>\nAsunto: C. CWS 175 - missing details\n\n"
        "Dear Mr. Pérez,\n\nWe have recorded the nomination from the Industrial Property "
        "Registry of Examplia:\nName: Ms Lucía MORALES\nTask Force: XML4IP Task Force\n"
        "WIPO Account username: (missing)\n\nCWS Secretariat\n"
    )
    parsed = parse(make_mail(body, sender="Juan Pérez <jperez@rpi.example>"))
    assert parsed.office is not None
    assert parsed.office.startswith("Industrial Property Registry")
    assert [(n.last_name, n.username) for n in parsed.nominees] == [("MORALES", "gt-lmorales")]


def _reply_above_ack(nomination_sender: str) -> bytes:
    body = (
        "Estimados:\n\nEl nombre de usuario de la Sra. Vargas es pe-avargas.\n\n"
        "Atentamente,\nRosa Díaz\nDirección de Invenciones\n\n"
        "________________________________\n"
        "From: CWS Secretariat <cws.mail@wipo.int>\nSent: Tuesday, October 17, 2023 9:00 AM\n"
        "To: Rosa Díaz <rdiaz@inv.example>\nSubject: RE: Designación C. CWS 175\n\n"
        "Dear Madam,\n\nThank you for your nomination. The WIPO Account username of Ms Vargas\n"
        "is missing; please send it to us.\n\nCWS Secretariat\n\n"
        "________________________________\n"
        f"De: Rosa Díaz <{nomination_sender}>\nEnviado: lunes, 16 de octubre de 2023 11:00\n"
        "Para: CWS Secretariat <cws.mail@wipo.int>\nAsunto: Designación C. CWS 175\n\n"
        "Estimados:\n\nLa Dirección de Invenciones designa a:\n\n"
        "Nombre: Sra. Ana VARGAS\nCargo: Examinadora de patentes\n"
        "Correo electrónico: avargas@inv.example\nEquipo Técnico: XML4IP\n\nAtentamente,\n"
    )
    return make_mail(
        body,
        subject="RE: RE: Designación C. CWS 175",
        sender="Rosa Díaz <rdiaz@inv.example>",
        headers=(("In-Reply-To", "<ack-2@cws.example>"),),
    )


def test_the_nomination_under_our_acknowledgement_completes_the_reply() -> None:
    parsed = parse(_reply_above_ack("rdiaz@inv.example"))
    nominee = parsed.nominees[0]
    assert (nominee.last_name, nominee.first_name, nominee.username) == (
        "VARGAS",
        "Ana",
        "pe-avargas",
    )
    assert nominee.position == "Examinadora de patentes"
    assert nominee.account_email == "avargas@inv.example"
    assert list(nominee.task_forces) == ["XML4IP Task Force"]


def test_a_message_of_someone_else_under_our_acknowledgement_completes_nothing() -> None:
    parsed = parse(_reply_above_ack("someone@other.example"))
    assert all(n.position is None for n in parsed.nominees)
