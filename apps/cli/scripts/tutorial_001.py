"""Seed 001's Layer / NeuralNetwork with mini-batches as written in the tutorial, and the Iris demo."""
import warnings

import numpy as np
from sklearn.datasets import load_iris
from sklearn.model_selection import train_test_split
from sklearn.preprocessing import OneHotEncoder, StandardScaler


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
