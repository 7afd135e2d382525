import { describe, expect, it } from "vitest";
import { gradientRelativeError, numericalGradient } from "./finite-difference.js";

/** The parts of a matrix the harness reads (a `Matrix` from `@backprop/linalg` fits). */
export interface MatrixLike {
  readonly rows: number;
  readonly cols: number;
  readonly data: Float64Array;
}

/** The parts of the layer contract the harness exercises (`Layer` from `@backprop/layers` fits). */
export interface LayerLike<M extends MatrixLike> {
  readonly type: string;
  readonly name: string;
  readonly inputSize: number | null;
  readonly outputSize: number | null;
  forward(x: M, options?: { training?: boolean }): M;
  backward(dY: M): M;
  params(): { name: string; value: M; grad: M }[];
  regularizationLoss?(): number;
  toJSON(): unknown;
}

/** What {@link describeLayer} needs to test one layer. */
export interface LayerHarnessOptions<M extends MatrixLike, L extends LayerLike<M>> {
  /** A fresh layer (the same one on every call: seed it). */
  make(): L;
  /** The layer's reader, as a model file would call it. */
  fromJSON(json: unknown): LayerLike<M>;
  /** Builds a matrix (`(r, c, d) => new Matrix(r, c, d)`). */
  matrix(rows: number, cols: number, data: Float64Array): M;
  /** Width of the input to test with (the layer's `inputSize`, or any width for a size-agnostic layer). */
  inputWidth: number;
  /** Does training mode compute something else than inference (dropout, batch norm)? */
  trainingDiffers: boolean;
  /** Makes training mode deterministic before a gradient check (e.g. pin dropout's mask). */
  prepareTraining?(layer: L, x: M): void;
  /** Largest accepted relative error of the gradients. Default 1e-6. */
  tolerance?: number;
}

/** Deterministic values in (−2, 2) from a linear congruential sequence (no library generator needed). */
function values(n: number, seed: number): Float64Array {
  const out = new Float64Array(n);
  let s = seed >>> 0;
  for (let i = 0; i < n; i++) {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    out[i] = (s / 2 ** 32) * 4 - 2;
  }
  return out;
}

/**
 * Registers the tests every layer must pass (as Keras's `run_layer_test`): central-difference
 * gradients of `L = Σ f(x) ⊙ R + penalty` for the parameters and the input, in inference and in training
 * mode; a JSON round trip through its reader that predicts identically; a shape error naming the
 * layer for a wrong input width; training against inference mode; gradient slots shaped like
 * their parameters.
 */
export function describeLayer<M extends MatrixLike, L extends LayerLike<M>>(title: string, options: LayerHarnessOptions<M, L>): void {
  const rows = 5;
  const tolerance = options.tolerance ?? 1e-6;
  const input = (): M => options.matrix(rows, options.inputWidth, values(rows * options.inputWidth, 7));

  describe(`${title}: the layer contract`, () => {
    for (const training of [false, true]) {
      it(`back-propagates what central differences measure (${training ? "training" : "inference"} mode)`, () => {
        const layer = options.make();
        const x = input();
        if (training) options.prepareTraining?.(layer, x);
        const out = layer.forward(x, { training });
        const r = values(out.data.length, 11);
        // The layer adds its penalty's gradient to dW, so the objective holds the penalty too.
        const objective = (): number =>
          layer.forward(x, { training }).data.reduce((s, v, k) => s + v * (r[k] as number), 0) + (layer.regularizationLoss?.() ?? 0);
        layer.forward(x, { training });
        const dX = Float64Array.from(layer.backward(options.matrix(out.rows, out.cols, r.slice())).data);
        const analytic = layer.params().map((p) => Float64Array.from(p.grad.data));
        layer.params().forEach((p, i) => {
          expect(gradientRelativeError(analytic[i] as Float64Array, numericalGradient(p.value.data, objective)), p.name).toBeLessThan(tolerance);
        });
        expect(gradientRelativeError(dX, numericalGradient(x.data, objective)), "dL/dx").toBeLessThan(tolerance);
      });
    }

    it("round-trips through JSON text and its reader, predicting identically", () => {
      const layer = options.make();
      const x = input();
      const text = JSON.stringify(layer.toJSON());
      const copy = options.fromJSON(JSON.parse(text) as unknown);
      expect(copy.type).toBe(layer.type);
      expect(JSON.stringify(copy.toJSON())).toBe(text);
      expect(Array.from(copy.forward(x).data)).toEqual(Array.from(layer.forward(x).data));
    });

    it("names itself in the error for an input of the wrong width (when it has a fixed width)", () => {
      const layer = options.make();
      const width = layer.inputSize;
      if (width === null) {
        expect(layer.forward(options.matrix(2, 3, values(6, 3))).cols).toBe(3);
        return;
      }
      expect(() => layer.forward(options.matrix(2, width + 1, values(2 * (width + 1), 3)))).toThrow(new RegExp(`^${layer.name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}\\.forward: `));
    });

    it(options.trainingDiffers ? "computes something else in training mode than in inference" : "computes the same in training and inference mode", () => {
      const layer = options.make();
      const x = input();
      const inference = Array.from(layer.forward(x, { training: false }).data);
      const trained = Array.from(layer.forward(x, { training: true }).data);
      if (options.trainingDiffers) expect(trained).not.toEqual(inference);
      else expect(trained).toEqual(inference);
    });

    it("has a string type, an output of its declared width, and gradient slots shaped like their parameters", () => {
      const layer = options.make();
      expect(typeof layer.type).toBe("string");
      const out = layer.forward(input());
      expect(out.cols).toBe(layer.outputSize ?? options.inputWidth);
      for (const p of layer.params()) expect([p.grad.rows, p.grad.cols]).toEqual([p.value.rows, p.value.cols]);
    });
  });
}
