"""Recognise the annex's field labels in six languages ("Nom d'utilisateur", "姓", "اسم المكتب")."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

from parsers.arabic_spelling import fold_arabic
from parsers.taskforces import fold

__all__ = ["BRACKET_LINE", "DASH_LINE", "LINE", "LabelKind", "classify_label", "split_label_line"]


class LabelKind(NamedTuple):
    """What a label asks for; `surname_first` tells a combined name label's order."""

    field: str
    surname_first: bool = False
    # "Position (all three)", "Cargo de los tres": one value for every nominee of the mail.
    shared: bool = False
    # "Nombre", "Nom", "Имя", "名字" name the first name (or the surname) beside the other
    # name label, but the whole name when no other name label stands in their block.
    whole: bool = False
    # "Apellido materno", "Segundo apellido", "Second surname": the second of two surnames,
    # written after the first in the one last name.
    second: bool = False
    # A name label that says which writing it asks for: "latin" ("英文姓名", "姓名（拼音）",
    # "ФИО латиницей"), "native" ("中文姓名", "ФИО кириллицей"), "both" ("中文姓名/英文姓名").
    writing: str = ""
    # A surname label that says which surname: "birth" ("Nom de naissance", "Maiden name",
    # "Фамилия при рождении") or "usage" ("Nom d'usage", "Married name"); the clerk records
    # the surname in use.
    surname_use: str = ""
    # An e-mail label that names the WIPO Account ("E-mail used for the WIPO Account",
    # "Adresse électronique du compte") rather than the person's office address.
    of_account: bool = False
    # "职称" (a Chinese form's professional rank: "研究员", "工程师") beside "职务" or
    # "工作单位及职务", which gives the post; on its own (Taiwan's "職稱") the post.
    rank: bool = False


