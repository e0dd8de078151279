"""Who a sentence names: titled names in six scripts ("Ms. Jane DOE", "السيد ...", "陈美玲女士"),
and names right after a nominating verb, each with where it stands in the text."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from parsers.arabic_spelling import fold_hamza, tolerant
from parsers.gendered_han_names import gendered_han_names
from parsers.han_names import HAN_NAME_DOTS
from parsers.han_surnames import has_han_surname
from parsers.joined_names import JOIN, verb_objects
from parsers.joining_verbs import JOINING_VERB
from parsers.labels import classify_label
from parsers.listed_names import listed_names
from parsers.married_names import BIRTH_NAME, MARRIED_LINK
from parsers.name_stopwords import NOT_NAMES, ROLE_WORDS, before_preposition
from parsers.phrases import VERB, VERB_FIRST
from parsers.russian_cases import patronymic_case, shown_case
from parsers.russian_names import inflected_names
from parsers.scripts import ARABIC, HAN

__all__ = ["PERSON_LINE", "ZH_ROLE_END", "Person", "titled_people"]

_UP = r"A-ZÀ-ÖØ-ÞĀ-ŽА-ЯЁ"
_LOW = r"a-zà-öø-ÿā-žа-яё"
# Initials written together count as one word of the name: "г-на А.В. Ковалевича", and
# so do a compound given name's ("M. J.-P. Dupont").
# A married woman's two surnames joined by a slash, as West Africa writes them
# ("KABORÉ/ZONGO"), are one surname.
# A Khoekhoe (Damara, Nama) surname may open with a click letter before its capital,
# typed as "!" as often as the letter itself: "Theo !Nowaseb", "ǁGaroeb".
_CLICK = r"(?:(?<![^\s(])[!ǃǀǁǂ](?=[A-Z]))?"
_TOKEN = (
    rf"(?:[{_UP}]\.(?:-?[{_UP}]\.)+(?=\s)"
    rf"|{_CLICK}[{_UP}][{_UP}{_LOW}\-]*(?:['’][{_UP}][{_UP}{_LOW}\-]*)?"
    rf"(?:/[{_UP}][{_UP}{_LOW}\-]+(?![\w/]))?(?:\.(?=\s))?)"
)
# Tokens of one name may be split by a line wrap, never by a blank line.
_GAP = r"(?:[ \t]*\n[ \t]*|[ \t]+)"
# Lower-case words that open a surname: "van der Berg", "de los Reyes", "dela Cruz".
_PARTICLE = (
    r"(?:van|von|der|den|ter|ten|zu|de|del|della|dela|delos|delas|des|di|da|das|dos|du|la|le"
    r"|los|las|bin|ibn|ben|abu|al|el|y)"
)
# A particle joined by a hyphen: "Ahmed al-Rashid", "Omar el-Sayed".
_JOINED = r"(?:al|el|ad|ar|as|ash|at|az)-"
# "de la Oficina", "du Service": a particle before an institution starts no surname.
_NO_SURNAME = (
    r"(?!(?:Office|Oficina|Institut|Service|Servicio|Direc|Division|Divisi|D[ée]part|Minist"
    r"|Agenc|Bureau|Section|Secci|Unit|Unidad|Secr[ée]tar|Organi|Registr"
    # "PÉREZ al Equipo Técnico", "DUPONT du Groupe", "GÓMEZ y el Sr. PÉREZ": what a person
    # joins, or the next person's title, after a preposition or an article.
    r"|Equipo|Grupo|[ÉE]quipe|Group|Comit|Consejo|Conseil|Council|Task|Team|Working)\w*\b"
    r"|(?:Sr|Sra|Srta|Mr|Mrs|Ms|Mme|Mlle|M|Dr|Dra|Prof)\.?(?![\w-]))"
)
# "John (Jack) SMITH": a nickname in brackets between two words of the name (one word, a
# capital then small letters: "(UK)" or "(DPMA)" after a name is no nickname); split_person
# drops it.
_NICKNAME = rf"(?:[ \t]+[(（][{_UP}][{_LOW}]+[)）](?={_GAP}{_TOKEN}))?"
# A married surname's link or birth name: "Claire NGOMA épouse MABIALA", "Иванова (урожд.
# Петрова) Анна" (married_names.py).
_NAME = (
    rf"{_TOKEN}(?:{MARRIED_LINK}{_TOKEN}|{BIRTH_NAME}"
    rf"|{_NICKNAME}{_GAP}(?:(?:{_PARTICLE}{_GAP})+{_NO_SURNAME}|{_JOINED}(?={_TOKEN}))?"
    rf"{_TOKEN}){{0,4}}"
)
_AR_WORD = r"[\u0621-\u064a\u0640]+"
_AR_STOP = frozenset(
    [
        "في",
        "لعضوية",
        "عضوا",
        "عضواً",
        "ممثلا",
        "ممثلاً",
        "بصفته",
        "بصفتها",
        "الذي",
        "التي",
        "وهو",
        "وهي",
        "لتمثيل",
        "إلى",
        "الى",
        "كممثل",
        "كعضو",
        "ضمن",
        "لدى",
        "للمشاركة",
        "من",
        "على",
        "عن",
        "رئيس",
        "رئيسة",
        "مدير",
        "مديرة",
        "خبير",
        "خبيرة",
        "فاحص",
        "فاحصة",
        "اسم",
        "ويمكن",
        "و",
        # "السيد يوسف العلوي منصب رئيس ...": the post held ends the name.
        "منصب",
        "وظيفة",
        # "السيد رشيد حمادي لم يعد ممثلاً": "no longer" ends the name.
        "لم",
        "لن",
        # "السيدة/السيد المحترم،": the honorific of a salutation, no name.
        "المحترم",
        "المحترمة",
        "المحترمين",
    ]
)
_AR_STOP_FOLDED = frozenset(fold_hamza(word) for word in _AR_STOP)
# "السيد الوزير", "السيد المدير العام", "السيد الأمين العام": a post addressed or signing
# after the title, no name; after a name ("السيد أحمد محمود الوزير المفوض"), the post held.
# Folded ("الوزيره" for "الوزيرة"). "الأمين" and "الرئيس" are family names too: only first.
_AR_POST_WORDS = frozenset(
    ["الوزير", "الوزيره", "وزير", "وزيره", "المدير", "المديره", "السفير", "السفيره"]
)
_AR_LEADING_POSTS = _AR_POST_WORDS | {"الرئيس", "الرئيسه", "الامين", "الوكيل", "النائب"}
# "السيد محمد علي لفرقة العمل": a task-force or committee noun, bare or with a clitic
# ("لـ", "بـ", "و"), is what the person is named to, never part of the name.
_AR_GROUP_NOUN = re.compile(
    r"^(?:و?[لب])?(?:فرق[ةه]?|فريق|لجن[ةه]|للجن[ةه]|جميع|كاف[ةه]|مجموع[ةه])$"
)
# "السيدة سلمى الحداد ستشارك في ...": a verb in the future (will take part, represent,
# join, be) ends the name before it.
_AR_FUTURE_VERB = re.compile(r"^و?س[يتن](?:شارك|مثل|نضم|كون)[\u0621-\u064a]*$")
# Case matters in running text: "MS Plus" is a product, "Ms Plus" a person.
_PROSE_TITLE = (
    r"(?:Mrs|Mr|Ms|Miss|Mme|Mlle|Mister|Monsieur|Madame|Mademoiselle|(?:MRS|MR|MS|MME)(?=\.)|M(?=\.)|Sra|Srta|Sr"
    r"|Señora|Señorita|Señor|Dña|Doña|Dr|Dra|Prof|Professor|Doctor|Docteur|Professeur"
    # Latin American academic titles ("designa al Ing. Gonzalo PEREIRA"): no Mr/Mrs/Ms.
    r"|(?:Ing|Inga|Lic|Licda|Licdo|Lcdo|Lcda|Abog|Abg|Arq|Mtro|Mtra)(?=\.)"
    # Mexican "C." (ciudadano, ciudadana) before a capitalised name: no Mr/Mrs/Ms ("C. CWS 175"
    # is a circular's symbol).
    r"|C(?=\.[ \t]+[A-ZÀ-Þ][a-zà-ÿ])"
    # Academic degrees written as titles ("MSc. Ernesto VALDÉS", "Mag. Eva HUBER",
    # "Dipl.-Ing. Jan KOCH"): no Mr/Mrs/Ms either.
    r"|M\.[ \t]?Sc|MSc|Msc|(?:Mgtr|Mg|Mag|Dipl\.-Ing|Dipl\.[ \t]?Ing)(?=\.)"
    r"|[гГ]-(?:ну|на|не|н|жу|жи|же|жа)|[гГ]осподин[ауе]?|[гГ]оспож[уиеа]|[дД]-р|[пП]роф)\.?"
)
# Spanish and French write the title in full and in small letters inside a sentence: "a la
# señora Rosa Mamani", "al señor Pérez", "doña Ana", "désigne madame Claire Martin". The
# capitalised name after it (as for every title) keeps "el señor Director" apart.
_LOWER_TITLE = r"(?:señora|señorita|señor|doña|madame|monsieur|mademoiselle)"
# A salutation in two languages: "Mr / M.", "Sra. / Mrs", "г-н / Mr"; a degree or a
# salutation in brackets after another: "Dr. (Ing.)", "Mme (Dr)", "Sra. (Dra.)".
_TITLES = (
    rf"{_PROSE_TITLE}(?:[ \t]*/[ \t]*{_PROSE_TITLE}|[ \t]*[(（][ \t]*{_PROSE_TITLE}[ \t]*[)）])*"
)
# The leading look-ahead on first letters lets the regex engine skip ahead quickly.
_TITLED = re.compile(
    rf"(?=[MSDPILACГгДдПпsmd])(?<![\w-])(?P<title>{_TITLES}|{_LOWER_TITLE}){_GAP}(?P<name>{_NAME})"
)
# A Han name after a Latin title, as Macao writes it: "Sra. 何美玲（HO Mei Leng）". Han
# script runs on without spaces, so the name must end at a bracket, a space or a mark.
_TITLED_HAN = re.compile(
    rf"(?=[MSDPILACГгДдПп])(?<![{_UP}{_LOW}\d-])(?P<title>{_TITLES})[ \t]*"
    r"(?P<name>[\u4e00-\u9fff]{2,4}?)(?=[ \t]*[（(]|[\s,，、。；;：:]|$)"
)
# A romanised name with a Han salutation after it, in a Chinese sentence: "推荐ZHAO Min（女士）
# 参加", "LI Wei 先生".
_LATIN_HAN_TITLED = re.compile(
    rf"(?<![{_UP}{_LOW}\d.-])(?P<name>{_NAME})[ \t]*"
    r"(?:[（(](?P<t1>先生|女士|小姐)[)）]|(?P<t2>先生|女士|小姐))"
)
# Gulf letters write the title with a slash: "السيد/ خالد العتيبي"; "السيدة/السيد" is
# a salutation's pair of titles, never a title and a name.
_AR_TITLE_GAP = tolerant(r"(?:[ \t]*/[ \t]*(?!السيد|الدكتور|المهندس|الأستاذ)|\s+)")
# "د." doctor, "م." engineer, "أ.د." professor: abbreviated, never after a digit ("2024 م.").
_AR_ABBREVIATED = tolerant(r"(?<![\w.])(?<!\d[ \t])(?:[أا]\.[ \t]?د|د|م)\.")
# With or without the hamza, "ة" or "ه": "الاستاذ", "السيده".
_AR_TITLE_WORDS = tolerant(
    "الآنسة|الانسة|السيدة|السيد|الدكتورة|الدكتور|المهندسة|المهندس|الأستاذة|الأستاذ"
)
# "السيدة سارة أحمد والسيد محمد علي": a title, bare or joined by "و", opens the next person.
_AR_NEXT_TITLED = rf"(?!و?\s*(?:{_AR_TITLE_WORDS})(?![\u0621-\u064a]))"
# "السيد أحمد السيد عبد الحميد": a bare "السيد" inside a name, on its line, with a name or a
# mark after it, is the father's or family name (Egypt's "محمد السيد"), no next person's
# title ("والسيد محمد", "السيد/ محمد" and "السيدة" still open one).
_AR_SAYYID_NAME = re.compile(
    r"[ \t]+السيد(?![\u0621-\u064a])(?=[ \t]+[\u0621-\u064a]|[ \t]*[،,؛.:(])"
    rf"(?:\s+{_AR_NEXT_TITLED}{_AR_WORD}){{0,3}}"
)
# Sudanese and Yemeni letters honour a colleague as "الأخ/" (brother) or "الأخت/" (sister)
# before the name: Mr and Mrs. Only with the slash: "الأخ الكريم" greets the reader.
_AR_KIN_TITLE = tolerant(r"(?:الأخت|الأخ)(?=[ \t]*/)")
_AR_TITLED = re.compile(
    rf"(?P<title>{_AR_TITLE_WORDS}|{_AR_KIN_TITLE}|{_AR_ABBREVIATED}){_AR_TITLE_GAP}"
    rf"(?P<name>{_AR_WORD}(?:\s+{_AR_NEXT_TITLED}{_AR_WORD}){{0,4}})"
)
# A Latin-script name after an Arabic title: "السيد Omar BEN SALAH".
_AR_TITLED_LATIN = re.compile(
    tolerant(r"(?P<title>الآنسة|الانسة|السيدة|السيد|الدكتورة|الدكتور|المهندسة|المهندس)")
    + rf"(?:[ \t]*/)?[ \t]+(?P<name>{_NAME})"
)
# Russian titles in the nominative: the name and the position after them are not inflected.
_HAS_ARABIC = ARABIC
_HAS_HAN = HAN
# The romanised name may stand between the name and its title: "王伟（WANG Wei）先生". A
# name of a minority or foreign people joins its parts with a middle dot: "阿布都热合曼·买买提先生".
_ZH_TITLED = re.compile(
    rf"(?P<name>(?:(?:(?!先生|女士|小姐)[\u4e00-\u9fff]){{1,12}}[{HAN_NAME_DOTS}]){{0,3}}"
    r"[\u4e00-\u9fff]{2,6}?)(?:[ \t]*[（(][A-Za-z][A-Za-z .,'’-]{1,40}[)）][ \t]*)?"
    # The salutation may stand in brackets of its own: "沈佳怡（女士）参加".
    # A space, half or full width, may part the name from its salutation: "贾晓东 先生".
    r"[ \t\u3000]*(?:(?P<title>先生|女士|小姐)|[（(](?P<bracketed>先生|女士|小姐)[)）]"
    # "同志" (comrade): an official letter's courtesy, no salutation; only as the object of
    # a nominating verb (see _ZH_NOMINATED).
    r"|(?P<comrade>同志)(?![（(][男女]))"
)
_ZH_COMRADES = re.compile(r"(?:以下|以上|下列|如下|上述|[一二两三四五六七八九十几多数]+[名位个])")
_ZH_NOMINATED = re.compile(r"(?:提名|推荐|推薦|指定|委派|推选|推選)[^，。；;\n]{0,40}$")
# A Han name with a degree or rank after it, as the object of a nominating verb: "提名张伟博士
# 参加", "推荐李明教授和王芳女士". Only after the verb or a joining word: "具有博士学位" names nobody.
_ZH_DEGREE_TITLED = re.compile(
    r"(?:提名|推荐|推薦|指定|委派|任命|推选|推選|和|及|与|、)"
    r"(?P<name>[\u4e00-\u9fff]{2,4}?)(?P<title>博士|教授)"
    r"(?=[ \t]*(?:[（(]|参加|加入|參加|为|為|作为|作為|担任|擔任|[，,、。；;]|和|及|与|\s|$))"
)
_DOTTED_HAN = re.compile(
    rf"[\u4e00-\u9fff]{{1,12}}(?:[{HAN_NAME_DOTS}][\u4e00-\u9fff]{{1,12}}){{1,3}}"
)
# The same person's name in Latin letters, in brackets after their name in Arabic or
# Cyrillic script, perhaps with its own title: "السيد محمد ولد أحمد (M. Mohamed OULD
# AHMED)", "г-н Иванов Пётр (Mr Petr IVANOV)". It names nobody else.
_LATIN_TWIN = re.compile(
    rf"[ \t]*[(（](?:(?:{_TITLES})\.?[ \t]+)?[A-Za-zÀ-ÖØ-öø-ÿ][A-Za-zÀ-ÖØ-öø-ÿ'’.-]*"
    r"(?:[ \t]+[A-Za-zÀ-ÖØ-öø-ÿ][A-Za-zÀ-ÖØ-öø-ÿ'’.-]*){1,5}[)）]"
)
_OWN_SCRIPT = re.compile(r"[\u0400-\u04ff\u0600-\u06ff]")


def _with_latin_twin(text: str, person: Person) -> Person:
    """The person, their end past their name's Latin spelling in brackets when one follows."""
    if not _OWN_SCRIPT.search(person.name):
        return person
    twin = _LATIN_TWIN.match(text, person.end)
    return replace(person, end=twin.end()) if twin is not None else person


