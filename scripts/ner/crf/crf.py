"""Other learners on exactly the perceptron's first-stage features (session 13 experiment, see
BENCHMARKS.md "Session 13 (E4 ...): the learner"): a linear-chain CRF trained by crfsuite
(L-BFGS with L1/L2, or its passive-aggressive / AROW / SGD trainers) on a dump made by
crates/rasd-ner/examples/dump_features.rs, scored on the dump's dev part with conlleval rules
(micro PERS/LOC/ORG F1, entities read off BIO tags as rasd_ner::spans does). Python prototype
only: the result was negative, nothing of it is shipped.

Usage: python3 crf.py DUMP_DIR ALGORITHM [crfsuite.param=VALUE ...] [dropcopies=K dropp=P]
  e.g. python3 crf.py /tmp/crf-tail lbfgs c2=0.3 max_iterations=200 feature.possible_states=1

- Features seen in fewer than 2 training tokens are dropped first (the perceptron's min_count).
  With feature.possible_states=1 every (feature, label) pair gets a weight, as in the perceptron
  (crfsuite's default keeps only pairs seen in training; its minfreq is then set to 0, since it
  would drop the unseen pairs again).
- dropcopies=K trains on K copies of the data, each token's features hidden with probability
  dropp (default 0.4): the perceptron's feature dropout as data.
- Prints F1, precision, recall, per-kind F1, and the F1 of the perceptron's tags in DUMP_DIR/dev.perc
  scored by the same code (which must equal what dump_features printed). Needs python-crfsuite.
"""
import random
import sys
import time
from collections import Counter

import pycrfsuite

INT_PARAMS = ('max_iterations', 'feature.minfreq', 'num_memories', 'period',
              'feature.possible_states', 'feature.possible_transitions', 'type', 'error_sensitive',
              'averaging')


def read(path):
    xs, ys, x, y = [], [], [], []
    for line in open(path, encoding='utf-8'):
        line = line.rstrip('\n')
        if not line:
            if x:
                xs.append(x)
                ys.append(y)
                x, y = [], []
            continue
        p = line.split('\t')
        y.append(p[0])
        x.append(p[1:])
    if x:
        xs.append(x)
        ys.append(y)
    return xs, ys


def spans(tags):
    """Entities as conlleval reads them: B-X, or I-X not continuing an X, then the I-X after."""
    out, cur = [], None
    for i, t in enumerate(list(tags) + ['O']):
        k = t[2:] if t != 'O' else None
        if t.startswith('I-') and cur and cur[1] == k:
            continue
        if cur:
            out.append((cur[0], i, cur[1]))
            cur = None
        if k:
            cur = (i, k)
    return out


def score(golds, preds, kinds=('PERS', 'LOC', 'ORG')):
    tp = fp = fn = 0
    per = {}
    for g, p in zip(golds, preds):
        G = {s for s in spans(g) if s[2] in kinds}
        P = {s for s in spans(p) if s[2] in kinds}
        tp += len(G & P)
        fp += len(P - G)
        fn += len(G - P)
        for s in G | P:
            d = per.setdefault(s[2], [0, 0, 0])
            d[0] += s in G and s in P
            d[1] += s in P and s not in G
            d[2] += s in G and s not in P
    f1 = lambda a, b, c: 200 * a / (2 * a + b + c) if a else 0.0
    return (f1(tp, fp, fn), 100 * tp / max(tp + fp, 1), 100 * tp / max(tp + fn, 1),
            {k: round(f1(*v), 2) for k, v in sorted(per.items())})


def main():
    d, algo = sys.argv[1], sys.argv[2]
    params = dict(kv.split('=', 1) for kv in sys.argv[3:])
    tag = algo + '_' + '_'.join(a.replace('=', '') for a in sys.argv[3:])
    copies = int(params.pop('dropcopies', 0))
    pdrop = float(params.pop('dropp', 0.4))
    rng = random.Random(int(params.pop('dropseed', 0)))
    t0 = time.time()
    xs, ys = read(d + '/fit.tsv')
    cnt = Counter(f for x in xs for tok in x for f in set(tok))
    xs = [[[f for f in tok if cnt[f] >= 2] for tok in x] for x in xs]
    del cnt
    params.setdefault('feature.minfreq', '0' if params.get('feature.possible_states') == '1' else '1')
    tr = pycrfsuite.Trainer(algorithm=algo, verbose=False)
    if copies == 0:
        for x, y in zip(xs, ys):
            tr.append(x, y)
    else:
        for _ in range(copies):
            for x, y in zip(xs, ys):
                tr.append([[f for f in tok if rng.random() >= pdrop] for tok in x], y)
    del xs, ys
    for k, v in params.items():
        tr.set(k, int(v) if k in INT_PARAMS else float(v))
    model = f'{d}/crf.{tag}.model'
    tr.train(model)
    tagger = pycrfsuite.Tagger()
    tagger.open(model)
    dx, dy = read(d + '/dev.tsv')
    preds = [tagger.tag(x) for x in dx]
    with open(f'{d}/dev.{tag}.pred', 'w', encoding='utf-8') as f:
        for p in preds:
            f.write('\n'.join(p) + '\n\n')
    F, P, R, per = score(dy, preds)
    perc = ''
    try:
        pp = [s.split('\n') for s in open(d + '/dev.perc').read().strip('\n').split('\n\n')]
        perc = f' (perceptron {score(dy, pp)[0]:.2f})'
    except FileNotFoundError:
        pass
    print(f'{d} {tag}: F1 {F:.2f} P {P:.2f} R {R:.2f} {per}{perc} {time.time() - t0:.0f}s',
          flush=True)


if __name__ == '__main__':
    main()
