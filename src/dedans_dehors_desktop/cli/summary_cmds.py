"""Subcommands for documents about one youth: summary (the sheet handed to the youth),
access-export (GDPR right of access), and structure (the Mission Locale's printed identity)."""

from __future__ import annotations

import argparse
from dataclasses import replace
from pathlib import Path

from ..core.i18n import tr
from ..services.documents import (
    ReviewLine,
    SummaryOptions,
    SummaryReview,
    confirm_held_line,
    export_access,
    log_printed,
    render_summary,
    review_summary,
    rewrite_for_youth,
    set_structure_identity,
    structure_identity,
    suggested_documents,
)
from ..services.session import Store, write_private_file
from .common import CliError, open_store, out

_CTX = "Ligne de commande"


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("summary", help="récapitulatif à remettre au jeune (PDF)")
    p.add_argument("id", metavar="YOUTH_ID", help="identifiant du jeune")
    p.add_argument("--out", type=Path, required=True, help="fichier PDF à écrire")
    p.add_argument(
        "--actualite",
        metavar="ID",
        help="l'entretien résumé (sinon le dernier où le jeune était présent)",
    )
    p.add_argument("--vous", action="store_true", help="vouvoyer le jeune (tutoiement sinon)")
    p.add_argument("--gros-caracteres", action="store_true", help="version en gros caractères")
    p.add_argument(
        "--reecrire",
        nargs=2,
        action="append",
        default=[],
        metavar=("N", "TEXTE"),
        help="écrire le texte montré au jeune pour la ligne retenue n° N (enregistré)",
    )
    p.add_argument(
        "--imprimer-quand-meme",
        type=int,
        action="append",
        default=[],
        metavar="N",
        help="imprimer telle quelle la ligne retenue n° N (noté dans le journal des accès)",
    )
    p.set_defaults(func=cmd_summary)

    p = sub.add_parser(
        "access-export", help="droit d'accès (RGPD art. 15) : toutes les données d'un jeune"
    )
    p.add_argument("id", metavar="YOUTH_ID", help="identifiant du jeune")
    p.add_argument("--out", type=Path, required=True, metavar="DIR", help="dossier de destination")
    p.set_defaults(func=cmd_access_export)

    p = sub.add_parser(
        "structure", help="adresse et standard de la Mission Locale imprimés sur les documents"
    )
    p.add_argument("--address", help="adresse postale (une ligne)")
    p.add_argument("--phone", help="numéro du standard")
    p.set_defaults(func=cmd_structure)


def _numbered(review: SummaryReview) -> list[ReviewLine]:
    """The lines with a reason, held or confirmed, numbered from 1 in the order shown: the
    numbers ``--reecrire`` and ``--imprimer-quand-meme`` refer to."""
    return [line for line in review.lines if line.reasons]


def _line_number(raw: str | int, lines: list[ReviewLine]) -> ReviewLine:
    try:
        number = int(raw)
    except ValueError:
        number = 0
    if not 1 <= number <= len(lines):
        if not lines:
            raise CliError(tr(_CTX, "aucune ligne n'est retenue dans ce récapitulatif."))
        raise CliError(
            tr(_CTX, "ligne retenue n° {n} inconnue (numéros de 1 à {max}).").format(
                n=raw, max=len(lines)
            )
        )
    return lines[number - 1]


def _rewritable(line: ReviewLine) -> bool:
    return line.key.startswith("document:") or (
        line.wording_field is not None and line.record_id is not None
    )


def _show_review(review: SummaryReview) -> None:
    numbered = _numbered(review)
    held = [(n, line) for n, line in enumerate(numbered, 1) if line.held]
    confirmed = [(n, line) for n, line in enumerate(numbered, 1) if line.confirmed]
    if held:
        out(tr(_CTX, "Lignes retenues, non imprimées ({n}) :").format(n=len(held)))
        for number, line in held:
            out(f"  {number}. [{line.section}] {line.text}")
            for reason in line.reason_texts:
                out(f"       ⚠ {reason}")
            if not line.confirmable:
                out("       " + tr(_CTX, "(ne peut pas être imprimée telle quelle)"))
        out(
            tr(
                _CTX,
                'Pour les imprimer : --reecrire N "texte pour le jeune", ou '
                "--imprimer-quand-meme N après relecture.",
            )
        )
    if confirmed:
        out(tr(_CTX, "Imprimées après confirmation ({n}) :").format(n=len(confirmed)))
        for number, line in confirmed:
            out(f"  {number}. [{line.section}] {line.text}")
    if not held and not confirmed:
        out(tr(_CTX, "Aucune ligne retenue."))


