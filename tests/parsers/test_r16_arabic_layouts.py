"""Layouts of Arabic mail, and their like in other languages:

- a letter set out in ordinal sections ("أولاً:", "ثانياً:", "First:", "Premièrement :"), each
  nominating under a task force's name; a closing section naming the office's contact officer
  ("ضابط الاتصال", "Contact person") gives no nominee;
- four-part names ("الاسم الرباعي"): the given name is the first word, the family name the last;
  the father's and grandfather's names (with "بن"/"بنت") are neither;
- WhatsApp messages pasted into a letter: the "[time, date] sender:" prefix is no part of the
  labelled line it opens; colloquial labels ("اليوزر", "الإيميل", "المسمى");
- the honorifics "الأخ/" and "الأخت/" (brother, sister) before a name: Mr and Mrs;
- task forces in the office's own words ("فريق عمل البلوك تشين"), joined by "و";
- WIPO's own name over its city in the address block ("... – جنيف") names no office.
"""

from __future__ import annotations

from email.message import EmailMessage

import pytest

from parsers import ParsedEmail, ParseOptions, parse_email
from parsers.labels import classify_label
from tests.parsers.mailmaker import catalog, make_mail

API = "API Task Force"
BC = "Blockchain Task Force"
DR = "Design Representation Task Force"
DT = "Digital Transformation Task Force"
LS = "Legal Status Task Force"
SEQL = "Sequence Listings Task Force"
XML = "XML4IP Task Force"

Row = tuple[str | None, str | None, str | None, str | None, tuple[str, ...]]


def parse(body: str) -> ParsedEmail:
    return parse_email(make_mail(body), catalog=catalog(), options=ParseOptions())


def rows(parsed: ParsedEmail) -> list[Row]:
    return [
        (n.title, n.first_name, n.last_name, n.username, n.task_forces) for n in parsed.nominees
    ]


# --- ordinal sections, four-part names, the contact officer --------------------------------

AR_SECTIONS = """سعادة أمين لجنة معايير الويبو المحترم

إشارة إلى التعميم رقم C. CWS 175، يسر الهيئة الوطنية للملكية الفكرية أن تفيدكم بما يلي:

أولاً: ترشيح لعضوية فرقة العمل المعنية بقوائم التسلسل (ST.26):
الاسم الرباعي: عبدالله فهد سعد العتيبي
الجنس: ذكر
المسمى الوظيفي: فاحص براءات أول
اسم المستخدم في حساب الويبو: xx-aalotaibi
البريد الإلكتروني المسجل به الحساب: aalotaibi@office.example

ثانياً: ترشيح لعضوية فرقة العمل المعنية بالوضع القانوني (ST.27) وفرقة العمل المعنية بالتحول الرقمي:
الاسم الرباعي: نوف بنت خالد بن ناصر الشهري
الجنس: أنثى
المسمى الوظيفي: محللة بيانات
اسم المستخدم في حساب الويبو: xx-nalshehri
البريد الإلكتروني المسجل به الحساب: n.alshehri@office.example

ثالثاً: ضابط الاتصال في الهيئة لمتابعة هذا الموضوع:
الاسم: تركي عبدالرحمن الزهراني
المسمى الوظيفي: أخصائي علاقات دولية
البريد الإلكتروني: t.alzahrani@office.example

وتقبلوا خالص التحية والتقدير،

ماجد بن سعود الحربي
مدير إدارة العلاقات الدولية
"""

EN_SECTIONS = """Dear Secretariat,

With reference to circular C. CWS 175, the National IP Office is pleased to inform you as follows:

First: nomination to the XML4IP Task Force:
Full name: John Peter SMITH
Title: Mr
Position: Senior Examiner
WIPO username: xx-jsmith
E-mail: j.smith@office.example

Second: nomination to the Legal Status Task Force and the API Task Force:
Full name: Jane DOE
Title: Ms
Position: Data Analyst
WIPO username: xx-jdoe
E-mail: j.doe@office.example

Third: contact person at the Office for this matter:
Name: Paul BROWN
Position: International Relations Officer
E-mail: p.brown@office.example

Kind regards,
Mary GREEN
Director
"""

