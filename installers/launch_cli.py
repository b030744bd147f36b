"""Entry point of the frozen command line (``dedans-dehors``), a console program.

On Windows the desktop executable has no console to print to, so the installation check is
also reachable here: ``dedans-dehors --self-test``.
"""

import sys


def main() -> int:
    if sys.argv[1:] == ["--self-test"]:
        from dedans_dehors_desktop.app_selftest import main as self_test

        return self_test([])
    from dedans_dehors_desktop.cli import main as cli_main

    return cli_main()


if __name__ == "__main__":
    raise SystemExit(main())
