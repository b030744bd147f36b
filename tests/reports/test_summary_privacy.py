"""Property: for any generated case file, the printed summary holds no lexicon term, no surname
of a person recorded in the file and no protected date (near a release, a hearing or a
decision) in its text, its metadata or its bytes, unless the referent confirmed that line."""

from __future__ import annotations

import io
import os
import zlib
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pypdf import PdfReader

from dedans_dehors_desktop.core.sensitive_words import default_lexicon
from dedans_dehors_desktop.crypto.keywrap import KdfParams
from dedans_dehors_desktop.reports.summary_pdf import format_date_fr, render_summary
from dedans_dehors_desktop.reports.summary_select import SummaryOptions, review_summary
from dedans_dehors_desktop.storage.store import Store

TODAY = date(2026, 3, 3)
DATA = Path(__file__).resolve().parents[1] / "data"


def corpus(name: str) -> list[str]:
    lines = (DATA / name).read_text("utf-8").splitlines()
    return [line.strip() for line in lines if line.strip() and not line.startswith("#")]


SENSITIVE = corpus("lignes-sensibles.txt")
EVERYDAY = corpus("lignes-courantes.txt")


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Store]:
    with Store.create(
        tmp_path_factory.mktemp("privacy") / "data",
        role="laptop",
        structure_name="Mission Locale",
        user="referente",
        passphrase="phrase de passe de test",
        kdf=KdfParams(os.urandom(16), 1024, 1),
        enforce_policy=False,
    ) as opened:
        yield opened


surnames = st.text(alphabet="bcdfghjklmnpqrstvwxz", min_size=5, max_size=9).map(
    lambda s: "Q" + s + "ou"
)
step_texts = st.one_of(
    st.sampled_from(SENSITIVE),
    st.sampled_from(EVERYDAY),
    st.builds(lambda line, n: f"{line} avec {n}", st.sampled_from(EVERYDAY), surnames),
)


def pdf_views(pdf: bytes) -> tuple[str, str, list[bytes]]:
    reader = PdfReader(io.BytesIO(pdf))
    text = " ".join(" ".join(page.extract_text() for page in reader.pages).split())
    meta = " ".join(str(v) for v in (reader.metadata or {}).values())
    payloads = [pdf]
    for start in range(len(pdf)):
        if pdf.startswith(b"stream", start):
            try:
                payloads.append(zlib.decompressobj().decompress(pdf[start + 6 :].lstrip(b"\r\n")))
            except zlib.error:
                pass
    return text, meta, payloads


def spellings(day: date) -> list[str]:
    return [" ".join(format_date_fr(day).split()), day.strftime("%d/%m/%Y"), day.isoformat()]


@settings(
    max_examples=20,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(
    surname=surnames,
    mother=surnames,
    cpip=surnames,
    release_offset=st.integers(min_value=0, max_value=40),
    decision_offset=st.integers(min_value=0, max_value=40),
    steps=st.lists(
        st.tuples(step_texts, st.one_of(st.none(), st.integers(min_value=0, max_value=45))),
        min_size=1,
        max_size=8,
    ),
    appointments=st.lists(st.integers(min_value=0, max_value=45), max_size=4),
    partner=st.sampled_from(
        ["Centre pénitentiaire de Rennes-Vezin", "CMP Rennes (psychiatrie)", "FJT Les Longs Prés"]
    ),
    confirm_ratio=st.floats(min_value=0, max_value=1),
)
def test_nothing_protected_reaches_the_pdf_unless_confirmed(
    store: Store,
    surname: str,
    mother: str,
    cpip: str,
    release_offset: int,
    decision_offset: int,
    steps: list[tuple[str, int | None]],
    appointments: list[int],
    partner: str,
    confirm_ratio: float,
) -> None:
    release = TODAY + timedelta(days=release_offset)
    decision = TODAY + timedelta(days=decision_offset)
    repo = store.repo
    with store.db.transaction():
        jeune = repo.create(
            "jeune",
            {
                "nom_naissance": surname,
                "prenoms": "Yanis",
                "sexe": "homme",
                "date_naissance": "2004-01-01",
                "representant_legal": f"Mme {mother} (mère)",
            },
        )
        repo.create(
            "suivi_judiciaire",
            {
                "jeune_id": jeune,
                "milieu": "ferme",
                "cpip_nom": cpip,
                "date_liberation_prev": release,
            },
        )
        repo.create("amenagement", {"jeune_id": jeune, "type": "ddse", "date_decision": decision})
        partner_id = repo.create("partenaire", {"nom": partner, "type": "autre"})
        for index, (text, due) in enumerate(steps):
            text = text.replace("Guérin", mother) if index % 2 else text
            repo.create(
                "action",
                {
                    "jeune_id": jeune,
                    "libelle": text[:300],
                    "acteur": "jeune",
                    "statut": "en_cours",
                    "echeance": None if due is None else TODAY + timedelta(days=due),
                    "partenaire_id": partner_id if index == 0 else None,
                },
            )
        for offset in appointments:
            repo.create(
                "actualite",
                {
                    "jeune_id": jeune,
                    "date": TODAY + timedelta(days=offset),
                    "heure": "10:00",
                    "type": "entretien",
                    "lieu": "mission_locale",
                    "presence": "planifie",
                },
            )
    first = review_summary(store.db, jeune, SummaryOptions(today=TODAY))
    confirmable = [line.key for line in first.held if line.confirmable]
    chosen = frozenset(confirmable[: int(len(confirmable) * confirm_ratio)])
    review = review_summary(store.db, jeune, SummaryOptions(today=TODAY, confirmed=chosen))
    confirmed_text = " ".join(
        " ".join(line.text.split()) for line in review.lines if line.confirmed
    )
    text, meta, payloads = pdf_views(render_summary(review.content))

    for finding in default_lexicon().findings(text):
        assert finding.typed.casefold() in confirmed_text.casefold(), finding
    for name in (surname, mother, cpip):
        if name.casefold() in confirmed_text.casefold():
            continue
        assert name.casefold() not in text.casefold(), name
        assert name.casefold() not in meta.casefold(), name
        for payload in payloads:
            assert name.encode() not in payload, name
    protected = {release + timedelta(days=d) for d in range(-7, 8)} | {
        decision + timedelta(days=d) for d in (-1, 0, 1)
    }
    for day in protected:
        for spelling in spellings(day):
            if spelling in confirmed_text:
                continue
            assert spelling not in text, spelling
            assert spelling not in meta, spelling
            assert spelling.encode() not in b"".join(payloads), spelling
