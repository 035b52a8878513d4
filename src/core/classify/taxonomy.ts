/**
 * The handbook's taxonomy: the languages and topics that agent sections are sorted into.
 *
 * This file is data. Classification code reads it and never names a language or topic itself.
 * Aliases are matched as whole words against normalised heading text (lower case, punctuation
 * folded to spaces), so `node.js` also matches "Node.js Ecosystem" and `end to end` matches
 * "End-to-End Testing". An alias listed in `caseSensitiveAliases` must match with its case as
 * written, for short words that are also plain English ("Go").
 */

export interface LanguageEntry {
  /** URL slug and the key used by synced tabs, e.g. `go`. */
  slug: string;
  /** Label shown in the sidebar, in tabs and in captions. */
  label: string;
  /** Whole-word aliases, matched case-insensitively. */
  aliases: string[];
  /** Aliases that only count with this exact case. */
  caseSensitiveAliases?: string[];
  /** Code-fence info strings that mean this language. */
  fences: string[];
}

export interface TopicEntry {
  slug: string;
  label: string;
  /** One sentence that describes the topic page. */
  description: string;
  aliases: string[];
}

export interface PracticeMatching {
  /** Leading words that frame a practice without changing it: "No Connection Pooling". */
  framingPrefixes: string[];
  /** Trailing words that frame a practice without changing it: "N+1 Prevention". */
  framingSuffixes: string[];
  /** Terms (normalised) that mean the same practice as another: `{ 'authn': 'authentication' }`. */
  aliases: Record<string, string>;
  /** Terms (normalised) too generic to say which practice they are: they link to nothing. */
  exclusions: string[];
  /**
   * Where the subject of a definition-of-done item is treated, when its term names no topic:
   * a topic slug, or `languages` for every language page.
   */
  subjects: Record<string, string[]>;
}

export interface Taxonomy {
  languages: LanguageEntry[];
  /**
   * Topics in priority order: when a heading names several topics, the first listed wins
   * ("Performance Anti-Patterns" is an anti-pattern before it is about performance). The
   * broad "language foundations" topic comes last, so that "API Development" is about APIs
   * while "Go Development" is about Go's foundations.
   */
  topics: TopicEntry[];
  /** The topic given to text before the first heading. */
  introTopic: string;
  /** Phrases that open a closing "definition of done" list. */
  definitionOfDonePhrases: string[];
  /** How a code fence's language is named in captions, where no language entry names it. */
  fenceLabels: Record<string, string>;
  /** How checklist items are matched as one practice across lists; see `practice-key.ts`. */
  practices: PracticeMatching;
  /** Heading words under which a `- **Term**: tools` list is a table of tools, not a checklist. */
  toolTableHeadings: string[];
}

