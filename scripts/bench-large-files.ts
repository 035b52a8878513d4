/**
 * Benchmark: how the core's time grows with one large agent file. Generates agents with 5,000
 * headings on known topics, 5,000 headings that each make a topic (and a page) of their own, a
 * 1 MB body and a 5 MB body of realistic sections (a paragraph, a term list, a subsection and
 * often a code sample each), and the default agent's body repeated to ¼ MB (each practice 18 times over), and prints the time of each core stage: reading
 * (`parseAgent`), the whole build (`buildHandbook`: read, classify, link, plan, render) and
 * writing every page as MDX (`emitMdx`), in CPU seconds, with the wall-clock total beside them.
 * A figure, never a test: machines differ.
 *
 *   npm run bench:large                  # the three agents
 *   npm run bench:large -- 2000000       # one agent of about that many bytes
 *
 * Profile a case with `npx node --cpu-prof scripts/bench-large-files.ts 1000000`.
 */
import { readFileSync } from 'node:fs';
import { buildHandbook, emitMdx, type AgentSource } from '../src/core/index.ts';
import { parseAgent } from '../src/core/read/parse-agent.ts';

const topics = ['Security Best Practices', 'Testing Strategy', 'Error Handling', 'API Design', 'Database Patterns', 'Performance', 'Observability', 'Code Organization'];
const languages = ['Go', 'Python', 'TypeScript', 'Rust'];
const fences: Record<string, string> = { Go: 'go', Python: 'python', TypeScript: 'ts', Rust: 'rust' };

/** A section as agents write them: a heading, a paragraph, a term list and, often, code. */
function section(index: number): string {
  const topic = topics[index % topics.length]!;
  const language = languages[Math.floor(index / topics.length) % languages.length]!;
  const lines = [
    `## ${topic} ${index}`,
    '',
    `Advice on ${topic.toLowerCase()} for part ${index}: keep it simple, measure before you change it, and write it down for the next person.`,
    '',
    ...Array.from({ length: 5 }, (_, item) => `- **Practice ${index}-${item}**: Do the thing the same way everywhere, and check it in review (${item}).`),
    '',
    `### ${language} ${topic.toLowerCase()} ${index}`,
    '',
    `In ${language}, ${topic.toLowerCase()} follows the same rule.`,
    '',
  ];
  if (index % 3 === 0) lines.push(`\`\`\`${fences[language]}`, `// ${topic} example ${index}`, 'function example() { return 42; }', '```', '');
  return lines.join('\n');
}

function agent(name: string, body: string): AgentSource {
  return { file: `${name}.md`, text: `---\nname: ${name}\ndescription: A large agent for the benchmark\n---\n\n${body}` };
}

/** An agent of about `bytes` bytes of realistic sections. */
function agentOfSize(bytes: number): AgentSource {
  const sections: string[] = [];
  let size = 0;
  for (let index = 0; size < bytes; index += 1) {
    const text = section(index);
    sections.push(text);
    size += text.length + 1;
  }
  return agent(`large-${bytes}`, sections.join('\n'));
}

/** An agent with `count` headings on the taxonomy's topics, each over one short paragraph. */
function agentWithHeadings(count: number): AgentSource {
  const body = Array.from({ length: count }, (_, index) => `${index % 4 === 0 ? '##' : '###'} ${topics[index % topics.length]} heading ${index}\n\nOne line under heading ${index}.\n`);
  return agent(`headings-${count}`, body.join('\n'));
}

/** An agent with `count` top-level headings that name no known topic: each becomes a topic, with a page. */
function agentWithNewTopics(count: number): AgentSource {
  const body = Array.from({ length: count }, (_, index) => `## Heading ${index}\n\nOne line under heading ${index}.\n`);
  return agent(`topics-${count}`, body.join('\n'));
}

/**
 * The CPU seconds `run` takes (user and system, this process's threads): on a shared machine,
 * wall-clock time also counts the time spent waiting for a core.
 */
function time<T>(run: () => T): [T, number] {
  const started = process.cpuUsage();
  const result = run();
  const used = process.cpuUsage(started);
  return [result, (used.user + used.system) / 1e6];
}

/** The default agent's body, repeated to about `bytes`: real prose, with long lists under few headings. */
function defaultAgentRepeated(bytes: number): AgentSource {
  const seed = readFileSync(new URL('../content/agents/backend-engineer.md', import.meta.url), 'utf8').replace(/^---\n[\s\S]*?\n---\n/u, '');
  return agent(`repeated-${bytes}`, seed.repeat(Math.ceil(bytes / seed.length)));
}

const requested = Number(process.argv[2]);
const cases: Array<[string, () => AgentSource]> = requested
  ? [[`${(requested / 1e6).toFixed(1)} MB body`, () => agentOfSize(requested)]]
  : [
      ['5,000 headings', () => agentWithHeadings(5000)],
      ['5,000 topics', () => agentWithNewTopics(5000)],
      ['1 MB body', () => agentOfSize(1_000_000)],
      ['seed ×18', () => defaultAgentRepeated(250_000)],
      ['5 MB body', () => agentOfSize(5_000_000)],
    ];

console.log('case            size      parse   build (all)   emit MDX   core total   wall clock   pages   blocks placed');
for (const [label, make] of cases) {
  const source = make();
  const [, parse] = time(() => parseAgent(source));
  const wallStarted = performance.now();
  const [built, build] = time(() => buildHandbook([source]));
  const [, emit] = time(() => built.pages.map((page) => emitMdx(page, { componentsModule: '~/components' })));
  const wall = (performance.now() - wallStarted) / 1000;
  const [report] = built.report.agents;
  console.log(
    [
      label.padEnd(14),
      `${(source.text.length / 1e6).toFixed(2)} MB`.padStart(8),
      `${parse.toFixed(2)} s`.padStart(8),
      `${build.toFixed(2)} s`.padStart(13),
      `${emit.toFixed(2)} s`.padStart(10),
      `${(build + emit).toFixed(2)} s`.padStart(12),
      `${wall.toFixed(2)} s`.padStart(12),
      String(built.pages.length).padStart(7),
      `${report?.placedBlocks}/${report?.sourceBlocks}`.padStart(15),
    ].join(' '),
  );
}
