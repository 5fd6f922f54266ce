// `rencai template [--lang zh|en] [--header zh|en] [--output FILE]`: a blank roster (src/roster/template.ts).
import type { Command } from 'commander';
import type { Lang } from '../../i18n/lang.js';
import { messages } from '../../i18n/messages.js';
import { whatIfMessages } from '../../i18n/what-if-messages.js';
import { ExitCode } from '../exit-codes.js';
import { OptionCheck } from './option-kinds.js';

export function registerTemplate(program: Command, lang: Lang): void {
  const w = whatIfMessages(lang);
  program
    .command('template')
    .description(w.templateDescription)
    .option('--header <lang>', w.templateOptions.lang)
    .option('-o, --output <file>', w.templateOptions.output)
    .addHelpText('after', w.templateExamples)
    .action(async (raw: { header?: string; output?: string }, command: Command) => {
      // --lang is global (the language of messages and, by default, of the header); --header overrides it.
      const global = command.optsWithGlobals() as { lang?: string };
      const check = new OptionCheck(messages(lang));
      const headerLang = check.choice('--header', raw.header ?? global.lang, ['zh', 'en'] as const, 'zh');
      const output = check.name('--output', raw.output);
      check.done();
      const { templateText } = await import('../../roster/template.js');
      const { fileSink, stdoutSink } = await import('../../io/sink.js');
      const sink = output === undefined ? stdoutSink() : await fileSink(output, messages(lang).outputFailed);
      try {
        await sink.write(templateText(headerLang));
        await sink.finish();
      } catch (error) {
        await sink.abort();
        throw error;
      }
      process.exitCode = ExitCode.OK;
    });
}
