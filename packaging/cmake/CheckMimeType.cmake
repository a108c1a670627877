# cmake -DUPDATE_MIME_DATABASE=… -DMIME_XML=… -DWORK=… -P CheckMimeType.cmake
# Compiles the package's MIME type alone into a fresh MIME database and requires the
# *.duibiao glob and the SQLite-with-application-id magic in it, with no complaint from
# update-mime-database about the XML.

file(REMOVE_RECURSE "${WORK}")
file(MAKE_DIRECTORY "${WORK}/mime/packages")
configure_file("${MIME_XML}" "${WORK}/mime/packages/duibiao.xml" COPYONLY)
# In the search path, so update-mime-database does not add a note about it.
set(ENV{XDG_DATA_DIRS} "${WORK}")
set(ENV{XDG_DATA_HOME} "${WORK}")
execute_process(COMMAND "${UPDATE_MIME_DATABASE}" -V "${WORK}/mime"
    RESULT_VARIABLE result OUTPUT_VARIABLE out ERROR_VARIABLE err)
if(NOT result EQUAL 0)
    message(FATAL_ERROR "update-mime-database failed (${result}): ${err}")
endif()
string(FIND "${err}" "Error" error_at)
string(FIND "${err}" "Warning" warning_at)
if(NOT error_at EQUAL -1 OR NOT warning_at EQUAL -1)
    message(FATAL_ERROR "update-mime-database complained about ${MIME_XML}:\n${err}")
endif()

file(READ "${WORK}/mime/globs2" globs)
if(NOT globs MATCHES ":application/x-duibiao:\\*\\.duibiao(\n|$)")
    message(FATAL_ERROR "the glob *.duibiao is not in the MIME database:\n${globs}")
endif()
# The magic file is binary; its section header names the priority and the type, and the
# application id "DUIB" is the big-endian value matched at offset 68.
file(STRINGS "${WORK}/mime/magic" magic)
string(JOIN "\n" magic_text ${magic})
if(NOT magic_text MATCHES "\\[60:application/x-duibiao\\]")
    message(FATAL_ERROR "no magic for application/x-duibiao in the MIME database:\n${magic_text}")
endif()
if(NOT magic_text MATCHES "SQLite format 3" OR NOT magic_text MATCHES "DUIB")
    message(FATAL_ERROR "the magic does not match the SQLite header and the id DUIB:\n${magic_text}")
endif()
message(STATUS "application/x-duibiao: glob and magic compiled")
