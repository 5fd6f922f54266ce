#!/usr/bin/env node
// Thin launcher: the compiled CLI lives in dist/ (built by `npm install` / `npm run build`).
import('../dist/cli/main.js').then((m) => m.main(process.argv)).catch((error) => {
  process.stderr.write(`rencai: 无法启动（是否已运行 npm install？）: ${error && error.message ? error.message : error}\n`);
  process.exitCode = 70;
});
