"""Where the app keeps its data: one folder, overridable for tests and portable use."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

import platformdirs

APP_NAME = "BriefingReader"
#: Environment variable that moves library, index and settings elsewhere.
DATA_DIR_ENV = "BRIEFING_READER_DATA_DIR"


@dataclass(frozen=True)
class DataDir:
    root: Path

    @classmethod
    def resolve(cls, explicit: str | os.PathLike | None = None) -> "DataDir":
        """The --data-dir flag wins, then the environment, then the platform's place."""
        chosen = explicit or os.environ.get(DATA_DIR_ENV) or platformdirs.user_data_dir(APP_NAME, False)
        return cls(Path(chosen).expanduser().resolve())

    @property
    def library(self) -> Path:
        return self.root / "library"

    @property
    def index(self) -> Path:
        return self.root / "index"

    @property
    def settings(self) -> Path:
        return self.root / "settings.ini"

    @property
    def log(self) -> Path:
        return self.root / "briefing-reader.log"


def resource_path(*parts: str) -> Path:
    """A file shipped in ``resources/``, from a source tree or a frozen bundle."""
    import sys

    base = Path(getattr(sys, "_MEIPASS", Path(__file__).resolve().parent.parent))
    return base.joinpath("resources", *parts)


SAMPLE_BRIEFING = ("samples", "000_57bfc616d560bdc8.txt")
