import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';

/**
 * Characters that are part of practice names and language names ("N+1", "C++", "C#"). Pagefind
 * drops them by default, and then a search for "N+1" finds nothing.
 */
export const searchableSymbols = '+#';

/**
 * Builds the Pagefind index of the built site, keeping `searchableSymbols` in words. Starlight's
 * own pass takes no options, so the plugin turns it off (`pagefind: false`) and this is the only
 * pass: one index in `pagefind/`.
 */
export async function indexForSearch(dir: URL): Promise<number> {
  try {
    const created = await pagefind.createIndex({ includeCharacters: searchableSymbols });
    const index = assertNoErrors(created).index;
    if (!index) throw new Error('Pagefind returned no index.');
    const { page_count } = assertNoErrors(await index.addDirectory({ path: fileURLToPath(dir) }));
    assertNoErrors(await index.writeFiles({ outputPath: fileURLToPath(new URL('./pagefind/', dir)) }));
    return page_count;
  } finally {
    await pagefind.close();
  }
}

function assertNoErrors<T extends { errors: string[] }>(response: T): T {
  if (response.errors.length > 0) throw new Error(`Pagefind failed: ${response.errors.join('; ')}`);
  return response;
}
