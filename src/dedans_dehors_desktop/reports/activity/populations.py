"""Reading what the report needs, set-wise: the youths, their accompaniments, their releases,
and the contacts of the period.

Every table is read with one statement (never a query per youth). The contacts are read in one
pass over ``actualite`` and tallied while they stream: measured on 10,000 youths and 200,000
actualités, each SQL ``GROUP BY`` over the contacts costs 0.3 to 0.5 s in SQLite's sorter with
SQLCipher's memory protection on (and a window function over the profiles 3 s), whereas the single
pass costs about half a second for everything. Choosing "the profile in force at the end of the
period" is done the same way, over one read of each small table.
"""

from __future__ import annotations

import functools
import json
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from operator import itemgetter
from typing import Any

from ...core.errors import ValidationError
from ...core.i18n import tr
from ...core.textnorm import fold
from ...storage.connection import Connection
from .period import Period, Split

_CTX = "Rapport d'activité"

# Contacts are read up to this many days after the end of the period: a release on 31 December
# is followed by its 30 days of "continuité dedans → dehors".
CONTINUITY_DAYS = (7, 30)
LOOKAHEAD_DAYS = max(CONTINUITY_DAYS)
INSIDE = "intra_muros"


@dataclass(frozen=True)
class Youth:
    id: str
    sexe: str | None
    naissance: str | None
    niveau: str | None = None
    diplome: str | None = None
    logement: str | None = None
    rqth: int | None = None
    permis: str | None = None
    qpv: int | None = None
    plie: int | None = None
    milieu: str | None = None
    etablissement_id: str | None = None
    origine: str | None = None
    premiere_entree: str | None = None


@dataclass(frozen=True)
class Accompaniment:
    id: str
    jeune_id: str
    dispositif_id: str | None
    entree: str
    fin: str | None
    motif: str | None
    financeurs: tuple[str, ...]

    def overlaps(self, period: Period) -> bool:
        return self.entree <= period.end.isoformat() and (
            self.fin is None or self.fin >= period.start.isoformat()
        )

    def running_on(self, day: str) -> bool:
        return self.entree <= day and (self.fin is None or self.fin >= day)


@dataclass(frozen=True)
class Release:
    id: str
    jeune_id: str
    levee: str
    type_sortie: str | None


@dataclass
class Contacts:
    """Tallies of the contacts of the period; keys are (split group, value)."""

    by_type: Counter[tuple[int, str | None]] = field(default_factory=Counter)
    by_place: Counter[tuple[int, str | None]] = field(default_factory=Counter)
    by_themes: Counter[tuple[int, str | None]] = field(default_factory=Counter)  # JSON text
    by_month: Counter[tuple[int, str]] = field(default_factory=Counter)
    per_youth: Counter[str] = field(default_factory=Counter)
    # Dates of contacts outside (period and look-ahead), for the youths released in the period.
    outside: dict[str, list[str]] = field(default_factory=dict)


@dataclass
class Populations:
    period: Period
    split: Split | None
    split_labels: tuple[str, ...]
    youths: dict[str, Youth]
    followed: set[str]
    accompaniments: list[Accompaniment]
    entries: list[Accompaniment]
    exits: list[Accompaniment]
    releases: list[Release]  # levées d'écrou of the period, of youths followed or accompanied
    contacts: Contacts
    youth_group: dict[str, int] = field(default_factory=dict)  # 1 or 2 when split
    acc_group: dict[str, int] = field(default_factory=dict)

    @property
    def ncols(self) -> int:
        return 3 if self.split else 1

    def columns_of_youth(self, jeune_id: str) -> tuple[int, ...]:
        return (0, self.youth_group[jeune_id]) if self.split else (0,)

    def columns_of_acc(self, acc: Accompaniment) -> tuple[int, ...]:
        return (0, self.acc_group[acc.id]) if self.split else (0,)

    def columns_of_group(self, grp: int) -> tuple[int, ...]:
        return (0, grp) if self.split else (0,)


