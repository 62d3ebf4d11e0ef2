/** subset-font ships no types; the call we use. */
declare module 'subset-font' {
  export interface SubsetOptions {
    /** OpenType feature tags to keep (all when absent). */
    keepFeatures?: string[];
    /** Pin an axis to a value, or cut it to a range (variable fonts). */
    variationAxes?: Record<string, number | { min: number; max: number; default?: number }>;
  }
  export default function subsetFont(
    font: Uint8Array,
    text: string,
    options?: SubsetOptions & { targetFormat?: 'woff2' | 'woff' | 'sfnt' | 'truetype' },
  ): Promise<Uint8Array>;
}
