"""Handover between Missions Locales and retention, from the command line (office side).

``office-identity``, ``office-trust``, ``offices``, ``office-revoke``: trust between offices.
``transfer-send``, ``transfer-preview``, ``transfer-accept``, ``transfer-erase-due``: handover.
``retention-rules``, ``retention-set``, ``retention-preview``, ``retention-run``: retention.
"""

from __future__ import annotations

import argparse
import sys
from datetime import date
from pathlib import Path

from ..core.dates import parse_date
from ..services import handover, retention
from ..services.handover import Consent, Placement, Selection
from .common import CliError, open_store, out


def _day(text: str) -> date:
    try:
        return parse_date(text)
    except ValueError:
        raise argparse.ArgumentTypeError("date attendue (jj/mm/aaaa ou aaaa-mm-jj)") from None


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("office-identity", help="bureau : écrire l'identité de cette Mission Locale")
    p.add_argument("--out", type=Path, required=True, help="fichier ou dossier")
    p.set_defaults(func=cmd_identity)

    p = sub.add_parser("office-trust", help="bureau : faire confiance à une autre Mission Locale")
    p.add_argument("file", type=Path, help="fichier d'identité reçu")
    p.add_argument("--fingerprint", help="empreinte lue par l'autre Mission Locale")
    p.set_defaults(func=cmd_trust)

    p = sub.add_parser("offices", help="Missions Locales de confiance")
    p.set_defaults(func=cmd_offices)

    p = sub.add_parser("office-revoke", help="bureau : retirer la confiance à une Mission Locale")
    p.add_argument("office")
    p.set_defaults(func=cmd_revoke)

    p = sub.add_parser("transfer-send", help="transférer des dossiers à une autre Mission Locale")
    p.add_argument("--to", required=True, help="Mission Locale (nom ou identifiant)")
    p.add_argument("--youth", action="append", required=True, help="identifiant (répétable)")
    p.add_argument("--consent-date", type=_day, required=True, help="date du consentement")
    p.add_argument("--consent-method", choices=("ecrit", "oral"), required=True)
    p.add_argument("--consent-by", required=True, help="personne qui a recueilli le consentement")
    p.add_argument(
        "--only",
        help="catégories, séparées par des virgules : " + ", ".join(handover.CATEGORIES),
    )
    p.add_argument("--note", action="append", default=[], help="identifiant d'une note à joindre")
    group = p.add_mutually_exclusive_group()
    group.add_argument("--erase-after-days", type=int, default=90, help="effacer après N jours")
    group.add_argument("--keep", action="store_true", help="ne pas effacer (suivi conservé)")
    p.add_argument("--out", type=Path, required=True, help="fichier ou dossier (clé USB)")
    p.set_defaults(func=cmd_send)

    p = sub.add_parser("transfer-preview", help="voir un transfert reçu sans l'accepter")
    p.add_argument("file", type=Path)
    p.set_defaults(func=cmd_preview)

    p = sub.add_parser("transfer-accept", help="accepter un transfert reçu")
    p.add_argument("file", type=Path)
    p.add_argument(
        "--merge",
        action="append",
        default=[],
        metavar="N=ID",
        help="fusionner le jeune n° N du transfert dans le dossier ID",
    )
    p.add_argument(
        "--create", action="append", default=[], type=int, metavar="N", help="créer un dossier"
    )
    p.set_defaults(func=cmd_accept)

    p = sub.add_parser("transfer-erase-due", help="effacer les dossiers transférés échus")
    p.add_argument("--today", type=_day, help=argparse.SUPPRESS)
    p.set_defaults(func=cmd_erase_due)

    p = sub.add_parser("retention-rules", help="règles de conservation")
    p.set_defaults(func=cmd_rules)

    p = sub.add_parser("retention-set", help="modifier une règle de conservation")
    p.add_argument("rule")
    p.add_argument("--years", type=int)
    p.add_argument("--action", choices=(retention.ANONYMISE, retention.ERASE))
    p.add_argument("--enable", dest="enabled", action="store_true", default=None)
    p.add_argument("--disable", dest="enabled", action="store_false")
    p.add_argument("--reset", action="store_true", help="revenir aux règles par défaut")
    p.set_defaults(func=cmd_rule_set)

    p = sub.add_parser("retention-preview", help="ce que la conservation effacerait aujourd'hui")
    p.add_argument("--today", type=_day, help=argparse.SUPPRESS)
    p.set_defaults(func=cmd_retention_preview)

    p = sub.add_parser("retention-run", help="appliquer les règles de conservation (définitif)")
    p.add_argument("--yes", action="store_true", help="confirmer : l'effacement est définitif")
    p.add_argument("--today", type=_day, help=argparse.SUPPRESS)
    p.set_defaults(func=cmd_retention_run)


def _same(expected: str, given: str | None) -> None:
    out(f"Empreinte de l'autre Mission Locale : {expected}")
    if given is None:
        if not sys.stdin.isatty():
            raise CliError("comparez l'empreinte par téléphone et indiquez-la avec --fingerprint.")
        if input("Est-ce la même empreinte ? (oui/non) ").strip().lower() not in ("oui", "o"):
            raise CliError("empreintes différentes : rien n'a été fait.")
        return
    if "".join(given.split()).upper() != "".join(expected.split()):
        raise CliError("l'empreinte indiquée ne correspond pas : rien n'a été fait.")


