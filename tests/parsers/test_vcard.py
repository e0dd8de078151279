"""Contact cards (.vcf): a nominee's card read as labelled lines; the writer's own card ignored."""

from __future__ import annotations

import pytest

from parsers import parse_email
from parsers.attachments import extract_text
from parsers.models import Kind, ParseOptions
from parsers.vcard import MAX_CARDS, vcard_text
from tests.parsers.mailmaker import catalog, make_mail

OPTIONS = ParseOptions()


def card(
    family: str, given: str, *, prefix: str = "", title: str = "", email: str = "", org: str = ""
) -> str:
    lines = [
        "BEGIN:VCARD",
        "VERSION:3.0",
        "PRODID:-//Apple Inc.//macOS 13.5.2//EN",
        f"N:{family};{given};;{prefix};",
        f"FN:{given} {family}",
    ]
    if org:
        lines.append(f"ORG:{org}")
    if title:
        lines.append(f"TITLE:{title}")
    if email:
        lines.append("EMAIL;type=INTERNET;type=HOME:home.address@mail.example")
        lines.append(f"EMAIL;type=INTERNET;type=WORK;type=pref:{email}")
    lines += ["TEL;type=WORK:+41 22 000 00 00", "END:VCARD", ""]
    return "\r\n".join(lines)


def test_card_fields_become_labelled_lines() -> None:
    text = vcard_text(
        card(
            "Søndergaard",
            "Mette",
            prefix="Ms.",
            title="Senior Information Specialist",
            email="m.sondergaard@dkpto.example",
            org="Danish Patent and Trademark Office;Patent Information",
        )
    )
    assert text.splitlines() == [
        "Title: Ms.",
        "Last name: Søndergaard",
        "First name: Mette",
        "Position: Senior Information Specialist",
        "E-mail: m.sondergaard@dkpto.example",  # the preferred work address, not the home one
    ]


def test_card_is_read_by_extension_or_content_type_in_utf8() -> None:
    data = card("Иванова", "Мария", title="Главный эксперт").encode("utf-8")
    for filename, content_type in (
        ("Иванова.vcf", "application/octet-stream"),
        ("card", "text/vcard"),
        ("card", "text/x-vcard"),
    ):
        text, error = extract_text(filename, content_type, data, OPTIONS)
        assert error is None
        assert text is not None
        assert "Last name: Иванова" in text
        assert "Position: Главный эксперт" in text


def test_an_address_book_is_cut_short() -> None:
    book = "".join(card(f"Name{i}", "Given", email=f"p{i}@office.example") for i in range(500))
    text = vcard_text(book)
    assert text.count("Last name:") == MAX_CARDS


def test_a_broken_card_gives_a_reason_not_a_crash() -> None:
    text, error = extract_text(
        "x.vcf", "text/vcard", b"BEGIN:VCARD\r\nN:;;\r\n\xff\xfe\x00", OPTIONS
    )
    assert text in (None, "")
    assert error is None or error.startswith("unreadable")


@pytest.mark.parametrize(
    ("body", "vcf", "expected"),
    [
        (
            "Dear CWS Secretariat,\n\nRegarding circular C. CWS 175, the Danish Patent and "
            "Trademark Office nominates our colleague whose contact card is attached to the "
            "Name Standardization Task Force.\n\nBest regards\n\nAnders Holm\nChief Adviser\n",
            card(
                "Lund",
                "Karen",
                prefix="Ms.",
                title="Senior Information Specialist",
                email="k.lund@dkpto.example",
            ),
            ("Ms", "Lund", "Karen", "Senior Information Specialist", "k.lund@dkpto.example"),
        ),
        (
            "Estimados señores:\n\nEn respuesta a la circular C. CWS 175, el Registro de la "
            "Propiedad Intelectual designa al Sr. José Mora para el Equipo Técnico XML4IP. Su "
            "cargo y su correo figuran en la tarjeta adjunta.\n\nAtentamente,\nAna Solís\n",
            card(
                "Mora",
                "José",
                title="Jefe del Departamento de Tecnologías de Información",
                email="jmora@rnp.example",
            ),
            (
                "Mr",
                "Mora",
                "José",
                "Jefe del Departamento de Tecnologías de Información",
                "jmora@rnp.example",
            ),
        ),
    ],
)
def test_a_nominee_named_through_an_attached_card(
    body: str, vcf: str, expected: tuple[str, str, str, str, str]
) -> None:
    raw = make_mail(body, attachments=(("card.vcf", "text/vcard", vcf.encode("utf-8")),))
    parsed = parse_email(raw, catalog=catalog(), options=OPTIONS)
    assert parsed.kind is Kind.NOMINATION
    assert len(parsed.nominees) == 1
    n = parsed.nominees[0]
    assert (n.title, n.last_name, n.first_name, n.position, n.account_email) == expected


@pytest.mark.parametrize(
    "body",
    [
        "CWS秘书处：\n\n因人员调整，我局CWS通函的联络人变更为本人，联系方式见附件名片。"
        "本次无新的提名。\n\n谢谢！\n孔德华\n",
        "Dear colleagues,\n\nCould you confirm the deadline for replies to C. CWS 175? "
        "My details are on the attached card.\n\nKind regards,\nJoan Pérez\n",
    ],
)
def test_the_writers_own_card_nominates_nobody(body: str) -> None:
    own = card("Pérez", "Joan", title="Head of Unit", email="contact.person@office.example")
    raw = make_mail(body, attachments=(("me.vcf", "text/x-vcard", own.encode("utf-8")),))
    parsed = parse_email(raw, catalog=catalog(), options=OPTIONS)
    assert parsed.kind is not Kind.NOMINATION
    assert parsed.nominees == ()


def test_a_signature_card_does_not_replace_the_nominee_in_the_text() -> None:
    body = (
        "In reply to C. CWS 175, we nominate:\n\nTitle: Mr\nLast name: Tanaka\n"
        "First name: Hiroshi\nPosition: Examiner\nWIPO Accounts username: jp-htanaka\n"
        "Account e-mail: h.tanaka@jpo.example\nTask force: XML4IP\n\nBest regards,\nJoan Pérez\n"
    )
    own = card("Pérez", "Joan", title="Head of Unit", email="contact.person@office.example")
    raw = make_mail(body, attachments=(("me.vcf", "text/vcard", own.encode("utf-8")),))
    parsed = parse_email(raw, catalog=catalog(), options=OPTIONS)
    assert [n.last_name for n in parsed.nominees] == ["Tanaka"]


@pytest.mark.parametrize(
    "body",
    [
        "Dear colleagues,\n\nPlease note that from 1 November our contact point for CWS "
        "circulars and surveys will be Ms Eva Berg, whose card is attached. Our task force "
        "members remain unchanged.\n\nKind regards,\nJoan Pérez\n",
        "Madame, Monsieur,\n\nÀ compter du 1er novembre, la correspondante de notre office "
        "pour les circulaires du CWS sera Mme Eva Berg (carte de visite jointe). Nos "
        "représentants dans les équipes d'experts restent inchangés.\n\nCordialement,\n"
        "Joan Pérez\n",
    ],
)
def test_someone_elses_card_beside_a_text_that_nominates_nobody(body: str) -> None:
    other = card("Berg", "Eva", prefix="Ms.", title="Head of Unit", email="e.berg@office.example")
    raw = make_mail(body, attachments=(("Eva Berg.vcf", "text/vcard", other.encode("utf-8")),))
    parsed = parse_email(raw, catalog=catalog(), options=OPTIONS)
    assert parsed.kind is not Kind.NOMINATION
