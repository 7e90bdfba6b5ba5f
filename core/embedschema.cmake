# Writes db/schema.sql into a C++ source as a raw string literal.
file(READ ${INPUT} sql)
string(FIND "${sql}" ")schema\"" clash)
if(NOT clash EQUAL -1)
    message(FATAL_ERROR "schema.sql contains the raw-string delimiter )schema\"")
endif()
file(WRITE ${OUTPUT}.tmp "// Generated from db/schema.sql; do not edit.\n#include \"core/schema.h\"\n\nnamespace ict::core {\nconst char *const kSchemaSql = R\"schema(${sql})schema\";\n} // namespace ict::core\n")
file(COPY_FILE ${OUTPUT}.tmp ${OUTPUT} ONLY_IF_DIFFERENT)
