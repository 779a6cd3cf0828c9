// npm run bench:signals -- --dataset FILE [--json] [--errors]
//   Firebreak's crisis signals against posts labelled with the complaint categories and escalations a
//   reader finds in them (`categories<TAB>text` or `label<TAB>categories<TAB>text`; categories
//   comma-separated, short names such as product, service, offensive, hypocrisy, employee, security,
//   legal, press, viral, boycott, or `none`). Prints precision, recall and F1 per signal. The peer
//   libraries of bench:sentiment give a polarity only, so there is nothing to set beside these figures.
//   --errors lists each missed and each extra signal with its post.
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { analyze } from '../../utils/analysis';
import { parseSignalRow, scoreSignals, type SignalRow } from './signals/score';

const { values } = parseArgs({ options: { dataset: { type: 'string' }, json: { type: 'boolean' }, errors: { type: 'boolean' } } });
if (!values.dataset) {
  console.error('usage: npm run bench:signals -- --dataset FILE [--json] [--errors]');
  process.exit(2);
}
const rows = readFileSync(values.dataset, 'utf8')
  .split('\n')
  .map((line, index) => parseSignalRow(line, index + 1))
  .filter((row): row is SignalRow => row !== null);
const found = new Map(rows.map((row) => [row.text, analyze(row.text).signals]));
const result = scoreSignals(rows, (text) => found.get(text) ?? []);
if (values.json) {
  console.log(JSON.stringify({ dataset: values.dataset, rows: rows.length, ...result }, null, 2));
} else {
  const figure = (value: number): string => value.toFixed(2).padStart(9);
  console.log(`dataset ${values.dataset}: ${rows.length} posts, ${rows.filter((row) => row.gold.length > 0).length} with a labelled signal`);
  console.log(`${'signal'.padEnd(22)} labelled  found  right  precision   recall       F1`);
  for (const score of [...result.codes, { code: 'all', ...result.all }]) {
    const labelled = score.truePositives + score.falseNegatives;
    const foundCount = score.truePositives + score.falsePositives;
    console.log(`${score.code.padEnd(22)} ${String(labelled).padStart(8)} ${String(foundCount).padStart(6)} ${String(score.truePositives).padStart(6)} ${figure(score.precision)} ${figure(score.recall)} ${figure(score.f1)}`);
  }
  if (values.errors) {
    for (const row of rows) {
      const signals = found.get(row.text) ?? [];
      for (const code of row.gold) if (!signals.includes(code)) console.log(`missed ${code}: ${row.text}`);
      for (const code of signals) if (result.codes.some((score) => score.code === code) && !row.gold.includes(code)) console.log(`extra  ${code}: ${row.text}`);
    }
  }
}
