/**
 * The lockout map: where "The Interview" could be rented or bought legally online, and, as a
 * bar rather than on the map, how one tracker split its downloaders between the U.S. and
 * everywhere else. No figure is drawn per country: the sources give none.
 */
import type { RowOf } from '../../schemas/datasets.ts';
import type { LockoutMapParams } from './params.ts';
import type { LayoutOptions, Mark, Scene, TextMark } from '../core/scene.ts';
import { FONT, wrapText } from '../core/text.ts';
import { formatCount, formatPct, withQualifier } from '../core/format.ts';
import { overlaps, type Box } from '../core/box.ts';
import { labelBox, labelTexts, measureLabel, type LabelBlock, type LabelLine } from '../core/label-block.ts';
import { joinList } from '../core/prose.ts';
import { round1 } from '../core/round.ts';
import { fittedHeight, fittedProjection, projectShape, regionShapes } from './geography.ts';

export interface LockoutMapData {
  availability: RowOf<'availability'>[];
  'downloader-share': RowOf<'downloader-share'>[];
  'piracy-estimates': RowOf<'piracy-estimates'>[];
}

type Availability = RowOf<'availability'>;

const PAD = 6;
/** Room between a label band and the map, for the leader lines. */
const BAND_GAP = 12;
const SHARE_GAP = 20;
const BAR_HEIGHT = 18;
const LABEL_SPACING = 10;
/** Words for a region drawn locked out whose own row says it opened later. */
const NOT_YET = 'not yet available online';

function labelLines(row: Availability, legal: boolean, wrapWidth: number): LabelLine[] {
  const detail = legal || row.status === 'locked' ? row.when : NOT_YET;
  return [
    { text: row.region, size: 'label', className: 'map-label-name' },
    ...wrapText(detail, wrapWidth, FONT.small).map((text): LabelLine => ({ text, size: 'small', className: 'map-label-when' })),
  ];
}

/** "From 1 p.m. ET" → "from 1 p.m. ET", for words set inside a sentence; acronyms stay. */
function midSentence(s: string): string {
  return /^[A-Z][a-z]/.test(s) ? s.charAt(0).toLowerCase() + s.slice(1) : s;
}

function possessive(name: string): string {
  return name.endsWith('s') ? `${name}'` : `${name}'s`;
}

