// Kept for the tests that import from here; the one runner lives in helpers.ts.
export { ROOT, rencai, EXAMPLE as EXAMPLE_ROSTER } from './helpers.js';
