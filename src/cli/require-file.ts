import { existsSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { UsageError } from './usage-error.ts';

/** The absolute path of a file an option names, which must exist: else a usage error that names the option. */
export function requireFile(path: string, cwd: string, option: string): string {
  const file = resolve(cwd, path);
  if (!existsSync(file) || !statSync(file).isFile()) {
    throw new UsageError(`${option} ${path}: there is no such file.`, `Give the path of a YAML file, relative to this folder, or leave ${option} out.`);
  }
  return file;
}
