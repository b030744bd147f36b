"""CSV import of a Mission Locale's spreadsheet: file level, header, cells, report, properties."""

from __future__ import annotations

import codecs
import csv
import io
import logging
from collections.abc import Callable, Sequence
from datetime import date, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from dedans_dehors_desktop import intake
from dedans_dehors_desktop.core.errors import InputRejected
from dedans_dehors_desktop.core.textnorm import fold
from dedans_dehors_desktop.intake import (
    COLUMNS,
    CsvImportResult,
    CsvRow,
    RejectedRow,
    columns_markdown,
    format_report,
    parse_csv,
)
from dedans_dehors_desktop.intake import rows as intake_rows

TODAY = date(2025, 6, 15)
HEADER = ["Nom", "Prénom", "Date de naissance", "Sexe"]
ROW = ["DUPONT", "Éloïse", "04/07/2005", "F"]


def make_csv(
    rows: Sequence[Sequence[str]],
    header: Sequence[str] = HEADER,
    delimiter: str = ";",
    encoding: str = "utf-8",
    lineterminator: str = "\r\n",
) -> bytes:
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, delimiter=delimiter, lineterminator=lineterminator)
    writer.writerow(header)
    writer.writerows(rows)
    return buffer.getvalue().encode(encoding)


def parse(rows: Sequence[Sequence[str]], header: Sequence[str] = HEADER) -> CsvImportResult:
    return parse_csv(make_csv(rows, header), TODAY)


def only_reasons(result: CsvImportResult) -> list[str]:
    assert not result.rows
    assert len(result.rejected) == 1
    return result.rejected[0].reasons


def one_value(header: str, value: str, key: str) -> str | None:
    """Import one valid row plus one optional column; return the imported value."""
    result = parse([[*ROW, value]], [*HEADER, header])
    assert not result.rejected, result.rejected
    row = result.rows[0]
    return row.jeune[key] if key in row.jeune else row.suivi.get(key)


# --- happy path -------------------------------------------------------------------------------


def test_minimal_row() -> None:
    result = parse([ROW])
    assert result.encoding == "utf-8"
    assert result.delimiter == ";"
    assert result.rejected == []
    assert result.ignored_columns == []
    (row,) = result.rows
    assert row.line == 2
    assert row.jeune == {
        "nom_naissance": "DUPONT",
        "nom_usage": None,
        "prenoms": "Éloïse",
        "sexe": "femme",
        "date_naissance": "2005-07-04",
        "telephone": None,
        "email": None,
        "id_imilo": None,
        "id_france_travail": None,
        "commune": None,
    }
    assert row.suivi == {}


def test_every_column() -> None:
    header = [
        "nom", "prenom", "date_naissance", "sexe", "nom_usage", "telephone", "email",
        "etablissement", "milieu", "date_ecrou", "date_liberation_prevue", "id_imilo",
        "id_france_travail", "commune",
    ]  # fmt: skip
    row = [
        "Dupont", "Jean Marc", "2005-07-04", "Homme", "Martin", "07 12 34 56 78",
        "jean@exemple.fr", "Maison d'arrêt de Rennes", "Milieu fermé", "01/03/2025",
        "01/03/2026", "123456", "1234567a", "Rennes",
    ]  # fmt: skip
    (imported,) = parse([row], header).rows
    assert imported.jeune == {
        "nom_naissance": "Dupont",
        "nom_usage": "Martin",
        "prenoms": "Jean Marc",
        "sexe": "homme",
        "date_naissance": "2005-07-04",
        "telephone": "07 12 34 56 78",
        "email": "jean@exemple.fr",
        "id_imilo": "123456",
        "id_france_travail": "1234567A",
        "commune": "Rennes",
    }
    assert imported.suivi == {
        "etablissement": "Maison d'arrêt de Rennes",
        "milieu": "ferme",
        "date_ecrou": "2025-03-01",
        "date_liberation_prev": "2026-03-01",
    }


