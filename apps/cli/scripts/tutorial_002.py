"""Seed 002's functional XOR network with MSE as written in the tutorial."""
import numpy as np


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
