"""Passphrase rule: CNIL 2022 shapes, blocklist, patterns, French reasons."""

from __future__ import annotations

import importlib.util
import math
import random
import string
import unicodedata
from pathlib import Path

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from dedans_dehors_desktop.core import passphrase as pp
from dedans_dehors_desktop.core.errors import UserError, WeakPassphrase
from dedans_dehors_desktop.resources import resource_path

ROOT = Path(__file__).resolve().parents[2]


def reasons(candidate: str) -> list[str]:
    return pp.evaluate(candidate).reasons


# --- the three shapes, each way ---------------------------------------------------------------


@pytest.mark.parametrize(
    "candidate",
    [
        "Vq7#kL2!pZ9m",  # 12 characters, four types
        "Tr3s-B1en!chX",
        "xk7#pq2!mzÉw",  # the only capital is accented
        "kP7mQ2vX9rL4tZ",  # 14 characters, three types (no special)
        "kp7#mq2!vx9@rl4",  # 15 characters, three types (no capital)
        "cheval violet dansait sur la montagne enneigee ce matin",  # 7 words (and more)
        "girafe-tambour-lumière-ciseau-orage-velours-prune",  # 7 words with hyphens
        "Ceci est une phrase assez longue!",
        "MonChienRex2019!",
    ],
)
def test_accepted(candidate: str) -> None:
    verdict = pp.evaluate(candidate)
    assert verdict.ok, verdict.reasons
    assert verdict.reasons == []
    assert verdict.score >= 3
    assert verdict.estimated_bits >= pp.MIN_BITS
    pp.check(candidate)  # does not raise


def test_twelve_characters_need_all_four_types() -> None:
    assert reasons("Vq7kL2pZ9mxw") == [
        "Ajoutez des caractères spéciaux ou allez jusqu'à 14 caractères"
    ]
    assert reasons("vq7#kl2!pz9m") == ["Ajoutez des majuscules ou allez jusqu'à 14 caractères"]
    assert reasons("vqxkltpzwmnr") == [
        "Ajoutez des majuscules, des chiffres et des caractères spéciaux"
    ]


def test_too_short_gives_the_count() -> None:
    assert reasons("Vq7#kL2!pZ9") == ["Trop courte : 11 caractères sur 12 au minimum"]
    assert reasons("Court1!aA") == ["Trop courte : 9 caractères sur 12 au minimum"]
    assert reasons("a") == [
        "Trop courte : 1 caractère sur 12 au minimum",
        "Ajoutez des majuscules, des chiffres et des caractères spéciaux",
    ]


def test_fourteen_characters_need_three_types() -> None:
    assert reasons("kPmQvXrLtZwYnBcD") == ["Ajoutez des chiffres ou des caractères spéciaux"]
    assert reasons("kpmqvxrltzwynbcd") == [
        "Ajoutez au moins deux de ces types : majuscules, chiffres, caractères spéciaux"
    ]
    assert reasons("kP7mQ2vX9rL4t") == [
        "Ajoutez des caractères spéciaux ou allez jusqu'à 14 caractères"
    ]


def test_phrase_needs_seven_real_words() -> None:
    assert reasons("le chat de ma voisine mange des souris") == [
        "Phrase trop courte : 5 mots sur 7 au minimum (les mots de moins de 3 lettres "
        "ou répétés ne comptent pas)"
    ]
    assert not pp.evaluate("chat chat chat chat chat chat chat").ok
    assert not pp.evaluate("aaa bbb ccc ddd eee fff ggg").ok


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("cheval violet dansait sur la montagne enneigee ce matin", 7),
        ("le la de un et en ou", 0),
        ("chat chat Chat CHAT", 1),
        ("abc xyz aaa bbb", 0),
        ("l'école-du-soir, à_Créteil", 3),
        ("", 0),
    ],
)
def test_count_words(text: str, expected: int) -> None:
    assert pp.count_words(text) == expected


# --- blocklist ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "candidate",
    ["azerty", "AZERTY", "soleil", "motdepasse", "Marseille", "doudou", "Azerty123!", "123456"],
)
def test_common_passwords_refused(candidate: str) -> None:
    assert "Ce mot de passe fait partie des plus courants" in reasons(candidate)


