// Claims and Entities views, hover cards and claim search on the fixture workspace (seed articles 000–003;
// 002 and 003 have sidecars; 003 spells "Choe Son-hui" where 000 writes "Choe Son Hui").
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { escapeMarkdown } from '../../src/core/recognition/describe-mention';
import type { ClaimGroupNode, ClaimNode, ClaimsTreeNode } from '../../src/extension/claims-tree';
import type { SourcemarkApi } from '../../src/extension/extension';
import { activateApi, fileInWorkspace, hoverText, indexedAgain, refreshesFromQuiet, waitFor } from './workspace-helpers';

const KOREA_TIMES_OCT = '003_3b85a8226ef5a039';
const KOREA_TIMES_NOV = '002_9b88effd1810f380';
const FIRST_SEED = '000_38dd43a7f4a69a66';
// The views name articles by headline (core/index/article-title.ts), not by the hash file names.
const TITLES: Record<string, string> = {
  [KOREA_TIMES_OCT]: 'N. Korean troops in Russia moving toward front lines with Ukraine: spy agency',
  [KOREA_TIMES_NOV]: 'S. Korean spy agency monitoring possible Russia visit by N. Korean leader',
  [FIRST_SEED]: 'North Korea’s Secret Talks with Putin: What’s Really Going On Between the Two…',
};

function groups(api: SourcemarkApi): ClaimGroupNode[] {
  return api.claimsTree.getChildren().filter((node): node is ClaimGroupNode => node.kind === 'group');
}

function claimsOf(api: SourcemarkApi, group: ClaimGroupNode): ClaimNode[] {
  return api.claimsTree.getChildren(group) as ClaimNode[];
}

function label(api: SourcemarkApi, node: ClaimsTreeNode): string {
  const item = api.claimsTree.getTreeItem(node);
  return typeof item.label === 'string' ? item.label : item.label?.label ?? '';
}

