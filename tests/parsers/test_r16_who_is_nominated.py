"""Who is nominated, and who only stands near the nominees.

- A website's contact form relayed by mail (from a no-reply address, "Submitted values
  are:"): its first fields ("First name", "Last name", "E-mail") describe whoever filled
  it in; the nominees are those its "Message" field names. A message naming nobody else
  leaves the sender's fields as they are read (the sender offering themself).
- An official decision or letter signed under its place and date ("Conakry, le 12
  octobre 2023" / "Le Directeur Général" / "Dr Alpha BARRY"): the signer is no nominee.
- "Por indicación de nuestro Presidente, Dr. X (en copia), nos permitimos proponer a
  ...": whoever instructs the writer, named after their post, is no nominee; a "Name –
  Post" line ends where the next line names the task force.
- Comments typed inside an unprefixed Outlook quote of our request, each marked with the
  writer's name ("[Claire Martin] ..."), are the writer's answers to the questions above
  them; a "yes" to "can you confirm that he should also join the API Task Force?" adds it.
"""

from __future__ import annotations

import io

import docx

from parsers import ParsedEmail, ParseOptions, parse_email
from tests.parsers.mailmaker import catalog, make_mail

DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


def parse(raw: bytes) -> ParsedEmail:
    return parse_email(raw, catalog=catalog(), options=ParseOptions())


def people(parsed: ParsedEmail) -> list[tuple[str | None, ...]]:
    return [
        (n.title, n.last_name, n.first_name, n.position, n.username, n.account_email)
        for n in parsed.nominees
    ]


# --- a website's contact form relayed by mail ------------------------------------------

_FORM_EN = """Submitted on Mon, 10/09/2023 - 10:06
Submitted by: Anonymous
Submitted values are:

Title
Mrs

First name
Anna

Last name
Holm-Berg

Organization
National Patent Office of Freedonia (NPOF)

Country
Freedonia

E-mail
anna.holm@npof.example

Subject
Nominations to CWS Task Forces

Message
Good afternoon. Our mail to the CWS address bounces, so I am using this form. Further to \
Circular C. CWS 175, the National Patent Office of Freedonia nominates Mr. Paul Lind, \
Patent Examiner, to the Sequence Listings Task Force, WIPO account fd-plind created with \
plind@npof.example, and Ms. Eva Strand, Systems Analyst, to the XML4IP Task Force, WIPO \
account fd-estrand created with estrand@npof.example. Regards, Anna Holm-Berg, Deputy \
Director

I have read and accept the Privacy Policy
Yes
"""

_FORM_ES = """Enviado el lun., 09/10/2023 - 10:06
Valores enviados:

Nombre
Lucía

Apellidos
Paredes Soto

Organización
Instituto Nacional de Propiedad Industrial de Freedonia (INPIF)

Correo electrónico
lucia.paredes@inpif.example

Mensaje
Buenos días. En respuesta a la circular C. CWS 175, el Instituto designa al Sr. Andrés \
Molina Ruiz, Examinador de Patentes, para el Equipo Técnico XML4IP, cuenta OMPI cl-amolina \
creada con amolina@inpif.example. Saludos cordiales, Lucía Paredes Soto

Acepto la política de privacidad
Sí
"""


def test_a_contact_form_relay_nominates_whom_its_message_names() -> None:
    parsed = parse(
        make_mail(
            _FORM_EN,
            sender="Website <no-reply@wipo.example>",
            headers=(("Reply-To", "anna.holm@npof.example"),),
        )
    )
    assert parsed.kind == "nomination"
    assert people(parsed) == [
        ("Mr", "Lind", "Paul", "Patent Examiner", "fd-plind", "plind@npof.example"),
        ("Ms", "Strand", "Eva", "Systems Analyst", "fd-estrand", "estrand@npof.example"),
    ]
    assert [n.task_forces for n in parsed.nominees] == [
        ("Sequence Listings Task Force",),
        ("XML4IP Task Force",),
    ]
    # The sender's organisation field is still the office.
    assert parsed.office == "National Patent Office of Freedonia (NPOF)"


