// Figure ledger panel: every action is a <button> (keyboard reachable); the extension does the work.
// @ts-check
(function () {
  // eslint-disable-next-line no-undef
  const vscode = acquireVsCodeApi();
  document.addEventListener('click', (event) => {
    const target = /** @type {HTMLElement} */ (event.target);
    const button = target.closest('button[data-action]');
    if (!button) return;
    const action = button.getAttribute('data-action');
    const report = button.getAttribute('data-report');
    vscode.postMessage({ type: action, report: report === null ? undefined : Number(report) });
  });
})();
