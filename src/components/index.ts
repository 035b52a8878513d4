/** The handbook's own components, imported by generated pages. */
export { default as AgentProfile } from './AgentProfile.astro';
export { default as AgentSource } from './AgentSource.astro';
export { default as CoverageMap } from './CoverageMap.astro';
export { default as MorePlaces } from './MorePlaces.astro';
export { default as OnboardingPath } from './OnboardingPath.astro';
export { default as OnboardingStep } from './OnboardingStep.astro';
export { default as Checklist } from './Checklist.astro';
export { default as ChecklistIndex } from './ChecklistIndex.astro';
export { default as ChecklistItem } from './ChecklistItem.astro';
export { default as PageMeta } from './PageMeta.astro';
export { default as PracticeLinks } from './PracticeLinks.astro';
export { default as RawHtml } from './RawHtml.astro';
export { default as TabTargets } from './TabTargets.astro';
export { default as TermEntry } from './TermEntry.astro';
export { default as TermList } from './TermList.astro';
export { default as ToolRow } from './ToolRow.astro';
export { default as ToolTable } from './ToolTable.astro';
