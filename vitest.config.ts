import { defineConfig } from 'vitest/config';

// End-to-end tests spawn `node bin/rencai.js`; on a loaded two-core machine one spawn can take seconds, and a
// timeout there says nothing about rencai. Speed is measured by `npm run bench`, not by test timeouts.
export default defineConfig({
  test: {
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
