import { CommanderError } from 'commander';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CliError, OutputClosed, reportError } from '../../src/cli/errors.js';
import { ExitCode } from '../../src/cli/exit-codes.js';

/** What reportError writes on stderr, and the status it returns. */
function report(error: unknown, lang: 'zh' | 'en' = 'zh'): { status: number; stderr: string } {
  let stderr = '';
  const spy = vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => {
    stderr += String(chunk);
    return true;
  });
  try {
    return { status: reportError(error, lang), stderr };
  } finally {
    spy.mockRestore();
  }
}

afterEach(() => {
  delete process.env.RENCAI_DEBUG;
});

describe('the one error handler', () => {
  it('prints an internal error as one line asking for a report, without the stack', () => {
    const { status, stderr } = report(new Error('boom\nsecond line'));
    expect(status).toBe(ExitCode.INTERNAL);
    expect(stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(stderr).toMatch(/^rencai: 内部错误：boom。请报告此问题/);
  });

  it('adds the stack to an internal error with RENCAI_DEBUG=1', () => {
    process.env.RENCAI_DEBUG = '1';
    const { stderr } = report(new Error('boom'));
    expect(stderr).toMatch(/\n\s+at /);
  });

  it('prints a user error with its details, one problem per line, and returns its status', () => {
    const { status, stderr } = report(new CliError('数据文件 x.json 有误：', ExitCode.DATA, ['a: 错', 'b: 错']));
    expect(status).toBe(4);
    expect(stderr).toBe('rencai: 数据文件 x.json 有误：\nrencai:   a: 错\nrencai:   b: 错\n');
  });

  it('maps commander usage errors to status 2, in the chosen language', () => {
    const unknown = new CommanderError(1, 'commander.unknownOption', "error: unknown option '--yaer'\n(Did you mean --year?)");
    expect(report(unknown)).toEqual({ status: 2, stderr: 'rencai: 未知选项 --yaer（是否想用 --year？）（运行 rencai --help 查看用法）\n' });
    expect(report(unknown, 'en').stderr).toBe('rencai: unknown option --yaer (did you mean --year?) (run rencai --help for usage)\n');
  });

  it('treats --help and --version as success and a closed stdout as a quiet end', () => {
    expect(report(new CommanderError(0, 'commander.helpDisplayed', '(outputHelp)'))).toEqual({ status: 0, stderr: '' });
    expect(report(new CommanderError(0, 'commander.version', '0.1.0'))).toEqual({ status: 0, stderr: '' });
    expect(report(new OutputClosed())).toEqual({ status: 0, stderr: '' });
  });
});
