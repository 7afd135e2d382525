import { Matrix, addRowVector, matmul, matmulAtB } from "@backprop/linalg";
import { Dense, type Layer } from "@backprop/layers";
import { Sequential } from "@backprop/network";

/** One dense layer's part of a point's trace: forward, backward and the optimizer's update. */
export interface DenseTrace {
  /** `model.layers[index]` (dropout layers sit between the dense ones). */
  index: number;
  name: string;
  activation: string;
  /** Forward: the layer's input row `x`, its weights `W[input][unit]` and bias `b`, `z = x·W + b`, `a = f(z)`. */
  x: number[];
  W: number[][];
  b: number[];
  z: number[];
  a: number[];
  /** Backward: `dA = ∂L/∂a` (null when the output layer's `dZ` is the fused `a − y`). */
  dA: number[] | null;
  dZ: number[];
  /** `xᵀ·dZ`, the data part of `dW`. */
  xTdZ: number[][];
  /** `dW` as the library fills it: `xᵀ·dZ` plus the L1/L2 penalty's gradient when there is one. */
  dW: number[][];
  db: number[];
  /** `dX = dZ·Wᵀ`, passed to the layer below (null for the first layer: its input is the data). */
  dX: number[] | null;
  /** Update: the weights and bias after one optimizer step with this point's gradient alone. */
  newW: number[][];
  newB: number[];
}

/** Everything one training point does in one forward pass, one backward pass and one optimizer step. */
export interface PointTrace {
  /** The point's row in the data set. */
  point: number;
  /** The target row `y` the loss compares the output with. */
  target: number[];
  lossName: string;
  /** The point's loss `ℓ(a, y)`, and the regularization penalty the objective adds. */
  loss: number;
  penalty: number;
  /** Whether the output layer's `dZ` is the fused `a − y` (sigmoid + binary / softmax + categorical cross-entropy). */
  fused: boolean;
  optimizer: { name: string; learningRate: number; step: number };
  layers: DenseTrace[];
}

const INFERENCE = Object.freeze({ training: false });
const FUSED: Readonly<Record<string, string>> = { binaryCrossEntropy: "sigmoid", categoricalCrossEntropy: "softmax" };

const vector = (m: Matrix): number[] => Array.from(m.data);
const table = (m: Matrix): number[][] => m.toArray();

interface Forward {
  layer: Dense;
  index: number;
  x: Matrix;
  z: Matrix;
  a: Matrix;
}

/** Runs `x` through every layer in inference mode, keeping each dense layer's input, `z` and `a`. */
function forward(model: Sequential, x: Matrix): { steps: Forward[]; output: Matrix } {
  const steps: Forward[] = [];
  let input = x;
  model.layers.forEach((layer: Layer, index) => {
    const out = layer.forward(input, INFERENCE);
    if (layer instanceof Dense) {
      // z is the layer's own pre-activation, recomputed with the same linalg ops Dense.forward runs.
      const z = matmul(input, layer.weights.value);
      if (layer.useBias) addRowVector(z, layer.bias.value, z);
      steps.push({ layer, index, x: input.clone(), z, a: out.clone() });
    }
    input = out;
  });
  return { steps, output: input.clone() };
}

/**
 * The step-through of one training point `x` (`1×inputs`) with target `y` (`1×outputs`) on the
 * model's own layers: forward in inference mode (`z = x·W + b`, `a = f(z)`), then the library's
 * backward for a one-row batch — the output layer's `dZ` is the fused `a − y` when the loss pairs
 * with its activation, else `dA ⊙ f′(z)` from the loss's gradient; hidden layers get
 * `dZ = dA ⊙ f′(z)` from their activation's `backward`; `Dense.backwardFromZ` fills
 * `dW = xᵀ·dZ (+ penalty)`, `db = dZ` and returns `dX = dZ·Wᵀ`. Finally one step of the model's
 * optimizer (with its current state) is applied to a copy of the model with these gradients: the
 * model itself keeps its weights (its gradient slots are overwritten, as any backward does).
 *
 * @throws TypeError when the model has no loss or optimizer (it must be compiled); RangeError for
 *   rows that are not one point.
 * @example
 * const trace = tracePoint(model, Matrix.from([[0.5, -1]]), Matrix.from([[1]]));
 * trace.layers.at(-1)!.a; // [0.73…], equal to model.forward(x)
 */
