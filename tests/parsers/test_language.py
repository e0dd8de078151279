"""Language of the new text: script rules for zh/ar/ru, lingua for Latin-script text."""

from __future__ import annotations

import pytest

from parsers.language import detect_language


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Dear Sir or Madam, we are pleased to nominate the following expert to the XML4IP Task Force.",
            "en",
        ),
        (
            "Please find below our nomination. Name of Office: USPTO. Last name: DOE. First name: Jane.",
            "en",
        ),
        (
            "Madame, Monsieur, nous avons l'honneur de désigner Mme Jeanne DUPONT comme membre de l'équipe d'experts.",
            "fr",
        ),
        (
            "Nom : DUPONT\nPrénom : Jeanne\nPoste occupé : examinatrice\nNom d'utilisateur : fr-jdupont",
            "fr",
        ),
        (
            "Estimados señores: tenemos el agrado de designar a la Sra. María GARCÍA como miembro del Equipo Técnico.",
            "es",
        ),
        (
            "Apellido: GARCÍA\nNombre: María\nCargo: examinadora de patentes\nNombre de usuario: es-mgarcia",
            "es",
        ),
        (
            "Уважаемые коллеги! Роспатент назначает г-на Иванова. Имя пользователя: ru-iivanov, эл. почта: ivanov@rupto.example",
            "ru",
        ),
        ("尊敬的秘书处：我局提名王伟先生参加XML4IP工作队。用户名：cn-wangwei", "zh"),
        (
            "您好，我目前不在办公室，将于2023年10月9日返回。如有急事，请联系intl@cnipa.example。",
            "zh",
        ),
        (
            "السادة المحترمون، يسرنا ترشيح السيد محمد أحمد لعضوية فرقة العمل XML4IP. اسم المستخدم: eg-mahmed",
            "ar",
        ),
    ],
)
def test_language(text: str, language: str) -> None:
    assert detect_language(text) == language


@pytest.mark.parametrize(
    "text", ["", "   ", "us-jdoe jane.doe@uspto.example 2023-10-02", "|||", "Hello"]
)
def test_no_words_no_language(text: str) -> None:
    assert detect_language(text) is None
