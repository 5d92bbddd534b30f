// libxml2, the XML library of the project (Debian libxml2-dev): parsing, trees, XPath, schemas.
#include <libxml/xmlversion.h>
// libxml2's ICU declarations would clash with the ICU that Foundation carries; nothing here
// uses them (only pointers to the structures that hold them).
#undef LIBXML_ICU_ENABLED
#include <libxml/parser.h>
#include <libxml/parserInternals.h>
#include <libxml/tree.h>
#include <libxml/xmlerror.h>
#include <libxml/xmlschemas.h>
#include <libxml/xpath.h>

/// xmlFree is a global function pointer, which Swift 6 sees as shared mutable state.
static inline void resolint_xml_free(void *pointer) { xmlFree(pointer); }
