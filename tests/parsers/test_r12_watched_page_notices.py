"""A wiki's notification of a comment on a watched page, stamped auto-generated, is other
mail, not an auto-reply, though it welcomes new members by name; an absence notice or a
ticket receipt stays an auto-reply."""

from __future__ import annotations

import pytest

from parsers import ParsedEmail, ParseOptions, parse_email
from parsers.models import Kind
from tests.parsers.mailmaker import catalog, make_mail


def parse(raw: bytes) -> ParsedEmail:
    return parse_email(raw, catalog=catalog(), options=ParseOptions())


# --- a wiki's notification of a comment on a watched page ------------------------------

_WATCHED = (
    ("Auto-Submitted", "auto-generated"),
    ("Precedence", "bulk"),
)

_COMMENT_EN = """Peter Jansen commented on a page

Legal Status Task Force - Members

Welcome to the colleagues who joined us after Circular C. CWS 175: Ms. Ana Ruiz (OEPM,
es-aruiz) and Mr. Tomas Novak (cz-tnovak). Please add your name to the table above.

Reply ( https://wiki.example/display/LS?replyToComment=1 )
View comment ( https://wiki.example/display/LS?focusedCommentId=1 )

Stop watching page ( https://wiki.example/users/removespacenotification.action )
Manage notifications ( https://wiki.example/users/editmyemailsettings.action )

This message was sent by the wiki.
"""

_COMMENT_FR = """Pierre Janssens a commenté une page

Équipe d'experts XML4IP - Membres

Bienvenue aux collègues désignés suite à la circulaire C. CWS 175 : Mme Claire Martin
(fr-cmartin) et M. Paul Durand (fr-pdurand). Merci de vous présenter dans le fil
« Présentations ».

Répondre ( https://wiki.example/display/XML?replyToComment=2 )

Ne plus suivre la page ( https://wiki.example/users/removespacenotification.action )
Gérer les notifications ( https://wiki.example/users/editmyemailsettings.action )
"""

_COMMENT_ES = """Pedro Janssens comentó una página

Equipo Técnico XML4IP - Miembros

Bienvenidos los colegas designados tras la circular C. CWS 175: Sra. Ana Ruiz (es-aruiz) y
Sr. Luis Pérez (es-lperez).

Gestionar notificaciones ( https://wiki.example/users/editmyemailsettings.action )
"""


@pytest.mark.parametrize(
    ("body", "subject"),
    [
        (_COMMENT_EN, "[Wiki] CWS Task Forces > Legal Status Task Force - Members"),
        (_COMMENT_FR, "[Wiki] Équipes d'experts > XML4IP - Membres"),
        (_COMMENT_ES, "[Wiki] Equipos Técnicos > XML4IP - Miembros"),
    ],
)
def test_a_watched_pages_comment_notification_is_other_mail(body: str, subject: str) -> None:
    parsed = parse(make_mail(body, subject=subject, headers=_WATCHED))
    assert parsed.kind == Kind.OTHER
    assert not parsed.nominees


def test_an_absence_notice_with_a_settings_link_stays_an_auto_reply() -> None:
    body = (
        "I am out of the office until 30 October with limited access to e-mail.\n\n"
        "Manage notifications: https://mail.example/settings\n"
    )
    raw = make_mail(body, subject="Reminder: C. CWS 175", headers=_WATCHED)
    raw = raw.replace(b"Subject: Reminder", b"Subject: Automatic reply: Reminder")
    assert parse(raw).kind == Kind.AUTO_REPLY


def test_a_generated_receipt_without_settings_stays_an_auto_reply() -> None:
    body = "Your request has been received and assigned number 4711.\n"
    raw = make_mail(body, subject="[Ticket #4711] Received: C. CWS 175", headers=_WATCHED[:1])
    assert parse(raw).kind == Kind.AUTO_REPLY
