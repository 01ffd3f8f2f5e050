package org.nnlab.linalg;

/**
 * One precision's micro-kernel for {@link VectorBackend}, and the element copies that pack the
 * factors into the layouts it reads. {@code P} is the type of a packed buffer ({@code double[]}
 * or {@code float[]}).
 *
 * <p>A tile of C is {@link #rows()} by NR elements, NR being {@link #columns()}, or
 * {@link #narrowColumns()} for C that narrow (a 10-class output). The kernel reads op(A) as rows
 * of k (row length lda) and op(B) as a panel of NR columns, k-major (row length NR); each element
 * of the tile is updated by one fused multiply-add per k, in increasing k, whatever the tile's
 * shape. C is always float64 storage.
 *
 * <p>An interface, so that naming it loads no {@code jdk.incubator.vector} class.
 */
interface Kernel<P> {
    /** Rows of a tile (MR). */
    int rows();

    /** Columns of a tile (NR). */
    int columns();

    /** Columns of the narrow tile, for C with at most this many columns. */
    int narrowColumns();

    /** Largest block of k the driver hands to one call of {@link #multiplyTile}. */
    int maxK();

    /** How the backend's name describes this kernel, e.g. "512-bit". */
    String description();

    P allocate(int length);

    int length(P buffer);

    /** The rows of op(A) as {@link #multiplyTile} can read them in place (op(A) = A), or null when they must be packed. */
    P inPlaceRows(Operand a);

    /** {@code count} elements: {@code dst[dstPos + i * dstStride] = src[srcPos + i * srcStride]}, rounded to P's precision. */
    void copy(double[] src, int srcPos, int srcStride, P dst, int dstPos, int dstStride, int count);

    /** Zeros {@code buffer[from, to)}. */
    void clear(P buffer, int from, int to);

    /** c = op(a) op(b) in this precision for products too small to pack, c row-major with a.rows() rows and b.cols() columns. */
    void multiplySmall(Operand a, Operand b, double[] c);

    /**
     * c[r][j] (+)= sum over kk &lt; kc of a[aOffset + r * lda + kk] * b[bOffset + kk * nr + j] for
     * r &lt; rows(), j &lt; nr, where c[r][j] is {@code c[cOffset + r * ldc + j]} and nr is
     * {@link #columns()} or {@link #narrowColumns()}; {@code accumulate} adds to C instead of overwriting it.
     */
    void multiplyTile(P a, int aOffset, int lda, P b, int bOffset, int kc, int nr, double[] c, int cOffset, int ldc, boolean accumulate);
}
