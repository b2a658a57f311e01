"""Reference trajectories for baeum.optim's tests (OptimizerTrajectoryTest).

Run with Debian's python3-torch 1.13:  /usr/bin/python3 optim_reference.py
The printed arrays are pasted into the Java tests (which never call Python).

Objective: three independent Rosenbrock valleys,
    f(x, y) = sum_i (1 - x_i)^2 + 100 (y_i - x_i^2)^2
from x = (-1.5, 0.5, 1.2), y = (2.0, -0.5, 1.0); each line is x then y after step k.
NAdam is computed by hand (float64) from the update written in PyTorch's documentation,
because 1.13's code multiplies mu_t twice into the next-step product (fixed in PyTorch 2.0).
"""
import math
import torch

X0 = [-1.5, 0.5, 1.2]
Y0 = [2.0, -0.5, 1.0]


def loss_of(x, y):
    return ((1 - x) ** 2 + 100 * (y - x * x) ** 2).sum()


def run(name, make, steps=5):
    x = torch.tensor(X0, requires_grad=True)
    y = torch.tensor(Y0, requires_grad=True)
    opt = make([x, y])
    print(f"// {name}")
    for _ in range(steps):
        opt.zero_grad()
        loss_of(x, y).backward()
        opt.step()
        vals = x.tolist() + y.tolist()
        print("{" + ", ".join(f"{v:.9g}f" for v in vals) + "},")


def run_closure(name, make, steps):
    x = torch.tensor(X0, requires_grad=True)
    y = torch.tensor(Y0, requires_grad=True)
    opt = make([x, y])

    def closure():
        opt.zero_grad()
        loss = loss_of(x, y)
        loss.backward()
        return loss
    print(f"// {name}")
    for _ in range(steps):
        opt.step(closure)
        vals = x.tolist() + y.tolist()
        print("{" + ", ".join(f"{v:.9g}f" for v in vals) + "},")


def nadam_by_hand(lr=2e-3, b1=0.9, b2=0.999, eps=1e-8, wd=0.0, psi=4e-3, steps=5):
    import numpy as np
    x = np.array(X0); y = np.array(Y0)
    p = np.concatenate([x, y]); m = np.zeros(6); v = np.zeros(6); prod = 1.0
    print(f"// nadam lr={lr} wd={wd} (by hand, float64)")
    for t in range(1, steps + 1):
        x, y = p[:3], p[3:]
        gx = -2 * (1 - x) - 400 * x * (y - x * x)
        gy = 200 * (y - x * x)
        g = np.concatenate([gx, gy]) + wd * p
        mu = b1 * (1 - 0.5 * 0.96 ** (t * psi))
        mu_next = b1 * (1 - 0.5 * 0.96 ** ((t + 1) * psi))
        prod *= mu
        prod_next = prod * mu_next
        m = b1 * m + (1 - b1) * g
        v = b2 * v + (1 - b2) * g * g
        denom = np.sqrt(v / (1 - b2 ** t)) + eps
        p = p - lr * (1 - mu) / (1 - prod) * g / denom - lr * mu_next / (1 - prod_next) * m / denom
        print("{" + ", ".join(f"{v:.9g}f" for v in p) + "},")


O = torch.optim
run("sgd lr=1e-3", lambda p: O.SGD(p, lr=1e-3))
run("sgd lr=1e-3 momentum=0.9 dampening=0.1 weight_decay=0.01",
    lambda p: O.SGD(p, lr=1e-3, momentum=0.9, dampening=0.1, weight_decay=0.01))
run("sgd lr=1e-3 momentum=0.9 nesterov weight_decay=0.01",
    lambda p: O.SGD(p, lr=1e-3, momentum=0.9, nesterov=True, weight_decay=0.01))
run("sgd groups: x lr=1e-3, y lr=1e-4; momentum=0.9",
    lambda p: O.SGD([{"params": [p[0]]}, {"params": [p[1]], "lr": 1e-4}], lr=1e-3, momentum=0.9))
run("adam lr=1e-2", lambda p: O.Adam(p, lr=1e-2))
run("adam lr=1e-2 weight_decay=0.1 amsgrad", lambda p: O.Adam(p, lr=1e-2, weight_decay=0.1, amsgrad=True))
run("adamw lr=1e-2 (weight_decay=1e-2 default)", lambda p: O.AdamW(p, lr=1e-2))
run("adamw lr=1e-2 weight_decay=0.1 amsgrad betas=(0.8,0.99)",
    lambda p: O.AdamW(p, lr=1e-2, weight_decay=0.1, amsgrad=True, betas=(0.8, 0.99)))
nadam_by_hand()
nadam_by_hand(lr=1e-2, wd=0.1)
run("radam lr=1e-4 (8 steps: rho_t > 5 from step 6)", lambda p: O.RAdam(p, lr=1e-4), steps=8)
run("radam lr=1e-4 weight_decay=0.1 betas=(0.9,0.9) eps=1e-6",
    lambda p: O.RAdam(p, lr=1e-4, weight_decay=0.1, betas=(0.9, 0.9), eps=1e-6), steps=6)
run("adamax lr=2e-3", lambda p: O.Adamax(p))
run("adamax lr=1e-2 weight_decay=0.1", lambda p: O.Adamax(p, lr=1e-2, weight_decay=0.1))
run("rmsprop lr=1e-3", lambda p: O.RMSprop(p, lr=1e-3))
run("rmsprop lr=1e-3 alpha=0.9 momentum=0.5 centered weight_decay=0.1",
    lambda p: O.RMSprop(p, lr=1e-3, alpha=0.9, momentum=0.5, centered=True, weight_decay=0.1))
run("adagrad lr=1e-2", lambda p: O.Adagrad(p))
run("adagrad lr=0.1 lr_decay=0.1 initial_accumulator_value=0.5 weight_decay=0.1",
    lambda p: O.Adagrad(p, lr=0.1, lr_decay=0.1, initial_accumulator_value=0.5, weight_decay=0.1))
run("adadelta lr=1.0", lambda p: O.Adadelta(p))
run("adadelta lr=0.5 rho=0.8 eps=1e-4 weight_decay=0.1",
    lambda p: O.Adadelta(p, lr=0.5, rho=0.8, eps=1e-4, weight_decay=0.1))
run("asgd lr=1e-3", lambda p: O.ASGD(p, lr=1e-3))
run("asgd lr=1e-3 lambd=0.1 alpha=0.5 t0=2 weight_decay=0.1",
    lambda p: O.ASGD(p, lr=1e-3, lambd=0.1, alpha=0.5, t0=2, weight_decay=0.1))
run("rprop lr=1e-2", lambda p: O.Rprop(p), steps=6)
run("rprop lr=0.1 etas=(0.4,1.5) step_sizes=(1e-3,0.2)",
    lambda p: O.Rprop(p, lr=0.1, etas=(0.4, 1.5), step_sizes=(1e-3, 0.2)), steps=6)
run_closure("lbfgs lr=1 max_iter=4", lambda p: O.LBFGS(p, max_iter=4), steps=3)
run_closure("lbfgs lr=1 max_iter=5 history_size=3 strong_wolfe",
            lambda p: O.LBFGS(p, max_iter=5, history_size=3, line_search_fn="strong_wolfe"), steps=3)
