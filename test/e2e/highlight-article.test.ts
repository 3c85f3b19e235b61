// A person opens a seed article from the explorer and sees its entities and figures highlighted.
import * as assert from 'assert';
import { decorationElements, openFromExplorer, useWorkbench, screenshot, waitForDecorations } from './workbench';

const article = '000_38dd43a7f4a69a66.txt';

describe('Reading an article in VS Code', function () {
  const workbench = useWorkbench('e2e-failure-highlight-article');

  it('highlights entities and figures when an article is opened from the explorer', async function () {
    const { page } = workbench();
    await openFromExplorer(page, article);
    const shown = await waitForDecorations(page);
    await screenshot(page, 'e2e-highlighted-article');
    assert.ok(shown > 0, 'no highlight elements in the editor');
    // Highlights cover some text: background decorations render as empty boxes, so look at their width.
    const widths = await decorationElements(page).evaluateAll((elements) => elements.map((element) => element.getBoundingClientRect().width));
    assert.ok(widths.some((width) => width > 0), 'every highlight element is zero-width');
  });
});
