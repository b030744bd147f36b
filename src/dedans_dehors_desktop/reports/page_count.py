"""A reportlab canvas that draws each page's furniture once the page count is known.

"Page 2 sur 5" needs the total, which reportlab only knows at the end: the pages are kept and
decorated when the document is saved.
"""

from __future__ import annotations

from typing import Any

from reportlab.pdfgen.canvas import Canvas


class PageCountCanvas(Canvas):  # type: ignore[misc]  # reportlab ships no type information
    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._page_states: list[dict[str, Any]] = []

    def showPage(self) -> None:
        self._page_states.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._page_states)
        for state in self._page_states:
            self.__dict__.update(state)
            self.decorate(total)
            super().showPage()
        super().save()

    def decorate(self, total: int) -> None:
        """Draw the current page's header and footer; ``self._pageNumber`` is the page."""
        raise NotImplementedError
