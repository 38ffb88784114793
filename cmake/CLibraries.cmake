# The C libraries we link besides Qt and SQLite, found the same way everywhere: through
# pkg-config where there is one (Linux, Homebrew), else by header and library name (vcpkg on
# Windows). rd_find_c_library(<target> PKG <pkg-config module> HEADER <header> NAMES <names>…)
# defines the global imported target <target>.
function(rd_find_c_library target)
    cmake_parse_arguments(arg "" "PKG;HEADER" "NAMES" ${ARGN})
    if(TARGET ${target})
        return()
    endif()
    string(MAKE_C_IDENTIFIER ${arg_PKG} id)
    find_package(PkgConfig QUIET)
    if(PkgConfig_FOUND)
        pkg_check_modules(rd_${id} QUIET IMPORTED_TARGET GLOBAL ${arg_PKG})
        if(rd_${id}_FOUND)
            add_library(${target} ALIAS PkgConfig::rd_${id})
            return()
        endif()
    endif()
    find_path(RD_${id}_INCLUDE_DIR ${arg_HEADER} REQUIRED)
    find_library(RD_${id}_LIBRARY NAMES ${arg_NAMES} REQUIRED)
    add_library(${target} UNKNOWN IMPORTED GLOBAL)
    set_target_properties(${target} PROPERTIES
        IMPORTED_LOCATION ${RD_${id}_LIBRARY}
        INTERFACE_INCLUDE_DIRECTORIES ${RD_${id}_INCLUDE_DIR})
endfunction()

rd_find_c_library(RentalDesk::argon2 PKG libargon2 HEADER argon2.h NAMES argon2 libargon2)
rd_find_c_library(RentalDesk::qrencode PKG libqrencode HEADER qrencode.h NAMES qrencode libqrencode)
