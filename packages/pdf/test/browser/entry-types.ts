/// <reference lib="dom" />
// What the test page (entry.ts) puts on `window` for the test to call.
declare global {
  interface Window {
    renderFlagship(print?: boolean): Promise<{ base64: string; warnings: string[]; ms: number }>;
  }
}

export {};
