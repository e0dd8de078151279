"""Our own mail quoted under an attribution that names us but gives no address.

"Le 11/10/2023 à 15:42, CWS Secretariat a écrit :" over our acknowledgement: the quoted
message is ours, never the office's own earlier mail, though the nominee's address it
repeats is at the office's domain. And a signature whose first line is a unit named for its
work ("International Cooperation Division") over the institution's own line names the
institution.
"""

from __future__ import annotations

import pytest

from parsers import ParsedEmail, ParseOptions, parse_email
from parsers.quotes import OURS, split_quotes
from parsers.signature_offices import signature_office
from tests.parsers.mailmaker import catalog, make_mail


def parse(raw: bytes) -> ParsedEmail:
    return parse_email(raw, catalog=catalog(), options=ParseOptions())


_ACK_EN = (
    "> Dear Ms Duval,\n>\n"
    "> The CWS Secretariat acknowledges receipt of the nomination of the Patent Office of\n"
    "> Examplestan:\n>\n"
    "> Mr Jonas KOVALENKO\n"
    "> Position: Senior Examiner\n"
    "> WIPO Account username: xx-jkovalenko\n"
    "> E-mail: j.kovalenko@office.example\n"
    "> Task Force: API Task Force\n>\n"
    "> Best regards,\n> CWS Secretariat\n"
)

CORRECTIONS = [
    (
        "fr",
        "Madame, Monsieur,\n\nMerci pour cet accusé de réception. Dans votre message figure "
        "« KOVALENKO », l'orthographe correcte est « KOVALENKA ». Le reste est correct.\n\n"
        "Cordialement,\nClaire Duval\nService de la coopération internationale\n"
        "Patent Office of Examplestan\n\n"
        "Le 11/10/2023 à 15:42, CWS Secretariat a écrit :\n",
    ),
    (
        "es",
        "Estimados señores:\n\nGracias por el acuse de recibo. En su mensaje figura «KOVALENKO»; "
        "el apellido se escribe correctamente «KOVALENKA». Los demás datos son correctos.\n\n"
        "Atentamente,\nClara Duval\nDepartamento de Relaciones Internacionales\n"
        "Patent Office of Examplestan\n\n"
        "El 11/10/2023 a las 15:42, WIPO CWS escribió:\n",
    ),
]


@pytest.mark.parametrize(("lang", "top"), CORRECTIONS, ids=[c[0] for c in CORRECTIONS])
def test_correction_above_our_unaddressed_acknowledgement(lang: str, top: str) -> None:
    parsed = parse(
        make_mail(
            top + _ACK_EN,
            subject="Re: C. CWS 175 - Acknowledgement of nomination",
            sender="Claire Duval <c.duval@office.example>",
        )
    )
    assert [(n.last_name, n.first_name, n.username) for n in parsed.nominees] == [
        ("KOVALENKA", "Jonas", "xx-jkovalenko")
    ]
    assert parsed.office == "Patent Office of Examplestan"


def test_attribution_naming_us_without_address_is_ours() -> None:
    text = "Merci.\n\n11.10.2023 15:42, CWS Mail пишет:\n" + _ACK_EN
    assert split_quotes(text).earlier_from == OURS


def test_attribution_naming_a_person_keeps_the_address_below() -> None:
    # Negative: a colleague's own earlier mail ("Priya Raman wrote:") is still known by the
    # address it carries, not taken for ours.
    text = (
        "See below.\n\nOn 4/10/2023 3:12 pm, Priya Raman wrote:\n"
        "> We nominate Mr Liam Ross.\n> E-mail: liam.ross@office.example\n"
    )
    assert split_quotes(text).earlier_from == "liam.ross@office.example"


SIGNATURES = [
    (
        "Управление международного сотрудничества\n"
        "Государственное ведомство по интеллектуальной собственности\n",
        "Государственное ведомство по интеллектуальной собственности",
    ),
    (
        "International Cooperation Division\nNational Institute of Industrial Property\n",
        "National Institute of Industrial Property",
    ),
    (
        "Département des relations internationales\nOffice national de la propriété industrielle\n",
        "Office national de la propriété industrielle",
    ),
]


@pytest.mark.parametrize(("signature", "office"), SIGNATURES)
def test_institution_line_beats_the_unit_above_it(signature: str, office: str) -> None:
    found = signature_office("Jane Roe\n" + signature)
    assert found is not None
    assert found.value == office


def test_lone_unit_line_or_office_named_for_its_subject_still_counts() -> None:
    # Negatives: a unit alone is still the best the signature gives, and an office whose
    # line names its subject is never taken for a unit of another.
    lone = signature_office("Jane Roe\nDirectorate of International Cooperation\n")
    assert lone is not None
    assert lone.value == "Directorate of International Cooperation"
    both = signature_office(
        "Jane Roe\nIntellectual Property Cooperation Office\nMinistry of Economy\n"
    )
    assert both is not None
    assert both.value == "Intellectual Property Cooperation Office"
