"""Chinese and Arabic shapes of the fourth blind round: task-force names in the traditional
script, numbered task-force lists under an empty label, ordinal words heading a nominee,
task-force columns ticked in a table, a value corrected further down the same mail, Hong
Kong and Macao ST.3 codes, a past member who could be nominated again, a nominee's sign-in
question, and answers typed inside the quoted request for missing details."""

from __future__ import annotations

from typing import Any

from parsers import Kind, ParsedEmail, ParseOptions, parse_email
from parsers.labels import LabelKind, classify_label
from parsers.st3 import office_code
from parsers.taskforces import match_task_forces
from tests.parsers.mailmaker import catalog, make_mail

XML4IP = "XML4IP Task Force"
SEQL = "Sequence Listings Task Force"
LS = "Legal Status Task Force"
API = "API Task Force"
DR = "Design Representation Task Force"
BC = "Blockchain Task Force"
D3 = "3D Task Force"
DT = "Digital Transformation Task Force"
NS = "Name Standardization Task Force"


def parse(raw: bytes) -> ParsedEmail:
    return parse_email(raw, catalog=catalog(), options=ParseOptions())


def fields(parsed: ParsedEmail) -> list[dict[str, Any]]:
    keys = ("title", "last_name", "first_name", "position", "username", "account_email")
    return [{k: getattr(n, k) for k in keys} for n in parsed.nominees]


def test_traditional_script_task_force_names_match_the_catalogue() -> None:
    found = match_task_forces(
        "區塊鏈工作隊、名稱標準化工作隊、法律狀態工作隊、數字化轉型工作隊", catalog()
    )
    assert found.names == (BC, NS, LS, DT)
    assert found.unknown == ()


def test_traditional_script_suffix_and_bracketed_standard_leave_no_leftover() -> None:
    found = match_task_forces(
        "XML4IP工作隊、法律狀態工作隊（ST.27）、API工作隊（ST.90）", catalog()
    )
    assert found.names == (XML4IP, LS, API)
    assert found.unknown == ()


def test_traditional_script_labelled_nomination() -> None:
    body = """CWS秘書處：

根據C. CWS 175號通函，本署提名以下人員：

姓名：梁少雯女士
職位：商標處 高級技術員
WIPO帳戶用戶名：mo-leongsioman
註冊電郵：leong.sm@office.example
參加工作隊：名稱標準化工作隊、區塊鏈工作隊
"""
    parsed = parse(make_mail(body))
    assert parsed.kind is Kind.NOMINATION
    assert fields(parsed)[0]["username"] == "mo-leongsioman"
    assert parsed.nominees[0].task_forces == (BC, NS)
    assert parsed.nominees[0].unknown_task_forces == ()


def test_traditional_script_labels_still_classify() -> None:
    assert classify_label("WIPO帳號") == LabelKind("username")
    assert classify_label("用戶名") == LabelKind("username")
    assert classify_label("參加工作隊") == LabelKind("task_forces")
    assert classify_label("註冊電郵") == LabelKind("account_email")
    assert classify_label("稱謂") == LabelKind("title")


def test_numbered_task_force_list_under_an_empty_chinese_label() -> None:
    body = """CWS秘书处：

根据C. CWS 175号通函，国家知识产权局推荐以下人员参加相关工作队：

姓名：孙宇 先生
职务：外观设计审查部 审查员
参加的工作队：
  1) 3D工作队（ST.91）
  2) 外观设计表示工作队（ST.88）
  3) 数字化转型工作队
WIPO账户用户名：cn-sunyu
注册邮箱：sunyu@office.example
"""
    parsed = parse(make_mail(body))
    assert parsed.kind is Kind.NOMINATION
    assert fields(parsed)[0]["username"] == "cn-sunyu"
    assert parsed.nominees[0].task_forces == (DR, D3, DT)
    assert parsed.nominees[0].unknown_task_forces == ()


