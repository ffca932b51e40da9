#!/usr/bin/python3
"""Trains helpbridge's crisis classifier and exports it to ONNX.

    npm run train            (= /usr/bin/python3 models/train/train.py && node models/train/report.mjs)

Reads the labelled sets in ../shared/data/*.jsonl (never copied into the repo)
and the project's own written text in models/train/written/*.jsonl (training
only, never evaluation). Every text is featurized by the project's native tool
(build/native/helpbridge-featurize), the same C++ the browser runs in wasm.

The model is fastText-like: the mean of int8-quantised embeddings of the hashed
feature ids, then one linear layer to 8 logits: the 7 classes of DESIGN.md in
LABELS order, and an urgency logit (acute risk: intent, plan, means, time,
goodbye, overdose in progress, imminent harm to others). Probabilities,
calibration (a temperature) and thresholds are applied by the C++ risk policy
from models/manifest.json, so they are data.

Writes models/model.onnx, models/manifest.json (without metrics: report.mjs adds
the figures measured by the real inference path) and build/dev/<source>.jsonl
(the deterministic dev split, kept out of the repo because the data's licences
differ).
"""
import argparse
import hashlib
import json
import os
import random
import subprocess
import sys
import time
import unicodedata
from collections import Counter, defaultdict

import numpy as np
import onnx
import torch
from onnx import TensorProto, helper, numpy_helper

REPO = os.path.abspath(os.path.join(os.path.dirname(__file__), '..', '..'))
LABELS = ['no_crisis', 'suicidal_ideation', 'self_harm', 'anxiety_crisis', 'violent_thoughts',
          'substance_abuse_or_withdrawal', 'risk_taking_behaviours']
CRISIS = LABELS[1:]
FEATURIZE = os.path.join(REPO, 'build', 'native', 'helpbridge-featurize')

# How much one row of each source counts in training. Between Help and Harm is
# the only real set with all seven classes (and the product's task), so it
# counts most; the written text is small but covers what the real sets lack
# (languages, categories, styles, hard negatives); Dreaddit's everyday stress
# counts double, against false alarms; GermEval's "violence" is
# about political calls to violence, not personal urges, so it counts little.
# The figures behind these choices: models/train/EXPERIMENTS.md.
SOURCE_WEIGHT = {
    'bhh-test': 8.0, 'reddit-cssrs-500': 1.0, 'sdcnl': 0.7, 'suicidemoji': 0.7,
    'twitter-suicidal-intention': 0.7, 'dreaddit': 2.0, 'germeval-violence-de': 0.25,
    'written': 1.0,
}


# Added to the output bias of these classes after training (see fit()).
BOOST = {'self_harm': 0.25, 'violent_thoughts': 0.5, 'substance_abuse_or_withdrawal': 0.5, 'risk_taking_behaviours': 0.5}

# Dev sets whose labels do not describe the product's task (see main()).
THRESHOLD_EXCLUDED = {'germeval-violence-de'}


def log(*args):
    print('[train]', *args, file=sys.stderr, flush=True)


def fold_of(row_id):
    return int(hashlib.sha1(row_id.encode('utf-8')).hexdigest(), 16) % 5


def is_dev(row_id):
    """Deterministic 20% dev split by a hash of the row id."""
    return fold_of(row_id) == 0


# Written-text variants as people type on their phones and on social media:
# without accents, with @mentions, links, "RT" and emoji around the message.
# They are derived deterministically (a hash of the text), count as written
# text at --augment-weight, and never reach the dev split.
UNACCENTED_LANGS = {'es', 'pt', 'fr', 'de', 'it', 'nl', 'pl', 'sv', 'tr', 'id'}
MENTIONS = ['@{}', '@{}_', '@{}92', '@_{}_', '@{}.ok']
HANDLES = ['ana', 'leo', 'mika', 'joss', 'tati', 'nico', 'sam', 'vale', 'kenji', 'lin', 'omar', 'ira']
EMOJI = ['😭', '😔', '🙃', '😂', '💀', '🥲', '😩', '✨', '🖤', '🙏', '😶', '…']


