import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { classifyAgents } from '../../src/core/classify/classify-agents.ts';
import { readHeading } from '../../src/core/classify/read-heading.ts';
import { reportSections, type SectionReport } from '../../src/core/classify/report-sections.ts';
import { taxonomy } from '../../src/core/classify/taxonomy.ts';

/** Where each section of one agent file goes: heading → [topic, language]. */
function place(body: string, frontmatter = 'name: helper\ndescription: Helps.'): Map<string | null, [string | null, string | null]> {
  const { agents } = classifyAgents([{ file: 'agent.md', text: `---\n${frontmatter}\n---\n\n${body}` }], taxonomy, '/');
  return new Map(reportSections(agents, '/').map((section) => [section.heading, [section.topic, section.language]]));
}

function report(body: string, frontmatter = 'name: helper\ndescription: Helps.'): SectionReport[] {
  const { agents } = classifyAgents([{ file: 'agent.md', text: `---\n${frontmatter}\n---\n\n${body}` }], taxonomy, '/');
  return reportSections(agents, '/');
}

describe('classifying the seed agent', () => {
  const seed = readFileSync('content/agents/backend-engineer.md', 'utf8');
  const { agents } = classifyAgents([{ file: 'backend-engineer.md', text: seed }], taxonomy, '/');
  const sections = reportSections(agents, '/');
  const where = (heading: string | null) => {
    const found = sections.find((section) => section.heading === heading);
    return [found?.topic, found?.language];
  };

  test('its introduction and mandate stay on the agent’s page', () => {
    expect(where(null)).toEqual([null, null]);
    expect(where('Core Identity and Mandate')).toEqual([null, null]);
  });

  test.each([
    ['Core Go Principles', 'foundations', 'go'],
    ['Node.js Ecosystem', 'foundations', 'typescript'],
    ['Python Best Practices', 'foundations', 'python'],
    ['REST Principles', 'api-design', null],
    ['Query Optimization', 'databases', null],
    ['OAuth 2.0', 'auth', null],
    ['Go Error Handling', 'errors-logging', 'go'],
    ['End-to-End Testing', 'testing', null],
    ['Scalability Patterns', 'performance', null],
    ['API Security', 'security', null],
    ['CLI Best Practices', 'cli', null],
    ['TypeScript/Node.js', 'code-organization', 'typescript'],
    ['Performance Anti-Patterns', 'anti-patterns', null],
    ['Tracing', 'observability', null],
  ])('"%s" is on %s, language %s', (heading, topic, language) => {
    expect(where(heading)).toEqual([topic, language]);
  });

  test('every heading is reported once, with its line in the file', () => {
    const headings = seed.split('\n').flatMap((line, index) => (/^#{1,6} /u.test(line) ? [index + 1] : []));
    expect(sections.filter((section) => section.heading !== null && !section.pseudo).map((section) => section.line)).toEqual(headings);
    expect(sections[0]).toMatchObject({ heading: null, level: 0, line: 9 });
  });

  test('the agent is about no one language, and its subject is backend work', () => {
    expect(agents[0]!.subject.language).toBeNull();
  });
});

describe('a generic heading never decides a topic on its own', () => {
  test.each(['Approach', 'Best Practices', 'Key Metrics', 'Step 3', 'Process Notes', 'Guidelines'])('"%s" is placed by its text', (heading) => {
    const placed = place(`## ${heading}\n\n- Add an index for every foreign key used in joins\n- Check the query plan with EXPLAIN ANALYZE before shipping a query\n- Keep transactions short to avoid lock contention in the database\n`);
    expect(placed.get(heading)?.[0]).toBe('databases');
  });

  test('failing the text, the agent’s subject decides', () => {
    const placed = place('## Approach\n\n- Start small\n- Keep it simple\n', 'name: postgres-expert\ndescription: Tunes PostgreSQL.');
    expect(placed.get('Approach')?.[0]).toBe('databases');
  });

  test('with neither text nor subject, the section stays on the agent’s page', () => {
    expect(place('## Approach\n\n- Start small\n- Keep it simple\n').get('Approach')?.[0]).toBeNull();
  });

  test('a heading of unknown words over a sample that fits no topic goes to the agent’s subject, or stays on its page when it has none', () => {
    const body = '## Lantern Rota\n\n```yaml\nrota:\n  east_wing: dusk\n  wicks: evening\n```\n';
    const placed = report(body, 'name: observability-engineer\ndescription: Sets up metrics, logs and traces.').find((section) => section.heading === 'Lantern Rota');
    expect(placed?.topic).toBe('observability');
    expect(placed?.reason).toMatch(/the agent’s subject, Observability/u);
    expect(place(body).get('Lantern Rota')?.[0]).toBeNull();
  });

  test('"Key Metrics" is not observability for a sales agent', () => {
    const placed = place('## Key Metrics\n\n- Win rate per quarter\n- Average deal size\n', 'name: sales-coach\ndescription: Coaches sales people.');
    expect(placed.get('Key Metrics')?.[0]).toBeNull();
  });
});

describe('a heading that names a subject counts for it', () => {
  test('under "Capabilities", a subsection naming a subject goes to it, and the list itself stays with the agent', () => {
    const placed = place('## Capabilities\n\n- Many things\n\n### Database Design\n\n- Normalised schemas\n\n### Our Favourite Things\n\n- Coffee\n');
    expect(placed.get('Capabilities')?.[0]).toBeNull();
    expect(placed.get('Database Design')?.[0]).toBe('databases');
    expect(placed.get('Our Favourite Things')?.[0]).toBeNull();
  });

  test('under "Your Core Responsibilities", as under capabilities, a subsection naming a subject goes to it', () => {
    const placed = place('## Your Core Responsibilities\n\nYou own these areas.\n\n### Deployment Automation\n\n- Blue-green releases\n\n### Error Handling & Logging\n\n- Log every failure with context\n');
    expect(placed.get('Your Core Responsibilities')?.[0]).toBeNull();
    expect(placed.get('Deployment Automation')?.[0]).toBe('devops');
    expect(placed.get('Error Handling & Logging')?.[0]).toBe('errors-logging');
  });

  test('of several topics a heading names, its parent’s wins', () => {
    const placed = place('## Anti-Patterns to Avoid\n\n### Performance Anti-Patterns\n\n- **N+1 queries**: load in one query\n');
    expect(placed.get('Performance Anti-Patterns')?.[0]).toBe('anti-patterns');
  });

  test('a longer phrase wins over a shorter one inside it: "API Gateway" is infrastructure, not API design', () => {
    expect(readHeading('API Gateway & Load Balancing', taxonomy).topics).toEqual(['infrastructure']);
  });
});

describe('what an agent says about itself stays on its page', () => {
  test.each([
    ['Purpose', 'Expert backend developer who builds services.'],
    ['Behavioral Traits', '- Prefers simple designs\n- Asks before deleting'],
    ['Output', '- A summary of the changes\n- A list of files touched'],
    ['Output Format', 'Reply with a JSON object.'],
    ['Communication Protocol', 'Send the context manager a request first.'],
    ['Example Interactions', '- "Design a REST API for orders"'],
    ['When Invoked', '1. Read the code\n2. Plan the change'],
    ['Execution Flow', '1. Gather context\n2. Implement'],
    ['Focus Areas', '- Database design\n- API design'],
    ['Knowledge Base', '- Kubernetes\n- Terraform'],
  ])('"%s"', (heading, text) => {
    expect(place(`## ${heading}\n\n${text}\n`).get(heading)?.[0]).toBeNull();
  });

  test('the steps of its workflow stay with it, whatever their headings name', () => {
    const placed = place('## Development Workflow\n\n### 1. Security Analysis\n\n- Review the threat model\n\n### 2. Database Migration\n\n- Run the migrations\n');
    expect(placed.get('1. Security Analysis')?.[0]).toBeNull();
    expect(placed.get('2. Database Migration')?.[0]).toBeNull();
  });

  test('the text before the first heading is its introduction', () => {
    expect(place('You are a senior engineer who reviews pull requests.\n\n## Testing\n\n- Write tests first\n').get(null)?.[0]).toBeNull();
  });

  test('a lone H1 at the top titles the agent, and its subsections are its top-level sections', () => {
    const sections = report('# PR Reviewer Agent\n\nYou review pull requests.\n\n## Security\n\n- Check for SQL injection\n');
    expect(sections.find((section) => section.heading === 'PR Reviewer Agent')).toMatchObject({ topic: null, level: 1, reason: 'the agent’s title' });
    expect(sections.find((section) => section.heading === 'Security')?.topic).toBe('security');
  });

  test('several H1s are ordinary sections', () => {
    const sections = report('# Testing\n\n- Write tests first\n\n# Security\n\n- Validate input\n');
    expect(sections.map((section) => section.topic)).toEqual(['testing', 'security']);
  });
});

describe('languages', () => {
  test.each([
    ['spring-boot-expert', 'Builds Spring Boot services.', 'java'],
    ['django-expert', 'Builds Django apps.', 'python'],
    ['fastapi-pro', 'FastAPI services.', 'python'],
    ['rails-expert', 'Ruby on Rails apps.', 'ruby'],
    ['laravel-expert', 'Laravel apps.', 'php'],
    ['aspnet-core-expert', 'ASP.NET Core services.', 'csharp'],
    ['go-expert', 'Writes idiomatic Go.', 'go'],
  ])('an agent named %s is about %s, and so are its sections', (name, description, language) => {
    const placed = place('## Approach\n\n- Keep handlers thin\n- Validate input at the edge\n', `name: ${name}\ndescription: ${description}`);
    expect(placed.get('Approach')?.[1]).toBe(language);
  });

  test('an agent about one language puts its generic sections on that language’s foundations', () => {
    const placed = place('## Approach\n\n- Prefer small interfaces\n- Return errors, do not panic\n', 'name: go-expert\ndescription: Writes idiomatic Go.');
    expect(placed.get('Approach')).toEqual(['foundations', 'go']);
  });

  test('a bash block that only runs tools does not make a section Shell', () => {
    const placed = place('## Running the checks\n\n```bash\ngo test ./...\ngolangci-lint run\n```\n');
    expect(placed.get('Running the checks')?.[1]).toBeNull();
  });

  test('a shell program does', () => {
    const placed = place('## Deploy script\n\n```bash\nset -euo pipefail\nfor host in "${HOSTS[@]}"; do\n  ssh "$host" restart\ndone\n```\n');
    expect(placed.get('Deploy script')?.[1]).toBe('shell');
  });

  test('a DevOps agent whose scripts are shell is not about the shell, but a shell developer is', () => {
    const script = '```bash\nset -euo pipefail\nfor host in "${HOSTS[@]}"; do\n  ssh "$host" restart\ndone\n```\n';
    const body = `${['Deploy script', 'Rollback script', 'Backup script', 'Rotate logs'].map((heading) => `## ${heading}\n\n${script}`).join('\n')}\n## Release notes\n\n- Keep a changelog for every release\n`;
    const devops = place(body, 'name: devops-specialist\ndescription: Build automation, deployment pipelines and PowerShell scripting.');
    expect(devops.get('Deploy script')?.[1]).toBe('shell');
    expect(devops.get('Release notes')?.[1]).toBeNull();
    const shell = place(body, 'name: shell-developer\ndescription: Writes portable scripts.');
    expect(shell.get('Release notes')?.[1]).toBe('shell');
  });

  const securityEngineer = 'name: security-engineer\ndescription: Finds and fixes security weaknesses.';
  const underNeutralHeading = (items: string[]) => `## Threat Modelling\n\nModel threats before design is final.\n\n## Where to look first\n\n${items.map((item) => `- ${item}\n`).join('')}`;

  test('the words that open each item of a list count, not only those inside it', () => {
    const placed = place(underNeutralHeading(['Kubernetes cluster inventory', 'Least privilege for service accounts', 'Firewall rules', 'Credentials in plain text']), securityEngineer);
    expect(placed.get('Where to look first')?.[0]).toBe('security');
  });

  test('a generic heading stays on the agent’s subject when its text leans only a little to another topic', () => {
    expect(place(underNeutralHeading(['Kubernetes cluster inventory', 'Incident history', 'Runbooks of the team']), securityEngineer).get('Where to look first')?.[0]).toBe('security');
    // Text about another topic through and through still goes there.
    expect(place(underNeutralHeading(['Kubernetes cluster inventory', 'VPC and subnets', 'Terraform state']), securityEngineer).get('Where to look first')?.[0]).toBe('infrastructure');
  });

  test.each([
    ['architecture', 'Use a saga with compensating steps instead of distributed transactions. Write events to a transactional outbox in the same transaction.'],
    ['mobile', 'Keep tokens in the Keychain, small settings in UserDefaults, and larger records in Core Data.'],
    ['databases', 'Every schema migration is reversible. Pick column types for what the data is, and add a unique constraint where duplicates would be a bug.'],
    ['documentation', 'Publish a deprecation notice and a migration guide with usage examples first.'],
    ['frontend', 'Check the typography against the design tokens: each font size, the spacing, the hover states.'],
  ])('text in the thin vocabulary of %s places a section under a heading of no subject', (topic, text) => {
    expect(place(`## Before we go on\n\n${text}\n`).get('Before we go on')?.[0]).toBe(topic);
  });

  test('the list letter "C." is not the C language', () => {
    expect(readHeading('C. Testing Strategy', taxonomy)).toMatchObject({ languages: [], topics: ['testing'] });
    expect(readHeading('C Best Practices', taxonomy).language).toBe('cpp');
  });

  test.each([
    ['Go Development', 'go'],
    ['Node.js Ecosystem', 'javascript'],
    ['## 1. Memory Safety in Rust 🦀', 'rust'],
    ['C# Best Practices', 'csharp'],
    ['.NET Ecosystem', 'csharp'],
    ['C++ Templates', 'cpp'],
    ['Terraform Modules', 'terraform'],
    ['Bash Scripting', 'shell'],
    ['golang tips', 'go'],
    ['Spring Data Repositories', 'java'],
  ])('the heading "%s" names %s', (heading, language) => {
    expect(readHeading(heading, taxonomy).language).toBe(language);
  });

  test.each(['Good Practices', 'Going further', 'Category', 'Logging', 'Plan c'])('the heading "%s" names no language', (heading) => {
    expect(readHeading(heading, taxonomy).languages).toEqual([]);
  });

  test('a slash compound is about its first language, and TypeScript includes JavaScript', () => {
    expect(readHeading('TypeScript/Node.js Development', taxonomy).language).toBe('typescript');
    expect(readHeading('TypeScript and Node.js', taxonomy).language).toBe('typescript');
    expect(readHeading('Go, TypeScript and Python', taxonomy).language).toBeNull();
  });
});

describe('Korean, Chinese and Japanese', () => {
  test.each([
    ['보안 원칙', 'security'],
    ['테스트 전략', 'testing'],
    ['安全最佳实践', 'security'],
    ['数据库设计', 'databases'],
    ['エラー処理', 'errors-logging'],
    ['テスト戦略', 'testing'],
    ['API设计', 'api-design'],
  ])('the heading "%s" names %s', (heading, topic) => {
    expect(readHeading(heading, taxonomy).topics).toContain(topic);
  });

  test('a role heading keeps the section on the agent’s page', () => {
    expect(place('## 역할\n\n당신은 백엔드 엔지니어입니다.\n').get('역할')?.[0]).toBeNull();
    expect(place('## 役割\n\nあなたはレビュアーです。\n').get('役割')?.[0]).toBeNull();
  });

  test('a generic heading is placed by its text, in any script', () => {
    const placed = place('## 접근 방식\n\n- 데이터베이스 쿼리는 인덱스를 사용합니다\n- 쿼리 계획을 확인합니다\n- 데이터베이스 트랜잭션을 짧게 유지합니다\n');
    expect(placed.get('접근 방식')?.[0]).toBe('databases');
  });
});

describe('headings the taxonomy does not know', () => {
  const agent = (name: string, heading: string, text = 'We meet on Mondays and keep a shared calendar of holidays.') => ({
    file: `${name}.md`,
    text: `---\nname: ${name}\ndescription: Plans things.\n---\n\n## ${heading}\n\n${text}\n`,
  });

  test('two agents that share one make a topic of it, folded for number and plural', () => {
    const { sharedTopics, agents } = classifyAgents(
      [agent('one', 'Team Rituals'), agent('two', '2. Team Ritual', 'A short stand-up opens each day.'), agent('three', 'Team Rituals', 'Retrospectives close every sprint.')],
      taxonomy,
      '/',
    );
    expect(sharedTopics.map((topic) => topic.label)).toEqual(['Team Rituals']);
    expect(reportSections(agents, '/').map((section) => section.topic)).toEqual(['team-rituals', 'team-rituals', 'team-rituals']);
  });

  test('one agent alone keeps it on its page', () => {
    const { sharedTopics, agents } = classifyAgents([agent('one', 'Team Rituals'), agent('two', 'Holiday Calendar')], taxonomy, '/');
    expect(sharedTopics).toEqual([]);
    expect(reportSections(agents, '/').map((section) => section.topic)).toEqual([null, null]);
  });

  test('copies of one agent in several teams’ folders make no topic of it: one section copied is one agent saying it', () => {
    const copies = ['team-1', 'team-2', 'team-3'].map((team) => ({ ...agent(`planner-${team}`, 'Team Rituals'), file: `${team}/planner.md` }));
    const { sharedTopics, agents } = classifyAgents(copies, taxonomy, '/');
    expect(sharedTopics).toEqual([]);
    expect(reportSections(agents, '/').map((section) => section.topic)).toEqual([null, null, null]);
    const changed = classifyAgents([...copies, agent('planner-team-4', 'Team Rituals', 'Team 4 holds its planning on Fridays.')], taxonomy, '/');
    expect(changed.sharedTopics.map((topic) => topic.label)).toEqual(['Team Rituals']);
  });

  test('generic headings never make a topic, however many agents share them', () => {
    const { sharedTopics } = classifyAgents([agent('one', 'Approach'), agent('two', 'Approach'), agent('three', 'Approach')], taxonomy, '/');
    expect(sharedTopics).toEqual([]);
  });
});

describe('the same handbook whatever the order', () => {
  test('shuffled files give the same sections, topics and subjects', () => {
    const dir = '../shared/corpus/dev';
    const files = ['0xfurai__go-expert.md', 'wshobson__backend-architect.md', 'voltagent__qa-expert.md', 'wshobson__review.md', 'wshobson__golang-pro.md'];
    const sources = files.map((file) => ({ file, text: readFileSync(`${dir}/${file}`, 'utf8') }));
    const forward = classifyAgents(sources, taxonomy, '/');
    const backward = classifyAgents([...sources].reverse(), taxonomy, '/');
    expect(reportSections(backward.agents, '/')).toEqual(reportSections(forward.agents, '/'));
    expect(backward.sharedTopics).toEqual(forward.sharedTopics);
    expect(backward.agents.map((agent) => [agent.slug, agent.subject])).toEqual(forward.agents.map((agent) => [agent.slug, agent.subject]));
  });
});

describe('the built-in topics', () => {
  test('are the subjects of ../shared/labels/RUBRIC.md, but for the agent’s own page and "other"', () => {
    const rubric = readFileSync('../shared/labels/RUBRIC.md', 'utf8');
    const slugs = [...rubric.matchAll(/^\| `([a-z-]+)` \|/gmu)].map((match) => match[1]!).filter((slug) => slug !== 'agent' && slug !== 'other');
    expect(taxonomy.topics.map((topic) => topic.slug).sort()).toEqual(slugs.sort());
  });
});

describe('headings in other languages than English', () => {
  const headings: Array<[string, string | null]> = [
    ['Sicherheit', 'security'],
    ['Fehlerbehandlung', 'errors-logging'],
    ['Gestion des erreurs', 'errors-logging'],
    ['Accessibilité', 'accessibility'],
    ['Pruebas unitarias', 'testing'],
    ['Base de datos', 'databases'],
    ['Tratamento de erros', 'errors-logging'],
    ['Acessibilidade', 'accessibility'],
    ['資料庫設計', 'databases'],
    ['Rolle', null],
    ['Ausgabe', null],
    ['Rôle', null],
    ['Salida', null],
    ['Saída', null],
    ['입력', null],
    ['停止條件', null],
  ];

  // The text names security at length: a heading of the agent's own matters keeps it on the agent's page all the same.
  const body = '- Validate every input against SQL injection and XSS.\n- Encrypt secrets and rotate credentials.\n- Run a vulnerability scan.\n';

  test.each(headings)('“%s” goes to %s', (heading, topic) => {
    const placed = place(`## ${heading}\n\n${topic === null ? body : '- Keep it short.\n- Write it down.\n'}`);
    expect(placed.get(heading)?.[0]).toBe(topic);
  });
});