def test_numbered_task_force_list_under_an_empty_arabic_label() -> None:
    body = """السادة أمانة لجنة معايير الويبو،

بالإشارة إلى التعميم C. CWS 175، يرشح المكتب الموظف التالي:

السيد جورج خوري
   - المنصب: رئيس دائرة براءات الاختراع
   - اسم المستخدم في حساب الويبو: xx-gkhoury
   - البريد الإلكتروني: g.khoury@office.example
   - فرق العمل:
       1. فرقة العمل المعنية بمعيار XML4IP
       2. فرقة العمل المعنية بالوضع القانوني
       3. فرقة العمل المعنية بالتحول الرقمي
"""
    parsed = parse(make_mail(body))
    assert parsed.kind is Kind.NOMINATION
    assert fields(parsed)[0]["username"] == "xx-gkhoury"
    assert parsed.nominees[0].task_forces == (XML4IP, LS, DT)


def test_numbered_label_with_a_colon_under_an_empty_task_force_label_is_its_own_label() -> None:
    body = """Dear Secretariat,

Further to C. CWS 175, we nominate:

1. Task Force(s):
2. Name: Ms Jane DOE
3. Position: Examiner
4. WIPO Account username: xx-jdoe
5. E-mail: jdoe@office.example
6. Also: API Task Force
"""
    parsed = parse(make_mail(body))
    assert fields(parsed)[0]["last_name"] == "DOE"
    assert fields(parsed)[0]["position"] == "Examiner"


def test_words_beside_a_standard_number_name_its_task_force() -> None:
    found = match_task_forces("2) 外观设计表示工作队（ST.88）\n3) 独角兽工作队", catalog())
    assert found.names == (DR,)
    assert found.unknown == ("独角兽工作队",)
    found = match_task_forces("Industrial design views (ST.88); Unicorn Task Force", catalog())
    assert found.names == (DR,)
    assert found.unknown == ("Unicorn Task Force",)


def test_arabic_ordinal_heads_a_latin_name_with_its_title_after_it() -> None:
    body = """تهدي البعثة الدائمة أطيب تحياتها إلى المكتب الدولي للويبو، وبالإشارة إلى التعميم C. CWS 175 تتشرف بإبلاغه بأن المكتب يرشح الموظفَين التاليين:

أولاً: KHOURY Georges (M.)
   - المنصب: رئيس دائرة براءات الاختراع
   - اسم المستخدم في حساب الويبو: xx-gkhoury
   - البريد الإلكتروني: g.khoury@office.example
   - فرقة العمل: فرقة العمل المعنية بالوضع القانوني

ثانياً: NASSAR Rima (Mme)
   - المنصب: مهندسة معلوماتية
   - اسم المستخدم في حساب الويبو: xx-rnassar
   - البريد الإلكتروني: r.nassar@office.example
   - فرقة العمل: فرقة العمل المعنية بسلسلة الكتل
"""
    parsed = parse(make_mail(body))
    assert parsed.kind is Kind.NOMINATION
    assert [(n.title, n.last_name, n.first_name, n.username) for n in parsed.nominees] == [
        ("Mr", "KHOURY", "Georges", "xx-gkhoury"),
        ("Mrs", "NASSAR", "Rima", "xx-rnassar"),
    ]
    assert [n.task_forces for n in parsed.nominees] == [(LS,), (BC,)]


def test_roman_numeral_heads_a_block_of_labels() -> None:
    body = """Dear Secretariat,

Further to C. CWS 175, we nominate the following:

I. Ms Jane DOE
Position: Examiner
WIPO Account username: xx-jdoe
E-mail: jdoe@office.example
Task Force: API Task Force

II. Mr John ROE
Position: Engineer
WIPO Account username: xx-jroe
E-mail: jroe@office.example
Task Force: Blockchain Task Force
"""
    parsed = parse(make_mail(body))
    assert [(n.title, n.last_name, n.first_name, n.username) for n in parsed.nominees] == [
        ("Ms", "DOE", "Jane", "xx-jdoe"),
        ("Mr", "ROE", "John", "xx-jroe"),
    ]


