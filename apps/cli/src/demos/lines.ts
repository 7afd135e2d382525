import type { Matrix } from "@backprop/linalg";
import { numpyIntRow, pyFixed, pyRound } from "../format/python-format.js";

/**
 * Tutorial 000: `print(f"Cost after epoch {epoch}: {cost:.6f}")` every 100 epochs.
 * @example
 * costLine(100, 0.5); // "Cost after epoch 100: 0.500000"
 */
export function costLine(epoch: number, cost: number): string | undefined {
  return epoch % 100 === 0 ? `Cost after epoch ${epoch}: ${pyFixed(cost, 6)}` : undefined;
}

/**
 * Tutorial 001: `print(f"Epoch {epoch + 1}/{epochs}, Loss: {avg_loss:.4f}")` every 100th epoch.
 * @example
 * epochSlashLine(99, 0.25, 1000); // "Epoch 100/1000, Loss: 0.2500"
 */
export function epochSlashLine(epoch: number, loss: number, epochs: number): string | undefined {
  return (epoch + 1) % 100 === 0 ? `Epoch ${epoch + 1}/${epochs}, Loss: ${pyFixed(loss, 4)}` : undefined;
}

/**
 * Tutorial 002: `print(f"Epoch {epoch:4d}: Loss = {loss:.6f}")` every 100 epochs.
 * @example
 * epochPaddedLine(0, 0.25); // "Epoch    0: Loss = 0.250000"
 */
export function epochPaddedLine(epoch: number, loss: number): string | undefined {
  return epoch % 100 === 0 ? `Epoch ${String(epoch).padStart(4)}: Loss = ${pyFixed(loss, 6)}` : undefined;
}

/**
 * `f"{np.mean(...) * 100:.2f}%"`: an accuracy fraction printed as the tutorials print it.
 * @example
 * percent(0.975); // "97.50%"
 */
export function percent(fraction: number, digits = 2): string {
  return `${pyFixed(fraction * 100, digits)}%`;
}

/** Tutorial 000's closing lines: `Training Accuracy: 97.50%` then `Test Accuracy: 96.00%`. */
export function accuracyLines(trainAccuracy: number, testAccuracy: number | null): string[] {
  return [`Training Accuracy: ${percent(trainAccuracy)}`, `Test Accuracy: ${percent(testAccuracy ?? 0)}`];
}

/** The rows of a 0/1 integer input matrix as NumPy prints them: `[0 1]`. */
function inputRow(x: Matrix, i: number): string {
  return numpyIntRow(x.row(i));
}

/** Tutorial 000's XOR table: `Input: [0 1] -> Output: 0.998 -> Predicted: 1`. */
export function xorResultLines(x: Matrix, output: Matrix): string[] {
  const lines = ["", "XOR Results:"];
  for (let i = 0; i < x.rows; i++) {
    const p = output.get(i, 0);
    lines.push(`Input: ${inputRow(x, i)} -> Output: ${pyFixed(p, 3)} -> Predicted: ${p > 0.5 ? 1 : 0}`);
  }
  return lines;
}

/** Tutorial 002's final table: `[0 1] -> 1 | 0.5736 | 1`, then the accuracy of the rounded outputs. */
export function xorMseResultLines(x: Matrix, labels: Int32Array, output: Matrix, accuracy: number): string[] {
  const lines = ["Final Results:", "Input -> Target | Prediction | Rounded", "-".repeat(40)];
  for (let i = 0; i < x.rows; i++) {
    const p = output.get(i, 0);
    lines.push(`${inputRow(x, i)} -> ${labels[i]} | ${pyFixed(p, 4)} | ${pyRound(p)}`);
  }
  lines.push("", `Accuracy: ${percent(accuracy, 1)}`);
  return lines;
}
