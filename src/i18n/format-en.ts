/** English as the story has always written it: AP style ("Dec. 24, 2014", "1 pm", "$15 million"). */
import { format as d3format } from 'd3-format';
import type { Formatter } from './format.ts';
import { valueIn } from './format-common.ts';

const grouped = d3format(',');
const MONTHS = ['Jan.', 'Feb.', 'March', 'April', 'May', 'June', 'July', 'Aug.', 'Sept.', 'Oct.', 'Nov.', 'Dec.'];

const count = (n: number) => grouped(n);
const usd = (n: number) => (Number.isInteger(n) ? `$${grouped(n)}` : `$${d3format(',.2f')(n)}`);
const short = (n: number) => d3format('.3~')(n);

function clock(hour: number, minute = 0): string {
  if (minute === 0 && hour === 12) return 'noon';
  if (minute === 0 && hour === 0) return 'midnight';
  const h12 = hour % 12 === 0 ? 12 : hour % 12;
  const mm = minute === 0 ? '' : `:${String(minute).padStart(2, '0')}`;
  return `${h12}${mm} ${hour < 12 ? 'am' : 'pm'}`;
}

function list(items: readonly string[]): string {
  if (items.length <= 2) return items.join(' and ');
  return `${items.slice(0, -1).join(', ')} and ${items.at(-1) ?? ''}`;
}

export const en: Formatter = {
  locale: 'en',
  count,
  usd,
  usdMillions: (n) =>
    Math.abs(n) < 1_000_000 ? usd(n) : `$${Number.isInteger(n / 1_000_000) ? n / 1_000_000 : short(n / 1_000_000)} million`,
  usdShort: (n) => (Math.abs(n) < 1_000_000 ? `$${d3format('.2~s')(n).replace('k', 'K')}` : `$${short(n / 1_000_000)}M`),
  countWords: (n) => (Math.abs(n) < 1_000_000 ? count(n) : `${short(n / 1_000_000)} million`),
  countShort: (n) => (n === 0 ? '0' : d3format('.2~s')(n).replace('k', 'K')),
  pct: (n) => `${d3format('~')(n)}%`,
  hours: (n) => `${d3format('~')(n)} ${n === 1 ? 'hour' : 'hours'}`,
  decimal: (n) => d3format('~')(n),
  date(iso, { year = true } = {}) {
    const [y, m, d] = iso.split('-').map(Number);
    const month = MONTHS[(m ?? 1) - 1] ?? '';
    return year ? `${month} ${d}, ${y}` : `${month} ${d}`;
  },
  month(isoMonth) {
    const [y, m] = isoMonth.split('-').map(Number);
    return `${MONTHS[(m ?? 1) - 1] ?? ''} ${y}`;
  },
  monthShort: (m) => MONTHS[m - 1] ?? '',
  clock,
  timeOfDay(hhmm) {
    const [h, m] = hhmm.split(':').map(Number);
    return clock(h ?? 0, m ?? 0);
  },
  list,
  qualified: (qualifier, figure) => (qualifier ? `${qualifier} ${figure}` : figure),
  value: (value, fmt) => valueIn(en, value, fmt),
};
