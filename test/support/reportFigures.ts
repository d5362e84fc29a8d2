/**
 * Prints one line of figures from a fault test (`figures <name>: {...}`), the numbers
 * docs/reliability.md records: read from the test output, never asserted as timings.
 */
export function reportFigures(name: string, figures: Record<string, unknown>): void {
  console.log(`figures ${name}: ${JSON.stringify(figures)}`);
}