def unaccented(text):
    decomposed = unicodedata.normalize('NFD', text)
    return unicodedata.normalize('NFC', ''.join(c for c in decomposed if unicodedata.category(c) != 'Mn'))


def decorated(text):
    h = int(hashlib.sha1(text.encode('utf-8')).hexdigest(), 16)
    handle = MENTIONS[h % len(MENTIONS)].format(HANDLES[(h >> 8) % len(HANDLES)])
    link = 'https://t.co/' + hashlib.sha1(text.encode('utf-8')).hexdigest()[:10]
    kind = (h >> 16) % 4
    if kind == 0:
        return f'{handle} {text}'
    if kind == 1:
        return f'{text} {link}'
    if kind == 2:
        return f'RT {handle}: {text} {EMOJI[(h >> 24) % len(EMOJI)]}'
    return f'{text} {EMOJI[(h >> 24) % len(EMOJI)]}{EMOJI[(h >> 32) % len(EMOJI)]}'


def augment(row):
    variants = []
    if row['lang'] in UNACCENTED_LANGS and unaccented(row['text']) != row['text']:
        variants.append(unaccented(row['text']).lower())
    h = int(hashlib.sha1(row['text'].encode('utf-8')).hexdigest(), 16)
    if h % 3 == 0:
        variants.append(decorated(variants[0] if variants else row['text']))
    return [dict(row, text=v, source='written-variant') for v in variants]


def load(data_dir, written_dir, augmented=True):
    rows = []
    for name in sorted(os.listdir(data_dir)):
        if not name.endswith('.jsonl'):
            continue
        source = name[:-len('.jsonl')]
        with open(os.path.join(data_dir, name), encoding='utf-8') as f:
            for line in f:
                r = json.loads(line)
                if r.get('label') not in LABELS:
                    continue
                rows.append({'text': r['text'], 'label': r['label'], 'lang': r.get('lang', 'en'),
                             'source': source, 'split': 'dev' if is_dev(r['id']) else 'train', 'expect': None,
                             'fold': fold_of(r['id'])})
    for name in sorted(os.listdir(written_dir)):
        if not name.endswith('.jsonl'):
            continue
        with open(os.path.join(written_dir, name), encoding='utf-8') as f:
            for line in f:
                r = json.loads(line)
                row = {'text': r['text'], 'label': r['label'], 'lang': r['lang'], 'source': 'written',
                       'split': 'train', 'expect': r.get('expect'), 'fold': fold_of(r['text'])}
                rows.append(row)
                if augmented:
                    rows.extend(augment(row))
    return rows


def featurize(texts, buckets):
    payload = ''.join(json.dumps({'text': t}, ensure_ascii=False) + '\n' for t in texts).encode('utf-8')
    out = subprocess.run([FEATURIZE, '--buckets', str(buckets)], input=payload, capture_output=True, check=True)
    lines = out.stdout.decode('utf-8').splitlines()
    assert len(lines) == len(texts), 'the featurizer must answer every line'
    return [np.asarray(json.loads(line)['ids'], dtype=np.int64) for line in lines]


def feature_version():
    return int(subprocess.run([FEATURIZE, '--version'], capture_output=True, check=True, text=True).stdout)


class BagOfFeatures(torch.nn.Module):
    def __init__(self, buckets, dim):
        super().__init__()
        self.embedding = torch.nn.EmbeddingBag(buckets, dim, mode='mean')
        torch.nn.init.zeros_(self.embedding.weight)  # buckets never seen stay exactly 0 (and compress)
        self.output = torch.nn.Linear(dim, len(LABELS) + 1)

    def forward(self, ids, offsets):
        return self.output(self.embedding(ids, offsets))


