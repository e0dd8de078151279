"""Mail a discussion list relays: an office's answer to our circular that reached us through
a list the Secretariat's address is subscribed to is that office's mail (read for nominees,
sent from the writer's address), while the list's own mail (newsletters, digests) stays
bulk; a list manager's notice that our post waits for its moderator is an automatic reply."""

from __future__ import annotations

from parsers import Kind, ParsedEmail, ParseOptions, parse_email
from tests.parsers.mailmaker import catalog, make_mail


def parse(raw: bytes) -> ParsedEmail:
    return parse_email(raw, catalog=catalog(), options=ParseOptions())


def _mailman(name: str, *, precedence: str = "list") -> tuple[tuple[str, str], ...]:
    return (
        ("X-BeenThere", f"{name}@lists.network.example"),
        ("X-Mailman-Version", "2.1.39"),
        ("Precedence", precedence),
        ("List-Id", f"IP offices network <{name}.lists.network.example>"),
        ("List-Unsubscribe", f"<https://lists.network.example/mailman/options/{name}>"),
        ("List-Post", f"<mailto:{name}@lists.network.example>"),
        ("Sender", f'"{name}" <{name}-bounces@lists.network.example>'),
    )


def _footer(name: str) -> str:
    return (
        "\n_______________________________________________\n"
        f"{name} mailing list\n{name}@lists.network.example\n"
        f"https://lists.network.example/mailman/listinfo/{name}\n"
    )


EN_BODY = """\
Dear CWS Secretariat, dear colleagues,

In reply to Circular C. CWS 175, our Office nominates:

Surname: TAN
Given name: Mei Ling
Title: Ms.
Position: Head, Patent Information Division
WIPO Account username: xx-tanmeiling
E-mail used for the WIPO Account: meiling.tan@office.example
Task Force: API Task Force

Best regards,
Aisyah Rahman
Industrial Property Office
"""

FR_BODY = """\
Madame, Monsieur,

En réponse à la circulaire C. CWS 175, notre Office désigne :

Nom : DIALLO
Prénom : Aminata
Civilité : Mme
Fonction : Cheffe du service de l'informatique
Nom d'utilisateur du compte OMPI : sn-adiallo
Courriel du compte OMPI : a.diallo@office.example
Équipe d'experts : Équipe d'experts chargée de la norme XML4IP

Cordialement,
Moussa Ndiaye
"""

ES_BODY = """\
Estimada Secretaría:

En respuesta a la circular C. CWS 175, la Oficina designa a:

Nombre: Lucía
Apellidos: Fernández Rojas
Tratamiento: Sra.
Cargo: Jefa de Sistemas
Usuario Cuenta OMPI: xx-lfernandez
Correo de la cuenta: lfernandez@office.example
Equipo Técnico: Equipo Técnico sobre la Situación Jurídica

Saludos,
Pedro Gómez
"""


def test_a_munged_from_with_the_writer_in_reply_to_is_the_writers_nomination() -> None:
    raw = make_mail(
        EN_BODY + _footer("IPNET"),
        subject="[IPNET] Nomination to the CWS Task Forces (C. CWS 175)",
        sender="Aisyah Rahman via IPNET <ipnet@lists.network.example>",
        headers=(*_mailman("ipnet"), ("Reply-To", "Aisyah Rahman <a.rahman@office.example>")),
    )
    parsed = parse(raw)
    assert parsed.kind is Kind.NOMINATION, parsed.kind_reason
    assert [(n.last_name, n.first_name, n.username) for n in parsed.nominees] == [
        ("TAN", "Mei Ling", "xx-tanmeiling")
    ]
    assert parsed.headers.author_address == "a.rahman@office.example"
    assert parsed.headers.author_name == "Aisyah Rahman"
    # The list's address is not the office's: no domain mismatch for the account e-mail.
    assert not [w for w in parsed.warnings if w.code == "account_email_domain_mismatch"]
    # The raw headers stay what the message says.
    assert parsed.headers.from_address == "ipnet@lists.network.example"


def test_x_original_from_names_the_writer_of_a_relayed_french_answer() -> None:
    raw = make_mail(
        FR_BODY + _footer("Normes-PI"),
        subject="[Normes-PI] Re: Circulaire C. CWS 175",
        sender="Normes-PI <normes-pi@lists.network.example>",
        headers=(
            *_mailman("normes-pi"),
            ("X-Original-From", "Moussa Ndiaye <m.ndiaye@office.example>"),
            ("Reply-To", "normes-pi@lists.network.example"),
        ),
    )
    parsed = parse(raw)
    assert parsed.kind is Kind.NOMINATION, parsed.kind_reason
    assert [(n.last_name, n.first_name) for n in parsed.nominees] == [("DIALLO", "Aminata")]
    assert parsed.headers.author_address == "m.ndiaye@office.example"


def test_a_post_the_list_relays_under_the_writers_own_from_is_read() -> None:
    # Without DMARC munging the writer's From stays; the list's Sender and headers are added.
    raw = make_mail(
        ES_BODY,
        subject="[Red-PI] Re: Recordatorio: circular C. CWS 175",
        sender="Pedro Gómez <pgomez@office.example>",
        headers=_mailman("red-pi"),
    )
    parsed = parse(raw)
    assert parsed.kind is Kind.NOMINATION, parsed.kind_reason
    assert [(n.last_name, n.first_name) for n in parsed.nominees] == [("Fernández Rojas", "Lucía")]


