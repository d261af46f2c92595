// The data both drift-check benches generate.
import { once } from "node:events";
import { createWriteStream } from "node:fs";

/**
 * A CSV of `rows` rows: 8 numeric columns (uniform on [0, 10), plus `shift` times the column index, 4
 * decimals) and 2 categorical ones (`segment`: x, y, z, with fewer z when shifted; `level`: 0 to 6).
 */
export async function writeDriftData(file: string, rows: number, shift: number, seed: number): Promise<void> {
  let state = seed >>> 0;
  const random = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = Math.imul(state ^ (state >>> 15), state | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const out = createWriteStream(file);
  out.write("a,b,c,d,e,f,g,h,segment,level\n");
  let chunk = "";
  for (let i = 1; i <= rows; i++) {
    const numbers = Array.from({ length: 8 }, (_, c) => (random() * 10 + shift * c).toFixed(4));
    const segment = ["x", "y", "z"][Math.floor(random() * (shift > 0 ? 2.5 : 3))];
    chunk += `${numbers.join(",")},${segment},${Math.floor(random() * 7)}\n`;
    if (i % 20_000 === 0) {
      if (!out.write(chunk)) await once(out, "drain");
      chunk = "";
    }
  }
  out.end(chunk);
  await once(out, "finish");
}
