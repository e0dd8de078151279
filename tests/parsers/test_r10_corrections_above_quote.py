"""A short correction of one value above the sender's own quoted nomination: the quoted
nomination stands, in its order, with the one value corrected; the correction's wording
("mon message ci-dessous") gives no value of its own."""

from __future__ import annotations

import pytest

from parsers.drafts import inline_pairs
from parsers.prose import find_people
from tests.parsers.mailmaker import catalog, make_mail
from tests.parsers.test_es_ru_shapes import parse, people

_QUOTED_EN = """
On Mon, 2 Oct 2023 at 10:12, Ana Pérez <contact.person@office.example> wrote:
> Dear colleagues,
>
> In reply to circular C. CWS 175, the Industrial Property Office nominates:
>
> Name: SOTO, Luis (Mr)
> Position: Head of IT
> Username: es-lsoto
> E-mail: luis.soto@office.example
> Task force: XML4IP Task Force
>
> Name: RAMOS, Inés (Ms)
> Position: Patent examiner
> Username: es-iramos
> E-mail: ines.ramos@office.example
> Task force: API Task Force
>
> Best regards,
> Ana Pérez
"""

_QUOTED_ES = """
El lun., 2 oct. 2023 a las 10:12, Ana Pérez (<contact.person@office.example>) escribió:
> Estimados colegas:
>
> En respuesta a la circular C. CWS 175, la Oficina de Propiedad Industrial designa:
>
> Nombre: SOTO, Luis (Sr.)
> Cargo: Jefe de informática
> Usuario: es-lsoto
> Correo: luis.soto@office.example
> Equipo técnico: XML4IP Task Force
>
> Nombre: RAMOS, Inés (Sra.)
> Cargo: Examinadora de patentes
> Usuario: es-iramos
> Correo: ines.ramos@office.example
> Equipo técnico: API Task Force
>
> Saludos,
> Ana Pérez
"""


@pytest.mark.parametrize(
    ("body", "quoted"),
    [
        (
            "Dear colleagues,\n\nA small correction: Ms Ramos's username is es-iramos2, not "
            "es-iramos (my mistake in the message below). Everything else stands.\n\nAna\n",
            _QUOTED_EN,
        ),
        (
            "Estimados colegas:\n\nUna corrección: el usuario de la Sra. Ramos es es-iramos2 "
            "y no es-iramos (error en mi mensaje de abajo). El resto no cambia.\n\nAna\n",
            _QUOTED_ES,
        ),
    ],
)
def test_one_value_corrected_keeps_the_quoted_order(body: str, quoted: str) -> None:
    got = people(parse(make_mail(body + quoted, subject="Re: C. CWS 175")))
    assert [p["last_name"] for p in got] == ["SOTO", "RAMOS"]
    assert [p["username"] for p in got] == ["es-lsoto", "es-iramos2"]
    assert got[1]["position"] in ("Patent examiner", "Examinadora de patentes")


def test_an_address_corrected_keeps_the_quoted_username() -> None:
    body = (
        "Hello,\n\nOne correction: the address of Mr Soto is luis.soto@office.example and "
        "not luis.sotto@office.example, see my mail below. The rest is unchanged.\n"
    )
    got = people(
        parse(make_mail(body + _QUOTED_EN.replace("luis.soto@", "luis.sotto@"), subject="Re: x"))
    )
    assert [p["last_name"] for p in got] == ["SOTO", "RAMOS"]
    assert got[0]["username"] == "es-lsoto"
    assert got[0]["account_email"] == "luis.soto@office.example"


@pytest.mark.parametrize(
    "text",
    [
        "Mme Ali, voir mon message ci-dessous et le formulaire ci-joint.",
        "M. Daher (voir les détails ci-dessus et au-dessous) est désigné.",
        "Mr Berg, the co-chair of our so-called working group, is nominated.",
    ],
)
def test_hyphenated_words_are_no_usernames(text: str) -> None:
    drafts = find_people(text, catalog(), source="body")
    assert all("username" not in d.values for d in drafts)
    assert all(field != "username" for field, *_ in inline_pairs("Identifiant : ci-joint"))


def test_a_username_with_a_two_letter_code_stays() -> None:
    drafts = find_people("Nous désignons Mme Ali, identifiant ci-hali.", catalog(), source="b")
    assert [d.values["username"].value for d in drafts] == ["ci-hali"]
