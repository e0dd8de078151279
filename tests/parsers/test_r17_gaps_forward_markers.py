"""The line a mail client writes above a message it forwards inline starts a forward.

Apple Mail on the iPhone, iPad and Mac writes "Begin forwarded message:" in the user's
language ("Début du message réexpédié :", "Inicio del mensaje reenviado:", "Начало
переадресованного сообщения:", "开始转发的邮件：", "開始轉寄的郵件：", "بداية الرسالة المُعاد
توجيهها:"), Gmail, Yahoo and Thunderbird a dashed line ("---------- Message transféré
---------", "-------- Пересылаемое сообщение --------", "---------- 转发的邮件 ---------",
"---------- الرسالة المُعاد توجيهها ---------"). The header block after it ("From:/Date:/
Subject:/To:", in any language) opens the forwarded message, whose nomination is read as
the one the cover sends on.

Near misses keep their reading: the same words inside a sentence start nothing, and a
forwarded circular of ours names nobody.
"""

from __future__ import annotations

import pytest

from parsers import ParsedEmail, ParseOptions, parse_email
from tests.parsers.mailmaker import catalog, make_mail


def parse(body: str, subject: str = "Fwd: C. CWS 175") -> ParsedEmail:
    return parse_email(make_mail(body, subject=subject), catalog=catalog(), options=ParseOptions())


def people(parsed: ParsedEmail) -> list[tuple[object, ...]]:
    return [(n.last_name, n.username, n.task_forces) for n in parsed.nominees]


_HEADERS = {
    "en": ("From", "Date", "Subject", "To"),
    "fr": ("De", "Date", "Objet", "À"),
    "es": ("De", "Fecha", "Asunto", "Para"),
    "ru": ("От", "Дата", "Тема", "Кому"),
    "zh": ("发件人", "日期", "主题", "收件人"),
    "ar": ("من", "التاريخ", "الموضوع", "إلى"),
}
_NOMINATION = {
    "en": "Dear Secretariat,\n\nIn reply to C. CWS 175, we nominate Ms Jane Roe, Senior "
    "Examiner, WIPO username: xx-jroe, to the API Task Force.\n\nBest regards,\nJane Roe",
    "fr": "Madame, Monsieur,\n\nEn réponse à la circulaire C. CWS 175, nous désignons Mme "
    "Claire Martin, examinatrice, nom d'utilisateur : xx-cmartin, à l'Équipe d'experts "
    "chargée des API.\n\nCordialement,\nClaire Martin",
    "es": "Estimados señores:\n\nEn respuesta a la circular C. CWS 175, designamos a la Sra. "
    "Ana Gómez, examinadora, usuario: xx-agomez, para el Equipo Técnico sobre API."
    "\n\nAtentamente,\nAna Gómez",
    "ru": "Уважаемые коллеги!\n\nВ ответ на циркулярное письмо C. CWS 175 выдвигаем г-жу "
    "Иванову Анну Сергеевну, главного эксперта, учетная запись ВОИС: xx-aivanova, в "
    "Целевую группу по API.\n\nС уважением,\nАнна Иванова",
    "zh": "CWS秘书处：\n\n您好！关于C. CWS 175号通函，我局推荐王芳女士（审查员）参加API工作队，"
    "WIPO账户用户名：xx-wangfang。\n\n此致\n王芳",
    "ar": "السادة الكرام،\n\nردا على التعميم C. CWS 175، نرشح السيد أحمد علي، فاحص براءات، "
    "اسم المستخدم: xx-aali، لفرقة العمل المعنية بواجهات برمجة التطبيقات.\n\nمع التحية،\nأحمد علي",
}
_EXPECTED = {
    "en": ("Roe", "xx-jroe"),
    "fr": ("Martin", "xx-cmartin"),
    "es": ("Gómez", "xx-agomez"),
    "ru": ("Иванова", "xx-aivanova"),
    "zh": ("王", "xx-wangfang"),
    "ar": ("علي", "xx-aali"),
}
_COVER = {
    "en": "FYI, see below.",
    "fr": "Pour information, voir ci-dessous.",
    "es": "Para su información, véase abajo.",
    "ru": "Для сведения, см. ниже.",
    "zh": "请见下文。",
    "ar": "للعلم، انظر أدناه.",
}

