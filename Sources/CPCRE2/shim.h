// PCRE2, the regular-expression library behind the lint rules' patterns (Debian libpcre2-dev),
// in its 8-bit form: patterns and texts are UTF-8.
#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>
