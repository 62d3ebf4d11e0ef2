/** Tips of the lockout map's points: regions and the downloaders' shares (src/charts/core/define.ts, Tips). */
import type { Tips } from '../core/define.ts';
import { say } from './messages.ts';

export const lockoutMapTips: Tips<'availability' | 'downloader-share'> = {
  availability: (r, _data, words) => [r.region, say(words)(`tip.status.${r.status}`), r.when],
  'downloader-share': (r, data, words) => {
    const { fmt } = words;
    const of = data['piracy-estimates'].rows.find((e) => e.id === r.of_estimate);
    return [
      r.location,
      say(words)(r.derived ? 'tip.share-derived' : 'tip.share', { pct: fmt.pct(r.share_pct) }),
      ...(of ? [say(words)('tip.of', { tracker: words.name(of.tracker), count: fmt.qualified(of.qualifier, fmt.count(of.count)) })] : []),
    ];
  },
};
