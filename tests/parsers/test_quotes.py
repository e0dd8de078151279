"""Only what the sender wrote now: quoted history, signatures and forwards set apart."""

from __future__ import annotations

import pytest

from parsers.history_markers import is_forward_subject
from parsers.quotes import split_quotes

# (name, body, what the new text must be, a string that must not be in it)
REPLIES = [
    (
        "gmail_en",
        "Name: Ms Jane DOE\n\nOn Thu, Sep 21, 2023 at 10:00 AM CWS <cws.mail@wipo.int> wrote:\n> Name of Office:\n> ca-jsmith\n",
        "Name: Ms Jane DOE",
        "ca-jsmith",
    ),
    (
        "gmail_wrapped_attribution",
        "Nom : DUPONT\n\nLe jeu. 21 sept. 2023 à 10:00, CWS Mail <cws.mail@wipo.int> a écrit :\n> Nom de l'office :\n",
        "Nom : DUPONT",
        "office",
    ),
    (
        "gmail_es",
        "Apellido: GARCÍA\n\nEl jue, 21 sept 2023 a las 10:00, CWS (<cws.mail@wipo.int>) escribió:\n> Nombre de la Oficina:\n",
        "Apellido: GARCÍA",
        "Oficina",
    ),
    (
        "ru_pishet",
        "Фамилия: Иванов\n\n21.09.2023 10:00, CWS Mail пишет:\n> Ведомство:\n",
        "Фамилия: Иванов",
        "Ведомство",
    ),
    (
        "ru_napisal",
        "Фамилия: Иванов\n\nЧт, 21 сент. 2023 г. в 10:00, CWS <cws.mail@wipo.int> написал(а):\n> Ведомство:\n",
        "Фамилия: Иванов",
        "Ведомство",
    ),
    (
        "zh_xiedao",
        "姓：王\n\n在 2023年9月21日 10:00，CWS <cws.mail@wipo.int> 写道：\n> 主管局名称：\n",
        "姓：王",
        "主管局",
    ),
    (
        "ar_kataba",
        "اسم المستخدم: eg-x\n\nفي الخميس، 21 سبتمبر 2023، كتب CWS <cws.mail@wipo.int>:\n> اسم المكتب:\n",
        "اسم المستخدم: eg-x",
        "اسم المكتب",
    ),
    (
        "outlook_en",
        "Username: us-jdoe\n\nFrom: CWS Mail <cws.mail@wipo.int>\nSent: Thursday, September 21, 2023 10:00 AM\nTo: office@uspto.example\nSubject: C. CWS 175\n\nName of Office:\n",
        "Username: us-jdoe",
        "Name of Office",
    ),
    (
        "outlook_fr",
        "Nom : DUPONT\n\nDe : CWS Mail <cws.mail@wipo.int>\nEnvoyé : jeudi 21 septembre 2023 10:00\nÀ : office@inpi.example\nObjet : C. CWS 175\n\nNom de l'office :\n",
        "Nom : DUPONT",
        "office",
    ),
    (
        "outlook_es",
        "Cargo: Jefa\n\nDe: CWS Mail <cws.mail@wipo.int>\nEnviado el: jueves, 21 de septiembre de 2023 10:00\nPara: oficina@oepm.example\nAsunto: C. CWS 175\n\nCargo:\n",
        "Cargo: Jefa",
        "Asunto",
    ),
    (
        "outlook_ru",
        "Должность: эксперт\n\nОт: CWS Mail <cws.mail@wipo.int>\nОтправлено: 21 сентября 2023 г. 10:00\nКому: office@rupto.example\nТема: C. CWS 175\n\nДолжность:\n",
        "Должность: эксперт",
        "Тема",
    ),
    (
        "outlook_zh",
        "职务：处长\n\n发件人: CWS Mail <cws.mail@wipo.int>\n发送时间: 2023年9月21日 10:00\n收件人: office@cnipa.example\n主题: C. CWS 175\n\n职务：\n",
        "职务：处长",
        "主题",
    ),
    (
        "outlook_ar",
        "المنصب: فاحص\n\nمن: CWS Mail <cws.mail@wipo.int>\nتاريخ الإرسال: 21 سبتمبر 2023\nإلى: office@egypo.example\nالموضوع: C. CWS 175\n\nالمنصب:\n",
        "المنصب: فاحص",
        "الموضوع",
    ),
    (
        "original_message_separator",
        "Title: Ms\n\n-----Original Message-----\nName of Office:\n",
        "Title: Ms",
        "Name of Office",
    ),
    (
        "message_d_origine",
        "Titre : Mme\n\n-----Message d'origine-----\nNom :\n",
        "Titre : Mme",
        "Nom :",
    ),
    (
        "mensaje_original",
        "Tratamiento: Sra.\n\n-----Mensaje original-----\nApellido:\n",
        "Tratamiento: Sra.",
        "Apellido",
    ),
    (
        "ishodnoe",
        "Обращение: г-жа\n\n-----Исходное сообщение-----\nФамилия:\n",
        "Обращение: г-жа",
        "Фамилия",
    ),
    (
        "outlook_underscores",
        "Title: Mr\n\n________________________________\nFrom: CWS\nSent: Thursday\nTo: x\n\nName of Office:\n",
        "Title: Mr",
        "Name of Office",
    ),
    (
        "signature_dash",
        "Username: us-jdoe\n\n-- \nJohn Smith\nUSPTO | +1 555 0100\n",
        "Username: us-jdoe",
        "John Smith",
    ),
    (
        "valediction_en",
        "Username: us-jdoe\n\nBest regards,\nJohn Smith\nDirector\n",
        "Username: us-jdoe",
        "Director",
    ),
    (
        "valediction_fr",
        "Nom : DUPONT\n\nCordialement,\nLuc\n",
        "Nom : DUPONT",
        "Luc",
    ),
    (
        "valediction_es",
        "Apellido: GARCÍA\n\nSaludos cordiales,\nPedro\n",
        "Apellido: GARCÍA",
        "Pedro",
    ),
    (
        "valediction_ru",
        "Фамилия: Иванов\n\nС уважением,\nПетров П.П.\n",
        "Фамилия: Иванов",
        "Петров",
    ),
    (
        "valediction_zh",
        "姓：王\n\n此致\n敬礼\n李明\n",
        "姓：王",
        "李明",
    ),
    (
        "valediction_ar",
        "اسم العائلة: محمود\n\nوتفضلوا بقبول فائق الاحترام.\nأحمد\n",
        "اسم العائلة: محمود",
        "أحمد",
    ),
    (
        "disclaimer",
        "Username: us-jdoe\n\nCONFIDENTIALITY NOTICE: This e-mail is intended only for cws.mail@wipo.int.\n",
        "Username: us-jdoe",
        "CONFIDENTIALITY",
    ),
    (
        "interleaved_quote_lines",
        "> Name of Office:\nName of Office: USPTO\n> Username:\nUsername: us-jdoe\n",
        "Name of Office: USPTO\n\nUsername: us-jdoe",
        ">",
    ),
    (
        "bottom_posting",
        "On 04/02/2012 06:26 PM, CWS wrote:\n> Name of Office:\n\nName of Office: USPTO\n",
        "Name of Office: USPTO",
        "CWS wrote",
    ),
]


