"""One framework's side of `make bench-peers`: holds one network and the data, answers commands.

Usage: worker.py {torch64,torch32,sklearn} DATA_DIR THREADS. Reads one command per line:
  epoch     one more epoch; answers "epoch <seconds> <mean training loss over the epoch>"
  accuracy  answers "accuracy <test accuracy>"
  quit
The network is the lecture MLP 784-512-512-256-256-128-128-8-10 (ReLU), Adam at 1e-3, batch 100,
softmax cross-entropy, no weight decay, no early stopping.
"""

import os
import sys
import time
import warnings

HIDDEN = (512, 512, 256, 256, 128, 128, 8)
FEATURES, CLASSES, BATCH, RATE, SEED = 784, 10, 100, 1e-3, 1


def load(data_dir, part):
    import numpy as np
    x = np.fromfile(os.path.join(data_dir, f"{part}_x.f64"), dtype="<f8").reshape(-1, FEATURES)
    y = np.fromfile(os.path.join(data_dir, f"{part}_y.i32"), dtype="<i4").astype(np.int64)
    return x, y


class TorchMlp:
    def __init__(self, dtype_name, train, test, threads):
        import torch
        torch.set_num_threads(threads)
        torch.manual_seed(SEED)
        self.torch = torch
        dtype = torch.float64 if dtype_name == "torch64" else torch.float32
        widths = (FEATURES, *HIDDEN)
        layers = []
        for i, o in zip(widths, widths[1:]):
            layers += [torch.nn.Linear(i, o), torch.nn.ReLU()]
        layers.append(torch.nn.Linear(widths[-1], CLASSES))
        self.model = torch.nn.Sequential(*layers).to(dtype)
        self.optimizer = torch.optim.Adam(self.model.parameters(), lr=RATE)
        self.loss = torch.nn.CrossEntropyLoss()
        self.x, self.y = torch.from_numpy(train[0]).to(dtype), torch.from_numpy(train[1])
        self.test_x, self.test_y = torch.from_numpy(test[0]).to(dtype), torch.from_numpy(test[1])
        self.generator = torch.Generator().manual_seed(SEED)

    def epoch(self):
        torch = self.torch
        self.model.train()
        order = torch.randperm(len(self.y), generator=self.generator)
        total = 0.0
        for start in range(0, len(order), BATCH):
            batch = order[start:start + BATCH]
            self.optimizer.zero_grad(set_to_none=False)
            loss = self.loss(self.model(self.x[batch]), self.y[batch])
            loss.backward()
            self.optimizer.step()
            total += loss.item() * len(batch)
        return total / len(order)

    def accuracy(self):
        with self.torch.no_grad():
            self.model.eval()
            return (self.model(self.test_x).argmax(1) == self.test_y).double().mean().item()


class SklearnMlp:
    def __init__(self, train, test):
        from sklearn.neural_network import MLPClassifier
        self.model = MLPClassifier(hidden_layer_sizes=HIDDEN, activation="relu", solver="adam", alpha=0.0,
                                   batch_size=BATCH, learning_rate_init=RATE, shuffle=True, random_state=SEED,
                                   early_stopping=False)
        self.train, self.test = train, test

    def epoch(self):
        import numpy as np
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            self.model.partial_fit(*self.train, classes=np.arange(CLASSES))
        return self.model.loss_

    def accuracy(self):
        return self.model.score(*self.test)


def main():
    framework, data_dir, threads = sys.argv[1], sys.argv[2], int(sys.argv[3])
    train, test = load(data_dir, "train"), load(data_dir, "test")
    if framework == "sklearn":
        from threadpoolctl import threadpool_limits
        threadpool_limits(threads)
        model = SklearnMlp(train, test)
    else:
        model = TorchMlp(framework, train, test, threads)
        del train, test
    print("ready", flush=True)
    for line in sys.stdin:
        command = line.strip()
        if command == "quit":
            break
        if command == "epoch":
            started = time.perf_counter()
            loss = model.epoch()
            print(f"epoch {time.perf_counter() - started:.4f} {loss:.6f}", flush=True)
        elif command == "accuracy":
            print(f"accuracy {model.accuracy():.6f}", flush=True)
        else:
            raise SystemExit(f"unknown command: {command}")


if __name__ == "__main__":
    main()
