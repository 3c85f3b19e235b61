import { strict as assert } from 'node:assert';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { exportCommand } from '../../../src/cli/export-command';
import { ledgerCommand, ledgerHelp } from '../../../src/cli/ledger-command';
import { CapturingIO, copySeed, SEEDS, tempFolder } from './cli-test-utils';

async function run(command: typeof ledgerCommand, args: string[]) {
  const io = new CapturingIO();
  const code = await command(args, io);
  return { code, io };
}

describe('sourcemark ledger', () => {
  let folder: string;
  before(() => {
    folder = tempFolder('ledger');
    for (const name of readdirSync(SEEDS).filter((n) => n.endsWith('.txt'))) copySeed(folder, name);
  });

  it('prints exactly the documented JSON shape', async () => {
    const { code, io } = await run(ledgerCommand, [folder, '--json', '--root', folder]);
    assert.equal(code, 0, io.err);
    const json = JSON.parse(io.out) as { subjects: Record<string, unknown>[] };
    assert.deepEqual(Object.keys(json), ['subjects']);
    const troops = json.subjects.find((s) => s.id === 'troops/north-korea')!;
    assert.deepEqual(Object.keys(troops), ['id', 'label', 'unit', 'reports', 'contradictions']);
    const reports = troops.reports as Record<string, unknown>[];
    for (const report of reports) {
      assert.deepEqual(Object.keys(report), ['path', 'start', 'end', 'text', 'value', 'qualifier', 'attribution']);
      const text = readFileSync(report.path as string, 'utf8');
      assert.equal(text.slice(report.start as number, report.end as number), report.text);
    }
    const contradictions = troops.contradictions as { reports: [number, number]; reason: string }[];
    assert.ok(contradictions.length >= 3);
    for (const c of contradictions) {
      assert.deepEqual(Object.keys(c), ['reports', 'reason']);
      assert.ok(c.reports.every((i) => i >= 0 && i < reports.length));
    }
    assert.deepEqual(reports.find((r) => r.text === '10,900 to 12,000')?.value, { min: 10900, max: 12000 });
  });

  it('applies the decisions in .sourcemark/subjects.yaml and leaves excluded subjects out', async () => {
    const root = tempFolder('ledger-root');
    for (const name of readdirSync(SEEDS).filter((n) => n.endsWith('.txt'))) copySeed(root, name);
    mkdirSync(path.join(root, '.sourcemark'));
    writeFileSync(path.join(root, '.sourcemark/subjects.yaml'), 'subjects:\n  troops/north-korea:\n    label: DPRK troops # renamed\n');
    const renamed = JSON.parse((await run(ledgerCommand, [root, '--json', '--root', root])).io.out) as { subjects: { label: string }[] };
    assert.equal(renamed.subjects[0].label, 'DPRK troops');
    writeFileSync(path.join(root, '.sourcemark/subjects.yaml'), 'subjects:\n  troops/north-korea:\n    exclude: true\n');
    const excluded = JSON.parse((await run(ledgerCommand, [root, '--json', '--root', root])).io.out) as { subjects: unknown[] };
    assert.deepEqual(excluded.subjects, []);
  });

  it('reports a malformed subjects file with line and column and still prints the ledger', async () => {
    const root = tempFolder('ledger-bad');
    copySeed(root, '000_38dd43a7f4a69a66.txt');
    copySeed(root, '002_9b88effd1810f380.txt');
    mkdirSync(path.join(root, '.sourcemark'));
    writeFileSync(path.join(root, '.sourcemark/subjects.yaml'), 'subjects:\n  a: [\n');
    const { code, io } = await run(ledgerCommand, [root, '--root', root]);
    assert.equal(code, 1);
    assert.match(io.err, /subjects\.yaml:\d+:\d+: .*\(decisions not applied\)/);
    assert.match(io.out, /North Korean troops \[troops\/north-korea\]/);
  });

  it('compares reports published further apart when --window-days is larger, and rejects a non-number', async () => {
    const contradictions = async (days: string) => {
      const { code, io } = await run(ledgerCommand, [folder, '--json', '--root', folder, '--window-days', days]);
      assert.equal(code, 0, io.err);
      const json = JSON.parse(io.out) as { subjects: { id: string; contradictions: unknown[] }[] };
      return json.subjects.find((s) => s.id === 'troops/north-korea')!.contradictions.length;
    };
    const [sameDay, week, decade] = [await contradictions('0'), await contradictions('7'), await contradictions('3650')];
    assert.ok(sameDay <= week && week < decade, `0 days: ${sameDay}, 7: ${week}, 3650: ${decade}`);
    const bad = await run(ledgerCommand, [folder, '--window-days', 'week']);
    assert.equal(bad.code, 2);
    assert.match(bad.io.err, /--window-days needs a number of days, not "week"/);
  });

  it('rejects unknown options with the help', async () => {
    const { code, io } = await run(ledgerCommand, ['--frobnicate']);
    assert.equal(code, 2);
    assert.ok(io.err.includes(ledgerHelp));
  });
});

describe('sourcemark export', () => {
  let folder: string;
  before(() => {
    folder = tempFolder('export');
    for (const name of readdirSync(SEEDS).filter((n) => n.endsWith('.txt'))) copySeed(folder, name);
  });

  it('writes JSON-LD to --out with absolute file IRIs', async () => {
    const out = path.join(folder, 'out.jsonld');
    const { code, io } = await run(exportCommand, [folder, '--format', 'jsonld', '--out', out, '--root', folder]);
    assert.equal(code, 0, io.err);
    assert.equal(io.out, '');
    const json = JSON.parse(readFileSync(out, 'utf8'));
    assert.equal(json['@context'], 'http://www.w3.org/ns/anno.jsonld');
    assert.ok(json.first.items[0].target.source.startsWith(`file://${folder}`));
  });

  it('prints figure CSV and a Markdown brief', async () => {
    const csv = await run(exportCommand, [folder, '--format', 'csv', '--table', 'figures', '--root', folder]);
    assert.match(csv.io.out, /^subject,label,unit,path,start,end,text,value,/);
    const md = await run(exportCommand, [folder, '--format', 'markdown', '--root', folder]);
    assert.match(md.io.out, /^# Figure ledger\n/);
  });

  it('needs a known --format', async () => {
    assert.equal((await run(exportCommand, [folder])).code, 2);
    const { code, io } = await run(exportCommand, [folder, '--format', 'xml']);
    assert.equal(code, 2);
    assert.match(io.err, /Unknown format "xml"/);
  });
});
