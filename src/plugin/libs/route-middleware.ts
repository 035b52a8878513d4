import { defineRouteMiddleware, type StarlightRouteData } from '@astrojs/starlight/route-data';
import { escapeHtml } from '../../core/index.ts';

/**
 * Starlight writes each head entry's content with `set:html` (`Head.astro`), and the `<title>`'s
 * content is the page title: an agent's name or heading. Escaped here, a title such as
 * `</title><script>…` stays text. Other entries' content (a site's own `<script>` or `<style>` in
 * the `head` option) is code and stays as it is.
 */
export function escapeTitle(head: StarlightRouteData['head']): void {
  for (const entry of head) {
    if (entry.tag === 'title' && typeof entry.content === 'string') entry.content = escapeHtml(entry.content);
  }
}

/** Runs after every other route middleware, so that a title set by any of them is escaped too. */
export const onRequest = defineRouteMiddleware(async (context, next) => {
  await next();
  escapeTitle(context.locals.starlightRoute.head);
});