# Checked in order on the folded label: the first rule that matches decides, so the
# specific ones come first ("E-mail address used for WIPO Account" is an e-mail,
# "Position in the Office" a position, "Nombre de usuario" a username, not a first name).
_EMAIL = r"e-?\s?mail|courriel|adresse (?:electronique|e-?mail|mel)|correo|почт|электронн|邮件|邮箱|电邮|郵件|郵箱|電郵|البريد|الإلكتروني|mel\b"
# Gulf mail writes the English words in Arabic letters: "الإيميل" (e-mail), "اليوزر" (user).
_EMAIL += r"|(?<!\w)(?:ال)?[إا]يميل"
_USERNAME = (
    r"user\s*-?\s*name|user\s*id|user\s*cent(?:er|re)|login|log-in|wipo\s+accounts?|\baccount\b|compte|identifiant"
    r"|utilisateur|usuario|cuenta|пользовател|учетн|логин|аккаунт|用户|账户|帐户|账号|帐号|用戶|帳戶|賬戶|帳號|مستخدم|حساب"
    r"|(?<!\w)(?:ال)?يوزر"
)
_POSITION = (
    r"position|posicion|poste|fonction|\bfuncion\b|cargo|puesto|job|designation|occupation|^post\b(?!\s*office|[\s-]*noms?\b)|должност|позиц|职务|职位|职称"
    r"|職位|職務|職稱|المنصب|الوظيفة|الصفة|المسمى الوظيفي|^المسمى$"
    # Iraq's "العنوان الوظيفي" (job title, no address) and Tunisia's "الخطة (الوظيفية)".
    r"|العنوان الوظيفي|^الخطة(?: الوظيفية)?$"
)
# "Position", "posición", "позиция" also mean a stance: an office's or a common one
# ("Posición común de la Oficina: apoyamos ...", "Position of the Office on ST.96:",
# "Общая позиция ведомства") is a heading of prose, not a nominee's post.
_STANCE = re.compile(
    r"\b(?:common|comun|commune|общ\w*)\s+(?:position|posicion|позици\w*)"
    r"|\b(?:position|posicion|позици\w*)\s+(?:commune?|comun|common|общ\w*"
    r"|(?:of|de|del|de la|de l'|de l’|du|des)\s+(?:the\s+|la\s+|l'|l’)?"
    r"(?:office|oficina|organi[sz]ation|organizacion|gouvernement|gobierno|government|pays|pais|country)"
    r"|ведомств\w*|организаци\w*|правительств\w*)"
)
# "Участие: задачи №№ 41 и 62", "Participation : tâche n° 57": what the nominee takes part in.
_TASK_FORCE = (
    r"^(?:participation|participacion|participacao|участие|参与|参加|المشاركة)$"
    r"|^(?:groupe|group|grupo|team)s?(?:\s*\(s\))?$|task\s*-?\s*forces?|working\s+groups?|groupes? de travail|grupos? de trabajo|\btfs?\b|equipes?\b|equipos?\b|целев|рабоч\w* групп|工作队|工作组|工作隊|工作組|工作小组|工作小組|专责小组|فرق|فريق"
)
_OFFICE = (
    r"office|organi[sz]ation|organisme|institut|oficina|organizacion|ведомств|организаци|учреждени"
    r"|主管局|局名|机构|组织|機構|組織|单位|單位|المكتب|المنظمة|الهيئة|الجهة|agency|authority|administration"
)
_COUNTRY = r"^(?:country|member state|pays|etat membre|pais|estado miembro|страна|государство|国家|البلد|الدولة)\b"
_TITLE_WORD = r"(?:title|salutation|civilite|titre|tratamiento|trato|titulo|обращение|称谓|称呼|尊称|稱謂|稱呼|性别|性別|اللقب|التحية|الجنس)"
# A bilingual header names it twice: "Title / Titre", "Обращение / Title", "称谓 Title".
_TITLE = (
    rf"^{_TITLE_WORD}(?:(?:\s*/\s*|\s+){_TITLE_WORD})*$"
    r"|^(?:mr|mrs|ms|m|mme|sr|sra)[./]"
)
_LAST = r"last\s*name|family\s*name|surname|nom de famille|^nom$|^nom\b|^post[\s-]?noms?\b|apellido|фамили|^姓$|姓氏|اسم العائلة|الكنية|اللقب العائلي"
_FIRST = r"first\s*name|given\s*name|forename|prenom|\bnombres?\b|\bимя\b|^名$|名字|الاسم الأول|الاسم الاول"
# The Maghreb's "الاسم العائلي" (family name) or "النسب" (lineage), and "الاسم الشخصي"
# (personal name): the family and the given name, in columns of their own or joined in
# either order ("الاسم الشخصي والعائلي", "النسب والاسم", "اللقب والاسم": the whole name).
_LAST += (
    r"|الاسم العائلي|والعائلي$|^النسب$|^(?:النسب|اللقب)(?= والاسم$)|(?<=^الاسم و)(?:النسب|اللقب)$"
)
_FIRST += r"|الاسم الشخصي|والشخصي$|^الاسم(?= و(?:النسب|اللقب)$)|(?<=^(?:النسب|اللقب) و)الاسم$"
# "Prénom et nom", "Prénom(s) / Nom(s)": the whole name, the given name first.
_LAST += r"|(?<=prenom)s?\s*(?:et|/|,|&|-)\s*noms?$"
# "Surname" beside "Other names" (or "Christian names"): the given names, on the English
# forms of Africa and the Commonwealth. "Other names used" (aliases) is none.
_FIRST += r"|^other\s*names?$|christian\s*names?"
_FULL = (
    r"full\s*name|nom complet|nom et prenom|nombre completo|nombre y apellido|фио|ф\.\s*и\.\s*о|полное имя"
    r"|имя и фамилия|姓名|全名|الاسم الكامل|الاسم بالكامل"
    # The name in three, four or five parts (given, father's, grandfather's, family), as Gulf
    # and Iraqi forms ask for it.
    r"|الاسم (?:الثلاثي|الرباعي|الخماسي)"
)
_PATRONYMIC = r"отчество|patronymic|middle\s*name"
# A Chinese annex's "姓，名（先生/女士）": surname and given name in one cell, the surname
# first, as "Last name, First name" is.
_LAST += r"|^姓(?=[，,、] ?名$)"
_FIRST += r"|(?<=^姓[，,、])名$|(?<=^姓[，,、] )名$"
# Which writing of the name a name label asks for: a form may ask for it twice, in the
# office's own script and in Latin letters ("中文姓名" and "英文姓名").
_LATIN_WRITING = re.compile(
    fold_arabic(
        r"英文|拼音|外文|罗马|羅馬|латиниц|латинск|транслит|английск|\blatin|\benglish|\bromani[sz]"
        r"|translit|\bingles|\banglais|الإنجليزية|الانجليزية|اللاتينية"
    )
)
_NATIVE_WRITING = re.compile(
    fold_arabic(r"中文|汉字|漢字|кирилл|русск|\bchinese|\bnative|\bchino|\bchinois|العربية|\barab")
)
_NAME_FIELDS = frozenset({"full_name", "person", "last_name", "first_name"})
_SECOND_LAST = re.compile(
    r"apellido\s+materno|(?:segundo|2\s*[oº°]?\.?)\s+apellido|apellido\s+2\b"
    r"|(?:maternal|second|2nd)\s+(?:surname|last\s*name|family\s*name)"
    # The Congolese "post-nom", written after the nom: "ILUNGA" and "MBUYI", one last name.
    r"|^post[\s-]?noms?\b"
)
_WHOLE = re.compile(r"nom|nombres?|имя|名字")
# An Iraqi form's father's and grandfather's names ("اسم الأب", "اسم الجد", "Father's name"),
# or a mother's: no part of the nominee's first or last name.
_KIN_NAME = re.compile(
    fold_arabic(
        r"^(?:(?:اسم|إسم)\s+(?:ال[أا]ب|الجد|ال[أا]م|الوالد[ةه]?)|(?:grand)?(?:father|mother)['’]?s?\s+name"
        r"|name\s+of\s+(?:the\s+)?(?:grand)?(?:father|mother)|nom\s+(?:du\s+(?:grand-)?pere|de\s+la\s+mere)"
        r"|nombre\s+del?\s+(?:la\s+)?(?:padre|madre|abuelo))$"
    )
)
# The person's label in its feminine and plural forms too ("Experta", "Candidata",
# "Представительница", "Désignée", "Nominees"), with a participle before or after it
# ("Representante designada", "Designated expert", "Experte désignée"); folded, no accents.
_NOMINATED = (
    r"nominated|designated|proposed|designad[oa]s?|nominad[oa]s?|propuest[oa]s?|designee?s?"
    r"|nominee?s?|propose(?:e|s|es)?|назначенн\w*|выдвинут\w*"
)
_PERSON = (
    rf"^(?:(?:{_NOMINATED})\s+)?(?:names?|nom|nombre|имя|الاسم|nominee?s?|nominated person"
    r"|representatives?|candidates?|experts?|delegates?|participants?|members?|candidat(?:e|s|es)?"
    r"|representant(?:e|s|es)?|experte?s?|designee?s?|representantes?|candidat[oa]s?|designad[oa]s?"
    r"|expert[oa]s?|miembros?|nominad[oa]s?|delegad[oa]s?|delegue(?:e|s|es)?"
    r"|участни(?:к|ца|ки)|представител(?:ь|ьница|и)|кандидат(?:ка|ы)?|эксперт(?:ы)?|член(?:ы)?"
    r"|代表|候选人|被提名人|人选|专家|المرشح|المرشحة|الممثل|الممثلة|الخبير|الخبيرة|العضو)"
    rf"(?:\s+(?:{_NOMINATED}))?(?:\s*(?:no\.?|n[°º]|№)?\s*\d{{1,2}})?$"
)
# A member and the alternate who stands in for them, both nominated: "Основной
# представитель", "Заместитель", "Membre titulaire", "Membre suppléante", "Miembro suplente",
# "Alternate member", "正式代表", "副代表", "العضو الأساسي", "البديل"; folded, no accents.
_MEMBER_ROLE = (
    r"(?:main|full|principal|titular|regular|alternate|deputy|substitute)\s+(?:member|representative|expert)"
    r"|alternate|deputy|substitute|(?:membre|expert|representant)\s+(?:titulaire|suppleante?)"
    r"|titulaire|suppleante?|remplacante?|(?:miembro|representante|experto|experta)\s+(?:titular"
    r"|suplente|alterno|alterna)|suplente|alternos?|alternas?"
    r"|основно(?:й|го)\s+(?:представител(?:ь|ьница)|член|участни(?:к|ца)|эксперт)"
    r"|заместитель(?:\s+(?:представителя|члена|участника))?|запасно(?:й|го)\s+(?:представитель|член|участник)"
    r"|(?:正式|主要|首席|副|候补|替补|后备|備選|候補)(?:代表|成员|成員|专家|專家)|副|候补|替补"
    r"|(?:العضو|الممثل|الخبير)\s+(?:الاساسي|الاصلي|الرئيسي|البديل|الاحتياطي|المناوب)"
    r"|البديل|الاحتياطي|المناوب"
)
_PERSON += rf"|^(?:{_MEMBER_ROLE})(?:\s*(?:no\.?|n[°º]|№)?\s*\d{{1,2}})?$"
_IGNORE = (
    r"tel|phone|fax|mobile|cell|address|adresse|direccion|адрес|телефон|факс|电话|传真|地址|هاتف|فاكس"
    r"|العنوان|date|fecha|дата|日期|التاريخ|subject|objet|asunto|тема|主题|الموضوع|ref|note|nota"
    r"|remark|comment|observ|language|langue|idioma|язык|语言|اللغة|website|site|url|deadline|cc|to|from"
    r"|de|para|sent|envoye|enviado|dear|attention|atencion|att|ps|nb|re|fw|fwd|tr|rv"
)
_RULES: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (name, re.compile(fold_arabic(pattern)))
    for name, pattern in (
        ("account_email", _EMAIL),
        ("username", _USERNAME),
        ("position", _POSITION),
        ("task_forces", _TASK_FORCE),
        ("office", _OFFICE),
        ("country", _COUNTRY),
        ("title", _TITLE),
        ("full_name", _FULL),
        ("patronymic", _PATRONYMIC),
    )
)
# A form's own title names the task forces it is for, and no field.
_FORM = re.compile(
    fold_arabic(
        r"\bforms?\b|formulaire|formulario|\bформа\b|анкета|提名表|推荐表|登记表|报名表|申请表|استمارة|نموذج"
    )
)
# A letter's heading names the people it nominates to the task forces, and no field:
# "NOMINATION OF REPRESENTATIVES TO THE CWS TASK FORCES – CIRCULAR C. CWS 175", "Désignation
# des experts aux équipes d'experts", "Выдвижение представителей в целевые группы".
_HEADING = re.compile(
    fold_arabic(
        r"^(?:nominations?|designations?|appointments?|designacion(?:es)?|nombramientos?"
        r"|propuestas?|candidaturas?)\s+(?:of|de|des|du|del|d')\s"
        r"|^(?:о\s+)?(?:выдвижени|назначени)\w*\s+(?:кандидат|представител|сотрудник|эксперт|специалист)"
        r"|^ترشيح\s+(?:ممثل|خبراء|موظف|أعضاء|اعضاء)"
    )
)
# The Secretariat itself, addressed in a salutation line that ends with a colon.
_ADDRESSEE = re.compile(
    fold_arabic(
        r"international bureau|bureau international|oficina internacional|международно\w* бюро"
        r"|国际局|國際局|秘书处|秘書處|المكتب الدولي|secretariat|secretaria"
        # WIPO itself, over its city in the address block ("المنظمة العالمية للملكية الفكرية –
        # جنيف", "World Intellectual Property Organization – Geneva").
        r"|world intellectual property|mondiale de la propriete intellectuelle"
        r"|mundial de la propiedad intelectual|всемирн\w* организаци\w* интеллектуальн"
        r"|世界知识产权组织|世界智慧財產權組織|المنظمة العالمية للملكية الفكرية"
    )
)
# Words saying a label's value holds for all the nominees listed ("Position (all three)",
# "Cargo de los tres", "Должность у всех троих", "三人职务", "منصب الجميع").
_SHARED = re.compile(
    fold_arabic(
        r"\b(?:all|both|each|every(?:one|body)?|common|tous|toutes|chacun\w*|communs?|les (?:deux|trois)"
        r"|todos|todas|ambos|ambas|cada|comun|de los (?:dos|tres|cuatro)|de las (?:dos|tres|cuatro)"
        r"|всех|обоих|обеих|кажд\w+|общ\w+)\b|[两二三四]人|全体|均|共同"
        r"|(?<![^\s(（])(?:لل|ل)?(?:الجميع|جميع\S*|كل|كلهم|الثلاثة|المشترك[ةه]?)(?![^\s)）])"
    )
)
_BIRTH_SURNAME = re.compile(
    r"\bnom de (?:naissance|jeune fille)|\b(?:birth|maiden)\s*(?:sur)?name|\bname at birth"
    r"|\bapellidos? de (?:nacimiento|soltera)|фамили\w* при рождении|девичь\w* фамили|добрачн\w* фамили"
)
_USAGE_SURNAME = re.compile(
    r"\bnom d['’ ]?usage|\bnom marital|\b(?:married|used)\s*(?:sur)?name|\bapellidos? de casada"
)
_ACCOUNT_WORD = re.compile(_USERNAME)
# "Адрес учетной записи", "Account address", "Adresse du compte", "Dirección de la cuenta",
# "账户地址", "عنوان الحساب": the address the WIPO Account was made with, its e-mail, though
# the account word alone would make the label a username's. A label naming the username
# too ("Nom d'utilisateur / adresse du compte") stays one.
_ACCOUNT_ADDRESS = re.compile(
    fold_arabic(r"\baddress|\badresse|\bdireccion|\bадрес|地址|(?<!\w)عنوان")
)
_ACCOUNT_HOLDER = re.compile(
    fold_arabic(
        r"\baccount|\bcompte|\bcuenta|учетн\w*\s+запис|аккаунт|账户|帐户|账号|帐号|帳戶|賬戶|帳號"
        r"|(?<!\w)(?:ال)?حساب"
    )
)
_USERNAME_NAMED = re.compile(
    fold_arabic(
        r"user\s*-?\s*name|user\s*id|login|log-in|identifiant|utilisateur|usuario|пользовател|логин"
        r"|用户名|用戶名|مستخدم|يوزر"
    )
)
# A notice's or a letter's greeting ("Estimado/a usuario/a:", "Cher utilisateur :", "Dear
# user:", "Уважаемый пользователь:", "尊敬的用户：", "عزيزي المستخدم:") ends with a colon
# and may name the user, but greets: it is never a field's label.
_GREETING = re.compile(
    fold_arabic(
        r"^(?:dear|hello|hi|greetings|cher|chere|chers|cheres|bonjour|estimad[oa]s?|querid[oa]s?"
        r"|distinguid[oa]s?|hola|уважаем\w*|дорог\w*|здравствуй\w*)\b"
        r"|^(?:尊敬的|亲爱的|親愛的|您好|你好)"
        r"|^(?:عزيزي|عزيزتي|أعزائي|اعزائي|حضرة|مرحبا)(?!\w)"
    )
)
_TASK_FORCE_RE = re.compile(fold_arabic(_TASK_FORCE))
_LAST_RE = re.compile(fold_arabic(_LAST))
_FIRST_RE = re.compile(fold_arabic(_FIRST))
_PERSON_RE = re.compile(fold_arabic(_PERSON))
_IGNORE_RE = re.compile(rf"^(?:{_IGNORE})\b")
# Chinese forms list a label's choices in full-width brackets: "称谓（先生/女士）" is "称谓".
# Other full-width asides stay: "姓（拼音）" is the romanised surname, not the surname.
_PARENS = re.compile(r"\([^)]*\)|\[[^\]]*\]|（[^）/／]*[/／][^）]*）")
_DECOR = re.compile(r"[*_#•·▪◦\t]+")
_BOXES = frozenset("☐☑☒■□◻❑▣⊠")
# Chinese forms pad short labels to one width: "姓　　名" is "姓名".
_HAN_GAP = re.compile(r"(?<=[\u4e00-\u9fff])\s+(?=[\u4e00-\u9fff])")
_MAX_LABEL_WORDS = 12
# Pronouns and verbs of a sentence: "Please find below our nominee for the task force:" is no label.
_PROSE = re.compile(
    fold_arabic(
        r"\b(?:we|our|us|please|find|below|following|nous|notre|nos|veuillez|ci-dessous|suivant\w*|nosotros"
        r"|nuestr[oa]s?|siguientes?|мы|наш\w*|ниже|следующ\w*|просим|is|are|was|est|sont|été|es|son|fue"
        r"|был\w*|является)\b|我们|我局|以下|نحن|التالي"
        # A sentence leading in a list: pleasure or honour to nominate ("pleased to nominate",
        # "le plaisir de", "nos complace", "рады", "يسر", "谨"), or "each of" ("كل من").
        r"|\b(?:pleased|pleasure|honou?r\w*|plaisir|honneur|agrado|complace|grato|рад\w*|честь)\b"
        r"|谨|(?<!\w)(?:يسر|يسعد|تسر|تسعد|يتشرف|تتشرف|كل\s+من)(?!\w)"
    )
)
# A nominating verb in a finite form ("The Office nominates:", "L'Office désigne :",
# "Ведомство выдвигает:", "ترشح الهيئة:"): a sentence, never a label. Unfolded, so that
# "Expert désigné" (a participle) stays apart from "désigne".
_FINITE_VERB = re.compile(
    r"\b(?:nominates|designates|appoints|proposes|désigne|désignons|nomme|nommons|proposons"
    r"|designamos|proponemos|выдвигает|выдвигаем|назначает|предлагает|предлагаем)\b"
    r"|(?<!\w)(?:يرشح|ترشح|نرشح)(?!\w)",
    re.IGNORECASE,
)

