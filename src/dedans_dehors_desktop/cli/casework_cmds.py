"""Subcommands of the case work, as the window does it: record an interview (``entretien``),
register a SPIP referral (``orientation-spip``), read a case file with its record ids
(``dossier``), add, change or delete a record of the parcours (``ajouter``, ``modifier``,
``supprimer``), the appointments of a day (``permanence``) and the changes of a case file
(``historique``). Each write is one transaction through the services: all or nothing."""

from __future__ import annotations

import argparse
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from ..core import enums as E
from ..core.dates import format_fr, parse_date
from ..core.entities import ENTITIES
from ..core.errors import NotFound
from ..core.textnorm import fold
from ..services import casework, queries
from ..services.session import Store
from .common import CliError, open_store, out
from .fields import assignments, display, entity_of, value

_ACTUALITE = ENTITIES["actualite"]


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    _register_interview(sub)
    _register_referral(sub)

    p = sub.add_parser("dossier", help="afficher un dossier avec l'identifiant de chaque fiche")
    p.add_argument("id", metavar="JEUNE_ID", help="identifiant du jeune")
    p.add_argument("--type", metavar="TYPE", help="seulement ce type de fiche (frein, action…)")
    p.set_defaults(func=cmd_dossier)

    p = sub.add_parser(
        "ajouter", help="ajouter une fiche au dossier (frein, action, objectif, orientation…)"
    )
    p.add_argument("table", metavar="TYPE", help="type de fiche : frein, action, objectif…")
    p.add_argument("id", metavar="JEUNE_ID", help="identifiant du jeune")
    p.add_argument("values", nargs="+", metavar="CHAMP=VALEUR", help="valeurs de la fiche")
    p.set_defaults(func=cmd_ajouter)

    p = sub.add_parser("modifier", help="modifier des champs d'une fiche du dossier")
    p.add_argument("table", metavar="TYPE", help="type de fiche : jeune, frein, action, objectif…")
    p.add_argument("id", metavar="FICHE_ID", help="identifiant de la fiche (voir « dossier »)")
    p.add_argument(
        "values", nargs="+", metavar="CHAMP=VALEUR", help="champs à changer (vide : effacer)"
    )
    p.set_defaults(func=cmd_modifier)

    p = sub.add_parser("supprimer", help="supprimer une fiche du dossier")
    p.add_argument("table", metavar="TYPE", help="type de fiche : frein, action, objectif…")
    p.add_argument("id", metavar="FICHE_ID", help="identifiant de la fiche (voir « dossier »)")
    p.set_defaults(func=cmd_supprimer)

    p = sub.add_parser("permanence", help="rendez-vous d'un jour dans un établissement")
    p.add_argument("--date", metavar="DATE", help="jj/mm/aaaa (aujourd'hui sinon)")
    p.add_argument(
        "--etablissement",
        metavar="NOM",
        help="établissement (sinon celui qui a le plus de rendez-vous ce jour-là)",
    )
    p.set_defaults(func=cmd_permanence)

    p = sub.add_parser("historique", help="modifications des fiches d'un dossier")
    p.add_argument("id", metavar="JEUNE_ID", help="identifiant du jeune")
    p.set_defaults(func=cmd_historique)


# --- entretien ----------------------------------------------------------------------------------