def test_task_force_columns_ticked_with_a_check_mark_zh() -> None:
    body = """CWS秘书处：

根据C. CWS 175号通函，我局推荐以下人员：

姓名 | 称谓 | 职务 | WIPO账户用户名 | 注册邮箱 | XML4IP工作队 | 法律状态工作队 | 区块链工作队
钱立新 | 先生 | 处长 | cn-qianlixin | qianlx@office.example | √ |  | √
许婷 | 女士 | 主任科员 | cn-xuting | xuting@office.example |  | √ |
"""
    parsed = parse(make_mail(body))
    assert [n.username for n in parsed.nominees] == ["cn-qianlixin", "cn-xuting"]
    assert [n.task_forces for n in parsed.nominees] == [(XML4IP, BC), (LS,)]


def test_task_force_columns_named_in_full_take_ticks_en() -> None:
    body = """Dear Secretariat,

Further to C. CWS 175, please find our nominees:

Name | Title | Position | Username | E-mail | XML4IP Task Force | API Task Force | 3D Task Force
DOE Jane | Ms | Examiner | xx-jdoe | jdoe@office.example | ✓ |  | ✓
ROE John | Mr | Engineer | xx-jroe | jroe@office.example |  | ✓ |
"""
    parsed = parse(make_mail(body))
    assert [n.username for n in parsed.nominees] == ["xx-jdoe", "xx-jroe"]
    assert [n.task_forces for n in parsed.nominees] == [(XML4IP, D3), (API,)]


def test_username_corrected_further_down_the_same_mail_zh() -> None:
    body = """CWS秘书处：

根据C. CWS 175号通函，国家知识产权局推荐以下人员参加3D工作队：

姓名：孙宇 先生
职务：外观设计审查部 审查员
WIPO账户用户名：cn-sunyv
注册邮箱：sunyu@office.example

更正：上面的用户名输入有误，正确的用户名是 cn-sunyu（不是 cn-sunyv），请以此为准。
"""
    parsed = parse(make_mail(body))
    assert fields(parsed)[0]["username"] == "cn-sunyu"
    assert parsed.evidence["nominees[0].username"].rule == "correction"


def test_username_corrected_further_down_the_same_mail_en_and_ar() -> None:
    body = """Dear Secretariat,

Further to C. CWS 175, we nominate Ms Jane DOE, Examiner, to the 3D Task Force.
WIPO Account username: xx-jdoee
E-mail: jdoe@office.example

Sorry, a typo above: the username is xx-jdoe (not xx-jdoee).
"""
    assert fields(parse(make_mail(body)))[0]["username"] == "xx-jdoe"
    body = """السادة أمانة لجنة معايير الويبو،

إشارة إلى التعميم C. CWS 175، نرشح السيد جورج خوري، رئيس دائرة براءات الاختراع، لفرقة العمل المعنية بالوضع القانوني.
اسم المستخدم في حساب الويبو: xx-gkhory
البريد الإلكتروني: g.khoury@office.example

تصحيح: اسم المستخدم الصحيح هو xx-gkhoury بدلاً من xx-gkhory.
"""
    assert fields(parse(make_mail(body)))[0]["username"] == "xx-gkhoury"


def test_hong_kong_and_macao_have_their_own_st3_codes() -> None:
    assert office_code("Intellectual Property Department, Hong Kong, China") == "hk"
    assert office_code("中华人民共和国香港特别行政区政府知识产权署") == "hk"
    assert office_code("澳門特別行政區經濟及科技發展局") == "mo"
    assert office_code("Macao SAR, China") == "mo"
    assert office_code("国家知识产权局") == "cn"
    assert office_code("China National Intellectual Property Administration") == "cn"


def test_hong_kong_username_prefix_is_no_mismatch() -> None:
    body = """Dear Secretariat,

Further to C. CWS 175, please find our nomination:

Name of Office: Intellectual Property Department, Hong Kong, China
Name: Ms Ka Wai WONG
Position: Senior Patent Examiner
WIPO Account username: hk-wongkawai
E-mail: kawai.wong@office.example
Task Force: 3D Task Force
"""
    parsed = parse(make_mail(body))
    assert fields(parsed)[0]["username"] == "hk-wongkawai"
    assert not [w for w in parsed.warnings if w.code == "username_prefix_mismatch"]