# "1. Name of Office: X", "1/ Nom : DOE", "- **Last name**: DOE", "Фамилия： Иванов", "Title (Mr/Ms)\tMs".
LINE = re.compile(
    r"^[ \t]*(?:(?:\d{1,2}|[a-zA-Z]|[ivx]{1,4})[.)/]\s+|\(\w{1,3}\)\s*|[-*•·▪◦–—+]\s*)?"
    r"(?P<label>[^:：\n|]{1,90}?)[ \t*_]*(?P<sep>[:：])(?!//)[ \t*_]*(?P<value>[^\n]*)$",
    re.MULTILINE,
)

# "Ф.И.О. — Соколов Алексей Николаевич;", "b) Task Force(s) -- API Task Force": a dash
# (or a typewriter double hyphen) between spaces instead of a colon. Chinese writes its
# dash doubled and unspaced: "姓名——孙丽娜".
DASH_LINE = re.compile(
    r"^[ \t]*(?:[-*•·▪◦]\s*|(?:\d{1,2}|[a-z])[.)][ \t]+)?(?P<label>[^\n—–:：|]{1,60}?)"
    r"(?:[ \t]+(?:[—–]|--)[ \t]+|[ \t]*——[ \t]*)(?P<value>[^\n]*)$",
    re.MULTILINE,
)


