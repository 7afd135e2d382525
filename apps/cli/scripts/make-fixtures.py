#!/usr/bin/env python3
"""Runs the NumPy tutorials' own code and writes what `backprop demo --json` must reproduce.

Run with Debian's python3-sklearn: /usr/bin/python3 apps/cli/scripts/make-fixtures.py
For each demo and seed S it does what the tutorial does after `np.random.seed(S)`:
  classification, xor  seed 000 (NeuralNetwork, He-scaled randn, sigmoid, BCE, full batch)
  iris                 seed 001 (4-16-8-3 relu/relu/softmax, CE, lr 0.1, batch 16, permutation per epoch)
  xor-mse              seed 002 (randn * 0.5, sigmoid, MSE, lr 1.0, 1000 epochs)
The data and splits keep the tutorials' fixed random_state=42. The per-epoch loss is kept every
LOSS_STRIDE epochs (plus the last one) to keep the fixture small; accuracies are exact; `stdout`
is what the tutorial prints, line for line.
"""
import contextlib
import io
import json
import os
import warnings

import numpy as np
from sklearn.datasets import load_iris, make_classification
from sklearn.model_selection import train_test_split
from sklearn.preprocessing import OneHotEncoder, StandardScaler

SEEDS = [42, 7]
LOSS_STRIDE = 10
OUT = os.path.join(os.path.dirname(__file__), "..", "test", "__fixtures__", "demos.json")


# ---- seed 000: the NeuralNetwork class, as written in the tutorial --------------------------
class NeuralNetwork000:
    def __init__(self, layers, learning_rate=0.01):
        self.layers = layers
        self.learning_rate = learning_rate
        self.weights, self.biases, self.costs = [], [], []
        for i in range(len(layers) - 1):
            w = np.random.randn(layers[i], layers[i + 1]) * np.sqrt(2.0 / layers[i])
            self.weights.append(w)
            self.biases.append(np.zeros((1, layers[i + 1])))

    def sigmoid(self, z):
        z = np.clip(z, -500, 500)
        return 1 / (1 + np.exp(-z))

    def sigmoid_derivative(self, z):
        s = self.sigmoid(z)
        return s * (1 - s)

    def forward(self, X):
        self.z_values, self.activations = [], [X]
        current_input = X
        for i in range(len(self.weights)):
            z = np.dot(current_input, self.weights[i]) + self.biases[i]
            self.z_values.append(z)
            a = self.sigmoid(z)
            self.activations.append(a)
            current_input = a
        return self.activations[-1]

    def backward(self, X, y, output):
        m = X.shape[0]
        dW = [np.zeros_like(w) for w in self.weights]
        db = [np.zeros_like(b) for b in self.biases]
        dz = output - y
        for i in reversed(range(len(self.weights))):
            dW[i] = (1 / m) * np.dot(self.activations[i].T, dz)
            db[i] = (1 / m) * np.sum(dz, axis=0, keepdims=True)
            if i > 0:
                dz = np.dot(dz, self.weights[i].T) * self.sigmoid_derivative(self.z_values[i - 1])
        return dW, db

    def update_parameters(self, dW, db):
        for i in range(len(self.weights)):
            self.weights[i] -= self.learning_rate * dW[i]
            self.biases[i] -= self.learning_rate * db[i]

    def compute_cost(self, y_true, y_pred):
        m = y_true.shape[0]
        epsilon = 1e-15
        y_pred = np.clip(y_pred, epsilon, 1 - epsilon)
        return -(1 / m) * np.sum(y_true * np.log(y_pred) + (1 - y_true) * np.log(1 - y_pred))

    def train(self, X, y, epochs=1000, print_cost=True):
        for epoch in range(epochs):
            output = self.forward(X)
            cost = self.compute_cost(y, output)
            self.costs.append(cost)
            dW, db = self.backward(X, y, output)
            self.update_parameters(dW, db)
            if print_cost and epoch % 100 == 0:
                print(f"Cost after epoch {epoch}: {cost:.6f}")

    def predict(self, X):
        return self.forward(X)

    def predict_classes(self, X, threshold=0.5):
        return (self.predict(X) > threshold).astype(int)


def demo_classification(seed):
    np.random.seed(seed)
    X, y = make_classification(n_samples=1000, n_features=2, n_redundant=0,
                               n_informative=2, random_state=42, n_clusters_per_class=1)
    y = y.reshape(-1, 1)
    X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.2, random_state=42)
    nn = NeuralNetwork000(layers=[2, 4, 3, 1], learning_rate=0.1)
    nn.train(X_train, y_train, epochs=2000)
    # The tutorial prints np.mean(...) * 100; the fixture keeps the fraction np.mean(...) itself.
    train_fraction = np.mean(nn.predict_classes(X_train) == y_train)
    test_fraction = np.mean(nn.predict_classes(X_test) == y_test)
    print(f"Training Accuracy: {train_fraction * 100:.2f}%")
    print(f"Test Accuracy: {test_fraction * 100:.2f}%")
    return nn.costs, train_fraction, test_fraction