def _register_interview(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser(
        "entretien",
        help="enregistrer un entretien (freins, actions, prochain rendez-vous) en une fois",
        description=(
            "Enregistre l'entretien, les freins repérés ou mis à jour, les actions convenues et "
            "le prochain rendez-vous, en une seule opération : tout ou rien."
        ),
    )
    p.add_argument("id", metavar="JEUNE_ID", help="identifiant du jeune")
    p.add_argument("--date", metavar="DATE", help="jj/mm/aaaa (aujourd'hui sinon)")
    p.add_argument("--heure", metavar="HH:MM")
    p.add_argument("--duree", metavar="MINUTES", help="durée en minutes")
    p.add_argument("--type", default="entretien", help="type de contact (entretien sinon)")
    p.add_argument(
        "--lieu",
        help="intra_muros, mission_locale, spip, partenaire "
        "(sinon intra-muros si le jeune est détenu, Mission Locale sinon)",
    )
    p.add_argument("--presence", default="present", help="present, absent, excuse… (present)")
    p.add_argument("--etablissement", metavar="NOM", help="établissement (nom ou identifiant)")
    p.add_argument(
        "--theme", action="append", default=[], metavar="THÈMES", help="thèmes abordés (répétable)"
    )
    p.add_argument("--note", default="", help="note de l'entretien")
    p.add_argument(
        "--frein",
        action="append",
        default=[],
        metavar="THÈME:SITUATION",
        help="frein repéré, avec sa situation (répétable)",
    )
    p.add_argument(
        "--statut-frein",
        action="append",
        default=[],
        metavar="FREIN=STATUT",
        help="nouveau statut d'un frein du dossier, désigné par son id ou son thème (répétable)",
    )
    p.add_argument(
        "--action",
        action="append",
        default=[],
        metavar="LIBELLÉ;ÉCHÉANCE;QUI",
        help="action convenue ; échéance et qui (jeune, referent, partenaire) facultatifs",
    )
    p.add_argument("--prochain-rdv", metavar="DATE[ HH:MM]", help="prochain rendez-vous")
    p.add_argument(
        "--rdv", metavar="ACTUALITE_ID", help="le rendez-vous planifié que l'entretien tient"
    )
    p.set_defaults(func=cmd_entretien)


def _barriers(store: Store, texts: Sequence[str]) -> list[casework.NewBarrier]:
    frein = ENTITIES["frein"]
    out_: list[casework.NewBarrier] = []
    for text in texts:
        theme, _, situation = text.partition(":")
        if not theme.strip():
            raise CliError(f"« --frein {text} » : attendu THÈME:situation.")
        out_.append(
            casework.NewBarrier(
                value(store, frein.field("theme"), theme), situation.strip() or None
            )
        )
    return out_


def _barrier_statuts(store: Store, jeune_id: str, texts: Sequence[str]) -> dict[str, str | None]:
    frein = ENTITIES["frein"]
    existing = queries.records(store, jeune_id, "frein")
    out_: dict[str, str | None] = {}
    for text in texts:
        which, sep, statut = text.partition("=")
        if not sep:
            raise CliError(f"« --statut-frein {text} » : attendu FREIN=STATUT.")
        theme = value(store, frein.field("theme"), which)
        found = [f["id"] for f in existing if f["id"] == which.strip() or f["theme"] == theme]
        if not found:
            raise CliError(f"aucun frein « {which} » dans ce dossier.")
        if len(found) > 1:
            raise CliError(f"plusieurs freins « {which} » dans ce dossier : donnez l'id.")
        out_[str(found[0])] = value(store, frein.field("statut"), statut)
    return out_


def _actions(store: Store, texts: Sequence[str]) -> list[casework.AgreedAction]:
    action = ENTITIES["action"]
    out_: list[casework.AgreedAction] = []
    for text in texts:
        parts = [p.strip() for p in text.split(";")]
        if len(parts) > 3 or not parts[0]:
            raise CliError(f"« --action {text} » : attendu « libellé;échéance;qui ».")
        parts += [""] * (3 - len(parts))
        libelle, echeance, acteur = parts
        out_.append(
            casework.AgreedAction(
                libelle, echeance or None, value(store, action.field("acteur"), acteur or "jeune")
            )
        )
    return out_


def _next_appointment(text: str | None) -> casework.NextAppointment | None:
    if not text or not text.strip():
        return None
    day, _, heure = text.strip().partition(" ")
    return casework.NextAppointment(day, heure.strip() or None)


def cmd_entretien(args: argparse.Namespace) -> int:
    with open_store(args) as store:
        jeune_id = args.id
        try:
            queries.record(store, "jeune", jeune_id)
        except NotFound:
            raise CliError("aucun jeune avec cet identifiant.") from None
        place = casework.usual_place(store, jeune_id)
        etab_field = _ACTUALITE.field("etablissement_id")
        lieu = value(store, _ACTUALITE.field("lieu"), args.lieu) if args.lieu else place.lieu
        etab = (
            value(store, etab_field, args.etablissement)
            if args.etablissement
            else (place.etablissement_id if lieu == place.lieu else None)
        )
        themes = [
            t for text in args.theme for t in value(store, _ACTUALITE.field("themes"), text) or []
        ]
        interview = casework.Interview(
            jeune_id=jeune_id,
            actualite={
                "date": args.date or date.today(),
                "heure": args.heure,
                "duree": args.duree,
                "type": value(store, _ACTUALITE.field("type"), args.type),
                "lieu": lieu,
                "presence": value(store, _ACTUALITE.field("presence"), args.presence),
                "etablissement_id": etab,
                "themes": themes,
                "note": args.note,
            },
            barrier_statuts=_barrier_statuts(store, jeune_id, args.statut_frein),
            new_barriers=_barriers(store, args.frein),
            actions=_actions(store, args.action),
            next_appointment=_next_appointment(args.prochain_rdv),
            appointment_id=args.rdv,
        )
        actualite_id = casework.record_interview(store, interview)
    out(f"Entretien enregistré : {actualite_id}")
    if interview.new_barriers:
        out(f"  {len(interview.new_barriers)} frein(s) ajouté(s)")
    if interview.barrier_statuts:
        out(f"  {len(interview.barrier_statuts)} frein(s) mis à jour")
    if interview.actions:
        out(f"  {len(interview.actions)} action(s) ajoutée(s)")
    if interview.next_appointment is not None:
        out("  prochain rendez-vous planifié")
    return 0


# --- orientation-spip ---------------------------------------------------------------------------


@dataclass(frozen=True)
class _Option:
    flag: str
    table: str
    field: str
    default: str | None = None


_REFERRAL_OPTIONS = (
    _Option("--nom-naissance", "jeune", "nom_naissance"),
    _Option("--nom-usage", "jeune", "nom_usage"),
    _Option("--prenoms", "jeune", "prenoms"),
    _Option("--sexe", "jeune", "sexe"),
    _Option("--date-naissance", "jeune", "date_naissance"),
    _Option("--commune", "jeune", "commune"),
    _Option("--telephone", "jeune", "telephone"),
    _Option("--ou-joindre", "jeune", "ou_joindre"),
    _Option("--milieu", "suivi_judiciaire", "milieu", "ferme"),
    _Option("--statut", "suivi_judiciaire", "statut"),
    _Option("--etablissement", "suivi_judiciaire", "etablissement_id"),
    _Option("--date-ecrou", "suivi_judiciaire", "date_ecrou"),
    _Option("--date-liberation-prev", "suivi_judiciaire", "date_liberation_prev"),
    _Option("--spip-antenne", "suivi_judiciaire", "spip_antenne"),
    _Option("--cpip-nom", "suivi_judiciaire", "cpip_nom"),
    _Option("--date-orientation", "positionnement", "date"),
    _Option("--origine", "positionnement", "origine", "spip"),
    _Option("--prescripteur", "positionnement", "prescripteur"),
    _Option("--statut-positionnement", "positionnement", "statut", "propose"),
    _Option("--dispositif", "positionnement", "dispositif_id"),
)


def _dest(option: _Option) -> str:
    return option.flag[2:].replace("-", "_")


def _register_referral(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser(
        "orientation-spip",
        help="nouveau jeune orienté par le SPIP : identité, suivi judiciaire, positionnement",
        description=(
            "Crée le dossier, le suivi judiciaire et le positionnement en une seule opération, "
            "et enregistre l'éligibilité au dispositif quand il a des critères."
        ),
    )
    for option in _REFERRAL_OPTIONS:
        f = ENTITIES[option.table].field(option.field)
        detail = f" ({option.default} sinon)" if option.default else ""
        if f.choices is not None:
            detail += f" : {', '.join(f.choices.codes())}"
        p.add_argument(option.flag, dest=_dest(option), help=f"{f.label}{detail}")
    p.add_argument(
        "--reponse",
        action="append",
        default=[],
        metavar="CRITÈRE=oui|non",
        help="réponse à une question d'éligibilité du dispositif (répétable)",
    )
    p.set_defaults(func=cmd_orientation_spip)


def _answers(texts: Sequence[str]) -> dict[str, bool]:
    answers: dict[str, bool] = {}
    for text in texts:
        criterion, sep, answer = text.partition("=")
        if not sep or fold(answer) not in ("oui", "non"):
            raise CliError(f"« --reponse {text} » : attendu CRITÈRE=oui ou CRITÈRE=non.")
        answers[criterion.strip()] = fold(answer) == "oui"
    return answers


def cmd_orientation_spip(args: argparse.Namespace) -> int:
    today = date.today()
    with open_store(args) as store:
        parts: dict[str, dict[str, object]] = {
            "jeune": {},
            "suivi_judiciaire": {},
            "positionnement": {"date": today},
        }
        for option in _REFERRAL_OPTIONS:
            text = getattr(args, _dest(option))
            if text is None:
                text = option.default
            if text is not None:
                f = ENTITIES[option.table].field(option.field)
                parts[option.table][option.field] = value(store, f, text)
        referral = casework.Referral(
            jeune=parts["jeune"],
            suivi_judiciaire=parts["suivi_judiciaire"],
            positionnement=parts["positionnement"],
            answers=_answers(args.reponse),
        )
        evaluation = casework.evaluate_referral(store, referral, today)
        jeune_id = casework.register_referral(store, referral, evaluation=evaluation)
    out(f"Dossier créé : {jeune_id}")
    if evaluation.criteria:
        out(f"Éligibilité : {E.RESULTAT_ELIGIBILITE.label(evaluation.outcome)}")
        marks = {True: "rempli", False: "non rempli", None: "à vérifier"}
        for criterion in evaluation.criteria:
            out(f"  [{marks[criterion.passed]}] {criterion.label} ({criterion.id})")
    return 0


# --- dossier, ajouter, modifier, supprimer ------------------------------------------------------


def _line(table: str, record: dict[str, object], names: dict[str, dict[str, str]]) -> str:
    e = ENTITIES[table]
    parts = []
    for f in e.fields:
        stored = record.get(f.name)
        if f.name == "jeune_id" or stored is None:
            continue
        shown = names.get(f.ref or "", {}).get(str(stored), str(stored)) if f.ref else None
        parts.append(f"{f.label} : {shown if shown is not None else display(f, stored)}")
    return f"  {record['id']}  " + " ; ".join(parts)


def cmd_dossier(args: argparse.Namespace) -> int:
    if args.type is not None:
        entity_of(args.type)
    with open_store(args) as store:
        try:
            case = queries.read_case_file(store, args.id)
        except NotFound:
            raise CliError("aucun jeune avec cet identifiant.") from None
    jeune = case.jeune
    nom = jeune.get("nom_usage") or jeune.get("nom_naissance") or ""
    out(f"Dossier {jeune['id']} : {nom} {jeune.get('prenoms') or ''}".rstrip())
    for table in queries.CASE_TABLES:
        if args.type is not None and table != args.type:
            continue
        rows = case.records.get(table, [])
        if rows:
            out(f"{ENTITIES[table].label} ({table}, {len(rows)})")
        for record in rows:
            out(_line(table, record, case.ref_names))
    return 0


def cmd_ajouter(args: argparse.Namespace) -> int:
    e = entity_of(args.table)
    with open_store(args) as store:
        values = assignments(store, e, args.values)
        record_id = casework.add_record(store, e.table, {**values, "jeune_id": args.id})
    out(f"{e.label} ajouté(e) : {record_id}")
    return 0


def _require(store: Store, table: str, record_id: str) -> None:
    try:
        queries.record(store, table, record_id)
    except NotFound:
        raise CliError(f"aucune fiche « {table} » avec cet identifiant.") from None


def cmd_modifier(args: argparse.Namespace) -> int:
    e = entity_of(args.table, youth=True)
    with open_store(args) as store:
        _require(store, e.table, args.id)
        casework.edit_record(store, e.table, args.id, assignments(store, e, args.values))
    out(f"{e.label} modifié(e).")
    return 0


def cmd_supprimer(args: argparse.Namespace) -> int:
    e = entity_of(args.table)
    with open_store(args) as store:
        _require(store, e.table, args.id)
        casework.delete_record(store, e.table, args.id)
    out(f"{e.label} supprimé(e).")
    return 0


# --- permanence, historique ---------------------------------------------------------------------


def cmd_permanence(args: argparse.Namespace) -> int:
    try:
        day = parse_date(args.date) if args.date else date.today()
    except ValueError:
        raise CliError(f"date invalide « {args.date} » (attendu jj/mm/aaaa).") from None
    with open_store(args) as store:
        if args.etablissement:
            etab = value(store, _ACTUALITE.field("etablissement_id"), args.etablissement)
        else:
            etab = queries.busiest_etablissement(store, day)
        rows = queries.appointments(store, day, etab)
        etab_name = dict(queries.names(store, "etablissement")).get(etab or "", "")
    out(f"Permanence du {format_fr(day)}" + (f" : {etab_name}" if etab_name else ""))
    for a in rows:
        presence = E.PRESENCE.label(a.presence) if a.presence else ""
        who = f"{a.nom} {a.prenoms}"
        out(f"  {a.heure or '--:--'}  {who}  {presence}  {a.jeune_id}  {a.actualite_id}")
    if not rows:
        out("  aucun rendez-vous")
    return 0


def cmd_historique(args: argparse.Namespace) -> int:
    with open_store(args) as store:
        try:
            case = queries.read_case_file(store, args.id)
        except NotFound:
            raise CliError("aucun jeune avec cet identifiant.") from None
        changes = queries.record_history(store, case)
    for change in changes:
        e = ENTITIES[str(change["table"])]
        name = str(change["field"])
        label = e.field(name).label if e.has_field(name) else name
        out(
            f"{change['record_id']}  {e.label} / {label} : "
            f"{change['old'] if change['old'] is not None else '∅'} → "
            f"{change['new'] if change['new'] is not None else '∅'}  ({change['author']})"
        )
    return 0
