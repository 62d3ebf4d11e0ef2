/**
 * The sizes every chart state is laid out at, in SVG units. The SVG scales to its container; media
 * queries in the page styles pick the variant (compact below 520 px of chart width). Layouts are
 * told the size by name (LayoutOptions.size) and never tell sizes apart by comparing widths.
 */
export const SIZES = {
  compact: { width: 360, height: 520 },
  wide: { width: 640, height: 480 },
} as const;
export type SizeName = keyof typeof SIZES;
export const SIZE_NAMES = Object.keys(SIZES) as SizeName[];
