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

/** A quick pick that accepts either one of the options or whatever was typed. */
async function pickOrType(options: { title: string; placeholder: string; value: string; options: string[] }): Promise<string | undefined> {
  const pick = vscode.window.createQuickPick();
  pick.title = options.title;
  pick.placeholder = options.placeholder;
  pick.value = options.value;
  pick.ignoreFocusOut = true;
  const refresh = () => {
    const typed = pick.value.trim();
    const items = options.options.map((label) => ({ label }));
    pick.items = typed && !options.options.includes(typed) ? [{ label: typed, description: 'as typed' }, ...items] : items;
  };
  refresh();
  pick.onDidChangeValue(refresh);
  return new Promise((resolve) => {
    let done = false;
    pick.onDidAccept(() => {
      done = true;
      resolve(pick.selectedItems[0]?.label ?? pick.value);
      pick.hide();
    });
    pick.onDidHide(() => {
      if (!done) resolve(undefined);
      pick.dispose();
    });
    pick.show();
  });
}

/** Multi-select of known tags; typing a new word offers it as a new tag. */
async function pickTags(title: string, selected: string[], known: string[]): Promise<string[] | undefined> {
  const pick = vscode.window.createQuickPick();
  pick.title = title;
  pick.placeholder = 'Tags: pick existing ones or type a new tag and press Space to add it; Enter to finish';
  pick.canSelectMany = true;
  pick.ignoreFocusOut = true;
  const all = unique([...selected, ...known]);
  const chosen = new Set(selected);
  const render = () => {
    const items = all.map((label) => ({ label }));
    pick.items = items;
    pick.selectedItems = items.filter((item) => chosen.has(item.label));
  };
  render();
  pick.onDidChangeSelection((items) => {
    chosen.clear();
    for (const item of items) chosen.add(item.label);
  });
  pick.onDidChangeValue((value) => {
    // A space ends a new tag: add it, select it and clear the filter.
    if (!value.endsWith(' ')) return;
    const tag = normalizeTag(value);
    pick.value = '';
    if (!tag) return;
    if (!all.includes(tag)) all.unshift(tag);
    chosen.add(tag);
    render();
  });
  return new Promise((resolve) => {
    let done = false;
    pick.onDidAccept(() => {
      done = true;
      const pending = normalizeTag(pick.value);
      if (pending) chosen.add(pending);
      resolve([...chosen]);
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

function unique(values: string[]): string[] {
  return [...new Set(values.filter((value) => value.trim()))];
}
