// Minimise f(w) = (w − 3)² with Adam, a cosine schedule and gradient clipping.
import { Matrix } from "@backprop/linalg";
import { adam, cosineAnnealing, getOptimizer } from "@backprop/optimizers";

const w = { name: "w", value: Matrix.from([[0]]), grad: new Matrix(1, 1) };
const opt = adam({ learningRate: 0.5, schedule: cosineAnnealing({ totalEpochs: 100 }), clipNorm: 1 });
for (let epoch = 0; epoch < 100; epoch++) {
  opt.setEpoch(epoch);
  w.grad.data[0] = 2 * (w.value.data[0] - 3); // df/dw
  opt.step([w]);
  if (epoch % 25 === 0 || epoch === 99) {
    console.log(`epoch ${epoch}: lr=${opt.learningRate.toFixed(4)} w=${w.value.data[0].toFixed(6)}`);
  }
}
console.log(opt.getConfig());

try {
  getOptimizer("adma");
} catch (error) {
  console.log(`${error.name}: ${error.message}`);
}
