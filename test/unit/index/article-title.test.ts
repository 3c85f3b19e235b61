import * as assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import * as path from 'node:path';
import { articleName } from '../../../src/core/index/article-name';
import { articleTitle } from '../../../src/core/index/article-title';
import { WorkspaceIndex } from '../../../src/core/index/workspace-index';

const seeds = path.resolve(__dirname, '../../../../seeds');
const seedText = (name: string) => readFileSync(path.join(seeds, name), 'utf8');

describe('articleTitle', () => {
  it('takes a headline on the first line', () => {
    assert.equal(
      articleTitle(seedText('000_38dd43a7f4a69a66.txt')),
      'North Korea’s Secret Talks with Putin: What’s Really Going On Between the Two…',
    );
  });

  it('finds the headline of a scraped page past its menus and share buttons', () => {
    assert.equal(articleTitle(seedText('002_9b88effd1810f380.txt')), 'S. Korean spy agency monitoring possible Russia visit by N. Korean leader');
    assert.equal(articleTitle(seedText('003_3b85a8226ef5a039.txt')), 'N. Korean troops in Russia moving toward front lines with Ukraine: spy agency');
  });

  it('falls back to the first sentence, shortened, when the article starts with its body', () => {
    const title = articleTitle('The NIS said on Thursday that troops moved. They were seen in Kursk.\nMore text follows here.');
    assert.equal(title, 'The NIS said on Thursday that troops moved.');
    const long = articleTitle(seedText('001_df325ce8335b07e1.txt'));
    assert.ok(long && long.length <= 80 && long.endsWith('…'), long);
    assert.ok(long.startsWith('South Korea’s National Intelligence Service (NIS) has revealed'), long);
  });

  it('strips a Markdown heading mark and skips list items', () => {
    assert.equal(articleTitle('- one two three\n* four five six\n# Troops reach the Kursk front\n\nBody.'), 'Troops reach the Kursk front');
  });

  it('has no title for empty or wordless text', () => {
    assert.equal(articleTitle(''), undefined);
    assert.equal(articleTitle('1 2 3\n\n•\n'), undefined);
  });

  it('gives every seed a distinct readable name', () => {
    const names = readdirSync(seeds).filter((name) => name.endsWith('.txt')).map((name) => articleName(name, seedText(name)));
    assert.equal(new Set(names).size, names.length, names.join('\n'));
    for (const name of names) assert.doesNotMatch(name, /^\d{3}_[0-9a-f]{16}$/);
  });
});

describe('articleName', () => {
  it('is the file name without extension when no text is given or the text has no title', () => {
    assert.equal(articleName('/w/003_kursk.txt'), '003_kursk');
    assert.equal(articleName('C:\\w\\kursk.md', ''), 'kursk');
  });
});

describe('WorkspaceIndex.articleTitle', () => {
  it('names an indexed article by its headline and keeps the file name for search and the CLI', () => {
    const index = new WorkspaceIndex();
    const text = seedText('002_9b88effd1810f380.txt');
    index.setArticle('/w/002_9b88effd1810f380.txt', text, { entities: [], figures: [] });
    assert.equal(index.articleTitle('/w/002_9b88effd1810f380.txt'), 'S. Korean spy agency monitoring possible Russia visit by N. Korean leader');
    assert.equal(index.articleTitle('/w/missing.txt'), undefined);
  });
});
