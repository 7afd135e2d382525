import { Matrix } from "@backprop/linalg";

/**
 * The `m × n` factor `Q` (orthonormal columns) of the economic QR factorisation `A = Q·R` of an
 * `m × n` matrix with `m ≥ n`, computed as LAPACK's `dgeqr2` + `dorg2r` (what `scipy.linalg.qr(a,
 * mode="economic")` calls): Householder reflections `Hₖ = I − τₖ·vₖ·vₖᵀ` chosen so that `R`'s
 * diagonal is `−sign(αₖ)·‖A[k:, k]‖`. That sign rule fixes `Q` uniquely, so the result matches
 * SciPy's to rounding (about 1e-15), not bit for bit: LAPACK's norms and BLAS's sums round
 * differently.
 */
export function householderQ(a: Matrix): Matrix {
  const { rows: m, cols: n } = a;
  const q = Float64Array.from(a.data);
  const tau = new Float64Array(n);
  for (let k = 0; k < n; k++) {
    tau[k] = reflectColumn(q, m, n, k);
    if (k + 1 < n) applyReflection(q, m, n, k, k + 1, tau[k] as number);
  }
  // dorg2r: accumulate Q = H₀·H₁·…·Hₙ₋₁·[I; 0] from the last reflection back, in place.
  for (let k = n - 1; k >= 0; k--) {
    const t = tau[k] as number;
    if (k + 1 < n) {
      q[k * n + k] = 1;
      applyReflection(q, m, n, k, k + 1, t);
    }
    for (let i = k + 1; i < m; i++) q[i * n + k] = -t * (q[i * n + k] as number);
    q[k * n + k] = 1 - t;
    for (let i = 0; i < k; i++) q[i * n + k] = 0;
  }
  return new Matrix(m, n, q);
}

/**
 * LAPACK's `dlarfg` on column `k` from the diagonal down: stores `vₖ` (with an implicit leading 1)
 * below the diagonal, `β = −sign(α)·√(α² + ‖x‖²)` on it, and returns `τ = (β − α)/β`.
 */
function reflectColumn(q: Float64Array, m: number, n: number, k: number): number {
  const alpha = q[k * n + k] as number;
  let squares = 0;
  for (let i = k + 1; i < m; i++) {
    const x = q[i * n + k] as number;
    squares += x * x;
  }
  if (squares === 0) return 0;
  const xnorm = Math.sqrt(squares);
  // dlapy2, and Fortran's SIGN(x, α) (positive for α = 0).
  const big = Math.max(Math.abs(alpha), xnorm);
  const small = Math.min(Math.abs(alpha), xnorm);
  const beta = (alpha >= 0 ? -1 : 1) * big * Math.sqrt(1 + (small / big) * (small / big));
  const scale = 1 / (alpha - beta);
  for (let i = k + 1; i < m; i++) q[i * n + k] = (q[i * n + k] as number) * scale;
  q[k * n + k] = beta;
  return (beta - alpha) / beta;
}

/**
 * `C ← (I − τ·v·vᵀ)·C` for the block `C = q[k:, from:]`, with `v = [1; q[k+1:, k]]` (`dlarf`:
 * `w = Cᵀ·v`, then `C ← C − τ·v·wᵀ`). Reads `q[k, k]` as the leading 1, so the caller sets it.
 */
function applyReflection(q: Float64Array, m: number, n: number, k: number, from: number, tau: number): void {
  if (tau === 0) return;
  const saved = q[k * n + k] as number;
  q[k * n + k] = 1;
  for (let j = from; j < n; j++) {
    let w = 0;
    for (let i = k; i < m; i++) w += (q[i * n + k] as number) * (q[i * n + j] as number);
    const tw = tau * w;
    for (let i = k; i < m; i++) q[i * n + j] = (q[i * n + j] as number) - tw * (q[i * n + k] as number);
  }
  q[k * n + k] = saved;
}