# A letter's salutation line, "孙悦女士：", and the greeting that may follow it.
_ZH_SALUTATION = re.compile(r"[ \t]*[：:，,][ \t]*(?:\n|$)")
_ZH_HELLO = re.compile(r"[ \t]*[：:，,][ \t]*\n\s*(?:您好|你好|您们好|大家好)")
# Joining verbs lead a name as the nominating verbs do: "增加王芳女士为...成员", "登记李强先生".
_ZH_LEAD = re.compile(
    r"^.*(?:提名|推荐|推薦|指定|委派|任命|推选|推選|派|由|是|为|為|请|將|将|把|和|及|与|、|，|的|即|：|:|关于|關於|对于|對於"
    r"|增加|增补|增補|添加|加入|纳入|納入|列入|登记|登記"
    # a reply's object: "现补充张伟杰先生的资料", "提供王芳女士的用户名", "有關李強先生"
    r"|补充|補充|提供|附上|报送|報送|告知|确认|確認|有关|有關"
    # a withdrawal's object: "撤回对李强先生的提名", "撤销李强先生的…"
    r"|撤回对|撤回對|撤销对|撤銷對|撤回|撤销|撤銷)"
)
# The office speaking of itself or the one named before, run into the name: "我局王芳女士",
# "本局刘洋女士", "我中心陈静女士", "该局赵磊先生". Only taken off when a common surname opens
# what is left: "我局希望张磊先生" (our office hopes Mr Zhang Lei) keeps its reading.
_ZH_OFFICE_LEAD = re.compile(
    r"^(?:我|本|该|該|贵|貴|其)(?:中心|单位|單位|机构|機構|局|司|处|處|部|厅|廳|院|所|署|室|科|办|辦|委|会|會|馆|館)的?"
)


