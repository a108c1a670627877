# Packaging: install rules for everything besides the executable, and CPack.
#   Linux    a Debian package (cpack -G DEB), see docs/packaging.md
#   Windows  an NSIS installer with the Qt libraries deployed next to duibiao.exe
#   macOS    a DragNDrop disk image holding duibiao.app with Qt deployed into it
# Included once from the top-level CMakeLists.txt, after the targets exist.

include(GNUInstallDirs)

if(UNIX AND NOT APPLE)
    include("${CMAKE_CURRENT_LIST_DIR}/cmake/LinuxDesktop.cmake")
    # Resolve every symbol at start-up so the GOT can be read-only (with the relro that
    # Debian's GCC already gives): what lintian asks of packaged binaries (hardening-no-bindnow).
    target_link_options(duibiao PRIVATE "LINKER:-z,now")
    if(DUIBIAO_BUILD_TESTS)
        include("${CMAKE_CURRENT_LIST_DIR}/cmake/PackagingChecks.cmake")
    endif()
endif()
if(WIN32 OR APPLE)
    include("${CMAKE_CURRENT_LIST_DIR}/cmake/QtDeploy.cmake")
endif()

set(CPACK_PACKAGE_NAME "duibiao")
set(CPACK_PACKAGE_VENDOR "Duibiao team")
set(CPACK_PACKAGE_CONTACT "Duibiao team <duibiao-team@users.noreply.example.invalid>")
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY
    "self-assessment of a university's 关工委 against the Jiangsu requirements")
set(CPACK_PACKAGE_HOMEPAGE_URL "${PROJECT_HOMEPAGE_URL}")
set(CPACK_RESOURCE_FILE_LICENSE "${PROJECT_SOURCE_DIR}/LICENSE")
set(CPACK_PACKAGE_INSTALL_DIRECTORY "Duibiao")
set(CPACK_PACKAGE_EXECUTABLES "duibiao" "Duibiao 对标")
# Release binaries carry no debug sections (lintian: unstripped-binary-or-object).
set(CPACK_STRIP_FILES ON)
set(CPACK_SOURCE_IGNORE_FILES "/\\\\.git/" "/build[^/]*/")

if(UNIX AND NOT APPLE)
    include("${CMAKE_CURRENT_LIST_DIR}/cmake/CPackDebian.cmake")
elseif(WIN32)
    include("${CMAKE_CURRENT_LIST_DIR}/cmake/CPackNsis.cmake")
elseif(APPLE)
    include("${CMAKE_CURRENT_LIST_DIR}/cmake/CPackDragNDrop.cmake")
endif()

include(CPack)
