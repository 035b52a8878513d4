import type { ClassifiedSection } from '../classify/classify-section.ts';
import { languageLabel } from '../plan/section-labels.ts';
import { appendNodes, heading, jsx, type FlowContent } from './mdx-nodes.ts';
import { renderBlock, type RenderContext } from './render-blocks.ts';
import { numberRepeatedCaptions } from './number-captions.ts';
import { holdsHtml, htmlRunLength, renderHtmlRun } from './render-html-run.ts';

export interface SectionOptions {
  /** Leave out the section's own heading (its content still renders). */
  omitHeading?: boolean;
  /** Show this instead of the section's heading. */
  headingText?: string;
  /**
   * Which subsections render with the section: those that belong on the same page. The others
   * render on their own pages. @default every subsection
   */
  keep?: (child: ClassifiedSection) => boolean;
  /** What to show in place of a subsection that is not kept: a pointer to where it is. */
  pointer?: (child: ClassifiedSection) => FlowContent | null;
}

/** Renders a section, its blocks and its subsections, with its heading at `depth`. */
export function renderSection(
  section: ClassifiedSection,
  depth: number,
  context: RenderContext,
  options: SectionOptions = {},
): FlowContent[] {
  const out: FlowContent[] = [];
  const title = options.headingText ?? section.heading;
  const showHeading = !options.omitHeading && title !== null;
  if (showHeading) out.push(heading(depth, title));
  const trail = section.heading === null ? section.trail : [...section.trail, section.heading];
  for (let index = 0; index < section.blocks.length; index += 1) {
    const block = section.blocks[index]!;
    if (!context.practices.byList.has(block.node as never) && holdsHtml(block)) {
      const length = htmlRunLength(section.blocks, index);
      appendNodes(out, renderHtmlRun(section.blocks.slice(index, index + length), context));
      index += length - 1;
    } else {
      appendNodes(out, renderBlock(block, trail, context));
    }
  }
  numberRepeatedCaptions(out);
  appendNodes(out, renderSubsections(section, showHeading ? depth + 1 : depth, context, options));
  return out;
}

/**
 * Renders a section's children. Consecutive children that are each about a different language
 * the parent is not about sit side by side in `<Tabs syncKey="language">`, so that a reader's
 * choice of language holds on every page.
 */
export function renderSubsections(parent: ClassifiedSection, depth: number, context: RenderContext, options: SectionOptions = {}): FlowContent[] {
  const out: FlowContent[] = [];
  const inherited: SectionOptions = { ...(options.keep ? { keep: options.keep } : {}), ...(options.pointer ? { pointer: options.pointer } : {}) };
  const keep = options.keep ?? (() => true);
  const children = parent.children;
  let index = 0;
  while (index < children.length) {
    const child = children[index]!;
    if (!keep(child)) {
      const pointer = options.pointer?.(child);
      if (pointer) out.push(pointer);
      index += 1;
      continue;
    }
    const group = languageRun(children, index, parent.language, keep);
    if (group.length >= 2) {
      out.push(
        jsx(
          'Tabs',
          { syncKey: 'language' },
          group.map((member) =>
            jsx('TabItem', { label: languageLabel(member.language!, context.taxonomy) }, renderSection(member, depth, context, { ...inherited, omitHeading: true })),
          ),
        ),
      );
      index += group.length;
    } else {
      appendNodes(out, renderSection(child, depth, context, inherited));
      index += 1;
    }
  }
  return out;
}

function languageRun(children: ClassifiedSection[], from: number, parentLanguage: string | null, keep: (child: ClassifiedSection) => boolean): ClassifiedSection[] {
  const run: ClassifiedSection[] = [];
  const seen = new Set<string>();
  for (let index = from; index < children.length; index += 1) {
    const language = children[index]!.language;
    if (!keep(children[index]!) || language === null || language === parentLanguage || seen.has(language)) break;
    seen.add(language);
    run.push(children[index]!);
  }
  return run;
}
