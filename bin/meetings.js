#!/usr/bin/env -S node --no-regexp-tier-up
// Regular expressions go straight to machine code. The rules are a few hundred large patterns
// (country and title alternations) that each run a handful of times per article; V8 starts every
// pattern in its bytecode interpreter, which made a small run (five articles) spend about 40% of
// its time there. The flag is given on the command line (the line above), where V8 reads it at
// start-up: setting V8 flags from inside a running process is unsupported and crashed about one
// run in three hundred (a segmentation fault in a worker). Run as `node bin/meetings.js` it works
// the same, only slower to start.
const { main } = await import('../dist/cli/main.js');

main(process.argv).then((code) => {
  process.exitCode = code;
});
