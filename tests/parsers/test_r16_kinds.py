"""What kind of mail it is, round 16: a letter opening with a memo heading ("From: / To: /
Date: / Subject:", "من: / إلى: / التاريخ: / الموضوع:") is new text, not a quoted header; a
contact person sent for another circular's survey is no nomination; a covering note asking
the Secretariat to hold the nomination it forwards nominates nobody."""

from __future__ import annotations

import pytest

from parsers import ParsedEmail, parse_email
from tests.parsers.mailmaker import catalog, make_mail


def _parse(body: str, **kwargs: object) -> ParsedEmail:
    return parse_email(make_mail(body, **kwargs), catalog=catalog())  # type: ignore[arg-type]


# ---------------------------------------------------------------------------------------
# A memo heading at the top of the letter is the letter's own: everything under it is new.

_MEMO = {
    "en": (
        "MEMORANDUM\n\n"
        "From: National Patent Office – Directorate of Information Systems\n"
        "To: Secretariat of the Committee on WIPO Standards (CWS)\n"
        "Date: 17 October 2023\n"
        "Subject: Nomination to the CWS Task Forces – reply to Circular C. CWS 175\n\n"
        "The National Patent Office nominates the following official:\n\n"
        "Name: Mr. Peter OLSEN\n"
        "Position: Head of the Examination Division\n"
        "Task Force: XML4IP Task Force\n"
        "WIPO Account username: xx-polsen\n"
        "E-mail: peter.olsen@ipo.example\n\n"
        "Director General\nNational Patent Office\n"
    ),
    "fr": (
        "NOTE\n\n"
        "De : Office national des brevets – Direction des systèmes d'information\n"
        "À : Secrétariat du Comité des normes de l'OMPI (CWS)\n"
        "Date : 17 octobre 2023\n"
        "Objet : Désignation aux équipes d'experts – circulaire C. CWS 175\n\n"
        "L'Office national des brevets désigne l'agent suivant :\n\n"
        "Nom : M. Pierre DURAND\n"
        "Fonction : Chef de la division de l'examen\n"
        "Équipe d'experts : XML4IP\n"
        "Nom d'utilisateur : xx-pdurand\n"
        "Courriel : pierre.durand@ipo.example\n\n"
        "Le Directeur général\nOffice national des brevets\n"
    ),
    "ar": (
        "مذكرة\n\n"
        "من: مكتب براءات الاختراع المصري – أكاديمية البحث العلمي والتكنولوجيا\n"
        "إلى: أمانة لجنة معايير الويبو (CWS)\n"
        "التاريخ: 17 أكتوبر 2023\n"
        "الموضوع: ترشيح ممثلي المكتب في فرق عمل اللجنة – رداً على التعميم C. CWS 175\n\n"
        "يتشرف مكتب براءات الاختراع المصري بترشيح السيد التالي:\n\n"
        "الاسم: هشام رزق\n"
        "الوظيفة: رئيس قسم الفحص الفني\n"
        "فرقة العمل: فرقة العمل المعنية بمعيار XML4IP\n"
        "اسم المستخدم: eg-hrizk\n"
        "البريد الإلكتروني: h.rizk@egpo-eg.example\n\n"
        "رئيس مكتب براءات الاختراع المصري\n"
    ),
}


@pytest.mark.parametrize("lang", sorted(_MEMO))
def test_memo_heading_opens_new_text(lang: str) -> None:
    parsed = _parse(_MEMO[lang])
    assert parsed.kind == "nomination"
    assert len(parsed.nominees) == 1
    nominee = parsed.nominees[0]
    assert nominee.username in {"xx-polsen", "xx-pdurand", "eg-hrizk"}
    assert nominee.task_forces == ("XML4IP Task Force",)


_NOMINEE_BELOW = (
    "Name: Mr. Peter OLSEN\n"
    "Task Force: XML4IP Task Force\n"
    "WIPO Account username: xx-polsen\n"
    "E-mail: peter.olsen@ipo.example\n"
)


@pytest.mark.parametrize(
    "header",
    [
        # An address: a mail's header, quoted.
        "From: Olsen Peter <peter.olsen@ipo.example>\n"
        "Date: 16 October 2023\n"
        "To: CWS Mail\n"
        "Subject: C. CWS 175 nomination\n",
        # A sent date with its time, no address (Outlook shows display names only).
        "From: Olsen, Peter\n"
        "Sent: Monday, 16 October 2023 10:04\n"
        "To: CWS Mail\n"
        "Subject: C. CWS 175 nomination\n",
        "من: أولسن بيتر\n"
        "تاريخ الإرسال: الاثنين، 16 أكتوبر 2023 10:04 ص\n"
        "إلى: CWS Mail\n"
        "الموضوع: C. CWS 175\n",
    ],
)
def test_mail_header_under_a_reply_stays_quoted(header: str) -> None:
    # "Received with thanks" above a quoted nomination: the sender nominates nobody now.
    parsed = _parse(
        f"Received with thanks; we will confirm shortly.\n\n{header}\n{_NOMINEE_BELOW}",
        subject="RE: C. CWS 175 nomination",
    )
    assert parsed.nominees == ()
    assert "Peter" not in parsed.new_text


