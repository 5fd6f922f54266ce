// Every command with --output refuses, before reading anything, an output that is one of its inputs:
// `roster x.csv --output x.csv` would otherwise replace the roster with its own results.
import type { Lang } from '../../i18n/lang.js';
import { inputOptionName, outputMessages } from '../../i18n/output-messages.js';
import { inputAtOutput, type NamedInput } from '../../io/same-file.js';
import { usageError } from '../errors.js';

export async function refuseOutputOverInput(output: string | undefined, inputs: readonly NamedInput[], lang: Lang): Promise<void> {
  const clash = await inputAtOutput(output, inputs);
  if (clash === null || output === undefined) return;
  throw usageError(outputMessages(lang).outputIsInput(output, inputOptionName(clash.option, lang), clash.path ?? ''));
}
