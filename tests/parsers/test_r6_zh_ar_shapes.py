"""Chinese and Arabic shapes of the sixth blind round: Arabic words stretched with tatweel,
Gulf titles written with a slash, list items numbered in Arabic-Indic digits, and the
father's name ("بن ...") between a given and a family name."""

from __future__ import annotations

from typing import Any

from parsers import Kind, ParsedEmail, ParseOptions, parse_email
from parsers.calling_card import calling_card
from parsers.names import split_person
from tests.parsers.mailmaker import catalog, make_mail


def parse(raw: bytes) -> ParsedEmail:
    return parse_email(raw, catalog=catalog(), options=ParseOptions())


def fields(parsed: ParsedEmail) -> list[dict[str, Any]]:
    keys = ("title", "last_name", "first_name", "position", "username", "account_email")
    return [{k: getattr(n, k) for k in keys} for n in parsed.nominees]


def test_arabic_labels_and_titles_stretched_with_tatweel_read_as_written_plain() -> None:
    body = """السادة أمانة لجنة معايير الويبو المحترمين،

يتشـرف مكتب البراءات الأردني بترشيـح:

الســيدة/ سلمى الخطيب
الوظيفــة: رئيســة قسم الفحص
اسم المستخـدم: jo-salkhatib
البريـد الإلكترونـي: s.khatib@office.example
فريـق العمـل: فرقة العمل المعنية بمعيار XML4IP

مع التحيــة
"""
    parsed = parse(make_mail(body))
    assert parsed.kind is Kind.NOMINATION
    assert fields(parsed) == [
        {
            "title": "Mrs",
            "last_name": "الخطيب",
            "first_name": "سلمى",
            # The value is the post as written; only the stretching is gone.
            "position": "رئيسة قسم الفحص",
            "username": "jo-salkhatib",
            "account_email": "s.khatib@office.example",
        }
    ]
    assert parsed.nominees[0].task_forces == ("XML4IP Task Force",)


def test_arabic_name_under_a_french_label_stretched_with_tatweel() -> None:
    body = """Madame, Monsieur,

L'Institut national de la propriété industrielle a l'honneur de proposer :

Nom : الســيد كريم حمــادي
Fonction : ingénieur examinateur
Nom d'utilisateur : dz-khamadi
Courriel : k.hamadi@office.example
Équipe d'experts : XML4IP
"""
    parsed = parse(make_mail(body))
    assert parsed.kind is Kind.NOMINATION
    assert [(n.title, n.last_name, n.first_name, n.username) for n in parsed.nominees] == [
        ("Mr", "حمادي", "كريم", "dz-khamadi")
    ]


def test_items_numbered_in_arabic_indic_digits_after_a_slashed_title() -> None:
    body = """تحية طيبة وبعد،

يسر مكتب البراءات لدول مجلس التعاون ترشيح كل من:

١- المهندس/ فيصل الشمري
المنصب: مطور أنظمة
اسم المستخدم: gc-falshammari

٢- الدكتورة/ هند القاسم
المنصب: مستشارة قانونية
اسم المستخدم: سيتم إرساله لاحقاً
البريد الإلكتروني: h.alqasim@office.example

لعضوية فرقة العمل المعنية بالتحول الرقمي.
"""
    parsed = parse(make_mail(body))
    assert parsed.kind is Kind.NOMINATION
    names = [(n.last_name, n.first_name, n.position, n.username) for n in parsed.nominees]
    assert names == [
        ("الشمري", "فيصل", "مطور أنظمة", "gc-falshammari"),
        ("القاسم", "هند", "مستشارة قانونية", None),
    ]


def test_father_name_between_given_and_family_name_is_neither() -> None:
    assert split_person("السيد فهد بن سلمان القحطاني")[1:] == ("القحطاني", "فهد")
    assert split_person("السيدة نورة بنت محمد آل سعود")[1:] == ("آل سعود", "نورة")
    assert split_person("محمد بن علي بن حسن الزهراني")[1:] == ("الزهراني", "محمد")


def test_family_name_opened_by_bin_stays_the_family_name() -> None:
    # Maghrebi family names: "بن يوسف" ends the name, nothing follows it.
    assert split_person("السيدة أمينة بن يوسف")[1:] == ("بن يوسف", "أمينة")
    assert split_person("السيد طارق بن عمر")[1:] == ("بن عمر", "طارق")


