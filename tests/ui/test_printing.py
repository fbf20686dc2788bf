"""Printing the brief through a real CUPS queue, as the print dialog does.

A private cupsd runs from a temporary folder, listening only on its own
socket, with one queue that writes the job to a file; the job is read back
as a PDF.  The CUPS client picks its server once per process, so this runs
in a child process with CUPS_SERVER set from the start.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pypdf
import pytest

from tests.conftest import REPO, SAMPLE

PPD = Path("/usr/share/ppd/cupsfilters/Generic-PDF_Printer-PDF.ppd")

CUPSD_CONF = """Listen {root}/run/cups.sock
Browsing Off
WebInterface No
ErrorPolicy abort-job
DefaultAuthType None
<Location />
  Order allow,deny
  Allow all
</Location>
<Policy default>
  <Limit All>
    Order deny,allow
    Allow all
  </Limit>
</Policy>
"""

CUPS_FILES_CONF = """ServerRoot {root}/etc
RequestRoot {root}/spool
TempDir {root}/tmp
CacheDir {root}/cache
StateDir {root}/run
DataDir /usr/share/cups
ServerBin /usr/lib/cups
DocumentRoot /usr/share/cups/doc-root
AccessLog {root}/log/access_log
ErrorLog {root}/log/error_log
PageLog {root}/log/page_log
User lp
Group lp
FileDevice Yes
"""


@pytest.fixture
def cups_queue():
    if not shutil.which("cupsd") or not PPD.exists():
        pytest.fail("CUPS is not installed: run scripts/setup.sh --dev (it installs cups and cups-filters)")
    # Filters run as user lp: the folder must be readable by it (not pytest's 0700 tmp).
    root = Path(tempfile.mkdtemp(prefix="br-cups-"))
    for sub in ("etc", "run", "spool", "tmp", "cache", "log", "out"):
        (root / sub).mkdir()
    for p in [root, *root.iterdir()]:
        os.chmod(p, 0o777 if p.name in ("tmp", "out", "spool") else 0o755)
    (root / "etc" / "cupsd.conf").write_text(CUPSD_CONF.format(root=root))
    (root / "etc" / "cups-files.conf").write_text(CUPS_FILES_CONF.format(root=root))
    daemon = subprocess.Popen(["cupsd", "-f", "-c", str(root / "etc" / "cupsd.conf"),
                               "-s", str(root / "etc" / "cups-files.conf")])
    env = {**os.environ, "CUPS_SERVER": str(root / "run" / "cups.sock")}
    try:
        deadline = time.monotonic() + 10
        while not (root / "run" / "cups.sock").exists() and time.monotonic() < deadline:
            time.sleep(0.05)
        out = root / "out" / "brief.pdf"
        subprocess.run(["lpadmin", "-p", "brief_queue", "-E", "-v", f"file://{out}", "-P", str(PPD)],
                       env=env, check=True, capture_output=True)
        yield env, out
    finally:
        daemon.terminate()
        daemon.wait(10)
        shutil.rmtree(root, ignore_errors=True)


_PRINT = """
import sys
sys.path.insert(0, {repo!r})
from PySide6.QtPrintSupport import QPrinter, QPrinterInfo
from briefing.extract import extract
from briefing.load import load_briefing
from ui.brief_render import print_brief
from ui.headless import ensure_gui_application
ensure_gui_application()
info = next(p for p in QPrinterInfo.availablePrinters() if p.printerName() == "brief_queue")
printer = QPrinter(info, QPrinter.PrinterMode.HighResolution)
b = load_briefing({sample!r})
print(print_brief(b, extract(b), printer))
"""


def test_brief_prints_one_page_through_cups(cups_queue):
    env, out = cups_queue
    env = {**env, "QT_QPA_PLATFORM": "offscreen"}
    proc = subprocess.run([sys.executable, "-c", _PRINT.format(repo=str(REPO), sample=str(SAMPLE))],
                          env=env, capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip().splitlines()[-1] == "1"
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline and not (out.exists() and b"%%EOF" in out.read_bytes()):
        time.sleep(0.1)
    data = out.read_bytes()
    # The queue may wrap the PDF in printer-control bytes; keep the PDF itself.
    pdf = data[data.index(b"%PDF-"): data.rindex(b"%%EOF") + 5]
    path = out.with_name("clean.pdf")
    path.write_bytes(pdf)
    reader = pypdf.PdfReader(path)
    assert len(reader.pages) == 1
    text = " ".join(reader.pages[0].extract_text().split())
    assert "Zelensky Prepares for Crucial Talks" in text
