"""Dedans-Dehors Desktop: offline case files for Mission Locale justice referents."""

__version__ = "0.1.0"
APP_NAME = "Dedans-Dehors Desktop"
