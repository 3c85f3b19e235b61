// `node:assert/strict` in the browser bundle of the web integration tests (scripts/build.mjs aliases it here).
module.exports = require('assert').strict;
