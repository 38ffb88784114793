# What `cmake --install` puts where, and the package CPack makes of it: a DEB on Linux, an
# NSIS installer on Windows, a disk image with RentalDesk.app on macOS
# (`cmake --build --preset default --target package`, or `cmake --workflow --preset package`).
# Included after the subdirectories: it installs their targets.
include(GNUInstallDirs)

set(RD_APP_ID org.rentaldesk.RentalDesk) # desktop file, icon, AppStream id, macOS bundle id
set(rd_packaging ${PROJECT_SOURCE_DIR}/packaging)

# ---- The programs ---------------------------------------------------------------------------
# On macOS the server and the simulator live inside the bundle, next to the app's executable,
# so that the disk image holds one thing to drag and the deployed Qt serves all three.
if(APPLE)
    set(rd_helper_destination RentalDesk.app/Contents/MacOS)
else()
    set(rd_helper_destination ${CMAKE_INSTALL_BINDIR})
endif()
# Windows: the libraries they link that are not Qt's (deployed below) go with them.
if(WIN32)
    set(rd_dependency_set RUNTIME_DEPENDENCY_SET rd_libraries)
else()
    set(rd_dependency_set)
endif()
install(TARGETS rentaldesk ${rd_dependency_set} RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR} BUNDLE DESTINATION .)
install(TARGETS rentaldesk-server rentaldesk-paysim ${rd_dependency_set} RUNTIME DESTINATION ${rd_helper_destination})

if(WIN32)
    set(RD_ICON_ICO ${rd_packaging}/icons/rentaldesk.ico)
    configure_file(${rd_packaging}/windows/rentaldesk.rc.in ${CMAKE_BINARY_DIR}/rentaldesk.rc @ONLY)
    target_sources(rentaldesk PRIVATE ${CMAKE_BINARY_DIR}/rentaldesk.rc)
elseif(APPLE)
    set(rd_icns ${rd_packaging}/icons/rentaldesk.icns)
    target_sources(rentaldesk PRIVATE ${rd_icns})
    set_source_files_properties(${rd_icns} TARGET_DIRECTORY rentaldesk
        PROPERTIES MACOSX_PACKAGE_LOCATION Resources)
    set_target_properties(rentaldesk PROPERTIES
        OUTPUT_NAME RentalDesk # RentalDesk.app
        MACOSX_BUNDLE_INFO_PLIST ${rd_packaging}/macos/Info.plist.in
        MACOSX_BUNDLE_GUI_IDENTIFIER ${RD_APP_ID}
        MACOSX_BUNDLE_BUNDLE_NAME RentalDesk
        MACOSX_BUNDLE_ICON_FILE rentaldesk.icns
        MACOSX_BUNDLE_SHORT_VERSION_STRING ${PROJECT_VERSION}
        MACOSX_BUNDLE_BUNDLE_VERSION ${PROJECT_VERSION}
        MACOSX_BUNDLE_COPYRIGHT "GPL-3.0-or-later")
endif()

