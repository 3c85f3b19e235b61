import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { applyEntityDecisions, EntityDecisionTable, type EntityDecisions } from '../../../src/core/entities/entity-decisions';
import {
  createEntityDecisionsDocument,
  entityRefOf,
  markNotEntity,
  mergeEntities,
  parseEntityDecisions,
  rejectProposal,
  splitEntity,
  upsertEntity,
} from '../../../src/core/entities/entity-decisions-file';
import { EntityDecisionsStore } from '../../../src/core/entities/entity-decisions-store';
import { loadEntityDecisionsNear } from '../../../src/platform/entity-decisions-near';
import { WorkspaceIndex } from '../../../src/core/index/workspace-index';
import { recognize } from '../../../src/core/recognition/recognize';
import { sameBytes, type FileStore, type WriteOutcome } from '../../../src/core/sidecar/file-store';
import { claimOver } from '../index/build-article';

// Stories not in the seeds: Ukraine's intelligence chief in two romanizations the variant matcher
// keeps apart (Kyrylo / Kirill), a Sahel jihadist group the recognizer types as a place.
const KYIV = "KYIV — Ukraine's military intelligence chief Kyrylo Budanov said on Monday that Russia had moved 5,000 troops. Budanov added that more would follow.";
const MOSCOW = "MOSCOW — Kirill Budanov, the head of Ukraine's HUR, told reporters that 5,000 troops had moved to the border.";
const ABUJA = 'ABUJA — The Islamic State West Africa Province (ISWAP) claimed the raid on Maiduguri. Follow the latest updates.';

function table(decisions: Partial<EntityDecisions>): EntityDecisionTable {
  return new EntityDecisionTable({ entities: [], notEntities: [], ...decisions });
}

function indexOf(articles: Record<string, string>, decisions?: EntityDecisionTable): WorkspaceIndex {
  const index = new WorkspaceIndex();
  if (decisions) index.setEntityDecisions(decisions);
  for (const [path, text] of Object.entries(articles)) index.setArticle(path, text, recognize(text), { version: 1, annotations: [] });
  return index;
}

const budanov = { name: 'Kyrylo Budanov', type: 'person' as const, spellings: ['Kyrylo Budanov', 'Kirill Budanov'] };

describe('applying entity decisions to a recognition', () => {
  it('gives every spelling of a decided entity one key, surname back-references included', () => {
    const applied = applyEntityDecisions(recognize(KYIV), table({ entities: [budanov] }));
    const keys = applied.entities.filter((m) => m.text.includes('Budanov')).map((m) => m.key);
    assert.deepEqual(keys, ['person:Kyrylo Budanov', 'person:Kyrylo Budanov']);
    const other = applyEntityDecisions(recognize(MOSCOW), table({ entities: [budanov] }));
    assert.equal(other.entities.find((m) => m.text === 'Kirill Budanov')?.key, 'person:Kyrylo Budanov');
  });

  it('does not pull another person in through a shared surname', () => {
    const text = 'Budanov said the strike hit Sevastopol. Oleksandr Budanov, a farmer, said he heard it. Budanov fled.';
    const applied = applyEntityDecisions(recognize(text), table({ entities: [{ name: 'Kyrylo Budanov', spellings: ['Kyrylo Budanov', 'Budanov'] }] }));
    assert.ok(applied.entities.some((m) => m.text === 'Oleksandr Budanov' && !m.key.includes('Kyrylo')));
  });

  it('corrects a type and drops texts marked as not entities, everywhere or in one article', () => {
    const decisions = table({
      entities: [{ name: 'ISWAP', type: 'organization', spellings: ['Islamic State West Africa Province', 'ISWAP'] }],
      notEntities: [{ text: 'ABUJA', path: '/w/abuja.txt' }],
    });
    const here = applyEntityDecisions(recognize(ABUJA), decisions, '/w/abuja.txt');
    assert.deepEqual(
      here.entities.filter((m) => m.text.includes('ISWAP') || m.text.includes('Islamic')).map((m) => [m.type, m.key]),
      [['organization', 'organization:ISWAP'], ['organization', 'organization:ISWAP']],
    );
    assert.ok(!here.entities.some((m) => m.text === 'ABUJA'));
    assert.ok(applyEntityDecisions(recognize(ABUJA), decisions, '/w/other.txt').entities.some((m) => m.text === 'ABUJA'));
  });

  it('is idempotent and returns the recognition itself when nothing applies', () => {
    const decisions = table({ entities: [budanov], notEntities: [{ text: 'Russia' }] });
    const once = applyEntityDecisions(recognize(KYIV), decisions);
    assert.deepEqual(applyEntityDecisions(once, decisions), once);
    const plain = recognize(ABUJA);
    assert.equal(applyEntityDecisions(plain, new EntityDecisionTable()), plain);
    assert.equal(applyEntityDecisions(plain, table({ entities: [budanov] })), plain);
  });
});

