"""Blind round 4 (en, fr, es, ru): what kind of mail it is, and which office nominates."""

from __future__ import annotations

import pytest

from parsers import Kind
from tests.parsers.mailmaker import make_mail
from tests.parsers.test_es_ru_shapes import API, parse

# A withdrawal recites the nomination it withdraws, nominating verb included.
WITHDRAWALS = [
    (
        "es_dejar_sin_efecto",
        """Estimados señores:

Nos referimos a nuestra comunicación del 4 de octubre, mediante la cual la Oficina designó a
la Sra. Ana María PÉREZ LUNA, Analista (usuario xx-aperez, aperez@office.example), como
miembro del Equipo Técnico SEQL.

Por medio de la presente les solicitamos dejar sin efecto dicha designación, ya que la
Sra. Pérez Luna dejó de prestar servicios en la Oficina.

Atentamente,
Juan Ruiz
""",
    ),
    (
        "en_revoke_after_recital",
        """Dear Sir or Madam,

Further to our e-mail of 4 October in reply to C. CWS 175, in which the Office nominated
Ms. Jane DOE, Head of Division (username xx-jdoe, jdoe@office.example), to the SEQL Task Force.

We kindly ask you to revoke that nomination, as Ms. DOE has left the Office.

Best regards,
John Smith
""",
    ),
    (
        "ru_annul_after_recital",
        """Уважаемые коллеги!

Письмом от 4 октября 2023 г. (C. CWS 175) Ведомство выдвинуло г-жу Иванову Анну Петровну,
главного эксперта (логин xx-aivanova, aivanova@office.example), в Целевую группу по SEQL.

Просим аннулировать указанное выдвижение, так как г-жа Иванова уволилась.

С уважением,
Отдел стандартов
""",
    ),
    (
        "fr_annulation",
        """Madame, Monsieur,

Par notre courriel du 4 octobre (C. CWS 175), l'Office a désigné M. Paul MARTIN, examinateur
(identifiant xx-pmartin, pmartin@office.example), à l'Équipe d'experts XML4IP.

Nous vous prions d'annuler cette désignation, M. Martin ayant quitté l'Office.

Cordialement,
""",
    ),
]


@pytest.mark.parametrize(("name", "body"), WITHDRAWALS, ids=[c[0] for c in WITHDRAWALS])
def test_the_withdrawn_person_is_nobody_nominated(name: str, body: str) -> None:
    parsed = parse(make_mail(body))
    assert parsed.kind is Kind.OTHER, parsed.to_contract()
    assert parsed.nominees == ()
    assert "withdrawal" in [w.code for w in parsed.warnings]


@pytest.mark.parametrize(
    "body",
    [
        "Dear Secretariat,\n\nIn reply to C. CWS 175, we withdraw the nomination of Mr. John SMITH "
        "(us-jsmith) and nominate instead Ms. Jane DOE, Examiner, username us-jdoe, to the API "
        "Task Force.\n\nRegards\n",
        "Estimados:\n\nLes solicitamos dejar sin efecto la designación del Sr. Juan PÉREZ y "
        "designamos en su lugar a la Sra. Ana DOE (usuario xx-adoe) para el Equipo Técnico API.\n",
    ],
)
def test_the_replacement_named_after_a_withdrawal_is_nominated(body: str) -> None:
    parsed = parse(make_mail(body))
    assert parsed.kind is Kind.NOMINATION
    assert [(n.last_name, n.task_forces) for n in parsed.nominees] == [("DOE", (API,))]
