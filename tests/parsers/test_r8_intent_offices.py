"""Who writes, for whom, and whether anybody is nominated yet.

A colleague's proposal before the office answers ("I suggest we nominate ..."); an
acknowledgement that promises the names later and gives a coordinator to contact. Each
beside the nomination it must not be mistaken for.
"""

from __future__ import annotations

import pytest

from parsers import Kind, ParsedEmail, ParseOptions, parse_email
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
