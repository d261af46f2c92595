// Checks on the fields of the records the last scan read (csv-scan.c), where they are: the first passes
// of packages/data/src/batch-plain-cells.ts for columns whose checks keep nothing but counts (bounds on
// integers and numbers, a list or a pattern on text), and the numbers of the other numeric columns for
// batch-numbers.ts. Each first pass counts the cells that plainly pass and lists the other records in
// `others`, for JavaScript to take the general way. A cell is counted here only
// where the JavaScript first pass counts it, so a batch checked here or there gives the same results;
// what this code cannot decide (a non-ASCII byte for a pattern) is an other.
//
// The records are those of one scan that read every record of a batch: field `first + k * width` of
// record `k`, its bytes at its offsets less `base` in the window.

#include "csv-scan.h"

// Tables of the text tests (automata and byte classes), placed by JavaScript.
#define TABLE_WORDS (128 * 1024)
// The undecided row of an automaton (byte-dfa.ts), premultiplied: the text goes to the RegExp.
#define UNDECIDED_STATE 256

static int32_t others[MAX_RECORDS];
static double values[MAX_RECORDS];
static int32_t tables[TABLE_WORDS];

EXPORT("cell_others") int32_t *others_address(void) { return others; }
EXPORT("cell_values") double *values_address(void) { return values; }
EXPORT("cell_tables") int32_t *tables_address(void) { return tables; }
EXPORT("cell_table_words") int32_t table_words(void) { return TABLE_WORDS; }

static const double POWERS_OF_TEN[16] = {1e0, 1e1, 1e2,  1e3,  1e4,  1e5,  1e6,  1e7,
                                         1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15};

// readShortNumber (byte-number.ts): [+-]digits[.digits] with at most 15 digits (a fraction only when
// `fraction`) as the same double, else NaN. A mantissa of at most 15 digits is exact in either type.
// Both readers are called, not inlined: the loops ran 5-20% slower with them inlined (V8's code).
__attribute__((noinline)) static double read_short_number(int32_t start, int32_t end, int fraction) {
  if (end - start > 17) return __builtin_nan("");
  int32_t i = start;
  uint8_t first = window[i];
  int negative = first == '-';
  if (negative || first == '+') i++;
  int32_t from = i;
  int64_t mantissa = 0;
  int32_t code = 0;
  for (; i < end; i++) {
    code = (int32_t)window[i] - '0';
    if (code < 0 || code > 9) break;
    mantissa = mantissa * 10 + code;
  }
  int32_t digits = i - from;
  int32_t scale = 0;
  if (i < end) {
    if (code != '.' - '0' || !fraction) return __builtin_nan("");
    int32_t point = ++i;
    for (; i < end; i++) {
      code = (int32_t)window[i] - '0';
      if (code < 0 || code > 9) return __builtin_nan("");
      mantissa = mantissa * 10 + code;
    }
    scale = i - point;
    digits += scale;
  }
  if (digits == 0 || digits > 15) return __builtin_nan("");
  double value = scale == 0 ? (double)mantissa : (double)mantissa / POWERS_OF_TEN[scale];
  return negative ? -value : value;
}

// readShortInteger (byte-number.ts): up to 9 digits summed as an int, longer ones as above.
__attribute__((noinline)) static double read_short_integer(int32_t start, int32_t end) {
  int32_t i = start;
  uint8_t first = window[i];
  int negative = first == '-';
  if (negative || first == '+') i++;
  if (i == end || end - i > 9) return read_short_number(start, end, 0);
  int32_t value = 0;
  for (; i < end; i++) {
    int32_t code = (int32_t)window[i] - '0';
    if (code < 0 || code > 9) return __builtin_nan("");
    value = value * 10 + code;
  }
  return negative ? -(double)value : (double)value;
}

// 1: the automaton at `table` accepts window[start, end); 0: it does not; -1: undecided.
static int dfa_matches(const int32_t *table, int32_t state, const int32_t *accepting, int32_t start,
                       int32_t end) {
  for (int32_t i = start; i < end && state > UNDECIDED_STATE; i++) state = table[state + window[i]];
  return state == UNDECIDED_STATE ? -1 : accepting[state >> 8];
}

// The fields of `count` records `width` apart from `first` fit in the arrays (else the caller checks
// the batch itself).
static int fits(int32_t first, int32_t width, int32_t count) {
  return first >= 0 && width > 0 && count <= MAX_RECORDS && first + (int64_t)(count - 1) * width < MAX_FIELDS;
}

