"""The column catalogue: what each column of the spreadsheet means, declaratively.

One ``ColumnSpec`` per column says its name in the file, the other titles accepted, where its
value goes (table and field) and which cell parser reads it. Header recognition, row parsing,
the report and the documentation are all driven by ``COLUMNS``: adding a column (a history
column such as an accompaniment, a contact or a situation) is one entry here plus, for a new
table, the applying step. The order of ``COLUMNS`` is the order a row's cells are read, hence
the order of a refused row's reasons.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..core.i18n import QT_TRANSLATE_NOOP, tr
from . import cells
from .cells import CellParser

__all__ = [
    "COLUMNS",
    "FORBIDDEN_PAIRS",
    "FORBIDDEN_WORDS",
    "ColumnSpec",
    "Target",
    "documented_columns",
    "label",
]

_CTX = "CsvImport"


@dataclass(frozen=True)
class Target:
    """Where a column's value is stored: a table and one of its fields."""

    table: str
    field: str


@dataclass(frozen=True)
class ColumnSpec:
    """One documented column. ``key`` is the name to use in the file.

    ``label`` names the column in the report's messages (a translation source); ``parse`` reads
    a cell (see ``cells.CellParser``); ``default`` stands in for an absent column.
    """

    key: str
    required: bool
    synonyms: tuple[str, ...]
    content: str
    example: str
    label: str
    target: Target
    parse: CellParser
    default: str | None = None


COLUMNS: tuple[ColumnSpec, ...] = (
    ColumnSpec(
        "nom",
        True,
        ("nom de naissance", "nom de famille", "nom patronymique"),
        QT_TRANSLATE_NOOP(_CTX, "Nom de naissance, 100 caractères au plus"),
        "DUPONT",
        label=QT_TRANSLATE_NOOP(_CTX, "nom"),
        target=Target("jeune", "nom_naissance"),
        parse=cells.required_name,
    ),
    ColumnSpec(
        "prenom",
        True,
        ("prénom", "prénoms", "prénom(s)"),
        QT_TRANSLATE_NOOP(_CTX, "Prénom(s), 100 caractères au plus"),
        "Éloïse",
        label=QT_TRANSLATE_NOOP(_CTX, "prénom"),
        target=Target("jeune", "prenoms"),
        parse=cells.required_name,
    ),
    ColumnSpec(
        "nom_usage",
        False,
        ("nom d'usage", "nom usuel", "nom marital"),
        QT_TRANSLATE_NOOP(_CTX, "Nom d'usage s'il diffère du nom de naissance"),
        "MARTIN",
        label=QT_TRANSLATE_NOOP(_CTX, "nom d'usage"),
        target=Target("jeune", "nom_usage"),
        parse=cells.optional_name,
    ),
    ColumnSpec(
        "date_naissance",
        True,
        ("date de naissance", "né le", "née le", "né(e) le", "naissance", "date naissance"),
        QT_TRANSLATE_NOOP(
            _CTX,
            "jj/mm/aaaa, jj-mm-aaaa ou aaaa-mm-jj ; 13 à 35 ans à la date des faits",
        ),
        "04/07/2005",
        label=QT_TRANSLATE_NOOP(_CTX, "date de naissance"),
        target=Target("jeune", "date_naissance"),
        parse=cells.birth_date,
    ),
    ColumnSpec(
        "sexe",
        True,
        ("genre", "civilité"),
        QT_TRANSLATE_NOOP(
            _CTX, "F, Femme, Féminin, H, Homme, M, Masculin, NR ou vide (non renseigné)"
        ),
        "F",
        label=QT_TRANSLATE_NOOP(_CTX, "sexe"),
        target=Target("jeune", "sexe"),
        parse=cells.sexe,
        default="non_renseigne",
    ),
    ColumnSpec(
        "telephone",
        False,
        (
            "téléphone",
            "tél",
            "portable",
            "mobile",
            "numéro de téléphone",
            "n° de téléphone",
            "téléphone portable",
        ),
        QT_TRANSLATE_NOOP(_CTX, "Numéro français à 10 chiffres ou numéro international en +33…"),
        "06 12 34 56 78",
        label=QT_TRANSLATE_NOOP(_CTX, "téléphone"),
        target=Target("jeune", "telephone"),
        parse=cells.telephone,
    ),
    ColumnSpec(
        "email",
        False,
        (
            "e-mail",
            "mail",
            "courriel",
            "adresse mail",
            "adresse e-mail",
            "adresse électronique",
        ),
        QT_TRANSLATE_NOOP(_CTX, "Adresse électronique"),
        "eloise.dupont@exemple.fr",
        label=QT_TRANSLATE_NOOP(_CTX, "adresse e-mail"),
        target=Target("jeune", "email"),
        parse=cells.email,
    ),
    ColumnSpec(
        "etablissement",
        False,
        (
            "établissement",
            "établissement pénitentiaire",
            "lieu de détention",
            "prison",
            "centre pénitentiaire",
        ),
        QT_TRANSLATE_NOOP(_CTX, "Nom de l'établissement pénitentiaire, texte libre"),
        "Centre pénitentiaire de Fresnes",
        label=QT_TRANSLATE_NOOP(_CTX, "établissement"),
        target=Target("suivi_judiciaire", "etablissement"),
        parse=cells.establishment,
    ),
    ColumnSpec(
        "milieu",
        False,
        ("milieu fermé/ouvert", "type de milieu"),
        QT_TRANSLATE_NOOP(_CTX, "fermé ou ouvert"),
        "fermé",
        label=QT_TRANSLATE_NOOP(_CTX, "milieu"),
        target=Target("suivi_judiciaire", "milieu"),
        parse=cells.milieu,
    ),
    ColumnSpec(
        "date_ecrou",
        False,
        (
            "date d'écrou",
            "date écrou",
            "date d'incarcération",
            "date d'entrée en détention",
            "écroué le",
        ),
        QT_TRANSLATE_NOOP(_CTX, "Même format que la date de naissance ; pas dans le futur"),
        "12/01/2024",
        label=QT_TRANSLATE_NOOP(_CTX, "date d'écrou"),
        target=Target("suivi_judiciaire", "date_ecrou"),
        parse=cells.optional_date,
    ),
    ColumnSpec(
        "date_liberation_prevue",
        False,
        # The end-of-sentence date is the planned release date under another name: mapping it
        # stores nothing more than the release date the application already holds.
        (
            "date de libération prévue",
            "date de libération",
            "libération prévue",
            "date de sortie prévue",
            "date de sortie",
            "date de fin de peine",
            "fin de peine",
            "date de levée d'écrou",
        ),
        QT_TRANSLATE_NOOP(_CTX, "Même format que la date de naissance ; peut être dans le futur"),
        "15/09/2025",
        label=QT_TRANSLATE_NOOP(_CTX, "date de libération prévue"),
        target=Target("suivi_judiciaire", "date_liberation_prev"),
        parse=cells.optional_date,
    ),
    ColumnSpec(
        "id_imilo",
        False,
        ("identifiant i-milo", "id i-milo", "i-milo", "n° i-milo", "numéro i-milo"),
        QT_TRANSLATE_NOOP(_CTX, "Identifiant du jeune dans i-milo (lettres et chiffres)"),
        "1234567",
        label=QT_TRANSLATE_NOOP(_CTX, "identifiant i-milo"),
        target=Target("jeune", "id_imilo"),
        parse=cells.identifier,
    ),
    ColumnSpec(
        "id_france_travail",
        False,
        (
            "identifiant france travail",
            "id france travail",
            "n° france travail",
            "france travail",
            "identifiant pôle emploi",
            "n° pôle emploi",
        ),
        QT_TRANSLATE_NOOP(_CTX, "Identifiant France Travail (ex-Pôle emploi)"),
        "1234567A",
        label=QT_TRANSLATE_NOOP(_CTX, "identifiant France Travail"),
        target=Target("jeune", "id_france_travail"),
        parse=cells.identifier,
    ),
    ColumnSpec(
        "commune",
        False,
        ("ville", "commune de résidence", "lieu de résidence"),
        QT_TRANSLATE_NOOP(_CTX, "Commune de résidence, texte libre"),
        "Créteil",
        label=QT_TRANSLATE_NOOP(_CTX, "commune"),
        target=Target("jeune", "commune"),
        parse=cells.commune,
    ),
)

