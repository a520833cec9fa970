#!/usr/bin/env node
// Regular expressions go straight to machine code. The rules are a few hundred large patterns
// (country and title alternations) that each run a handful of times per article; V8 starts every
// pattern in its bytecode interpreter, which made a small run (five articles) spend about 40% of
// its time there. Set before the code is loaded; V8 flags hold for the worker threads too.
import v8 from 'node:v8';

v8.setFlagsFromString('--no-regexp-tier-up');
const { main } = await import('../dist/cli/main.js');

main(process.argv).then((code) => {
  process.exitCode = code;
});
