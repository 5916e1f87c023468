# Run by CTest (see gtest_suites.cmake): adds one test per suite that `binary --gtest_list_tests` names.
if(NOT EXISTS "${binary}")
  # Not built yet: a test that fails and says so, rather than silently no tests.
  add_test("${prefix}NOT_BUILT:${binary}" "${binary}")
  return()
endif()
execute_process(COMMAND "${binary}" --gtest_list_tests
                OUTPUT_VARIABLE listing RESULT_VARIABLE status TIMEOUT 60)
if(NOT status EQUAL 0)
  message(FATAL_ERROR "${binary} --gtest_list_tests failed (${status})")
endif()
string(REPLACE "\n" ";" lines "${listing}")
foreach(line IN LISTS lines)
  # A suite line starts in the first column: "Suite." or "Instance/Suite.  # TypeParam = ...".
  if(line MATCHES "^([^ #][^ ]*)\\.")
    set(suite "${CMAKE_MATCH_1}")
    # A suite whose subject is SQLite itself (its backups, its one-process lock) is named Sqlite*: the
    # PostgreSQL pass leaves it out instead of skipping each of its tests.
    if(prefix STREQUAL "postgresql/" AND suite MATCHES "^Sqlite")
      continue()
    endif()
    add_test("${prefix}${suite}" "${binary}" "--gtest_filter=${suite}.*")
    set_tests_properties("${prefix}${suite}" PROPERTIES TIMEOUT "${timeout}")
    if(labels)
      set_tests_properties("${prefix}${suite}" PROPERTIES LABELS "${labels}")
    endif()
    if(environment)
      set_tests_properties("${prefix}${suite}" PROPERTIES ENVIRONMENT "${environment}")
    endif()
  endif()
endforeach()
