"""Render the application icon (SVG) to the PNG sizes and the Windows .ico the installers use.

Run from anywhere: ``.venv/bin/python installers/make_icons.py``. The outputs are committed so
that a build never depends on this script; re-run it only after editing the SVG. Rendering goes
through PySide6's QSvgRenderer (the toolkit the application already ships), so no extra tool is
needed, and the bytes come out identical from one run to the next.
"""

from __future__ import annotations

import os
import struct
import sys
from pathlib import Path

ICON_DIR = Path(__file__).resolve().parents[1] / "resources" / "app-icon"
SVG_NAME = "dedans-dehors.svg"
ICO_NAME = "dedans-dehors.ico"
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
# Windows picks the entry nearest to what it needs (16 in lists, 32/48 in Explorer, 256 in
# large views); 512 is not a valid .ico size.
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)


def png_name(size: int) -> str:
    return f"dedans-dehors-{size}.png"


def render_png(svg: Path, size: int) -> bytes:
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise SystemExit(f"invalid SVG: {svg}")
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(0)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not image.save(buffer, "PNG"):
        raise SystemExit(f"could not encode the {size} px PNG")
    buffer.close()
    return bytes(data.data())


def build_ico(pngs: dict[int, bytes]) -> bytes:
    """An .ico whose entries are PNG-compressed (read by Windows Vista and later).

    Qt's own ico writer stores a single image; an installer icon needs every size in one file.
    """
    sizes = sorted(pngs)
    header = struct.pack("<HHH", 0, 1, len(sizes))
    offset = len(header) + 16 * len(sizes)
    entries, payload = b"", b""
    for size in sizes:
        data = pngs[size]
        dim = 0 if size >= 256 else size  # 0 means 256 in the directory entry
        entries += struct.pack("<BBBBHHII", dim, dim, 0, 0, 1, 32, len(data), offset)
        payload += data
        offset += len(data)
    return header + entries + payload


def main() -> int:
    # No window is shown; the offscreen platform keeps the script usable on a headless builder.
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    svg = ICON_DIR / SVG_NAME
    pngs = {size: render_png(svg, size) for size in PNG_SIZES}
    for size, data in pngs.items():
        (ICON_DIR / png_name(size)).write_bytes(data)
    (ICON_DIR / ICO_NAME).write_bytes(build_ico({s: pngs[s] for s in ICO_SIZES}))
    print(f"{len(pngs)} PNG et {ICO_NAME} écrits dans {ICON_DIR}")
    del app
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