def test_a_spanish_contact_form_relay_nominates_whom_its_message_names() -> None:
    parsed = parse(make_mail(_FORM_ES, sender="Sitio web OMPI <noreply@wipo.example>"))
    assert [(n.last_name, n.first_name, n.username) for n in parsed.nominees] == [
        ("Molina Ruiz", "Andrés", "cl-amolina")
    ]


def test_a_contact_form_whose_message_names_nobody_else_keeps_its_sender() -> None:
    # The sender offers themself through the form: their fields are the nominee's.
    body = _FORM_EN.split("Message\n", maxsplit=1)[0] + (
        "Message\nI would like to join the XML4IP Task Force for my Office. My WIPO account "
        "is fd-aholm.\n"
    )
    parsed = parse(make_mail(body, sender="Website <no-reply@wipo.example>"))
    assert [(n.last_name, n.first_name) for n in parsed.nominees] == [("Holm-Berg", "Anna")]


def test_an_office_form_with_a_comments_field_keeps_its_person() -> None:
    # No website relays it: the office's own labelled form, a remark in its last field.
    body = (
        "Dear Secretariat,\n\nIn reply to C. CWS 175 please find our nomination.\n\n"
        "Title: Mr\nFirst name: Paul\nLast name: Lind\nPosition: Patent Examiner\n"
        "Task Force: XML4IP Task Force\nUsername: fd-plind\nE-mail: plind@npof.example\n"
        "Comments: Mr. Lind replaces Ms. Eva Strand, who has retired from the Office.\n\n"
        "Regards,\nAnna Holm-Berg\n"
    )
    parsed = parse(make_mail(body, sender="Anna Holm-Berg <anna.holm@npof.example>"))
    assert [(n.last_name, n.first_name, n.username) for n in parsed.nominees] == [
        ("Lind", "Paul", "fd-plind")
    ]


# --- the signer of a dated decision or letter ----------------------------------------


def _docx(paragraphs: list[str]) -> bytes:
    document = docx.Document()
    for text in paragraphs:
        document.add_paragraph(text)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


_DECISION_FR = [
    "DÉCISION N° 2023/0147/OFPI/DG",
    "portant désignation des représentants de l'Office freedonien de la propriété "
    "intellectuelle auprès des équipes d'experts du CWS",
    "LE DIRECTEUR GÉNÉRAL,",
    "Vu la circulaire C. CWS 175 ;",
    "DÉCIDE :",
    "Article 1er : Sont désignés pour représenter l'Office auprès des équipes d'experts du "
    "Comité des normes de l'OMPI (CWS), les agents dont les noms suivent :",
    "Monsieur Jean DUPONT, Chef de la Division des Brevets : équipe d'experts XML4IP ;",
    "Madame Claire ROUX, Chef de la Section Informatique : équipe d'experts chargée de la "
    "situation juridique.",
    "Article 2 : La présente décision prend effet à compter de sa date de signature.",
    "",
    "Freedonia-Ville, le 12 octobre 2023",
    "Le Directeur Général",
    "",
    "Dr Alpha Oumar BARRY",
    "",
    "Ampliations :",
    "Ministère (Cabinet) ........ 1",
    "Intéressés ................. 2",
]


def test_the_signer_of_a_decision_is_no_nominee() -> None:
    cover = (
        "Madame, Monsieur,\n\nFaisant suite à la circulaire C. CWS 175, nous vous transmettons "
        "ci-joint la décision portant désignation de nos représentants.\n\n"
        "Veuillez agréer nos salutations distinguées.\n\nSecrétariat de Direction Générale\n"
    )
    parsed = parse(make_mail(cover, attachments=(("Décision.docx", DOCX, _docx(_DECISION_FR)),)))
    assert [(n.title, n.last_name, n.first_name) for n in parsed.nominees] == [
        ("Mr", "DUPONT", "Jean"),
        ("Mrs", "ROUX", "Claire"),
    ]


