// Forward and backward through two activations, as a layer would call them.
import { Matrix } from "@backprop/linalg";
import { getActivation, softmax } from "@backprop/activations";

const z = Matrix.from([[-1, 0, 2], [1000, 1001, 1002]]);
const a = softmax.forward(z);
console.log("softmax(z) =", a.toArray());
console.log("dZ for dA = [1, 0, 0] =", softmax.backward(z, a, Matrix.from([[1, 0, 0], [1, 0, 0]])).toArray());

const leaky = getActivation({ name: "leakyRelu", alpha: 0.1 });
console.log(leaky.name, leaky.config, leaky.forward(Matrix.from([[-2, 3]])).toArray());
