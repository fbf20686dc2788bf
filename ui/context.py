"""One object that carries the app's services to every widget that needs them,
so a widget can be tested with a context made of temporary parts."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QSettings

from briefing.extraction_process import ExtractionProcess, shared_extraction_process
from briefing.library import Library
from briefing.paths import DataDir
from index import SearchIndex
from ui.prompts import Prompts
from ui.workers import Workers


@dataclass
class AppContext:
    data_dir: DataDir
    library: Library
    index: SearchIndex
    settings: QSettings
    workers: Workers
    prompts: Prompts
    extractor: ExtractionProcess

    @classmethod
    def open(cls, data_dir: DataDir, prompts: Prompts | None = None) -> "AppContext":
        """Opening the library sweeps away any interrupted write first; the
        index is reconciled later, on a worker."""
        data_dir.root.mkdir(parents=True, exist_ok=True)
        return cls(
            data_dir=data_dir,
            library=Library(data_dir.library),
            index=SearchIndex(data_dir.index),
            settings=QSettings(str(data_dir.settings), QSettings.Format.IniFormat),
            workers=Workers(),
            prompts=prompts or Prompts(),
            extractor=shared_extraction_process(),
        )
