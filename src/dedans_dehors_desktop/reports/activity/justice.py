"""The justice tables: sentence adjustments (aménagements) prepared and granted, what became of
the youths who had one, releases from detention and known returns to detention."""

from __future__ import annotations

import dataclasses

from ...core import enums as E
from ...core.i18n import QT_TRANSLATE_NOOP as N
from ...storage.connection import Connection
from .build import NR, RELEASES_LINK, SECTION_JUSTICE, TOTAL, Tally, categorical, code, t
from .model import CountRow, Table
from .populations import Populations

_CTX = "Rapport d'activité"
GRANTED_STEPS = frozenset({"accorde", "termine"})
OUTCOMES = (
    ("emploi", N(_CTX, "Emploi (dont alternance, IAE, création)")),
    ("formation", N(_CTX, "Formation")),
    ("immersion", N(_CTX, "Stage ou immersion (PMSMP, service civique)")),
    ("autre", N(_CTX, "Autre situation")),
    ("aucune", N(_CTX, "Sans situation enregistrée (recherche d'emploi, démarches)")),
)


class Justice:
    def __init__(self, conn: Connection, pop: Populations) -> None:
        self.conn = conn
        self.pop = pop
        self.start = pop.period.start.isoformat()
        self.end = pop.period.end.isoformat()

    def tally(self) -> Tally:
        return Tally(self.pop.ncols)

    def _granted_youths(self) -> set[str]:
        return {
            jid
            for jid, etape in self.conn.execute(
                "SELECT jeune_id, etape FROM amenagement WHERE _deleted = 0 "
                "AND coalesce(date_requete, '') <= ? AND coalesce(date_decision, ?) >= ?",
                (self.end, self.start, self.start),
            )
            if jid in self.pop.followed and etape in GRANTED_STEPS
        }

    def outcomes(self) -> Table:
        """The youths with an aménagement granted, by their latest situation of the period."""
        youths = self._granted_youths()
        latest: dict[str, tuple[str, str]] = {}
        for jid, detail, start in self.conn.execute(
            "SELECT jeune_id, detail, date_debut FROM situation WHERE _deleted = 0 "
            "AND date_debut <= ? AND coalesce(date_fin, ?) >= ? "
            "AND coalesce(etat, '') <> 'prevue'",
            (self.end, self.start, self.start),
        ):
            if jid in youths and detail in E.CATEGORIE_OF_DETAIL:
                if jid not in latest or start > latest[jid][0]:
                    latest[jid] = (start, E.CATEGORIE_OF_DETAIL[detail])
        tally = self.tally()
        for jid in youths:
            outcome = latest[jid][1] if jid in latest else "aucune"
            tally.add(outcome, self.pop.columns_of_youth(jid))
        table = categorical(
            "amenagements_devenir",
            SECTION_JUSTICE,
            t("Devenir des jeunes ayant bénéficié d'un aménagement de peine"),
            t("jeunes"),
            [(k, t(label)) for k, label in OUTCOMES],
            tally,
            total_label=t("Jeunes ayant un aménagement accordé"),
            note=t(
                "Chaque jeune compte une fois, selon la dernière situation (emploi, formation, "
                "immersion, autre) en cours pendant la période."
            ),
        )
        # Each of these youths has at least one aménagement granted, in the same column.
        return dataclasses.replace(table, at_most_in=((TOTAL, "amenagements_accordes", TOTAL),))

    def amenagements(self) -> list[Table]:
        pop = self.pop
        prepared, granted = self.tally(), self.tally()
        for jid, type_, etape in self.conn.execute(
            "SELECT jeune_id, type, etape FROM amenagement WHERE _deleted = 0 "
            "AND coalesce(date_requete, '') <= ? AND coalesce(date_decision, ?) >= ?",
            (self.end, self.start, self.start),
        ):
            if jid not in pop.followed:
                continue
            key = code(E.TYPE_AMENAGEMENT, type_)
            cols = pop.columns_of_youth(jid)
            prepared.add(key, cols)
            if etape in GRANTED_STEPS:
                granted.add(key, cols)
        types = E.TYPE_AMENAGEMENT.labelled()
        granted_table = categorical(
            "amenagements_accordes",
            SECTION_JUSTICE,
            t("Aménagements de peine accordés, par type"),
            t("aménagements"),
            types,
            granted,
            nr_label=t("Type non renseigné"),
            total_label=t("Total des aménagements accordés"),
            note=t("Accordé : étape « Accordé » ou « Terminé »."),
        )
        # Same lines in both tables: what was granted of a type was prepared, and the reader
        # knows it (one more bound on a masked cell, see ``audit``).
        shared = [key for key, _ in types] + [NR, TOTAL]
        granted_table = dataclasses.replace(
            granted_table,
            at_most_in=tuple((key, "amenagements_prepares", key) for key in shared),
        )
        return [
            categorical(
                "amenagements_prepares",
                SECTION_JUSTICE,
                t("Aménagements de peine préparés, par type"),
                t("aménagements"),
                types,
                prepared,
                nr_label=t("Type non renseigné"),
                total_label=t("Total des aménagements préparés"),
            ),
            granted_table,
        ]

    def releases(self) -> Table:
        tally = self.tally()
        for r in self.pop.releases:
            key = code(E.TYPE_SORTIE, r.type_sortie)
            tally.add(key, self.pop.columns_of_youth(r.jeune_id))
        return categorical(
            "sorties_detention",
            SECTION_JUSTICE,
            t("Sorties de détention par type (dont sorties sèches)"),
            t("levées d'écrou"),
            E.TYPE_SORTIE.labelled(),
            tally,
            nr_label=t("Non renseigné"),
            total_label=t("Total des levées d'écrou"),
            links=RELEASES_LINK,
        )

    def reincarcerations(self) -> Table:
        pop = self.pop
        by_situation = {
            r[0]
            for r in self.conn.execute(
                "SELECT DISTINCT jeune_id FROM situation WHERE _deleted = 0 "
                "AND detail = 'incarceration' AND date_debut BETWEEN ? AND ?",
                (self.start, self.end),
            )
            if r[0] in pop.youths
        }
        by_exit = {a.jeune_id for a in pop.exits if a.motif == "reincarceration"}
        # A revocation sends the youth back to detention: dated by its end, else its decision.
        revoked = {
            r[0]
            for r in self.conn.execute(
                "SELECT DISTINCT jeune_id FROM amenagement WHERE _deleted = 0 "
                "AND etape = 'revoque' AND coalesce(date_fin, date_decision) BETWEEN ? AND ?",
                (self.start, self.end),
            )
            if r[0] in pop.youths
        }
        tally = self.tally()
        for key, ids in (
            ("jeunes", by_situation | by_exit | revoked),
            ("situation", by_situation),
            ("motif", by_exit),
            ("revocation", revoked),
        ):
            for jid in ids:
                tally.add(key, pop.columns_of_youth(jid))
        rows = (
            CountRow(
                "jeunes", t("Jeunes dont une réincarcération est connue"), tally.get("jeunes")
            ),
            CountRow(
                "situation",
                t("dont : situation « Incarcération » commencée dans la période"),
                tally.get("situation"),
                indent=1,
            ),
            CountRow(
                "motif",
                t("dont : sortie d'accompagnement pour réincarcération"),
                tally.get("motif"),
                indent=1,
            ),
            CountRow(
                "revocation",
                t("dont : aménagement de peine révoqué"),
                tally.get("revocation"),
                indent=1,
            ),
        )
        return Table(
            "reincarcerations",
            SECTION_JUSTICE,
            t("Réincarcérations connues"),
            t("jeunes"),
            rows,
            base=None,
            at_most=(
                ("situation", ("jeunes",)),
                ("motif", ("jeunes",)),
                ("revocation", ("jeunes",)),
                ("jeunes", ("situation", "motif", "revocation")),
            ),
            note=t(
                "La Mission Locale ne connaît que les retours en détention qui lui sont "
                "signalés ; un jeune peut figurer dans plusieurs lignes « dont »."
            ),
        )
