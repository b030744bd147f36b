"""Subcommands of the USB synchronisation: enrolment, export, import, verify, conflicts,
devices, revoke (SYNC.md)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from ..services.exchange import (
    Conflict,
    ScopeRule,
    approve_request,
    bundle_history,
    choices_text,
    choose,
    complete_enrolment,
    confirm_deletion,
    create_request,
    describe_scope,
    ensure_identity,
    export_bundle,
    find_conflict,
    find_device,
    import_bundle,
    inspect_bundle,
    is_deletion,
    list_conflicts,
    list_devices,
    own_label,
    parse_rule,
    plural,
    read_offer,
    read_request,
    restore_record,
    revoke,
    set_scope,
    stick_folder,
    synchronise,
)
from ..services.session import Store
from .common import CliError, open_store, out

_STATUS = {
    "new": "nouveau, pas encore importé",
    "already": "déjà importé",
    "replayed": "plus ancien que le dernier paquet importé de ce poste (sera refusé)",
}


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("enrol-request", help="poste portable : demande d'inscription au bureau")
    p.add_argument("--out", type=Path, required=True, help="fichier ou dossier (clé USB)")
    p.add_argument("--label", help="nom du poste (par défaut : « Poste de <utilisateur> »)")
    p.set_defaults(func=cmd_enrol_request)

    p = sub.add_parser("enrol-approve", help="bureau : approuver une demande d'inscription")
    p.add_argument("file", type=Path, metavar="FICHIER")
    p.add_argument(
        "--scope",
        action="append",
        required=True,
        help="referent:NOM ou etablissement:NOM (répétable)",
    )
    p.add_argument("--out", type=Path, required=True, help="fichier ou dossier (clé USB)")
    p.add_argument("--label", help="nom du poste")
    p.add_argument("--fingerprint", help="empreinte lue sur l'écran du poste")
    p.set_defaults(func=cmd_enrol_approve)

    p = sub.add_parser("enrol-complete", help="poste portable : terminer l'inscription")
    p.add_argument("file", type=Path, metavar="FICHIER")
    p.add_argument("--fingerprint", help="empreinte lue sur l'écran du bureau")
    p.set_defaults(func=cmd_enrol_complete)

    p = sub.add_parser("export", help="écrire le paquet de synchronisation pour un poste")
    p.add_argument("--to", required=True, help="poste destinataire (identifiant, nom, « bureau »)")
    p.add_argument("--out", type=Path, required=True, help="fichier ou dossier (clé USB)")
    p.set_defaults(func=cmd_export)

    p = sub.add_parser("import", help="importer un paquet de synchronisation")
    p.add_argument("file", type=Path, metavar="FICHIER")
    p.add_argument(
        "--confirmer-revocation",
        action="store_true",
        help="bureau : importer un paquet écrit avant la révocation de son poste (consigné)",
    )
    p.set_defaults(func=cmd_import)

    p = sub.add_parser(
        "synchroniser",
        help="tout importer depuis la clé, puis y écrire le paquet de ce poste",
    )
    p.add_argument(
        "folder",
        type=Path,
        nargs="?",
        metavar="DOSSIER",
        help="dossier de la clé (sinon : la clé USB branchée)",
    )
    p.add_argument("--pour", action="append", help="bureau : poste destinataire (répétable)")
    p.add_argument(
        "--confirmer-revocation",
        action="store_true",
        help="bureau : importer les paquets écrits avant la révocation de leur poste (consigné)",
    )
    p.set_defaults(func=cmd_synchronise)

    p = sub.add_parser("verify", help="vérifier un paquet sans l'importer")
    p.add_argument("file", type=Path, metavar="FICHIER")
    p.set_defaults(func=cmd_verify)

    p = sub.add_parser("conflicts", help="lister les conflits à examiner")
    p.set_defaults(func=cmd_conflicts)

    p = sub.add_parser("resolve", help="résoudre un conflit")
    p.add_argument(
        "conflict",
        nargs="+",
        metavar="CONFLIT",
        help="numéro (voir conflicts), ou nom du jeune puis nom du champ",
    )
    group = p.add_mutually_exclusive_group()
    group.add_argument(
        "--garder", "--keep", dest="keep", type=int, help="numéro de la valeur à garder"
    )
    group.add_argument("--valeur", "--value", dest="value", help="nouvelle valeur saisie")
    group.add_argument(
        "--confirmer-suppression",
        "--confirm-deletion",
        dest="confirm_deletion",
        action="store_true",
        help="confirmer la suppression",
    )
    group.add_argument(
        "--restaurer", "--restore", dest="restore", action="store_true", help="restaurer la fiche"
    )
    p.set_defaults(func=cmd_resolve)

    p = sub.add_parser("devices", help="postes inscrits")
    p.set_defaults(func=cmd_devices)

    p = sub.add_parser("revoke", help="bureau : révoquer un poste")
    p.add_argument("device", metavar="POSTE")
    p.set_defaults(func=cmd_revoke)

    p = sub.add_parser("scope", help="bureau : changer le périmètre d'un poste")
    p.add_argument("device", metavar="POSTE")
    p.add_argument("--scope", action="append", required=True)
    p.set_defaults(func=cmd_scope)

    p = sub.add_parser("bundles", help="historique des paquets envoyés et reçus")
    p.set_defaults(func=cmd_bundles)


def _confirm_fingerprint(expected: str, given: str | None, where: str) -> None:
    out(f"Empreinte {where} : {expected}")
    if given is None:
        if not sys.stdin.isatty():
            raise CliError("comparez les empreintes et indiquez-la avec --fingerprint.")
        answer = input("Les deux écrans affichent-ils la même empreinte ? (oui/non) ")
        if answer.strip().lower() not in ("oui", "o"):
            raise CliError("empreintes différentes : rien n'a été fait.")
        return
    if "".join(given.split()).upper() != "".join(expected.split()):
        raise CliError(
            "l'empreinte indiquée ne correspond pas : rien n'a été fait. "
            "Vérifiez que le fichier vient bien du bon poste."
        )


def _scope(store: Store, texts: list[str]) -> tuple[ScopeRule, ...]:
    return tuple(parse_rule(store, t) for t in texts)


def cmd_enrol_request(args: argparse.Namespace) -> int:
    with open_store(args) as store:
        result = create_request(store, args.out, label=args.label)
        out(f"Demande d'inscription écrite : {result.path}")
        out(f"Empreinte de ce poste : {result.fingerprint}")
        out("Comparez-la avec celle que le bureau affichera.")
    return 0


def cmd_enrol_approve(args: argparse.Namespace) -> int:
    with open_store(args) as store:
        request = read_request(args.file)
        out(f"Demande du poste « {request.label} » ({request.device_id[:8]}…)")
        _confirm_fingerprint(request.fingerprint, args.fingerprint, "du poste")
        scope = _scope(store, args.scope)
        approval = approve_request(store, request, scope, args.out, label=args.label)
        out(f"Poste inscrit, périmètre : {describe_scope(store, scope)}")
        out(
            f"Réponse écrite et vérifiée : {approval.export.path} "
            f"({approval.export.records} fiches)"
        )
        out(f"Empreinte du bureau (à comparer sur le poste) : {approval.office_fingerprint}")
    return 0


def cmd_enrol_complete(args: argparse.Namespace) -> int:
    offer = read_offer(args.file)
    with open_store(args) as store:
        _confirm_fingerprint(offer.fingerprint, args.fingerprint, "du bureau")
        result = complete_enrolment(store, args.file)
        out("Poste inscrit auprès du bureau." if not result.already else result.message)
        if not result.already:
            out(result.message)
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    with open_store(args) as store:
        device = find_device(store, args.to)
        result = export_bundle(store, device.device_id, args.out)
        out(f"Paquet n° {result.sequence} pour « {result.label} » : {result.path}")
        out(f"{plural(result.records, 'fiche', 'fiches')}, {result.size} octets.")
        out(result.message)
    return 0


def cmd_import(args: argparse.Namespace) -> int:
    with open_store(args) as store:
        result = import_bundle(store, args.file, confirm_revoked=args.confirmer_revocation)
        out(result.message)
    return 0


def cmd_synchronise(args: argparse.Namespace) -> int:
    folder = stick_folder(args.folder)
    with open_store(args) as store:
        to = [find_device(store, name) for name in args.pour] if args.pour else None
        report = synchronise(store, folder, to=to, confirm_revoked=args.confirmer_revocation)
        out(f"Clé : {folder}")
        for line in report.lines():
            out(line)
    return 1 if report.refused else 0


def cmd_verify(args: argparse.Namespace) -> int:
    with open_store(args) as store:
        info = inspect_bundle(store, args.file)
        out("Paquet valide : signatures, destinataire, expiration et contenu vérifiés.")
        out(f"Expéditeur : {info.sender_label} ({info.sender_id})")
        out(f"Séquence : {info.sequence} ({_STATUS[info.status]})")
        out(f"Type : {'inscription' if info.kind == 'enrolment' else 'synchronisation'}")
        out(
            f"Créé le {info.created_at:%d/%m/%Y %H:%M} UTC, expire le "
            f"{info.expires_at:%d/%m/%Y %H:%M} UTC"
        )
        total = sum(info.records.values())
        detail = ", ".join(f"{t} : {n}" for t, n in sorted(info.records.items()))
        out(
            f"Contenu : {plural(total, 'fiche', 'fiches')}"
            + (f" ({detail})" if detail else "")
            + f", {plural(info.purges, 'dossier à retirer', 'dossiers à retirer')}."
        )
        out(f"Taille : {info.size} octets.")
    return 0


def _print_conflict(number: int, c: Conflict) -> None:
    state = " (fiche supprimée)" if c.record_deleted else ""
    out(f"Conflit n° {number} : {c.youth} — {c.field_label} ({c.table_label}{state})")
    for i, v in enumerate(c.values, 1):
        when = f"{v.when:%d/%m/%Y %H:%M}" if v.when else "?"
        mark = " (affichée en attendant)" if v.provisional else ""
        out(f"  {i}. {v.text} — {v.author}, {v.device}, {when}{mark}")
    out(f"  {choices_text(c)}")
    out(f"  (pour un script : {c.table} {c.record_id} {c.field})")


def cmd_conflicts(args: argparse.Namespace) -> int:
    with open_store(args) as store:
        conflicts = list_conflicts(store)
        if not conflicts:
            out("Aucun conflit à examiner.")
        for number, c in enumerate(conflicts, 1):
            _print_conflict(number, c)
        if conflicts:
            out(
                "Pour résoudre : dedans-dehors resolve NUMÉRO (ou « Nom du jeune » « Champ ») "
                "suivi d'un choix."
            )
    return 0


def cmd_resolve(args: argparse.Namespace) -> int:
    with open_store(args) as store:
        conflict = find_conflict(store, args.conflict)
        deletion = is_deletion(conflict)
        chosen = args.confirm_deletion or args.restore or args.keep is not None
        if not chosen and args.value is None:
            raise CliError(
                f"aucun choix indiqué pour « {conflict.youth} — {conflict.field_label} ». "
                f"{choices_text(conflict)}"
            )
        if deletion and not (args.confirm_deletion or args.restore):
            raise CliError(f"ce conflit porte sur une suppression. {choices_text(conflict)}")
        if not deletion and (args.confirm_deletion or args.restore):
            raise CliError(f"ce conflit ne porte pas sur une suppression. {choices_text(conflict)}")
        if args.confirm_deletion:
            confirm_deletion(store, conflict)
        elif args.restore:
            restore_record(store, conflict)
        elif args.keep is not None:
            if not 1 <= args.keep <= len(conflict.values):
                raise CliError(
                    f"numéro de valeur invalide : choisissez entre 1 et {len(conflict.values)}."
                )
            choose(store, conflict, conflict.values[args.keep - 1].value)
        else:
            choose(store, conflict, args.value)
        out(
            "Conflit résolu : le choix sera transmis aux autres postes à la prochaine "
            "synchronisation."
        )
    return 0


def cmd_devices(args: argparse.Namespace) -> int:
    with open_store(args) as store:
        identity = ensure_identity(store)
        out(f"Ce poste : {own_label(store)} ({identity.device_id})")
        out(f"  empreinte {identity.public.fingerprint()}")
        for d in list_devices(store):
            role = "bureau" if d.role == "office" else "portable"
            status = "actif" if d.active else f"RÉVOQUÉ le {d.revoked_at}"
            out(f"{d.device_id}  {role}  {status}  {d.label}")
            out(f"  empreinte {d.fingerprint} ; dernier paquet envoyé n° {d.out_seq}")
            if d.role == "laptop":
                out(f"  périmètre : {describe_scope(store, d.scope)}")
    return 0


def cmd_revoke(args: argparse.Namespace) -> int:
    with open_store(args) as store:
        if store.db.role != "office":
            raise CliError("seul le bureau révoque un poste.")
        device = find_device(store, args.device)
        revoke(store, device.device_id)
        out(f"Poste « {device.label} » révoqué : ses paquets seront refusés.")
    return 0


def cmd_scope(args: argparse.Namespace) -> int:
    with open_store(args) as store:
        if store.db.role != "office":
            raise CliError("seul le bureau fixe le périmètre d'un poste.")
        device = find_device(store, args.device)
        scope = _scope(store, args.scope)
        set_scope(store, device.device_id, scope)
        out(
            f"Périmètre de « {device.label} » : {describe_scope(store, scope)}. "
            "Il s'appliquera au prochain paquet."
        )
    return 0


def cmd_bundles(args: argparse.Namespace) -> int:
    with open_store(args) as store:
        for entry in bundle_history(store):
            out(entry.describe())
    return 0
