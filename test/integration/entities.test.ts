// Analyst-controlled entities in a real VS Code: a decision taken in the Entities view shows at once in the
// view, the hover and the claim search, and lives in .sourcemark/entities.yaml.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { SourcemarkApi } from '../../src/extension/extension';
import { activateApi, fileInWorkspace, hoverText, waitFor } from './workspace-helpers';

// A story not in the seeds: Ukraine's intelligence chief in two romanizations the variant matcher keeps apart.
const KYIV = "KYIV — Ukraine's military intelligence chief Kyrylo Budanov said on Monday that Russia had moved 5,000 troops.\n";
const MOSCOW = "MOSCOW — Kirill Budanov, the head of Ukraine's HUR, told reporters that 5,000 troops had moved to the border.\n";
const QUOTE = 'Kyrylo Budanov said on Monday that Russia had moved 5,000 troops';

function sidecarFor(text: string): string {
  const start = text.indexOf(QUOTE);
  return [
    'version: 1',
    'annotations:',
    '  - id: c-bud001',
    '    kind: claim',
    '    text: Russia moved 5,000 troops, says the HUR chief.',
    '    tags: [troops]',
    '    created: 2026-12-01T12:00:00Z',
    '    updated: 2026-12-01T12:00:00Z',
    '    target:',
    `      quote: ${QUOTE}`,
    `      prefix: ${JSON.stringify(text.slice(Math.max(0, start - 32), start))}`,
    `      suffix: ${JSON.stringify(text.slice(start + QUOTE.length, start + QUOTE.length + 32))}`,
    `      start: ${start}`,
    `      end: ${start + QUOTE.length}`,
    '',
  ].join('\n');
}

