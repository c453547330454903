"""Second method for the logistic/adaptive-logistic finding: replay the adaptive-stepsize run in
arbitrary precision (mpmath) and print the largest excess of ln L(theta_bar_t) over the bound
-(eta/2)(gamma^2 t - 1).

Usage: python3 bench/adaptive-logistic-mpmath.py bench/data/adaptive-logistic-shrunk.json [digits]
The JSON holds points, labels, gamma (certified), eta and T, as written from separableData.
Results on 2026-12-03 (50 and 100 digits agree): shrunk instance excess 0.10087336766 at t = 100;
n = 56 instance excess 97.5460351625 at t = 7. float64 agrees to 12 digits.
"""
import json
import sys

from mpmath import exp, expm1, log, log1p, mp, mpf

mp.dps = int(sys.argv[2]) if len(sys.argv) > 2 else 60
case = json.load(open(sys.argv[1]))
Z = [[y * mpf(v) for v in p] for p, y in zip(case['points'], case['labels'])]
n, d = len(Z), len(Z[0])
eta, T, gamma = mpf(case['eta']), case['T'], mpf(case['gamma'])


def margins(theta):
    return [sum(z[j] * theta[j] for j in range(d)) for z in Z]


def loss(theta):
    return sum(log1p(exp(-m)) for m in margins(theta)) / n


theta = [mpf(0)] * d
total = [mpf(0)] * d
worst = None
for t in range(1, T + 1):
    total = [a + b for a, b in zip(total, theta)]
    m = margins(theta)
    grad = [-sum(Z[i][j] / (1 + exp(m[i])) for i in range(n)) / n for j in range(d)]
    step = eta / (-expm1(-loss(theta)))  # the exact rule eta / (1 - e^(-L))
    theta = [a - step * g for a, g in zip(theta, grad)]
    lhs = log(loss([s / t for s in total]))
    rhs = -(eta / 2) * (gamma * gamma * t - 1)
    if worst is None or lhs - rhs > worst[0]:
        worst = (lhs - rhs, t, lhs, rhs)
print('largest excess', mp.nstr(worst[0], 12), 'at t', worst[1],
      'ln L(avg)', mp.nstr(worst[2], 15), 'bound', mp.nstr(worst[3], 15))
