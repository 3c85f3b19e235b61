/**
 * Recognition on documents from other domains: the evaluation half of Dstl's re3d corpus (press releases of CENTCOM,
 * the US State Department, the UK Government, Australia's DFAT and the EU Delegation to Syria), mapped to our types
 * (bench/re3d.ts). Prints typed-entity and figure P/R/F1 for the rules + tagger, the rules alone and compromise.
 * Run: `npm run bench -- other-domains [--part=train] [--errors]`. Needs the re3d files in `.corpora/` (ATTRIBUTION.md);
 * skips without them. `--errors` lists mistakes, and only on the training part: the evaluation part is read as
 * aggregates and error classes, so it stays a fair estimate.
 */
import { ENTITY_TYPES, FIGURE_TYPES, type Recognition } from '../src/core/recognition/types';
import { compromiseRecognize } from './compare-nlp';
import { loadRe3d, re3dEvaluationIds, re3dFolder, withoutIgnored, type Re3dDocument } from './re3d';
import { addScores, emptyScore, formatErrors, loadSourcemarkRecognizer, prf, scoreRecognition, totalCounts, type Counts, type Recognizer, type Score } from './recognition-quality';

export function scoreDocuments(docs: readonly Re3dDocument[], recognizer: Recognizer): { score: Score; outputs: Recognition[] } {
  let score = emptyScore();
  const outputs = docs.map((doc) => withoutIgnored(doc, recognizer(doc.text)));
  docs.forEach((doc, index) => (score = addScores(score, scoreRecognition(doc.gold, outputs[index]))));
  return { score, outputs };
}

const pct = (x: number): string => (100 * x).toFixed(1).padStart(6);

function rows(score: Score, types: readonly string[], label: string): string[] {
  const row = (name: string, strict: Counts, lenient: Counts): string => {
    const s = prf(strict);
    const l = prf(lenient);
    return `  ${name.padEnd(14)}${String(strict.tp + strict.fn).padStart(5)}${String(strict.tp + strict.fp).padStart(6)} ${pct(s.p)}${pct(s.r)}${pct(s.f1)}   ${pct(l.p)}${pct(l.r)}${pct(l.f1)}`;
  };
  return [...types.map((type) => row(type, score.strict[type], score.lenient[type])), row(`ALL ${label}`, totalCounts(score.strict, types), totalCounts(score.lenient, types))];
}

function main(): void {
  const folder = re3dFolder();
  if (folder === null) {
    console.log('other-domains: skipped, the re3d files are not in .corpora/ (ATTRIBUTION.md says how to fetch them)');
    return;
  }
  const training = process.argv.includes('--part=train');
  const evaluationIds = re3dEvaluationIds();
  const docs = loadRe3d(folder).filter((doc) => evaluationIds.has(doc.id) !== training);
  const systems: [string, Recognizer][] = [
    ['sourcemark (rules + tagger)', loadSourcemarkRecognizer()],
    ['sourcemark rules only', loadSourcemarkRecognizer({ tagger: false })],
    ['compromise', compromiseRecognize],
  ];
  const words = docs.reduce((sum, doc) => sum + doc.text.split(/\s+/).length, 0);
  const goldCount = docs.reduce((sum, doc) => sum + doc.gold.entities.length, 0);
  const figureCount = docs.reduce((sum, doc) => sum + doc.gold.figures.length, 0);
  console.log(`re3d ${training ? 'training' : 'evaluation'} part: ${docs.length} documents, ${words} words, ${goldCount} entities, ${figureCount} figures (re3d types mapped to ours; strict = exact span + type, overlap = overlapping span + type)`);
  const header = `  ${'type'.padEnd(14)} gold   sys  strict P     R    F1   overlap P     R    F1`;
  const summary: string[] = [];
  for (const [name, recognizer] of systems) {
    const { score, outputs } = scoreDocuments(docs, recognizer);
    console.log(`\n## ${name}\n${header}\n${rows(score, ENTITY_TYPES, 'entities').join('\n')}\n${rows(score, FIGURE_TYPES, 'figures').join('\n')}`);
    const entities = (kind: 'strict' | 'lenient'): string => pct(prf(totalCounts(score[kind], ENTITY_TYPES)).f1);
    const figures = (kind: 'strict' | 'lenient'): string => pct(prf(totalCounts(score[kind], FIGURE_TYPES)).f1);
    summary.push(`  ${name.padEnd(30)} entities strict${entities('strict')} overlap${entities('lenient')}   figures strict${figures('strict')} overlap${figures('lenient')}`);
    if (training && process.argv.includes('--errors') && name.startsWith('sourcemark (')) {
      docs.forEach((doc, index) => console.log(formatErrors({ name: `${doc.source} ${doc.id}`, group: 'other', text: doc.text, gold: doc.gold }, outputs[index])));
    }
  }
  console.log(`\n## summary (F1 %)\n${summary.join('\n')}`);
}

if (require.main === module) main();