def batches(indices, feats, batch_size, drop, rng):
    for start in range(0, len(indices), batch_size):
        chunk = indices[start:start + batch_size]
        ids, offsets = [], []
        total = 0
        for i in chunk:
            f = feats[i]
            if drop > 0 and len(f) > 4:
                f = f[rng.random(len(f)) >= drop]  # feature dropout: no single n-gram may decide
            if len(f) == 0:
                f = feats[i][:1] if len(feats[i]) else np.zeros(1, dtype=np.int64)
            offsets.append(total)
            ids.append(f)
            total += len(f)
        yield chunk, torch.from_numpy(np.concatenate(ids)), torch.tensor(offsets, dtype=torch.int64)


def predict(model, feats, indices):
    model.eval()
    out = []
    with torch.no_grad():
        for _, ids, offsets in batches(indices, feats, 512, 0.0, None):
            out.append(model(ids, offsets).numpy())
    return np.concatenate(out) if out else np.zeros((0, len(LABELS) + 1))


def softmax(z):
    z = z - z.max(axis=1, keepdims=True)
    e = np.exp(z)
    return e / e.sum(axis=1, keepdims=True)


def fit_temperature(logits, y):
    best = (1e9, 1.0)
    for t in np.arange(0.5, 3.01, 0.05):
        p = softmax(logits / t)
        nll = -np.mean(np.log(p[np.arange(len(y)), y] + 1e-12))
        best = min(best, (nll, float(t)))
    return best[1]


def quantize(matrix, levels=127):
    """Symmetric int8 quantisation onto -levels..levels (fewer levels: a
    smaller file once compressed, at a little precision)."""
    scale = float(np.abs(matrix).max()) / levels or 1.0
    q = np.clip(np.round(matrix / scale), -levels, levels).astype(np.int8)
    return q, scale


def export_onnx(path, emb_q, emb_scale, weight, bias):
    """ids int32 [N] -> logits float [1, 8]: Gather int8 rows, dequantise, mean, linear."""
    inits = [
        numpy_helper.from_array(emb_q, 'embedding_q'),
        numpy_helper.from_array(np.array(emb_scale, dtype=np.float32), 'embedding_scale'),
        numpy_helper.from_array(np.array(0, dtype=np.int8), 'embedding_zero'),
        numpy_helper.from_array(weight.T.astype(np.float32).copy(), 'output_weight'),
        numpy_helper.from_array(bias.astype(np.float32).reshape(1, -1), 'output_bias'),
    ]
    nodes = [
        helper.make_node('Gather', ['embedding_q', 'ids'], ['rows_q'], axis=0),
        helper.make_node('DequantizeLinear', ['rows_q', 'embedding_scale', 'embedding_zero'], ['rows']),
        helper.make_node('ReduceMean', ['rows'], ['mean'], axes=[0], keepdims=1),
        helper.make_node('MatMul', ['mean', 'output_weight'], ['projected']),
        helper.make_node('Add', ['projected', 'output_bias'], ['logits']),
    ]
    graph = helper.make_graph(
        nodes, 'helpbridge_crisis_classifier',
        [helper.make_tensor_value_info('ids', TensorProto.INT32, ['n'])],
        [helper.make_tensor_value_info('logits', TensorProto.FLOAT, [1, len(LABELS) + 1])],
        inits)
    model = helper.make_model(graph, opset_imports=[helper.make_opsetid('', 13)], producer_name='helpbridge-train')
    model.ir_version = 7
    onnx.checker.check_model(model)
    onnx.save(model, path)


