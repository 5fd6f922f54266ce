// Streams a workbook part's XML through saxes: tags and text as events, in bounded memory. saxes
// gathers a text node, a tag or a comment whole before handing it over, so a run of text with no
// '<' in it is bounded here, per chunk, before saxes would gather gigabytes of it.
import { SaxesParser, type SaxesTagPlain } from 'saxes';

/** Longest stretch of XML without a tag start: a cell's text (at most a million characters, escaped) fits. */
export const MAX_XML_RUN_CHARS = 8_000_000;

export class XmlDamagedError extends Error {
  constructor(reason: string) {
    super(reason);
    this.name = 'XmlDamagedError';
  }
}

/** A stretch of text or one tag longer than MAX_XML_RUN_CHARS. */
export class XmlRunTooLongError extends Error {
  constructor() {
    super(`more than ${MAX_XML_RUN_CHARS} characters without a tag`);
    this.name = 'XmlRunTooLongError';
  }
}

export interface XmlHandlers {
  open?(tag: SaxesTagPlain): void;
  text?(text: string): void;
  close?(name: string): void;
}

/** Thrown by a handler to end reading early (the rest of the part is not read). */
export class StopReading extends Error {
  constructor() {
    super('stop reading');
    this.name = 'StopReading';
  }
}

/**
 * One part's XML fed chunk by chunk to the handlers, with the run bound. `write` throws
 * XmlDamagedError or XmlRunTooLongError, and whatever a handler throws (StopReading to stop).
 */
export class XmlFeeder {
  private readonly parser = new SaxesParser<{ position: false; xmlns: false }>({ position: false, xmlns: false });
  private failure: Error | undefined;
  private run = 0;

  constructor(handlers: XmlHandlers) {
    const parser = this.parser;
    parser.on('error', (error) => {
      this.failure ??= new XmlDamagedError(error.message);
    });
    if (handlers.open) parser.on('opentag', handlers.open);
    if (handlers.text) parser.on('text', handlers.text);
    if (handlers.close) {
      const close = handlers.close;
      parser.on('closetag', (tag) => close(tag.name));
    }
  }

  write(chunk: string): void {
    const firstTag = chunk.indexOf('<');
    if (firstTag === -1) {
      this.run += chunk.length;
    } else {
      if (this.run + firstTag > MAX_XML_RUN_CHARS) throw new XmlRunTooLongError();
      this.run = chunk.length - chunk.lastIndexOf('<');
    }
    if (this.run > MAX_XML_RUN_CHARS) throw new XmlRunTooLongError();
    this.parser.write(chunk);
    if (this.failure) throw this.failure;
  }

  end(): void {
    this.parser.close();
    if (this.failure) throw this.failure;
  }
}

/** Feeds a whole part to the handlers; resolves when it ends or a handler throws StopReading. */
export async function readXml(chunks: AsyncGenerator<string, void, undefined>, handlers: XmlHandlers): Promise<void> {
  const feeder = new XmlFeeder(handlers);
  try {
    for await (const chunk of chunks) feeder.write(chunk);
    feeder.end();
  } catch (error) {
    await chunks.return(undefined).catch(() => {});
    if (!(error instanceof StopReading)) throw error;
  }
}

/** A local name without its namespace prefix (x:row → row; some writers prefix SpreadsheetML). */
export function localName(name: string): string {
  const colon = name.indexOf(':');
  return colon === -1 ? name : name.slice(colon + 1);
}
