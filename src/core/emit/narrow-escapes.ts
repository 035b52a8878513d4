import type { Text } from 'mdast';
import { defaultHandlers, type Handle, type Options, type State } from 'mdast-util-to-markdown';

/**
 * The serialiser's own text handler, made faster: before a text is escaped, the serialiser
 * tries each of its escaping patterns (about 95 with GFM and MDX) against it, most of them
 * regular expressions. A pattern can only escape its own character, so the text is escaped
 * against the patterns whose character it holds, and comes out the same.
 */
const text: Handle = (node: Text, parent, state, info) => {
  const narrowed: State = Object.create(state);
  narrowed.unsafe = patternsFor(node.value, state.unsafe);
  return defaultHandlers.text(node, parent, narrowed, info);
};

type Patterns = State['unsafe'];

/** For each list of patterns, its characters, and its patterns for each set of them a text holds. */
const narrowings = new WeakMap<Patterns, { characters: Set<string>; bySet: Map<string, Patterns> }>();

/** The patterns whose character the text holds, in their order: the same for every text that holds the same ones. */
function patternsFor(value: string, unsafe: Patterns): Patterns {
  let narrowing = narrowings.get(unsafe);
  if (!narrowing) {
    narrowing = { characters: new Set(unsafe.map((pattern) => pattern.character)), bySet: new Map() };
    narrowings.set(unsafe, narrowing);
  }
  const held = new Set<string>();
  for (const character of value) if (narrowing.characters.has(character)) held.add(character);
  const key = [...held].sort().join('');
  let patterns = narrowing.bySet.get(key);
  if (!patterns) {
    patterns = unsafe.filter((pattern) => held.has(pattern.character));
    narrowing.bySet.set(key, patterns);
  }
  return patterns;
}

/** An extension for `toMarkdown`, after the others: the same Markdown, sooner. */
export const narrowEscapes: Options = { handlers: { text } };
