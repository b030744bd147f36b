"""Start-up self-test: the protections the app relies on are really there. Fail closed."""

from __future__ import annotations

from dataclasses import dataclass

import sqlcipher3

from ..core.errors import SelfTestFailed
from ..core.i18n import tr


@dataclass(frozen=True)
class Check:
    name: str
    ok: bool
    detail: str


def _sqlcipher_checks() -> list[Check]:
    from .connection import apply_security_settings, cipher_version

    conn = sqlcipher3.connect(":memory:")
    try:
        conn.execute("PRAGMA key = \"x'" + "00" * 32 + "'\"")
        version = ".".join(str(p) for p in cipher_version(conn))
        try:
            apply_security_settings(conn)
            settings = Check(
                "sqlcipher_settings", True, "cipher_memory_security=ON, temp_store=MEMORY"
            )
        except SelfTestFailed as exc:
            settings = Check("sqlcipher_settings", False, exc.message)
        try:
            conn.execute(
                "CREATE VIRTUAL TABLE t USING fts5(x, tokenize='unicode61 remove_diacritics 2')"
            )
            fts = Check("fts5", True, "FTS5 unicode61")
        except sqlcipher3.DatabaseError as exc:
            fts = Check("fts5", False, str(exc))
        return [
            Check(
                "sqlcipher_version",
                version.split(".")[0].isdigit() and int(version.split(".")[0]) >= 4,
                version,
            ),
            settings,
            fts,
        ]
    finally:
        conn.close()


def _crypto_checks() -> list[Check]:
    import cryptography

    checks = []
    try:
        from cryptography.hazmat.primitives.asymmetric import mldsa, mlkem

        mlkem.MLKEM768PrivateKey.generate()
        mldsa.MLDSA65PrivateKey.generate()
        checks.append(
            Check("post_quantum", True, f"ML-KEM, ML-DSA (cryptography {cryptography.__version__})")
        )
    except Exception as exc:
        checks.append(Check("post_quantum", False, type(exc).__name__))
    try:
        from cryptography.hazmat.primitives.kdf.argon2 import Argon2id

        Argon2id(salt=b"s" * 16, length=32, iterations=1, lanes=1, memory_cost=64).derive(b"x")
        checks.append(Check("argon2id", True, "Argon2id"))
    except Exception as exc:
        checks.append(Check("argon2id", False, type(exc).__name__))
    return checks


def run_self_test() -> list[Check]:
    return _sqlcipher_checks() + _crypto_checks()


def require_self_test() -> list[Check]:
    checks = run_self_test()
    failed = [c for c in checks if not c.ok]
    if failed:
        raise SelfTestFailed(
            tr("Erreurs", "Contrôle de sécurité échoué : {quoi}. Refus de démarrer.").format(
                quoi=", ".join(f"{c.name} ({c.detail})" for c in failed)
            )
        )
    return checks
