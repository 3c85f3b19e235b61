import { strict as assert } from 'node:assert';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { extractCommand, extractHelp } from '../../../src/cli/extract-command';
import { CapturingIO, tempFolder } from './cli-test-utils';

interface JsonOutput {
  files: { path: string; entities: Record<string, unknown>[]; figures: Record<string, unknown>[] }[];
}

// CRLF line endings, emoji outside the BMP (surrogate pairs) before the mentions, curly quotes.
const TRICKY_TEXT = [
  '\u{1F600} Foreign Minister Choe Son Hui met Russian President Vladimir Putin in Moscow on November 4, 2024.',
  '\u{1F1F0}\u{1F1F7} The NIS said \u201Capproximately 11,000 North Korean soldiers\u201D were deployed to Kursk \u{1F4A5}.',
  'Officials in Seoul estimated $2.5 billion in arms exports and 45% of the shells fired by the Russian army.',
  '',
].join('\r\n');

async function run(args: string[]): Promise<{ code: number; io: CapturingIO }> {
  const io = new CapturingIO();
  const code = await extractCommand(args, io);
  return { code, io };
}

async function runJson(args: string[]): Promise<{ code: number; io: CapturingIO; json: JsonOutput }> {
  const result = await run([...args, '--json']);
  return { ...result, json: JSON.parse(result.io.out) as JsonOutput };
}

function sortedKeys(value: object): string[] {
  return Object.keys(value).sort();
}

