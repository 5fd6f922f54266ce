// `rencai policy [TOPIC]`: the policy as data says it — items, amounts, payers, readings — each
// with the text of its clause from the bundled policy. TOPIC is an item code, tiers, payers,
// readings or a clause (§16); without it, every item.
import type { Command } from 'commander';
import { formatMonth } from '../../base/months.js';
import type { Policy } from '../../policy/types.js';
import type { Lang } from '../../i18n/lang.js';
import { whatIfMessages } from '../../i18n/what-if-messages.js';
import { usageError } from '../errors.js';
import { ExitCode } from '../exit-codes.js';
import { formatHelp, formatNames } from '../output/formats.js';
import { addPolicyOptions, checkPolicySelection, loadSelectedPolicy, readScenario, type PolicySelection } from './policy-options.js';
import { OptionCheck } from './option-kinds.js';
import { messages } from '../../i18n/messages.js';

interface PolicyCommandOptions extends PolicySelection {
  format?: string;
}

export function registerPolicy(program: Command, lang: Lang): void {
  const w = whatIfMessages(lang);
  const command = program
    .command('policy')
    .description(w.policyDescription)
    .argument('[topic]', w.policyArgument)
    .option('-f, --format <format>', formatHelp('policy', lang));
  addPolicyOptions(command, lang, { year: 'optional' })
    .addHelpText('after', w.policyExamples)
    .action(async (topic: string | undefined, raw: PolicyCommandOptions) => {
      process.exitCode = await runPolicy(topic, raw, lang);
    });
}

export async function runPolicy(topic: string | undefined, options: PolicyCommandOptions, lang: Lang): Promise<number> {
  const w = whatIfMessages(lang);
  const check = new OptionCheck(messages(lang));
  const format = check.choice('--format', options.format, formatNames('policy'), 'table');
  const year = check.year(options.year, new Date().getFullYear());
  const selection = checkPolicySelection(check, options);
  check.done();
  const scenario = await readScenario(selection, lang);
  const policy = await loadSelectedPolicy(selection, year, scenario, lang);
  const [{ describePolicy }, { loadPolicyText, clauseNumbers }, render] = await Promise.all([
    import('../../i18n/policy-description.js'), import('../../policy/text.js'), import('../output/policy-text.js'),
  ]);
  const text = loadPolicyText(policy.edition);
  const description = describePolicy(policy, text, lang);
  const editions = editionsOfPolicyYear(policy, year);
  const header = { policy: policy.edition, year, editions, ...(scenario ? { scenario: scenario.name } : {}) };
  const print = (json: unknown, table: () => string) => {
    process.stdout.write(format === 'json' ? `${JSON.stringify({ ...header, ...(json as object) }, null, 2)}\n` : table());
  };

  if (topic === undefined) {
    print(description, () => render.renderOverview(description, lang, editions));
    return ExitCode.OK;
  }
  const item = description.items.find((entry) => entry.item === topic);
  if (item) {
    print({ item }, () => render.renderItem(item, lang));
    return ExitCode.OK;
  }
  // The edition's tables that are not items: the topic names the description's field and its renderer.
  const tables = {
    tiers: render.renderTiers, payers: render.renderPayers, conditions: render.renderConditions, fund: render.renderFund, readings: render.renderReadings,
  } as const;
  if (Object.hasOwn(tables, topic)) {
    const table = topic as keyof typeof tables;
    print({ [table]: description[table] }, () => tables[table](description, lang));
    return ExitCode.OK;
  }
  const clause = /^§?\s*\d+$/.test(topic) ? `§${topic.replace(/^§\s*/, '')}` : null;
  if (clause) {
    if (!text) throw usageError(w.noPolicyText(policy.edition));
    const clauses = text.clauses(clause);
    if (clauses.some((entry) => entry.text === null)) throw usageError(w.noArticle(clause));
    const cited = description.items.filter((entry) => clauseNumbers(entry.clause).some((number) => clauseNumbers(clause).includes(number)));
    // The clause's rights too (rights.json), each with its label: what rencai encodes of the clause.
    const rights = policy.rights.filter((right) => clauseNumbers(right.clause).some((number) => clauseNumbers(clause).includes(number)));
    const lines = [...cited.map((entry) => `  → ${entry.item}  ${entry.label}`), ...rights.map((right) => `  → ${w.rightMarker} ${right.id}  ${right.label[lang]}`)];
    // Sentence by sentence (coverage.json): what encodes each sentence that gives something, or why it is not computed.
    const { loadCoverage, sentencesOf } = await import('../../policy/coverage.js');
    const coverage = loadCoverage(policy.edition);
    const sentences = clauseNumbers(clause).flatMap((number) => sentencesOf(coverage, number));
    const listed = lines.length ? `${lines.join('\n')}\n` : '';
    print({ clauses, items: cited.map((entry) => entry.item), rights: rights.map((right) => right.id), sentences },
      () => `${render.renderClauseTexts(clauses, lang)}\n${listed}\n${render.renderCoverage(sentences, lang)}`);
    return ExitCode.OK;
  }
  const known = [...description.items.map((entry) => entry.item), ...Object.keys(tables), '§N'].join(', ');
  throw usageError(w.unknownPolicyTopic(topic, known));
}

/** The editions the year uses, each with the months it is in force (one edition all year, or the segments of a year that spans editions). */
function editionsOfPolicyYear(policy: Policy, year: number): { edition: string; from: string; to: string }[] {
  const spans = policy.segments ?? [{ edition: policy.edition, first: year * 12, last: year * 12 + 11 }];
  return spans.map((span) => ({ edition: span.edition, from: formatMonth(span.first), to: formatMonth(span.last) }));
}