describe('entity decisions in the workspace index', () => {
  it('merges two spellings the variant matcher keeps apart, under the decided name, in entities, lookups and claims', () => {
    const before = indexOf({ '/w/kyiv.txt': KYIV, '/w/moscow.txt': MOSCOW });
    assert.notEqual(before.findEntity('Kyrylo Budanov')?.id, before.findEntity('Kirill Budanov')?.id);

    const index = indexOf({ '/w/kyiv.txt': KYIV, '/w/moscow.txt': MOSCOW });
    index.setSidecar('/w/moscow.txt', { version: 1, annotations: [claimOver(MOSCOW, 'Kirill Budanov, the head', { id: 'c-aaaaaa', text: 'HUR chief on troops' })] });
    index.setEntityDecisions(table({ entities: [budanov] }));
    const merged = index.findEntity('Kirill Budanov');
    assert.equal(merged?.canonical, 'Kyrylo Budanov');
    assert.equal(index.findEntity('Kyrylo Budanov')?.id, merged?.id);
    assert.deepEqual(new Set(merged?.mentions.map((m) => m.path)), new Set(['/w/kyiv.txt', '/w/moscow.txt']));
    assert.deepEqual(merged?.claims.map((c) => c.annotation.id), ['c-aaaaaa']);
    assert.equal(index.claimsNamed('Kyrylo Budanov').length, 1, 'search aliases follow the merge');
  });

  it('splits a variant pair into two entities that stay apart', () => {
    // The variant matcher proposes one person; the analyst knows the professor is not the former spy chief.
    const a = 'PYONGYANG — Kim Yong Chol, a former spy chief, met the delegation.';
    const b = 'SEOUL — Kim Yong Chul, a professor at Kyungnam University, said talks were unlikely.';
    const index = indexOf({ '/w/a.txt': a, '/w/b.txt': b });
    assert.equal(index.findEntity('Kim Yong Chol')?.id, index.findEntity('Kim Yong Chul')?.id, 'proposed as one entity');
    const doc = createEntityDecisionsDocument();
    splitEntity(doc, { name: 'Kim Yong Chol', type: 'person', spellings: ['Kim Yong Chol', 'Kim Yong Chul'] }, ['Kim Yong Chul'], 'Kim Yong-chul (professor)');
    const parsed = parseEntityDecisions(String(doc));
    assert.ok(parsed.ok);
    index.setEntityDecisions(new EntityDecisionTable(parsed.decisions));
    assert.notEqual(index.findEntity('Kim Yong Chol')?.id, index.findEntity('Kim Yong Chul')?.id);
    assert.equal(index.findEntity('Kim Yong Chul')?.canonical, 'Kim Yong-chul (professor)');
    assert.equal(index.findEntity('Kim Yong Chol')?.canonical, 'Kim Yong Chol');
  });

  it('rejects a proposal: each name its own entity, also after a confirmation', () => {
    const a = 'PYONGYANG — Kim Yong Chol, a former spy chief, met the delegation.';
    const b = 'SEOUL — Kim Yong Chul, a professor at Kyungnam University, said talks were unlikely.';
    const index = indexOf({ '/w/a.txt': a, '/w/b.txt': b });
    const proposal = index.findEntity('Kim Yong Chol');
    assert.ok(proposal && proposal.spellings.length === 2);
    const doc = createEntityDecisionsDocument();
    upsertEntity(doc, entityRefOf(proposal));
    rejectProposal(doc, entityRefOf(proposal));
    const parsed = parseEntityDecisions(String(doc));
    assert.ok(parsed.ok);
    assert.equal(parsed.decisions.entities.length, 2);
    index.setEntityDecisions(new EntityDecisionTable(parsed.decisions));
    assert.notEqual(index.findEntity('Kim Yong Chol')?.id, index.findEntity('Kim Yong Chul')?.id);
  });

  it('equals an index built with the decisions from the start, and forgets them when they are removed', () => {
    const articles = { '/w/kyiv.txt': KYIV, '/w/moscow.txt': MOSCOW, '/w/abuja.txt': ABUJA };
    const decisions = table({ entities: [budanov], notEntities: [{ text: 'HUR' }] });
    const later = indexOf(articles);
    later.setEntityDecisions(decisions);
    const summary = (index: WorkspaceIndex) =>
      index
        .entities()
        .map((e) => `${e.type}|${e.canonical}|${e.spellings.join('/')}|${e.mentions.length}`)
        .sort();
    assert.deepEqual(summary(later), summary(indexOf(articles, decisions)));
    assert.ok(!summary(later).some((line) => line.includes('HUR')));
    later.setEntityDecisions(new EntityDecisionTable());
    assert.deepEqual(summary(later), summary(indexOf(articles)));
  });

  it('tells listeners about every article when decisions change', () => {
    const index = indexOf({ '/w/kyiv.txt': KYIV, '/w/moscow.txt': MOSCOW });
    const changed: string[] = [];
    index.onDidChange((change) => changed.push(change.path));
    index.setEntityDecisions(table({ entities: [budanov] }));
    assert.deepEqual(changed.sort(), ['/w/kyiv.txt', '/w/moscow.txt']);
  });
});

