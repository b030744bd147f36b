"""Subcommands on the store itself: init, demo, search, show, passwd, backup,
restore, check, add-user."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from ..core import enums
from ..core.demo import generate
from ..core.entities import ENTITIES
from ..core.errors import NotFound
from ..storage import search
from ..storage.selftest import run_self_test
from ..storage.store import Store, restore
from .common import (
    CliError,
    data_dir,
    new_passphrase,
    open_store,
    out,
    passphrase,
    user,
)


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("init", help="créer une base chiffrée")
    p.add_argument("--role", choices=["office", "laptop"], required=True)
    p.add_argument("--name", required=True, help="nom de la Mission Locale")
    p.set_defaults(func=cmd_init)

    p = sub.add_parser("demo", help="ajouter des dossiers fictifs réalistes")
    p.add_argument("--youths", type=int, required=True)
    p.add_argument("--seed", type=int, default=1)
    p.add_argument("--actualites", type=int, default=6, help="actualités par jeune, en moyenne")
    p.set_defaults(func=cmd_demo)

    p = sub.add_parser("search", help="chercher un jeune par son nom")
    p.add_argument("text")
    p.add_argument("--notes", action="store_true", help="chercher dans les notes")
    p.set_defaults(func=cmd_search)

    p = sub.add_parser("show", help="afficher un dossier")
    p.add_argument("id")
    p.set_defaults(func=cmd_show)

    p = sub.add_parser("passwd", help="changer sa phrase de passe")
    p.set_defaults(func=cmd_passwd)

    p = sub.add_parser("add-user", help="donner accès à un autre utilisateur")
    p.add_argument("name")
    p.set_defaults(func=cmd_add_user)

    p = sub.add_parser("remove-user", help="retirer l'accès d'un autre utilisateur")
    p.add_argument("name")
    p.set_defaults(func=cmd_remove_user)

    p = sub.add_parser("users", help="lister les utilisateurs qui ont accès à cette base")
    p.set_defaults(func=cmd_users)

    p = sub.add_parser("backup", help="sauvegarde chiffrée")
    p.add_argument("file", type=Path)
    p.set_defaults(func=cmd_backup)

    p = sub.add_parser("restore", help="restaurer une sauvegarde")
    p.add_argument("file", type=Path)
    p.set_defaults(func=cmd_restore)

    p = sub.add_parser("check", help="contrôle de sécurité, intégrité, journal d'accès")
    p.set_defaults(func=cmd_check)


def cmd_init(args: argparse.Namespace) -> int:
    name = user(args)
    if not name:
        raise CliError("indiquez l'utilisateur (--user ou DEDANS_DEHORS_USER).")
    secret = new_passphrase(env="DEDANS_DEHORS_PASSPHRASE")
    with Store.create(
        data_dir(args), role=args.role, structure_name=args.name, user=name, passphrase=secret
    ) as store:
        out(f"Base créée dans {store.paths.root} (rôle {args.role}, utilisateur {name}).")
    return 0


def cmd_demo(args: argparse.Namespace) -> int:
    if not 0 < args.youths <= 100_000:
        raise CliError("le nombre de jeunes doit être entre 1 et 100 000.")
    with open_store(args) as store:
        with store.db.transaction():
            summary = generate(
                store.repo, args.youths, seed=args.seed, actualites_per_youth=args.actualites
            )
    out(f"{summary.youths} jeunes et {summary.actualites} actualités fictifs ajoutés.")
    return 0


def cmd_search(args: argparse.Namespace) -> int:
    with open_store(args) as store:
        if args.notes:
            for act_id, jeune_id, when in search.search_notes(store.db.conn, args.text):
                out(f"{jeune_id}\t{when}\t{act_id}")
        else:
            for youth_id, nom, prenoms in search.search_names(store.db.conn, args.text):
                out(f"{youth_id}\t{nom} {prenoms}")
    return 0


def _display(field_kind: str, value: object, choices: enums.Choices | None) -> str:
    if value is None:
        return ""
    if field_kind == "enum" and choices is not None:
        return choices.label(str(value))
    if field_kind == "enumset" and choices is not None:
        return ", ".join(choices.label(c) for c in json.loads(str(value)))
    if field_kind == "bool":
        return "oui" if value else "non"
    return str(value)


def cmd_show(args: argparse.Namespace) -> int:
    with open_store(args) as store:
        repo = store.repo
        try:
            jeune = repo.open_record("jeune", args.id)
        except NotFound:
            raise CliError("aucun jeune avec cet identifiant.") from None
        e = ENTITIES["jeune"]
        out(f"Dossier {jeune['id']}")
        for f in e.fields:
            if jeune[f.name] is not None:
                out(f"  {f.label} : {_display(f.kind, jeune[f.name], f.choices)}")
        for child in ENTITIES.values():
            if not child.owned_by_youth:
                continue
            rows = repo.list(child.table, jeune_id=args.id)
            if rows:
                out(f"{child.label} ({len(rows)})")
            for row in rows:
                parts = [
                    f"{f.label} : {_display(f.kind, row[f.name], f.choices)}"
                    for f in child.fields
                    if f.name != "jeune_id" and row[f.name] is not None and f.kind != "ref"
                ]
                out("  - " + " ; ".join(parts))
    return 0


def cmd_passwd(args: argparse.Namespace) -> int:
    with open_store(args) as store:
        old = passphrase("Phrase de passe actuelle : ")
        store.change_passphrase(old, new_passphrase())
    out("Phrase de passe changée.")
    return 0


def cmd_add_user(args: argparse.Namespace) -> int:
    with open_store(args) as store:
        store.add_user(args.name, new_passphrase())
    out(f"Accès ajouté pour {args.name}.")
    return 0


def cmd_remove_user(args: argparse.Namespace) -> int:
    with open_store(args) as store:
        store.remove_user(args.name)
    out(f"Accès retiré pour {args.name}.")
    return 0


def cmd_users(args: argparse.Namespace) -> int:
    with open_store(args) as store:
        for name in store.keyfile.users:
            out(name)
    return 0


def cmd_backup(args: argparse.Namespace) -> int:
    with open_store(args) as store:
        store.backup(args.file)
    out(f"Sauvegarde chiffrée écrite : {args.file}")
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    restore(args.file, data_dir(args), user=user(args), passphrase=passphrase())
    out("Sauvegarde restaurée. L'ancienne base est conservée dans le dossier « replaced ».")
    return 0


def cmd_check(args: argparse.Namespace) -> int:
    failed = False
    for check in run_self_test():
        out(f"{'OK ' if check.ok else 'ÉCHEC'} {check.name} : {check.detail}")
        failed |= not check.ok
    with open_store(args) as store:
        problems = store.check()
    for problem in problems:
        out(f"ÉCHEC {problem}")
    if failed or problems:
        raise CliError("le contrôle a trouvé des problèmes (voir ci-dessus).")
    out("OK base intègre, journal d'accès vérifié.")
    return 0
