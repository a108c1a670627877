# macOS: a disk image (cpack -G DragNDrop) holding duibiao.app, into which QtDeploy.cmake
# has copied the Qt frameworks and plugins, and a link to /Applications to drag it onto.
# Untested here: see docs/packaging.md.

set(CPACK_GENERATOR "DragNDrop")
set(CPACK_DMG_VOLUME_NAME "Duibiao ${PROJECT_VERSION}")
set(CPACK_DMG_FORMAT "UDBZ")
set(CPACK_PACKAGE_FILE_NAME "Duibiao-${PROJECT_VERSION}-macOS")

set_target_properties(duibiao PROPERTIES
    MACOSX_BUNDLE_BUNDLE_NAME "Duibiao"
    MACOSX_BUNDLE_GUI_IDENTIFIER "invalid.example.duibiao"
    MACOSX_BUNDLE_BUNDLE_VERSION "${PROJECT_VERSION}"
    MACOSX_BUNDLE_SHORT_VERSION_STRING "${PROJECT_VERSION}"
    MACOSX_BUNDLE_COPYRIGHT "© 2026 The Duibiao developers, MIT licence")
