// `npm run contrast`: WCAG 2.2 contrast of the colours Sourcemark contributes, in VS Code's own default themes
// (read from the installed code-server), over each theme's editor background, translucent colours composited
// first. Entity tints must keep the article's text readable (editor foreground over the tinted background,
// 4.5:1, WCAG 1.4.3); figure underlines and annotation outlines must stand out from the background and from
// every tint they may cross (3:1, WCAG 1.4.11). Prints a Markdown table; exits 1 when a colour fails.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { codeServerEntry, repoRoot } from './vscode-server.mjs';

const themesDir = join(dirname(codeServerEntry()), '..', '..', 'lib', 'vscode', 'extensions', 'theme-defaults');
// VS Code's registered defaults where a theme leaves editor colours out (src/vs/editor/common/core/editorColorRegistry.ts).
const registryDefaults = {
  dark: { background: '#1E1E1E', foreground: '#BBBBBB' },
  light: { background: '#FFFFFF', foreground: '#333333' },
  highContrast: { background: '#000000', foreground: '#FFFFFF' },
  highContrastLight: { background: '#FFFFFF', foreground: '#292929' },
};
const kindOfUiTheme = { 'vs-dark': 'dark', vs: 'light', 'hc-black': 'highContrast', 'hc-light': 'highContrastLight' };

function parseHex(hex) {
  const digits = hex.replace('#', '');
  const full = digits.length <= 4 ? [...digits].map((d) => d + d).join('') : digits;
  const [r, g, b, a = 255] = full.match(/../g).map((pair) => parseInt(pair, 16));
  return { r, g, b, a: a / 255 };
}

/** Source-over compositing of a translucent colour on an opaque one. */
function composite(top, bottom) {
  const mix = (t, b) => Math.round(t * top.a + b * (1 - top.a));
  return { r: mix(top.r, bottom.r), g: mix(top.g, bottom.g), b: mix(top.b, bottom.b), a: 1 };
}

function luminance({ r, g, b }) {
  const linear = (c) => {
    const s = c / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
}

export function contrast(a, b) {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

function themeColors(file) {
  const theme = JSON.parse(readFileSync(file, 'utf8'));
  const inherited = theme.include ? themeColors(join(dirname(file), theme.include)) : {};
  return { ...inherited, ...theme.colors };
}

function loadThemes() {
  if (!existsSync(themesDir)) throw new Error(`VS Code's themes are not installed (${themesDir}); run scripts/install-vscode.sh`);
  const manifest = JSON.parse(readFileSync(join(themesDir, 'package.json'), 'utf8'));
  return manifest.contributes.themes.map(({ id, uiTheme, path }) => {
    const kind = kindOfUiTheme[uiTheme];
    const colors = themeColors(join(themesDir, path));
    return {
      name: id,
      kind,
      background: parseHex(colors['editor.background'] ?? registryDefaults[kind].background),
      foreground: parseHex(colors['editor.foreground'] ?? registryDefaults[kind].foreground),
    };
  });
}

function measure() {
  const manifest = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8'));
  const rows = [];
  for (const theme of loadThemes()) {
    const colors = manifest.contributes.colors;
    // A claim's outline or a figure's underline may run over an entity's tint: the worst of those and the bare background.
    const grounds = [theme.background, ...colors.filter(({ id }) => id.endsWith('Background')).map(({ defaults }) => composite(parseHex(defaults[theme.kind]), theme.background))];
    for (const { id, defaults } of colors) {
      const color = parseHex(defaults[theme.kind]);
      const isTint = id.endsWith('Background');
      const painted = composite(color, theme.background);
      const ratio = isTint ? contrast(theme.foreground, painted) : Math.min(...grounds.map((ground) => contrast(composite(color, ground), ground)));
      const required = isTint ? 4.5 : 3;
      rows.push({ theme: theme.name, id, value: defaults[theme.kind], measured: isTint ? 'text on tint' : 'line on background or tint', ratio, required, tint: isTint ? contrast(painted, theme.background) : undefined });
    }
  }
  return rows;
}

const rows = measure();
console.log('| theme | colour | default | measured | contrast | needs | |');
console.log('|---|---|---|---|---|---|---|');
for (const row of rows) {
  const tint = row.tint === undefined ? '' : ` (tint vs background ${row.tint.toFixed(2)})`;
  console.log(`| ${row.theme} | ${row.id.replace('sourcemark.', '')} | \`${row.value}\` | ${row.measured} | ${row.ratio.toFixed(2)}${tint} | ${row.required} | ${row.ratio >= row.required ? 'pass' : '**FAIL**'} |`);
}
const failures = rows.filter((row) => row.ratio < row.required);
console.log(`\n${rows.length - failures.length} of ${rows.length} pass`);
process.exit(failures.length ? 1 : 0);
