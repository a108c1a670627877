# Windows and macOS: copy the Qt libraries and plugins the executable needs into the
# installed tree (windeployqt / macdeployqt, driven by Qt's deploy script), so the NSIS
# installer and the disk image run on a machine without Qt. Not run on Linux, where the
# Debian package depends on Debian's Qt instead. Written and documented here, but this
# machine has neither Windows nor macOS: see docs/packaging.md.

# Qt 6.5 renamed FILENAME_VARIABLE to OUTPUT_SCRIPT; Debian 12 has Qt 6.4.
if(Qt6_VERSION VERSION_GREATER_EQUAL 6.5)
    qt_generate_deploy_app_script(TARGET duibiao OUTPUT_SCRIPT duibiao_deploy_script)
else()
    qt_generate_deploy_app_script(TARGET duibiao FILENAME_VARIABLE duibiao_deploy_script)
endif()
install(SCRIPT "${duibiao_deploy_script}")

if(WIN32)
    # windeployqt copies Qt only. libzip, libxlsxwriter and zlib (found through
    # pkg-config, e.g. from MSYS2 or vcpkg) go next to duibiao.exe as well; Windows' own
    # DLLs stay out.
    install(CODE [[
        file(GET_RUNTIME_DEPENDENCIES
            EXECUTABLES "${CMAKE_INSTALL_PREFIX}/bin/duibiao.exe"
            RESOLVED_DEPENDENCIES_VAR duibiao_dlls
            UNRESOLVED_DEPENDENCIES_VAR duibiao_missing
            DIRECTORIES $ENV{PATH}
            PRE_EXCLUDE_REGEXES "^[Aa][Pp][Ii]-[Mm][Ss]-" "^[Ee][Xx][Tt]-[Mm][Ss]-" "^[Qq][Tt]6"
            POST_EXCLUDE_REGEXES "[/\\][Ss]ystem32[/\\]" "[/\\][Ww]in[Ss]x[Ss][/\\]")
        foreach(dll IN LISTS duibiao_dlls)
            file(INSTALL "${dll}" DESTINATION "${CMAKE_INSTALL_PREFIX}/bin")
        endforeach()
        if(duibiao_missing)
            message(WARNING "Not found, so not deployed: ${duibiao_missing}")
        endif()
    ]])
endif()
