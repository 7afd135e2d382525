/**
 * NumPy's `linspace(start, stop, num, endpoint)`: `start + i·step` with
 * `step = (stop − start) / (endpoint ? num − 1 : num)`, and the last value exactly `stop` when
 * `endpoint` is true, so values match NumPy to the bit.
 */
export function linspace(start: number, stop: number, num: number, endpoint = true): Float64Array {
  const out = new Float64Array(num);
  const div = endpoint ? num - 1 : num;
  const delta = stop - start;
  const step = div > 0 ? delta / div : NaN;
  for (let i = 0; i < num; i++) out[i] = (div > 0 ? i * step : i * delta) + start;
  if (endpoint && num > 1) out[num - 1] = stop;
  return out;
}
