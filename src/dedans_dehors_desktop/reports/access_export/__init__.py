"""Right of access (GDPR art. 15): everything stored about one youth, as a PDF and a JSON file.

This is, by design, the one export of case data in clear: the person asked for it and is entitled
to all of it, justice fields and the counsellor's notes included. Callers must tell the user to
hand the files over securely and not leave them on the machine.

What "everything" means here: every field of the youth's record and of each record they own,
deleted records too (their tombstone and the history that still holds the old values), the field
history, unresolved conflicting values, local drafts about them, and the access-log lines for any
of these records. Derived caches (list row, full-text index) hold nothing that is not already here.

Modules: ``collect`` (the data, read through ``storage.access_reads``), ``layout`` (the
line-layout engine), ``pdf`` (the reportlab story) and ``output`` (the JSON file, writing both).
"""

from __future__ import annotations

from .collect import FORMAT, FORMAT_VERSION, collect_access_data
from .output import AccessExport, export_access, export_file_names, to_json_bytes
from .pdf import render_access_pdf

__all__ = [
    "FORMAT",
    "FORMAT_VERSION",
    "AccessExport",
    "collect_access_data",
    "export_access",
    "export_file_names",
    "render_access_pdf",
    "to_json_bytes",
]
