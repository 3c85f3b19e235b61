import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { CardLinks } from '../../../src/core/cards/card-links';
import { entityCard } from '../../../src/core/cards/entity-card';
import { figureCard } from '../../../src/core/cards/figure-card';
import { WorkspaceIndex } from '../../../src/core/index/workspace-index';
import { annotationCard } from '../../../src/core/cards/annotation-card';
import { figureWithSource } from '../../../src/core/cards/source-label';
import { codeSpan, escapeMarkdown } from '../../../src/core/recognition/describe-mention';
import { recognize } from '../../../src/core/recognition/recognize';
import { Annotation, SidecarData } from '../../../src/core/sidecar/annotation';
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
  openMention: (mention) => `command:mention?${mention.path}#${mention.start}`,
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
    assert.match(card, /\d+ mentions in 3 articles · \d+ claims?/);
    // Articles are named by headline as the views name them, linked to the first mention, the file name as tooltip.
    const headline = escapeMarkdown('S. Korean spy agency monitoring possible Russia visit by N. Korean leader');
    assert.ok(card.includes(`- [${headline}](command:mention?${KOREA_TIMES_NOV}#${text.indexOf('Choe Son')} "${KOREA_TIMES_NOV}") (The Korea Times): `), card);
    assert.ok(!card.replace(/ "[^"]*"\)/g, ')').replace(/\(command:[^)]*\)/g, '').includes('9b88effd'), 'no file name outside tooltips and links');
  });

  it('lists the articles naming an entity most first', () => {
    const index = seedIndex();
    const choe = index.findEntity('Choe Son-hui');
    assert.ok(choe);
    const mentions = entityCard(choe, index, links).split('**Mentions**')[1].split('\n\n**')[0];
    const counts = [...mentions.matchAll(/: (\d+)$/gm)].map((m) => Number(m[1]));
    assert.ok(counts.length >= 3, mentions);
    assert.deepEqual(counts, [...counts].sort((a, b) => b - a), mentions);
  });

  it('adds the file name to a headline two articles share', () => {
    const text = 'Troops arrive in Kursk\n\nThe NIS said troops arrived in Kursk on Monday.';
    const index = new WorkspaceIndex();
    index.setArticle('/w/a.txt', text, recognize(text));
    index.setArticle('/w/b.txt', text, recognize(text));
    const nis = index.findEntity('NIS');
    assert.ok(nis);
    const card = entityCard(nis, index, links);
    assert.ok(card.includes(`- [${escapeMarkdown('Troops arrive in Kursk · a.txt')}](`), card);
    assert.ok(card.includes(`- [${escapeMarkdown('Troops arrive in Kursk · b.txt')}](`), card);
  });

  it('lists a figure the text repeats beside the name once, with its count', () => {
    const text = 'Kursk\n\nThe NIS met on Nov. 4 in Seoul.\n\nThe NIS met on Nov. 4 in Seoul.\n\nThe NIS counted 11,000 troops.';
    const index = new WorkspaceIndex();
    index.setArticle('/w/a.txt', text, recognize(text), { version: 1, source: { outlet: 'Yonhap' }, annotations: [] });
    const nis = index.findEntity('NIS');
    assert.ok(nis && nis.figures.length === 3, JSON.stringify(nis?.figures.map((f) => f.figure.text)));
    const nearby = entityCard(nis, index, links).split('**Figures nearby**')[1].trim().split('\n');
    assert.deepEqual(nearby, [
      `- [Nov\\. 4](command:open?/w/a.txt#${text.indexOf('Nov. 4')} "a.txt") — Yonhap (2 times)`,
      `- [11,000](command:open?/w/a.txt#${text.indexOf('11,000')} "a.txt") — Yonhap`,
    ]);
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
    assert.ok(card.startsWith('**approximately 11,000** — count\n\nvalue **11,000** · qualifier *approximately* · unit *soldiers*\n'), card);
    assert.ok(card.includes(`Other sources: ${escapeMarkdown('approximately 11,000 (NIS, Korea JoongAng Daily) vs ')}`), card);
    const start = seed(KOREA_TIMES_OCT).indexOf('at least 3,000');
    assert.ok(card.includes(`- [at least 3,000](command:open?${KOREA_TIMES_OCT}#${start} "${KOREA_TIMES_OCT}") — NIS, The Korea Times\n`), card);
  });
});