@pytest.mark.parametrize(
    "header",
    [
        ["NOM", "PRÉNOM", "DATE DE NAISSANCE", "SEXE"],
        ["  nom  ", "prenoms", "Né le", "Genre"],
        ["Nom de naissance", "Prénom(s)", "date_naissance", "civilité"],
        ["nom", "Prenom", "Date  de\nnaissance", "sexe"],
        ["Nom de famille", "prénoms", "DateDeNaissance", "Sexe"],
    ],
)
def test_header_synonyms_and_spelling(header: list[str]) -> None:
    result = parse([ROW], header)
    assert len(result.rows) == 1
    assert result.ignored_columns == []


def test_unknown_columns_are_listed_not_imported() -> None:
    result = parse(
        [[*ROW, "suivi régulier", "35000", "x"]], [*HEADER, "Observations", "Code postal", ""]
    )
    assert len(result.rows) == 1
    assert result.ignored_columns == ["Observations", "Code postal", "colonne n° 7 sans titre"]


def test_untitled_empty_column_is_not_reported() -> None:
    result = parse([[*ROW, ""]], [*HEADER, ""])
    assert result.ignored_columns == []


def test_title_lines_above_the_header_are_skipped() -> None:
    data = (
        "Suivi des jeunes 2025;;;\n\n" + ";".join(HEADER) + "\n" + ";".join(ROW) + "\n"
    ).encode()
    result = parse_csv(data, TODAY)
    assert result.header_line == 3
    assert [row.line for row in result.rows] == [4]
    assert "Noms de colonnes trouvés ligne 3" in format_report(result)


def test_blank_rows_are_skipped_but_counted() -> None:
    result = parse([ROW, [], ["", "", "", ""], ["MARTIN", "Zoé", "01/01/2004", "F"]])
    assert [row.line for row in result.rows] == [2, 5]


# --- encodings and separators ------------------------------------------------------------------


def test_windows_1252() -> None:
    data = make_csv([["LEFÈVRE", "Éloïse", "04/07/2005", "Féminin"]], encoding="cp1252")
    assert "Éloïse".encode("cp1252") in data
    result = parse_csv(data, TODAY)
    assert result.encoding == "cp1252"
    assert result.rows[0].jeune["prenoms"] == "Éloïse"
    assert result.rows[0].jeune["nom_naissance"] == "LEFÈVRE"


def test_utf8_bom() -> None:
    data = codecs.BOM_UTF8 + make_csv([ROW])
    result = parse_csv(data, TODAY)
    assert result.encoding == "utf-8-sig"
    assert result.ignored_columns == []  # "\ufeffNom" would not have matched
    assert result.rows[0].jeune["prenoms"] == "Éloïse"


def test_utf16_tab_separated_from_excel_unicode_text() -> None:
    data = make_csv([ROW], delimiter="\t", encoding="utf-16")
    result = parse_csv(data, TODAY)
    assert (result.encoding, result.delimiter) == ("utf-16", "\t")
    assert result.rows[0].jeune["prenoms"] == "Éloïse"


@pytest.mark.parametrize("delimiter", [";", ",", "\t"])
def test_delimiters(delimiter: str) -> None:
    data = make_csv([["DUPONT, dit « Jo »", "Jean; Paul", "04/07/2005", "H"]], delimiter=delimiter)
    result = parse_csv(data, TODAY)
    assert result.delimiter == delimiter
    assert len(result.rejected) == 1  # the odd name is refused, but the row is split right
    assert "nom invalide « DUPONT, dit « Jo » »" in result.rejected[0].reasons[0]


def test_undecodable_file() -> None:
    data = make_csv([ROW]) + b"\x81\x8d\x8f"
    with pytest.raises(InputRejected, match="encodage"):
        parse_csv(data, TODAY)


def test_workbook_instead_of_csv() -> None:
    with pytest.raises(InputRejected, match="classeur"):
        parse_csv(b"PK\x03\x04" + b"\x00" * 50, TODAY)


@pytest.mark.parametrize("data", [b"", b"   \r\n\r\n", codecs.BOM_UTF8])
def test_empty_file(data: bytes) -> None:
    with pytest.raises(InputRejected, match="vide"):
        parse_csv(data, TODAY)


def test_binary_file() -> None:
    with pytest.raises(InputRejected, match="CSV"):
        parse_csv(b"nom;prenom\x00\x01\x02", TODAY)


def test_size_limit_checked_before_parsing() -> None:
    with pytest.raises(InputRejected, match="trop volumineux"):
        parse_csv(b"\xff" * (intake.MAX_BYTES + 1), TODAY)


