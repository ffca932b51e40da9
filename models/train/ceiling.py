#!/usr/bin/env python3
"""How far the dev labels let any bag-of-words classifier go: a strong
TF-IDF (word 1-2-grams + character 2-5-grams) logistic regression, trained on
the same train split as train.py (real rows; --with-written adds the written
text), scored for any crisis vs no_crisis on the same in-scope dev split. It
prints the specificity at the threshold that keeps the issue's 0.95 recall,
overall and per source, beside the shipped model's figures in manifest.json.

  /usr/bin/python3 models/train/ceiling.py [--with-written] [--classifier lr|svm|nblr]

--classifier: lr (default), a linear SVM, or NB-LR (logistic regression on
features scaled by their naive-Bayes log-count ratio, Wang & Manning 2012).

Not part of training or of npm test; about a minute. See MODEL_CARD.md, Limits."""
import argparse
import json
import os
import sys

import numpy as np
from scipy.sparse import hstack
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.svm import LinearSVC

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import train  # noqa: E402  (the same data loading and dev split)


def specificity_at_recall(scores, positive, recall_target):
    threshold = np.quantile(scores[positive], 1.0 - recall_target)
    flagged = scores >= threshold
    return float(np.mean(~flagged[~positive])), float(np.mean(flagged[positive])), threshold


NAMES = {'lr': 'logistic regression', 'svm': 'linear SVM', 'nblr': 'NB-LR'}


def fit_and_score(classifier, x_train, y_train, weight, x_dev):
    """Scores of the dev rows, higher = more likely a crisis."""
    if classifier == 'svm':
        model = LinearSVC(C=0.5, class_weight='balanced', max_iter=20000)
        model.fit(x_train, y_train, sample_weight=weight)
        return model.decision_function(x_dev)
    if classifier == 'nblr':
        # The log-count ratio of each feature between the classes, smoothed.
        p = np.asarray(x_train[y_train].multiply(weight[y_train][:, None]).sum(axis=0)).ravel() + 1.0
        q = np.asarray(x_train[~y_train].multiply(weight[~y_train][:, None]).sum(axis=0)).ravel() + 1.0
        ratio = np.log((p / p.sum()) / (q / q.sum()))
        x_train, x_dev = x_train.multiply(ratio).tocsr(), x_dev.multiply(ratio).tocsr()
    model = LogisticRegression(C=4.0, max_iter=3000, class_weight='balanced')
    model.fit(x_train, y_train, sample_weight=weight)
    return model.predict_proba(x_dev)[:, 1]


def main():
    parser = argparse.ArgumentParser(description=__doc__.split('\n\n')[0])
    parser.add_argument('--data', default=os.path.join(train.REPO, '..', 'shared', 'data'))
    parser.add_argument('--with-written', action='store_true', help='train on the written text too')
    parser.add_argument('--recall', type=float, default=0.95)
    parser.add_argument('--classifier', choices=('lr', 'svm', 'nblr'), default='lr')
    args = parser.parse_args()

    rows = train.load(args.data, os.path.join(train.REPO, 'models', 'train', 'written'), augmented=False)
    rows = [r for r in rows if r['source'] not in train.THRESHOLD_EXCLUDED]
    if not args.with_written:
        rows = [r for r in rows if r['source'] != 'written']
    tr = [r for r in rows if r['split'] == 'train']
    dev = [r for r in rows if r['split'] == 'dev']
    words = TfidfVectorizer(ngram_range=(1, 2), min_df=2, sublinear_tf=True, max_features=200000)
    chars = TfidfVectorizer(analyzer='char_wb', ngram_range=(2, 5), min_df=3, sublinear_tf=True, max_features=300000)
    x_train = hstack([words.fit_transform([r['text'] for r in tr]), chars.fit_transform([r['text'] for r in tr])]).tocsr()
    x_dev = hstack([words.transform([r['text'] for r in dev]), chars.transform([r['text'] for r in dev])]).tocsr()
    y_train = np.array([r['label'] != 'no_crisis' for r in tr])
    positive = np.array([r['label'] != 'no_crisis' for r in dev])
    weight = np.array([train.SOURCE_WEIGHT.get(r['source'], 1.0) for r in tr])

    scores = fit_and_score(args.classifier, x_train, y_train, weight, x_dev)
    spec, recall, threshold = specificity_at_recall(scores, positive, args.recall)
    with open(os.path.join(train.REPO, 'models', 'manifest.json'), encoding='utf-8') as f:
        shipped = json.load(f)['metrics']['in_scope']['model']
    print(f'TF-IDF + {NAMES[args.classifier]}, trained on {len(tr)} rows ({"with" if args.with_written else "without"} the written text)')
    print(f'in-scope dev (n={len(dev)}): recall {recall:.3f}, specificity {spec:.3f} '
          f'(shipped model: recall {shipped["crisis_recall"]:.3f}, specificity {shipped["crisis_specificity"]:.3f})')
    flagged = scores >= threshold
    for source in sorted({r['source'] for r in dev}):
        m = np.array([r['source'] == source for r in dev])
        neg, pos = m & ~positive, m & positive
        rec = f'recall {np.mean(flagged[pos]):.3f}' if pos.any() else 'recall –'
        print(f'  {source:28s} n={int(m.sum()):5d} {rec}, specificity {np.mean(~flagged[neg]):.3f}')


if __name__ == '__main__':
    main()