def train_member(args, seed, rows, feats, y, train_idx, dev_idx, row_weight, urgent_target, has_urgency):
    """Trains one model on train_idx from one seed; returns it."""
    random.seed(seed)
    np.random.seed(seed)
    torch.manual_seed(seed)
    model = BagOfFeatures(args.buckets, args.dim)
    optimizer = torch.optim.Adam(model.parameters(), lr=args.lr)
    rng = np.random.default_rng(seed)
    for epoch in range(args.epochs):
        model.train()
        order = list(train_idx)
        random.shuffle(order)
        total = 0.0
        for chunk, ids, offsets in batches(order, feats, 64, args.dropout, rng):
            logits = model(ids, offsets)
            target = torch.from_numpy(y[chunk])
            w = torch.from_numpy(row_weight[chunk])
            class_loss = (torch.nn.functional.cross_entropy(logits[:, :len(LABELS)], target, reduction='none') * w).sum() / w.sum()
            mask = torch.from_numpy(has_urgency[chunk])
            urgency_loss = (torch.nn.functional.binary_cross_entropy_with_logits(
                logits[:, len(LABELS)], torch.from_numpy(urgent_target[chunk]), reduction='none') * mask).sum() / (mask.sum() + 1e-6)
            loss = class_loss + args.urgency_weight * urgency_loss
            optimizer.zero_grad()
            loss.backward()
            optimizer.step()
            total += float(loss) * len(chunk)
        for group in optimizer.param_groups:
            group['lr'] *= 0.75
        dev_logits = predict(model, feats, dev_idx)
        acc = float(np.mean(dev_logits[:, :len(LABELS)].argmax(1) == y[dev_idx]))
        log(f'seed {seed} epoch {epoch + 1}: loss {total / len(order):.4f}, dev accuracy {acc:.4f}')
    return model


def train_model(args, rows, feats, y, train_idx, dev_idx, row_weight, urgent_target, has_urgency):
    """Trains args.ensemble models from consecutive seeds and joins them into one:
    the mean of their logits is one linear layer over their embeddings side by
    side (dim × ensemble), so the ONNX graph stays the same. Meant to steady
    outputs that swing with the seed; at the same size it was not better
    (EXPERIMENTS.md), so the default is one model. Returns the pruned,
    quantised parameters and the dev logits they give."""
    members = [train_member(args, args.seed + k, rows, feats, y, train_idx, dev_idx, row_weight, urgent_target,
                            has_urgency) for k in range(args.ensemble)]
    emb = np.concatenate([m.embedding.weight.detach().numpy() for m in members], axis=1)
    weight = np.concatenate([m.output.weight.detach().numpy() for m in members], axis=1) / len(members)
    bias = np.mean([m.output.bias.detach().numpy() for m in members], axis=0)

    # Prune and quantise the embedding, then measure the quantised model.
    row_max = np.abs(emb).max(axis=1)
    emb[row_max < args.prune * row_max.max()] = 0.0
    emb_q, emb_scale = quantize(emb, args.quant_levels)
    joined = BagOfFeatures(args.buckets, emb.shape[1])
    with torch.no_grad():
        joined.embedding.weight.copy_(torch.from_numpy(emb_q.astype(np.float32) * emb_scale))
        joined.output.weight.copy_(torch.from_numpy(weight))
        joined.output.bias.copy_(torch.from_numpy(bias))
    return emb_q, emb_scale, weight, bias, predict(joined, feats, dev_idx)


def decide(probs, thresholds):
    """The C++ risk policy (src/risk/risk_policy.cpp) on one message: the most
    likely crisis class, offered when P(any crisis) reaches its threshold."""
    category = probs[:, 1:].argmax(1) + 1
    crisis = 1.0 - probs[:, 0]
    return np.where(crisis >= thresholds[category], category, 0)


def choose_thresholds(probs, y, in_scope, recall_target):
    """One alert threshold on P(any crisis): the highest that keeps in-scope dev
    crisis recall >= recall_target, so that specificity is as high as that
    recall allows. Returns an array indexed by class (index 0 unused)."""
    crisis_prob = 1.0 - probs[:, 0]
    positive = y != 0
    candidates = np.sort(np.unique(np.round(crisis_prob[in_scope], 4)))[::-1]
    alert = 0.5
    for t in candidates:
        if np.mean(crisis_prob[positive & in_scope] >= t) >= recall_target:
            alert = float(t)
            break
    return np.full(len(LABELS), alert)