def test_the_signer_of_an_english_letter_under_its_place_and_date_is_no_nominee() -> None:
    letter = [
        "DESIGNATION OF REPRESENTATIVES TO THE CWS TASK FORCES",
        "Further to Circular C. CWS 175, the Registrar-General hereby designates the "
        "following officers:",
        "Mr Kofi ASANTE, Senior Examiner: XML4IP Task Force;",
        "Ms Ama BOATENG, Head of IT: API Task Force.",
        "",
        "Done at Accra, 12 October 2023",
        "The Registrar-General",
        "",
        "Dr Kwame MENSAH",
    ]
    parsed = parse(
        make_mail(
            "Dear Secretariat,\n\nPlease find attached our letter on C. CWS 175.\n\nRegards,\n"
            "Registry\n",
            attachments=(("letter.docx", DOCX, _docx(letter)),),
        )
    )
    assert [n.last_name for n in parsed.nominees] == ["ASANTE", "BOATENG"]


def test_a_spanish_letter_signed_under_its_place_and_date() -> None:
    letter = [
        "Lima, 12 de octubre de 2023",
        "",
        "Señores",
        "Secretaría del CWS",
        "",
        "En respuesta a la circular C. CWS 175, la Dirección designa a los siguientes "
        "funcionarios:",
        "Sr. Luis QUISPE, Examinador de Patentes: Equipo Técnico XML4IP;",
        "Sra. Rosa HUAMÁN, Jefa de Sistemas: Equipo Técnico API.",
        "",
        "Lima, 12 de octubre de 2023",
        "El Director General",
        "",
        "Dr. Ramón FLORES",
    ]
    parsed = parse(
        make_mail(
            "Estimados:\n\nAdjuntamos nuestra carta sobre la circular C. CWS 175.\n\nSaludos,\n",
            attachments=(("carta.docx", DOCX, _docx(letter)),),
        )
    )
    # The same place and date heading the letter does not end it.
    assert [n.last_name for n in parsed.nominees] == ["QUISPE", "HUAMÁN"]


def test_a_dated_line_heading_a_letter_keeps_its_nominees() -> None:
    body = (
        "Accra, 12 October 2023\n\nDear Secretariat,\n\nFurther to Circular C. CWS 175, we "
        "nominate the following officers:\n\n"
        "Mr Kofi ASANTE, Senior Examiner: XML4IP Task Force;\n"
        "Ms Ama BOATENG, Head of IT: API Task Force.\n\nYours faithfully,\nRegistry\n"
    )
    assert [n.last_name for n in parse(make_mail(body)).nominees] == ["ASANTE", "BOATENG"]


# --- whoever instructs the writer, named after their post ----------------------------

_ASIPI_LIKE = (
    "Estimados señores:\n\n"
    "En respuesta a la circular C. CWS 175, y en nuestra calidad de organización observadora, "
    "por indicación de nuestro Presidente, Dr. Ernesto Salcedo Vivas (en copia), nos "
    "permitimos proponer a los siguientes miembros de la Asociación para los Equipos "
    "Técnicos que se indican:\n\n"
    "• Dra. Valentina Ríos Echeverri – Presidenta del Comité de Patentes de la Asociación\n"
    "  Equipo Técnico SEQL\n"
    "  Usuario de la Cuenta OMPI: asoc-vrios (cuenta creada con vrios@rios.example)\n\n"
    "• Sr. Tomás Aguirre Lanús – Coordinador del Subcomité de Nuevas Tecnologías\n"
    "  Equipo Técnico sobre la Cadena de Bloques y Equipo Técnico sobre Normalización de "
    "Nombres\n"
    "  Usuario de la Cuenta OMPI: asoc-taguirre (cuenta creada con taguirre@aguirre.example)\n\n"
    "Atentamente,\n\nLorena Benítez Ocampo\nDirectora Ejecutiva\n"
)


