/** Tips of the lockout map's points: regions and the downloaders' shares (src/charts/core/define.ts, Tips). */
import type { Tips } from '../core/define.ts';
import { formatCount, formatPct, withQualifier } from '../core/format.ts';

export const lockoutMapTips: Tips<'availability' | 'downloader-share'> = {
  availability: (r) => [r.region, r.status === 'legal' ? 'Could be rented or bought online' : 'No legal online release', r.when],
  'downloader-share': (r, data) => {
    const of = data['piracy-estimates'].rows.find((e) => e.id === r.of_estimate);
    return [
      r.location,
      `${formatPct(r.share_pct)} of downloaders${r.derived ? ' (derived from the reported share)' : ''}`,
      ...(of ? [`Of ${of.tracker}'s count of ${withQualifier(of.qualifier, formatCount(of.count))}`] : []),
    ];
  },
};