def metrics(y, pred):
    """The figures of `helpbridge eval` (web/src/evaluation.ts) for one set."""
    out = {'n': len(y), 'accuracy': float(np.mean(pred == y)) if len(y) else float('nan')}
    f1s, recall = [], {}
    for c in range(len(LABELS)):
        tp = int(np.sum((y == c) & (pred == c)))
        support, predicted = int(np.sum(y == c)), int(np.sum(pred == c))
        p = tp / predicted if predicted else 0.0
        r = tp / support if support else 0.0
        if support or predicted:
            f1s.append(2 * p * r / (p + r) if p + r else 0.0)
        if support:
            recall[c] = r
    out['macro_f1'] = float(np.mean(f1s)) if f1s else float('nan')
    pos = y != 0
    out['recall'] = float(np.mean(pred[pos] != 0)) if pos.any() else float('nan')
    out['specificity'] = float(np.mean(pred[~pos] == 0)) if (~pos).any() else float('nan')
    out['per_class'] = recall
    return out


def describe(name, m):
    per = ' '.join(f'{SHORT[LABELS[c]]} {m["per_class"][c]:.3f}' for c in sorted(m['per_class']) if c)
    return (f'{name:28s} n={m["n"]:5d} acc {m["accuracy"]:.3f} mF1 {m["macro_f1"]:.3f} '
            f'recall {m["recall"]:.3f} spec {m["specificity"]:.3f}  {per}')


SHORT = {'no_crisis': 'NC', 'suicidal_ideation': 'SI', 'self_harm': 'SH', 'anxiety_crisis': 'AX', 'violent_thoughts': 'VT',
         'substance_abuse_or_withdrawal': 'SU', 'risk_taking_behaviours': 'RT'}


def fit(args, rows, feats, y, split):
    """Trains on the rows whose split is 'train', calibrates and chooses the
    thresholds on the 'dev' rows. Returns everything export and logs need."""
    train_idx = [i for i, s in enumerate(split) if s == 'train']
    dev_idx = [i for i, s in enumerate(split) if s == 'dev']

    # Class weights: (most frequent / this class's frequency) ** class_power in
    # training, so rare crisis classes count without drowning the large
    # no_crisis sets.
    counts = Counter(y[i] for i in train_idx)
    class_weight = {c: (max(counts.values()) / counts[c]) ** args.class_power for c in counts}
    row_weight = np.array([SOURCE_WEIGHT.get(r['source'], 1.0) * class_weight.get(y[i], 1.0) for i, r in enumerate(rows)],
                          dtype=np.float32)
    urgent_target = np.array([1.0 if r['expect'] == 'urgent' else 0.0 for r in rows], dtype=np.float32)
    has_urgency = np.array([r['expect'] in ('urgent', 'support') for r in rows], dtype=np.float32)

    emb_q, emb_scale, weight, bias, dev_logits = train_model(
        args, rows, feats, y, train_idx, dev_idx, row_weight, urgent_target, has_urgency)
    # Prior correction for the rarest crisis classes: their logits are raised by
    # a constant, so that a message leaning towards them is not taken for
    # suicidal ideation (by far the largest crisis class in training).
    boost = np.zeros(len(bias), dtype=np.float32)
    for name, value in BOOST.items():
        boost[LABELS.index(name)] = value
    bias = bias + boost
    dev_logits = dev_logits + boost[None, :]
    dev_y = y[dev_idx]
    temperature = fit_temperature(dev_logits[:, :len(LABELS)], dev_y)
    probs = softmax(dev_logits[:, :len(LABELS)] / temperature)
    # GermEval is left out of the threshold choice: its "violence" label marks
    # political calls to violence in comment threads, not a person's own crisis.
    in_scope = np.array([rows[i]['source'] not in THRESHOLD_EXCLUDED for i in dev_idx])
    thresholds = choose_thresholds(probs, dev_y, in_scope, args.recall_target)
    pred = decide(probs, thresholds)
    return {'emb_q': emb_q, 'emb_scale': emb_scale, 'weight': weight, 'bias': bias, 'temperature': temperature,
            'thresholds': thresholds, 'dev_idx': dev_idx, 'dev_y': dev_y, 'pred': pred, 'in_scope': in_scope,
            'probs': probs, 'urgency': dev_logits[:, len(LABELS)]}


