"""The one cipher suite bundles use, and the start-up check that the backend provides it.

There is deliberately a single suite and no negotiation: a reader accepts exactly what is pinned
here, so a forged or downgraded header cannot steer it towards a classical-only or weaker scheme.
"""

from __future__ import annotations

from typing import Final

from cryptography.exceptions import UnsupportedAlgorithm
from cryptography.hazmat.primitives import hpke
from cryptography.hazmat.primitives.asymmetric import ed25519, mldsa, mlkem, x25519

from ..core.errors import SelfTestFailed
from ..core.i18n import tr

SUITE_ID: Final = 1
SUITE_NAME: Final = "DD1-MLKEM768X25519-SHA256-AES256GCM+Ed25519+MLDSA65"

KEY_SIZE: Final = 32
"""AES-256 keys and the random per-bundle file key."""

AEAD_TAG_SIZE: Final = 16
ED25519_SIGNATURE_SIZE: Final = 64
MLDSA65_SIGNATURE_SIZE: Final = 3309

HPKE_ENC_SIZE: Final = 1120
"""ML-KEM-768 ciphertext (1088) followed by the X25519 ephemeral share (32), per the hybrid KEM."""

HPKE_SEALED_KEY_SIZE: Final = HPKE_ENC_SIZE + KEY_SIZE + AEAD_TAG_SIZE


def hpke_suite() -> hpke.Suite:
    return hpke.Suite(hpke.KEM.MLKEM768_X25519, hpke.KDF.HKDF_SHA256, hpke.AEAD.AES_256_GCM)


_BACKEND_MISSING = (
    "La bibliothèque de chiffrement installée ne fournit pas les algorithmes post-quantiques "
    "(ML-KEM, ML-DSA) exigés pour les échanges : l'application refuse de fonctionner sans eux. "
    "Réinstallez l'application."
)
_BACKEND_BROKEN = (
    "Le contrôle des algorithmes de chiffrement des échanges a échoué : l'application refuse "
    "de fonctionner plutôt que d'échanger des données mal protégées. Réinstallez l'application."
)


def require_post_quantum_backend() -> None:
    """Fail closed unless ML-KEM, ML-DSA and the hybrid HPKE suite actually work.

    A feature probe alone would accept a backend that advertises an algorithm but computes it
    wrongly, so this runs one real encrypt/decrypt and sign/verify (a few milliseconds).
    """
    try:
        kem_key = hpke.MLKEM768X25519PrivateKey(
            mlkem.MLKEM768PrivateKey.generate(), x25519.X25519PrivateKey.generate()
        )
        signing_key = mldsa.MLDSA65PrivateKey.generate()
        ed_key = ed25519.Ed25519PrivateKey.generate()
    except (UnsupportedAlgorithm, AttributeError, TypeError) as exc:
        raise SelfTestFailed(tr("Erreurs", _BACKEND_MISSING)) from exc
    try:
        probe = b"dedans-dehors self-test"
        suite = hpke_suite()
        sealed = suite.encrypt(probe, kem_key.public_key(), info=probe)
        ok = (
            len(sealed) == HPKE_ENC_SIZE + len(probe) + AEAD_TAG_SIZE
            and suite.decrypt(sealed, kem_key, info=probe) == probe
        )
        signature = signing_key.sign(probe, context=probe)
        signing_key.public_key().verify(signature, probe, context=probe)
        ed_key.public_key().verify(ed_key.sign(probe), probe)
        ok = ok and len(signature) == MLDSA65_SIGNATURE_SIZE
    except Exception as exc:  # any failure of the probe means "do not trust this backend"
        raise SelfTestFailed(tr("Erreurs", _BACKEND_BROKEN)) from exc
    if not ok:
        raise SelfTestFailed(tr("Erreurs", _BACKEND_BROKEN))
