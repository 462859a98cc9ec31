/**
 * Splits a stream of newline-delimited JSON into values. Chunks from the
 * network can end mid-line, so the unfinished tail is kept for the next push.
 */
export function createNdjsonParser() {
  let buffered = '';

  const parseLines = (lines: string[]): unknown[] => lines.filter((line) => line.trim() !== '').map((line) => JSON.parse(line) as unknown);

  return {
    push(chunk: string): unknown[] {
      const lines = (buffered + chunk).split('\n');
      buffered = lines.pop() ?? '';
      return parseLines(lines);
    },
    /** Whatever is left once the stream has ended (a last line without a newline). */
    flush(): unknown[] {
      const rest = buffered;
      buffered = '';
      return parseLines([rest]);
    },
  };
}
