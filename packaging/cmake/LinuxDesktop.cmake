# What a Linux desktop needs besides the executable: the menu entry, the icons, the
# AppStream metainfo for software centres, the .duibiao MIME type, the man page and the
# Debian copyright and changelog. Paths follow the FHS under CMAKE_INSTALL_PREFIX.

set(duibiao_linux "${PROJECT_SOURCE_DIR}/packaging/linux")
set(duibiao_icons "${PROJECT_SOURCE_DIR}/resources/icons")
set(duibiao_docdir "${CMAKE_INSTALL_DATADIR}/doc/duibiao")

install(FILES "${duibiao_linux}/duibiao.desktop"
    DESTINATION "${CMAKE_INSTALL_DATADIR}/applications")
install(FILES "${duibiao_linux}/invalid.example.duibiao.metainfo.xml"
    DESTINATION "${CMAKE_INSTALL_DATADIR}/metainfo")
install(FILES "${duibiao_linux}/duibiao-mime.xml"
    DESTINATION "${CMAKE_INSTALL_DATADIR}/mime/packages" RENAME duibiao.xml)

install(FILES "${duibiao_icons}/duibiao.svg"
    DESTINATION "${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps")
foreach(size 48 64 128 256)
    install(FILES "${duibiao_icons}/duibiao-${size}.png"
        DESTINATION "${CMAKE_INSTALL_DATADIR}/icons/hicolor/${size}x${size}/apps"
        RENAME duibiao.png)
endforeach()

# The changelog's newest entry must name this version, or the package would lie about it.
file(STRINGS "${duibiao_linux}/changelog" duibiao_changelog_head LIMIT_COUNT 1)
if(NOT duibiao_changelog_head MATCHES "^duibiao \\(${PROJECT_VERSION}\\) ")
    message(FATAL_ERROR "packaging/linux/changelog starts with \"${duibiao_changelog_head}\"; "
        "add an entry for ${PROJECT_VERSION} on top.")
endif()

# Debian wants the man page and the changelog compressed with gzip -9n (no name, no
# timestamp, so the package is reproducible).
find_program(DUIBIAO_GZIP gzip REQUIRED)
set(duibiao_gz "${PROJECT_BINARY_DIR}/packaging")
add_custom_command(OUTPUT "${duibiao_gz}/duibiao.1.gz"
    COMMAND "${CMAKE_COMMAND}" -E make_directory "${duibiao_gz}"
    COMMAND "${DUIBIAO_GZIP}" -9nc "${duibiao_linux}/duibiao.1" > "${duibiao_gz}/duibiao.1.gz"
    DEPENDS "${duibiao_linux}/duibiao.1"
    COMMENT "Compressing the man page" VERBATIM)
add_custom_command(OUTPUT "${duibiao_gz}/changelog.gz"
    COMMAND "${CMAKE_COMMAND}" -E make_directory "${duibiao_gz}"
    COMMAND "${DUIBIAO_GZIP}" -9nc "${duibiao_linux}/changelog" > "${duibiao_gz}/changelog.gz"
    DEPENDS "${duibiao_linux}/changelog"
    COMMENT "Compressing the changelog" VERBATIM)
add_custom_target(duibiao_packaging_files ALL
    DEPENDS "${duibiao_gz}/duibiao.1.gz" "${duibiao_gz}/changelog.gz")

install(FILES "${duibiao_gz}/duibiao.1.gz" DESTINATION "${CMAKE_INSTALL_MANDIR}/man1")
install(FILES "${duibiao_linux}/copyright" "${duibiao_gz}/changelog.gz"
    DESTINATION "${duibiao_docdir}")

# The user guide with the page screenshots it shows, at the same relative paths.
install(FILES "${PROJECT_SOURCE_DIR}/docs/user-guide.md" DESTINATION "${duibiao_docdir}")
file(GLOB duibiao_page_screenshots
    "${PROJECT_SOURCE_DIR}/docs/screenshots/zh_CN-*.png"
    "${PROJECT_SOURCE_DIR}/docs/screenshots/en-*.png")
install(FILES ${duibiao_page_screenshots} DESTINATION "${duibiao_docdir}/screenshots")
