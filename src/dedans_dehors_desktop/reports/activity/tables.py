"""The tables of the activity report (DOMAIN.md, "What funders ask for"), computed exactly.

``compute_report`` reads the store under its lock, set-wise (see ``populations``), and returns an
``ActivityReport`` of exact counts. Definitions are those of the annex (``annex.py``); when one
changes here, change it there.
"""

from __future__ import annotations

import functools
import json
import time
from collections import Counter
from collections.abc import Callable
from datetime import date
from operator import attrgetter
from typing import Any

from ...core import enums as E
from ...core.dates import age_at, format_fr, month_name
from ...core.i18n import QT_TRANSLATE_NOOP as N
from ...storage.connection import Connection
from ...storage.database import Database
from . import populations
from .build import (
    CONTACTS_LINK,
    FOLLOWED_LINK,
    NR,
    RELEASES_LINK,
    SECTION_ACTIVITY,
    SECTION_POPULATIONS,
    SECTION_PUBLIC,
    SECTION_RESULTS,
    TOTAL,
    Tally,
    categorical,
    code,
    stats,
    t,
    with_rows,
)
from .justice import Justice
from .model import ActivityReport, Chart, CountRow, NamedYouth, Row, Table
from .period import Period, Split
from .populations import CONTINUITY_DAYS, Populations

_CTX = "Rapport d'activité"

AGE_BANDS = (
    ("mineurs", N(_CTX, "Mineurs (moins de 18 ans)")),
    ("18_21", N(_CTX, "18 à 21 ans")),
    ("22_25", N(_CTX, "22 à 25 ans")),
    ("26_plus", N(_CTX, "26 ans et plus")),
)

NEW_SCALE = (
    ("infra3", N(_CTX, "Infra 3 / sans qualification")),
    ("3", N(_CTX, "Niveau 3 (CAP, BEP)")),
    ("4", N(_CTX, "Niveau 4 (Bac)")),
    ("5plus", N(_CTX, "Niveau 5 et plus (Bac+2 et au-delà)")),
)

CONTACT_BUCKETS = (
    (1, 1, N(_CTX, "1 contact")),
    (2, 3, N(_CTX, "2 à 3 contacts")),
    (4, 5, N(_CTX, "4 à 5 contacts")),
    (6, 10, N(_CTX, "6 à 10 contacts")),
    (11, 20, N(_CTX, "11 à 20 contacts")),
    (21, None, N(_CTX, "21 contacts et plus")),
)

DELAY_BUCKETS = (
    (0, 7, N(_CTX, "7 jours ou moins")),
    (8, 15, N(_CTX, "8 à 15 jours")),
    (16, 30, N(_CTX, "16 à 30 jours")),
    (31, 60, N(_CTX, "31 à 60 jours")),
    (61, None, N(_CTX, "Plus de 60 jours")),
)

ALTERNANCE = ("apprentissage", "professionnalisation")


def age_band(birth: str | None, at: date) -> str:
    if not birth:
        return NR
    try:
        age = age_at(date.fromisoformat(birth), at)
    except ValueError:
        return NR
    if age < 18:
        return "mineurs"
    if age <= 21:
        return "18_21"
    if age <= 25:
        return "22_25"
    return "26_plus"


_SCALE_BY_DIPLOMA = {"aucun": "infra3", "niv3": "3", "niv4": "4", "niv5": "5plus", "niv6": "5plus"}
_SCALE_BY_LEVEL = {"VI": "infra3", "Vbis": "infra3", "V": "3", "IV": "4", "III": "5plus"}


def new_scale(niveau: str | None, diplome: str | None) -> str:
    """The current scale (Infra 3, 3, 4, 5+), derived: the highest diploma when it is known,
    otherwise the level reached by the official correspondence (old V = new 3, IV = 4, III = 5)."""
    if diplome in _SCALE_BY_DIPLOMA:
        return _SCALE_BY_DIPLOMA[diplome]
    return _SCALE_BY_LEVEL.get(niveau or "", NR)


