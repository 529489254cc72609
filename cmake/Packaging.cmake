# Installation layout and the Debian package (cpack -G DEB).
include(GNUInstallDirs)

install(FILES ${PROJECT_SOURCE_DIR}/resources/linux/org.longhand.Longhand.desktop
        DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
install(FILES ${PROJECT_SOURCE_DIR}/resources/linux/org.longhand.Longhand.metainfo.xml
        DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)
install(FILES ${PROJECT_SOURCE_DIR}/resources/icons/longhand.svg
        DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps RENAME org.longhand.Longhand.svg)
foreach(size 16 24 32 48 64 128 256 512)
    install(FILES ${PROJECT_SOURCE_DIR}/resources/icons/hicolor/${size}x${size}/apps/org.longhand.Longhand.png
            DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/${size}x${size}/apps)
endforeach()
install(FILES ${PROJECT_SOURCE_DIR}/LICENSE DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/longhand RENAME copyright)

# The catalogues are compiled into the program; the .qm files are installed as well, for
# translators and for tools that look for them.
set(LONGHAND_QM_FILES)
foreach(language en de)
    set(qm ${CMAKE_BINARY_DIR}/translations/longhand_${language}.qm)
    add_custom_command(OUTPUT ${qm}
        COMMAND ${CMAKE_COMMAND} -E make_directory ${CMAKE_BINARY_DIR}/translations
        COMMAND Qt6::lrelease -silent ${PROJECT_SOURCE_DIR}/translations/longhand_${language}.ts -qm ${qm}
        DEPENDS ${PROJECT_SOURCE_DIR}/translations/longhand_${language}.ts
        VERBATIM)
    list(APPEND LONGHAND_QM_FILES ${qm})
endforeach()
add_custom_target(longhand_qm ALL DEPENDS ${LONGHAND_QM_FILES})
install(FILES ${LONGHAND_QM_FILES} DESTINATION ${CMAKE_INSTALL_DATADIR}/longhand/translations)

set(CPACK_PACKAGE_NAME longhand)
set(CPACK_PACKAGE_VENDOR "The Longhand developers")
set(CPACK_PACKAGE_CONTACT "Longhand developers <dev@longhand.example.org>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_RESOURCE_FILE_LICENSE ${PROJECT_SOURCE_DIR}/LICENSE)
set(CPACK_DEBIAN_PACKAGE_SECTION web)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
# Depends from the shared libraries the binaries actually link (dpkg-shlibdeps).
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# Found at run time, not linked: the SQLite driver plugin, dictionaries, the keychain service.
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6sql6-sqlite")
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "hunspell-en-us, gnome-keyring | kwalletmanager")
set(CPACK_DEBIAN_PACKAGE_DESCRIPTION "Offline-first desktop client for writing and moderating a WordPress blog
 Draft long-form reviews offline in Markdown with a live preview, publish them with one click,
 and moderate the blog's comments at keyboard speed, online or offline.")
set(CPACK_STRIP_FILES ON)
include(CPack)
