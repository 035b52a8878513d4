/**
 * The handbook's taxonomy: the languages and topics that agent sections are sorted into, and the
 * words by which a section is recognised as the agent speaking of itself.
 *
 * This file is data. Classification code reads it and never names a language or topic itself.
 * Phrases are matched as whole words against normalised text (lower case, punctuation folded to
 * spaces), so `node.js` also matches "Node.js Ecosystem" and `end to end` matches "End-to-End
 * Testing". Phrases written in Chinese, Japanese or Korean match anywhere in the text, since those
 * scripts do not separate words with spaces. An alias listed in `caseSensitiveAliases` must match
 * with its case as written, for short words that are also plain English ("Go").
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
  /** Frameworks and tools that mean the language: Spring is Java, Django is Python. */
  frameworks?: string[];
  /** The topic an agent about this language is about. @default 'foundations' */
  subject?: string;
  /** Languages whose things this one's sections name too: TypeScript code uses JavaScript's tools. */
  includes?: string[];
  /**
   * A language that agents about other subjects write in passing: a DevOps agent's shell
   * scripts, a data engineer's SQL. An agent is about it only when its name names it
   * (`shell-developer`, `sql-pro`). @default false
   */
  usedInPassing?: boolean;
}

export interface TopicEntry {
  slug: string;
  label: string;
  /** One sentence that describes the topic page. */
  description: string;
  /** Phrases that name the topic in a heading, in any language: a heading with one is about it. */
  aliases: string[];
  /**
   * Words and phrases that point to the topic in a section's text, with their weights (a heading
   * alias counts as a keyword of weight 2 too). Heavier words are more specific to the topic.
   */
  keywords?: Record<string, number>;
}

/** How an agent speaking of itself is recognised. Its sections stay on the agent's own page. */
export interface SelfDescription {
  /** Headings of the agent's role, behaviour, output, protocol, examples: about the agent. */
  headings: string[];
  /**
   * Headings of capability or focus lists. Their own text stays with the agent; a subsection
   * whose heading names a subject ("Capabilities › Database Design") goes to that subject.
   */
  capabilityHeadings: string[];
  /** Headings of the agent's working process: the steps under them stay with the agent. */
  processHeadings: string[];
  /** Phrases in a section's text by which an agent speaks of itself, with their weights. */
  phrases: Record<string, number>;
  /** Words that open a line of advice ("Use …", "Avoid …"): lists of them advise, not describe. */
  adviceVerbs: string[];
  /**
   * The last words of agents' names (`system-architect`, `ux-writer`): a heading or text that
   * names such an agent is about working with it. @default []
   */
  agentRoles?: string[];
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
  /** Words of a term that say it is about agents, not a practice ("Use this agent for"): such items link to nothing. */
  agentWords: string[];
  /** Words too common to show that two pieces of advice are about the same thing. */
  stopWords: string[];
  /**
   * Words that may stand before a practice's name without narrowing it: verbs that open advice
   * and qualifiers ("Maintain full test coverage", "Apply Clean Architecture"). Any other word
   * before the name says whose or which practice it is ("Registry security hardening", "Search
   * query analysis"), a narrower one that does not take the name's key. The stop words and the
   * taxonomy's advice verbs count too.
   */
  neutralModifiers: string[];
  /** Words by which a heading calls its lists a checklist: they are checklists wherever they land, the agent's page included. */
  checklistWords: string[];
  /**
   * Where the subject of a definition-of-done item is treated, when its term names no topic:
   * a topic slug, or `languages` for every language page.
   */
  subjects: Record<string, string[]>;
}

