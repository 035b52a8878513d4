import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { nodeVersionProblem, requiredNodeVersion } from '../../bin/node-version.js';

describe('the Node version check', () => {
  test('asks for the Node that package.json names in engines', () => {
    const manifest = JSON.parse(readFileSync('package.json', 'utf8')) as { engines: { node: string } };
    expect(`>=${requiredNodeVersion()}`).toBe(manifest.engines.node);
  });

  test.each(['22.12.0', '22.12.1', '22.13.0', '23.0.0', '24.21.0', '100.0.0'])('lets Node %s run', (version) => {
    expect(nodeVersionProblem(version, '22.12.0')).toBeUndefined();
  });

  test.each(['22.11.9', '22.0.0', '20.19.5', '18.20.8', '8.0.0'])('stops Node %s with one line saying what to install', (version) => {
    const problem = nodeVersionProblem(version, '22.12.0');
    expect(problem).toBe(
      `agent-handbook needs Node.js 22.12.0 or later, and this is Node.js ${version}: install the current LTS from https://nodejs.org/ (or run \`nvm install --lts\`), then run it again.`,
    );
  });

  test('the command says so on an old Node, before it loads anything, and exits 1', () => {
    // This Node, made to report an old version: the command must stop before importing the CLI.
    const oldNode = `data:text/javascript,Object.defineProperty(process,"versions",{value:{...process.versions,node:"20.19.0"}})`;
    const result = spawnSync(process.execPath, ['--import', oldNode, 'bin/agent-handbook.js', 'check', 'content/agents'], { encoding: 'utf8' });
    expect(result.status).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe(`${nodeVersionProblem('20.19.0', requiredNodeVersion())}\n`);
  });

  test('on a current Node, the command runs', () => {
    const result = spawnSync(process.execPath, ['bin/agent-handbook.js', 'check', 'content/agents'], { encoding: 'utf8' });
    expect(result.stderr).toBe('');
    expect(result.stdout).toBe('Checked 1 agent file in content/agents: no problems.\n');
    expect(result.status).toBe(0);
  });
});
