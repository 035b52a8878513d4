import type { List, ListItem, Nodes, PhrasingContent, Root, RootContent, Table, TableCell, TableRow } from 'mdast';
import type { MdxJsxFlowElement } from 'mdast-util-mdx-jsx';
import { toMarkdown } from 'mdast-util-to-markdown';
import { toString } from 'mdast-util-to-string';
import type { HandbookPage } from '../handbook-page.ts';
import type { PathStep } from '../plan/plan-onboarding.ts';
import type { CoverageTable } from '../plan/plan-map-page.ts';
import { link, paragraph, text } from '../render/mdx-nodes.ts';
import { markdownInline, unescapeHtml } from './escape-for-context.ts';
import { readerMarkdownExtensions } from './markdown-extensions.ts';

/**
 * A page as plain Markdown, for agents and tools that read the handbook: components become the
 * Markdown they stand for (checklists become task lists, tabs become headed sections, tool
 * tables become tables); what only a browser can use is left out.
 */
export function emitMarkdown(page: HandbookPage): string {
  const root: Root = { type: 'root', children: page.body.flatMap(toPlain) };
  const body = toMarkdown(root, { extensions: readerMarkdownExtensions, bullet: '-', rule: '-' });
  return `# ${markdownInline(page.title)}\n\n> ${markdownInline(page.description)}\n\n${body}`;
}

function attribute(node: MdxJsxFlowElement, name: string): string {
  const found = node.attributes.find((candidate) => candidate.type === 'mdxJsxAttribute' && candidate.name === name);
  return typeof found?.value === 'string' ? found.value : '';
}

function children(node: { children: unknown[] }): RootContent[] {
  return (node.children as RootContent[]).flatMap(toPlain);
}

/** Text-level elements (a link's hidden words) become their text. */
function plainPhrasing(nodes: PhrasingContent[]): PhrasingContent[] {
  return nodes.flatMap((node): PhrasingContent[] => {
    if (node.type === 'mdxJsxTextElement') return plainPhrasing(node.children);
    return 'children' in node ? [{ ...node, children: plainPhrasing(node.children as PhrasingContent[]) } as PhrasingContent] : [node];
  });
}

function toPlain(node: RootContent): RootContent[] {
  if (node.type !== 'mdxJsxFlowElement') {
    if (node.type === 'paragraph' || node.type === 'heading' || node.type === 'tableCell') return [{ ...node, children: plainPhrasing(node.children) } as RootContent];
    return 'children' in node ? [{ ...node, children: (node.children as RootContent[]).flatMap(toPlain) } as RootContent] : [node];
  }
  const element = node as MdxJsxFlowElement;
  switch (element.name) {
    case 'Checklist':
      return [taskList(element)];
    case 'ToolTable':
      return [toolTable(element)];
    case 'TabItem':
      return [paragraph({ type: 'strong', children: [text(attribute(element, 'label'))] }), ...children(element)];
    case 'LinkCard':
      // The title is escaped text, with the handbook's own tags at most (a language's hidden word).
      return [paragraph(link(attribute(element, 'href'), text(unescapeHtml(attribute(element, 'title').replace(/<[^>]*>/gu, '')))), text(` — ${unescapeHtml(attribute(element, 'description'))}`))];
    case 'AgentProfile':
      return [profileTable(element)];
    case 'AgentSource':
      return [paragraph(link(attribute(element, 'download'), text(attribute(element, 'filename'))), text(` (${attribute(element, 'size')})`))];
    case 'RawHtml':
      return [{ type: 'html', value: attribute(element, 'html') }];
    case 'CoverageMap':
      return coverageTables(element);
    case 'OnboardingPath':
      return [pathList(element)];
    case 'PageMeta':
    case 'PracticeLinks':
    case 'OnboardingStep':
      return [];
    default:
      return children(element);
  }
}

