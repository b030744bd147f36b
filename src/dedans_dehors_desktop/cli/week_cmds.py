"""Subcommands for the referent's week: permanence slots and bookings, the week at a glance,
the day's list, the SPIP liaison sheet and the reminders."""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path

from ..core import enums as E
from ..core.dates import format_fr, parse_date
from ..core.i18n import tr
from ..core.textnorm import fold
from ..services import commission, day_list, liaison, reminders, week
from ..services.documents import save_pdf
from .common import CliError, open_store, out

_CTX = "Ligne de commande"
_DAYS = {fold(label): code for code, label in E.JOUR_SEMAINE.labelled()}


def _t(text: str) -> str:
    return tr(_CTX, text)


def _day(text: str) -> date:
    try:
        return parse_date(text)
    except ValueError:
        raise argparse.ArgumentTypeError(text) from None


def _weekday(text: str) -> str:
    code = text if text in E.JOUR_SEMAINE else _DAYS.get(fold(text))
    if code is None:
        raise argparse.ArgumentTypeError(text)
    return code


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("creneaux", help="créneaux de permanence (liste)")
    p.add_argument("--etablissement", metavar="ID", help="un seul établissement")
    p.set_defaults(func=cmd_slots)

    p = sub.add_parser("creneau-ajouter", help="nouveau créneau de permanence récurrent")
    p.add_argument("--etablissement", metavar="ID", required=True, help="établissement")
    p.add_argument("--jour", type=_weekday, required=True, help="lundi … dimanche (ou 1 à 7)")
    p.add_argument("--debut", required=True, metavar="HH:MM", help="heure de début")
    p.add_argument("--fin", required=True, metavar="HH:MM", help="heure de fin")
    p.add_argument("--toutes-les", type=int, default=1, metavar="N", help="toutes les N semaines")
    p.add_argument("--du", type=_day, required=True, metavar="JJ/MM/AAAA", help="à partir du")
    p.add_argument("--au", type=_day, metavar="JJ/MM/AAAA", help="jusqu'au")
    p.add_argument("--libelle", help="libellé")
    p.set_defaults(func=cmd_add_slot)

    p = sub.add_parser("semaine", help="la semaine : permanences, inscrits, rendez-vous")
    p.add_argument("--date", type=_day, metavar="JJ/MM/AAAA", help="un jour de la semaine")
    p.set_defaults(func=cmd_week)

    p = sub.add_parser("inscrire", help="inscrire un jeune à une permanence")
    p.add_argument("id", metavar="YOUTH_ID", help="identifiant du jeune")
    p.add_argument("--creneau", required=True, metavar="ID", help="créneau de permanence")
    p.add_argument("--date", type=_day, required=True, metavar="JJ/MM/AAAA", help="jour")
    p.add_argument("--heure", metavar="HH:MM", help="heure de convocation")
    p.add_argument("--origine", choices=E.ORIGINE_INSCRIPTION.codes(), default="dossier")
    p.add_argument(
        "--malgre-avertissement", action="store_true", help="inscrire malgré un avertissement"
    )
    p.set_defaults(func=cmd_book)

    p = sub.add_parser("liste-du-jour", help="liste des jeunes à rencontrer (PDF)")
    p.add_argument("--creneau", metavar="ID", help="le créneau de permanence")
    p.add_argument("--etablissement", metavar="ID", help="ou l'établissement (un seul créneau)")
    p.add_argument("--date", type=_day, required=True, metavar="JJ/MM/AAAA", help="jour")
    p.add_argument("--out", type=Path, required=True, help="fichier PDF à écrire")
    p.add_argument("--prive", action="store_true", help="version personnelle (actions convenues)")
    p.set_defaults(func=cmd_day_list)

    p = sub.add_parser("fiche-liaison", help="fiche de liaison pour le CPIP (PDF)")
    p.add_argument("id", metavar="YOUTH_ID", help="identifiant du jeune")
    p.add_argument("--out", type=Path, required=True, help="fichier PDF à écrire")
    p.add_argument(
        "--note",
        action="append",
        default=[],
        metavar="ACTUALITE_ID",
        help="inclure la note de cet entretien (si l'accord le permet) ; répétable",
    )
    p.set_defaults(func=cmd_liaison)

    p = sub.add_parser("rappels", help="rappels : sorties, actions en retard, contacts…")
    p.set_defaults(func=cmd_reminders)

    p = sub.add_parser("commissions", help="commissions (liste)")
    p.set_defaults(func=cmd_commissions)

    p = sub.add_parser("commission-ajouter", help="nouvelle séance de commission")
    p.add_argument("--date", type=_day, required=True, metavar="JJ/MM/AAAA", help="date")
    p.add_argument("--intitule", help="intitulé")
    p.add_argument("--lieu", help="lieu")
    p.set_defaults(func=cmd_add_commission)

    p = sub.add_parser("commission-jeunes", help="ajouter des jeunes à examiner en commission")
    p.add_argument("commission", metavar="COMMISSION_ID", help="la commission")
    p.add_argument("ids", metavar="YOUTH_ID", nargs="+", help="identifiants des jeunes")
    p.set_defaults(func=cmd_commission_youths)

    p = sub.add_parser("commission-liste", help="liste des jeunes à examiner (PDF)")
    p.add_argument("commission", metavar="COMMISSION_ID", help="la commission")
    p.add_argument("--out", type=Path, required=True, help="fichier PDF à écrire")
    p.set_defaults(func=cmd_commission_sheet)

    p = sub.add_parser("commission-decision", help="enregistrer la décision pour un jeune")
    p.add_argument("commission", metavar="COMMISSION_ID", help="la commission")
    p.add_argument("id", metavar="YOUTH_ID", help="identifiant du jeune")
    p.add_argument("--decision", required=True, help="la décision (une ligne)")
    p.set_defaults(func=cmd_commission_decision)


