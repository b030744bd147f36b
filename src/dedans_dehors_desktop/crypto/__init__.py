"""Cryptography: key wrapping, device identities, bundle sealing and opening. Never imports Qt."""
