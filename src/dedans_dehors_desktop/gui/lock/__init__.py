"""GUI lock."""
