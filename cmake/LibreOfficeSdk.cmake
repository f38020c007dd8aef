# Finds Debian's LibreOffice SDK (package libreoffice-dev) and defines LibreOffice::SDK.
# Every location can be overridden on the command line, e.g. -DLIBREOFFICE_SDK_DIR=/opt/lo/sdk.

set(LIBREOFFICE_SDK_DIR "/usr/lib/libreoffice/sdk" CACHE PATH "LibreOffice SDK directory")
set(LIBREOFFICE_PROGRAM_DIR "/usr/lib/libreoffice/program" CACHE PATH
    "LibreOffice program directory (holds types.rdb)")

find_program(UNOIDL_WRITE unoidl-write HINTS "${LIBREOFFICE_SDK_DIR}/bin" REQUIRED)
find_program(CPPUMAKER cppumaker HINTS "${LIBREOFFICE_SDK_DIR}/bin" REQUIRED)
find_path(LIBREOFFICE_INCLUDE_DIR sal/config.h
    HINTS "${LIBREOFFICE_SDK_DIR}/include" PATHS /usr/include/libreoffice REQUIRED)
find_path(LIBREOFFICE_ARCH_INCLUDE_DIR sal/typesizes.h
    HINTS "${LIBREOFFICE_INCLUDE_DIR}"
    PATHS "/usr/include/${CMAKE_LIBRARY_ARCHITECTURE}/libreoffice" REQUIRED)
find_file(LIBREOFFICE_TYPES_RDB types.rdb HINTS "${LIBREOFFICE_PROGRAM_DIR}" REQUIRED
    NO_DEFAULT_PATH)
find_file(LIBREOFFICE_OFFAPI_RDB offapi.rdb HINTS "${LIBREOFFICE_PROGRAM_DIR}/types" REQUIRED
    NO_DEFAULT_PATH)

foreach(library uno_cppuhelpergcc3 uno_cppu uno_sal)
    find_library(LIBREOFFICE_${library} ${library}
        HINTS "${LIBREOFFICE_SDK_DIR}/lib" "${LIBREOFFICE_PROGRAM_DIR}" REQUIRED)
    list(APPEND LIBREOFFICE_LIBRARIES "${LIBREOFFICE_${library}}")
endforeach()

add_library(libreoffice_sdk INTERFACE)
add_library(LibreOffice::SDK ALIAS libreoffice_sdk)
target_include_directories(libreoffice_sdk SYSTEM INTERFACE
    "${LIBREOFFICE_INCLUDE_DIR}" "${LIBREOFFICE_ARCH_INCLUDE_DIR}")
target_compile_definitions(libreoffice_sdk INTERFACE LINUX UNX GCC CPPU_ENV=gcc3)
target_link_libraries(libreoffice_sdk INTERFACE ${LIBREOFFICE_LIBRARIES})
