"""Permanences planned: recurrence, the week and the day, booking checks and warnings."""

from __future__ import annotations

import itertools
from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from dedans_dehors_desktop.core.errors import ValidationError
from dedans_dehors_desktop.core.recurrence import Recurrence
from dedans_dehors_desktop.services import week

from .conftest import THURSDAY, TUESDAY, Week


@given(
    weekday=st.integers(1, 7),
    start=st.dates(date(2020, 1, 1), date(2030, 1, 1)),
    every=st.integers(1, 6),
    span=st.integers(0, 400),
    offset=st.integers(0, 400),
)
def test_recurrence_between_agrees_with_occurs_on(
    weekday: int, start: date, every: int, span: int, offset: int
) -> None:
    rec = Recurrence(weekday, start, start + timedelta(days=300), every)
    low = start + timedelta(days=offset - 30)
    high = low + timedelta(days=span)
    listed = list(rec.between(low, high))
    expected = [
        low + timedelta(days=i) for i in range(span + 1) if rec.occurs_on(low + timedelta(days=i))
    ]
    assert listed == expected
    assert all(d.isoweekday() == weekday and d >= start for d in listed)
    assert all((b - a).days == 7 * every for a, b in itertools.pairwise(listed))


def test_week_shows_each_slot_on_its_days(wk: Week) -> None:
    plan = week.week_plan(wk.store, TUESDAY + timedelta(days=3))
    assert plan.monday == TUESDAY - timedelta(days=1)
    by_day = {d.day: [o.slot.id for o in d.occurrences] for d in plan.days}
    assert by_day[TUESDAY] == [wk.tuesday_slot]
    assert by_day[THURSDAY] == [wk.thursday_slot]
    # Every two weeks: not the following Thursday, but the one after.
    next_week = week.week_plan(wk.store, THURSDAY + timedelta(days=7))
    assert all(not d.occurrences or d.day.isoweekday() == 2 for d in next_week.days)
    assert week.next_occurrences(wk.store, wk.thursday_slot, THURSDAY, 3) == [
        THURSDAY,
        THURSDAY + timedelta(days=14),
        THURSDAY + timedelta(days=28),
    ]


def test_booking_lands_in_the_occurrence_and_is_a_versioned_record(wk: Week) -> None:
    lucas = wk.youths["lucas"]
    booking = week.book(wk.store, lucas, wk.tuesday_slot, TUESDAY, "09:30", "spip")
    record = wk.store.repo.require("inscription", booking)
    assert record["origine"] == "spip" and record["statut"] == "prevue"
    assert record["_v"]  # versioned like any record, ready to sync
    day = week.day_plan(wk.store, TUESDAY)
    (occurrence,) = day.occurrences
    assert [b.jeune_id for b in occurrence.active_bookings] == [lucas]
    log = wk.store.db.conn.execute(
        "SELECT action FROM access_log WHERE tbl = 'inscription' AND record_id = ?", (booking,)
    ).fetchall()
    assert log == [("creation",)]


def test_booking_outside_the_slot_is_refused_and_changes_nothing(wk: Week) -> None:
    lucas = wk.youths["lucas"]
    with pytest.raises(ValidationError, match="n'est pas un jour de cette permanence"):
        week.book(wk.store, lucas, wk.tuesday_slot, TUESDAY + timedelta(days=1))
    with pytest.raises(ValidationError, match="entre 09:00 et 12:00"):
        week.book(wk.store, lucas, wk.tuesday_slot, TUESDAY, "13:00")
    with pytest.raises(ValidationError):  # a Thursday off the fortnight
        week.book(wk.store, lucas, wk.thursday_slot, THURSDAY + timedelta(days=7))
    assert wk.store.repo.list("inscription") == []


