/** The multi-step quick input that asks for a claim's or note's wording, attribution and tags. */
import * as vscode from 'vscode';
import { AnnotationKind } from '../core/sidecar/annotation';

export interface AnnotationInput {
  text: string;
  attribution?: string;
  tags: string[];
}

export interface AnnotationInputContext {
  kind: AnnotationKind;
  initial: AnnotationInput;
  /** Tags already used in the workspace, offered for completion. */
  knownTags: string[];
  /** Attributions already used, and sources named in the span (e.g. "NIS"), offered first. */
  suggestedAttributions: string[];
  /** "Add Claim" or "Edit Claim". */
  title: string;
}

/** Asks step by step; Escape at any step cancels the whole input and returns undefined. */
export async function askForAnnotation(context: AnnotationInputContext): Promise<AnnotationInput | undefined> {
  const steps = context.kind === 'claim' ? 3 : 2;
  const text = await vscode.window.showInputBox({
    title: `${context.title} (1/${steps})`,
    prompt: context.kind === 'claim' ? 'What the source claims, in your words' : 'Your note',
    value: context.initial.text,
    ignoreFocusOut: true,
    validateInput: (value) => (value.trim() ? undefined : 'The text cannot be empty.'),
  });
  if (text === undefined) return undefined;
  let attribution: string | undefined;
  if (context.kind === 'claim') {
    const answer = await pickOrType({
      title: `${context.title} (2/${steps})`,
      placeholder: 'Who says so, as the article attributes it (e.g. "NIS, via lawmakers"); Enter to leave empty',
      value: context.initial.attribution ?? '',
      options: unique(context.suggestedAttributions),
    });
    if (answer === undefined) return undefined;
    attribution = answer.trim() || undefined;
  }
  const tags = await pickTags(`${context.title} (${steps}/${steps})`, context.initial.tags, context.knownTags);
  if (tags === undefined) return undefined;
  return { text: text.trim(), attribution, tags };
}

const NONE_LABEL = 'No attribution';

/**
 * A quick pick that accepts one of the options or whatever was typed. With nothing typed the first row is
 * "No attribution": Enter on an empty field leaves it empty, and a suggestion is one arrow key away.
 */
async function pickOrType(options: { title: string; placeholder: string; value: string; options: string[] }): Promise<string | undefined> {
  const pick = vscode.window.createQuickPick<vscode.QuickPickItem & { value: string }>();
  pick.title = options.title;
  pick.placeholder = options.placeholder;
  pick.value = options.value;
  pick.ignoreFocusOut = true;
  const refresh = () => {
    const typed = pick.value.trim();
    const items = options.options.map((label) => ({ label, value: label }));
    if (!typed) pick.items = [{ label: NONE_LABEL, description: 'leave empty', value: '', alwaysShow: true }, ...items];
    else pick.items = options.options.includes(typed) ? items : [{ label: typed, description: 'as typed', value: typed, alwaysShow: true }, ...items];
  };
  refresh();
  pick.onDidChangeValue(refresh);
  return new Promise((resolve) => {
    let done = false;
    pick.onDidAccept(() => {
      done = true;
      resolve(pick.selectedItems[0]?.value ?? pick.value);
      pick.hide();
    });
    pick.onDidHide(() => {
      if (!done) resolve(undefined);
      pick.dispose();
    });
    pick.show();
  });
}

/**
 * Multi-select of known tags; new tags are typed into the filter, separated by commas or spaces, and taken on
 * Enter. The typed value is never rewritten while the analyst types: resetting it from the extension host
 * raced with fast typing ("troops, combat" became `troops,` and `bat`).
 */
async function pickTags(title: string, selected: string[], known: string[]): Promise<string[] | undefined> {
  const pick = vscode.window.createQuickPick();
  pick.title = title;
  pick.placeholder = 'Tags: check existing ones, or type new ones separated by commas ("troops, combat"); Enter to finish';
  pick.canSelectMany = true;
  pick.ignoreFocusOut = true;
  const all = unique([...selected, ...known]);
  const items = all.map((label) => ({ label }));
  pick.items = items;
  pick.selectedItems = items.filter((item) => selected.includes(item.label));
  pick.onDidChangeValue((value) => {
    const typed = parseTags(value);
    pick.title = typed.length > 0 ? `${title}: new ${typed.map((tag) => `#${tag}`).join(' ')}` : title;
  });
  return new Promise((resolve) => {
    let done = false;
    pick.onDidAccept(() => {
      done = true;
      resolve(unique([...pick.selectedItems.map((item) => item.label), ...parseTags(pick.value)]));
      pick.hide();
    });
    pick.onDidHide(() => {
      if (!done) resolve(undefined);
      pick.dispose();
    });
    pick.show();
  });
}

/** Tags are lower-case words joined by hyphens ("troop-counts"). */
export function normalizeTag(value: string): string {
  return value.trim().toLowerCase().replace(/^#/, '').replace(/\s+/g, '-');
}

/** Tags typed in one go: "troops, combat #kursk" → troops, combat, kursk. */
export function parseTags(value: string): string[] {
  return unique(value.split(/[\s,;]+/).map(normalizeTag).filter(Boolean));
}

function unique(values: string[]): string[] {
  return [...new Set(values.filter((value) => value.trim()))];
}
