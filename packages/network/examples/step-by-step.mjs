import { Matrix } from "@backprop/linalg";
import { getLoss } from "@backprop/losses";
import { sgd } from "@backprop/optimizers";
import { sequential } from "@backprop/network";

// Seed 003's modular flow, with the same Sequential the fit loop uses:
// layer_dim → init_params → forward (layers keep their caches) → cost → backprop → update.
const layerDim = [2, 4, 1];
const params = sequential(layerDim, { activations: "sigmoid", initializer: "xavier", seed: 1 }); // init_params
const X = Matrix.from([[0, 0], [0, 1], [1, 0], [1, 1]]);
const Y = Matrix.column([0, 1, 1, 0]);
const cost = getLoss("binaryCrossEntropy");
const update = sgd({ learningRate: 2 });

for (let i = 0; i <= 3000; i++) {
  const AL = params.forward(X, true);   // forward_prop: each Dense caches X, Z and A
  const J = cost.forward(AL, Y);        // cost_function
  params.backwardFrom(AL, Y, cost);     // backprop: fills dW, db of every layer
  update.step(params.params());         // update_parameters: W -= lr·dW, b -= lr·db
  if (i % 1000 === 0) console.log(`iteration ${i}: cost ${J.toFixed(6)}`);
}
console.log("predictions:", Array.from(params.predict(X).data, (p) => p.toFixed(3)).join(" "));
