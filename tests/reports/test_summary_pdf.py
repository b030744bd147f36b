"""The printed summary: allow-listed content only, readable, robust against hostile text.

Every assertion parses the PDF back with pypdf, as a reader would see it. Text extraction does
not preserve spacing exactly (line breaks, no-break spaces), so texts are compared after
collapsing whitespace.
"""

from __future__ import annotations

import collections
import dataclasses
import io
import os
import re
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import date, datetime
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pypdf import PdfReader
from pypdf.generic import ContentStream, DictionaryObject
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth

from dedans_dehors_desktop.core import i18n
from dedans_dehors_desktop.reports import summary_pdf
from dedans_dehors_desktop.reports.fonts import (
    BOLD,
    REGULAR,
    clean_text,
    escape_for_paragraph,
    register_fonts,
)
from dedans_dehors_desktop.reports.summary_pdf import (
    SummaryAppointment,
    SummaryContact,
    SummaryContent,
    SummaryStep,
    format_date_fr,
    format_time_fr,
    render_summary,
)

PAGE_WIDTH, PAGE_HEIGHT = A4

TU_TITLES = (
    "Ce qu'on a fait ensemble",
    "Tes prochaines étapes",
    "Tes rendez-vous",
    "Documents à préparer",
    "Contacts utiles",
)
VOUS_TITLES = (
    "Ce que nous avons fait ensemble",
    "Vos prochaines étapes",
    "Vos rendez-vous",
    "Documents à préparer",
    "Contacts utiles",
)


def make_content(**changes: Any) -> SummaryContent:
    content = SummaryContent(
        structure_name="Mission Locale du Val Exemple",
        structure_address="12 rue de la République, 69000 Lyon",
        structure_phone="04 72 00 00 00",
        first_name="Éloïse",
        surname_initial="Dupontel",
        meeting_date=date(2026, 3, 3),
        worked_on=(
            "Ton projet professionnel : la cuisine",
            "Tes papiers d'identité",
        ),
        next_steps=(
            SummaryStep("Écrire ta lettre de motivation", date(2026, 3, 10)),
            SummaryStep("Préparer ton CV avec des exemples"),
        ),
        appointments=(
            SummaryAppointment(
                datetime(2026, 3, 17, 14, 30), "Locaux de la Mission Locale", "Mme Martin"
            ),
            SummaryAppointment(date(2026, 4, 2), "Centre de formation de Vénissieux"),
            SummaryAppointment(None, "Agence France Travail de Lyon Part-Dieu", "M. Leroy"),
        ),
        documents=("Carte d'identité", "Attestation de carte Vitale"),
        contacts=(
            SummaryContact(
                "Accueil jeunes",
                "04 72 00 00 01",
                "3 place Bellecour, 69002 Lyon",
                "Du lundi au vendredi, de 9 h à 17 h",
            ),
        ),
    )
    return dataclasses.replace(content, **changes)


def normalise(text: str) -> str:
    return " ".join(text.split())


def read(pdf: bytes) -> PdfReader:
    assert pdf.startswith(b"%PDF-")
    return PdfReader(io.BytesIO(pdf))


def page_texts(pdf: bytes) -> list[str]:
    return [normalise(page.extract_text()) for page in read(pdf).pages]


def all_text(pdf: bytes) -> str:
    return " ".join(page_texts(pdf))


def fonts_of(reader: PdfReader) -> list[DictionaryObject]:
    found: list[DictionaryObject] = []
    for page in reader.pages:
        resources = page["/Resources"]
        assert isinstance(resources, DictionaryObject)
        fonts = resources["/Font"] if "/Font" in resources else DictionaryObject()
        assert isinstance(fonts, DictionaryObject)
        for font in fonts.values():
            font_dict = font.get_object()
            assert isinstance(font_dict, DictionaryObject)
            found.append(font_dict)
    return found


