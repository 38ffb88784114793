# One INTERFACE target carries the language level, warnings and Qt's strictness defines for
# all of our own code; third-party code never links it, so -Werror stays ours.
add_library(rentaldesk_config INTERFACE)
target_compile_features(rentaldesk_config INTERFACE cxx_std_20)
set(CMAKE_CXX_EXTENSIONS OFF)
target_compile_options(rentaldesk_config INTERFACE
    $<$<CXX_COMPILER_ID:GNU,Clang>:-Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor -Werror>
    $<$<CXX_COMPILER_ID:MSVC>:/W4 /WX>)
target_compile_definitions(rentaldesk_config INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_CAST_FROM_BYTEARRAY
    QT_NO_CONTEXTLESS_CONNECT
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_NO_URL_CAST_FROM_STRING
    QT_USE_QSTRINGBUILDER
    QT_NO_FOREACH
    QT_DISABLE_DEPRECATED_UP_TO=0x060400
    RENTALDESK_VERSION="${PROJECT_VERSION}")
