# The one place that carries the language level, warnings and Qt strictness
# macros; every target links it.
add_library(spawnai-options INTERFACE)
target_compile_features(spawnai-options INTERFACE cxx_std_20)
target_compile_options(spawnai-options INTERFACE
    -Wall -Wextra -Wpedantic -Wnon-virtual-dtor -Woverloaded-virtual -Werror=switch
    $<$<BOOL:${SPAWNAI_WERROR}>:-Werror>)
target_compile_definitions(spawnai-options INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_URL_CAST_FROM_STRING
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_USE_QSTRINGBUILDER
    QT_NO_FOREACH
    QT_DISABLE_DEPRECATED_BEFORE=0x060400
    $<$<BOOL:${SPAWNAI_WERROR}>:QT_FORCE_ASSERTS>)
