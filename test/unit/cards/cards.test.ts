import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { CardLinks } from '../../../src/core/cards/card-links';
import { entityCard } from '../../../src/core/cards/entity-card';
import { figureCard } from '../../../src/core/cards/figure-card';
import { WorkspaceIndex } from '../../../src/core/index/workspace-index';
import { escapeMarkdown } from '../../../src/core/recognition/describe-mention';
import { recognize } from '../../../src/core/recognition/recognize';
import { SidecarData } from '../../../src/core/sidecar/annotation';
import { claimOver } from '../index/build-article';

const SEEDS = path.join(__dirname, '../../../../seeds');
const JOONGANG = '000_38dd43a7f4a69a66.txt';
const KOREA_TIMES_NOV = '002_9b88effd1810f380.txt';
const KOREA_TIMES_OCT = '003_3b85a8226ef5a039.txt';

const links: CardLinks = {
  showMentions: (entity) => `command:mentions?${entity.id}`,
  searchClaims: (entity) => `command:search?${entity.id}`,
  addClaim: (entity) => `command:add?${entity.id}`,
  openFigure: (figure) => `command:open?${figure.path}#${figure.figure.start}`,
};

function seed(file: string): string {
  return readFileSync(path.join(SEEDS, file), 'utf8');
}

/** A sidecar with claims given as [quote, claim text, attribution]. */
function sidecarWith(text: string, outlet: string, claims: [string, string, string][]): SidecarData {
  return {
    version: 1,
    source: { outlet },
    annotations: claims.map(([quote, claim, attribution], i) => claimOver(text, quote, { id: `c-${i}`, text: claim, attribution })),
  };
}

function seedIndex(): WorkspaceIndex {
  const index = new WorkspaceIndex();
  const joongang = seed(JOONGANG);
  index.setArticle(
    JOONGANG,
    joongang,
    recognize(joongang),
    sidecarWith(joongang, 'Korea JoongAng Daily', [['approximately 11,000 North Korean soldiers', 'About 11,000 troops trained in Russia', 'NIS']]),
  );
  const november = seed(KOREA_TIMES_NOV);
  index.setArticle(KOREA_TIMES_NOV, november, recognize(november), { version: 1, source: { outlet: 'The Korea Times' }, annotations: [] });
  const october = seed(KOREA_TIMES_OCT);
  index.setArticle(
    KOREA_TIMES_OCT,
    october,
    recognize(october),
    sidecarWith(october, 'The Korea Times', [
      ['at least 3,000 North Korean troops', 'At least 3,000 troops in Kursk', 'NIS'],
      ["Choe Son-hui's visit to Russia", 'Choe went to *Russia* [again] to coordinate', 'a senior unification ministry official'],
    ]),
  );
  return index;
}

describe('hover cards', () => {
  it('shows every spelling of a person seen across the seed articles, with mentions per article', () => {
    const index = seedIndex();
    const text = seed(KOREA_TIMES_NOV);
    const choe = index.entityAt(KOREA_TIMES_NOV, text.indexOf('Choe Son-hui') + 1);
    assert.ok(choe);
    const card = entityCard(choe, index, links);
    assert.ok(card.startsWith(`**${escapeMarkdown('Choe Son-hui')}** — person`), card);
    for (const spelling of ['Choe Son Hui', 'Choe Son-hui', 'Choe']) assert.ok(card.includes(escapeMarkdown(spelling)), spelling);
    assert.match(card, /Mentions\*\* — \d+ in 3 articles/);
    assert.ok(card.includes(`${escapeMarkdown('002_9b88effd1810f380')} (The Korea Times): `));
  });

  it('lists the claims naming an entity with their attribution, and the command links', () => {
    const index = seedIndex();
    const text = seed(KOREA_TIMES_OCT);
    const choe = index.entityAt(KOREA_TIMES_OCT, text.indexOf('Choe Son-hui'));
    assert.ok(choe);
    const card = entityCard(choe, index, links);
    assert.ok(card.includes(`- ${escapeMarkdown('Choe went to *Russia* [again] to coordinate')} — a senior unification ministry official, The Korea Times`), card);
    assert.ok(card.includes('[Show all mentions](command:mentions?person:choe son hui)'.replace(' son hui', '%20son%20hui')), card);
    assert.ok(card.includes('[Add claim](command:add?'));
  });

  it('escapes Markdown in analyst text', () => {
    const index = seedIndex();
    const choe = index.findEntity('Choi Sun-hee');
    assert.ok(choe);
    const card = entityCard(choe, index, links);
    assert.ok(card.includes('Choe went to \\*Russia\\* \\[again\\] to coordinate'), card);
    assert.ok(!card.includes('*Russia*'));
  });

  it('compares a troop count with the counts other sources give', () => {
    const index = seedIndex();
    const text = seed(JOONGANG);
    const figure = index.figureAt(JOONGANG, text.indexOf('approximately 11,000'));
    assert.ok(figure);
    const card = figureCard(figure, index, links);
    assert.ok(card.startsWith('**approximately 11,000** — count'), card);
    assert.ok(card.includes('| 11,000 | approximately | soldiers |'));
    assert.ok(card.includes(escapeMarkdown('approximately 11,000 (NIS, Korea JoongAng Daily) vs ')), card);
    assert.ok(card.includes(escapeMarkdown('at least 3,000 (NIS, The Korea Times)')), card);
    assert.ok(card.includes(`(command:open?${KOREA_TIMES_OCT}#${seed(KOREA_TIMES_OCT).indexOf('at least 3,000')})`), card);
  });
});