def test_past_member_who_could_be_nominated_again_is_no_nominee_ar() -> None:
    body = """السادة مديرية حماية الملكية المحترمين،

نرفق لكم أدناه التعميم C. CWS 175 الوارد من الويبو، ونرجو موافاتنا بأسماء المرشحين وبياناتهم الكاملة قبل 20 أكتوبر 2023.

ونشير إلى أن السيد رامي خليل، رئيس دائرة المعلوماتية (اسم المستخدم: xx-rkhalil)، قد شارك في فرقة العمل المعنية بمعيار XML4IP خلال الفترة الماضية، ويمكن إعادة ترشيحه إذا رأيتم ذلك مناسباً.

مع التحية،
ديما الحسن
"""
    parsed = parse(make_mail(body))
    assert parsed.kind is Kind.OTHER
    assert parsed.nominees == ()


def test_past_member_who_could_be_nominated_again_is_no_nominee_zh_en() -> None:
    body = """各位同事：

现转发C. CWS 175号通函，请于10月20日前告知拟推荐人员的姓名及详细信息。

另：李明先生（用户名 xx-liming）去年参加了XML4IP工作队，如贵司同意，可再次提名。
"""
    assert parse(make_mail(body)).kind is Kind.OTHER
    body = """Dear colleagues,

Please find below circular C. CWS 175; kindly send us the names of your candidates by 20 October.

Note that Mr. Rami KHALIL (username xx-rkhalil) sat on the XML4IP Task Force last year and could be nominated again if you see fit.
"""
    assert parse(make_mail(body)).kind is Kind.OTHER


def test_a_nomination_that_mentions_a_further_possible_task_force_stands() -> None:
    body = """Dear Secretariat,

Further to C. CWS 175, we nominate Mr. Rami KHALIL (username xx-rkhalil, rkhalil@office.example) to the XML4IP Task Force; he could also be nominated to the API Task Force later.
"""
    parsed = parse(make_mail(body))
    assert parsed.kind is Kind.NOMINATION
    assert fields(parsed)[0]["username"] == "xx-rkhalil"


def test_nominee_asking_why_they_cannot_sign_in_is_no_nomination_ar() -> None:
    body = """السادة أمانة لجنة معايير الويبو،

رشحني المعهد للانضمام إلى فرقة العمل المعنية بالوضع القانوني وفقاً للتعميم C. CWS 175، وقد تلقيت رسالتكم التي تؤكد منحي صلاحية الوصول.

غير أنني لا أستطيع تسجيل الدخول عند إدخال اسم المستخدم xx-kbenali، رغم أنني أعدت تعيين كلمة المرور عبر البريد k.benali@office.example. هل المشكلة في الحساب؟

Karim BENALI
رئيس مصلحة الإعلام الآلي
"""
    parsed = parse(make_mail(body, sender="Karim BENALI <k.benali@office.example>"))
    assert parsed.kind is Kind.OTHER


def test_nominee_asking_why_they_cannot_sign_in_is_no_nomination_zh_en() -> None:
    body = """CWS秘书处：

我是国家知识产权局提名参加法律状态工作队（C. CWS 175）的代表，我的用户名是xx-libin，注册邮箱libin@office.example。已收到开通权限的通知，但无法登录Wiki，请问是否需要重置密码？

李斌
"""
    assert parse(make_mail(body, sender="李斌 <libin@office.example>")).kind is Kind.OTHER
    body = """Dear Secretariat,

I was nominated to the Legal Status Task Force under C. CWS 175 and you confirmed my access last week. My username is xx-jdoe (jdoe@office.example), but I cannot log in to the wiki: is it my password?

Jane Doe
Examiner
"""
    assert parse(make_mail(body, sender="Jane Doe <jdoe@office.example>")).kind is Kind.OTHER


