/** The longest leading phrase a plain practice is named by, in characters. */
export const leadingPhraseLength = 60;

/** Where a phrase ends inside a line: a colon, a dash between spaces, a semicolon, a sentence's end, an opening bracket. */
const phraseEnd = /:\s|\s[-–—]\s|;\s|[.!?。！？]\s|\s\(|[：；（]/u;

/**
 * The phrase a plain list item is named by, in Practices A–Z and in its id: its text up to the
 * first colon, dash, semicolon, sentence end or bracket, and at most `leadingPhraseLength`
 * characters, cut at a word with "…" when longer. "EXPLAIN analysis" stays whole; "Use
 * prepared statements: never build SQL from strings" is "Use prepared statements".
 */
export function leadingPhrase(text: string): string {
  const line = text.replace(/\s+/gu, ' ').trim();
  const end = phraseEnd.exec(line);
  const head = (end && end.index >= 3 ? line.slice(0, end.index) : line).replace(/[.:;,!?。：；]+$/u, '').trim();
  if (head.length <= leadingPhraseLength) return head;
  const cut = head.slice(0, leadingPhraseLength + 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > leadingPhraseLength / 2 ? cut.slice(0, space) : cut.slice(0, leadingPhraseLength)).trimEnd()}…`;
}
