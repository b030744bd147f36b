"""Withdrawing a colleague's access removes their key slot; nobody can lock everyone out."""

from __future__ import annotations

import pytest

from dedans_dehors_desktop.core.errors import UnknownUser, ValidationError
from dedans_dehors_desktop.crypto.keywrap import KdfParams
from dedans_dehors_desktop.storage.store import Store


def test_removed_user_can_no_longer_unlock(
    store: Store, passphrase: str, user_name: str, light_kdf: KdfParams
) -> None:
    store.add_user(
        "Karim Haddad",
        "Autre phrase de passe tout aussi longue",
        kdf=light_kdf,
        enforce_policy=False,
    )
    store.remove_user("Karim Haddad")
    root = store.paths.root
    store.close()
    with pytest.raises(UnknownUser):
        Store.open(root, user="Karim Haddad", passphrase="Autre phrase de passe tout aussi longue")
    with Store.open(root, user=user_name, passphrase=passphrase) as again:
        assert again.keyfile.users == [user_name]
        actions = [
            r[0]
            for r in again.db.conn.execute(
                "SELECT action FROM access_log WHERE tbl = 'utilisateur'"
            )
        ]
        assert actions == ["modification"]


def test_own_and_last_access_cannot_be_removed(store: Store, user_name: str) -> None:
    with pytest.raises(ValidationError):
        store.remove_user(user_name)
    with pytest.raises(UnknownUser):
        store.remove_user("Personne")
    assert store.keyfile.users == [user_name]
