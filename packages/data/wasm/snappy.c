// Snappy block decompression, for the snappy pages of Parquet files read in JavaScript
// (packages/data/src/snappy-blocks.ts). Written from the format's description (google/snappy,
// format_description.txt), not from any implementation: a block is the uncompressed length as a varint,
// then elements, each a tag byte whose low two bits say what follows:
//   00  a literal: (tag >> 2) + 1 bytes follow, or for 60..63 the length - 1 in the next 1..4 bytes;
//   01  a copy of ((tag >> 2) & 7) + 4 bytes from ((tag >> 5) << 8 | next byte) bytes back;
//   10  a copy of (tag >> 2) + 1 bytes from a 2-byte little-endian offset back;
//   11  the same with a 4-byte offset.
// A copy may overlap what it writes (an offset shorter than its length repeats a pattern).
//
// Short elements, most of a page of 8-byte ids or doubles, are copied 8 bytes at a time with plain loads
// and stores, past their end into slack the caller leaves after the output (SLACK bytes; the input is
// followed by the output, so reading past a short literal stays in memory); long ones are bulk memory
// copies (memory.copy, a call each: too dear for a few bytes). Built by scripts/build-wasm.ts into
// packages/data/src/snappy-wasm.generated.ts. No libc; the memory grows from JavaScript as pages need.

#include <stdint.h>

#define EXPORT(name) __attribute__((export_name(name)))

extern unsigned char __heap_base;

// Where the memory past the module's own data and stack starts: JavaScript places the blocks there.
EXPORT("heap_base") uint32_t heap_base(void) { return (uint32_t)(uintptr_t)&__heap_base; }

// Bytes past the output that `uncompress` may write (and past the input that it may read).
#define SLACK 16
EXPORT("slack") uint32_t slack(void) { return SLACK; }

static inline uint64_t load64(const uint8_t *at) {
  uint64_t value;
  __builtin_memcpy(&value, at, 8);
  return value;
}

static inline void store64(uint8_t *at, uint64_t value) { __builtin_memcpy(at, &value, 8); }

// What `uncompress` returns.
#define OK 0
#define BAD_LENGTH -1
#define WRONG_LENGTH -2
#define LITERAL_PAST_END -3
#define COPY_PAST_END -4
#define BAD_OFFSET -5
#define SHORT_OUTPUT -6

static inline uint32_t read_le(const uint8_t *bytes, uint32_t count) {
  uint32_t value = 0;
  for (uint32_t i = 0; i < count; i++) value |= (uint32_t)bytes[i] << (8 * i);
  return value;
}

// Decompresses the block input[0, input_length) into output[0, output_length): OK when its stated
// length is output_length and its elements fill exactly that, else a negative code. Nothing is read or
// written outside those two ranges and the SLACK bytes after each.
EXPORT("uncompress")
int32_t uncompress(const uint8_t *input, uint32_t input_length, uint8_t *output, uint32_t output_length) {
  const uint8_t *in = input;
  const uint8_t *in_end = input + input_length;
  uint32_t stated = 0;
  for (uint32_t shift = 0;; shift += 7) {
    if (in >= in_end || shift > 28) return BAD_LENGTH;
    uint32_t byte = *in++;
    if (shift == 28 && byte > 0x0f) return BAD_LENGTH;
    stated |= (byte & 0x7f) << shift;
    if ((byte & 0x80) == 0) break;
  }
  if (stated != output_length) return WRONG_LENGTH;
  uint8_t *out = output;
  uint8_t *out_end = output + output_length;
  while (in < in_end) {
    uint32_t tag = *in++;
    uint32_t kind = tag & 3;
    if (kind == 0) {
      uint32_t length = (tag >> 2) + 1;
      if (length > 60) {
        uint32_t bytes = length - 60;
        if ((uint32_t)(in_end - in) < bytes) return LITERAL_PAST_END;
        uint32_t stored = read_le(in, bytes);
        in += bytes;
        if (stored == UINT32_MAX) return LITERAL_PAST_END;
        length = stored + 1;
      }
      if ((uint32_t)(in_end - in) < length || (uint32_t)(out_end - out) < length) return LITERAL_PAST_END;
      if (length <= 16) {
        store64(out, load64(in));
        store64(out + 8, load64(in + 8));
      } else {
        __builtin_memcpy(out, in, length);
      }
      in += length;
      out += length;
      continue;
    }
    uint32_t length;
    uint32_t offset;
    if (kind == 1) {
      if (in_end - in < 1) return COPY_PAST_END;
      length = ((tag >> 2) & 7) + 4;
      offset = ((tag >> 5) << 8) | *in++;
    } else {
      uint32_t bytes = kind == 2 ? 2 : 4;
      if ((uint32_t)(in_end - in) < bytes) return COPY_PAST_END;
      length = (tag >> 2) + 1;
      offset = read_le(in, bytes);
      in += bytes;
    }
    if (offset == 0 || offset > (uint32_t)(out - output)) return BAD_OFFSET;
    if ((uint32_t)(out_end - out) < length) return COPY_PAST_END;
    const uint8_t *from = out - offset;
    if (offset >= 8) {
      // Each 8 bytes read are at least 8 back: written before they are read, overlapping or not.
      for (uint32_t i = 0; i < length; i += 8) store64(out + i, load64(from + i));
    } else {
      for (uint32_t i = 0; i < length; i++) out[i] = from[i];
    }
    out += length;
  }
  return out == out_end ? OK : SHORT_OUTPUT;
}
