import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { buildHandbook, createHandbookBuilder, emitMdx, type HandbookBuild, type HandbookPage } from '../../src/core/index.ts';

/** The 44 real agent files of the dev corpus. */
const corpus = join(import.meta.dirname, '..', '..', '..', 'shared', 'corpus', 'dev');
const sources = readdirSync(corpus)
  .filter((name) => name.endsWith('.md'))
  .sort()
  .map((name) => ({ file: name, text: readFileSync(join(corpus, name), 'utf8') }));

/** Pages that gather every agent: they are planned again on every build. */
const gathering = new Set(['home', 'checklists-index', 'not-found', 'onboarding', 'practices', 'map', 'index', 'problems']);
/** The checklists index, which may be cut into pages (checklists/2…), gathers every agent. */
const kindOf = (page: HandbookPage) => (page.kind === 'checklists' && /^checklists(\/\d+)?$/u.test(page.id) ? 'checklists-index' : page.kind);

function rendered(build: HandbookBuild) {
  return {
    pages: build.pages.map((page) => [page.id, emitMdx(page, { componentsModule: '~/components' })]),
    checklists: build.checklists,
    report: build.report,
  };
}

/** The ids of the pages that show something of `file`. */
const pagesFrom = (build: HandbookBuild, file: string) => build.pages.filter((page) => page.sources?.some((source) => source.agent.file === file)).map((page) => page.id);

/** `sources` with one agent file's text changed. */
function edited(file: string, edit: (text: string) => string) {
  return sources.map((source) => (source.file === file ? { ...source, text: edit(source.text) } : source));
}

describe('a builder that builds again after an edit, as the dev server does', () => {
  const file = 'wshobson__terraform-specialist.md';

  test('the edited agent and every other one are as a fresh build makes them', () => {
    expect(sources.some((source) => source.file === file)).toBe(true);
    const builder = createHandbookBuilder();
    builder.build(sources);
    const changed = edited(file, (text) => `${text}\n\n## Error handling\n\n- **Wrap errors**: name the failing resource and the plan that failed.\n`);
    expect(rendered(builder.build(changed))).toEqual(rendered(buildHandbook(changed)));
    // …and back again, and with a file added and one taken away.
    expect(rendered(builder.build(sources))).toEqual(rendered(buildHandbook(sources)));
    const fewer = sources.filter((source) => source.file !== 'wshobson__python-pro.md');
    expect(rendered(builder.build(fewer))).toEqual(rendered(buildHandbook(fewer)));
  }, 60_000);

  test('an edit to one agent plans only the pages that show it and the pages that gather every agent', () => {
    const builder = createHandbookBuilder();
    const before = builder.build(sources);
    expect(before.stats.reused).toEqual([]);
    const after = builder.build(edited(file, (text) => text.replace(/\n- /u, '\n- Measure before you optimise.\n- ')));

    // A page cut into parts (`topics/security/2`) is planned with its other parts.
    const whole = (id: string) => id.replace(/\/\d+$/u, '');
    const fromFile = new Set([...pagesFrom(before, file), ...pagesFrom(after, file)].flatMap((id) => [id, whole(id)]));
    const fromFileGroup = (page: HandbookPage) => fromFile.has(whole(page.id));
    // Its own page, topic and language pages and checklists: the test edits an agent that feeds every kind.
    expect(after.pages.filter((page) => fromFile.has(page.id)).map((page) => page.kind)).toEqual(expect.arrayContaining(['agent', 'topic', 'language', 'checklists']));
    const planned = after.pages.filter((page) => after.stats.planned.includes(page.id));
    const reused = after.pages.filter((page) => after.stats.reused.includes(page.id));
    expect(planned.filter((page) => !gathering.has(kindOf(page)) && !fromFileGroup(page)).map((page) => page.id)).toEqual([]);
    expect(planned.filter((page) => fromFile.has(page.id)).length).toBeGreaterThan(0);
    expect(reused.filter((page) => fromFile.has(page.id)).map((page) => page.id)).toEqual([]);
    // Most of the handbook is kept as it was.
    expect(reused.length).toBeGreaterThan(after.pages.length / 2);
    expect(planned.length + reused.length).toBe(after.pages.length);
  });

  test('a build with nothing changed plans only the pages that gather every agent', () => {
    const builder = createHandbookBuilder();
    builder.build(sources);
    const again = builder.build(sources);
    const planned = again.pages.filter((page) => again.stats.planned.includes(page.id));
    expect(planned.map(kindOf).filter((kind) => !gathering.has(kind))).toEqual([]);
    expect(again.stats.reused.length).toBeGreaterThan(0);
  });
});
