"""An office's name that lists its fields with commas ("the Ministry of Trade, Industry and
Tourism (MOTIT) nominates", "el Ministerio de Comercio, Industria y Turismo designa",
"Министерство торговли, промышленности и туризма выдвигает") is read whole: a field after
the comma, capitalised or not, goes on with the name."""

from __future__ import annotations

import pytest

from parsers import ParsedEmail, ParseOptions, parse_email
from tests.parsers.mailmaker import catalog, make_mail


def parse(body: str) -> ParsedEmail:
    return parse_email(make_mail(body), catalog=catalog(), options=ParseOptions())


@pytest.mark.parametrize(
    ("body", "office"),
    [
        (
            "Dear CWS Secretariat,\n\nThe Ministry of Trade, Industry and Tourism (MOTIT) "
            "nominates Ms Jane DOE, Senior Examiner, to the API Task Force.\n\nBest regards\n",
            "Ministry of Trade, Industry and Tourism (MOTIT)",
        ),
        (
            "Dear CWS Secretariat,\n\nIn reply to circular C. CWS 175, the Ministry of Trade, "
            "Industry, Investment and Tourism nominates Ms Jane DOE to the API Task Force.\n\n"
            "Best regards\n",
            "Ministry of Trade, Industry, Investment and Tourism",
        ),
        (
            "Madame, Monsieur,\n\nLe Ministère du Commerce, Industrie et Tourisme (MINCIT) "
            "désigne Mme Jeanne DUPONT à l'Équipe d'experts chargée des API.\n\nCordialement\n",
            "Ministère du Commerce, Industrie et Tourisme (MINCIT)",
        ),
        (
            "Madame, Monsieur,\n\nLe Ministère du Commerce, de l'Industrie et du Tourisme "
            "désigne Mme Jeanne DUPONT à l'Équipe d'experts chargée des API.\n\nCordialement\n",
            "Ministère du Commerce, de l'Industrie et du Tourisme",
        ),
        (
            "Estimados señores:\n\nEl Ministerio de Comercio, Industria y Turismo (MINCIT) "
            "designa a la Sra. Ana GARCÍA para el Equipo Técnico de API.\n\nAtentamente\n",
            "Ministerio de Comercio, Industria y Turismo (MINCIT)",
        ),
        (
            "Уважаемые коллеги!\n\nВ ответ на циркулярное письмо C. CWS 175 Министерство "
            "экономики, торговли и промышленности выдвигает г-жу Анну ИВАНОВУ в Целевую группу "
            "по API.\n\nС уважением\n",
            "Министерство экономики, торговли и промышленности",
        ),
    ],
    ids=["en-short-name", "en-after-circular", "fr-capitalised", "fr-joiners", "es", "ru"],
)
def test_name_listing_fields_is_read_whole(body: str, office: str) -> None:
    assert parse(body).office == office


@pytest.mark.parametrize(
    ("body", "office"),
    [
        # A place set off by commas after the short name is no field of the name.
        (
            "Dear CWS Secretariat,\n\nThe Japan Patent Office (JPO), Tokyo, nominates Ms Jane "
            "DOE to the API Task Force.\n\nBest regards\n",
            "Japan Patent Office (JPO)",
        ),
        # Two people joined by "and" after a comma are no part of an office.
        (
            "Dear CWS Secretariat,\n\nFurther to our call with the Office, Jane and John propose "
            "Ms Jane DOE for the API Task Force.\n\nBest regards\nJapan Patent Office\n",
            "Japan Patent Office",
        ),
    ],
    ids=["place", "people"],
)
def test_commas_that_end_the_name_still_do(body: str, office: str) -> None:
    assert parse(body).office == office


@pytest.mark.parametrize(
    ("body", "office"),
    [
        (
            "Dear colleagues,\n\nIn response to circular C. CWS 175, the Trademarks, Patents and "
            "Designs Registry nominates Mr. John SMITH, Registrar, to the API Task Force.\n\n"
            "Best regards\n",
            "Trademarks, Patents and Designs Registry",
        ),
        (
            "Dear colleagues,\n\nIn response to circular C. CWS 175, the Copyright, Patents and "
            "Trademarks Office of Ruritania is pleased to nominate Mr. John SMITH, Registrar, to "
            "the API Task Force.\n\nBest regards\n",
            "Copyright, Patents and Trademarks Office of Ruritania",
        ),
    ],
)
def test_fields_named_before_the_body_are_part_of_the_name(body: str, office: str) -> None:
    assert parse(body).office == office
