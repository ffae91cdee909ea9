// The few jsdom APIs the HTML input uses (jsdom ships no types; this avoids a @types dependency).
declare module 'jsdom' {
  export interface ConstructorOptions {
    url?: string;
    contentType?: string;
  }
  export class JSDOM {
    constructor(html?: string, options?: ConstructorOptions);
    readonly window: Window & typeof globalThis & { close(): void };
    static fragment(html: string): DocumentFragment;
  }
}
