# The Debian package (issue 17): `cpack -G DEB` in the build folder makes
# zhenxing_<version>-1_<arch>.deb from what `cmake --install` puts under /usr.
set(CPACK_PACKAGE_NAME zhenxing)
set(CPACK_PACKAGE_VENDOR "Zhenxing developers")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_CONTACT "Zhenxing developers <zhenxing@example.org>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "dashboard of county rural revitalization indicators")
set(CPACK_PACKAGE_DESCRIPTION
"Zhenxing (振兴看板) is a desktop dashboard for county-level rural
revitalization indicators: clerks enter quarterly figures, reviewers approve
and lock quarters, and leaders see completion against time progress, offline
and audited.
The package holds the desktop program (zhenxing) and the command-line tool
(zhenxing-cli) for imports, summaries, bulletins and backups. A county's data
lives in one SQLite file, or on a shared PostgreSQL server.")
set(CPACK_STRIP_FILES ON)

set(CPACK_DEBIAN_PACKAGE_NAME zhenxing)
set(CPACK_DEBIAN_PACKAGE_RELEASE 1)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "${CPACK_PACKAGE_CONTACT}")
set(CPACK_DEBIAN_PACKAGE_SECTION misc)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "https://github.com/zhenxing-dashboard/zhenxing")
# Libraries come from dpkg-shlibdeps; what is loaded at run time rather than linked is
# declared: the CJK fonts of the UI and the bulletins, Qt's SQLite driver (the data file),
# and Qt's PostgreSQL driver for the shared server (optional).
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "fonts-noto-cjk, libqt6sql6-sqlite")
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "libqt6sql6-psql")
set(CPACK_DEBIAN_COMPRESSION_TYPE xz)

set(CPACK_GENERATOR DEB)
include(CPack)
