#!/usr/bin/env node
// The command's entry, kept outside dist/ so that the link a package manager makes to it exists
// before the first build (the repository's `pnpm exec kiji` links it at install time).
await import('../dist/bin.js');
