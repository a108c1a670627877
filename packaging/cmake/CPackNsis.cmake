# Windows: an NSIS installer (cpack -G NSIS, with NSIS 3 on the PATH) that installs
# duibiao.exe with its Qt libraries (QtDeploy.cmake), a Start-menu entry, and the .duibiao
# file association. Untested here: see docs/packaging.md.

set(CPACK_GENERATOR "NSIS")
set(CPACK_NSIS_PACKAGE_NAME "Duibiao 对标 ${PROJECT_VERSION}")
set(CPACK_NSIS_DISPLAY_NAME "Duibiao 对标")
set(CPACK_NSIS_INSTALLED_ICON_NAME "bin\\\\duibiao.exe")
set(CPACK_NSIS_URL_INFO_ABOUT "${PROJECT_HOMEPAGE_URL}")
set(CPACK_NSIS_CONTACT "${CPACK_PACKAGE_CONTACT}")
set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
set(CPACK_NSIS_MODIFY_PATH OFF)
set(CPACK_NSIS_MUI_FINISHPAGE_RUN "duibiao.exe")
# NSIS reads its script in the system code page unless told it is UTF-8.
set(CPACK_NSIS_EXTRA_PREINSTALL_COMMANDS "Unicode true")
set(CPACK_NSIS_CREATE_ICONS_EXTRA
    "CreateShortCut '$SMPROGRAMS\\\\$STARTMENU_FOLDER\\\\Duibiao 对标.lnk' '$INSTDIR\\\\bin\\\\duibiao.exe'")
set(CPACK_NSIS_DELETE_ICONS_EXTRA
    "Delete '$SMPROGRAMS\\\\$START_MENU\\\\Duibiao 对标.lnk'")
# Double-clicking a .duibiao file opens it in Duibiao.
set(CPACK_NSIS_EXTRA_INSTALL_COMMANDS "
    WriteRegStr HKCR '.duibiao' '' 'Duibiao.Document'
    WriteRegStr HKCR 'Duibiao.Document' '' 'Duibiao document'
    WriteRegStr HKCR 'Duibiao.Document\\\\DefaultIcon' '' '$INSTDIR\\\\bin\\\\duibiao.exe,0'
    WriteRegStr HKCR 'Duibiao.Document\\\\shell\\\\open\\\\command' '' '\\\"$INSTDIR\\\\bin\\\\duibiao.exe\\\" \\\"%1\\\"'
")
set(CPACK_NSIS_EXTRA_UNINSTALL_COMMANDS "
    DeleteRegKey HKCR 'Duibiao.Document'
    DeleteRegKey HKCR '.duibiao'
")