def _flag(v: int | None) -> str:
    return NR if v is None else ("oui" if v else "non")


def _yes_no() -> list[tuple[str, str]]:
    return [("oui", t("Oui")), ("non", t("Non"))]


def _labelled(choices: E.Choices) -> Callable[[], list[tuple[str, str]]]:
    return choices.labelled


def _known(choices: E.Choices) -> Callable[[Any], str]:
    return functools.partial(code, choices)


# The tables of the followed youths, one line each: key, title, lines, code of a youth's
# field(s), fields, chart. The establishment and the year of entry (lines read from the data)
# are built apart.
def _public_spec(
    start: date,
) -> list[
    tuple[
        str,
        str,
        Callable[[], list[tuple[str, str]]],
        Callable[[Any], str],
        tuple[str, ...],
        Chart | None,
    ]
]:
    return [
        ("sexe", N(_CTX, "Sexe"), lambda: E.SEXE.labelled()[:2],
         lambda v: NR if v == "non_renseigne" else code(E.SEXE, v), ("sexe",), "pie"),
        ("age", N(_CTX, "Tranche d'âge (âge au début de la période)"),
         lambda: [(c, t(lbl)) for c, lbl in AGE_BANDS],
         lambda v: age_band(v, start), ("naissance",), "bar"),
        ("niveau_ancien", N(_CTX, "Niveau de formation atteint (ancienne nomenclature)"),
         _labelled(E.NIVEAU_FORMATION), _known(E.NIVEAU_FORMATION), ("niveau",), None),
        ("niveau_nouveau", N(_CTX, "Niveau de formation (nouvelle nomenclature)"),
         lambda: [(c, t(lbl)) for c, lbl in NEW_SCALE],
         lambda v: new_scale(*v), ("niveau", "diplome"), "bar"),
        ("qpv", N(_CTX, "Résidence en quartier prioritaire (QPV)"), _yes_no, _flag, ("qpv",), None),
        ("plie", N(_CTX, "Adhésion au PLIE"), _yes_no, _flag, ("plie",), None),
        ("rqth", N(_CTX, "Reconnaissance de la qualité de travailleur handicapé (RQTH)"),
         _yes_no, _flag, ("rqth",), None),
        ("milieu", N(_CTX, "Milieu"), _labelled(E.MILIEU), _known(E.MILIEU), ("milieu",), None),
        ("origine", N(_CTX, "Origine du positionnement"), _labelled(E.ORIGINE_POSITIONNEMENT),
         _known(E.ORIGINE_POSITIONNEMENT), ("origine",), None),
        ("logement", N(_CTX, "Logement"), _labelled(E.LOGEMENT), _known(E.LOGEMENT),
         ("logement",), None),
        ("permis", N(_CTX, "Permis de conduire"), _labelled(E.PERMIS), _known(E.PERMIS),
         ("permis",), None),
    ]  # fmt: skip