describe('the entities file', () => {
  it('keeps the analyst’s comments and order when a merge edits an existing entry', () => {
    const source = [
      '# my notes on HUR people',
      'version: 1',
      'entities:',
      '  - name: Kyrylo Budanov # the spy chief',
      '    type: person',
      '    spellings: [Kyrylo Budanov]',
      'notEntities: []',
      '',
    ].join('\n');
    const parsed = parseEntityDecisions(source);
    assert.ok(parsed.ok);
    mergeEntities(parsed.doc, { name: 'Kyrylo Budanov', type: 'person', spellings: ['Kyrylo Budanov'] }, { name: 'Kirill Budanov', type: 'person', spellings: ['Kirill Budanov'] });
    const text = String(parsed.doc);
    assert.match(text, /# my notes on HUR people/);
    assert.match(text, /name: Kyrylo Budanov # the spy chief/);
    assert.match(text, /spellings: \[ ?Kyrylo Budanov, Kirill Budanov ?\]/);
    const again = parseEntityDecisions(text);
    assert.ok(again.ok);
    assert.equal(again.decisions.entities.length, 1);
  });

  it('replaces the entries a merge covers with one, and records not-entities once', () => {
    const doc = createEntityDecisionsDocument();
    upsertEntity(doc, { name: 'A', type: 'organization', spellings: ['A'] });
    upsertEntity(doc, { name: 'B', type: 'organization', spellings: ['B'] });
    mergeEntities(doc, { name: 'A', type: 'organization', spellings: ['A'] }, { name: 'B', type: 'organization', spellings: ['B'] });
    markNotEntity(doc, 'Follow');
    markNotEntity(doc, 'Follow');
    markNotEntity(doc, 'Follow', 'news/a.txt');
    const parsed = parseEntityDecisions(String(doc));
    assert.ok(parsed.ok);
    assert.deepEqual(parsed.decisions.entities, [{ name: 'A', type: 'organization', spellings: ['A', 'B'] }]);
    assert.deepEqual(parsed.decisions.notEntities, [{ text: 'Follow' }, { text: 'Follow', path: 'news/a.txt' }]);
  });

  it('reports syntax and shape problems with line and column', () => {
    const broken = parseEntityDecisions('version: 1\nentities:\n  - name: [unclosed\n');
    assert.ok(!broken.ok && broken.errors[0].line >= 3, JSON.stringify(broken));
    const shape = parseEntityDecisions('version: 1\nentities:\n  - name: X\n    type: weapon\n');
    assert.ok(!shape.ok);
    assert.deepEqual([shape.errors[0].line, shape.errors[0].column], [4, 11]);
    assert.match(shape.errors[0].message, /"type" must be one of/);
  });

  it('reads a newer version but marks it read-only', () => {
    const parsed = parseEntityDecisions('version: 2\nentities: []\n');
    assert.ok(parsed.ok && parsed.readOnly);
  });
});

/** In-memory boundary fake; `beforeWrite` simulates another program writing at the worst moment. */
class MemoryFiles implements FileStore {
  files = new Map<string, string>();
  folders: string[] = [];
  beforeWrite?: () => void;
  async readFile(p: string) {
    const text = this.files.get(p);
    if (this.beforeWrite && text !== undefined) {
      const hook = this.beforeWrite;
      this.beforeWrite = undefined;
      hook();
    }
    return text === undefined ? undefined : new TextEncoder().encode(text);
  }
  async writeFileAtomic(p: string, bytes: Uint8Array, expected: Uint8Array | undefined): Promise<WriteOutcome> {
    const current = this.files.get(p);
    if (!sameBytes(current === undefined ? undefined : new TextEncoder().encode(current), expected)) return 'conflict';
    this.files.set(p, new TextDecoder().decode(bytes));
    return 'written';
  }
}

describe('the entities file store', () => {
  const PATH = '/w/.sourcemark/entities.yaml';

  it('creates the file and its folder on the first decision', async () => {
    const files = new MemoryFiles();
    const store = new EntityDecisionsStore(files, PATH, async (folder) => void files.folders.push(folder));
    assert.equal((await store.load()).status, 'missing');
    const result = await store.update((doc) => markNotEntity(doc, 'Follow'));
    assert.ok(result.ok && result.written);
    assert.deepEqual(files.folders, ['/w/.sourcemark']);
    const loaded = await store.load();
    assert.ok(loaded.status === 'ok' && loaded.decisions.notEntities[0].text === 'Follow');
    assert.match(files.files.get(PATH) ?? '', /^# Entity decisions/);
  });

  it('never writes over a file that fails to parse, and says where it fails', async () => {
    const files = new MemoryFiles();
    const broken = 'version: 1\nentities: [\n';
    files.files.set(PATH, broken);
    const store = new EntityDecisionsStore(files, PATH, async () => undefined);
    const result = await store.update((doc) => markNotEntity(doc, 'Follow'));
    assert.ok(!result.ok && result.reason === 'invalid');
    assert.match(result.message, /entities\.yaml:\d+:\d+:/);
    assert.equal(files.files.get(PATH), broken);
    assert.equal((await store.load()).status, 'invalid');
  });

  it('re-applies a decision to a file another program changed meanwhile, keeping both', async () => {
    const files = new MemoryFiles();
    files.files.set(PATH, 'version: 1\nnotEntities:\n  - text: Follow\n');
    const store = new EntityDecisionsStore(files, PATH, async () => undefined);
    // The store read the old file; right before the replace, someone adds an entry by hand.
    let writes = 0;
    const original = files.writeFileAtomic.bind(files);
    files.writeFileAtomic = async (p: string, bytes: Uint8Array, expected: Uint8Array | undefined) => {
      if (++writes === 1) files.files.set(PATH, 'version: 1\n# added by hand\nnotEntities:\n  - text: Follow\n  - text: Subscribe\n');
      return original(p, bytes, expected);
    };
    const result = await store.update((doc) => markNotEntity(doc, 'Read more'));
    assert.ok(result.ok && result.written);
    const text = files.files.get(PATH) ?? '';
    assert.match(text, /# added by hand/);
    assert.deepEqual(result.decisions.notEntities.map((n) => n.text), ['Follow', 'Subscribe', 'Read more']);
  });

  it('refuses to write a read-only (newer) file', async () => {
    const files = new MemoryFiles();
    files.files.set(PATH, 'version: 9\n');
    const result = await new EntityDecisionsStore(files, PATH, async () => undefined).update((doc) => markNotEntity(doc, 'X'));
    assert.ok(!result.ok && result.reason === 'read-only');
    assert.equal(files.files.get(PATH), 'version: 9\n');
  });
});

describe('the decisions of a workspace on disk (CLI)', () => {
  function workspaceWith(decisionsYaml: string): string {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'sourcemark-decisions-'));
    fs.mkdirSync(path.join(root, '.sourcemark'));
    fs.mkdirSync(path.join(root, 'news'));
    fs.writeFileSync(path.join(root, '.sourcemark', 'entities.yaml'), decisionsYaml);
    return root;
  }

  it('finds the file in a parent folder and resolves article paths against it', async () => {
    const root = workspaceWith('version: 1\nnotEntities:\n  - text: KYIV\n    path: news/kyiv.txt\n');
    const { table, problem } = await loadEntityDecisionsNear(path.join(root, 'news'));
    assert.equal(problem, undefined);
    assert.ok(table.isNotEntity('KYIV', path.join(root, 'news', 'kyiv.txt')));
    assert.ok(!table.isNotEntity('KYIV', path.join(root, 'news', 'other.txt')));
    fs.rmSync(root, { recursive: true, force: true });
  });

  it('applies nothing from a broken file and says where it breaks', async () => {
    const root = workspaceWith('version: 1\nentities:\n  - name: X\n    type: weapon\n');
    const { table, problem } = await loadEntityDecisionsNear(root);
    assert.ok(table.isEmpty);
    assert.match(problem ?? '', /entities\.yaml:4:11: "type" must be one of/);
    fs.rmSync(root, { recursive: true, force: true });
  });
});

describe('what a decision records of an entity', () => {
  it('leaves out surname-only back-references but keeps acronyms', () => {
    const choe = entityRefOf({ canonical: 'Choe Son Hui', type: 'person', spellings: ['Choe Son Hui', 'Choe', 'Choe Son-hui', 'Choi Sun-hee'] });
    assert.deepEqual(choe.spellings, ['Choe Son Hui', 'Choe Son-hui', 'Choi Sun-hee']);
    const nis = entityRefOf({ canonical: 'National Intelligence Service', type: 'organization', spellings: ['NIS', 'National Intelligence Service', 'agency'] });
    assert.deepEqual(nis.spellings, ['NIS', 'National Intelligence Service']);
  });

  it('does not pull a lone surname of another article into a confirmed entity', () => {
    const doc = createEntityDecisionsDocument();
    upsertEntity(doc, { name: 'Choe Son Hui', type: 'person', spellings: ['Choe Son Hui', 'Choe Son-hui'] });
    const parsed = parseEntityDecisions(String(doc));
    assert.ok(parsed.ok);
    const other = applyEntityDecisions(recognize('PYONGYANG — Choe met the envoy on Monday, state media said.'), new EntityDecisionTable(parsed.decisions));
    assert.ok(!other.entities.some((m) => m.key === 'person:Choe Son Hui'), JSON.stringify(other.entities));
  });
});

describe('the entities file layout', () => {
  it('writes entries one per line even into a list that was empty', () => {
    const parsed = parseEntityDecisions('version: 1\nentities: []\nnotEntities: []\n');
    assert.ok(parsed.ok);
    markNotEntity(parsed.doc, 'HUR', 'news/moscow.txt');
    assert.match(String(parsed.doc), /notEntities:\n {2}- text: HUR\n {4}path: news\/moscow\.txt\n/);
  });
});
