# Third-party libraries. Native builds use Debian's packages; the wasm build uses what
# scripts/setup.sh compiled with em++ into REPLYCHECK_CACHE_DIR. Either way consumers link:
#   replycheck::icu   ICU common (break iterators, normalisation) with its data
#   replycheck::json  nlohmann/json
#   GTest::gtest, GTest::gtest_main (built from Debian's /usr/src/googletest)

add_library(replycheck_icu INTERFACE)
add_library(replycheck::icu ALIAS replycheck_icu)
add_library(replycheck_json INTERFACE)
add_library(replycheck::json ALIAS replycheck_json)

if(EMSCRIPTEN)
  set(icu_dir "${REPLYCHECK_CACHE_DIR}/icu-wasm")
  set(icu_data "${REPLYCHECK_CACHE_DIR}/icu-data/icudt72l.dat")
  foreach(required "${icu_dir}/lib/libicuuc.a" "${icu_data}" "${REPLYCHECK_CACHE_DIR}/include/nlohmann/json.hpp")
    if(NOT EXISTS "${required}")
      message(FATAL_ERROR "${required} is missing: run scripts/setup.sh first")
    endif()
  endforeach()
  # Embedded filtered ICU data (see scripts/setup.sh); core/text/icu_data.cpp installs it.
  replycheck_embed("${CMAKE_BINARY_DIR}/generated/icu_data.cpp" replycheck_icu_data "${icu_data}")
  add_library(replycheck_icu_data STATIC "${CMAKE_BINARY_DIR}/generated/icu_data.cpp")
  target_include_directories(replycheck_icu SYSTEM INTERFACE "${icu_dir}/include")
  target_compile_definitions(replycheck_icu INTERFACE U_STATIC_IMPLEMENTATION REPLYCHECK_EMBEDDED_ICU_DATA)
  target_link_libraries(replycheck_icu INTERFACE "${icu_dir}/lib/libicuuc.a" replycheck_icu_data)
  target_include_directories(replycheck_json SYSTEM INTERFACE "${REPLYCHECK_CACHE_DIR}/include")
  set(NODE_FOR_TESTS node --no-experimental-fetch CACHE INTERNAL "")
else()
  find_package(ICU 72 REQUIRED COMPONENTS uc)
  target_link_libraries(replycheck_icu INTERFACE ICU::uc)
  find_package(nlohmann_json 3.10 REQUIRED)
  target_link_libraries(replycheck_json INTERFACE nlohmann_json::nlohmann_json)
endif()

set(GOOGLETEST_SOURCE_DIR "/usr/src/googletest" CACHE PATH "GoogleTest sources (Debian package googletest)")
set(BUILD_GMOCK OFF CACHE BOOL "" FORCE)
set(INSTALL_GTEST OFF CACHE BOOL "" FORCE)
if(EMSCRIPTEN)
  set(gtest_disable_pthreads ON CACHE BOOL "" FORCE)
endif()
add_subdirectory("${GOOGLETEST_SOURCE_DIR}" "${CMAKE_BINARY_DIR}/googletest" EXCLUDE_FROM_ALL SYSTEM)

if(EMSCRIPTEN)
  # Dear ImGui 1.90.1 from trixie's source package (scripts/setup.sh), with its GLFW + OpenGL 3
  # backends on Emscripten's built-in GLFW and WebGL 2.
  set(imgui_dir "${REPLYCHECK_CACHE_DIR}/src/imgui-1.90.1")
  if(NOT EXISTS "${imgui_dir}/imgui.h")
    message(FATAL_ERROR "${imgui_dir} is missing: run scripts/setup.sh first")
  endif()
  add_library(imgui STATIC
    "${imgui_dir}/imgui.cpp" "${imgui_dir}/imgui_draw.cpp" "${imgui_dir}/imgui_tables.cpp"
    "${imgui_dir}/imgui_widgets.cpp" "${imgui_dir}/misc/cpp/imgui_stdlib.cpp"
    "${imgui_dir}/backends/imgui_impl_glfw.cpp" "${imgui_dir}/backends/imgui_impl_opengl3.cpp")
  target_include_directories(imgui SYSTEM PUBLIC "${imgui_dir}" "${imgui_dir}/backends")
  # WCHAR32: emoji and other code points above U+FFFF. ES3: WebGL 2 rather than the ES2 default.
  target_compile_definitions(imgui PUBLIC IMGUI_USE_WCHAR32 IMGUI_DISABLE_OBSOLETE_FUNCTIONS
    IMGUI_DISABLE_OBSOLETE_KEYIO IMGUI_IMPL_OPENGL_ES3)
  # GLFW is a link-time setting; its header is in the sysroot already.
  target_link_options(imgui PUBLIC -sUSE_GLFW=3 -sMIN_WEBGL_VERSION=2 -sMAX_WEBGL_VERSION=2)
endif()
