"""``passwd``, ``add-user`` and ``remove-user`` raced two at a time in real processes.

Two long-lived worker processes run the real command line (``cli.main``) on request; the test
sends each its command at the same moment, so both race for the store. Afterwards the key
file must hold exactly the changes that reported success, and a command that failed must have
said so in one French line: never a success message for a change that is not in force.

``calibrate`` is made to return light Argon2id parameters in the workers (speed only, as in
test_store_commands.py); the key file, the store lock and the database are the real ones.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from dedans_dehors_desktop.crypto.keywrap import KdfParams
from dedans_dehors_desktop.storage.keyfile import KeyFile
from dedans_dehors_desktop.storage.store import Store

pytestmark = pytest.mark.slow

WORKER = """
import contextlib, io, json, os, sys
from dedans_dehors_desktop import cli
from dedans_dehors_desktop.crypto import keywrap
from dedans_dehors_desktop.storage import store as store_module

def light(*_a, **_k):
    return keywrap.KdfParams(os.urandom(16), 1024, 1), 0.001

keywrap.calibrate = light
store_module.calibrate = light
print("pret", flush=True)
for line in sys.stdin:
    request = json.loads(line)
    for key, value in request["env"].items():
        os.environ[key] = value
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            code = cli.main(request["argv"])
        except SystemExit as exc:
            code = int(exc.code or 0)
    print(json.dumps({"code": code, "out": out.getvalue(), "err": err.getvalue()}), flush=True)
"""


class Worker:
    def __init__(self, data: Path) -> None:
        env = dict(os.environ)
        env["PYTHONPATH"] = os.pathsep.join(p for p in sys.path if p)
        env["DEDANS_DEHORS_DATA_DIR"] = str(data)
        self.proc = subprocess.Popen(
            [sys.executable, "-c", WORKER],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
            env=env,
        )
        assert self.readline() == "pret"

    def readline(self) -> str:
        assert self.proc.stdout is not None
        return self.proc.stdout.readline().strip()

    def send(self, argv: list[str], env: dict[str, str]) -> None:
        assert self.proc.stdin is not None
        self.proc.stdin.write(json.dumps({"argv": argv, "env": env}) + "\n")
        self.proc.stdin.flush()

    def result(self) -> dict[str, object]:
        return dict(json.loads(self.readline()))

    def stop(self) -> None:
        assert self.proc.stdin is not None
        self.proc.stdin.close()
        self.proc.wait(timeout=60)


@dataclass
class Op:
    """One command, as ``actor``; ``apply`` is what it changes in the expected state."""

    kind: str  # passwd, add-user, remove-user
    actor: str
    target: str
    secret: str = ""

    def argv(self, wait: str) -> list[str]:
        base = ["--user", self.actor, "--attendre", wait]
        if self.kind == "passwd":
            return [*base, "passwd"]
        return [*base, self.kind, self.target]

    def env(self, users: dict[str, str]) -> dict[str, str]:
        return {
            "DEDANS_DEHORS_PASSPHRASE": users[self.actor],
            "DEDANS_DEHORS_NEW_PASSPHRASE": self.secret or "inutilisee",
        }

    def apply(self, users: dict[str, str]) -> None:
        if self.kind == "passwd":
            users[self.actor] = self.secret
        elif self.kind == "add-user":
            users[self.target] = self.secret
        else:
            del users[self.target]

    def success_line(self) -> str:
        return {
            "passwd": "Phrase de passe changée.",
            "add-user": f"Accès ajouté pour {self.target}.",
            "remove-user": f"Accès retiré pour {self.target}.",
        }[self.kind]


STRONG = "Cheval orange pluie tambour vélo nuage brique"  # meets the passphrase policy
PAIRS = [
    ("passwd", "add-user"),
    ("passwd", "remove-user"),
    ("add-user", "remove-user"),
    ("passwd", "passwd"),
    ("add-user", "add-user"),
    ("remove-user", "remove-user"),
]


@pytest.fixture
def workers(tmp_path: Path) -> Iterator[tuple[Path, Worker, Worker]]:
    data = tmp_path / "donnees"
    store = Store.create(
        data,
        role="office",
        structure_name="Mission Locale",
        user="marie",
        passphrase="marie-0",
        kdf=KdfParams(os.urandom(16), 1024, 1),
        enforce_policy=False,
    )
    store.add_user("paul", "paul-0", kdf=KdfParams(os.urandom(16), 1024, 1), enforce_policy=False)
    store.close()
    first, second = Worker(data), Worker(data)
    yield data, first, second
    first.stop()
    second.stop()


def _ops(kinds: tuple[str, str], n: int) -> tuple[Op, Op]:
    made = []
    for actor, kind in zip(("marie", "paul"), kinds, strict=True):
        if kind == "passwd":
            made.append(Op(kind, actor, actor, f"{STRONG} {actor} {n}"))
        elif kind == "add-user":
            made.append(Op(kind, actor, f"nouveau-{actor}-{n}", f"{STRONG} nouveau {n}"))
        else:
            made.append(Op(kind, actor, f"partant-{actor}-{n}"))
    return made[0], made[1]


def _prepare(data: Path, users: dict[str, str], ops: tuple[Op, Op]) -> None:
    """Users to remove exist; users of earlier rounds go, so the key file stays small."""
    with Store.open(data, user="marie", passphrase=users["marie"]) as store:
        for name in [u for u in users if u not in ("marie", "paul")]:
            store.remove_user(name)
            del users[name]
        for op in ops:
            if op.kind == "remove-user":
                secret = f"secret-{op.target}"
                store.add_user(
                    op.target, secret, kdf=KdfParams(os.urandom(16), 1024, 1), enforce_policy=False
                )
                users[op.target] = secret


def _in_force(data: Path) -> KeyFile:
    return KeyFile.load(data / "store.key")


def test_access_changes_raced_in_pairs_are_never_lost(
    workers: tuple[Path, Worker, Worker],
) -> None:
    data, first, second = workers
    users = {"marie": "marie-0", "paul": "paul-0"}
    tally = {"both": 0, "one": 0, "applied": 0, "refused": 0}
    n = 0
    for rounds, wait in ((10, "3"), (10, "0")):  # waiting for the lock, then refused at once
        for _ in range(rounds):
            for kinds in PAIRS:
                n += 1
                ops = _ops(kinds, n)
                _prepare(data, users, ops)
                before = dict(users)
                first.send(ops[0].argv(wait), ops[0].env(before))
                second.send(ops[1].argv(wait), ops[1].env(before))
                results = (first.result(), second.result())
                succeeded = 0
                for op, result in zip(ops, results, strict=True):
                    if result["code"] == 0:
                        assert result["out"] == op.success_line() + "\n"
                        op.apply(users)
                        succeeded += 1
                        tally["applied"] += 1
                    else:
                        err = str(result["err"])
                        assert err.startswith("Erreur : ") and err.count("\n") == 1, err
                        assert "base est déjà ouverte par la commande" in err, err
                        tally["refused"] += 1
                assert succeeded >= 1  # the lock always lets one of them through
                tally["both" if succeeded == 2 else "one"] += 1
                # What reported success is in force, and nothing else changed.
                keyfile = _in_force(data)
                assert sorted(keyfile.users) == sorted(users), (kinds, results)
                for name, secret in users.items():
                    assert keyfile.unlock(name, secret)[0] == name, (kinds, name)
    print(f"\ncourses : {n}, {tally}")
    assert tally["applied"] + tally["refused"] == 2 * n
    assert tally["refused"] >= 1  # with no wait, a loser was seen (and told so)
    assert tally["both"] >= 1  # with a wait, both went through one after the other