describe('hover card layout', () => {
  it('leads an entity card with name and type, spellings and reach, then the links, details after', () => {
    const index = seedIndex();
    const choe = index.findEntity('Choe Son-hui');
    assert.ok(choe);
    const [facts, details] = entityCard(choe, index, links).split('\n---\n');
    const lines = facts.split('\n').filter(Boolean);
    assert.match(lines[0], /^\*\*.+\*\* — person$/);
    assert.match(lines[1], /^Spellings: /);
    assert.match(lines[2], /^\d+ mentions in \d+ articles · \d+ claims?/);
    assert.match(lines[3], /^\[Show all mentions\]/);
    assert.ok(details.includes('**Mentions**'), details);
  });

  it('does not repeat the qualifier of a figure without a normalized value ("late October")', () => {
    const text = 'Troops were expected to be deployed to Kursk by late October, the NIS said.';
    const index = new WorkspaceIndex();
    index.setArticle('/w/a.txt', text, recognize(text), { version: 1, source: { outlet: 'Yonhap' }, annotations: [] });
    const figure = index.figureAt('/w/a.txt', text.indexOf('late October'));
    assert.ok(figure && figure.figure.value === null && figure.figure.qualifier === 'late', JSON.stringify(figure?.figure));
    const label = figureWithSource(figure, index);
    assert.ok(label.startsWith('late October ('), label);
    assert.ok(!label.includes('late late'), label);
  });

  it('says why a figure has no value: a vague count has no exact number, a relative date no calendar value', () => {
    const text = 'Dozens of drones struck the port last week, the navy said.';
    const index = new WorkspaceIndex();
    index.setArticle('/w/b.txt', text, recognize(text), { version: 1, source: { outlet: 'Yonhap' }, annotations: [] });
    const count = index.figureAt('/w/b.txt', text.indexOf('Dozens'));
    const date = index.figureAt('/w/b.txt', text.indexOf('last week'));
    assert.ok(count && count.figure.value === null && date && date.figure.value === null, JSON.stringify([count?.figure, date?.figure]));
    assert.ok(figureCard(count, index, links).includes('*no exact number* · unit *drones*'), figureCard(count, index, links));
    assert.ok(figureCard(date, index, links).includes('*no calendar value*'), figureCard(date, index, links));
    assert.ok(!figureCard(count, index, links).includes('not normalized'));
  });
});

describe('Markdown from analyst data', () => {
  const hostile: Annotation = {
    id: 'c-abc`](command:sourcemark.deleteAnnotation?%5B%5D)`',
    kind: 'claim',
    text: 'Troops $(trash) [moved](command:sourcemark.deleteAnnotation)',
    attribution: 'NIS',
    tags: ['troops_counts', 'a`b'],
    created: '2026-11-25T12:00:00Z',
    updated: '2026-11-25T12:00:00Z',
    target: { quote: 'q', prefix: '', suffix: '', start: 0, end: 1 },
  };
  const annotationLinks = { edit: 'command:edit?%5B%22x)%22%5D', retag: 'command:retag', delete: 'command:delete', openSidecar: 'command:sidecar' };

  it('shows ids and tags literally in code spans, and lets no sidecar text form a link or an icon', () => {
    const card = annotationCard(hostile, { outlet: 'Yonhap', reliability: 'B', credibility: 2 }, annotationLinks);
    // The only links are the card's four actions: count link openings outside code spans.
    const outsideCode = card.replace(/(`+)[\s\S]*?\1/g, '');
    assert.equal(outsideCode.match(/\]\(/g)?.length, 4, card);
    assert.ok(card.includes(codeSpan(hostile.id)), card);
    assert.ok(card.includes('``#a`b``'), card);
    assert.ok(card.includes('`#troops_counts`'), 'no backslash inside a code span');
    assert.ok(card.includes('\\$\\(trash\\)'), 'the icon syntax in analyst text is escaped');
    assert.ok(card.includes('(command:edit?%5B%22x%29%22%5D)'), 'a parenthesis in a link target is encoded');
  });

  it('leads the claim card with the claim, its attribution and the source grade', () => {
    const lines = annotationCard({ ...hostile, id: 'c-abc123', text: 'About 11,000 troops' }, { reliability: 'B', credibility: 2 }, annotationLinks).split('\n').filter(Boolean);
    assert.equal(lines[0], '$(comment-discussion) Claim: **About 11,000 troops**');
    assert.match(lines[1], /^— \*NIS\* · source grade B2 \\\(usually reliable, probably true\\\)$/);
  });

  it('fences a code span around any run of backticks', () => {
    assert.equal(codeSpan('c-abc123'), '`c-abc123`');
    assert.equal(codeSpan('a`b'), '``a`b``');
    assert.equal(codeSpan('`x'), '`` `x ``');
  });
});
