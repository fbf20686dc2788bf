/*
 * Matrix routines for the small products of spaCy's transition-based parser
 * and entity recogniser (see ../smallblas.py for why).  Each parsing step
 * multiplies one state's hidden vector (1 x 64) by the output weights
 * (classes x 64, transposed); BLIS packs both operands for every such call,
 * which costs far more than the arithmetic.  Plain loops do it in a fraction
 * of the time.  Row-major, with thinc's ``sgemm_ptr`` signature:
 *     C = alpha * op(A) * op(B) + beta * C
 * where op(X) is X or its transpose; lda, ldb and ldc are row strides.
 */
#include <stddef.h>

void briefing_sgemm(int trans_a, int trans_b, int m, int n, int k, float alpha,
                    const float *a, int lda, const float *b, int ldb, float beta,
                    float *c, int ldc)
{
    const size_t a_row = trans_a ? 1 : (size_t)lda, a_col = trans_a ? (size_t)lda : 1;
    const size_t b_row = trans_b ? 1 : (size_t)ldb, b_col = trans_b ? (size_t)ldb : 1;

    for (int i = 0; i < m; i++) {
        for (int j = 0; j < n; j++) {
            float sum = 0.0f;
            if (!trans_a && trans_b) {
                /* The parser's case: dot product of two contiguous rows.
                 * Eight running sums, so the additions do not wait on each
                 * other (one chain is bound by the adder's latency). */
                const float *x = a + (size_t)i * lda, *y = b + (size_t)j * ldb;
                float s[8] = {0};
                int p = 0;
                for (; p + 8 <= k; p += 8)
                    for (int q = 0; q < 8; q++)
                        s[q] += x[p + q] * y[p + q];
                for (; p < k; p++)
                    s[0] += x[p] * y[p];
                sum = ((s[0] + s[4]) + (s[1] + s[5])) + ((s[2] + s[6]) + (s[3] + s[7]));
            } else {
                for (int p = 0; p < k; p++)
                    sum += a[i * a_row + p * a_col] * b[p * b_row + j * b_col];
            }
            float *out = c + (size_t)i * ldc + j;
            *out = beta == 0.0f ? alpha * sum : alpha * sum + beta * *out;
        }
    }
}