def test_warnings_for_a_youth_booked_twice_and_two_youths_at_the_same_time(wk: Week) -> None:
    lucas, ines = wk.youths["lucas"], wk.youths["ines"]
    assert week.booking_warnings(wk.store, lucas, wk.tuesday_slot, TUESDAY, "09:30") == []
    week.book(wk.store, lucas, wk.tuesday_slot, TUESDAY, "09:30")
    again = week.booking_warnings(wk.store, lucas, wk.tuesday_slot, TUESDAY, "10:00")
    assert any("déjà 1 rendez-vous" in w for w in again)
    same_time = week.booking_warnings(wk.store, ines, wk.tuesday_slot, TUESDAY, "09:30")
    assert any("Lucas MARTIN est déjà convoqué·e à 09:30" in w for w in same_time)
    week.book(wk.store, lucas, wk.tuesday_slot, TUESDAY, "10:00")
    week.book(wk.store, ines, wk.tuesday_slot, TUESDAY, "09:30")
    warnings = week.day_plan(wk.store, TUESDAY).warnings
    assert any("Lucas MARTIN est inscrit·e 2 fois" in w for w in warnings)
    assert any("2 jeunes convoqués à 09:30" in w for w in warnings)
    # A cancelled booking no longer counts.
    first = wk.store.repo.list("inscription", jeune_id=lucas)[0]["id"]
    week.set_booking_status(wk.store, first, "annulee")
    warnings = week.day_plan(wk.store, TUESDAY).warnings
    assert not any("inscrit·e 2 fois" in w for w in warnings)


def test_interview_appointments_join_the_day_and_overlaps_are_flagged(wk: Week) -> None:
    theo, ines = wk.youths["theo"], wk.youths["ines"]
    repo = wk.store.repo
    # Planned at the permanence itself: part of the occurrence, no overlap.
    inside = repo.create(
        "actualite",
        {
            "jeune_id": theo,
            "date": TUESDAY,
            "heure": "10:30",
            "type": "entretien",
            "presence": "planifie",
            "lieu": "intra_muros",
            "etablissement_id": wk.ma,
        },
    )
    # Planned elsewhere during the permanence: an overlap.
    outside = repo.create(
        "actualite",
        {
            "jeune_id": ines,
            "date": TUESDAY,
            "heure": "11:30",
            "duree": 60,
            "type": "entretien",
            "presence": "planifie",
            "lieu": "mission_locale",
        },
    )
    # Already held: not an appointment to come.
    repo.create(
        "actualite",
        {"jeune_id": ines, "date": TUESDAY, "type": "appel", "presence": "present"},
    )
    day = week.day_plan(wk.store, TUESDAY)
    assert [a.id for a in day.occurrences[0].appointments] == [inside]
    assert [a.id for a in day.appointments] == [outside]
    assert any("chevauchement" in w and "Inès BENALI" in w for w in day.warnings)
    assert not any("Théo" in w for w in day.warnings)
    # Filtering by establishment keeps the warnings of the whole day.
    filtered = week.day_plan(wk.store, TUESDAY, wk.cp)
    assert filtered.occurrences == () and filtered.warnings == day.warnings


def test_slot_hours_are_checked(wk: Week) -> None:
    with pytest.raises(ValidationError, match="L'heure de fin doit suivre"):
        week.create_slot(
            wk.store,
            {
                "etablissement_id": wk.ma,
                "jour": "1",
                "heure_debut": "12:00",
                "heure_fin": "09:00",
                "date_debut": TUESDAY,
            },
        )


def test_two_permanences_at_the_same_time_are_flagged(wk: Week) -> None:
    week.create_slot(
        wk.store,
        {
            "etablissement_id": wk.cp,
            "jour": "2",
            "heure_debut": "11:30",
            "heure_fin": "13:00",
            "date_debut": TUESDAY,
        },
    )
    warnings = week.day_plan(wk.store, TUESDAY).warnings
    assert warnings == (
        "06/01/2026 : chevauchement entre permanence Maison d'arrêt de Moulins 09:00–12:00 et "
        "permanence Centre pénitentiaire d'Yzeure 11:30–13:00.",
    )
    # The week after, the same: weekly slots both.
    assert week.day_plan(wk.store, TUESDAY + timedelta(days=7)).warnings == (
        warnings[0].replace("06/01/2026", "13/01/2026"),
    )
