import type { MdxJsxFlowElement } from 'mdast-util-mdx-jsx';
import { toString } from 'mdast-util-to-string';
import { walkNodes } from '../walk-nodes.ts';
import type { FlowContent } from '../render/mdx-nodes.ts';
import { codeWeight } from './code-weight.ts';
import type { CoverageTable } from './plan-map-page.ts';

/**
 * How many bytes of HTML a page's content may weigh before it is split: with the page's frame
 * (head, header, sidebar, table of contents), a page stays well under 400 KB however many agents
 * write on one topic.
 */
export const pageBudget = 220_000;

/**
 * What a row of the map weighs as HTML: its header's link, and a shaded cell with a link for each
 * count; in the form `lists`, a list item with a link for each count, named by its column.
 */
export function coverageRowWeight(row: CoverageTable['rows'][number]): number {
  const cells =
    row.cells.reduce((sum, cell) => sum + 70 + (cell.count > 0 ? 60 + htmlTextWeight(cell.url) : 0), 0) +
    (row.counted ?? []).reduce((sum, cell) => sum + 110 + htmlTextWeight(cell.url) + htmlTextWeight(cell.label), 0);
  return 120 + htmlTextWeight(row.label) + htmlTextWeight(row.url) + cells;
}

/**
 * The places each practice item will link to ("Also in"), which are added once every page is cut:
 * the renderer says how many, and the item weighs them already.
 */
const expectedPlaces = new WeakMap<object, number>();

/** Says how many "Also in" places an item's element will carry. */
export function expectPlaces(element: MdxJsxFlowElement, count: number): void {
  if (count > 0) expectedPlaces.set(element, count);
}

/** What one "Also in" place weighs: its list item and link, a page title, a list title and an anchor. */
const placeWeight = 220;

/** How many more times an item's term is written in its HTML than its attributes say. */
const anchorRepeats = 6;

function attributeValue(element: MdxJsxFlowElement, name: string): string {
  const found = element.attributes.find((attribute) => attribute.type === 'mdxJsxAttribute' && attribute.name === name);
  return typeof found?.value === 'string' ? found.value : '';
}

/** Roughly what each kind of node costs in the built HTML, beyond its text. */
const costs = {
  heading: 700, // its anchor link and icon
  tableOfContentsEntry: 100,
  link: 60,
  listItem: 30,
  tableRow: 20,
  tableCell: 20,
  element: 150,
  ChecklistItem: 600,
  ToolRow: 200,
  PracticeLinks: 150,
} as const;

/**
 * The bytes of a text in HTML: UTF-8 (a CJK character is three bytes), `&`, `<`, `>` and `"`
 * written as references of five or six.
 */
export function htmlTextWeight(value: string): number {
  let weight = value.length + 5 * (value.match(escaped)?.length ?? 0);
  if (!beyondAscii.test(value)) return weight;
  for (let index = 0; index < value.length; index += 1) {
    const code = value.charCodeAt(index);
    if (code >= 0x80) weight += code < 0x800 || (code >= 0xd800 && code <= 0xdfff) ? 1 : 2;
  }
  return weight;
}

const escaped = /[&<>"]/gu;
const beyondAscii = /[^\u0000-\u007f]/u;

/** An estimate of the HTML bytes that a run of rendered nodes becomes. */
export function estimateWeight(nodes: FlowContent[]): number {
  let weight = 0;
  walkNodes(nodes, (node) => {
    switch (node.type) {
      case 'text':
      case 'inlineCode':
        weight += htmlTextWeight(node.value) * 1.1;
        break;
      case 'image':
        weight += costs.link + htmlTextWeight(node.url) + htmlTextWeight(node.alt ?? '');
        break;
      case 'heading':
        weight += costs.heading;
        // Starlight lists an H2 or H3 in the page's table of contents twice (for wide and narrow
        // screens): a link to its slug, with its text.
        if (node.depth <= 3) weight += 2 * (costs.tableOfContentsEntry + 2 * htmlTextWeight(toString(node)));
        break;
      case 'code':
        weight += codeWeight(node);
        break;
      case 'link':
        weight += costs.link + htmlTextWeight(node.url);
        break;
      case 'listItem':
      case 'tableRow':
      case 'tableCell':
        weight += costs[node.type];
        break;
      case 'mdxJsxFlowElement': {
        const element = node as MdxJsxFlowElement;
        weight += (costs as Record<string, number>)[element.name ?? ''] ?? costs.element;
        for (const attribute of element.attributes) if (attribute.type === 'mdxJsxAttribute' && typeof attribute.value === 'string') weight += htmlTextWeight(attribute.value);
        // An item's anchor, made from its term, is written six times (its id, the checkbox's labels, the link to it, its advice's id), and its term once more in the link's label.
        if (element.name === 'ChecklistItem') {
          weight += anchorRepeats * htmlTextWeight(attributeValue(element, 'term'));
          const places = expectedPlaces.get(element) ?? 0;
          if (places > 0) weight += costs.PracticeLinks + places * placeWeight;
        }
        // The map's table is data: its HTML is its rows, each a link and a shaded cell per count.
        if (element.name === 'CoverageMap') {
          const table = JSON.parse(attributeValue(element, 'table') || '{"rows":[],"columns":[]}') as CoverageTable;
          weight += table.rows.reduce((sum, row) => sum + coverageRowWeight(row), 0);
        }
        break;
      }
      default:
        break;
    }
  });
  return weight;
}

/**
 * Cuts a sequence into parts, in order, each weighing at most `budget` unless one entry alone
 * weighs more. Returns at least one part.
 */
export function splitByWeight<T>(entries: T[], weight: (entry: T) => number, budget = pageBudget): T[][] {
  const parts: T[][] = [[]];
  let current = 0;
  for (const entry of entries) {
    const own = weight(entry);
    if (parts.at(-1)!.length > 0 && current + own > budget) {
      parts.push([]);
      current = 0;
    }
    parts.at(-1)!.push(entry);
    current += own;
  }
  return parts;
}