FR_SECTIONS = """Madame, Monsieur,

Suite à la circulaire C. CWS 175, l'Office national a l'honneur de vous communiquer ce qui suit :

Premièrement : désignation à l'équipe d'experts chargée de la norme XML4IP :
Nom : MARTIN
Prénom : Paul
Civilité : M.
Fonction : Examinateur principal
Nom d'utilisateur : xx-pmartin
Adresse électronique : p.martin@office.example

Deuxièmement : personne de contact de l'Office pour ce dossier :
Nom : DURAND
Prénom : Claire
Fonction : Chargée des relations internationales
Adresse électronique : c.durand@office.example

Veuillez agréer, Madame, Monsieur, l'expression de notre haute considération.
Jean LEROY
"""


@pytest.mark.parametrize(
    ("body", "want"),
    [
        (
            AR_SECTIONS,
            [
                ("Mr", "عبدالله", "العتيبي", "xx-aalotaibi", (SEQL,)),
                ("Mrs", "نوف", "الشهري", "xx-nalshehri", (LS, DT)),
            ],
        ),
        (
            EN_SECTIONS,
            [
                ("Mr", "John Peter", "SMITH", "xx-jsmith", (XML,)),
                ("Ms", "Jane", "DOE", "xx-jdoe", (API, LS)),
            ],
        ),
        (FR_SECTIONS, [("Mr", "Paul", "MARTIN", "xx-pmartin", (XML,))]),
    ],
    ids=["ar", "en", "fr"],
)
def test_ordinal_sections_each_name_their_task_forces_and_the_contact_is_no_nominee(
    body: str, want: list[Row]
) -> None:
    parsed = parse(body)
    assert parsed.kind == "nomination"
    got = [(t, f, last, u, tuple(sorted(tfs))) for t, f, last, u, tfs in rows(parsed)]
    assert got == [(t, f, last, u, tuple(sorted(tfs))) for t, f, last, u, tfs in want]


def test_a_nominee_section_after_the_contact_section_is_read() -> None:
    """The contact's block ends where the next section starts: a nominee after it stays."""
    body = AR_SECTIONS.replace(
        "\nوتقبلوا",
        "\nرابعاً: ترشيح لعضوية فرقة العمل المعنية بواجهات برمجة التطبيقات:\n"
        "الاسم الرباعي: سعد محمد علي القحطاني\nالجنس: ذكر\n"
        "اسم المستخدم في حساب الويبو: xx-salqahtani\n\nوتقبلوا",
    )
    got = rows(parse(body))
    assert [r[1:4] for r in got] == [
        ("عبدالله", "العتيبي", "xx-aalotaibi"),
        ("نوف", "الشهري", "xx-nalshehri"),
        ("سعد", "القحطاني", "xx-salqahtani"),
    ]
    assert got[2][4] == (API,)


def test_a_contact_who_is_also_nominated_stays() -> None:
    """Near miss: "nominee and contact person" calls the person a nominee."""
    body = (
        "Dear Secretariat,\n\nFurther to C. CWS 175:\n\n"
        "Nominee and contact person for the XML4IP Task Force:\n"
        "Full name: Jane DOE\nTitle: Ms\nWIPO username: xx-jdoe\nE-mail: j.doe@office.example\n\n"
        "Kind regards,\nMary GREEN\n"
    )
    assert [r[1:4] for r in rows(parse(body))] == [("Jane", "DOE", "xx-jdoe")]


