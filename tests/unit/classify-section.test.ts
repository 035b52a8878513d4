import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { buildSectionTree, walkSections } from '../../src/core/read/build-section-tree.ts';
import { classifyHeading, classifySections } from '../../src/core/classify/classify-section.ts';
import { extractDefinitionOfDone } from '../../src/core/read/extract-definition-of-done.ts';
import { parseAgent } from '../../src/core/read/parse-agent.ts';
import { taxonomy } from '../../src/core/classify/taxonomy.ts';

function classifySeed() {
  const parsed = parseAgent({ file: 'backend-engineer.md', text: readFileSync('content/agents/backend-engineer.md', 'utf8') });
  if (!parsed.ok) throw new Error('the seed agent does not parse');
  const tree = extractDefinitionOfDone(buildSectionTree(parsed.agent.body), taxonomy.definitionOfDonePhrases);
  return classifySections(tree, taxonomy);
}

describe('classifying the seed agent', () => {
  // Every heading of backend-engineer.md, in order, with the topic and language it belongs to.
  const expected: Array<[string | null, string, string | null]> = [
    [null, 'overview', null],
    ['Core Identity and Mandate', 'overview', null],
    ['Language-Specific Expertise', 'foundations', null],
    ['Go Development', 'foundations', 'go'],
    ['Core Go Principles', 'foundations', 'go'],
    ['Go Best Practices', 'foundations', 'go'],
    ['Go Ecosystem', 'foundations', 'go'],
    ['TypeScript/Node.js Development', 'foundations', 'typescript'],
    ['Core Node.js Principles', 'foundations', 'typescript'],
    ['TypeScript Best Practices', 'foundations', 'typescript'],
    ['Node.js Ecosystem', 'foundations', 'typescript'],
    ['Python Development', 'foundations', 'python'],
    ['Core Python Principles', 'foundations', 'python'],
    ['Python Best Practices', 'foundations', 'python'],
    ['Python Ecosystem', 'foundations', 'python'],
    ['API Development', 'api-design', null],
    ['RESTful API Design', 'api-design', null],
    ['REST Principles', 'api-design', null],
    ['API Design Best Practices', 'api-design', null],
    ['Request/Response Patterns', 'api-design', null],
    ['GraphQL API Design', 'api-design', null],
    ['GraphQL Principles', 'api-design', null],
    ['GraphQL Best Practices', 'api-design', null],
    ['gRPC Services', 'api-design', null],
    ['gRPC Principles', 'api-design', null],
    ['gRPC Best Practices', 'api-design', null],
    ['Database Design and Optimization', 'databases', null],
    ['Data Modeling', 'databases', null],
    ['Relational Databases (PostgreSQL, MySQL)', 'databases', null],
    ['NoSQL Databases (MongoDB, Redis, DynamoDB)', 'databases', null],
    ['Query Optimization', 'databases', null],
    ['Data Access Patterns', 'databases', null],
    ['Authentication and Authorization', 'auth', null],
    ['Authentication Strategies', 'auth', null],
    ['JWT (JSON Web Tokens)', 'auth', null],
    ['OAuth 2.0', 'auth', null],
    ['Session-Based Auth', 'auth', null],
    ['Authorization Patterns', 'auth', null],
    ['Role-Based Access Control (RBAC)', 'auth', null],
    ['Attribute-Based Access Control (ABAC)', 'auth', null],
    ['Error Handling and Logging', 'errors-logging', null],
    ['Error Handling Strategies', 'errors-logging', null],
    ['Go Error Handling', 'errors-logging', 'go'],
    ['TypeScript Error Handling', 'errors-logging', 'typescript'],
    ['Python Error Handling', 'errors-logging', 'python'],
    ['Structured Logging', 'errors-logging', null],
    ['Testing Strategy', 'testing', null],
    ['Unit Testing', 'testing', null],
    ['Integration Testing', 'testing', null],
    ['End-to-End Testing', 'testing', null],
    ['Performance and Scalability', 'performance', null],
    ['Performance Optimization', 'performance', null],
    ['Scalability Patterns', 'performance', null],
    ['Security Best Practices', 'security', null],
    ['Input Validation', 'security', null],
    ['Data Protection', 'security', null],
    ['API Security', 'security', null],
    ['CLI Development', 'cli', null],
    ['CLI Design Principles', 'cli', null],
    ['CLI Best Practices', 'cli', null],
    ['Code Organization', 'code-organization', null],
    ['Project Structure', 'code-organization', null],
    ['Go', 'code-organization', 'go'],
    ['TypeScript/Node.js', 'code-organization', 'typescript'],
    ['Python', 'code-organization', 'python'],
    ['Anti-Patterns to Avoid', 'anti-patterns', null],
    ['Architecture Anti-Patterns', 'anti-patterns', null],
    ['Code Anti-Patterns', 'anti-patterns', null],
    ['Performance Anti-Patterns', 'anti-patterns', null],
    ['Observability and Monitoring', 'observability', null],
    ['Logging', 'observability', null],
    ['Metrics', 'observability', null],
    ['Tracing', 'observability', null],
    ['Definition of done', 'overview', null],
  ];

  test('every heading gets the expected topic and language', () => {
    const actual = [...walkSections(classifySeed().sections)].map((section) => [section.heading, section.topic, section.language]);
    expect(actual).toEqual(expected);
  });

  test('the closing "always ensure" list becomes the definition of done', () => {
    const done = classifySeed().sections.find((section) => section.definitionOfDone);
    expect(done?.blocks.map((block) => block.node.type)).toEqual(['paragraph', 'list']);
    expect(done?.line).toBe(435);
  });

  test('the seed needs no topic beyond the taxonomy', () => {
    expect(classifySeed().newTopics).toEqual([]);
  });
});

