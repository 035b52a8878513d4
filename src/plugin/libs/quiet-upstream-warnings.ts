/** A warning as Rolldown passes it to `onwarn`. */
export interface BuildWarning {
  code?: string;
  message: string;
}

/**
 * Warnings from upstream that are known to be harmless, each matched exactly, with the issue
 * that tracks it. Nothing else is silenced: a real warning stays visible in a short log.
 */
export const harmlessWarnings: Array<{ matches: (warning: BuildWarning) => boolean; upstream: string }> = [
  {
    // Every MDX page: Astro marks the module with a directive that Rolldown cannot keep when it
    // bundles the page's propagated assets. It changes nothing in the output.
    matches: (warning) => warning.code === 'MODULE_LEVEL_DIRECTIVE' && warning.message.includes('"use astro:head-inject"'),
    upstream: 'https://github.com/withastro/astro/issues/18087',
  },
];

type OnWarn = (warning: BuildWarning, defaultHandler: (warning: BuildWarning) => void) => void;

/** An `onwarn` for Vite's build that drops the harmless warnings and passes on the rest (to the site's own handler first, if it has one). */
export function quietUpstreamWarnings(siteOnWarn?: OnWarn): OnWarn {
  return (warning, defaultHandler) => {
    if (harmlessWarnings.some((known) => known.matches(warning))) return;
    if (siteOnWarn) siteOnWarn(warning, defaultHandler);
    else defaultHandler(warning);
  };
}