def test_row_limit(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(intake_rows, "MAX_ROWS", 3)
    parse([ROW] * 3)  # the limit itself is fine (duplicates are row-level refusals)
    with pytest.raises(InputRejected, match="plus de 3 lignes"):
        parse([ROW] * 4)


def test_unclosed_quote() -> None:
    data = (";".join(HEADER) + "\n" + ";".join(ROW) + '\nMARTIN;"Zoé;01/01/2004;F\n').encode()
    with pytest.raises(InputRejected, match="ligne 3 : guillemets"):
        parse_csv(data, TODAY)


# --- header checks -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "column",
    [
        "Infraction",
        "Délit",
        "délits",
        "Motif d'incarcération",
        "MOTIF DE DETENTION",
        "Peine",
        "Peine prononcée",
        "Casier judiciaire",
        "Condamnation",
        "Quantum",
        "Faits",
        "Nature des faits",
        "Numéro d'écrou",
        "N° écrou",
        "Durée de détention",
        "Situation pénale",
        "Antécédents",
        "Mandat de dépôt",
    ],
)
def test_criminal_data_column_refuses_the_file(column: str) -> None:
    with pytest.raises(InputRejected) as caught:
        parse([[*ROW, "x"]], [*HEADER, column])
    message = caught.value.message
    assert f"« {column.strip()} »" in message
    assert "article 10 du RGPD" in message
    assert "Supprimez cette colonne" in message
    assert "Rien n'a été importé" in message


def test_criminal_data_columns_are_all_named() -> None:
    with pytest.raises(InputRejected) as caught:
        parse([[*ROW, "x", "y"]], [*HEADER, "Infraction", "Quantum"])
    assert "les colonnes « Infraction », « Quantum »" in caught.value.message
    assert "Supprimez ces colonnes" in caught.value.message


@pytest.mark.parametrize(
    ("column", "key", "expected"),
    [
        ("Date d'écrou", "date_ecrou", "2025-01-10"),
        ("Date de fin de peine", "date_liberation_prev", "2025-01-10"),
        ("Date de levée d'écrou", "date_liberation_prev", "2025-01-10"),
    ],
)
def test_known_dates_near_forbidden_words_are_accepted(
    column: str, key: str, expected: str
) -> None:
    assert one_value(column, "10/01/2025", key) == expected


def test_professional_qualification_is_not_mistaken_for_criminal_data() -> None:
    result = parse([[*ROW, "CAP"]], [*HEADER, "Niveau de qualification"])
    assert result.ignored_columns == ["Niveau de qualification"]


def test_missing_required_columns() -> None:
    with pytest.raises(InputRejected, match="absentes : date_naissance, sexe"):
        parse([["DUPONT", "Jean"]], ["Nom", "Prénom"])


def test_missing_header_does_not_echo_data() -> None:
    data = "DUPONT;Éloïse;04/07/2005;F\n".encode()
    with pytest.raises(InputRejected) as caught:
        parse_csv(data, TODAY)
    assert "DUPONT" not in caught.value.message
    assert "Éloïse" not in caught.value.message


def test_duplicate_columns() -> None:
    with pytest.raises(InputRejected, match="« Nom », « Nom de naissance »"):
        parse([[*ROW, "X"]], [*HEADER, "Nom de naissance"])


# --- cells -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "written",
    ["04/07/2005", "4/7/2005", "04-07-2005", "04.07.2005", "2005-07-04", "04/07/2005 00:00"],
)
def test_birth_date_formats(written: str) -> None:
    (row,) = parse([["DUPONT", "Éloïse", written, "F"]]).rows
    assert row.jeune["date_naissance"] == "2005-07-04"


