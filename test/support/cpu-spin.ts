/** Keeps this thread busy for `ms` of wall-clock time, for the profiler's test to sample. */
export function spin(ms: number): number {
  const until = performance.now() + ms;
  let turns = 0;
  while (performance.now() < until) turns += Math.sqrt(turns + 1) > 0 ? 1 : 0;
  return turns;
}