def cmd_summary(args: argparse.Namespace) -> int:
    target: Path = args.out
    if target.is_dir():
        raise CliError(tr(_CTX, "« --out » doit être un fichier PDF, pas un dossier."))
    if not target.parent.is_dir():
        raise CliError(tr(_CTX, "le dossier de destination n'existe pas."))
    options = SummaryOptions(
        actualite_id=args.actualite,
        address_form="vous" if args.vous else "tu",
        large_print=args.gros_caracteres,
    )
    with open_store(args) as store:
        review = _apply_choices(store, args, options)
        pdf = render_summary(review.content)
        try:
            write_private_file(target, pdf)
        except OSError as exc:
            raise CliError(
                tr(_CTX, "impossible d'écrire le fichier ({raison}).").format(
                    raison=exc.strerror or type(exc).__name__
                )
            ) from None
        for line in review.lines:
            if line.confirmed:
                confirm_held_line(store, args.id, line)
        log_printed(store, args.id)
    _show_review(review)
    out(tr(_CTX, "Récapitulatif écrit : {fichier}").format(fichier=target))
    return 0


def _apply_choices(
    store: Store, args: argparse.Namespace, options: SummaryOptions
) -> SummaryReview:
    """Check every number and text before anything changes, then store the rewrites and return
    the review with the confirmed lines (the numbers are those of the summary as it stood)."""
    review = review_summary(store, args.id, options)
    numbered = _numbered(review)
    rewrites: list[tuple[ReviewLine, str]] = []
    for raw, text in args.reecrire:
        line = _line_number(raw, numbered)
        if not text.strip():
            raise CliError(tr(_CTX, "le texte pour le jeune ne peut pas être vide."))
        if not _rewritable(line):
            raise CliError(
                tr(
                    _CTX,
                    "la ligne n° {n} ne se réécrit pas : « --imprimer-quand-meme » ou la "
                    "fiche elle-même.",
                ).format(n=raw)
            )
        rewrites.append((line, text.strip()))
    confirmed: set[str] = set()
    for raw in args.imprimer_quand_meme:
        line = _line_number(raw, numbered)
        if not line.confirmable:
            raise CliError(
                tr(
                    _CTX, "la ligne n° {n} ne peut pas être imprimée telle quelle ({raisons})."
                ).format(n=raw, raisons="; ".join(line.reason_texts))
            )
        confirmed.add(line.key)
    documents: list[str] | None = None
    for line, text in rewrites:
        if line.key.startswith("document:"):
            if documents is None:
                documents = list(
                    suggested_documents(store, args.id, options.address_form, options.today)
                )
            documents = [text if d.strip() == line.text else d for d in documents]
        else:
            rewrite_for_youth(store, line, text)
    if not rewrites and not confirmed:
        return review
    options = replace(
        options,
        confirmed=frozenset(confirmed),
        documents=tuple(documents) if documents is not None else None,
    )
    return review_summary(store, args.id, options)


def cmd_access_export(args: argparse.Namespace) -> int:
    with open_store(args) as store:
        result = export_access(store, args.id, args.out)
    out(
        tr(
            _CTX, "Export du droit d'accès écrit ({fiches} fiches, {lignes} lignes du journal) :"
        ).format(fiches=result.records, lignes=result.log_lines)
    )
    out(f"  {result.pdf}")
    out(f"  {result.json}")
    out(
        tr(
            _CTX,
            "Attention : ces deux fichiers contiennent EN CLAIR toutes les données du jeune "
            "(notes et informations judiciaires comprises). Remettez-les à la personne de "
            "façon sécurisée, puis supprimez-les de ce poste.",
        )
    )
    return 0


def cmd_structure(args: argparse.Namespace) -> int:
    with open_store(args) as store:
        if args.address is not None or args.phone is not None:
            identity = set_structure_identity(store, address=args.address, phone=args.phone)
        else:
            identity = structure_identity(store)
    empty = tr(_CTX, "(non renseigné)")
    out(tr(_CTX, "Nom : {valeur}").format(valeur=identity.name or empty))
    out(tr(_CTX, "Adresse : {valeur}").format(valeur=identity.address or empty))
    out(tr(_CTX, "Téléphone : {valeur}").format(valeur=identity.phone or empty))
    return 0
