"""Mail that names a candidate, even with a username, and nominates nobody by it.

An office asking a question before it nominates ("before we nominate Ms X, may her account
use a private address?", "which of our experts are already members?"), and an office
passing on its earlier nominee's withdrawal with a new candidate promised for later. Each
beside the real nomination that also asks something or replaces somebody.
"""

from __future__ import annotations

from email.message import EmailMessage

import pytest

from parsers import Kind, ParsedEmail, ParseOptions, parse_email
from parsers.nominates_nobody import withdraws_only
from parsers.support_questions import asks_before_nominating
from parsers.withdrawals import withdrawal_spans
from tests.parsers.mailmaker import catalog, make_mail


def parse(raw: bytes) -> ParsedEmail:
    return parse_email(raw, catalog=catalog(), options=ParseOptions())


def _mail(body: str) -> bytes:
    return make_mail(f"{body}\n\nRegards,\nOffice Contact\nPatent Office of Examplestan\n")


# --- a question asked before nominating ---------------------------------------------------

ASKS_FIRST = [
    (
        "en_before_we_nominate",
        "Dear Secretariat,\n\nBefore we nominate Ms Anna Berg (username xx-aberg) to the API "
        "Task Force, could you tell us whether an account opened with her private address "
        "anna.berg@mail.example is acceptable?",
    ),
    (
        "en_once_you_confirm",
        "Dear colleagues,\n\nMr. Jonas Weber (xx-jweber, jonas.weber@office.example) may "
        "already be a member of the XML4IP Task Force. Is that so? Once you confirm, we will "
        "send our nomination under C. CWS 175.",
    ),
    (
        "es_antes_de_designar",
        "Estimados señores:\n\nAntes de designar a la Sra. Lucía Romero (usuario xx-lromero) "
        "para el Equipo Técnico API, quisiéramos saber si su cuenta debe abrirse con la "
        "dirección institucional. ¿Podrían indicárnoslo?",
    ),
    (
        "ru_posle_otveta",
        "Уважаемые коллеги!\n\nВедомство рассматривает кандидатуру г-на П.С. Ковалева "
        "(логин xx-pkovalev) для Целевой группы по API. Является ли он уже членом группы? "
        "После вашего ответа мы направим официальное письмо о выдвижении.",
    ),
    (
        "fr_des_reception_de_votre_reponse",
        "Madame, Monsieur,\n\nMme Claire Dubois (identifiant xx-cdubois) pourrait rejoindre "
        "l'équipe d'experts XML4IP. Est-elle déjà inscrite ? Dès réception de votre réponse, "
        "nous vous adresserons notre désignation.",
    ),
    (
        "zh_before_submitting",
        "CWS秘书处：\n\n我局拟推荐张伟先生（用户名：xx-zhangwei）参加API工作队。在提交提名之前，"
        "请问他是否需要以单位邮箱重新开设WIPO账户？",
    ),
    (
        "ar_before_nomination",
        "السادة الأمانة،\n\nمرشحنا المقترح هو السيد سامي حداد، اسم المستخدم: xx-shaddad، لعضوية "
        "فرقة العمل المعنية بواجهات برمجة التطبيقات. وقبل تقديم الترشيح، نود أن نعرف هل يجوز "
        "أن يكون حسابه مسجلا ببريده الشخصي؟",
    ),
]


@pytest.mark.parametrize(("name", "body"), ASKS_FIRST, ids=[c[0] for c in ASKS_FIRST])
def test_question_before_nominating_nominates_nobody(name: str, body: str) -> None:
    parsed = parse(_mail(body))
    assert parsed.kind is Kind.OTHER, parsed.kind_reason
    assert parsed.nominees == ()


STILL_NOMINATIONS = [
    (
        "en_nominates_then_asks",
        "Dear Secretariat,\n\nIn reply to C. CWS 175 we nominate Mr. Jonas Weber (username "
        "xx-jweber) to the API Task Force. Could you confirm receipt?",
    ),
    (
        "en_more_later",
        "Dear Secretariat,\n\nWe nominate Mr. Jonas Weber (username xx-jweber) to the API Task "
        "Force. Before we nominate further experts, could you tell us how many seats remain?",
    ),
    (
        "fr_designe_et_demande",
        "Madame, Monsieur,\n\nNous désignons M. Jonas Weber (identifiant xx-jweber) pour "
        "l'équipe d'experts XML4IP. Après votre réponse, nous vous adresserons les "
        "désignations supplémentaires. Pourriez-vous confirmer la réception ?",
    ),
    (
        "zh_nominates_and_asks",
        "CWS秘书处：\n\n我局提名王强先生（用户名：xx-wangqiang）参加API工作队。请问是否已收到？",
    ),
]


