// ICU is included here only; see include/footprint_icu.h for why.
#define _GNU_SOURCE
#include "footprint_icu.h"

#include <stdlib.h>
#include <string.h>

#include <unicode/uchar.h>
#include <unicode/uregex.h>
#include <unicode/ubrk.h>
#include <unicode/unorm2.h>
#include <unicode/uspoof.h>
#include <unicode/ustring.h>
#include <unicode/utext.h>
#include <unicode/uversion.h>

void fp_icu_version(char *buf, int32_t capacity) {
    UVersionInfo info;
    char text[U_MAX_VERSION_STRING_LENGTH];
    u_getVersion(info);
    u_versionToString(info, text);
    if (capacity <= 0) return;
    strncpy(buf, text, (size_t)capacity - 1);
    buf[capacity - 1] = 0;
}

const char *fp_icu_error_name(int32_t code) { return u_errorName((UErrorCode)code); }

// Grows *buffer to hold at least `needed` elements of `size` bytes. Returns 0 on failure.
static int grow(void **buffer, int32_t *capacity, int32_t needed, size_t size) {
    if (needed <= *capacity) return 1;
    int64_t next = *capacity > 0 ? *capacity : 64;
    while (next < needed) next *= 2;
    if (next > INT32_MAX) next = INT32_MAX;
    void *grown = realloc(*buffer, (size_t)next * size);
    if (!grown) return 0;
    *buffer = grown;
    *capacity = (int32_t)next;
    return 1;
}

// Decodes one code point of valid UTF-8 at text[*i], advancing *i. A stray byte decodes as
// U+FFFD (the Swift side validates before calling, so this is only a guard).
static UChar32 next_code_point(const uint8_t *text, int32_t length, int32_t *i) {
    UChar32 c;
    U8_NEXT(text, *i, length, c);
    return c < 0 ? 0xFFFD : c;
}

static int is_pictographic(UChar32 c);

// MARK: Segmentation

struct fp_breaker {
    UBreakIterator *iterator;
    UText *utext;
    int32_t *ends;
    int32_t *statuses;
    int32_t capacity;
};

fp_breaker *fp_breaker_open(int32_t kind, int32_t *error) {
    UErrorCode status = U_ZERO_ERROR;
    UBreakIterator *it = ubrk_open(kind == FP_BREAK_SENTENCE ? UBRK_SENTENCE : UBRK_WORD,
                                   // NOTE: en@ss=standard keeps "Mr. Smith" in one sentence.
                                   kind == FP_BREAK_SENTENCE ? "en@ss=standard" : "",
                                   NULL, 0, &status);
    if (U_FAILURE(status)) {
        *error = status;
        return NULL;
    }
    fp_breaker *b = calloc(1, sizeof(fp_breaker));
    if (!b) {
        ubrk_close(it);
        *error = U_MEMORY_ALLOCATION_ERROR;
        return NULL;
    }
    b->iterator = it;
    *error = 0;
    return b;
}

void fp_breaker_close(fp_breaker *b) {
    if (!b) return;
    ubrk_close(b->iterator);
    if (b->utext) utext_close(b->utext);
    free(b->ends);
    free(b->statuses);
    free(b);
}

int32_t fp_breaker_segment(fp_breaker *b, const uint8_t *text, int32_t length,
                           const int32_t **ends, const int32_t **statuses, int32_t *error) {
    UErrorCode status = U_ZERO_ERROR;
    *error = 0;
    // Every segment holds at least one byte, so `length` entries always suffice.
    int32_t cap = b->capacity;
    if (!grow((void **)&b->ends, &cap, length + 1, sizeof(int32_t))) goto oom;
    cap = b->capacity;
    if (!grow((void **)&b->statuses, &cap, length + 1, sizeof(int32_t))) goto oom;
    b->capacity = cap;
    b->utext = utext_openUTF8(b->utext, (const char *)text, length, &status);
    if (U_FAILURE(status)) goto fail;
    ubrk_setUText(b->iterator, b->utext, &status);
    if (U_FAILURE(status)) goto fail;
    int32_t count = 0;
    for (int32_t end = ubrk_next(b->iterator); end != UBRK_DONE; end = ubrk_next(b->iterator)) {
        b->ends[count] = end;
        b->statuses[count] = ubrk_getRuleStatus(b->iterator);
        count++;
    }
    *ends = b->ends;
    *statuses = b->statuses;
    return count;
oom:
    status = U_MEMORY_ALLOCATION_ERROR;
fail:
    *error = status;
    return -1;
}

// MARK: Folding

struct fp_folder {
    const UNormalizer2 *normalizer;
    uint8_t *out;
    int32_t outCapacity;
    int32_t *entries;
    int32_t entryCapacity;  // in ints
    UChar *segment;         // UTF-16 scratch for one normalization segment
    int32_t segmentCapacity;
    UChar *folded;
    int32_t foldedCapacity;
};