def test_a_munged_from_with_the_writer_in_cc_is_read() -> None:
    raw = make_mail(
        ES_BODY,
        subject="[Red-PI] Re: circular C. CWS 175",
        sender="'Pedro Gómez' via Red-PI <red-pi@lists.network.example>",
        headers=(*_mailman("red-pi"), ("Cc", "Pedro Gómez <pgomez@office.example>")),
    )
    parsed = parse(raw)
    assert parsed.kind is Kind.NOMINATION, parsed.kind_reason
    assert parsed.headers.author_address == "pgomez@office.example"
    assert parsed.headers.author_name == "Pedro Gómez"


def test_a_newsletter_sent_through_a_list_stays_bulk() -> None:
    raw = make_mail(
        EN_BODY,
        subject="IPNET bulletin: C. CWS 175 and new task force members",
        sender="IPNET news via IPNET <ipnet@lists.network.example>",
        headers=(
            *_mailman("ipnet", precedence="bulk"),
            ("Reply-To", "news@office.example"),
        ),
    )
    parsed = parse(raw)
    assert parsed.kind is Kind.OTHER
    assert "bulk" in parsed.kind_reason or "List" in parsed.kind_reason


def test_a_digest_from_the_lists_robot_stays_list_mail() -> None:
    raw = make_mail(
        EN_BODY,
        subject="IPNET Digest, Vol 3, Issue 7",
        sender="ipnet-request@lists.network.example",
        headers=_mailman("ipnet"),
    )
    assert parse(raw).kind is Kind.OTHER


def test_a_relayed_post_that_cites_no_circular_stays_list_mail() -> None:
    # A colleague's post to the network, not an answer to the Secretariat.
    body = EN_BODY.replace("In reply to Circular C. CWS 175, our", "For your information, our")
    raw = make_mail(
        body,
        subject="[IPNET] Who represents us in the task forces",
        sender="Aisyah Rahman via IPNET <ipnet@lists.network.example>",
        headers=(*_mailman("ipnet"), ("Reply-To", "a.rahman@office.example")),
    )
    parsed = parse(raw)
    assert parsed.kind is Kind.OTHER
    assert "List" in parsed.kind_reason


def test_list_headers_alone_on_a_persons_mail_keep_it_list_mail() -> None:
    raw = make_mail(EN_BODY, headers=(("List-Id", "<circulars.network.example>"),))
    assert parse(raw).kind is Kind.OTHER


def test_a_relayed_answer_that_nominates_nobody_is_other_mail_not_bulk() -> None:
    raw = make_mail(
        "Estimada Secretaría:\n\nAcusamos recibo de la circular C. CWS 175; responderemos "
        "antes del plazo.\n\nSaludos,\nPedro Gómez\n",
        subject="[Red-PI] Re: circular C. CWS 175",
        sender="Pedro Gómez via Red-PI <red-pi@lists.network.example>",
        headers=(*_mailman("red-pi"), ("Reply-To", "pgomez@office.example")),
    )
    parsed = parse(raw)
    assert parsed.kind is Kind.OTHER
    assert "List" not in parsed.kind_reason


def _hold(subject: str, body: str, *, administrivia: bool = True) -> bytes:
    headers: tuple[tuple[str, str], ...] = (
        ("Precedence", "bulk"),
        ("X-BeenThere", "patinfo@lists.network.example"),
        ("X-Mailman-Version", "2.1.39"),
        ("List-Id", "<patinfo.lists.network.example>"),
    )
    if administrivia:
        headers = (*headers, ("X-List-Administrivia", "yes"))
    return make_mail(
        body, subject=subject, sender="patinfo-owner@lists.network.example", headers=headers
    )


def test_a_mailman_moderation_hold_is_an_automatic_reply() -> None:
    raw = _hold(
        "Your message to Patinfo awaits moderator approval",
        "Your mail to 'Patinfo' with the subject\n\n    C. CWS 175 - Reminder\n\n"
        "Is being held until the list moderator can review it for approval.\n\n"
        "The reason it is being held:\n\n    Post by non-member to a members-only list\n",
    )
    parsed = parse(raw)
    assert parsed.kind is Kind.AUTO_REPLY
    assert "moderat" in parsed.kind_reason


def test_a_french_and_a_chinese_moderation_hold_are_automatic_replies() -> None:
    fr = _hold(
        "Votre message pour Patinfo est en attente de l'approbation du modérateur",
        "Votre message à destination de la liste Patinfo est retenu jusqu'à ce que le "
        "modérateur l'examine.\n",
    )
    zh = _hold(
        "您发往 Patinfo 的邮件正在等待管理员审核",
        "您发往邮件列表 Patinfo 的邮件已被暂时保留，正在等待管理员审核。\n",
        administrivia=False,
    )
    assert parse(fr).kind is Kind.AUTO_REPLY
    assert parse(zh).kind is Kind.AUTO_REPLY


def test_a_lists_welcome_message_is_not_a_moderation_hold() -> None:
    raw = _hold(
        "Welcome to the Patinfo mailing list",
        "Welcome to the Patinfo mailing list! To post, send your message to "
        "patinfo@lists.network.example.\n",
    )
    assert parse(raw).kind is Kind.OTHER


def test_a_persons_mail_waiting_for_approval_is_no_list_notice() -> None:
    raw = make_mail(
        "Dear Secretariat,\n\nOur nomination for C. CWS 175 awaits approval by the Director "
        "General; we will send it next week.\n\nBest regards,\nJane Roe\n",
    )
    assert parse(raw).kind is not Kind.AUTO_REPLY
