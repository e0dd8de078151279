"""A task force named only by the link to its page on the CWS wiki (".../display/cwstf/API+Task+
Force", "%20" for the blanks, a "?src=..." tail, the newer ".../spaces/cwstf/pages/ID/Title")
is that task force; a link that carries no page title stays one unknown value."""

from __future__ import annotations

import pytest

from parsers import ParsedEmail, ParseOptions, parse_email
from parsers.wiki_links import page_titles
from tests.parsers.mailmaker import catalog, make_mail

WIKI = "https://www3.wipo.int/confluence/display/cwstf/"
API = "API Task Force"
DT = "Digital Transformation Task Force"
LS = "Legal Status Task Force"
SEQL = "Sequence Listings Task Force"


def parse(body: str) -> ParsedEmail:
    return parse_email(make_mail(body), catalog=catalog(), options=ParseOptions())


def test_links_under_a_task_force_label_arabic() -> None:
    body = (
        "السادة الأفاضل،\n\nبالإشارة إلى التعميم C. CWS 175، نرشح:\n\n"
        "السيد/ راشد الكتبي\nالمسمى الوظيفي: خبير تقنية معلومات\n"
        "اسم المستخدم: ae-rkatbi\nالبريد الإلكتروني: r.katbi@office.example\nفرق العمل:\n"
        f"{WIKI}API+Task+Force\n{WIKI}Digital+Transformation+Task+Force\n\n"
        "السيدة/ موزة الظاهري\nالمسمى الوظيفي: فاحصة براءات\n"
        "اسم المستخدم: ae-mdhaheri\nالبريد الإلكتروني: m.dhaheri@office.example\nفرق العمل:\n"
        f"{WIKI}Sequence+Listings+Task+Force\n{WIKI}Legal+Status+Task+Force?src=contextnavpagetreemode\n\n"
        "مع التحية،\nإدارة براءات الاختراع\n"
    )
    parsed = parse(body)
    assert [n.task_forces for n in parsed.nominees] == [(API, DT), (SEQL, LS)]
    assert all(not n.unknown_task_forces for n in parsed.nominees)
    assert not [w for w in parsed.warnings if w.code == "unknown_task_force"]


@pytest.mark.parametrize(
    "links",
    [
        # Percent-encoded blanks, the newer path, and a link in angle brackets with a tail.
        "https://www3.wipo.int/confluence/spaces/cwstf/pages/43093440/Legal%20Status%20Task%20Force"
        f" , <{WIKI}API+Task+Force?src=contextnavpagetreemode>",
        # Without the scheme.
        f"{WIKI.removeprefix('https://')}Legal+Status+Task+Force ; {WIKI}API+Task+Force",
    ],
)
def test_links_in_a_french_field(links: str) -> None:
    body = (
        "Madame, Monsieur,\n\nEn réponse à la circulaire C. CWS 175 :\n\n"
        "Nom : M. Jean DUPONT\nFonction : Examinateur\nNom d'utilisateur : fr-jdupont\n"
        f"Courriel : jean.dupont@inpi.example\nÉquipes d'experts : {links}\n\nCordialement,\nINPI\n"
    )
    nominee = parse(body).nominees[0]
    assert nominee.task_forces == (LS, API)  # catalogue order
    assert nominee.unknown_task_forces == ()


def test_a_link_in_an_english_sentence() -> None:
    body = (
        "Dear Secretariat,\n\nFurther to C. CWS 175, we nominate Mr John SMITH, Patent Examiner, "
        "username gb-jsmith, e-mail john.smith@ipo.example, to the task force at "
        f"{WIKI}Digital+Transformation+Task+Force.\n\nRegards,\nJane Roe\nIntellectual Property Office\n"
    )
    assert [n.task_forces for n in parse(body).nominees] == [(DT,)]


def test_a_link_without_a_page_title_is_one_unknown_value() -> None:
    link = "https://www3.wipo.int/confluence/pages/viewpage.action?pageId=43093440"
    body = (
        "Estimados:\n\nC. CWS 175\n\nNombre: Sra. Ana RUIZ\nCargo: Examinadora\nUsuario: es-aruiz\n"
        f"Correo: ana.ruiz@oepm.example\nEquipo Técnico: {link}\n\nSaludos,\nOEPM\n"
    )
    nominee = parse(body).nominees[0]
    assert nominee.task_forces == ()
    assert nominee.unknown_task_forces == (link,)


def test_links_to_other_pages_name_no_task_force() -> None:
    body = (
        "Dear Secretariat,\n\nC. CWS 175\n\nName: Ms Jane DOE\nPosition: Examiner\n"
        "Username: au-jdoe\nE-mail: jane.doe@ipa.example\nTask Force: XML4IP\n\n"
        f"See also https://www.ipa.example/display/api/Home and {WIKI}Home\n\nRegards\nIP Australia\n"
    )
    assert [n.task_forces for n in parse(body).nominees] == [("XML4IP Task Force",)]


@pytest.mark.parametrize(
    "text",
    [
        f"Task forces: {WIKI}API+Task+Force?src=x, {WIKI}Digital%20Transformation%20Task%20Force.",
        "Nothing linked here, only http://[broken and www.",
        "",
    ],
)
def test_page_titles_keeps_the_length(text: str) -> None:
    assert len(page_titles(text)) == len(text)


def test_page_titles_leaves_other_links() -> None:
    text = "See https://www.office.example/news/2023 and https://www3.wipo.int/cws/en/."
    assert page_titles(text) == text
