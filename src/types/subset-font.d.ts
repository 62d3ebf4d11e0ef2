/** subset-font ships no types; the call we use. */
declare module 'subset-font' {
  export default function subsetFont(
    font: Uint8Array,
    text: string,
    options?: { targetFormat?: 'woff2' | 'woff' | 'sfnt' | 'truetype'; keepFeatures?: string[] },
  ): Promise<Uint8Array>;
}