describe('sourcemark extract', () => {
  let folder: string;
  beforeEach(() => {
    folder = tempFolder('extract');
  });

  describe('--json', () => {
    it('prints exactly files/path/entities/figures with the documented mention fields', async () => {
      const file = path.join(folder, 'tricky.txt');
      writeFileSync(file, TRICKY_TEXT, 'utf8');
      const { code, io, json } = await runJson([file]);
      assert.equal(code, 0);
      assert.equal(io.err, '');
      assert.deepEqual(sortedKeys(json), ['files']);
      assert.equal(json.files.length, 1);
      const [result] = json.files;
      assert.deepEqual(sortedKeys(result), ['entities', 'figures', 'path']);
      assert.equal(result.path, file);
      assert.ok(result.entities.length > 0, 'expected entities in the fixture');
      assert.ok(result.figures.length > 0, 'expected figures in the fixture');
      for (const entity of result.entities) {
        assert.deepEqual(sortedKeys(entity), ['end', 'key', 'start', 'text', 'type']);
        assert.equal(typeof entity.key, 'string');
      }
      for (const figure of result.figures) {
        // null must be printed, not dropped: JSON.stringify omits undefined fields.
        assert.deepEqual(sortedKeys(figure), ['end', 'qualifier', 'start', 'text', 'type', 'unit', 'value']);
      }
    });

    it('gives texts equal to the UTF-16 slice of a CRLF file with emoji and curly quotes', async () => {
      const file = path.join(folder, 'tricky.txt');
      writeFileSync(file, TRICKY_TEXT, 'utf8');
      const { json } = await runJson([file]);
      const source = readFileSync(file, 'utf8');
      const mentions = [...json.files[0].entities, ...json.files[0].figures];
      for (const mention of mentions) {
        const { start, end, text } = mention as { start: number; end: number; text: string };
        assert.ok(Number.isInteger(start) && Number.isInteger(end) && start < end && end <= source.length, `bad offsets ${start}-${end}`);
        assert.equal(source.slice(start, end), text, `mention at ${start}-${end}`);
      }
      // Mentions after the surrogate pairs and CRLFs: offsets counted in UTF-16 units, not code points or bytes.
      const texts = mentions.map((m) => m.text);
      for (const expected of ['Vladimir Putin', 'Kursk']) {
        assert.ok(texts.some((t) => typeof t === 'string' && t.includes(expected)), `expected a mention containing ${expected}, got ${JSON.stringify(texts)}`);
      }
      const kursk = mentions.find((m) => typeof m.text === 'string' && m.text.includes('Kursk'));
      assert.equal(kursk?.start, source.indexOf('Kursk'));
    });

    it('gives empty lists for an empty file', async () => {
      const file = path.join(folder, 'empty.txt');
      writeFileSync(file, '');
      const { code, json } = await runJson([file]);
      assert.equal(code, 0);
      assert.deepEqual(json, { files: [{ path: file, entities: [], figures: [] }] });
    });
  });

  describe('folders', () => {
    it('walks folders for .txt and .md, skipping sidecars, node_modules, dot-folders and other extensions', async () => {
      const text = 'Vladimir Putin met Choe Son Hui in Moscow.\n';
      const files = {
        'a.txt': true,
        'b.md': true,
        'sub/c.txt': true,
        'sub/deeper/d.MD': true,
        'a.txt.sourcemark.yaml': false,
        'notes.json': false,
        'image.png': false,
        'node_modules/pkg/readme.md': false,
        '.git/info.txt': false,
        'sub/.hidden/e.txt': false,
      };
      for (const name of Object.keys(files)) {
        mkdirSync(path.dirname(path.join(folder, name)), { recursive: true });
        writeFileSync(path.join(folder, name), text);
      }
      const { code, io, json } = await runJson([folder]);
      assert.equal(code, 0, io.err);
      const expected = Object.entries(files).filter(([, kept]) => kept).map(([name]) => path.join(folder, name));
      assert.deepEqual(json.files.map((f) => f.path).sort(), expected.sort());
    });
  });

  describe('failures', () => {
    it('reports binary, invalid UTF-8 and missing paths on stderr, exits 1 and still processes the other files', async () => {
      const good = path.join(folder, 'good.txt');
      const binary = path.join(folder, 'binary.txt');
      const latin1 = path.join(folder, 'latin1.txt');
      const missing = path.join(folder, 'missing.txt');
      writeFileSync(good, 'Vladimir Putin met Choe Son Hui in Moscow.\n');
      writeFileSync(binary, Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0x14, 0x00]));
      writeFileSync(latin1, Buffer.from('Caf\xe9 in S\xe3o Paulo\n', 'latin1'));
      const { code, io, json } = await runJson([binary, good, missing, latin1]);
      assert.equal(code, 1);
      assert.deepEqual(json.files.map((f) => f.path), [good]);
      assert.ok(json.files[0].entities.length > 0);
      const lines = io.err.trim().split('\n');
      assert.equal(lines.length, 3, io.err);
      for (const [file, reason] of [[binary, /binary/], [latin1, /UTF-8/], [missing, /no such file/]] as const) {
        const line = lines.find((l) => l.includes(file));
        assert.ok(line, `no stderr line for ${file}: ${io.err}`);
        assert.match(line, reason);
      }
    });

    it('exits 1 for a missing path even when nothing else is given', async () => {
      const { code, io } = await run([path.join(folder, 'nope.md')]);
      assert.equal(code, 1);
      assert.match(io.err, /nope\.md: no such file or folder/);
    });
  });

  describe('usage', () => {
    it('exits 2 with the help on stderr when no paths are given', async () => {
      const { code, io } = await run([]);
      assert.equal(code, 2);
      assert.equal(io.out, '');
      assert.ok(io.err.includes(extractHelp), io.err);
      assert.match(io.err, /No files or folders given/);
    });

    it('exits 2 on an unknown option, naming it', async () => {
      writeFileSync(path.join(folder, 'a.txt'), 'text');
      const { code, io } = await run(['--jsn', path.join(folder, 'a.txt')]);
      assert.equal(code, 2);
      assert.match(io.err, /Unknown option --jsn/);
      assert.equal(io.out, '');
    });

    it('documents the JSON shape and exit codes in its help', () => {
      assert.match(extractHelp, /^Usage: sourcemark extract/);
      assert.ok(extractHelp.includes('{"files":[{"path","entities":[{start,end,text,type,key}],'));
      assert.ok(extractHelp.includes('"figures":[{start,end,text,type,value,qualifier,unit}]}]}'));
    });
  });

  describe('table', () => {
    it('lists each file with its entity and figure counts, one row per mention', async () => {
      const first = path.join(folder, 'first.txt');
      const second = path.join(folder, 'second.md');
      writeFileSync(first, TRICKY_TEXT);
      writeFileSync(second, '');
      const { json } = await runJson([first, second]);
      const { code, io } = await run([first, second]);
      assert.equal(code, 0);
      assert.ok(!io.out.trimStart().startsWith('{'), 'the table is not JSON');
      for (const file of json.files) {
        const heading = `${file.path} (${file.entities.length} entities, ${file.figures.length} figures)`;
        assert.ok(io.out.split('\n').includes(heading), `missing heading ${heading} in\n${io.out}`);
      }
      // One row per mention, each starting with its offsets.
      const [firstJson] = json.files;
      const rows = io.out.split('\n').filter((line) => /^\d+-\d+ /.test(line));
      assert.equal(rows.length, firstJson.entities.length + firstJson.figures.length);
      for (const mention of [...firstJson.entities, ...firstJson.figures]) {
        assert.ok(rows.some((row) => row.startsWith(`${mention.start}-${mention.end} `)), `no row for ${mention.start}-${mention.end}`);
      }
      assert.ok(io.out.indexOf(first) < io.out.indexOf(second), 'files in the order given');
    });

    it('says why a vague count or a relative date has no value instead of printing a value', async () => {
      const file = path.join(folder, 'vague.txt');
      writeFileSync(file, 'Dozens of drones struck Kharkiv last week, and 300 soldiers were moved on 4 March 2024.\n');
      const { json } = await runJson([file]);
      const { io } = await run([file]);
      const row = (text: string) => io.out.split('\n').find((line) => line.includes(` ${text} `)) ?? '';
      const [result] = json.files;
      assert.ok(result.figures.some((figure) => figure.text === 'Dozens' && figure.value === null), JSON.stringify(result.figures));
      assert.match(row('Dozens'), /drones \(no exact number\)$/);
      assert.match(row('last week'), /\(no calendar value\)$/);
      assert.match(row('300'), /300 soldiers$/);
      assert.doesNotMatch(io.out, /not normalized/);
    });
  });
});
