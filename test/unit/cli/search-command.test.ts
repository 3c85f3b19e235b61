import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { searchCommand, searchHelp } from '../../../src/cli/search-command';
import { CapturingIO, copySeed, SEEDS, SIDECAR_SUFFIX, tempFolder } from './cli-test-utils';

// The claims about Choe Son Hui's meeting with Putin: one per article (000 and 001).
const CHOE_PUTIN = { id: 'c-s4z2vz', article: '000_38dd43a7f4a69a66.txt', text: 'Choe Son Hui\u2019s meeting with Putin likely involved significant discussions.' };
const CHOE_PUTIN_001 = 'c-57k7ri';

interface JsonResult {
  path: string;
  article: string;
  outlet: string | null;
  id: string;
  text: string;
  quote: string;
  attribution: string | null;
  tags: string[];
  score: number;
  matches: { field: string; value: string; ranges: [number, number][] }[];
}

async function search(args: string[]): Promise<{ code: number; io: CapturingIO }> {
  const io = new CapturingIO();
  const code = await searchCommand(args, io);
  return { code, io };
}

async function searchJson(args: string[]): Promise<{ code: number; io: CapturingIO; results: JsonResult[] }> {
  const result = await search([...args, '--json']);
  return { ...result, results: (JSON.parse(result.io.out) as { results: JsonResult[] }).results };
}

describe('sourcemark search', () => {
  let folder: string;
  before(() => {
    folder = tempFolder('search');
    for (const name of readdirSync(SEEDS).filter((n) => n.endsWith('.txt'))) copySeed(folder, name);
  });

  for (const query of ['choe son hui', 'choe son hiu', 'Choi Sun-hee']) {
    it(`finds the Choe–Putin claim for "${query}"`, async () => {
      const { code, io, results } = await searchJson([query, folder]);
      assert.equal(code, 0, io.err);
      const ids = results.map((r) => r.id);
      assert.ok(ids.includes(CHOE_PUTIN.id), `got ${ids.join(', ')}`);
      assert.ok(ids.includes(CHOE_PUTIN_001), `got ${ids.join(', ')}`);
    });
  }

  it('prints the claim, its article and its quote in the readable output', async () => {
    const { code, io } = await search(['choe son hui', folder]);
    assert.equal(code, 0);
    assert.equal(io.err, '');
    assert.match(io.out, /^1\. /);
    assert.ok(io.out.includes(CHOE_PUTIN.text), io.out);
    assert.ok(io.out.includes('000_38dd43a7f4a69a66'), io.out);
    assert.ok(io.out.includes('\u201CForeign Minister Choe Son Hui\u2019s recent meeting'), io.out);
  });

  it('prints --json results with the documented fields, matching the sidecar', async () => {
    const { results } = await searchJson(['choe son hui', folder]);
    const hit = results.find((r) => r.id === CHOE_PUTIN.id);
    assert.ok(hit);
    assert.deepEqual(Object.keys(hit).sort(), ['article', 'attribution', 'id', 'matches', 'outlet', 'path', 'quote', 'score', 'tags', 'text'].sort());
    assert.equal(hit.path, path.join(folder, CHOE_PUTIN.article));
    assert.equal(hit.text, CHOE_PUTIN.text);
    assert.equal(hit.attribution, 'NIS');
    assert.deepEqual(hit.tags, ['diplomacy']);
    // The quote is the annotated span of the article.
    const sidecar = readFileSync(path.join(folder, CHOE_PUTIN.article + SIDECAR_SUFFIX), 'utf8');
    assert.ok(readFileSync(path.join(folder, CHOE_PUTIN.article), 'utf8').includes(hit.quote));
    assert.ok(sidecar.includes(`id: ${CHOE_PUTIN.id}`));
    assert.ok(hit.score > 0 && hit.score <= 1, `score ${hit.score}`);
    // Results come best first.
    for (let i = 1; i < results.length; i++) assert.ok(results[i - 1].score >= results[i].score);
    // Highlight ranges are half-open and inside their field; the text match covers "Choe".
    assert.ok(hit.matches.length > 0);
    for (const match of hit.matches) {
      for (const [from, to] of match.ranges) assert.ok(from >= 0 && from < to && to <= match.value.length, `${match.field} ${from}-${to}`);
    }
    const textMatch = hit.matches.find((m) => m.field === 'text');
    assert.ok(textMatch);
    assert.ok(textMatch.ranges.some(([from, to]) => textMatch.value.slice(from, to) === 'Choe'), JSON.stringify(textMatch));
  });

  it('prints at most --limit results', async () => {
    const { code, results } = await searchJson(['troops', folder, '--limit', '1']);
    assert.equal(code, 0);
    assert.equal(results.length, 1);
  });

  it('exits 1 with a message when nothing matches', async () => {
    const { code, io } = await search(['xylophone quagmire', folder]);
    assert.equal(code, 1);
    assert.equal(io.out, 'No claims match "xylophone quagmire".\n');
    const json = await searchJson(['xylophone quagmire', folder]);
    assert.equal(json.code, 1);
    assert.deepEqual(json.results, []);
  });

  it('exits 2 without a query or with a bad --limit', async () => {
    for (const args of [[], ['   '], ['choe', '--limit', '0'], ['choe', '--limit'], ['choe', '--jsn']]) {
      const { code, io } = await search(args);
      assert.equal(code, 2, JSON.stringify(args));
      assert.ok(io.err.includes(searchHelp), JSON.stringify(args));
      assert.equal(io.out, '');
    }
  });

  it('reports a malformed sidecar on stderr and exits 1 while still searching the others', async () => {
    const other = tempFolder('search-bad');
    copySeed(other);
    const broken = copySeed(other, '001_df325ce8335b07e1.txt') + SIDECAR_SUFFIX;
    writeFileSync(broken, 'version: 1\nannotations:\n  - id: c-aaaaaa\n    id: c-bbbbbb\n');
    const { code, io, results } = await searchJson(['choe son hui', other]);
    assert.equal(code, 1);
    assert.ok(io.err.startsWith(`${broken}:4: `), io.err);
    assert.deepEqual(results.map((r) => r.id), [CHOE_PUTIN.id]);
  });

  it('reports a sidecar that is not UTF-8 instead of searching U+FFFD in its place', async () => {
    const other = tempFolder('search-latin1');
    copySeed(other);
    const latin1 = copySeed(other, '001_df325ce8335b07e1.txt') + SIDECAR_SUFFIX;
    writeFileSync(latin1, Buffer.concat([Buffer.from('version: 1\n# caf'), Buffer.from([0xe9]), Buffer.from('\nannotations: []\n')]));
    const { code, io, results } = await searchJson(['choe son hui', other]);
    assert.equal(code, 1);
    assert.ok(io.err.startsWith(`${latin1}:2: not valid UTF-8 (byte 0xE9)`), io.err);
    assert.deepEqual(results.map((r) => r.id), [CHOE_PUTIN.id]);
  });
});
