#!/usr/bin/env node
// Turns the regulations catalogue (REGULATIONS.md tables) into rule-catalogue.json, so the
// policy centre can show each rule ID with its source sentence. Run after the catalogue changes:
//   node server/scripts/import-regulations.mjs ../shared/spec/REGULATIONS.md
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const source = process.argv[2];
if (!source) throw new Error('usage: import-regulations.mjs <path to REGULATIONS.md>');
const out = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '..',
  'src',
  'platform',
  'policies',
  'rule-catalogue.json',
);

const chapters = [];
let chapter;
for (const line of readFileSync(source, 'utf8').split('\n')) {
  const heading = line.match(/^## ([A-Z0-9]+)\b\s*(?:—\s*(.*))?$/);
  if (heading) {
    chapter = { id: heading[1], title: (heading[2] ?? heading[1]).trim(), rules: [] };
    chapters.push(chapter);
    continue;
  }
  const row = line.match(/^\| ([A-Z0-9]+-\d+) \| (.*?) \| (.*?) \|$/);
  if (row && chapter) chapter.rules.push({ id: row[1], source: row[2].trim(), system: row[3].trim() });
}
const kept = chapters.filter((c) => c.rules.length > 0);
writeFileSync(out, `${JSON.stringify(kept, null, 2)}\n`);
console.log(`${kept.reduce((n, c) => n + c.rules.length, 0)} rules in ${kept.length} chapters → ${out}`);
