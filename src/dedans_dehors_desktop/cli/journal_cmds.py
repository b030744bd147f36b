"""``journaux``: at the office, what the verification of the laptops' access logs found."""

from __future__ import annotations

import argparse

from ..services.exchange import list_devices, log_alerts, log_verified_heads
from .common import CliError, open_store, out


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser(
        "journaux", help="bureau : vérification des journaux d'accès des postes portables"
    )
    p.set_defaults(func=cmd_journaux)


def cmd_journaux(args: argparse.Namespace) -> int:
    with open_store(args) as store:
        if store.db.role != "office":
            raise CliError("cette commande se lance sur la base du bureau.")
        labels = {d.device_id: d.label for d in list_devices(store)}
        heads = log_verified_heads(store)
        found = log_alerts(store)
    for device_id, seq, when in heads:
        out(
            f"{labels.get(device_id, device_id)} : journal vérifié jusqu'à la ligne {seq} "
            f"(paquet reçu le {when[:10]})"
        )
    if not heads:
        out("Aucun journal de poste reçu pour l'instant.")
    for alert in found:
        out(
            f"ALERTE {alert.at[:10]} {labels.get(alert.device_id, alert.device_id)} "
            f"(paquet {alert.sequence}) : {alert.detail}"
        )
    if found:
        raise CliError(f"{len(found)} alerte(s) sur les journaux d'accès (voir ci-dessus).")
    out("Aucune réécriture de journal détectée.")
    return 0
