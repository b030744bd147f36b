"""A calm, readable look: Fusion style, a light palette, a few accents. No online resource."""

from __future__ import annotations

from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QApplication

INK = "#1f2d36"
MUTED = "#5b6b76"
ACCENT = "#2f6f8f"
SURFACE = "#f4f6f8"
SIDEBAR = "#e7edf1"
LINE = "#d5dde3"

STYLESHEET = f"""
QMainWindow, QWizard {{ background: {SURFACE}; }}
QToolBar#mainToolbar {{ background: #ffffff; border: none; border-bottom: 1px solid {LINE};
    padding: 4px 8px; spacing: 6px; }}
QToolBar#mainToolbar QToolButton {{ padding: 5px 10px; border-radius: 6px; color: {INK}; }}
QToolBar#mainToolbar QToolButton:hover {{ background: {SIDEBAR}; }}
QToolBar#mainToolbar QToolButton:checked {{ background: #fdecc8; color: #6b4a00; }}
QToolBar#mainToolbar QToolButton[popupMode="1"] {{ padding-right: 20px; }}
QToolBar#mainToolbar QToolButton::menu-button {{ border: none; width: 16px;
    border-top-right-radius: 6px; border-bottom-right-radius: 6px; }}
QToolBar#mainToolbar QToolButton::menu-button:hover {{ background: {LINE}; }}
QLabel#sessionLabel {{ color: {MUTED}; }}
QListWidget#navigation {{ background: {SIDEBAR}; border: none; border-right: 1px solid {LINE};
    padding-top: 12px; font-size: 11pt; outline: 0; }}
QListWidget#navigation::item {{ padding: 10px 14px; margin: 2px 8px; border-radius: 6px;
    color: {INK}; }}
QListWidget#navigation::item:selected {{ background: #ffffff; color: {ACCENT};
    font-weight: 600; }}
QLabel#pageTitle {{ font-size: 16pt; font-weight: 600; color: {INK}; }}
QLabel#sectionTitle {{ font-size: 11.5pt; font-weight: 600; color: {ACCENT}; }}
QLabel#countLabel, QLabel#draftStatus, QLabel#permanenceDay {{ color: {MUTED}; }}
QLabel#fieldLabel {{ color: {MUTED}; }}
QLabel#emptyValue, QLabel#maskedValue {{ color: #8c99a3; font-style: italic; }}
QLabel#parloirNotice {{ background: #fdecc8; color: #6b4a00; padding: 8px 10px;
    border-radius: 6px; }}
QLabel#parloirIndicator {{ background: #fdecc8; color: #6b4a00; padding: 2px 10px;
    border-radius: 4px; }}
QLabel#noteWarning {{ background: #fff4e0; color: #7a4b00; border: 1px solid #f0c987;
    padding: 8px 10px; border-radius: 6px; }}
QLabel#formError, QLabel#unlockMessage {{ color: #a1251b; background: #fdeceb;
    padding: 8px 10px; border-radius: 6px; }}
QLabel#badge {{ background: #e3eef6; color: {ACCENT}; padding: 3px 10px; border-radius: 10px; }}
QFrame#draftBanner {{ background: #fff4e0; border: 1px solid #f0c987; border-radius: 6px; }}
QFrame#unlockCard {{ background: #ffffff; border: 1px solid {LINE}; border-radius: 12px; }}
QFrame#demoBox {{ background: #eef6ee; border: 1px solid #bcd9bc; border-radius: 8px; }}
QLabel#demoPassphrase {{ font-family: monospace; font-size: 11pt; font-weight: 600; }}
QLabel#unlockTitle {{ font-size: 20pt; font-weight: 600; color: {INK}; }}
QLabel#unlockSubtitle {{ color: {MUTED}; }}
#dialogTitle {{ font-size: 14pt; font-weight: 600; color: {INK}; }}
#caseName {{ font-size: 17pt; font-weight: 600; color: {INK}; }}
#caseDetails {{ color: {MUTED}; }}
QTableView::item, QTableWidget::item {{ padding: 0px 8px; }}
QTableView, QTableWidget, QListView {{ background: #ffffff; border: 1px solid {LINE};
    border-radius: 6px; gridline-color: {LINE}; selection-background-color: #cfe3ef;
    selection-color: {INK}; alternate-background-color: #f8fafb; }}
QListView#timeline {{ background: {SURFACE}; border: none; }}
QHeaderView::section {{ background: #ffffff; color: {MUTED}; border: none;
    border-bottom: 1px solid {LINE}; padding: 6px 8px; font-weight: 600; }}
QGroupBox {{ background: #ffffff; border: 1px solid {LINE}; border-radius: 8px;
    margin-top: 14px; padding: 10px 8px 8px 8px; font-weight: 600; }}
QGroupBox::title {{ subcontrol-origin: margin; left: 10px; padding: 0 4px; color: {ACCENT}; }}
QTabWidget::pane {{ border: none; }}
QTabBar::tab {{ padding: 7px 14px; color: {MUTED}; border: none; background: transparent; }}
QTabBar::tab:disabled {{ color: #b3bdc4; }}
QTabBar::tab:selected {{ color: {ACCENT}; border-bottom: 2px solid {ACCENT}; }}
QPushButton {{ padding: 5px 12px; }}
QPushButton#saveInterview, QPushButton#unlockButton, QPushButton#interviewButton {{
    background: {ACCENT}; color: #ffffff; border: 1px solid {ACCENT}; border-radius: 5px;
    padding: 6px 16px; font-weight: 600; }}
QPushButton#saveInterview:disabled, QPushButton#unlockButton:disabled {{ background: #9fb7c4;
    border-color: #9fb7c4; }}
QLineEdit, QPlainTextEdit, QComboBox, QSpinBox {{ padding: 4px 6px; }}
"""


def apply(app: QApplication) -> None:
    app.setStyle("Fusion")
    palette = app.palette()
    palette.setColor(QPalette.ColorRole.Window, QColor(SURFACE))
    palette.setColor(QPalette.ColorRole.WindowText, QColor(INK))
    palette.setColor(QPalette.ColorRole.Base, QColor("#ffffff"))
    palette.setColor(QPalette.ColorRole.AlternateBase, QColor("#f8fafb"))
    palette.setColor(QPalette.ColorRole.Text, QColor(INK))
    palette.setColor(QPalette.ColorRole.Button, QColor("#ffffff"))
    palette.setColor(QPalette.ColorRole.ButtonText, QColor(INK))
    palette.setColor(QPalette.ColorRole.Highlight, QColor(ACCENT))
    palette.setColor(QPalette.ColorRole.HighlightedText, QColor("#ffffff"))
    palette.setColor(QPalette.ColorRole.PlaceholderText, QColor("#8c99a3"))
    palette.setColor(QPalette.ColorRole.ToolTipBase, QColor("#ffffff"))
    palette.setColor(QPalette.ColorRole.ToolTipText, QColor(INK))
    app.setPalette(palette)
    font = app.font()
    if font.pointSizeF() < 10:
        font.setPointSizeF(10)
    font.setStyleStrategy(QFont.StyleStrategy.PreferAntialias)
    app.setFont(font)
    app.setStyleSheet(STYLESHEET)
