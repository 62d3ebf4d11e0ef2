/** Coordinates are rounded to one decimal: the SVG stays small, and a tenth of a pixel is invisible. */
export function round1(n: number): number {
  return Math.round(n * 10) / 10;
}
