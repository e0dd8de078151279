"""The office named in apposition to "we", set off by commas before the nominating verb:
"we, the Japan Patent Office, nominate", "nous, l'Institut ..., désignons", "nosotros, el
Instituto ..., designamos", "мы, Федеральная служба ..., выдвигаем". A lower-case
apposition ("we, the undersigned,") names no office."""

from __future__ import annotations

import pytest

from parsers import parse_email
from tests.parsers.mailmaker import catalog, make_mail


@pytest.mark.parametrize(
    ("body", "office", "last_name"),
    [
        (
            "Dear Secretariat,\n\nIn response to circular C. CWS 175, we, the Japan Patent "
            "Office, nominate Mr. Taro YAMADA, Deputy Director, to the API Task Force. His WIPO "
            "Accounts username is jp-tyamada.\n\nBest regards,\nHanako Suzuki\n",
            "Japan Patent Office",
            "YAMADA",
        ),
        (
            "Regarding C. CWS 175, we, the Korean Intellectual Property Office (KIPO), are "
            "pleased to nominate Mr. Minsu KIM, Examiner, to the API Task Force.\n\nRegards\n",
            "Korean Intellectual Property Office (KIPO)",
            "KIM",
        ),
        (
            "Madame, Monsieur,\n\nSuite à la circulaire C. CWS 175, nous, l'Institut national "
            "de la propriété industrielle, désignons M. Jean DUPONT, chef de service, pour "
            "l'Équipe d'experts chargée de l'API.\n\nCordialement\n",
            "Institut national de la propriété industrielle",
            "DUPONT",
        ),
        (
            "Estimados señores:\n\nEn respuesta a la circular C. CWS 175, nosotros, el Instituto "
            "Mexicano de la Propiedad Industrial, designamos al Sr. Juan PÉREZ, Director, para "
            "el Equipo Técnico sobre API.\n\nAtentamente\n",
            "Instituto Mexicano de la Propiedad Industrial",
            "PÉREZ",
        ),
        (
            "Уважаемые коллеги!\n\nВ ответ на циркулярное письмо C. CWS 175 мы, Федеральная "
            "служба по интеллектуальной собственности, выдвигаем г-на Иванова Ивана, "
            "начальника отдела, в Целевую группу по API.\n\nС уважением\n",
            "Федеральная служба по интеллектуальной собственности",
            "Иванов",
        ),
    ],
)
def test_the_office_after_we_is_the_nominating_office(
    body: str, office: str, last_name: str
) -> None:
    parsed = parse_email(make_mail(body), catalog=catalog())
    assert parsed.office == office
    assert [n.last_name for n in parsed.nominees] == [last_name]


@pytest.mark.parametrize(
    "body",
    [
        "Regarding C. CWS 175, we, the undersigned, nominate Mr. John SMITH, Examiner, to the "
        "API Task Force.\n\nRegards\n",
        "Regarding C. CWS 175, we, as members of the team, nominate Mr. John SMITH, Examiner, "
        "to the API Task Force.\n\nRegards\n",
    ],
)
def test_a_lower_case_apposition_names_no_office(body: str) -> None:
    parsed = parse_email(make_mail(body), catalog=catalog())
    assert parsed.office is None
    assert [n.last_name for n in parsed.nominees] == ["SMITH"]