@pytest.mark.parametrize(
    ("label", "value", "first", "last"),
    [
        ("الاسم الرباعي", "نوف بنت خالد بن ناصر الشهري", "نوف", "الشهري"),
        ("الاسم الثلاثي", "سامي عبدالله الدوسري", "سامي", "الدوسري"),
        ("الاسم الكامل", "خالد بن عبدالله العتيبي", "خالد", "العتيبي"),
        # Near misses: a family name of two words stays whole.
        ("الاسم الرباعي", "أحمد محمد علي عبد الحميد", "أحمد", "عبد الحميد"),
        ("الاسم", "محمد أبو زيد", "محمد", "أبو زيد"),
        ("الاسم", "عبد الرحمن يوسف آل الشيخ", "عبد الرحمن", "آل الشيخ"),
        ("الاسم", "أمينة بن يوسف", "أمينة", "بن يوسف"),
        ("الاسم", "سلمى عبد الرحيم", "سلمى", "عبد الرحيم"),
    ],
)
def test_the_family_name_is_the_last_of_an_arabic_full_name(
    label: str, value: str, first: str, last: str
) -> None:
    body = (
        "السادة أمانة لجنة معايير الويبو،\n\nبالإشارة إلى التعميم C. CWS 175 نرشح:\n\n"
        f"{label}: {value}\nاسم المستخدم: xx-user\nفريق العمل: فرقة العمل المعنية بالتحول الرقمي\n\n"
        "مع التحية\n"
    )
    assert [r[1:3] for r in rows(parse(body))] == [(first, last)]


def test_quadruple_and_triple_name_labels_ask_for_the_whole_name() -> None:
    for label in ("الاسم الرباعي", "الاسم الثلاثي", "الإسم الرباعي"):
        kind = classify_label(label)
        assert kind is not None
        assert kind.field == "full_name"


# --- pasted WhatsApp messages --------------------------------------------------------------

_RLM = "\u200f"


def _stamp(time: str) -> str:
    return f"[{time}، ١٦{_RLM}/١٠{_RLM}/٢٠٢٣]"


AR_CHAT = "\n".join(
    [
        "الإخوة الأعزاء في أمانة لجنة معايير الويبو،",
        "",
        "بالإشارة إلى التعميم C. CWS 175، ترشح إدارة الملكية الصناعية الزميلين المهندس سامي "
        "الدوسري والسيدة مريم الجودر لعضوية فرقة العمل المعنية بواجهات برمجة التطبيقات (API).",
        "",
        "وفيما يلي بياناتهما كما أرسلاها لي عبر الواتساب:",
        "",
        f"{_stamp('١٠:٢٢ ص')} Sami Aldoseri: *الاسم:* سامي عبدالله الدوسري",
        f"{_stamp('١٠:٢٢ ص')} Sami Aldoseri: *الوظيفة:* مهندس نظم أول",
        f"{_stamp('١٠:٢٣ ص')} Sami Aldoseri: *اليوزر:* xx-saldoseri",
        f"{_stamp('١٠:٢٣ ص')} Sami Aldoseri: *الإيميل:* s.aldoseri@office.example",
        f"{_stamp('١٠:٤١ ص')} هدى: تمام، شكراً سامي 🌹",
        f"{_stamp('١١:٠٥ ص')} مريم الجودر: السلام عليكم أستاذة هدى، هذي بياناتي:",
        "الاسم: مريم يوسف الجودر",
        "المسمى: أخصائية تحليل نظم",
        "Username: xx-maljowder",
        "Email: m.aljowder@office.example",
        f"{_stamp('١١:٠٦ ص')} مريم الجودر: 👍",
        "",
        "مع خالص التحية،",
        "",
        "هدى المحميد",
        "منسقة العلاقات الدولية",
    ]
)


def _en_chat(prefix: str) -> str:
    return "\n".join(
        [
            "Dear Secretariat,",
            "",
            "Further to C. CWS 175, the IP Office nominates Mr Sam BROWN and Ms Ann LEE to the "
            "API Task Force. Their details, as they sent them to me on WhatsApp:",
            "",
            prefix.format(t="10:22", n="Sam Brown") + "*Name:* Sam BROWN",
            prefix.format(t="10:22", n="Sam Brown") + "*Position:* Systems Engineer",
            prefix.format(t="10:23", n="Sam Brown") + "*Username:* xx-sbrown",
            prefix.format(t="10:23", n="Sam Brown") + "*Email:* s.brown@office.example",
            prefix.format(t="10:41", n="Kate") + "Thanks Sam!",
            prefix.format(t="11:05", n="Ann Lee") + "Hi Kate, here are mine:",
            "Name: Ann LEE",
            "Position: Analyst",
            "Username: xx-alee",
            "Email: a.lee@office.example",
            "",
            "Best regards,",
            "Kate WHITE",
        ]
    )


