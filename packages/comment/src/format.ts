/**
 * Numbers as people read them in a review: up to 4 significant digits, integers as they are (with
 * thousands separators from 10,000), very small or large magnitudes in exponent form.
 */
export function formatNumber(value: number): string {
  if (Number.isNaN(value)) return "NaN";
  if (!Number.isFinite(value)) return value > 0 ? "∞" : "−∞";
  if (value === 0) return "0";
  const magnitude = Math.abs(value);
  if (Number.isInteger(value) && magnitude < 1e15) {
    return magnitude >= 10_000 ? value.toLocaleString("en-US") : String(value);
  }
  if (magnitude < 1e-3 || magnitude >= 1e9) return value.toExponential(2).replace("e+", "e");
  return String(Number(value.toPrecision(4)));
}

/** A change with its sign: `+0.012`, `−3`, `±0`. */
export function formatSigned(value: number): string {
  if (value === 0) return "±0";
  const text = formatNumber(Math.abs(value));
  return value > 0 ? `+${text}` : `−${text}`;
}

/** A relative change as a percentage with its sign: `+1.3%`, `−0.05%`. */
export function formatPercent(fraction: number): string {
  const percent = fraction * 100;
  if (percent === 0) return "±0%";
  const magnitude = Math.abs(percent);
  const digits = magnitude >= 10 ? 0 : magnitude >= 0.1 ? 1 : 2;
  const text = magnitude < 0.01 ? "<0.01" : magnitude.toFixed(digits);
  return `${percent > 0 ? "+" : "−"}${text}%`;
}

/** Bytes in binary units: `512 B`, `1.5 MiB`. */
export function formatBytes(bytes: number): string {
  const units = ["B", "KiB", "MiB", "GiB", "TiB"];
  let value = bytes;
  let unit = 0;
  while (Math.abs(value) >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  return `${unit === 0 ? value : Number(value.toPrecision(3))} ${units[unit]}`;
}

/** Milliseconds as `850 ms`, `42.5 s`, `3m 20s`, `1h 5m`. */
export function formatDuration(ms: number): string {
  if (ms < 1000) return `${Math.round(ms)} ms`;
  const seconds = ms / 1000;
  if (seconds < 60) return `${Number(seconds.toPrecision(3))} s`;
  const minutes = Math.floor(seconds / 60);
  if (minutes < 60) return `${minutes}m ${Math.round(seconds % 60)}s`;
  return `${Math.floor(minutes / 60)}h ${minutes % 60}m`;
}
