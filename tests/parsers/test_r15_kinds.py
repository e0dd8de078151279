"""What kind of mail this is, and the letters it is read in.

- Text pasted from a PDF carries Arabic letters as presentation-form glyphs ("ﺭﺍﻣﻲ",
  lam-alef as one ligature) and Latin "fi", "ffi" as ligatures ("Oﬃce"): every text is read
  in ordinary letters (body, HTML, attachments, subject, display name), and the values
  come back so.
- A question sent to this mailbox about another WIPO service (a Madrid renewal), laid out
  with the name, post and address of the person who follows up the writer's file ("Our
  contact for this file", "本案联系人", "المسؤولة عن متابعة الملف"), speaks of WIPO and
  even of the CWS, as any mail to WIPO does; without a circular, a task force, a
  nominating verb or a WIPO Account username that person is no nominee, in any language.
- A nominee forwarding the WIPO Accounts "account created" mail under a short note that
  her office nominates her: the username is the one that mail gives for the address her
  account uses (here, the one she writes from).
"""

from __future__ import annotations

import unicodedata
from email.message import EmailMessage

import pytest

from parsers import ParsedEmail, ParseOptions, parse_email
from parsers.presentation_forms import ordinary_letters
from tests.parsers.mailmaker import catalog, make_mail


def parse(raw: bytes) -> ParsedEmail:
    return parse_email(raw, catalog=catalog(), options=ParseOptions())


def people(parsed: ParsedEmail) -> list[tuple[object, ...]]:
    return [
        (
            n.title,
            n.last_name,
            n.first_name,
            n.position,
            n.username,
            n.account_email,
            n.task_forces,
        )
        for n in parsed.nominees
    ]


# -- letters pasted from a PDF ------------------------------------------------------------


def _form(letter: str, form: str) -> str | None:
    try:
        return unicodedata.lookup(f"{unicodedata.name(letter)} {form} FORM")
    except (KeyError, ValueError):
        return None


_LAM_ALEF = {"ا": "", "أ": " WITH HAMZA ABOVE", "إ": " WITH HAMZA BELOW", "آ": " WITH MADDA ABOVE"}


def glyphs(text: str) -> str:
    """Arabic as a PDF's text layer gives it: each letter as the glyph for its place."""
    out: list[str] = []
    k = 0
    while k < len(text):
        letter = text[k]
        if _form(letter, "ISOLATED") is None:
            out.append(letter)
            k += 1
            continue
        # The letter before joins this one if it has a form joining forwards.
        joined = bool(out) and k > 0 and _form(text[k - 1], "INITIAL") is not None
        if letter == "ل" and text[k + 1 : k + 2] in _LAM_ALEF:
            name = f"ARABIC LIGATURE LAM WITH ALEF{_LAM_ALEF[text[k + 1]]}"
            out.append(unicodedata.lookup(f"{name} {'FINAL' if joined else 'ISOLATED'} FORM"))
            k += 2
            continue
        ahead = k + 1 < len(text) and _form(text[k + 1], "FINAL") is not None
        ahead = ahead and _form(letter, "INITIAL") is not None
        form = {(True, True): "MEDIAL", (True, False): "FINAL", (False, True): "INITIAL"}.get(
            (joined, ahead), "ISOLATED"
        )
        out.append(_form(letter, form) or _form(letter, "ISOLATED") or letter)
        k += 1
    return "".join(out)


AR_LETTER = (
    "بالإشارة إلى التعميم C. CWS 175، يسر مكتب الملكية الفكرية أن يرشح السيدة سلمى الحسيني، "
    "رئيسة قسم البراءات، لعضوية فرقة العمل المعنية بقوائم التسلسل.\n"
    "اسم المستخدم في حساب الويبو: xx-shusseini\n"
    "البريد الإلكتروني: s.husseini@office.example\n"
    "وتفضلوا بقبول فائق الاحترام،\n"
)
AR_COVER = "السادة أمانة لجنة معايير الويبو المحترمين،\n\nننسخ أدناه نص كتابنا الرسمي.\n\n"
AR_NOMINEE = (
    "Mrs",
    "الحسيني",
    "سلمى",
    "رئيسة قسم البراءات",
    "xx-shusseini",
    "s.husseini@office.example",
    ("Sequence Listings Task Force",),
)


