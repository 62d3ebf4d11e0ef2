/**
 * The first hours of the online release: one lane per kind of moment (legal release, piracy,
 * theaters) on an axis of hours since 1 pm ET, Dec. 24, 2014. Points are moments, hatched bands are
 * spans ("that afternoon"); approximate ones are hollow or hatched and say "about".
 *
 * Everything is placed once for all rows, so revealing a row only fades it in: nothing else moves.
 * The platforms panel, when shown, sits above the lanes and pushes them down.
 */
import { scaleLinear } from 'd3-scale';
import type { ReleaseHoursParams } from './params.ts';
import type { RowOf } from '../../schemas/datasets.ts';
import { formatDate, formatUsd } from '../core/format.ts';
import type { LayoutOptions, Mark, Scene, TextMark } from '../core/scene.ts';
import { FONT, textClass, wrapText } from '../core/text.ts';
import { xTick } from '../core/axis.ts';
import type { Anchor, Box } from '../core/box.ts';
import { placeFlags, type Flag, type FlagPlacement } from '../core/flags.ts';
import { clearHiddenStates } from '../core/hidden.ts';
import { countSentences, joinList } from '../core/prose.ts';
import { round1 } from '../core/round.ts';
import { TEXT_BLOCK_METRICS, blockBox, blockHeight, blockMarks, type TextBlock } from '../core/text-block.ts';
import { addDays, formatClock } from '../core/time.ts';

type HourRow = RowOf<'release-hours'>;
type PlatformRow = RowOf<'platforms'>;
type PriceRow = RowOf<'prices'>;
type Kind = HourRow['kind'];

export interface ReleaseHoursData {
  'release-hours': HourRow[];
  platforms: PlatformRow[];
  prices: PriceRow[];
}

/** Hour 0 as the release-hours schema defines it: 1 pm ET, Dec. 24, 2014. */
const HOUR_ZERO = { date: '2014-12-24', hour: 13 };

const KINDS: { kind: Kind; title: string }[] = [
  { kind: 'legal', title: 'Legal, online' },
  { kind: 'piracy', title: 'Pirated copies' },
  { kind: 'theatre', title: 'In theaters' },
];

const MARGIN = { top: 8, right: 12, bottom: 6, left: 12 };
const POINT_R = 5;
const HIGHLIGHT_R = 6.5;
const BAND = 10;

/** Hours since release → ["1 pm", "Dec. 24"]. */
export function clockParts(hours: number): [string, string] {
  const total = HOUR_ZERO.hour + hours;
  const day = Math.floor(total / 24);
  const h = Math.floor(total - day * 24);
  const m = Math.round((total - day * 24 - h) * 60);
  return [formatClock(h, m), formatDate(addDays(HOUR_ZERO.date, day), { year: false })];
}

/** Hours since release → "1 pm Dec. 24". */
export function clockAt(hours: number): string {
  return clockParts(hours).join(' ');
}

/** "hour 0", "about hour 10", "hours 0–5, approximate". */
function whenText(row: HourRow): string {
  if (row.hour_end !== undefined) return `hours ${row.hour}–${row.hour_end}${row.approx ? ', approximate' : ''}`;
  return `${row.approx ? 'about ' : ''}hour ${row.hour}`;
}

function whenClock(row: HourRow): string {
  const at = (h: number) => `${row.approx ? 'about ' : ''}${clockAt(h)}`;
  return row.hour_end !== undefined ? `${at(row.hour)} to ${clockAt(row.hour_end)}` : at(row.hour);
}

