"""The referent's week syncs like any record: a permanence slot made at the office reaches the
laptops, a booking made on a laptop reaches the office, an edit comes back."""

from __future__ import annotations

from datetime import date

from dedans_dehors_desktop.services import commission, liaison, week

from .world import World, case_state, youth

TUESDAY = date(2026, 1, 6)


def test_slot_booking_consent_and_commission_round_trip(world: World) -> None:
    office, a = world.office, world.a
    etab = office.repo.create("etablissement", {"nom": "Maison d'arrêt de Moulins", "type": "MA"})
    slot = week.create_slot(
        office,
        {
            "etablissement_id": etab,
            "jour": "2",
            "heure_debut": "09:00",
            "heure_fin": "12:00",
            "date_debut": date(2025, 9, 2),
        },
    )
    world.sync("office", "a")
    assert [s.id for s in week.list_slots(a)] == [slot]

    jid = a.repo.create("jeune", youth())
    a.repo.create(
        "suivi_judiciaire",
        {
            "jeune_id": jid,
            "milieu": "ferme",
            "etablissement_id": etab,
            "identifiant_etablissement": "4521",
        },
    )
    booking = week.book(a, jid, slot, TUESDAY, "09:30", "spip")
    action = a.repo.create("action", {"jeune_id": jid, "libelle": "Dossier CAF"})
    consent = liaison.record_consent(a, jid, "action", action, TUESDAY)
    session = commission.create_commission(a, date(2026, 1, 15))
    commission.add_youths(a, session, [jid])
    world.sync("a", "office")

    (occurrence,) = week.day_plan(office, TUESDAY).occurrences
    assert [(b.id, b.heure, b.origine) for b in occurrence.bookings] == [(booking, "09:30", "spip")]
    assert liaison.consents(office, jid)[("action", action)].id == consent
    (passage,) = commission.passages(office, session)
    assert (
        office.repo.require(
            "suivi_judiciaire", office.repo.list("suivi_judiciaire", jeune_id=jid)[0]["id"]
        )["identifiant_etablissement"]
        == "4521"
    )

    # The office records the decision and moves the booking; the laptop gets both.
    commission.record_decisions(office, {passage.id: "Orientation validée"})
    week.set_booking_status(office, booking, "vue")
    world.settle()
    assert commission.passages(a, session)[0].decision == "Orientation validée"
    assert a.repo.require("inscription", booking)["statut"] == "vue"
    office_state = case_state(office)
    laptop_state = case_state(a)
    for key in (
        f"creneau:{slot}",
        f"inscription:{booking}",
        f"accord_partage:{consent}",
        f"passage_commission:{passage.id}",
        f"commission:{session}",
    ):
        assert office_state[key] == laptop_state[key]