fp_folder *fp_folder_open(int32_t *error) {
    UErrorCode status = U_ZERO_ERROR;
    const UNormalizer2 *n = unorm2_getNFKCCasefoldInstance(&status);
    if (U_FAILURE(status)) {
        *error = status;
        return NULL;
    }
    fp_folder *f = calloc(1, sizeof(fp_folder));
    if (!f) {
        *error = U_MEMORY_ALLOCATION_ERROR;
        return NULL;
    }
    f->normalizer = n;
    *error = 0;
    return f;
}

void fp_folder_close(fp_folder *f) {
    if (!f) return;
    free(f->out);
    free(f->entries);
    free(f->segment);
    free(f->folded);
    free(f);
}

typedef struct {
    fp_folder *f;
    int32_t outLength;
    int32_t entryCount;
    int ok;
} fold_state;

// Appends a run: `viewLength` bytes already written at the end of out map to the origin range.
// An exact run maps byte for byte (same code points' lengths, one to one); exact runs that follow
// each other merge into one.
static void add_run(fold_state *s, int32_t viewStart, int32_t viewLength, int32_t originStart,
                    int32_t originLength, int32_t exact) {
    if (viewLength == 0) return;
    int32_t *e = s->f->entries;
    if (s->entryCount > 0 && exact) {
        int32_t *last = e + FP_RUN_INTS * (s->entryCount - 1);
        if (last[4] && last[0] + last[1] == viewStart && last[2] + last[3] == originStart) {
            last[1] += viewLength;
            last[3] += originLength;
            return;
        }
    }
    int32_t cap = s->f->entryCapacity;
    if (!grow((void **)&s->f->entries, &cap, FP_RUN_INTS * (s->entryCount + 1), sizeof(int32_t))) {
        s->ok = 0;
        return;
    }
    s->f->entryCapacity = cap;
    e = s->f->entries + FP_RUN_INTS * s->entryCount;
    e[0] = viewStart;
    e[1] = viewLength;
    e[2] = originStart;
    e[3] = originLength;
    e[4] = exact;
    s->entryCount++;
}

static int reserve_out(fold_state *s, int32_t extra) {
    int32_t cap = s->f->outCapacity;
    if (!grow((void **)&s->f->out, &cap, s->outLength + extra, 1)) return s->ok = 0;
    s->f->outCapacity = cap;
    return 1;
}

int32_t fp_is_wide(uint32_t c) {
    int32_t width = u_getIntPropertyValue((UChar32)c, UCHAR_EAST_ASIAN_WIDTH);
    return width == U_EA_WIDE || width == U_EA_FULLWIDTH ||
           u_hasBinaryProperty((UChar32)c, UCHAR_EMOJI_PRESENTATION);
}

int32_t fp_is_emoji(uint32_t c) { return is_pictographic((UChar32)c); }

static int is_pictographic(UChar32 c) {
    return u_hasBinaryProperty(c, UCHAR_EXTENDED_PICTOGRAPHIC) ||
           u_hasBinaryProperty(c, UCHAR_EMOJI_MODIFIER) ||
           u_hasBinaryProperty(c, UCHAR_REGIONAL_INDICATOR);
}

// Longest run of code points normalized together; a longer run of combining marks ("Zalgo"
// text) is cut so that memory and time stay linear.
#define FP_MAX_SEGMENT 256