@functools.lru_cache(maxsize=256)
def _financeurs(text: Any) -> tuple[str, ...]:
    # A handful of distinct lists ('["FSE"]', '["FSE", "PLIE"]'...) for thousands of rows.
    if not isinstance(text, str) or not text:
        return ()
    try:
        value = json.loads(text)
    except ValueError:
        return ()
    return tuple(str(v) for v in value) if isinstance(value, list) else ()


def latest_at(rows: Iterable[tuple[Any, ...]], end: str) -> dict[str, tuple[Any, ...]]:
    """Per youth, the row in force on ``end``: rows are (jeune_id, date or "", _seq, *values).

    The latest row dated on or before ``end`` (the highest ``_seq`` among equal dates); when a
    youth has none, the earliest row after it. A row without a date ("") counts as dated before
    any.
    """
    ordered = sorted(rows, key=itemgetter(1, 2))
    # In a dict comprehension the last assignment wins: ascending order keeps the latest row
    # before the end, descending order the earliest one after it.
    before = {r[0]: r[3:] for r in ordered if r[1] <= end}
    after = {r[0]: r[3:] for r in reversed(ordered) if r[1] > end}
    return after | before


def resolve_dispositif(conn: Connection, name: str) -> tuple[frozenset[str], str]:
    """Ids and display name of the dispositif called ``name`` (case and accents ignored)."""
    wanted = fold(name)
    found = [
        (i, n)
        for i, n in conn.execute("SELECT id, nom FROM dispositif WHERE _deleted = 0")
        if isinstance(n, str) and fold(n) == wanted
    ]
    if not found:
        raise ValidationError(tr(_CTX, "Aucun dispositif ne porte ce nom."))
    return frozenset(i for i, _ in found), str(found[0][1])


def _youths(conn: Connection, end: str, accs: list[Accompaniment]) -> dict[str, Youth]:
    profils = latest_at(
        conn.execute(
            "SELECT jeune_id, coalesce(date, ''), _seq, niveau_formation, diplome, logement, rqth, "
            "permis, qpv, plie FROM profil WHERE _deleted = 0"
        ),
        end,
    )
    suivis = latest_at(
        conn.execute(
            "SELECT jeune_id, coalesce(date_ecrou, ''), _seq, milieu, etablissement_id "
            "FROM suivi_judiciaire WHERE _deleted = 0"
        ),
        end,
    )
    origines = latest_at(
        conn.execute(
            "SELECT jeune_id, coalesce(date, ''), _seq, origine FROM positionnement "
            "WHERE _deleted = 0"
        ),
        end,
    )
    first_entry: dict[str, str] = {}
    for a in accs:
        if a.entree <= end and a.entree < first_entry.get(a.jeune_id, "9999"):
            first_entry[a.jeune_id] = a.entree
    youths = {}
    for jid, sexe, naissance in conn.execute(
        "SELECT id, sexe, date_naissance FROM jeune WHERE _deleted = 0"
    ):
        niveau, diplome, logement, rqth, permis, qpv, plie = profils.get(jid, (None,) * 7)
        milieu, etablissement_id = suivis.get(jid, (None, None))
        (origine,) = origines.get(jid, (None,))
        youths[jid] = Youth(
            jid,
            sexe,
            naissance,
            niveau,
            diplome,
            logement,
            rqth,
            permis,
            qpv,
            plie,
            milieu,
            etablissement_id,
            origine,
            first_entry.get(jid),
        )
    return youths


# One pass over the contacts. Python only counts tuples with ``Counter`` (C speed) and filters
# with set lookups in comprehensions: a per-row loop body, or an ``IN (...)`` lookup per row in
# SQLite, costs as much as decrypting the table. The split group is the one lookup SQLite does.
_CONTACTS_SQL = """
SELECT date <= :end, {group}, type, lieu, themes, substr(date, 1, 7), jeune_id, date
FROM actualite NOT INDEXED
WHERE _deleted = 0 AND presence = 'present' AND date BETWEEN :start AND :ext
"""


