"""The use cases of the application, under both faces: the window (``gui``) and the command line
(``cli``). No Qt import.

Each module owns one kind of use case and the transaction boundary of each: ``session`` (the
open store, its users, backup and restore), ``casework`` (interviews, referrals, records of the
parcours, drafts), ``queries`` (the youth list and case-file reads), ``exchange`` (the USB
synchronisation), ``documents`` (summary, right-of-access export, activity report) and
``settings`` (preferences of this installation). The services compose calls to ``storage``,
``sync``, ``reports`` and the file intake; the GUI and the command line import only these
services and ``core``, never the layers below (``tests/test_layers.py`` keeps it so).
"""
