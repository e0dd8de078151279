"""An address said to be out of use ("прежний адрес x больше не действует", "his old address
x is no longer valid") is no one's account address, and a long agency name closed by its
short name signs the mail."""

from __future__ import annotations

import pytest

from parsers import ParsedEmail, ParseOptions, parse_email
from tests.parsers.mailmaker import catalog, make_mail


def _parse(body: str, sender: str) -> ParsedEmail:
    raw = make_mail(body, subject="Re: C. CWS 175", sender=sender)
    return parse_email(raw, catalog=catalog(), options=ParseOptions())


@pytest.mark.parametrize(
    "sentence",
    [
        "прежний адрес b.asanov@old.example больше не действует, поэтому его учётная запись "
        "теперь привязана к новому адресу b.asanov@office.example.",
        "his old address b.asanov@old.example is no longer valid; his account now uses "
        "b.asanov@office.example.",
        "son ancienne adresse b.asanov@old.example n'est plus valide ; son compte utilise "
        "désormais b.asanov@office.example.",
        "su dirección anterior b.asanov@old.example ya no es válida; su cuenta usa ahora "
        "b.asanov@office.example.",
    ],
)
def test_address_out_of_use_is_no_ones_account(sentence: str) -> None:
    body = (
        "В ответ на напоминание: нашим представителем в Целевой группе по ST.37 остаётся "
        f"г-н Асанов Бакыт Турдумаматович, главный специалист. Имя пользователя kg-basanov; {sentence}"
        "\n\nС уважением,\nНазира\n"
    )
    parsed = _parse(body, sender="Назира <n.d@office.example>")
    assert [n.account_email for n in parsed.nominees] == ["b.asanov@office.example"]


def test_address_beside_a_senior_post_stays_the_account() -> None:
    body = (
        "В ответ на письмо C. CWS 175 выдвигаем г-на Асанова Бакыта, старший специалист, адрес "
        "b.asanov@office.example, в Целевую группу по ST.37.\n\nС уважением,\nНазира\n"
    )
    parsed = _parse(body, sender="Назира <n.d@office.example>")
    assert [n.account_email for n in parsed.nominees] == ["b.asanov@office.example"]


_LONG_AGENCY = (
    "Государственное агентство интеллектуальной собственности и инноваций при Кабинете "
    "Министров Кыргызской Республики (Кыргызпатент)"
)


@pytest.mark.parametrize(
    "office",
    [
        _LONG_AGENCY,
        "National Agency for Intellectual Property and Innovation under the Cabinet of "
        "Ministers of the Republic of Examplestan (Examplepatent)",
    ],
)
def test_long_agency_closed_by_its_short_name_signs_the_mail(office: str) -> None:
    body = (
        "Dear colleagues,\n\nWe nominate Mr. Bakyt ASANOV, chief specialist, to the API Task "
        "Force (username kg-basanov, e-mail b.asanov@office.example).\n\n"
        f"Best regards,\nNazira D.\nInternational Cooperation Department\n{office}\n"
    )
    parsed = _parse(body, sender="Nazira D. <n.d@office.example>")
    assert parsed.office == office