def test_salutation_pair_of_titles_with_a_slash_names_nobody() -> None:
    body = """السيدة/السيد المحترم،

ـــــــــــــــــــــــــــــ
نود الاستفسار عن موعد الاجتماع القادم لفرقة العمل المعنية بمعيار XML4IP.

مع الشكر
ـــــــــــــــــــــــــــــ
أحمد يوسف
"""
    parsed = parse(make_mail(body))
    assert parsed.kind is Kind.OTHER
    assert parsed.nominees == ()


def test_arabic_self_nomination_card_line_and_this_same_address() -> None:
    body = """يرجى إضافتي إلى فرقة العمل المعنية بمعيار XML4IP
فاطمة الزعابي - محللة بيانات - مكتب براءات الاختراع، عمان
اسم المستخدم om-fzaabi
البريد: هذا البريد نفسه
مع الشكر
"""
    parsed = parse(make_mail(body, sender="Fatima Al Zaabi <f.zaabi@office.example>"))
    assert parsed.kind is Kind.NOMINATION
    assert parsed.office == "مكتب براءات الاختراع"
    assert fields(parsed) == [
        {
            "title": None,
            "last_name": "الزعابي",
            "first_name": "فاطمة",
            "position": "محللة بيانات",
            "username": "om-fzaabi",
            "account_email": "f.zaabi@office.example",
        }
    ]
    assert parsed.nominees[0].task_forces == ("XML4IP Task Force",)


def test_english_phone_self_nomination_card_line_and_this_same_address() -> None:
    body = """Hi,
Please register me for the API Task Force (C. CWS 175).
John Carter - Systems Engineer - Ministry of Economy, Ruritania
Username rr-jcarter
Email: this same address
Thanks

Sent from my iPhone
"""
    parsed = parse(make_mail(body, sender="John Carter <j.carter@office.example>"))
    assert parsed.kind is Kind.NOMINATION
    assert parsed.office == "Ministry of Economy"
    assert fields(parsed) == [
        {
            "title": None,
            "last_name": "Carter",
            "first_name": "John",
            "position": "Systems Engineer",
            "username": "rr-jcarter",
            "account_email": "j.carter@office.example",
        }
    ]


def test_this_same_address_in_french_spanish_russian_and_chinese() -> None:
    mails = (
        (
            "Merci de m'inscrire à l'équipe d'experts chargée de la norme XML4IP.\n"
            "Identifiant : fr-cmorel\nCourriel du compte : cette même adresse\n",
            "Claire Morel <claire.morel@office.example>",
        ),
        (
            "Por favor inscríbanme en el Equipo Técnico XML4IP.\n"
            "Usuario: ar-aperez\nCorreo: esta misma dirección\n",
            "Ana Pérez <ana.perez@office.example>",
        ),
        (
            "Прошу включить меня в Целевую группу по XML4IP.\nЛогин: ru-ivanov\n"
            "Почта: этот же адрес\n",
            "Иван Иванов <ivanov@office.example>",
        ),
        (
            "请将我加入API工作队。\n用户名：cn-wangfang\n邮箱：本邮箱\n",
            "王芳 <wang.fang@office.example>",
        ),
    )
    for body, sender in mails:
        parsed = parse(make_mail(body, sender=sender))
        assert parsed.kind is Kind.NOMINATION, body
        assert [n.account_email for n in parsed.nominees] == [
            sender.partition("<")[2].rstrip(">")
        ], body


def test_this_same_address_for_someone_else_gives_no_address() -> None:
    # An office contact nominating a colleague: their own address is not the colleague's.
    body = """Dear Secretariat,
We nominate Ms Jane DOE to the API Task Force.
Username: rr-jdoe
E-mail: this same address
"""
    parsed = parse(make_mail(body, sender="Mary Jones <m.jones@office.example>"))
    assert [(n.last_name, n.account_email) for n in parsed.nominees] == [("DOE", None)]


def test_same_address_not_said_of_the_account_gives_no_address() -> None:
    body = (
        "Please register me for the API Task Force. My username is rr-jcarter. "
        "Please send the confirmation to this same address.\n"
    )
    parsed = parse(make_mail(body, sender="John Carter <j.carter@office.example>"))
    assert [(n.username, n.account_email) for n in parsed.nominees] == [("rr-jcarter", None)]