@pytest.mark.parametrize(
    ("body", "want"),
    [
        (
            AR_CHAT,
            [
                ("سامي", "الدوسري", "مهندس نظم أول", "xx-saldoseri", "s.aldoseri@office.example"),
                (
                    "مريم",
                    "الجودر",
                    "أخصائية تحليل نظم",
                    "xx-maljowder",
                    "m.aljowder@office.example",
                ),
            ],
        ),
        *(
            (
                _en_chat(prefix),
                [
                    ("Sam", "BROWN", "Systems Engineer", "xx-sbrown", "s.brown@office.example"),
                    ("Ann", "LEE", "Analyst", "xx-alee", "a.lee@office.example"),
                ],
            )
            for prefix in (
                "[{t}, 16/10/2023] {n}: ",
                "16/10/2023, {t} - {n}: ",
                "[16/10/2023, {t}:05] {n}: ",
                "[{t} AM, 10/16/2023] {n}: ",
            )
        ),
    ],
    ids=["ar", "en-ios", "en-android", "en-export", "en-us"],
)
def test_pasted_whatsapp_messages_are_read_without_their_prefix(
    body: str, want: list[tuple[str, str, str, str, str]]
) -> None:
    parsed = parse(body)
    assert parsed.kind == "nomination"
    assert [
        (n.first_name, n.last_name, n.position, n.username, n.account_email)
        for n in parsed.nominees
    ] == want
    assert [n.task_forces for n in parsed.nominees] == [(API,), (API,)]


def test_a_bracketed_note_before_a_label_is_no_chat_prefix() -> None:
    """Near miss: one line opening with a bracket is no chat; its words are kept."""
    body = (
        "Dear Secretariat,\n\nFurther to C. CWS 175 we nominate to the API Task Force:\n\n"
        "Name: Ann LEE\n[Updated 16/10/2023] Position: Analyst\nUsername: xx-alee\n\n"
        "Kind regards,\nKate WHITE\n"
    )
    parsed = parse(body)
    assert [(n.last_name, n.username) for n in parsed.nominees] == [("LEE", "xx-alee")]


@pytest.mark.parametrize(
    ("label", "field"),
    [
        ("اليوزر", "username"),
        ("اسم اليوزر", "username"),
        ("الإيميل", "account_email"),
        ("الايميل", "account_email"),
        ("إيميل", "account_email"),
        ("المسمى", "position"),
    ],
)
def test_colloquial_arabic_labels(label: str, field: str) -> None:
    kind = classify_label(label)
    assert kind is not None
    assert kind.field == field


# --- "الأخ/" and "الأخت/"; task forces in the office's words; WIPO's own address -------------

AR_AKH = """السادة/ أمانة لجنة معايير الويبو
المنظمة العالمية للملكية الفكرية – جنيف
تحية طيبة وبعد،

يسر مكتب المسجل العام للملكية الفكرية بوزارة العدل أن يرشح كلاً من:

1/ الأخ/ مصعب الطيب
   الوظيفة: مسجل مساعد – إدارة البراءات
   اسم المستخدم (حساب الويبو): xx-mtayeb
   البريد الإلكتروني للحساب: musab.tayeb@office.example
   فريق العمل: فريق العمل الخاص بتمثيل التصاميم الصناعية

2/ الأخت/ سلمى عبد الرحيم
   الوظيفة: مهندسة نظم – وحدة تقانة المعلومات
   اسم المستخدم (حساب الويبو): xx-sabdelrahim
   البريد الإلكتروني للحساب: salma.abdelrahim@office.example
   فريق العمل: فريق عمل البلوك تشين، وفريق العمل المعني بقوائم تسلسل النيوكليوتيدات والأحماض الأمينية (ST.26)

وتفضلوا بقبول فائق الاحترام والتقدير،

عوض الكريم بابكر
المسجل العام للملكية الفكرية
"""