def test_the_shaper_gives_glyphs_that_fold_back() -> None:
    pasted = glyphs(AR_LETTER)
    assert pasted != AR_LETTER
    assert "\ufefb" in glyphs("لا") or "\ufefc" in glyphs("الا")
    assert unicodedata.normalize("NFKC", pasted) == AR_LETTER


def test_an_arabic_letter_pasted_as_glyphs_is_read_in_ordinary_letters() -> None:
    parsed = parse(make_mail(AR_COVER + glyphs(AR_LETTER)))
    assert parsed.kind == "nomination"
    assert people(parsed) == [AR_NOMINEE]


def test_glyphs_in_the_html_part_and_as_character_references() -> None:
    letter = glyphs(AR_LETTER)
    referenced = "".join(f"&#x{ord(c):X};" if ord(c) >= 0xFB50 else c for c in letter)
    msg = EmailMessage()
    msg["From"] = "Office <contact.person@office.example>"
    msg["To"] = "cws.mail@wipo.int"
    msg["Subject"] = "C. CWS 175"
    msg.set_content(
        "<html><body dir=rtl>"
        + "".join(f"<p>{line}</p>" for line in (AR_COVER + referenced).splitlines())
        + "</body></html>",
        subtype="html",
    )
    assert people(parse(msg.as_bytes())) == [AR_NOMINEE]


def test_glyphs_in_a_text_attachment() -> None:
    raw = make_mail(
        AR_COVER.replace("ننسخ أدناه", "نرفق"),
        attachments=(("letter.txt", "text/plain", glyphs(AR_LETTER).encode()),),
    )
    assert people(parse(raw)) == [AR_NOMINEE]


def test_a_subject_and_display_name_in_glyphs_read_as_letters() -> None:
    raw = make_mail(
        AR_COVER + AR_LETTER,
        subject=glyphs("ترشيح لفرق العمل – C. CWS 175"),
        sender=f"{glyphs('سلمى الحسيني')} <contact.person@office.example>",
    )
    parsed = parse(raw)
    assert parsed.headers.subject == "ترشيح لفرق العمل – C. CWS 175"
    assert parsed.headers.from_name == "سلمى الحسيني"
    assert people(parsed) == [AR_NOMINEE]


def test_latin_ligatures_from_an_english_pdf() -> None:
    body = (
        "Dear Secretariat,\n\nIn reply to circular C. CWS 175, the Patent Oﬃce nominates "
        "Ms Jane Griﬃths, Chief Classiﬁcation Oﬃcer, to the XML4IP Task Force.\n"
        "WIPO Accounts username: xx-jgriffiths\nE-mail: j.griffiths@office.example\n"
    )
    assert people(parse(make_mail(body))) == [
        (
            "Ms",
            "Griffiths",
            "Jane",
            "Chief Classification Officer",
            "xx-jgriffiths",
            "j.griffiths@office.example",
            ("XML4IP Task Force",),
        )
    ]


def test_only_the_pdf_forms_are_folded() -> None:
    # Full-width forms, CJK compatibility forms, "№" and the byte-order mark keep their
    # reading: other rules read them as they are.
    kept = "ＡＢＣ１２３ ︰ № \ufeff ½ ㎡"
    assert ordinary_letters(kept) is kept
    # An isolated vowel sign inside a pasted word does not cut the word.
    assert ordinary_letters("\ufe8d\ufe70") == "ا\u064b"
    assert ordinary_letters("\ufefb\ufef5") == "لالآ"


