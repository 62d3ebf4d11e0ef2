/**
 * Korean as JoongAng Ilbo, Hankyoreh and Yonhap write figures: four-digit groups named by 만, 억
 * and 조 ("75만", "90만4237", "1억5000만", plain "3000" below 만), money "1500만 달러" / "5.99달러",
 * "72%", "20시간", "2014년 12월 24일", "오후 1시" / "오전 9시 30분" / "정오", lists "a, b, c",
 * "약 20만", "75만 이상", "최소 43만". See src/i18n/README.md.
 */
import type { Formatter } from './format.ts';
import { dateFormat, hhmm, numberFormat, qualifierOf, sig, valueIn } from './format-common.ts';

const TAG = 'ko-KR';
const decimal = numberFormat(TAG, { useGrouping: false });
const cents = numberFormat(TAG, { useGrouping: false, minimumFractionDigits: 2, maximumFractionDigits: 2 });
const UNITS = ['', '만', '억', '조', '경'] as const;
const longDate = dateFormat(TAG, { day: 'numeric', month: 'long', year: 'numeric' });
const dayMonth = dateFormat(TAG, { day: 'numeric', month: 'long' });

/**
 * An integer in 만 notation: each four-digit group from the right followed by its unit, empty
 * groups left out, no commas: 904237 → "90만4237", 150000000 → "1억5000만", 3000 → "3000".
 */
function man(n: number): string {
  if (n < 0) return `-${man(-n)}`;
  if (n < 10_000 || n >= 1e20) return decimal(n);
  let rest = BigInt(Math.round(n));
  const parts: string[] = [];
  for (const unit of UNITS) {
    const group = rest % 10_000n;
    if (group > 0n) parts.unshift(`${group}${unit}`);
    rest /= 10_000n;
    if (rest === 0n) break;
  }
  return parts.join('');
}

/** Exact for integers; a fraction keeps its decimals below 만 (a count is whole in this story's data). */
const count = (n: number) => (Number.isInteger(n) || Math.abs(n) >= 10_000 ? man(Math.round(n)) : decimal(n));

/** A unit noun after a figure: spaced after 만/억/조 ("1500만 달러"), closed up after a digit ("5.99달러"). */
function withUnit(figure: string, unit: string): string {
  return /[0-9]$/.test(figure) ? `${figure}${unit}` : `${figure} ${unit}`;
}

const usd = (n: number) => withUnit(Number.isInteger(n) ? count(n) : cents(n), '달러');

function clock(hour: number, minute = 0): string {
  if (minute === 0 && hour === 12) return '정오';
  if (minute === 0 && hour === 0) return '자정';
  const h = hour > 12 ? hour - 12 : hour;
  return `${hour < 12 ? '오전' : '오후'} ${h}시${minute === 0 ? '' : ` ${minute}분`}`;
}

export const ko: Formatter = {
  locale: 'ko',
  count,
  usd,
  usdMillions: (n) => (Math.abs(n) < 1e6 || Number.isInteger(n / 1e6) ? usd(n) : withUnit(man(sig(n, 3)), '달러')),
  usdShort: (n) => withUnit(man(sig(n, Math.abs(n) < 1e6 ? 2 : 3)), '달러'),
  countWords: (n) => (Math.abs(n) < 1e6 ? count(n) : man(sig(n, 3))),
  countShort: (n) => man(sig(n, 2)),
  pct: (n) => `${decimal(n)}%`,
  hours: (n) => `${decimal(n)}시간`,
  decimal,
  date: (iso, { year = true } = {}) => (year ? longDate(iso) : dayMonth(iso)),
  month: dateFormat(TAG, { month: 'long', year: 'numeric' }),
  monthShort: (m) => `${m}월`,
  clock,
  timeOfDay: (time) => clock(...hhmm(time)),
  /** Commas only: the 및 of Intl is the register of statutes, and 와/과 would depend on the last word. */
  list: (items) => items.join(', '),
  qualified(q, figure) {
    switch (qualifierOf(q)) {
      case '':
        return figure;
      case 'about':
        return `약 ${figure}`;
      case 'over':
        return `${figure} 이상`;
      case 'at least':
        return `최소 ${figure}`;
    }
  },
  value: (value, fmt) => valueIn(ko, value, fmt),
};