def font_sizes(reader: PdfReader) -> list[float]:
    sizes: list[float] = []
    for page in reader.pages:
        for operands, operator in ContentStream(page.get_contents(), reader).operations:
            if operator == b"Tf":
                sizes.append(float(operands[1]))
    return sizes


@contextmanager
def translator(translate: Callable[[str, str], str]) -> Iterator[None]:
    i18n.install_translator(translate)
    try:
        yield
    finally:
        i18n.install_translator(lambda _context, text: text)


# --- Content --------------------------------------------------------------------------------------


def test_every_allowed_item_is_printed() -> None:
    content = make_content()
    text = all_text(render_summary(content))

    expected = [
        "Mission Locale du Val Exemple",
        "12 rue de la République, 69000 Lyon",
        "04 72 00 00 00",
        "Récapitulatif",
        "Bonjour Éloïse D.,",
        "mardi 3 mars 2026",
        "Ton projet professionnel : la cuisine",
        "Tes papiers d'identité",
        "Écrire ta lettre de motivation",
        "Pour le mardi 10 mars 2026",
        "Préparer ton CV avec des exemples",
        "Mardi 17 mars 2026 à 14 h 30",
        "Locaux de la Mission Locale",
        "Mme Martin",
        "Jeudi 2 avril 2026",
        "Centre de formation de Vénissieux",
        "À ta sortie",
        "Agence France Travail de Lyon Part-Dieu",
        "M. Leroy",
        "Carte d'identité",
        "Attestation de carte Vitale",
        "Accueil jeunes",
        "04 72 00 00 01",
        "3 place Bellecour, 69002 Lyon",
        "Du lundi au vendredi, de 9 h à 17 h",
        *TU_TITLES,
    ]
    for item in expected:
        assert normalise(item) in text, item


def test_only_the_initial_of_the_surname_is_printed() -> None:
    text = all_text(render_summary(make_content(surname_initial="dupontel")))
    assert "Éloïse D." in text
    assert "upontel" not in text


def test_appointments_are_in_chronological_order_and_release_ones_last() -> None:
    text = all_text(render_summary(make_content()))
    positions = [
        text.index("Mardi 17 mars 2026"),
        text.index("Jeudi 2 avril 2026"),
        text.index("À ta sortie"),
    ]
    assert positions == sorted(positions)


def test_every_page_has_its_number_and_the_switchboard() -> None:
    many = tuple(SummaryStep(f"Étape à faire numéro {i}") for i in range(60))
    texts = page_texts(render_summary(make_content(next_steps=many)))
    assert len(texts) >= 2
    for number, text in enumerate(texts, start=1):
        assert f"Page {number} sur {len(texts)}" in text
        assert "Téléphone : 04 72 00 00 00" in text


@pytest.mark.parametrize(
    ("form", "titles", "absent"),
    [("tu", TU_TITLES, VOUS_TITLES[:3]), ("vous", VOUS_TITLES, TU_TITLES[:3])],
)
def test_section_titles_follow_the_form_of_address(
    form: str, titles: tuple[str, ...], absent: tuple[str, ...]
) -> None:
    text = all_text(render_summary(make_content(address_form=form)))
    for title in titles:
        assert normalise(title) in text
    for title in absent:
        assert normalise(title) not in text


def test_empty_sections_are_kind_or_absent() -> None:
    content = make_content(worked_on=(), next_steps=(), appointments=(), documents=(), contacts=())
    text = all_text(render_summary(content))
    assert "Rien à préparer pour l'instant." in text
    assert "Ce qu'on a fait ensemble" not in text
    assert "Contacts utiles" not in text
    assert "Bonjour Éloïse D.," in text


def test_french_characters_survive() -> None:
    content = make_content(
        worked_on=("Le cœur du projet « Ça marche » : 20 € par mois",),
        first_name="Çédric",
    )
    text = all_text(render_summary(content))
    assert "Le cœur du projet « Ça marche » : 20 € par mois" in text
    assert "Çédric" in text
    for char in "éœ«»€Ç":
        assert char in text


