/** What a checklist keeps in the browser, and how it is copied: shared by the components. */

/** The localStorage key that records a practice as done. */
export function doneKey(practiceId: string): string {
  return `agent-handbook:done:${practiceId}`;
}

export interface CopiedItem {
  /** The item as Markdown, term and advice, as the core wrote it (agent text escaped). */
  markdown: string;
  done: boolean;
  /** Where the item lives, to link back to it. */
  url: string;
}

/**
 * A GitHub task list, one line per item, ready for a pull-request template:
 * `- [x] **SQL Injection**: Prepared statements ([link](…#sql-injection))`.
 */
export function checklistMarkdown(items: CopiedItem[]): string {
  return items
    .map((item) => `- [${item.done ? 'x' : ' '}] ${item.markdown} ([link](${item.url}))`)
    .join('\n');
}