@pytest.mark.parametrize(
    ("written", "reason"),
    [
        ("31/02/2001", "date de naissance invalide « 31/02/2001 »"),
        (
            "04/07/05",
            "date de naissance invalide « 04/07/05 » : écrivez l'année sur 4 chiffres "
            "(par exemple 01/02/2001)",
        ),
        ("2005/07/04", "date de naissance invalide « 2005/07/04 » : format attendu jj/mm/aaaa"),
        ("38537", "date de naissance invalide « 38537 » : format attendu jj/mm/aaaa"),
        ("", "date de naissance manquante"),
        ("01/01/2030", "date de naissance « 01/01/2030 » dans le futur"),
        (
            "01/01/1980",
            "date de naissance « 01/01/1980 » : la personne aurait 45 ans au 15/06/2025 ; "
            "l'import accepte les jeunes de 13 à 35 ans",
        ),
    ],
)
def test_birth_date_refusals(written: str, reason: str) -> None:
    assert only_reasons(parse([["DUPONT", "Éloïse", written, "F"]])) == [reason]


@pytest.mark.parametrize(
    ("birth", "ok"),
    [
        (date(2012, 6, 15), True),  # 13 today
        (date(2012, 6, 16), False),  # 13 tomorrow
        # One rule for every entry path (core.validation): 13 to 35 (it was 30 here).
        (date(1989, 6, 16), True),  # 35, 36 tomorrow
        (date(1989, 6, 15), False),  # 36 today
    ],
)
def test_age_bounds(birth: date, ok: bool) -> None:
    result = parse([["DUPONT", "Éloïse", birth.strftime("%d/%m/%Y"), "F"]])
    assert bool(result.rows) == ok


@pytest.mark.parametrize(
    ("written", "code"),
    [
        ("F", "femme"), ("femme", "femme"), ("Féminin", "femme"), ("Mme", "femme"),
        ("H", "homme"), ("Homme", "homme"), ("M", "homme"), ("MASCULIN", "homme"), ("M.", "homme"),
        ("NR", "non_renseigne"), ("", "non_renseigne"), ("Non renseigné", "non_renseigne"),
    ],
)  # fmt: skip
def test_sexe(written: str, code: str) -> None:
    (row,) = parse([["DUPONT", "Éloïse", "04/07/2005", written]]).rows
    assert row.jeune["sexe"] == code


def test_sexe_unknown() -> None:
    assert only_reasons(parse([["DUPONT", "Éloïse", "04/07/2005", "X"]])) == [
        "sexe invalide « X » : valeurs acceptées : F, H, NR ou vide"
    ]


@pytest.mark.parametrize(
    ("written", "code"),
    [
        ("fermé", "ferme"),
        ("FERME", "ferme"),
        ("Milieu ouvert", "ouvert"),
        ("ouvert", "ouvert"),
        ("", None),
    ],
)
def test_milieu(written: str, code: str | None) -> None:
    assert one_value("Milieu", written, "milieu") == code


@pytest.mark.parametrize(
    ("written", "normalised"),
    [
        ("0612345678", "06 12 34 56 78"),
        ("06.12.34.56.78", "06 12 34 56 78"),
        ("06-12-34-56-78", "06 12 34 56 78"),
        ("06 12 34 56 78", "06 12 34 56 78"),
        ("+33 6 12 34 56 78", "06 12 34 56 78"),
        ("+33 (0)6 12 34 56 78", "06 12 34 56 78"),
        ("0033612345678", "06 12 34 56 78"),
        ("612345678", "06 12 34 56 78"),  # leading zero eaten by the spreadsheet
        ("02 99 12 34 56", "02 99 12 34 56"),
        ("+262 692 12 34 56", "06 92 12 34 56"),
        ("+32 470 12 34 56", "+32470123456"),
        ("", None),
    ],
)
def test_telephone(written: str, normalised: str | None) -> None:
    assert one_value("Téléphone", written, "telephone") == normalised


@pytest.mark.parametrize(
    "written",
    ["12", "06 12 34", "abc", "+33 6 12", "00 00 00 00 00", "06 12 34 56 78 / 07 11 22 33 44"],
)
def test_telephone_junk(written: str) -> None:
    reasons = only_reasons(parse([[*ROW, written]], [*HEADER, "Tél."]))
    assert reasons[0].startswith("téléphone invalide « ")


def test_telephone_in_scientific_notation_gets_a_hint() -> None:
    (reason,) = only_reasons(parse([[*ROW, "6,12E+08"]], [*HEADER, "Portable"]))
    assert reason.startswith(
        "téléphone invalide « 6,12E+08 » : le tableur l'a transformé en nombre"
    )


