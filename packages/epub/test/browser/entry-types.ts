/// <reference lib="dom" />
// What the test page (entry.ts) puts on `window` for the test to call.
declare global {
  interface Window {
    makeEpub(vertical: boolean, embedFonts: boolean): Promise<string>;
  }
}

export {};
