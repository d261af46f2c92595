const BARS = "▁▂▃▄▅▆▇█";

/**
 * A text sparkline of a series (GitHub renders it as is, no image host): one bar per value, scaled
 * between the series' minimum and maximum; non-finite values show as a space.
 */
export function sparkline(values: readonly number[]): string {
  const finite = values.filter(Number.isFinite);
  if (finite.length === 0) return "";
  const min = Math.min(...finite);
  const span = Math.max(...finite) - min;
  return values
    .map((value) => {
      if (!Number.isFinite(value)) return " ";
      const index = span === 0 ? 3 : Math.round(((value - min) / span) * (BARS.length - 1));
      return BARS[index];
    })
    .join("");
}
