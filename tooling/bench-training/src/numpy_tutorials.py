#!/usr/bin/env python3
"""Times the NumPy tutorials' own training loops (shared/seeds/000 and 001) on the bench's data.

Usage: /usr/bin/python3 numpy_tutorials.py DATA.json
DATA.json (written by numpy.mjs) holds the Iris and make_classification training arrays and, for
the 784-128-64-10 run, the path of a raw little-endian float64 file of its 10 000 x 784 inputs.
Prints one line of JSON: {"name": seconds, ...}, the best of `repeats` runs after one warm-up run,
each whole training loop timed with time.perf_counter (the tutorials' printing left out).
"""
import json
import sys
import time
import numpy as np


# ---- seed 000: NeuralNetwork (sigmoid everywhere, BCE, full batch) ----
class Seed000Network:
    def __init__(self, layers, learning_rate=0.01):
        self.layers = layers
        self.learning_rate = learning_rate
        self.weights, self.biases, self.costs = [], [], []
        for i in range(len(layers) - 1):
            self.weights.append(np.random.randn(layers[i], layers[i + 1]) * np.sqrt(2.0 / layers[i]))
            self.biases.append(np.zeros((1, layers[i + 1])))

    def sigmoid(self, z):
        z = np.clip(z, -500, 500)
        return 1 / (1 + np.exp(-z))

    def sigmoid_derivative(self, z):
        s = self.sigmoid(z)
        return s * (1 - s)

    def forward(self, X):
        self.z_values = []
        self.activations = [X]
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
                da = np.dot(dz, self.weights[i].T)
                dz = da * self.sigmoid_derivative(self.z_values[i - 1])
        return dW, db

    def update_parameters(self, dW, db):
        for i in range(len(self.weights)):
            self.weights[i] -= self.learning_rate * dW[i]
            self.biases[i] -= self.learning_rate * db[i]

    def compute_cost(self, y, output):
        m = y.shape[0]
        output = np.clip(output, 1e-15, 1 - 1e-15)
        return -(1 / m) * np.sum(y * np.log(output) + (1 - y) * np.log(1 - output))

    def train(self, X, y, epochs=1000):
        for _ in range(epochs):
            output = self.forward(X)
            self.costs.append(self.compute_cost(y, output))
            dW, db = self.backward(X, y, output)
            self.update_parameters(dW, db)


# ---- seed 001: Layer / NeuralNetwork (relu/softmax, cross-entropy, shuffled mini-batches) ----
class Layer:
    def __init__(self, input_size, output_size, activation="relu"):
        scale = np.sqrt(2.0 / input_size) if activation == "relu" else np.sqrt(1.0 / input_size)
        self.weights = np.random.randn(input_size, output_size) * scale
        self.bias = np.zeros((1, output_size))
        self.activation_name = activation

    def activate(self, z):
        if self.activation_name == "relu":
            return np.maximum(0, z)
        exp_x = np.exp(z - np.max(z, axis=-1, keepdims=True))
        return exp_x / np.sum(exp_x, axis=-1, keepdims=True)

    def forward(self, X):
        self.input = X
        self.z = np.dot(X, self.weights) + self.bias
        self.a = self.activate(self.z)
        return self.a

    def backward(self, dA, learning_rate):
        m = self.input.shape[0]
        dZ = dA if self.activation_name == "softmax" else dA * (self.z > 0).astype(float)
        self.dW = (1 / m) * np.dot(self.input.T, dZ)
        self.db = (1 / m) * np.sum(dZ, axis=0, keepdims=True)
        dA_prev = np.dot(dZ, self.weights.T)
        self.weights -= learning_rate * self.dW
        self.bias -= learning_rate * self.db
        return dA_prev


class NeuralNetwork:
    def __init__(self, layer_sizes, activations):
        self.layers = [Layer(layer_sizes[i], layer_sizes[i + 1], activations[i]) for i in range(len(layer_sizes) - 1)]
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

    def train(self, X, y, epochs, learning_rate, batch_size=32):
        n_samples = X.shape[0]
        for _ in range(epochs):
            indices = np.random.permutation(n_samples)
            X_shuffled, y_shuffled = X[indices], y[indices]
            epoch_loss, n_batches = 0, 0
            for i in range(0, n_samples, batch_size):
                X_batch = X_shuffled[i:i + batch_size]
                y_batch = y_shuffled[i:i + batch_size]
                y_pred = self.forward(X_batch)
                epoch_loss += self.compute_loss(y_pred, y_batch)
                n_batches += 1
                self.backward(y_pred, y_batch, learning_rate)
            self.loss_history.append(epoch_loss / n_batches)


def best_seconds(run, repeats):
    np.random.seed(42)
    run()
    best = float("inf")
    for _ in range(repeats):
        np.random.seed(42)
        start = time.perf_counter()
        run()
        best = min(best, time.perf_counter() - start)
    return best


def main(path):
    with open(path) as f:
        data = json.load(f)
    repeats = data.get("repeats", 3)
    one_hot = lambda labels, k: np.eye(k)[np.asarray(labels, dtype=int)]
    column = lambda labels: np.array(labels, dtype=float).reshape(-1, 1)
    runs = {}
    # Only the configurations present in the data file run, so a caller can time one at a time.
    if "iris" in data:
        xi, yi = np.array(data["iris"]["x"]), one_hot(data["iris"]["y"], 3)
        runs["iris"] = lambda: NeuralNetwork([4, 16, 8, 3], ["relu", "relu", "softmax"]).train(xi, yi, 1000, 0.1, 16)
    if "classification" in data:
        xc, yc = np.array(data["classification"]["x"]), column(data["classification"]["y"])
        runs["classification"] = lambda: Seed000Network([2, 4, 3, 1], 0.1).train(xc, yc, 2000)
    if "xor" in data:
        xx, yx = np.array(data["xor"]["x"]), column(data["xor"]["y"])
        runs["xor"] = lambda: Seed000Network([2, 4, 1], 1.0).train(xx, yx, 5000)
    if "large" in data:
        big = data["large"]
        xl = np.fromfile(big["xFile"], dtype="<f8").reshape(big["rows"], big["cols"])
        yl = one_hot(big["y"], 10)
        runs["large"] = lambda: NeuralNetwork([784, 128, 64, 10], ["relu", "relu", "softmax"]).train(xl, yl, 1, 0.1, 64)
    print(json.dumps({name: best_seconds(run, repeats) for name, run in runs.items()}))


if __name__ == "__main__":
    main(sys.argv[1])
