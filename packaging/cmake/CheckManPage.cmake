# cmake -DDUIBIAO=path/to/duibiao -DMAN_PAGE=packaging/linux/duibiao.1 -P CheckManPage.cmake
# Every verb that "duibiao --help" lists must be in the man page twice: in the SYNOPSIS
# (".B duibiao VERB") and described under VERBS (".BI \"VERB …"). A verb added to the
# executable without its manual fails here.

execute_process(COMMAND "${DUIBIAO}" --help
    RESULT_VARIABLE result OUTPUT_VARIABLE help ERROR_VARIABLE err)
if(NOT result EQUAL 0)
    message(FATAL_ERROR "duibiao --help failed (${result}): ${err}")
endif()
string(REGEX MATCHALL "\n  duibiao ([a-z]+)" lines "${help}")
set(verbs "")
foreach(line IN LISTS lines)
    string(REGEX REPLACE "\n  duibiao " "" verb "${line}")
    list(APPEND verbs "${verb}")
endforeach()
list(LENGTH verbs count)
if(count LESS 4)
    message(FATAL_ERROR "found only ${count} verbs (${verbs}) in duibiao --help:\n${help}")
endif()

file(READ "${MAN_PAGE}" man)
set(missing "")
foreach(verb IN LISTS verbs)
    if(NOT man MATCHES "\n\\.B duibiao ${verb}\n")
        list(APPEND missing "${verb} (SYNOPSIS)")
    endif()
    if(NOT man MATCHES "\n\\.BI \"${verb} ")
        list(APPEND missing "${verb} (VERBS)")
    endif()
endforeach()
if(missing)
    message(FATAL_ERROR "${MAN_PAGE} does not document: ${missing}")
endif()
message(STATUS "the man page documents every verb: ${verbs}")
