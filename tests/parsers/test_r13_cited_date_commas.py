"""The date a circular is cited with may hold a comma ("C. CWS 175 of September 21, 2023 the
Japan Patent Office nominates"): it opens no clause, so the office after it is read; in
each way offices write the date ("of 21 September 2023", "dated ...", "du 21 septembre 2023",
"en date du ...", "de fecha 21 de septiembre de 2023", "от 21 сентября 2023 года")."""

from __future__ import annotations

import pytest

from parsers import ParsedEmail, ParseOptions, parse_email
from tests.parsers.mailmaker import catalog, make_mail

JPO = "Japan Patent Office"
INPI = "Institut National de la Propriété Industrielle"
IMPI = "Instituto Mexicano de la Propiedad Industrial"


def parse(body: str) -> ParsedEmail:
    return parse_email(make_mail(body), catalog=catalog(), options=ParseOptions())


def en(lead: str) -> str:
    return (
        f"Dear CWS Secretariat,\n\n{lead} the Japan Patent Office nominates Ms Jane DOE, "
        "Examiner, to the API Task Force.\n\nBest regards\n"
    )


def fr(lead: str) -> str:
    return (
        f"Madame, Monsieur,\n\n{lead} l'Institut National de la Propriété Industrielle désigne "
        "Mme Jeanne DUPONT à l'Équipe d'experts chargée des API.\n\nCordialement\n"
    )


def es(lead: str) -> str:
    return (
        f"Estimados señores:\n\n{lead} el Instituto Mexicano de la Propiedad Industrial designa "
        "a la Sra. Ana GARCÍA para el Equipo Técnico de API.\n\nAtentamente\n"
    )


@pytest.mark.parametrize(
    ("body", "office"),
    [
        (en("In reply to circular C. CWS 175 of September 21, 2023,"), JPO),
        (en("In reply to circular C. CWS 175 of September 21, 2023"), JPO),
        (en("In reply to circular C. CWS 175 dated September 21, 2023"), JPO),
        (en("With reference to circular C. CWS 175 of Sept. 21st, 2023"), JPO),
        (en("Further to circular C. CWS 175 of 21st September, 2023"), JPO),
        (en("In reply to circular C. CWS 175, dated the 21st of September, 2023"), JPO),
        (en("In reply to circular C. CWS 175 of 21 September 2023"), JPO),
        (fr("En réponse à la circulaire C. CWS 175 du 21 septembre 2023"), INPI),
        (fr("Suite à la circulaire C. CWS 175 en date du 21 septembre 2023"), INPI),
        (es("En respuesta a la circular C. CWS 175 de 21 de septiembre de 2023"), IMPI),
        (es("En respuesta a la circular C. CWS 175 fechada el 21 de septiembre de 2023"), IMPI),
        (es("En respuesta a la circular C. CWS 175, de fecha 21 de septiembre de 2023"), IMPI),
    ],
)
def test_office_after_the_cited_date(body: str, office: str) -> None:
    assert parse(body).office == office


@pytest.mark.parametrize(
    "date", ["от 21 сентября 2023 года", "от 21.09.2023 г.", "от 21.09.2023 г.,"]
)
def test_russian_date_still_reads(date: str) -> None:
    body = (
        f"Уважаемые коллеги!\n\nВ ответ на циркулярное письмо C. CWS 175 {date} Национальный "
        "центр интеллектуальной собственности выдвигает г-жу Анну ИВАНОВУ в Целевую группу по "
        "API.\n\nС уважением\n"
    )
    assert parse(body).office == "Национальный центр интеллектуальной собственности"


def test_a_comma_after_a_year_elsewhere_still_opens_a_clause() -> None:
    # No circular is cited before the date: the clause after its comma holds the office.
    body = en("As agreed at the meeting of September 21, 2023,")
    assert parse(body).office == JPO