def test_the_president_whose_instruction_the_writer_follows_is_no_nominee() -> None:
    parsed = parse(
        make_mail(
            _ASIPI_LIKE,
            sender="Lorena Benítez Ocampo <direccion@asoc.example>",
            headers=(("Cc", "Ernesto Salcedo Vivas <presidencia@asoc.example>"),),
        )
    )
    assert people(parsed) == [
        (
            None,
            "Ríos Echeverri",
            "Valentina",
            "Presidenta del Comité de Patentes de la Asociación",
            "asoc-vrios",
            "vrios@rios.example",
        ),
        (
            "Mr",
            "Aguirre Lanús",
            "Tomás",
            "Coordinador del Subcomité de Nuevas Tecnologías",
            "asoc-taguirre",
            "taguirre@aguirre.example",
        ),
    ]
    assert [n.task_forces for n in parsed.nominees] == [
        ("Sequence Listings Task Force",),
        ("Blockchain Task Force", "Name Standardization Task Force"),
    ]


def test_an_english_instruction_from_the_director_named_after_his_post() -> None:
    body = (
        "Dear Secretariat,\n\nOn the instructions of our Director General, Dr Peter Moss, "
        "we nominate the following officers:\n\n"
        "- Ms Jane Doe – Senior Examiner\n  XML4IP Task Force\n  Username: fd-jdoe\n\n"
        "Regards,\nRegistry\n"
    )
    assert [(n.last_name, n.position) for n in parse(make_mail(body)).nominees] == [
        ("Doe", "Senior Examiner")
    ]


def test_a_person_the_instructed_sentence_nominates_stays() -> None:
    # After "the Director General," the sentence goes on: Mr X is its subject, nominated.
    body = (
        "Dear Secretariat,\n\nOn the instructions of the Director General, Mr Peter Moss is "
        "nominated to the XML4IP Task Force. His username is fd-pmoss.\n\nRegards,\nRegistry\n"
    )
    assert [(n.last_name, n.username) for n in parse(make_mail(body)).nominees] == [
        ("Moss", "fd-pmoss")
    ]


# --- comments marked with the writer's name inside our quoted request ---------------

_REQUEST_FR = """Bonjour,

Merci pour votre message. Vous trouverez nos réponses dans le texte ci-dessous.

Bien cordialement,
Claire Martin

Claire MARTIN
Assistante administrative
Bureau de l'Union | Office of the Union
Union internationale pour la protection des obtentions végétales (UPOV)

De : CWS Mail <cws.mail@wipo.int>
Envoyé : mercredi 11 octobre 2023 16:02
À : MARTIN Claire <claire.martin@upov.example>
Objet : RE: C. CWS 175 - Désignation UPOV

Madame,

Nous accusons réception de votre courriel désignant M. Julien ROCHAT (UPOV) auprès de \
l'équipe d'experts chargée de la norme XML4IP, en réponse à la circulaire C. CWS 175.

Afin que nous puissions traiter cette désignation, pourriez-vous nous communiquer les \
renseignements suivants :
1. le poste occupé par M. Julien ROCHAT ;
[Claire Martin] Responsable informatique, base de données PLUTO
2. son nom d'utilisateur auprès du Centre d'utilisateurs de l'OMPI (comptes OMPI) ;
[Claire Martin] M. Rochat avait créé son compte avant de recevoir votre message, sous le \
nom d'utilisateur upov-jrochat ; il ne peut plus être modifié.
3. l'adresse électronique utilisée lors de la création de ce compte.
[Claire Martin] julien.rochat@upov.example (son adresse professionnelle)

Votre courriel mentionne également « l'équipe API » : pouvez-vous nous confirmer que \
M. Rochat doit aussi être inscrit à l'équipe d'experts chargée des API ?
[Claire Martin] {api}

Nous vous rappelons que le nom d'utilisateur recommandé se compose du code ST.3 suivi \
d'un trait d'union et du nom (par exemple : xu-jrochat).

Nous vous prions d'agréer, Madame, nos salutations distinguées.

Secrétariat du CWS
"""