def _without_office_lead(name: str) -> str:
    """A Han name without the office pronoun run into it ("我局王芳" -> "王芳")."""
    lead = _ZH_OFFICE_LEAD.match(name)
    if lead is None:
        return name
    rest = name[lead.end() :]
    return rest if 2 <= len(rest) <= 4 and has_han_surname(rest) else name


# A unit's name run into a Han name, "...审查业务管理部王芳": it ends on a unit's word.
_ZH_UNIT_LEAD = re.compile(
    r"^.*(?:部|局|司|处|處|科|室|所|院|厅|廳|中心|委员会|委員會|办公室|辦公室|研究会|协会|協會)"
)


def _without_unit_lead(name: str) -> str:
    """A Han name without the unit's name run into it; unchanged unless a common surname
    opens the two to four letters left."""
    lead = _ZH_UNIT_LEAD.match(name)
    if lead is None:
        return name
    rest = name[lead.end() :]
    return rest if 2 <= len(rest) <= 4 and has_han_surname(rest) else name


# An untitled name a joining verb takes as its object: "Please add John Smith to the API
# Task Force", "Veuillez inscrire Marie Dubois au groupe", "añadan a Ana Torres al Equipo
# Técnico"; the verb is asked for (joining_verbs.joins_task_force then wants a task force
# after it). The name must run up to where its destination or a post starts.
_JOINING_NAME = re.compile(
    r"(?=[aAiIrReEsSpPдДвВзЗ\u0627\u0625\u0646\u0636\u062a])(?i:"
    + JOINING_VERB.pattern
    + r")[ \t]+(?:(?i:a|à|also|aussi|también|además|также)[ \t]+)?"
    rf"(?P<name>{_NAME})"
    r"(?=[ \t]*(?:[,(]|[-–—][ \t]|(?i:to|in|on|into|for|as|à|au|aux|dans|al|a|en|como|в|к)\b))"
)
# Capitalised words of a letter that are no name: what the office is, what it adds ("add
# Legal Status to the API Task Force wiki", "add Patent Office data").
_NOT_OBJECT_WORDS = frozenset(
    w.lower()
    for w in (
        *NOT_NAMES,
        *ROLE_WORDS,
        "Status",
        "Standard",
        "Standards",
        "Sequence",
        "Listing",
        "Listings",
        "Data",
        "Digital",
        "Wiki",
        "Group",
        "Groupe",
        "Equipo",
        "Équipe",
        "Trademark",
        "Trademarks",
        "Design",
        "Designs",
        "Industrial",
        "Property",
        "Intellectual",
        "National",
        "Ministry",
        "Agency",
        "Institute",
        "Service",
        "Services",
        "Working",
        "Party",
        "Mailing",
        "List",
        "Account",
        "Accounts",
        "Colleague",
        "Colleagues",
        "Staff",
        "All",
        "Both",
        "Him",
        "Her",
        "Them",
        "Nous",
        "Notre",
        "Nuestro",
        "Nuestra",
        "Все",
        "Наш",
        "Нашего",
        "Нашу",
    )
)


