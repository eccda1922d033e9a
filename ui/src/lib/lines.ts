// "Lines" fields: a list of short texts edited as one entry per line.

/** One entry per non-blank line, trimmed. */
export function parseLines(text: string): string[] {
  return text
    .split(/\r\n|\r|\n/)
    .map((line) => line.trim())
    .filter((line) => line.length > 0);
}

export function joinLines(list: readonly string[]): string {
  return list.join('\n');
}

export function sameList(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((value, i) => value === b[i]);
}
