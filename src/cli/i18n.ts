/**
 * `npm run i18n:status [-- <locale>...]`: per edition, how many passages are translated, stale,
 * missing or not yet stamped, and each one that is not current, by file and line.
 * `npm run i18n:stamp -- <locale> [--all]`: sets `translates: TODO` to the hash of the current
 * English, for translations just written (never a stale one: that needs translating again). With
 * `--all`, stale ones too, for a translator who has updated every stale passage.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { formatIssue } from '../content/errors.ts';
import { describeStatus, editionReport, summarize } from '../content/edition-status.ts';
import { diskFiles } from '../content/files.ts';
import { stampEdition } from '../content/stamp.ts';
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

function status(list: TargetLocale[]): number {
  let problems = 0;
  for (const locale of list) {
    const r = editionReport(diskFiles(root), locale);
    console.log(summarize(r));
    for (const s of r.status) if (s.state !== 'current') console.log(`  ${describeStatus(s)}`);
    for (const i of r.issues) console.log(`  error: ${formatIssue(i)}`);
    problems += r.issues.length;
  }
  return problems > 0 ? 1 : 0;
}

function stamp(list: TargetLocale[]): number {
  for (const locale of list) {
    const { texts, passages } = stampEdition(diskFiles(root), locale, { all: values.all });
    for (const [file, text] of texts) writeFileSync(join(root, file), text);
    const n = passages.length;
    console.log(`${locale}: stamped ${n} passage${n === 1 ? '' : 's'} in ${texts.size} file${texts.size === 1 ? '' : 's'}`);
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
