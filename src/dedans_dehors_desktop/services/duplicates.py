"""Youths already in the store that a new one (typed in a window, or a spreadsheet row) may be.

``YouthIndex`` loads the identities once (an import compares thousands of rows) and finds the
candidates by birth date, by name and by identifier; ``core.duplicates`` scores each pair.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from ..core.duplicates import Identity, Likeness, compare
from ..core.textnorm import fold
from ..storage.store import Store

__all__ = ["Candidate", "YouthIndex", "find_for_new"]

_FIELDS = (
    "id",
    "nom_naissance",
    "nom_usage",
    "prenoms",
    "date_naissance",
    "id_imilo",
    "id_france_travail",
)


@dataclass(frozen=True)
class Candidate:
    """An existing youth the new one may be, with why."""

    jeune_id: str
    nom: str
    prenoms: str
    date_naissance: str
    likeness: Likeness

    @property
    def exact(self) -> bool:
        return self.likeness.exact


class YouthIndex:
    """The identities of the store's youths, for repeated duplicate searches."""

    def __init__(self, records: Iterable[Mapping[str, Any]]) -> None:
        self.records: dict[str, Mapping[str, Any]] = {}
        self.identities: dict[str, Identity] = {}
        self.by_day: dict[str, list[str]] = defaultdict(list)
        self.by_names: dict[tuple[str, str], list[str]] = defaultdict(list)
        self.by_id: dict[tuple[str, str], list[str]] = defaultdict(list)
        for record in records:
            self.add(str(record["id"]), record)

    @classmethod
    def of_store(cls, store: Store) -> YouthIndex:
        with store.db.lock:
            rows = store.db.conn.execute(
                f"SELECT {', '.join(_FIELDS)} FROM jeune WHERE _deleted = 0"
            ).fetchall()
        return cls(dict(zip(_FIELDS, row, strict=True)) for row in rows)

    def add(self, jeune_id: str, record: Mapping[str, Any]) -> None:
        identity = Identity.of(record)
        self.records[jeune_id] = record
        self.identities[jeune_id] = identity
        self.by_day[identity.date_naissance].append(jeune_id)
        for nom in identity.noms:
            self.by_names[(nom, identity.prenoms)].append(jeune_id)
        for identifier in identity.identifiers:
            self.by_id[identifier].append(jeune_id)

    def candidates(self, record: Mapping[str, Any], exclude: str | None = None) -> list[Candidate]:
        """Possible duplicates of ``record``, the most likely first."""
        identity = Identity.of(record)
        ids: set[str] = set(self.by_day.get(identity.date_naissance, ()))
        for nom in identity.noms:
            ids.update(self.by_names.get((nom, identity.prenoms), ()))
        for identifier in identity.identifiers:
            ids.update(self.by_id.get(identifier, ()))
        found: list[Candidate] = []
        for jeune_id in ids - {exclude}:
            likeness = compare(identity, self.identities[jeune_id])
            if likeness is None:
                continue
            known = self.records[jeune_id]
            found.append(
                Candidate(
                    jeune_id,
                    str(known.get("nom_usage") or known.get("nom_naissance") or ""),
                    str(known.get("prenoms") or ""),
                    str(known.get("date_naissance") or ""),
                    likeness,
                )
            )
        found.sort(key=lambda c: (-c.likeness.score, fold(c.nom), fold(c.prenoms)))
        return found


def find_for_new(store: Store, values: Mapping[str, Any]) -> list[Candidate]:
    """Possible duplicates in the store of a youth about to be created (``values`` as a form
    gives them: a birth date may be a ``date``)."""
    record = dict(values)
    born = record.get("date_naissance")
    if born is not None and not isinstance(born, str):
        record["date_naissance"] = born.isoformat()
    return YouthIndex.of_store(store).candidates(record)
