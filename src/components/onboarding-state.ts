/** The reader's place on the onboarding path, kept in the browser: shared by the components. */
import type { PathPage, PathStep } from '../core/plan/plan-onboarding.ts';

const languageKey = 'agent-handbook:onboarding:language';
const readKey = (pageId: string) => `agent-handbook:read:${pageId}`;
/** Where Starlight keeps the language picked in synced tabs. */
const tabsKey = 'starlight-synced-tabs__language';

/** The language the reader chose, or picked last in a tab, or the first one. */
export function chosenLanguage(steps: PathStep[]): string | null {
  const options = steps.find((step) => step.kind === 'language')?.options ?? [];
  const saved = localStorage.getItem(languageKey);
  if (saved && options.some((option) => option.language === saved)) return saved;
  const tab = localStorage.getItem(tabsKey);
  const fromTab = options.find((option) => option.title === tab);
  return fromTab?.language ?? options[0]?.language ?? null;
}

export function chooseLanguage(language: string): void {
  localStorage.setItem(languageKey, language);
}

/** The path's pages for this reader; on a language page, that page is the language step. */
export function resolvePath(steps: PathStep[], currentPage?: string): PathPage[] {
  const language = chosenLanguage(steps);
  return steps.map((step) => {
    if (step.kind === 'page') return step.page;
    const current = step.options.find((option) => option.id === currentPage);
    return current ?? step.options.find((option) => option.language === language) ?? step.options[0]!;
  });
}

export function isRead(pageId: string): boolean {
  return localStorage.getItem(readKey(pageId)) === '1';
}

export function setRead(pageId: string, read: boolean): void {
  if (read) localStorage.setItem(readKey(pageId), '1');
  else localStorage.removeItem(readKey(pageId));
}