def _flowed_mail(text: str, width: int = 72) -> bytes:
    """`text` sent format=flowed: long lines broken after a space, leading blanks stuffed."""
    out: list[str] = []
    for line in text.split("\n"):
        rest = line
        while len(rest) > width and " " in rest[:width]:
            cut = rest.rindex(" ", 0, width) + 1
            out.append(rest[:cut])
            rest = rest[cut:]
        out.append(rest)
    body = "\n".join(" " + p if p.startswith((" ", ">", "From ")) else p for p in out)
    msg = EmailMessage()
    msg["From"] = "Registrar <registrar@office.example>"
    msg["To"] = "cws.mail@wipo.int"
    msg["Subject"] = "C. CWS 175 - ترشيح"
    msg.set_content(body, cte="8bit")
    msg.set_param("format", "flowed")
    return msg.as_bytes()


@pytest.mark.parametrize("flowed", [False, True], ids=["plain", "flowed"])
def test_brother_and_sister_honorifics_and_task_forces_in_the_office_words(flowed: bool) -> None:
    raw = _flowed_mail(AR_AKH) if flowed else make_mail(AR_AKH)
    parsed = parse_email(raw, catalog=catalog(), options=ParseOptions())
    assert parsed.kind == "nomination"
    assert parsed.office == "مكتب المسجل العام للملكية الفكرية"
    assert [(t, f, last, u, tuple(sorted(tfs))) for t, f, last, u, tfs in rows(parsed)] == [
        ("Mr", "مصعب", "الطيب", "xx-mtayeb", (DR,)),
        ("Mrs", "سلمى", "عبد الرحيم", "xx-sabdelrahim", tuple(sorted((BC, SEQL)))),
    ]
    assert not [w for w in parsed.warnings if w.code == "unknown_task_force"]


def test_brother_honorific_in_a_sentence() -> None:
    body = (
        "السادة أمانة لجنة معايير الويبو،\n\nبالإشارة إلى التعميم C. CWS 175 نرشح الأخ/ علي "
        "صالح الحميري لعضوية فرقة العمل المعنية بالتحول الرقمي، واسم المستخدم xx-aalhimyari.\n\n"
        "مع التحية\n"
    )
    assert [r[:3] for r in rows(parse(body))] == [("Mr", "علي", "الحميري")]


def test_the_brothers_of_a_greeting_are_no_title() -> None:
    """Near miss: "الإخوة الأعزاء" (dear brothers) greets; "الأخ" with no slash is no title."""
    body = (
        "الإخوة الأعزاء في أمانة لجنة معايير الويبو،\n\nبالإشارة إلى التعميم C. CWS 175 نرشح:\n\n"
        "الاسم: علي صالح\nاسم المستخدم: xx-asaleh\nفريق العمل: فرقة العمل المعنية بالتحول الرقمي\n"
    )
    assert [r[:3] for r in rows(parse(body))] == [(None, "علي", "صالح")]


@pytest.mark.parametrize(
    "address",
    [
        "المنظمة العالمية للملكية الفكرية – جنيف",
        "World Intellectual Property Organization – Geneva",
        "Organisation Mondiale de la Propriété Intellectuelle - Genève",
    ],
)
def test_wipo_and_its_city_name_no_office(address: str) -> None:
    body = (
        f"Secretariat of the CWS\n{address}\n\nDear colleagues,\n\nFurther to C. CWS 175, "
        "we nominate:\n\nName: Ann LEE\nTitle: Ms\nUsername: xx-alee\n"
        "Task force: API Task Force\n\nKind regards,\nKate WHITE\n"
    )
    parsed = parse(body)
    assert [n.last_name for n in parsed.nominees] == ["LEE"]
    assert parsed.office is None or "جنيف" not in parsed.office
    assert parsed.office not in ("Geneva", "Genève", "جنيف")
