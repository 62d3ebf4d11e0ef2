/**
 * `npm run i18n:status [-- <locale>...]`: per edition, how many passages are translated, stale,
 * missing or not yet stamped, and each one that is not current, by file and line.
 * `npm run i18n:stamp -- <locale> [--all]`: sets `translates: TODO` to the hash of the current
 * English, for translations just written (never a stale one: that needs translating again). With
 * `--all`, stale ones too, for a translator who has updated every stale passage.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { formatIssue } from '../content/errors.ts';
import { describeStatus, editionReport } from '../content/edition-status.ts';
import { diskFiles } from '../content/files.ts';
import type { PassageStatus } from '../content/model.ts';
import { isTargetLocale, TARGET_LOCALES, type TargetLocale } from '../i18n/locales.ts';

const root = process.cwd();
const { values, positionals } = parseArgs({ allowPositionals: true, options: { all: { type: 'boolean', default: false } } });
const [command, ...rest] = positionals;

function locales(args: string[]): TargetLocale[] {
  const bad = args.filter((a) => !isTargetLocale(a));
  if (bad.length) {
    console.error(`unknown locale ${bad.map((b) => JSON.stringify(b)).join(', ')}; expected one of ${TARGET_LOCALES.join(', ')}`);
    process.exit(2);
  }
  return args.length ? args.filter(isTargetLocale) : [...TARGET_LOCALES];
}

/** The text of `file` with the `translates` of passage `s` set to its English's hash. */
function stamped(text: string, s: PassageStatus): string {
  const lines = text.split('\n');
  const at = (s.line ?? 1) - 1;
  const hash = s.english.hash;
  if (s.file.endsWith('.md')) {
    if (s.key === 'heading' || s.key === 'intro') {
      const end = lines.indexOf('---', 1);
      const re = new RegExp(`(\\b${s.key}:\\s*)(TODO|"?[0-9a-f]{8}"?)`);
      for (let i = 1; i < end; i++) if (re.test(lines[i] ?? '')) lines[i] = (lines[i] ?? '').replace(re, `$1"${hash}"`);
    } else {
      // The step's opening line is the one before its body.
      const opener = at - 1;
      lines[opener] = (lines[opener] ?? '').replace(/translates=(TODO|[0-9a-f]{8})/, `translates=${hash}`);
    }
  } else {
    // A flow entry (key: { text: ..., translates: ... }) is on the key's own line.
    for (let i = at; i < lines.length && (i === at || !/^\S/.test(lines[i] ?? '')); i++) {
      if (/(^\s+|, )translates:/.test(lines[i] ?? '')) {
        // Quoted: YAML reads some hex digits as a number (1e234567).
        lines[i] = (lines[i] ?? '').replace(/translates:\s*("?[0-9a-f]{8}"?|TODO)/, `translates: "${hash}"`);
        break;
      }
    }
  }
  return lines.join('\n');
}

function status(list: TargetLocale[]): number {
  let problems = 0;
  for (const locale of list) {
    const r = editionReport(diskFiles(root), locale);
    const count = (state: PassageStatus['state']) => r.status.filter((s) => s.state === state).length;
    console.log(
      `${locale}: ${count('current')} of ${r.status.length} passages translated and current, ${count('stale')} stale, ${count('missing')} missing, ${count('todo')} not stamped`,
    );
    for (const s of r.status) if (s.state !== 'current') console.log(`  ${describeStatus(s)}`);
    for (const i of r.issues) console.log(`  error: ${formatIssue(i)}`);
    problems += r.issues.length;
  }
  return problems > 0 ? 1 : 0;
}

function stamp(list: TargetLocale[]): number {
  for (const locale of list) {
    const r = editionReport(diskFiles(root), locale);
    const todo = r.status.filter((s) => s.state === 'todo' || (values.all && s.state === 'stale'));
    const byFile = Map.groupBy(todo, (s) => s.file);
    for (const [file, entries] of byFile) {
      const path = join(root, file);
      writeFileSync(path, entries.reduce(stamped, readFileSync(path, 'utf8')));
    }
    console.log(
      `${locale}: stamped ${todo.length} passage${todo.length === 1 ? '' : 's'} in ${byFile.size} file${byFile.size === 1 ? '' : 's'}`,
    );
  }
  return 0;
}

if (command === 'status') process.exit(status(locales(rest)));
else if (command === 'stamp') {
  if (rest.length === 0) {
    console.error('name the edition to stamp, e.g. npm run i18n:stamp -- de');
    process.exit(2);
  }
  process.exit(stamp(locales(rest)));
} else {
  console.error('usage: node src/cli/i18n.ts status [locale...] | stamp <locale...> [--all]');
  process.exit(2);
}
