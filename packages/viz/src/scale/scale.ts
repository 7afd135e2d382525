import { fraction } from "./fraction.js";
import { formatTick, linearTicks, logTicks, niceDomain, niceStep, widenEmpty } from "./ticks.js";

/** One tick: its data value and the label drawn beside it. */
export interface Tick {
  value: number;
  label: string;
}

/** Maps data values to pixels along one axis and knows its ticks. */
export interface Scale {
  readonly domain: readonly [number, number];
  readonly range: readonly [number, number];
  readonly log: boolean;
  map(value: number): number;
  ticks(): Tick[];
}

const SUPERSCRIPT: Record<string, string> = {
  "-": "⁻", "0": "⁰", "1": "¹", "2": "²", "3": "³", "4": "⁴", "5": "⁵", "6": "⁶", "7": "⁷", "8": "⁸", "9": "⁹",
};

/**
 * A linear scale: `px = r0 + (v − d0)·(r1 − r0)/(d1 − d0)`. With `nice`, the domain is first
 * widened to nice tick multiples so the first and last ticks cover the data.
 * @example
 * linearScale([0, 10], [0, 100]).map(2.5); // 25
 */
export function linearScale(domain: readonly [number, number], range: readonly [number, number], nice = false, tickCount = 5): Scale {
  const [d0, d1] = nice ? niceDomain(domain[0], domain[1], tickCount) : domain;
  // The step comes from the data range, so the widened ends are ticks too.
  const step = niceStep(...(nice ? widenEmpty(domain[0], domain[1]) : domain), tickCount);
  const [r0, r1] = range;
  const k = d1 === d0 ? 0 : (r1 - r0) / (d1 - d0);
  return {
    domain: [d0, d1],
    range,
    log: false,
    // `d1 − d0` overflows for a domain near ±1.8e308 (k = 0): then map through the halved fraction.
    map: Number.isFinite(d1 - d0) ? (v) => r0 + (v - d0) * k : (v) => r0 + fraction(v, d0, d1) * (r1 - r0),
    ticks: () => linearTicks(d0, d1, tickCount, step).map((value) => ({ value, label: formatTick(value, step) })),
  };
}

/**
 * A base-10 log scale: `px = r0 + (log10 v − log10 d0)·(r1 − r0)/(log10 d1 − log10 d0)`, its domain
 * widened to whole powers of ten, ticks at the powers (labelled `10⁻³`).
 * @throws RangeError when the domain is not positive.
 * @example
 * logScale([0.01, 1], [0, 100]).map(0.1); // 50
 */
export function logScale(domain: readonly [number, number], range: readonly [number, number]): Scale {
  if (!(domain[0] > 0) || !(domain[1] > 0)) {
    throw new RangeError(`logScale: a log axis needs positive values. Received: domain=[${domain[0]},${domain[1]}].`);
  }
  const ticks = logTicks(domain[0], domain[1]);
  const l0 = Math.log10(ticks[0] as number);
  const l1 = Math.log10(ticks[ticks.length - 1] as number);
  const [r0, r1] = range;
  const k = (r1 - r0) / (l1 - l0);
  return {
    domain: [Math.pow(10, l0), Math.pow(10, l1)],
    range,
    log: true,
    map: (v) => r0 + (Math.log10(v) - l0) * k,
    ticks: () =>
      ticks.map((value) => {
        const exponent = Math.round(Math.log10(value));
        const label = exponent === 0 ? "1" : `10${[...String(exponent)].map((c) => SUPERSCRIPT[c] ?? c).join("")}`;
        return { value, label };
      }),
  };
}
