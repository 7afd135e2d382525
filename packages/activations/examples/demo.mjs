// Forward and backward through activations, as a layer would call them.
import { Matrix } from "@backprop/linalg";
import { ACTIVATION_NAMES, getActivation, softmax } from "@backprop/activations";

const z = Matrix.from([[-1, 0, 2], [1000, 1001, 1002]]);
const a = softmax.forward(z);
console.log("softmax(z) =", a.toArray());
console.log("dZ for dA = [1, 0, 0] =", softmax.backward(z, a, Matrix.from([[1, 0, 0], [1, 0, 0]])).toArray());

const leaky = getActivation({ name: "leakyRelu", alpha: 0.1 });
console.log(leaky.name, leaky.config, leaky.forward(Matrix.from([[-2, 3]])).toArray());

// The smooth ones stay finite and keep their tails at extreme inputs.
const x = Matrix.from([[-1e308, -30, -1, 0, 1, 1e308]]);
for (const name of ["gelu", "mish", "softplus", "hardSigmoid"]) {
  const f = getActivation(name);
  const y = f.forward(x);
  console.log(name.padEnd(11), Array.from(y.data, (v) => Number(v.toPrecision(6))), "f′:", Array.from(f.backward(x, y, Matrix.from([[1, 1, 1, 1, 1, 1]])).data, (v) => Number(v.toPrecision(6))));
}
console.log(ACTIVATION_NAMES.length, "built-ins:", ACTIVATION_NAMES.join(", "));
