import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { IndexChange, MergedEntity } from '../../../src/core/index/index-types';
import { WorkspaceIndex } from '../../../src/core/index/workspace-index';
import { SidecarData } from '../../../src/core/sidecar/annotation';
import { buildArticle, claimOver } from './build-article';

const KOREA_TIMES = buildArticle(
  '[Choe Son-hui|person:choe son hui] met [Vladimir Putin|person:vladimir putin] in [Moscow|place:moscow]. ' +
    'The [NIS|organization:nis] said {at least 11,000 soldiers|count|11000|at least|soldiers} are in [Kursk|place:kursk]. ' +
    '[Choe|person:choe son hui] left on Monday.',
);
const JOONGANG = buildArticle(
  '[Choi Sun-hee|person:choi sun hee] visited [Russia|place:russia]. The [National Intelligence Service|organization:national intelligence service] ' +
    'estimated {approximately 10,900 troops|count|10900|approximately|troops} in [Kursk|place:kursk].',
);
const KYIV = buildArticle(
  '[Zelenskyy|person:zelenskyy] said {12,000 soldiers|count|12000||soldiers} will reach [Kursk|place:kursk]. ' +
    '[Kim Yo Jong|person:kim yo jong] spoke in {2024|date|2024||}.',
);
const PYONGYANG = buildArticle('[Kim Jong Un|person:kim jong un] thanked [Zelensky|person:zelensky] in [Kharkiv|place:kharkiv].');

function sidecar(text: string, claims: [string, string, string?][], outlet?: string): SidecarData {
  return {
    version: 1,
    source: outlet ? { outlet } : undefined,
    annotations: claims.map(([id, quote, attribution]) => claimOver(text, quote, { id, text: `claim ${id}`, attribution })),
  };
}

const KOREA_TIMES_SIDECAR = sidecar(KOREA_TIMES.text, [['c-1', 'said at least 11,000 soldiers are in Kursk', 'NIS']], 'The Korea Times');
const JOONGANG_SIDECAR = sidecar(JOONGANG.text, [['c-2', 'Choi Sun-hee visited Russia']], 'Korea JoongAng Daily');

function seeded(): WorkspaceIndex {
  const index = new WorkspaceIndex();
  index.setArticle('kt.txt', KOREA_TIMES.text, KOREA_TIMES.recognition, KOREA_TIMES_SIDECAR);
  index.setArticle('ja.txt', JOONGANG.text, JOONGANG.recognition, JOONGANG_SIDECAR);
  index.setArticle('kyiv.txt', KYIV.text, KYIV.recognition);
  index.setArticle('py.txt', PYONGYANG.text, PYONGYANG.recognition);
  return index;
}

/** Everything the queries expose, in a comparable order. */
function snapshot(index: WorkspaceIndex): unknown {
  const entities = index
    .entities()
    .sort((a, b) => a.id.localeCompare(b.id))
    .map((e: MergedEntity) => ({
      id: e.id,
      canonical: e.canonical,
      spellings: e.spellings,
      mentions: e.mentions,
      claims: e.claims.map((c) => `${c.path}#${c.annotation.id}`).sort(),
      figures: e.figures.map((f) => `${f.path}@${f.figure.start}:${f.attribution ?? ''}`).sort(),
    }));
  const related = index
    .paths()
    .sort()
    .flatMap((path) =>
      (index.recognition(path)?.figures ?? []).map((figure) => {
        const ref = index.figureAt(path, figure.start);
        return ref ? index.relatedFigures(ref).map((r) => `${r.path}@${r.figure.start}`) : [];
      }),
    );
  const claims = index.claims().map((c) => `${c.path}#${c.annotation.id}:${c.entityKeys.join(',')}`).sort();
  return { entities, related, claims };
}

