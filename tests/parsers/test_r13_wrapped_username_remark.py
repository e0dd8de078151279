"""A remark in brackets after a username that wraps onto the next line ("compte OMPI :
ht-jdupont (adresse utilisée :" / "j.dupont@office.example)") leaves its bracket open on the
username's line: the username is the word before it, and the line read as a label names
the same person as the sentence, no third nominee."""

from __future__ import annotations

from parsers import parse_email
from tests.parsers.mailmaker import catalog, make_mail

FR = """\
Monsieur le Secrétaire,

Faisant suite à la circulaire C. CWS 175, le Service de la Propriété Industrielle (SPI)
a l'honneur de proposer les candidatures suivantes :

- M. Jean-Robert SAINT-FLEUR, Chef du Service des Brevets, pour l'Équipe d'experts
  chargée de la situation juridique (ST.27) ; compte OMPI : ht-jrsaintfleur
  (adresse utilisée : jr.saintfleur@office.example)

- Mme Marie-Michèle PIERRE-LOUIS DORSAINVIL, Responsable de l'informatique, pour
  l'Équipe d'experts chargée des API ; compte OMPI : ht-mmdorsainvil (adresse utilisée :
  mm.dorsainvil@office.example)

Veuillez agréer, Monsieur le Secrétaire, l'expression de nos salutations distinguées.

Pour le Directeur,
Nadège EXANTUS
Assistante administrative
"""

EN = """\
Dear Secretariat,

In reply to circular C. CWS 175, the Patent Office nominates the following experts:

- Mr John ROE, Senior Examiner, for the XML4IP Task Force; WIPO account: xx-jroe
  (address used: j.roe@office.example)

- Ms Jane DOE, Head of IT, for the API Task Force; WIPO account: xx-jdoe (address used:
  j.doe@office.example)

Best regards,
Office
"""


def _read(body: str) -> list[tuple[str | None, str | None, str | None]]:
    parsed = parse_email(make_mail(body), catalog=catalog())
    return [(n.last_name, n.username, n.account_email) for n in parsed.nominees]


def test_french_remark_left_open_at_the_line_end() -> None:
    assert _read(FR) == [
        ("SAINT-FLEUR", "ht-jrsaintfleur", "jr.saintfleur@office.example"),
        ("PIERRE-LOUIS DORSAINVIL", "ht-mmdorsainvil", "mm.dorsainvil@office.example"),
    ]


def test_english_remark_left_open_at_the_line_end() -> None:
    assert _read(EN) == [
        ("ROE", "xx-jroe", "j.roe@office.example"),
        ("DOE", "xx-jdoe", "j.doe@office.example"),
    ]


def test_labelled_username_with_an_open_remark_keeps_the_word_before_it() -> None:
    body = (
        "In reply to C. CWS 175 we nominate:\n\nTitle: Mr\nLast name: Roe\nFirst name: John\n"
        "Position: Patent examiner\nWIPO Accounts username: xx-jroe (created with\n"
        "Account e-mail: j.roe@office.example\nTask force: XML4IP\n\nBest regards,\nOffice\n"
    )
    parsed = parse_email(make_mail(body), catalog=catalog())
    assert [(n.username, n.account_email) for n in parsed.nominees] == [
        ("xx-jroe", "j.roe@office.example")
    ]


def test_a_username_with_a_space_and_no_bracket_is_left_to_the_checks() -> None:
    body = (
        "In reply to C. CWS 175 we nominate:\n\nTitle: Mr\nLast name: Roe\nFirst name: John\n"
        "Position: Patent examiner\nWIPO Accounts username: xx jroe\n"
        "Account e-mail: j.roe@office.example\nTask force: XML4IP\n\nBest regards,\nOffice\n"
    )
    parsed = parse_email(make_mail(body), catalog=catalog())
    assert [n.username for n in parsed.nominees] == ["xx jroe"]