def test_answers_typed_under_quoted_questions_zh() -> None:
    body = """秘书处您好：

补充信息已在下文逐条回复，请查收。

在 2023/10/13 16:40, CWS Mail 写道:
> 尊敬的同事：
>
> 贵局提名黄志强先生（专利局自动化部 高级工程师）参加API工作队，但来函缺少以下信息：
>
> 1. 产权组织账户（WIPO Account）用户名：
xx-huangzhiqiang

> 2. 创建该账户时使用的电子邮件地址：
huangzq@office.example

> 此致
> CWS秘书处
> 世界知识产权组织

--
赵敏
国家知识产权局 国际合作司
"""
    parsed = parse(make_mail(body))
    assert parsed.kind is Kind.NOMINATION
    assert parsed.office == "国家知识产权局"
    assert fields(parsed) == [
        {
            "title": "Mr",
            "last_name": "黄",
            "first_name": "志强",
            "position": "专利局自动化部 高级工程师",
            "username": "xx-huangzhiqiang",
            "account_email": "huangzq@office.example",
        }
    ]
    assert parsed.nominees[0].task_forces == (API,)


def test_answers_typed_under_quoted_questions_en() -> None:
    body = """Dear Secretariat,

Please see my answers below.

On 13 Oct 2023, at 16:40, CWS Mail <cws.mail@wipo.int> wrote:
> Thank you for nominating Mr. John ROE, Senior Examiner, to the API Task Force.
> Please send us:
> 1. His WIPO Account username:
xx-jroe
> 2. The e-mail address used to create that account:
jroe@office.example
>
> Kind regards,
> CWS Secretariat
"""
    parsed = parse(make_mail(body))
    assert parsed.kind is Kind.NOMINATION
    assert [(n.last_name, n.username, n.account_email) for n in parsed.nominees] == [
        ("ROE", "xx-jroe", "jroe@office.example")
    ]


def test_answers_marked_inside_an_outlook_quote_ar() -> None:
    body = """السادة أمانة لجنة معايير الويبو،
نيابة عن إدارة براءات الاختراع بوزارة التجارة، نرجو الاطلاع على ردودنا أدناه.

مع التحية،
هند العنزي

من: CWS Mail <cws.mail@wipo.int>
أرسل: الخميس، 12 أكتوبر 2023 02:15 م
إلى: هند العنزي <h.alenezi@office.example>
الموضوع: C. CWS 175 – معلومات ناقصة

السيدة/السيد المحترم،
نشكركم على ترشيح السيد وليد الشمري، رئيس قسم نظم المعلومات، في فرقة العمل المعنية بالتحول الرقمي. ولاستكمال الترشيح نرجو تزويدنا بما يلي:
1. اسم المستخدم في حساب الويبو. الرد: walshammari
2. عنوان البريد الإلكتروني المستخدم عند إنشاء الحساب. الرد: w.alshammari@office.example
3. هل يرغب المرشح في الانضمام إلى فرق عمل أخرى؟ الرد: نعم، إلى فرقة العمل المعنية بواجهات برمجة التطبيقات أيضاً.

مع خالص التحية،
أمانة لجنة معايير الويبو
"""
    parsed = parse(make_mail(body, subject="RE: C. CWS 175 – معلومات ناقصة"))
    assert parsed.kind is Kind.NOMINATION
    assert parsed.office is not None
    assert parsed.office.startswith("إدارة براءات الاختراع")
    assert fields(parsed) == [
        {
            "title": "Mr",
            "last_name": "الشمري",
            "first_name": "وليد",
            "position": "رئيس قسم نظم المعلومات",
            "username": "walshammari",
            "account_email": "w.alshammari@office.example",
        }
    ]
    assert parsed.nominees[0].task_forces == (API, DT)
    assert parsed.nominees[0].unknown_task_forces == ()


def test_a_top_posted_thanks_above_our_quoted_request_is_no_nomination() -> None:
    body = """Thank you, we will send the details next week.

On 13 Oct 2023, at 16:40, CWS Mail <cws.mail@wipo.int> wrote:
> Thank you for nominating Mr. John ROE, Senior Examiner, to the API Task Force.
> Please send us his WIPO Account username and the e-mail address used to create it.
>
> Kind regards,
> CWS Secretariat
"""
    parsed = parse(make_mail(body))
    assert parsed.kind is Kind.OTHER
