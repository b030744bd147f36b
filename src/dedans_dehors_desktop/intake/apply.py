"""Applying a parsed spreadsheet to the store: all rows in one transaction, or none.

Every write goes through storage's Repository (versions, history, access log as "import").
"""

from __future__ import annotations

from dataclasses import dataclass

from ..core.errors import InputRejected, ValidationError
from ..core.i18n import tr
from ..core.textnorm import fold
from ..storage.repository import Repository
from .rows import CsvImportResult


@dataclass(frozen=True)
class ImportOutcome:
    youths: int
    establishments_created: int


def apply_csv(repo: Repository, result: CsvImportResult) -> ImportOutcome:
    """Create one youth (and their judicial follow-up) per row; any refusal writes nothing."""
    if result.rejected:
        raise InputRejected(
            tr(
                "Import",
                "{n} ligne(s) refusée(s) : rien n'a été importé. "
                "Corrigez le fichier et recommencez.",
            ).format(n=len(result.rejected))
        )
    etabs = {fold(r["nom"]): r["id"] for r in repo.list("etablissement")}
    created_etabs = 0
    with repo.db.transaction():
        for row in result.rows:
            try:
                jeune_id = repo.create(
                    "jeune", {k: v for k, v in row.jeune.items() if v}, action="import"
                )
                suivi = {k: v for k, v in row.suivi.items() if v}
                name = suivi.pop("etablissement", None)
                if name:
                    key = fold(name)
                    if key not in etabs:
                        etabs[key] = repo.create("etablissement", {"nom": name}, action="import")
                        created_etabs += 1
                    suivi["etablissement_id"] = etabs[key]
                if suivi:
                    # An establishment, a date d'écrou or a planned release all mean detention.
                    suivi.setdefault("milieu", "ferme")
                    repo.create(
                        "suivi_judiciaire", {"jeune_id": jeune_id, **suivi}, action="import"
                    )
            except ValidationError as exc:
                # The parser validates most of this; what remains is reported with the line.
                raise InputRejected(
                    tr("Import", "Ligne {ligne} : {erreur} Rien n'a été importé.").format(
                        ligne=row.line, erreur=exc.message
                    )
                ) from None
    return ImportOutcome(len(result.rows), created_etabs)
