"""The compiled small-product routine computes what numpy computes."""

from __future__ import annotations

import ctypes

import numpy as np
import pytest

from briefing.extract import smallblas

SGEMM = ctypes.CFUNCTYPE(
    None, ctypes.c_int, ctypes.c_int, ctypes.c_int, ctypes.c_int, ctypes.c_int, ctypes.c_float,
    ctypes.c_void_p, ctypes.c_int, ctypes.c_void_p, ctypes.c_int, ctypes.c_float, ctypes.c_void_p, ctypes.c_int,
)


@pytest.fixture(scope="module")
def sgemm():
    # scripts/setup.sh builds the library; the product falls back to BLIS
    # without it, but a set-up checkout must have it.
    address = smallblas.load_sgemm()
    assert address, f"{smallblas.library_path()} is not built (run scripts/setup.sh)"
    return SGEMM(address)


def _ptr(a: np.ndarray) -> int:
    return a.ctypes.data


@pytest.mark.parametrize("trans_a", [False, True])
@pytest.mark.parametrize("trans_b", [False, True])
@pytest.mark.parametrize("alpha,beta", [(1.0, 0.0), (0.5, 0.0), (2.0, 1.0), (1.0, -0.5)])
def test_sgemm_matches_numpy(sgemm, trans_a, trans_b, alpha, beta):
    rng = np.random.default_rng(7)
    m, n, k = 3, 74, 64
    # Row strides wider than the rows, as in a view of a bigger buffer.
    a_full = rng.standard_normal((k if trans_a else m, 80), dtype=np.float32)
    b_full = rng.standard_normal((n if trans_b else k, 90), dtype=np.float32)
    a = a_full[:, : (m if trans_a else k)]
    b = b_full[:, : (k if trans_b else n)]
    c_full = rng.standard_normal((m, 100), dtype=np.float32)
    c_before = c_full[:, :n].copy()

    sgemm(trans_a, trans_b, m, n, k, alpha, _ptr(a_full), a_full.shape[1], _ptr(b_full), b_full.shape[1],
          beta, _ptr(c_full), c_full.shape[1])

    op_a = a.T if trans_a else a
    op_b = b.T if trans_b else b
    expected = alpha * (op_a.astype(np.float64) @ op_b.astype(np.float64)) + beta * c_before
    np.testing.assert_allclose(c_full[:, :n], expected, rtol=1e-4, atol=1e-4)


def test_sgemm_leaves_the_rest_of_the_buffer_alone(sgemm):
    a = np.ones((1, 8), dtype=np.float32)
    b = np.ones((4, 8), dtype=np.float32)
    c = np.full((1, 6), 9.0, dtype=np.float32)
    sgemm(False, True, 1, 4, 8, 1.0, _ptr(a), 8, _ptr(b), 8, 0.0, _ptr(c), 6)
    assert c.tolist() == [[8.0, 8.0, 8.0, 8.0, 9.0, 9.0]]


def test_ops_hand_the_routine_to_the_parsers():
    ops = smallblas.make_ops()
    assert type(ops).__name__ == "SmallGemmOps"
    assert ops.cblas() is ops.cblas()  # one table, pointing at the routine
    assert ops.use_blis is False
