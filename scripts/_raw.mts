import { recogniseWithModel } from '../lib/entities/model/recognise';
for (const t of process.argv.slice(2)) console.log(t, '->', recogniseWithModel(t).map((s) => `${s.type}:${t.slice(s.start, s.end)}`).join(', '));