@pytest.mark.parametrize(
    "candidate",
    [
        "Azerty123!!!!",
        "!!!Marseille2024",
        "Marseille2024!!",
        "MotDePasse2024!",
        "Mot de passe 2024!",
        "P@ssw0rd!2024",
        "Soleil!Soleil!1",
        "Doudou13doudou!",
        "Azzzzerty123!",
        "SOLEILsoleil2025",
        "Mission-Locale-2025!",
        "Libérté#2024!!",
    ],
)
def test_decorated_common_passwords_refused(candidate: str) -> None:
    verdict = pp.evaluate(candidate)
    assert not verdict.ok
    assert (
        "C'est un mot de passe courant auquel on a seulement ajouté des chiffres, des symboles "
        "ou des répétitions"
    ) in verdict.reasons
    assert verdict.score <= 2


def test_blocklist_file() -> None:
    path = resource_path("wordlists", "common-passwords.txt")
    entries = {
        line.strip()
        for line in path.read_text(encoding="utf-8").splitlines()
        if line.strip() and not line.startswith("#")
    }
    assert len(entries) >= 3000
    for required in (
        "azerty",
        "soleil",
        "motdepasse",
        "marseille",
        "doudou",
        "azerty123!",
        "1234567890",
        "qwerty",
        "2024",
        "azertyuiop",
    ):
        assert required in entries


def test_blocklist_file_is_reproducible() -> None:
    spec = importlib.util.spec_from_file_location(
        "make_password_blocklist", ROOT / "scripts" / "make_password_blocklist.py"
    )
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    assert module.main(["--check"]) == 0


# --- repeats, runs, keyboard walks ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("candidate", "reason"),
    [
        (
            "aaaaaaaaaaaaaa",
            "Évitez de répéter un caractère ou un groupe de caractères (aaaa, abcabc)",
        ),
        (
            "AAAAAAAAAAA1a!",
            "Évitez de répéter un caractère ou un groupe de caractères (aaaa, abcabc)",
        ),
        (
            "zx9!Qzx9!Qzx9!Qzx9!Q",
            "Évitez de répéter un caractère ou un groupe de caractères (aaaa, abcabc)",
        ),
        (
            "abcdefghijklmnop",
            "Évitez les suites de caractères ou de touches du clavier (abcd, 1234, azerty)",
        ),
        (
            "Abcdefgh1234!",
            "Évitez les suites de caractères ou de touches du clavier (abcd, 1234, azerty)",
        ),
        (
            "1qaz2wsx3edc4RFV!",
            "Évitez les suites de caractères ou de touches du clavier (abcd, 1234, azerty)",
        ),
        (
            "Poiuytreza&é\"'(",
            "Évitez les suites de caractères ou de touches du clavier (abcd, 1234, azerty)",
        ),
        ("01/02/1999Abc!xyz", "Évitez les dates et les années (naissance, anniversaire…)"),
    ],
)
def test_patterns_refused_with_reason(candidate: str, reason: str) -> None:
    verdict = pp.evaluate(candidate)
    assert not verdict.ok
    assert reason in verdict.reasons


def test_check_raises_with_every_reason() -> None:
    with pytest.raises(WeakPassphrase) as caught:
        pp.check("azerty")
    assert isinstance(caught.value, UserError)
    assert caught.value.message.split("\n") == pp.evaluate("azerty").reasons


def test_rule_text() -> None:
    assert pp.RULE_TEXT == (
        "Au moins 12 caractères avec minuscules, majuscules, chiffres et caractères spéciaux, "
        "ou 14 caractères avec trois de ces types, ou une phrase de 7 mots."
    )
    assert pp.rule_text() == pp.RULE_TEXT


def test_code_points_after_nfc() -> None:
    composed = "xk7#pq2!mzÉw"
    decomposed = unicodedata.normalize("NFD", composed)
    assert len(decomposed) == 13
    assert pp.evaluate(decomposed) == pp.evaluate(composed)
    # 11 code points once composed, although 12 as typed with a combining accent.
    assert reasons(unicodedata.normalize("NFD", "Vq7#kL2!pZÉ")) == [
        "Trop courte : 11 caractères sur 12 au minimum"
    ]