def test_french_dates_and_times() -> None:
    assert normalise(format_date_fr(date(2026, 3, 3))) == "mardi 3 mars 2026"
    assert normalise(format_date_fr(date(2026, 4, 1))) == "mercredi 1er avril 2026"
    assert normalise(format_date_fr(date(2026, 8, 16))) == "dimanche 16 août 2026"
    assert normalise(format_time_fr(14, 30)) == "14 h 30"
    assert normalise(format_time_fr(9, 0)) == "9 h"
    assert normalise(format_time_fr(9, 5)) == "9 h 05"


def test_static_strings_go_through_the_translation_hook() -> None:
    contexts: set[str] = set()

    def shout(context: str, text: str) -> str:
        contexts.add(context)
        # Upper-case everything but the {placeholders}, as a translator would keep them.
        return re.sub(r"[^{}]+(?=\{|$)", lambda match: match.group(0).upper(), text)

    with translator(shout):
        text = all_text(render_summary(make_content()))
    assert contexts == {"Récapitulatif", "Dates"}
    assert "TES PROCHAINES ÉTAPES" in text
    assert "MARDI 3 MARS 2026" in text
    # Case-file content is never translated.
    assert "Écrire ta lettre de motivation" in text


def test_a_broken_translation_falls_back_to_french() -> None:
    with translator(lambda _context, text: text.replace("{", "{oops")):
        text = all_text(render_summary(make_content()))
    assert "Bonjour Éloïse D.," in text
    assert "Page 1 sur" in text


# --- Metadata and embedding -----------------------------------------------------------------------


def test_metadata_is_neutral() -> None:
    content = make_content(first_name="Zéphyrine", surname_initial="Quentalou")
    pdf = render_summary(content)
    reader = read(pdf)
    metadata = reader.metadata
    assert metadata is not None
    assert metadata.title == "Récapitulatif"
    assert metadata.author == "Mission Locale du Val Exemple"
    values = " ".join(str(value) for value in metadata.values())
    for secret in ("Zéphyrine", "Quentalou", "Martin", "Leroy", "lettre", "Vitale", "Dedans"):
        assert secret.lower() not in values.lower()
    assert reader.xmp_metadata is None
    root = reader.trailer["/Root"].get_object()
    assert isinstance(root, DictionaryObject)
    assert "/Metadata" not in root
    for encoded in (b"Z\\351phyrine", "Zéphyrine".encode("utf-16-be"), b"Zephyrine"):
        assert encoded not in pdf


def test_fonts_are_embedded_subsets() -> None:
    reader = read(render_summary(make_content(large_print=True)))
    fonts = fonts_of(reader)
    assert fonts
    for font in fonts:
        descriptor = font["/FontDescriptor"].get_object()
        assert isinstance(descriptor, DictionaryObject)
        assert "/FontFile2" in descriptor, font["/BaseFont"]
        base_font = str(font["/BaseFont"]).removeprefix("/")
        assert base_font[7:].startswith("NotoSans"), base_font
        assert base_font[6] == "+", base_font  # subset tag


def test_output_is_deterministic() -> None:
    assert render_summary(make_content()) == render_summary(make_content())


