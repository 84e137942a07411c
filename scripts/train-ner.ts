/**
 * Trains the recogniser's two perceptron passes on CoNLL-2003 train (../shared/data/ner/conll-train.jsonl) plus the
 * `train` half (by document-id hash, `half` in scripts/ner-data.ts) of wikigold and of UNER English-PUD news (raw
 * text), each of those seen NER_OOD_REPEAT times an epoch, and writes lib/entities/model/weights.ts. Deterministic:
 * fixed seed, fixed epochs, no other input than the data and the word lists of scripts/build-gazetteer.ts.
 * conll-dev and the `heldout` halves are never read here (`npm run -s eval:ner -- --heldout …` scores them).
 *
 * The second pass learns from document-level features made of first-pass predictions; so that it learns from
 * predictions as noisy as at run time, those come from two first-pass models each trained on the other half
 * (jack-knifing), while the shipped first pass is trained on all of it.
 */
import { writeFileSync } from 'node:fs';
import { encodeWeights } from '../lib/entities/model/codec';
import { documentFeatures, localFeatures, type FeatureTable } from '../lib/entities/model/features';
import { gazetteer } from '../lib/entities/model/gazetteer';
import { TAGS, Trainer } from '../lib/entities/model/perceptron';
import { prepare, type Prepared } from '../lib/entities/model/prepare';
import { firstPass, tagAll } from '../lib/entities/model/recognise';
import { tokenise } from '../lib/entities/model/tokenise';
import { DATA_DIR, half, readDocs, type GoldDoc } from './ner-data';

const BUCKETS = 1 << Number(process.env.NER_BITS ?? 18);
const EPOCHS = Number(process.env.NER_EPOCHS ?? 12);
const LEVELS = Number(process.env.NER_LEVELS ?? 127);
const SEED = 20260101;
/** How many times each out-of-CoNLL training document is seen per epoch (they are few beside CoNLL's). */
const OOD_REPEAT = Number(process.env.NER_OOD_REPEAT ?? 3);
/** `NER_CONLL_ONLY=1` trains on CoNLL-2003 train alone, as before the split. */
const CONLL_ONLY = process.env.NER_CONLL_ONLY === '1';
/** Out-of-CoNLL files of which the `train` half is read (the other half is held out: scripts/ner-data.ts). */
const SPLIT_FILES = (process.env.NER_SPLIT_FILES ?? 'wikigold.jsonl,uner-pud-news.raw.jsonl').split(',');

interface Example {
  p: Prepared;
  local: FeatureTable;
  gold: Uint8Array;
}

function goldTags(doc: GoldDoc, p: Prepared): Uint8Array {
  const tags = new Uint8Array(p.tokens.length);
  let i = 0;
  for (const e of [...doc.entities].sort((a, b) => a.start - b.start)) {
    while (i < p.tokens.length && p.tokens[i]!.end <= e.start) i++;
    const b = TAGS.indexOf(`B-${e.type}` as (typeof TAGS)[number]);
    for (let j = i; j < p.tokens.length && p.tokens[j]!.start < e.end; j++) tags[j] = j === i ? b : b + 1;
  }
  return tags;
}

function mulberry32(seed: number) {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function train(examples: Example[], features: FeatureTable[], label: string): Trainer {
  const trainer = new Trainer(BUCKETS);
  const units: Array<[number, number, number]> = [];
  examples.forEach((ex, d) => ex.p.segments.forEach(([s, e]) => units.push([d, s, e])));
  const random = mulberry32(SEED);
  const scratch = examples.map((ex) => new Uint8Array(ex.p.tokens.length));
  for (let epoch = 0; epoch < EPOCHS; epoch++) {
    for (let i = units.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [units[i], units[j]] = [units[j]!, units[i]!];
    }
    let wrong = 0;
    for (const [d, s, e] of units) if (trainer.learn(features[d]!, s, e, examples[d]!.gold, scratch[d]!)) wrong++;
    console.log(`${label} epoch ${epoch + 1}: ${wrong} of ${units.length} sequences wrong`);
  }
  return trainer;
}

const started = Date.now();
const gaz = gazetteer();
const extra = CONLL_ONLY
  ? []
  : SPLIT_FILES.flatMap((f) => readDocs(new URL(f, DATA_DIR)).filter((d) => half(d.id) === 'train'));
const docs = [...readDocs(new URL('conll-train.jsonl', DATA_DIR)), ...extra.flatMap((d) => Array<GoldDoc>(OOD_REPEAT).fill(d))];
console.log(`training on conll-train${CONLL_ONLY ? '' : ` + ${extra.length} train-half documents of ${SPLIT_FILES.join(', ')} (×${OOD_REPEAT})`}`);
const examples: Example[] = docs.map((doc) => {
  const p = prepare(tokenise(doc.text));
  return { p, local: localFeatures(p, gaz), gold: goldTags(doc, p) };
});
const localTables = examples.map((ex) => ex.local);
console.log(`${examples.length} documents prepared in ${Date.now() - started} ms`);

// Jack-knifed first-pass predictions for the second pass to learn from.
const folds = [0, 1].map((f) => examples.map((_, i) => i).filter((i) => i % 2 === f));
const firstTags: Uint8Array[] = new Array<Uint8Array>(examples.length);
for (const [f, held] of folds.entries()) {
  const trainOn = folds[1 - f]!;
  const t = train(trainOn.map((i) => examples[i]!), trainOn.map((i) => localTables[i]!), `fold ${f + 1}`);
  const w = { buckets: BUCKETS, ...t.averaged() };
  for (const i of held) firstTags[i] = tagAll(w, examples[i]!.p, examples[i]!.local);
}
const first = train(examples, localTables, 'first pass');
const docTables = examples.map((ex, i) => documentFeatures(ex.p, firstPass(firstTags[i]!), ex.local));
const second = train(examples, docTables, 'second pass');

const encode = (t: Trainer) => {
  const a = t.averaged();
  return encodeWeights(a.emission, a.transition, BUCKETS, LEVELS);
};
const model = { first: encode(first), second: encode(second) };
writeFileSync(
  new URL('../lib/entities/model/weights.ts', import.meta.url),
  `/* Generated by scripts/train-ner.ts (npm run train:ner) from CoNLL-2003 train + the train halves
 * of wikigold and UNER English-PUD news (scripts/ner-data.ts \`half\`). Do not edit. */
import type { EncodedWeights } from './codec';

export const MODEL: { first: EncodedWeights; second: EncodedWeights } = ${JSON.stringify(model)};
`,
);
console.log(`trained in ${((Date.now() - started) / 1000).toFixed(0)} s; ${BUCKETS} buckets, ${EPOCHS} epochs`);