def test_accented_letters_count_in_their_case() -> None:
    assert pp.evaluate("xk7#pq2!mzÉw").ok
    assert reasons("xk7#pq2!mzéw") == ["Ajoutez des majuscules ou allez jusqu'à 14 caractères"]


def test_random_passwords_are_accepted() -> None:
    specials = "!#$%&*+-=?@^_~"
    alphabet = string.ascii_letters + string.digits + specials
    refused_12 = 0
    for seed in range(500):
        rng = random.Random(seed)
        while True:
            candidate = "".join(rng.choice(alphabet) for _ in range(12))
            if (
                any(c.islower() for c in candidate)
                and any(c.isupper() for c in candidate)
                and any(c.isdigit() for c in candidate)
                and any(c in specials for c in candidate)
            ):
                break
        refused_12 += not pp.evaluate(candidate).ok
        long_one = "".join(rng.choice(alphabet) for _ in range(16))
        if len(pp._classes(long_one)) >= 3:
            assert pp.evaluate(long_one).ok, long_one
    # A random draw can contain "oOOo" or "1234": a rare refusal is the estimator doing its job.
    assert refused_12 <= 5


def test_long_input_stays_fast() -> None:
    import time

    started = time.perf_counter()
    pp.evaluate("aB3$xY9!kL2@mN" * 800)
    assert time.perf_counter() - started < 2


# --- properties ------------------------------------------------------------------------------


text_without_surrogates = st.text(alphabet=st.characters(codec="utf-8"), max_size=40)


@given(text_without_surrogates)
def test_anything_shorter_than_12_code_points_is_refused(candidate: str) -> None:
    assume(len(unicodedata.normalize("NFC", candidate)) < 12)
    verdict = pp.evaluate(candidate)
    assert not verdict.ok
    with pytest.raises(WeakPassphrase):
        pp.check(candidate)


@settings(deadline=None)
@given(text_without_surrogates)
def test_verdict_invariants(candidate: str) -> None:
    verdict = pp.evaluate(candidate)
    assert 0 <= verdict.score <= 4
    assert verdict.estimated_bits >= 0
    assert verdict.ok == (verdict.reasons == [])
    assert all(isinstance(r, str) and r for r in verdict.reasons)
    if verdict.ok:
        assert verdict.estimated_bits >= pp.MIN_BITS
        assert verdict.score >= 3
    else:
        assert verdict.score <= 2
    # Never more than brute force over the 95 printable ASCII characters and the accented ones.
    length = len(unicodedata.normalize("NFC", candidate))
    assert verdict.estimated_bits <= length * math.log2(95) + 0.1
    assert pp.evaluate(unicodedata.normalize("NFD", candidate)) == verdict


def _blocklist_sample() -> list[str]:
    path = resource_path("wordlists", "common-passwords.txt")
    entries = [
        line.strip()
        for line in path.read_text(encoding="utf-8").splitlines()
        if line.strip() and not line.startswith("#")
    ]
    return [e for e in entries if any(c.isalpha() for c in e)]


@settings(deadline=None)
@given(
    base=st.sampled_from(_blocklist_sample()),
    suffix=st.sampled_from(["", "1", "12", "123", "1234", "!", "1!", "01", "13", "2024", "*"]),
    pad=st.sampled_from("!?*.#$@0123456789"),
    pad_length=st.integers(min_value=0, max_value=12),
    before=st.booleans(),
    case=st.sampled_from(["lower", "upper", "capitalize", "swapcase"]),
)
def test_blocklisted_word_padded_with_trivial_decorations_is_refused(
    base: str, suffix: str, pad: str, pad_length: int, before: bool, case: str
) -> None:
    word = getattr(base, case)()
    padding = pad * pad_length
    candidate = padding + word + suffix if before else word + suffix + padding
    assert not pp.evaluate(candidate).ok