def test_email() -> None:
    assert one_value("E-mail", "Eloise.Dupont@Exemple.FR", "email") == "Eloise.Dupont@exemple.fr"
    for junk in ("eloise", "a@b", "a b@c.fr", "a@@b.fr", "@exemple.fr"):
        reasons = only_reasons(parse([[*ROW, junk]], [*HEADER, "Courriel"]))
        assert reasons == [f"adresse e-mail invalide « {junk} »"]


def test_identifiers() -> None:
    assert one_value("N° i-milo", " 12 34 567 ", "id_imilo") == "1234567"
    reasons = only_reasons(parse([[*ROW, "1,23E+07"]], [*HEADER, "Identifiant i-milo"]))
    assert "mettez la colonne au format Texte" in reasons[0]


def test_names() -> None:
    assert one_value("Nom d'usage", "  N’Diaye-Saint  Éloi ", "nom_usage") == "N’Diaye-Saint Éloi"
    assert one_value("Nom d'usage", "Du\u200bpont", "nom_usage") == "Dupont"
    assert one_value("Nom d'usage", "Le\u00a0Gall", "nom_usage") == "Le Gall"
    assert one_value("Nom d'usage", "A" * 100, "nom_usage") == "A" * 100


@pytest.mark.parametrize(
    ("name", "reason"),
    [
        ("", "nom manquant"),
        ("   ", "nom manquant"),
        ("A" * 101, "nom trop long (101 caractères, 100 au maximum)"),
        ("Dupont2", "nom invalide « Dupont2 » : chiffres ou symboles inattendus"),
        ("Du@pont", "nom invalide « Du@pont » : chiffres ou symboles inattendus"),
        ("---", "nom invalide « --- » : chiffres ou symboles inattendus"),
        (
            "Du\npont",
            "nom invalide « Du↵pont » : caractère invisible ou de contrôle "
            "(retour à la ligne, tabulation…)",
        ),
        (
            "Dupont\u202e",
            "nom invalide « Dupont� » : caractère invisible ou de contrôle "
            "(retour à la ligne, tabulation…)",
        ),
        (
            "Du\x07pont",
            "nom invalide « Du�pont » : caractère invisible ou de contrôle "
            "(retour à la ligne, tabulation…)",
        ),
    ],
)
def test_name_refusals(name: str, reason: str) -> None:
    assert only_reasons(parse([[name, "Éloïse", "04/07/2005", "F"]])) == [reason]


def test_long_values_are_shortened_in_the_report() -> None:
    (reason,) = only_reasons(parse([["DUPONT", "Éloïse", "9" * 80, "F"]]))
    assert "« " + "9" * 39 + "… »" in reason


def test_custody_dates() -> None:
    header = [*HEADER, "Date d'écrou", "Date de libération prévue"]
    assert parse([[*ROW, "01/01/2025", "01/01/2031"]], header).rows  # release may be future
    assert only_reasons(parse([[*ROW, "16/06/2025", ""]], header)) == [
        "date d'écrou « 16/06/2025 » dans le futur"
    ]
    assert only_reasons(parse([[*ROW, "01/01/2025", "31/12/2024"]], header)) == [
        "date de libération prévue « 31/12/2024 » antérieure à la date d'écrou"
    ]
    assert only_reasons(parse([[*ROW, "01/01/2015", ""]], header)) == [
        "date d'écrou « 01/01/2015 » : la personne avait moins de 13 ans à cette date"
    ]
    assert only_reasons(parse([[*ROW, "", "01/01/2099"]], header)) == [
        "date de libération prévue « 01/01/2099 » improbable"
    ]


def test_every_problem_of_a_row_is_reported() -> None:
    header = [*HEADER, "Téléphone", "Email"]
    reasons = only_reasons(parse([["", "Éloïse", "31/02/2001", "Z", "12", "x"]], header))
    assert reasons == [
        "nom manquant",
        "date de naissance invalide « 31/02/2001 »",
        "sexe invalide « Z » : valeurs acceptées : F, H, NR ou vide",
        "téléphone invalide « 12 »",
        "adresse e-mail invalide « x »",
    ]


def test_extra_cells() -> None:
    reasons = only_reasons(parse([[*ROW, "", "oups"]]))
    assert reasons == [
        "1 cellule(s) remplie(s) au-delà de la dernière colonne (séparateur en trop dans une "
        "cellule ?)"
    ]
    assert parse([[*ROW, "", "  "]]).rows  # empty trailing cells are harmless


