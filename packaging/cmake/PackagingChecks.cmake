# ctest checks of what the Linux package installs, run with the rest of the tests:
# the desktop entry and the metainfo pass their validators, the MIME type compiles into a
# MIME database with its glob and magic, and the man page documents every verb the
# executable offers. The validators are listed in packaging/debian-packages.txt.

set(duibiao_linux "${PROJECT_SOURCE_DIR}/packaging/linux")

find_program(DUIBIAO_DESKTOP_FILE_VALIDATE desktop-file-validate)
find_program(DUIBIAO_APPSTREAMCLI appstreamcli)
find_program(DUIBIAO_UPDATE_MIME_DATABASE update-mime-database)
foreach(tool DESKTOP_FILE_VALIDATE APPSTREAMCLI UPDATE_MIME_DATABASE)
    if(NOT DUIBIAO_${tool})
        message(WARNING "${tool} not found: its packaging check is not registered "
            "(install the packages in packaging/debian-packages.txt)")
    endif()
endforeach()

if(DUIBIAO_DESKTOP_FILE_VALIDATE)
    # Hints (two main categories, as asked for) are fine; errors and warnings are not.
    add_test(NAME packaging_desktop_entry
        COMMAND "${DUIBIAO_DESKTOP_FILE_VALIDATE}" "${duibiao_linux}/duibiao.desktop")
    set_tests_properties(packaging_desktop_entry PROPERTIES FAIL_REGULAR_EXPRESSION "error:|warning:")
endif()

if(DUIBIAO_APPSTREAMCLI)
    # Exit code non-zero on any warning or error; infos pass.
    add_test(NAME packaging_metainfo
        COMMAND "${DUIBIAO_APPSTREAMCLI}" validate --no-net
            "${duibiao_linux}/invalid.example.duibiao.metainfo.xml")
endif()

if(DUIBIAO_UPDATE_MIME_DATABASE)
    add_test(NAME packaging_mime_type
        COMMAND "${CMAKE_COMMAND}"
            "-DUPDATE_MIME_DATABASE=${DUIBIAO_UPDATE_MIME_DATABASE}"
            "-DMIME_XML=${duibiao_linux}/duibiao-mime.xml"
            "-DWORK=${PROJECT_BINARY_DIR}/packaging/mime-check"
            -P "${CMAKE_CURRENT_LIST_DIR}/CheckMimeType.cmake")
endif()

add_test(NAME packaging_man_page
    COMMAND "${CMAKE_COMMAND}"
        "-DDUIBIAO=$<TARGET_FILE:duibiao>"
        "-DMAN_PAGE=${duibiao_linux}/duibiao.1"
        -P "${CMAKE_CURRENT_LIST_DIR}/CheckManPage.cmake")
set_tests_properties(packaging_man_page PROPERTIES ENVIRONMENT "QT_QPA_PLATFORM=offscreen")