function capitalize(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

export function layoutReleaseHours(data: ReleaseHoursData, opts: LayoutOptions<ReleaseHoursParams>): Scene {
  const { width, height, state } = opts;
  const compact = width < 480;
  const plotL = MARGIN.left + HIGHLIGHT_R;
  const plotR = width - MARGIN.right - HIGHLIGHT_R;
  const wrapWidth = compact ? 124 : 150;
  const revealed = new Set(state.reveal);
  const highlighted = new Set(state.highlight.filter((id) => revealed.has(id)));
  const anyHighlight = highlighted.size > 0;
  const rows = data['release-hours']
    .map((row, i) => ({ row, i }))
    .sort((a, b) => a.row.hour - b.row.hour || a.i - b.i)
    .map(({ row }) => row);

  // Axis: from hour 0 to past the last hour, in whole steps that leave room for the clock labels.
  const maxHour = Math.max(1, ...rows.map((r) => r.hour_end ?? r.hour));
  const xMax = maxHour + 2;
  const x = scaleLinear().domain([0, xMax]).range([plotL, plotR]);
  // Tick labels: hours, clock, date. The step is the smallest whose labels all fit side by side.
  const tickLabels = (s: number) =>
    Array.from({ length: Math.floor(xMax / s) + 1 }, (_, i) => {
      const h = i * s;
      const [clock, date] = clockParts(h);
      const block: TextBlock = { lines: [`${h}`, clock, date], size: FONT.axis, bold: false };
      const tx = x(h);
      const w = blockBox(block, 0, 0, 'start').x1;
      const anchor: Anchor = tx - w / 2 < 2 ? 'start' : tx + w / 2 > width - 2 ? 'end' : 'middle';
      const lx = anchor === 'start' ? Math.max(2, tx - HIGHLIGHT_R) : anchor === 'end' ? Math.min(width - 2, tx + HIGHLIGHT_R) : tx;
      return { h, tx, lx, anchor, block };
    });
  const step =
    [3, 6, 12, 24].find((s) => {
      const boxes = tickLabels(s).map((t) => blockBox(t.block, t.lx, 0, t.anchor));
      return boxes.every((b, i) => i === 0 || (boxes[i - 1]?.x1 ?? 0) + 10 <= b.x0);
    }) ?? 24;

  // Platforms panel, above the lanes.
  const atRelease = data.platforms.filter((p) => p.hour === 0);
  const later = data.platforms.filter((p) => p.hour !== 0);
  const panelPad = 8;
  const panelWidth = plotR + HIGHLIGHT_R - MARGIN.left - 2 * panelPad;
  const prices = data.prices.map((p) => `${capitalize(p.option)} ${formatUsd(p.price_usd)}`).join(' · ');
  const panelText = [
    `On sale at hour 0 (${clockAt(0)}):`,
    ...wrapText(atRelease.map((p) => p.platform).join(' · '), panelWidth, FONT.small),
    ...(prices ? [prices] : []),
    ...(later.length
      ? wrapText(
          `Added later: ${later.map((p) => `${p.platform} (${formatDate(p.added, { year: false })})`).join(', ')}`,
          panelWidth,
          FONT.small,
        )
      : []),
  ];
  const panelBlock: TextBlock = { lines: panelText, size: FONT.small, bold: false };
  const panelHeight = blockHeight(panelBlock) + 2 * panelPad;

  // Lanes: each is a title line, the flags' room, then the track the markers sit on.
  type LanePlacement = FlagPlacement & { below: boolean };
  interface Marker {
    row: HourRow;
    /** Where the flag's leader rises from. */
    x: number;
    y: number;
    top: number;
    box: Box;
    block: TextBlock;
  }
  const layLane = (kind: Kind, title: string, unlabeled: Set<string>) => {
    const laneRows = rows.filter((r) => r.kind === kind);
    // Track at y = 0. Revealed points of one hour stack upwards; hidden rows wait on the track.
    const markers: Marker[] = [];
    const points: { x: number; y: number }[] = [];
    for (const row of laneRows) {
      const block: TextBlock = { lines: wrapText(`${row.label}, ${whenText(row)}`, wrapWidth, FONT.small), size: FONT.small, bold: true };
      if (row.hour_end !== undefined) {
        const x0 = x(row.hour);
        const x1 = x(Math.min(row.hour_end, xMax));
        markers.push({ row, x: (x0 + x1) / 2, y: 0, top: -BAND / 2, box: { x0, y0: -BAND / 2, x1, y1: BAND / 2 }, block });
      } else {
        const px = x(row.hour);
        let y = 0;
        if (revealed.has(row.id)) {
          while (points.some((p) => Math.abs(p.x - px) < 2 * HIGHLIGHT_R && p.y === y)) y -= 2 * HIGHLIGHT_R + 2;
          points.push({ x: px, y });
        }
        markers.push({
          row,
          x: px,
          y,
          top: y - HIGHLIGHT_R,
          box: { x0: px - HIGHLIGHT_R, y0: y - HIGHLIGHT_R, x1: px + HIGHLIGHT_R, y1: y + HIGHLIGHT_R },
          block,
        });
      }
    }
    const live = markers.filter((m) => revealed.has(m.row.id));
    // Flags stand above the track (rising from the top of a stack) or hang below it. Every label
    // above, or alternate ones below, whichever labels the most in the least height.
    const footAbove = (m: Marker) =>
      Math.min(
        m.top,
        ...live.filter((o) => o.row.hour_end === undefined && m.row.hour_end === undefined && Math.abs(o.x - m.x) < 1).map((o) => o.top),
      ) - 3;
    const footBelow = (m: Marker) => (m.row.hour_end !== undefined ? BAND / 2 : HIGHLIGHT_R) + 3;
    const bounds: Box = { x0: 2, y0: -10_000, x1: width - 2, y1: 10_000 };
    // The lane's name sits at the right end, just above the track; flags keep clear of it.
    const titleBlock: TextBlock = { lines: [title], size: FONT.small, bold: false };
    const titleBox = blockBox(titleBlock, width - MARGIN.right, -BAND / 2 - 3 - blockHeight(titleBlock), 'end');
    const obstacles = [...live.map((m) => m.box), titleBox];
    const mirrored = obstacles.map((b) => ({ x0: b.x0, x1: b.x1, y0: -b.y1, y1: -b.y0 }));
    const toLabel = live.filter((m) => !unlabeled.has(m.row.id)).sort((p, q) => p.x - q.x || q.y - p.y);
    const flag = (m: Marker, foot: number): Flag => ({ id: m.row.id, x: m.x, foot, block: m.block, priority: highlighted.has(m.row.id) });
    let best: { placed: Map<string, LanePlacement>; score: number[]; above: number; below: number } | undefined;
    for (const isAbove of [() => true, (i: number) => i % 2 === 0, (i: number) => i % 2 === 1]) {
      const up = toLabel.filter((_, i) => isAbove(i));
      const down = toLabel.filter((_, i) => !isAbove(i));
      const a = placeFlags(
        up.map((m) => flag(m, footAbove(m))),
        bounds,
        obstacles,
      );
      const b = placeFlags(
        down.map((m) => flag(m, -footBelow(m))),
        bounds,
        mirrored,
      );
      const placed = new Map<string, LanePlacement>();
      for (const [id, p] of a.placed) placed.set(id, { ...p, below: false });
      for (const m of down) {
        const p = b.placed.get(m.row.id);
        if (p) placed.set(m.row.id, { ...p, top: -(p.top + blockHeight(m.block)), below: true });
      }
      const above = -Math.min(titleBox.y0, ...[...a.placed.values()].map((p) => p.top), ...live.map((m) => m.top));
      const below = Math.max(
        BAND / 2,
        ...down.filter((m) => placed.has(m.row.id)).map((m) => (placed.get(m.row.id)?.top ?? 0) + blockHeight(m.block)),
      );
      const score = [a.score[0] + b.score[0], a.score[1] + b.score[1], -(above + below)];
      const i = best ? score.findIndex((v, k) => v !== best?.score[k]) : 0;
      if (!best || (i >= 0 && (score[i] ?? 0) > (best.score[i] ?? 0))) best = { placed, score, above, below };
    }
    const placed = best?.placed ?? new Map<string, LanePlacement>();
    const above = best?.above ?? HIGHLIGHT_R;
    const below = best?.below ?? BAND / 2;
    const height = 4 + above + below + 4;
    return { kind, title, titleBlock, titleBox, markers, placed, above, below, height, footAbove, footBelow };
  };

  // Vertical budget: panel (when shown), lanes, axis. When the lanes do not fit, the highest label
  // of a row that is not highlighted gives way, one at a time; spare room goes between the lanes.
  const axisTitle: TextBlock = {
    lines: wrapText(`Hours since the online release (hour 0 = ${clockAt(0)}, ET)`, width - 2 * MARGIN.left, FONT.small),
    size: FONT.small,
    bold: false,
  };
  const tickBlockH = blockHeight({ lines: ['', '', ''], size: FONT.axis, bold: false });
  const axisBlockH = 7 + tickBlockH + 5 + blockHeight(axisTitle);
  const axisY = height - MARGIN.bottom - axisBlockH;
  const lanesTop = MARGIN.top + (state.platforms ? panelHeight + 10 : 0);
  const unlabeled = new Set<string>();
  let laneLayouts = KINDS.map(({ kind, title }) => layLane(kind, title, unlabeled));
  for (;;) {
    const need = laneLayouts.reduce((h, l) => h + l.height, 0);
    if (need <= axisY - lanesTop) break;
    // Drop the label whose going saves the most height.
    let bestDrop: { id: string; saves: number } | undefined;
    for (const [i, l] of laneLayouts.entries()) {
      for (const id of l.placed.keys()) {
        if (highlighted.has(id)) continue;
        const k = KINDS[i];
        if (!k) continue;
        const saves = l.height - layLane(k.kind, k.title, new Set([...unlabeled, id])).height;
        if (!bestDrop || saves > bestDrop.saves) bestDrop = { id, saves };
      }
    }
    if (!bestDrop) break;
    unlabeled.add(bestDrop.id);
    laneLayouts = KINDS.map(({ kind, title }) => layLane(kind, title, unlabeled));
  }
  const lanesNeed = laneLayouts.reduce((h, l) => h + l.height, 0);
  const spare = Math.max(0, axisY - lanesTop - lanesNeed) / laneLayouts.length;
  let cursor = lanesTop;
  const laneY = new Map<Kind, number>();
  for (const l of laneLayouts) {
    cursor += spare + l.height;
    laneY.set(l.kind, cursor - 4 - l.below);
  }

  const marks: Mark[] = [];

  // Panel.
  const panelShown = state.platforms ? 1 : 0;
  const panelBox: Mark = {
    type: 'rect',
    key: 'platforms:panel',
    className: 'platforms-panel panel',
    x: MARGIN.left,
    y: MARGIN.top,
    width: round1(panelWidth + 2 * panelPad),
    height: round1(panelHeight),
    rx: 3,
  };
  if (!panelShown) panelBox.opacity = 0;
  marks.push(panelBox);
  const panelLines = blockMarks(
    'platforms:line',
    panelBlock,
    MARGIN.left + panelPad,
    MARGIN.top + panelPad,
    'start',
    textClass('small', 'platforms-text'),
    panelShown,
  );
  const [heading] = panelLines;
  if (heading) heading.className = textClass('small', 'platforms-heading');
  marks.push(...panelLines);

  // Axis.
  marks.push({
    type: 'line',
    key: 'axis-x:line',
    className: 'axis-line',
    x1: round1(plotL - HIGHLIGHT_R),
    y1: round1(axisY),
    x2: round1(plotR + HIGHLIGHT_R),
    y2: round1(axisY),
  });
  for (const t of tickLabels(step)) {
    marks.push(
      xTick(`axis-x:tick:${t.h}`, t.tx, axisY),
      ...blockMarks(`axis-x:tick:${t.h}:label`, t.block, t.lx, axisY + 7, t.anchor, textClass('axis', 'axis-label'), 1),
    );
  }
  marks.push(
    ...blockMarks('axis-x:title', axisTitle, MARGIN.left, axisY + 7 + tickBlockH + 5, 'start', textClass('small', 'axis-title'), 1),
  );

  // Lanes: titles and tracks, then markers, leaders and labels.
  const markerMarks: Mark[] = [];
  const leaderMarks: Mark[] = [];
  const labelMarks: TextMark[] = [];
  for (const l of laneLayouts) {
    const y0 = laneY.get(l.kind) ?? axisY;
    marks.push(
      ...blockMarks(
        `lane:${l.kind}:title`,
        l.titleBlock,
        width - MARGIN.right,
        y0 + l.titleBox.y0,
        'end',
        textClass('small', 'lane-title', `kind-${l.kind}`),
        1,
      ),
    );
    const track: Mark = {
      type: 'line',
      key: `lane:${l.kind}:track`,
      className: `lane-track kind-${l.kind}`,
      x1: round1(plotL - HIGHLIGHT_R),
      y1: round1(y0),
      x2: round1(plotR + HIGHLIGHT_R),
      y2: round1(y0),
    };
    marks.push(track);
    for (const m of l.markers) {
      const shown = revealed.has(m.row.id);
      const hi = highlighted.has(m.row.id);
      const emphasis = hi ? 'is-highlight' : anyHighlight ? 'is-muted' : '';
      const cls = (...c: string[]) => [...c, `kind-${l.kind}`, m.row.approx ? 'is-estimate' : '', emphasis].filter(Boolean).join(' ');
      const opacity = shown ? 1 : 0;
      if (m.row.hour_end !== undefined) {
        const band: Mark = {
          type: 'rect',
          key: `row:${m.row.id}:marker`,
          className: cls('marker', 'is-range'),
          x: round1(m.box.x0),
          y: round1(y0 - BAND / 2),
          width: round1(m.box.x1 - m.box.x0),
          height: BAND,
        };
        if (!shown) band.opacity = 0;
        markerMarks.push(band);
      } else {
        const dot: Mark = {
          type: 'circle',
          key: `row:${m.row.id}:marker`,
          className: cls('marker'),
          cx: round1(m.x),
          cy: round1(y0 + m.y),
          r: hi ? HIGHLIGHT_R : POINT_R,
        };
        if (!shown) dot.opacity = 0;
        markerMarks.push(dot);
      }
      const at = l.placed.get(m.row.id);
      const foot = y0 + (at?.below ? l.footBelow(m) : l.footAbove(m));
      const top = at ? y0 + at.top : foot;
      const leader: Mark = {
        type: 'line',
        key: `row:${m.row.id}:leader`,
        className: cls('leader'),
        x1: round1(m.x),
        y1: round1(foot),
        x2: round1(m.x),
        y2: round1(top),
      };
      if (!shown || !at) leader.opacity = 0;
      leaderMarks.push(leader);
      const block: TextBlock = { ...m.block, bold: hi };
      const anchor: Anchor = at?.anchor ?? (m.x + 4 + blockBox(m.block, 0, 0, 'start').x1 <= width - 2 ? 'start' : 'end');
      const lx = at?.lx ?? (anchor === 'start' ? m.x + 4 : m.x - 4);
      const lines = blockMarks(
        `row:${m.row.id}:label`,
        block,
        lx,
        at ? top : Math.max(MARGIN.top, foot - blockHeight(block) - 4),
        anchor,
        textClass('small', 'row-label', ...cls().split(' ')),
        shown && at ? opacity : 0,
      );
      labelMarks.push(...lines);
    }
  }
  marks.push(...markerMarks, ...leaderMarks, ...labelMarks);

  // Words.
  const shownRows = rows.filter((r) => revealed.has(r.id));
  const hiRows = shownRows.filter((r) => highlighted.has(r.id));
  const title = hiRows.length
    ? `The first ${maxHour} hours of the online release: ${hiRows.map((r) => r.label).join('; ')}`
    : `The first ${maxHour} hours of the online release`;
  const sentences: string[] = [
    `A timeline of the ${maxHour} hours after the online release at ${clockParts(0)[0]} ET on ${formatDate(HOUR_ZERO.date)}, with lanes for the legal release, piracy and theaters.`,
  ];
  sentences.push(
    shownRows.length ? `It marks ${joinList(shownRows.map((r) => `${r.label} (${whenText(r)})`))}.` : 'No moments are marked yet.',
  );
  const platformSentence = state.platforms
    ? `A panel lists where it was on sale at hour 0, ${joinList(atRelease.map((p) => p.platform))}, at ${data.prices.map((p) => `${formatUsd(p.price_usd)} to ${p.option}`).join(' or ')}${later.length ? `; ${joinList(later.map((p) => `${p.platform} followed on ${formatDate(p.added, { year: false })}`))}` : ''}.`
    : '';
  const [oneHi] = hiRows;
  if (hiRows.length === 1 && oneHi) {
    const detail = `Highlighted: ${oneHi.detail.replace(/\.?$/, '.')}`;
    if (countSentences([...sentences, detail, platformSentence].join(' ')) <= 4) sentences.push(detail);
    else sentences.push(`Highlighted: ${oneHi.label}, ${whenText(oneHi)}.`);
  } else if (hiRows.length > 1) {
    sentences.push(`Highlighted: ${joinList(hiRows.map((r) => r.label))}.`);
  }
  if (platformSentence) sentences.push(platformSentence);

  const tableRows = shownRows.map((r) => [whenText(r), whenClock(r), r.kind === 'theatre' ? 'theaters' : r.kind, r.detail]);
  if (state.platforms) {
    for (const p of data.platforms) {
      tableRows.push([
        p.hour !== undefined ? `hour ${p.hour}` : '',
        p.hour !== undefined ? clockAt(p.hour) : formatDate(p.added),
        'platform',
        `${p.platform} begins offering the film`,
      ]);
    }
    for (const p of data.prices) tableRows.push(['', '', 'price', `${capitalize(p.option)}: ${formatUsd(p.price_usd)}`]);
  }

  return {
    width,
    height,
    title,
    description: sentences.join(' '),
    marks: clearHiddenStates(marks, width, height, TEXT_BLOCK_METRICS),
    table: {
      caption: `The first ${maxHour} hours after the online release${state.platforms ? ', with platforms and prices' : ''}`,
      columns: ['Hours since release', 'Time (ET)', 'Kind', 'What happened'],
      rows: tableRows,
    },
  };
}
