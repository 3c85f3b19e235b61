/**
 * One hash of everything `recognize` yields on the dev articles and the seeds (with and without the tagger, and each text on
 * one line) and of `DocumentRecognizer` results along a fixed series of edits: a change meant only for speed must leave it as
 * it was. Run before and after: npx tsc -p . && node out/bench/recognition-hash.js [--verbose]
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { DocumentRecognizer } from '../src/core/recognition/document-recognizer';
import { recognize } from '../src/core/recognition/recognize';

const root = path.resolve(__dirname, '../..');
const verbose = process.argv.includes('--verbose');
const texts: [string, string][] = [];
for (const directory of ['test/fixtures/gold', 'seeds']) {
  for (const name of readdirSync(path.join(root, directory)).filter((file) => file.endsWith('.txt')).sort()) {
    texts.push([`${directory}/${name}`, readFileSync(path.join(root, directory, name), 'utf8')]);
  }
}

const all = createHash('sha256');
for (const [name, text] of texts) {
  const hash = createHash('sha256');
  hash.update(JSON.stringify(recognize(text)));
  hash.update(JSON.stringify(recognize(text, { tagger: false })));
  hash.update(JSON.stringify(recognize(text.replace(/\r?\n/g, ' '))));
  const digest = hash.digest('hex');
  all.update(digest);
  if (verbose) console.log(digest.slice(0, 12), name);
}

// Inserted and deleted characters at pseudo-random places (a linear congruential series, so runs compare).
const joined = texts.map(([, text]) => text).join('\n\n').slice(0, 200_000);
const recognizer = new DocumentRecognizer(joined);
let length = joined.length;
let state = 7;
const next = () => (state = (state * 1103515245 + 12345) % 2147483648) / 2147483648;
for (let edit = 0; edit < 60; edit++) {
  const at = Math.floor(next() * length);
  const deletion = edit % 3 === 2;
  const result = deletion ? recognizer.applyEdit(at, Math.min(length, at + 1), '') : recognizer.applyEdit(at, at, ['e', ' ', '\n', '5', 'A'][edit % 5]);
  length += deletion ? (at < length ? -1 : 0) : 1;
  all.update(JSON.stringify(result));
}
console.log(`${all.digest('hex')} (${texts.length} texts)`);