# -- a question about another WIPO service, with its contact person -------------------------

MISDIRECTED = {
    "en": (
        "Dear Sir or Madam,\n\nWe act for our client in respect of an international "
        "registration under the Madrid System and would like to know the procedure and fees "
        "for its renewal. We found this address on the WIPO website (CWS pages); if it is not "
        "the right one, kindly forward our query.\n\nOur contact for this file:\n"
        "Name: Ms Laura BENNETT\nPosition: Trademark Attorney\n"
        "E-mail: l.bennett@lawfirm.example\n\nKind regards,\nBennett & Co. Attorneys\n"
    ),
    "fr": (
        "Madame, Monsieur,\n\nNous représentons notre cliente pour un enregistrement "
        "international selon le système de Madrid et souhaitons connaître la procédure et "
        "les taxes de renouvellement. Nous avons trouvé cette adresse sur le site de l'OMPI ; "
        "si elle n'est pas la bonne, merci de transmettre notre demande.\n\n"
        "Personne chargée du dossier :\nNom : Mme Claire FOURNIER\nFonction : avocate\n"
        "Courriel : c.fournier@cabinet.example\n\nCordialement,\nCabinet Fournier\n"
    ),
    "es": (
        "Estimados señores:\n\nRepresentamos a nuestro cliente en un registro internacional "
        "del Sistema de Madrid y quisiéramos conocer el procedimiento y las tasas de "
        "renovación. Encontramos esta dirección en el sitio web de la OMPI; si no es la "
        "correcta, les rogamos remitir nuestra consulta.\n\nResponsable del expediente:\n"
        "Nombre: Sra. Lucía MÉNDEZ\nCargo: abogada\nCorreo: l.mendez@bufete.example\n\n"
        "Atentamente,\nBufete Méndez\n"
    ),
    "ru": (
        "Уважаемые господа!\n\nМы представляем интересы клиента по международной "
        "регистрации по Мадридской системе и просим сообщить порядок и пошлины за её "
        "продление. Этот адрес мы нашли на сайте ВОИС; если он неверный, просим переслать "
        "наш запрос.\n\nКонтактное лицо по делу:\nФИО: Петрова Анна Сергеевна\n"
        "Должность: патентный поверенный\nE-mail: a.petrova@lawfirm.example\n\n"
        "С уважением,\nЮридическая фирма «Петров и партнеры»\n"
    ),
    "zh": (
        "世界知识产权组织：\n\n您好！我所代理客户的一件马德里国际注册商标即将到期，想咨询续展的"
        "程序和费用。此邮箱地址是我们在WIPO网站上找到的，如非正确地址，烦请转交相关部门。\n\n"
        "本案联系人：\n姓名：王芳女士\n职务：商标代理人\n邮箱：wangfang@agency.example\n\n"
        "此致\n某某知识产权代理有限公司\n"
    ),
    "ar": (
        "السادة/ المنظمة العالمية للملكية الفكرية (الويبو) المحترمين\n\nنحن وكلاء عن موكلتنا "
        "صاحبة تسجيل دولي للعلامة التجارية بموجب نظام مدريد، ونرجو إفادتنا عن إجراءات تجديد "
        "التسجيل والرسوم المستحقة. حصلنا على عنوانكم من صفحة لجنة معايير الويبو، ونرجو إحالة "
        "رسالتنا إلى القسم المختص.\n\nالمسؤولة عن متابعة الملف:\nالاسم: الأستاذة هدى "
        "النعيمي\nالمنصب: محامية\nالبريد الإلكتروني: h.nuaimi@lawfirm.example\n\n"
        "وتفضلوا بقبول فائق الاحترام،\nمكتب النعيمي للمحاماة\n"
    ),
}


@pytest.mark.parametrize("language", sorted(MISDIRECTED))
def test_a_question_about_another_wipo_service_nominates_nobody(language: str) -> None:
    parsed = parse(make_mail(MISDIRECTED[language], subject="Madrid renewal"))
    assert (parsed.kind, parsed.nominees) == ("other", ())