def cmd_slots(args: argparse.Namespace) -> int:
    with open_store(args) as store:
        slots = week.list_slots(store, args.etablissement)
    for s in slots:
        every = (
            "" if s.periodicite == 1 else _t(" (toutes les {n} semaines)").format(n=s.periodicite)
        )
        out(
            f"{s.id}  {E.JOUR_SEMAINE.label(s.jour)} {s.heure_debut}–{s.heure_fin}{every}  "
            f"{s.etablissement}  {s.libelle or ''}".rstrip()
        )
    if not slots:
        out(_t("Aucun créneau."))
    return 0


def cmd_add_slot(args: argparse.Namespace) -> int:
    with open_store(args) as store:
        slot_id = week.create_slot(
            store,
            {
                "etablissement_id": args.etablissement,
                "jour": args.jour,
                "heure_debut": args.debut,
                "heure_fin": args.fin,
                "periodicite": args.toutes_les,
                "date_debut": args.du,
                "date_fin": args.au,
                "libelle": args.libelle,
            },
        )
    out(slot_id)
    return 0


def cmd_week(args: argparse.Namespace) -> int:
    with open_store(args) as store:
        plan = week.week_plan(store, args.date or date.today())
    for d in plan.days:
        if not d.occurrences and not d.appointments:
            continue
        out(f"{E.JOUR_SEMAINE.label(str(d.day.isoweekday()))} {format_fr(d.day)}")
        for o in d.occurrences:
            out(f"  {o.slot.heure_debut}–{o.slot.heure_fin}  {o.slot.etablissement}  [{o.slot.id}]")
            for b in o.bookings:
                state = E.STATUT_INSCRIPTION.label(b.statut)
                out(f"    {b.heure or '--:--'}  {b.nom.upper()} {b.prenoms}  ({state})")
            for a in o.appointments:
                out(f"    {a.heure or '--:--'}  {a.nom.upper()} {a.prenoms}  (entretien planifié)")
        for a in d.appointments:
            where = a.etablissement or E.LIEU.label(a.lieu)
            out(f"  {a.heure or '--:--'}  {a.nom.upper()} {a.prenoms}  {where}".rstrip())
    for w in plan.warnings:
        out(_t("Attention : {texte}").format(texte=w))
    return 0