def _no_object(words: list[str]) -> bool:
    """Whether the capitalised words after a joining verb are no person's name."""
    return any(w.strip(".").lower() in _NOT_OBJECT_WORDS for w in words)


# A post's words, of which "appointed Director General" makes no name.
_POST_WORDS = ROLE_WORDS | {"General", "Executive", "President", "Commissioner", "Registrar"}


def _post_only(words: list[str]) -> bool:
    """Whether the words up to the first that ends a sentence are all a post's."""
    lead: list[str] = []
    for word in words:
        lead.append(word.rstrip(".,;:"))
        if word != lead[-1]:
            break
    return set(lead) <= _POST_WORDS


def _joined_untitled(text: str) -> list[Person]:
    """Untitled names that are the object of a joining verb (see _JOINING_NAME)."""
    found: list[Person] = []
    for match in _JOINING_NAME.finditer(text):
        words = match.group("name").split()
        if not 2 <= len(words) <= 4 or _no_object(words):
            continue
        # The verb's case is the name's: "добавить Анну Петрову" (accusative).
        verb = (text[match.start() : match.start("name")].split() or [""])[0]
        found.extend(
            Person(name, begin, end, "", shown_case(text[begin:end].split()) or "")
            for name, begin, end in verb_objects(
                text, match.start("name"), words, _JOINED_NEXT, verb
            )
        )
    return found