# "【姓　　名】周文斌": Chinese forms set the label in lenticular brackets, no colon.
BRACKET_LINE = re.compile(
    r"^[ \t]*【(?P<label>[^】\n]{1,40})】[ \t:：]*(?P<value>[^\n]*)$", re.MULTILINE
)


# Words an office label is made of ("Name of the Office/Organization", "Nominating IP Office",
# "Nom de l'Office", "Nombre de la Oficina", "Наименование ведомства"), folded.
_OFFICE_LABEL_TEXT = (
    "name names of the office offices organization organisation organizations organisations"
    " nominating requesting sending responsible ip intellectual property industrial your"
    " represented institution agency authority administration code full official country member"
    " state or and nom de du des la le les l organisme ou et nombre oficina organizacion u o del"
    " y propiedad propriete intellectuelle industrielle intelectual наименование название"
    " ведомство ведомства организация организации учреждение или полное"
)
_OFFICE_LABEL_WORDS = frozenset(_OFFICE_LABEL_TEXT.split())
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")


_OF_PLACE = re.compile(
    r"\b(?:of|de|du|del|da|do)\s+(?:the\s+|la\s+|l['’]\s*)?(?P<w>[A-ZÀ-Þ][^\W\d_]+)\b"
)


def _proper_name(raw: str) -> bool:
    """Whether an office "label" is an office's own name: two or more capitalised words no
    office label is made of ("Intellectual Property Office of New Zealand")."""
    bare = _PARENS.sub(" ", raw)
    words = _WORD.findall(bare)
    proper = [w for w in words if w[0].isupper() and fold(w) not in _OFFICE_LABEL_WORDS]
    # "Intellectual Property Organization of Pakistan": one such word, the country it is of.
    return (
        len(proper) >= 2
        or any(fold(m.group("w")) not in _OFFICE_LABEL_WORDS for m in _OF_PLACE.finditer(bare))
        or _HAN_BODY_NAME.fullmatch(raw.strip()) is not None
    )