// Record k's cell as a number, read as readShortInteger (`fraction` 0) or readShortNumber reads it;
// NaN for an empty cell. Inlined with a constant `fraction`, so each caller has one reader.
static inline double number_cell(int32_t base, int32_t first, int32_t width, int32_t k, int fraction) {
  int32_t f = first + k * width;
  int32_t start = field_starts[f] - base;
  int32_t end = field_ends[f] - base;
  if (fraction) return end > start ? read_short_number(start, end, 1) : __builtin_nan("");
  return end > start ? read_short_integer(start, end) : __builtin_nan("");
}

// The first pass of plainIntegers or plainDecimals: the numbers in [low, high] counted, the others
// listed. Returns the passes, or -1.
static inline int32_t count_numbers(int32_t base, int32_t first, int32_t width, int32_t count, double low,
                                    double high, int fraction) {
  if (!fits(first, width, count)) return -1;
  int32_t passed = 0;
  int32_t other = 0;
  for (int32_t k = 0; k < count; k++) {
    double value = number_cell(base, first, width, k, fraction);
    if (value >= low && value <= high) passed++;
    else others[other++] = k;
  }
  return passed;
}

EXPORT("plain_integers") int32_t plain_integers(int32_t base, int32_t first, int32_t width, int32_t count,
                                                double low, double high) {
  return count_numbers(base, first, width, count, low, high, 0);
}

EXPORT("plain_decimals") int32_t plain_decimals(int32_t base, int32_t first, int32_t width, int32_t count,
                                                double low, double high) {
  return count_numbers(base, first, width, count, low, high, 1);
}

// A column's count, mean, sum of squared deviations, min and max (Moments in @mlops-actions/stats).
struct running {
  double count;
  double mean;
  double m2;
  double min;
  double max;
};

// `value` added as Moments.update adds it: Welford's update, then min and max.
static inline void add_value(struct running *running, double value) {
  running->count += 1;
  double delta = value - running->mean;
  running->mean += delta / running->count;
  running->m2 += delta * (value - running->mean);
  if (value < running->min) running->min = value;
  if (value > running->max) running->max = value;
}

// The moments of the column at hand, copied in and out by JavaScript around read_numbers and
// count_values (five doubles, in the order of `struct running`).
static struct running moments;

EXPORT("cell_moments") struct running *moments_address(void) { return &moments; }

// The numbers of a column, into `values` (NaN where they are not read): for the loops that also keep
// statistics or distinct values. With `keep_moments`, each is added to `moments` as it is read, as
// Moments.update adds it (Welford; the division waits on the last mean, and the next cell's reading
// goes on meanwhile: 10 against 15 ms on 1M values read, then added). Returns 0; 1 when a cell was not
// read, with `moments` untouched (its value, read the general way, would come between the others); -1.
static inline int32_t read_numbers(int32_t base, int32_t first, int32_t width, int32_t count, int fraction,
                                   int32_t keep_moments) {
  if (!fits(first, width, count)) return -1;
  struct running running = moments;
  int32_t unread = 0;
  for (int32_t k = 0; k < count; k++) {
    double value = number_cell(base, first, width, k, fraction);
    values[k] = value;
    if (value != value) unread = 1;
    else if (keep_moments) {
      add_value(&running, value);
    }
  }
  if (unread) return 1;
  if (keep_moments) {
    moments = running;
  }
  return 0;
}

EXPORT("read_integers") int32_t read_integers(int32_t base, int32_t first, int32_t width, int32_t count,
                                              int32_t keep_moments) {
  return read_numbers(base, first, width, count, 0, keep_moments);
}

EXPORT("read_decimals") int32_t read_decimals(int32_t base, int32_t first, int32_t width, int32_t count,
                                              int32_t keep_moments) {
  return read_numbers(base, first, width, count, 1, keep_moments);
}

// The first pass of plainMatches: the texts an automaton accepts counted (its rows at word `table`, its
// start row premultiplied, a word a row at `accepting`, 1 for an accepting row), the others listed. With
// `members` (a FixedLengthPattern), a text of `length` bytes each in its position's class (256 bytes a
// position) passes without the automaton. Returns the passes, or -1.
static inline int32_t count_matches(int32_t base, int32_t first, int32_t width, int32_t count,
                                    const uint8_t *members, int32_t length, int32_t table, int32_t start_state,
                                    int32_t accepting) {
  if (!fits(first, width, count)) return -1;
  const int32_t *rows = tables + table;
  const int32_t *accepts = tables + accepting;
  int32_t passed = 0;
  int32_t other = 0;
  for (int32_t k = 0; k < count; k++) {
    int32_t f = first + k * width;
    int32_t start = field_starts[f] - base;
    int32_t end = field_ends[f] - base;
    int32_t all = 0;
    if (members != 0 && end - start == length) {
      all = 1;
      for (int32_t j = 0; j < length; j++) all &= members[j * 256 + window[start + j]];
    }
    if (end > start && (all == 1 || dfa_matches(rows, start_state, accepts, start, end) == 1)) passed++;
    else others[other++] = k;
  }
  return passed;
}