def test_comments_marked_with_the_writers_name_answer_our_request() -> None:
    parsed = parse(
        make_mail(
            _REQUEST_FR.format(api="Oui, nous le confirmons. Merci."),
            subject="RE: C. CWS 175 - Désignation UPOV",
            sender="MARTIN Claire <claire.martin@upov.example>",
        )
    )
    assert parsed.kind == "nomination"
    assert people(parsed) == [
        (
            "Mr",
            "ROCHAT",
            "Julien",
            "Responsable informatique, base de données PLUTO",
            # The username the office made, not the one our request gave as an example.
            "upov-jrochat",
            "julien.rochat@upov.example",
        )
    ]
    assert parsed.nominees[0].task_forces == ("XML4IP Task Force", "API Task Force")
    # The organisation the signature names in full, not its secretariat's unit.
    assert (
        parsed.office == "Union internationale pour la protection des obtentions végétales (UPOV)"
    )


def test_a_no_to_the_task_force_question_adds_nothing() -> None:
    parsed = parse(
        make_mail(
            _REQUEST_FR.format(api="Non, seulement XML4IP pour le moment."),
            subject="RE: C. CWS 175 - Désignation UPOV",
            sender="MARTIN Claire <claire.martin@upov.example>",
        )
    )
    assert [n.task_forces for n in parsed.nominees] == [("XML4IP Task Force",)]


_REQUEST_EN = """Hello,

Please see our answers below, marked with my name.

Best regards,
Tom Baker

From: CWS Mail <cws.mail@wipo.int>
Sent: Wednesday, October 11, 2023 4:02 PM
To: Tom Baker <tom.baker@ipo.example>
Subject: RE: C. CWS 175 - nomination

Dear Mr Baker,

Thank you for your e-mail nominating Ms. Rita Okafor to the Legal Status Task Force in \
reply to Circular C. CWS 175.

Could you please send us the following details:
1. her position in the Office;
[Tom Baker] Senior Legal Officer
2. her WIPO Accounts username;
[Tom Baker] She registered as ng-rokafor last week.
3. the e-mail address used to create the account.
[Tom Baker] rita.okafor@ipo.example

Please note that the recommended username is the ST.3 code and the name (for example, \
xx-rokafor).

Best regards,
CWS Secretariat
"""


def test_english_comments_marked_with_the_writers_name() -> None:
    parsed = parse(
        make_mail(
            _REQUEST_EN,
            subject="RE: C. CWS 175 - nomination",
            sender="Tom Baker <tom.baker@ipo.example>",
        )
    )
    assert people(parsed) == [
        (
            "Ms",
            "Okafor",
            "Rita",
            "Senior Legal Officer",
            "ng-rokafor",
            "rita.okafor@ipo.example",
        )
    ]
    assert parsed.nominees[0].task_forces == ("Legal Status Task Force",)


def test_a_quoted_request_without_comments_still_names_nobody() -> None:
    # The writer only thanks us above our request: nobody is nominated now.
    body = _REQUEST_EN.replace("[Tom Baker] ", "").split("1. her position")[0]
    body = body.replace("Please see our answers below, marked with my name.", "Thank you.")
    parsed = parse(
        make_mail(
            body, subject="RE: C. CWS 175 - nomination", sender="Tom Baker <tom.baker@ipo.example>"
        )
    )
    assert parsed.nominees == ()


def test_a_signatures_unit_of_the_union_gives_the_union_it_names() -> None:
    body = (
        "Dear Secretariat,\n\nIn reply to C. CWS 175 we nominate Mr John Smith, IT Officer, "
        "to the XML4IP Task Force. His username is xu-jsmith.\n\nBest regards,\n\nJane Roe\n"
        "Office of the Union\n"
        "International Union for the Protection of New Varieties of Plants (UPOV)\n"
    )
    parsed = parse(make_mail(body, sender="Jane Roe <jane.roe@upov.example>"))
    assert parsed.office == (
        "International Union for the Protection of New Varieties of Plants (UPOV)"
    )