# "中华人民共和国常驻联合国日内瓦办事处和瑞士其他国际组织代表团" heading a note verbale: a
# body's whole name, as long as names run and ending in its kind of body ("机构名称", "所在
# 单位" are labels).
_HAN_BODY_NAME = re.compile(
    r"[\u4e00-\u9fff（）()]{6,}(?:代表团|代表團|办事处|辦事處|局|署|委员会|委員會|中心)"
)


# A rank's label alone, its choices in brackets and its padding aside: "职称", "专业技术职称",
# "职　称（高级/中级）". "职称/职务" names the post too.
_RANK = re.compile(r"(?:专业技术|专业|技术|專業技術|專業|技術)?(?:职称|職稱)")
_RANK_NOISE = re.compile(r"\s+|[（(][^）)]*[）)]|[*:：]")


# Mail reuses the annex's few dozen labels over and over: each is worked out once.
@lru_cache(maxsize=4096)
def classify_label(label: str) -> LabelKind | None:
    """What the annex field a label names, or None if it is not a field label.

    A name label also tells which writing of the name it asks for ("英文姓名": "latin").

    >>> classify_label("Last name, First name (Mr./Mrs./Ms.)")
    LabelKind(field='full_name', surname_first=True)
    >>> classify_label("Nombre de usuario")
    LabelKind(field='username', surname_first=False)
    """
    kind = _bilingual_name(label) or _classify(label)
    if (
        kind is not None
        and kind.field == "position"
        and _RANK.fullmatch(_RANK_NOISE.sub("", label))
    ):
        return kind._replace(rank=True)
    if kind is None or kind.field not in _NAME_FIELDS:
        return kind
    folded = fold(label)
    latin = _LATIN_WRITING.search(folded) is not None
    native = _NATIVE_WRITING.search(folded) is not None
    if not latin and not native:
        return kind
    # "中文姓名/英文姓名" asks for both in one value.
    return kind._replace(writing="both" if latin and native else "latin" if latin else "native")


