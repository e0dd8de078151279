"""A website's contact form relayed by mail: where its sender's fields lie.

A form on a website ("Submitted values are:", a Drupal or WordPress form mailed on from a
no-reply address) asks whoever fills it in for their own title, name, organisation and
e-mail, then for their message. Those first fields describe the sender, not a nominee;
the people a nomination names are in the message field, written as a letter.
"""

from __future__ import annotations

import re

from parsers.labels import classify_label

__all__ = ["form_sender_fields"]

# The form's own words about the relay, in six languages.
_RELAY = re.compile(
    r"submitted\s+(?:values|on|by)|form\s+submission|(?:contact|web)[\s-]?form|webform"
    r"|valeurs\s+soumises|soumis\s+le|formulaire\s+(?:de\s+contact|web|en\s+ligne)"
    r"|valores\s+enviados|enviado\s+el|formulario\s+(?:de\s+contacto|web|en\s+l[ií]nea)"
    r"|форм\w*\s+обратной\s+связи|отправлен\w*\s+с\s+сайта|веб-форм\w*"
    r"|网站留言|在线留言|表单提交|網站留言|نموذج\s+(?:الاتصال|التواصل)",
    re.IGNORECASE,
)
# A word every one of those holds: text without any is passed over at once.
_RELAY_WORDS = ("submit", "form", "soumis", "enviad", "форм", "отправлен", "留言", "表单", "نموذج")
# A relay's sender: the site's no-reply address.
_NO_REPLY = re.compile(
    r"^(?:no-?reply|do-?not-?reply|noreply|webform|wordpress|forms?|website)[^@]*@", re.IGNORECASE
)
# The label of the form's message field, alone on its line.
_MESSAGE_LABEL = re.compile(
    r"^[ \t]*(?:(?:your\s+)?(?:message|enquiry|inquiry|comments?)(?:\s+body)?"
    r"|(?:votre\s+)?(?:message|commentaires?)|(?:su\s+)?(?:mensaje|consulta|comentarios?)"
    r"|(?:ваше\s+|текст\s+)?сообщени[ея]|комментари[йи]"
    r"|留言(?:内容)?|消息内容|內容|الرسالة|نص\s+الرسالة|رسالتك)[ \t]*[:：]?[ \t]*$",
    re.IGNORECASE | re.MULTILINE,
)
# What a form asks about its sender.
_SENDER_FIELDS = frozenset(
    {"title", "first_name", "last_name", "full_name", "person", "account_email", "office"}
)
_LABEL_LINE = re.compile(r"^[ \t]*(?P<label>[^\n:：]{1,40}?)[ \t]*(?:[:：][^\n]*)?$", re.MULTILINE)
# The message is a letter: sentences, not a one-word value.
_MIN_MESSAGE_WORDS = 12


def form_sender_fields(text: str, address: str | None) -> tuple[int, int] | None:
    """The span of a relayed form's fields above its message field, which describe
    whoever filled the form in; None when the text is no relayed form or its message is
    no letter."""
    # The message field's label, alone on its line, is rare in mail: looked for first.
    message = _MESSAGE_LABEL.search(text)
    if message is None:
        return None
    relayed = bool(address and _NO_REPLY.match(address)) or (
        _mentions_relay(text.lower()) and _RELAY.search(text) is not None
    )
    if not relayed:
        return None
    body = text[message.end() :].lstrip("\n")
    paragraph = body.split("\n\n", 1)[0]
    if len(paragraph.split()) < _MIN_MESSAGE_WORDS:
        return None
    asked = {
        kind.field
        for line in _LABEL_LINE.finditer(text, 0, message.start())
        if (kind := classify_label(line.group("label"))) is not None
    }
    if len(asked & _SENDER_FIELDS) < 2:
        return None
    return 0, message.end()


def _mentions_relay(folded: str) -> bool:
    return any(word in folded for word in _RELAY_WORDS)