# ---------------------------------------------------------------------------------------
# A contact person for another circular's survey, in labelled lines with a username.

_SURVEY_CONTACT = {
    "en": (
        "Dear Colleagues,\n\n"
        "In reply to Circular C. CWS 176 (survey on the implementation of WIPO Standard ST.27), "
        "please find below the details of our contact person for the questionnaire:\n\n"
        "Name: Anna JANSEN\n"
        "Position: Head of the Patent Information Section\n"
        "E-mail: anna.jansen@ipo.example\n"
        "WIPO Account username: xx-ajansen\n"
        "Preferred language of the questionnaire: English\n\n"
        "Our nominations to the CWS Task Forces under Circular C. CWS 175 were sent on "
        "11 October under separate cover and need no change.\n\n"
        "Kind regards,\nPeter Olsen\nNational Patent Office\n"
    ),
    "ru": (
        "Добрый день!\n\n"
        "В ответ на циркулярное письмо C. CWS 176 (обследование о применении стандарта ВОИС "
        "ST.27) направляем данные контактного лица Ведомства для заполнения анкеты:\n\n"
        "Ф.И.О.: Янсен Анна Петровна\n"
        "Должность: начальник отдела патентной информации\n"
        "E-mail: anna.jansen@ipo.example\n"
        "Учетная запись ВОИС (имя пользователя): xx-ajansen\n\n"
        "Кандидатуры Ведомства в целевые группы КСВ по циркулярному письму C. CWS 175 были "
        "направлены ранее отдельным письмом.\n\n"
        "С уважением,\nОльсен П.\nНациональное патентное ведомство\n"
    ),
    "es": (
        "Estimados señores:\n\n"
        "En respuesta a la circular C. CWS 176 (encuesta sobre la aplicación de la Norma ST.27), "
        "les comunicamos los datos de nuestra persona de contacto para el cuestionario:\n\n"
        "Nombre: Ana JIMÉNEZ\n"
        "Cargo: Jefa de la Sección de Información sobre Patentes\n"
        "Correo electrónico: ana.jimenez@ipo.example\n"
        "Nombre de usuario de la cuenta OMPI: xx-ajimenez\n\n"
        "Nuestras designaciones para la circular C. CWS 175 ya fueron enviadas por separado.\n\n"
        "Atentamente,\nPedro Olsen\nOficina Nacional de Patentes\n"
    ),
}


@pytest.mark.parametrize("lang", sorted(_SURVEY_CONTACT))
def test_survey_contact_for_another_circular_is_no_nomination(lang: str) -> None:
    parsed = _parse(_SURVEY_CONTACT[lang], subject="C. CWS 176 - contact person")
    assert parsed.kind == "other"
    assert parsed.nominees == ()


def test_survey_contact_with_a_task_force_label_still_nominates() -> None:
    # A task force given as such makes the person a nominee, whatever the survey.
    body = _SURVEY_CONTACT["en"].replace(
        "Preferred language of the questionnaire: English\n", "Task Force: XML4IP Task Force\n"
    )
    parsed = _parse(body)
    assert parsed.kind == "nomination"
    assert parsed.nominees[0].task_forces == ("XML4IP Task Force",)


def test_contact_person_nominated_under_the_campaign_circular_still_nominates() -> None:
    # The campaign's circular answered now, not recalled: the labelled person is nominated.
    body = (
        "Dear Colleagues,\n\n"
        "In reply to Circular C. CWS 175 we nominate our contact person for the survey of "
        "Circular C. CWS 176 to the Legal Status Task Force:\n\n"
        "Name: Anna JANSEN\n"
        "Position: Head of the Patent Information Section\n"
        "E-mail: anna.jansen@ipo.example\n"
        "WIPO Account username: xx-ajansen\n\n"
        "Kind regards,\nPeter Olsen\nNational Patent Office\n"
    )
    parsed = _parse(body)
    assert parsed.kind == "nomination"
    assert parsed.nominees[0].username == "xx-ajansen"


