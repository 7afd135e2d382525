#!/usr/bin/env python3
"""Writes the NumPy reference runs that seed-parity.test.ts compares against.

Run with Debian's python3-sklearn: /usr/bin/python3 packages/network/scripts/make-fixtures.py

Each example is our own transcription of a tutorial in shared/seeds/ (the NumPy code, minus the
plotting and printing), run after np.random.seed(S) for S in SEEDS so the TypeScript test can
replay it with RandomState(S): the weights are drawn layer by layer in the tutorial's order and, for
seed 001, one np.random.permutation(n) per epoch follows them. The loss of EVERY epoch is stored,
unrounded (repr of the float64), so the test can hold each one to 1e-9.
"""
import json
import os
import numpy as np
from sklearn.datasets import make_classification, load_iris
from sklearn.model_selection import train_test_split
from sklearn.preprocessing import StandardScaler, OneHotEncoder

SEEDS = [42, 0, 7]
OUT = os.path.join(os.path.dirname(__file__), "..", "src", "__fixtures__")


def sigmoid(z):
    z = np.clip(z, -500, 500)
    return 1 / (1 + np.exp(-z))


def per_epoch(losses):
    return {"loss": [float(v) for v in losses]}


# ---- seed 000: NeuralNetwork (He-scaled randn, sigmoid everywhere, BCE, full batch) ----
class Seed000Network:
    def __init__(self, layers, learning_rate):
        self.learning_rate = learning_rate
        self.weights, self.biases, self.costs = [], [], []
        for i in range(len(layers) - 1):
            self.weights.append(np.random.randn(layers[i], layers[i + 1]) * np.sqrt(2.0 / layers[i]))
            self.biases.append(np.zeros((1, layers[i + 1])))

    def forward(self, X):
        self.z_values, self.activations = [], [X]
        current = X
        for i in range(len(self.weights)):
            z = np.dot(current, self.weights[i]) + self.biases[i]
            self.z_values.append(z)
            current = sigmoid(z)
            self.activations.append(current)
        return current

    def backward(self, X, y, output):
        m = X.shape[0]
        dW = [None] * len(self.weights)
        db = [None] * len(self.biases)
        dz = output - y
        for i in reversed(range(len(self.weights))):
            dW[i] = (1 / m) * np.dot(self.activations[i].T, dz)
            db[i] = (1 / m) * np.sum(dz, axis=0, keepdims=True)
            if i > 0:
                s = sigmoid(self.z_values[i - 1])
                dz = np.dot(dz, self.weights[i].T) * (s * (1 - s))
        return dW, db

    def cost(self, y, p):
        m = y.shape[0]
        p = np.clip(p, 1e-15, 1 - 1e-15)
        return -(1 / m) * np.sum(y * np.log(p) + (1 - y) * np.log(1 - p))

    def train(self, X, y, epochs):
        for _ in range(epochs):
            out = self.forward(X)
            self.costs.append(self.cost(y, out))
            dW, db = self.backward(X, y, out)
            for i in range(len(self.weights)):
                self.weights[i] -= self.learning_rate * dW[i]
                self.biases[i] -= self.learning_rate * db[i]

    def predict_classes(self, X):
        return (self.forward(X) > 0.5).astype(int)


# ---- seed 001: Layer / NeuralNetwork (He for relu, sqrt(1/n) otherwise, softmax + CE, batches) ----
class Seed001Layer:
    def __init__(self, n_in, n_out, activation):
        scale = np.sqrt(2.0 / n_in) if activation == "relu" else np.sqrt(1.0 / n_in)
        self.weights = np.random.randn(n_in, n_out) * scale
        self.bias = np.zeros((1, n_out))
        self.activation = activation

    def forward(self, X):
        self.input = X
        self.z = np.dot(X, self.weights) + self.bias
        if self.activation == "relu":
            return np.maximum(0, self.z)
        e = np.exp(self.z - np.max(self.z, axis=-1, keepdims=True))
        return e / np.sum(e, axis=-1, keepdims=True)

    def backward(self, dA, lr):
        m = self.input.shape[0]
        dZ = dA if self.activation == "softmax" else dA * (self.z > 0).astype(float)
        dW = (1 / m) * np.dot(self.input.T, dZ)
        db = (1 / m) * np.sum(dZ, axis=0, keepdims=True)
        dA_prev = np.dot(dZ, self.weights.T)
        self.weights -= lr * dW
        self.bias -= lr * db
        return dA_prev


class Seed001Network:
    def __init__(self, sizes, activations):
        self.layers = [Seed001Layer(sizes[i], sizes[i + 1], activations[i]) for i in range(len(sizes) - 1)]
        self.loss_history = []

    def forward(self, X):
        for layer in self.layers:
            X = layer.forward(X)
        return X

    def train(self, X, y, epochs, lr, batch_size):
        n = X.shape[0]
        for _ in range(epochs):
            idx = np.random.permutation(n)
            Xs, ys = X[idx], y[idx]
            total, batches = 0, 0
            for i in range(0, n, batch_size):
                xb, yb = Xs[i:i + batch_size], ys[i:i + batch_size]
                p = self.forward(xb)
                total += -np.sum(yb * np.log(np.clip(p, 1e-15, 1 - 1e-15))) / yb.shape[0]
                batches += 1
                dA = p - yb
                for layer in reversed(self.layers):
                    dA = layer.backward(dA, lr)
            self.loss_history.append(total / batches)

    def accuracy(self, X, y):
        return float(np.mean(np.argmax(self.forward(X), axis=1) == np.argmax(y, axis=1)))