MARKERS = [
    ("en", "Begin forwarded message:"),
    ("en", "---------- Forwarded message ---------"),
    ("en", "-------- Forwarded Message --------"),
    ("fr", "Début du message réexpédié :"),
    ("fr", "---------- Message transféré ---------"),
    ("fr", "Début du message transféré :"),
    ("es", "Inicio del mensaje reenviado:"),
    ("es", "Comienzo del mensaje reenviado:"),
    ("es", "---------- Mensaje reenviado ---------"),
    ("ru", "Начало переадресованного сообщения:"),
    ("ru", "Начало пересылаемого сообщения:"),
    ("ru", "-------- Пересылаемое сообщение --------"),
    ("ru", "-------- Пересланное сообщение --------"),
    ("zh", "开始转发的邮件："),
    ("zh", "开始转发的邮件:"),
    ("zh", "開始轉寄的郵件："),
    ("zh", "---------- 转发的邮件 ---------"),
    ("zh", "---------- 已轉寄郵件 ----------"),
    ("zh", "-------- 转发的消息 --------"),
    ("ar", "بداية الرسالة المُعاد توجيهها:"),
    ("ar", "بداية الرسالة المعاد توجيهها:"),
    ("ar", "---------- الرسالة المُعاد توجيهها ---------"),
    ("ar", "-------- الرسالة المحوّلة --------"),
]


def _forward(language: str, marker: str) -> str:
    frm, date, subject, to = _HEADERS[language]
    return (
        f"{_COVER[language]}\n\n{marker}\n\n"
        f"{frm}: Office Contact <contact.person@office.example>\n"
        f"{date}: 2 October 2023 09:30\n"
        f"{subject}: C. CWS 175\n"
        f"{to}: Head of Office <head@office.example>\n\n"
        f"{_NOMINATION[language]}\n"
    )


@pytest.mark.parametrize(("language", "marker"), MARKERS, ids=[m[1] for m in MARKERS])
@pytest.mark.parametrize("subject", ["Fwd: C. CWS 175", "C. CWS 175 nomination"])
def test_client_forward_marker_opens_the_forwarded_nomination(
    language: str, marker: str, subject: str
) -> None:
    # The subject need not say "Fwd:" (a cover may retitle it): the marker line says it.
    parsed = parse(_forward(language, marker), subject=subject)
    assert parsed.kind == "nomination", parsed.kind_reason
    assert [p[:2] for p in people(parsed)] == [_EXPECTED[language]]
    assert people(parsed)[0][2] == ("API Task Force",)


# --- near misses ---------------------------------------------------------------------------


def test_the_words_inside_a_sentence_start_nothing() -> None:
    # The phrase stands in the nominating sentence's line, not alone: no forward starts.
    body = (
        "Dear Secretariat,\n\nIn reply to C. CWS 175, we nominate Ms Jane Roe, Senior "
        "Examiner, WIPO username: xx-jroe, to the API Task Force; the line 开始转发的邮件： "
        "in our last mail was sent by mistake.\n\nBest regards,\nOffice"
    )
    parsed = parse(body, subject="C. CWS 175")
    assert parsed.kind == "nomination"
    assert [p[:2] for p in people(parsed)] == [("Roe", "xx-jroe")]


@pytest.mark.parametrize(
    ("language", "marker"),
    [("zh", "开始转发的邮件："), ("ru", "Начало переадресованного сообщения:")],
)
def test_a_forwarded_circular_names_nobody(language: str, marker: str) -> None:
    frm, date, subject, to = _HEADERS[language]
    body = (
        f"{_COVER[language]}\n\n{marker}\n\n"
        f"{frm}: CWS Mail <cws.mail@wipo.int>\n{date}: 21 September 2023 17:05\n"
        f"{subject}: C. CWS 175\n{to}: Office <contact.person@office.example>\n\n"
        "1. The CWS invites Offices to nominate members of its Task Forces.\n"
        "2. Please send the following information to cws.mail@wipo.int: name, position, "
        "WIPO Account username.\n"
    )
    parsed = parse(body, subject="C. CWS 175")
    assert parsed.kind == "other"
    assert parsed.nominees == ()
