"""Every table of the activity report, number by number, on the hand-built data set.

Expected values are (Ensemble, PLIE, Hors PLIE); they follow from the comments of
``test_activity_dataset.py``. The report without a split must equal the "Ensemble" column, and
the FSE and dispositif splits are checked where they differ from the PLIE one (youth-level vs
accompaniment-level membership).
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest

from dedans_dehors_desktop.core.errors import ValidationError
from dedans_dehors_desktop.reports.activity.model import ActivityReport, CountRow, StatRow
from dedans_dehors_desktop.reports.activity.period import Period, parse_split
from dedans_dehors_desktop.reports.activity.tables import age_band, compute_report, new_scale

from .test_activity_dataset import PERIOD, Dataset, open_dataset

EXPECTED: dict[str, dict[str, tuple[int, int, int]]] = {
    "populations": {
        "file_active": (6, 2, 4),
        "jeunes_entres": (5, 2, 3),
        "entrees": (6, 2, 4),
        "jeunes_sortis": (4, 2, 2),
        "sorties": (4, 2, 2),
        "contacts": (19, 10, 9),
        "levees": (3, 0, 3),
    },
    "sexe": {"femme": (1, 1, 0), "homme": (4, 1, 3), "nr": (1, 0, 1), "total": (6, 2, 4)},
    "age": {
        "mineurs": (1, 0, 1),
        "18_21": (2, 2, 0),
        "22_25": (2, 0, 2),
        "26_plus": (1, 0, 1),
        "nr": (0, 0, 0),
        "total": (6, 2, 4),
    },
    "niveau_ancien": {
        "VI": (1, 0, 1),
        "Vbis": (1, 0, 1),
        "V": (1, 1, 0),
        "IV": (1, 0, 1),
        "III": (1, 1, 0),
        "nr": (1, 0, 1),
        "total": (6, 2, 4),
    },
    "niveau_nouveau": {
        "infra3": (2, 0, 2),
        "3": (1, 1, 0),
        "4": (1, 0, 1),
        "5plus": (1, 1, 0),
        "nr": (1, 0, 1),
        "total": (6, 2, 4),
    },
    "qpv": {"oui": (2, 0, 2), "non": (2, 2, 0), "nr": (2, 0, 2), "total": (6, 2, 4)},
    "plie": {"oui": (2, 2, 0), "non": (3, 0, 3), "nr": (1, 0, 1), "total": (6, 2, 4)},
    "rqth": {"oui": (1, 1, 0), "non": (3, 1, 2), "nr": (2, 0, 2), "total": (6, 2, 4)},
    "milieu": {"ferme": (3, 0, 3), "ouvert": (3, 2, 1), "nr": (0, 0, 0), "total": (6, 2, 4)},
    "origine": {
        "spip": (2, 2, 0),
        "pjj": (1, 0, 1),
        "etablissement": (1, 0, 1),
        "jeune": (1, 0, 1),
        "partenaire": (0, 0, 0),
        "nr": (1, 0, 1),
        "total": (6, 2, 4),
    },
    "logement": {
        "autonome": (1, 0, 1),
        "famille": (1, 0, 1),
        "tiers": (1, 1, 0),
        "precaire": (1, 0, 1),
        "sans_domicile": (1, 1, 0),
        "nr": (1, 0, 1),
        "total": (6, 2, 4),
    },
    "permis": {
        "aucun": (3, 1, 2),
        "en_cours": (1, 1, 0),
        "B": (1, 0, 1),
        "nr": (1, 0, 1),
        "total": (6, 2, 4),
    },
    "annee_entree": {"2024": (2, 0, 2), "2025": (4, 2, 2), "nr": (0, 0, 0), "total": (6, 2, 4)},
    "contacts_type": {
        "entretien": (11, 4, 7),
        "demarche": (1, 1, 0),
        "ecrit": (2, 2, 0),
        "appel": (2, 1, 1),
        "atelier": (1, 1, 0),
        "mediation": (1, 0, 1),
        "tripartite": (1, 1, 0),
        "nr": (0, 0, 0),
        "total": (19, 10, 9),
    },
    "contacts_theme": {
        "projet_pro": (3, 1, 2),
        "emploi": (9, 6, 3),
        "formation": (3, 1, 2),
        "logement": (2, 2, 0),
        "sante": (2, 0, 2),
        "droits": (1, 1, 0),
        "loisirs": (0, 0, 0),
        "justice": (3, 0, 3),
        "sans_theme": (1, 1, 0),
        "total": (19, 10, 9),
    },
    "contacts_lieu": {
        "intra_muros": (6, 0, 6),
        "hors_murs": (13, 10, 3),
        "mission_locale": (10, 8, 2),
        "spip": (1, 1, 0),
        "partenaire": (1, 1, 0),
        "nr": (1, 0, 1),
        "total": (19, 10, 9),
    },
    "contacts_mois": {
        "2025-01": (2, 1, 1),
        "2025-02": (3, 1, 2),
        "2025-03": (3, 2, 1),
        "2025-04": (2, 1, 1),
        "2025-05": (2, 1, 1),
        "2025-06": (3, 2, 1),
        "2025-07": (1, 1, 0),
        "2025-08": (2, 1, 1),
        "2025-09": (0, 0, 0),
        "2025-10": (1, 0, 1),
        "2025-11": (0, 0, 0),
        "2025-12": (0, 0, 0),
        "total": (19, 10, 9),
    },
    "contacts_par_jeune": {
        "1": (0, 0, 0),
        "2": (4, 0, 4),
        "4": (1, 1, 0),
        "6": (1, 1, 0),
        "11": (0, 0, 0),
        "21": (0, 0, 0),
        "total": (6, 2, 4),
    },
    "delai": {
        "0": (2, 2, 0),
        "8": (0, 0, 0),
        "16": (1, 0, 1),
        "31": (1, 0, 1),
        "61": (0, 0, 0),
        "sans_entretien": (1, 0, 1),
        "total": (5, 2, 3),
    },
    "continuite": {"total": (3, 0, 3), "vu_7": (1, 0, 1), "vu_30": (2, 0, 2), "non_vu": (1, 0, 1)},
    "situations": {
        "cat_emploi": (2, 1, 1),
        "cdi": (1, 1, 0),
        "cdd": (1, 0, 1),
        "interim": (0, 0, 0),
        "alternance": (0, 0, 0),
        "apprentissage": (0, 0, 0),
        "professionnalisation": (0, 0, 0),
        "contrat_aide": (0, 0, 0),
        "iae": (0, 0, 0),
        "creation": (0, 0, 0),
        "cat_formation": (1, 1, 0),
        "mobilisation": (0, 0, 0),
        "preformation": (0, 0, 0),
        "qualification": (1, 1, 0),
        "cat_immersion": (1, 0, 1),
        "pmsmp": (1, 0, 1),
        "service_civique": (0, 0, 0),
        "cat_autre": (0, 0, 0),
        "incarceration": (0, 0, 0),
        "scolarite": (0, 0, 0),
        "total": (4, 2, 2),
        "jeunes": (3, 2, 1),
    },
    "motifs_sortie": {
        "emploi_durable": (1, 1, 0),
        "emploi_court": (0, 0, 0),
        "formation": (0, 0, 0),
        "service_civique": (0, 0, 0),
        "limite_age": (0, 0, 0),
        "demenagement": (0, 0, 0),
        "reincarceration": (1, 1, 0),
        "perte_contact": (1, 0, 1),
        "abandon": (1, 0, 1),
        "autre": (0, 0, 0),
        "nr": (0, 0, 0),
        "total": (4, 2, 2),
    },
    "amenagements_prepares": {
        "semi_liberte": (1, 0, 1),
        "placement_exterieur": (0, 0, 0),
        "ddse": (1, 0, 1),
        "liberation_conditionnelle": (0, 0, 0),
        "lsc": (1, 0, 1),
        "permission": (0, 0, 0),
        "nr": (0, 0, 0),
        "total": (3, 0, 3),
    },
    "amenagements_accordes": {
        "semi_liberte": (0, 0, 0),
        "placement_exterieur": (0, 0, 0),
        "ddse": (1, 0, 1),
        "liberation_conditionnelle": (0, 0, 0),
        "lsc": (0, 0, 0),
        "permission": (0, 0, 0),
        "nr": (0, 0, 0),
        "total": (1, 0, 1),
    },
    "sorties_detention": {
        "amenagement": (1, 0, 1),
        "lsc": (0, 0, 0),
        "seche": (2, 0, 2),
        "remise_liberte": (0, 0, 0),
        "transfert": (0, 0, 0),
        "nr": (0, 0, 0),
        "total": (3, 0, 3),
    },
    "reincarcerations": {
        "jeunes": (1, 1, 0),
        "situation": (1, 1, 0),
        "motif": (1, 1, 0),
        "revocation": (0, 0, 0),
    },
}

ETABLISSEMENTS = {
    "Centre pénitentiaire du Sud": (1, 0, 1),
    "Maison d'arrêt du Nord": (2, 0, 2),
    "nr": (3, 2, 1),
    "total": (6, 2, 4),
}

STATS = {
    "contacts_par_jeune": {
        "contacts_moyenne": ((19 / 6, 10 / 2, 9 / 4), (6, 2, 4)),
        "contacts_mediane": ((2.5, 5.0, 2.0), (6, 2, 4)),
    },
    "delai": {
        "delai_moyenne": ((73 / 4, 3.5, 33.0), (4, 2, 2)),
        "delai_mediane": ((10.5, 3.5, 33.0), (4, 2, 2)),
    },
}


@pytest.fixture(scope="module")
def data(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Dataset]:
    yield from open_dataset(tmp_path_factory.mktemp("activite") / "store")


@pytest.fixture(scope="module")
def by_plie(data: Dataset) -> ActivityReport:
    return compute_report(data.store.db, PERIOD, parse_split("plie"))


def _counts(report: ActivityReport, key: str) -> dict[str, tuple[int, ...]]:
    return {r.key: r.counts for r in report.table(key).rows if isinstance(r, CountRow)}


@pytest.mark.parametrize("table", sorted(EXPECTED))
def test_every_table_number_by_number_with_the_plie_split(
    by_plie: ActivityReport, table: str
) -> None:
    assert _counts(by_plie, table) == EXPECTED[table]


def test_establishments_are_named_and_sorted(by_plie: ActivityReport) -> None:
    rows = [r for r in by_plie.table("etablissement").rows if isinstance(r, CountRow)]
    labelled = {r.label if r.key not in ("nr", "total") else r.key: r.counts for r in rows}
    assert labelled == ETABLISSEMENTS
    assert [r.label for r in rows[:2]] == ["Centre pénitentiaire du Sud", "Maison d'arrêt du Nord"]


@pytest.mark.parametrize("table", sorted(STATS))
def test_means_and_medians(by_plie: ActivityReport, table: str) -> None:
    stats = {r.key: (r.values, r.n) for r in by_plie.table(table).rows if isinstance(r, StatRow)}
    assert stats.keys() == STATS[table].keys()
    for key, (values, n) in STATS[table].items():
        assert stats[key][1] == n
        assert stats[key][0] == pytest.approx(values)


def test_columns_and_additivity(by_plie: ActivityReport) -> None:
    assert by_plie.columns == ("Ensemble", "PLIE", "Hors PLIE")
    for table in by_plie.tables:
        for row in table.count_rows:
            assert row.counts[0] == row.counts[1] + row.counts[2], (table.key, row.key)
        for total, parts in table.sums:
            for col in range(3):
                assert table.count(total, col) == sum(table.count(p, col) for p in parts), (
                    table.key,
                    total,
                    col,
                )


def test_without_split_the_report_is_the_ensemble_column(
    data: Dataset, by_plie: ActivityReport
) -> None:
    whole = compute_report(data.store.db, PERIOD)
    assert whole.columns == ("Ensemble",)
    assert [t.key for t in whole.tables] == [t.key for t in by_plie.tables]
    for table in whole.tables:
        split = by_plie.table(table.key)
        for row in table.rows:
            other = split.row(row.key)
            if isinstance(row, CountRow):
                assert isinstance(other, CountRow)
                assert row.counts == other.counts[:1], (table.key, row.key)
            else:
                assert isinstance(other, StatRow)
                assert row.values == other.values[:1]


def test_fse_split_youths_by_funded_accompaniment_entries_by_their_own_funding(
    data: Dataset,
) -> None:
    report = compute_report(data.store.db, PERIOD, parse_split("fse"))
    assert report.columns == ("Ensemble", "FSE", "Hors FSE")
    pops = _counts(report, "populations")
    # Youths: Charliezed's 2024 FSE accompaniment runs into 2025, so he is an FSE youth although
    # his 2025 entry (PACEA, Ville) is not FSE funded.
    assert pops["file_active"] == (6, 5, 1)
    assert pops["jeunes_entres"] == (5, 4, 1)
    assert pops["entrees"] == (6, 3, 3)
    assert pops["jeunes_sortis"] == (4, 3, 1)
    assert pops["sorties"] == (4, 3, 1)
    assert pops["levees"] == (3, 3, 0)
    motifs = _counts(report, "motifs_sortie")
    assert motifs["emploi_durable"] == (1, 1, 0)
    assert motifs["perte_contact"] == (1, 1, 0)
    assert motifs["abandon"] == (1, 0, 1)
    assert motifs["reincarceration"] == (1, 1, 0)
    assert _counts(report, "contacts_type")["total"] == (19, 17, 2)


def test_dispositif_split_by_name_ignores_case_and_accents(data: Dataset) -> None:
    report = compute_report(data.store.db, PERIOD, parse_split("dispositif:pacéa"))
    assert report.columns == ("Ensemble", "PACEA", "Hors PACEA")
    pops = _counts(report, "populations")
    assert pops["file_active"] == (6, 2, 4)  # Charliezed (from October) and Echozed
    assert pops["entrees"] == (6, 2, 4)
    assert pops["sorties"] == (4, 0, 4)
    assert _counts(report, "contacts_type")["total"] == (19, 5, 14)


def test_unknown_dispositif_is_a_french_error(data: Dataset) -> None:
    with pytest.raises(ValidationError, match="dispositif"):
        compute_report(data.store.db, PERIOD, parse_split("dispositif:Inconnu"))


def test_a_short_period_counts_only_its_own_days(data: Dataset) -> None:
    report = compute_report(data.store.db, Period(date(2025, 3, 1), date(2025, 3, 31)))
    pops = _counts(report, "populations")
    assert pops["file_active"] == (3,)  # Alphazed, Bravozed, Hotelzed
    assert pops["contacts"] == (3,)
    assert pops["entrees"] == (1,)  # Hotelzed on 3 March
    assert pops["levees"] == (1,)  # Alphazed on 10 March
    assert [k for k, _ in _counts(report, "contacts_mois").items()] == ["2025-03", "total"]
    # Age at 1 March 2025: Alphazed is still 17, Bravozed 22 since February, Hotelzed 19.
    assert _counts(report, "age")["mineurs"] == (1,)
    assert _counts(report, "age")["22_25"] == (1,)


def test_reading_does_not_write_case_data(data: Dataset) -> None:
    conn = data.store.db.conn
    before = conn.execute("SELECT value FROM meta WHERE key = 'seq'").fetchone()
    compute_report(data.store.db, PERIOD, parse_split("plie"), named_list=True)
    assert conn.execute("SELECT value FROM meta WHERE key = 'seq'").fetchone() == before
    assert conn.execute("SELECT name FROM sqlite_temp_master").fetchall() == []


def test_named_list_holds_the_youths_concerned(data: Dataset) -> None:
    report = compute_report(data.store.db, PERIOD, parse_split("plie"), named_list=True)
    named = {n.nom: n for n in report.named}
    # Followed, entered or left in the period: everyone but Golfzed (only released) and the
    # deleted Indiazed.
    assert sorted(named) == [
        "Alphazed",
        "Bravozed",
        "Charliezed",
        "Deltazed",
        "Echozed",
        "Foxtrotzed",
        "Hotelzed",
    ]
    assert named["Foxtrotzed"].file_active is False and named["Foxtrotzed"].sortie is True
    assert named["Deltazed"].entree and named["Deltazed"].groupe == 2
    assert named["Bravozed"].groupe == 1
    assert compute_report(data.store.db, PERIOD).named == ()


@pytest.mark.parametrize(
    ("birth", "band"),
    [
        ("2008-06-30", "mineurs"),
        ("2007-01-02", "mineurs"),
        ("2007-01-01", "18_21"),
        ("2006-12-31", "18_21"),
        ("2003-01-02", "18_21"),
        ("2003-01-01", "22_25"),
        ("1999-01-02", "22_25"),
        ("1999-01-01", "26_plus"),
        (None, "nr"),
        ("n'importe", "nr"),
    ],
)
def test_age_bands_at_the_start_of_the_period(birth: str | None, band: str) -> None:
    assert age_band(birth, date(2025, 1, 1)) == band


@pytest.mark.parametrize(
    ("niveau", "diplome", "scale"),
    [
        ("VI", None, "infra3"),
        ("Vbis", None, "infra3"),
        ("V", None, "3"),
        ("IV", None, "4"),
        ("III", None, "5plus"),
        ("IV", "aucun", "infra3"),
        ("V", "niv3", "3"),
        (None, "niv4", "4"),
        ("III", "niv5", "5plus"),
        (None, "niv6", "5plus"),
        (None, None, "nr"),
    ],
)
def test_new_scale_is_derived_from_diploma_then_level(
    niveau: str | None, diplome: str | None, scale: str
) -> None:
    assert new_scale(niveau, diplome) == scale
