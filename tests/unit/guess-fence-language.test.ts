import { describe, expect, test } from 'vitest';
import { labelFence } from '../../src/core/render/guess-fence-language.ts';

const fence = (value: string, lang: string | null = null) => ({ type: 'code' as const, lang, value });

describe('unlabelled code fences', () => {
  test('an HTTP request with a JSON body becomes an http fence and a json fence', () => {
    const labelled = labelFence(fence('GET /api/v1/users?page=1\n{\n  "data": []\n}'));
    expect(labelled.map((code) => [code.lang, code.value])).toEqual([
      ['http', 'GET /api/v1/users?page=1'],
      ['json', '{\n  "data": []\n}'],
    ]);
  });

  test('a bare request line is http', () => {
    expect(labelFence(fence('DELETE /users/1')).map((code) => code.lang)).toEqual(['http']);
  });

  test('JSON is json, and prose is plain text', () => {
    expect(labelFence(fence('{"ok": true}'))[0]?.lang).toBe('json');
    expect(labelFence(fence('Just some words'))[0]?.lang).toBe('text');
  });

  test('a template in brackets or braces is plain text, not JSON', () => {
    expect(labelFence(fence('[Title of the change]\n\n{summary of what changed and why}'))[0]?.lang).toBe('text');
    expect(labelFence(fence('{summary}: {details}'))[0]?.lang).toBe('text');
    expect(labelFence(fence('[\n  {"id": 1}\n]'))[0]?.lang).toBe('json');
  });

  test('shell commands without a prompt are shell, and prose that names a command is not', () => {
    expect(labelFence(fence('# wait for the pane\ntmux send-keys -t 2 "npm test" Enter\ntmux capture-pane -p -t 2'))[0]?.lang).toBe('sh');
    expect(labelFence(fence('$ go test ./...'))[0]?.lang).toBe('sh');
    expect(labelFence(fence('Run the tests first.\nThen go home.\nRead the logs.'))[0]?.lang).toBe('text');
  });

  test('a labelled fence keeps its language', () => {
    expect(labelFence(fence('GET /x', 'python'))[0]?.lang).toBe('python');
  });
});
