import * as assert from 'node:assert/strict';
import { WorkspaceIndex } from '../../../src/core/index/workspace-index';
import { ClaimSearch } from '../../../src/core/search/claim-search';
import { SidecarData } from '../../../src/core/sidecar/annotation';
import { buildArticle, claimOver } from '../index/build-article';

const TIMES = buildArticle(
  'Foreign Minister [Choe Son-hui|person:choe son hui] met [Sergey Lavrov|person:sergey lavrov] in [Moscow|place:moscow]. ' +
    'Leader [Kim Jong-un|person:kim jong un] may visit [Russia|place:russia] next year.',
);
const HERALD = buildArticle('[Choi Sun-hee|person:choi sun hee] praised the treaty. Artillery shells were shipped from [Rason|place:rason].');
const OTHER = buildArticle('[Kim Yo Jong|person:kim yo jong] condemned the leaflets.');

function sidecar(text: string, outlet: string, claims: [string, string, string][]): SidecarData {
  return {
    version: 1,
    source: { outlet },
    annotations: claims.map(([id, quote, claim]) => claimOver(text, quote, { id, text: claim, attribution: 'NIS', tags: ['diplomacy'] })),
  };
}

function build(): { index: WorkspaceIndex; search: ClaimSearch } {
  const index = new WorkspaceIndex();
  index.setArticle('times.txt', TIMES.text, TIMES.recognition, sidecar(TIMES.text, 'The Korea Times', [
    ['t1', 'Choe Son-hui met Sergey Lavrov', 'The foreign minister held talks in Moscow'],
    ['t2', 'Kim Jong-un may visit Russia', 'A summit visit is being prepared'],
  ]));
  index.setArticle('herald.txt', HERALD.text, HERALD.recognition, sidecar(HERALD.text, 'Korea Herald', [
    ['h1', 'Artillery shells were shipped', 'Munitions shipments continue by rail'],
  ]));
  index.setArticle('other.txt', OTHER.text, OTHER.recognition, sidecar(OTHER.text, 'NK News', [
    ['o1', 'Kim Yo Jong condemned the leaflets', 'Leaflet campaign condemned'],
  ]));
  return { index, search: new ClaimSearch(index) };
}

const ids = (hits: { claim: { annotation: { id: string } } }[]) => hits.map((hit) => hit.claim.annotation.id);

describe('claim search', () => {
  it('finds a hyphenated name typed with spaces', () => {
    assert.equal(ids(build().search.search('choe son hui'))[0], 't1');
  });

  it('finds a name typed without its hyphen', () => {
    assert.equal(ids(build().search.search('kim jongun'))[0], 't2');
  });

  it('finds claims about an entity under another romanization through the alias table', () => {
    const [hit] = build().search.search('Choi Sun-hee');
    // The Times claim only says Choe Son-hui; the Herald article, not the claim, spells her Choi Sun-hee.
    assert.equal(hit.claim.annotation.id, 't1');
    const entities = hit.matches.find((m) => m.field === 'entities');
    assert.deepEqual(entities?.ranges.map(([s, e]) => entities.value.slice(s, e)), ['Choe', 'Son', 'hui', 'Choi', 'Sun', 'hee']);
  });

  it('tolerates one- and two-edit typos', () => {
    const { search } = build();
    assert.equal(ids(search.search('munitons'))[0], 'h1');
    assert.equal(ids(search.search('munitoins shipmnets'))[0], 'h1');
    assert.equal(ids(search.search('artilery'))[0], 'h1');
  });

  it('completes the word being typed', () => {
    assert.equal(ids(build().search.search('lavr'))[0], 't1');
  });

  it('completes the word being typed to a rare word among the claims its other words reach', () => {
    // Sixty claims name convoys; thirteen commoner ship- words would fill every candidate place if
    // the rare completion "shipmaster" had to compete with them on its own.
    const shipWords = ['shipping', 'shipped', 'shipment', 'shipments', 'shipyard', 'shipyards', 'ships', 'shipper', 'shippers', 'shipbuilding', 'shipowner', 'shipload', 'shipwreck'];
    const sentences = [
      ...Array.from({ length: 60 }, (_, n) => `Convoy ${n} left the port.`),
      'The convoy carried a shipmaster.',
      ...shipWords.flatMap((word) => [`Reports of ${word} one.`, `Reports of ${word} two.`]),
    ];
    const text = sentences.join(' ');
    const index = new WorkspaceIndex();
    index.setArticle('wire.txt', text, { entities: [], figures: [] }, {
      version: 1,
      annotations: sentences.map((sentence, n) => claimOver(text, sentence, { id: `w${n}`, text: sentence })),
    });
    assert.equal(ids(new ClaimSearch(index).search('convoy ship'))[0], 'w60');
  });

  it('does not return the leader for his sister', () => {
    assert.deepEqual(ids(build().search.search('kim yo jong')).slice(0, 1), ['o1']);
  });

  it('treats search operators as plain text', () => {
    const { search } = build();
    assert.equal(ids(search.search('=Kim Jong-un'))[0], 't2');
    assert.equal(ids(search.search("!russia 'visit"))[0], 't2');
  });

  it('reports the ranges to highlight in each matching field', () => {
    const [hit] = build().search.search('Choi Sun-hee Moscow');
    const text = hit.matches.find((m) => m.field === 'text');
    assert.deepEqual(text?.ranges.map(([s, e]) => text.value.slice(s, e)), ['Moscow']);
    const quote = hit.matches.find((m) => m.field === 'quote');
    assert.deepEqual(quote?.ranges.map(([s, e]) => quote.value.slice(s, e)), ['Choe', 'Son', 'hui']);
  });

  it('follows the index when one article changes or goes away', () => {
    const { index, search } = build();
    index.setSidecar('herald.txt', sidecar(HERALD.text, 'Korea Herald', [['h2', 'Artillery shells were shipped', 'Rail deliveries of ammunition']]));
    assert.deepEqual(ids(search.search('munitions')), []);
    assert.equal(ids(search.search('ammunition'))[0], 'h2');
    index.removeArticle('herald.txt');
    assert.deepEqual(ids(search.search('ammunition')), []);
    search.dispose();
    index.setArticle('herald.txt', HERALD.text, HERALD.recognition, sidecar(HERALD.text, 'Korea Herald', [['h3', 'Artillery shells were shipped', 'ammunition']]));
    assert.deepEqual(ids(search.search('ammunition')), []);
  });
});