def test_asking_whether_one_can_be_registered_is_no_nomination() -> None:
    body = "هل يمكن تسجيلي في فرقة العمل المعنية بواجهات برمجة التطبيقات؟\nاسم المستخدم ae-kali\n"
    parsed = parse(make_mail(body, sender="Khalid Ali <k.ali@office.example>"))
    assert parsed.kind is Kind.OTHER
    assert parsed.nominees == ()


def test_dashed_line_without_an_office_is_no_calling_card() -> None:
    assert calling_card("Best regards - John\nPatent Department - Ministry of Economy") is None
    card = calling_card("Ms Jane Doe | Patent Office of Ruritania")
    assert card is not None
    assert (card.name.value, card.post, card.office.value if card.office else None) == (
        "Ms Jane Doe",
        None,
        "Patent Office of Ruritania",
    )


def test_asking_whether_a_member_still_sits_on_a_task_force_is_no_nomination() -> None:
    bodies = (
        # Arabic: no question mark, nominating words elsewhere in the sentence.
        "السادة أمانة لجنة معايير الويبو المحترمين،\n\nقبل إرسال ترشيحاتنا، نرجو إفادتنا بما إذا"
        " كان السيد كريم الحداد (اسم المستخدم: jo-khaddad، البريد: k.haddad@office.example)، رئيس"
        " قسم المعلوماتية، ما زال عضواً في فرقة العمل المعنية بمعيار XML4IP، حتى لا نكرر ترشيحه.\n",
        "Madame, Monsieur,\n\nAvant de vous adresser nos candidatures, nous souhaiterions savoir si"
        " M. Paul DURAND (identifiant fr-pdurand), chef de division, est toujours membre de"
        " l'Équipe d'experts chargée de la norme XML4IP.\n",
        "Уважаемые коллеги!\n\nПрежде чем направить наши кандидатуры, просим сообщить, является ли"
        " г-н Петров Иван Сергеевич (логин ru-ipetrov) по-прежнему членом Целевой группы по XML4IP.\n",
        "Dear Secretariat,\n\nBefore we send our nominations, could you please let us know whether"
        " Mr. Paul DURAND (username fr-pdurand), Head of the IT Division, is still a member of the"
        " API Task Force?\n",
    )
    for body in bodies:
        parsed = parse(make_mail(body))
        assert parsed.kind is Kind.OTHER, body
        assert parsed.nominees == (), body


def test_a_nominee_still_a_member_elsewhere_is_still_nominated() -> None:
    body = (
        "Dear Secretariat,\n\nWe nominate Mr. Paul DURAND (username fr-pdurand), who is still a"
        " member of the SEQL Task Force, to the API Task Force; please let us know if anything is"
        " missing.\n"
    )
    parsed = parse(make_mail(body))
    assert [(n.last_name, n.username) for n in parsed.nominees] == [("DURAND", "fr-pdurand")]


def test_a_question_about_one_member_beside_a_nomination_of_another() -> None:
    body = (
        "Dear Secretariat,\n\nWe nominate Ms. Anne MARTIN (username fr-amartin) to the API Task"
        " Force. Please also tell us whether Mr. Paul DURAND is still a member of the SEQL Task"
        " Force.\n"
    )
    parsed = parse(make_mail(body))
    assert [(n.last_name, n.username) for n in parsed.nominees] == [("MARTIN", "fr-amartin")]


def reply_above_request(answer: str, request: str, *, sender: str, subject: str) -> bytes:
    """A reply typed above the Secretariat's quoted request, as phone mail quotes it."""
    quoted = "\n".join(f"> {line}" if line else ">" for line in request.splitlines())
    return make_mail(f"{answer}\n\n{quoted}\n", sender=sender, subject=subject)


_ZH_REQUEST = """在 2023年10月11日，CWS Mail <cws.mail@wipo.int> 写道：

尊敬的国家知识产权局同事：

关于王伟先生（专利局审查业务管理部 副处长，拟参加XML4IP工作队）的提名，我们尚缺以下信息：

1. WIPO账户用户名
2. 创建该账户时使用的电子邮箱

CWS秘书处
"""


