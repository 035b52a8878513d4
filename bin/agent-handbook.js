#!/usr/bin/env node
// @ts-check
// The `agent-handbook` command. It checks the Node version before it loads anything else, so
// that an old Node prints one line saying what to install rather than a stack trace.
import { existsSync } from 'node:fs';
import { nodeVersionProblem, requiredNodeVersion } from './node-version.js';

const problem = nodeVersionProblem(process.versions.node, requiredNodeVersion());
if (problem) {
  console.error(problem);
  process.exitCode = 1;
} else {
  // A clone runs the TypeScript source; the package runs what `npm pack` compiled.
  const source = new URL('../src/cli/main.ts', import.meta.url);
  const entry = existsSync(source) ? source : new URL('../lib/cli/main.js', import.meta.url);
  import(entry.href).then((cli) => cli.main(process.argv.slice(2)));
}
