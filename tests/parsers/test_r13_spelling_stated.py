"""A reply that states how a name is spelt ("Le nom de famille s'écrit « DUPONT » et non
« DUPOND »", "il faut lire X au lieu de Y", "is spelled X, not Y", "se escribe X y no Y",
"пишется X, а не Y", "应为X，而不是Y") puts right the spelling its quoted earlier mail
holds, as the other correction wordings do."""

from __future__ import annotations

import pytest

from parsers import ParsedEmail, ParseOptions, parse_email
from tests.parsers.mailmaker import catalog, make_mail

_OWN_EARLIER = (
    "Le 02/10/2023 à 09:00, Claire Duval <c.duval@office.example> a écrit :\n"
    "> Madame, Monsieur,\n>\n"
    "> En réponse à la circulaire C. CWS 175, l'Office désigne M. Jean DUPOND,\n"
    "> examinateur principal, pour l'Équipe d'experts XML4IP.\n"
    "> Courriel : j.dupond@office.example\n>\n> Cordialement,\n> Claire Duval\n"
)
_OUR_ACK = (
    "On 11/10/2023 15:42, CWS Secretariat wrote:\n> Dear Ms Duval,\n>\n"
    "> The CWS Secretariat acknowledges receipt of the nomination of the Patent Office of\n"
    "> Examplestan:\n>\n> Mr Jean DUPOND\n> Position: Senior Examiner\n"
    "> WIPO Account username: xx-jdupond\n> E-mail: j.dupond@office.example\n"
    "> Task Force: API Task Force\n>\n> Best regards,\n> CWS Secretariat\n"
)


def _parse(sentence: str, quoted: str) -> ParsedEmail:
    body = (
        f"Madame, Monsieur,\n\n{sentence}\n\nCordialement,\nClaire Duval\n"
        f"Patent Office of Examplestan\n\n{quoted}"
    )
    raw = make_mail(
        body, subject="RE: C. CWS 175 - nomination", sender="Claire Duval <c.duval@office.example>"
    )
    return parse_email(raw, catalog=catalog(), options=ParseOptions())


STATED = [
    "Le nom de famille s'écrit « DUPONT » et non « DUPOND ».",
    "Le nom s'orthographie « DUPONT » et non « DUPOND ».",
    "Il faut lire DUPONT au lieu de DUPOND.",
    'The surname is spelled "DUPONT", not "DUPOND".',
    "El apellido se escribe «DUPONT» y no «DUPOND».",
    "Фамилия пишется «DUPONT», а не «DUPOND».",
    "姓氏应为DUPONT，而不是DUPOND。",
]


@pytest.mark.parametrize("sentence", STATED)
@pytest.mark.parametrize("quoted", [_OWN_EARLIER, _OUR_ACK], ids=["own", "ack"])
def test_stated_spelling_replaces_the_quoted_one(sentence: str, quoted: str) -> None:
    parsed = _parse(sentence, quoted)
    assert parsed.kind == "nomination"
    assert [(n.title, n.last_name, n.first_name) for n in parsed.nominees] == [
        ("Mr", "DUPONT", "Jean")
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        # Negatives: the spelling confirmed, or a word near it that is no name in the mail.
        "Le nom de famille s'écrit bien « DUPOND », merci.",
        "Il faut lire DUPOND comme indiqué, et non autrement.",
    ],
)
def test_a_confirmed_spelling_is_kept(sentence: str) -> None:
    parsed = _parse(sentence, _OUR_ACK)
    assert all(n.last_name != "DUPONT" for n in parsed.nominees)
