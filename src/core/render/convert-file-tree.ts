import type { List, ListItem } from 'mdast';

const treeMarks = /[├└│]|[|`]--/u;

/** Whether a code block is a drawn directory tree (`├── cmd/`). */
export function isFileTree(code: string): boolean {
  const lines = code.split('\n').filter((line) => line.trim() !== '');
  return lines.length > 1 && lines.filter((line) => treeMarks.test(line)).length >= lines.length / 2;
}

interface Entry {
  name: string;
  comment: string;
  depth: number;
}

/** The characters that draw a tree before an entry's name. */
const drawing = /^[\s│├└─|`-]*/u;

/**
 * Turns a drawn tree into the nested list that Starlight's `<FileTree>` reads: one item per
 * entry, `name comment`, with `# comments` kept as the comment text.
 */
export function convertFileTree(code: string): List {
  const entries: Entry[] = code
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => {
      const prefix = drawing.exec(line)?.[0] ?? '';
      const rest = line.slice(prefix.length);
      const hash = rest.search(/\s#\s?|\s\/\/\s?/u);
      const name = (hash >= 0 ? rest.slice(0, hash) : rest).trim();
      const comment = hash >= 0 ? rest.slice(hash).replace(/^\s*(#|\/\/)\s*/u, '').trim() : '';
      return { name, comment, depth: Math.ceil([...prefix].length / 4) };
    });
  return toList(entries, 0, entries.length);
}

function toList(entries: Entry[], from: number, to: number): List {
  const list: List = { type: 'list', ordered: false, spread: false, children: [] };
  let index = from;
  while (index < to) {
    const entry = entries[index]!;
    let end = index + 1;
    while (end < to && entries[end]!.depth > entry.depth) end += 1;
    const item: ListItem = {
      type: 'listItem',
      spread: false,
      children: [{ type: 'paragraph', children: [{ type: 'text', value: [entry.name, entry.comment].filter(Boolean).join(' ') }] }],
    };
    if (end > index + 1) item.children.push(toList(entries, index + 1, end));
    list.children.push(item);
    index = end;
  }
  return list;
}