# ---- seed 002: SimpleNeuralNetwork (randn * 0.5, sigmoid, MSE, full batch) ----
class Seed002Network:
    def __init__(self):
        self.W1 = np.random.randn(2, 4) * 0.5
        self.b1 = np.zeros((1, 4))
        self.W2 = np.random.randn(4, 1) * 0.5
        self.b2 = np.zeros((1, 1))

    def forward(self, X):
        self.z1 = X @ self.W1 + self.b1
        self.a1 = sigmoid(self.z1)
        self.z2 = self.a1 @ self.W2 + self.b2
        self.a2 = sigmoid(self.z2)
        return self.a2

    def train(self, X, y, epochs, lr):
        losses = []
        m = X.shape[0]
        for _ in range(epochs):
            p = self.forward(X)
            losses.append(np.mean((p - y) ** 2))
            dz2 = 2 * (self.a2 - y) * sigmoid(self.z2) * (1 - sigmoid(self.z2))
            dW2 = self.a1.T @ dz2 / m
            db2 = np.mean(dz2, axis=0, keepdims=True)
            dz1 = (dz2 @ self.W2.T) * sigmoid(self.z1) * (1 - sigmoid(self.z1))
            dW1 = X.T @ dz1 / m
            db1 = np.mean(dz1, axis=0, keepdims=True)
            self.W1 -= lr * dW1
            self.b1 -= lr * db1
            self.W2 -= lr * dW2
            self.b2 -= lr * db2
        return losses


def write(name, payload):
    with open(os.path.join(OUT, name), "w") as f:
        json.dump(payload, f, separators=(",", ":"))
        f.write("\n")


X_XOR = np.array([[0, 0], [0, 1], [1, 0], [1, 1]], dtype=float)
Y_XOR = np.array([[0], [1], [1], [0]], dtype=float)


def seed000_xor():
    runs = []
    for s in SEEDS:
        np.random.seed(s)
        nn = Seed000Network([2, 4, 1], 1.0)
        initial = [w.tolist() for w in nn.weights]
        nn.train(X_XOR, Y_XOR, 5000)
        runs.append({"seed": s, "initialWeights": initial, **per_epoch(nn.costs),
                     "predictions": nn.forward(X_XOR)[:, 0].tolist(),
                     "accuracy": float(np.mean(nn.predict_classes(X_XOR) == Y_XOR))})
    write("seed-000-xor.json", {"layers": [2, 4, 1], "learningRate": 1.0, "epochs": 5000,
                                 "x": X_XOR.tolist(), "y": Y_XOR[:, 0].tolist(), "runs": runs})


def seed000_classification():
    X, y = make_classification(n_samples=1000, n_features=2, n_redundant=0, n_informative=2,
                               random_state=42, n_clusters_per_class=1)
    y = y.reshape(-1, 1)
    X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.2, random_state=42)
    runs = []
    for s in SEEDS:
        np.random.seed(s)
        nn = Seed000Network([2, 4, 3, 1], 0.1)
        nn.train(X_train, y_train, 2000)
        runs.append({"seed": s, **per_epoch(nn.costs),
                     "trainAccuracy": float(np.mean(nn.predict_classes(X_train) == y_train)),
                     "testAccuracy": float(np.mean(nn.predict_classes(X_test) == y_test))})
    write("seed-000-classification.json", {
        "layers": [2, 4, 3, 1], "learningRate": 0.1, "epochs": 2000,
        "xTrain": X_train.tolist(), "yTrain": y_train[:, 0].astype(int).tolist(),
        "xTest": X_test.tolist(), "yTest": y_test[:, 0].astype(int).tolist(), "runs": runs})


def seed001_iris():
    iris = load_iris()
    X, y = iris.data, iris.target.reshape(-1, 1)
    X_scaled = StandardScaler().fit_transform(X)
    y_encoded = OneHotEncoder(sparse_output=False).fit_transform(y) if hasattr(OneHotEncoder(), "sparse_output") \
        else OneHotEncoder(sparse=False).fit_transform(y)
    X_train, X_test, y_train, y_test = train_test_split(X_scaled, y_encoded, test_size=0.2, random_state=42)
    runs = []
    for s in SEEDS:
        np.random.seed(s)
        nn = Seed001Network([4, 16, 8, 3], ["relu", "relu", "softmax"])
        nn.train(X_train, y_train, 1000, 0.1, 16)
        runs.append({"seed": s, **per_epoch(nn.loss_history),
                     "trainAccuracy": nn.accuracy(X_train, y_train),
                     "testAccuracy": nn.accuracy(X_test, y_test)})
    write("seed-001-iris.json", {
        "layers": [4, 16, 8, 3], "activations": ["relu", "relu", "softmax"], "learningRate": 0.1,
        "batchSize": 16, "epochs": 1000,
        "xTrain": X_train.tolist(), "yTrain": np.argmax(y_train, axis=1).tolist(),
        "xTest": X_test.tolist(), "yTest": np.argmax(y_test, axis=1).tolist(), "runs": runs})


def seed002_xor_mse():
    runs = []
    for s in SEEDS:
        np.random.seed(s)
        nn = Seed002Network()
        losses = nn.train(X_XOR, Y_XOR, 1000, 1.0)
        p = nn.forward(X_XOR)
        runs.append({"seed": s, **per_epoch(losses), "predictions": p[:, 0].tolist(),
                     "accuracy": float(np.mean(np.round(p) == Y_XOR))})
    write("seed-002-xor-mse.json", {"layers": [2, 4, 1], "learningRate": 1.0, "epochs": 1000,
                                     "x": X_XOR.tolist(), "y": Y_XOR[:, 0].tolist(), "runs": runs})


if __name__ == "__main__":
    seed000_xor()
    seed000_classification()
    seed001_iris()
    seed002_xor_mse()