def cmd_book(args: argparse.Namespace) -> int:
    with open_store(args) as store:
        warnings = week.booking_warnings(store, args.id, args.creneau, args.date, args.heure)
        for w in warnings:
            out(_t("Attention : {texte}").format(texte=w))
        if warnings and not args.malgre_avertissement:
            raise CliError(
                _t("inscription non faite ; relancez avec --malgre-avertissement pour confirmer.")
            )
        booking = week.book(store, args.id, args.creneau, args.date, args.heure, args.origine)
    out(booking)
    return 0


def cmd_day_list(args: argparse.Namespace) -> int:
    with open_store(args) as store:
        slot_id = args.creneau
        if slot_id is None:
            if not args.etablissement:
                raise CliError(_t("indiquez --creneau ou --etablissement."))
            candidates = [
                s.id
                for s in week.list_slots(store, args.etablissement)
                if week.recurrence(s).occurs_on(args.date)
            ]
            if len(candidates) != 1:
                raise CliError(
                    _t(
                        "{n} permanence(s) ce jour-là dans cet établissement : précisez --creneau."
                    ).format(n=len(candidates))
                )
            slot_id = candidates[0]
        pdf = day_list.print_day_list(store, slot_id, args.date, private=args.prive)
        save_pdf(args.out, pdf)
        count = len(day_list.entries(store, slot_id, args.date))
    out(_t("Liste du jour écrite ({n} jeune(s)) : {fichier}").format(n=count, fichier=args.out))
    return 0


def cmd_liaison(args: argparse.Namespace) -> int:
    with open_store(args) as store:
        pdf, content = liaison.render_liaison(store, args.id, notes=set(args.note))
        save_pdf(args.out, pdf)
    out(
        _t("Fiche de liaison écrite ({n} élément(s) partagé(s)) : {fichier}").format(
            n=len(content.items), fichier=args.out
        )
    )
    for held in content.held_back:
        # The reason only: the line itself stays inside the encrypted store.
        out(_t("Une ligne non imprimée ({raison}).").format(raison=held.reason))
    return 0


def cmd_reminders(args: argparse.Namespace) -> int:
    with open_store(args) as store:
        found = reminders.reminders(store)
    for r in found:
        who = f"{r.who} — " if r.who else ""
        out(f"[{reminders.kind_label(r.kind)}] {who}{r.text}")
    if not found:
        out(_t("Aucun rappel."))
    return 0


def cmd_commissions(args: argparse.Namespace) -> int:
    with open_store(args) as store:
        found = commission.list_commissions(store)
    for c in found:
        title = f"  {c.intitule}" if c.intitule else ""
        out(
            f"{c.id}  {format_fr(date.fromisoformat(c.date))}{title}  "
            + _t("{n} jeune(s)").format(n=c.youths)
        )
    if not found:
        out(_t("Aucune commission."))
    return 0


def cmd_add_commission(args: argparse.Namespace) -> int:
    with open_store(args) as store:
        out(commission.create_commission(store, args.date, args.intitule, args.lieu))
    return 0


def cmd_commission_youths(args: argparse.Namespace) -> int:
    with open_store(args) as store:
        added = commission.add_youths(store, args.commission, args.ids)
    out(_t("{n} jeune(s) ajouté(s).").format(n=len(added)))
    return 0


def cmd_commission_sheet(args: argparse.Namespace) -> int:
    with open_store(args) as store:
        pdf, content = commission.render_commission(store, args.commission)
        save_pdf(args.out, pdf)
    out(
        _t("Liste de la commission écrite ({n} jeune(s)) : {fichier}").format(
            n=len(content.jeune_ids), fichier=args.out
        )
    )
    for held in content.held_back:
        out(_t("Une ligne non imprimée ({raison}).").format(raison=held.reason))
    return 0


def cmd_commission_decision(args: argparse.Namespace) -> int:
    with open_store(args) as store:
        passage = next(
            (p for p in commission.passages(store, args.commission) if p.jeune_id == args.id),
            None,
        )
        if passage is None:
            raise CliError(_t("ce jeune n'est pas sur la liste de cette commission."))
        commission.record_decisions(store, {passage.id: args.decision})
    out(_t("Décision enregistrée."))
    return 0