# "Name / Nom", "Nombre / Name": one label in two languages, a spaced slash between them.
_TRANSLATION = re.compile(r"\s+/\s+")


def _bilingual_name(label: str) -> LabelKind | None:
    """A name label written in two languages, one side the bare "Name": the other side
    says which it is ("Nom", "Nombre", "Имя": the whole name unless another name label
    stands beside it). "Nom / Prénom" names two fields and is left to the rules."""
    parts = _TRANSLATION.split(label.strip())
    if not 2 <= len(parts) <= 3:
        return None
    kinds = [_classify(part) for part in parts]
    named = [k for k in kinds if k is not None and k.field != "person"]
    if None in kinds or len(named) == len(kinds):
        return None
    if not named:
        return LabelKind("person")  # "Name / الاسم", "Name / Имя": the whole name either way
    if not all(k.field in ("first_name", "last_name") and k.whole for k in named):
        return None
    # "Name / Nom / Nombre": the last name in one language, the first in the other.
    return named[0] if len({k.field for k in named}) == 1 else LabelKind("person")


def _classify(label: str) -> LabelKind | None:
    raw = _DECOR.sub(" ", label).strip()
    if not raw or "@" in raw or "http" in raw.lower() or len(raw) > 90:
        return None
    if raw[0] in _BOXES:
        return None  # "☒ XML4IP工作队      ☐ 序列表工作队": a form's options, not a label and its value
    if raw.count("(") != raw.count(")"):
        return None  # "... chargée des API (nom d'utilisateur : x" is prose, not a label
    folded = fold(raw)
    bare = _PARENS.sub(" ", folded)
    bare = re.sub(r"\s+", " ", bare).strip(" .-–/")
    if " " in bare and not bare.isascii():
        bare = _HAN_GAP.sub("", bare)
    if len(bare.split()) > _MAX_LABEL_WORDS or not bare or _PROSE.search(bare):
        return None
    if _STANCE.search(bare) or _FINITE_VERB.search(raw):
        return None
    if _GREETING.search(bare):
        return None
    if (
        _ACCOUNT_ADDRESS.search(bare)
        and _ACCOUNT_HOLDER.search(bare)
        and not _USERNAME_NAMED.search(bare)
    ):
        return LabelKind("account_email", of_account=True)
    if _KIN_NAME.match(bare):
        return LabelKind("ignore")
    if _HEADING.search(bare) and _TASK_FORCE_RE.search(bare):
        return None
    last = _LAST_RE.search(bare)
    first = _FIRST_RE.search(bare)
    if not first and (_BIRTH_SURNAME.search(bare) or _USAGE_SURNAME.search(bare)):
        use = "birth" if _BIRTH_SURNAME.search(bare) else "usage"
        return LabelKind("last_name", surname_use=use)
    for name, pattern in _RULES:
        if name == "full_name" and last and first:
            return LabelKind("full_name", last.start() < first.start())
        if pattern.search(bare):
            if name == "title" and (last or first):
                break
            if name == "task_forces" and _FORM.search(bare):
                return None  # "Nomination Form for Members of CWS Task Forces": a form's title
            if name == "office" and _ADDRESSEE.search(bare):
                return None  # "世界知识产权组织国际局：" greets the Secretariat
            if name == "office" and _proper_name(raw):
                return None  # "Danish Patent and Trademark Office | Helgeshøj Allé 81": a value
            if name == "position" and _SHARED.search(folded):
                return LabelKind("position", shared=True)
            if name == "account_email" and _ACCOUNT_WORD.search(bare):
                return LabelKind("account_email", of_account=True)
            if name == "patronymic" and first:
                # "Имя, отчество" (one column for both): the value is the whole given name.
                return LabelKind("first_name")
            return LabelKind(name)
    if last and first:
        return LabelKind("full_name", last.start() < first.start())
    if last and _SECOND_LAST.search(bare):
        return LabelKind("last_name", second=True)
    if last:
        # "Nom, prénom" / "Apellido y nombre": the first-name word may be folded away above.
        return LabelKind("last_name", whole=bool(_WHOLE.fullmatch(bare)))
    if first:
        return LabelKind("first_name", whole=bool(_WHOLE.fullmatch(bare)))
    if _PERSON_RE.search(bare):
        return LabelKind("person")
    if _IGNORE_RE.search(bare):
        return LabelKind("ignore")
    return None


def split_label_line(line: str) -> tuple[str, str] | None:
    """("label", "value") if `line` reads "label: value"; None otherwise."""
    match = LINE.match(line)
    if match is None:
        return None
    return match.group("label"), match.group("value")