# Posts that end right before a name in Han script, with no separator: "数据管理部副主任张丽华女士".
ZH_ROLE_END = (
    r"(?:主任|处长|局长|司长|科长|部长|所长|主管|顾问|审查员|研究员|工程师|专员|经理|秘书)"
)
_ZH_ROLE_END = re.compile(rf"^.*{ZH_ROLE_END}")
# Chinese runs a Latin name on after the verb: "我局提名ZHANG Wei 博士参加". "Je présente la
# candidature de Marie Dupont", "Presento la candidatura de María López": the name after "de".
_VERB_NAME = re.compile(
    rf"{VERB_FIRST}(?i:{VERB})(?:[ \t]+(?:(?i:as|à|a|to|(?<=candidatur[ea][ \t])de)[ \t]+)?"
    r"|(?<=[\u4e00-\u9fff]))"
    rf"(?P<name>{_NAME})"
)
_JOINED_NEXT = re.compile(rf"{JOIN}(?P<name>{_NAME})")
_GREETING = re.compile(
    r"(?:dear|hello|hi|cher|ch[èe]re|bonjour|estimad[oa]s?|querid[oa]|hola|уважаем\w*|здравствуйте|尊敬的|亲爱的|عزيزي|عزيزتي)[\s,]*$",
    re.IGNORECASE,
)
_GREETING_REACH = 40  # characters; longer than any greeting word with its spaces
# Turkic patronymics end in a lower-case word that belongs to the name: "Лейла Рафик кызы",
# "Эльчин Вагиф оглы", "Бакыт уулу", "Жасур Алишер угли".
_PATRONYMIC_PARTICLE = re.compile(
    r"[ \t]+(?P<p>оглы|кызы|қызы|улы|уулу|угли|ўғли|кизи|қизи|oglu|ogly|qizi|kyzy|uulu|ugli)\b"
)