export function layoutLockoutMap(data: LockoutMapData, opts: LayoutOptions<LockoutMapParams>): Scene {
  const { width, height, state } = opts;
  const regions = data.availability;
  const legalIds = new Set(state.legal);
  const isLegal = (r: Availability): boolean => legalIds.has(r.id);
  const emphasized = regions.find((r) => r.id === state.emphasize);

  // Labels are sized for both wordings (legal, locked) so the map and label slots stay put
  // from state to state; only the words change.
  const wrapWidth = width < 480 ? 140 : 190;
  const labels = regions.map((r) => {
    const current = measureLabel(labelLines(r, isLegal(r), wrapWidth));
    const variants = [measureLabel(labelLines(r, true, wrapWidth)), measureLabel(labelLines(r, false, wrapWidth))];
    return {
      row: r,
      current,
      slotWidth: Math.max(...variants.map((v) => v.width)),
      slotHeight: Math.max(...variants.map((v) => v.height)),
      lineCount: Math.max(...variants.map((v) => v.lines.length)),
    };
  });
  const bandHeight = Math.max(0, ...labels.map((l) => l.slotHeight));

  // The downloader-share panel: its room is kept even when hidden, so the map never jumps.
  const shareRows = data['downloader-share'];
  const estimate = data['piracy-estimates'].find((e) => e.id === shareRows[0]?.of_estimate);
  const estimateWords = estimate ? withQualifier(estimate.qualifier, formatCount(estimate.count)) : '';
  const captionText = estimate ? `of ${possessive(estimate.tracker)} ${estimateWords} estimated downloaders` : '';
  const barWidth = width - 2 * PAD;
  const caption = measureLabel(wrapText(captionText, barWidth, FONT.small).map((text): LabelLine => ({ text, size: 'small' })));
  const shareLabelHeight = measureLabel([{ text: 'x', size: 'label' }]).height;
  const shareHeight = shareRows.length ? shareLabelHeight + 5 + BAR_HEIGHT + 6 + caption.height : 0;

  // Stack: label band, map, label band, share panel; centred vertically in the canvas.
  const fixed = 2 * bandHeight + 2 * BAND_GAP + (shareHeight ? SHARE_GAP + shareHeight : 0);
  const slot = Math.max(40, height - 2 * PAD - fixed);
  const mapHeight = fittedHeight(width - 2 * PAD, slot);
  const top = Math.round(Math.max(PAD, (height - fixed - mapHeight) / 2));
  const mapTop = top + bandHeight + BAND_GAP;
  const projection = fittedProjection(
    [
      [PAD, mapTop],
      [width - PAD, mapTop + mapHeight],
    ],
    PAD,
  );
  const shapes = regionShapes(regions).map((s) => ({ id: s.id, ...projectShape(s.shape, projection) }));
  const mapBottom = mapTop + mapHeight;
  const bottomBand = mapBottom + BAND_GAP;
  const shareTop = bottomBand + bandHeight + SHARE_GAP;

  // Place each label in the band above or below the map, nearest first, without overlaps.
  const placed: { id: string; box: Box; above: boolean }[] = [];
  const order = labels
    .map((l, i) => ({ l, i, anchor: shapes[i]?.anchor ?? [width / 2, mapTop] }))
    .sort(
      (a, b) =>
        Math.min(a.anchor[1] - mapTop, mapBottom - a.anchor[1]) - Math.min(b.anchor[1] - mapTop, mapBottom - b.anchor[1]) || a.i - b.i,
    );
  for (const { l, anchor } of order) {
    const nearAbove = anchor[1] - mapTop <= mapBottom - anchor[1];
    const bandBox = (above: boolean, cx: number): Box => {
      const half = l.slotWidth / 2;
      const x = Math.min(Math.max(cx, PAD + half), width - PAD - half);
      const y0 = above ? top + bandHeight - l.slotHeight : bottomBand;
      return { x0: x - half, y0, x1: x + half, y1: y0 + l.slotHeight };
    };
    const candidates: { above: boolean; box: Box }[] = [];
    for (let step = 0; step * 12 <= width; step++) {
      for (const above of [nearAbove, !nearAbove]) {
        for (const sign of step === 0 ? [1] : [1, -1]) candidates.push({ above, box: bandBox(above, anchor[0] + sign * step * 12) });
      }
    }
    const choice = candidates.find((c) => placed.every((p) => !overlaps(p.box, c.box, LABEL_SPACING))) ?? candidates[0];
    if (choice) placed.push({ id: l.row.id, ...choice });
  }

  const emphasisClass = (r: Availability): string => (emphasized ? (r.id === emphasized.id ? ' is-highlight' : ' is-muted') : '');
  const statusClass = (r: Availability): string => (isLegal(r) ? 'is-legal' : 'is-locked');

  const geoMarks: Mark[] = regions.map((r, i) => ({
    type: 'path',
    key: `geo:${r.id}`,
    d: shapes[i]?.d ?? '',
    className: `geo ${statusClass(r)}${emphasisClass(r)}`,
  }));

  const leaderMarks: Mark[] = [];
  const labelMarks: Mark[] = [];
  labels.forEach((l, i) => {
    const r = l.row;
    const p = placed.find((q) => q.id === r.id);
    if (!p) return;
    const [ax, ay] = shapes[i]?.anchor ?? [width / 2, mapTop];
    const cx = (p.box.x0 + p.box.x1) / 2;
    const ex = Math.min(Math.max(ax, p.box.x0 + 6), p.box.x1 - 6);
    const ey = p.above ? p.box.y1 + 3 : p.box.y0 - 3;
    const cls = `${statusClass(r)}${emphasisClass(r)}`;
    leaderMarks.push(
      {
        type: 'line',
        key: `leader:${r.id}`,
        x1: round1(ax),
        y1: round1(ay),
        x2: round1(ex),
        y2: round1(ey),
        className: `map-leader ${cls}`,
      },
      { type: 'circle', key: `anchor:${r.id}`, cx: round1(ax), cy: round1(ay), r: 2.5, className: `map-anchor ${cls}` },
    );
    // Labels hug the map: bottom-aligned above it, top-aligned below it.
    const labelTop = p.above ? p.box.y1 - l.current.height : p.box.y0;
    const marks = labelTexts(l.current, `label:${r.id}`, cx, labelTop, 'middle', `map-label ${cls}`, 1);
    for (let k = marks.length; k < l.lineCount; k++) {
      marks.push({
        type: 'text',
        key: `label:${r.id}:${k}`,
        x: round1(cx),
        y: round1(labelTop),
        text: '',
        anchor: 'middle',
        className: 'text-small map-label',
        opacity: 0,
      });
    }
    labelMarks.push(...marks);
  });

  // The share bar: one segment per downloader-share row, labelled directly above.
  const shareMarks: Mark[] = [];
  const shareOpacity = state.share ? 1 : 0;
  const total = shareRows.reduce((s, r) => s + r.share_pct, 0) || 1;
  const barTop = shareTop + shareLabelHeight + 5;
  let x = PAD;
  let prevLabel: Box | null = null;
  shareRows.forEach((r, i) => {
    const w = (r.share_pct / total) * barWidth;
    const derived = r.derived ? ' is-derived' : '';
    shareMarks.push({
      type: 'rect',
      key: `share:${r.id}:bar`,
      x: round1(x + (i > 0 ? 1 : 0)),
      y: round1(barTop),
      width: round1(Math.max(0, w - (i > 0 ? 1 : 0) - (i < shareRows.length - 1 ? 1 : 0))),
      height: BAR_HEIGHT,
      className: `share-seg share-${r.id}${derived}`,
      opacity: shareOpacity,
    });
    const block: LabelBlock = measureLabel([{ text: `${r.location} ${formatPct(r.share_pct)}`, size: 'label' }]);
    let lx = x + (i > 0 ? 4 : 0);
    let anchor: 'start' | 'end' = 'start';
    let box = labelBox(block, lx, shareTop, anchor);
    if ((prevLabel && overlaps(prevLabel, box, 8)) || box.x1 > width - PAD) {
      lx = i === shareRows.length - 1 ? width - PAD : x + w;
      anchor = 'end';
      box = labelBox(block, lx, shareTop, anchor);
    }
    prevLabel = box;
    shareMarks.push(
      ...labelTexts(block, `share:${r.id}:label`, lx, shareTop, anchor, `share-label${derived}`, shareOpacity).map((m): TextMark => ({
        ...m,
        key: `share:${r.id}:label`,
      })),
    );
    x += w;
  });
  if (shareRows.length)
    shareMarks.push(...labelTexts(caption, 'share:caption', PAD, barTop + BAR_HEIGHT + 6, 'start', 'share-caption', shareOpacity));

  // Words: description and table from the same rows and state.
  const legalRows = regions.filter(isLegal);
  const lockedRows = regions.filter((r) => !isLegal(r));
  const sentences: string[] = [];
  sentences.push(
    legalRows.length
      ? `Legally available online: ${joinList(legalRows.map((r) => `${r.region} (${midSentence(r.when)})`))}.`
      : 'No region is shown as legally available online.',
  );
  if (lockedRows.length) sentences.push(`Locked out, with no legal online release: ${joinList(lockedRows.map((r) => r.region))}.`);
  if (emphasized)
    sentences.push(
      `Highlighted: ${emphasized.region}, ${isLegal(emphasized) || emphasized.status === 'locked' ? midSentence(emphasized.when) : NOT_YET}.`,
    );
  if (state.share && shareRows.length && estimate) {
    const parts = shareRows.map((r) => `${r.location} ${formatPct(r.share_pct)}${r.derived ? ' (derived, not reported)' : ''}`);
    sentences.push(
      `Of ${possessive(estimate.tracker)} ${estimateWords} estimated downloaders: ${joinList(parts)}; the sources give no country-by-country figures, so the map shows none.`,
    );
  }

  const rows: string[][] = regions.map((r) => [r.region, isLegal(r) ? 'legal online release' : 'locked out', r.when]);
  if (state.share && estimate) {
    for (const r of shareRows) {
      rows.push([
        `Pirate downloaders: ${r.location}`,
        formatPct(r.share_pct),
        `of ${possessive(estimate.tracker)} ${estimateWords} estimated downloaders; ${r.derived ? 'derived (not reported by the source)' : 'reported'}`,
      ]);
    }
  }

  return {
    width,
    height,
    title: state.share
      ? 'Where “The Interview” could be bought online, and where its pirates were'
      : 'Where “The Interview” could be bought or rented online',
    description: sentences.join(' '),
    marks: [...geoMarks, ...leaderMarks, ...labelMarks, ...shareMarks],
    table: {
      caption: 'Legal online availability of “The Interview” by region',
      columns: ['Region or group', 'Shown as', 'Detail'],
      rows,
    },
  };
}