def report_urgency_holdout(args, rows, feats, y):
    """Urgency is learnt from the written text alone, so it can only be checked
    on written text the model did not see: one fifth of it, held out."""
    held = [r['source'] in ('written', 'written-variant') and r['fold'] == 0 for r in rows]
    split = ['holdout' if h else r['split'] for h, r in zip(held, rows)]
    fitted = fit(args, rows, feats, y, split)
    idx = [i for i, r in enumerate(rows) if split[i] == 'holdout' and r['source'] == 'written']
    emb = fitted['emb_q'].astype(np.float32) * fitted['emb_scale']
    logits = np.stack([emb[feats[i]].mean(axis=0) if len(feats[i]) else np.zeros(emb.shape[1]) for i in idx])
    logits = logits @ fitted['weight'].T + fitted['bias']
    probs = softmax(logits[:, :len(LABELS)] / fitted['temperature'])
    crisis = 1.0 - probs[:, 0]
    urgency = 1.0 / (1.0 + np.exp(-logits[:, len(LABELS)]))
    flagged = decide(probs, fitted['thresholds']) != 0
    expect = np.array([rows[i]['expect'] for i in idx])
    log(f'urgency on {len(idx)} held-out written rows: {int(np.sum(expect == "urgent"))} urgent, '
        f'{int(np.sum(expect == "support"))} support, {int(np.sum(expect == "quiet"))} quiet; '
        f'alert recall {np.mean(flagged[expect != "quiet"]):.3f}, quiet false alarms {np.mean(flagged[expect == "quiet"]):.3f}')
    for t in (0.2, 0.3, 0.4, 0.5, 0.6):
        urgent = flagged & (crisis * urgency >= t)
        log(f'  urgent threshold {t:.1f}: urgent recall {np.mean(urgent[expect == "urgent"]):.3f}, '
            f'support rows made urgent {np.mean(urgent[expect == "support"]):.3f}, '
            f'quiet rows made urgent {np.mean(urgent[expect == "quiet"]):.3f}')


