"""A short reply that changes one thing about a person its quoted mail names: a surname's
spelling, a task force put in place of another, or a task force joined on top. The quoted
person, so changed, is the nomination; a reply that names nobody of the quote, or changes
nothing, nominates nobody."""

from __future__ import annotations

from parsers import Kind
from parsers.corrections import find_swaps
from parsers.people import titled_people
from parsers.task_force_changes import task_force_swaps, task_forces_joined
from tests.parsers.mailmaker import catalog, make_mail
from tests.parsers.test_es_ru_shapes import parse, people

_OWN_QUOTE = """
On Mon, 2 Oct 2023 at 10:12, Ana Pérez <contact.person@office.example> wrote:
> Dear colleagues,
>
> In reply to circular C. CWS 175, the Industrial Property Office nominates:
>
> Name: SOTO, Luis (Mr)
> Position: Head of IT
> Username: xx-lsoto
> E-mail: luis.soto@office.example
> Task force: XML4IP Task Force
>
> Name: RAMOS, Inés (Ms)
> Position: Patent examiner
> Username: xx-iramos
> E-mail: ines.ramos@office.example
> Task force: API Task Force
>
> Best regards,
> Ana Pérez
"""

_OUR_CONFIRMATION = """
Le lun. 9 oct. 2023 à 16:03, CWS Mail <cws.mail@wipo.int> a écrit :
> Madame,
>
> Suite à votre réponse à la circulaire C. CWS 175, nous avons ajouté M. Luis SOTO
> (Chef informatique ; identifiant : xx-lsoto ; courriel : luis.soto@office.example)
> à l'espace wiki de l'équipe d'experts XML4IP.
>
> Secrétariat du CWS
"""


def _reply(body: str, quoted: str) -> list[dict[str, object]]:
    parsed = parse(make_mail(body + "\n\nAna Pérez\n" + quoted, subject="Re: C. CWS 175"))
    assert parsed.kind is Kind.NOMINATION, parsed.kind_reason
    return people(parsed)


# --- a surname spelt anew -------------------------------------------------------------------


def test_spelling_in_quotation_marks_corrects_the_quoted_surname() -> None:
    got = _reply(
        "Dear colleagues,\n\nPlease correct Ms Ramos's surname in my message below: it is "
        '"RAMOZ", not "RAMOS", as in her passport.',
        _OWN_QUOTE,
    )
    assert [p["last_name"] for p in got] == ["SOTO", "RAMOZ"]
    assert got[1]["username"] == "xx-iramos"


def test_spelling_in_capitals_in_another_language() -> None:
    earlier = "Nom : SOTO, Luis (M.)\nIdentifiant : xx-lsoto"
    [fix] = find_swaps("Merci de corriger : SOTTO et non SOTO, comme dans son passeport.", earlier)
    assert (fix.old, fix.new) == ("SOTO", "SOTTO")


def test_spelling_far_from_the_quoted_one_corrects_nothing() -> None:
    earlier = "Name: SOTO, Luis (Mr)\nUsername: xx-lsoto"
    assert find_swaps('Please correct the subject: "BUDGET", not "SOTO".', earlier) == []
    assert find_swaps('We wrote "SOTO" and "SOTTO" in our files.', earlier) == []


# --- a task force put in place of another -----------------------------------------------------


def test_task_force_corrected_for_the_person_named() -> None:
    got = _reply(
        "Dear colleagues,\n\nThere was an error in our message below: Mr Soto should be on "
        "the API Task Force instead of the XML4IP Task Force. The rest is unchanged.",
        _OWN_QUOTE,
    )
    assert [p["last_name"] for p in got] == ["SOTO", "RAMOS"]
    assert [p["task_forces"] for p in got] == [["API Task Force"], ["API Task Force"]]


def test_task_force_swap_in_chinese_and_russian() -> None:
    held = {"XML4IP Task Force"}
    [swap] = task_force_swaps(
        "李明的工作队有误，应为API工作队，而不是XML4IP工作队。", catalog(), held
    )
    assert (swap.old, swap.new) == ("XML4IP Task Force", ("API Task Force",))
    [swap] = task_force_swaps(
        "В нашем письме ошибка: вместо Целевой группы по XML4IP следует читать Целевую группу "
        "по API.",
        catalog(),
        held,
    )
    assert swap.new == ("API Task Force",)


def test_no_swap_without_a_word_of_change_or_an_old_task_force() -> None:
    held = {"XML4IP Task Force"}
    assert task_force_swaps("Mr Soto works on XML4IP and API matters.", catalog(), held) == []
    assert task_force_swaps("Please read API instead of Part 7.", catalog(), held) == []


# --- a task force joined on top ------------------------------------------------------------


def test_member_confirmed_also_joins_a_second_task_force() -> None:
    got = _reply(
        "Bonjour,\n\nMerci de votre confirmation. Nous souhaitons que M. Soto rejoigne aussi "
        "l'équipe d'experts API, avec le même compte.",
        _OUR_CONFIRMATION,
    )
    assert len(got) == 1
    assert got[0]["last_name"] == "SOTO"
    assert got[0]["username"] == "xx-lsoto"
    assert got[0]["task_forces"] == ["API Task Force"]


def test_joining_words_in_spanish_and_arabic() -> None:
    [join] = task_forces_joined(
        "Solicitamos que el Sr. Soto se sume también al Equipo Técnico API.", catalog(), set()
    )
    assert join.new == ("API Task Force",)
    [join] = task_forces_joined(
        "نرجو أن ينضم السيد سوتو أيضا إلى فرقة العمل المعنية بواجهات برمجة التطبيقات.",
        catalog(),
        set(),
    )
    assert join.new == ("API Task Force",)


def test_also_without_the_quoted_person_or_a_join_nominates_nobody() -> None:
    for body in (
        "Thank you. Mr Soto also thanks you for the access to the API Task Force pages.",
        "Thank you. We will also nominate a colleague to the API Task Force next week.",
    ):
        parsed = parse(
            make_mail(body + "\n\nAna Pérez\n" + _OUR_CONFIRMATION, subject="Re: C. CWS 175")
        )
        assert parsed.kind is Kind.OTHER, (body, parsed.kind_reason)


# --- a Chinese letter's salutation, and a person put "将 ... 加入" ---------------------------


def test_chinese_salutation_line_names_the_addressee_not_a_nominee() -> None:
    text = "王芳女士：\n\n您好！我们已将李明先生（用户名：cn-liming）加入API工作队。"
    assert [p.name for p in titled_people(text)] == ["李明"]
    listed = "我局推荐以下人员：\n\n王芳女士：\n用户名：cn-wangfang\n邮箱：wangfang@office.example"
    assert [p.name for p in titled_people(listed)] == ["王芳"]