describe('workspace index', () => {
  it('merges romanization variants of one person across articles with every spelling', () => {
    const choe = seeded().findEntity('person:choe son hui');
    assert.ok(choe);
    assert.deepEqual([...choe.spellings].sort(), ['Choe', 'Choe Son-hui', 'Choi Sun-hee']);
    assert.equal(choe.canonical, 'Choe Son-hui');
    assert.deepEqual([...new Set(choe.mentions.map((m) => m.path))], ['ja.txt', 'kt.txt']);
  });

  it('keeps two members of one family apart', () => {
    const index = seeded();
    assert.notEqual(index.findEntity('Kim Jong Un')?.id, index.findEntity('Kim Yo Jong')?.id);
  });

  it('merges an acronym with its expansion and a transliteration with its variant', () => {
    const index = seeded();
    assert.equal(index.findEntity('NIS')?.id, index.findEntity('National Intelligence Service')?.id);
    assert.deepEqual(index.findEntity('Zelenskiy')?.spellings.sort(), ['Zelensky', 'Zelenskyy']);
  });

  it('lists the claims naming an entity through their span or their recorded keys', () => {
    const index = seeded();
    assert.deepEqual(index.findEntity('Choi Son Hui')?.claims.map((c) => c.annotation.id), ['c-2']);
    const withKey = sidecar(KYIV.text, [['c-3', 'will reach Kursk']]);
    withKey.annotations[0].entities = ['person:zelenskyy'];
    index.setSidecar('kyiv.txt', withKey);
    assert.deepEqual(index.findEntity('Zelensky')?.claims.map((c) => c.annotation.id), ['c-3']);
  });

  it('reports the figures in the same sentence as a mention, with the attribution of the claim around them', () => {
    const nis = seeded().findEntity('organization:nis');
    assert.deepEqual(
      nis?.figures.map((f) => [f.figure.text, f.attribution]),
      [['approximately 10,900 troops', undefined], ['at least 11,000 soldiers', 'NIS']],
    );
    assert.deepEqual(seeded().findEntity('Vladimir Putin')?.figures, []);
  });

  it('lists a figure recognized twice over the same span once, in text order', () => {
    const article = buildArticle('[NIS|organization:nis] counted {11,000|count|11000||} troops by {October|date|||} and {12,000|count|12000||} later.');
    const [first, date, second] = article.recognition.figures;
    // The same span again (as a count and as a measure, say), and the first figure once more.
    article.recognition.figures = [first, { ...first, type: 'measure' }, date, second, { ...first }];
    const index = new WorkspaceIndex();
    index.setArticle('a.txt', article.text, article.recognition);
    assert.deepEqual(
      index.findEntity('NIS')?.figures.map((f) => f.figure.text),
      ['11,000', 'October', '12,000'],
    );
  });

  it('finds entities and figures at an offset', () => {
    const index = seeded();
    assert.equal(index.entityAt('kt.txt', KOREA_TIMES.text.indexOf('Choe left') + 2)?.id, 'person:choe son hui');
    assert.equal(index.entityAt('kt.txt', KOREA_TIMES.text.indexOf(' met ') + 2), undefined);
    assert.equal(index.figureAt('kt.txt', KOREA_TIMES.text.indexOf('11,000'))?.figure.value, 11000);
  });

  it('relates troop counts of other sources that share a context entity, not dates', () => {
    const index = seeded();
    const ref = index.figureAt('kt.txt', KOREA_TIMES.text.indexOf('11,000'));
    assert.ok(ref);
    assert.deepEqual(
      index.relatedFigures(ref).map((r) => r.figure.text),
      ['approximately 10,900 troops', '12,000 soldiers'],
    );
    const date = index.figureAt('kyiv.txt', KYIV.text.indexOf('2024'));
    assert.ok(date);
    assert.deepEqual(index.relatedFigures(date), []);
  });

  it('splits a merged entity when the spelling that bridged two others is removed', () => {
    const index = new WorkspaceIndex();
    for (const [path, name] of [['a', 'Kharkiv'], ['b', 'Kharkov'], ['c', 'Kharkow']]) {
      const article = buildArticle(`In [${name}|place:${name.toLowerCase()}] today.`);
      index.setArticle(path, article.text, article.recognition);
    }
    assert.equal(index.entities().length, 1);
    index.removeArticle('b');
    assert.deepEqual(index.entities().map((e) => e.canonical).sort(), ['Kharkiv', 'Kharkow']);
  });

  it('tells listeners which article changed and stops after dispose', () => {
    const index = new WorkspaceIndex();
    const changes: IndexChange[] = [];
    const subscription = index.onDidChange((change) => changes.push(change));
    index.setArticle('kt.txt', KOREA_TIMES.text, KOREA_TIMES.recognition);
    index.setSidecar('kt.txt', KOREA_TIMES_SIDECAR);
    index.removeArticle('kt.txt');
    subscription.dispose();
    index.setArticle('ja.txt', JOONGANG.text, JOONGANG.recognition);
    assert.deepEqual(changes, [
      { path: 'kt.txt', kind: 'article' },
      { path: 'kt.txt', kind: 'sidecar' },
      { path: 'kt.txt', kind: 'remove' },
    ]);
  });

  it('equals a rebuild after any sequence of incremental updates', () => {
    const bridge = (name: string) => buildArticle(`[${name}|place:${name.toLowerCase()}] saw {5,000 troops|count|5000||troops} near [Kursk|place:kursk].`);
    const versions: Record<string, { text: string; recognition: ReturnType<typeof buildArticle>['recognition']; sidecar?: SidecarData }[]> = {
      'kt.txt': [{ ...KOREA_TIMES, sidecar: KOREA_TIMES_SIDECAR }, KOREA_TIMES],
      'ja.txt': [{ ...JOONGANG, sidecar: JOONGANG_SIDECAR }, PYONGYANG],
      'kyiv.txt': [KYIV, bridge('Kharkov')],
      'py.txt': [PYONGYANG, bridge('Kharkow')],
      'x.txt': [bridge('Kharkiv'), JOONGANG],
    };
    const paths = Object.keys(versions);
    const operation = fc.oneof(
      fc.record({ op: fc.constant('set' as const), path: fc.constantFrom(...paths), version: fc.nat(1) }),
      fc.record({ op: fc.constant('remove' as const), path: fc.constantFrom(...paths), version: fc.constant(0) }),
    );
    fc.assert(
      fc.property(fc.array(operation, { maxLength: 25 }), (operations) => {
        const incremental = new WorkspaceIndex();
        const final = new Map<string, number>();
        for (const { op, path, version } of operations) {
          if (op === 'remove') {
            incremental.removeArticle(path);
            final.delete(path);
          } else {
            const v = versions[path][version];
            incremental.setArticle(path, v.text, v.recognition);
            incremental.setSidecar(path, v.sidecar);
            final.set(path, version);
          }
        }
        const rebuilt = new WorkspaceIndex();
        for (const [path, version] of [...final].sort()) {
          const v = versions[path][version];
          rebuilt.setArticle(path, v.text, v.recognition, v.sidecar);
        }
        assert.deepEqual(snapshot(incremental), snapshot(rebuilt));
      }),
      { numRuns: 200 },
    );
  });
});
