// Long messages whose crisis statement comes only at the end, after everyday
// talk, and long messages of the same shape that stay quiet
// (fixtures/long-messages.jsonl, written for this test, never trained on).
// The model averages a message's features, so a calm paragraph dilutes the
// last sentence; the policy reads that sentence apart
// (src/text/last_sentence.h, manifest policy.last_sentence_min_crisis): the
// Japanese one is caught that way.
// The floors are the shipped model's figures (a ratchet: lower them only with
// a better model): it misses one of the 12 ("...i have the pills counted out
// and i'm taking them after everyone sleeps", an indirect plan) and flags one
// of the 8 quiet ones (a friend's goodbye, "how can i help her?").
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { decideFixture, show } from '../support/fixture-decisions.mjs';

const { crisis, quiet } = await decideFixture('long-messages.jsonl');

test('the set holds at least 12 crisis and 8 quiet long messages', () => {
  assert.ok(crisis.length >= 12 && quiet.length >= 8);
});

test('a crisis statement after everyday talk: at most 1 of 12 missed', () => {
  const missed = crisis.filter((row) => row.decision.level === 'none');
  assert.ok(missed.length <= 1, `missed ${missed.length} of ${crisis.length}:\n${show(missed)}`);
});

test('the last sentence read apart catches what the whole message dilutes', () => {
  const byLastSentence = crisis.filter((row) => row.decision.from_last_sentence);
  assert.ok(byLastSentence.length >= 1, 'no message was decided by its last sentence');
  for (const row of byLastSentence) assert.notEqual(row.decision.level, 'none');
});

test('long everyday messages with an idiom, fiction or a friend at the end: at most 1 flagged, none urgent', () => {
  const alarms = quiet.filter((row) => row.decision.level !== 'none');
  assert.ok(alarms.length <= 1, `${alarms.length} of ${quiet.length} flagged:\n${show(alarms)}`);
  assert.ok(alarms.every((row) => row.decision.level !== 'urgent'), `urgent:\n${show(alarms)}`);
  assert.ok(quiet.every((row) => !row.decision.from_last_sentence), show(quiet.filter((row) => row.decision.from_last_sentence)));
});
