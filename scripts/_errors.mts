import { detect } from '../lib/entities';
import { readDocs } from './ner-data';
const docs = readDocs(process.argv[2]!);
const type = process.argv[3] ?? 'PER';
let shown = 0;
for (const d of docs) {
  const pred = detect(d.text).filter((m) => m.type === type);
  const gold = d.entities.filter((e) => e.type === type);
  const key = (s: { start: number; end: number }) => `${s.start}:${s.end}`;
  const g = new Set(gold.map(key)); const p = new Set(pred.map(key));
  for (const m of pred) if (!g.has(key(m))) { const other = d.entities.find((e) => e.start < m.end && m.start < e.end); console.log('FP', JSON.stringify(d.text.slice(m.start, m.end)), other ? `gold ${other.type}:${other.text}` : '', '|', d.text.slice(Math.max(0, m.start - 40), m.end + 30).replace(/\n/g, ' ')); shown++; }
  for (const e of gold) if (!p.has(key(e))) { console.log('FN', JSON.stringify(e.text), '|', d.text.slice(Math.max(0, e.start - 40), e.end + 30).replace(/\n/g, ' ')); shown++; }
  if (shown > 80) break;
}
