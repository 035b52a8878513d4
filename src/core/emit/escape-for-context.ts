/**
 * Agent text is data. Each function here makes text safe for one place that reads it as more
 * than text, so that every such place uses the same tested escaping.
 *
 * Places that treat a value as text need nothing from here: Astro escapes `{expressions}` and
 * attribute values, MDX attribute values are encoded by `emit-mdx.ts`, and mdast text is escaped
 * by its serialiser.
 */

const htmlEntities: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/**
 * For HTML text or a quoted attribute value, and for any value that something else inserts as
 * HTML: Starlight writes `<title>` (`Head.astro`) and the `LinkCard` title and description with
 * `set:html`.
 *
 * @example escapeHtml('Use <T> & "U"') // 'Use &lt;T&gt; &amp; &quot;U&quot;'
 */
export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/gu, (character) => htmlEntities[character]!);
}

/** The inverse of `escapeHtml`, for a value read back from where it was escaped. */
export function unescapeHtml(value: string): string {
  return value.replace(/&(amp|lt|gt|quot|#39);/gu, (_, name: string) => ({ amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'" })[name]!);
}

/**
 * For the text of an element that carries `data-pagefind-filter`. Pagefind decodes character
 * references in filter values once more than HTML does, and its search UI inserts filter values
 * with `innerHTML` (`{@html value}` in `@pagefind/default-ui`'s `filters.svelte`). Escaped twice
 * here, and once more by Astro, the value reaches the UI escaped once and shows as written.
 * Should Pagefind ever decode less, the value shows with visible entities: never as markup.
 *
 * @example pagefindFilterText('<img>') // '&amp;lt;img&amp;gt;'
 */
export function pagefindFilterText(value: string): string {
  return escapeHtml(escapeHtml(value));
}

/**
 * For agent text inside a line of Markdown that the handbook writes itself (`llms.txt`, the
 * title and description of a page's Markdown version, a checklist copied as Markdown): one line,
 * with every character that could start emphasis, code, a link, an HTML tag or a character
 * reference escaped. `_` inside a word and `&` that starts no reference stay as they are, so that
 * `snake_case` and `Errors & logging` read as written.
 *
 * @example markdownInline('x](javascript:alert(1)) *y*') // 'x\\](javascript:alert(1)) \\*y\\*'
 */
export function markdownInline(value: string): string {
  return value
    .replace(/\s+/gu, ' ')
    .trim()
    .replace(/[\\`*[\]<>~|]|(?<![\p{L}\p{N}])_|_(?![\p{L}\p{N}])|&(?=#?[\p{L}\p{N}]+;)/gu, (character) => `\\${character}`);
}