@pytest.mark.parametrize(("name", "body", "new", "absent"), REPLIES, ids=[r[0] for r in REPLIES])
def test_new_text(name: str, body: str, new: str, absent: str) -> None:
    split = split_quotes(body)
    assert split.new_text == new
    assert absent not in split.new_text
    assert len(split.new) == len(body)  # masks keep offsets


def test_valediction_followed_by_details_is_not_a_signature() -> None:
    body = "Hello,\nThanks!\n\nName: Ms Jane DOE\nUsername: us-jdoe\n"
    assert "Username: us-jdoe" in split_quotes(body).new_text


def test_signature_kept_apart_for_the_office() -> None:
    body = "Username: us-jdoe\n\nKind regards,\nJohn Smith\nCanadian Intellectual Property Office\n"
    split = split_quotes(body)
    assert "Canadian Intellectual Property Office" in split.signature
    assert "Canadian" not in split.new_text


def test_closing_block_without_valediction_is_a_signature() -> None:
    body = "Forwarding the nomination of Ms. Reyes (C. CWS 175). Thank you.\n\nAntonio Bautista\nIntellectual Property Office of the Philippines\n"
    split = split_quotes(body)
    assert "Philippines" in split.signature
    assert split.new_text.endswith("Thank you.")


@pytest.mark.parametrize(
    "marker",
    [
        "---------- Forwarded message ---------",
        "Begin forwarded message:",
        "Début du message réexpédié :",
        "-------- Message transféré --------",
        "---------- Mensaje reenviado ----------",
        "-------- Пересылаемое сообщение --------",
        "-------- 转发的邮件 --------",
        "-------- رسالة مُعاد توجيهها --------",
    ],
)
def test_forwards_are_read(marker: str) -> None:
    body = f"FYI\n\n{marker}\nFrom: Jane Doe <jane.doe@uspto.example>\nDate: Mon, 2 Oct 2023\nSubject: details\nTo: <office@uspto.example>\n\nUsername: us-jdoe\n\nOn Mon, 1 Oct 2023, CWS <cws.mail@wipo.int> wrote:\n> ca-jsmith\n"
    split = split_quotes(body)
    assert split.new_text == "FYI"
    assert split.forwarded is not None
    assert split.forwarded.new_text == "Username: us-jdoe"
    assert split.forward_sender == "Jane Doe <jane.doe@uspto.example>"


def test_outlook_block_under_forward_subject_is_a_forward() -> None:
    body = "See below.\n\nFrom: Jane Doe <jane.doe@uspto.example>\nSent: Monday\nTo: office\nSubject: details\n\nUsername: us-jdoe\n"
    assert split_quotes(body, subject="FW: details").forwarded is not None
    assert split_quotes(body, subject="RE: details").forwarded is None


@pytest.mark.parametrize(
    ("subject", "forward"),
    [
        ("Fwd: x", True),
        ("FW: x", True),
        ("TR : x", True),
        ("RV: x", True),
        ("Пересл: x", True),
        ("转发：x", True),
        ("RE: FW: x", False),
        ("Re: x", False),
        ("Forward planning", False),
    ],
)
def test_forward_subjects(subject: str, forward: bool) -> None:
    assert is_forward_subject(subject) is forward


def test_earlier_message_and_its_sender() -> None:
    body = "The username is pt-aferreira.\n\nFrom: Rui Costa <rcosta@inpi-pt.example>\nSent: Tuesday\nTo: cws.mail@wipo.int\nSubject: nomination\n\nName: Ms. Ana FERREIRA\n"
    split = split_quotes(body)
    assert split.earlier_from == "rcosta@inpi-pt.example"
    earlier = split.earlier()
    assert earlier is not None
    assert earlier.new_text == "Name: Ms. Ana FERREIRA"
