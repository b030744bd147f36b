"""``annuaire``: the directories (établissements, partenaires, dispositifs, référents) from the
command line: list, add, edit, retire, bring back, delete (only what nothing uses), import."""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

from ..core.entities import ENTITIES
from ..core.errors import NotFound
from ..services import directories
from ..services.session import Store
from .common import CliError, open_store, out

KINDS = {
    "etablissements": "etablissement",
    "partenaires": "partenaire",
    "dispositifs": "dispositif",
    "referents": "referent",
}


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("annuaire", help="annuaires : établissements, partenaires, dispositifs…")
    actions = p.add_subparsers(dest="action", required=True)

    def action(name: str, help_text: str, func: Any, *, entry: bool = True) -> Any:
        a = actions.add_parser(name, help=help_text)
        a.add_argument("kind", choices=sorted(KINDS), help="quel annuaire")
        if entry:
            a.add_argument("entry", help="nom (ou identifiant) de l'entrée")
        a.set_defaults(func=func)
        return a

    a = action("lister", "lister les entrées", cmd_list, entry=False)
    a.add_argument("--chercher", default="", help="mots du nom")
    a.add_argument("--actives", action="store_true", help="sans les entrées retirées")
    a.add_argument("--json", action="store_true")
    a = action("ajouter", "ajouter une entrée (le nom donné)", cmd_add)
    a.add_argument("--champ", action="append", default=[], metavar="CHAMP=VALEUR")
    a = action("modifier", "modifier une entrée", cmd_edit)
    a.add_argument("--champ", action="append", default=[], metavar="CHAMP=VALEUR", required=True)
    action("retirer", "retirer (plus proposée, gardée pour les fiches qui l'utilisent)", cmd_retire)
    action("retablir", "proposer à nouveau une entrée retirée", cmd_restore)
    action("supprimer", "supprimer une entrée que rien n'utilise", cmd_delete)
    a = action(
        "importer", "importer des entrées d'un tableur (CSV ou .xlsx)", cmd_import, entry=False
    )
    a.add_argument("file", type=Path)


def _fields(table: str, pairs: list[str]) -> dict[str, Any]:
    e = ENTITIES[table]
    values: dict[str, Any] = {}
    for pair in pairs:
        name, sep, value = pair.partition("=")
        if not sep or not e.has_field(name.strip()):
            known = ", ".join(f.name for f in e.fields if f.kind != "json")
            raise CliError(f"champ inconnu « {name} » (champs : {known}).")
        f = e.field(name.strip())
        if f.kind == "bool":
            values[f.name] = value.strip().lower() in ("oui", "1", "vrai", "o")
        elif f.kind == "enum" and f.choices is not None:
            code = next(
                (c for c, label in f.choices.labelled() if value in (c, label)), value.strip()
            )
            values[f.name] = code
        else:
            values[f.name] = value
    return values


def _find(store: Store, table: str, entry: str) -> dict[str, Any]:
    record = directories.find_by_name(store, table, entry)
    if record is None:
        record = store.repo.get(table, entry) if len(entry) == 36 else None
    if record is None:
        raise NotFound(f"« {entry} » n'est pas dans l'annuaire.")
    return record


def cmd_list(args: argparse.Namespace) -> int:
    table = KINDS[args.kind]
    with open_store(args) as store:
        found = directories.entries(store, table, args.chercher, include_retired=not args.actives)
    if args.json:
        out(
            json.dumps(
                [
                    {"id": e.id, "nom": e.name, "retire": e.retired, "utilisations": e.uses}
                    for e in found
                ],
                ensure_ascii=False,
            )
        )
        return 0
    for e in found:
        state = " (retiré)" if e.retired else ""
        uses = f"{e.uses} fiche" + ("s" if e.uses > 1 else "")
        out(f"{e.id}  {e.name}{state} — {uses}")
    if not found:
        out("Aucune entrée.")
    return 0


def cmd_add(args: argparse.Namespace) -> int:
    table = KINDS[args.kind]
    values = {"nom": args.entry, **_fields(table, args.champ)}
    with open_store(args) as store:
        record_id = directories.create(store, table, values)
    out(f"Ajouté : {args.entry} ({record_id}).")
    return 0


def cmd_edit(args: argparse.Namespace) -> int:
    table = KINDS[args.kind]
    with open_store(args) as store:
        record = _find(store, table, args.entry)
        changed = directories.update(store, table, record["id"], _fields(table, args.champ))
    out("Modifié." if changed else "Rien à modifier.")
    return 0


def cmd_retire(args: argparse.Namespace) -> int:
    with open_store(args) as store:
        record = _find(store, KINDS[args.kind], args.entry)
        directories.retire(store, KINDS[args.kind], record["id"])
    out("Retiré : l'entrée n'est plus proposée ; les fiches qui l'utilisent la gardent.")
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    with open_store(args) as store:
        record = _find(store, KINDS[args.kind], args.entry)
        directories.retire(store, KINDS[args.kind], record["id"], retired=False)
    out("Rétabli.")
    return 0


def cmd_delete(args: argparse.Namespace) -> int:
    with open_store(args) as store:
        record = _find(store, KINDS[args.kind], args.entry)
        directories.delete(store, KINDS[args.kind], record["id"])
    out("Supprimé.")
    return 0


def cmd_import(args: argparse.Namespace) -> int:
    try:
        data = args.file.read_bytes()
    except OSError:
        raise CliError(f"impossible de lire le fichier « {args.file} ».") from None
    with open_store(args) as store:
        result = directories.import_file(store, KINDS[args.kind], data, args.file.name)
    out(f"{result.created} entrée(s) ajoutée(s), {result.present} déjà présente(s).")
    return 0
