"""Reference learning rates for baeum.optim.scheduler's tests (SchedulerTest).

Run with Debian's python3-torch 1.13:  /usr/bin/python3 scheduler_reference.py
Each line: the learning rate right after construction, then after each scheduler.step().
"""
import torch

O = torch.optim
S = torch.optim.lr_scheduler


def run(name, make, steps, lr=0.1, opt="sgd", metrics=None):
    p = torch.zeros(1, requires_grad=True)
    o = O.SGD([p], lr=lr, momentum=0.9) if opt == "sgd" else O.Adam([p], lr=lr)
    s = make(o)
    lrs = [o.param_groups[0]["lr"]]
    moms = [o.param_groups[0]["momentum"] if opt == "sgd" else o.param_groups[0]["betas"][0]]
    for k in range(steps):
        o.step()
        if metrics is None:
            s.step()
        else:
            s.step(metrics[k])
        lrs.append(o.param_groups[0]["lr"])
        moms.append(o.param_groups[0]["momentum"] if opt == "sgd" else o.param_groups[0]["betas"][0])
    print(f"// {name}")
    print("{" + ", ".join(f"{v:.12g}" for v in lrs) + "},")
    if "OneCycle" in name:
        print("// momentum")
        print("{" + ", ".join(f"{v:.12g}" for v in moms) + "},")


run("StepLR(step_size=3, gamma=0.5)", lambda o: S.StepLR(o, 3, gamma=0.5), 10)
run("MultiStepLR(milestones=[2, 5, 5], gamma=0.1)", lambda o: S.MultiStepLR(o, [2, 5, 5]), 7)
run("ExponentialLR(gamma=0.9)", lambda o: S.ExponentialLR(o, 0.9), 5)
run("CosineAnnealingLR(T_max=4, eta_min=0.01)", lambda o: S.CosineAnnealingLR(o, 4, eta_min=0.01), 10)
run("CosineAnnealingWarmRestarts(T_0=3, T_mult=2, eta_min=0.001)",
    lambda o: S.CosineAnnealingWarmRestarts(o, 3, T_mult=2, eta_min=0.001), 12)
run("LinearLR(start_factor=0.25, end_factor=1.0, total_iters=4)",
    lambda o: S.LinearLR(o, start_factor=0.25, total_iters=4), 6)
run("LinearLR() defaults", lambda o: S.LinearLR(o), 6)
run("OneCycleLR(max_lr=1.0, total_steps=10) sgd", lambda o: S.OneCycleLR(o, 1.0, total_steps=10), 9)
run("OneCycleLR(max_lr=0.5, total_steps=12, pct_start=0.25, anneal_strategy='linear', three_phase=True) adam",
    lambda o: S.OneCycleLR(o, 0.5, total_steps=12, pct_start=0.25, anneal_strategy="linear", three_phase=True),
    11, opt="adam")
run("ReduceLROnPlateau(patience=1, factor=0.5, cooldown=1, min_lr=0.02)",
    lambda o: S.ReduceLROnPlateau(o, patience=1, factor=0.5, cooldown=1, min_lr=0.02), 10,
    metrics=[1.0, 0.9, 0.9, 0.95, 0.9, 0.8, 0.85, 0.86, 0.87, 0.88])
run("ReduceLROnPlateau(mode='max', threshold=0.1, threshold_mode='abs', patience=0)",
    lambda o: S.ReduceLROnPlateau(o, mode="max", threshold=0.1, threshold_mode="abs", patience=0), 5,
    metrics=[0.5, 0.55, 0.7, 0.75, 0.9])
