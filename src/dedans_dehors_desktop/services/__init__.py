"""Use cases called by both the windows (gui) and the command line (cli), without Qt.

Each module takes the open ``Store`` as its first argument, reads what it needs and writes only
through ``store.repo`` (storage's one write path). gui and cli import only ``services``, ``core``
and the top-level modules.
"""
