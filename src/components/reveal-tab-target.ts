/**
 * Selects every tab whose hidden panel holds the element with the given id, outermost first,
 * and scrolls the element into view. Returns whether a tab had to be selected.
 */
export function revealTarget(document: Document, id: string): boolean {
  if (id === '') return false;
  const target = document.getElementById(id);
  if (!target) return false;
  const panels: HTMLElement[] = [];
  for (let panel = target.closest<HTMLElement>('[role="tabpanel"]'); panel; panel = panel.parentElement?.closest<HTMLElement>('[role="tabpanel"]') ?? null) {
    panels.unshift(panel);
  }
  let selected = false;
  for (const panel of panels) {
    if (!panel.hidden) continue;
    // Starlight's tabs link to their panels: <a role="tab" href="#panel-id">.
    const tab = panel.id ? panel.parentElement?.querySelector<HTMLElement>(`[role="tab"][href="#${CSS.escape(panel.id)}"]`) : null;
    if (!tab) continue;
    tab.click();
    selected = true;
  }
  if (selected) target.scrollIntoView({ block: 'start' });
  return selected;
}