def test_short_chinese_answer_above_our_request_completes_its_nominee() -> None:
    raw = reply_above_request(
        "王伟 用户名cn-wangwei 邮箱wangwei@office.example\n\n发自我的华为手机",
        _ZH_REQUEST,
        sender="赵丽 <zhaoli@office.example>",
        subject="回复：C. CWS 175 – 提名信息待补充",
    )
    parsed = parse(raw)
    assert parsed.kind is Kind.NOMINATION
    assert parsed.office == "国家知识产权局"
    assert fields(parsed) == [
        {
            "title": "Mr",
            "last_name": "王",
            "first_name": "伟",
            "position": "专利局审查业务管理部 副处长",
            "username": "cn-wangwei",
            "account_email": "wangwei@office.example",
        }
    ]
    assert parsed.nominees[0].task_forces == ("XML4IP Task Force",)


def test_short_english_answer_above_our_request_completes_its_nominee() -> None:
    request = """On 11 Oct 2023, at 16:20, CWS Mail <cws.mail@wipo.int> wrote:

Dear colleagues of the Ruritanian Patent Office,

Regarding the nomination of Ms Jane DOE (Head of the Patent Information Section, XML4IP
Task Force), we still need:

1. her WIPO Account username
2. the e-mail address used to create that account

CWS Secretariat
"""
    raw = reply_above_request(
        "Username rr-jdoe, e-mail jane.doe@office.example\nThanks",
        request,
        sender="Ana Smith <ana.smith@office.example>",
        subject="RE: C. CWS 175 - missing details",
    )
    parsed = parse(raw)
    assert parsed.kind is Kind.NOMINATION
    assert parsed.office == "Ruritanian Patent Office"
    # "we still need" after the bracket is our request speaking, no post of hers.
    assert fields(parsed) == [
        {
            "title": "Ms",
            "last_name": "DOE",
            "first_name": "Jane",
            "position": None,
            "username": "rr-jdoe",
            "account_email": "jane.doe@office.example",
        }
    ]


def test_answer_above_a_request_about_two_people_is_for_neither() -> None:
    request = _ZH_REQUEST.replace(
        "王伟先生（专利局审查业务管理部 副处长，拟参加XML4IP工作队）", "王芳女士和张伟先生"
    )
    raw = reply_above_request(
        "用户名cn-zhangwei 邮箱zhangwei@office.example",
        request,
        sender="赵丽 <zhaoli@office.example>",
        subject="回复：C. CWS 175",
    )
    parsed = parse(raw)
    assert not any(n.last_name for n in parsed.nominees)


def test_a_question_above_our_request_answers_nothing() -> None:
    raw = reply_above_request(
        "用户名是cn-wangwei吗？",
        _ZH_REQUEST,
        sender="赵丽 <zhaoli@office.example>",
        subject="回复：C. CWS 175",
    )
    parsed = parse(raw)
    assert parsed.kind is Kind.OTHER
    assert parsed.nominees == ()


def test_salutation_in_brackets_after_a_latin_name_is_the_title() -> None:
    body = """CWS秘书处：

您好！根据C. CWS 175号通函，我局推荐以下人员参加API工作队：

姓名：Wei ZHANG（先生）
职务：信息化部 工程师
WIPO用户名：cn-zhangwei
账户邮箱：zhangwei@office.example

姓名：Lina WU（吴丽娜女士）
职务：信息化部 主任科员
WIPO用户名：cn-wulina
账户邮箱：wulina@office.example
"""
    parsed = parse(make_mail(body))
    assert [(n.title, n.last_name, n.first_name) for n in parsed.nominees] == [
        ("Mr", "ZHANG", "Wei"),
        ("Mrs", "WU", "Lina"),
    ]


def test_arabic_and_russian_salutations_in_brackets_after_a_latin_name() -> None:
    assert split_person("Karim MANSOUR (السيد)")[:3] == ("Mr", "MANSOUR", "Karim")
    assert split_person("Ivan PETROV (г-н)")[:3] == ("Mr", "PETROV", "Ivan")
    assert split_person("Salma KHATIB (السيدة)")[:3] == ("Mrs", "KHATIB", "Salma")


def test_native_name_in_brackets_without_a_salutation_gives_no_title() -> None:
    assert split_person("WANG Wei (王伟)")[:3] == (None, "WANG", "Wei")
    assert split_person("Xiaoyu CHEN（陈晓雨）")[:3] == (None, "CHEN", "Xiaoyu")
    # A doctor's title says nothing of Mr or Mrs.
    assert split_person("Xiaoyu CHEN（博士）")[0] is None
