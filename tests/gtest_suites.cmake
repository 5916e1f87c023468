# One CTest test per GoogleTest suite instead of one per test (gtest_discover_tests): a suite shares its
# set-up (a server, a world of signed-in accounts: argon2id per account) across its tests only within one
# process, so one process per test paid that set-up again for every test, most of `make test`'s time under
# ASan. The suites are listed at CTest time from the built binary, as gtest_discover_tests does, so a new
# suite needs no edit here. A failing test is named in the suite's output (outputOnFailure in the presets).
#
#   forkant_gtest_suites(target [PREFIX p] [TIMEOUT s] [LABELS l] [ENVIRONMENT "NAME=value"])
function(forkant_gtest_suites target)
  cmake_parse_arguments(ARG "" "PREFIX;TIMEOUT;LABELS;ENVIRONMENT" "" ${ARGN})
  if(NOT ARG_TIMEOUT)
    set(ARG_TIMEOUT 600)
  endif()
  string(MAKE_C_IDENTIFIER "${target}_${ARG_PREFIX}" id)
  set(include_file "${CMAKE_CURRENT_BINARY_DIR}/${id}_suites.cmake")
  file(GENERATE OUTPUT "${include_file}" CONTENT
"set(binary \"$<TARGET_FILE:${target}>\")
set(prefix \"${ARG_PREFIX}\")
set(timeout \"${ARG_TIMEOUT}\")
set(labels \"${ARG_LABELS}\")
set(environment \"${ARG_ENVIRONMENT}\")
include(\"${CMAKE_CURRENT_FUNCTION_LIST_DIR}/gtest_suites_list.cmake\")
")
  set_property(DIRECTORY APPEND PROPERTY TEST_INCLUDE_FILES "${include_file}")
endfunction()