describe('classifying a heading', () => {
  test.each([
    ['Go Development', 'go'],
    ['#### TypeScript Error Handling', 'typescript'],
    ['Node.js Ecosystem', 'javascript'],
    ['## 1. Memory Safety in Rust 🦀', 'rust'],
    ['C# Best Practices', 'csharp'],
    ['.NET Ecosystem', 'csharp'],
    ['C/C++', 'cpp'],
    ['Terraform Modules', 'terraform'],
    ['Bash Scripting', 'shell'],
    ['Python', 'python'],
    ['golang tips', 'go'],
  ])('"%s" is about %s', (heading, language) => {
    expect(classifyHeading(heading, taxonomy).languages).toEqual([language]);
  });

  test.each(['Good Practices', 'Going further', 'Category', 'Logging', 'NoSQL Databases', 'Node Pools'.replace('Node', 'Worker')])('"%s" names no language', (heading) => {
    expect(classifyHeading(heading, taxonomy).languages).toEqual([]);
  });

  test('a heading naming several languages names each of them, and is about none', () => {
    expect(classifyHeading('Go, TypeScript and Python', taxonomy)).toMatchObject({ languages: ['go', 'typescript', 'python'], language: null });
  });

  test('a slash compound is about its first language', () => {
    expect(classifyHeading('TypeScript/Node.js Development', taxonomy)).toMatchObject({ languages: ['typescript', 'javascript'], language: 'typescript' });
  });

  test('C++ and C# are not C', () => {
    expect(classifyHeading('C++ Templates', taxonomy).language).toBe('cpp');
    expect(classifyHeading('C# Records', taxonomy).language).toBe('csharp');
    expect(classifyHeading('Plan c', taxonomy).languages).toEqual([]);
  });

  test('an anti-pattern heading wins over the topic it is about', () => {
    expect(classifyHeading('Performance Anti-Patterns', taxonomy).topic).toBe('anti-patterns');
  });

  test('numbering, emoji and capitals do not change a topic', () => {
    expect(classifyHeading('## 1. TESTING STRATEGY 🧪', taxonomy).topic).toBe('testing');
  });

  test('a heading that fits no topic becomes a topic of its own', () => {
    const tree = buildSectionTree({
      type: 'root',
      children: [{ type: 'heading', depth: 2, children: [{ type: 'text', value: 'Team Rituals' }] }],
    });
    const { sections, newTopics } = classifySections(tree, taxonomy);
    expect(sections[0]?.topic).toBe('team-rituals');
    expect(newTopics.map((topic) => topic.label)).toEqual(['Team Rituals']);
  });

  test('agents with the same unknown heading share its topic', () => {
    const heading = (value: string) => buildSectionTree({ type: 'root', children: [{ type: 'heading', depth: 2, children: [{ type: 'text', value }] }] });
    const first = classifySections(heading('2. Focus Areas'), taxonomy);
    const second = classifySections(heading('Focus Areas'), { ...taxonomy, topics: [...taxonomy.topics, ...first.newTopics] });
    expect(first.newTopics.map((topic) => [topic.slug, topic.label])).toEqual([['focus-areas', 'Focus Areas']]);
    expect(second.sections[0]?.topic).toBe('focus-areas');
    expect(second.newTopics).toEqual([]);
  });
});
