import type { Plugin } from 'esbuild';

/** Writes the licence of every third-party package bundled into a build to `dir`. */
export function bundledLicenses(options: { dir: string }): Plugin;