export function tracePoint(model: Sequential, x: Matrix, y: Matrix, point = 0): PointTrace {
  const loss = model.loss;
  const optimizer = model.optimizer;
  if (loss === undefined || optimizer === undefined) {
    throw new TypeError(`tracePoint: the model must be compiled (a loss and an optimizer). Received: loss=${loss?.name ?? "none"}, optimizer=${optimizer?.name ?? "none"}.`);
  }
  if (x.rows !== 1 || y.rows !== 1) {
    throw new RangeError(`tracePoint: x and y must be one row each (one point). Received: x.rows=${x.rows}, y.rows=${y.rows}.`);
  }
  const { steps, output } = forward(model, x);
  const last = steps[steps.length - 1]!;
  const fused = FUSED[loss.name] === last.layer.activation.name && last.index === model.layers.length - 1;
  const backward = new Map<Dense, { dA: Matrix | null; dZ: Matrix; dX: Matrix | null }>();
  let g: Matrix | null = null;
  for (let i = model.layers.length - 1; i >= 0; i--) {
    const layer = model.layers[i]!;
    const options = i === 0 ? { inputGradient: false } : undefined;
    if (!(layer instanceof Dense)) {
      g = layer.backward(g!, options);
      continue;
    }
    const step = steps.find((s) => s.layer === layer)!;
    let dA: Matrix | null;
    let dZ: Matrix;
    if (g === null && fused) {
      dA = null;
      dZ = new Matrix(1, output.cols);
      // The library's fused gradient (p − y)/m, with m = 1.
      for (let k = 0; k < dZ.size; k++) dZ.data[k] = output.data[k]! - y.data[k]!;
    } else {
      dA = (g ?? loss.backward(output, y)).clone();
      dZ = layer.activation.backward(step.z, step.a, dA);
    }
    const dX = layer.backwardFromZ(dZ, options);
    backward.set(layer, { dA, dZ, dX: i === 0 ? null : dX.clone() });
    g = dX;
  }
  const after = stepCopy(model);
  const afterDense = after.layers.filter((l): l is Dense => l instanceof Dense);
  return {
    point,
    target: vector(y),
    lossName: loss.name,
    loss: loss.forward(output, y),
    penalty: model.regularizationLoss(),
    fused,
    optimizer: { name: optimizer.name, learningRate: optimizer.learningRate, step: optimizer.iterations + 1 },
    layers: steps.map((s, l): DenseTrace => {
      const b = backward.get(s.layer)!;
      return {
        index: s.index,
        name: s.layer.name,
        activation: s.layer.activation.name,
        x: vector(s.x),
        W: table(s.layer.weights.value),
        b: vector(s.layer.bias.value),
        z: vector(s.z),
        a: vector(s.a),
        dA: b.dA === null ? null : vector(b.dA),
        dZ: vector(b.dZ),
        xTdZ: table(matmulAtB(s.x, b.dZ)),
        dW: table(s.layer.weights.grad),
        db: vector(s.layer.bias.grad),
        dX: b.dX === null ? null : vector(b.dX),
        newW: table(afterDense[l]!.weights.value),
        newB: vector(afterDense[l]!.bias.value),
      };
    }),
  };
}

/**
 * A copy of the model (through its model file, so the optimizer's state comes along) after one
 * step of its optimizer with the model's current gradients.
 */
function stepCopy(model: Sequential): Sequential {
  const copy = Sequential.fromJSON(model.toJSON());
  const from = model.params();
  const to = copy.params();
  to.forEach((p, i) => p.grad.data.set(from[i]!.grad.data));
  copy.optimizer!.step(to);
  return copy;
}

/** The target row of a class label: `[label]` for one output unit, one-hot for several. */
export function targetRow(label: number, outputs: number): Matrix {
  const y = new Matrix(1, outputs);
  if (outputs === 1) y.data[0] = label;
  else y.data[label] = 1;
  return y;
}
