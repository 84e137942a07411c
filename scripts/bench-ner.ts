/**
 * `npm run bench:ner`: how long the recogniser takes to load (module evaluation plus decoding weights and word
 * lists, as at a background start) and how many words per second `detect` handles on one core after warm-up.
 * Text: conll-dev and UNER raw from ../shared/data/ner when present, else the seed fixture. Best of several rounds,
 * since the machine is shared and a round can be slowed by other work.
 */
import { existsSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { DATA_DIR, readDocs } from './ner-data';

// CPU time of this process, in ms: on a shared machine, wall time also counts the other processes' turns.
const cpu = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};
const t0 = performance.now();
const c0 = cpu();
const { loadRecogniser } = await import('../lib/entities/model/recognise');
const imported = performance.now();
const c1 = cpu();
loadRecogniser();
const loaded = performance.now();
const c2 = cpu();
const { detect } = await import('../lib/entities');

const files = ['conll-dev.jsonl', 'uner-pud-news.raw.jsonl'].map((f) => new URL(f, DATA_DIR)).filter(existsSync);
const texts = files.length
  ? files.flatMap((f) => readDocs(f).map((d) => d.text))
  : [readFileSync(new URL('../tests/fixtures/ner/seed.txt', import.meta.url), 'utf8')];
const words = texts.reduce((n, t) => n + t.split(/\s+/).filter(Boolean).length, 0);

for (const t of texts.slice(0, 50)) detect(t); // Warm-up.
const rounds: number[] = [];
const cpuRounds: number[] = [];
for (let r = 0; r < 5; r++) {
  const start = performance.now();
  const startCpu = cpu();
  for (const t of texts) detect(t);
  rounds.push(performance.now() - start);
  cpuRounds.push(cpu() - startCpu);
}
const best = Math.min(...rounds);
const bestCpu = Math.min(...cpuRounds);
console.log(
  `load: ${(imported - t0).toFixed(0)} ms to evaluate the modules + ${(loaded - imported).toFixed(0)} ms to decode = ` +
    `${(loaded - t0).toFixed(0)} ms wall (${(c1 - c0).toFixed(0)} + ${(c2 - c1).toFixed(0)} ms CPU)`,
);
console.log(`detect: ${words} words (${files.length ? files.map((f) => f.pathname.split('/').pop()).join(', ') : 'seed fixture'})`);
console.log(`  rounds (ms wall): ${rounds.map((r) => r.toFixed(0)).join(', ')}`);
console.log(`  rounds (ms CPU): ${cpuRounds.map((r) => r.toFixed(0)).join(', ')}`);
console.log(`  best: ${Math.round((words / best) * 1000)} words/s; median: ${Math.round((words / rounds.sort((a, b) => a - b)[2]!) * 1000)} words/s; best by CPU time: ${Math.round((words / bestCpu) * 1000)} words/s`);

for (const file of ['weights.ts', 'gazetteer-data.ts']) {
  const bytes = readFileSync(new URL(`../lib/entities/model/${file}`, import.meta.url));
  console.log(`size: ${file} ${(bytes.length / 1024).toFixed(0)} kB, ${(gzipSync(bytes, { level: 9 }).length / 1024).toFixed(0)} kB gzipped`);
}