# ---- The Qt runtime next to the programs (Windows and macOS; Linux packages depend on it) ----
# windeployqt / macdeployqt through Qt's deployment API, for all three programs at once. On
# Windows the libraries that are not Qt's (SQLite, Argon2, qrencode, QtKeychain) are copied
# from where the build found them.
if(WIN32 OR APPLE)
    if(APPLE)
        set(rd_deploy_main RentalDesk.app)
        set(rd_deploy_more ${rd_helper_destination}/rentaldesk-server ${rd_helper_destination}/rentaldesk-paysim)
    else()
        set(rd_deploy_main \${QT_DEPLOY_BIN_DIR}/rentaldesk.exe)
        set(rd_deploy_more \${QT_DEPLOY_BIN_DIR}/rentaldesk-server.exe \${QT_DEPLOY_BIN_DIR}/rentaldesk-paysim.exe)
    endif()
    set(rd_deploy_script ${CMAKE_BINARY_DIR}/deploy-qt-runtime.cmake)
    file(GENERATE OUTPUT ${rd_deploy_script} CONTENT "include(\"${QT_DEPLOY_SUPPORT}\")
qt_deploy_runtime_dependencies(
    EXECUTABLE \"${rd_deploy_main}\"
    ADDITIONAL_EXECUTABLES ${rd_deploy_more}
    GENERATE_QT_CONF
    VERBOSE)
")
    install(SCRIPT ${rd_deploy_script})
endif()
if(WIN32)
    get_filename_component(rd_sqlite_lib_dir "${SQLite3_LIBRARY}" DIRECTORY)
    install(RUNTIME_DEPENDENCY_SET rd_libraries
        # vcpkg keeps the DLLs beside its lib folder; CMake compares lower-cased names on Windows.
        DIRECTORIES ${rd_sqlite_lib_dir}/../bin
        PRE_INCLUDE_REGEXES "^qt6keychain"
        PRE_EXCLUDE_REGEXES "^api-ms-" "^ext-ms-" "^qt6" "^(msvcp|vcruntime)"
        POST_EXCLUDE_REGEXES "[Ss]ystem32")
endif()

# ---- Linux desktop integration, man pages, the server as a service --------------------------
if(UNIX AND NOT APPLE)
    install(FILES ${rd_packaging}/linux/${RD_APP_ID}.desktop DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
    install(FILES ${rd_packaging}/linux/${RD_APP_ID}.metainfo.xml DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)
    install(DIRECTORY ${rd_packaging}/icons/hicolor DESTINATION ${CMAKE_INSTALL_DATADIR}/icons)
    install(FILES ${rd_packaging}/icons/${RD_APP_ID}.svg
        DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps)

    # The self-service kiosk: an X session for the display manager and a systemd user unit.
    install(PROGRAMS ${rd_packaging}/kiosk/rentaldesk-kiosk-session DESTINATION ${CMAKE_INSTALL_BINDIR})
    install(FILES ${rd_packaging}/kiosk/rentaldesk-kiosk.desktop DESTINATION ${CMAKE_INSTALL_DATADIR}/xsessions)
    install(FILES ${rd_packaging}/kiosk/rentaldesk-kiosk.service DESTINATION lib/systemd/user)

    # Man pages, compressed as Debian wants them (-n: no time stamp, so builds are reproducible).
    find_program(RD_GZIP gzip REQUIRED)
    set(rd_man_pages rentaldesk rentaldesk-server rentaldesk-paysim rentaldesk-kiosk-session)
    set(rd_compressed_man_pages)
    foreach(page IN LISTS rd_man_pages)
        set(compressed ${CMAKE_BINARY_DIR}/man/${page}.1.gz)
        add_custom_command(OUTPUT ${compressed}
            COMMAND ${CMAKE_COMMAND} -E make_directory ${CMAKE_BINARY_DIR}/man
            COMMAND ${RD_GZIP} -9nc ${rd_packaging}/man/${page}.1 > ${compressed}
            DEPENDS ${rd_packaging}/man/${page}.1 VERBATIM)
        list(APPEND rd_compressed_man_pages ${compressed})
    endforeach()
    set(rd_debian_changelog ${CMAKE_BINARY_DIR}/changelog.gz)
    add_custom_command(OUTPUT ${rd_debian_changelog}
        COMMAND ${RD_GZIP} -9nc ${rd_packaging}/debian/changelog > ${rd_debian_changelog}
        DEPENDS ${rd_packaging}/debian/changelog VERBATIM)
    add_custom_target(compressed_docs ALL DEPENDS ${rd_compressed_man_pages} ${rd_debian_changelog})
    install(FILES ${rd_compressed_man_pages} DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)

    set(rd_doc_destination ${CMAKE_INSTALL_DATADIR}/doc/rentaldesk)
    install(FILES ${rd_packaging}/debian/copyright ${rd_debian_changelog}
        ${PROJECT_SOURCE_DIR}/resources/api/openapi.json ${PROJECT_SOURCE_DIR}/resources/api/payment-provider.md
        DESTINATION ${rd_doc_destination})

    # The server's system unit and its options. Installed into the prefix (…/lib/systemd/system,
    # …/etc/default), except into /usr (the package), where Debian wants /lib/systemd/system
    # and /etc/default. Decided at install time: CPack installs with the prefix /usr.
    install(CODE "
        if(CMAKE_INSTALL_PREFIX STREQUAL \"/usr\")
            set(rd_unit_dir /lib/systemd/system)
            set(rd_default_dir /etc/default)
        else()
            set(rd_unit_dir \${CMAKE_INSTALL_PREFIX}/lib/systemd/system)
            set(rd_default_dir \${CMAKE_INSTALL_PREFIX}/etc/default)
        endif()
        file(INSTALL \"${rd_packaging}/linux/rentaldesk-server.service\" DESTINATION \${rd_unit_dir})
        file(INSTALL \"${rd_packaging}/linux/rentaldesk-server.default\" DESTINATION \${rd_default_dir}
             RENAME rentaldesk-server)")
endif()

# ---- CPack ------------------------------------------------------------------------------------
set(CPACK_PACKAGE_NAME rentaldesk)
set(CPACK_PACKAGE_VENDOR "RentalDesk")
set(CPACK_PACKAGE_CONTACT "RentalDesk team <team@rentaldesk.org>")
set(CPACK_PACKAGE_HOMEPAGE_URL "https://github.com/rentaldesk/rentaldesk")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "bookings, payments and rentals at the counter, offline first")
# Lines of at most 80 characters: the DEB's control file shows them as they are.
string(JOIN "\n" CPACK_PACKAGE_DESCRIPTION
    "RentalDesk runs the counter of a business that rents or books things out:"
    "cars, exhibition seats, household items, taxis or products with delivery."
    "Managers keep the inventory, confirm, dispatch, hand out and take back; clerks"
    "book and take payment; customers book, pay and cancel at home or at a"
    "self-service kiosk. Every counter works offline on its own SQLite database and"
    "synchronises with rentaldesk-server (SQLite or PostgreSQL), included here with"
    "a systemd unit, when it can.")
set(CPACK_PACKAGE_INSTALL_DIRECTORY RentalDesk)
set(CPACK_PACKAGE_EXECUTABLES rentaldesk RentalDesk)
set(CPACK_RESOURCE_FILE_LICENSE ${PROJECT_SOURCE_DIR}/LICENSE)
set(CPACK_STRIP_FILES ON)
set(CPACK_PACKAGE_DIRECTORY ${CMAKE_BINARY_DIR}/packages)

if(UNIX AND NOT APPLE)
    set(CPACK_GENERATOR DEB)
    set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
    set(CPACK_DEBIAN_PACKAGE_SECTION misc)
    set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
    # The libraries the programs link come from dpkg-shlibdeps; what they load at run time
    # (the SQLite driver, the platform plugins) and what the scripts call are listed here.
    set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
    set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6sql6-sqlite, qt6-qpa-plugins, adduser")
    # libsecret: QtKeychain loads it to reach the Secret Service (GNOME Keyring, KWallet).
    set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "libsecret-1-0, libqt6sql6-psql, qt6-translations-l10n, fonts-nanum")
    set(CPACK_DEBIAN_PACKAGE_CONTROL_EXTRA
        ${rd_packaging}/linux/postinst ${rd_packaging}/linux/prerm ${rd_packaging}/linux/postrm
        ${rd_packaging}/linux/conffiles)
    set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
elseif(WIN32)
    set(CPACK_GENERATOR NSIS)
    set(CPACK_NSIS_PACKAGE_NAME RentalDesk)
    set(CPACK_NSIS_DISPLAY_NAME "RentalDesk ${PROJECT_VERSION}")
    set(CPACK_NSIS_MUI_ICON ${rd_packaging}/icons/rentaldesk.ico)
    set(CPACK_NSIS_MUI_UNIICON ${rd_packaging}/icons/rentaldesk.ico)
    set(CPACK_NSIS_INSTALLED_ICON_NAME bin\\\\rentaldesk.exe)
    set(CPACK_NSIS_URL_INFO_ABOUT ${CPACK_PACKAGE_HOMEPAGE_URL})
    set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
    set(CPACK_NSIS_EXECUTABLES_DIRECTORY bin)
elseif(APPLE)
    set(CPACK_GENERATOR DragNDrop)
    set(CPACK_DMG_VOLUME_NAME RentalDesk)
    set(CPACK_DMG_FORMAT UDZO)
endif()
include(CPack)