def _contacts(
    conn: Connection, period: Period, groups: dict[str, int], split: bool, released: set[str]
) -> Contacts:
    params = {
        "start": period.start.isoformat(),
        "end": period.end.isoformat(),
        "ext": period.extended_end(LOOKAHEAD_DAYS).isoformat(),
    }
    group = "1"
    if split:
        group = "2 - (jeune_id IN (SELECT value FROM json_each(:group1)))"
        params["group1"] = json.dumps([j for j, g in groups.items() if g == 1])
    # A contact synced before its youth is counted once the youth arrives.
    rows = [r for r in conn.execute(_CONTACTS_SQL.format(group=group), params) if r[6] in groups]
    out = Contacts()
    for (inp, grp, type_, lieu, themes, month), n in Counter(
        map(itemgetter(0, 1, 2, 3, 4, 5), rows)
    ).items():
        if inp:
            out.by_type[grp, type_] += n
            out.by_place[grp, lieu] += n
            out.by_themes[grp, themes] += n
            out.by_month[grp, month] += n
    out.per_youth = Counter([r[6] for r in rows if r[0]])
    for jid, day in [(r[6], r[7]) for r in rows if r[3] != INSIDE and r[6] in released]:
        out.outside.setdefault(jid, []).append(day)
    return out


def load(conn: Connection, period: Period, split: Split | None) -> Populations:
    """Read the populations of ``period``; the caller holds the database lock."""
    start, end = period.start.isoformat(), period.end.isoformat()
    all_accs = [
        Accompaniment(r[0], r[1], r[2], r[3], r[4], r[5], _financeurs(r[6]))
        for r in conn.execute(
            "SELECT id, jeune_id, dispositif_id, date_entree, date_fin, motif_sortie, "
            "financeurs FROM accompagnement WHERE _deleted = 0 "
            "AND date_entree IS NOT NULL"
        )
    ]
    youths = _youths(conn, end, all_accs)
    accs = [a for a in all_accs if a.jeune_id in youths]
    entries = [a for a in accs if start <= a.entree <= end]
    exits = [a for a in accs if a.fin is not None and start <= a.fin <= end]

    labels: tuple[str, ...] = (tr(_CTX, "Ensemble"),)
    youth_group: dict[str, int] = {}
    acc_group: dict[str, int] = {}
    if split is not None:
        dispositif_ids: frozenset[str] = frozenset()
        disp_name = None
        if split.kind == "dispositif":
            dispositif_ids, disp_name = resolve_dispositif(conn, split.code)
        labels = (labels[0], *split.labels(disp_name))

        def acc_matches(a: Accompaniment) -> bool:
            if split.kind == "financeur":
                return split.code in a.financeurs
            return a.dispositif_id in dispositif_ids

        if split.kind == "plie":
            youth_group = {y.id: 1 if y.plie == 1 else 2 for y in youths.values()}
            acc_group = {a.id: youth_group[a.jeune_id] for a in accs}
        else:
            matching = {a.jeune_id for a in accs if a.overlaps(period) and acc_matches(a)}
            youth_group = {y: 1 if y in matching else 2 for y in youths}
            acc_group = {a.id: 1 if acc_matches(a) else 2 for a in accs}

    candidates = [
        Release(*r)
        for r in conn.execute(
            "SELECT id, jeune_id, date_levee_ecrou, type_sortie FROM suivi_judiciaire "
            "WHERE _deleted = 0 AND date_levee_ecrou BETWEEN ? AND ?",
            (start, end),
        )
        if r[1] in youths
    ]
    contacts = _contacts(
        conn,
        period,
        youth_group or dict.fromkeys(youths, 1),
        split is not None,
        {r.jeune_id for r in candidates},
    )
    followed = set(contacts.per_youth)

    by_youth: dict[str, list[Accompaniment]] = {}
    for a in accs:
        by_youth.setdefault(a.jeune_id, []).append(a)
    releases = [
        r
        for r in candidates
        if r.jeune_id in followed
        or any(a.running_on(r.levee) for a in by_youth.get(r.jeune_id, ()))
    ]
    return Populations(
        period,
        split,
        labels,
        youths,
        followed,
        accs,
        entries,
        exits,
        releases,
        contacts,
        youth_group,
        acc_group,
    )