EXPORT("plain_dfa") int32_t plain_dfa(int32_t base, int32_t first, int32_t width, int32_t count, int32_t table,
                                      int32_t start_state, int32_t accepting) {
  return count_matches(base, first, width, count, 0, 0, table, start_state, accepting);
}

EXPORT("plain_fixed") int32_t plain_fixed(int32_t base, int32_t first, int32_t width, int32_t count,
                                          int32_t classes, int32_t length, int32_t table, int32_t start_state,
                                          int32_t accepting) {
  const uint8_t *members = (const uint8_t *)(tables + classes);
  return count_matches(base, first, width, count, members, length, table, start_state, accepting);
}

// The page of a column's distinct integers that DistinctValues.addNumber tries first (32,768 bits),
// copied in and out by JavaScript around count_values.
#define PAGE_BITS 32768
#define MAX_SAFE_INTEGER 9007199254740991.0
#define OUTSIDE_PAGE 1
#define REPEATED 2
#define OUT_OF_BOUNDS 4

static uint32_t page[PAGE_BITS / 32];
static uint8_t other_kinds[MAX_RECORDS];
static int32_t first_sightings;
static int32_t other_count;

EXPORT("cell_page") uint32_t *page_address(void) { return page; }
EXPORT("cell_other_kinds") uint8_t *other_kinds_address(void) { return other_kinds; }
EXPORT("cell_first_sightings") int32_t cell_first_sightings(void) { return first_sightings; }
EXPORT("cell_other_count") int32_t cell_other_count(void) { return other_count; }

// The rest of what valueCells (batch-numbers.ts) or doubleCells (batch-doubles.ts) does with each of
// `values[0, count)`, in order: added to `moments` as Moments.update adds it (Welford), with
// `keep_moments` (the CSV path adds them as it reads instead); marked in `page` (its first integer
// `page_first`) as DistinctValues.addNumber marks it, with `paging`; and counted when in [low, high].
// Each record with something left for JavaScript is listed in `others`, with what in `other_kinds`: an
// integer outside the page (to add the general way), a repeat (a failure of `unique`), a value out of
// bounds. `require`: every value must be finite (1) or an integer (2), else -2 is returned with nothing
// changed (such a value goes the general way, between the others). Returns the passes, with the first
// sightings in `first_sightings` and the records listed in `other_count`; -1 when `count` does not fit.
EXPORT("count_values") int32_t count_values(int32_t count, double low, double high, int32_t paging,
                                            double page_first, int32_t keep_moments, int32_t require) {
  if (count > MAX_RECORDS) return -1;
  for (int32_t k = 0; k < count && require != 0; k++) {
    double value = values[k];
    if (!__builtin_isfinite(value) || (require == 2 && __builtin_trunc(value) != value)) return -2;
  }
  struct running running = moments;
  int32_t passed = 0;
  int32_t other = 0;
  int32_t firsts = 0;
  for (int32_t k = 0; k < count; k++) {
    double value = values[k];
    if (keep_moments) {
      add_value(&running, value);
    }
    int32_t kinds = 0;
    if (paging) {
      double bit = value - page_first;
      if (bit >= 0 && bit < PAGE_BITS && bit == (double)(int32_t)bit && __builtin_fabs(value) <= MAX_SAFE_INTEGER) {
        int32_t at = (int32_t)bit;
        uint32_t mask = (uint32_t)1 << (at & 31);
        uint32_t held = page[at >> 5];
        if ((held & mask) != 0) kinds |= REPEATED;
        else {
          page[at >> 5] = held | mask;
          firsts++;
        }
      } else kinds |= OUTSIDE_PAGE;
    }
    if (value >= low && value <= high) passed++;
    else kinds |= OUT_OF_BOUNDS;
    if (kinds != 0) {
      others[other] = k;
      other_kinds[other] = (uint8_t)kinds;
      other++;
    }
  }
  if (keep_moments) {
    moments = running;
  }
  first_sightings = firsts;
  other_count = other;
  return passed;
}
