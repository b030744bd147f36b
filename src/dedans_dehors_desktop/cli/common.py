"""What every subcommand needs: the data folder, the passphrase, an unlocked store."""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from pathlib import Path

from ..services.session import Store, default_data_dir

PASSPHRASE_ENV = "DEDANS_DEHORS_PASSPHRASE"
NEW_PASSPHRASE_ENV = "DEDANS_DEHORS_NEW_PASSPHRASE"
USER_ENV = "DEDANS_DEHORS_USER"
LOCK_WAIT_SECONDS = 3.0  # a command started while another finishes waits for it this long


class CliError(Exception):
    """A French message for the terminal."""


def data_dir(args: argparse.Namespace) -> Path:
    return Path(args.data_dir).expanduser() if args.data_dir else default_data_dir()


def user(args: argparse.Namespace) -> str | None:
    return args.user or os.environ.get(USER_ENV) or None


def passphrase(prompt: str = "Phrase de passe : ", env: str = PASSPHRASE_ENV) -> str:
    value = os.environ.get(env)
    if value is not None:
        return value
    if not sys.stdin.isatty():
        raise CliError(f"phrase de passe attendue (saisie au clavier ou variable {env}).")
    return getpass.getpass(prompt)


def new_passphrase(env: str = NEW_PASSPHRASE_ENV) -> str:
    value = os.environ.get(env)
    if value is not None:
        return value
    first = passphrase("Nouvelle phrase de passe : ", env)
    if passphrase("Confirmez la phrase de passe : ", env) != first:
        raise CliError("les deux saisies ne sont pas identiques.")
    return first


def lock_wait(args: argparse.Namespace) -> float:
    return max(0.0, float(getattr(args, "attendre", LOCK_WAIT_SECONDS)))


def open_store(args: argparse.Namespace) -> Store:
    return Store.open(
        data_dir(args), user=user(args), passphrase=passphrase(), wait=lock_wait(args)
    )


def out(line: str = "") -> None:
    sys.stdout.write(line + "\n")
