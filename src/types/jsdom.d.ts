/** jsdom ships no types (and @types/jsdom is not a dependency): the part the tests use. */
declare module 'jsdom' {
  export class JSDOM {
    constructor(html?: string, options?: { url?: string; contentType?: string });
    readonly window: Window & typeof globalThis;
  }
}