class _Builder:
    """Computes every table from the populations and the scratch tables of one report."""

    def __init__(self, conn: Connection, pop: Populations) -> None:
        self.conn = conn
        self.pop = pop
        self.ncols = pop.ncols
        self.start = pop.period.start.isoformat()
        self.end = pop.period.end.isoformat()
        self.total_youths = t("Total des jeunes suivis")
        self.followed_by_group: dict[int, list[populations.Youth]] = {}
        for jid in pop.followed:
            grp = pop.youth_group.get(jid, 1)
            self.followed_by_group.setdefault(grp, []).append(pop.youths[jid])

    def tally(self) -> Tally:
        return Tally(self.ncols)

    def followed_tally(self, code_of: Callable[[Any], str], *fields: str) -> Tally:
        """Followed youths counted by the code of their ``fields``.

        The raw values are counted first (``Counter`` over ``attrgetter``, C speed), then each
        distinct value is turned into its code once.
        """
        tally = self.tally()
        for grp, youths in self.followed_by_group.items():
            for raw, n in Counter(map(attrgetter(*fields), youths)).items():
                tally.add(code_of(raw), self.pop.columns_of_group(grp), n)
        return tally

    def counter_tally(self, counter: Counter[tuple[int, str | None]]) -> Tally:
        """A tally from contacts counted per (split group, value)."""
        tally = self.tally()
        for (grp, key), n in counter.items():
            tally.add(NR if key is None else key, self.pop.columns_of_group(grp), n)
        return tally

    # --- populations ---------------------------------------------------------------------------

    def populations(self) -> Table:
        pop = self.pop
        tally = self.tally()
        for jid in pop.followed:
            tally.add("file_active", pop.columns_of_youth(jid))
        for jid in {a.jeune_id for a in pop.entries}:
            tally.add("jeunes_entres", pop.columns_of_youth(jid))
        for a in pop.entries:
            tally.add("entrees", pop.columns_of_acc(a))
        for jid in {a.jeune_id for a in pop.exits}:
            tally.add("jeunes_sortis", pop.columns_of_youth(jid))
        for a in pop.exits:
            tally.add("sorties", pop.columns_of_acc(a))
        for r in pop.releases:
            tally.add("levees", pop.columns_of_youth(r.jeune_id))
        for jid, n in pop.contacts.per_youth.items():
            tally.add("contacts", pop.columns_of_youth(jid), n)
        rows = (
            CountRow(
                "file_active",
                t("Jeunes suivis (file active : au moins un contact)"),
                tally.get("file_active"),
            ),
            CountRow(
                "jeunes_entres",
                t("Nouveaux entrants (jeunes entrés en accompagnement)"),
                tally.get("jeunes_entres"),
            ),
            CountRow("entrees", t("Entrées en accompagnement"), tally.get("entrees"), indent=1),
            CountRow(
                "jeunes_sortis", t("Jeunes sortis d'accompagnement"), tally.get("jeunes_sortis")
            ),
            CountRow("sorties", t("Sorties d'accompagnement"), tally.get("sorties"), indent=1),
            CountRow(
                "contacts", t("Contacts (entretiens et démarches réalisés)"), tally.get("contacts")
            ),
            CountRow(
                "levees", t("Levées d'écrou de jeunes suivis ou accompagnés"), tally.get("levees")
            ),
        )
        return Table(
            "populations",
            SECTION_POPULATIONS,
            t("Jeunes, entrées, sorties et contacts"),
            t("effectifs"),
            rows,
            base=None,
            links=(
                ("file_active", "jeunes_suivis"),
                ("jeunes_entres", "jeunes_entres"),
                ("entrees", "entrees"),
                ("sorties", "sorties"),
                ("contacts", "contacts"),
                ("levees", "levees"),
            ),
            at_most=(("jeunes_entres", ("entrees",)), ("jeunes_sortis", ("sorties",))),
            note=t(
                "Un jeune entré deux fois dans la période compte pour un nouvel "
                "entrant et pour deux entrées."
            ),
        )

    # --- public ---------------------------------------------------------------------------------

    def public(self) -> list[Table]:
        start = self.pop.period.start
        tables = [
            categorical(
                key,
                SECTION_PUBLIC,
                t(title),
                t("jeunes"),
                items(),
                self.followed_tally(code_of, *fields),
                nr_label=t("Non renseigné"),
                total_label=self.total_youths,
                chart=chart,
                links=FOLLOWED_LINK,
            )
            for key, title, items, code_of, fields, chart in _public_spec(start)
        ]
        return [*tables[:7], self.etablissements(), *tables[7:], self.entry_years()]

    def etablissements(self) -> Table:
        names = {
            i: str(n)
            for i, n in self.conn.execute("SELECT id, nom FROM etablissement WHERE _deleted = 0")
        }
        tally = self.followed_tally(
            lambda v: v if v is not None and v in names else NR, "etablissement_id"
        )
        present = sorted(
            (k for k in tally.keys() if k != NR and tally.get(k)[0]),
            key=lambda k: (names[k].casefold(), k),
        )
        return categorical(
            "etablissement",
            SECTION_PUBLIC,
            t("Établissement pénitentiaire (suivi judiciaire le plus récent)"),
            t("jeunes"),
            [(k, names[k]) for k in present],
            tally,
            nr_label=t("Sans établissement renseigné (milieu ouvert)"),
            total_label=self.total_youths,
            links=FOLLOWED_LINK,
        )

    def entry_years(self) -> Table:
        tally = self.followed_tally(lambda v: v[:4] if v else NR, "premiere_entree")
        years = sorted(k for k in tally.keys() if k != NR)
        return categorical(
            "annee_entree",
            SECTION_PUBLIC,
            t("Année d'entrée dans le dispositif (première entrée)"),
            t("jeunes"),
            [(y, y) for y in years],
            tally,
            nr_label=t("Sans accompagnement enregistré"),
            total_label=self.total_youths,
            chart="bar",
            links=FOLLOWED_LINK,
        )

    # --- activity -------------------------------------------------------------------------------

    def activity(self) -> list[Table]:
        section = SECTION_ACTIVITY
        contacts, total_contacts = t("contacts"), t("Total des contacts")
        contacts_of = self.pop.contacts
        by_type = self.counter_tally(contacts_of.by_type)
        by_place = self.counter_tally(contacts_of.by_place)
        by_theme = self.tally()
        for (grp, text), n in contacts_of.by_themes.items():
            codes = _theme_codes(text)
            for theme in codes or ["sans_theme"]:
                by_theme.add(theme, self.pop.columns_of_group(grp), n)
        all_contacts = by_type.sum(by_type.keys())

        types = categorical(
            "contacts_type",
            section,
            t("Contacts par type"),
            contacts,
            E.TYPE_ACTUALITE.labelled(),
            by_type,
            nr_label=t("Non renseigné"),
            total_label=total_contacts,
            chart="hbar",
            links=CONTACTS_LINK,
        )

        theme_rows: list[Row] = [CountRow(c, lbl, by_theme.get(c)) for c, lbl in E.THEME.labelled()]
        theme_rows.append(
            CountRow("sans_theme", t("Sans thème renseigné"), by_theme.get("sans_theme"))
        )
        theme_rows.append(CountRow(TOTAL, total_contacts, all_contacts, role="total"))
        themes = Table(
            "contacts_theme",
            section,
            t("Contacts par thème"),
            contacts,
            tuple(theme_rows),
            chart="hbar",
            links=CONTACTS_LINK,
            note=t(
                "Un contact peut porter sur plusieurs thèmes : les lignes ne "
                "s'additionnent pas ; les pourcentages sont rapportés au total des "
                "contacts."
            ),
        )

        outside = [c for c in E.LIEU.codes() if c != "intra_muros"]
        place_rows = (
            CountRow("intra_muros", t("Intra-muros (en détention)"), by_place.get("intra_muros")),
            CountRow(
                "hors_murs", t("Hors les murs"), by_place.sum([*outside, NR]), role="subtotal"
            ),
            *(CountRow(c, E.LIEU.label(c), by_place.get(c), indent=1) for c in outside),
            CountRow(NR, t("Lieu non renseigné"), by_place.get(NR), indent=1),
            CountRow(TOTAL, total_contacts, all_contacts, role="total"),
        )
        places = Table(
            "contacts_lieu",
            section,
            t("Contacts intra-muros et hors les murs"),
            contacts,
            place_rows,
            sums=((TOTAL, ("intra_muros", "hors_murs")), ("hors_murs", (*outside, NR))),
            chart="pie",
            links=CONTACTS_LINK,
        )
        return [
            types,
            themes,
            places,
            self.months(),
            self.per_youth(),
            self.delay(),
            self.continuity(),
        ]

    def months(self) -> Table:
        by_month = self.counter_tally(
            Counter({(g, k): n for (g, k), n in self.pop.contacts.by_month.items()})
        )
        first, last = self.pop.period.start, self.pop.period.end
        keys: list[str] = []
        y, m = first.year, first.month
        while (y, m) <= (last.year, last.month):
            keys.append(f"{y:04d}-{m:02d}")
            y, m = (y + 1, 1) if m == 12 else (y, m + 1)
        if len(keys) > 24:  # a long period reads better by year
            by_year = self.tally()
            for k in by_month.keys():
                for col, n in enumerate(by_month.get(k)):
                    by_year.add(k[:4], (col,), n)
            years = sorted({k[:4] for k in keys})
            return categorical(
                "contacts_mois",
                SECTION_ACTIVITY,
                t("Contacts par année"),
                t("contacts"),
                [(yy, yy) for yy in years],
                by_year,
                total_label=t("Total des contacts"),
                chart="month",
                links=CONTACTS_LINK,
            )
        months = [(k, _month_label(k)) for k in keys]
        return categorical(
            "contacts_mois",
            SECTION_ACTIVITY,
            t("Contacts par mois"),
            t("contacts"),
            months,
            by_month,
            total_label=t("Total des contacts"),
            chart="month",
            links=CONTACTS_LINK,
        )

    def per_youth(self) -> Table:
        pop = self.pop
        tally = self.tally()
        per_column: list[list[float]] = [[] for _ in range(self.ncols)]
        for jid, n in pop.contacts.per_youth.items():
            cols = pop.columns_of_youth(jid)
            for low, high, _ in CONTACT_BUCKETS:
                if n >= low and (high is None or n <= high):
                    tally.add(f"{low}", cols)
                    break
            for c in cols:
                per_column[c].append(float(n))
        items = [(f"{low}", t(label)) for low, _, label in CONTACT_BUCKETS]
        table = categorical(
            "contacts_par_jeune",
            SECTION_ACTIVITY,
            t("Nombre de contacts par jeune suivi"),
            t("jeunes"),
            items,
            tally,
            total_label=self.total_youths,
            links=FOLLOWED_LINK,
        )
        stat_rows = stats(
            "contacts",
            t("Nombre moyen de contacts par jeune"),
            t("Nombre médian de contacts par jeune"),
            t("contacts"),
            per_column,
        )
        return with_rows(table, stat_rows)

    def delay(self) -> Table:
        pop = self.pop
        tally = self.tally()
        per_column: list[list[float]] = [[] for _ in range(self.ncols)]
        sql = """
            SELECT p.jeune_id, p.date, coalesce(p.date_premier_entretien,
                (SELECT min(a.date) FROM actualite a WHERE a.jeune_id = p.jeune_id
                 AND a._deleted = 0 AND a.presence = 'present' AND a.date >= p.date))
            FROM positionnement p
            WHERE p._deleted = 0 AND p.date BETWEEN ? AND ?"""
        for jid, referral, first in self.conn.execute(sql, (self.start, self.end)):
            if jid not in pop.youths:
                continue
            cols = pop.columns_of_youth(jid)
            if not first:
                tally.add("sans_entretien", cols)
                continue
            days = max(0, (date.fromisoformat(first) - date.fromisoformat(referral)).days)
            for low, high, _ in DELAY_BUCKETS:
                if days >= low and (high is None or days <= high):
                    tally.add(f"{low}", cols)
                    break
            for c in cols:
                per_column[c].append(float(days))
        items = [(f"{low}", t(label)) for low, _, label in DELAY_BUCKETS]
        items.append(("sans_entretien", t("Pas encore de premier entretien")))
        table = categorical(
            "delai",
            SECTION_ACTIVITY,
            t("Délai entre le positionnement et le premier entretien"),
            t("positionnements"),
            items,
            tally,
            total_label=t("Positionnements reçus dans la période"),
            note=t(
                "Moyenne et médiane calculées sur les positionnements suivis "
                "d'un premier entretien."
            ),
        )
        stat_rows = stats(
            "delai", t("Délai moyen (jours)"), t("Délai médian (jours)"), t("jours"), per_column
        )
        return with_rows(table, stat_rows)

    def continuity(self) -> Table:
        pop = self.pop
        short, long_ = CONTINUITY_DAYS
        first_seen: dict[str, int] = {}
        for r in pop.releases:
            released = date.fromisoformat(r.levee)
            delays = [
                (date.fromisoformat(d) - released).days
                for d in pop.contacts.outside.get(r.jeune_id, ())
            ]
            within = [d for d in delays if 0 <= d <= long_]
            if within:
                first_seen[r.id] = min(within)
        tally = self.tally()
        for r in pop.releases:
            cols = pop.columns_of_youth(r.jeune_id)
            tally.add(TOTAL, cols)
            days = first_seen.get(r.id)
            if days is None:
                tally.add("non_vu", cols)
                continue
            tally.add("vu_30", cols)
            if days <= short:
                tally.add("vu_7", cols)
        rows = (
            CountRow(
                TOTAL,
                t("Levées d'écrou dans la période (jeunes suivis ou accompagnés)"),
                tally.get(TOTAL),
                role="total",
            ),
            CountRow(
                "vu_7", t("Vus hors les murs dans les {n} jours").format(n=short), tally.get("vu_7")
            ),
            CountRow(
                "vu_30",
                t("Vus hors les murs dans les {n} jours").format(n=long_),
                tally.get("vu_30"),
            ),
            CountRow(
                "non_vu",
                t("Pas vus hors les murs dans les {n} jours").format(n=long_),
                tally.get("non_vu"),
            ),
        )
        return Table(
            "continuite",
            SECTION_ACTIVITY,
            t("Continuité du suivi à la sortie de détention"),
            t("levées d'écrou"),
            rows,
            sums=((TOTAL, ("vu_30", "non_vu")),),
            links=RELEASES_LINK,
            at_most=(("vu_7", ("vu_30",)),),
            note=t("Les jeunes vus dans les 7 jours sont aussi comptés dans les 30 jours."),
        )

    # --- results ----------------------------------------------------------------------------------

    def situations(self) -> Table:
        pop = self.pop
        tally = self.tally()
        youths_with_entry = self.tally()
        seen: set[str] = set()
        for jid, detail in self.conn.execute(
            "SELECT jeune_id, detail FROM situation WHERE _deleted = 0 "
            "AND date_debut BETWEEN ? AND ? AND coalesce(etat, '') <> 'prevue'",
            (self.start, self.end),
        ):
            if jid not in pop.followed or detail not in E.CATEGORIE_OF_DETAIL:
                continue
            tally.add(detail, pop.columns_of_youth(jid))
            if jid not in seen:
                seen.add(jid)
                youths_with_entry.add("jeunes", pop.columns_of_youth(jid))
        rows: list[Row] = []
        sums: list[tuple[str, tuple[str, ...]]] = []
        categories: list[str] = []
        for cat, cat_label in E.CATEGORIE_SITUATION.labelled():
            details = [d for d in E.DETAIL_SITUATION.codes() if E.CATEGORIE_OF_DETAIL[d] == cat]
            key = f"cat_{cat}"
            categories.append(key)
            rows.append(CountRow(key, cat_label, tally.sum(details), role="subtotal"))
            parts: list[str] = []
            for d in details:
                if d == ALTERNANCE[0]:  # one category split in two: its sum is a line too
                    rows.append(
                        CountRow(
                            "alternance",
                            t("Alternance (apprentissage et professionnalisation)"),
                            tally.sum(ALTERNANCE),
                            role="subtotal",
                            indent=1,
                        )
                    )
                    sums.append(("alternance", ALTERNANCE))
                    parts.append("alternance")
                in_alternance = d in ALTERNANCE
                if not in_alternance:
                    parts.append(d)
                label = E.DETAIL_SITUATION.label(d)
                rows.append(CountRow(d, label, tally.get(d), indent=2 if in_alternance else 1))
            sums.append((key, tuple(parts)))
        rows.append(
            CountRow(
                TOTAL,
                t("Total des entrées en situation"),
                tally.sum(E.DETAIL_SITUATION.codes()),
                role="total",
            )
        )
        sums.append((TOTAL, tuple(categories)))
        rows.append(
            CountRow(
                "jeunes",
                t("Jeunes ayant au moins une entrée en situation"),
                youths_with_entry.get("jeunes"),
                percent=False,
            )
        )
        return Table(
            "situations",
            SECTION_RESULTS,
            t("Entrées en situation (emploi, formation, immersion, autre)"),
            t("entrées"),
            tuple(rows),
            sums=tuple(sums),
            at_most=(("jeunes", (TOTAL,)),),
            chart="hbar",
            note=t(
                "Une entrée est une situation commencée dans la période (hors "
                "situations seulement prévues). Les pourcentages sont rapportés au "
                "total des entrées."
            ),
        )

    def exit_reasons(self) -> Table:
        tally = self.tally()
        for a in self.pop.exits:
            tally.add(code(E.MOTIF_SORTIE, a.motif), self.pop.columns_of_acc(a))
        return categorical(
            "motifs_sortie",
            SECTION_RESULTS,
            t("Sorties d'accompagnement par motif"),
            t("sorties"),
            E.MOTIF_SORTIE.labelled(),
            tally,
            nr_label=t("Non renseigné"),
            total_label=t("Total des sorties d'accompagnement"),
            links=((TOTAL, "sorties"),),
        )

    # --- justice ----------------------------------------------------------------------------------

    def named(self) -> tuple[NamedYouth, ...]:
        pop = self.pop
        entered = {a.jeune_id for a in pop.entries}
        left = {a.jeune_id for a in pop.exits}
        ids = pop.followed | entered | left
        rows = self.conn.execute(
            "SELECT id, coalesce(nom_usage, nom_naissance), prenoms, date_naissance FROM jeune "
            "WHERE id IN (SELECT value FROM json_each(?))",
            (json.dumps(sorted(ids)),),
        )
        named = [
            NamedYouth(
                str(nom or ""),
                str(prenoms or ""),
                format_fr(date.fromisoformat(dn)) if dn else None,
                jid in pop.followed,
                jid in entered,
                jid in left,
                pop.youth_group.get(jid) if pop.split else None,
            )
            for jid, nom, prenoms, dn in rows
        ]
        named.sort(key=lambda n: (n.nom.casefold(), n.prenoms.casefold()))
        return tuple(named)