def test_short_rows_are_padded() -> None:
    result = parse([["DUPONT", "Éloïse", "04/07/2005"]], [*HEADER, "Commune"])
    assert result.rows[0].jeune["sexe"] == "non_renseigne"


def test_duplicates_within_the_file() -> None:
    header = [*HEADER, "i-milo"]
    result = parse(
        [
            [*ROW, "111"],
            ["Dupont", "Eloise", "2005-07-04", "F", "222"],
            ["MARTIN", "Zoé", "01/01/2004", "F", "111"],
        ],
        header,
    )
    assert [row.line for row in result.rows] == [2]
    assert result.rejected == [
        RejectedRow(
            3, ["même jeune que la ligne 2 (nom, prénom et date de naissance identiques)"], 3
        ),
        RejectedRow(4, ["identifiant i-milo déjà présent ligne 2"], 4),
    ]


def test_duplicates_are_found_with_the_search_folding() -> None:
    # The same folding as the application's search (core.textnorm.fold): "Œ" reads as "OE".
    result = parse([["Œdipe", "Anaïs", "01/01/2004", "F"], ["OEDIPE", "ANAIS", "01/01/2004", "F"]])
    assert [row.line for row in result.rows] == [2]
    assert result.rejected == [
        RejectedRow(
            3, ["même jeune que la ligne 2 (nom, prénom et date de naissance identiques)"], 3
        )
    ]


# --- line numbers and report -------------------------------------------------------------------


def test_line_numbers_with_line_breaks_in_quoted_cells() -> None:
    header = [*HEADER, "Observations"]
    rows = [
        [*ROW, "première ligne\ndeuxième ligne\ntroisième"],  # row 2, text lines 2-4
        ["MARTIN", "Zoé", "31/02/2001", "F", "x"],  # row 3, text line 5
        [],  # row 4, text line 6
        ["BERNARD", "Luc", "01/01/2004", "H", "a\r\nb"],  # row 5, text lines 7-8
        ["PETIT", "Ana", "01/01/1980", "F", ""],  # row 6, text line 9
    ]
    result = parse(rows, header)
    assert [(r.line, r.text_line) for r in result.rows] == [(2, 2), (5, 7)]
    assert [(r.line, r.text_line) for r in result.rejected] == [(3, 5), (6, 9)]
    report = format_report(result)
    assert "Ligne 3 : date de naissance invalide « 31/02/2001 »." in report
    assert "Ligne 6 : date de naissance « 01/01/1980 »" in report


def test_report() -> None:
    header = [*HEADER, "Téléphone", "Observations"]
    rows = [
        [*ROW, "", "RAS"],
        ["MARTIN", "Zoé", "01/01/2004", "F", "", ""],
        ["PETIT", "Ana", "31/02/2001", "F", "12", ""],
    ]
    report = format_report(parse_csv(make_csv(rows, header, encoding="cp1252"), TODAY))
    assert report == (
        "Fichier lu : encodage Windows-1252, séparateur point-virgule.\n"
        "2 lignes prêtes à importer, 1 ligne refusée.\n"
        "\n"
        "Lignes refusées (corrigez-les dans le tableur puis relancez l'import) :\n"
        "Ligne 4 : date de naissance invalide « 31/02/2001 » ; téléphone invalide « 12 ».\n"
        "\n"
        "Colonnes ignorées (non reconnues) : « Observations »."
    )


