"""Use cases, Qt-free: what a screen and a command line verb do, called the same way by both.

``gui`` and ``cli`` call these with the open ``Store``; they call ``sync``, ``reports``,
``intake`` and ``storage``.
"""