describe('Navigating claims and entities', () => {
  let api: SourcemarkApi;

  before(async () => {
    api = await activateApi();
    await api.indexReady;
    await api.settled();
    // Sidecars load in parallel with the index; wait until both fixture sidecars reached the tree.
    await waitFor('the fixture claims in the Claims view', () => groups(api).length >= 2);
  });

  afterEach(async () => {
    api.claimsTree.setGrouping('article');
    api.claimsTree.setFilter('');
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('lists the sidecar claims grouped by article, with outlet, date and grade', () => {
    const byLabel = new Map(groups(api).map((group) => [group.label, group]));
    const october = byLabel.get(TITLES[KOREA_TIMES_OCT]);
    assert.ok(october, `a group for ${KOREA_TIMES_OCT} in ${[...byLabel.keys()].join(', ')}`);
    assert.equal(api.claimsTree.getTreeItem(october).description, 'The Korea Times · 2024-10-29 · B3 · 3');
    assert.deepEqual(
      claimsOf(api, october).map((node) => label(api, node)),
      [
        'At least 3,000 North Korean troops are in the Kursk front-line region.',
        'The North is likely to deploy around 10,900 soldiers in total by December.',
        'Zelenskyy expects 12,000 North Korean soldiers on Russian territory soon.',
      ],
    );
    const zelenskyy = api.claimsTree.getTreeItem(claimsOf(api, october)[2]);
    assert.equal(zelenskyy.description, 'Volodymyr Zelenskyy · 12,000');
    assert.equal(zelenskyy.contextValue, 'claim');
    assert.ok(byLabel.has(TITLES[KOREA_TIMES_NOV]), 'the other sidecar has a group too');
    assert.ok(!groups(api).some((group) => group.id === `article:${fileInWorkspace(`${FIRST_SEED}.txt`).fsPath}`), 'articles without claims have no group');
  });

  it('selects the exact quote when a claim is activated', async () => {
    const october = groups(api).find((group) => group.label === TITLES[KOREA_TIMES_OCT]);
    assert.ok(october);
    const node = claimsOf(api, october)[0];
    const command = api.claimsTree.getTreeItem(node).command;
    assert.ok(command, 'claim items open on click');
    await vscode.commands.executeCommand(command.command, ...(command.arguments ?? []));
    const editor = await waitFor('the article editor', () =>
      vscode.window.activeTextEditor?.document.uri.fsPath === fileInWorkspace(`${KOREA_TIMES_OCT}.txt`).fsPath ? vscode.window.activeTextEditor : undefined,
    );
    const quote = 'at least 3,000 North Korean troops';
    const start = editor.document.getText().indexOf(quote);
    assert.ok(start > 0);
    const expected = new vscode.Range(editor.document.positionAt(start), editor.document.positionAt(start + quote.length));
    assert.ok(editor.selection.isEqual(expected), `selection ${JSON.stringify(editor.selection)} is the quote at ${start}`);
    assert.equal(api.claimsTree.getParent(node), october, 'getParent leads back to the group (reveal needs it)');
  });

  it('groups by tag and filters, offering to clear the filter', () => {
    api.claimsTree.setGrouping('tag');
    const tags = groups(api).map((group) => group.label);
    assert.ok(tags.includes('#troops') && tags.includes('#weapons') && tags.includes('#forecast'), tags.join(', '));
    api.claimsTree.setFilter('zelenskyy russian');
    const roots = api.claimsTree.getChildren();
    assert.equal(roots[0].kind, 'clearFilter', 'the first row clears the filter');
    const shown = groups(api).flatMap((group) => claimsOf(api, group).map((node) => node.claim.annotation.id));
    assert.deepEqual([...new Set(shown)], ['c-y33krf']);
    assert.equal(api.claimsTree.description, 'by tag · “zelenskyy russian”');
  });

  it('copies a claim as a citation', async () => {
    const october = groups(api).find((group) => group.label === TITLES[KOREA_TIMES_OCT]);
    assert.ok(october);
    await vscode.commands.executeCommand('sourcemark.copyCitation', claimsOf(api, october)[0]);
    assert.equal(await vscode.env.clipboard.readText(), '“at least 3,000 North Korean troops” — The Korea Times, 2024-10-29');
  });

  it('hovers "Choe Son-hui" with one card listing the spelling "Choe Son Hui" of another article', async () => {
    const document = await vscode.workspace.openTextDocument(fileInWorkspace(`${KOREA_TIMES_OCT}.txt`));
    await vscode.window.showTextDocument(document);
    const offset = document.getText().indexOf('Choe Son-hui') + 2;
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, document.positionAt(offset));
    const text = hoverText(hovers);
    assert.match(text, /Spellings: .*Choe Son Hui/, text);
    // Named by headline, as the views name it (other suites' copies of the seed add their file names).
    assert.ok(text.includes(`[${escapeMarkdown(TITLES[FIRST_SEED])}`), `the card counts the mentions in ${FIRST_SEED}: ${text}`);
    assert.ok(text.includes('command:sourcemark.searchClaims'), 'the card links to the claim search');
    assert.equal(hovers.filter((hover) => hoverText([hover]).includes('— person')).length, 1, 'one hover names the type');
  });

  it('hovers a figure with its value and qualifier', async () => {
    const document = await vscode.workspace.openTextDocument(fileInWorkspace(`${KOREA_TIMES_OCT}.txt`));
    await vscode.window.showTextDocument(document);
    const offset = document.getText().indexOf('at least 3,000') + 10;
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, document.positionAt(offset));
    const text = hoverText(hovers);
    assert.ok(text.includes('value **3,000** · qualifier *at least*'), text);
  });

  it('finds a claim by a misspelled name, as the quick pick does', () => {
    const items = api.searchClaims('zelenskiy');
    assert.equal(items[0]?.hit.claim.annotation.id, 'c-y33krf', items.map((item) => item.label).join('\n'));
    assert.ok(items.every((item) => item.alwaysShow), 'VS Code must not filter the ranked results again');
  });

  it('reveals an entity of a hover card in the Entities view', async () => {
    const entity = api.index.findEntity('Choe Son-hui');
    assert.ok(entity);
    await vscode.commands.executeCommand('sourcemark.showEntityMentions', entity.id);
    const node = api.entitiesTree.find(entity.id);
    assert.ok(node, 'the entity has a node');
    const mentions = await api.entitiesTree.getChildren(node);
    const item = api.entitiesTree.getTreeItem(mentions[0]);
    assert.equal(item.label, TITLES[FIRST_SEED]);
    assert.match(String(item.description), /Choe Son Hui/);
    assert.match(String(api.entitiesTree.getTreeItem(node).description), /Choe Son Hui · Choe Son-hui|Choe Son-hui · Choe Son Hui/);
  });

  it('indexes an article created on disk by itself, and forgets it when deleted', async () => {
    const uri = fileInWorkspace('new-article.txt');
    const changed: string[] = [];
    const subscription = api.index.onDidChange((change) => changed.push(change.path));
    try {
      await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode('Foreign Minister Choe Son Hui met Sergei Lavrov in Moscow on Monday.\n'));
      await waitFor('the new article in the index', () => api.index.paths().includes(uri.fsPath));
      assert.ok(api.index.findEntity('Choe Son Hui')?.mentions.some((mention) => mention.path === uri.fsPath));
      await vscode.workspace.fs.delete(uri);
      await waitFor('the deleted article to leave the index', () => !api.index.paths().includes(uri.fsPath));
      assert.deepEqual([...new Set(changed)], [uri.fsPath], 'no other article was re-indexed');
    } finally {
      subscription.dispose();
    }
  });

  it('re-indexes an open article shortly after an edit, from the live text', async () => {
    const document = await vscode.workspace.openTextDocument(fileInWorkspace(`${KOREA_TIMES_OCT}.txt`));
    const editor = await vscode.window.showTextDocument(document);
    const before = api.index.findEntity('Choe Son-hui')?.mentions.length ?? 0;
    await editor.edit((edit) => edit.insert(new vscode.Position(0, 0), 'Choe Son-hui arrived in Moscow. '));
    await waitFor('the typed mention in the index', () => (api.index.findEntity('Choe Son-hui')?.mentions.length ?? 0) > before);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });

  it('leaves the Claims view alone when an edit re-indexes an article but no row reads differently', async () => {
    groups(api); // the view's rows exist
    const refreshes = await refreshesFromQuiet(api.claimsTree.onDidChangeTreeData);
    try {
      const uri = fileInWorkspace(`${FIRST_SEED}.txt`);
      const editor = await vscode.window.showTextDocument(uri);
      const end = editor.document.lineAt(editor.document.lineCount - 1).range.end;
      // Typing after every claim: the index changes (a new mention), the claims do not.
      const indexed = indexedAgain(api, uri);
      await editor.edit((edit) => edit.insert(end, '\nChoe Son-hui arrived in Pyongyang.'));
      await indexed;
      // Past the tree's refresh delay.
      await new Promise((resolve) => setTimeout(resolve, 1500));
      assert.equal(refreshes.count, 0, 'no refresh: a click on a row would land on a disposed command');
      await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
      // A real change (the filter) still refreshes.
      api.claimsTree.setFilter('NIS');
      assert.ok(refreshes.count > 0);
    } finally {
      refreshes.dispose();
    }
  });

  it('leaves the Entities view alone when an edit moves the mentions on screen, and their rows still open them', async () => {
    const refreshes = await refreshesFromQuiet(api.entitiesTree.onDidChangeTreeData);
    try {
      // The rows on screen, as the view draws them: Choe Son Hui's row expanded to its mentions.
      const uri = fileInWorkspace(`${FIRST_SEED}.txt`);
      const choe = api.entitiesTree.find('Choe Son Hui');
      assert.ok(choe, 'Choe Son Hui has a row');
      await api.entitiesTree.getChildren();
      await api.entitiesTree.getChildren(choe.parent);
      const rows = await api.entitiesTree.getChildren(choe);
      const row = rows.find((node) => node.kind === 'mention' && node.mention.path === uri.fsPath);
      assert.ok(row && row.kind === 'mention', `a mention in ${FIRST_SEED}`);
      const command = api.entitiesTree.getTreeItem(row).command;
      assert.ok(command, 'mention rows open on click');
      const editor = await vscode.window.showTextDocument(uri);
      // A blank line above the mention's paragraph: every offset after it moves, no row reads differently.
      const line = editor.document.positionAt(row.mention.start).line;
      assert.ok(line > 0, 'the mention is below the headline');
      const indexed = indexedAgain(api, uri);
      await editor.edit((edit) => edit.insert(new vscode.Position(line, 0), '\n'));
      await indexed;
      // Past the tree's refresh delay.
      await new Promise((resolve) => setTimeout(resolve, 1500));
      assert.equal(refreshes.count, 0, 'no refresh: a click on a row would land on a disposed command');
      // The row drawn before the edit opens the mention where it is now.
      await vscode.commands.executeCommand(command.command, ...(command.arguments ?? []));
      const opened = await waitFor('the article with a selection', () => {
        const active = vscode.window.activeTextEditor;
        return active?.document.uri.fsPath === uri.fsPath && !active.selection.isEmpty ? active : undefined;
      });
      assert.equal(opened.document.offsetAt(opened.selection.start), row.mention.start + 1);
      assert.equal(opened.document.getText(opened.selection), row.mention.text);
      // A new mention of the entity changes its row's count: that refreshes (boilerplate at the end is not read).
      const paragraph = new vscode.Position(line + 1, 0);
      const retyped = indexedAgain(api, uri);
      assert.ok(await opened.edit((edit) => edit.insert(paragraph, 'Choe Son Hui arrived in Pyongyang. ')), 'the edit applies');
      await retyped;
      await waitFor('the view refreshed for the new mention', () => refreshes.count > 0 || undefined);
    } finally {
      refreshes.dispose();
      await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    }
  });
});