def test_nothing_from_the_file_is_logged(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    parse([["DUPONT", "Éloïse", "31/02/2001", "F"], ROW])
    assert not [
        r for r in caplog.records if "DUPONT" in r.getMessage() or "Éloïse" in r.getMessage()
    ]


def test_documentation_is_generated_from_columns() -> None:
    assert intake.__doc__ is not None
    assert columns_markdown() in intake.__doc__
    assert [c.key for c in COLUMNS if c.required] == ["nom", "prenom", "date_naissance", "sexe"]
    for column in COLUMNS:
        assert f"| {column.key} |" in columns_markdown()


# --- properties --------------------------------------------------------------------------------

# French letters whose Windows-1252 bytes are all >= 0xC0: such text is never valid UTF-8, so
# the encoding guess is unambiguous (œ, Œ, Ÿ and ’ sit in 0x80-0x9F and could, in rare
# combinations, form valid UTF-8).
LETTERS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZéèêëàâäîïôöùûüçÉÈÊËÀÂÎÏÔÖÙÛÜÇñÑ"

words = st.text(alphabet=LETTERS, min_size=1, max_size=12)


@st.composite
def names(draw: st.DrawFn) -> str:
    parts = draw(st.lists(words, min_size=1, max_size=4))
    separators = draw(st.lists(st.sampled_from([" ", "-", "'"]), min_size=len(parts)))
    name = parts[0]
    for separator, part in zip(separators, parts[1:], strict=False):
        name += separator + part
    return name[:100]


YOUNGEST = date(TODAY.year - 13, TODAY.month, TODAY.day)
OLDEST = date(TODAY.year - 31, TODAY.month, TODAY.day) + timedelta(days=1)
SEXES = {
    "F": "femme",
    "Femme": "femme",
    "H": "homme",
    "M": "homme",
    "NR": "non_renseigne",
    "": "non_renseigne",
}


@st.composite
def youths(draw: st.DrawFn) -> tuple[list[str], dict[str, str | None]]:
    nom, prenom = draw(names()), draw(names())
    born = draw(st.dates(min_value=OLDEST, max_value=YOUNGEST))
    date_format = draw(st.sampled_from(["%d/%m/%Y", "%d-%m-%Y", "%Y-%m-%d"]))
    sexe = draw(st.sampled_from(sorted(SEXES)))
    phone_digits = draw(st.none() | st.text(alphabet="0123456789", min_size=8, max_size=8))
    phone_prefix = draw(st.sampled_from(["06", "07", "01", "09"]))
    phone_written, phone = "", None
    if phone_digits is not None:
        national = phone_prefix + phone_digits
        phone = " ".join(national[i : i + 2] for i in range(0, 10, 2))
        phone_written = draw(
            st.sampled_from([national, phone, phone.replace(" ", "."), "+33" + national[1:]])
        )
    commune = draw(st.none() | names())
    cells = [nom, prenom, born.strftime(date_format), sexe, phone_written, commune or ""]
    expected: dict[str, str | None] = {
        "nom_naissance": nom,
        "nom_usage": None,
        "prenoms": prenom,
        "sexe": SEXES[sexe],
        "date_naissance": born.isoformat(),
        "telephone": phone,
        "email": None,
        "id_imilo": None,
        "id_france_travail": None,
        "commune": commune,
    }
    return cells, expected


def _identity(youth: tuple[list[str], dict[str, str | None]]) -> tuple[str, ...]:
    jeune = youth[1]
    return tuple(fold(str(jeune[k])) for k in ("nom_naissance", "prenoms", "date_naissance"))


@settings(deadline=None)
@given(
    people=st.lists(youths(), min_size=1, max_size=8, unique_by=_identity),
    delimiter=st.sampled_from([";", ",", "\t"]),
    encoding=st.sampled_from(["utf-8", "utf-8-sig", "cp1252"]),
    lineterminator=st.sampled_from(["\r\n", "\n"]),
)
def test_valid_rows_round_trip(
    people: list[tuple[list[str], dict[str, str | None]]],
    delimiter: str,
    encoding: str,
    lineterminator: str,
) -> None:
    header = [*HEADER, "Téléphone", "Commune"]
    data = make_csv([cells for cells, _ in people], header, delimiter, encoding, lineterminator)
    result = parse_csv(data, TODAY)
    assert result.rejected == []
    assert [row.jeune for row in result.rows] == [expected for _, expected in people]
    assert [row.line for row in result.rows] == list(range(2, 2 + len(people)))
    assert result.delimiter == delimiter
    if encoding == "cp1252" and data.isascii():
        assert result.encoding == "utf-8"
    else:
        assert result.encoding == encoding


@settings(deadline=None)
@given(st.binary(max_size=3000))
def test_arbitrary_bytes_never_crash(data: bytes) -> None:
    try:
        result = parse_csv(data, TODAY)
    except InputRejected:
        return
    format_report(result)


@settings(deadline=None)
@given(st.binary(max_size=2000))
def test_arbitrary_bytes_after_a_valid_header_never_crash(tail: bytes) -> None:
    header = ";".join(c.key for c in COLUMNS).encode() + b"\r\n"
    try:
        result = parse_csv(header + tail, TODAY)
    except InputRejected:
        return
    format_report(result)


cell_text = st.text(alphabet=st.characters(codec="utf-8"), max_size=30)


@settings(deadline=None)
@given(rows=st.lists(st.lists(cell_text, max_size=len(COLUMNS) + 2), max_size=6))
def test_arbitrary_cells_never_crash(rows: list[list[str]]) -> None:
    header = [*(c.key for c in COLUMNS), "Observations"]
    try:
        result = parse_csv(make_csv(rows, header), TODAY)
    except InputRejected:
        return
    non_blank = [row for row in rows if any(cell.strip() for cell in row)]
    assert len(result.rows) + len(result.rejected) == len(non_blank)
    assert all(rejected.reasons for rejected in result.rejected)
    lines = sorted([r.line for r in result.rows] + [r.line for r in result.rejected])
    assert len(set(lines)) == len(lines)
    assert all(2 <= line <= len(rows) + 1 for line in lines)
    format_report(result)


@st.composite
def files_with_multiline_cells(draw: st.DrawFn) -> tuple[bytes, dict[int, bool], dict[int, int]]:
    """A file whose records hold 0-3 line breaks; returns expected rows and text lines."""
    records = draw(
        st.lists(
            st.tuples(
                st.booleans(), st.integers(0, 3), st.booleans(), st.sampled_from(["\n", "\r\n"])
            ),
            min_size=1,
            max_size=10,
        )
    )
    text = "Nom;Prénom;Date de naissance;Sexe;Observations\r\n"
    row, text_line = 1, 1
    valid_by_row: dict[int, bool] = {}
    text_line_by_row: dict[int, int] = {}
    for index, (valid, breaks, blank_after, newline) in enumerate(records):
        row += 1
        text_line += 1
        birth = "01/01/2004" if valid else "31/02/2001"
        note = newline.join(["note"] * (breaks + 1))
        text += f'NOM{chr(65 + index)};Ana;{birth};F;"{note}"\r\n'
        valid_by_row[row] = valid
        text_line_by_row[row] = text_line
        text_line += breaks
        if blank_after:
            text += "\r\n"
            row += 1
            text_line += 1
    return text.encode(), valid_by_row, text_line_by_row


@settings(deadline=None)
@given(files_with_multiline_cells())
def test_line_numbers_are_spreadsheet_rows(
    case: tuple[bytes, dict[int, bool], dict[int, int]],
) -> None:
    data, valid_by_row, text_line_by_row = case
    result = parse_csv(data, TODAY)
    assert [r.line for r in result.rows] == [n for n, ok in valid_by_row.items() if ok]
    assert [r.line for r in result.rejected] == [n for n, ok in valid_by_row.items() if not ok]
    records: list[CsvRow | RejectedRow] = [*result.rows, *result.rejected]
    for record in records:
        assert record.text_line == text_line_by_row[record.line]
    report = format_report(result)
    for rejected in result.rejected:
        assert f"Ligne {rejected.line} : date de naissance invalide « 31/02/2001 »." in report


FORBIDDEN_TITLES = [
    "Infraction", "Délit", "Motif d'incarcération", "Peine", "Casier", "Condamnation",
    "Quantum", "Faits", "Numéro d'écrou", "Motif de détention",
]  # fmt: skip


@given(
    title=st.sampled_from(FORBIDDEN_TITLES),
    transform=st.sampled_from([str.upper, str.lower, str.title, lambda s: f"  {s} "]),
    position=st.integers(0, len(HEADER)),
    delimiter=st.sampled_from([";", ","]),
)
def test_forbidden_column_anywhere_refuses_the_file(
    title: str, transform: Callable[[str], str], position: int, delimiter: str
) -> None:
    header = list(HEADER)
    header.insert(position, transform(title))
    row = list(ROW)
    row.insert(position, "x")
    with pytest.raises(InputRejected, match="article 10 du RGPD"):
        parse_csv(make_csv([row], header, delimiter), TODAY)
