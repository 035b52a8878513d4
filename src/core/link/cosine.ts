/** The cosine of two weighted bags (of words, of topics): 1 for the same keys in the same proportions, 0 for none in common. */
export function cosine(a: Map<string, number> | undefined, b: Map<string, number> | undefined): number {
  if (!a || !b) return 0;
  let dot = 0;
  for (const [key, weight] of a) dot += weight * (b.get(key) ?? 0);
  const norm = (bag: Map<string, number>) => Math.sqrt([...bag.values()].reduce((sum, weight) => sum + weight * weight, 0));
  const denominator = norm(a) * norm(b);
  return denominator === 0 ? 0 : dot / denominator;
}
