"""Entry point of the frozen desktop application (``dedans-dehors-desktop``).

``--self-test`` is answered here, before the GUI module is even imported, so that the check
runs on a machine without a display and still works if the GUI code itself is broken.
"""

import sys


def main() -> int:
    if "--self-test" in sys.argv[1:]:
        from dedans_dehors_desktop.app_selftest import main as self_test

        return self_test(sys.argv[1:])
    from dedans_dehors_desktop.gui.app import main as gui_main

    return int(gui_main() or 0)


if __name__ == "__main__":
    raise SystemExit(main())
