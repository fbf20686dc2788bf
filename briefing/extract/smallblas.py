"""Fast small matrix products for spaCy's parser and entity recogniser.

spaCy's transition-based components score each parsing step with a tiny
matrix product (one state's 64 hidden units by ~100 output classes) through
thinc's ``CBlas`` table, which points at BLIS.  BLIS packs both operands on
every call, and on CPUs its bundled build does not recognise (the AMD EPYC
we measure on) it runs its generic kernel: ~40 µs a step, thousands of steps
an article.  ``native/smallblas.c`` does the same product in plain loops; thinc
exports ``set_sgemm`` so a ``CBlas`` table can point at it.  The parse is the
same (checked on the evaluation set: every tag, head, label and entity).

The C file is compiled by ``scripts/setup.sh``; where no compiler was at hand
the library is missing and the pipeline keeps BLIS, only slower.
"""

from __future__ import annotations

import ctypes
import logging
from pathlib import Path

log = logging.getLogger(__name__)

# In a folder of its own without __init__.py: a .so among the package's
# modules would be taken for a Python extension by module walkers.
LIBRARY_PATH = Path("native") / "libsmallblas.so"
# The loaded library stays referenced for the life of the process: the
# parsers hold a bare pointer into it.
_loaded: list[ctypes.CDLL] = []


def library_path() -> Path:
    """Where setup.sh puts the compiled library; build.spec puts it at the same
    place relative to the frozen modules."""
    return Path(__file__).parent / LIBRARY_PATH


def _capsule_pointer(capsule) -> int:
    api = ctypes.pythonapi
    api.PyCapsule_GetName.restype = ctypes.c_char_p
    api.PyCapsule_GetName.argtypes = [ctypes.py_object]
    api.PyCapsule_GetPointer.restype = ctypes.c_void_p
    api.PyCapsule_GetPointer.argtypes = [ctypes.py_object, ctypes.c_char_p]
    return api.PyCapsule_GetPointer(capsule, api.PyCapsule_GetName(capsule))


def load_sgemm() -> int | None:
    """Address of the compiled ``briefing_sgemm``, or None when it is not built."""
    path = library_path()
    if not path.exists():
        return None
    try:
        lib = ctypes.CDLL(str(path))
        address = ctypes.cast(lib.briefing_sgemm, ctypes.c_void_p).value
    except (OSError, AttributeError) as exc:
        log.warning("cannot load %s: %s", path, exc)
        return None
    _loaded.append(lib)
    return address


def make_ops():
    """thinc ops for the pipeline: numpy's BLAS for the big products (see
    ``pipeline._use_numpy_blas``) and, when built, the small-product routine
    for the parsers' per-step scores."""
    from thinc.api import NumpyOps
    from thinc.backends import cblas

    sgemm = load_sgemm()
    if sgemm is None:
        log.info("%s not built; the parsers use BLIS", library_path())
        return NumpyOps(use_blis=False)
    capsule = getattr(cblas, "__pyx_capi__", {}).get("set_sgemm")
    if capsule is None:  # a thinc without the exported setter: keep BLIS
        log.warning("thinc exports no set_sgemm; the parsers use BLIS")
        return NumpyOps(use_blis=False)

    set_sgemm = ctypes.CFUNCTYPE(None, ctypes.py_object, ctypes.c_void_p)(_capsule_pointer(capsule))
    table = cblas.CBlas()
    set_sgemm(table, sgemm)
    log.debug("the parsers score their steps with %s", library_path())

    class SmallGemmOps(NumpyOps):
        def cblas(self):  # what the parsers call once per batch
            return table

    return SmallGemmOps(use_blis=False)
