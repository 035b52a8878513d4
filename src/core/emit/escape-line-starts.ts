import type { Options } from 'mdast-util-to-markdown';

/**
 * Escapes what MDX and Starlight would read, at the start of a line, as something other than
 * text: `import ` and `export ` (MDX runs those lines as JavaScript when the site is built), and
 * `:` before another `:` (Starlight reads `:::note` and `::name` as directives, asides whose
 * labels and attributes it drops). The serialiser writes a character reference (`&#x69;mport`)
 * or a backslash (`\:::`), which read back as the same text.
 */
export const escapeLineStarts: Options = {
  unsafe: [
    { character: 'i', atBreak: true, after: 'mport[\\t ]' },
    { character: 'e', atBreak: true, after: 'xport[\\t ]' },
    { character: ':', atBreak: true, after: ':' },
  ],
};
