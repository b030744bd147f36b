"""GUI shell."""