def test_nothing_is_written_to_disk(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import tempfile

    monkeypatch.chdir(tmp_path)
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    render_summary(make_content())
    assert os.listdir(tmp_path) == []


# --- Readability ----------------------------------------------------------------------------------


def test_body_text_is_at_least_12_points_and_large_print_is_bigger() -> None:
    normal = read(render_summary(make_content()))
    large = read(render_summary(make_content(large_print=True)))
    normal_sizes = font_sizes(normal)
    large_sizes = font_sizes(large)
    assert min(normal_sizes) >= 12
    assert min(large_sizes) >= 15
    body = collections.Counter(normal_sizes).most_common(1)[0][0]
    large_body = collections.Counter(large_sizes).most_common(1)[0][0]
    assert body >= 12
    assert large_body >= 16
    assert len(large.pages) >= len(normal.pages)


def test_two_hundred_steps_paginate_cleanly() -> None:
    steps = tuple(
        SummaryStep(f"Étape n°{i:03d} à faire avant le prochain rendez-vous", date(2026, 5, 4))
        for i in range(200)
    )
    pdf = render_summary(make_content(next_steps=steps))
    texts = page_texts(pdf)
    assert 5 <= len(texts) <= 30
    for i in range(200):
        label = f"Étape n°{i:03d} à faire avant le prochain rendez-vous"
        # Each step is printed whole, on exactly one page (never cut between two pages).
        assert sum(label in text for text in texts) == 1, label
    assert_nothing_overflows(pdf)


def text_lines(pdf: bytes) -> list[tuple[int, float, float, float, str]]:
    """(page, x, y, right edge, text) for every line of text drawn."""
    register_fonts()
    lines: dict[tuple[int, float, float], list[tuple[str, str, float]]] = {}
    order: list[tuple[int, float, float]] = []
    for number, page in enumerate(read(pdf).pages):

        def visit(
            text: str,
            cm: list[float],
            tm: list[float],
            font: DictionaryObject | None,
            size: float,
            number: int = number,
        ) -> None:
            if not text.strip("\n") or font is None:
                return
            key = (number, round(cm[4] + tm[4], 1), round(cm[5] + tm[5], 1))
            name = BOLD if "Bold" in str(font.get("/BaseFont")) else REGULAR
            if key not in lines:
                lines[key] = []
                order.append(key)
            lines[key].append((text.rstrip("\n"), name, size))

        page.extract_text(visitor_text=visit)
    result = []
    for key in order:
        width = sum(stringWidth(text, name, size) for text, name, size in lines[key])
        text = "".join(text for text, _, _ in lines[key])
        result.append((key[0], key[1], key[2], key[1] + width, text))
    return result


def assert_nothing_overflows(pdf: bytes) -> None:
    lines = text_lines(pdf)
    assert lines
    for page, x, y, right, text in lines:
        assert x >= 15 * mm, (page, text[:40])
        assert right <= PAGE_WIDTH - 15 * mm, (page, right, text[:40])
        assert 0 < y < PAGE_HEIGHT, (page, text[:40])


@pytest.mark.parametrize("large_print", [False, True])
def test_long_words_wrap_or_are_cut_never_overflow(large_print: bool) -> None:
    word = "Ç" + "W" * 299
    content = make_content(
        first_name=word,
        structure_name=word,
        structure_phone="0" * 300,
        worked_on=(word,),
        next_steps=(SummaryStep(word, date(2026, 3, 4)),),
        appointments=(SummaryAppointment(datetime(2026, 3, 5, 9, 0), word, word),),
        documents=(word,),
        contacts=(SummaryContact(word, word, word, word),),
        large_print=large_print,
    )
    pdf = render_summary(content)
    assert_nothing_overflows(pdf)
    assert "ÇWWWWWWWW" in all_text(pdf)


def test_blocks_taller_than_a_page_fall_back_to_plain_paragraphs(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(summary_pdf, "_fits_on_a_page", lambda _flowable: False)
    text = all_text(render_summary(make_content()))
    for item in ("Écrire ta lettre de motivation", "Mme Martin", "3 place Bellecour, 69002 Lyon"):
        assert item in text


def test_the_ordinary_summary_fits_its_margins() -> None:
    assert_nothing_overflows(render_summary(make_content()))


# --- Hostile text ---------------------------------------------------------------------------------

MARKUP = ("<b>&amp;", "</para>", "<font size=100>", '<img src="x"/>', "&#0;", "<br/>", "]]>")


def test_markup_in_case_data_prints_literally() -> None:
    content = make_content(
        first_name="<b>&amp;",
        structure_name="</para> Mission",
        worked_on=("<font size=100>gros</font>",),
        next_steps=(SummaryStep('<img src="x"/> & <br/>'),),
        contacts=(SummaryContact("<a href='http://exemple.fr'>lien</a>", "&#0;"),),
    )
    pdf = render_summary(content)
    text = all_text(pdf)
    assert "Bonjour <b>&amp;" in text
    assert "</para> Mission" in text
    assert "<font size=100>gros</font>" in text
    assert '<img src="x"/> & <br/>' in text
    assert "<a href='http://exemple.fr'>lien</a>" in text
    assert "&#0;" in text
    assert max(font_sizes(read(pdf))) < 40


def test_escape_for_paragraph() -> None:
    assert escape_for_paragraph("<b>&amp;") == "&lt;b&gt;&amp;amp;"
    assert escape_for_paragraph("a\x00b\x07c\u202ed") == "abcd"
    assert escape_for_paragraph("Jean\nPierre\t'O\"") == "Jean Pierre &#x27;O&quot;"
    assert escape_for_paragraph("\ud800x") == "x"
    assert clean_text("  a  \r\n b ") == "a b"


NASTY = (
    *MARKUP,
    "\x00\x01\x1b[31m\x7f",
    "\ud800\udfff",
    "\u202e\u200b\ufeff",
    "\U0001f600\u4e2d\u6587\ufdfd",
    "\uffff\U0010ffff",
    "œ € « » Ç",
    "&",
    "",
    " ",
)

text_values = st.one_of(
    st.text(max_size=40),
    st.sampled_from(NASTY),
    st.builds(lambda char, count: char * count, st.characters(), st.integers(1000, 10_000)),
    st.builds(lambda parts: "".join(parts), st.lists(st.sampled_from(NASTY), max_size=6)),
)
optional_dates = st.one_of(st.none(), st.dates())

contents = st.builds(
    SummaryContent,
    structure_name=text_values,
    structure_address=text_values,
    structure_phone=text_values,
    first_name=text_values,
    surname_initial=text_values,
    meeting_date=st.dates(),
    worked_on=st.lists(text_values, max_size=3).map(tuple),
    next_steps=st.lists(st.builds(SummaryStep, text_values, optional_dates), max_size=3).map(tuple),
    appointments=st.lists(
        st.builds(
            SummaryAppointment,
            st.one_of(st.none(), st.dates(), st.datetimes()),
            text_values,
            text_values,
        ),
        max_size=3,
    ).map(tuple),
    documents=st.lists(text_values, max_size=3).map(tuple),
    contacts=st.lists(
        st.builds(SummaryContact, text_values, text_values, text_values, text_values),
        max_size=2,
    ).map(tuple),
    address_form=st.sampled_from(["tu", "vous"]),
    large_print=st.booleans(),
)


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(contents)
def test_any_text_yields_a_parseable_pdf(content: SummaryContent) -> None:
    pdf = render_summary(content)
    reader = read(pdf)
    assert 1 <= len(reader.pages) <= 40
    for page in reader.pages:
        page.extract_text()
    metadata = reader.metadata
    assert metadata is not None
    # Only neutral words, whatever the case file holds; the author is the Mission Locale.
    assert {key: str(value) for key, value in metadata.items() if key != "/Author"} == {
        "/Title": "Récapitulatif",
        "/Subject": "Récapitulatif",
        "/Keywords": "",
        "/Creator": "ReportLab",
        "/Producer": "ReportLab",
        "/CreationDate": "D:20000101000000+00'00'",
        "/ModDate": "D:20000101000000+00'00'",
        "/Trapped": "/False",
    }
    author = str(metadata.get("/Author", ""))
    assert author.removesuffix("…") in clean_text(content.structure_name)
