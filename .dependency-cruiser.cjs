// The rooms of rencai and which way the doors open (docs/architecture.md draws the picture).
// `npm run layers` fails on any rule below; CI runs it.
/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'no-cycle',
      comment: 'An import cycle ties two files into one: neither can be read, tested or moved alone.',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
    {
      name: 'engine-and-policy-stay-pure',
      comment:
        'The engine and the policy model compute and describe; they know nothing of files, prompts, the roll-up, '
        + 'texts for people or the command line.',
      severity: 'error',
      from: { path: '^src/(engine|policy)/' },
      to: { path: '^src/(cli|roster|questionnaire|budget|i18n|io)/' },
    },
    {
      name: 'policy-below-engine',
      comment: 'The policy model is read by the engine, never the reverse; what both need lives in src/base.',
      severity: 'error',
      from: { path: '^src/policy/' },
      to: { path: '^src/engine/' },
    },
    {
      name: 'base-imports-nothing',
      comment: 'src/base is the shared vocabulary (money, months, person, tiers): it imports no other room.',
      severity: 'error',
      from: { path: '^src/base/' },
      to: { path: '^src/(?!base/)' },
    },
    {
      name: 'texts-below-rollup',
      comment:
        'src/i18n turns the vocabulary, the policy and the engine\'s results into sentences; the roll-up, readers, '
        + 'questionnaire and command line use it, so it must not use them.',
      severity: 'error',
      from: { path: '^src/i18n/' },
      to: { path: '^src/(budget|roster|questionnaire|cli|io)/' },
    },
    {
      name: 'only-the-entry-imports-cli',
      comment:
        'The command line is the outermost room: the roll-up, readers, questionnaire, texts and writers must not '
        + 'reach into it (what they share with it lives in src/io).',
      severity: 'error',
      from: { path: '^src/(?!cli/)' },
      to: { path: '^src/cli/' },
    },
    {
      name: 'io-below-rooms',
      comment: 'src/io holds sinks and writers that any room may use; it knows none of them.',
      severity: 'error',
      from: { path: '^src/io/' },
      to: { path: '^src/(?!io/|base/)' },
    },
    {
      name: 'no-unresolvable',
      comment: 'An import that does not resolve is a typo or a file that went away.',
      severity: 'error',
      from: {},
      to: { couldNotResolve: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    includeOnly: '^src/',
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'require', 'node', 'default'] },
  },
};