int32_t fp_fold(fp_folder *f, const uint8_t *text, int32_t length, const uint8_t **out,
                int32_t *outLength, const int32_t **entries, int32_t *entryCount,
                int32_t *allASCII) {
    fold_state s = {f, 0, 0, 1};
    int ascii = 1;
    UChar32 lastEmitted = 0;
    if (!reserve_out(&s, length + 16)) return U_MEMORY_ALLOCATION_ERROR;
    int32_t i = 0;
    while (i < length) {
        uint8_t byte = text[i];
        // NOTE: an ASCII character followed by another ASCII character (or the end) is a
        // normalization boundary on both sides, so it folds alone: lowercase, same length.
        if (byte < 0x80 && (i + 1 == length || text[i + 1] < 0x80)) {
            int32_t start = i;
            while (i < length && text[i] < 0x80 && (i + 1 == length || text[i + 1] < 0x80)) {
                uint8_t c = text[i];
                f->out[s.outLength++] = (c >= 'A' && c <= 'Z') ? (uint8_t)(c + 32) : c;
                i++;
            }
            add_run(&s, s.outLength - (i - start), i - start, start, i - start, 1);
            lastEmitted = text[i - 1];
            continue;
        }
        int32_t start = i;
        UChar32 c = next_code_point(text, length, &i);
        if (c == 0x200D) {
            // Keep a joiner between two emoji so the ZWJ sequence stays one segment.
            int32_t peek = i;
            UChar32 next = peek < length ? next_code_point(text, length, &peek) : 0;
            if (is_pictographic(lastEmitted) && next != 0 && is_pictographic(next)) {
                if (!reserve_out(&s, 3)) return U_MEMORY_ALLOCATION_ERROR;
                memcpy(f->out + s.outLength, text + start, (size_t)(i - start));
                s.outLength += i - start;
                add_run(&s, s.outLength - (i - start), i - start, start, i - start, 1);
                lastEmitted = c;
            }
            continue;
        }
        // Gather the normalization segment: this code point and every following one that has
        // no boundary before it.
        int32_t units = 0;
        int32_t count = 1;
        int32_t cap = f->segmentCapacity;
        if (!grow((void **)&f->segment, &cap, 2 * (FP_MAX_SEGMENT + 1), sizeof(UChar)))
            return U_MEMORY_ALLOCATION_ERROR;
        f->segmentCapacity = cap;
        U16_APPEND_UNSAFE(f->segment, units, c);
        while (i < length && count < FP_MAX_SEGMENT) {
            int32_t peek = i;
            UChar32 next = next_code_point(text, length, &peek);
            if (next == 0x200D || unorm2_hasBoundaryBefore(f->normalizer, next)) break;
            U16_APPEND_UNSAFE(f->segment, units, next);
            count++;
            i = peek;
        }
        // Normalize it into UTF-16, then append as UTF-8.
        UErrorCode status = U_ZERO_ERROR;
        int32_t foldedLength = 0;
        for (;;) {
            status = U_ZERO_ERROR;
            foldedLength = unorm2_normalize(f->normalizer, f->segment, units, f->folded,
                                            f->foldedCapacity, &status);
            if (status != U_BUFFER_OVERFLOW_ERROR) break;
            int32_t fc = f->foldedCapacity;
            if (!grow((void **)&f->folded, &fc, foldedLength + 1, sizeof(UChar)))
                return U_MEMORY_ALLOCATION_ERROR;
            f->foldedCapacity = fc;
        }
        if (U_FAILURE(status)) return status;
        if (!reserve_out(&s, 3 * foldedLength + 4)) return U_MEMORY_ALLOCATION_ERROR;
        int32_t viewStart = s.outLength;
        int32_t outCount = 0;
        for (int32_t k = 0; k < foldedLength;) {
            UChar32 fc;
            U16_NEXT(f->folded, k, foldedLength, fc);
            if (fc >= 0x80) ascii = 0;
            U8_APPEND_UNSAFE(f->out, s.outLength, fc);
            lastEmitted = fc;
            outCount++;
        }
        if (foldedLength == 0) lastEmitted = c;
        // One code point in, one of the same length out ("É" → "é"): byte for byte.
        int32_t exact = count == 1 && outCount == 1 && s.outLength - viewStart == i - start;
        add_run(&s, viewStart, s.outLength - viewStart, start, i - start, exact);
        if (!s.ok) return U_MEMORY_ALLOCATION_ERROR;
    }
    if (!s.ok) return U_MEMORY_ALLOCATION_ERROR;
    *out = f->out;
    *outLength = s.outLength;
    *entries = f->entries;
    *entryCount = s.entryCount;
    *allASCII = ascii;
    return 0;
}

// MARK: Confusables

struct fp_spoof {
    USpoofChecker *checker;
    char *out;
    int32_t capacity;
};

fp_spoof *fp_spoof_open(int32_t *error) {
    UErrorCode status = U_ZERO_ERROR;
    USpoofChecker *checker = uspoof_open(&status);
    if (U_FAILURE(status)) {
        *error = status;
        return NULL;
    }
    fp_spoof *s = calloc(1, sizeof(fp_spoof));
    if (!s) {
        uspoof_close(checker);
        *error = U_MEMORY_ALLOCATION_ERROR;
        return NULL;
    }
    s->checker = checker;
    *error = 0;
    return s;
}

void fp_spoof_close(fp_spoof *s) {
    if (!s) return;
    uspoof_close(s->checker);
    free(s->out);
    free(s);
}