@pytest.mark.parametrize(("name", "body"), STILL_NOMINATIONS, ids=[c[0] for c in STILL_NOMINATIONS])
def test_nomination_that_also_asks_stays_a_nomination(name: str, body: str) -> None:
    parsed = parse(_mail(body))
    assert parsed.kind is Kind.NOMINATION, parsed.kind_reason
    assert [n.username for n in parsed.nominees] == [
        "xx-wangqiang" if name.startswith("zh") else "xx-jweber"
    ]


def test_labelled_details_under_a_question_stay_a_nomination() -> None:
    # A labelled block is a nomination sent, whatever is asked beside it.
    body = (
        "Dear Secretariat,\n\nBefore we nominate anyone else, could you confirm this one?\n\n"
        "Task force: API Task Force\nName: Mr Jonas Weber\nPosition: Head of IT\n"
        "WIPO username: xx-jweber\nE-mail: jonas.weber@office.example"
    )
    parsed = parse(_mail(body))
    assert parsed.kind is Kind.NOMINATION, parsed.kind_reason


def test_asks_before_nominating_needs_a_question() -> None:
    text = "Before we nominate Ms Berg, we checked her account. We nominate her to API."
    assert not asks_before_nominating(text)
    assert asks_before_nominating(text.replace("we checked her account", "is her account ok?"))


# --- a withdrawal passed on, a replacement promised ---------------------------------------

WITHDRAWS = [
    (
        "en_inline_forward",
        "Dear Secretariat,\n\nPlease find below the message of Mr. Jonas Weber, whom we "
        "nominated earlier to the API Task Force. Please no longer consider his nomination; "
        "we will send a new candidate in due course.\n\n"
        "---------- Forwarded message ---------\nFrom: Jonas Weber <jonas.weber@office.example>\n"
        "Subject: API Task Force\n\nDear colleague,\n\nI am leaving the Office and ask you to "
        "withdraw my nomination (username xx-jweber).\n\nJonas",
    ),
    (
        "fr_ne_plus_tenir_compte",
        "Madame, Monsieur,\n\nNous vous transmettons le courriel de Mme Claire Dubois, que nous "
        "avions désignée pour l'équipe d'experts XML4IP. Nous vous prions de ne plus tenir "
        "compte de sa candidature. Nous vous communiquerons ultérieurement le nom d'un autre "
        "candidat.",
    ),
    (
        "es_no_considerar",
        "Estimados señores:\n\nLes reenviamos el mensaje de la Sra. Lucía Romero, designada "
        "anteriormente para el Equipo Técnico API. Les rogamos no considerar su candidatura. "
        "Les comunicaremos más adelante el nombre de otro candidato.",
    ),
]


@pytest.mark.parametrize(("name", "body"), WITHDRAWS, ids=[c[0] for c in WITHDRAWS])
def test_withdrawal_passed_on_nominates_nobody(name: str, body: str) -> None:
    parsed = parse(_mail(body))
    assert parsed.kind is Kind.OTHER, parsed.kind_reason
    assert parsed.nominees == ()
    assert "withdrawal" in [w.code for w in parsed.warnings]


def test_withdrawal_forwarded_as_attached_message_nominates_nobody() -> None:
    inner = EmailMessage()
    inner["From"] = "Jonas Weber <jonas.weber@office.example>"
    inner["Subject"] = "API Task Force"
    inner.set_content("I am leaving the Office; please withdraw my nomination (xx-jweber).\n")
    raw = make_mail(
        "Dear Secretariat,\n\nWe forward the message of Mr. Jonas Weber, previously nominated "
        "by us to the API Task Force. Please disregard his nomination. A new candidate will "
        "follow.\n\nRegards,\nOffice Contact\n",
        subject="Fwd: API Task Force",
        forwarded=inner,
    )
    parsed = parse(raw)
    assert parsed.kind is Kind.OTHER, parsed.kind_reason


def test_withdrawal_with_replacement_named_stays_a_nomination() -> None:
    body = (
        "Dear Secretariat,\n\nPlease no longer consider the nomination of Mr. Jonas Weber, "
        "nominated earlier. We nominate Ms Anna Berg (username xx-aberg) to the API Task "
        "Force instead."
    )
    parsed = parse(_mail(body))
    assert parsed.kind is Kind.NOMINATION, parsed.kind_reason
    assert [n.username for n in parsed.nominees] == ["xx-aberg"]


def test_disregarding_a_previous_email_is_no_withdrawal() -> None:
    assert not withdrawal_spans("Please disregard the nomination in my previous email. Here:")
    assert not withdrawal_spans("Please disregard my previous email and read this one.")
    assert withdraws_only("请不再考虑王强先生的提名。")
    assert not withdraws_only("请不再考虑王强先生的提名。我局提名李明女士参加API工作队。")