_BY_KEY = {column.key: column for column in COLUMNS}


def label(key: str) -> str:
    """The column's name as the report shows it, translated."""
    return tr(_CTX, _BY_KEY[key].label)


def documented_columns() -> tuple[ColumnSpec, ...]:
    """The columns as the documentation lists them: the required ones first."""
    return tuple(sorted(COLUMNS, key=lambda column: not column.required))


# Header words that reveal offences, sentences or criminal records (GDPR art. 10 data).
FORBIDDEN_WORDS = frozenset(
    """
    infraction infractions delit delits crime crimes criminel criminelle criminels casier
    condamnation condamnations condamne condamnee condamnes condamnees quantum faits peine
    peines penal penale penales penaux judiciaire judiciaires antecedent antecedents
    accusation inculpation incrimination prevenu prevenue prevenus recidive recidiviste
    sursis tig sme jugement verdict sanction sanctions ecrou parquet
    """.split()
)
# Harmless words that become telling together ("motif d'incarcération", "durée de détention").
FORBIDDEN_PAIRS: tuple[frozenset[str], ...] = tuple(
    frozenset(pair)
    for pair in (
        ("motif", "incarceration"),
        ("motif", "detention"),
        ("motif", "placement"),
        ("motif", "arrestation"),
        ("motif", "interpellation"),
        ("duree", "detention"),
        ("duree", "incarceration"),
        ("mise", "examen"),
        ("mandat", "depot"),
        ("nature", "affaire"),
        ("numero", "affaire"),
    )
)
