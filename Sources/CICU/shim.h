// Umbrella for the system ICU headers. Imported only by CICUShim's .c files, never by Swift.
#include <unicode/utypes.h>
#include <unicode/ubrk.h>
#include <unicode/unorm2.h>
#include <unicode/uspoof.h>
#include <unicode/utext.h>
#include <unicode/uchar.h>
#include <unicode/uregex.h>