export const taxonomy: Taxonomy = {
  languages: [
    { slug: 'go', label: 'Go', aliases: ['golang'], caseSensitiveAliases: ['Go'], fences: ['go', 'golang'] },
    { slug: 'typescript', label: 'TypeScript/Node.js', aliases: ['typescript', 'ts', 'tsx'], fences: ['typescript', 'ts', 'tsx', 'mts', 'cts'] },
    {
      slug: 'javascript',
      label: 'JavaScript/Node.js',
      aliases: ['javascript', 'js', 'node js', 'nodejs', 'node', 'ecmascript'],
      fences: ['javascript', 'js', 'jsx', 'mjs', 'cjs', 'node'],
    },
    { slug: 'python', label: 'Python', aliases: ['python', 'py', 'python3'], fences: ['python', 'py', 'python3', 'pycon'] },
    { slug: 'rust', label: 'Rust', aliases: ['rust', 'rustlang'], fences: ['rust', 'rs'] },
    { slug: 'java', label: 'Java', aliases: ['java', 'jvm'], fences: ['java'] },
    { slug: 'kotlin', label: 'Kotlin', aliases: ['kotlin'], fences: ['kotlin', 'kt', 'kts'] },
    { slug: 'csharp', label: 'C#/.NET', aliases: ['csharp', 'dotnet', 'aspdotnet', 'asp dotnet'], fences: ['csharp', 'cs', 'c#'] },
    { slug: 'cpp', label: 'C/C++', aliases: ['cpp', 'cplusplus'], caseSensitiveAliases: ['C'], fences: ['c', 'cpp', 'c++', 'cc', 'cxx', 'h', 'hpp'] },
    { slug: 'ruby', label: 'Ruby', aliases: ['ruby', 'rails', 'ruby on rails'], fences: ['ruby', 'rb', 'erb'] },
    { slug: 'php', label: 'PHP', aliases: ['php', 'laravel'], fences: ['php'] },
    { slug: 'swift', label: 'Swift', aliases: ['swift', 'swiftui'], fences: ['swift'] },
    { slug: 'sql', label: 'SQL', aliases: ['sql', 'plpgsql', 'tsql', 't sql'], fences: ['sql', 'pgsql', 'plpgsql', 'mysql', 'postgresql', 'tsql'] },
    { slug: 'shell', label: 'Shell', aliases: ['shell', 'bash', 'zsh', 'shell scripting', 'powershell'], fences: ['sh', 'bash', 'shell', 'zsh', 'console', 'powershell', 'ps1'] },
    { slug: 'terraform', label: 'Terraform/HCL', aliases: ['terraform', 'hcl', 'opentofu'], fences: ['hcl', 'terraform', 'tf'] },
  ],
  topics: [
    {
      slug: 'overview',
      label: 'Overview',
      description: 'What the agent is for: its identity, mandate and definition of done.',
      aliases: ['overview', 'core identity', 'mandate', 'introduction', 'purpose'],
    },
    {
      slug: 'anti-patterns',
      label: 'Anti-patterns',
      description: 'Mistakes to avoid in architecture, code and performance.',
      aliases: ['anti pattern', 'anti patterns', 'antipattern', 'antipatterns', 'pitfalls', 'to avoid', 'mistakes'],
    },
    {
      slug: 'api-design',
      label: 'API design',
      description: 'REST, GraphQL and gRPC: designing the interfaces a service exposes.',
      aliases: ['api', 'apis', 'rest', 'restful', 'graphql', 'grpc', 'endpoint', 'endpoints', 'openapi'],
    },
    {
      slug: 'databases',
      label: 'Databases',
      description: 'Data modelling, queries and data access.',
      aliases: ['database', 'databases', 'data modeling', 'data modelling', 'sql', 'nosql', 'query', 'queries', 'orm', 'data access'],
    },
    {
      slug: 'auth',
      label: 'Authentication & authorization',
      description: 'Who a caller is, and what they may do.',
      aliases: ['authentication', 'authorization', 'authorisation', 'auth', 'oauth', 'jwt', 'rbac', 'abac', 'session based auth', 'access control'],
    },
    {
      slug: 'errors-logging',
      label: 'Error handling & logging',
      description: 'Reporting failures and recording what happened.',
      aliases: ['error', 'errors', 'error handling', 'exception', 'exceptions', 'logging', 'structured logging'],
    },
    {
      slug: 'testing',
      label: 'Testing',
      description: 'Unit, integration and end-to-end testing.',
      aliases: ['test', 'tests', 'testing', 'unit testing', 'integration testing', 'end to end testing', 'tdd', 'qa'],
    },
    {
      slug: 'performance',
      label: 'Performance & scalability',
      description: 'Fast services, and services that keep up as load grows.',
      aliases: ['performance', 'scalability', 'scaling', 'scalable', 'caching', 'latency', 'throughput'],
    },
    {
      slug: 'security',
      label: 'Security',
      description: 'Input validation, data protection and API security.',
      aliases: ['security', 'secure', 'vulnerability', 'vulnerabilities', 'owasp', 'threat', 'threats'],
    },
    {
      slug: 'cli',
      label: 'CLI',
      description: 'Command-line tools people enjoy using.',
      aliases: ['cli', 'command line', 'command line interface', 'terminal'],
    },
    {
      slug: 'code-organization',
      label: 'Code organization',
      description: 'Project structure and where code belongs.',
      aliases: ['code organization', 'code organisation', 'project structure', 'project layout', 'directory structure', 'folder structure'],
    },
    {
      slug: 'observability',
      label: 'Observability',
      description: 'Logs, metrics and traces that show what a running system does.',
      aliases: ['observability', 'monitoring', 'metrics', 'tracing', 'telemetry', 'opentelemetry', 'alerting'],
    },
    {
      slug: 'concurrency',
      label: 'Concurrency',
      description: 'Doing several things at once, safely.',
      aliases: ['concurrency', 'concurrent', 'parallelism', 'multithreading', 'async programming', 'goroutines'],
    },
    {
      slug: 'architecture',
      label: 'Architecture',
      description: 'How systems are divided, and how the parts talk.',
      aliases: ['architecture', 'system design', 'microservices', 'distributed systems', 'design patterns', 'domain driven design', 'event driven'],
    },
    {
      slug: 'devops',
      label: 'Delivery & operations',
      description: 'Building, shipping and running software: CI/CD, deployment and releases.',
      aliases: ['devops', 'ci cd', 'cicd', 'continuous integration', 'continuous delivery', 'deployment', 'deployments', 'release', 'pipelines', 'gitops'],
    },
    {
      slug: 'infrastructure',
      label: 'Infrastructure',
      description: 'Containers, clusters, clouds and infrastructure as code.',
      aliases: ['infrastructure', 'kubernetes', 'k8s', 'containers', 'docker', 'cloud', 'infrastructure as code', 'iac', 'networking'],
    },
    {
      slug: 'frontend',
      label: 'Frontend',
      description: 'User interfaces in the browser and on devices.',
      aliases: ['frontend', 'front end', 'ui', 'user interface', 'css', 'react', 'components', 'styling'],
    },
    {
      slug: 'accessibility',
      label: 'Accessibility',
      description: 'Software everyone can use.',
      aliases: ['accessibility', 'a11y', 'wcag'],
    },
    {
      slug: 'documentation',
      label: 'Documentation',
      description: 'Writing down what others need to know.',
      aliases: ['documentation', 'docs', 'readme', 'comments'],
    },
    {
      slug: 'code-review',
      label: 'Code review',
      description: 'Reviewing changes well.',
      aliases: ['code review', 'review', 'reviews', 'pull request', 'pull requests'],
    },
    {
      slug: 'debugging',
      label: 'Debugging',
      description: 'Finding out why something fails.',
      aliases: ['debugging', 'troubleshooting', 'root cause', 'incident', 'incidents'],
    },
    {
      slug: 'foundations',
      label: 'Language foundations',
      description: 'Each language’s principles, best practices and ecosystem, side by side.',
      aliases: ['language specific expertise', 'language expertise', 'languages', 'language specific', 'development', 'expertise', 'principles', 'best practices', 'ecosystem', 'idioms', 'idiomatic'],
    },
  ],
  introTopic: 'overview',
  definitionOfDonePhrases: ['always ensure', 'definition of done', 'before completing', 'before you finish', 'before finishing'],
  fenceLabels: {
    http: 'HTTP',
    json: 'JSON',
    sh: 'Shell',
    bash: 'Shell',
    shell: 'Shell',
    yaml: 'YAML',
    yml: 'YAML',
    sql: 'SQL',
    html: 'HTML',
    text: 'Text',
    txt: 'Text',
    toml: 'TOML',
    dockerfile: 'Dockerfile',
  },
  practices: {
    framingPrefixes: ['no', 'avoid', 'prevent', 'preventing'],
    // Not 'queries': "Database Queries" is not "Database". N+1 queries get an alias instead.
    framingSuffixes: ['prevention', 'problem'],
    aliases: {
      'connection pool': 'connection pooling',
      'n plus 1': 'n 1',
      'n 1 query': 'n 1',
      'authn': 'authentication',
      'authz': 'authorization',
    },
    exclusions: ['performance', 'context', 'documentation', 'auth', 'usage', 'best practice'],
    subjects: {
      'type safety': ['languages'],
      'testability': ['testing'],
      'documentation': ['api-design'],
      'error handling': ['errors-logging'],
    },
  },
  toolTableHeadings: ['ecosystem', 'tooling', 'libraries', 'frameworks and tools', 'tech stack'],
};
