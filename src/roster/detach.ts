// Cells are slices of the decoded text they were read from, and V8 keeps a slice of 13 or more
// characters (and a string built from one, such as an error message naming the cell) as a view into
// its parent: keeping one cell keeps a whole megabyte of text. What outlives its row (rejected rows,
// cached lookups) is copied first.

/** A copy of `text` that shares no memory with the text it was cut from. */
export function detached(text: string): string {
  return text.length < 13 ? text : (text + ' ').slice(0, -1);
}

/** Rejected-row errors whose messages no longer hold on to the roster's text. */
export function detachedErrors<T extends { column: string; message: string }>(errors: readonly T[]): T[] {
  return errors.map((error) => ({ ...error, column: detached(error.column), message: detached(error.message) }));
}