# The mark of an item in a list of people: "1.", "2)", "-", a Roman numeral ("II."), or an
# ordinal word of a note verbale ("أولاً:", "ثانياً -") or of a Chinese letter ("一、", "（二）").
_AR_ORDINAL = r"(?:أول|ثاني|ثالث|رابع|خامس|سادس|سابع|ثامن|تاسع|عاشر)اً?"
_ITEM_MARK = (
    rf"(?:(?:\d{{1,2}}|[\u0660-\u0669]{{1,2}}|[IVX]{{1,4}})[.)][ \t]*|\d{{1,2}}[、．][ \t]*|[-*•][ \t]*"
    rf"|{_AR_ORDINAL}[ \t]*[:：.\-–)][ \t]*|[一二三四五六七八九十]{{1,2}}、[ \t]*"
    r"|[(（][一二三四五六七八九十]{1,2}[)）][ \t]*)"
)
# The name again in other letters, in brackets: "(Grigoryan Anna)", "(Тер-Петросян Ваге)".
_OTHER_WRITING = (
    r"[(（][^\W\d_](?:[^\W\d_]|['’.-])*(?:[ \t]+[^\W\d_](?:[^\W\d_]|['’.-])*){0,4}[)）]"
)
# "السيد الوزير" signing alone on a line: a post, no name heading a block.
_AR_HEADING_POSTS = tolerant(
    r"(?:الوزيرة|الوزير|المديرة|المدير|السفيرة|السفير|الرئيسة|الرئيس|الأمين|الوكيل|النائب)"
    r"(?![\u0621-\u064a])"
)
# A line that is only a titled name, as a block heading: "1. Ms Jane DOE" or "Mr. John SMITH:",
# perhaps with a bracketed note ("г-н Лазарев Игорь (также в Целевую группу XML4IP)").
PERSON_LINE = re.compile(
    # A French lawyer's "Me" (Maître) only on a line of its own: in a sentence it is a pronoun.
    rf"^[ \t]*{_ITEM_MARK}?(?P<person>(?:{_TITLES}|Me(?=[ \t]))[ \t]+{_NAME}"
    # or the title in brackets after the name: "Мороз Виталий Андреевич (г-н)"
    rf"|{_NAME}[ \t]*[(（](?:Mrs|Mr|Ms|Miss|Mme|Mlle|M|Sra|Srta|Sr|[гГ]-н|[гГ]-жа)\.?[)）]"
    # or after a comma: "АСАНАЛИЕВ Нурлан Маратович, г-н", "DUPONT Marie, Mme", perhaps
    # past the name in other letters: "Григорян Анна (Grigoryan Anna), г-жа"
    rf"|{_NAME}(?:[ \t]*{_OTHER_WRITING})?[ \t]*,[ \t]*"
    r"(?:Mrs|Mr|Ms|Miss|Mme|Mlle|M|Sra|Srta|Sr|[гГ]-н|[гГ]-жа)\.?(?![\w-])"
    # or a Han name with its salutation after it: "王芳 女士", "张伟先生（ZHANG Wei）"
    r"|(?!尊敬|亲爱|致)[\u4e00-\u9fff]{2,4}[ \t]*(?:先生|女士|小姐)"
    # or a Han name after a Latin title, as Macao writes it: "Sr. 梁家明（LEONG Ka Meng）"
    rf"|{_TITLES}[ \t]*[\u4e00-\u9fff]{{2,4}}"
    # or an Arabic titled name, its Latin spelling perhaps after it: "2) السيدة مريم منت
    # أحمد سالم" over "- الاسم العائلي: ...", "1) السيد محمد ولد أحمد (M. Mohamed OULD AHMED)"
    rf"|(?:{_AR_TITLE_WORDS})(?:[ \t]*/)?[ \t]+(?!{_AR_HEADING_POSTS})"
    rf"{_AR_WORD}(?:[ \t]+{_AR_WORD}){{0,5}}"
    rf"(?:{_LATIN_TWIN.pattern})?)"
    r"(?:[ \t]*[(（](?P<note>[^()（）\n]{1,80})[)）])?[ \t]*[:,]?[ \t]*$"
)

# A list item whose name carries its title in brackets after it: "1. ZHANG Wei (Mr), cn-x, ...",
# or after a comma, the name perhaps followed by its transliteration in brackets:
# "- Смирнов Алексей Николаевич (SMIRNOV Aleksei), г-н, начальник ...". After a comma the
# title must end the clause and the item go on ("Director General, Mr. John Smith" names
# Mr Smith; a line that ends with the title is a heading, read with its labelled lines).
_TITLES_AFTER = r"Mrs|Mr|Ms|Miss|Mme|Mlle|M|Dr|Sra|Srta|Sr|[гГ]-н|[гГ]-жа"
_TITLE_AFTER = re.compile(
    rf"^[ \t]*(?:\d{{1,2}}[.)]|[-*•])[ \t]*(?P<name>{_NAME})[ \t]*"
    rf"(?:[(（](?P<t>(?:{_TITLES_AFTER})\.?)[)）]"
    rf"|(?:[(（][^()（）\n]{{1,60}}[)）][ \t]*)?,[ \t]*(?P<tc>(?:{_TITLES_AFTER})\.?)"
    r"(?=[ \t]*[,;]))",
    re.MULTILINE,
)
_TITLE_AFTER_MARKS = (
    *("(M", "(D", "(S", "(г", "(Г", "（"),
    *(", Mr", ", Ms", ", Mi", ", M.", ", Mme", ", Mlle", ", Dr", ", Sr", ", г-", ", Г-"),
)


