# The Debian package: cpack -G DEB in a build configured with -DCMAKE_INSTALL_PREFIX=/usr
# (packaging/debootstrap-test.sh shows the whole sequence). Checked with lintian.

set(CPACK_GENERATOR "DEB")
set(CPACK_PACKAGING_INSTALL_PREFIX "/usr")
set(CPACK_DEBIAN_PACKAGE_NAME "duibiao")
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "${CPACK_PACKAGE_CONTACT}")
set(CPACK_DEBIAN_PACKAGE_SECTION "education")
set(CPACK_DEBIAN_PACKAGE_PRIORITY "optional")
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "${PROJECT_HOMEPAGE_URL}")
# The shared libraries come from dpkg-shlibdeps. What it cannot see: Qt's SQLite driver
# and the CJK fonts are loaded at run time, and reports need both.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6sql6-sqlite, fonts-noto-cjk")
# Qt's own dialogs in Chinese, and a native window on Wayland sessions.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "qt6-translations-l10n, qt6-wayland")
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
set(CPACK_DEBIAN_COMPRESSION_TYPE "xz")
# CPack puts CPACK_PACKAGE_DESCRIPTION_SUMMARY first as the synopsis line and indents this
# extended description below it (an empty line becomes " .").
set(CPACK_DEBIAN_PACKAGE_DESCRIPTION
"Duibiao (对标) is an offline desktop application with which the evaluation
team of a Jiangsu university benchmarks its Committee for Caring for the Next
Generation (关工委) against the 28 basic requirements of the provincial
quality-construction standard: a checklist with ratings, narratives and
evidence files; unit figures from which the indicator requirements are
evaluated; the gap analysis with scores and readiness for approval;
rectification items; reports as PDF and ODT; and the review package
exchanged with the regional panel.

A user's work is one .duibiao file on the user's own machine; nothing goes
over a network. The same executable runs headless command-line verbs.")