# The same layout once the campaign's own signs are there: a nomination still.
CAMPAIGN_SIGNS = {
    "en": ("In reply to circular C. CWS 175.\n", "Task force: XML4IP Task Force\n"),
    "fr": ("En réponse à la circulaire C. CWS 175.\n", "Équipe d'experts : XML4IP\n"),
    "zh": ("根据C. CWS 175号通函。\n", "工作队：XML4IP工作队\n"),
}


@pytest.mark.parametrize("language", sorted(CAMPAIGN_SIGNS))
def test_the_circular_cited_makes_the_contact_a_nominee(language: str) -> None:
    reference, _ = CAMPAIGN_SIGNS[language]
    parsed = parse(make_mail(reference + MISDIRECTED[language], subject="Nomination"))
    assert parsed.kind == "nomination"


@pytest.mark.parametrize("language", sorted(CAMPAIGN_SIGNS))
def test_a_task_force_line_makes_the_contact_a_nominee(language: str) -> None:
    _, task_force = CAMPAIGN_SIGNS[language]
    body = MISDIRECTED[language]
    cut = body.index("\n\n", body.index("@"))
    parsed = parse(make_mail(body[:cut] + "\n" + task_force + body[cut:], subject="Nomination"))
    assert parsed.kind == "nomination"


def test_a_wipo_account_username_makes_the_contact_a_nominee() -> None:
    body = MISDIRECTED["en"].replace("E-mail:", "WIPO Accounts username: xx-lbennett\nE-mail:")
    parsed = parse(make_mail(body, subject="Madrid renewal"))
    assert parsed.kind == "nomination"
    assert [n.username for n in parsed.nominees] == ["xx-lbennett"]


def test_a_nominating_verb_makes_the_contact_a_nominee() -> None:
    body = (
        "Dear Secretariat,\n\nWe are pleased to nominate the following expert.\n\n"
        "Our contact for this file:\nName: Ms Laura BENNETT\nPosition: Senior Examiner\n"
        "E-mail: l.bennett@office.example\n\nKind regards,\nIntellectual Property Office\n"
    )
    assert parse(make_mail(body, subject="Nomination")).kind == "nomination"


# -- the WIPO Accounts "account created" mail forwarded by its owner ---------------------


def _notice(address: str, username: str, *, prefix: str = "> ") -> str:
    lines = [
        "From: WIPO Accounts <no-reply@accounts.wipo.example>",
        "Subject: Your WIPO Account has been created",
        "",
        "Dear colleague,",
        "",
        "Your WIPO Account has been created successfully.",
        "",
        f"Username: {username}",
        f"E-mail: {address}",
        "",
        "Please do not reply to this automatically generated e-mail.",
    ]
    return "".join(f"{prefix}{line}\n" if line else prefix.rstrip() + "\n" for line in lines)


ZH_NOTE = (
    "CWS秘书处：\n\n您好！根据C. CWS 175号通函，我局已决定推荐我参加API工作队。我已注册了WIPO"
    "账户，现将系统发来的确认邮件转发给您，用户名见下方邮件，注册邮箱就是本邮箱。\n\n"
    "我现任专利局审查业务管理部副处长。\n\n张敏\n国家知识产权局专利局\n\n发自我的iPhone\n\n"
    "开始转发的邮件：\n\n"
)
EN_NOTE = (
    "Dear Secretariat,\n\nFurther to circular C. CWS 175, my Office has decided to nominate "
    "me to the API Task Force (the official letter follows). Below is the confirmation of my "
    "WIPO Account; its e-mail is this same address.\n\nI am Head of the IT Division.\n\n"
    "Best regards,\nAnna Berg\n\nSent from my iPhone\n\nBegin forwarded message:\n\n"
)