def log_dev(rows, fitted):
    sources = np.array([rows[i]['source'] for i in fitted['dev_idx']])
    y, pred = fitted['dev_y'], fitted['pred']
    log(f'temperature {fitted["temperature"]:.2f}; thresholds', {SHORT[LABELS[c]]: round(float(fitted['thresholds'][c]), 4) for c in range(1, len(LABELS))})
    for source in sorted(set(sources)):
        m = sources == source
        log('  ' + describe(source, metrics(y[m], pred[m])))
    m = fitted['in_scope']
    log('  ' + describe('in scope', metrics(y[m], pred[m])))


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument('--data', default=os.path.join(REPO, '..', 'shared', 'data'))
    parser.add_argument('--buckets', type=int, default=1 << 16)
    parser.add_argument('--dim', type=int, default=8)
    parser.add_argument('--epochs', type=int, default=4)
    parser.add_argument('--lr', type=float, default=0.02)
    parser.add_argument('--dropout', type=float, default=0.35)
    parser.add_argument('--prune', type=float, default=0.02, help='zero embedding rows whose max |value| is below this share of the largest')
    parser.add_argument('--quant-levels', type=int, default=63, help='embedding values are stored as -L..L in int8')
    parser.add_argument('--seed', type=int, default=7)
    parser.add_argument('--ensemble', type=int, default=1, help='models trained from seeds seed, seed+1, ... and joined into one')
    parser.add_argument('--urgency-weight', type=float, default=0.5, help='weight of the urgency head\'s loss')
    parser.add_argument('--class-power', type=float, default=0.5, help='class weight = (largest class / this class) ** power')
    parser.add_argument('--recall-target', type=float, default=0.95, help='in-scope dev crisis recall the alert threshold keeps')
    parser.add_argument('--last-sentence-min-crisis', type=float, default=0.99,
                        help='a message quiet as a whole is decided by its last sentence when that sentence alone has '
                             'P(crisis) >= this (EXPERIMENTS.md, "Reading a long message")')
    parser.add_argument('--written', default=os.path.join(REPO, 'models', 'train', 'written'), help='the written text')
    parser.add_argument('--written-weight', type=float, default=SOURCE_WEIGHT['written'])
    parser.add_argument('--augment-weight', type=float, default=0.5,
                        help='weight of the derived written variants, relative to the written text (0: none)')
    parser.add_argument('--source-weight', action='append', default=[], metavar='SOURCE=W', help='override a source weight')
    parser.add_argument('--boost', action='append', default=[], metavar='CLASS=B', help='override a class\'s bias boost')
    parser.add_argument('--cv', action='store_true',
                        help='experiment: 5 models, each holding out one fifth of bhh-test (sha1(id) %% 5); prints the '
                             'pooled out-of-fold bhh-test figures and writes nothing')
    parser.add_argument('--dump', help='with --cv: write each fold\'s dev probabilities to DUMP.foldK.npz')
    parser.add_argument('--urgency-holdout', action='store_true',
                        help='experiment: hold out a fifth of the written text (sha1(text) %% 5 == 0, with its variants), '
                             'train on the rest, and print how its support and urgent rows are decided at several '
                             'urgent thresholds; writes nothing')
    parser.add_argument('--out', default=os.path.join(REPO, 'models'))
    args = parser.parse_args()

    torch.set_num_threads(1)  # deterministic, and no spinning threads on a busy machine
    SOURCE_WEIGHT['written'] = args.written_weight
    SOURCE_WEIGHT['written-variant'] = args.written_weight * args.augment_weight
    for item in args.boost:
        name, value = item.split('=')
        BOOST[name] = float(value)
    for item in args.source_weight:
        name, value = item.split('=')
        SOURCE_WEIGHT[name] = float(value)

    rows = load(args.data, args.written, args.augment_weight > 0)
    log(f'{len(rows)} rows;', dict(Counter((r['source'], r['split']) for r in rows)))
    started = time.time()
    feats = featurize([r['text'] for r in rows], args.buckets)
    log(f'featurized in {time.time() - started:.1f}s')
    y = np.array([LABELS.index(r['label']) for r in rows])

    if args.cv:
        oof_y, oof_pred, per_fold = [], [], []
        for k in range(5):
            split = [('dev' if r['fold'] == k else 'train') if r['source'] == 'bhh-test' else r['split'] for r in rows]
            fitted = fit(args, rows, feats, y, split)
            log_dev(rows, fitted)
            m = np.array([rows[i]['source'] == 'bhh-test' for i in fitted['dev_idx']])
            oof_y.append(fitted['dev_y'][m])
            oof_pred.append(fitted['pred'][m])
            per_fold.append(fitted)
            if args.dump:
                np.savez(f'{args.dump}.fold{k}.npz', probs=fitted['probs'], y=fitted['dev_y'],
                         source=np.array([rows[i]['source'] for i in fitted['dev_idx']]))
        oy, op = np.concatenate(oof_y), np.concatenate(oof_pred)
        log('CV ' + describe('bhh-test (5 folds)', metrics(oy, op)))
        log('CV confusion (rows: truth, columns: predicted) ' + ' '.join(SHORT[l] for l in LABELS))
        for c in range(len(LABELS)):
            log(f'CV   {SHORT[LABELS[c]]} ' + ' '.join(f'{int(np.sum((oy == c) & (op == d))):4d}' for d in range(len(LABELS))))
        for source in ('dreaddit', 'twitter-suicidal-intention', 'suicidemoji', 'sdcnl', 'reddit-cssrs-500'):
            ms = [metrics(f['dev_y'][s], f['pred'][s]) for f in per_fold
                  for s in [np.array([rows[i]['source'] == source for i in f['dev_idx']])]]
            log(f'CV {source:28s} mean recall {np.nanmean([m["recall"] for m in ms]):.3f} '
                f'mean spec {np.nanmean([m["specificity"] for m in ms]):.3f}')
        return

    if args.urgency_holdout:
        report_urgency_holdout(args, rows, feats, y)
        return

    split = [r['split'] for r in rows]
    fitted = fit(args, rows, feats, y, split)
    log_dev(rows, fitted)
    dev_idx = fitted['dev_idx']

    os.makedirs(args.out, exist_ok=True)
    model_path = os.path.join(args.out, 'model.onnx')
    export_onnx(model_path, fitted['emb_q'], fitted['emb_scale'], fitted['weight'], fitted['bias'])
    log(f'wrote {model_path} ({os.path.getsize(model_path)} bytes)')

    data_used = {}
    for r in rows:
        d = data_used.setdefault(r['source'], {'train': 0, 'dev': 0})
        d[r['split']] += 1
    manifest = {
        'name': 'helpbridge-crisis-classifier',
        'version': time.strftime('%Y.%m.%d'),
        'labels': LABELS,
        'outputs': {'logits': {'classes': len(LABELS), 'urgency_index': len(LABELS)}},
        'input': {'name': 'ids', 'type': 'int32'},
        'features': {'version': feature_version(), 'buckets': args.buckets},
        'calibration': {'temperature': round(fitted['temperature'], 4)},
        'policy': {'lowered_sensitivity_margin': 0.2, 'last_sentence_min_crisis': args.last_sentence_min_crisis},
        'thresholds': {
            # support: P(any crisis) at or above which a crisis category is offered;
            # urgent: P(urgent) at or above which a flagged message is urgent.
            c: {'support': round(float(fitted['thresholds'][LABELS.index(c)]), 4), 'urgent': 0.5} for c in CRISIS
        },
        'training': {
            'data': data_used,
            'source_weights': SOURCE_WEIGHT,
            'class_bias_boost': BOOST,
            'dev_split': 'sha1(id) % 5 == 0 over ../shared/data rows; written text is training only',
            'threshold_excluded': sorted(THRESHOLD_EXCLUDED),
            'hyperparameters': {k: getattr(args, k) for k in ('buckets', 'dim', 'ensemble', 'epochs', 'urgency_weight', 'lr', 'dropout', 'prune', 'quant_levels', 'seed',
                                                               'class_power', 'recall_target')},
        },
    }
    with open(os.path.join(args.out, 'manifest.json'), 'w', encoding='utf-8') as f:
        json.dump(manifest, f, indent=2, ensure_ascii=False)
        f.write('\n')

    dev_dir = os.path.join(REPO, 'build', 'dev')
    os.makedirs(dev_dir, exist_ok=True)
    by_source = defaultdict(list)
    for i in dev_idx:
        r = rows[i]
        by_source[r['source']].append({'text': r['text'], 'label': r['label'], 'lang': r['lang']})
    for source, items in by_source.items():
        with open(os.path.join(dev_dir, f'{source}.jsonl'), 'w', encoding='utf-8') as f:
            for item in items:
                f.write(json.dumps(item, ensure_ascii=False) + '\n')
    log(f'wrote the dev split to {dev_dir}/ ({len(dev_idx)} rows, {len(by_source)} sources)')


if __name__ == '__main__':
    main()
