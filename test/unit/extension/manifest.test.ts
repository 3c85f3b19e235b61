// package.json is code too: the walkthrough, the web entry and the packaging depend on what it names existing.
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import * as path from 'node:path';

const root = path.resolve(__dirname, '../../../..');
const manifest = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'));
const commands = new Set<string>(manifest.contributes.commands.map((c: { command: string }) => c.command));
const views = Object.values(manifest.contributes.views as Record<string, { id: string }[]>).flat().map((view) => view.id);
// VS Code gives every contributed view a `<id>.focus` command.
const known = (command: string) => commands.has(command) || views.some((view) => command === `${view}.focus`);

describe('the extension manifest', () => {
  it('has a walkthrough whose links, completion events and media all exist', () => {
    const [walkthrough] = manifest.contributes.walkthroughs;
    assert.ok(walkthrough.steps.length >= 4);
    for (const step of walkthrough.steps) {
      const linked = [...String(step.description).matchAll(/\(command:([\w.]+)/g)].map((m) => m[1]);
      assert.ok(linked.length > 0, `step ${step.id} offers a button`);
      for (const command of linked) assert.ok(known(command), `step ${step.id} links to ${command}, which nothing contributes`);
      for (const event of step.completionEvents) {
        const [kind, id] = event.split(':');
        if (kind === 'onCommand') assert.ok(known(id), `step ${step.id} completes on unknown command ${id}`);
        if (kind === 'onView') assert.ok(views.includes(id), `step ${step.id} completes on unknown view ${id}`);
      }
      assert.ok(existsSync(path.join(root, step.media.markdown ?? step.media.image)), `media of step ${step.id}`);
    }
  });

  it('names a browser entry beside the Node one, a 128×128 PNG icon and a changelog', () => {
    assert.equal(manifest.browser, './dist/web/extension.js');
    const png = readFileSync(path.join(root, manifest.icon));
    assert.equal(png.subarray(1, 4).toString('latin1'), 'PNG');
    assert.deepEqual([png.readUInt32BE(16), png.readUInt32BE(20)], [128, 128]);
    assert.ok(existsSync(path.join(root, 'CHANGELOG.md')));
    assert.ok(manifest.galleryBanner?.color);
  });

  it('has contributed colours that meet WCAG contrast in every default theme (scripts/contrast.mjs)', function () {
    if (!existsSync(path.join(root, '.vscode-test'))) this.skip();
    const result = spawnSync(process.execPath, [path.join(root, 'scripts', 'contrast.mjs')], { encoding: 'utf8' });
    const rows = result.stdout.split('\n').filter((line) => /\| (pass|\*\*FAIL\*\*) \|$/.test(line));
    assert.equal(rows.length, manifest.contributes.colors.length * 8, 'every colour measured in all eight default themes');
    assert.equal(result.status, 0, rows.filter((row) => row.includes('FAIL')).join('\n'));
  });
});