def cmd_identity(args: argparse.Namespace) -> int:
    with open_store(args) as store:
        path, fingerprint = handover.export_identity(store, args.out)
        out(f"Identité écrite : {path}")
        out(f"Empreinte à lire à l'autre Mission Locale : {fingerprint}")
    return 0


def cmd_trust(args: argparse.Namespace) -> int:
    identity = handover.read_identity(args.file)
    with open_store(args) as store:
        out(f"Mission Locale : {identity.structure} ({identity.office_id[:8]}…)")
        _same(identity.fingerprint, args.fingerprint)
        peer = handover.trust_office(store, identity)
        out(f"Confiance établie avec « {peer.name} ».")
    return 0


def cmd_offices(args: argparse.Namespace) -> int:
    with open_store(args) as store:
        for o in handover.list_offices(store):
            state = "active" if o.active else f"révoquée le {o.revoked_at or ''}"
            out(f"{o.office_id[:8]}\t{o.name}\t{state}\t{o.fingerprint}")
    return 0


def cmd_revoke(args: argparse.Namespace) -> int:
    with open_store(args) as store:
        office = handover.find_office(store, args.office)
        handover.revoke_office(store, office.office_id)
        out(f"« {office.name} » révoquée : ses transferts seront refusés.")
    return 0


def cmd_send(args: argparse.Namespace) -> int:
    categories = frozenset(handover.CATEGORIES)
    if args.only:
        categories = frozenset(c.strip() for c in args.only.split(",") if c.strip())
    consent = Consent(args.consent_date.isoformat(), args.consent_method, args.consent_by)
    with open_store(args) as store:
        office = handover.find_office(store, args.to)
        selections = [Selection(j, consent, categories, frozenset(args.note)) for j in args.youth]
        sent = handover.send_transfer(
            store,
            office.office_id,
            selections,
            args.out,
            erase_after_days=None if args.keep else args.erase_after_days,
        )
        out(f"Transfert n° {sent.sequence} pour « {office.name} » : {sent.path}")
        if sent.erase_after:
            out(f"Les dossiers seront effacés ici à partir du {sent.erase_after}.")
    return 0


def cmd_preview(args: argparse.Namespace) -> int:
    with open_store(args) as store:
        preview = handover.preview_transfer(store, args.file)
        out(f"Transfert de « {preview.sender} », envoyé le {preview.sent_on}")
        for n, y in enumerate(preview.youths, 1):
            out(f"{n}. {y.name}, né(e) le {y.birth} — {y.consent}")
            out(f"   contenu : {', '.join(y.categories)} ; {y.notes} note(s)")
            for jeune_id, label in y.matches:
                out(f"   dossier existant : {jeune_id}\t{label}")
    return 0


def cmd_accept(args: argparse.Namespace) -> int:
    merges: dict[int, str] = {}
    for text in args.merge:
        n, sep, jeune_id = text.partition("=")
        if not sep or not n.strip().isdigit():
            raise CliError("--merge attend N=IDENTIFIANT.")
        merges[int(n)] = jeune_id.strip()
    with open_store(args) as store:
        preview = handover.preview_transfer(store, args.file)
        placements = []
        for n, y in enumerate(preview.youths, 1):
            if n in merges:
                placements.append(Placement(merges[n]))
            elif n in args.create or not y.matches:
                placements.append(Placement())
            else:
                raise CliError(
                    f"le jeune n° {n} a peut-être déjà un dossier ici : choisissez "
                    f"--merge {n}=ID ou --create {n} (voir transfer-preview)."
                )
        accepted = handover.accept_transfer(store, args.file, placements)
        for jeune_id, how in accepted.youths:
            out(f"{'Fusionné dans' if how == 'merged' else 'Créé'} : {jeune_id}")
        out(f"{accepted.records} fiche(s) reçue(s) de « {accepted.office_label} ».")
    return 0


def cmd_erase_due(args: argparse.Namespace) -> int:
    with open_store(args) as store:
        report = handover.erase_due(store, args.today)
        out(report.message)
    return 0


def cmd_rules(args: argparse.Namespace) -> int:
    with open_store(args) as store:
        for r in retention.rules(store):
            state = "" if r.enabled else " (désactivée)"
            out(f"[{r.id}] {r.label}{state}")
            out(f"   quand : {r.describe()}")
            out(f"   {r.erases_text()}")
            out(f"   {r.keeps_text()}")
    return 0


def cmd_rule_set(args: argparse.Namespace) -> int:
    with open_store(args) as store:
        if args.reset:
            retention.reset_rules(store)
            out("Règles par défaut rétablies.")
            return 0
        changes = {
            k: v
            for k, v in (("years", args.years), ("action", args.action), ("enabled", args.enabled))
            if v is not None
        }
        rule = retention.set_rule(store, args.rule, **changes)
        out(f"[{rule.id}] {rule.describe()} — {rule.erases_text()}")
    return 0


def cmd_retention_preview(args: argparse.Namespace) -> int:
    with open_store(args) as store:
        for effect in retention.preview(store, args.today):
            out(
                f"[{effect.rule.id}] {effect.rule.label} : {len(effect.case_files)} dossier(s), "
                f"{effect.records} fiche(s)"
            )
            for c in effect.case_files:
                out(f"   {c.jeune_id}\t{c.label}\t{c.records} fiche(s)")
    return 0


def cmd_retention_run(args: argparse.Namespace) -> int:
    if not args.yes:
        raise CliError("l'effacement est définitif : relancez avec --yes (voir retention-preview).")
    with open_store(args) as store:
        out(retention.run(store, args.today).message)
    return 0