def test_survey_contact_and_a_nominee_named_later_still_nominates() -> None:
    # A nominating sentence apart from the contact's: someone is nominated.
    body = _SURVEY_CONTACT["en"].replace(
        "Our nominations to the CWS Task Forces under Circular C. CWS 175 were sent on "
        "11 October under separate cover and need no change.",
        "We also nominate Ms Anna Jansen to the Legal Status Task Force.",
    )
    parsed = _parse(body)
    assert parsed.kind == "nomination"


# ---------------------------------------------------------------------------------------
# A covering note asking the Secretariat to hold the nomination it forwards.

_FORWARDED_NOMINATION = (
    "\n\n-----Original Message-----\n"
    "From: Lin Tao [mailto:lin.tao@ipo.example]\n"
    "Sent: Thursday, 12 October 2023 15:20\n"
    "To: cws.mail@wipo.int\n"
    "Subject: C. CWS 175 nomination to the API Task Force\n\n"
    "Dear CWS Secretariat,\n\n"
    "In reply to Circular C. CWS 175 our department nominates:\n\n"
    "Name: Mr. Tao LIN\n"
    "Position: Head of the Application Development Division\n"
    "Task Force: API Task Force\n"
    "WIPO Account username: xx-tlin\n"
    "E-mail: lin.tao@ipo.example\n\n"
    "Lin Tao\nAutomation Department\n"
)

_HOLD_NOTES = {
    "en": (
        "Dear CWS Secretariat,\n\n"
        "On 12 October our Automation Department sent you directly the nomination below. Under "
        "our rules, nominations are vetted by the International Cooperation Department first.\n\n"
        "We would therefore ask you not to act on that e-mail for now: our official list will "
        "follow by 20 October.\n\n"
        "Kong Linghui\nInternational Cooperation Department\nNational Patent Office\n"
    ),
    "fr": (
        "Madame, Monsieur,\n\n"
        "Le 12 octobre, notre département de l'automatisation vous a adressé directement la "
        "candidature ci-dessous.\n\n"
        "Nous vous prions de ne pas donner suite à ce message : la liste officielle de l'Office "
        "vous parviendra d'ici le 20 octobre.\n\n"
        "Kong Linghui\nDépartement de la coopération internationale\n"
    ),
    "zh": (
        "CWS秘书处：\n\n"
        "您好！10月12日，我局自动化部直接向贵处发送了参加API工作队的推荐人选（见下方转发的邮件）。\n\n"
        "因此，请贵处暂不受理该邮件。我司将于10月20日前统一报送我局正式推荐名单。\n\n"
        "孔令辉\n国际合作司\n"
    ),
    "ru": (
        "Уважаемые коллеги!\n\n"
        "12 октября отдел автоматизации направил вам напрямую письмо, пересылаемое ниже.\n\n"
        "Просим не принимать его к рассмотрению: официальный список Ведомства будет "
        "направлен до 20 октября.\n\n"
        "Кон Линхуэй\nОтдел международного сотрудничества\n"
    ),
}


@pytest.mark.parametrize("lang", sorted(_HOLD_NOTES))
def test_note_holding_the_forwarded_nomination_nominates_nobody(lang: str) -> None:
    parsed = _parse(_HOLD_NOTES[lang] + _FORWARDED_NOMINATION, subject="FW: C. CWS 175")
    assert parsed.kind == "other"
    assert parsed.nominees == ()


def test_note_sending_the_forwarded_nomination_on_still_nominates() -> None:
    note = (
        "Dear CWS Secretariat,\n\n"
        "Please find below the nomination of our Automation Department, which we confirm. "
        "Do not hesitate to contact us.\n\nKong Linghui\nInternational Cooperation Department\n"
    )
    parsed = _parse(note + _FORWARDED_NOMINATION, subject="FW: C. CWS 175")
    assert parsed.kind == "nomination"
    assert parsed.nominees[0].username == "xx-tlin"


def test_note_holding_the_forwarded_mail_but_nominating_its_own_person_nominates() -> None:
    # The note names its own nominee: it replaces the forwarded one, and nominates.
    note = (
        "Dear CWS Secretariat,\n\n"
        "Please do not act on the e-mail below. The office nominates instead:\n\n"
        "Name: Ms. Wei ZHANG\n"
        "Task Force: API Task Force\n"
        "WIPO Account username: xx-wzhang\n"
        "E-mail: wei.zhang@ipo.example\n\n"
        "Kong Linghui\nInternational Cooperation Department\n"
    )
    parsed = _parse(note + _FORWARDED_NOMINATION, subject="FW: C. CWS 175")
    assert parsed.kind == "nomination"
    assert [n.username for n in parsed.nominees] == ["xx-wzhang"]
