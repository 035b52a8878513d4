/** The handbook's own components, imported by generated pages. */
export { default as Checklist } from './Checklist.astro';
export { default as ChecklistItem } from './ChecklistItem.astro';
export { default as PracticeLinks } from './PracticeLinks.astro';
export { default as ToolRow } from './ToolRow.astro';
export { default as ToolTable } from './ToolTable.astro';