describe('Entity decisions', () => {
  let api: SourcemarkApi;
  const kyiv = () => fileInWorkspace('budanov-kyiv.txt');
  const moscow = () => fileInWorkspace('budanov-moscow.txt');
  const decisionsFile = () => fileInWorkspace('.sourcemark/entities.yaml');

  before(async () => {
    api = await activateApi();
    await api.indexReady;
    await api.entityDecisions.ready;
    fs.writeFileSync(kyiv().fsPath, KYIV);
    fs.writeFileSync(`${kyiv().fsPath}.sourcemark.yaml`, sidecarFor(KYIV));
    fs.writeFileSync(moscow().fsPath, MOSCOW);
    await waitFor('both articles indexed', () => api.index.findEntity('Kirill Budanov') && api.index.findEntity('Kyrylo Budanov'));
    await waitFor('the claim indexed', () => api.index.claims().some((claim) => claim.annotation.id === 'c-bud001'));
  });

  after(() => {
    for (const file of [kyiv(), moscow()]) fs.rmSync(file.fsPath, { force: true });
    fs.rmSync(`${kyiv().fsPath}.sourcemark.yaml`, { force: true });
    fs.rmSync(path.dirname(decisionsFile().fsPath), { recursive: true, force: true });
  });

  it('shows the attribution the text states in the Claims view and on the claim’s hover', async () => {
    const description = await waitFor('the stated chain in the Claims view', () => {
      const group = api.claimsTree.getChildren().find((node) => node.kind === 'group' && node.claims.some((c) => c.path === kyiv().fsPath));
      const claim = group ? api.claimsTree.getChildren(group)[0] : undefined;
      const shown = claim ? String(api.claimsTree.getTreeItem(claim).description) : '';
      return shown.includes('(stated)') ? shown : undefined;
    });
    assert.match(description, /^Ukraine's military intelligence chief Kyrylo Budanov \(stated\) · Monday · 5,000/); // a weekday is a date figure since issue 10
    const group = api.claimsTree.getChildren().find((node) => node.kind === 'group' && node.claims.some((c) => c.path === kyiv().fsPath));
    assert.ok(group);
    const [claim] = api.claimsTree.getChildren(group);
    const resolved = await api.claimsTree.resolveTreeItem(api.claimsTree.getTreeItem(claim), claim);
    const tooltip = resolved.tooltip instanceof vscode.MarkdownString ? resolved.tooltip.value : String(resolved.tooltip);
    assert.ok(tooltip.includes('Stated in text: Ukraine'), tooltip);

    const document = await vscode.workspace.openTextDocument(kyiv());
    await vscode.window.showTextDocument(document);
    const offset = document.getText().indexOf('had moved');
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, document.positionAt(offset));
    const text = hoverText(hovers);
    assert.ok(text.includes("**Stated in text:** Ukraine's military intelligence chief Kyrylo Budanov · “said”"), text);

    const figureAt = document.getText().indexOf('5,000') + 1;
    const figureHovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, document.positionAt(figureAt));
    const figureText = hoverText(figureHovers);
    assert.ok(figureText.includes('5,000'), `the figure card: ${figureText}`);
    assert.ok(figureText.includes('**Stated in text:** Ukraine'), figureText);
  });

  it('merges two entities from the Entities view, and the view, the hover and search follow', async () => {
    assert.notEqual(api.index.findEntity('Kyrylo Budanov')?.id, api.index.findEntity('Kirill Budanov')?.id, 'apart before the decision');
    // The claim names Kyrylo Budanov; search shows which spellings of its entities matched.
    const kyivClaimFound = () =>
      api
        .searchClaims('Kirill Budanov')
        .some((item) => item.hit.claim.annotation.id === 'c-bud001' && item.hit.matches.some((m) => m.field === 'entities' && m.value.includes('Kirill Budanov')));
    assert.ok(!kyivClaimFound(), 'before the merge the claim’s entities do not include the other spelling');

    const node = await waitFor('the entity in the view', () => api.entitiesTree.find('Kyrylo Budanov'));
    const other = api.index.findEntity('Kirill Budanov');
    assert.ok(other);
    await vscode.commands.executeCommand('sourcemark.mergeEntity', node, other.id);

    const merged = await waitFor('one node for both spellings', () => {
      const found = api.entitiesTree.find('Kirill Budanov');
      return found && found.entity.spellings.includes('Kyrylo Budanov') && found.entity.spellings.includes('Kirill Budanov') ? found : undefined;
    });
    assert.equal(api.entitiesTree.find('Kyrylo Budanov')?.entity.id, merged.entity.id);
    const item = api.entitiesTree.getTreeItem(merged);
    assert.match(String(item.description), /Kyrylo Budanov/);
    assert.match(String(item.description), / · decided$/);
    assert.equal(item.contextValue, 'entity.decided');

    const saved = fs.readFileSync(decisionsFile().fsPath, 'utf8');
    assert.match(saved, /name: Kyrylo Budanov/);
    assert.match(saved, /Kirill Budanov/);

    const document = await vscode.workspace.openTextDocument(kyiv());
    await vscode.window.showTextDocument(document);
    const offset = document.getText().indexOf('Kyrylo Budanov') + 3;
    const text = await waitFor('the hover lists both spellings', async () => {
      const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, document.positionAt(offset));
      const shown = hoverText(hovers);
      return /Spellings: .*Kirill Budanov/.test(shown) ? shown : undefined;
    });
    assert.ok(text.includes('Decided by you'), text);
    assert.ok(text.includes('command:sourcemark.splitEntity'), 'the card offers to split the decision again');

    await waitFor('search finds the claim by the other spelling', () => kyivClaimFound());
  });

  it('drops a mention marked as not an entity in one article from the highlights and the view', async () => {
    const document = await vscode.workspace.openTextDocument(moscow());
    const editor = await vscode.window.showTextDocument(document);
    const start = document.getText().indexOf('HUR');
    const painted = () => (api.paintedRanges(editor).get('entity.organization') ?? []).some((range) => document.offsetAt(range.start) === start);
    await waitFor('HUR highlighted', async () => {
      await api.settled();
      return painted();
    });
    const hur = await waitFor('HUR in the Entities view', () => api.entitiesTree.find('HUR'));
    const [mention] = await api.entitiesTree.getChildren(hur);
    await vscode.commands.executeCommand('sourcemark.markNotEntity', mention, 'article');

    await waitFor('HUR no longer highlighted', async () => {
      await api.settled();
      return !painted();
    });
    await waitFor('HUR gone from the view', () => !api.entitiesTree.find('HUR'));
    assert.match(fs.readFileSync(decisionsFile().fsPath, 'utf8'), /- text: HUR\n\s+path: budanov-moscow\.txt/);
  });

  it('never writes over an entities file that fails to parse', async () => {
    const broken = 'version: 1\nentities: [\n';
    fs.mkdirSync(path.dirname(decisionsFile().fsPath), { recursive: true });
    fs.writeFileSync(decisionsFile().fsPath, broken);
    const entity = api.index.findEntity('Kirill Budanov');
    assert.ok(entity);
    await vscode.commands.executeCommand('sourcemark.renameEntity', entity.id, 'Kyrylo O. Budanov');
    assert.equal(fs.readFileSync(decisionsFile().fsPath, 'utf8'), broken);
    assert.notEqual(api.index.findEntity('Kirill Budanov')?.canonical, 'Kyrylo O. Budanov');
    const problems = await waitFor('the file’s problem in the Problems panel', () => {
      const found = vscode.languages.getDiagnostics(decisionsFile());
      return found.length > 0 ? found : undefined;
    });
    assert.equal(problems[0].severity, vscode.DiagnosticSeverity.Error);
    assert.ok(problems[0].range.start.line >= 1, 'positioned at the broken line');
  });
});