int32_t fp_skeleton(fp_spoof *s, const uint8_t *text, int32_t length, const uint8_t **out,
                    int32_t *error) {
    for (;;) {
        UErrorCode status = U_ZERO_ERROR;
        int32_t n = uspoof_getSkeletonUTF8(s->checker, 0, (const char *)text, length, s->out,
                                           s->capacity, &status);
        if (status == U_BUFFER_OVERFLOW_ERROR || (U_SUCCESS(status) && n >= s->capacity)) {
            int32_t cap = s->capacity;
            if (!grow((void **)&s->out, &cap, n + 1, 1)) {
                *error = U_MEMORY_ALLOCATION_ERROR;
                return -1;
            }
            s->capacity = cap;
            continue;
        }
        if (U_FAILURE(status)) {
            *error = status;
            return -1;
        }
        *out = (const uint8_t *)s->out;
        *error = 0;
        return n;
    }
}

// MARK: Regular expressions

struct fp_regex {
    URegularExpression *re;
    UText *utext;
    int32_t *spans;
    int32_t capacity;  // in ints
};

// Wraps a compiled expression in a handle, or closes it when there is no memory for one.
static fp_regex *regex_wrap(URegularExpression *re, int32_t *error) {
    fp_regex *r = calloc(1, sizeof(fp_regex));
    if (!r) {
        uregex_close(re);
        *error = U_MEMORY_ALLOCATION_ERROR;
        return NULL;
    }
    r->re = re;
    *error = 0;
    return r;
}

fp_regex *fp_regex_open(const uint8_t *pattern, int32_t length, int32_t flags, int32_t *error,
                        int32_t *errorOffset) {
    UErrorCode status = U_ZERO_ERROR;
    UParseError parse;
    memset(&parse, 0, sizeof parse);
    parse.offset = -1;
    UText *text = utext_openUTF8(NULL, (const char *)pattern, length, &status);
    if (U_FAILURE(status)) {
        *error = status;
        *errorOffset = -1;
        return NULL;
    }
    uint32_t icuFlags = (flags & FP_REGEX_CASE_INSENSITIVE) ? UREGEX_CASE_INSENSITIVE : 0;
    URegularExpression *re = uregex_openUText(text, icuFlags, &parse, &status);
    utext_close(text);
    if (U_FAILURE(status)) {
        *error = status;
        *errorOffset = parse.offset;
        return NULL;
    }
    return regex_wrap(re, error);
}

fp_regex *fp_regex_clone(const fp_regex *regex, int32_t *error) {
    UErrorCode status = U_ZERO_ERROR;
    URegularExpression *re = uregex_clone(regex->re, &status);
    if (U_FAILURE(status)) {
        *error = status;
        return NULL;
    }
    return regex_wrap(re, error);
}

void fp_regex_close(fp_regex *r) {
    if (!r) return;
    uregex_close(r->re);
    if (r->utext) utext_close(r->utext);
    free(r->spans);
    free(r);
}

int32_t fp_regex_group_count(const fp_regex *r) {
    UErrorCode status = U_ZERO_ERROR;
    int32_t n = uregex_groupCount(r->re, &status);
    return U_FAILURE(status) ? 0 : n;
}

int32_t fp_regex_time_out_code(void) { return U_REGEX_TIME_OUT; }

int32_t fp_regex_find_all(fp_regex *r, const uint8_t *text, int32_t length, int32_t group,
                          int32_t timeLimit, const int32_t **spans, int32_t *found, int32_t *error) {
    UErrorCode status = U_ZERO_ERROR;
    int32_t count = 0;
    *found = 0;
    *spans = r->spans;
    r->utext = utext_openUTF8(r->utext, (const char *)text, length, &status);
    if (U_FAILURE(status)) goto fail;
    uregex_setUText(r->re, r->utext, &status);
    if (U_FAILURE(status)) goto fail;
    uregex_setTimeLimit(r->re, timeLimit, &status);
    if (U_FAILURE(status)) goto fail;
    while (uregex_findNext(r->re, &status)) {
        if (U_FAILURE(status)) break;
        int64_t start = uregex_start64(r->re, group, &status);
        int64_t end = uregex_end64(r->re, group, &status);
        if (U_FAILURE(status)) break;
        if (start < 0) continue;  // the group did not take part in this match
        int32_t cap = r->capacity;
        if (!grow((void **)&r->spans, &cap, 2 * (count + 1), sizeof(int32_t))) {
            status = U_MEMORY_ALLOCATION_ERROR;
            break;
        }
        r->capacity = cap;
        r->spans[2 * count] = (int32_t)start;
        r->spans[2 * count + 1] = (int32_t)end;
        count++;
    }
    *spans = r->spans;
    *found = count;
    if (U_FAILURE(status)) goto fail;
    *error = 0;
    return count;
fail:
    *error = status;
    return -1;
}

int32_t fp_contains(const uint8_t *haystack, int64_t length, const uint8_t *needle, int64_t needleLength) {
    if (needleLength <= 0) return 1;
    if (length < needleLength) return 0;
    return memmem(haystack, (size_t)length, needle, (size_t)needleLength) != NULL;
}
