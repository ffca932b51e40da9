#!/usr/bin/env python3
"""Writes a BERT-style encoder with random weights as ONNX: the comparison the
bench runs beside helpbridge's classifier. The default shape is MiniLM's
(all-MiniLM-L6-v2): 6 layers, hidden 384, 12 heads, intermediate 1536, a
30,522-token vocabulary, 512 positions; mean pooling and a 7-class head on top,
so it answers the same question as helpbridge's model. The weights are random
(seeded): the cost of running it does not depend on what it learned.

  /usr/bin/python3 bench/make_transformer.py OUT.onnx [--layers 6 --hidden 384 ...]

Input `input_ids` (int64, [1, tokens]); output `logits` (float, [1, classes]).
One message at a time without padding, so no attention mask is needed.
"""
import argparse
import math

import numpy as np
import onnx
from onnx import TensorProto, helper, numpy_helper


def build(layers, hidden, heads, intermediate, vocab, positions, classes, seed):
    rng = np.random.default_rng(seed)
    initializers = []
    nodes = []

    def weight(name, shape):
        initializers.append(numpy_helper.from_array((rng.standard_normal(shape) * 0.02).astype(np.float32), name))
        return name

    def constant(name, array):
        initializers.append(numpy_helper.from_array(np.asarray(array), name))
        return name

    def node(op, inputs, output, **attributes):
        nodes.append(helper.make_node(op, inputs, [output], name=output, **attributes))
        return output

    def linear(x, name, n_in, n_out):
        return node('Add', [node('MatMul', [x, weight(f'{name}.w', (n_in, n_out))], f'{name}.mm'),
                            weight(f'{name}.b', (n_out,))], name)

    def layer_norm(x, name):
        gamma = constant(f'{name}.gamma', np.ones(hidden, np.float32))
        beta = constant(f'{name}.beta', np.zeros(hidden, np.float32))
        return node('LayerNormalization', [x, gamma, beta], name, axis=-1, epsilon=1e-12)

    head_size = hidden // heads
    split_heads = constant('split_heads', np.array([0, 0, heads, head_size], np.int64))
    merge_heads = constant('merge_heads', np.array([0, 0, hidden], np.int64))
    scale = constant('scale', np.array(1 / math.sqrt(head_size), np.float32))
    half = constant('half', np.array(0.5, np.float32))
    one = constant('one', np.array(1.0, np.float32))
    sqrt2 = constant('sqrt2', np.array(math.sqrt(2.0), np.float32))

    # Embeddings: word + position + token type 0, then LayerNorm.
    shape = node('Shape', ['input_ids'], 'ids_shape')
    length = node('Gather', [shape, constant('one_i', np.array(1, np.int64))], 'length', axis=0)
    position_ids = node('Range', [constant('zero_i', np.array(0, np.int64)), length, constant('step_i', np.array(1, np.int64))], 'position_ids')
    words = node('Gather', [weight('word_embeddings', (vocab, hidden)), 'input_ids'], 'words')
    places = node('Gather', [weight('position_embeddings', (positions, hidden)), position_ids], 'places')
    x = node('Add', [node('Add', [words, places], 'emb_sum'), weight('token_type_embedding', (hidden,))], 'emb')
    x = layer_norm(x, 'emb_ln')

    for i in range(layers):
        p = f'l{i}'

        def heads_of(name, perm):
            projected = linear(x, f'{p}.{name}', hidden, hidden)
            return node('Transpose', [node('Reshape', [projected, split_heads], f'{p}.{name}.split')], f'{p}.{name}.t', perm=perm)

        q = heads_of('q', [0, 2, 1, 3])
        k = heads_of('k', [0, 2, 3, 1])
        v = heads_of('v', [0, 2, 1, 3])
        scores = node('Mul', [node('MatMul', [q, k], f'{p}.qk'), scale], f'{p}.scores')
        attention = node('MatMul', [node('Softmax', [scores], f'{p}.probs', axis=-1), v], f'{p}.context')
        merged = node('Reshape', [node('Transpose', [attention], f'{p}.context.t', perm=[0, 2, 1, 3]), merge_heads], f'{p}.merged')
        x = layer_norm(node('Add', [x, linear(merged, f'{p}.o', hidden, hidden)], f'{p}.res1'), f'{p}.ln1')
        up = linear(x, f'{p}.up', hidden, intermediate)
        # GELU as BERT has it: x * 0.5 * (1 + erf(x / sqrt 2)).
        erf = node('Erf', [node('Div', [up, sqrt2], f'{p}.gelu.div')], f'{p}.gelu.erf')
        gelu = node('Mul', [node('Mul', [up, half], f'{p}.gelu.half'), node('Add', [erf, one], f'{p}.gelu.add')], f'{p}.gelu')
        x = layer_norm(node('Add', [x, linear(gelu, f'{p}.down', intermediate, hidden)], f'{p}.res2'), f'{p}.ln2')

    pooled = node('ReduceMean', [x], 'pooled', axes=[1], keepdims=0)
    node('Identity', [linear(pooled, 'head', hidden, classes)], 'logits')

    graph = helper.make_graph(
        nodes, 'minilm_shaped_encoder',
        [helper.make_tensor_value_info('input_ids', TensorProto.INT64, [1, 'tokens'])],
        [helper.make_tensor_value_info('logits', TensorProto.FLOAT, [1, classes])],
        initializers)
    return helper.make_model(graph, opset_imports=[helper.make_opsetid('', 17)], producer_name='helpbridge-bench')


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument('out')
    parser.add_argument('--layers', type=int, default=6)
    parser.add_argument('--hidden', type=int, default=384)
    parser.add_argument('--heads', type=int, default=12)
    parser.add_argument('--intermediate', type=int, default=1536)
    parser.add_argument('--vocab', type=int, default=30522)
    parser.add_argument('--positions', type=int, default=512)
    parser.add_argument('--classes', type=int, default=7)
    parser.add_argument('--seed', type=int, default=6)
    args = parser.parse_args()
    model = build(args.layers, args.hidden, args.heads, args.intermediate, args.vocab, args.positions, args.classes, args.seed)
    onnx.checker.check_model(model)
    onnx.save(model, args.out)
    parameters = sum(int(np.prod(t.dims)) for t in model.graph.initializer)
    print(f'{{"parameters": {parameters}}}')


if __name__ == '__main__':
    main()
