"""The office named only where a reply leads in to its nominee, or after an opening adjunct.

A reply typed on a phone has no signature block: "Pour l'Office ... :" over the nominee's
line, or "Por la SIC (...) designamos a:", is the only place the office is named. A letter
may open with the circular it answers ("В ответ на циркулярное письмо C. CWS 175 РГП «...»
сообщает") or give a long name closed by its short name.
"""

from __future__ import annotations

import pytest

from parsers.prose_offices import prose_office
from tests.parsers.mailmaker import make_mail
from tests.parsers.test_es_ru_shapes import parse

LEAD_INS = [
    (
        "fr_colon_over_titled_line",
        "Bonjour,\n\nPour l'Institut national de la propriété industrielle :\n"
        "M. Marc Dubois, examinateur – équipe ST.26\n"
        "identifiant WIPO : fr-mdubois / marc.dubois@inpi.example\n\nCordialement\nAnne Roy\n",
        "Institut national de la propriété industrielle",
    ),
    (
        "en_colon_over_titled_line",
        "Hi,\n\nFor the Danish Patent and Trademark Office:\n"
        "Ms Karen Holm, examiner - ST.26\nusername dk-kholm, kholm@dkpto.example\n\nThanks\n",
        "Danish Patent and Trademark Office",
    ),
    (
        "es_acronym_then_name_then_verb",
        "Buenos días. Por el INAPI (Instituto Nacional de Propiedad Industrial, Chile) "
        "proponemos a:\n\nSr. Pedro Soto Vera - Analista - usuario cl-psoto - "
        "psoto@inapi.example - ST.26\n\nSaludos\n",
        "INAPI (Instituto Nacional de Propiedad Industrial, Chile)",
    ),
    (
        "ru_colon_over_numbered_titled_line",
        "Добрый день.\n\nОт Национального центра интеллектуальной собственности:\n"
        "1. г-н Петров Иван Сергеевич, эксперт, логин ge-ipetrov, ipetrov@sakpatenti.example\n",
        "Национального центра интеллектуальной собственности",
    ),
    (
        "en_superintendence_we_nominate",
        "Good morning. For the Superintendence of Industry and Commerce, we nominate:\n\n"
        "Mr Luis Prado - Adviser - user co-lprado - lprado@sic.example\n",
        "Superintendence of Industry and Commerce",
    ),
]


@pytest.mark.parametrize(("name", "body", "office"), LEAD_INS, ids=[c[0] for c in LEAD_INS])
def test_office_named_in_the_lead_in_to_the_nominee(name: str, body: str, office: str) -> None:
    found = prose_office(body)
    assert found is not None
    assert found.value == office
    assert body[found.start : found.end] == office


def test_lead_in_office_reaches_the_parsed_mail() -> None:
    body = LEAD_INS[0][1]
    parsed = parse(make_mail(body, sender="Anne Roy <anne.roy@inpi.example>"))
    assert parsed.office == "Institut national de la propriété industrielle"
    assert [n.username for n in parsed.nominees] == ["fr-mdubois"]


NO_OFFICE = [
    # The words after "for" are no name: a lower-case word follows the preposition.
    (
        "en_contact_line",
        "For any questions, please contact the Patent Office:\nMr John Doe, +41 22 000 00 00\n",
    ),
    (
        "en_out_of_office",
        "I am out of the office until 16 October.\nFor urgent matters:\nMs Jane Roe\n",
    ),
    ("es_por_la_presente", "Por la presente designamos a la Sra. Ana Ruiz, analista.\n"),
    # A bare institution word, or a person's post, is no office's name.
    ("fr_bare_office", "Bonjour,\n\nPour l'Office :\nM. Paul Martin, examinateur\n"),
    ("en_director", "For the Director General of the Patent Office:\nMr Paul Smith\n"),
    # The Secretariat signing its own request is no nominating office.
    ("fr_secretariat", "Pour le Bureau international :\nM. Paul Martin, directeur\n"),
    ("en_secretariat", "For the International Bureau of WIPO:\nMr Paul Smith, Director\n"),
    # No title opens the next line: a heading over a paragraph, not over a nominee.
    (
        "en_heading_over_prose",
        "For the Patent Office of Ruritania:\nthe deadline has been extended.\n",
    ),
]


@pytest.mark.parametrize(("name", "body"), NO_OFFICE, ids=[c[0] for c in NO_OFFICE])
def test_no_office_from_a_lead_in_that_names_none(name: str, body: str) -> None:
    assert prose_office(body) is None


OPENING_ADJUNCTS = [
    (
        "ru_reply_then_office_without_comma",
        "Уважаемые коллеги!\n\nВ ответ на циркулярное письмо C. CWS 175 Государственное "
        "предприятие «Патентный институт» Министерства юстиции Республики Руритания "
        "(Рурпатент) сообщает сведения о своих представителях.\n",
        "Государственное предприятие «Патентный институт» Министерства юстиции Республики "
        "Руритания (Рурпатент)",
    ),
    (
        "en_reply_then_office_without_comma",
        "Dear Sir or Madam,\n\nIn reply to circular C. CWS 175 the Intellectual Property "
        "Office of Ruritania nominates the following experts.\n",
        "Intellectual Property Office of Ruritania",
    ),
    (
        "fr_reply_then_office_without_comma",
        "Madame, Monsieur,\n\nEn réponse à la circulaire C. CWS 175 l'Office des brevets de "
        "Ruritanie a l'honneur de désigner les experts suivants.\n",
        "Office des brevets de Ruritanie",
    ),
]


@pytest.mark.parametrize(
    ("name", "body", "office"), OPENING_ADJUNCTS, ids=[c[0] for c in OPENING_ADJUNCTS]
)
def test_office_after_an_opening_adjunct(name: str, body: str, office: str) -> None:
    found = prose_office(body)
    assert found is not None
    assert found.value == office


LONG_NAMES = [
    (
        "ru_genitive_ministry_and_short_name",
        "Уважаемые господа!\n\nГосударственное учреждение «Республиканский центр "
        "интеллектуальной собственности» Министерства экономического развития и торговли "
        "Республики Руритания (РЦИС) в ответ на циркулярное письмо C. CWS 175 предлагает "
        "следующих специалистов:\n",
        "Государственное учреждение «Республиканский центр интеллектуальной собственности» "
        "Министерства экономического развития и торговли Республики Руритания (РЦИС)",
    ),
    (
        "en_ministry_and_short_name",
        "Dear Colleagues,\n\nThe National Institute for the Protection of Industrial Property "
        "and Technology Transfer of the Ministry of Economic Development of Ruritania (NIPIP) "
        "is pleased to nominate the following experts.\n",
        "National Institute for the Protection of Industrial Property and Technology Transfer "
        "of the Ministry of Economic Development of Ruritania (NIPIP)",
    ),
]


@pytest.mark.parametrize(("name", "body", "office"), LONG_NAMES, ids=[c[0] for c in LONG_NAMES])
def test_long_office_name_closed_by_its_short_name(name: str, body: str, office: str) -> None:
    assert len(office) > 140
    found = prose_office(body)
    assert found is not None
    assert found.value == office


def test_a_long_clause_without_a_short_name_is_no_office() -> None:
    body = (
        "Dear Colleagues,\n\nThe Department of Information Systems and Documentation of the "
        "Industrial Property Directorate of the Ministry of Economic Development and Trade of "
        "Ruritania nominates the following experts.\n"
    )
    assert prose_office(body) is None