function taskList(checklist: MdxJsxFlowElement): List {
  const items = (checklist.children as MdxJsxFlowElement[]).map((item): ListItem => {
    const [advice, ...rest] = children(item);
    const phrasing: PhrasingContent[] = advice?.type === 'paragraph' ? advice.children : [];
    // A plain item is written as it was; an item with a term has it in bold before its advice.
    // An item with no advice of its own is its term alone, with no colon before nothing.
    const term = { type: 'strong', children: [text(attribute(item, 'term'))] } as PhrasingContent;
    const line = attribute(item, 'plain') === 'true' ? phrasing : phrasing.length > 0 ? [term, text(': '), ...phrasing] : [term];
    return {
      type: 'listItem',
      checked: false,
      spread: false,
      children: [paragraph(...(line.length > 0 ? line : [text(attribute(item, 'term'))])), ...(rest as ListItem['children'])],
    };
  });
  return { type: 'list', ordered: false, spread: false, children: items };
}

/** The map as Markdown: its caption, then a table of its counts, each with its link. */
function coverageTables(element: MdxJsxFlowElement): RootContent[] {
  const table = JSON.parse(attribute(element, 'table') || '{"rows":[],"columns":[]}') as CoverageTable;
  const cell = (children: PhrasingContent[]): TableCell => ({ type: 'tableCell', children });
  if (table.form === 'lists') {
    const counted = (row: CoverageTable['rows'][number]): PhrasingContent[] =>
      (row.counted ?? []).flatMap((counts, index) => [...(index > 0 ? [text(', ')] : []), link(counts.url, text(counts.label)), text(` ${counts.count}`)]);
    return [
      paragraph({ type: 'strong', children: [text(table.caption)] }),
      {
        type: 'table',
        children: [
          { type: 'tableRow', children: [cell([text(table.corner)]), cell([text('Topics')])] },
          ...table.rows.map((row): TableRow => ({ type: 'tableRow', children: [cell([link(row.url, text(row.label))]), cell(counted(row))] })),
        ],
      },
    ];
  }
  return [
    paragraph({ type: 'strong', children: [text(table.caption)] }),
    {
      type: 'table',
      children: [
        { type: 'tableRow', children: [cell([text(table.corner)]), ...table.columns.map((column) => cell([link(column.url, text(column.label))]))] },
        ...table.rows.map((row): TableRow => ({
          type: 'tableRow',
          children: [cell([link(row.url, text(row.label))]), ...row.cells.map((count) => cell([count.count === 0 ? text('0') : link(count.url, text(String(count.count)))]))],
        })),
      ],
    },
  ];
}

/** The reading path as a numbered list of its pages (a language step lists each language), with their reading times. */
function pathList(element: MdxJsxFlowElement): List {
  const steps = JSON.parse(attribute(element, 'path') || '[]') as PathStep[];
  const minutes = (value: number) => text(` (${value} min)`);
  return {
    type: 'list',
    ordered: true,
    spread: false,
    children: steps.map((step): ListItem => ({
      type: 'listItem',
      spread: false,
      children: [
        step.kind === 'page'
          ? paragraph(link(step.page.url, text(step.page.title)), minutes(step.page.minutes))
          : paragraph(text('Your language: '), ...step.options.flatMap((option, index) => [...(index > 0 ? [text(', ')] : []), link(option.url, text(option.title)), minutes(option.minutes)])),
      ],
    })),
  };
}

function toolTable(table: MdxJsxFlowElement): Table {
  const row = (cells: string[]): TableRow => ({ type: 'tableRow', children: cells.map((cell) => ({ type: 'tableCell', children: [text(cell)] })) });
  return {
    type: 'table',
    children: [row(['Category', 'Tools']), ...(table.children as MdxJsxFlowElement[]).map((item) => row([attribute(item, 'term'), toString(item.children[0] as Nodes)]))],
  };
}

function profileTable(profile: MdxJsxFlowElement): Table {
  const fields = JSON.parse(attribute(profile, 'fields') || '[]') as Array<[string, string]>;
  const row = (cells: string[]): TableRow => ({ type: 'tableRow', children: cells.map((cell) => ({ type: 'tableCell', children: [text(cell)] })) });
  return { type: 'table', children: [row(['Field', 'Value']), ...fields.map(row)] };
}

