// The two ways an output can end early, shared by every room that writes one; src/cli/errors.ts turns
// them into exit statuses.

/** stdout (or the output pipe) was closed by the reader, e.g. `| head`: stop quietly. */
export class OutputClosed extends Error {
  constructor() {
    super('output closed');
    this.name = 'OutputClosed';
  }
}

/** The output file cannot be written: the message, already in the user's language, says which and why. */
export class OutputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'OutputError';
  }
}
