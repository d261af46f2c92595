// What csv-scan.c (the record reader) and csv-cells.c (the checks on its fields) share: the window of
// bytes a scan reads and the field offsets it writes, which the checks read in place.

#include <stdint.h>

#define WINDOW_BYTES (128 * 1024)
#define MAX_FIELDS (32 * 1024)
#define MAX_RECORDS (4 * 1024)

#define EXPORT(name) __attribute__((export_name(name)))

// 64 bytes of padding: the last block is read whole and its bits past the window masked off.
extern uint8_t window[WINDOW_BYTES + 64];
extern int32_t field_starts[MAX_FIELDS];
extern int32_t field_ends[MAX_FIELDS];
