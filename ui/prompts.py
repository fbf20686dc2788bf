"""Every question or message the app puts to the user goes through here,
so that tests (and headless runs) can answer without a real dialog."""

from __future__ import annotations

from PySide6.QtWidgets import QFileDialog, QInputDialog, QLineEdit, QMessageBox, QWidget


class Prompts:
    def __init__(self, parent: QWidget | None = None):
        self.parent = parent

    def error(self, title: str, text: str) -> None:
        QMessageBox.warning(self.parent, title, text)

    def confirm(self, title: str, text: str) -> bool:
        answer = QMessageBox.question(self.parent, title, text)
        return answer == QMessageBox.StandardButton.Yes

    def open_files(self, title: str, filters: str) -> list[str]:
        files, _ = QFileDialog.getOpenFileNames(self.parent, title, "", filters)
        return files

    def open_folder(self, title: str) -> str:
        return QFileDialog.getExistingDirectory(self.parent, title)

    def save_file(self, title: str, suggested: str, filters: str) -> str:
        path, _ = QFileDialog.getSaveFileName(self.parent, title, suggested, filters)
        return path

    def ask_text(self, title: str, label: str, text: str = "") -> str | None:
        value, ok = QInputDialog.getText(self.parent, title, label, QLineEdit.EchoMode.Normal, text)
        return value if ok else None