def demo_xor(seed):
    np.random.seed(seed)
    X_xor = np.array([[0, 0], [0, 1], [1, 0], [1, 1]])
    y_xor = np.array([[0], [1], [1], [0]])
    print("Training on XOR problem...")
    nn_xor = NeuralNetwork000(layers=[2, 4, 1], learning_rate=1.0)
    nn_xor.train(X_xor, y_xor, epochs=5000)
    xor_predictions = nn_xor.predict(X_xor)
    print("\nXOR Results:")
    for i in range(len(X_xor)):
        print(f"Input: {X_xor[i]} -> Output: {xor_predictions[i][0]:.3f} -> Predicted: {int(xor_predictions[i][0] > 0.5)}")
    accuracy = np.mean(nn_xor.predict_classes(X_xor) == y_xor)
    return nn_xor.costs, accuracy, None


# ---- seed 001: Layer / NeuralNetwork with mini-batches ---------------------------------------
def relu(x):
    return np.maximum(0, x)


def softmax(x):
    exp_x = np.exp(x - np.max(x, axis=-1, keepdims=True))
    return exp_x / np.sum(exp_x, axis=-1, keepdims=True)


class Layer001:
    def __init__(self, input_size, output_size, activation="relu"):
        scale = np.sqrt(2.0 / input_size) if activation == "relu" else np.sqrt(1.0 / input_size)
        self.weights = np.random.randn(input_size, output_size) * scale
        self.bias = np.zeros((1, output_size))
        self.activation_name = activation

    def forward(self, X):
        self.input = X
        self.z = np.dot(X, self.weights) + self.bias
        self.a = relu(self.z) if self.activation_name == "relu" else softmax(self.z)
        return self.a

    def backward(self, dA, learning_rate):
        m = self.input.shape[0]
        if self.activation_name == "softmax":
            dZ = dA
        else:
            dZ = dA * (self.z > 0).astype(float)
        self.dW = (1 / m) * np.dot(self.input.T, dZ)
        self.db = (1 / m) * np.sum(dZ, axis=0, keepdims=True)
        dA_prev = np.dot(dZ, self.weights.T)
        self.weights -= learning_rate * self.dW
        self.bias -= learning_rate * self.db
        return dA_prev


class NeuralNetwork001:
    def __init__(self, layer_sizes, activations):
        self.layers = [Layer001(layer_sizes[i], layer_sizes[i + 1], activations[i])
                       for i in range(len(layer_sizes) - 1)]
        self.loss_history = []

    def forward(self, X):
        for layer in self.layers:
            X = layer.forward(X)
        return X

    def compute_loss(self, y_pred, y_true):
        m = y_true.shape[0]
        y_pred = np.clip(y_pred, 1e-15, 1 - 1e-15)
        return -np.sum(y_true * np.log(y_pred)) / m

    def backward(self, y_pred, y_true, learning_rate):
        dA = y_pred - y_true
        for layer in reversed(self.layers):
            dA = layer.backward(dA, learning_rate)

    def train(self, X, y, epochs, learning_rate, batch_size=32, verbose=True):
        n_samples = X.shape[0]
        for epoch in range(epochs):
            indices = np.random.permutation(n_samples)
            X_shuffled, y_shuffled = X[indices], y[indices]
            epoch_loss, n_batches = 0, 0
            for i in range(0, n_samples, batch_size):
                X_batch, y_batch = X_shuffled[i:i + batch_size], y_shuffled[i:i + batch_size]
                y_pred = self.forward(X_batch)
                epoch_loss += self.compute_loss(y_pred, y_batch)
                n_batches += 1
                self.backward(y_pred, y_batch, learning_rate)
            avg_loss = epoch_loss / n_batches
            self.loss_history.append(avg_loss)
            if verbose and (epoch + 1) % 100 == 0:
                print(f"Epoch {epoch + 1}/{epochs}, Loss: {avg_loss:.4f}")

    def accuracy(self, X, y):
        # The tutorial returns this times 100; the fixture keeps the fraction.
        return np.mean(np.argmax(self.forward(X), axis=1) == np.argmax(y, axis=1))


