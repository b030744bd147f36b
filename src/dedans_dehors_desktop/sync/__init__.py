"""USB sync: bundles for peers, applying received bundles, conflicts, device registry."""