_LABEL_AFTER = re.compile(r"[ \t]*[:：]")
# The start of a line that opens with a label: "   Position: ...", "المنصب: ...".
_LABEL_LINE_START = re.compile(r"[ \t]*(?P<label>[^\n:：]{1,60}?)[ \t]*[:：]")


def _cut_before_label_line(text: str, start: int, end: int) -> int:
    """Where a name running from `start` to `end` ends when a line break inside it opens a
    field's label line: "Mr. John Smith\n   Position: ..." is "John Smith", not "John Smith
    Position"; "السيد فهد القحطاني\nالمنصب: ..." is "فهد القحطاني"."""
    brk = text.find("\n", start, end)
    while brk != -1:
        label = _LABEL_LINE_START.match(text, brk + 1)
        if label is not None and classify_label(label.group("label")) is not None:
            return len(text[start:brk].rstrip()) + start
        brk = text.find("\n", brk + 1, end)
    return end


# A whole word with a full stop ends the sentence, and the name with it ("А." is an initial).
_WORD_STOP = re.compile(r"^[^\W\d_]{3,}\.$")


@dataclass(frozen=True)
class Person:
    name: str
    start: int
    end: int
    title: str
    # The case of a Russian name no title governs ("ins-m", "г-жи"): its post is in it too.
    case: str = ""


def _word_end(text: str, start: int, index: int) -> int:
    """Where the word `index` (from 0) of the words from `start` ends."""
    words = re.finditer(r"\S+", text[start:])
    for k, word in enumerate(words):
        if k == index:
            return start + word.end()
    return len(text)


