/**
 * The ports the e2e tests serve on: `E2E_PORT` (default 4327) for the handbook, and the ports
 * after it for the sites that tests start themselves, so that two checkouts can test at once.
 */
export function e2ePort(offset = 0): number {
  return Number(process.env['E2E_PORT'] ?? 4327) + offset;
}
