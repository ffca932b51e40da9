// The evaluation contract of `helpbridge eval`: rows {"text", "label"?, "lang"?,
// "expect"?} in, one metrics object out. Each row is judged on its own.
import type { Decision } from './assessor.js';

export const LABELS = [
  'no_crisis', 'suicidal_ideation', 'self_harm', 'anxiety_crisis', 'violent_thoughts',
  'substance_abuse_or_withdrawal', 'risk_taking_behaviours',
] as const;
type Label = (typeof LABELS)[number];
const EXPECTS = ['urgent', 'support', 'quiet'] as const;
type Expect = (typeof EXPECTS)[number];

interface ClassMetrics { precision: number; recall: number; f1: number; support: number }

export interface EvaluationResult {
  n: number;
  accuracy: number | null;
  macro_f1: number | null;
  per_class: Record<Label, ClassMetrics>;
  crisis: { recall: number | null; specificity: number | null; precision: number | null };
  levels: { urgent_recall: number | null; alert_recall: number | null; quiet_false_alarm: number | null };
  latency_us: { p50: number | null; p99: number | null };
  malformed: number;
}

export type Judge = (text: string) => Promise<{ decision: Decision; micros: number }>;

const ratio = (num: number, den: number): number | null => (den > 0 ? num / den : null);

function percentile(sorted: number[], q: number): number | null {
  if (sorted.length === 0) return null;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))];
}

/** The class the decision stands for: the category the product acts on when
 * it flags the message (the most likely crisis class), else no_crisis. The same
 * for the model and the lexicon, and consistent with the crisis block. */
export function topLabel(decision: Decision): Label {
  return decision.level !== 'none' && decision.category ? decision.category : 'no_crisis';
}

export async function evaluate(lines: string[], judge: Judge, progress?: (done: number, total: number) => void): Promise<EvaluationResult> {
  let malformed = 0;
  const confusion = new Map<string, number>(); // `${truth}|${predicted}`
  let labelled = 0;
  let correct = 0;
  const crisis = { tp: 0, fn: 0, tn: 0, fp: 0 };
  const levels = { urgent: 0, urgentHit: 0, alert: 0, alertHit: 0, quiet: 0, quietFlagged: 0 };
  const latencies: number[] = [];

  for (const [i, line] of lines.entries()) {
    progress?.(i, lines.length);
    let row: { text?: unknown; label?: unknown; expect?: unknown };
    try {
      row = JSON.parse(line);
    } catch {
      malformed++;
      continue;
    }
    const valid = row !== null && typeof row === 'object' && !Array.isArray(row) && typeof row.text === 'string' &&
      (row.label === undefined || LABELS.includes(row.label as Label)) &&
      (row.expect === undefined || EXPECTS.includes(row.expect as Expect));
    if (!valid) {
      malformed++;
      continue;
    }
    const { decision, micros } = await judge(row.text as string);
    latencies.push(micros);
    const flagged = decision.level !== 'none';
    if (row.label !== undefined) {
      const truth = row.label as Label;
      const predicted = topLabel(decision);
      labelled++;
      correct += predicted === truth ? 1 : 0;
      confusion.set(`${truth}|${predicted}`, (confusion.get(`${truth}|${predicted}`) ?? 0) + 1);
      if (truth !== 'no_crisis') flagged ? crisis.tp++ : crisis.fn++;
      else flagged ? crisis.fp++ : crisis.tn++;
    }
    if (row.expect === 'urgent') {
      levels.urgent++;
      levels.urgentHit += decision.level === 'urgent' ? 1 : 0;
    }
    if (row.expect === 'urgent' || row.expect === 'support') {
      levels.alert++;
      levels.alertHit += flagged ? 1 : 0;
    }
    if (row.expect === 'quiet') {
      levels.quiet++;
      levels.quietFlagged += flagged ? 1 : 0;
    }
  }
  progress?.(lines.length, lines.length);

  const count = (truth: string | null, predicted: string | null) => {
    let total = 0;
    for (const [key, value] of confusion) {
      const [t, p] = key.split('|');
      if ((truth === null || t === truth) && (predicted === null || p === predicted)) total += value;
    }
    return total;
  };
  const perClass = {} as Record<Label, ClassMetrics>;
  const f1s: number[] = [];
  for (const label of LABELS) {
    const tp = count(label, label);
    const support = count(label, null);
    const predictedCount = count(null, label);
    const precision = predictedCount > 0 ? tp / predictedCount : 0;
    const recall = support > 0 ? tp / support : 0;
    const f1 = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
    perClass[label] = { precision, recall, f1, support };
    if (support > 0 || predictedCount > 0) f1s.push(f1);
  }
  latencies.sort((a, b) => a - b);
  return {
    n: latencies.length,
    accuracy: ratio(correct, labelled),
    macro_f1: labelled > 0 && f1s.length > 0 ? f1s.reduce((a, b) => a + b, 0) / f1s.length : null,
    per_class: perClass,
    crisis: {
      recall: ratio(crisis.tp, crisis.tp + crisis.fn),
      specificity: ratio(crisis.tn, crisis.tn + crisis.fp),
      precision: ratio(crisis.tp, crisis.tp + crisis.fp),
    },
    levels: {
      urgent_recall: ratio(levels.urgentHit, levels.urgent),
      alert_recall: ratio(levels.alertHit, levels.alert),
      quiet_false_alarm: ratio(levels.quietFlagged, levels.quiet),
    },
    latency_us: { p50: percentile(latencies, 0.5), p99: percentile(latencies, 0.99) },
    malformed,
  };
}