def test_a_chinese_nominee_forwards_her_account_created_mail() -> None:
    raw = make_mail(
        ZH_NOTE + _notice("zhangmin@office.example", "xx-zhangmin"),
        subject="转发：Your WIPO Account has been created",
        sender="张敏 <zhangmin@office.example>",
    )
    parsed = parse(raw)
    assert parsed.kind == "nomination"
    assert people(parsed) == [
        (
            None,
            "张",
            "敏",
            "专利局审查业务管理部副处长",
            "xx-zhangmin",
            "zhangmin@office.example",
            ("API Task Force",),
        )
    ]


def test_an_english_nominee_forwards_her_account_created_mail() -> None:
    raw = make_mail(
        EN_NOTE + _notice("anna.berg@office.example", "xx-aberg"),
        subject="Fwd: Your WIPO Account has been created",
        sender="Anna Berg <anna.berg@office.example>",
    )
    parsed = parse(raw)
    assert parsed.kind == "nomination"
    assert [(n.last_name, n.username, n.account_email, n.task_forces) for n in parsed.nominees] == [
        ("Berg", "xx-aberg", "anna.berg@office.example", ("API Task Force",))
    ]


def test_an_account_created_for_another_address_gives_no_username() -> None:
    # The forwarded mail's account is not the one she writes from: whose is it? Not taken.
    raw = make_mail(
        EN_NOTE + _notice("someone.else@office.example", "xx-selse"),
        subject="Fwd: Your WIPO Account has been created",
        sender="Anna Berg <anna.berg@office.example>",
    )
    assert "xx-selse" not in [n.username for n in parse(raw).nominees]


def test_a_forwarded_account_mail_with_a_question_is_no_nomination() -> None:
    body = (
        "Dear Secretariat,\n\nI created my WIPO Account (the confirmation is below) but I "
        "cannot sign in to the wiki. Could you please help?\n\nBest regards,\nAnna Berg\n\n"
        "Begin forwarded message:\n\n" + _notice("anna.berg@office.example", "xx-aberg")
    )
    raw = make_mail(
        body,
        subject="Fwd: Your WIPO Account has been created",
        sender="Anna Berg <anna.berg@office.example>",
    )
    assert parse(raw).kind == "other"


def test_the_signature_above_a_phone_footer_gives_the_office() -> None:
    body = EN_NOTE.replace("Anna Berg\n", "Anna Berg\nPatent Office of Examplestan\n")
    raw = make_mail(
        body + _notice("anna.berg@office.example", "xx-aberg"),
        subject="Fwd: Your WIPO Account has been created",
        sender="Anna Berg <anna.berg@office.example>",
    )
    parsed = parse(raw)
    assert parsed.office == "Patent Office of Examplestan"
    assert [n.last_name for n in parsed.nominees] == ["Berg"]


def test_a_french_nominee_whom_her_office_designated() -> None:
    body = (
        "Madame, Monsieur,\n\nSuite à la circulaire C. CWS 175, l'Office m'a désignée pour "
        "l'Équipe d'experts chargée de la norme XML4IP. Vous trouverez ci-dessous la "
        "confirmation de mon compte OMPI ; son courriel est cette même adresse.\n\n"
        "Cordialement,\nCamille Roux\n\n"
        "Début du message réexpédié :\n\n" + _notice("camille.roux@office.example", "xx-croux")
    )
    raw = make_mail(body, sender="Camille Roux <camille.roux@office.example>")
    assert [(n.last_name, n.username, n.account_email) for n in parse(raw).nominees] == [
        ("Roux", "xx-croux", "camille.roux@office.example")
    ]


def test_a_pointing_word_is_no_username() -> None:
    # "my WIPO Account; its e-mail is this same address": no username "this".
    raw = make_mail(EN_NOTE + "(the confirmation did not come through)\n")
    assert all(n.username in (None, "") for n in parse(raw).nominees)
