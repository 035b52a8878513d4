/**
 * One option of a code fence's meta string, as Expressive Code reads them: `key=value` or a bare
 * value, where a value is quoted, a `{…}` range, a `/…/` regular expression or a word.
 */
const option = /\s*(?:[\w-]+=)?(?:"(?:\\.|[^"\\])*"|'(?:\\.|[^'\\])*'|\{[^}]*\}|\/(?:\\.|[^/\\\n])*\/[a-z]*|\S+)/guy;
const regexValue = /^\s*(?:[\w-]+=)?\//u;

/**
 * A fence's meta string without its regular-expression markers (`/(a+)+$/`, `mark=/…/`,
 * `ins=/…/`, `del=/…/`). Expressive Code runs them over the code while the site is built, and a
 * pattern written to backtrack, such as `/(a+)+$/`, takes time that doubles with each character
 * it is tried on: one fence can stop the build. Line ranges and quoted text markers stay.
 */
export function dropRegexMarkers(meta: string): string {
  let kept = '';
  for (const match of meta.matchAll(option)) if (!regexValue.test(match[0])) kept += match[0];
  return kept.trim();
}
