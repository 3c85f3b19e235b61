/**
 * What a screen reader says for the Claims and Entities views' rows. By default it reads label and description,
 * where "NIS · 11,000" or a bare "3" mean little, and never the icon, the only mark of an orphaned claim.
 */
import type * as vscode from 'vscode';

const plural = (count: number, one: string, many = `${one}s`) => `${count} ${count === 1 ? one : many}`;
const spoken = (label: string): vscode.AccessibilityInformation => ({ label, role: 'treeitem' });

/** "Claim: The NIS puts the force at 11,000. Attributed to NIS. Figures: approximately 11,000." (+ orphaned) */
export function claimAccessibility(text: string, attribution: string | undefined, figures: string[], orphaned: boolean): vscode.AccessibilityInformation {
  return spoken(
    [
      `${orphaned ? 'Orphaned claim, its quote is no longer in the article' : 'Claim'}: ${text.replace(/[.\s]+$/, '')}.`,
      attribution ? `Attributed to ${attribution}.` : 'No attribution.',
      figures.length ? `Figures: ${figures.join(', ')}.` : '',
    ]
      .filter(Boolean)
      .join(' '),
  );
}

/** "N. Korean troops…, The Korea Times, 2024-10-29, B3, 3 claims": the group's details, then its count said as claims. */
export function claimGroupAccessibility(label: string, details: string | undefined, claims: number): vscode.AccessibilityInformation {
  return spoken([label, ...(details ? details.split(' · ') : []), plural(claims, 'claim')].join(', '));
}

/** "Person, 14 entities" */
export function entityTypeAccessibility(typeLabel: string, entities: number): vscode.AccessibilityInformation {
  return spoken(`${typeLabel}, ${plural(entities, 'entity', 'entities')}`);
}

/** "Choe Son Hui, person, 12 mentions, 2 claims, also spelled Choe Son-hui" */
export function entityAccessibility(canonical: string, type: string, mentions: number, claims: number, spellings: string[]): vscode.AccessibilityInformation {
  const others = spellings.filter((spelling) => spelling !== canonical);
  return spoken(
    [canonical, type, plural(mentions, 'mention'), plural(claims, 'claim'), others.length ? `also spelled ${others.join(', ')}` : ''].filter(Boolean).join(', '),
  );
}

/** "“Choe Son-hui” in N. Korean troops…: …snippet" */
export function mentionAccessibility(text: string, article: string, snippet: string): vscode.AccessibilityInformation {
  return spoken(`“${text}” in ${article}: ${snippet}`);
}

/** "approximately 11,000, reported by The Korea Times on 2024-10-29, said by NIS; the headline figure; 2 contradictions: …" */
export function figureReportAccessibility(report: {
  text: string;
  forecast?: boolean;
  source: string;
  published?: string | null;
  attribution?: string | null;
  headline: boolean;
  contradictions: string[];
}): vscode.AccessibilityInformation {
  const reported = `reported by ${report.source}${report.published ? ` on ${report.published}` : ''}`;
  return spoken(
    [
      `${report.text}${report.forecast ? ', a forecast' : ''}, ${reported}${report.attribution ? `, said by ${report.attribution}` : ''}`,
      report.headline ? 'the headline figure' : '',
      report.contradictions.length ? `${plural(report.contradictions.length, 'contradiction')}: ${report.contradictions.join('; ')}` : '',
    ]
      .filter(Boolean)
      .join('; '),
  );
}

/** "North Korean troops, 3,000–15,000 · 9 reports · 4 contradictions, excluded from the ledger" */
export function figureSubjectAccessibility(label: string, summary: string, excluded: boolean): vscode.AccessibilityInformation {
  return spoken(`${label}, ${summary.split(' · ').join(', ')}${excluded ? ', excluded from the ledger' : ''}`);
}
