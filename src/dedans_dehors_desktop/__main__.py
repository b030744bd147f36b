"""``python -m dedans_dehors_desktop`` starts the desktop application."""

from .gui.app import main

raise SystemExit(main())