def demo_iris(seed):
    np.random.seed(seed)
    iris = load_iris()
    X, y = iris.data, iris.target.reshape(-1, 1)
    X_scaled = StandardScaler().fit_transform(X)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        y_encoded = OneHotEncoder(sparse=False).fit_transform(y)
    X_train, X_test, y_train, y_test = train_test_split(X_scaled, y_encoded, test_size=0.2, random_state=42)
    network = NeuralNetwork001(layer_sizes=[4, 16, 8, 3], activations=["relu", "relu", "softmax"])
    print("Training Neural Network...")
    print("-" * 50)
    network.train(X_train, y_train, epochs=1000, learning_rate=0.1, batch_size=16, verbose=True)
    train_acc = network.accuracy(X_train, y_train)
    test_acc = network.accuracy(X_test, y_test)
    print("-" * 50)
    print(f"Training Accuracy: {train_acc * 100:.2f}%")
    print(f"Testing Accuracy: {test_acc * 100:.2f}%")
    return network.loss_history, train_acc, test_acc


# ---- seed 002: the functional XOR network with MSE -------------------------------------------
def sigmoid(x):
    return 1 / (1 + np.exp(-np.clip(x, -500, 500)))


def sigmoid_derivative(x):
    s = sigmoid(x)
    return s * (1 - s)


def forward_pass(X, W1, b1, W2, b2):
    z1 = X @ W1 + b1
    a1 = sigmoid(z1)
    z2 = a1 @ W2 + b2
    a2 = sigmoid(z2)
    return z1, a1, z2, a2


def backward_pass(X, y, z1, a1, z2, a2, W1, b1, W2, b2):
    m = X.shape[0]
    dz2 = 2 * (a2 - y) * sigmoid_derivative(z2)
    dW2 = a1.T @ dz2 / m
    db2 = np.mean(dz2, axis=0, keepdims=True)
    dz1 = (dz2 @ W2.T) * sigmoid_derivative(z1)
    dW1 = X.T @ dz1 / m
    db1 = np.mean(dz1, axis=0, keepdims=True)
    return dW1, db1, dW2, db2


def demo_xor_mse(seed):
    X = np.array([[0, 0], [0, 1], [1, 0], [1, 1]])
    y = np.array([[0], [1], [1], [0]])
    np.random.seed(seed)
    W1 = np.random.randn(2, 4) * 0.5
    b1 = np.zeros((1, 4))
    W2 = np.random.randn(4, 1) * 0.5
    b2 = np.zeros((1, 1))
    losses = []
    for epoch in range(1000):
        z1, a1, z2, predictions = forward_pass(X, W1, b1, W2, b2)
        loss = np.mean((predictions - y) ** 2)
        losses.append(loss)
        dW1, db1, dW2, db2 = backward_pass(X, y, z1, a1, z2, predictions, W1, b1, W2, b2)
        W1 -= 1.0 * dW1
        b1 -= 1.0 * db1
        W2 -= 1.0 * dW2
        b2 -= 1.0 * db2
        if epoch % 100 == 0:
            print(f"Epoch {epoch:4d}: Loss = {loss:.6f}")
    _, _, _, final_predictions = forward_pass(X, W1, b1, W2, b2)
    print("Final Results:")
    print("Input -> Target | Prediction | Rounded")
    print("-" * 40)
    for i in range(len(X)):
        pred = final_predictions[i, 0]
        print(f"{X[i]} -> {y[i, 0]} | {pred:.4f} | {round(pred)}")
    accuracy = np.mean(np.round(final_predictions) == y)
    print(f"\nAccuracy: {accuracy:.1%}")
    return losses, accuracy, None


DEMOS = {
    "classification": demo_classification,
    "xor": demo_xor,
    "iris": demo_iris,
    "xor-mse": demo_xor_mse,
}


def run(name, seed):
    buffer = io.StringIO()
    with contextlib.redirect_stdout(buffer):
        loss, train_accuracy, test_accuracy = DEMOS[name](seed)
    loss = [float(v) for v in loss]
    kept = {str(i): loss[i] for i in range(0, len(loss), LOSS_STRIDE)}
    kept[str(len(loss) - 1)] = loss[-1]
    return {
        "demo": name,
        "seed": seed,
        "epochs": len(loss),
        "loss": kept,
        "trainAccuracy": float(train_accuracy),
        "testAccuracy": None if test_accuracy is None else float(test_accuracy),
        "stdout": buffer.getvalue().splitlines(),
    }


def main():
    cases = [run(name, seed) for seed in SEEDS for name in DEMOS]
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    with open(OUT, "w") as f:
        json.dump({"lossStride": LOSS_STRIDE, "cases": cases}, f, separators=(",", ":"))
        f.write("\n")
    print(f"wrote {len(cases)} cases to {os.path.relpath(OUT)}")


if __name__ == "__main__":
    main()
