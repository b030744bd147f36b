"""Subcommands on the store itself: init, demo, search, show, passwd, backup,
restore, check, add-user."""

from __future__ import annotations

import argparse
from pathlib import Path

from ..core.entities import ENTITIES
from ..core.errors import NotFound
from ..services import casework, queries
from ..services.session import Store, restore, run_self_test, users
from .common import (
    CliError,
    data_dir,
    lock_wait,
    new_passphrase,
    open_store,
    out,
    passphrase,
    user,
)
from .fields import display


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
    p.add_argument(
        "--sauvegarde",
        type=Path,
        action="append",
        default=[],
        metavar="FICHIER",
        help="vérifier aussi que le journal prolonge celui de cette sauvegarde",
    )
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
        summary = casework.add_demo(
            store, args.youths, seed=args.seed, actualites_per_youth=args.actualites
        )
    out(f"{summary.youths} jeunes et {summary.actualites} actualités fictifs ajoutés.")
    return 0


def cmd_search(args: argparse.Namespace) -> int:
    with open_store(args) as store:
        if args.notes:
            for act_id, jeune_id, when in queries.search_notes(store, args.text):
                out(f"{jeune_id}\t{when}\t{act_id}")
        else:
            for youth_id, nom, prenoms in queries.search_names(store, args.text):
                out(f"{youth_id}\t{nom} {prenoms}")
    return 0


def cmd_show(args: argparse.Namespace) -> int:
    with open_store(args) as store:
        try:
            jeune = queries.open_youth(store, args.id)
        except NotFound:
            raise CliError("aucun jeune avec cet identifiant.") from None
        e = ENTITIES["jeune"]
        out(f"Dossier {jeune['id']}")
        for f in e.fields:
            if jeune[f.name] is not None:
                out(f"  {f.label} : {display(f, jeune[f.name])}")
        for child in ENTITIES.values():
            if not child.owned_by_youth:
                continue
            rows = queries.records(store, args.id, child.table)
            if rows:
                out(f"{child.label} ({len(rows)})")
            for row in rows:
                parts = [
                    f"{f.label} : {display(f, row[f.name])}"
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
        for name in users(store):
            out(name)
    return 0


def cmd_backup(args: argparse.Namespace) -> int:
    with open_store(args) as store:
        findings = store.backup(args.file)
    out(f"Sauvegarde chiffrée écrite : {args.file}")
    for finding in findings:  # the backup it replaced knew a log this one no longer extends
        out(f"ALERTE {finding}")
    if findings:
        raise CliError("le journal d'accès ne prolonge pas celui de la sauvegarde remplacée.")
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    restore(
        args.file, data_dir(args), user=user(args), passphrase=passphrase(), wait=lock_wait(args)
    )
    out("Sauvegarde restaurée. L'ancienne base est conservée dans le dossier « replaced ».")
    return 0


def cmd_check(args: argparse.Namespace) -> int:
    failed = False
    for check in run_self_test():
        out(f"{'OK ' if check.ok else 'ÉCHEC'} {check.name} : {check.detail}")
        failed |= not check.ok
    with open_store(args) as store:
        problems = store.check()
        for backup in args.sauvegarde:
            problems += store.check_against_backup(backup, strict=True)
    for problem in problems:
        out(f"ÉCHEC {problem}")
    if failed or problems:
        raise CliError("le contrôle a trouvé des problèmes (voir ci-dessus).")
    out("OK base intègre, journal d'accès vérifié.")
    return 0
