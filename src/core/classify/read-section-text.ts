import type { ListItem, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { blockText } from '../block-text.ts';
import type { Block } from '../read/build-section-tree.ts';
import { compileVocabulary } from './compile-vocabulary.ts';
import { fenceLanguage, isShellProgram } from './fence-language.ts';
import { foldSymbols } from './normalise-words.ts';
import { matchWords } from './phrase-index.ts';
import type { Taxonomy } from './taxonomy.ts';

/** What a section's own text (its prose, lists, tables and code fences) points to. */
export interface TextReading {
  /** Topic slug → the summed weights of its keywords in the text. */
  topics: Map<string, number>;
  /** The summed weights of the phrases by which an agent speaks of itself. */
  self: number;
  /** Language slug → how often the text names it (a framework counts half). */
  languages: Map<string, number>;
  /** The languages of the code fences, one entry per fence; shell only for shell programs. */
  fences: string[];
  /** How many words the text has. */
  words: number;
  /** List items, and how many of them open with advice ("Use …", "Avoid …"). */
  items: number;
  adviceItems: number;
}

/** An empty reading, to add others to. */
export function emptyReading(): TextReading {
  return { topics: new Map(), self: 0, languages: new Map(), fences: [], words: 0, items: 0, adviceItems: 0 };
}

/** Reads the blocks of one section (not its subsections). */
export function readSectionText(blocks: Block[], taxonomy: Taxonomy): TextReading {
  const reading = emptyReading();
  for (const block of blocks) readNode(block.node, reading, taxonomy);
  return reading;
}

/** Reads a free text, such as an agent's name or description, into `reading`. */
export function readText(text: string, reading: TextReading, taxonomy: Taxonomy, weight = 1): TextReading {
  const vocabulary = compileVocabulary(taxonomy);
  const words = matchWords(text);
  reading.words += words.length;
  for (const hit of vocabulary.text.find(words)) {
    for (const term of hit.values) {
      if (term.kind === 'topic') add(reading.topics, term.slug, term.weight * weight);
      else if (term.kind === 'language') add(reading.languages, term.slug, term.weight * weight);
      else reading.self += term.weight * weight;
    }
  }
  if (vocabulary.exactAliases.size > 0) {
    for (const token of foldSymbols(text).split(/[^\p{L}\p{N}]+/u)) {
      // A single capital ("C") is too often a list letter or a grade to count in running text.
      const slug = token.length > 1 ? vocabulary.exactAliases.get(token) : undefined;
      if (slug) add(reading.languages, slug, weight);
    }
  }
  return reading;
}

/** Adds `other`'s counts to `into`. */
export function mergeReading(into: TextReading, other: TextReading, weight = 1): TextReading {
  for (const [slug, value] of other.topics) add(into.topics, slug, value * weight);
  for (const [slug, value] of other.languages) add(into.languages, slug, value * weight);
  into.self += other.self * weight;
  into.fences.push(...other.fences);
  into.words += other.words;
  into.items += other.items;
  into.adviceItems += other.adviceItems;
  return into;
}

function readNode(node: RootContent, reading: TextReading, taxonomy: Taxonomy): void {
  if (node.type === 'code') {
    const language = fenceLanguage(node.lang, taxonomy);
    if (language && (language !== 'shell' || isShellProgram(node.value))) reading.fences.push(language);
    return;
  }
  if (node.type === 'html') return;
  if (node.type === 'list') {
    const vocabulary = compileVocabulary(taxonomy);
    for (const item of node.children) {
      reading.items += 1;
      if (opensWithAdvice(item, vocabulary.adviceVerbs)) reading.adviceItems += 1;
    }
  }
  readText(blockText(node), reading, taxonomy);
}

/** Whether a list item advises: its text (after a `**Term**:`) opens with a verb of advice. */
function opensWithAdvice(item: ListItem, verbs: Set<string>): boolean {
  const text = toString(item.children[0] ?? item, { includeHtml: false });
  const advice = /^[^:]{1,80}:\s+(\S.*)$/su.exec(text)?.[1] ?? text;
  const words = matchWords(advice).slice(0, 6);
  return (words[0] !== undefined && (verbs.has(words[0]) || verbs.has(`${words[0]} ${words[1] ?? ''}`.trim()))) || words.includes('should') || words.includes('must');
}

function add(map: Map<string, number>, key: string, value: number): void {
  map.set(key, (map.get(key) ?? 0) + value);
}
