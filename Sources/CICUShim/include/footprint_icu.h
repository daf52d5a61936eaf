// Footprint's C facade over the system ICU.
//
// NOTE: This header must not include any ICU header. Foundation on Linux bundles its own ICU as
// a clang module, and a Swift module that sees both fails to build ('UErrorCode' has different
// definitions). Debian's ICU also renames every function with a version suffix (ubrk_open_72)
// through macros Swift cannot import. So Swift calls only these version-free functions, which
// take plain C types and opaque handles; ICU is included in the .c files alone.
#ifndef FOOTPRINT_ICU_H
#define FOOTPRINT_ICU_H

#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/// Writes ICU's version ("72.1") into buf (at least 32 bytes).
void fp_icu_version(char *buf, int32_t capacity);

/// 1 when `needle` occurs in `haystack` (glibc's memmem, which Swift cannot import), else 0.
int32_t fp_contains(const uint8_t *haystack, int64_t length, const uint8_t *needle, int64_t needleLength);

/// Returns a readable name for an ICU error code.
const char *fp_icu_error_name(int32_t code);

/// 1 when the code point is Extended_Pictographic, an emoji modifier or a regional indicator.
int32_t fp_is_emoji(uint32_t c);

/// 1 when the code point takes two terminal columns: East Asian Wide or Fullwidth, or an
/// emoji shown as a picture by default.
int32_t fp_is_wide(uint32_t c);

// MARK: Segmentation

typedef struct fp_breaker fp_breaker;

enum { FP_BREAK_WORD = 0, FP_BREAK_SENTENCE = 1 };

/// Opens a word or sentence break iterator for the root locale. *error receives ICU's code (0 ok).
fp_breaker *fp_breaker_open(int32_t kind, int32_t *error);
void fp_breaker_close(fp_breaker *breaker);

/// Segments UTF-8 text in one call. On return *ends points at `count` segment end offsets (UTF-8
/// bytes, ascending, the last equal to length) and *statuses at each segment's rule status
/// (UBRK_WORD_* for words: 0 none, 100 number, 200 letter, 300 kana, 400 ideographic).
/// The arrays are owned by the breaker and valid until its next call. Returns the count, or -1
/// on error (*error set).
int32_t fp_breaker_segment(fp_breaker *breaker, const uint8_t *text, int32_t length,
                           const int32_t **ends, const int32_t **statuses, int32_t *error);

// MARK: Folding (NFKC_Casefold, default-ignorables removed)

typedef struct fp_folder fp_folder;

/// Integers per run in fp_fold's map.
#define FP_RUN_INTS 5

fp_folder *fp_folder_open(int32_t *error);
void fp_folder_close(fp_folder *folder);

/// Folds valid UTF-8 with NFKC_Casefold. Zero-width joiners inside emoji sequences are kept so
/// that emoji stay whole; every other default-ignorable code point is removed.
///
/// On return *out holds *outLength bytes and *entries holds FP_RUN_INTS × *entryCount integers
/// describing how the folded text maps back to the input, run by run: (viewStart, viewLength,
/// originStart, originLength, exact). An exact run maps byte for byte; any other run maps each of
/// its bytes to the whole origin range ("ß" → "ss": either "s" is the whole "ß"). Runs are ascending and cover the folded text. *allASCII is 1 when
/// the folded text is pure ASCII. Buffers are owned by the folder, valid until its next call.
/// Returns 0, or ICU's error code.
int32_t fp_fold(fp_folder *folder, const uint8_t *text, int32_t length,
                const uint8_t **out, int32_t *outLength,
                const int32_t **entries, int32_t *entryCount, int32_t *allASCII);

// MARK: Confusables

typedef struct fp_spoof fp_spoof;

fp_spoof *fp_spoof_open(int32_t *error);
void fp_spoof_close(fp_spoof *spoof);

/// Writes the UTS #39 confusable skeleton of UTF-8 text. *out is owned by the checker and valid
/// until its next call. Returns the skeleton's length in bytes, or -1 on error (*error set).
int32_t fp_skeleton(fp_spoof *spoof, const uint8_t *text, int32_t length, const uint8_t **out,
                    int32_t *error);

// MARK: Regular expressions

typedef struct fp_regex fp_regex;

enum { FP_REGEX_CASE_INSENSITIVE = 1 };

/// Compiles a UTF-8 pattern with ICU's regex engine. On failure returns NULL with *error set
/// and *errorOffset the pattern offset (in UTF-16 units, -1 when unknown).
fp_regex *fp_regex_open(const uint8_t *pattern, int32_t length, int32_t flags, int32_t *error,
                        int32_t *errorOffset);

/// A copy sharing the compiled pattern, for another thread. NULL on failure.
fp_regex *fp_regex_clone(const fp_regex *regex, int32_t *error);
void fp_regex_close(fp_regex *regex);

/// Number of capture groups in the pattern.
int32_t fp_regex_group_count(const fp_regex *regex);

/// Finds every non-overlapping match of the pattern in UTF-8 text, each match's span of `group`
/// (0 = whole match) as UTF-8 byte offsets: *spans holds 2 × count integers (start, end),
/// owned by the regex and valid until its next call. `timeLimit` bounds the work per match in
/// ICU's steps (about a millisecond each; 0 = none). Returns the count; -1 on error with *error
/// set (U_REGEX_TIME_OUT when the limit stopped it: the spans found before are kept in *spans
/// and their count in *found).
int32_t fp_regex_find_all(fp_regex *regex, const uint8_t *text, int32_t length, int32_t group,
                          int32_t timeLimit, const int32_t **spans, int32_t *found, int32_t *error);

/// ICU's code for a regex stopped by its time limit.
int32_t fp_regex_time_out_code(void);

#ifdef __cplusplus
}
#endif

#endif
