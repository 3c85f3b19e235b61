// Mocha's spec reporter, plus a JSON summary { passed, failed, pending, failures } written to the path in
// $SOURCEMARK_MOCHA_SUMMARY, so scripts/test.mjs can total every suite without parsing mocha's text.
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const Mocha = require('mocha');

const { EVENT_RUN_END, EVENT_TEST_FAIL, EVENT_TEST_PASS, EVENT_TEST_PENDING } = Mocha.Runner.constants;

class SummaryReporter extends Mocha.reporters.Spec {
  constructor(runner, options) {
    super(runner, options);
    const summary = { passed: 0, failed: 0, pending: 0, failures: [] };
    runner.on(EVENT_TEST_PASS, () => summary.passed++);
    runner.on(EVENT_TEST_PENDING, () => summary.pending++);
    // Also fires for a failing hook, which then counts as one failure.
    runner.on(EVENT_TEST_FAIL, (test, error) => {
      summary.failed++;
      summary.failures.push({ title: test.fullTitle(), error: String(error && error.stack || error) });
    });
    runner.once(EVENT_RUN_END, () => {
      const file = process.env.SOURCEMARK_MOCHA_SUMMARY;
      if (!file) return;
      fs.mkdirSync(path.dirname(file), { recursive: true });
      fs.writeFileSync(file, JSON.stringify(summary, null, 2));
    });
  }
}

module.exports = SummaryReporter;
