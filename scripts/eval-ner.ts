/**
 * `npm run -s eval:ner -- FILE.jsonl [FILE.jsonl…]`: runs the product's own `detect` on each document's text and
 * scores its people and places against the gold spans. Strict: same start, end and type. Lenient: overlaps a
 * gold span of the same type. Prints a table per file; the last line is one JSON object with strict figures.
 * `--heldout`: on wikigold and UNER, score only the half of the documents the training never reads
 * (`half(id) === 'heldout'`, scripts/ner-data.ts).
 */
import { basename } from 'node:path';
import { detect } from '../lib/entities';
import type { EntityType } from '../lib/entities/types';
import { half, readDocs } from './ner-data';

type Box = { p: number; r: number; f1: number };
const TYPES: EntityType[] = ['PER', 'LOC'];
const pct = (x: number) => Math.round(x * 1000) / 10;

function score(tp: number, predicted: number, gold: number, tpGold = tp): Box {
  const p = predicted ? tp / predicted : 0;
  const r = gold ? tpGold / gold : 0;
  return { p: pct(p), r: pct(r), f1: pct(p + r ? (2 * p * r) / (p + r) : 0) };
}

/** Files of which the training script may read one half (scripts/train-ner.ts); `--heldout` scores the other. */
const SPLIT = /^(?:wikigold|uner-pud-news)/;

function evaluate(file: string, heldout: boolean) {
  const split = heldout && SPLIT.test(basename(file));
  const docs = readDocs(file).filter((d) => !split || half(d.id) === 'heldout');
  for (const d of docs.slice(0, 20)) detect(d.text); // Warm-up: JIT and any one-time load.
  const counts = Object.fromEntries(
    TYPES.map((t) => [t, { gold: 0, pred: 0, strict: 0, lenPred: 0, lenGold: 0 }]),
  ) as Record<EntityType, { gold: number; pred: number; strict: number; lenPred: number; lenGold: number }>;
  let words = 0;
  let ms = 0;
  for (const doc of docs) {
    words += doc.text.split(/\s+/).filter(Boolean).length;
    const t0 = performance.now();
    const mentions = detect(doc.text);
    ms += performance.now() - t0;
    for (const type of TYPES) {
      const gold = doc.entities.filter((e) => e.type === type);
      const pred = mentions.filter((m) => m.type === type);
      const c = counts[type];
      c.gold += gold.length;
      c.pred += pred.length;
      const exact = new Set(gold.map((g) => `${g.start}:${g.end}`));
      c.strict += pred.filter((m) => exact.has(`${m.start}:${m.end}`)).length;
      c.lenPred += pred.filter((m) => gold.some((g) => m.start < g.end && g.start < m.end)).length;
      c.lenGold += gold.filter((g) => pred.some((m) => m.start < g.end && g.start < m.end)).length;
    }
  }
  const result: Record<string, unknown> = {};
  const lenient: Record<string, Box> = {};
  for (const type of TYPES) {
    const c = counts[type];
    result[type] = score(c.strict, c.pred, c.gold);
    lenient[type] = score(c.lenPred, c.pred, c.gold, c.lenGold);
  }
  const wordsPerSecond = Math.round((words / ms) * 1000);
  result.wordsPerSecond = wordsPerSecond;
  return { name: basename(file).replace(/\.jsonl$/, '') + (split ? ' (held-out half)' : ''), strict: result as Record<EntityType, Box>, json: result, lenient, words, ms, wordsPerSecond };
}

const args = process.argv.slice(2).filter((a) => a !== '--');
const heldout = args.includes('--heldout');
const files = args.filter((a) => a !== '--heldout');
if (files.length === 0) {
  console.error('usage: npm run -s eval:ner -- FILE.jsonl [FILE.jsonl…]');
  process.exit(2);
}
const out: Record<string, unknown> = {};
for (const file of files) {
  const r = evaluate(file, heldout);
  console.log(`${r.name}: ${r.words} words in ${r.ms.toFixed(0)} ms (${r.wordsPerSecond} words/s)`);
  console.log('  type  |     strict P /  R  /  F1    |    lenient P /  R  /  F1');
  for (const type of TYPES) {
    const s = r.strict[type];
    const l = r.lenient[type]!;
    const f = (b: Box) => [b.p, b.r, b.f1].map((x) => x.toFixed(1).padStart(5)).join(' / ');
    console.log(`  ${type}   | ${f(s)} | ${f(l)}`);
  }
  out[r.name] = r.json;
}
console.log(JSON.stringify({ files: out }));