export interface Taxonomy {
  languages: LanguageEntry[];
  /** Topics in editorial order: the order of the sidebar, the home page and the onboarding path. */
  topics: TopicEntry[];
  /** The topic of sections that are about one language's own principles, idioms and tools. */
  foundationsTopic: string;
  self: SelfDescription;
  /**
   * Words that say nothing of a subject ("Approach", "Best Practices", "Step 3"): a heading made
   * only of them never decides a topic, and never becomes a topic of its own.
   */
  genericHeadingWords: string[];
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
    {
      slug: 'go',
      label: 'Go',
      aliases: ['golang'],
      caseSensitiveAliases: ['Go'],
      fences: ['go', 'golang'],
      frameworks: ['goroutine', 'goroutines', 'gin', 'gofmt', 'golangci lint', 'go mod', 'go modules', 'pprof'],
    },
    {
      slug: 'typescript',
      label: 'TypeScript/Node.js',
      aliases: ['typescript', 'ts', 'tsx'],
      fences: ['typescript', 'ts', 'tsx', 'mts', 'cts'],
      frameworks: ['angular', 'nestjs', 'tsconfig', 'trpc', 'deno'],
      includes: ['javascript'],
    },
    {
      slug: 'javascript',
      label: 'JavaScript/Node.js',
      aliases: ['javascript', 'js', 'node js', 'nodejs', 'node', 'ecmascript'],
      fences: ['javascript', 'js', 'jsx', 'mjs', 'cjs', 'node'],
      frameworks: ['react', 'next js', 'nextjs', 'vue', 'svelte', 'express', 'jest', 'vitest', 'mocha', 'npm', 'jquery', 'fastify', 'remix', 'bun'],
    },
    {
      slug: 'python',
      label: 'Python',
      aliases: ['python', 'py', 'python3'],
      fences: ['python', 'py', 'python3', 'pycon'],
      frameworks: ['django', 'fastapi', 'flask', 'pytest', 'pydantic', 'asyncio', 'pandas', 'numpy', 'mypy', 'pip', 'poetry'],
    },
    { slug: 'rust', label: 'Rust', aliases: ['rust', 'rustlang'], fences: ['rust', 'rs'], frameworks: ['cargo', 'tokio', 'axum', 'actix', 'serde', 'clippy'] },
    { slug: 'java', label: 'Java', aliases: ['java', 'jvm'], fences: ['java'], frameworks: ['spring', 'spring boot', 'hibernate', 'maven', 'gradle', 'junit', 'jakarta'] },
    { slug: 'kotlin', label: 'Kotlin', aliases: ['kotlin'], fences: ['kotlin', 'kt', 'kts'], frameworks: ['ktor', 'jetpack compose'], includes: ['java'] },
    {
      slug: 'csharp',
      label: 'C#/.NET',
      aliases: ['csharp', 'dotnet', 'aspdotnet', 'asp dotnet', 'aspnet', 'asp net'],
      fences: ['csharp', 'cs', 'c#'],
      frameworks: ['entity framework', 'ef core', 'blazor', 'nuget', 'linq', 'unity', 'xunit', 'nunit', 'mstest', 'roslyn', 'asp net core', 'masstransit', 'mediatr'],
    },
    { slug: 'cpp', label: 'C/C++', aliases: ['cpp', 'cplusplus'], caseSensitiveAliases: ['C'], fences: ['c', 'cpp', 'c++', 'cc', 'cxx', 'h', 'hpp'], frameworks: ['cmake'] },
    { slug: 'ruby', label: 'Ruby', aliases: ['ruby'], fences: ['ruby', 'rb', 'erb'], frameworks: ['rails', 'ruby on rails', 'sidekiq', 'rspec', 'bundler', 'gem', 'gems'] },
    { slug: 'php', label: 'PHP', aliases: ['php'], fences: ['php'], frameworks: ['laravel', 'symfony', 'composer', 'wordpress'] },
    { slug: 'swift', label: 'Swift', aliases: ['swift'], fences: ['swift'], frameworks: ['swiftui', 'uikit', 'xcode'] },
    {
      slug: 'sql',
      label: 'SQL',
      aliases: ['sql', 'plpgsql', 'tsql', 't sql'],
      fences: ['sql', 'pgsql', 'plpgsql', 'mysql', 'postgresql', 'tsql'],
      frameworks: ['mssql', 'sql server'],
      subject: 'databases',
      usedInPassing: true,
    },
    {
      slug: 'shell',
      label: 'Shell',
      aliases: ['shell', 'bash', 'zsh', 'shell scripting', 'powershell', 'posix shell'],
      fences: ['sh', 'bash', 'shell', 'zsh', 'console', 'powershell', 'ps1'],
      usedInPassing: true,
    },
    {
      slug: 'terraform',
      label: 'Terraform/HCL',
      aliases: ['terraform', 'hcl', 'opentofu'],
      fences: ['hcl', 'terraform', 'tf'],
      frameworks: ['terragrunt', 'tfstate'],
      subject: 'infrastructure',
      usedInPassing: true,
    },
  ],
  topics: [
    {
      slug: 'foundations',
      label: 'Language foundations',
      description: 'Each language’s principles, idioms, type system, tooling and ecosystem, side by side.',
      aliases: [
        'language features', 'language mastery', 'language fundamentals', 'idioms', 'idiomatic', 'type system', 'generics', 'ownership',
        'borrowing', 'lifetimes', 'memory management', 'standard library', 'stdlib', 'syntax', 'ecosystem', 'tooling', 'traits', 'macros',
        'unsafe code', 'ffi', 'metaprogramming', 'decorators', 'language specific expertise', 'language expertise',
        '언어 기초', '관용구', '타입 시스템', '语言基础', '惯用法', '类型系统', '言語の基本', 'イディオム', '型システム',
        'sprachgrundlagen', 'sprachfunktionen', 'sprachfeatures', 'typsystem', 'speicherverwaltung', 'standardbibliothek', 'idiome',
        'idiomatischer code', 'metaprogrammierung', 'ökosystem', 'fondamentaux du langage', 'fonctionnalités du langage',
        'système de types', 'gestion de la mémoire', 'gestion mémoire', 'bibliothèque standard', 'idiomes', 'code idiomatique', 'syntaxe',
        'écosystème', 'métaprogrammation', 'génériques', 'fundamentos del lenguaje', 'características del lenguaje', 'sistema de tipos',
        'gestión de memoria', 'gestión de la memoria', 'biblioteca estándar', 'código idiomático', 'codigo idiomatico', 'sintaxis',
        'ecosistema', 'metaprogramación', 'genéricos', 'fundamentos da linguagem', 'recursos da linguagem', 'gerenciamento de memória',
        'gerenciamento de memoria', 'gestão de memória', 'biblioteca padrão', 'biblioteca padrao', 'sintaxe', 'ecossistema',
        'metaprogramação',
        '語言基礎', '慣用法', '類型系統', '型別系統', '記憶體管理', '標準函式庫', '标准库', '内存管理', '泛型', 'メモリ管理', '標準ライブラリ', 'ジェネリクス', '메모리 관리', '표준 라이브러리', '제네릭',
      ],
      keywords: {
        idiom: 2, idiomatic: 2, generics: 2, 'type hints': 2, 'type inference': 2, 'borrow checker': 3, lifetime: 2, ownership: 1,
        'pattern matching': 2, 'list comprehension': 2, dataclass: 2, dataclasses: 2, 'null safety': 2, 'sealed classes': 2, records: 1,
        lambda: 1, closures: 1, iterator: 1, iterators: 1, 'standard library': 2, stdlib: 2, 'zero value': 2, embedding: 1, 'type system': 2,
        'type safety': 2, 'strict mode': 1, 'utility types': 2, 'discriminated unions': 2, enum: 1, enums: 1, traits: 2, macro: 1, macros: 1,
        interfaces: 1, 'smart pointers': 2, raii: 2, 'move semantics': 2, 'virtual threads': 1, 'context managers': 2, 'language features': 2,
        packaging: 1, 'package manager': 1, 'dependency management': 1, formatting: 1, 'error wrapping': 1,
        typinferenz: 2, 'inférence de types': 2, 'inferencia de tipos': 2, 'inferência de tipos': 2, typsicherheit: 2,
        'sécurité des types': 2, 'seguridad de tipos': 2, 'segurança de tipos': 2,
      },
    },
    {
      slug: 'code-organization',
      label: 'Code organization',
      description: 'Project structure, modules and packages: where code belongs.',
      aliases: [
        'code organization', 'code organisation', 'project structure', 'project layout', 'directory structure', 'folder structure',
        'file structure', 'module structure', 'module design', 'package structure', 'package layout', 'monorepo', 'layering',
        '프로젝트 구조', '디렉터리 구조', '디렉토리 구조', '项目结构', '目录结构', 'プロジェクト構成', 'ディレクトリ構成', 'ディレクトリ構造',
        'projektstruktur', 'projektaufbau', 'verzeichnisstruktur', 'ordnerstruktur', 'dateistruktur', 'modulstruktur', 'paketstruktur',
        'codeorganisation', 'structure du projet', 'structure de projet', 'organisation du code', 'structure des répertoires',
        'structure des dossiers', 'structure des fichiers', 'structure des modules', 'arborescence du projet', 'estructura del proyecto',
        'estructura de proyecto', 'organización del código', 'organizacion del codigo', 'estructura de directorios',
        'estructura de carpetas', 'estructura de archivos', 'estructura de módulos', 'estrutura do projeto', 'estrutura de projeto',
        'organização do código', 'organizacao do codigo', 'estrutura de diretórios', 'estrutura de diretorios', 'estrutura de pastas',
        'estrutura de arquivos', 'estrutura de módulos',
        '專案結構', '項目結構', '目錄結構', '程式碼組織', '代码组织', 'フォルダ構成', 'プロジェクト構造', '폴더 구조', '코드 구성',
      ],
      keywords: {
        folder: 1, directory: 1, 'package layout': 2, monorepo: 2, workspace: 1, 'module boundaries': 2, layering: 2,
        'project structure': 2, subpackage: 1, 'barrel files': 2,
        verzeichnis: 1, ordner: 1, 'répertoire': 1, 'répertoires': 1, carpeta: 1, carpetas: 1, 'diretório': 1, 'diretórios': 1,
      },
    },
    {
      slug: 'code-quality',
      label: 'Code quality',
      description: 'Readable, consistent and maintainable code: style, naming, refactoring and linting.',
      aliases: [
        'code quality', 'clean code', 'code style', 'coding style', 'style guide', 'readability', 'naming', 'naming conventions', 'refactoring',
        'maintainability', 'linting', 'linters', 'static analysis', 'technical debt', 'coding standards', 'conventions', 'formatting',
        '코드 품질', '리팩토링', '리팩터링', '코드 스타일', '명명 규칙', '代码质量', '重构', '代码风格', '命名规范', 'コード品質', 'リファクタリング', 'コーディング規約', '命名規則',
        'codequalität', 'code qualität', 'sauberer code', 'codestil', 'lesbarkeit', 'namenskonventionen', 'benennung', 'wartbarkeit',
        'statische analyse', 'technische schulden', 'programmierrichtlinien', 'codierrichtlinien', 'konventionen', 'formatierung',
        'qualité du code', 'qualité de code', 'code propre', 'style de code', 'guide de style', 'lisibilité', 'conventions de nommage',
        'nommage', 'refactorisation', 'maintenabilité', 'analyse statique', 'dette technique', 'normes de codage', 'standards de codage',
        'formatage', 'calidad del código', 'calidad de código', 'calidad del codigo', 'código limpio', 'codigo limpio', 'estilo de código',
        'guía de estilo', 'legibilidad', 'convenciones de nombres', 'convenciones de nomenclatura', 'nomenclatura', 'refactorización',
        'refactorizacion', 'mantenibilidad', 'análisis estático', 'deuda técnica', 'deuda tecnica', 'estándares de codificación',
        'convenciones', 'formateo', 'qualidade de código', 'qualidade do código', 'qualidade de codigo', 'código limpo', 'codigo limpo',
        'estilo de codigo', 'guia de estilo', 'legibilidade', 'convenções de nomenclatura', 'convenções de nomes', 'refatoração',
        'refatoracao', 'manutenibilidade', 'análise estática', 'analise estatica', 'dívida técnica', 'divida tecnica',
        'padrões de codificação', 'convenções', 'convencoes', 'formatação',
        '程式碼品質', '代碼質量', '重構', '程式碼風格', '命名規範', '命名慣例', '代码规范', '可读性', '可讀性', '静态分析', '靜態分析', '技术债务', '技術債', 'コードスタイル', '可読性', '静的解析',
        '技術的負債', '가독성', '정적 분석', '기술 부채', '코딩 컨벤션', '코딩 규칙', '클린 코드',
      ],
      keywords: {
        lint: 2, linter: 2, linting: 2, eslint: 2, clippy: 2, ruff: 2, golangci: 2, prettier: 2, gofmt: 2, rustfmt: 2, black: 1, formatter: 2,
        readability: 2, readable: 1, naming: 1, refactor: 2, refactoring: 2, dry: 1, kiss: 1, 'code smell': 2, 'code smells': 2, 'dead code': 2,
        complexity: 1, 'cyclomatic complexity': 2, sonarqube: 2, maintainable: 1, maintainability: 2, 'static analysis': 2, 'type checking': 1,
        mypy: 1, 'technical debt': 2, 'single responsibility': 1, 'code quality': 2,
        lesbar: 1, lisible: 1, legible: 1, 'legível': 1, wartbar: 1,
      },
    },
    {
      slug: 'api-design',
      label: 'API design',
      description: 'REST, GraphQL and gRPC: designing the interfaces a service exposes.',
      aliases: [
        'api', 'apis', 'rest', 'restful', 'graphql', 'grpc', 'endpoint', 'endpoints', 'openapi', 'swagger', 'api versioning', 'pagination',
        'webhooks', 'web services', 'web development', 'http api', 'protobuf', 'protocol buffers', 'trpc', 'request response', 'api contract',
        'api 설계', 'api设计', '接口设计', 'api設計',
        'schnittstellendesign', 'schnittstellenentwurf', 'endpunkte', 'webdienste', 'paginierung', 'points de terminaison', 'services web',
        'servicios web', 'paginación', 'paginacion', 'serviços web', 'paginação', 'paginacao',
        '接口設計', '端點', '端点', 'エンドポイント', 'ページネーション', '엔드포인트', '페이지네이션',
      ],
      keywords: {
        rest: 2, restful: 2, graphql: 3, grpc: 3, endpoint: 2, endpoints: 2, openapi: 3, swagger: 2, 'status code': 2, 'status codes': 2,
        pagination: 2, versioning: 1, 'api versioning': 3, webhook: 2, webhooks: 2, 'http methods': 2, idempotency: 1, idempotent: 1,
        'rate limiting': 1, resolver: 1, resolvers: 1, protobuf: 2, 'request body': 2, 'response format': 1, 'api design': 3, api: 1, apis: 1,
        'content negotiation': 2, hateoas: 2, 'http': 1, route: 1, routes: 1, routing: 1, middleware: 1,
        endpunkt: 2, statuscodes: 2, 'codes de statut': 2, 'codes d état': 2, 'códigos de estado': 2, 'códigos de status': 2,
        'point de terminaison': 2,
      },
    },
    {
      slug: 'databases',
      label: 'Databases',
      description: 'Data modelling, queries, indexes, migrations and transactions.',
      aliases: [
        'database', 'databases', 'data modeling', 'data modelling', 'schema design', 'sql', 'nosql', 'query', 'queries', 'orm',
        'data access', 'persistence', 'migrations', 'indexing', 'indexes', 'transactions', 'replication', 'sharding', 'postgresql',
        'postgres', 'mysql', 'mongodb', 'sqlite', 'dynamodb', 'cassandra', 'data storage',
        '데이터베이스', '쿼리', '数据库', '查询', 'データベース', 'クエリ',
        'datenbank', 'datenbanken', 'datenbankdesign', 'datenbankentwurf', 'datenmodellierung', 'schemadesign', 'schemaentwurf', 'abfragen',
        'datenbankabfragen', 'abfrageoptimierung', 'datenzugriff', 'persistenz', 'migrationen', 'datenbankmigrationen', 'indizierung',
        'indizes', 'transaktionen', 'replikation', 'datenspeicherung', 'base de données', 'bases de données', 'base de donnees',
        'bases de donnees', 'modélisation des données', 'modélisation de données', 'conception de schéma', 'conception du schéma',
        'optimisation des requêtes', 'requêtes sql', 'accès aux données', 'persistance', 'indexation', 'réplication',
        'stockage des données', 'base de datos', 'bases de datos', 'modelado de datos', 'diseño de esquema', 'diseño de esquemas',
        'consultas', 'optimización de consultas', 'acceso a datos', 'persistencia', 'migraciones', 'indexación', 'índices', 'transacciones',
        'replicación', 'almacenamiento de datos', 'banco de dados', 'bancos de dados', 'base de dados', 'bases de dados',
        'modelagem de dados', 'design de esquema', 'otimização de consultas', 'acesso a dados', 'persistência', 'migrações', 'migracoes',
        'indexação', 'indexacao', 'transações', 'transacoes', 'replicação', 'replicacao', 'armazenamento de dados',
        '資料庫', '數據庫', '查詢', '資料建模', '数据建模', '事务', '事務', 'データモデリング', 'トランザクション', 'スキーマ設計', '데이터 모델링', '스키마 설계', '트랜잭션', '인덱스',
      ],
      keywords: {
        database: 2, databases: 2, sql: 2, query: 2, queries: 2, index: 1, indexes: 2, indexing: 2, 'query plan': 3, 'explain analyze': 3,
        migration: 2, migrations: 2, transaction: 2, transactions: 2, 'isolation level': 3, orm: 2, schema: 1, normalization: 2,
        postgresql: 2, postgres: 2, mysql: 2, mongodb: 2, sqlite: 2, redis: 1, dynamodb: 2, cassandra: 2, 'connection pool': 2,
        'connection pooling': 2, replication: 2, sharding: 2, partitioning: 1, 'foreign key': 2, 'foreign keys': 2, join: 1, joins: 1,
        'n 1': 2, vacuum: 2, 'stored procedures': 2, 'materialized views': 2, 'primary key': 2, nosql: 2, 'data model': 1, persistence: 1,
        deadlock: 1, 'full text search': 1, jsonb: 2, cte: 2, 'window functions': 2,
        datenbank: 2, datenbanken: 2, 'base de données': 2, 'bases de données': 2, 'base de datos': 2, 'bases de datos': 2,
        'banco de dados': 2, 'bancos de dados': 2, 'base de dados': 2, abfrage: 2, transaktion: 2, 'transacción': 2, 'transação': 2,
        'fremdschlüssel': 2, 'clé étrangère': 2, 'clave foránea': 2, 'chave estrangeira': 2, 'primärschlüssel': 2, 'clé primaire': 2,
        'clave primaria': 2, 'chave primária': 2, 'niveau d isolation': 3, 'nivel de aislamiento': 3, 'nível de isolamento': 3,
        isolationsstufe: 3,
        'column type': 3, 'column types': 3, 'schema migration': 3, 'schema migrations': 3, 'data types': 1, nullable: 1, 'not null': 2,
        'unique constraint': 3, 'seed data': 2,
      },
    },
    {
      slug: 'auth',
      label: 'Authentication & authorization',
      description: 'Who a caller is, and what they may do.',
      aliases: [
        'authentication', 'authorization', 'authorisation', 'auth', 'oauth', 'oidc', 'openid connect', 'jwt', 'rbac', 'abac', 'sso',
        'session based auth', 'access control', 'identity and access', 'permissions', 'login', 'mfa',
        '인증', '인가', '권한', '认证', '授权', '鉴权', '認証', '認可',
        'authentifizierung', 'authentisierung', 'autorisierung', 'zugriffskontrolle', 'zugangskontrolle', 'berechtigungen',
        'rechteverwaltung', 'anmeldung', 'authentification', 'autorisation', 'contrôle d accès', 'controle d acces', 'gestion des accès',
        'droits d accès', 'gestion des identités', 'autenticación', 'autenticacion', 'autorización', 'autorizacion', 'control de acceso',
        'permisos', 'inicio de sesión', 'inicio de sesion', 'gestión de identidades', 'autenticação', 'autenticacao', 'autorização',
        'autorizacao', 'controle de acesso', 'controlo de acesso', 'permissões', 'permissoes', 'gestão de identidade',
        'gerenciamento de identidade', 'gerenciamento de acesso',
        '認證', '授權', '鑑權', '身分驗證', '身份驗證', '身份认证', '身份验证', '權限', '权限', '存取控制', '访问控制', 'アクセス制御', '접근 제어',
      ],
      keywords: {
        authentication: 3, authorization: 3, oauth: 3, oidc: 3, jwt: 3, token: 1, tokens: 1, 'refresh token': 3, 'access token': 3, rbac: 3,
        abac: 3, sso: 2, saml: 2, session: 1, sessions: 1, login: 1, password: 1, passwords: 1, mfa: 2, permission: 1, permissions: 1,
        role: 1, roles: 1, keycloak: 2, auth0: 2, pkce: 3, scopes: 1, claims: 1, 'api key': 1, 'api keys': 1,
        authentifizierung: 3, autorisierung: 3, authentification: 3, autorisation: 3, 'autenticación': 3, 'autorización': 3,
        'autenticação': 3, 'autorização': 3, passwort: 1, 'mot de passe': 1, 'contraseña': 1, senha: 1, berechtigung: 1,
      },
    },
    {
      slug: 'security',
      label: 'Security',
      description: 'Input validation, secrets, encryption, vulnerabilities and threat models.',
      aliases: [
        'security', 'secure', 'vulnerability', 'vulnerabilities', 'owasp', 'threat', 'threats', 'threat modeling', 'secrets', 'encryption',
        'cryptography', 'compliance', 'penetration testing', 'devsecops', 'hardening', 'input validation', 'data protection', 'supply chain',
        'zero trust', 'appsec',
        '보안', '취약점', '安全', '漏洞', 'セキュリティ', '脆弱性',
        'sicherheit', 'it sicherheit', 'anwendungssicherheit', 'sicherheitsaspekte', 'sicherheitsanforderungen', 'sicherheitsmaßnahmen',
        'sicherheitslücken', 'schwachstellen', 'bedrohungsmodellierung', 'bedrohungsanalyse', 'verschlüsselung', 'kryptographie',
        'kryptografie', 'penetrationstests', 'härtung', 'eingabevalidierung', 'datenschutz', 'geheimnisverwaltung', 'sécurité', 'securite',
        'vulnérabilités', 'vulnerabilites', 'menaces', 'modélisation des menaces', 'chiffrement', 'cryptographie', 'conformité',
        'tests d intrusion', 'tests de pénétration', 'durcissement', 'validation des entrées', 'protection des données',
        'gestion des secrets', 'seguridad', 'vulnerabilidades', 'amenazas', 'modelado de amenazas', 'secretos', 'cifrado', 'encriptación',
        'encriptacion', 'criptografía', 'criptografia', 'cumplimiento normativo', 'pruebas de penetración', 'pruebas de penetracion',
        'validación de entradas', 'validación de entrada', 'protección de datos', 'cadena de suministro', 'confianza cero',
        'gestión de secretos', 'segurança', 'seguranca', 'ameaças', 'ameacas', 'modelagem de ameaças', 'segredos', 'conformidade',
        'testes de penetração', 'testes de intrusão', 'validação de entrada', 'validação de entradas', 'validacao de entrada',
        'proteção de dados', 'protecao de dados', 'cadeia de suprimentos', 'confiança zero', 'gestão de segredos',
        '資安', '資訊安全', '弱點', '威脅建模', '威胁建模', '資料加密', '数据加密', '输入验证', '輸入驗證', '入力検証', '暗号化', '脅威モデリング', '암호화', '위협 모델링', '시큐어 코딩', '입력 검증',
        '입력값 검증',
      ],
      keywords: {
        security: 3, secure: 2, vulnerability: 3, vulnerabilities: 3, owasp: 3, xss: 3, csrf: 3, 'sql injection': 3, injection: 2, sanitize: 2,
        sanitization: 2, 'input validation': 2, secret: 1, secrets: 2, encryption: 2, encrypt: 2, tls: 2, https: 1, cve: 3, threat: 2,
        'threat model': 3, 'least privilege': 2, hardening: 2, audit: 1, compliance: 1, 'penetration testing': 3, pentest: 3, sast: 3,
        dast: 3, cors: 1, 'content security policy': 3, csp: 2, 'security headers': 3, attack: 2, attacker: 2, malicious: 2, hashing: 1,
        bcrypt: 2, 'supply chain': 2, sbom: 2, 'secret management': 3, vault: 1, gdpr: 1, pci: 1, soc2: 1,
        sicherheit: 3, 'sécurité': 3, seguridad: 3, 'segurança': 3, schwachstelle: 3, 'sicherheitslücke': 3, 'vulnérabilité': 3,
        vulnerabilidad: 3, vulnerabilidade: 3, 'verschlüsselung': 2, chiffrement: 2, cifrado: 2, criptografia: 2, 'inyección sql': 3,
        'injeção de sql': 3, 'injection sql': 3, angreifer: 2, attaquant: 2, atacante: 2, menace: 2, amenaza: 2, 'ameaça': 2,
        'environment variables': 1, 'environment variable': 1, credentials: 2, credential: 2, 'secret manager': 3,
        'secrets manager': 3, 'key vault': 2, 'key rotation': 3,
      },
    },
    {
      slug: 'errors-logging',
      label: 'Error handling & logging',
      description: 'Reporting failures and recording what happened.',
      aliases: [
        'error', 'errors', 'error handling', 'exception', 'exceptions', 'exception handling', 'logging', 'structured logging', 'logs', 'panics',
        '에러 처리', '오류 처리', '예외', '로깅', '错误处理', '异常', '日志', 'エラー処理', 'エラーハンドリング', '例外', 'ロギング',
        'fehlerbehandlung', 'fehler', 'ausnahmen', 'ausnahmebehandlung', 'protokollierung', 'strukturierte protokollierung',
        'fehlermeldungen', 'gestion des erreurs', 'gestion d erreurs', 'traitement des erreurs', 'gestion des exceptions', 'erreurs',
        'journalisation', 'journalisation structurée', 'journaux', 'manejo de errores', 'gestión de errores', 'gestion de errores',
        'tratamiento de errores', 'manejo de excepciones', 'errores', 'excepciones', 'registro de eventos', 'registro de errores',
        'tratamento de erros', 'tratamento de erro', 'manipulação de erros', 'gerenciamento de erros', 'gestão de erros',
        'tratamento de exceções', 'tratamento de excecoes', 'erros', 'exceções', 'excecoes', 'registro de logs',
        '錯誤處理', '例外處理', '異常處理', '異常', '日誌', 'ログ出力', 'ログ管理', '에러 핸들링', '로그 관리',
      ],
      keywords: {
        error: 1, errors: 1, 'error handling': 3, exception: 2, exceptions: 2, 'error wrapping': 2, panic: 1, recover: 1, 'try catch': 2,
        logging: 2, log: 1, logs: 1, logger: 2, 'structured logging': 3, 'log level': 2, 'log levels': 2, 'correlation id': 2, 'stack trace': 2,
        'error messages': 2, 'error codes': 2, 'result type': 2, retry: 1, fallback: 1, 'error boundary': 2, 'error boundaries': 2,
        fehlerbehandlung: 3, 'gestion des erreurs': 3, 'manejo de errores': 3, 'tratamento de erros': 3, ausnahme: 2, 'excepción': 2,
        'exceção': 2, fehlermeldung: 2, 'message d erreur': 2, 'mensaje de error': 2, 'mensagem de erro': 2,
      },
    },
    {
      slug: 'testing',
      label: 'Testing',
      description: 'Unit, integration and end-to-end tests, test strategy and quality assurance.',
      aliases: [
        'test', 'tests', 'testing', 'unit testing', 'integration testing', 'end to end testing', 'e2e', 'tdd', 'bdd', 'qa',
        'quality assurance', 'test automation', 'test strategy', 'mocking', 'test coverage', 'jest', 'pytest', 'vitest', 'cypress',
        'playwright', 'selenium', 'junit',
        '테스트', '测试', 'テスト', '품질 보증', '质量保证', '品質保証',
        'testen', 'komponententests', 'modultests', 'unittests', 'integrationstests', 'testautomatisierung', 'teststrategie',
        'testabdeckung', 'qualitätssicherung', 'testfälle', 'tests unitaires', 'tests d intégration', 'tests de bout en bout',
        'assurance qualité', 'assurance qualite', 'couverture de tests', 'couverture de code', 'automatisation des tests', 'pruebas',
        'pruebas unitarias', 'pruebas de integración', 'pruebas de extremo a extremo', 'pruebas automatizadas', 'automatización de pruebas',
        'estrategia de pruebas', 'cobertura de pruebas', 'cobertura de código', 'aseguramiento de la calidad', 'aseguramiento de calidad',
        'control de calidad', 'teste', 'testes', 'testes unitários', 'testes unitarios', 'testes de integração', 'testes de integracao',
        'testes de ponta a ponta', 'testes automatizados', 'automação de testes', 'automacao de testes', 'estratégia de testes',
        'estrategia de testes', 'cobertura de testes', 'garantia de qualidade', 'garantia da qualidade', 'controle de qualidade',
        '測試', '品質保證', '質量保證', '테스팅',
      ],
      keywords: {
        test: 2, tests: 2, testing: 2, 'unit test': 3, 'unit tests': 3, 'integration test': 3, 'integration tests': 3, e2e: 3, tdd: 3, bdd: 2,
        mock: 2, mocks: 2, mocking: 2, stub: 1, stubs: 1, fixture: 2, fixtures: 2, coverage: 2, assertion: 2, assertions: 2, jest: 2,
        pytest: 2, vitest: 2, junit: 2, cypress: 2, playwright: 2, selenium: 2, 'test suite': 2, 'test cases': 2, flaky: 2, 'table driven': 2,
        'property based': 2, 'test data': 2, qa: 2, 'regression': 1, 'snapshot': 1,
        testfall: 2, 'cas de test': 2, 'casos de prueba': 2, 'caso de prueba': 2, 'casos de teste': 2, 'caso de teste': 2, testabdeckung: 2,
      },
    },
    {
      slug: 'performance',
      label: 'Performance & scalability',
      description: 'Fast services, and services that keep up as load grows.',
      aliases: [
        'performance', 'scalability', 'scaling', 'scalable', 'caching', 'cache', 'latency', 'throughput',
        'profiling', 'benchmarks', 'benchmarking', 'load testing', 'tuning', 'efficiency',
        '성능', '최적화', '캐싱', '확장성', '性能', '优化', '缓存', '可扩展性', 'パフォーマンス', '最適化', 'キャッシュ', 'スケーラビリティ',
        'leistung', 'leistungsoptimierung', 'performanceoptimierung', 'skalierbarkeit', 'skalierung', 'zwischenspeicherung', 'latenz',
        'durchsatz', 'lasttests', 'effizienz', 'optimierung', 'performances', 'scalabilité', 'évolutivité', 'mise à l échelle',
        'mise en cache', 'latence', 'débit', 'profilage', 'tests de charge', 'optimisation des performances', 'rendimiento', 'desempeño',
        'escalabilidad', 'escalado', 'almacenamiento en caché', 'caché', 'latencia', 'perfilado', 'pruebas de carga', 'optimización',
        'optimizacion', 'optimización del rendimiento', 'eficiencia', 'desempenho', 'escalabilidade', 'escalonamento', 'latência', 'vazão',
        'testes de carga', 'otimização', 'otimizacao', 'otimização de desempenho', 'eficiência',
        '效能', '效能優化', '優化', '快取', '緩存', '可擴展性', '延遲', '延迟', '吞吐量', 'レイテンシ', 'スループット', 'プロファイリング', '지연 시간', '처리량', '프로파일링',
      ],
      keywords: {
        performance: 2, optimize: 1, optimization: 1, optimise: 1, optimisation: 1, latency: 2, throughput: 2, cache: 2, caching: 2, profiling: 3, profiler: 2,
        profile: 1, benchmark: 2, benchmarks: 2, scalability: 2, scaling: 1, 'horizontal scaling': 2, 'load balancing': 1, 'memory usage': 2,
        allocation: 1, allocations: 1, 'hot path': 2, bottleneck: 2, bottlenecks: 2, 'load testing': 2, 'p99': 2, 'core web vitals': 2,
        'lazy loading': 1, 'bundle size': 1, cdn: 1, pprof: 2, flamegraph: 2, 'connection pooling': 1, efficient: 1, fast: 1,
        leistung: 1, optimierung: 1, 'optimización': 1, 'otimização': 1, engpass: 2, 'engpässe': 2, 'goulot d étranglement': 2,
        'cuello de botella': 2, gargalo: 2, gargalos: 2,
      },
    },
    {
      slug: 'concurrency',
      label: 'Concurrency',
      description: 'Doing several things at once, safely: async code, threads, goroutines and background jobs.',
      aliases: [
        'concurrency', 'concurrent', 'parallelism', 'parallel', 'multithreading', 'threads', 'threading', 'async', 'asynchronous',
        'async await', 'async programming', 'goroutines', 'channels', 'locks', 'synchronization', 'race conditions', 'atomics', 'actors',
        'coroutines', 'event loop', 'background jobs', 'job queues', 'task queues', 'critical sections',
        '동시성', '병렬', '비동기', '스레드', '并发', '并行', '异步', '线程', '並行', '並列', '非同期', 'スレッド',
        'nebenläufigkeit', 'parallelität', 'parallelisierung', 'asynchrone programmierung', 'synchronisierung', 'hintergrundjobs',
        'hintergrundaufgaben', 'programmation concurrente', 'gestion de la concurrence', 'parallélisme', 'programmation asynchrone',
        'synchronisation', 'conditions de course', 'tâches en arrière plan', 'concurrencia', 'paralelismo', 'programación asíncrona',
        'programacion asincrona', 'hilos', 'sincronización', 'condiciones de carrera', 'tareas en segundo plano',
        'trabajos en segundo plano', 'programação concorrente', 'controle de concorrência', 'programação assíncrona',
        'programacao assincrona', 'sincronização', 'sincronizacao', 'condições de corrida', 'condicoes de corrida',
        'tarefas em segundo plano',
        '並發', '非同步', '異步', '執行緒', '線程', '協程', '协程', '競態條件', '竞态条件', '排他制御', 'コルーチン', '競合状態', '멀티스레딩', '코루틴', '경쟁 상태',
      ],
      keywords: {
        concurrency: 3, concurrent: 2, parallel: 1, parallelism: 2, thread: 2, threads: 2, async: 2, await: 2, asynchronous: 2, goroutine: 3,
        goroutines: 3, channel: 1, channels: 1, mutex: 3, lock: 1, locks: 1, 'race condition': 3, 'race conditions': 3, 'data race': 3,
        atomic: 2, atomics: 2, 'worker pool': 2, workers: 1, 'thread safe': 2, deadlock: 2, semaphore: 2, coroutine: 2, coroutines: 2,
        'event loop': 2, 'background job': 2, 'background jobs': 2, 'job queue': 2, sidekiq: 2, celery: 2, 'memory barrier': 2,
        'memory ordering': 2, interrupt: 1, interrupts: 1, 'critical section': 2, volatile: 1, tokio: 1, asyncio: 2, 'virtual threads': 2,
        'nebenläufig': 2, asynchron: 2, asynchrone: 2, 'asíncrono': 2, 'asíncrona': 2, 'assíncrono': 2, 'assíncrona': 2, verklemmung: 2,
        interblocage: 2, interbloqueo: 2,
      },
    },
    {
      slug: 'observability',
      label: 'Observability',
      description: 'Metrics, traces, dashboards and alerts that show what a running system does.',
      aliases: [
        'observability', 'monitoring', 'tracing', 'distributed tracing', 'telemetry', 'opentelemetry', 'alerting', 'dashboards', 'slos',
        'slo', 'apm', 'instrumentation',
        '관측', '관찰 가능성', '모니터링', '可观测性', '监控', '可観測性', '監視', 'モニタリング',
        'beobachtbarkeit', 'überwachung', 'alarmierung', 'telemetrie', 'observabilité', 'télémétrie', 'alertes', 'traçage distribué',
        'tableaux de bord', 'observabilidad', 'monitorización', 'monitorizacion', 'monitoreo', 'alertas', 'telemetría', 'telemetria',
        'rastreo distribuido', 'trazabilidad distribuida', 'observabilidade', 'monitoramento', 'monitorização', 'monitorizacao',
        'rastreamento distribuído', 'rastreamento distribuido',
        '可觀測性', '監控', '告警', '遙測', '遥测', '分散式追蹤', '分布式追踪', '链路追踪', 'オブザーバビリティ', 'アラート', 'トレーシング', 'テレメトリ', '옵저버빌리티', '트레이싱', '텔레메트리',
      ],
      keywords: {
        observability: 3, monitoring: 2, metrics: 2, metric: 1, tracing: 2, traces: 2, span: 1, spans: 2, opentelemetry: 3, otel: 3,
        prometheus: 3, grafana: 3, alert: 1, alerts: 2, alerting: 2, dashboard: 2, dashboards: 2, slo: 3, slos: 3, sli: 3, 'error budget': 3,
        apm: 2, 'health check': 1, 'health checks': 1, telemetry: 2, datadog: 2, jaeger: 2, 'red method': 2, instrumentation: 2,
        metriken: 2, 'métriques': 2, 'métricas': 2, 'tableau de bord': 2, 'panel de control': 1, painel: 1,
      },
    },
    {
      slug: 'debugging',
      label: 'Debugging',
      description: 'Finding out why something fails: reproducing, diagnosing and fixing.',
      aliases: [
        'debugging', 'debug', 'troubleshooting', 'troubleshoot', 'root cause', 'root cause analysis', 'diagnostics', 'diagnosis',
        '디버깅', '문제 해결', '调试', '故障排除', '排查', 'デバッグ', 'トラブルシューティング',
        'fehlersuche', 'fehlerbehebung', 'fehleranalyse', 'ursachenanalyse', 'fehlerdiagnose', 'problembehandlung', 'problembehebung',
        'débogage', 'debogage', 'dépannage', 'résolution de problèmes', 'resolution de problemes', 'cause racine',
        'analyse des causes racines', 'analyse de cause racine', 'depuración', 'depuracion', 'resolución de problemas',
        'solución de problemas', 'causa raíz', 'causa raiz', 'análisis de causa raíz', 'diagnóstico', 'diagnostico', 'depuração',
        'depuracao', 'solução de problemas', 'solucao de problemas', 'resolução de problemas', 'análise de causa raiz',
        '除錯', '調試', '疑難排解', '根本原因分析', '根因分析', '原因分析', '근본 원인 분석', '트러블슈팅',
      ],
      keywords: {
        debug: 2, debugging: 3, debugger: 2, breakpoint: 2, breakpoints: 2, 'root cause': 3, reproduce: 2, reproduction: 2, 'stack trace': 1,
        troubleshoot: 2, troubleshooting: 2, bisect: 2, diagnose: 2, diagnosis: 2, hypothesis: 1, 'core dump': 2, gdb: 2, strace: 2,
        haltepunkt: 2, 'point d arrêt': 2, 'punto de interrupción': 2, 'ponto de interrupção': 2, reproduzieren: 2, reproduire: 2,
        reproducir: 2, reproduzir: 2, 'débogueur': 2, depurador: 2,
      },
    },
    {
      slug: 'architecture',
      label: 'Architecture',
      description: 'How systems are divided and how the parts talk: services, events and design patterns.',
      aliases: [
        'architecture', 'architectural', 'system design', 'microservices', 'distributed systems', 'design patterns', 'domain driven design',
        'ddd', 'event driven', 'event sourcing', 'cqrs', 'service boundaries', 'messaging', 'message queues', 'clean architecture',
        'hexagonal', 'resilience', 'fault tolerance', 'integration patterns', 'enterprise patterns', 'design principles', 'solid',
        '아키텍처', '시스템 설계', '설계 원칙', '架构', '系统设计', '设计模式', 'アーキテクチャ', 'システム設計', '設計パターン',
        'architektur', 'softwarearchitektur', 'systemarchitektur', 'systemdesign', 'systementwurf', 'mikroservices', 'verteilte systeme',
        'entwurfsmuster', 'architekturmuster', 'domänengetriebenes design', 'ereignisgesteuert', 'ereignisgesteuerte architektur',
        'resilienz', 'fehlertoleranz', 'designprinzipien', 'entwurfsprinzipien', 'saubere architektur', 'conception de système',
        'conception des systèmes', 'conception système', 'systèmes distribués', 'patrons de conception', 'modèles de conception',
        'conception pilotée par le domaine', 'piloté par les événements', 'files de messages', 'résilience', 'tolérance aux pannes',
        'principes de conception', 'arquitectura', 'arquitectura de software', 'diseño de sistemas', 'diseño del sistema', 'microservicios',
        'sistemas distribuidos', 'patrones de diseño', 'diseño guiado por el dominio', 'diseño dirigido por el dominio',
        'orientado a eventos', 'colas de mensajes', 'mensajería', 'resiliencia', 'tolerancia a fallos', 'principios de diseño',
        'arquitectura limpia', 'arquitetura', 'arquitetura de software', 'design de sistemas', 'microsserviços', 'microsservicos',
        'microserviços', 'sistemas distribuídos', 'padrões de projeto', 'padroes de projeto', 'padrões de design',
        'design orientado a domínio', 'design orientado ao domínio', 'filas de mensagens', 'mensageria', 'resiliência',
        'tolerância a falhas', 'tolerancia a falhas', 'princípios de design', 'principios de design', 'arquitetura limpa',
        '架構', '系統設計', '設計模式', '微服務', '微服务', '分散式系統', '分布式系统', '设计原则', '設計原則', '事件驅動', '事件驱动', 'マイクロサービス', '分散システム', 'デザインパターン', 'イベント駆動',
        '마이크로서비스', '분산 시스템', '디자인 패턴', '이벤트 기반',
      ],
      keywords: {
        architecture: 2, microservice: 2, microservices: 3, monolith: 2, 'bounded context': 3, 'domain driven': 3, ddd: 3, 'event driven': 3,
        'event sourcing': 3, cqrs: 3, saga: 2, 'circuit breaker': 2, bulkhead: 2, 'message broker': 3, 'message queue': 2, kafka: 2,
        rabbitmq: 2, mqtt: 2, nats: 2, 'pub sub': 2, 'eventual consistency': 2, coupling: 2, cohesion: 2, 'design pattern': 2, 'design patterns': 2,
        'dependency injection': 1, solid: 1, 'separation of concerns': 2, 'trade offs': 1, 'system design': 3, 'service mesh': 1,
        'api gateway': 1, c4: 2, 'architecture decision': 2, hexagonal: 2, 'clean architecture': 3, resilience: 2, 'fault tolerance': 2,
        architektur: 2, arquitectura: 2, arquitetura: 2, kopplung: 2, couplage: 2, acoplamiento: 2, acoplamento: 2, 'kohäsion': 2,
        'cohésion': 2, 'cohesión': 2, 'coesão': 2,
        outbox: 3, 'transactional outbox': 3, 'distributed transaction': 3, 'distributed transactions': 3, 'two phase commit': 3, sagas: 2,
        'saga pattern': 3, 'workflow engine': 3, 'workflow engines': 3, 'domain events': 2, 'integration events': 3, 'event bus': 2,
        'message bus': 2, choreography: 2, 'verteilte transaktion': 3, 'transaction distribuée': 3,
        'transacción distribuida': 3, 'transação distribuída': 3, '분산 트랜잭션': 3, '分布式事务': 3, '分散トランザクション': 3,
      },
    },
    {
      slug: 'infrastructure',
      label: 'Infrastructure',
      description: 'Containers, clusters, clouds, networks and infrastructure as code.',
      aliases: [
        'infrastructure', 'kubernetes', 'k8s', 'containers', 'docker', 'cloud', 'cloud native', 'aws', 'azure', 'gcp',
        'infrastructure as code', 'iac', 'helm', 'networking', 'network', 'service mesh', 'istio', 'load balancing', 'api gateway',
        'serverless', 'cost optimization', 'finops', 'multi cloud', 'hybrid cloud', 'cluster', 'clusters', 'multi tenancy',
        '인프라', '클라우드', '컨테이너', '쿠버네티스', '네트워크', '基础设施', '云原生', '容器', '网络', 'インフラ', 'クラウド', 'コンテナ', 'ネットワーク',
        'infrastruktur', 'infrastruktur als code', 'containerisierung', 'netzwerk', 'netzwerke', 'lastverteilung', 'kostenoptimierung',
        'infrastructure en tant que code', 'conteneurs', 'conteneurisation', 'réseau', 'réseaux', 'répartition de charge',
        'équilibrage de charge', 'sans serveur', 'optimisation des coûts', 'infraestructura', 'infraestructura como código', 'contenedores',
        'contenerización', 'nube', 'nativo de la nube', 'redes', 'balanceo de carga', 'sin servidor', 'optimización de costos',
        'optimización de costes', 'clúster', 'clústeres', 'infraestrutura', 'infraestrutura como código', 'infraestrutura como codigo',
        'contêineres', 'conteineres', 'conteinerização', 'nuvem', 'nativo em nuvem', 'balanceamento de carga', 'sem servidor',
        'otimização de custos', 'otimizacao de custos',
        '基礎設施', '雲端', '雲原生', '網路', '網絡', '负载均衡', '負載平衡', '无服务器', '無伺服器', 'サーバーレス', 'ロードバランシング', '서버리스', '로드 밸런싱', '부하 분산',
      ],
      keywords: {
        kubernetes: 3, k8s: 3, pod: 2, pods: 2, container: 2, containers: 2, docker: 2, dockerfile: 2, helm: 3, cluster: 2, clusters: 2,
        namespace: 1, namespaces: 1, ingress: 2, aws: 2, azure: 2, gcp: 2, cloud: 2, terraform: 2, iac: 3, 'infrastructure as code': 3,
        vpc: 2, subnet: 2, dns: 1, 'load balancer': 2, istio: 3, 'service mesh': 3, serverless: 2, lambda: 1, ec2: 2, s3: 1, sqs: 2, sns: 2,
        nodes: 1, autoscaling: 2, hpa: 2, 'resource limits': 2, statefulset: 3, deployment: 1, provider: 1, providers: 1, module: 1,
        modules: 1, 'state file': 2, 'remote state': 3, finops: 2, 'cost optimization': 2, networking: 2, firewall: 1, ansible: 2, pulumi: 2,
        infrastruktur: 2, infraestructura: 2, infraestrutura: 2, lastverteiler: 2, 'répartiteur de charge': 2, 'balanceador de carga': 2,
      },
    },
    {
      slug: 'devops',
      label: 'Delivery & operations',
      description: 'Building, shipping and running software: CI/CD, releases, environments and incidents.',
      aliases: [
        'devops', 'ci cd', 'cicd', 'ci', 'continuous integration', 'continuous delivery', 'continuous deployment', 'deployment',
        'deployments', 'deploy', 'release', 'releases', 'release management', 'pipelines', 'pipeline', 'gitops', 'build', 'builds',
        'build system', 'environments', 'multi environment', 'incident response', 'incident management', 'incidents', 'backups',
        'disaster recovery', 'business continuity', 'on call', 'sre', 'site reliability', 'automation', 'platform engineering',
        'operational excellence', 'rollback', 'rollout',
        '배포', '릴리스', '데브옵스', '운영', '장애 대응', '部署', '发布', '运维', '持续集成', 'デプロイ', 'リリース', '運用', '継続的インテグレーション',
        'bereitstellung', 'auslieferung', 'releasemanagement', 'kontinuierliche integration', 'kontinuierliche bereitstellung',
        'kontinuierliche auslieferung', 'umgebungen', 'vorfallmanagement', 'störungsmanagement', 'notfallwiederherstellung',
        'datensicherung', 'rufbereitschaft', 'automatisierung', 'betrieb', 'déploiement', 'deploiement', 'déploiements',
        'mise en production', 'intégration continue', 'livraison continue', 'environnements', 'gestion des incidents',
        'réponse aux incidents', 'sauvegardes', 'reprise après sinistre', 'continuité d activité', 'astreinte', 'automatisation',
        'despliegue', 'despliegues', 'integración continua', 'integracion continua', 'entrega continua', 'despliegue continuo',
        'lanzamientos', 'entornos', 'ambientes', 'gestión de incidentes', 'respuesta a incidentes', 'incidentes', 'copias de seguridad',
        'respaldos', 'recuperación ante desastres', 'continuidad del negocio', 'automatización', 'operaciones', 'ingeniería de plataformas',
        'implantação', 'implantacao', 'integração contínua', 'integracao continua', 'entrega contínua', 'lançamentos',
        'gestão de incidentes', 'gerenciamento de incidentes', 'resposta a incidentes', 'cópias de segurança', 'recuperação de desastres',
        'recuperacao de desastres', 'continuidade de negócios', 'plantão', 'automação', 'automacao', 'operações', 'operacoes',
        'engenharia de plataforma',
        '發布', '發佈', '運維', '維運', '持續整合', '持續集成', '持續交付', '持续交付', '災難復原', '灾难恢复', '備份', '备份', '継続的デリバリー', '障害対応', 'インシデント対応', 'バックアップ',
        '지속적 통합', '인시던트 대응', '백업', '재해 복구',
      ],
      keywords: {
        'ci cd': 3, cicd: 3, pipeline: 1, pipelines: 1, 'ci pipeline': 3, 'ci pipelines': 3, 'deployment pipeline': 3, 'deployment pipelines': 3, 'build pipeline': 3, 'build pipelines': 3, 'release pipeline': 3, 'release pipelines': 3, deploy: 2, deployment: 2, deployments: 2, release: 2, releases: 2, rollback: 2,
        rollout: 2, 'blue green': 3, canary: 3, 'feature flag': 2, 'feature flags': 2, 'github actions': 3, jenkins: 3, 'gitlab ci': 3,
        argocd: 3, 'argo cd': 3, flux: 1, gitops: 3, 'build': 1, artifact: 1, artifacts: 2, environment: 1, environments: 2, staging: 2,
        production: 1, incident: 2, incidents: 2, postmortem: 3, 'on call': 2, runbook: 2, runbooks: 2, backup: 2, backups: 2,
        'disaster recovery': 3, rto: 2, rpo: 2, sre: 2, 'continuous integration': 3, 'continuous delivery': 3, automation: 1,
        bereitstellung: 2, 'déploiement': 2, despliegue: 2, 'implantação': 2, produktionsumgebung: 1, 'producción': 1, 'produção': 1,
      },
    },
    {
      slug: 'frontend',
      label: 'Frontend',
      description: 'User interfaces in the browser: components, state, styling and rendering.',
      aliases: [
        'frontend', 'front end', 'ui', 'user interface', 'user interfaces', 'css', 'styling', 'components', 'react', 'vue', 'angular',
        'svelte', 'design system', 'design systems', 'responsive design', 'browser', 'html', 'dom', 'tailwind', 'next js', 'nextjs',
        'web components', 'ux', 'user experience', 'ui ux',
        '프론트엔드', '사용자 인터페이스', '컴포넌트', '前端', '用户界面', '组件', 'フロントエンド', 'ユーザーインターフェース', 'コンポーネント',
        'benutzeroberfläche', 'benutzeroberflächen', 'benutzerschnittstelle', 'komponenten', 'responsives design', 'benutzererfahrung',
        'designsystem', 'interface utilisateur', 'interfaces utilisateur', 'composants', 'conception responsive', 'design responsive',
        'expérience utilisateur', 'système de design', 'interfaz de usuario', 'interfaces de usuario', 'componentes', 'diseño responsivo',
        'diseño adaptable', 'experiencia de usuario', 'experiencia del usuario', 'sistema de diseño', 'maquetación', 'interface do usuário',
        'interface de usuário', 'interface do usuario', 'interface de usuario', 'interfaces de usuário', 'design responsivo',
        'experiência do usuário', 'experiencia do usuario', 'sistema de design',
        '使用者介面', '用戶界面', '元件', '組件', '使用者體驗', '用户体验', '響應式設計', '响应式设计', '设计系统', '設計系統', 'レスポンシブデザイン', 'デザインシステム', 'ユーザー体験', '프런트엔드',
        '사용자 경험', '반응형 디자인', '디자인 시스템',
      ],
      keywords: {
        react: 3, vue: 3, angular: 3, svelte: 3, component: 2, components: 2, css: 3, html: 2, dom: 2, browser: 2, 'state management': 2,
        redux: 3, hooks: 2, jsx: 2, tailwind: 3, 'design system': 3, responsive: 2, 'server components': 3, hydration: 3, 'next js': 3,
        nextjs: 3, ssr: 2, spa: 2, 'user interface': 2, ui: 2, ux: 2, layout: 1, styling: 2, webpack: 1, vite: 1, 'core web vitals': 1,
        storybook: 2, 'client side': 2, frontend: 3, remix: 2, astro: 2, solidjs: 2, jquery: 2, 'web app': 1, 'web apps': 1,
        komponente: 2, composant: 2, componente: 2, navigateur: 2, navegador: 2, zustandsverwaltung: 2, 'gestion d état': 2,
        'gestion de l état': 2, 'gestión de estado': 2, 'gerenciamento de estado': 2,
        typography: 2, 'design token': 3, 'design tokens': 3, font: 1, fonts: 1, 'font size': 2, spacing: 1, gradient: 1, animation: 1,
        animations: 1, hover: 2, 'color palette': 2, '디자인 토큰': 3, '타이포그래피': 2, '폰트': 1, '그라데이션': 1, '애니메이션': 1,
        'デザイントークン': 3, 'タイポグラフィ': 2, '设计令牌': 3, '排版': 1, typografie: 2, typographie: 2, tipografía: 2, tipografia: 2,
      },
    },
    {
      slug: 'accessibility',
      label: 'Accessibility',
      description: 'Software everyone can use.',
      aliases: [
        'accessibility', 'a11y', 'wcag', 'aria', 'inclusive design', 'screen readers', '접근성', '无障碍', '可访问性', 'アクセシビリティ',
        'barrierefreiheit', 'zugänglichkeit', 'barrierefreies design', 'inklusives design', 'accessibilité', 'accessibilite',
        'conception inclusive', 'lecteurs d écran', 'accesibilidad', 'diseño inclusivo', 'lectores de pantalla', 'acessibilidade',
        'design inclusivo', 'leitores de tela',
        '無障礙', '可訪問性', 'スクリーンリーダー', '스크린 리더',
      ],
      keywords: {
        accessibility: 3, a11y: 3, wcag: 3, aria: 3, 'screen reader': 3, 'screen readers': 3, 'keyboard navigation': 3, contrast: 2,
        'alt text': 3, focus: 1,
        barrierefreiheit: 3, 'accessibilité': 3, accesibilidad: 3, acessibilidade: 3, barrierefrei: 3, 'lecteur d écran': 3,
        'lector de pantalla': 3, 'leitor de tela': 3, tastaturnavigation: 3, 'navigation au clavier': 3, 'navegación por teclado': 3,
        'navegação por teclado': 3, alternativtext: 3, 'texte alternatif': 3, 'texto alternativo': 3, kontrast: 2, contraste: 2,
      },
    },
    {
      slug: 'mobile',
      label: 'Mobile',
      description: 'Apps for phones and tablets: iOS, Android and cross-platform.',
      aliases: [
        'mobile', 'ios', 'android', 'react native', 'flutter', 'mobile apps', 'app store', '모바일', '移动端', '移动应用', 'モバイル',
        'mobilgeräte', 'mobile anwendungen', 'applications mobiles', 'développement mobile', 'móvil', 'movil', 'aplicaciones móviles',
        'aplicaciones moviles', 'desarrollo móvil', 'aplicativos móveis', 'aplicativos moveis', 'apps móveis', 'dispositivos móveis',
        '行動應用', '行動裝置', '移動端', '移動應用', '移动开发', '移動開發',
      ],
      keywords: {
        mobile: 3, ios: 3, android: 3, 'react native': 3, flutter: 3, swiftui: 2, 'jetpack compose': 2, expo: 2, 'app store': 2,
        'play store': 2, tablet: 1, 'push notifications': 2,
        'móvil': 2, 'móviles': 2, mobiles: 1, 'móveis': 1,
        uikit: 2, 'core data': 2, keychain: 2, userdefaults: 2, 'room database': 2, datastore: 1, 'kotlin multiplatform': 2, xcode: 2,
        'android studio': 2, 'app lifecycle': 2, 'deep links': 2, 'deep linking': 2, testflight: 2, viewmodel: 1,
      },
    },
    {
      slug: 'cli',
      label: 'CLI',
      description: 'Command-line tools people enjoy using.',
      aliases: [
        'cli', 'command line', 'command line interface', 'command line tools', 'terminal', '명령줄', '커맨드라인', '命令行', 'コマンドライン',
        'kommandozeile', 'befehlszeile', 'kommandozeilenwerkzeuge', 'kommandozeilentools', 'ligne de commande',
        'interface en ligne de commande', 'outils en ligne de commande', 'línea de comandos', 'linea de comandos',
        'interfaz de línea de comandos', 'herramientas de línea de comandos', 'linha de comando', 'linha de comandos',
        'interface de linha de comando', 'ferramentas de linha de comando',
        '命令列', '指令列', '커맨드 라인', '명령행',
      ],
      keywords: {
        cli: 3, 'command line': 3, flag: 1, flags: 2, subcommand: 3, subcommands: 3, 'exit code': 2, 'exit codes': 3, stdout: 2, stderr: 2,
        stdin: 2, terminal: 2, cobra: 2, click: 1, argparse: 2,
        unterbefehl: 3, 'sous commande': 3, subcomando: 3, 'code de sortie': 2, 'código de salida': 2, 'código de saída': 2,
      },
    },
    {
      slug: 'data-ml',
      label: 'Data & machine learning',
      description: 'Data pipelines, analytics, machine learning and MLOps.',
      aliases: [
        'data engineering', 'data pipelines', 'data pipeline', 'etl', 'elt', 'analytics', 'business intelligence', 'machine learning', 'ml',
        'mlops', 'data science', 'deep learning', 'data warehouse', 'data warehousing', 'data movement', 'feature engineering',
        'model training', 'statistics', 'data processing',
        '데이터 엔지니어링', '머신러닝', '기계 학습', '데이터 분석', '数据工程', '数据管道', '机器学习', '数据分析', 'データエンジニアリング', '機械学習', 'データ分析',
        'datenverarbeitung', 'datenpipeline', 'datenpipelines', 'maschinelles lernen', 'datenanalyse', 'datenwissenschaft', 'statistik',
        'modelltraining', 'ingénierie des données', 'ingénierie de données', 'pipelines de données', 'pipeline de données',
        'apprentissage automatique', 'apprentissage profond', 'science des données', 'analyse de données', 'analyse des données',
        'entrepôt de données', 'traitement des données', 'statistiques', 'ingeniería de datos', 'ingenieria de datos', 'pipelines de datos',
        'canalizaciones de datos', 'aprendizaje automático', 'aprendizaje automatico', 'aprendizaje profundo', 'ciencia de datos',
        'análisis de datos', 'analisis de datos', 'almacén de datos', 'procesamiento de datos', 'estadística', 'estadísticas',
        'entrenamiento de modelos', 'redes neuronales', 'engenharia de dados', 'pipelines de dados', 'pipeline de dados',
        'aprendizado de máquina', 'aprendizado de maquina', 'aprendizagem automática', 'aprendizado profundo', 'ciência de dados',
        'ciencia de dados', 'análise de dados', 'analise de dados', 'armazém de dados', 'processamento de dados', 'estatística',
        'estatistica', 'treinamento de modelos', 'redes neurais',
        '資料工程', '數據工程', '資料管道', '數據管道', '機器學習', '深度學習', '深度学习', '資料分析', '數據分析', '資料科學', '数据科学', 'ディープラーニング', '深層学習', 'データサイエンス',
        'データパイプライン', '딥러닝', '데이터 과학', '데이터 파이프라인',
      ],
      keywords: {
        etl: 3, elt: 3, 'data pipeline': 3, 'data pipelines': 3, airflow: 3, dbt: 3, spark: 2, 'data warehouse': 3, analytics: 2, olap: 2,
        'machine learning': 3, ml: 2, mlops: 3, model: 1, models: 1, training: 1, 'feature engineering': 3, pandas: 2, numpy: 2,
        pytorch: 3, tensorflow: 3, 'scikit learn': 3, dataset: 2, datasets: 2, cdc: 2, streaming: 1, 'data quality': 2, 'data lake': 3,
        dashboarding: 1, statistical: 2, regression: 1, 'a b test': 3, 'ab test': 3, 'a b testing': 3, 'ab testing': 3, experiment: 1, cohort: 2,
        datensatz: 2, 'datensätze': 2, 'jeu de données': 2, 'jeux de données': 2, 'conjunto de datos': 2, 'conjuntos de datos': 2,
        'conjunto de dados': 2, 'conjuntos de dados': 2,
      },
    },
    {
      slug: 'ai-llm',
      label: 'AI & language models',
      description: 'Building with language models: prompts, retrieval, evaluation and agent design.',
      aliases: [
        'llm', 'llms', 'large language models', 'language models', 'prompt engineering', 'prompts', 'prompting', 'rag',
        'retrieval augmented generation', 'embeddings', 'vector search', 'fine tuning', 'ai engineering', 'generative ai', 'genai',
        'agent design', 'evals',
        '대규모 언어 모델', '프롬프트', '大语言模型', '提示词', '大規模言語モデル', 'プロンプト',
        'große sprachmodelle', 'sprachmodelle', 'generative ki', 'vektorsuche', 'feinabstimmung', 'grands modèles de langage',
        'modèles de langage', 'ingénierie de prompts', 'ingénierie des prompts', 'ia générative', 'recherche vectorielle',
        'génération augmentée par récupération', 'modelos de lenguaje', 'grandes modelos de lenguaje', 'ingeniería de prompts',
        'ia generativa', 'búsqueda vectorial', 'generación aumentada por recuperación', 'ajuste fino', 'modelos de linguagem',
        'grandes modelos de linguagem', 'engenharia de prompts', 'engenharia de prompt', 'busca vetorial',
        'geração aumentada por recuperação',
        '大型語言模型', '大語言模型', '提示工程', '提示詞', '生成式ai', '向量搜尋', '向量搜索', '檢索增強生成', '检索增强生成', '生成ai', 'ベクトル検索', '検索拡張生成', '생성형 ai', '벡터 검색',
        '검색 증강 생성',
      ],
      keywords: {
        llm: 3, llms: 3, prompt: 2, prompts: 2, 'prompt engineering': 3, rag: 3, retrieval: 1, embedding: 2, embeddings: 2, 'vector database': 2,
        'vector store': 2, 'fine tuning': 2, openai: 2, anthropic: 2, claude: 1, gpt: 2, langchain: 3, llamaindex: 3, tokens: 1,
        'context window': 3, hallucination: 3, hallucinations: 3, 'tool calling': 2, 'function calling': 2, eval: 1, evals: 2, ai: 1,
        sprachmodell: 2, 'modèle de langage': 2, 'modelo de lenguaje': 2, 'modelo de linguagem': 2, halluzinationen: 3, alucinaciones: 3,
        'alucinações': 3,
      },
    },
    {
      slug: 'documentation',
      label: 'Documentation',
      description: 'Writing down what others need to know: READMEs, comments, diagrams and decision records.',
      aliases: [
        'documentation', 'docs', 'readme', 'readmes', 'comments', 'code comments', 'adr', 'adrs', 'architecture decision records',
        'technical writing', 'docstrings', 'changelog', 'diagrams', 'api documentation',
        '문서', '문서화', '주석', '文档', '注释', 'ドキュメント', 'コメント',
        'dokumentation', 'doku', 'kommentare', 'codekommentare', 'code kommentare', 'api dokumentation', 'architekturentscheidungen',
        'diagramme', 'änderungsprotokoll', 'commentaires', 'commentaires de code', 'documentation de l api', 'documentation api',
        'rédaction technique', 'diagrammes', 'journal des modifications', 'décisions d architecture', 'documentación', 'documentacion',
        'comentarios', 'comentarios de código', 'documentación de la api', 'documentación de api', 'redacción técnica', 'escritura técnica',
        'diagramas', 'registro de cambios', 'decisiones de arquitectura', 'documentação', 'documentacao', 'comentários',
        'comentários de código', 'documentação da api', 'documentação de api', 'redação técnica', 'escrita técnica',
        'registro de alterações', 'registro de mudanças', 'decisões de arquitetura',
        '文檔', '說明文件', '技術文件', '註解', '註釋', 'ドキュメンテーション', '文書化',
      ],
      keywords: {
        documentation: 3, document: 1, documented: 1, docs: 2, readme: 3, comment: 1, comments: 2, docstring: 3, docstrings: 3, jsdoc: 3,
        godoc: 3, adr: 3, adrs: 3, changelog: 2, diagram: 2, diagrams: 2, mermaid: 2, tutorial: 2, guide: 1, 'api reference': 2,
        dokumentation: 3, 'documentación': 3, 'documentação': 3, kommentar: 1, commentaire: 1, comentario: 1, 'comentário': 1,
        deprecation: 2, 'deprecation notice': 3, 'deprecation notices': 3, 'migration guide': 3, 'migration guides': 3, 'writing style': 3,
        'style guide': 1, 'code examples': 1, 'usage examples': 2, 'doc comments': 3, 'release notes': 2, 'docs site': 3,
      },
    },
    {
      slug: 'code-review',
      label: 'Code review',
      description: 'Reviewing changes well.',
      aliases: [
        'code review', 'code reviews', 'review', 'reviews', 'reviewing', 'pull request', 'pull requests', 'pr review', '코드 리뷰', '代码审查',
        '代码评审', 'コードレビュー',
        'codeüberprüfung', 'code überprüfung', 'codereview', 'revue de code', 'revues de code', 'revue du code', 'relecture de code',
        'revisión de código', 'revision de codigo', 'revisiones de código', 'revisión del código', 'revisão de código', 'revisao de codigo',
        'revisões de código', 'revisão do código',
        '程式碼審查', '代碼審查', '코드 검토',
      ],
      keywords: {
        'code review': 3, review: 2, reviews: 2, reviewer: 2, reviewers: 2, 'pull request': 3, 'pull requests': 3, pr: 1, diff: 1,
        findings: 1, approve: 1, nit: 2,
        revisor: 2, revisores: 2, relecteur: 2,
      },
    },
    {
      slug: 'anti-patterns',
      label: 'Anti-patterns',
      description: 'Mistakes to avoid in architecture, code and performance.',
      aliases: [
        'anti pattern', 'anti patterns', 'antipattern', 'antipatterns', 'pitfalls', 'common pitfalls', 'to avoid', 'mistakes', 'common mistakes',
        'what not to do', 'don ts', 'code smells',
        '안티패턴', '안티 패턴', '피해야 할', '反模式', '常见错误', 'アンチパターン', '避けるべき',
        'häufige fehler', 'typische fehler', 'fallstricke', 'stolperfallen', 'was zu vermeiden ist', 'zu vermeiden', 'anti patrons',
        'pièges', 'erreurs courantes', 'erreurs fréquentes', 'erreurs à éviter', 'à éviter', 'ce qu il faut éviter', 'antipatrones',
        'anti patrones', 'errores comunes', 'errores frecuentes', 'trampas comunes', 'qué evitar', 'que evitar', 'a evitar',
        'errores a evitar', 'antipadrões', 'antipadroes', 'anti padrões', 'erros comuns', 'erros frequentes', 'armadilhas', 'o que evitar',
        'erros a evitar',
        '常見錯誤', '常見陷阱', '常见陷阱', '應避免', '应避免', 'よくある間違い', 'よくある落とし穴', '흔한 실수', '일반적인 실수',
      ],
      keywords: {
        'anti pattern': 3, 'anti patterns': 3, antipattern: 3, avoid: 1, pitfall: 2, pitfalls: 2, mistake: 1, mistakes: 2, 'never': 1,
        'don t': 1,
        vermeiden: 1, 'éviter': 1, evitar: 1, fallstrick: 2, 'piège': 2, armadilha: 2,
      },
    },
  ],
  foundationsTopic: 'foundations',
  self: {
    headings: [
      'purpose', 'expert purpose', 'role', 'roles', 'your role', 'identity', 'core identity', 'persona', 'mission', 'core mission', 'mandate',
      'objectives', 'behavioral traits', 'behavioural traits', 'behavior', 'behaviour', 'traits', 'personality',
      'knowledge base', 'what you know', 'response approach', 'response format', 'response style', 'example interactions',
      'example use cases', 'usage examples', 'when to use', 'when not to use', 'when invoked', 'when you re called',
      'output', 'outputs', 'output format', 'output examples', 'output schema', 'output template', 'deliverables', 'report back',
      'what to report', 'communication protocol', 'communication', 'communication style', 'collaboration', 'coordination',
      'integration with other agents', 'agent integration', 'handoff', 'handoffs', 'inputs', 'required inputs', 'boundaries',
      'strict boundaries', 'scope', 'scope and honesty rules', 'limitations', 'key distinctions', 'distinctions', 'tool usage',
      'available tools', 'context gathering', 'context retrieval', 'mandatory context retrieval', 'context assessment', 'project context',
      'how to help', 'summary', 'constraints', 'operating principles', 'interaction style',
      'update state', 'progress tracking', 'ethics', 'ethical guidelines', 'status updates', 'self verification', 'never assist with',
      '역할', '목적', '정체성', '사명', '책임', '행동 특성', '출력', '출력 형식', '응답 방식', '예시', '사용 시기', '도구', '협업', '범위',
      '角色', '目的', '身份', '使命', '职责', '行为特征', '输出', '输出格式', '响应方式', '示例', '何时使用', '工具', '协作', '范围',
      '役割', '目的', 'アイデンティティ', '使命', '責任', '行動特性', '出力', '出力形式', '応答方法', '使用例', '使用タイミング', 'ツール', '連携', '範囲',
      'rolle', 'rollen', 'deine rolle', 'ihre rolle', 'rolle des agenten', 'zweck', 'ziel', 'ziele', 'auftrag', 'aufgabe', 'aufgaben',
      'verantwortlichkeiten', 'zuständigkeiten', 'verantwortung', 'identität', 'verhalten', 'persönlichkeit', 'eingabe', 'eingaben',
      'ausgabe', 'ausgaben', 'ausgabeformat', 'format der ausgabe', 'antwortformat', 'lieferergebnisse', 'bericht', 'berichte',
      'berichterstattung', 'berichtsformat', 'statusbericht', 'statusberichte', 'statusmeldungen', 'fortschrittsbericht', 'kommunikation',
      'kommunikationsprotokoll', 'kommunikationsstil', 'teamkommunikation', 'kommunikation im team', 'zusammenarbeit',
      'zusammenarbeit mit anderen agenten', 'integration mit anderen agenten', 'koordination', 'übergabe', 'übergaben', 'einschränkungen',
      'beschränkungen', 'randbedingungen', 'grenzen', 'umfang', 'geltungsbereich', 'abgrenzung', 'abbruchbedingungen', 'stoppbedingungen',
      'wann aufhören', 'referenzen', 'referenzdokumente', 'kontextaufnahme', 'kontexterfassung', 'projektkontext', 'anwendungsbeispiele',
      'verwendungsbeispiele', 'nutzungsbeispiele', 'beispielinteraktionen', 'anwendungsfälle', 'wann verwenden', 'wann einsetzen',
      'zusammenfassung', 'werkzeuge', 'verfügbare werkzeuge', 'werkzeugnutzung', 'arbeitsprinzipien', 'rôle', 'votre rôle', 'ton rôle',
      'rôle de l agent', 'objectif', 'objectifs', 'finalité', 'responsabilités', 'responsabilites', 'identité', 'comportement',
      'personnalité', 'entrée', 'entrées', 'entree', 'entrees', 'données d entrée', 'sortie', 'sorties', 'format de sortie',
      'format de réponse', 'livrables', 'rapport', 'rapports', 'format du rapport', 'compte rendu', 'rapport d état',
      'rapport d avancement', 'protocole de communication', 'style de communication', 'communication d équipe',
      'communication avec l équipe', 'collaboration avec d autres agents', 'intégration avec d autres agents', 'passation', 'contraintes',
      'limites', 'périmètre', 'perimetre', 'portée', 'conditions d arrêt', 'conditions d arret', 'quand s arrêter', 'références',
      'documents de référence', 'réception du contexte', 'réception de contexte', 'contexte du projet', 'collecte du contexte',
      'exemples d utilisation', 'exemples d usage', 'cas d usage', 'cas d utilisation', 'exemples d interactions', 'quand utiliser',
      'résumé', 'synthèse', 'outils', 'outils disponibles', 'utilisation des outils', 'principes de fonctionnement', 'rol', 'tu rol',
      'rol del agente', 'papel', 'propósito', 'proposito', 'objetivo', 'objetivos', 'misión', 'mision', 'responsabilidades', 'identidad',
      'comportamiento', 'personalidad', 'entrada', 'entradas', 'datos de entrada', 'salida', 'salidas', 'formato de salida',
      'formato de respuesta', 'entregables', 'informe', 'informes', 'reporte', 'reportes', 'formato del informe', 'informe de estado',
      'reporte de estado', 'informe de progreso', 'comunicación', 'comunicacion', 'protocolo de comunicación', 'protocolo de comunicacion',
      'estilo de comunicación', 'comunicación del equipo', 'comunicación con el equipo', 'protocolo de comunicación del equipo',
      'colaboración', 'colaboracion', 'coordinación', 'coordinacion', 'colaboración con otros agentes', 'integración con otros agentes',
      'traspaso', 'restricciones', 'límites', 'alcance', 'limitaciones', 'condiciones de parada', 'condiciones de detención',
      'cuándo detenerse', 'cuando detenerse', 'referencias', 'documentos de referencia', 'recepción del contexto', 'recepción de contexto',
      'contexto del proyecto', 'recopilación de contexto', 'ejemplos de uso', 'casos de uso', 'ejemplos de interacción', 'cuándo usar',
      'cuando usar', 'cuándo utilizar', 'resumen', 'herramientas', 'herramientas disponibles', 'uso de herramientas',
      'principios operativos', 'seu papel', 'papel do agente', 'finalidade', 'missão', 'missao', 'identidade', 'comportamento',
      'personalidade', 'dados de entrada', 'saída', 'saídas', 'saida', 'saidas', 'formato de saída', 'formato de saida',
      'formato de resposta', 'entregáveis', 'entregaveis', 'relatório', 'relatórios', 'relatorio', 'relatorios', 'formato do relatório',
      'relatório de status', 'relatorio de status', 'relatório de progresso', 'comunicação', 'comunicacao', 'protocolo de comunicação',
      'protocolo de comunicacao', 'estilo de comunicação', 'comunicação da equipe', 'comunicação com a equipe',
      'protocolo de comunicação da equipe', 'colaboração', 'colaboracao', 'coordenação', 'coordenacao', 'colaboração com outros agentes',
      'integração com outros agentes', 'restrições', 'restricoes', 'escopo', 'âmbito', 'limitações', 'limitacoes', 'condições de parada',
      'condicoes de parada', 'critérios de parada', 'quando parar', 'referências', 'documentos de referência', 'recepção de contexto',
      'recepção do contexto', 'recebimento de contexto', 'contexto do projeto', 'coleta de contexto', 'exemplos de uso',
      'exemplos de interação', 'quando usar', 'quando utilizar', 'resumo', 'ferramentas', 'ferramentas disponíveis',
      'ferramentas disponiveis', 'uso de ferramentas', 'princípios operacionais',
      '입력', '입력 프로토콜', '출력 프로토콜', '통신 프로토콜', '팀 통신 프로토콜', '커뮤니케이션', '커뮤니케이션 프로토콜', '소통', '의사소통', '중단 조건', '정지 조건', '종료 조건', '참고 자료', '참고자료',
      '제약 조건', '제약 사항', '제한 사항', '경계', '인계', '핸드오프', '보고', '보고서', '보고 형식', '상태 보고', '진행 상황 보고', '임무', '미션', '목표', '주요 책임', '산출물', '결과물',
      '응답 형식', '컨텍스트 수신', '컨텍스트 수집', '사용 예시', '사용 사례', '다른 에이전트와의 협업', '에이전트 협업', '작업 원칙', '输入', '停止条件', '何时停止', '参考文件', '参考资料', '参考文献',
      '沟通', '通信协议', '团队沟通', '交接', '限制', '约束', '边界', '报告', '汇报', '状态汇报', '进度汇报', '目标', '任务', '交付物', '使用场景', '使用示例', '与其他智能体协作', '与其他代理协作',
      '上下文接收', '上下文收集', '响应格式', '工作原则', '輸入', '輸出', '輸出格式', '職責', '行為特徵', '回應方式', '響應方式', '回應格式', '範例', '使用範例', '何時使用', '協作', '範圍', '停止條件',
      '何時停止', '參考文件', '參考資料', '溝通', '通訊協定', '團隊溝通', '約束', '邊界', '報告', '回報', '狀態回報', '進度回報', '目標', '任務', '使用場景', '與其他代理協作', '與其他智能體協作', '身分',
      '工作原則', '入力', '参考資料', '制約', '制約事項', '境界', '引き継ぎ', 'ハンドオフ', '報告形式', '進捗報告', 'ステータス報告', 'コミュニケーション', '通信プロトコル', '協働', 'コラボレーション',
      'ミッション', '責務', '成果物', '他のエージェントとの連携', 'いつ使うか', 'コンテキスト収集', '作業原則', '行動原則',
    ],
    capabilityHeadings: [
      'capabilities', 'core capabilities', 'key capabilities', 'responsibilities', 'core responsibilities', 'key responsibilities', 'focus areas', 'areas of focus', 'expertise', 'core expertise',
      'areas of expertise', 'expertise areas', 'specializations', 'specialisations', 'specialties', 'skills', 'core skills',
      'competencies', 'core competencies', 'technical expertise', 'proficiency', 'tool proficiency', 'what i do', 'what you do',
      '전문 분야', '핵심 역량', '역량', '专长', '核心能力', '能力', '専門分野', '能力', 'コア能力',
      'fähigkeiten', 'kompetenzen', 'kernkompetenzen', 'fachgebiete', 'schwerpunkte', 'fachwissen', 'compétences', 'competences',
      'compétences clés', 'capacités', 'capacites', 'domaines d expertise', 'domaines de compétence', 'spécialités', 'capacidades',
      'habilidades', 'competencias', 'áreas de especialización', 'especialidades', 'áreas de enfoque', 'competências', 'áreas de atuação',
      'áreas de especialização', 'áreas de foco',
      '專長', '專業領域', '专业领域', '技能', 'スキル', '得意分野', '전문성', '스킬',
    ],
    processHeadings: [
      'workflow', 'development workflow', 'implementation workflow', 'execution flow', 'working process', 'work process', 'our process',
      'methodology', 'method', 'steps', 'procedure', 'workflow position', 'phases', 'how you work', 'how i work', 'operating procedure',
      'standard operating procedure', 'protocol',
      '워크플로', '워크플로우', '작업 흐름', '절차', '프로세스', '工作流程', '流程', '步骤', 'ワークフロー', '作業手順', '手順', 'プロセス',
      'arbeitsablauf', 'arbeitsabläufe', 'ablauf', 'vorgehen', 'vorgehensweise', 'prozess', 'arbeitsprozess', 'schritte', 'methodik',
      'methode', 'protokoll', 'arbeitsweise', 'flux de travail', 'processus', 'processus de travail', 'étapes', 'procédure', 'méthodologie',
      'methodologie', 'méthode', 'protocole', 'déroulement', 'mode opératoire', 'flujo de trabajo', 'proceso', 'proceso de trabajo',
      'pasos', 'procedimiento', 'metodología', 'metodologia', 'método', 'metodo', 'protocolo', 'fases', 'etapas', 'forma de trabajo',
      'fluxo de trabalho', 'processo', 'processo de trabalho', 'passos', 'procedimento',
      '执行流程', '开发流程', '步驟', '作業流程', '執行流程', '開發流程', '作業フロー', '進め方', '開発フロー', '작업 절차', '진행 절차', '작업 방식', '개발 워크플로우', '개발 워크플로', '개발 프로세스',
    ],
    phrases: {
      'you are': 3, 'you re': 2, 'your role': 3, 'your expertise': 2, 'your focus': 2, 'your primary': 2, 'your task': 2, 'your job': 2,
      'i am': 2, 'i will': 2, 'i ll': 2, 'when invoked': 3, 'this agent': 3, 'the agent': 2, 'other agents': 3, 'agent': 1, 'agents': 1,
      subagent: 3, 'sub agent': 3, 'context manager': 3, 'coordinate with': 2, 'collaborate with': 2, 'hand off': 2, handoff: 2,
      'report back': 2, 'user asks': 2, assistant: 2, proactively: 2, respond: 1, 'your response': 2, 'your output': 2,
      deliverables: 1, 'status update': 2, 'progress tracking': 2, 'requesting agent': 3, 'notify': 1, 'example interaction': 2,
      'invoke': 1, 'expert in': 1, 'specializing in': 2, 'specialising in': 2, 'mastery of': 1, 'deep expertise': 2, 'deep knowledge': 2,
      masters: 1, expert: 1, senior: 1,
      '당신은': 3, '에이전트': 2, '你是': 3, '智能体': 2, '代理': 1, 'あなたは': 3, 'エージェント': 2,
      'du bist': 3, 'deine rolle': 3, 'ihre rolle': 3, 'deine aufgabe': 2, 'ihre aufgabe': 2, 'dieser agent': 3, 'der agent': 2,
      'andere agenten': 3, 'anderen agenten': 3, agenten: 1, 'ich bin': 2, 'ich werde': 2, 'spezialisiert auf': 2,
      'wenn du aufgerufen wirst': 3, 'zusammenarbeiten mit': 2, 'vous êtes': 3, 'tu es': 2, 'votre rôle': 3, 'ton rôle': 3,
      'votre mission': 2, 'ta mission': 2, 'votre tâche': 2, 'je suis': 2, 'je vais': 2, 'cet agent': 3, 'l agent': 2, 'autres agents': 3,
      'spécialisé dans': 2, 'spécialisé en': 2, 'spécialisée dans': 2, 'collaborer avec': 2, 'se coordonner avec': 2, eres: 2, 'tú eres': 3,
      'usted es': 2, 'tu rol': 3, 'tu función': 2, 'tu tarea': 2, 'tu misión': 2, 'este agente': 3, 'el agente': 2, 'otros agentes': 3,
      agente: 1, agentes: 1, 'especializado en': 2, 'especializada en': 2, 'colaborar con': 2, 'coordinar con': 2, 'você é': 3, 'tu és': 2,
      'seu papel': 3, 'sua função': 2, 'sua missão': 2, 'sua tarefa': 2, 'o agente': 2, 'outros agentes': 3, 'especializado em': 2,
      'especializada em': 2, 'colaborar com': 2, 'coordenar com': 2, 'quando invocado': 3, 'eu sou': 2,
      '您是': 3, '智能體': 2,
    },
    agentRoles: [
      'agent', 'architect', 'engineer', 'developer', 'designer', 'writer', 'author', 'reviewer', 'specialist', 'expert', 'pro', 'manager',
      'analyst', 'tester', 'orchestrator', 'auditor', 'assistant', 'coordinator', 'lead', 'checker', 'planner', 'researcher', 'operator',
      'maintainer', 'consultant', 'advisor', 'strategist', 'scientist', 'administrator', 'admin', 'optimizer', 'debugger', 'automator',
      'validator', 'curator', 'helper', 'bot', 'master', 'guardian', 'generator', 'builder', 'fixer', 'runner', 'monitor', 'owner',
    ],
    adviceVerbs: [
      'use', 'prefer', 'avoid', 'always', 'never', 'ensure', 'keep', 'write', 'handle', 'implement', 'validate', 'wrap', 'make', 'add', 'define', 'follow', 'apply', 'enable', 'split', 'separate', 'favor', 'favour', 'minimize', 'minimise', 'maximize', 'leverage', 'include', 'provide', 'create', 'enforce', 'require', 'consider', 'do', 'don t', 'should', 'must', 'propagate', 'sanitize', 'encrypt', 'rotate', 'paginate', 'isolate', 'prevent', 'organize', 'organise', 'configure', 'automate', 'refactor',
    ],
  },
  genericHeadingWords: [
    'approach', 'focus', 'areas', 'area', 'best', 'practices', 'practice', 'key', 'core', 'modern', 'advanced', 'essential', 'essentials',
    'fundamentals', 'basics', 'basic', 'general', 'overview', 'introduction', 'intro', 'notes', 'note', 'tips', 'guidelines', 'guidance',
    'principles', 'principle', 'rules', 'standards', 'recommendations', 'considerations', 'patterns', 'pattern', 'strategies', 'strategy',
    'techniques', 'technique', 'checklist', 'checklists', 'quality', 'step', 'steps', 'phase', 'phases', 'stage', 'implementation',
    'analysis', 'assessment', 'excellence', 'details', 'misc', 'other', 'important', 'common', 'critical', 'requirements', 'mastery',
    'concepts', 'topics', 'expert', 'specialist', 'metrics', 'development', 'design', 'engineering', 'management', 'planning',
    'guide', 'reference', 'level', 'levels', 'tier', 'part', 'section', 'additional', 'further', 'more', 'extra', 'optional', 'mandatory',
    'required', 'do', 'don', 't', 'dos', 'donts', 'must', 'should', 'always', 'never', 'the', 'and', 'or', 'of', 'for', 'to', 'in', 'on',
    'with', 'a', 'an', 'your', 'our', 'my', 'this', 'that', 'what', 'how', 'why', 'when', 'things', 'items', 'list', 'summary',
    '핵심', '원칙', '모범 사례', '가이드라인', '단계', '접근 방식', '核心', '原则', '最佳实践', '指南', '步骤', '方法', 'ベストプラクティス', '原則', 'ガイドライン', 'ステップ', 'アプローチ',
    'grundsätze', 'grundsatz', 'prinzipien', 'prinzip', 'regeln', 'regel', 'bewährte verfahren', 'bewährte praktiken', 'empfehlungen',
    'richtlinien', 'leitlinien', 'hinweise', 'tipps', 'überblick', 'übersicht', 'einführung', 'einleitung', 'grundlagen', 'allgemein',
    'allgemeines', 'wichtig', 'wichtige', 'anforderungen', 'überlegungen', 'strategien', 'strategie', 'techniken', 'ansatz', 'ansätze',
    'konzepte', 'muster', 'schritt', 'stufe', 'umsetzung', 'implementierung', 'entwicklung', 'verwaltung', 'planung', 'analyse',
    'bewertung', 'qualität', 'metriken', 'weitere', 'sonstiges', 'erweiterte', 'fortgeschrittene', 'moderne', 'und', 'oder', 'der', 'die',
    'das', 'des', 'dem', 'den', 'ein', 'eine', 'einer', 'für', 'mit', 'von', 'vom', 'zu', 'zum', 'zur', 'im', 'bei', 'auf', 'dein', 'deine',
    'ihr', 'ihre', 'unser', 'unsere', 'wie', 'was', 'wann', 'warum', 'principes', 'principe', 'règles', 'regles', 'règle',
    'bonnes pratiques', 'meilleures pratiques', 'pratique', 'recommandations', 'directives', 'conseils', 'aperçu', 'généralités',
    'fondamentaux', 'essentiel', 'essentiels', 'importants', 'exigences', 'considérations', 'stratégies', 'stratégie', 'étape', 'niveau',
    'niveaux', 'détails', 'autres', 'divers', 'avancé', 'avancés', 'avancées', 'général', 'générale', 'qualité', 'conception',
    'développement', 'gestion', 'implémentation', 'évaluation', 'planification', 'ingénierie', 'métriques', 'clés', 'clé', 'et', 'ou', 'le',
    'la', 'les', 'l', 'un', 'une', 'de', 'du', 'd', 'à', 'au', 'aux', 'pour', 'avec', 'en', 'dans', 'sur', 'par', 'votre', 'vos', 'ton',
    'ta', 'tes', 'notre', 'nos', 'comment', 'pourquoi', 'quand', 'quoi', 'principios', 'principio', 'reglas', 'regla', 'buenas prácticas',
    'buenas practicas', 'mejores prácticas', 'práctica', 'recomendaciones', 'directrices', 'pautas', 'consejos', 'introducción',
    'fundamentos', 'conceptos', 'básico', 'básicos', 'esenciales', 'importante', 'importantes', 'requisitos', 'consideraciones',
    'estrategias', 'estrategia', 'técnicas', 'tecnicas', 'patrones', 'patrón', 'paso', 'fase', 'etapa', 'nivel', 'detalles', 'otros',
    'clave', 'avanzado', 'avanzados', 'calidad', 'diseño', 'desarrollo', 'gestión', 'implementación', 'análisis', 'analisis', 'evaluación',
    'planificación', 'ingeniería', 'métricas', 'moderno', 'modernos', 'y', 'o', 'el', 'los', 'las', 'lo', 'una', 'del', 'al', 'para', 'con',
    'por', 'tu', 'tus', 'su', 'sus', 'nuestro', 'nuestra', 'cómo', 'como', 'qué', 'que', 'cuándo', 'cuando', 'princípios', 'princípio',
    'regras', 'regra', 'boas práticas', 'boas praticas', 'melhores práticas', 'prática', 'recomendações', 'recomendacoes', 'diretrizes',
    'orientações', 'dicas', 'introdução', 'introducao', 'conceitos', 'essenciais', 'considerações', 'consideracoes', 'estratégias',
    'estratégia', 'padrões', 'padroes', 'padrão', 'passo', 'nível', 'detalhes', 'outros', 'chave', 'avançado', 'avançados', 'geral',
    'qualidade', 'desenvolvimento', 'gestão', 'gerenciamento', 'implementação', 'implementacao', 'análise', 'analise', 'avaliação',
    'planejamento', 'engenharia', 'e', 'um', 'uma', 'da', 'em', 'no', 'na', 'nas', 'ao', 'pelo', 'pela', 'com', 'seu', 'sua', 'seus',
    'suas', 'nosso', 'nossa', 'quando', 'porque',
    '最佳實踐', '概述', '概覽', '简介', '簡介', '注意事项', '注意事項', '规则', '規則', '步驟', '개요', '소개', '규칙', '팁', '概要', 'はじめに', 'ルール', 'ヒント',
  ],
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
    framingSuffixes: ['prevention', 'problem', 'implementation', 'design', 'strategy', 'pattern', 'technique'],
    aliases: {
      'connection pool': 'connection pooling',
      'n plus 1': 'n 1',
      'n 1 query': 'n 1',
      'authn': 'authentication',
      'authz': 'authorization',
    },
    exclusions: ['performance', 'context', 'documentation', 'auth', 'usage', 'best practice'],
    agentWords: ['agent', 'agents', 'subagent', 'subagents', 'orchestrator'],
    neutralModifiers: [
      'maintain', 'utilize', 'utilise', 'conduct', 'perform', 'verify', 'plan', 'establish', 'adopt', 'employ', 'introduce', 'set', 'up',
      'setup', 'run', 'practice', 'practise', 'embrace', 'build', 'design', 'improve', 'optimize', 'optimise', 'full', 'complete',
      'thorough', 'robust', 'strong', 'consistent', 'effective', 'solid', 'careful', 'explicit', 'automatic', 'automated', 'basic',
      'essential', 'key', 'core', 'standard', 'common', 'high', 'quality', 'better', 'smart', 'regular', 'continuous',
    ],
    checklistWords: [
      'checklist', 'checklists', 'check list', 'checkliste', 'lista de verificação', 'lista de verificacao', 'lista de verificación',
      'lista de comprobación', 'liste de contrôle', 'liste de vérification', '체크리스트', '점검표', 'チェックリスト', '检查清单', '檢查清單', '核对清单',
    ],
    stopWords: [
      'a', 'an', 'and', 'or', 'the', 'of', 'for', 'to', 'in', 'on', 'with', 'by', 'at', 'from', 'as', 'is', 'are', 'be', 'it', 'its', 'use',
      'using', 'all', 'any', 'each', 'every', 'not', 'no', 'when', 'where', 'how', 'what', 'that', 'this', 'than', 'into', 'over', 'via',
      'per', 'vs', 'e', 'g', 'etc', 'more', 'less', 'proper', 'appropriate', 'appropriately', 'clear', 'good', 'best', 'support', 'based',
      'management', 'strategy', 'strategies', 'pattern', 'patterns', 'implementation', 'comprehensive', 'advanced', 'modern', 'efficient',
    ],
    subjects: {
      'type safety': ['languages'],
      'testability': ['testing'],
      'documentation': ['api-design'],
      'error handling': ['errors-logging'],
    },
  },
  toolTableHeadings: ['ecosystem', 'tooling', 'libraries', 'frameworks and tools', 'tech stack'],
};