def titled_people(text: str) -> list[Person]:
    found: list[Person] = []
    pos = 0
    while (match := _TITLED.search(text, pos)) is not None:
        pos = match.end()
        # A greeting ends right before the title, so a short look-back is enough; searching
        # the whole line before every title made one long line quadratic.
        line_start = text.rfind("\n", max(0, match.start() - _GREETING_REACH), match.start()) + 1
        line_start = max(line_start, match.start() - _GREETING_REACH)
        if _GREETING.search(text[line_start : match.start()]):
            continue
        if "\n" in text[match.end("title") : match.start("name")] and _LABEL_AFTER.match(
            text, match.end()
        ):
            continue  # "..., г-н" ending a line, then "Должность: ...": a label, not a name
        cut = _cut_before_label_line(text, match.start("name"), match.end("name"))
        words = text[match.start("name") : cut].split()
        stop = next((i for i, w in enumerate(words[:-1]) if _WORD_STOP.match(w)), None)
        if stop is not None:
            words = words[: stop + 1]  # "г-на А.В. Иванова. Сведения ...": the sentence ended
            # A title after that end opens a name of its own ("... of Mr John Smith. Ms Jane
            # Roe will take his place"): the search goes on from there.
            pos = _word_end(text, match.start("name"), stop)
        if cut == match.end() and text[cut : cut + 1].isalnum():
            words = words[:-1]  # "... al XML4IP": the last word is the start of a code
        words = before_preposition(words)
        while words and words[-1] in NOT_NAMES:
            words.pop()
        # "el señor Director General ha aprobado": a post addressed by its title, no name.
        if words and not set(words) <= _POST_WORDS:
            name = " ".join(words)
            end = match.start("name") + len(name)
            particle = _PATRONYMIC_PARTICLE.match(text, end) if end == match.end() else None
            if particle is not None:
                name, end = f"{name} {particle.group('p')}", particle.end()
            found.append(Person(name, match.start(), end, match.group("title")))
    named_until = 0  # where a name carried past a father's "السيد" ends
    for match in _AR_TITLED.finditer(text) if _HAS_ARABIC.search(text) else ():
        if match.start() < named_until:
            continue  # "السيد عبد الحميد" inside "السيد أحمد السيد عبد الحميد"
        father = _AR_SAYYID_NAME.match(text, match.end("name"))
        end = father.end() if father is not None else match.end("name")
        cut = _cut_before_label_line(text, match.start("name"), end)
        words = text[match.start("name") : cut].split()
        if words and fold_hamza(words[0]) in _AR_LEADING_POSTS:
            continue  # "السيد الوزير": the minister, addressed or signing
        keep: list[str] = []
        for word in words:
            if (
                fold_hamza(word) in _AR_STOP_FOLDED
                or fold_hamza(word) in _AR_POST_WORDS
                or _AR_GROUP_NOUN.match(word)
                or _AR_FUTURE_VERB.match(word)
                or (keep and word.startswith(("ل", "ب")) and len(word) > 4 and word[1:3] == "ال")
            ):
                break
            keep.append(word)
        if keep and not _GREETING.search(text[max(0, match.start() - 12) : match.start()]):
            name = " ".join(keep)
            named_until = match.start("name") + len(name)
            found.append(Person(name, match.start(), named_until, match.group("title")))
    for match in _AR_TITLED_LATIN.finditer(text) if _HAS_ARABIC.search(text) else ():
        words = match.group("name").split()
        while words and words[-1] in NOT_NAMES:
            words.pop()
        if len(words) >= 2:
            name = " ".join(words)
            found.append(
                Person(name, match.start(), match.start("name") + len(name), match.group("title"))
            )
    if _HAS_HAN.search(text):
        found.extend(
            Person(m.group("name"), m.start(), m.end(), m.group("title"))
            for m in _TITLED_HAN.finditer(text)
        )
    for match in _LATIN_HAN_TITLED.finditer(text) if _HAS_HAN.search(text) else ():
        words = match.group("name").split()
        lead = text[max(0, match.start() - 5) : match.start()].rstrip()
        greeted = lead.endswith(("尊敬的", "亲爱的"))  # "尊敬的 WANG Lei 先生：" greets
        if len(words) >= 2 and not set(words) & NOT_NAMES and not greeted:
            title = match.group("t1") or match.group("t2")
            found.append(Person(match.group("name"), match.start(), match.end(), title))
    for match in _ZH_TITLED.finditer(text) if _HAS_HAN.search(text) else ():
        name = _without_office_lead(_ZH_LEAD.sub("", match.group("name")))
        if len(name) > 4:
            name = _ZH_ROLE_END.sub("", name)  # "副主任张丽华女士": the post runs into the name
        if len(name) > 4:
            name = _without_unit_lead(name)  # "...审查业务管理部王芳女士": the unit runs into it
        if _ZH_SALUTATION.match(text, match.end()) and (
            not text[: match.start()].strip() or _ZH_HELLO.match(text, match.end())
        ):
            continue  # "孙悦女士：" opening a letter, "您好！" below: the addressee
        # A dotted name ("阿布都热合曼·买买提") is longer than a Han one.
        sized = 2 <= len(name) <= 4 or _DOTTED_HAN.fullmatch(name) is not None
        if match.group("comrade") and (
            _ZH_COMRADES.search(name)
            or not has_han_surname(name)
            or not _ZH_NOMINATED.search(
                text, max(0, match.end("name") - len(name) - 40), match.end("name") - len(name)
            )
        ):
            continue  # "王芳同志" named, not nominated; "推荐以下同志", "三名同志": no name
        lead_in = text[max(0, match.start() - 5) : match.start()].rstrip(" \t\u3000")
        if sized and not lead_in.endswith("尊敬的"):
            start = match.end("name") - len(name)
            title = match.group("title") or match.group("bracketed") or match.group("comrade")
            found.append(Person(name, start, match.end(), title))
    has_han = _HAS_HAN.search(text) is not None
    if has_han:
        found.extend(Person(*named) for named in gendered_han_names(text))
    nominated = (
        {
            (_without_office_lead(m.group("name")), m.group("title"))
            for m in _ZH_DEGREE_TITLED.finditer(text)
        }
        if has_han
        else set()
    )
    for name, degree in nominated:
        # Every mention, so that "李明教授现任研究员" later on is the same person's clause.
        found.extend(
            Person(name, m.start(), m.end(), degree)
            for m in re.finditer(re.escape(name + degree), text)
        )
    if any(mark in text for mark in _TITLE_AFTER_MARKS):
        for match in _TITLE_AFTER.finditer(text):
            words = match.group("name").split()
            if len(words) >= 2 and not set(words) & NOT_NAMES:
                title = match.group("t") or match.group("tc")
                found.append(Person(match.group("name"), match.start("name"), match.end(), title))
    for match in _VERB_NAME.finditer(text):
        words = match.group("name").split()
        if JOINING_VERB.search(text, match.start(), match.start("name")) and _no_object(words):
            continue  # "please add Legal Status to the API Task Force wiki"
        if _post_only(words):
            continue  # "Mr X was appointed Director General": the post he is appointed to
        if len(words) >= 2 and not set(words) & NOT_NAMES:
            # The verb's case is the name's: "включить Г.Б. Бердыеву" (accusative).
            verb = (text[match.start() : match.start("name")].split() or [""])[0]
            # A patronymic in the accusative ("Иванову Анну Сергеевну, главного эксперта")
            # puts the post after the name in that case too.
            found.extend(
                Person(name, begin, end, "", patronymic_case(text[begin:end].split()) or "")
                for name, begin, end in verb_objects(
                    text, match.start("name"), words, _JOINED_NEXT, verb
                )
            )
    found.extend(_joined_untitled(text))
    found.extend(Person(n.name, n.start, n.end, "", n.case) for n in inflected_names(text))
    found.extend(Person(n.name, n.start, n.end, "") for n in listed_names(text))
    found = [_with_latin_twin(text, person) for person in found]
    found.sort(key=lambda p: p.start)
    unique: list[Person] = []
    for person in found:
        if unique and person.start < unique[-1].end:
            continue
        unique.append(person)
    return unique