def _theme_codes(text: str | None) -> list[str]:
    if not text:
        return []
    try:
        value = json.loads(text)
    except ValueError:
        return []
    return sorted({v for v in value if isinstance(v, str)}) if isinstance(value, list) else []


def _month_label(key: str) -> str:
    year, month = key.split("-")
    return f"{month_name(int(month))} {year}"


def compute_report(
    db: Database,
    period: Period,
    split: Split | None = None,
    *,
    named_list: bool = False,
    today: date | None = None,
) -> ActivityReport:
    """Every table of the report for ``period``, exact (not masked).

    Reads only; holds the database lock for the duration (about a second for 10,000 youths).
    ``named_list`` also reads the names of the youths concerned: the caller logs that request.
    """
    timings: dict[str, float] = {}
    with db.lock:
        clock = time.perf_counter()
        pop = populations.load(db.conn, period, split)
        timings["populations"] = time.perf_counter() - clock
        builder = _Builder(db.conn, pop)
        justice = Justice(db.conn, pop)
        tables: list[Table] = []
        steps: list[tuple[str, Callable[[], Table | list[Table]]]] = [
            ("populations_table", builder.populations),
            ("public", builder.public),
            ("activite", builder.activity),
            ("situations", builder.situations),
            ("motifs_sortie", builder.exit_reasons),
            ("amenagements", justice.amenagements),
            ("amenagements_devenir", justice.outcomes),
            ("sorties_detention", justice.releases),
            ("reincarcerations", justice.reincarcerations),
        ]
        for name, step in steps:
            clock = time.perf_counter()
            result = step()
            tables.extend(result if isinstance(result, list) else [result])
            timings[name] = time.perf_counter() - clock
        named = builder.named() if named_list else ()
    return ActivityReport(
        db.structure_name,
        period,
        split,
        pop.split_labels,
        tuple(tables),
        today or date.today(),
        named,
        timings,
    )
